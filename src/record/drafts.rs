//! What is being typed, kept in the record so that a crash loses none of it: a secret
//! ballot's figures, the comment or note being written, a one-line text in a prompt. Part of
//! the record's file; nothing here acts on the rest of the record.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Drafts {
    /// Secret-ballot figures as typed, by agenda item, until they add up and are recorded.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub ballots: BTreeMap<usize, Vec<String>>,
    /// The comment being written (or edited), as far as it is typed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<CommentDraft>,
    /// An item's note being written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<NoteDraft>,
    /// A one-line text being typed: an absence's reason or a delegate's name, a comment's
    /// tiếp thu or giải trình, why a vote is reopened or why the chair decided a tie so, a
    /// covenant item or why a unit does not sign it, an award's name, grantor or decision, a
    /// recipient, a score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<LineDraft>,
}

impl Drafts {
    pub fn is_empty(&self) -> bool {
        self.ballots.is_empty() && self.comment.is_none() && self.note.is_none() && self.line.is_none()
    }
}

/// A one-line text as far as it is typed, and what it is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum LineDraft {
    Absence {
        unit: String,
        text: String,
    },
    Response {
        comment: u32,
        kind: crate::comments::ResponseKind,
        text: String,
    },
    /// Why the closed poll of agenda item `item` is reopened.
    Reopen {
        item: usize,
        text: String,
    },
    /// Why the chair decided the tie of item `item` for `chosen` (none: nobody).
    Chair {
        item: usize,
        chosen: Vec<String>,
        text: String,
    },
    /// Who attends for `unit` (the roll call's delegate).
    Delegate {
        unit: String,
        text: String,
    },
    /// Who chaired, as far as typed: the name, or (once `name` is given) the title.
    ChairedBy {
        name: Option<String>,
        text: String,
    },
    /// Why `unit` does not sign the covenant.
    NotSigning {
        unit: String,
        text: String,
    },
    /// The text of covenant item `index` (`None`: a new one at the end).
    CovenantItem {
        index: Option<usize>,
        text: String,
    },
    /// An award being entered among the awards of agenda item `item` (`id`: the award
    /// edited; `None`: a new one): its name as typed, or, once `name` is given, who grants it,
    /// then, once `grantor` is too, the decision.
    Award {
        item: usize,
        id: Option<u32>,
        name: Option<String>,
        grantor: Option<String>,
        text: String,
    },
    /// A recipient of award `id` of agenda item `item`, in place of recipient `at` (`None`: a
    /// new one): a collective, or a person's name and then, once `name` is given, the
    /// person's member unit.
    Recipient {
        item: usize,
        id: u32,
        at: Option<usize>,
        person: bool,
        name: Option<String>,
        text: String,
    },
    /// A score being typed in the scoring table's cell at `row`, `col`.
    Score {
        row: usize,
        col: usize,
        text: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentDraft {
    pub item: usize,
    /// When a new comment began to be written: the time it is recorded with (the delegate
    /// spoke then, not when the secretary finished typing).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub began: Option<NaiveDateTime>,
    /// The comment being edited; none for a new one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub editing: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub speaker: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// What is typed in the unit field to find the unit, before one is chosen.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub query: String,
    /// The field being typed in, when it is not the one the form opens in (the unit's while
    /// none is chosen, else the comment's text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<DraftField>,
}

/// A field of the comment form other than the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DraftField {
    Unit,
    Speaker,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoteDraft {
    pub item: usize,
    pub text: String,
}
