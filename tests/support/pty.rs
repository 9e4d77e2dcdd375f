//! A reusable harness that runs a real program in a pseudo-terminal and reads its screen.
//!
//! Use it from a test file with
//!
//! ```ignore
//! #[path = "support/pty.rs"]
//! mod pty;
//! use pty::{Pty, keys};
//! ```
//!
//! (a `#[path]` module, so that Cargo does not build `tests/support` as a test of its own).
//!
//! What it does, and the traps it avoids:
//! - The program's output is fed, by a background thread, into a `vt100::Parser`; tests look at
//!   the *parsed* screen, never at raw bytes.
//! - Waiting is always "until this holds on the screen, at most 10 s", polled every 20 ms.
//!   On failure the last screen is printed with row numbers.
//! - The `MasterPty` lives as long as the `Pty`; the slave is dropped right after spawning, so
//!   the reader sees the end (EIO on Linux, not EOF) when the program exits.
//! - The writer to the master is never dropped while the program runs: portable-pty's writer
//!   sends "\n" and the EOF character when dropped, which a raw-mode program reads as Enter and
//!   Ctrl+D.
//! - Esc must be sent alone ([`Pty::send_esc`]) and its effect waited for before the next key;
//!   Esc followed by other bytes in the same read is parsed as Alt+key.
//! - The program gets a clean environment: `TERM=xterm-256color`, `LANG=C.UTF-8`, a `PATH`,
//!   and a private `HOME` / XDG folders / `HOINGHI_CONFIG_DIR` inside a scratch folder, so the
//!   real user's configuration and data are neither read nor written. Use [`Spawn::home`] to
//!   share one folder between two runs (e.g. kill -9 and restart).
//! - The harness answers the two terminal queries a TUI may send (cursor position `CSI 6 n`
//!   and primary device attributes `CSI c`), so a program that asks does not stall.
//!
//! Not every test file uses every item.
#![allow(dead_code)]

use std::ffi::{OsStr, OsString};
use std::fmt::Write as _;
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

/// How long any wait lasts before the test fails.
pub const DEADLINE: Duration = Duration::from_secs(10);
/// How often a condition is checked while waiting.
pub const POLL: Duration = Duration::from_millis(20);

/// The program under test, built by Cargo for this test run.
pub const HOINGHI: &str = env!("CARGO_BIN_EXE_hoinghi");

/// Byte sequences for keys, as an xterm sends them.
pub mod keys {
    pub const ENTER: &[u8] = b"\r";
    pub const TAB: &[u8] = b"\t";
    pub const BACKTAB: &[u8] = b"\x1b[Z";
    pub const BACKSPACE: &[u8] = b"\x7f";
    /// Send with [`super::Pty::send_esc`], alone.
    pub const ESC: &[u8] = b"\x1b";
    pub const CTRL_C: &[u8] = b"\x03";
    pub const CTRL_D: &[u8] = b"\x04";
    pub const CTRL_S: &[u8] = b"\x13";
    pub const UP: &[u8] = b"\x1b[A";
    pub const DOWN: &[u8] = b"\x1b[B";
    pub const RIGHT: &[u8] = b"\x1b[C";
    pub const LEFT: &[u8] = b"\x1b[D";
    pub const HOME: &[u8] = b"\x1b[H";
    pub const END: &[u8] = b"\x1b[F";
    pub const PAGE_UP: &[u8] = b"\x1b[5~";
    pub const PAGE_DOWN: &[u8] = b"\x1b[6~";
    pub const DELETE: &[u8] = b"\x1b[3~";
    pub const F1: &[u8] = b"\x1bOP";

    /// Text as bracketed paste (only meaningful if the program enabled it).
    pub fn paste(text: &str) -> Vec<u8> {
        let mut v = b"\x1b[200~".to_vec();
        v.extend_from_slice(text.as_bytes());
        v.extend_from_slice(b"\x1b[201~");
        v
    }
}

// ---------------------------------------------------------------------------------------------
// Scratch folders
// ---------------------------------------------------------------------------------------------

/// A fresh folder under the system temp folder, removed when dropped.
#[derive(Debug)]
pub struct Scratch {
    path: PathBuf,
    keep: bool,
}

