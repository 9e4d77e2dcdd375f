//! The dialogs over a screen and the passing notices: a question to confirm, a one-line field
//! to type, and what each does once answered. They only call the screens' modules and the
//! record; nothing here is drawn or read from outside.

use std::path::PathBuf;

use chrono::NaiveDateTime;

use super::{Effect, Model, Screen, Ui, awards, comments, covenant, roll_call, save_if, sections, voting};
use crate::comments::ResponseKind;
use crate::input::LineInput;
use crate::keys::{Command, Key};
use crate::poll::{Choice, Outcome, VoteError};
use crate::record::LineDraft;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    Help {
        scroll: u16,
    },
    Confirm(Question),
    /// A one-line text to type, for the purpose given.
    Prompt(Prompt, LineInput),
    /// Waiting for the digit of the conference file's award to add (0: type another).
    PickAward,
    /// Waiting for the digit of the choice for nhất trí; with several places, the candidates
    /// picked so far (Enter records them).
    PickUnanimous(Vec<String>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Prompt {
    /// "Save the minutes to:" a path.
    SaveAs,
    /// Why this unit is absent.
    AbsenceReason(String),
    /// Who attends for this unit.
    Delegate(String),
    /// Who chaired: the name, then (with the name typed) the title.
    ChairName,
    ChairTitle(String),
    /// Why a closed poll is reopened.
    ReopenReason,
    /// Why the chair decided a tie this way: the units chosen, in order (none: nobody).
    ChairReason(Vec<String>),
    /// The answer of a comment marked taken up or answered.
    Response(u32, ResponseKind),
    /// A score for the cell under the cursor of the scoring table.
    Score,
    /// Why this unit does not sign the covenant.
    NotSigning(String),
    /// The text of a covenant item (`None`: a new one at the end).
    CovenantItem(Option<usize>),
    /// An award's name (`None`: a new award), then who grants it, then the decision.
    AwardName(Option<u32>),
    AwardGrantor(Option<u32>, String),
    AwardDecision(Option<u32>, String, String),
    /// How many collectives (then, with theirs given, individuals) award `id` went to
    /// without being named here.
    Unnamed {
        id: u32,
        collectives: Option<u32>,
    },
    /// A collective awarded: a member unit's name, or another's.
    Collective(Slot),
    /// A person awarded: the name, then the member unit (may be left blank).
    IndividualName(Slot),
    IndividualUnit(Slot, String),
}

impl Prompt {
    /// Whether Enter here leads to a further field rather than recording: the footer says
    /// "tiếp", as the field's title does.
    pub fn leads_on(&self) -> bool {
        matches!(
            self,
            Prompt::AwardName(_)
                | Prompt::AwardGrantor(..)
                | Prompt::IndividualName(_)
                | Prompt::ChairName
                | Prompt::Unnamed { collectives: None, .. }
        )
    }
}

/// Where a typed recipient goes: award `id`, in place of recipient `at` (`None`: a new one at
/// the end).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub id: u32,
    pub at: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Question {
    Quit,
    /// Thông qua biên bản: adopt the minutes and end the conference.
    Adopt,
    /// Move the agenda (n, p, Enter or s) although the minutes are adopted.
    MoveAdopted(Command),
    /// Move the agenda on from the item going on while its vote is still open.
    LeaveOpenVote(Command),
    /// Move the agenda (n, p, Enter or s) to the item that gets the conference under way
    /// although fewer member units than the quorum are present.
    WithoutQuorum(Command),
    /// Record the score typed (kept here, to go back to) although it is above the cell's
    /// maximum.
    OverMax(LineInput),
    /// Close the open round of the poll on screen; `early` while present units have not
    /// voted (a show of hands), when Enter is no.
    CloseRound {
        early: bool,
    },
    /// Vote again: open the next round of the poll on screen (bầu lại).
    Revote,
    /// Every present unit without a vote votes this (several candidates where the round has
    /// several places).
    Unanimous(Vec<Choice>),
    /// Throw away the comment being written.
    DiscardComment,
    /// Throw away the note being written.
    DiscardNote,
    /// Throw away what was typed in this prompt (no: back to it as it was).
    DiscardLine(Prompt, LineInput),
    DeleteComment(u32),
    /// Record a response of this kind to this comment, replacing the other kind recorded.
    ReplaceResponse(u32, ResponseKind),
    /// Overwrite the biên bản written earlier.
    OverwriteExport(PathBuf),
    /// Remove this item (0-based) of the covenant's contents.
    RemoveCovenantItem(usize),
    /// A change to the covenant's contents (the key's command) after this many units signed.
    EditSignedCovenant(Command, u32),
    /// Clear a unit's score in a column of the scoring table.
    ClearScore(String, crate::scoring::ScoreField),
    /// Delete this award (it stays in the record, out of the minutes).
    DeleteAward(u32),
    /// Take this recipient (0-based) off the award.
    RemoveRecipient(u32, usize),
}

impl Question {
    /// Whether Enter is no here, yes being hard to take back or most often a slip: what is
    /// being typed thrown away, the minutes adopted (the conference ends; what changes after
    /// is written in them as a change), a round closed before every present unit has voted
    /// (reopened only as a correction, with its reason in the minutes), a score above its
    /// maximum recorded (typed on fast, "22 Enter 14 Enter", Enter recorded 22 and the next
    /// score went into the wrong column), adopted minutes reopened (two stray Enters did it),
    /// and what cannot be brought back on screen: a comment, an award, a recipient or a
    /// covenant item deleted, a biên bản written over.
    pub fn enter_is_no(&self) -> bool {
        matches!(
            self,
            Question::DiscardComment
                | Question::DiscardNote
                | Question::DiscardLine(..)
                | Question::Adopt
                | Question::CloseRound { early: true }
                | Question::OverMax(_)
                | Question::MoveAdopted(_)
                | Question::DeleteComment(_)
                | Question::RemoveCovenantItem(_)
                | Question::DeleteAward(_)
                | Question::RemoveRecipient(..)
                | Question::OverwriteExport(_)
        )
    }
}

/// A passing message in the status line, until the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    UnknownKey(Key),
    /// A key that answers nothing while a question is open.
    AnswerFirst,
    /// Asked before moving the agenda, the answer was no: still on this item (0-based), if any.
    NotMoved(Option<usize>),
    /// Opened again on the vote of this item, open when the program last stopped (a secret
    /// ballot's figures being typed, or a show of hands).
    VoteResumed {
        item: usize,
        secret: bool,
    },
    /// A key for the comment under the cursor, in a list with none.
    NoComment,
    /// The scoring or the covenant asked for, and the agenda has no such item.
    NoSectionItem(crate::conference::ItemKind),
    FirstItem,
    /// p before the conference began.
    NotStarted,
    /// n after the last item went back to one not held yet (1-based in the sentence).
    BackToNotHeld(usize),
    /// The conference has ended: there is no next item.
    Ended,
    Skipped(usize),
    Unskipped(usize),
    CannotSkipDone,
    /// The item (1-based) has a vote: it was held.
    CannotSkipVoted(usize),
    Adopted,
    /// The minutes were opened from an earlier session.
    Resumed,
    /// As `Resumed`, but the conference file has changed since: the minutes keep their copy.
    ResumedFileChanged,
    /// Earlier minutes recorded nothing, and the conference file has changed since: the new
    /// file is used.
    ConferenceUpdated,
    SavedTo(PathBuf),
    /// The minutes were taken from this backup (the last run could not save at the end).
    FromBackup(PathBuf),
    /// Text pasted where nothing takes it (no field open).
    NowhereToPaste,
    /// A figure of the count form has this many digits already.
    FigureFull(usize),
    /// The save to this path, asked for with w, failed as well (the banner says why).
    StillNotSaved(PathBuf),
    /// The vote of this item (0-based), opened while it was not going on, left with nothing
    /// in it: taken back.
    EmptyVoteWithdrawn {
        item: usize,
        held: bool,
    },
    /// The biên bản was not written: the secretary chose not to replace this file.
    NotExported(PathBuf),
    /// A vote opened on this item (0-based), which is neither going on nor held; `current`
    /// is the item going on, if any.
    VoteOnItemNotHeld {
        item: usize,
        current: Option<usize>,
    },
    /// The awards of an item (0-based) neither held nor going on were opened.
    AwardsOnItemNotHeld(usize),
    /// A vote was opened on an item done, not going on (late, or the cursor on the wrong row).
    VoteOnItemDone(usize),
    /// The minutes were saved elsewhere last time, to this file, which is not there now: the
    /// ones left behind are open.
    MovedMissing(PathBuf),
    /// The minutes saved elsewhere last time are at this file again, but those left behind
    /// were written after them (worked on while it was missing): these are open.
    MovedOlder(PathBuf),
    /// Saving to this other place failed, for this reason.
    SaveAsFailed {
        path: PathBuf,
        reason: String,
    },
    AlreadyAdopted,
    /// The selected item holds no vote.
    NotAVote,
    NoQuorum {
        present: u32,
        members: u32,
        needed: u32,
    },
    Vote(VoteError),
    RoundClosed(Outcome),
    /// The secret-ballot figures do not add up (the form shows which).
    BallotProblems,
    /// A secret-ballot figure is still blank (the cursor is moved to it).
    BallotBlank,
    NothingToClose,
    ChairDecided,
    Reopened,
    /// The re-vote is open: round n.
    Revote(u32),
    /// Item n (1-based) ended without the vote it was for.
    VoteNotHeld(usize),
    ReasonNeeded,
    /// The poll was opened before anyone voted and the units present changed since: counted
    /// again.
    PresentRecounted {
        present: u32,
        members: u32,
    },
    /// Nhất trí asked when every unit present had voted: nothing to record.
    AllVoted,
    /// `cast` units without a vote voted alike: every unit present (`all`), or those left.
    Unanimous {
        cast: u32,
        all: bool,
    },
    AllPresent(u32, Option<usize>),
    /// Who attends was named for a unit not present (short name; whether it was marked
    /// absent rather than not yet called): that marked it present.
    PresentWithDelegate(String, bool),
    /// Who attended was named for a unit that has left (short name): it stays gone.
    DelegateOfGone(String),
    /// The poll awaits the chair: digits choose among the tied.
    AwaitingChair,
    /// A digit is needed first (nhất trí, the chair's choice).
    PickFirst,
    /// The chair marks no more units than the places left.
    ChairPlaces(u32),
    /// No choice has that digit.
    NoSuchChoice(u8),
    /// This award from the file is entered under the item already (the cursor is on it).
    AwardExists(String),
    /// The award under the cursor names nobody yet.
    NoRecipient,
    /// A total below the number already named (this many).
    FewerThanNamed(u32),
    /// Nobody is present yet: the roll call comes first.
    NobodyPresent,
    UnitNeeded,
    /// Letters typed in the unit search were not turned into a choice.
    UnitSearchPending,
    EmptyText,
    /// Enter on the item already going on (its number, from 1).
    AlreadyCurrent(usize),
    /// Backspace where there is nothing to take back (no vote, an empty cell, no mark).
    NothingToClear,
    /// A self total typed over the sum of a unit's criteria.
    TotalOfCriteria,
    /// A comment saved with no text.
    EmptyComment,
    CommentSaved,
    CommentDeleted,
    Responded,
    /// A giải trình left empty: it says nothing the minutes could record.
    EmptyAnswer,
    NoteSaved,
    /// An unfinished comment or note from before a restart is back on screen.
    DraftResumed,
    Exported(PathBuf),
    ExportFailed {
        path: PathBuf,
        reason: String,
    },
    /// Not a score ("27,5" is one).
    BadScore(String),
    /// A unit marked present while a vote it is not part of was under way (votes already
    /// in): the unit's short name and the vote's agenda item.
    CameDuringVote(String, usize),
    /// A unit marked absent while a vote it is part of was under way: the unit's short name
    /// and the vote's agenda item.
    LeftDuringVote(String, usize),
    /// A digit for a unit recorded absent since the vote opened: refused.
    LeftCannotVote(String),
    /// A unit recorded absent at the roll call was marked as signing the covenant.
    AbsentCannotSign(String),
    /// Who chairs now (the name).
    ChairSet(String),
    /// A unit recorded absent was chosen to preside over the signing (its short name).
    AbsentCannotPreside(String),
    /// A unit marked as not signing the covenant was chosen to preside over the signing.
    NotSigningCannotPreside(String),
    /// The unit presiding over the signing was marked as not signing.
    PresidingMustSign(String),
    /// The unit to preside over the covenant signing was marked absent at the roll call.
    PresidingAbsent(String),
    /// How many present units signed the covenant at once.
    Signed(u32),
    /// This unit presides over the covenant signing now.
    Presiding(String),
    /// No award is entered for the item yet (add one first).
    NoAward,
    /// Not a count ("7" is one).
    BadCount(String),
    /// What was typed finds these member units (short names, best first): more is needed to
    /// tell which.
    SeveralUnits(Vec<String>),
    AwardRefused(crate::awards::AwardError),
}

