//! Keys for the member units' comments and the items' notes: the list of an item's (or a
//! unit's) comments, writing and editing one (unit picked by typing part of its name, the
//! speaker defaulting to the unit's attending delegate, the text in the Vietnamese editor),
//! deleting after a confirmation, marking tiếp thu / giải trình with an answer.
//!
//! What is being typed is a draft in the record (`Effect::SaveSoon`), so a crash costs at
//! most the last second of typing; saving or discarding it is a change (`Effect::Save`).

use chrono::NaiveDateTime;
use ratatui::crossterm::event::KeyCode;

use super::{Effect, Model, Notice, Overlay, Prompt, Question, Screen, Ui, edit};
use crate::comments::ResponseKind;
use crate::editor::Editor;
use crate::input::LineInput;
use crate::keys::{Command, Key};
use crate::record::{CommentDraft, DraftField, NoteDraft};
use crate::search;

/// Whose comments the list shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    Item(usize),
    /// A unit's comments across the conference, opened from item `item`'s list: a new
    /// comment there is for that item.
    Unit {
        unit: String,
        item: usize,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommentList {
    pub scope: Scope,
    /// Index into the list as shown.
    pub selected: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Unit,
    Speaker,
    Text,
}

/// A comment being written or edited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compose {
    pub item: usize,
    /// When this new comment began to be written (none when editing one).
    pub began: Option<NaiveDateTime>,
    pub editing: Option<u32>,
    /// The comment the list's cursor was on when writing began: where going back puts it.
    pub back_to: Option<u32>,
    /// The list writing began from (none: the item's own, as after a restart).
    pub back_scope: Option<Scope>,
    pub unit: Option<String>,
    /// What is typed to find the unit.
    pub query: LineInput,
    /// Index into the units matching `query`.
    pub picked: usize,
    pub speaker: LineInput,
    pub text: Editor,
    pub focus: Focus,
}

/// An item's note (diễn biến) being written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteScreen {
    pub item: usize,
    pub text: Editor,
}

impl Compose {
    /// The list going back (saved or not) returns to.
    pub(super) fn back(&self) -> Scope {
        self.back_scope.clone().unwrap_or(Scope::Item(self.item))
    }

    fn from_draft(d: &CommentDraft) -> Compose {
        Compose {
            item: d.item,
            began: d.began,
            editing: d.editing,
            back_to: d.editing,
            back_scope: None,
            unit: d.unit.clone(),
            query: LineInput::new(&d.query),
            picked: 0,
            speaker: LineInput::new(&d.speaker),
            text: Editor::new(&d.text),
            // Where the typing was: a crash leaves the cursor in the field it was in.
            focus: match (d.field, &d.unit) {
                (Some(DraftField::Unit), _) | (_, None) => Focus::Unit,
                (Some(DraftField::Speaker), Some(_)) => Focus::Speaker,
                (None, Some(_)) => Focus::Text,
            },
        }
    }

    fn draft(&self) -> CommentDraft {
        CommentDraft {
            item: self.item,
            began: self.began,
            editing: self.editing,
            unit: self.unit.clone(),
            speaker: self.speaker.text(),
            text: self.text.text(),
            query: self.query.text(),
            field: match self.focus {
                Focus::Unit if self.unit.is_some() => Some(DraftField::Unit),
                Focus::Speaker => Some(DraftField::Speaker),
                Focus::Unit | Focus::Text => None,
            },
        }
    }

    /// Whether going back would lose something typed: a new comment's text, or a speaker
    /// typed (not the delegate filled in); an edited comment's changes.
    pub fn would_lose_typing(&self, model: &Model) -> bool {
        match self.editing.and_then(|id| model.record.comments.get(id)) {
            Some(c) => {
                c.text != self.text.text()
                    || c.speaker != self.speaker.text()
                    || Some(&c.unit) != self.unit.as_ref()
            }
            // Text typed in the unit field counts: a comment begun there before the unit.
            None => {
                !self.text.is_empty()
                    || self.speaker.has_unsaved_typing()
                    || !self.query.text().trim().is_empty()
            }
        }
    }
}