impl Scratch {
    /// Creates `<tmp>/hoinghi-e2e-<label>-<pid>-<n>-<nanos>`.
    pub fn new(label: &str) -> Scratch {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
        let path =
            std::env::temp_dir().join(format!("hoinghi-e2e-{label}-{}-{n}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&path)
            .unwrap_or_else(|e| panic!("cannot create scratch folder {}: {e}", path.display()));
        Scratch { path, keep: false }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// `self.path().join(rel)`.
    pub fn join(&self, rel: impl AsRef<Path>) -> PathBuf {
        self.path.join(rel)
    }

    /// Writes a file inside the folder and returns its path.
    pub fn write(&self, rel: impl AsRef<Path>, contents: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path.join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("create folder for a scratch file");
        }
        std::fs::write(&p, contents).unwrap_or_else(|e| panic!("cannot write {}: {e}", p.display()));
        p
    }

    /// Keeps the folder after the test (for looking at it by hand).
    pub fn keep(&mut self) {
        self.keep = true;
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if !self.keep {
            let _ = std::fs::remove_dir_all(&self.path);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Terminal replies
// ---------------------------------------------------------------------------------------------

/// vt100 callbacks: collects what a real terminal would answer, and a few facts.
#[derive(Default)]
struct Term {
    /// Bytes to send back to the program (answers to queries).
    replies: Vec<u8>,
    title: Option<String>,
    bells: usize,
}

impl vt100::Callbacks for Term {
    fn audible_bell(&mut self, _: &mut vt100::Screen) {
        self.bells += 1;
    }

    fn set_window_title(&mut self, _: &mut vt100::Screen, title: &[u8]) {
        self.title = Some(String::from_utf8_lossy(title).into_owned());
    }

    fn unhandled_csi(
        &mut self,
        screen: &mut vt100::Screen,
        i1: Option<u8>,
        _i2: Option<u8>,
        params: &[&[u16]],
        c: char,
    ) {
        let first = params.first().and_then(|p| p.first()).copied().unwrap_or(0);
        match (i1, c, first) {
            // Cursor position report.
            (None, 'n', 6) => {
                let (row, col) = screen.cursor_position();
                let _ = write!(Reply(&mut self.replies), "\x1b[{};{}R", row + 1, col + 1);
            }
            // Device status: "OK".
            (None, 'n', 5) => self.replies.extend_from_slice(b"\x1b[0n"),
            // Primary device attributes: a VT220-ish xterm.
            (None, 'c', 0) => self.replies.extend_from_slice(b"\x1b[?62;22c"),
            _ => {}
        }
    }
}

struct Reply<'a>(&'a mut Vec<u8>);
impl std::fmt::Write for Reply<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.extend_from_slice(s.as_bytes());
        Ok(())
    }
}

type Parser = vt100::Parser<Term>;
type Writer = Arc<Mutex<Box<dyn Write + Send>>>;

fn nz(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("terminal size must not be zero")
}

// ---------------------------------------------------------------------------------------------
// Spawning
// ---------------------------------------------------------------------------------------------

/// How to start a program in a pseudo-terminal. Build with [`Pty::hoinghi`] or [`Spawn::new`].
#[derive(Debug, Clone)]
pub struct Spawn {
    program: OsString,
    args: Vec<OsString>,
    env: Vec<(OsString, OsString)>,
    env_remove: Vec<OsString>,
    cwd: Option<PathBuf>,
    home: Option<PathBuf>,
    rows: u16,
    cols: u16,
}

impl Spawn {
    /// Any program, 80×24, no arguments.
    pub fn new(program: impl AsRef<OsStr>) -> Spawn {
        Spawn {
            program: program.as_ref().to_owned(),
            args: Vec::new(),
            env: Vec::new(),
            env_remove: Vec::new(),
            cwd: None,
            home: None,
            rows: 24,
            cols: 80,
        }
    }

    pub fn arg(mut self, a: impl AsRef<OsStr>) -> Spawn {
        self.args.push(a.as_ref().to_owned());
        self
    }

    pub fn args<I, S>(mut self, args: I) -> Spawn
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        self.args.extend(args.into_iter().map(|a| a.as_ref().to_owned()));
        self
    }

    /// An environment variable; overrides the harness's defaults.
    pub fn env(mut self, k: impl AsRef<OsStr>, v: impl AsRef<OsStr>) -> Spawn {
        self.env.push((k.as_ref().to_owned(), v.as_ref().to_owned()));
        self
    }

    /// Removes one of the harness's default variables.
    pub fn env_remove(mut self, k: impl AsRef<OsStr>) -> Spawn {
        self.env_remove.push(k.as_ref().to_owned());
        self
    }

    /// Working directory (default: the home folder).
    pub fn cwd(mut self, dir: impl AsRef<Path>) -> Spawn {
        self.cwd = Some(dir.as_ref().to_owned());
        self
    }

    /// The folder that holds `HOME`, the XDG folders and `HOINGHI_CONFIG_DIR`. Without it each
    /// `Pty` gets a private scratch folder, removed when the `Pty` is dropped. Pass the same
    /// folder to two runs to let the second see what the first saved.
    pub fn home(mut self, dir: impl AsRef<Path>) -> Spawn {
        self.home = Some(dir.as_ref().to_owned());
        self
    }

    /// Terminal size, rows first (like vt100), e.g. `.size(24, 80)`.
    pub fn size(mut self, rows: u16, cols: u16) -> Spawn {
        self.rows = rows;
        self.cols = cols;
        self
    }

    /// Starts the program.
    pub fn spawn(self) -> Pty {
        Pty::start(self)
    }
}

/// The variables a run gets for a home folder `home`.
fn home_env(home: &Path) -> Vec<(&'static str, PathBuf)> {
    vec![
        ("HOME", home.join("home")),
        ("XDG_CONFIG_HOME", home.join("home/.config")),
        ("XDG_DATA_HOME", home.join("home/.local/share")),
        ("XDG_STATE_HOME", home.join("home/.local/state")),
        ("XDG_CACHE_HOME", home.join("home/.cache")),
        ("HOINGHI_CONFIG_DIR", home.join("config")),
    ]
}

/// A plain `std::process::Command` for the program with the same clean environment as a
/// `Pty` run (for subcommands such as `check` that do not open the screen).
pub fn command(program: impl AsRef<OsStr>, home: &Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(program);
    cmd.env_clear()
        .env("PATH", "/usr/local/bin:/usr/bin:/bin")
        .env("LANG", "C.UTF-8")
        .env("TERM", "xterm-256color")
        .current_dir(home)
        .stdin(std::process::Stdio::null());
    for (k, v) in home_env(home) {
        std::fs::create_dir_all(&v).expect("create a home folder");
        cmd.env(k, v);
    }
    cmd
}

// ---------------------------------------------------------------------------------------------
// The running program
// ---------------------------------------------------------------------------------------------

/// A program running in a pseudo-terminal, with its screen parsed by vt100.
pub struct Pty {
    // Field order is drop order; `Drop` kills the child first anyway.
    child: Box<dyn Child + Send + Sync>,
    pid: u32,
    writer: Writer,
    parser: Arc<Mutex<Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    reader_done: Arc<AtomicBool>,
    reader: Option<JoinHandle<()>>,
    master: Box<dyn MasterPty + Send>,
    status: Option<ExitStatus>,
    home: PathBuf,
    _scratch: Option<Scratch>,
    description: String,
}

impl Pty {
    /// `hoinghi ARGS` at 80×24. For more options use [`Pty::hoinghi_with`].
    pub fn hoinghi(args: &[&str]) -> Pty {
        Spawn::new(HOINGHI).args(args).spawn()
    }

