//! Keys for the awards handed out under an agenda item (khen thưởng): the awards, each with
//! who grants it and the decision, the collectives and persons named, and those only counted.
//! The rules are in `crate::awards`; this maps keys and typed text to them and says what
//! happened. An award is typed in three steps (its name, who grants it, the decision), each a
//! one-line field that Esc gives up without recording anything.

use chrono::NaiveDateTime;
use ratatui::crossterm::event::KeyCode;

use super::{Model, Notice, Overlay, Prompt, Question, Screen, Slot, Ui};
use crate::awards::{AwardEntry, AwardError, Eligible, eligible};
use crate::conference::{Recipient, Unit};
use crate::input::LineInput;
use crate::keys::{self, Command, Key};
use crate::search;

/// The awards screen: the agenda item whose awards are shown, the cursor on an award and on
/// one of its recipients, and which of the two lists the keys act on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AwardsScreen {
    pub item: usize,
    pub row: usize,
    pub recipient: usize,
    pub on_recipients: bool,
}

/// The awards screen of agenda item `item`, the cursor on award `id` (an award that is no
/// longer there: `None`) and, with `recipient`, on that recipient of it; a new award (`id`
/// `None`) leaves the cursor on the first. For a prompt reopened after a restart.
pub(super) fn screen_at(
    model: &Model,
    item: usize,
    id: Option<u32>,
    recipient: Option<usize>,
) -> Option<AwardsScreen> {
    model.conference.agenda.get(item)?;
    let row = match id {
        Some(id) => model.record.awards.of_item(item).position(|e| e.id == id)?,
        None => 0,
    };
    Some(AwardsScreen { item, row, recipient: recipient.unwrap_or(0), on_recipients: recipient.is_some() })
}

/// The awards of the item on screen, in the order entered (deleted ones left out).
pub fn shown(model: &Model, screen: &AwardsScreen) -> Vec<u32> {
    model.record.awards.of_item(screen.item).map(|e| e.id).collect()
}

/// The award under the cursor.
pub fn selected<'a>(model: &'a Model, screen: &AwardsScreen) -> Option<&'a AwardEntry> {
    model.record.awards.of_item(screen.item).nth(screen.row)
}

/// The member unit a typed text names: exactly (name, short name or id, diacritics aside),
/// or as the only unit the unit search finds; `None` when it finds none (or the text is
/// blank). `Err(units)`: it finds these units, best first, and more must be typed to tell
/// which.
pub fn found_unit<'a>(model: &'a Model, text: &str) -> Result<Option<&'a Unit>, Vec<&'a Unit>> {
    let units = &model.conference.units;
    if text.trim().is_empty() {
        return Ok(None);
    }
    if let Some(unit) = units.iter().find(|u| search::is_exact(text, &u.name, &u.short, &u.id)) {
        return Ok(Some(unit));
    }
    let mut found = search::rank_units(text, units);
    match found.len() {
        0 => Ok(None),
        1 => Ok(found.pop()),
        _ => Err(found),
    }
}

/// The short names of the units a typed text finds, for the notice that asks for more.
fn short_names(units: &[&Unit]) -> Vec<String> {
    units.iter().map(|u| u.short.clone()).collect()
}

/// What a typed collective is: the member unit it names (see `found_unit`), else a collective
/// by the name typed.
pub fn collective<'a>(model: &'a Model, text: &str) -> Result<Recipient, Vec<&'a Unit>> {
    Ok(match found_unit(model, text)? {
        Some(unit) => Recipient::Unit(unit.id.clone()),
        None => Recipient::Collective(text.to_string()),
    })
}

fn prompt(purpose: Prompt, text: &str) -> Option<Overlay> {
    Some(Overlay::Prompt(purpose, LineInput::new(text)))
}

/// A count to change: typed over, not added to ("1" then "10" is 10, not 110).
fn count_prompt(purpose: Prompt, count: &str) -> Option<Overlay> {
    Some(Overlay::Prompt(purpose, LineInput::selected(count)))
}

