//! Keys for the covenant signing: who signed, who was absent, which unit presides, and the
//! covenant's numbered contents edited on screen. The rules are in `crate::covenant`; this
//! maps keys to them and says what happened.

use chrono::NaiveDateTime;

use super::{Model, Notice, Overlay, Prompt, Question, Screen, Ui};
use crate::covenant::CovenantError;
use crate::input::LineInput;
use crate::keys::Command;

/// The covenant screen: the cursor on a unit and on an item of the contents, and which of the
/// two lists the keys act on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CovenantScreen {
    pub row: usize,
    pub item: usize,
    /// The keys act on the contents (else on the units).
    pub on_items: bool,
    /// Changing the contents once units have signed was agreed to (asked once).
    pub edits_agreed: bool,
}

pub(super) fn run(model: &mut Model, ui: &mut Ui, command: Command, now: NaiveDateTime) -> bool {
    let Screen::Covenant(screen) = &mut ui.screen else { return false };
    match command {
        // From the contents, Esc goes back to the units; from there, to the agenda.
        Command::BackToList => screen.on_items = false,
        Command::Back => ui.screen = Screen::Agenda,
        Command::OtherPane => screen.on_items = !screen.on_items,
        _ if screen.on_items => items(model, screen, &mut ui.overlay, command),
        _ => return signing(model, ui, command, now),
    }
    false
}

/// Keys on the contents: edit, add, remove (asked first). Once units have signed, changing
/// what they signed is asked about first (once on this screen).
pub(super) fn items(
    model: &Model,
    screen: &mut CovenantScreen,
    overlay: &mut Option<Overlay>,
    command: Command,
) {
    let changes = matches!(command, Command::NewItem | Command::EditItem | Command::DeleteItem);
    if changes && !screen.edits_agreed {
        let signed = model.record.signing_count(&model.conference).signed;
        if signed > 0 {
            *overlay = Some(Overlay::Confirm(Question::EditSignedCovenant(command, signed)));
            return;
        }
    }
    let contents = model.record.covenant.contents(&model.conference);
    let last = contents.len().saturating_sub(1);
    screen.item = screen.item.min(last);
    match command {
        Command::SelectUp => screen.item = screen.item.saturating_sub(1),
        Command::SelectDown => screen.item = (screen.item + 1).min(last),
        Command::SelectFirst => screen.item = 0,
        Command::SelectLast => screen.item = last,
        Command::NewItem => {
            *overlay = Some(Overlay::Prompt(Prompt::CovenantItem(None), LineInput::default()))
        }
        Command::EditItem => {
            if let Some(text) = contents.get(screen.item) {
                *overlay =
                    Some(Overlay::Prompt(Prompt::CovenantItem(Some(screen.item)), LineInput::new(text)));
            } else {
                *overlay = Some(Overlay::Prompt(Prompt::CovenantItem(None), LineInput::default()));
            }
        }
        Command::DeleteItem if screen.item < contents.len() => {
            *overlay = Some(Overlay::Confirm(Question::RemoveCovenantItem(screen.item)));
        }
        _ => {}
    }
}

