//! The pure core: `update(model, ui, action, now) -> effects`.
//!
//! Owns what a user intent does to the conference record (`Model`) and to the screen's own
//! state (`Ui`). It never reads the clock, the disk or the terminal: time comes in as `now`,
//! and what must happen outside (quitting; later saving and exporting) goes out as `Effect`s
//! for the shell to carry out.

use chrono::NaiveDateTime;

use crate::conference::Conference;
use crate::keys::{self, Command, Context, Key};
use crate::record::{ItemState, Moved, Record};

/// The conference as planned and the record of what happened.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub conference: Conference,
    pub record: Record,
}

impl Model {
    pub fn new(conference: Conference) -> Self {
        let record = Record::new(&conference);
        Model { conference, record }
    }
}

/// What the screen remembers that is not part of the record.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ui {
    /// The agenda row under the cursor.
    pub selected: usize,
    pub overlay: Option<Overlay>,
    pub notice: Option<Notice>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help { scroll: u16 },
    ConfirmQuit,
}

/// A passing message in the status line, until the next key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    UnknownKey(Key),
    FirstItem,
    Skipped(usize),
    Unskipped(usize),
    CannotSkipDone,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Key(Key),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Quit,
}

/// Items a page key moves by.
const PAGE: usize = 10;

impl Ui {
    /// The key layers open now, innermost first.
    pub fn contexts(&self) -> &'static [Context] {
        match self.overlay {
            Some(Overlay::ConfirmQuit) => &[Context::Confirm],
            Some(Overlay::Help { .. }) => &[Context::Help, Context::Global],
            None => &[Context::Agenda, Context::Global],
        }
    }
}

pub fn update(model: &mut Model, ui: &mut Ui, action: Action, now: NaiveDateTime) -> Vec<Effect> {
    match action {
        Action::Key(key) => {
            ui.notice = None;
            match keys::command_for(ui.contexts(), key) {
                Some(command) => run(model, ui, command, now),
                None => {
                    ui.notice = Some(Notice::UnknownKey(key));
                    Vec::new()
                }
            }
        }
    }
}

fn run(model: &mut Model, ui: &mut Ui, command: Command, now: NaiveDateTime) -> Vec<Effect> {
    match ui.overlay {
        Some(Overlay::ConfirmQuit) => {
            ui.overlay = None;
            return if command == Command::Yes { vec![Effect::Quit] } else { Vec::new() };
        }
        Some(Overlay::Help { scroll }) => {
            let scroll = match command {
                Command::SelectUp => scroll.saturating_sub(1),
                Command::SelectDown => scroll.saturating_add(1),
                Command::PageUp => scroll.saturating_sub(PAGE as u16),
                Command::PageDown => scroll.saturating_add(PAGE as u16),
                Command::Quit => {
                    ui.overlay = Some(Overlay::ConfirmQuit);
                    return Vec::new();
                }
                _ => {
                    ui.overlay = None;
                    return Vec::new();
                }
            };
            ui.overlay = Some(Overlay::Help { scroll });
            return Vec::new();
        }
        None => {}
    }

    let record = &mut model.record;
    let last = record.items.len().saturating_sub(1);
    match command {
        Command::NextItem => follow(ui, record.advance(now), last),
        Command::PreviousItem => follow(ui, record.back(now), last),
        Command::StartSelected => follow(ui, record.jump_to(ui.selected, now), last),
        Command::SkipItem => {
            if record.current == Some(ui.selected) {
                let skipped = ui.selected;
                follow(ui, record.skip_current(now), last);
                ui.notice = Some(Notice::Skipped(skipped + 1));
            } else {
                ui.notice = Some(match record.toggle_skip(ui.selected) {
                    Some(ItemState::Skipped) => Notice::Skipped(ui.selected + 1),
                    Some(_) => Notice::Unskipped(ui.selected + 1),
                    None => Notice::CannotSkipDone,
                });
            }
        }
        Command::SelectUp => ui.selected = ui.selected.saturating_sub(1),
        Command::SelectDown => ui.selected = (ui.selected + 1).min(last),
        Command::SelectFirst => ui.selected = 0,
        Command::SelectLast => ui.selected = last,
        Command::PageUp => ui.selected = ui.selected.saturating_sub(PAGE),
        Command::PageDown => ui.selected = (ui.selected + PAGE).min(last),
        Command::Help => ui.overlay = Some(Overlay::Help { scroll: 0 }),
        Command::Quit => ui.overlay = Some(Overlay::ConfirmQuit),
        Command::CloseHelp | Command::Yes | Command::No => {}
    }
    Vec::new()
}

/// After a move, the cursor goes where the conference is.
fn follow(ui: &mut Ui, moved: Moved, last: usize) {
    match moved {
        Moved::To(i) => ui.selected = i,
        Moved::Finished => ui.selected = last,
        Moved::AtStart => ui.notice = Some(Notice::FirstItem),
    }
}

#[cfg(test)]
mod tests;
