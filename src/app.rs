//! The pure core: `update(model, ui, action, now) -> effects`.
//!
//! Owns what a user intent does to the conference record (`Model`) and to the screen's own
//! state (`Ui`). It never reads the clock, the disk or the terminal: time comes in as `now`,
//! and what must happen outside (saving, quitting) goes out as `Effect`s for the shell, which
//! feeds the outcome back as an `Action` (`Saved`, `SaveFailed`).
//! Every change to the record returns `Effect::Save`, so the shell can put it on disk before
//! the screen shows it.

use std::path::PathBuf;

use chrono::NaiveDateTime;
use ratatui::crossterm::event::KeyCode;

mod adopted;
mod awards;
mod comments;
mod covenant;
mod dialogs;
mod resume;
mod roll_call;
mod sections;
mod voting;

use crate::attendance::Quorum;
use crate::conference::{Conference, ItemKind};
use crate::input::LineInput;
use crate::keys::{self, Command, Context, Key};
use crate::record::{Change, ItemState, Moved, Record};

pub use awards::{AwardsScreen, collective, found_unit, selected as selected_award, shown as shown_awards};
pub use comments::{
    CommentList, Compose, Focus, NoteScreen, Scope, listed, lists_any, picker, resumed_screen,
};
pub use covenant::CovenantScreen;
pub use dialogs::resumed_prompt;
pub use dialogs::{Notice, Overlay, Prompt, Question, Slot};
pub use resume::resumed;
pub use sections::{ScoringScreen, cell_max, score_at, score_fields};
pub use voting::{
    FormField, ballots_from_form, blank_fields, choice_digit, form_fields, left_during, resumed_vote,
    unanimous_count, without_vote,
};

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

/// Where a poll on screen stands, which decides what its keys do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PollPhase {
    /// A round is open: votes or figures are entered.
    Open,
    /// Tied after the last round: the chair decides.
    AwaitingChair,
    /// Over (it may be reopened with a reason).
    Closed,
    /// Over with places still open and no tie, rounds left: the conference may vote again.
    Revotable,
}

/// What the screen remembers that is not part of the record.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ui {
    /// The agenda row under the cursor.
    pub selected: usize,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    pub notice: Option<Notice>,
    pub save: SaveState,
    /// What the quit question was asked over (a field being typed, another question): put
    /// back when the answer is no.
    pub behind_quit: Option<Box<Overlay>>,
}

/// The screen under the overlays.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Screen {
    #[default]
    Agenda,
    RollCall {
        selected: usize,
    },
    Poll(PollScreen),
    Comments(CommentList),
    Compose(Box<Compose>),
    Note(Box<NoteScreen>),
    Scoring(ScoringScreen),
    Covenant(CovenantScreen),
    Awards(AwardsScreen),
}