/// Keeps the text of the prompt open now in the record's drafts, if it is one that is kept
/// (an absence's reason, a delegate, a comment's answer, a vote's reopening, the chair's
/// decision, a covenant item or why a unit does not sign it, an award's fields, a recipient, a
/// score), so that a crash loses none of it.
pub(super) fn keep_line_draft(model: &mut Model, ui: &Ui) -> Vec<Effect> {
    let Some(Overlay::Prompt(purpose, field)) = &ui.overlay else { return Vec::new() };
    let text = field.text();
    let recipient = |item: usize, slot: &Slot, person: bool, name: Option<&String>, text: String| {
        LineDraft::Recipient { item, id: slot.id, at: slot.at, person, name: name.cloned(), text }
    };
    let draft = match (purpose, &ui.screen) {
        (Prompt::AbsenceReason(unit), _) => LineDraft::Absence { unit: unit.clone(), text },
        (Prompt::Response(comment, kind), _) => LineDraft::Response { comment: *comment, kind: *kind, text },
        (Prompt::ReopenReason, Screen::Poll(p)) => LineDraft::Reopen { item: p.item, text },
        (Prompt::ChairReason(chosen), Screen::Poll(p)) => {
            LineDraft::Chair { item: p.item, chosen: chosen.clone(), text }
        }
        (Prompt::Delegate(unit), _) => LineDraft::Delegate { unit: unit.clone(), text },
        (Prompt::ChairName, _) => LineDraft::ChairedBy { name: None, text },
        (Prompt::ChairTitle(name), _) => LineDraft::ChairedBy { name: Some(name.clone()), text },
        (Prompt::NotSigning(unit), _) => LineDraft::NotSigning { unit: unit.clone(), text },
        (Prompt::CovenantItem(index), _) => LineDraft::CovenantItem { index: *index, text },
        (Prompt::Score, Screen::Scoring(at)) => LineDraft::Score { row: at.row, col: at.col, text },
        (Prompt::AwardName(id), Screen::Awards(a)) => {
            LineDraft::Award { item: a.item, id: *id, name: None, grantor: None, text }
        }
        (Prompt::AwardGrantor(id, name), Screen::Awards(a)) => {
            LineDraft::Award { item: a.item, id: *id, name: Some(name.clone()), grantor: None, text }
        }
        (Prompt::AwardDecision(id, name, grantor), Screen::Awards(a)) => LineDraft::Award {
            item: a.item,
            id: *id,
            name: Some(name.clone()),
            grantor: Some(grantor.clone()),
            text,
        },
        (Prompt::Collective(slot), Screen::Awards(a)) => recipient(a.item, slot, false, None, text),
        (Prompt::IndividualName(slot), Screen::Awards(a)) => recipient(a.item, slot, true, None, text),
        (Prompt::IndividualUnit(slot, name), Screen::Awards(a)) => {
            recipient(a.item, slot, true, Some(name), text)
        }
        _ => return Vec::new(),
    };
    if model.record.drafts.line.as_ref() == Some(&draft) {
        return Vec::new();
    }
    model.record.drafts.line = Some(draft);
    vec![Effect::SaveSoon]
}