/// The comments a list shows, in order.
pub fn listed<'a>(model: &'a Model, scope: &'a Scope) -> Vec<&'a crate::comments::Comment> {
    match scope {
        Scope::Item(item) => model.record.comments.of_item(*item).collect(),
        Scope::Unit { unit, .. } => model.record.comments.of_unit(unit).collect(),
    }
}

/// Whether the list shows any comment (without collecting them: a frame asks).
pub fn lists_any(model: &Model, scope: &Scope) -> bool {
    match scope {
        Scope::Item(item) => model.record.comments.of_item(*item).next().is_some(),
        Scope::Unit { unit, .. } => model.record.comments.of_unit(unit).next().is_some(),
    }
}

/// After the list shrank: the selection stays on a comment that is listed.
pub(super) fn keep_selection_in_list(model: &Model, ui: &mut Ui) {
    if let Screen::Comments(list) = &mut ui.screen {
        let last = listed(model, &list.scope).len().saturating_sub(1);
        list.selected = list.selected.min(last);
    }
}

/// The units matching what is typed in the picker, best first.
pub fn picker<'a>(model: &'a Model, compose: &Compose) -> Vec<&'a crate::conference::Unit> {
    search::rank_units(&compose.query.text(), &model.conference.units)
}

/// The screen to open with: an unfinished comment or note from before a restart.
pub fn resumed_screen(model: &Model) -> Option<Screen> {
    let drafts = &model.record.drafts;
    if let Some(d) = &drafts.comment {
        return Some(Screen::Compose(Box::new(Compose::from_draft(d))));
    }
    drafts
        .note
        .as_ref()
        .map(|n| Screen::Note(Box::new(NoteScreen { item: n.item, text: Editor::new(&n.text) })))
}

/// From the agenda: the selected item's comments, or its note.
pub(super) fn open_list(ui: &mut Ui) {
    ui.screen = Screen::Comments(CommentList { scope: Scope::Item(ui.selected), selected: 0 });
}

pub(super) fn open_note(model: &Model, ui: &mut Ui) {
    let note = model.record.items.get(ui.selected).map(|i| i.note.as_str()).unwrap_or_default();
    ui.screen = Screen::Note(Box::new(NoteScreen { item: ui.selected, text: Editor::new(note) }));
}

