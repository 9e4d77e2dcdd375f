//! Where minutes are, and where a start looks for the latest: their name in the data folder
//! (from the bloc and the date), the numbered copies of `--new`, the pointer left beside them
//! by a save elsewhere (`w`), and the marker of the backup written when they could not be
//! saved at the end. Names only, and the two small files; writing and locking are the parent
//! module's.

use std::fs;
use std::path::{Path, PathBuf};

use unicode_normalization::UnicodeNormalization;

use super::write_atomic;
use crate::conference::Conference;

/// The folder minutes go to unless `--minutes` says otherwise: `HOINGHI_DATA_DIR`, else the
/// platform's data folder (e.g. ~/.local/share/hoinghi).
pub fn data_dir() -> Option<PathBuf> {
    std::env::var_os("HOINGHI_DATA_DIR")
        .map(PathBuf::from)
        .or_else(|| directories::ProjectDirs::from("", "", "hoinghi").map(|d| d.data_dir().to_path_buf()))
}

/// "Khối thi đua 1" → "khoi-thi-dua-1": letters without diacritics, for file names.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.nfd() {
        let c = match c {
            'đ' | 'Đ' => 'd',
            c if unicode_normalization::char::is_combining_mark(c) => continue,
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The minutes file for a conference: named from its bloc and date.
pub fn minutes_path(conference: &Conference, dir: &Path) -> PathBuf {
    let name = slug(&conference.bloc.name);
    let name = if name.is_empty() { "hoi-nghi".to_string() } else { name };
    dir.join(format!("{name}_{}.ron", conference.date.format("%Y-%m-%d")))
}

/// Where minutes the secretary names `path` go (`w`, `--minutes`): into a folder under `name`,
/// with ".ron" added to a name without an ending. Another ending is refused, and returned: a
/// file named for what it is not (the biên bản for Word is exported, not saved).
pub fn minutes_target(path: &Path, name: &std::ffi::OsStr) -> Result<PathBuf, String> {
    let target = if path.is_dir() {
        path.join(name)
    } else if path.extension().is_none() && !super::names_folder(path) {
        path.with_extension("ron")
    } else {
        path.to_path_buf()
    };
    match target.extension().map(|e| e.to_string_lossy()) {
        Some(ext) if !ext.eq_ignore_ascii_case("ron") => Err(ext.into_owned()),
        _ => Ok(target),
    }
}

/// The first name beside `path` that is not taken: "x.ron" → "x-2.ron", "x-3.ron" … For
/// starting afresh without ever overwriting earlier minutes.
pub fn fresh_path(path: &Path) -> PathBuf {
    numbered(path, highest(path) + 1)
}

/// The minutes last started beside `path` with `--new` (the highest "x-N.ron"), else `path`:
/// what a plain start resumes, so that after a rehearsal and a fresh start on the day (or a
/// crash), the secretary is back in the day's minutes, not the rehearsal's. Minutes in which
/// nothing was recorded (`blank`: a second window opened with `--new` and closed) are passed
/// over for the ones before them, unless all are.
pub fn latest_path(path: &Path, blank: impl Fn(&Path) -> bool) -> PathBuf {
    let mut started: Vec<PathBuf> = numbers(path).into_iter().map(|n| numbered(path, n)).collect();
    started.push(path.to_path_buf());
    let first = started[0].clone();
    started.into_iter().find(|p| p.exists() && !blank(p)).unwrap_or(first)
}

/// The N of minutes started beside the conference's first ones ("x-N.ron" beside "x.ron",
/// `fresh_path`: a rehearsal, a second start), named as `minutes_path` names them.
pub fn start_number(minutes: &Path, conference: &Conference) -> Option<u32> {
    let first = minutes_path(conference, Path::new(""));
    number_of(minutes.file_stem()?.to_str()?, first.file_stem()?.to_str()?)
}

/// The N of a name "x-N" beside "x" (`first`), N from 2.
fn number_of(stem: &str, first: &str) -> Option<u32> {
    stem.strip_prefix(first)?.strip_prefix('-')?.parse().ok().filter(|&n| n >= 2)
}

/// "x-N.ron" beside "x.ron".
fn numbered(path: &Path, n: u32) -> PathBuf {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    path.with_file_name(format!("{stem}-{n}.ron"))
}

/// The highest N of the "x-N.ron" beside "x.ron" (N from 2), or 1 if there is none. Gaps
/// (a file deleted by hand) do not hide the later ones.
fn highest(path: &Path) -> u32 {
    numbers(path).first().copied().unwrap_or(1)
}

/// The N of the "x-N.ron" beside "x.ron" (N from 2), highest first.
fn numbers(path: &Path) -> Vec<u32> {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut numbers: Vec<u32> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name();
            number_of(name.to_str()?.strip_suffix(".ron")?, &stem)
        })
        .collect();
    numbers.sort_unstable_by(|a, b| b.cmp(a));
    numbers
}

