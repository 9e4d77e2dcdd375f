//! The driver: the only code that reads the clock and the terminal, and carries out effects.
//!
//! It turns terminal events into actions, feeds them to the pure core with the time, saves
//! the minutes when the core says the record changed (before the next frame, so nothing is
//! shown as done before it is on disk), feeds the outcome back, and redraws only when
//! something changed or the clock's second turned. It owns no conference logic.

use std::io;
use std::time::{Duration, Instant};

use chrono::{Local, NaiveDateTime, Timelike};
use ratatui::crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event};
use ratatui::crossterm::execute;

use crate::app::{self, Action, Effect, Model, Ui};
use crate::i18n::Strings;
use crate::keys::Key;
use crate::minutes;
use crate::store::{LockError, MinutesFile};
use crate::theme::Theme;
use crate::view::{self, Ctx};

pub mod backend;
pub mod terminal;
use terminal::Term;

/// The time as the record keeps it: to the second (the minutes need no more, and whole
/// seconds keep the file readable).
pub fn now() -> NaiveDateTime {
    let t = Local::now().naive_local();
    t.with_nanosecond(0).unwrap_or(t)
}

/// Time until the displayed second changes.
fn until_next_second(now: NaiveDateTime) -> Duration {
    let nanos = u64::from(now.nanosecond().min(999_999_999));
    Duration::from_nanos(1_000_000_000 - nanos)
}

/// Writes the minutes and says how it went, as an action for the core.
pub fn save(file: &mut MinutesFile, model: &Model, s: &Strings) -> Action {
    let path = file.path().to_path_buf();
    match file.save(|out| minutes::write_to(model, out)) {
        Ok(()) => Action::Saved { path, at: now() },
        Err(e) => Action::SaveFailed { path, reason: (s.io_reason)(&e) },
    }
}

fn save_as(file: &mut MinutesFile, path: &std::path::Path, model: &Model, s: &Strings) -> Action {
    // A folder given: the minutes go into it under their present name.
    let name = file.path().file_name().unwrap_or_default().to_os_string();
    let target = match crate::store::minutes_target(path, &name) {
        Ok(target) => target,
        Err(ext) => {
            let key = crate::keys::first_key(crate::keys::Context::Agenda, crate::keys::Command::Export, s);
            let reason = (s.save_as_not_ron)(&ext, &key);
            return Action::SaveAsFailed { path: path.to_path_buf(), reason };
        }
    };
    let result = file.save_as(&target, |out| minutes::write_to(model, out)).map_err(|e| match e {
        LockError::InUse => s.in_use_short.to_string(),
        LockError::Io(e) => (s.io_reason)(&e),
    });
    match result {
        Ok(()) => Action::Saved { path: target, at: now() },
        Err(reason) => Action::SaveAsFailed { path: target, reason },
    }
}

/// Writes the biên bản beside the minutes, unless that would overwrite a file unasked.
fn export(minutes: &std::path::Path, overwrite: bool, model: &Model, s: &Strings) -> Action {
    let path = crate::export::default_path(model, minutes, crate::export::Format::Docx);
    if path.exists() && !overwrite {
        return Action::ExportExists(path);
    }
    match crate::export::export_to(model, crate::export::Format::Docx, &path) {
        Ok(()) => Action::Exported(path),
        Err(e) => Action::ExportFailed { reason: (s.io_reason)(&e), path },
    }
}

/// The minutes file and when it was last written: typing is saved at most once a second.
struct Saver<'a> {
    file: &'a mut MinutesFile,
    last: Instant,
    /// A draft changed since the last save.
    pending: bool,
}

impl Saver<'_> {
    fn save(&mut self, model: &Model, s: &Strings) -> Action {
        self.last = Instant::now();
        self.pending = false;
        save(self.file, model, s)
    }
}

/// How often typing is saved: a crash costs at most this much of it.
const DRAFT_SAVE: Duration = Duration::from_secs(1);

