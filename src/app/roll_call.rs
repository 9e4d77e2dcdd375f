//! Keys on the roll call screen: marking units present or absent (with a reason), naming who
//! attends, everyone present at once. Each change is in the record with its time.

use chrono::NaiveDateTime;

use super::{Model, Notice, Overlay, Prompt, Screen, Ui};
use crate::conference::Person;
use crate::input::LineInput;
use crate::keys::Command;

/// Handles a command on the roll call; returns whether the record changed.
pub(super) fn run(model: &mut Model, ui: &mut Ui, command: Command, now: NaiveDateTime) -> bool {
    let Screen::RollCall { selected } = ui.screen else { return false };
    let units = &model.conference.units;
    let last = units.len().saturating_sub(1);
    let Some(unit) = units.get(selected.min(last)) else { return false };
    let attendance = &mut model.record.attendance;
    let mut moved = selected;
    let changed = match command {
        Command::SelectUp => {
            moved = selected.saturating_sub(1);
            false
        }
        Command::SelectDown => {
            moved = (selected + 1).min(last);
            false
        }
        Command::SelectFirst => {
            moved = 0;
            false
        }
        Command::SelectLast => {
            moved = last;
            false
        }
        Command::MarkPresent => {
            moved = (selected + 1).min(last);
            let came = attendance.mark(&unit.id, true, "", now);
            if came {
                ui.notice = came_during_vote(model, &unit.id);
            }
            came
        }
        Command::MarkAbsent => {
            let reason = attendance.presence(&unit.id).map(|p| p.reason.clone()).unwrap_or_default();
            ui.overlay =
                Some(Overlay::Prompt(Prompt::AbsenceReason(unit.id.clone()), LineInput::new(&reason)));
            false
        }
        Command::ChangeChair => {
            let name = model.record.chair(&model.conference).name.clone();
            ui.overlay = Some(Overlay::Prompt(Prompt::ChairName, LineInput::new(&name)));
            false
        }
        Command::ChangeDelegate => {
            let current = attendance.delegate_of(unit).unwrap_or_default().to_string();
            ui.overlay = Some(Overlay::Prompt(Prompt::Delegate(unit.id.clone()), LineInput::new(&current)));
            false
        }
        Command::AllPresent => {
            let uncalled: Vec<String> = attendance.uncalled(units).map(|u| u.id.clone()).collect();
            for id in &uncalled {
                attendance.mark(id, true, "", now);
            }
            // As for one unit marked present: a vote under way does not count them.
            let vote = vote_under_way(model, |p| uncalled.iter().any(|u| !p.present.contains(u)));
            ui.notice = Some(Notice::AllPresent(u32::try_from(uncalled.len()).unwrap_or(u32::MAX), vote));
            !uncalled.is_empty()
        }
        Command::Back => {
            ui.screen = Screen::Agenda;
            return false;
        }
        _ => false,
    };
    ui.screen = Screen::RollCall { selected: moved };
    changed
}

/// The vote under way that `unit`, just marked present, is not part of: votes are in, so the
/// units present when it opened stay its base (domain: the number present is recorded before
/// each vote). Said, so that the secretary does not expect it counted.
pub(super) fn came_during_vote(model: &Model, unit: &str) -> Option<Notice> {
    let short = model.conference.unit(unit)?.short.clone();
    let item = vote_under_way(model, |p| !p.voters().iter().any(|u| u == unit))?;
    Some(Notice::CameDuringVote(short, item))
}

/// The vote under way, its units present settled, that `unit`, just marked absent, is part
/// of: it stays in that vote's base, and nhất trí no longer votes for it. Said.
fn left_during_vote(model: &Model, unit: &str) -> Option<Notice> {
    let short = model.conference.unit(unit)?.short.clone();
    let item = vote_under_way(model, |p| p.voters().iter().any(|u| u == unit))?;
    Some(Notice::LeftDuringVote(short, item))
}

/// The agenda item of a vote taking votes whose units present are settled and that `with`
/// accepts: one with votes in now first (not one whose only vote was taken back).
fn vote_under_way(model: &Model, with: impl Fn(&crate::poll::Poll) -> bool) -> Option<usize> {
    let under_way = || model.record.polls.iter().filter(|p| p.open_round().is_some() && with(p));
    let settled = |p: &&crate::poll::Poll| super::voting::round_settled(model, p);
    let mut voting = under_way().filter(|p| !p.holds_nothing());
    voting.find(settled).or_else(|| under_way().find(settled)).map(|p| p.item)
}

/// The reason typed for an absence: the unit is marked absent with it, and the cursor goes on
/// to the next unit, as after marking one present. Returns whether the record changed.
pub(super) fn absent(model: &mut Model, ui: &mut Ui, unit: &str, reason: &str, now: NaiveDateTime) -> bool {
    let units = &model.conference.units;
    if let Screen::RollCall { selected } = ui.screen
        && units.get(selected).is_some_and(|u| u.id == unit)
    {
        ui.screen = Screen::RollCall { selected: (selected + 1).min(units.len().saturating_sub(1)) };
    }
    let was_present = model.record.attendance.is_present(unit);
    let changed = model.record.attendance.mark(unit, false, reason, now);
    if changed
        && was_present
        && let Some(notice) = left_during_vote(model, unit)
    {
        ui.notice = Some(notice);
    } else if changed && presides_signing(model, unit) {
        // The unit to lead the covenant signing is away: another is chosen there.
        ui.notice = Some(Notice::PresidingAbsent(model.conference.short_name(unit).to_string()));
    }
    changed
}

/// Whether `unit` is to preside over the covenant signing (the file's or the one chosen).
fn presides_signing(model: &Model, unit: &str) -> bool {
    let c = &model.conference;
    c.first_of(crate::conference::ItemKind::Covenant).is_some()
        && model.record.covenant.presiding(c) == Some(unit)
}

/// Who `name` is, as far as the minutes know: the chair now (whose title is being
/// corrected), the file's chair, or a delegate of a member unit, with their title and unit.
/// Anyone else starts with neither: the last chair's would be put under their name.
pub(super) fn known_person(model: &Model, name: &str) -> Option<Person> {
    let c = &model.conference;
    [model.record.chair(c), &c.chair].into_iter().find(|p| p.name.trim() == name).cloned().or_else(|| {
        c.units.iter().find_map(|u| {
            let d = u.delegates.iter().find(|d| d.name.trim() == name)?;
            Some(Person { name: d.name.clone(), title: d.title.clone(), unit: Some(u.id.clone()) })
        })
    })
}
