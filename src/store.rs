//! The disk: where minutes live, writing them so that a crash or a power cut never leaves
//! half a file, and the lock that keeps a second `hoinghi` off the same minutes.
//!
//! A save writes a temporary file beside the target, fsyncs it, renames it over the target
//! and fsyncs the folder: the file on disk is always the previous complete minutes or the
//! new complete minutes. The replaced file keeps a second, hidden name until a background
//! thread removes it, so freeing its blocks is not part of the wait. The lock is an OS lock
//! on a side file (the minutes file itself is replaced by every save), which the OS drops
//! when the process dies, however it dies.
//!
//! Where minutes are named and where a start looks for the latest (the pointer a save
//! elsewhere leaves, the marker of a backup) is `paths`. No conference logic here.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

mod paths;

pub use paths::*;

/// Writes `bytes` (text, or a .docx) to `path` so that the file is never half written.
pub fn write_atomic(path: &Path, bytes: impl AsRef<[u8]>) -> io::Result<()> {
    write_atomic_with(path, |out| out.write_all(bytes.as_ref()))
}

/// Like [`write_atomic`], with the content streamed by `write` (through a buffer) instead of
/// built in memory first: large minutes never exist twice in memory.
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let mut previous = None;
    let written = (|| {
        let mut out = io::BufWriter::with_capacity(1 << 16, File::create(&temp)?);
        write(&mut out)?;
        let file = out.into_inner().map_err(io::IntoInnerError::into_error)?;
        file.sync_all()?;
        previous = keep_previous(path, dir, &name);
        fs::rename(&temp, path)?;
        sync_dir(dir)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&temp);
    }
    if let Some(previous) = previous {
        remove_later(previous);
    }
    written
}

/// A second name for the file about to be replaced, so that the rename does not free its
/// blocks (3 ms for 10 MB) while the secretary waits; `remove_later` frees them. `None`
/// where there is nothing to replace or the disk has no hard links (a FAT USB stick): the
/// rename then frees them itself.
fn keep_previous(path: &Path, dir: &Path, name: &str) -> Option<PathBuf> {
    static SAVES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = SAVES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let previous = dir.join(format!(".{name}.{}.{n}.old", std::process::id()));
    fs::hard_link(path, &previous).ok().map(|()| previous)
}

/// The background removals not yet waited for (see `finish_tidying`).
static TIDYING: std::sync::Mutex<Vec<std::thread::JoinHandle<io::Result<()>>>> =
    std::sync::Mutex::new(Vec::new());

/// Removes a replaced file's second name off the saving path (in the background, or now if
/// no thread can be started). Whatever happens, the minutes file itself is complete already.
fn remove_later(previous: PathBuf) {
    let spare = previous.clone();
    match std::thread::Builder::new().name("hoinghi-tidy".into()).spawn(move || fs::remove_file(previous)) {
        Ok(handle) => {
            let mut pending = TIDYING.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            // Those finished are forgotten; the list stays short.
            pending.retain(|h| !h.is_finished());
            pending.push(handle);
        }
        Err(_) => {
            let _ = fs::remove_file(spare);
        }
    }
}

/// Waits for the background removals, so that nothing is left beside the minutes when the
/// program ends normally.
pub fn finish_tidying() {
    let pending = std::mem::take(&mut *TIDYING.lock().unwrap_or_else(std::sync::PoisonError::into_inner));
    for handle in pending {
        let _ = handle.join();
    }
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    Ok(())
}

/// Held while minutes are open; dropping it (or the process dying) releases the lock.
/// Dropping it also removes the lock file, so that a normal quit leaves only the minutes.
#[derive(Debug)]
pub struct Lock {
    file: File,
    pub path: PathBuf,
}