pub(super) fn run(model: &mut Model, ui: &mut Ui, command: Command) {
    let Screen::Awards(screen) = &mut ui.screen else { return };
    let entries = shown(model, screen);
    screen.row = screen.row.min(entries.len().saturating_sub(1));
    let entry = selected(model, screen);
    let recipients = entry.map_or(0, |e| e.recipients.len());
    screen.recipient = screen.recipient.min(recipients.saturating_sub(1));
    match command {
        // From the recipients, Esc goes back to the awards; from there, to the agenda.
        Command::BackToList => screen.on_recipients = false,
        Command::Back => ui.screen = Screen::Agenda,
        Command::OtherPane if entry.is_none() => ui.notice = Some(Notice::NoAward),
        Command::OtherPane => screen.on_recipients = !screen.on_recipients,
        Command::SelectUp if screen.on_recipients => screen.recipient = screen.recipient.saturating_sub(1),
        Command::SelectDown if screen.on_recipients => {
            screen.recipient = (screen.recipient + 1).min(recipients.saturating_sub(1));
        }
        Command::SelectFirst if screen.on_recipients => screen.recipient = 0,
        Command::SelectLast if screen.on_recipients => screen.recipient = recipients.saturating_sub(1),
        Command::SelectFirst => screen.row = 0,
        Command::SelectLast => screen.row = entries.len().saturating_sub(1),
        Command::SelectUp => screen.row = screen.row.saturating_sub(1),
        Command::SelectDown => screen.row = (screen.row + 1).min(entries.len().saturating_sub(1)),
        Command::NewItem if model.conference.awards.is_empty() => {
            ui.overlay = prompt(Prompt::AwardName(None), "");
        }
        Command::NewItem => ui.overlay = Some(Overlay::PickAward),
        Command::EditItem
        | Command::SetCounts
        | Command::DeleteItem
        | Command::AddCollective
        | Command::AddIndividual
            if entry.is_none() =>
        {
            ui.notice = Some(Notice::NoAward);
        }
        Command::EditItem if screen.on_recipients => {
            let Some((e, r)) = entry.and_then(|e| e.recipients.get(screen.recipient).map(|r| (e, r))) else {
                ui.notice = Some(Notice::NoRecipient);
                return;
            };
            let slot = Slot { id: e.id, at: Some(screen.recipient) };
            let unit_name = |id: &str| model.conference.unit(id).map_or(id.to_string(), |u| u.name.clone());
            ui.overlay = match r {
                Recipient::Unit(id) => prompt(Prompt::Collective(slot), &unit_name(id)),
                Recipient::Collective(name) => prompt(Prompt::Collective(slot), name),
                Recipient::Individual { name, unit: None } => {
                    prompt(Prompt::IndividualName(slot), person(name).0)
                }
                Recipient::Individual { name, .. } => prompt(Prompt::IndividualName(slot), name),
            };
        }
        Command::EditItem => ui.overlay = entry.and_then(|e| prompt(Prompt::AwardName(Some(e.id)), &e.award)),
        // Only what the award may go to is asked: a Chiến sĩ thi đua goes straight to persons.
        Command::SetCounts => {
            ui.overlay = entry.and_then(|e| match eligible(&e.award) {
                Eligible::Individuals => count_prompt(
                    Prompt::Unnamed { id: e.id, collectives: Some(0) },
                    &shown_count(e.counts().1),
                ),
                _ => {
                    count_prompt(Prompt::Unnamed { id: e.id, collectives: None }, &shown_count(e.counts().0))
                }
            });
        }
        Command::DeleteItem if screen.on_recipients => match entry
            .filter(|e| screen.recipient < e.recipients.len())
        {
            Some(e) => ui.overlay = Some(Overlay::Confirm(Question::RemoveRecipient(e.id, screen.recipient))),
            None => ui.notice = Some(Notice::NoRecipient),
        },
        Command::DeleteItem => ui.overlay = entry.map(|e| Overlay::Confirm(Question::DeleteAward(e.id))),
        // Said before anything is typed when the award cannot go to such a recipient.
        Command::AddCollective if entry.is_some_and(|e| eligible(&e.award) == Eligible::Individuals) => {
            ui.notice = Some(Notice::AwardRefused(AwardError::IndividualsOnly));
        }
        Command::AddIndividual if entry.is_some_and(|e| eligible(&e.award) == Eligible::Collectives) => {
            ui.notice = Some(Notice::AwardRefused(AwardError::CollectivesOnly));
        }
        Command::AddCollective => {
            // The unit the vote chose, offered: Enter takes it, typing replaces it.
            let nominee = LineInput::selected(&nominee(model, screen.item));
            ui.overlay =
                entry.map(|e| Overlay::Prompt(Prompt::Collective(Slot { id: e.id, at: None }), nominee));
        }
        Command::AddIndividual => {
            ui.overlay = entry.and_then(|e| prompt(Prompt::IndividualName(Slot { id: e.id, at: None }), ""));
        }
        _ => {}
    }
}