/// How long to wait for the next event of a burst (an input method's, a paste not marked as
/// one) before drawing: events already read come at once, so this only ends a burst.
const BURST: Duration = Duration::from_millis(1);

/// How long the loop may wait for a key: until the clock's next second, or sooner when a
/// draft waiting to be saved (`pending`: for this long since the last save) falls due, so
/// that what is typed is on disk within a second, not at the tick after.
fn wait_for(now: NaiveDateTime, pending: Option<Duration>) -> Duration {
    let tick = until_next_second(now);
    pending.map_or(tick, |since| tick.min(DRAFT_SAVE.saturating_sub(since)))
}

/// Carries out effects; returns true when the user quits.
fn perform(effects: Vec<Effect>, saver: &mut Saver, model: &mut Model, ui: &mut Ui, s: &Strings) -> bool {
    for effect in effects {
        let outcome = match effect {
            // The draft still pending is saved by `run_loop`, as after any end.
            Effect::Quit => return true,
            Effect::Save => saver.save(model, s),
            Effect::SaveSoon if saver.last.elapsed() >= DRAFT_SAVE => saver.save(model, s),
            Effect::SaveSoon => {
                saver.pending = true;
                continue;
            }
            Effect::SaveAs(path) => {
                saver.pending = false;
                save_as(saver.file, &path, model, s)
            }
            Effect::Export { overwrite } => export(saver.file.path(), overwrite, model, s),
        };
        app::update(model, ui, outcome, now());
    }
    false
}

/// Runs the screen until the user quits. The minutes are saved once at the start (which
/// also proves the folder is writable) and after every change.
pub fn run(
    terminal: &mut Term,
    model: &mut Model,
    ui: &mut Ui,
    file: &mut MinutesFile,
    theme: &Theme,
    s: &'static Strings,
) -> io::Result<()> {
    execute!(io::stdout(), EnableBracketedPaste)?;
    // A panic restores the terminal (ratatui's hook); it must also end bracketed paste.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableBracketedPaste);
        previous(info);
    }));
    let result = run_loop(terminal, model, ui, file, theme, s);
    let _ = execute!(io::stdout(), DisableBracketedPaste);
    result
}

/// Set when the system asks the program to stop (SIGTERM, SIGHUP as the terminal window is
/// closed, or SIGINT / SIGQUIT from `kill`): the loop then saves and returns, and the terminal
/// is restored as after `q` (if it is still there); minutes that cannot be saved get their
/// emergency copy. A second such signal ends the program at once.
#[cfg(unix)]
fn stop_requested() -> std::sync::Arc<std::sync::atomic::AtomicBool> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let flag = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    for signal in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
        // If a handler cannot be installed the signal keeps its default action; the minutes
        // on disk are still complete (every change is saved as it happens).
        let _ = signal_hook::flag::register_conditional_shutdown(signal, 1, std::sync::Arc::clone(&flag));
        let _ = signal_hook::flag::register(signal, std::sync::Arc::clone(&flag));
    }
    flag
}

#[cfg(not(unix))]
fn stop_requested() -> std::sync::Arc<std::sync::atomic::AtomicBool> {
    std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false))
}

/// Test builds only: with HOINGHI_TEST_PANIC set, F12 panics, so that a test can check the
/// terminal is restored after a panic. Release builds have no such key.
#[cfg(debug_assertions)]
fn injected_panic(key: &Key) {
    if key.code == ratatui::crossterm::event::KeyCode::F(12)
        && std::env::var_os("HOINGHI_TEST_PANIC").is_some()
    {
        panic!("injected by HOINGHI_TEST_PANIC");
    }
}

#[cfg(not(debug_assertions))]
fn injected_panic(_key: &Key) {}

fn run_loop(
    terminal: &mut Term,
    model: &mut Model,
    ui: &mut Ui,
    file: &mut MinutesFile,
    theme: &Theme,
    s: &'static Strings,
) -> io::Result<()> {
    let mut saver = Saver { file, last: Instant::now(), pending: false };
    let ran = run_until_stopped(terminal, model, ui, &mut saver, theme, s);
    // However the loop ended (a terminal gone mid-draw, say), the draft typed last is kept.
    if saver.pending {
        let outcome = saver.save(model, s);
        app::update(model, ui, outcome, now());
    }
    ran
}