    /// A [`Spawn`] for `hoinghi ARGS`, to set size, env, cwd or home before `.spawn()`.
    pub fn hoinghi_with(args: &[&str]) -> Spawn {
        Spawn::new(HOINGHI).args(args)
    }

    fn start(spec: Spawn) -> Pty {
        let (scratch, home) = match &spec.home {
            Some(h) => (None, h.clone()),
            None => {
                let s = Scratch::new("home");
                let p = s.path().to_owned();
                (Some(s), p)
            }
        };

        let mut cmd = CommandBuilder::new(&spec.program);
        cmd.args(&spec.args);
        cmd.env_clear();
        cmd.env("PATH", "/usr/local/bin:/usr/bin:/bin");
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "C.UTF-8");
        for (k, v) in home_env(&home) {
            std::fs::create_dir_all(&v).expect("create a home folder");
            cmd.env(k, v);
        }
        for (k, v) in &spec.env {
            cmd.env(k, v);
        }
        for k in &spec.env_remove {
            cmd.env_remove(k);
        }
        // portable-pty falls back to $HOME when the cwd is not a folder; be explicit.
        let cwd = spec.cwd.clone().unwrap_or_else(|| home.join("home"));
        assert!(cwd.is_dir(), "working directory {} is not a folder", cwd.display());
        cmd.cwd(&cwd);