/// The full name of the unit the item's vote chose (được suy tôn) that no award of the item
/// names yet: a new collective recipient starts from it, so that the award follows the vote.
/// Empty when there is none.
fn nominee(model: &Model, item: usize) -> String {
    let Some(poll) = model.record.poll(item) else { return String::new() };
    let named = |unit: &str| {
        let mut entries = model.record.awards.of_item(item);
        entries.any(|e| e.recipients.iter().any(|r| matches!(r, Recipient::Unit(id) if id == unit)))
    };
    let unit = poll.selected().into_iter().find(|u| !named(u));
    unit.and_then(|u| model.conference.unit(&u)).map(|u| u.name.clone()).unwrap_or_default()
}

/// A key while the award to add is picked: a digit is the conference file's award of that
/// number (with the recipients the file names); 0 or Enter types another; Esc gives up.
pub(super) fn pick(model: &mut Model, ui: &mut Ui, command: Command, key: Key, now: NaiveDateTime) -> bool {
    let Screen::Awards(screen) = &mut ui.screen else { return false };
    match (command, keys::digit(key)) {
        (Command::NewItem, _) | (Command::Choose, Some(0)) => {
            ui.overlay = prompt(Prompt::AwardName(None), "");
            false
        }
        (Command::Choose, Some(d)) => {
            let kind = usize::from(d) - 1;
            if kind >= model.conference.awards.len() {
                ui.notice = Some(Notice::NoSuchChoice(d));
                ui.overlay = Some(Overlay::PickAward);
                return false;
            }
            // The same award from the file twice under one item is a slip: show the one there.
            let planned = &model.conference.awards[kind];
            let existing =
                model.record.awards.of_item(screen.item).find(|e| e.award == planned.award).map(|e| e.id);
            if let Some(id) = existing {
                select(model, screen, id);
                ui.notice = Some(Notice::AwardExists(planned.award.clone()));
                return false;
            }
            let added = model.record.awards.add_planned(&model.conference, screen.item, kind, now);
            onto_added(model, screen, &mut ui.notice, added)
        }
        _ => false,
    }
}

/// A letter typed while choosing among the file's awards: the secretary is naming another
/// one, so the name's field opens with the letter in it. Returns whether it did.
pub(super) fn starts_typed_award(ui: &mut Ui, key: Key) -> bool {
    let KeyCode::Char(c) = key.code else { return false };
    // A letter: "?" or another sign begins no award's name (it was taken as one).
    if !matches!(ui.overlay, Some(Overlay::PickAward)) || key.ctrl || key.alt || !c.is_alphabetic() {
        return false;
    }
    ui.overlay = prompt(Prompt::AwardName(None), &c.to_string());
    true
}

/// After an award is added: the cursor onto it, or why it was refused. Returns whether the
/// record changed.
fn onto_added(
    model: &Model,
    screen: &mut AwardsScreen,
    notice: &mut Option<Notice>,
    added: Result<u32, crate::awards::AwardError>,
) -> bool {
    match added {
        Ok(id) => {
            select(model, screen, id);
            true
        }
        Err(e) => {
            *notice = Some(Notice::AwardRefused(e));
            false
        }
    }
}

/// The cursor onto award `id`.
fn select(model: &Model, screen: &mut AwardsScreen, id: u32) {
    screen.row = shown(model, screen).iter().position(|&e| e == id).unwrap_or(screen.row);
    screen.on_recipients = false;
}