/// Removed while still held: a process that opened the file just before and locks it just
/// after sees that the name no longer leads to it (`leads_to`) and tries again. Only where a
/// file's identity can be told (Unix); elsewhere the file stays, as a lock it is still right.
#[cfg(unix)]
impl Drop for Lock {
    fn drop(&mut self) {
        if leads_to(&self.path, &self.file) {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// Whether `path` still leads to `file` (not removed, nor replaced by another file since).
#[cfg(unix)]
fn leads_to(path: &Path, file: &File) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (fs::metadata(path), file.metadata()) {
        (Ok(named), Ok(held)) => (named.dev(), named.ino()) == (held.dev(), held.ino()),
        _ => false,
    }
}

/// Elsewhere the lock file is never removed (see `Drop for Lock`), so the name leads to it.
#[cfg(not(unix))]
fn leads_to(_path: &Path, _file: &File) -> bool {
    true
}

#[derive(Debug)]
pub enum LockError {
    /// Another process holds it.
    InUse,
    Io(io::Error),
}

/// The side file that carries the lock of `minutes`: ".NAME.lock" beside it.
pub fn lock_path(minutes: &Path) -> PathBuf {
    let name = minutes.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    minutes.with_file_name(format!(".{name}.lock"))
}

/// Takes the one-writer lock on `minutes`, creating its folder if needed. Fails at once if
/// another process has it.
pub fn lock(minutes: &Path) -> Result<Lock, LockError> {
    if let Some(dir) = minutes.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(LockError::Io)?;
    }
    let path = lock_path(minutes);
    // A holder quitting removes the file: locked after that, the file opened may be one no
    // name leads to any more, so the lock is taken again on the file the name now gives.
    let mut attempts = 0;
    loop {
        let file =
            OpenOptions::new().create(true).truncate(false).write(true).open(&path).map_err(LockError::Io)?;
        match file.try_lock() {
            Ok(()) if leads_to(&path, &file) => return Ok(Lock { file, path }),
            Ok(()) if attempts < 8 => attempts += 1,
            // Removed under it eight times running: other processes are busy with it.
            Ok(()) => return Err(LockError::InUse),
            Err(TryLockError::WouldBlock) => return Err(LockError::InUse),
            Err(TryLockError::Error(e)) => return Err(LockError::Io(e)),
        }
    }
}

/// Removes what an earlier process saving `minutes` left when it died: a temporary file
/// (`.NAME.PID.tmp`, half written) or the second name of a replaced file (`.NAME.PID.N.old`).
/// Called with the lock held, so no other process is saving these minutes.
fn remove_leftovers(minutes: &Path) {
    let (Some(dir), Some(name)) = (minutes.parent(), minutes.file_name()) else { return };
    let dir = if dir.as_os_str().is_empty() { Path::new(".") } else { dir };
    let prefix = format!(".{}.", name.to_string_lossy());
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        if file.starts_with(&prefix) && (file.ends_with(".tmp") || file.ends_with(".old")) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Open minutes: their path and the lock that makes this process their only writer.
#[derive(Debug)]
pub struct MinutesFile {
    path: PathBuf,
    /// Where they were opened: a save elsewhere leaves a pointer there.
    origin: PathBuf,
    _lock: Lock,
}

impl MinutesFile {
    /// Locks `path` for writing (the file itself may not exist yet). A link is followed to
    /// the minutes it names: locked beside the link, a second window opened through it would
    /// write its own copy over the link while the first wrote the minutes.
    pub fn open(path: &Path) -> Result<MinutesFile, LockError> {
        let linked = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
        let real = if linked {
            fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
        } else {
            path.to_path_buf()
        };
        let file = MinutesFile { path: real.clone(), origin: real.clone(), _lock: lock(&real)? };
        remove_leftovers(&real);
        Ok(file)
    }

    /// As [`MinutesFile::open`], waiting up to `wait` for a holder to let go: a window closed
    /// a moment ago may still be saving its last change (a few tenths of a second), and the
    /// program started again at once should not be told another one has the minutes open.
    pub fn open_waiting(path: &Path, wait: std::time::Duration) -> Result<MinutesFile, LockError> {
        let deadline = std::time::Instant::now() + wait;
        loop {
            match MinutesFile::open(path) {
                Err(LockError::InUse) if std::time::Instant::now() < deadline => {
                    std::thread::sleep(std::time::Duration::from_millis(50));
                }
                other => return other,
            }
        }
    }

    /// Saved elsewhere, and the place they were opened from does not point here (its folder
    /// took no writing): a plain start would not find them, so the way back must be said.
    pub fn needs_way_back(&self) -> bool {
        !same_file(&self.path, &self.origin)
            && moved_to(&self.origin).is_none_or(|pointed| !same_file(&pointed, &self.path))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes the file anew with what `write` produces, holding the lock on it.
    pub fn save(&mut self, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
        self.keep_lock()?;
        write_atomic_with(&self.path, write)
    }

    /// The lock file gone with its folder (a USB stick pulled out and put back, a folder
    /// deleted and made again): taken again before writing, or a second window could open
    /// these minutes. Another process that took it meanwhile has them: not written over
    /// (`ResourceBusy`). With the folder still missing, the write says so itself: no folder is
    /// made here.
    fn keep_lock(&mut self) -> io::Result<()> {
        let folder_there = self.path.parent().is_none_or(|d| d.as_os_str().is_empty() || d.is_dir());
        if leads_to(&self._lock.path, &self._lock.file) || !folder_there {
            return Ok(());
        }
        match lock(&self.path) {
            Ok(lock) => {
                self._lock = lock;
                Ok(())
            }
            Err(LockError::InUse) => Err(io::ErrorKind::ResourceBusy.into()),
            Err(LockError::Io(e)) => Err(e),
        }
    }

    /// Whether `path` names these minutes, however it is written (relative, through a link).
    fn is(&self, path: &Path) -> bool {
        same_file(path, &self.path)
    }

    /// Saves to `path` from now on: locks it, writes it with what `write` produces, and only
    /// then lets the old file go. On any failure nothing changes.
    pub fn save_as(
        &mut self,
        path: &Path,
        write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    ) -> Result<(), LockError> {
        if self.is(path) {
            // The lock on these minutes is already this process's own.
            return self.save(write).map_err(LockError::Io);
        }
        // A folder is never made here: a path mistyped (the USB stick's, say) would put the
        // minutes on the laptop's disk while the secretary believes them on the stick.
        // A name ending in a separator is a folder that is not there.
        match path.parent().filter(|dir| !dir.as_os_str().is_empty()) {
            _ if names_folder(path) => return Err(LockError::Io(io::ErrorKind::NotFound.into())),
            Some(dir) if dir.is_file() => return Err(LockError::Io(io::ErrorKind::NotADirectory.into())),
            Some(dir) if !dir.is_dir() => return Err(LockError::Io(io::ErrorKind::NotFound.into())),
            _ => {}
        }
        // Nor is a file there overwritten (other minutes, say): another name is asked for. The
        // place these minutes were opened from is theirs to go back to.
        if path.exists() && !same_file(path, &self.origin) {
            return Err(LockError::Io(io::ErrorKind::AlreadyExists.into()));
        }
        let lock = lock(path)?;
        write_atomic_with(path, write).map_err(LockError::Io)?;
        self.path = path.to_path_buf();
        self._lock = lock;
        // Where they were opened, a pointer to here (or none, back home); a folder that
        // takes no writing keeps none, and the way back is said when the program ends.
        let at = pointer(&self.origin);
        if same_file(&self.path, &self.origin) {
            let _ = fs::remove_file(at);
        } else {
            let full = fs::canonicalize(&self.path).unwrap_or_else(|_| self.path.clone());
            let _ = write_atomic(&at, full.to_string_lossy().as_bytes());
        }
        Ok(())
    }
}

/// Whether `path` was typed ending in a separator ("usb/"): a folder, whether or not it is there.
pub fn names_folder(path: &Path) -> bool {
    path.as_os_str().to_string_lossy().ends_with(std::path::is_separator)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("hoinghi-store-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("scratch dir");
        dir
    }

    #[test]
    fn slugs_drop_diacritics() {
        assert_eq!(slug("Khối thi đua 1"), "khoi-thi-dua-1");
        assert_eq!(slug("Cụm thi đua số 3 – Đà Nẵng"), "cum-thi-dua-so-3-da-nang");
        assert_eq!(slug("  Ủy ban nhân dân Quận 1 "), "uy-ban-nhan-dan-quan-1");
        assert_eq!(slug("../../etc"), "etc", "no path separators survive");
    }

    #[test]
    fn atomic_write_replaces_whole_files_and_leaves_no_temp() {
        let dir = scratch("atomic");
        let path = dir.join("m.ron");
        write_atomic(&path, "first").expect("write");
        write_atomic(&path, "second, longer").expect("write");
        assert_eq!(fs::read_to_string(&path).expect("read"), "second, longer");
        // The replaced file's second name is removed in the background, waited for at the end.
        finish_tidying();
        let names: Vec<_> = fs::read_dir(&dir).expect("dir").map(|e| e.expect("e").file_name()).collect();
        assert_eq!(names, vec![std::ffi::OsString::from("m.ron")]);
        fs::remove_dir_all(dir).ok();
    }

    #[test]
    fn opening_minutes_removes_what_a_dead_save_left_and_nothing_else() {
        let dir = scratch("leftovers");
        let path = dir.join("m.ron");
        write_atomic(&path, "minutes").expect("write");
        for left in [".m.ron.123.tmp", ".m.ron.123.4.old", ".other.ron.9.tmp", "m.ron.old"] {
            fs::write(dir.join(left), "x").expect("write");
        }
        let _open = MinutesFile::open(&path).expect("open");
        let mut names: Vec<String> = fs::read_dir(&dir)
            .expect("dir")
            .map(|e| e.expect("e").file_name().to_string_lossy().into())
            .collect();
        names.sort();
        assert_eq!(names, [".m.ron.lock", ".other.ron.9.tmp", "m.ron", "m.ron.old"]);
        fs::remove_dir_all(dir).ok();
    }

    #[test]
    fn a_failed_write_keeps_the_previous_file() {
        let dir = scratch("failed");
        let path = dir.join("m.ron");
        write_atomic(&path, "previous").expect("write");
        // The target is now a folder with something in it: the rename over it fails.
        let blocked = dir.join("blocked.ron");
        fs::create_dir_all(blocked.join("inside")).expect("dir");
        assert!(write_atomic(&blocked, "new").is_err());
        assert_eq!(fs::read_to_string(&path).expect("read"), "previous");
        let temps = fs::read_dir(&dir)
            .expect("dir")
            .filter(|e| e.as_ref().is_ok_and(|e| e.file_name().to_string_lossy().ends_with(".tmp")));
        assert_eq!(temps.count(), 0, "the temporary file is cleaned up");
        fs::remove_dir_all(dir).ok();
    }

    #[test]
    fn writing_into_a_deleted_folder_fails_cleanly() {
        let dir = scratch("deleted");
        let path = dir.join("m.ron");
        fs::remove_dir_all(&dir).expect("remove");
        assert!(write_atomic(&path, "x").is_err());
    }

    #[test]
    fn fresh_paths_never_overwrite() {
        let dir = scratch("fresh");
        let path = dir.join("ktd1_2024-01-16.ron");
        fs::write(&path, "a").expect("write");
        let second = fresh_path(&path);
        assert_eq!(second, dir.join("ktd1_2024-01-16-2.ron"));
        fs::write(&second, "b").expect("write");
        assert_eq!(fresh_path(&path), dir.join("ktd1_2024-01-16-3.ron"));
        fs::remove_dir_all(dir).ok();
    }

    #[test]
    fn the_latest_minutes_are_the_last_started() {
        let dir = scratch("latest");
        let path = dir.join("ktd1_2024-01-16.ron");
        assert_eq!(latest_path(&path, |_| false), path, "none yet");
        fs::write(&path, "a").expect("write");
        assert_eq!(latest_path(&path, |_| false), path);
        fs::write(fresh_path(&path), "b").expect("write");
        fs::write(fresh_path(&path), "c").expect("write");
        assert_eq!(latest_path(&path, |_| false), dir.join("ktd1_2024-01-16-3.ron"));
        // A gap (the -2 deleted by hand): the latest is still the -3, and the next is -4.
        fs::remove_file(dir.join("ktd1_2024-01-16-2.ron")).expect("remove");
        assert_eq!(latest_path(&path, |_| false), dir.join("ktd1_2024-01-16-3.ron"));
        assert_eq!(fresh_path(&path), dir.join("ktd1_2024-01-16-4.ron"));
        // Other files beside it do not count.
        fs::write(dir.join("ktd1_2024-01-16-9.docx"), "d").expect("write");
        fs::write(dir.join("ktd1_2024-01-16-x.ron"), "e").expect("write");
        assert_eq!(latest_path(&path, |_| false), dir.join("ktd1_2024-01-16-3.ron"));
        // Minutes with nothing recorded (a second window's, closed) are passed over, unless
        // all are.
        let blank = |p: &Path| fs::read_to_string(p).is_ok_and(|t| t == "blank");
        fs::write(dir.join("ktd1_2024-01-16-3.ron"), "blank").expect("write");
        assert_eq!(latest_path(&path, blank), path, "the -2 is gone: the first minutes");
        fs::write(dir.join("ktd1_2024-01-16-2.ron"), "b").expect("write");
        assert_eq!(latest_path(&path, blank), dir.join("ktd1_2024-01-16-2.ron"));
        for p in [path.clone(), dir.join("ktd1_2024-01-16-2.ron")] {
            fs::write(p, "blank").expect("write");
        }
        assert_eq!(latest_path(&path, blank), dir.join("ktd1_2024-01-16-3.ron"), "all blank: the last");
        fs::remove_dir_all(dir).ok();
    }

    /// A holder letting go within the wait: opened. Still held at its end: refused.
    #[test]
    fn opening_waits_a_moment_for_a_window_just_closed() {
        let dir = scratch("lock-wait");
        let path = dir.join("m.ron");
        let held = MinutesFile::open(&path).expect("lock");
        let short = std::time::Duration::from_millis(120);
        assert!(matches!(MinutesFile::open_waiting(&path, short), Err(LockError::InUse)), "still held");
        let closing = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(200));
            drop(held);
        });
        let opened = MinutesFile::open_waiting(&path, std::time::Duration::from_secs(10));
        closing.join().expect("closed");
        assert!(opened.is_ok(), "opened once the other let go");
        drop(opened);
        fs::remove_dir_all(dir).ok();
    }

