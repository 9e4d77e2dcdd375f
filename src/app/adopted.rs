//! Changes to adopted minutes: which part of the record a key is about to touch and, after
//! it, whether that part is any different, so that the change is noted (`Change::Edited`) and
//! listed in the biên bản. The agenda's moves and the comments note their own changes where
//! they are made. This module changes nothing but the audit.

use chrono::NaiveDateTime;

use super::{Model, Overlay, Prompt, Screen, Ui};
use crate::awards::Awards;
use crate::conference::ItemKind;
use crate::covenant::CovenantRecord;
use crate::poll::Poll;
use crate::record::{Change, Part};
use crate::scoring::Scores;

/// A part of the record as it stood before a key (`None`: who chaired), and the agenda item
/// it belongs to.
pub(super) struct Before {
    part: Option<Part>,
    item: Option<usize>,
    state: State,
}

#[derive(PartialEq)]
enum State {
    /// Every change to the attendance is logged: its length tells (a clone would grow with a
    /// long day's log on every key).
    Attendance(usize),
    Vote(Option<Poll>),
    Awards(Awards),
    Scores(Scores),
    Covenant(CovenantRecord),
    Note(String),
    Chair(Option<crate::conference::Person>),
}

/// In adopted minutes, the part the key about to be handled may change; `None` otherwise.
pub(super) fn before(model: &Model, ui: &Ui) -> Option<Before> {
    model.record.adopted_at?;
    let (part, item) = match &ui.screen {
        Screen::RollCall { .. } if matches!(ui.overlay, Some(Overlay::Prompt(Prompt::ChairTitle(_), _))) => {
            (None, None)
        }
        Screen::RollCall { .. } => (Some(Part::Attendance), None),
        // On the agenda, v opens the selected item's vote or counts its units again.
        Screen::Agenda => (Some(Part::Vote), Some(ui.selected)),
        Screen::Poll(p) => (Some(Part::Vote), Some(p.item)),
        Screen::Awards(a) => (Some(Part::Awards), Some(a.item)),
        Screen::Scoring(_) => (Some(Part::Scores), model.conference.first_of(ItemKind::Scoring)),
        Screen::Covenant(_) => (Some(Part::Covenant), model.conference.first_of(ItemKind::Covenant)),
        Screen::Note(n) => (Some(Part::Note), Some(n.item)),
        Screen::Comments(_) | Screen::Compose(_) => return None,
    };
    Some(Before { part, item, state: state(model, part, item) })
}

/// After the key: notes the change if the part is not as it was (a draft typed, a field left
/// as it was or a choice cancelled is no change).
pub(super) fn note(model: &mut Model, before: Before, now: NaiveDateTime) {
    if state(model, before.part, before.item) == before.state {
        return;
    }
    let change = match (before.part, before.state) {
        (Some(part), _) => Change::Edited { part, item: before.item },
        // Who chaired before is kept: the record holds only who chairs now.
        (None, State::Chair(was)) => {
            Change::ChairChanged { before: was.unwrap_or_else(|| model.conference.chair.clone()) }
        }
        (None, _) => return,
    };
    model.record.audit_if_adopted(change, now);
}

fn state(model: &Model, part: Option<Part>, item: Option<usize>) -> State {
    let r = &model.record;
    let Some(part) = part else { return State::Chair(r.chair.clone()) };
    match part {
        Part::Attendance => State::Attendance(r.attendance.log.len()),
        Part::Vote => State::Vote(item.and_then(|i| r.poll(i)).cloned()),
        Part::Awards => State::Awards(r.awards.clone()),
        Part::Scores => State::Scores(r.scores.clone()),
        Part::Covenant => State::Covenant(r.covenant.clone()),
        Part::Note => {
            State::Note(item.and_then(|i| r.items.get(i)).map(|i| i.note.clone()).unwrap_or_default())
        }
    }
}