        let description = {
            let mut d =
                Path::new(&spec.program).file_name().unwrap_or(&spec.program).to_string_lossy().into_owned();
            for a in &spec.args {
                d.push(' ');
                d.push_str(&a.to_string_lossy());
            }
            d
        };

        let pair = native_pty_system()
            .openpty(PtySize { rows: spec.rows, cols: spec.cols, pixel_width: 0, pixel_height: 0 })
            .expect("openpty");
        let child =
            pair.slave.spawn_command(cmd).unwrap_or_else(|e| panic!("cannot start `{description}`: {e:#}"));
        // The slave must go, or the reader never sees the end.
        drop(pair.slave);
        let master = pair.master;
        let pid = child.process_id().expect("child pid");

        let mut reader = master.try_clone_reader().expect("pty reader");
        let writer: Writer = Arc::new(Mutex::new(master.take_writer().expect("pty writer")));
        let parser = Arc::new(Mutex::new(vt100::Parser::new_with_callbacks(
            nz(spec.rows),
            nz(spec.cols),
            0,
            Term::default(),
        )));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let reader_done = Arc::new(AtomicBool::new(false));

        let thread = {
            let parser = Arc::clone(&parser);
            let raw = Arc::clone(&raw);
            let done = Arc::clone(&reader_done);
            let writer = Arc::clone(&writer);
            std::thread::Builder::new()
                .name(format!("pty-reader-{pid}"))
                .spawn(move || {
                    let mut buf = [0u8; 16 * 1024];
                    loop {
                        match reader.read(&mut buf) {
                            // Linux reports the end as EIO; treat any error as the end.
                            Ok(0) | Err(_) => break,
                            Ok(n) => {
                                lock(&raw).extend_from_slice(&buf[..n]);
                                let replies = {
                                    let mut p = lock(&parser);
                                    p.process(&buf[..n]);
                                    std::mem::take(&mut p.callbacks_mut().replies)
                                };
                                if !replies.is_empty() {
                                    let mut w = lock(&writer);
                                    let _ = w.write_all(&replies);
                                    let _ = w.flush();
                                }
                            }
                        }
                    }
                    done.store(true, Ordering::SeqCst);
                })
                .expect("reader thread")
        };

        Pty {
            child,
            pid,
            writer,
            parser,
            raw,
            reader_done,
            reader: Some(thread),
            master,
            status: None,
            home,
            _scratch: scratch,
            description,
        }
    }

    // -- facts ---------------------------------------------------------------------------------

    /// The program's process id.
    pub fn pid(&self) -> u32 {
        self.pid
    }

    /// The folder holding HOME, XDG folders and `HOINGHI_CONFIG_DIR` (see [`Spawn::home`]).
    pub fn home(&self) -> &Path {
        &self.home
    }

    /// Whether the program is still running (reaps it if it ended).
    pub fn is_running(&mut self) -> bool {
        if self.status.is_some() {
            return false;
        }
        match self.child.try_wait() {
            Ok(Some(s)) => {
                self.status = Some(s);
                false
            }
            Ok(None) => true,
            Err(_) => false,
        }
    }

    // -- input ---------------------------------------------------------------------------------

    /// Writes bytes to the program's terminal, in one write.
    pub fn send(&mut self, bytes: &[u8]) {
        let mut w = lock(&self.writer);
        w.write_all(bytes)
            .and_then(|()| w.flush())
            .unwrap_or_else(|e| panic!("cannot write to `{}`: {e}", self.description));
    }

    pub fn send_str(&mut self, s: &str) {
        self.send(s.as_bytes());
    }

    /// Sends Esc alone. Wait for its effect before sending anything else, or the program may
    /// read it together with the next bytes as Alt+key.
    pub fn send_esc(&mut self) {
        self.send(keys::ESC);
    }

    // -- screen --------------------------------------------------------------------------------

    /// Runs `f` on the current parsed screen.
    pub fn with_screen<R>(&self, f: impl FnOnce(&vt100::Screen) -> R) -> R {
        f(lock(&self.parser).screen())
    }

    /// The whole screen as text, rows joined by newlines (rows the program wrapped are joined).
    pub fn screen_text(&self) -> String {
        self.with_screen(read)
    }