    #[test]
    fn closing_minutes_removes_their_lock_file_and_lets_them_open_again() {
        let dir = scratch("lock-file");
        let path = dir.join("m.ron");
        let open = MinutesFile::open(&path).expect("lock");
        assert!(lock_path(&path).exists());
        assert!(matches!(MinutesFile::open(&path), Err(LockError::InUse)), "one writer");
        assert!(lock_path(&path).exists(), "a refused second writer leaves the holder's file");
        drop(open);
        assert!(!lock_path(&path).exists(), "a normal close leaves only the minutes");
        let again = MinutesFile::open(&path).expect("free again");
        assert!(matches!(lock(&path), Err(LockError::InUse)));
        drop(again);
        fs::remove_dir_all(dir).ok();
    }

    #[cfg(unix)]
    #[test]
    fn minutes_opened_through_a_link_are_the_minutes_it_names() {
        let dir = scratch("link");
        let real = dir.join("m.ron");
        fs::write(&real, "minutes").expect("minutes");
        let link = dir.join("usb.ron");
        std::os::unix::fs::symlink(&real, &link).expect("link");
        let open = MinutesFile::open(&real).expect("lock");
        assert!(matches!(MinutesFile::open(&link), Err(LockError::InUse)), "one writer, by any name");
        drop(open);
        let mut through = MinutesFile::open(&link).expect("free again");
        assert_eq!(through.path(), fs::canonicalize(&real).expect("real").as_path());
        through.save(|out| out.write_all(b"saved")).expect("save");
        assert!(fs::symlink_metadata(&link).expect("link").file_type().is_symlink(), "the link stays one");
        assert_eq!(fs::read_to_string(&real).expect("real"), "saved");
        drop(through);
        fs::remove_dir_all(dir).ok();
    }

