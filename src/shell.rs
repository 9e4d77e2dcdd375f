//! The driver: the only code that reads the clock and the terminal.
//!
//! It turns terminal events into actions, feeds them to the pure core with the time, carries
//! out the effects that come back, and redraws only when something changed or the clock's
//! second turned. It owns no conference logic.

use std::io;
use std::time::Duration;

use chrono::{Local, NaiveDateTime, Timelike};
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event};

use crate::app::{self, Action, Effect, Model, Ui};
use crate::i18n::Strings;
use crate::keys::Key;
use crate::theme::Theme;
use crate::view::{self, Ctx};

fn now() -> NaiveDateTime {
    Local::now().naive_local()
}

/// Time until the displayed second changes.
fn until_next_second(now: NaiveDateTime) -> Duration {
    let nanos = u64::from(now.nanosecond().min(999_999_999));
    Duration::from_nanos(1_000_000_000 - nanos)
}

/// Runs the screen until the user quits.
pub fn run(
    terminal: &mut DefaultTerminal,
    model: &mut Model,
    ui: &mut Ui,
    theme: &Theme,
    s: &'static Strings,
) -> io::Result<()> {
    let mut dirty = true;
    let mut shown: Option<NaiveDateTime> = None;
    loop {
        let t = now();
        let second = t.with_nanosecond(0);
        if dirty || shown != second {
            terminal.draw(|frame| view::draw(frame, Ctx { model, ui, theme, s, now: t }))?;
            shown = second;
            dirty = false;
        }
        // Wait for the next event or the next second; then take every event already queued
        // (an input method's burst) before drawing again.
        let mut timeout = until_next_second(t);
        while event::poll(timeout)? {
            timeout = Duration::ZERO;
            match event::read()? {
                Event::Key(ev) => {
                    let Some(key) = Key::from_event(&ev) else { continue };
                    dirty = true;
                    let effects = app::update(model, ui, Action::Key(key), now());
                    if effects.contains(&Effect::Quit) {
                        return Ok(());
                    }
                }
                Event::Resize(..) => dirty = true,
                _ => {}
            }
        }
    }
}