/// A command on the comment list; returns the effects.
pub(super) fn list(model: &mut Model, ui: &mut Ui, command: Command, now: NaiveDateTime) -> Vec<Effect> {
    let Screen::Comments(list) = &mut ui.screen else { return Vec::new() };
    let shown: Vec<u32> = listed(model, &list.scope).iter().map(|c| c.id).collect();
    let selected = shown.get(list.selected).copied();
    match command {
        Command::SelectUp => list.selected = list.selected.saturating_sub(1),
        Command::SelectDown => list.selected = (list.selected + 1).min(shown.len().saturating_sub(1)),
        Command::SelectFirst => list.selected = 0,
        Command::SelectLast => list.selected = shown.len().saturating_sub(1),
        // A unit's comments were opened from an item's: Esc goes back to that list first.
        Command::Back => {
            ui.screen = match list.scope {
                Scope::Unit { item, .. } => list_at(model, Scope::Item(item), selected),
                Scope::Item(_) => Screen::Agenda,
            }
        }
        // The keys that act on the comment under the cursor, with none listed: said.
        Command::ToggleScope
        | Command::EditComment
        | Command::DeleteComment
        | Command::TakenUp
        | Command::Answered
            if selected.is_none() =>
        {
            ui.notice = Some(Notice::NoComment);
        }
        Command::ToggleScope => {
            let unit =
                selected.and_then(|id| model.record.comments.get(id)).map(|c| (c.item, c.unit.clone()));
            list.scope = match (&list.scope, unit) {
                (Scope::Item(item), Some((_, unit))) => Scope::Unit { unit, item: *item },
                (Scope::Unit { .. }, Some((item, _))) => Scope::Item(item),
                (scope, None) => scope.clone(),
            };
            list.selected = 0;
        }
        Command::NewComment => {
            let item = match &list.scope {
                Scope::Item(item) | Scope::Unit { item, .. } => *item,
            };
            let mut compose = Compose::from_draft(&CommentDraft {
                item,
                began: Some(now),
                editing: None,
                unit: None,
                speaker: String::new(),
                text: String::new(),
                query: String::new(),
                field: None,
            });
            compose.back_to = selected;
            compose.back_scope = Some(list.scope.clone());
            if let Scope::Unit { unit, .. } = &list.scope {
                pick(model, &mut compose, unit.clone());
            }
            ui.screen = Screen::Compose(Box::new(compose));
        }
        Command::EditComment => {
            if let Some(c) = selected.and_then(|id| model.record.comments.get(id)) {
                let draft = CommentDraft {
                    item: c.item,
                    began: None,
                    editing: Some(c.id),
                    unit: Some(c.unit.clone()),
                    speaker: c.speaker.clone(),
                    text: c.text.clone(),
                    query: String::new(),
                    field: None,
                };
                let mut compose = Compose::from_draft(&draft);
                // Back to the list it was opened from (a unit's across the conference, say).
                compose.back_scope = Some(list.scope.clone());
                ui.screen = Screen::Compose(Box::new(compose));
            }
        }
        Command::DeleteComment => {
            if let Some(id) = selected {
                ui.overlay = Some(Overlay::Confirm(Question::DeleteComment(id)));
            }
        }
        Command::TakenUp | Command::Answered => {
            if let Some(c) = selected.and_then(|id| model.record.comments.get(id)) {
                let kind =
                    if command == Command::TakenUp { ResponseKind::TakenUp } else { ResponseKind::Answered };
                ui.overlay = Some(match &c.response {
                    // A tiếp thu made a giải trình (or the other way) is asked first.
                    Some(r) if r.kind != kind => Overlay::Confirm(Question::ReplaceResponse(c.id, kind)),
                    _ => respond_prompt(model, c.id, kind),
                });
            }
        }
        _ => {}
    }
    Vec::new()
}

/// The field for comment `id`'s response of `kind`, holding the text of the response of that
/// kind already recorded (a giải trình's text is not a tiếp thu's).
pub(super) fn respond_prompt(model: &Model, id: u32, kind: ResponseKind) -> Overlay {
    let answer = model
        .record
        .comments
        .get(id)
        .and_then(|c| c.response.as_ref())
        .filter(|r| r.kind == kind)
        .map(|r| r.answer.clone())
        .unwrap_or_default();
    Overlay::Prompt(Prompt::Response(id, kind), LineInput::new(&answer))
}

fn pick(model: &Model, compose: &mut Compose, unit: String) {
    if compose.unit.as_ref() != Some(&unit) || compose.speaker.text().trim().is_empty() {
        // A unit recorded absent had no delegate there to speak (its opinion came in
        // writing, or it is a slip the form warns of): nobody is named for it.
        let attendance = &model.record.attendance;
        let delegate = model
            .conference
            .unit(&unit)
            .filter(|u| !attendance.is_absent(&u.id))
            .and_then(|u| attendance.delegate_of(u))
            .unwrap_or_default()
            .to_string();
        compose.speaker = LineInput::new(&delegate);
    }
    compose.unit = Some(unit);
    compose.query = LineInput::default();
    compose.picked = 0;
    // The form's next field: who spoke (the delegate, filled in; Enter keeps it).
    compose.focus = Focus::Speaker;
}