    /// The folder deleted and made again (a USB stick pulled out and put back): the next save
    /// takes the lock again, so that a second window is still refused; if another has taken
    /// it meanwhile, these minutes are not written over theirs.
    #[cfg(unix)]
    #[test]
    fn a_folder_made_again_gets_its_lock_again_at_the_next_save() {
        let dir = scratch("relock");
        let usb = dir.join("usb");
        fs::create_dir_all(&usb).expect("stick");
        let path = usb.join("m.ron");
        let mut open = MinutesFile::open(&path).expect("lock");
        fs::remove_dir_all(&usb).expect("pulled out");
        assert!(open.save(|w| w.write_all(b"lost")).is_err(), "no folder is made");
        assert!(!usb.exists());
        fs::create_dir_all(&usb).expect("put back");
        open.save(|w| w.write_all(b"one")).expect("saved again");
        assert!(matches!(MinutesFile::open(&path), Err(LockError::InUse)), "still the only writer");
        // Pulled out again, and another window opened them in the meantime.
        fs::remove_dir_all(&usb).expect("pulled out");
        fs::create_dir_all(&usb).expect("put back");
        let other = MinutesFile::open(&path).expect("the other window");
        let refused = open.save(|w| w.write_all(b"two")).expect_err("theirs now");
        assert_eq!(refused.kind(), io::ErrorKind::ResourceBusy);
        drop(other);
        fs::remove_dir_all(dir).ok();
    }