/// The next step of a field typed on the awards screen. Returns whether the record changed.
pub(super) fn typed(
    model: &mut Model,
    ui: &mut Ui,
    purpose: Prompt,
    field: LineInput,
    now: NaiveDateTime,
) -> bool {
    let Screen::Awards(screen) = &mut ui.screen else { return false };
    let text = field.text().trim().to_string();
    let awards = &mut model.record.awards;
    let entry = |id: Option<u32>| id.and_then(|id| awards.get(id));
    match purpose {
        // A required field left blank: say so, keep it open.
        Prompt::AwardName(_) | Prompt::Collective(_) | Prompt::IndividualName(_) if text.is_empty() => {
            ui.notice = Some(Notice::EmptyText);
            ui.overlay = Some(Overlay::Prompt(purpose, field));
            false
        }
        // Renamed to an award its recipients cannot have: said at once, the name kept to correct.
        Prompt::AwardName(Some(id)) if let Some(Err(e)) = entry(Some(id)).map(|e| e.may_be(&text)) => {
            ui.notice = Some(Notice::AwardRefused(e));
            ui.overlay = Some(Overlay::Prompt(purpose, field));
            false
        }
        Prompt::AwardName(id) => {
            let granted_by = entry(id).map(|e| e.granted_by.as_str()).unwrap_or_default();
            ui.overlay = prompt(Prompt::AwardGrantor(id, text), granted_by);
            false
        }
        Prompt::AwardGrantor(id, award) => {
            let decision = entry(id).map(|e| e.decision.as_str()).unwrap_or_default();
            ui.overlay = prompt(Prompt::AwardDecision(id, award, text), decision);
            false
        }
        Prompt::AwardDecision(Some(id), award, granted_by) => {
            awards.edit(id, &award, &granted_by, &text, now).unwrap_or(false)
        }
        Prompt::AwardDecision(None, award, granted_by) => {
            let added = awards.add(screen.item, &award, &granted_by, &text, now);
            onto_added(model, screen, &mut ui.notice, added)
        }
        Prompt::Unnamed { id, collectives } => {
            // Totals are typed (as the decision counts them); those not named are the rest.
            let Some(entry) = awards.get(id) else { return false };
            let named = |collective: bool| {
                crate::poll::count(
                    entry.recipients.iter().filter(|r| r.is_collective() == collective).count(),
                )
            };
            let named = named(collectives.is_none());
            let total = if text.is_empty() { Some(0) } else { text.parse::<u32>().ok() };
            // A Cờ thi đua has no persons to count, a Chiến sĩ thi đua no collectives.
            let kind = (collectives.is_none(), eligible(&entry.award));
            let refused = match total {
                None => Some(Notice::BadCount(text)),
                Some(n) if n < named => Some(Notice::FewerThanNamed(named)),
                Some(n) if n > 0 && kind == (true, Eligible::Individuals) => {
                    Some(Notice::AwardRefused(AwardError::IndividualsOnly))
                }
                Some(n) if n > 0 && kind == (false, Eligible::Collectives) => {
                    Some(Notice::AwardRefused(AwardError::CollectivesOnly))
                }
                Some(_) => None,
            };
            if let Some(refused) = refused {
                ui.notice = Some(refused);
                ui.overlay = Some(Overlay::Prompt(Prompt::Unnamed { id, collectives }, field));
                return false;
            }
            let unnamed = total.unwrap_or(0) - named;
            match collectives {
                // A Cờ thi đua has no persons to ask about.
                None if kind.1 == Eligible::Collectives => {
                    awards.set_unnamed(id, unnamed, 0, now).unwrap_or(false)
                }
                None => {
                    let individuals = shown_count(entry.counts().1);
                    ui.overlay =
                        count_prompt(Prompt::Unnamed { id, collectives: Some(unnamed) }, &individuals);
                    false
                }
                Some(c) => awards.set_unnamed(id, c, unnamed, now).unwrap_or(false),
            }
        }
        Prompt::Collective(slot) => match collective(model, &text) {
            Ok(recipient) => put(model, ui, slot, &recipient, now),
            Err(units) => {
                ui.notice = Some(Notice::SeveralUnits(short_names(&units)));
                ui.overlay = Some(Overlay::Prompt(Prompt::Collective(slot), field));
                false
            }
        },
        Prompt::IndividualName(slot) => {
            // Editing: the unit field starts from the person's member unit or organisation.
            let editing = slot.at.and_then(|at| awards.get(slot.id)?.recipients.get(at));
            let unit = match editing {
                Some(Recipient::Individual { unit: Some(u), .. }) => {
                    model.conference.unit(u).map(|u| u.short.as_str()).unwrap_or_default()
                }
                Some(Recipient::Individual { name, unit: None }) => person(name).1,
                _ => "",
            };
            ui.overlay = prompt(Prompt::IndividualUnit(slot, text), unit);
            false
        }
        Prompt::IndividualUnit(slot, name) => {
            // A member unit by part of its name; any other organisation is written after the
            // person's name, as the biên bản prints a member unit.
            let other = text.trim();
            match found_unit(model, &text) {
                Ok(found) => {
                    let person = match found {
                        Some(u) => Recipient::Individual { name, unit: Some(u.id.clone()) },
                        None if other.is_empty() => Recipient::Individual { name, unit: None },
                        None => {
                            Recipient::Individual { name: format!("{} ({other})", name.trim()), unit: None }
                        }
                    };
                    put(model, ui, slot, &person, now)
                }
                Err(units) => {
                    ui.notice = Some(Notice::SeveralUnits(short_names(&units)));
                    ui.overlay = Some(Overlay::Prompt(Prompt::IndividualUnit(slot, name), field));
                    false
                }
            }
        }
        _ => false,
    }
}