/// The backup of minutes `minutes` written to the temporary folder when they could not be
/// saved at the end, `stamp` (the time) making each name new: none is ever overwritten.
pub fn backup_path(minutes: &Path, stamp: &str) -> PathBuf {
    let stem = minutes.file_stem().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    std::env::temp_dir().join(format!("hoinghi-{stem}-{stamp}.ron"))
}

/// Beside the backups of minutes `minutes`: a small file naming them and their latest
/// backup, so that a start finds it without listing the temporary folder.
fn backup_marker(minutes: &Path) -> PathBuf {
    let stem = minutes.file_stem().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    std::env::temp_dir().join(format!("hoinghi-{stem}.latest"))
}

/// `path` made absolute (not resolved: the file may be gone), to name it the same from
/// anywhere.
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Notes `backup` as the latest backup of `minutes` (best effort: the backup itself is what
/// matters, and its path was printed).
pub fn note_backup(minutes: &Path, backup: &Path) {
    let text = format!("{}\n{}", absolute(minutes).display(), absolute(backup).display());
    let _ = write_atomic(&backup_marker(minutes), text.as_bytes());
}

/// The latest backup of these very minutes, if it is newer than they are (or they are not
/// there): written when saving failed at the end, so the file on disk lacks what it holds.
/// Asked about once at the next start ([`forget_backup`] then).
pub fn newer_backup(minutes: &Path) -> Option<PathBuf> {
    let text = fs::read_to_string(backup_marker(minutes)).ok()?;
    let (of, backup) = text.split_once('\n')?;
    let (of, backup) = (PathBuf::from(of), PathBuf::from(backup.trim_end()));
    if of != absolute(minutes) && !same_file(&of, minutes) {
        return None;
    }
    let made = fs::metadata(&backup).and_then(|m| m.modified()).ok()?;
    match fs::metadata(minutes).and_then(|m| m.modified()) {
        Ok(saved) if saved >= made => None,
        _ => Some(backup),
    }
}

/// The secretary has chosen about the backup of `minutes`: it is not asked about again (the
/// file itself stays in the temporary folder).
pub fn forget_backup(minutes: &Path) {
    let _ = fs::remove_file(backup_marker(minutes));
}

/// Whether `a` and `b` name the same file, however written (relative, through a link).
pub(super) fn same_file(a: &Path, b: &Path) -> bool {
    a == b || fs::canonicalize(a).is_ok_and(|p| fs::canonicalize(b).is_ok_and(|q| p == q))
}

/// Beside minutes saved elsewhere with `w`: "x.ron" → "x.ron.moved", holding the new place.
pub(super) fn pointer(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".moved");
    path.with_file_name(name)
}

/// Where the minutes at `path` went when they were saved elsewhere (`w`), if they did: a
/// plain start then resumes them there, not the copy left behind.
pub fn moved_to(path: &Path) -> Option<PathBuf> {
    let text = fs::read_to_string(pointer(path)).ok()?;
    Some(PathBuf::from(text.trim_end_matches(['\n', '\r']))).filter(|p| !p.as_os_str().is_empty())
}

/// Whether the file at `a` was written after the one at `b` (both there): the copy left
/// behind worked on while the one saved elsewhere was missing (the stick out) is the newer.
pub fn written_after(a: &Path, b: &Path) -> bool {
    let modified = |p: &Path| fs::metadata(p).and_then(|m| m.modified()).ok();
    matches!((modified(a), modified(b)), (Some(a), Some(b)) if a > b)
}