/// The list `scope`, the cursor on comment `id` (the one just written or edited), else on
/// the first: what the next key acts on is the comment the secretary was at.
pub(super) fn list_at(model: &Model, scope: Scope, id: Option<u32>) -> Screen {
    let selected = id.and_then(|id| listed(model, &scope).iter().position(|c| c.id == id)).unwrap_or(0);
    Screen::Comments(CommentList { scope, selected })
}

/// A command while writing a comment.
pub(super) fn compose(model: &mut Model, ui: &mut Ui, command: Command, now: NaiveDateTime) -> Vec<Effect> {
    let Screen::Compose(c) = &mut ui.screen else { return Vec::new() };
    match command {
        Command::NextField | Command::PrevField => {
            let order = [Focus::Unit, Focus::Speaker, Focus::Text];
            let at = order.iter().position(|f| *f == c.focus).unwrap_or(0);
            let step = if command == Command::NextField { 1 } else { 2 };
            c.focus = order[(at + step) % 3];
            // Back in the unit field, the list's cursor is on the unit chosen.
            if c.focus == Focus::Unit
                && let Some(unit) = &c.unit
            {
                c.picked = picker(model, c).iter().position(|u| u.id == *unit).unwrap_or(0);
            }
            Vec::new()
        }
        Command::SaveText => {
            if !c.query.text().trim().is_empty() {
                ui.notice = Some(Notice::UnitSearchPending);
                c.focus = Focus::Unit;
                return Vec::new();
            }
            let Some(unit) = c.unit.clone() else {
                ui.notice = Some(Notice::UnitNeeded);
                c.focus = Focus::Unit;
                return Vec::new();
            };
            let (speaker, text) = (c.speaker.text(), c.text.text());
            if text.trim().is_empty() {
                ui.notice = Some(Notice::EmptyComment);
                return Vec::new();
            }
            let comments = &mut model.record.comments;
            let saved = match c.editing {
                Some(id) => (comments.edit(id, &unit, &speaker, &text, now) || comments.get(id).is_some())
                    .then_some(id),
                // Recorded as of when it began to be written (never later than now).
                None => comments.add(c.item, &unit, &speaker, &text, c.began.map_or(now, |t| t.min(now))),
            };
            if saved.is_some() {
                ui.notice = Some(Notice::CommentSaved);
            }
            let scope = c.back();
            model.record.drafts.comment = None;
            ui.screen = list_at(model, scope, saved);
            vec![Effect::Save]
        }
        Command::Back => {
            if c.would_lose_typing(model) {
                ui.overlay = Some(Overlay::Confirm(Question::DiscardComment));
                Vec::new()
            } else {
                let (scope, back_to) = (c.back(), c.back_to);
                ui.screen = list_at(model, scope, back_to);
                discard_draft(model)
            }
        }
        _ => Vec::new(),
    }
}

/// A key that is not a command, while writing: it goes to the field with the focus.
pub(super) fn type_key(model: &mut Model, ui: &mut Ui, key: Key) -> Vec<Effect> {
    // A key the field has no use for (Tab in a text, F5) is said, not swallowed.
    let mut taken = true;
    let effects = match &mut ui.screen {
        Screen::Compose(c) => {
            let before = c.draft();
            match c.focus {
                Focus::Unit => match key.code {
                    KeyCode::Up => c.picked = c.picked.saturating_sub(1),
                    KeyCode::Down => c.picked += 1,
                    KeyCode::Enter => {
                        let found = picker(model, c).get(c.picked).map(|u| u.id.clone());
                        if let Some(unit) = found {
                            pick(model, c, unit);
                        }
                    }
                    _ => {
                        taken = edit(&mut c.query, key);
                        c.picked = 0;
                    }
                },
                Focus::Speaker if key.code == KeyCode::Enter => c.focus = Focus::Text,
                Focus::Speaker => taken = edit(&mut c.speaker, key),
                Focus::Text => taken = c.text.handle_key(key.code, key.ctrl, key.alt),
            }
            // Ranking the units is for the unit field only, not for every letter of the text.
            if c.focus == Focus::Unit {
                let len = picker(model, c).len();
                c.picked = c.picked.min(len.saturating_sub(1));
            }
            keep_comment_draft(model, c, &before)
        }
        Screen::Note(n) => {
            let before = n.text.text();
            taken = n.text.handle_key(key.code, key.ctrl, key.alt);
            keep_note_draft(model, n, &before)
        }
        _ => {
            taken = false;
            Vec::new()
        }
    };
    if !taken {
        ui.notice = Some(Notice::UnknownKey(key));
    }
    effects
}