/// A person of another organisation, "Lê Văn Bình (Trung tâm Y tế Quận 1)", as the name and
/// the organisation typed; a name without one, as itself and "".
fn person(name: &str) -> (&str, &str) {
    name.strip_suffix(')')
        .and_then(|n| n.rsplit_once(" ("))
        .map_or((name, ""), |(who, organisation)| (who, organisation))
}

/// A count as a field starts: empty for none, so that typing does not append to a 0.
fn shown_count(n: u32) -> String {
    if n == 0 { String::new() } else { n.to_string() }
}

/// Puts a recipient in its slot (a new one at the end, or in place of the one edited); the
/// cursor goes onto it. A new one named among those counted takes one from the count, so
/// the award's total stays what the decision says.
fn put(model: &mut Model, ui: &mut Ui, slot: Slot, recipient: &Recipient, now: NaiveDateTime) -> bool {
    let (c, awards) = (&model.conference, &mut model.record.awards);
    let result = match slot.at {
        Some(at) => awards.replace_recipient(c, slot.id, at, recipient, now),
        None => awards.add_recipient(c, slot.id, recipient, now).and_then(|added| {
            if added {
                keep_total(awards, slot.id, recipient, true, now)?;
            }
            Ok(added)
        }),
    };
    match result {
        Ok(changed) => {
            if let (Screen::Awards(screen), Some(e)) = (&mut ui.screen, awards.get(slot.id)) {
                screen.on_recipients = true;
                screen.recipient = slot.at.unwrap_or(e.recipients.len().saturating_sub(1));
            }
            changed
        }
        Err(e) => {
            ui.notice = Some(Notice::AwardRefused(e));
            false
        }
    }
}

/// Deletes award `id` (after the question); it stays in the record, out of the minutes.
pub(super) fn delete(model: &mut Model, ui: &mut Ui, id: u32, now: NaiveDateTime) -> bool {
    let deleted = model.record.awards.delete(id, now).is_ok();
    // The cursor stays on an award shown: the last one left when the last was deleted.
    if let Screen::Awards(screen) = &mut ui.screen {
        let left = shown(model, screen).len();
        screen.row = screen.row.min(left.saturating_sub(1));
        screen.recipient = 0;
    }
    deleted
}

/// Keeps award `id`'s total as typed while one recipient of `recipient`'s kind is named
/// (`named`) or has its name taken back: one moves from the count to the names, or back.
/// Only where some are counted: an award whose recipients are all named has no total apart
/// from its names.
fn keep_total(
    awards: &mut crate::awards::Awards,
    id: u32,
    recipient: &Recipient,
    named: bool,
    now: NaiveDateTime,
) -> Result<(), crate::awards::AwardError> {
    let Some(e) = awards.get(id) else { return Ok(()) };
    let (mut collectives, mut individuals) = (e.unnamed_collectives, e.unnamed_individuals);
    let counted = if recipient.is_collective() { &mut collectives } else { &mut individuals };
    if *counted == 0 {
        return Ok(());
    }
    *counted = if named { *counted - 1 } else { counted.saturating_add(1) };
    awards.set_unnamed(id, collectives, individuals, now).map(|_| ())
}

/// Removes recipient `index` of award `id` (after the question): the award's total stays.
pub(super) fn remove_recipient(
    model: &mut Model,
    ui: &mut Ui,
    id: u32,
    index: usize,
    now: NaiveDateTime,
) -> bool {
    let awards = &mut model.record.awards;
    let removed = awards.remove_recipient(id, index, now);
    if let Ok(recipient) = &removed {
        // Ignored if refused: the name is gone either way, and the count was valid before.
        let _ = keep_total(awards, id, recipient, false, now);
    }
    let removed = removed.is_ok();
    let left = model.record.awards.get(id).map_or(0, |e| e.recipients.len());
    if let Screen::Awards(screen) = &mut ui.screen {
        screen.recipient = screen.recipient.min(left.saturating_sub(1));
    }
    removed
}