/// The prompt to open with, over its screen: a one-line text that was being typed when the
/// program stopped (its unit or comment still there).
pub fn resumed_prompt(model: &Model) -> Option<(Screen, Overlay)> {
    let draft = model.record.drafts.line.as_ref()?;
    match draft {
        LineDraft::Absence { unit, text } | LineDraft::Delegate { unit, text } => {
            let prompt = match draft {
                LineDraft::Absence { .. } => Prompt::AbsenceReason(unit.clone()),
                _ => Prompt::Delegate(unit.clone()),
            };
            let screen = Screen::RollCall { selected: unit_row(model, unit)? };
            Some((screen, Overlay::Prompt(prompt, LineInput::new(text))))
        }
        LineDraft::ChairedBy { name, text } => {
            let prompt = name.clone().map_or(Prompt::ChairName, Prompt::ChairTitle);
            Some((Screen::RollCall { selected: 0 }, Overlay::Prompt(prompt, LineInput::new(text))))
        }
        LineDraft::NotSigning { unit, text } => {
            let screen = covenant::CovenantScreen {
                row: unit_row(model, unit)?,
                ..covenant::CovenantScreen::default()
            };
            let prompt = Prompt::NotSigning(unit.clone());
            Some((Screen::Covenant(screen), Overlay::Prompt(prompt, LineInput::new(text))))
        }
        LineDraft::CovenantItem { index, text } => {
            let items = model.record.covenant.contents(&model.conference).len();
            // An item no longer there (the file edited by hand) comes back as a new one.
            let index = index.filter(|&i| i < items);
            let item = index.unwrap_or(items.saturating_sub(1));
            let screen =
                covenant::CovenantScreen { item, on_items: true, ..covenant::CovenantScreen::default() };
            Some((
                Screen::Covenant(screen),
                Overlay::Prompt(Prompt::CovenantItem(index), LineInput::new(text)),
            ))
        }
        LineDraft::Response { comment, kind, text } => {
            let item = model.record.comments.get(*comment)?.item;
            let screen = super::comments::list_at(model, super::comments::Scope::Item(item), Some(*comment));
            Some((screen, Overlay::Prompt(Prompt::Response(*comment, *kind), LineInput::new(text))))
        }
        LineDraft::Reopen { item, text } => Some((
            voting::screen_for(model, *item)?,
            Overlay::Prompt(Prompt::ReopenReason, LineInput::new(text)),
        )),
        LineDraft::Chair { item, chosen, text } => {
            let mut screen = voting::screen_for(model, *item)?;
            // The units the chair marked, on the screen behind the reason as before the crash.
            if let Screen::Poll(p) = &mut screen {
                p.chosen.clone_from(chosen);
            }
            Some((screen, Overlay::Prompt(Prompt::ChairReason(chosen.clone()), LineInput::new(text))))
        }
        LineDraft::Award { item, id, name, grantor, text } => {
            let prompt = match (name, grantor) {
                (None, _) => Prompt::AwardName(*id),
                (Some(n), None) => Prompt::AwardGrantor(*id, n.clone()),
                (Some(n), Some(g)) => Prompt::AwardDecision(*id, n.clone(), g.clone()),
            };
            let screen = awards::screen_at(model, *item, *id, None)?;
            Some((Screen::Awards(screen), Overlay::Prompt(prompt, LineInput::new(text))))
        }
        LineDraft::Recipient { item, id, at, person, name, text } => {
            let slot = Slot { id: *id, at: *at };
            let prompt = match (person, name) {
                (false, _) => Prompt::Collective(slot),
                (true, None) => Prompt::IndividualName(slot),
                (true, Some(n)) => Prompt::IndividualUnit(slot, n.clone()),
            };
            let screen = awards::screen_at(model, *item, Some(*id), Some(at.unwrap_or(0)))?;
            Some((Screen::Awards(screen), Overlay::Prompt(prompt, LineInput::new(text))))
        }
        LineDraft::Score { row, col, text } => {
            let fits = *row < model.conference.units.len() && *col < sections::score_fields(model).len();
            fits.then(|| {
                let screen = Screen::Scoring(sections::ScoringScreen { row: *row, col: *col });
                (screen, Overlay::Prompt(Prompt::Score, LineInput::new(text)))
            })
        }
    }
}