/// How often a save that failed is tried again, nothing else having changed: the folder may
/// be back (a USB stick put in again, a permission restored) and the minutes are then on disk
/// without waiting for the next change.
const RETRY_SAVE: Duration = Duration::from_secs(5);

fn run_until_stopped(
    terminal: &mut Term,
    model: &mut Model,
    ui: &mut Ui,
    saver: &mut Saver,
    theme: &Theme,
    s: &'static Strings,
) -> io::Result<()> {
    let stop = stop_requested();
    // The first frame comes before the first save: the secretary sees the agenda at once,
    // and the status line then says where the minutes went (or that they could not be saved).
    terminal.draw(|frame| view::draw(frame, Ctx { model, ui, theme, s, now: now() }))?;
    perform(vec![Effect::Save], saver, model, ui, s);
    let mut dirty = true;
    let mut shown: Option<NaiveDateTime> = None;
    loop {
        let precise = Local::now().naive_local();
        let second = now();
        // Asked to stop: the draft still pending is saved by `run_loop`, as after any end.
        if stop.load(std::sync::atomic::Ordering::Relaxed) {
            return Ok(());
        }
        let retry = ui.save.error.is_some() && saver.last.elapsed() >= RETRY_SAVE;
        if (saver.pending && saver.last.elapsed() >= DRAFT_SAVE) || retry {
            let outcome = saver.save(model, s);
            app::update(model, ui, outcome, now());
            dirty = true;
        }
        if dirty || shown != Some(second) {
            terminal.draw(|frame| view::draw(frame, Ctx { model, ui, theme, s, now: second }))?;
            shown = Some(second);
            dirty = false;
        }
        // Wait for the next event or the next second; then take every event already queued
        // (an input method's burst) before drawing again.
        let mut timeout = wait_for(precise, saver.pending.then(|| saver.last.elapsed()));
        while event::poll(timeout)? {
            // Not zero: crossterm's terminal reader checks what it has read but not yet
            // handed out only when given time to wait (it returns at once when it has some).
            timeout = BURST;
            match event::read()? {
                Event::Key(ev) => {
                    let Some(key) = Key::from_event(&ev) else { continue };
                    injected_panic(&key);
                    let size = terminal.size()?;
                    if !view::takes_key(ui, size.width, size.height, key) {
                        continue;
                    }
                    dirty = true;
                    let effects = app::update(model, ui, Action::Key(key), now());
                    if perform(effects, saver, model, ui, s) {
                        return Ok(());
                    }
                }
                Event::Paste(text) => {
                    let size = terminal.size()?;
                    if !view::takes_paste(size.width, size.height) {
                        continue;
                    }
                    dirty = true;
                    let effects = app::update(model, ui, Action::Paste(text), now());
                    if perform(effects, saver, model, ui, s) {
                        return Ok(());
                    }
                }
                Event::Resize(..) => dirty = true,
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pending_draft_is_saved_when_due_not_at_the_next_tick() {
        let at = |ms| {
            chrono::NaiveDate::from_ymd_opt(2024, 1, 16)
                .and_then(|d| d.and_hms_milli_opt(9, 0, 0, ms))
                .expect("a time")
        };
        // Nothing waiting: the next second.
        assert_eq!(wait_for(at(200), None), Duration::from_millis(800));
        // Saved 300 ms ago: due in 700 ms, before the tick at 800 ms.
        assert_eq!(wait_for(at(200), Some(Duration::from_millis(300))), Duration::from_millis(700));
        // Due already: no wait.
        assert_eq!(wait_for(at(200), Some(Duration::from_secs(2))), Duration::ZERO);
        // The tick comes first.
        assert_eq!(wait_for(at(900), Some(Duration::from_millis(100))), Duration::from_millis(100));
    }
}