impl Screen {
    /// The agenda item the screen is about, for the screens of one item.
    pub fn item(&self) -> Option<usize> {
        match self {
            Screen::Poll(p) => Some(p.item),
            Screen::Comments(CommentList { scope: comments::Scope::Item(item), .. }) => Some(*item),
            Screen::Compose(c) => Some(c.item),
            Screen::Note(n) => Some(n.item),
            Screen::Awards(a) => Some(a.item),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PollScreen {
    /// The agenda item whose poll this is.
    pub item: usize,
    /// Show of hands: the unit row under the cursor; secret ballot: the form's field.
    pub selected: usize,
    pub secret: bool,
    pub phase: PollPhase,
    /// Secret ballot: the figures as typed (issued, returned, valid, invalid, then one per
    /// choice of the round), kept as text so that an empty field is not a 0.
    pub form: Vec<String>,
    /// The chair's choice among the tied, being made (several places left), in the round's
    /// order.
    pub chosen: Vec<String>,
}

/// Where the minutes are saved and how the last save went, as the shell reported it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveState {
    pub path: Option<PathBuf>,
    pub at: Option<NaiveDateTime>,
    /// Why the last save failed; cleared by the next one that works.
    pub error: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Key(Key),
    /// Text pasted into the terminal (bracketed paste).
    Paste(String),
    Saved {
        path: PathBuf,
        at: NaiveDateTime,
    },
    SaveFailed {
        path: PathBuf,
        reason: String,
    },
    /// Saving to the place typed after `w` failed: the minutes stay where they were.
    SaveAsFailed {
        path: PathBuf,
        reason: String,
    },
    Exported(PathBuf),
    /// The export would overwrite this file: ask first.
    ExportExists(PathBuf),
    ExportFailed {
        path: PathBuf,
        reason: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Put the record on disk where it is saved now.
    Save,
    /// Save to this path from now on.
    SaveAs(PathBuf),
    /// Something is being typed: save it within a second, not on every key.
    SaveSoon,
    /// Write the biên bản (.docx) beside the minutes; over an existing file only if asked.
    Export {
        overwrite: bool,
    },
    Quit,
}

/// Items a page key moves by.
const PAGE: usize = 10;

/// Rows of help text the smallest screen shows: the help's box leaves a row above and two
/// below (the status line stays in sight) and has its borders.
pub const HELP_ROWS_AT_MIN: u16 = crate::view::MIN_HEIGHT - 5;

impl Ui {
    /// The key layers open now, innermost first.
    pub fn contexts(&self) -> &'static [Context] {
        match (&self.overlay, &self.screen) {
            (Some(Overlay::Confirm(q)), _) if q.enter_is_no() => &[Context::Careful],
            (Some(Overlay::Confirm(_)), _) => &[Context::Confirm],
            (Some(Overlay::Prompt(..)), _) => &[Context::Prompt],
            (Some(Overlay::PickUnanimous(_)), _) => &[Context::Pick],
            (Some(Overlay::PickAward), _) => &[Context::PickAward],
            (Some(Overlay::Help { .. }), _) => &[Context::Help, Context::Global],
            (None, _) => self.screen_contexts(),
        }
    }

    /// The key layers of the screen itself, whatever is open over it (the help lists these
    /// first).
    pub fn screen_contexts(&self) -> &'static [Context] {
        match &self.screen {
            Screen::Agenda => &[Context::Agenda, Context::Global],
            Screen::RollCall { .. } => &[Context::RollCall, Context::Global],
            Screen::Comments(_) => &[Context::CommentList, Context::Global],
            Screen::Compose(_) => &[Context::Compose],
            Screen::Note(_) => &[Context::Note],
            Screen::Scoring(_) => &[Context::Scoring, Context::Global],
            Screen::Covenant(c) if c.on_items => &[Context::CovenantItems, Context::Global],
            Screen::Covenant(_) => &[Context::Covenant, Context::Global],
            Screen::Awards(a) if a.on_recipients => &[Context::AwardRecipients, Context::Global],
            Screen::Awards(_) => &[Context::Awards, Context::Global],
            Screen::Poll(p) => match p.phase {
                PollPhase::Closed => &[Context::PollClosed, Context::Global],
                PollPhase::Revotable => &[Context::Revote, Context::PollClosed, Context::Global],
                PollPhase::AwaitingChair => &[Context::Chair, Context::Global],
                PollPhase::Open if p.secret => &[Context::Ballot, Context::Global],
                PollPhase::Open => &[Context::Hands, Context::Global],
            },
        }
    }
}

pub fn update(model: &mut Model, ui: &mut Ui, action: Action, now: NaiveDateTime) -> Vec<Effect> {
    match action {
        Action::Saved { path, at } => {
            if ui.save.path.as_ref() != Some(&path) && ui.save.path.is_some() {
                ui.notice = Some(Notice::SavedTo(path.clone()));
            }
            ui.save = SaveState { path: Some(path), at: Some(at), error: None };
            Vec::new()
        }
        Action::SaveFailed { path, reason } => {
            // Not saved after all (the path offered by w taken as it was, say): said, or
            // nothing on screen would change.
            if let Some(Notice::SavedTo(to)) = &ui.notice {
                ui.notice = Some(Notice::StillNotSaved(to.clone()));
            }
            ui.save.error = Some(reason);
            if ui.save.path.is_none() {
                ui.save.path = Some(path);
            }
            Vec::new()
        }
        Action::SaveAsFailed { path, reason } => {
            // Said, and the field is back with the path typed, to be put right.
            let typed = LineInput::new(&path.display().to_string());
            ui.notice = Some(Notice::SaveAsFailed { path, reason });
            ui.overlay = Some(Overlay::Prompt(Prompt::SaveAs, typed));
            Vec::new()
        }
        Action::Paste(text) => comments::paste(model, ui, &text),
        Action::Exported(path) => {
            ui.notice = Some(Notice::Exported(path));
            Vec::new()
        }
        Action::ExportExists(path) => {
            ui.overlay = Some(Overlay::Confirm(Question::OverwriteExport(path)));
            Vec::new()
        }
        Action::ExportFailed { path, reason } => {
            ui.notice = Some(Notice::ExportFailed { path, reason });
            Vec::new()
        }
        Action::Key(key) => {
            ui.notice = None;
            let before = adopted::before(model, ui);
            let effects = match keys::command_for(ui.contexts(), key) {
                Some(command) => run(model, ui, command, key, now),
                None => {
                    if let Some(Overlay::Prompt(_, field)) = &mut ui.overlay {
                        if !edit(field, key) {
                            ui.notice = Some(Notice::UnknownKey(key));
                        }
                        dialogs::keep_line_draft(model, ui)
                    } else if awards::starts_typed_award(ui, key) {
                        Vec::new()
                    } else if let Some(overlay) = &ui.overlay {
                        // Over a text, a key that answers nothing is said, never typed behind.
                        let asked = matches!(overlay, Overlay::Confirm(_));
                        ui.notice = Some(if asked { Notice::AnswerFirst } else { Notice::UnknownKey(key) });
                        Vec::new()
                    } else if voting::vote_key_when_closed(model, ui, key) {
                        Vec::new()
                    } else {
                        comments::type_key(model, ui, key)
                    }
                }
            };
            if let Some(before) = before {
                adopted::note(model, before, now);
            }
            effects
        }
    }
}

/// Keys a one-line field takes that are not commands: its letters, and its editing keys
/// (`keys::EDITING`, which the help lists); whether it took `key`.
fn edit(field: &mut LineInput, key: Key) -> bool {
    use keys::Edit;
    if let KeyCode::Char(c) = key.code
        && !key.ctrl
        && !key.alt
    {
        field.insert(c);
        return true;
    }
    match keys::edit_for(keys::Field::Line, key) {
        Some(Edit::DeleteBack) => field.backspace(),
        Some(Edit::DeleteWordBack) => field.delete_word_back(),
        Some(Edit::DeleteToStart) => field.delete_to_start(),
        Some(Edit::DeleteForward) => field.delete(),
        Some(Edit::WordLeft) => field.word_left(),
        Some(Edit::WordRight) => field.word_right(),
        Some(Edit::Left) => field.left(),
        Some(Edit::Right) => field.right(),
        Some(Edit::LineStart) => field.home(),
        Some(Edit::LineEnd) => field.end(),
        Some(Edit::LineUp) => field.up(),
        Some(Edit::LineDown) => field.down(),
        _ => return false,
    }
    true
}

fn run(model: &mut Model, ui: &mut Ui, command: Command, key: Key, now: NaiveDateTime) -> Vec<Effect> {
    // Quit (q, Ctrl+C) asks first, whatever is open, and never answers another question;
    // asked while that question is open, it quits.
    if command == Command::Quit {
        let asked = matches!(ui.overlay, Some(Overlay::Confirm(Question::Quit)));
        if !asked {
            ui.behind_quit = ui.overlay.take().map(Box::new);
        }
        ui.overlay = Some(Overlay::Confirm(Question::Quit));
        return if asked { vec![Effect::Quit] } else { Vec::new() };
    }
    // Saving elsewhere from any screen (the banner of a failed save names the key), over the
    // help too.
    if command == Command::SaveElsewhere && matches!(ui.overlay, None | Some(Overlay::Help { .. })) {
        let current = ui.save.path.as_ref().map(|p| p.display().to_string()).unwrap_or_default();
        ui.overlay = Some(Overlay::Prompt(Prompt::SaveAs, LineInput::new(&current)));
        return Vec::new();
    }
    match ui.overlay.take() {
        Some(Overlay::Confirm(question)) => return dialogs::answer(model, ui, question, command, now),
        // Esc after typing text asks first (a score, a count or a path: not asked); the draft
        // stays meanwhile.
        Some(Overlay::Prompt(purpose, field))
            if command == Command::Cancel
                && field.has_unsaved_typing()
                && !matches!(purpose, Prompt::Score | Prompt::Unnamed { .. } | Prompt::SaveAs) =>
        {
            ui.overlay = Some(Overlay::Confirm(Question::DiscardLine(purpose, field)));
            return Vec::new();
        }
        Some(Overlay::Prompt(purpose, field)) => {
            // Closed, or done: its text is no longer a draft (kept again if it stays open).
            let had_draft = model.record.drafts.line.take().is_some();
            let mut effects = if command == Command::Submit {
                dialogs::submit(model, ui, purpose, field, now)
            } else {
                Vec::new()
            };
            effects.extend(dialogs::keep_line_draft(model, ui));
            if had_draft && model.record.drafts.line.is_none() && !effects.contains(&Effect::Save) {
                effects.push(Effect::Save);
            }
            return effects;
        }
        Some(Overlay::PickAward) => return save_if(awards::pick(model, ui, command, key, now)),
        Some(Overlay::PickUnanimous(picked)) => {
            voting::pick_unanimous(model, ui, picked, command, key);
            return Vec::new();
        }
        Some(Overlay::Help { scroll }) => {
            // Never past the last row as the smallest screen shows it (a larger one shows
            // more: the view keeps the last rows on screen).
            let last = u16::try_from(keys::help_rows()).unwrap_or(u16::MAX).saturating_sub(HELP_ROWS_AT_MIN);
            let scroll = match command {
                Command::SelectUp => scroll.saturating_sub(1),
                Command::SelectDown => scroll.saturating_add(1),
                // A page as the smallest screen shows it: PgDn there brings the next row to the top.
                Command::PageUp => scroll.saturating_sub(HELP_ROWS_AT_MIN),
                Command::PageDown => scroll.saturating_add(HELP_ROWS_AT_MIN),
                Command::SelectFirst => 0,
                Command::SelectLast => last,
                _ => return Vec::new(),
            };
            ui.overlay = Some(Overlay::Help { scroll: scroll.min(last) });
            return Vec::new();
        }
        None => {}
    }
    if command == Command::Help {
        ui.overlay = Some(Overlay::Help { scroll: 0 });
        return Vec::new();
    }

    match ui.screen {
        Screen::Agenda => {}
        Screen::RollCall { .. } => return save_if(roll_call::run(model, ui, command, now)),
        Screen::Poll(_) => return save_if(voting::run(model, ui, command, key, now)),
        Screen::Comments(_) => return comments::list(model, ui, command, now),
        Screen::Compose(_) => return comments::compose(model, ui, command, now),
        Screen::Note(_) => return comments::note(model, ui, command),
        Screen::Scoring(_) => return save_if(sections::scoring(model, ui, command, key)),
        Screen::Covenant(_) => return save_if(covenant::run(model, ui, command, now)),
        Screen::Awards(_) => {
            awards::run(model, ui, command);
            return Vec::new();
        }
    }

    if moves_adopted(&model.record, ui.selected, command) {
        ui.overlay = Some(Overlay::Confirm(Question::MoveAdopted(command)));
        return Vec::new();
    }
    if leaves_open_vote(&model.record, ui.selected, command).is_some() {
        ui.overlay = Some(Overlay::Confirm(Question::LeaveOpenVote(command)));
        return Vec::new();
    }
    if under_way_without_quorum(model, ui.selected, command).is_some() {
        ui.overlay = Some(Overlay::Confirm(Question::WithoutQuorum(command)));
        return Vec::new();
    }
    let last = model.record.items.len().saturating_sub(1);
    let changed = match command {
        Command::NextItem | Command::PreviousItem | Command::StartSelected | Command::SkipItem => {
            move_agenda(model, ui, command, now)
        }
        Command::SelectUp => select(ui, ui.selected.saturating_sub(1)),
        Command::SelectDown => select(ui, (ui.selected + 1).min(last)),
        Command::SelectFirst => select(ui, 0),
        Command::SelectLast => select(ui, last),
        Command::PageUp => select(ui, ui.selected.saturating_sub(PAGE)),
        Command::PageDown => select(ui, (ui.selected + PAGE).min(last)),
        Command::AdoptMinutes => {
            if model.record.adopted_at.is_some() {
                ui.notice = Some(Notice::AlreadyAdopted);
            } else {
                ui.overlay = Some(Overlay::Confirm(Question::Adopt));
            }
            false
        }
        Command::RollCall => {
            ui.screen = Screen::RollCall { selected: 0 };
            false
        }
        Command::Export => return vec![Effect::Export { overwrite: false }],
        // Scores and the signing go into the biên bản under their item: without one, they
        // would be typed for nothing.
        Command::Scoring | Command::Covenant
            if model.conference.first_of(section_kind(command)).is_none() =>
        {
            ui.notice = Some(Notice::NoSectionItem(section_kind(command)));
            false
        }
        Command::Scoring => {
            ui.screen = Screen::Scoring(ScoringScreen { row: 0, col: 0 });
            false
        }
        Command::Awards => {
            ui.screen = Screen::Awards(AwardsScreen { item: ui.selected, ..AwardsScreen::default() });
            // On an item not held (the cursor on another row than the item going on): said,
            // as for a vote; the biên bản prints them under this item.
            if !model.record.held(ui.selected) {
                ui.notice = Some(Notice::AwardsOnItemNotHeld(ui.selected));
            }
            false
        }
        Command::Covenant => {
            ui.screen = Screen::Covenant(CovenantScreen::default());
            false
        }
        Command::OpenPoll => voting::open(model, ui, now),
        Command::Comments => {
            comments::open_list(ui);
            false
        }
        Command::EditNote => {
            comments::open_note(model, ui);
            false
        }
        _ => false,
    };
    save_if(changed)
}

/// The kind of agenda item a section's key (scoring, covenant) belongs to.
fn section_kind(command: Command) -> ItemKind {
    if command == Command::Covenant { ItemKind::Covenant } else { ItemKind::Scoring }
}

/// The key that does the work of agenda item `item` (its vote, its comments, the covenant
/// …), which the footer puts first while the item is selected; `None` for an item that is
/// only held (a speech, a report).
pub fn item_command(model: &Model, item: usize) -> Option<Command> {
    let agenda = model.conference.agenda.get(item)?;
    if agenda.vote.is_some() {
        return Some(Command::OpenPoll);
    }
    match agenda.kind {
        ItemKind::Discussion => Some(Command::Comments),
        ItemKind::Scoring => Some(Command::Scoring),
        ItemKind::Awards => Some(Command::Awards),
        ItemKind::Covenant => Some(Command::Covenant),
        ItemKind::Closing if model.record.adopted_at.is_none() => Some(Command::AdoptMinutes),
        _ => None,
    }
}

/// Moves the agenda (n, p, Enter, s); returns whether the record changed.
/// Moves the agenda; an item left without the vote it was for is said as it ends (the vote
/// can still be held).
pub(super) fn move_agenda(model: &mut Model, ui: &mut Ui, command: Command, now: NaiveDateTime) -> bool {
    let leaving = model.record.current;
    let changed = move_record(&mut model.record, ui, command, now);
    if let Some(i) = leaving.filter(|&i| changed && model.record.held_without_vote(&model.conference, i)) {
        ui.notice = Some(Notice::VoteNotHeld(i + 1));
    }
    changed
}

fn move_record(record: &mut Record, ui: &mut Ui, command: Command, now: NaiveDateTime) -> bool {
    match command {
        Command::NextItem => {
            let from = record.current;
            let changed = follow(ui, record, now, record_move(Record::advance, now));
            // Past the last item, back to one left out before: said, or it looks like a slip.
            if let (Some(from), Some(to)) = (from, record.current)
                && to < from
            {
                ui.notice = Some(Notice::BackToNotHeld(to));
            }
            changed
        }
        // Before the start there is nothing to go back to: said as such, not as the first item.
        Command::PreviousItem if record.started_at.is_none() && record.current.is_none() => {
            ui.notice = Some(Notice::NotStarted);
            false
        }
        Command::PreviousItem => follow(ui, record, now, record_move(Record::back, now)),
        // Enter on the item going on: nothing to begin, said (it was silent).
        Command::StartSelected if record.current == Some(ui.selected) => {
            ui.notice = Some(Notice::AlreadyCurrent(ui.selected + 1));
            false
        }
        Command::StartSelected => {
            let target = ui.selected;
            follow(ui, record, now, move |r: &mut Record| r.jump_to(target, now))
        }
        // An item voted on was held, whatever its row says: "không thực hiện" above its vote's
        // result would contradict it.
        Command::SkipItem
            if record.poll(ui.selected).is_some()
                && record.items.get(ui.selected).is_some_and(|i| i.state != ItemState::Skipped) =>
        {
            ui.notice = Some(Notice::CannotSkipVoted(ui.selected + 1));
            false
        }
        Command::SkipItem => {
            if record.current == Some(ui.selected) {
                let skipped = ui.selected;
                let changed = follow(ui, record, now, record_move(Record::skip_current, now));
                ui.notice = Some(Notice::Skipped(skipped + 1));
                if changed {
                    record.audit_if_adopted(Change::SkipChanged { item: skipped, skipped: true }, now);
                }
                changed
            } else {
                match record.toggle_skip(ui.selected) {
                    Some(state) => {
                        let skipped = state == ItemState::Skipped;
                        let n = ui.selected + 1;
                        ui.notice = Some(if skipped { Notice::Skipped(n) } else { Notice::Unskipped(n) });
                        record.audit_if_adopted(Change::SkipChanged { item: ui.selected, skipped }, now);
                        true
                    }
                    None => {
                        ui.notice = Some(Notice::CannotSkipDone);
                        false
                    }
                }
            }
        }
        _ => false,
    }
}

/// Whether `command` would move the agenda of minutes already adopted: that is asked first
/// (a stray key must not reopen the conference). Moves that change nothing are not asked.
fn moves_adopted(record: &Record, selected: usize, command: Command) -> bool {
    let ended = record.has_ended();
    record.adopted_at.is_some()
        && match command {
            // Also when it ends the conference again (it begins nothing then).
            Command::NextItem => !ended,
            Command::PreviousItem | Command::StartSelected => begins(record, selected, command).is_some(),
            Command::SkipItem => {
                record.current == Some(selected)
                    || record
                        .items
                        .get(selected)
                        .is_some_and(|i| matches!(i.state, ItemState::Pending | ItemState::Skipped))
            }
            _ => false,
        }
}

/// The item `command` would begin (n, p, Enter, or s on the current item), if any.
pub fn begins(record: &Record, selected: usize, command: Command) -> Option<usize> {
    match command {
        Command::NextItem if !record.has_ended() => record.next_to_hold(),
        Command::PreviousItem => record.back_target(),
        Command::StartSelected => {
            (record.current != Some(selected) && selected < record.items.len()).then_some(selected)
        }
        Command::SkipItem if record.current == Some(selected) => record.next_to_hold(),
        _ => None,
    }
}

/// The item going on, if `command` moves the agenda away from it while its vote is open: a
/// hurried n would otherwise leave a vote half taken without a word.
pub fn leaves_open_vote(record: &Record, selected: usize, command: Command) -> Option<usize> {
    let current = record.current?;
    let leaves = match command {
        Command::NextItem | Command::PreviousItem => true,
        Command::SkipItem => selected == current,
        Command::StartSelected => selected != current,
        _ => false,
    };
    (leaves && record.poll(current)?.open_round().is_some()).then_some(current)
}

/// Whether `command` would get the conference under way ([`Record::under_way`]: the first item
/// begun after the roll call began) with fewer member units present than the quorum: that is
/// asked first, since the minutes will say so. The item and the quorum as it stands.
pub fn under_way_without_quorum(model: &Model, selected: usize, command: Command) -> Option<(usize, Quorum)> {
    let record = &model.record;
    if record.attendance.is_empty() || record.under_way().is_some() {
        return None;
    }
    let item = begins(record, selected, command)?;
    let quorum = Quorum::of(&record.attendance, &model.conference);
    (!quorum.met).then_some((item, quorum))
}

fn save_if(changed: bool) -> Vec<Effect> {
    if changed { vec![Effect::Save] } else { Vec::new() }
}

fn record_move(
    f: fn(&mut Record, NaiveDateTime) -> Moved,
    now: NaiveDateTime,
) -> impl FnOnce(&mut Record) -> Moved {
    move |r| f(r, now)
}

/// Moves the agenda; the cursor goes where the conference is. Returns whether the record
/// changed (and notes the change if the minutes were already adopted).
fn follow(
    ui: &mut Ui,
    record: &mut Record,
    now: NaiveDateTime,
    step: impl FnOnce(&mut Record) -> Moved,
) -> bool {
    let moved = step(record);
    match moved {
        Moved::To(i) => ui.selected = i,
        Moved::Finished => ui.selected = record.items.len().saturating_sub(1),
        Moved::AtStart => ui.notice = Some(Notice::FirstItem),
        Moved::Ended => ui.notice = Some(Notice::Ended),
        Moved::Stayed => {}
    }
    if moved.changed() {
        record.audit_if_adopted(Change::AgendaMoved { current: record.current }, now);
    }
    moved.changed()
}

fn select(ui: &mut Ui, index: usize) -> bool {
    ui.selected = index;
    false
}

#[cfg(test)]
mod tests;