/// Pasted text (bracketed paste), into the field with the focus.
pub(super) fn paste(model: &mut Model, ui: &mut Ui, text: &str) -> Vec<Effect> {
    match &mut ui.overlay {
        Some(Overlay::Prompt(_, field)) => {
            field.insert_str(&text.replace(['\n', '\r'], " "));
            return super::dialogs::keep_line_draft(model, ui);
        }
        // A question (or the help) over the text: nothing goes in behind it.
        Some(overlay) => {
            let asked = matches!(overlay, Overlay::Confirm(_));
            ui.notice = asked.then_some(Notice::AnswerFirst);
            return Vec::new();
        }
        None => {}
    }
    match &mut ui.screen {
        Screen::Compose(c) => {
            let before = c.draft();
            match c.focus {
                Focus::Unit => c.query.insert_str(text),
                Focus::Speaker => c.speaker.insert_str(&text.replace(['\n', '\r'], " ")),
                Focus::Text => c.text.insert_str(text),
            }
            keep_comment_draft(model, c, &before)
        }
        Screen::Note(n) => {
            let before = n.text.text();
            n.text.insert_str(text);
            keep_note_draft(model, n, &before)
        }
        // Not dropped without a word: a figure pasted into a count form, say.
        _ => {
            ui.notice = Some(Notice::NowhereToPaste);
            Vec::new()
        }
    }
}

fn keep_comment_draft(model: &mut Model, c: &Compose, before: &CommentDraft) -> Vec<Effect> {
    let now = c.draft();
    if &now == before && model.record.drafts.comment.is_some() {
        return Vec::new();
    }
    model.record.drafts.comment = Some(now);
    vec![Effect::SaveSoon]
}

fn keep_note_draft(model: &mut Model, n: &NoteScreen, before: &str) -> Vec<Effect> {
    let text = n.text.text();
    if text == before && model.record.drafts.note.is_some() {
        return Vec::new();
    }
    model.record.drafts.note = Some(NoteDraft { item: n.item, text });
    vec![Effect::SaveSoon]
}

pub(super) fn discard_draft(model: &mut Model) -> Vec<Effect> {
    let had = model.record.drafts.comment.take().is_some() | model.record.drafts.note.take().is_some();
    if had { vec![Effect::Save] } else { Vec::new() }
}

/// A command while writing an item's note.
pub(super) fn note(model: &mut Model, ui: &mut Ui, command: Command) -> Vec<Effect> {
    let Screen::Note(n) = &mut ui.screen else { return Vec::new() };
    match command {
        Command::SaveText => {
            if let Some(item) = model.record.items.get_mut(n.item) {
                item.note = n.text.text().trim().to_string();
            }
            model.record.drafts.note = None;
            ui.notice = Some(Notice::NoteSaved);
            ui.screen = Screen::Agenda;
            vec![Effect::Save]
        }
        Command::Back => {
            let saved = model.record.items.get(n.item).map(|i| i.note.clone()).unwrap_or_default();
            if n.text.text().trim() != saved.trim() {
                ui.overlay = Some(Overlay::Confirm(Question::DiscardNote));
                Vec::new()
            } else {
                ui.screen = Screen::Agenda;
                discard_draft(model)
            }
        }
        _ => Vec::new(),
    }
}