    /// Every row, trailing blanks trimmed.
    pub fn rows(&self) -> Vec<String> {
        self.with_screen(screen_rows)
    }

    /// Row `n` (0-based), trailing blanks trimmed; "" beyond the screen.
    pub fn row(&self, n: u16) -> String {
        self.rows().into_iter().nth(usize::from(n)).unwrap_or_default()
    }

    /// The first row containing `needle`, with its index.
    pub fn find_row(&self, needle: &str) -> Option<(u16, String)> {
        self.with_screen(|s| find_row(s, needle))
    }

    /// Whether the terminal is in the alternate screen now.
    pub fn alternate_screen(&self) -> bool {
        self.with_screen(vt100::Screen::alternate_screen)
    }

    /// (rows, cols) of the parsed screen.
    pub fn size(&self) -> (u16, u16) {
        self.with_screen(|s| {
            let (r, c) = s.size();
            (r.get(), c.get())
        })
    }

    /// The last window title the program set, if any.
    pub fn title(&self) -> Option<String> {
        lock(&self.parser).callbacks().title.clone()
    }

    /// How many times the program rang the bell.
    pub fn bells(&self) -> usize {
        lock(&self.parser).callbacks().bells
    }

    /// Everything the program wrote so far. For diagnostics only: match on the parsed screen.
    pub fn raw_output(&self) -> Vec<u8> {
        lock(&self.raw).clone()
    }

    /// The screen with row numbers, for failure messages.
    pub fn dump(&self) -> String {
        self.with_screen(dump_screen)
    }

    // -- waiting -------------------------------------------------------------------------------

    /// Waits (at most [`DEADLINE`]) until `pred` holds on the parsed screen; panics with the
    /// last screen otherwise, or at once if the program ended without it holding.
    pub fn wait_for(&self, pred: impl Fn(&vt100::Screen) -> bool, what: &str) {
        if let Err(e) = self.try_wait_for(pred, DEADLINE) {
            panic!("{e}\nwaiting for: {what}\n{}", self.dump());
        }
    }

    /// Like [`Pty::wait_for`], returning an error instead of panicking.
    pub fn try_wait_for(
        &self,
        pred: impl Fn(&vt100::Screen) -> bool,
        timeout: Duration,
    ) -> Result<(), String> {
        let start = Instant::now();
        loop {
            // Read the flag before looking, so a final frame is never missed.
            let ended = self.reader_done.load(Ordering::SeqCst);
            if self.with_screen(&pred) {
                return Ok(());
            }
            if ended {
                return Err(format!(
                    "`{}` ended (output closed) after {:?} before the screen matched",
                    self.description,
                    start.elapsed()
                ));
            }
            if start.elapsed() >= timeout {
                return Err(format!("`{}`: gave up after {timeout:?}", self.description));
            }
            std::thread::sleep(POLL);
        }
    }

    /// Waits until the screen contains `text`.
    pub fn wait_for_text(&self, text: &str) {
        self.wait_for(|s| read(s).contains(text), &format!("text {text:?} on screen"));
    }

    /// Waits until the screen no longer contains `text`.
    pub fn wait_for_no_text(&self, text: &str) {
        self.wait_for(|s| !read(s).contains(text), &format!("text {text:?} gone from screen"));
    }

    /// Waits until some row contains all of `parts`.
    pub fn wait_for_row(&self, parts: &[&str]) {
        self.wait_for(
            |s| screen_rows(s).iter().any(|r| parts.iter().all(|p| r.contains(p))),
            &format!("a row containing all of {parts:?}"),
        );
    }

    // -- size ----------------------------------------------------------------------------------

    /// Resizes the terminal (the parser first, then the pty, which signals SIGWINCH).
    pub fn resize(&mut self, rows: u16, cols: u16) {
        lock(&self.parser).set_size(nz(rows), nz(cols));
        self.master.resize(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).expect("pty resize");
    }

    // -- ending --------------------------------------------------------------------------------

    /// Waits (at most [`DEADLINE`]) for the program to exit and for its last output to be
    /// parsed; returns the exit code. Panics (after killing it) on timeout, and if it died of
    /// a signal.
    pub fn wait_exit(&mut self) -> u32 {
        let status = self.wait_exit_status();
        assert!(
            status.signal().is_none(),
            "`{}` was ended by a signal: {status}\n{}",
            self.description,
            self.dump()
        );
        status.exit_code()
    }