/// The roll call's row of member unit `id`.
fn unit_row(model: &Model, id: &str) -> Option<usize> {
    model.conference.units.iter().position(|u| u.id == id)
}

/// Enter in a prompt: do what it was opened for.
pub(super) fn submit(
    model: &mut Model,
    ui: &mut Ui,
    purpose: Prompt,
    field: LineInput,
    now: NaiveDateTime,
) -> Vec<Effect> {
    let text = field.text();
    match purpose {
        Prompt::SaveAs if text.trim().is_empty() => {
            ui.overlay = Some(Overlay::Prompt(Prompt::SaveAs, field));
            Vec::new()
        }
        // The path offered, as it was: saved there again, and said (the screen changed
        // nothing else to show it had been done).
        Prompt::SaveAs if ui.save.path.as_deref() == Some(std::path::Path::new(text.trim())) => {
            ui.notice = Some(Notice::SavedTo(PathBuf::from(text.trim())));
            vec![Effect::Save]
        }
        Prompt::SaveAs => vec![Effect::SaveAs(PathBuf::from(text.trim()))],
        Prompt::AbsenceReason(unit) => save_if(roll_call::absent(model, ui, &unit, &text, now)),
        Prompt::Delegate(unit) => {
            // Naming who attends marks the unit present, and is said: that a vote under way
            // does not count it, else that it is present now (the cursor moves on by itself
            // after c and v, so this may not be the unit the secretary was looking at).
            let before = model.record.attendance.presence(&unit).map(|p| p.present);
            let name = Some(text).filter(|t| !t.trim().is_empty());
            // A unit that has left: who attended for it, for the biên bản; it stays gone.
            if model.record.gone_since(&unit).is_some() {
                let changed = model.record.attendance.name_delegate_of_gone(&unit, name, now);
                let short = model.conference.short_name(&unit).to_string();
                ui.notice = Some(Notice::DelegateOfGone(short));
                return save_if(changed);
            }
            let changed = model.record.attendance.set_delegate(&unit, name, now);
            if changed && before != Some(true) {
                let short = model.conference.short_name(&unit).to_string();
                ui.notice = roll_call::came_during_vote(model, &unit)
                    .or(Some(Notice::PresentWithDelegate(short, before == Some(false))));
            }
            save_if(changed)
        }
        Prompt::ChairName if text.trim().is_empty() => {
            ui.overlay = Some(Overlay::Prompt(purpose, field));
            ui.notice = Some(Notice::EmptyText);
            Vec::new()
        }
        Prompt::ChairName => {
            let name = text.trim().to_string();
            let title = roll_call::known_person(model, &name).map(|p| p.title).unwrap_or_default();
            ui.overlay = Some(Overlay::Prompt(Prompt::ChairTitle(name), LineInput::new(&title)));
            Vec::new()
        }
        Prompt::ChairTitle(name) => {
            let unit = roll_call::known_person(model, &name).and_then(|p| p.unit);
            let chair =
                crate::conference::Person { name: name.clone(), title: text.trim().to_string(), unit };
            let changed = model.record.set_chair(&model.conference, chair);
            ui.notice = Some(Notice::ChairSet(name));
            save_if(changed)
        }
        Prompt::Response(_, ResponseKind::Answered) if text.trim().is_empty() => {
            ui.overlay = Some(Overlay::Prompt(purpose, field));
            ui.notice = Some(Notice::EmptyAnswer);
            Vec::new()
        }
        Prompt::Response(id, kind) => {
            let changed = model.record.comments.respond(id, kind, &text, now);
            if changed {
                ui.notice = Some(Notice::Responded);
            }
            save_if(changed)
        }
        Prompt::Score if sections::over_max(model, ui, &text) => {
            ui.overlay = Some(Overlay::Confirm(Question::OverMax(field)));
            Vec::new()
        }
        Prompt::Score => {
            let changed = sections::typed_score(model, ui, &text, now);
            // Refused: the field stays open with what was typed, to be put right.
            if matches!(ui.notice, Some(Notice::BadScore(_))) {
                ui.overlay = Some(Overlay::Prompt(Prompt::Score, field));
            }
            save_if(changed)
        }
        Prompt::NotSigning(unit) => {
            let c = &model.conference;
            save_if(model.record.covenant.mark_absent(c, &unit, &text, now).unwrap_or(false))
        }
        Prompt::CovenantItem(index) => save_if(covenant::typed_item(model, ui, index, field, now)),
        Prompt::AwardName(_)
        | Prompt::AwardGrantor(..)
        | Prompt::AwardDecision(..)
        | Prompt::Unnamed { .. }
        | Prompt::Collective(_)
        | Prompt::IndividualName(_)
        | Prompt::IndividualUnit(..) => save_if(awards::typed(model, ui, purpose, field, now)),
        Prompt::ReopenReason | Prompt::ChairReason(_) => {
            let changed = voting::with_reason(model, ui, &purpose, &text, now);
            if ui.notice == Some(Notice::ReasonNeeded) {
                ui.overlay = Some(Overlay::Prompt(purpose, field));
            }
            save_if(changed)
        }
    }
}