/// Keys on the units: signed, absent with a reason, taken back, all present, presiding.
fn signing(model: &mut Model, ui: &mut Ui, command: Command, now: NaiveDateTime) -> bool {
    let Screen::Covenant(screen) = &mut ui.screen else { return false };
    let units = &model.conference.units;
    let Some(unit) = units.get(screen.row).map(|u| u.id.clone()) else { return false };
    let (c, record) = (&model.conference, &mut model.record);
    match command {
        Command::SelectUp => screen.row = screen.row.saturating_sub(1),
        Command::SelectDown => screen.row = (screen.row + 1).min(units.len().saturating_sub(1)),
        Command::SelectFirst => screen.row = 0,
        Command::SelectLast => screen.row = units.len().saturating_sub(1),
        // A unit recorded absent does not sign: its presence is put right at the roll call.
        Command::Sign if record.attendance.is_absent(&unit) => {
            let short = c.short_name(&unit).to_string();
            ui.notice = Some(Notice::AbsentCannotSign(short));
        }
        Command::Sign => {
            screen.row = (screen.row + 1).min(units.len().saturating_sub(1));
            return record.covenant.sign(c, &unit, now).unwrap_or(false);
        }
        // The unit leading the signing signs: another is chosen first.
        Command::NotSign if record.covenant.presiding(c) == Some(unit.as_str()) => {
            let short = c.short_name(&unit).to_string();
            ui.notice = Some(Notice::PresidingMustSign(short));
        }
        Command::NotSign => {
            // The roll call's reason, if the unit was absent there, is offered.
            let reason = record.attendance.presence(&unit).filter(|p| !p.present).map(|p| p.reason.clone());
            ui.overlay =
                Some(Overlay::Prompt(Prompt::NotSigning(unit), LineInput::new(&reason.unwrap_or_default())));
        }
        Command::Erase if record.covenant.status(&unit).is_none() => ui.notice = Some(Notice::NothingToClear),
        Command::Erase => return record.covenant.clear(c, &unit, now).unwrap_or(false),
        Command::AllSign if record.attendance.present_ids(c).is_empty() => {
            ui.notice = Some(Notice::NobodyPresent)
        }
        Command::AllSign => {
            let present = record.attendance.present_ids(c);
            let unmarked: Vec<String> =
                present.into_iter().filter(|u| record.covenant.status(u).is_none()).collect();
            let mut changed = false;
            for u in &unmarked {
                changed |= record.covenant.sign(c, u, now).unwrap_or(false);
            }
            ui.notice = Some(Notice::Signed(u32::try_from(unmarked.len()).unwrap_or(u32::MAX)));
            return changed;
        }
        // Nor does it preside: choosing it was a slip of the cursor or a roll call to correct.
        Command::SetPresiding if record.attendance.is_absent(&unit) => {
            let short = c.short_name(&unit).to_string();
            ui.notice = Some(Notice::AbsentCannotPreside(short));
        }
        // A unit present that does not sign cannot lead the signing either.
        Command::SetPresiding
            if matches!(record.covenant.status(&unit), Some(crate::covenant::Signing::Absent { .. })) =>
        {
            let short = c.short_name(&unit).to_string();
            ui.notice = Some(Notice::NotSigningCannotPreside(short));
        }
        Command::SetPresiding => {
            // The file's presiding unit is kept as the file's (nothing recorded).
            let planned = c.covenant.as_ref().and_then(|k| k.presiding.as_deref());
            let to = (planned != Some(unit.as_str())).then_some(unit.as_str());
            let changed = record.covenant.set_presiding(c, to, now).unwrap_or(false);
            ui.notice = Some(Notice::Presiding(unit));
            return changed;
        }
        _ => {}
    }
    false
}

/// A covenant item typed (`None`: a new one at the end). Returns whether the record changed;
/// a blank text is refused and the field stays open.
pub(super) fn typed_item(
    model: &mut Model,
    ui: &mut Ui,
    index: Option<usize>,
    field: LineInput,
    now: NaiveDateTime,
) -> bool {
    let (c, covenant) = (&model.conference, &mut model.record.covenant);
    let result = match index {
        Some(i) => covenant.edit_item(c, i, &field.text(), now),
        None => covenant.add_item(c, &field.text(), now).map(|at| {
            if let Screen::Covenant(screen) = &mut ui.screen {
                screen.item = at;
            }
            true
        }),
    };
    match result {
        Ok(changed) => changed,
        Err(CovenantError::BlankItem) => {
            ui.notice = Some(Notice::EmptyText);
            ui.overlay = Some(Overlay::Prompt(Prompt::CovenantItem(index), field));
            false
        }
        // The item went from under the cursor (not reachable from the keys): nothing is lost
        // but the typing, which is offered again as a new item.
        Err(CovenantError::NoSuchItem(_) | CovenantError::UnknownUnit(_)) => {
            ui.overlay = Some(Overlay::Prompt(Prompt::CovenantItem(None), field));
            false
        }
    }
}

/// Removes covenant item `index` (after the question).
pub(super) fn remove_item(model: &mut Model, ui: &mut Ui, index: usize, now: NaiveDateTime) -> bool {
    let removed = model.record.covenant.remove_item(&model.conference, index, now).is_ok();
    let left = model.record.covenant.contents(&model.conference).len();
    if let Screen::Covenant(screen) = &mut ui.screen {
        screen.item = screen.item.min(left.saturating_sub(1));
    }
    removed
}