    /// Like [`Pty::wait_exit`], but returns the full status (for runs ended by a signal).
    pub fn wait_exit_status(&mut self) -> ExitStatus {
        let start = Instant::now();
        let status = loop {
            if let Some(s) = &self.status {
                break s.clone();
            }
            match self.child.try_wait() {
                Ok(Some(s)) => {
                    self.status = Some(s.clone());
                    break s;
                }
                Ok(None) => {}
                Err(e) => panic!("waiting for `{}`: {e}", self.description),
            }
            if start.elapsed() >= DEADLINE {
                let screen = self.dump();
                self.kill_hard();
                panic!("`{}` did not exit within {DEADLINE:?}; killed it\n{screen}", self.description);
            }
            std::thread::sleep(POLL);
        };
        self.finish_reading(start);
        status
    }

    /// Ends the program at once with SIGKILL (no cleanup of the terminal, no saving), waits
    /// for it and returns its status.
    pub fn kill_hard(&mut self) -> ExitStatus {
        if self.status.is_none() {
            let child: &mut dyn Child = &mut *self.child;
            match child.downcast_mut::<std::process::Child>() {
                // The inherent `std::process::Child::kill` sends SIGKILL.
                Some(c) => {
                    let _ = c.kill();
                }
                // The ChildKiller sends SIGHUP, then SIGKILL after a grace period.
                None => {
                    let _ = self.child.kill();
                }
            }
            let s = self.child.wait().expect("wait after kill");
            self.status = Some(s);
        }
        self.finish_reading(Instant::now());
        self.status.clone().expect("status after kill")
    }

    /// After exit: waits briefly for the reader to drain the output, so the final screen
    /// (leaving the alternate screen, messages on stderr) is parsed.
    fn finish_reading(&mut self, start: Instant) {
        while !self.reader_done.load(Ordering::SeqCst) {
            if start.elapsed() >= DEADLINE {
                // Something else holds the slave open (a grandchild?); keep what we have.
                return;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        if let Some(t) = self.reader.take() {
            let _ = t.join();
        }
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        // Kill before the writer is dropped (its drop sends "\n" + EOF to the program).
        if self.status.is_none() && matches!(self.child.try_wait(), Ok(None)) {
            let child: &mut dyn Child = &mut *self.child;
            if let Some(c) = child.downcast_mut::<std::process::Child>() {
                let _ = c.kill();
            } else {
                let _ = self.child.kill();
            }
            let _ = self.child.wait();
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Screen helpers (also usable inside `wait_for` predicates)
// ---------------------------------------------------------------------------------------------

/// Every row of `s`, trailing blanks trimmed.
pub fn screen_rows(s: &vt100::Screen) -> Vec<String> {
    let cols = s.size().1.get();
    s.rows(0, cols).map(|r| r.trim_end().replace('\u{a0}', " ")).collect()
}

/// The screen's text as a person reads it: a no-break space (which keeps a unit's name on one
/// row) is a space.
fn read(s: &vt100::Screen) -> String {
    s.contents().replace('\u{a0}', " ")
}

/// The first row of `s` containing `needle`, with its index.
pub fn find_row(s: &vt100::Screen, needle: &str) -> Option<(u16, String)> {
    screen_rows(s)
        .into_iter()
        .enumerate()
        .find(|(_, r)| r.contains(needle))
        .map(|(i, r)| (u16::try_from(i).expect("row index fits u16"), r))
}

/// Whether the screen contains `needle` anywhere (wrapped rows joined).
pub fn has_text(s: &vt100::Screen, needle: &str) -> bool {
    read(s).contains(needle)
}

/// The screen with row numbers and modes, for failure messages.
pub fn dump_screen(s: &vt100::Screen) -> String {
    let (rows, cols) = s.size();
    let mut out = format!(
        "--- screen {}x{} (alternate screen: {}, cursor {:?}{}) ---\n",
        cols,
        rows,
        s.alternate_screen(),
        s.cursor_position(),
        if s.hide_cursor() { ", hidden" } else { "" },
    );
    for (i, r) in screen_rows(s).iter().enumerate() {
        let _ = writeln!(out, "{i:2}|{r}");
    }
    out.push_str("--- end of screen ---");
    out
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panicking test thread must not hide the screen from the failure message.
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}