pub(super) fn answer(
    model: &mut Model,
    ui: &mut Ui,
    question: Question,
    command: Command,
    now: NaiveDateTime,
) -> Vec<Effect> {
    if command != Command::Yes {
        match question {
            Question::DiscardLine(purpose, field) => ui.overlay = Some(Overlay::Prompt(purpose, field)),
            // Not quitting: back to what was open, with what was typed in it.
            Question::Quit => ui.overlay = ui.behind_quit.take().map(|o| *o),
            Question::OverMax(field) => ui.overlay = Some(Overlay::Prompt(Prompt::Score, field)),
            Question::OverwriteExport(path) => ui.notice = Some(Notice::NotExported(path)),
            // Said, so that a no given by a second n (pressed to move on) is not silent.
            Question::MoveAdopted(_) | Question::LeaveOpenVote(_) | Question::WithoutQuorum(_) => {
                ui.notice = Some(Notice::NotMoved(model.record.current))
            }
            _ => {}
        }
        return Vec::new();
    }
    match question {
        Question::Quit => vec![Effect::Quit],
        Question::Adopt => {
            model.record.adopt(now);
            ui.notice = Some(Notice::Adopted);
            vec![Effect::Save]
        }
        Question::MoveAdopted(command) | Question::WithoutQuorum(command) => {
            save_if(super::move_agenda(model, ui, command, now))
        }
        // Left open, it can be finished later; the quorum is still asked about if short.
        Question::LeaveOpenVote(command)
            if super::under_way_without_quorum(model, ui.selected, command).is_some() =>
        {
            ui.overlay = Some(Overlay::Confirm(Question::WithoutQuorum(command)));
            Vec::new()
        }
        Question::LeaveOpenVote(command) => save_if(super::move_agenda(model, ui, command, now)),
        Question::OverMax(field) => save_if(sections::typed_score(model, ui, &field.text(), now)),
        Question::CloseRound { .. } => save_if(voting::close(model, ui, now)),
        Question::Revote => save_if(voting::revote(model, ui, now)),
        Question::DiscardComment => {
            let (scope, back_to) = match &ui.screen {
                Screen::Compose(c) => (c.back(), c.back_to),
                _ => (comments::Scope::Item(ui.selected), None),
            };
            ui.screen = comments::list_at(model, scope, back_to);
            comments::discard_draft(model)
        }
        Question::DiscardNote => {
            ui.screen = Screen::Agenda;
            comments::discard_draft(model)
        }
        Question::DiscardLine(..) => {
            if model.record.drafts.line.take().is_some() {
                vec![Effect::Save]
            } else {
                Vec::new()
            }
        }
        Question::OverwriteExport(_) => vec![Effect::Export { overwrite: true }],
        Question::RemoveCovenantItem(index) => save_if(covenant::remove_item(model, ui, index, now)),
        Question::EditSignedCovenant(command, _) => {
            if let Screen::Covenant(screen) = &mut ui.screen {
                screen.edits_agreed = true;
                covenant::items(model, screen, &mut ui.overlay, command);
            }
            Vec::new()
        }
        Question::ClearScore(unit, field) => save_if(sections::set_score(model, &unit, &field, None, now)),
        Question::DeleteAward(id) => save_if(awards::delete(model, ui, id, now)),
        Question::RemoveRecipient(id, index) => save_if(awards::remove_recipient(model, ui, id, index, now)),
        Question::DeleteComment(id) => {
            let deleted = model.record.comments.delete(id, now);
            if deleted {
                ui.notice = Some(Notice::CommentDeleted);
                comments::keep_selection_in_list(model, ui);
            }
            save_if(deleted)
        }
        Question::ReplaceResponse(id, kind) => {
            ui.overlay = Some(comments::respond_prompt(model, id, kind));
            Vec::new()
        }
        Question::Unanimous(choices) => save_if(voting::unanimous(model, ui, &choices, now)),
    }
}