    /// The lock taken on a file that its holder removed on the way out is no lock: the name
    /// leads to a new file, which another process may lock.
    #[cfg(unix)]
    #[test]
    fn a_lock_file_removed_or_replaced_is_not_the_lock() {
        let dir = scratch("lock-replaced");
        let path = dir.join("x.lock");
        let file = File::create(&path).expect("create");
        assert!(leads_to(&path, &file));
        fs::remove_file(&path).expect("remove");
        assert!(!leads_to(&path, &file), "removed");
        fs::write(&path, "").expect("a new file of that name");
        assert!(!leads_to(&path, &file), "replaced");
        fs::remove_dir_all(dir).ok();
    }

    #[test]
    fn saving_elsewhere_moves_the_lock_only_when_it_worked() {
        let dir = scratch("save-as");
        let first = dir.join("a.ron");
        let mut file = MinutesFile::open(&first).expect("lock");
        file.save(|w| w.write_all(b"one")).expect("save");
        let bad = dir.join("missing-folder-file").join("x").join("b.ron");
        fs::write(dir.join("missing-folder-file"), "a file, not a folder").expect("write");
        assert!(file.save_as(&bad, |w| w.write_all(b"two")).is_err());
        assert_eq!(file.path(), first, "still saving to the first file");
        // A file where a folder should be, and a folder named that is not there: each said so.
        let under_a_file = dir.join("missing-folder-file").join("b.ron");
        let refused = file.save_as(&under_a_file, |w| w.write_all(b"two"));
        assert!(matches!(refused, Err(LockError::Io(e)) if e.kind() == io::ErrorKind::NotADirectory));
        let folder = PathBuf::from(format!("{}/", dir.join("usb").display()));
        let refused = file.save_as(&folder, |w| w.write_all(b"two"));
        assert!(matches!(refused, Err(LockError::Io(e)) if e.kind() == io::ErrorKind::NotFound));
        let unmade = dir.join("usb").join("b.ron");
        let refused = file.save_as(&unmade, |w| w.write_all(b"two"));
        assert!(matches!(refused, Err(LockError::Io(e)) if e.kind() == io::ErrorKind::NotFound));
        assert!(!dir.join("usb").exists(), "no folder made");
        assert_eq!(file.path(), first);
        // Nor is a file already there overwritten (other minutes, notes …).
        let other = dir.join("other.ron");
        fs::write(&other, "other minutes").expect("write");
        let refused = file.save_as(&other, |w| w.write_all(b"two"));
        assert!(matches!(refused, Err(LockError::Io(e)) if e.kind() == io::ErrorKind::AlreadyExists));
        assert_eq!(fs::read_to_string(&other).expect("read"), "other minutes", "left as it was");
        assert_eq!(file.path(), first);
        let second = dir.join("b.ron");
        file.save_as(&second, |w| w.write_all(b"two")).expect("save as");
        assert_eq!(file.path(), second);
        assert!(lock(&first).is_ok(), "the first file's lock was let go");
        assert!(matches!(lock(&second), Err(LockError::InUse)));
        // Where they were opened, a pointer to where they went; gone once they are back.
        assert_eq!(moved_to(&first), fs::canonicalize(&second).ok());
        assert!(!file.needs_way_back(), "the pointer leads here");
        fs::write(pointer(&first), "/somewhere/else.ron").expect("a stale pointer");
        assert!(file.needs_way_back(), "a pointer elsewhere does not lead here");
        file.save_as(&first, |w| w.write_all(b"three")).expect("back home");
        assert_eq!(moved_to(&first), None);
        assert!(!file.needs_way_back(), "home");
        fs::remove_dir_all(dir).ok();
    }

    #[test]
    fn saving_as_the_same_file_saves_it_and_keeps_the_lock() {
        let dir = scratch("save-as-same");
        let path = dir.join("a.ron");
        let mut file = MinutesFile::open(&path).expect("lock");
        file.save(|w| w.write_all(b"one")).expect("save");
        file.save_as(&path, |w| w.write_all(b"two")).expect("the same path");
        assert_eq!(fs::read_to_string(&path).expect("read"), "two");
        let roundabout = dir.join(".").join("a.ron");
        file.save_as(&roundabout, |w| w.write_all(b"three")).expect("the same file, written otherwise");
        assert_eq!(fs::read_to_string(&path).expect("read"), "three");
        assert!(matches!(lock(&path), Err(LockError::InUse)), "still this process's");
        fs::remove_dir_all(dir).ok();
    }

    #[test]
    fn one_writer_at_a_time() {
        let dir = scratch("lock");
        let path = dir.join("sub").join("m.ron");
        let first = lock(&path).expect("first lock");
        assert!(matches!(lock(&path), Err(LockError::InUse)));
        drop(first);
        assert!(lock(&path).is_ok(), "released when dropped");
        fs::remove_dir_all(dir).ok();
    }
}
