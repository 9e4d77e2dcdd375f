//! The member units' comments (ý kiến góp ý): who said what under which agenda item and
//! when, whether it was taken up (tiếp thu) or answered (giải trình), and the audit trail of
//! every edit and deletion: nothing typed is ever silently discarded.
//!
//! Part of the record. Pure: the time comes in, nothing is read or written here.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::record::kept_text;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comment {
    /// Stable within the minutes: the order comments were taken.
    pub id: u32,
    /// The agenda item (0-based) it was made under.
    pub item: usize,
    /// The member unit's id.
    pub unit: String,
    /// Who spoke; the unit's attending delegate unless changed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub speaker: String,
    pub text: String,
    pub at: NaiveDateTime,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<Response>,
    /// Set when deleted; the comment stays in the minutes' audit trail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted_at: Option<NaiveDateTime>,
    /// The comment as it was before each change, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<Revision>,
}

/// How the presenter dealt with a comment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Response {
    pub kind: ResponseKind,
    /// The answer or how it was taken up; may be empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub answer: String,
    pub at: NaiveDateTime,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ResponseKind {
    /// Tiếp thu: taken up into the report.
    TakenUp,
    /// Giải trình: answered, explained.
    Answered,
}

/// A comment as it was, replaced at `changed_at`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revision {
    pub changed_at: NaiveDateTime,
    pub unit: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub speaker: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<Response>,
}

impl Comment {
    pub fn is_deleted(&self) -> bool {
        self.deleted_at.is_some()
    }

    /// The earlier versions each edit (or answer) left: the history without the copy a
    /// deletion keeps of the last text, which is not an edit.
    pub fn edits(&self) -> &[Revision] {
        let kept_by_deletion = usize::from(self.is_deleted());
        &self.history[..self.history.len().saturating_sub(kept_by_deletion)]
    }

    fn keep_revision(&mut self, now: NaiveDateTime) {
        self.history.push(Revision {
            changed_at: now,
            unit: self.unit.clone(),
            speaker: self.speaker.clone(),
            text: self.text.clone(),
            response: self.response.clone(),
        });
    }
}

/// The comments of a conference, in the order they were taken.
///
/// A list screen draws an item's (or a unit's) comments every frame: an index of where each
/// item's and each unit's comments are keeps that from going through all of them (10,000 in
/// a long day). It is built at the first look, kept up to date as comments are added or
/// change unit, and never saved.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Comments {
    all: Vec<Comment>,
    #[serde(skip)]
    index: std::sync::OnceLock<Index>,
}

/// Positions in `Comments::all`, in order, by agenda item and by unit.
#[derive(Debug, Clone, Default)]
struct Index {
    by_item: std::collections::HashMap<usize, Vec<usize>>,
    by_unit: std::collections::HashMap<String, Vec<usize>>,
}

impl PartialEq for Comments {
    fn eq(&self, other: &Self) -> bool {
        self.all == other.all
    }
}

impl Eq for Comments {}

impl Comments {
    pub fn is_empty(&self) -> bool {
        self.all.is_empty()
    }

    /// Every comment ever taken, deleted ones too, in order.
    pub fn all(&self) -> &[Comment] {
        &self.all
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| {
            let mut index = Index::default();
            for (at, c) in self.all.iter().enumerate() {
                index.by_item.entry(c.item).or_default().push(at);
                index.by_unit.entry(c.unit.clone()).or_default().push(at);
            }
            index
        })
    }

    /// The live comments at `positions`.
    fn at<'a>(&'a self, positions: Option<&'a Vec<usize>>) -> impl Iterator<Item = &'a Comment> {
        let positions = positions.map(Vec::as_slice).unwrap_or_default();
        positions.iter().filter_map(|&at| self.all.get(at)).filter(|c| !c.is_deleted())
    }

    pub fn get(&self, id: u32) -> Option<&Comment> {
        self.all.iter().find(|c| c.id == id)
    }

    fn get_mut(&mut self, id: u32) -> Option<&mut Comment> {
        self.all.iter_mut().find(|c| c.id == id)
    }

    /// Records a new comment; returns its id. Blank text is not a comment.
    pub fn add(
        &mut self,
        item: usize,
        unit: &str,
        speaker: &str,
        text: &str,
        now: NaiveDateTime,
    ) -> Option<u32> {
        let text = kept_text(text);
        if text.is_empty() {
            return None;
        }
        let id = self.all.iter().map(|c| c.id + 1).max().unwrap_or(1);
        // Kept up to date where it is built (a frame after each comment must not build it).
        if let Some(index) = self.index.get_mut() {
            index.by_item.entry(item).or_default().push(self.all.len());
            index.by_unit.entry(unit.to_string()).or_default().push(self.all.len());
        }
        self.all.push(Comment {
            id,
            item,
            unit: unit.to_string(),
            speaker: kept_text(speaker),
            text,
            at: now,
            response: None,
            deleted_at: None,
            history: Vec::new(),
        });
        Some(id)
    }

    /// Changes a comment's unit, speaker and text, keeping what it was. Returns whether
    /// anything changed (blank text is refused: delete instead).
    pub fn edit(&mut self, id: u32, unit: &str, speaker: &str, text: &str, now: NaiveDateTime) -> bool {
        let (speaker, text) = (kept_text(speaker), kept_text(text));
        let Some(at) = self.all.iter().position(|c| c.id == id && !c.is_deleted()) else { return false };
        let c = &mut self.all[at];
        if text.is_empty() || (c.unit == unit && c.speaker == speaker && c.text == text) {
            return false;
        }
        c.keep_revision(now);
        let was = std::mem::replace(&mut c.unit, unit.to_string());
        c.speaker = speaker;
        c.text = text;
        // Another unit: its place moves in the index, in order.
        if let Some(index) = self.index.get_mut().filter(|_| was != unit) {
            index.by_unit.entry(was).or_default().retain(|&p| p != at);
            let list = index.by_unit.entry(unit.to_string()).or_default();
            let place = list.partition_point(|&p| p < at);
            list.insert(place, at);
        }
        true
    }

    /// Marks a comment taken up or answered (again: replaces, keeping the earlier response).
    pub fn respond(&mut self, id: u32, kind: ResponseKind, answer: &str, now: NaiveDateTime) -> bool {
        let Some(c) = self.get_mut(id).filter(|c| !c.is_deleted()) else { return false };
        let answer = kept_text(answer);
        if c.response.as_ref().is_some_and(|r| r.kind == kind && r.answer == answer) {
            return false;
        }
        if c.response.is_some() {
            c.keep_revision(now);
        }
        c.response = Some(Response { kind, answer, at: now });
        true
    }

    /// Deletes a comment: it leaves the lists and the minutes' text, not the record.
    pub fn delete(&mut self, id: u32, now: NaiveDateTime) -> bool {
        let Some(c) = self.get_mut(id).filter(|c| !c.is_deleted()) else { return false };
        c.keep_revision(now);
        c.deleted_at = Some(now);
        true
    }

    /// The comments still standing, in order.
    pub fn live(&self) -> impl Iterator<Item = &Comment> {
        self.all.iter().filter(|c| !c.is_deleted())
    }

    pub fn of_item(&self, item: usize) -> impl Iterator<Item = &Comment> {
        self.at(self.index().by_item.get(&item))
    }

    pub fn of_unit<'a>(&'a self, unit: &'a str) -> impl Iterator<Item = &'a Comment> {
        self.at(self.index().by_unit.get(unit))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2024, 1, 16).and_then(|d| d.and_hms_opt(9, m, 0)).expect("time")
    }

    #[test]
    fn comments_are_numbered_nfc_and_never_blank() {
        let mut c = Comments::default();
        assert_eq!(c.add(4, "snv", "Nguyễn Văn Hải", "  Đe\u{302}\u{300} nghị bổ sung ", at(1)), Some(1));
        assert_eq!(c.get(1).map(|c| c.text.as_str()), Some("Đề nghị bổ sung"), "NFC, trimmed");
        assert!(c.get(1).is_some_and(|c| unicode_normalization::is_nfc(&c.text)));
        assert_eq!(c.add(4, "snv", "", "   ", at(2)), None);
        assert_eq!(c.add(4, "stp", "", "Thống nhất", at(3)), Some(2));
    }

    #[test]
    fn edits_and_responses_keep_what_was_there() {
        let mut c = Comments::default();
        let id = c.add(4, "snv", "A", "Đề nghị bổ sung số liệu", at(1)).expect("added");
        assert!(c.edit(id, "snv", "A", "Đề nghị bổ sung số liệu về chuyển đổi số", at(2)));
        assert!(
            !c.edit(id, "snv", "A", "Đề nghị bổ sung số liệu về chuyển đổi số", at(3)),
            "no change, no entry"
        );
        assert!(!c.edit(id, "snv", "A", " ", at(3)), "blank text is refused");
        assert!(c.respond(id, ResponseKind::TakenUp, "", at(4)));
        assert!(c.respond(id, ResponseKind::Answered, "Số liệu đã có ở phụ lục", at(5)));
        let comment = c.get(id).expect("comment");
        assert_eq!(comment.history.len(), 2, "the first text, then the first response");
        assert_eq!(comment.history[0].text, "Đề nghị bổ sung số liệu");
        assert_eq!(comment.history[1].response.as_ref().map(|r| r.kind), Some(ResponseKind::TakenUp));
        assert_eq!(comment.response.as_ref().map(|r| r.answer.as_str()), Some("Số liệu đã có ở phụ lục"));
    }

    #[test]
    fn deleted_comments_leave_the_lists_not_the_record() {
        let mut c = Comments::default();
        let a = c.add(4, "snv", "", "Một", at(1)).expect("a");
        c.add(4, "stp", "", "Hai", at(2));
        c.add(2, "snv", "", "Ba", at(3));
        assert!(c.delete(a, at(4)));
        assert!(!c.delete(a, at(5)), "once");
        assert!(!c.edit(a, "snv", "", "Sửa", at(6)), "a deleted comment is not edited");
        assert_eq!(c.of_item(4).map(|c| c.text.as_str()).collect::<Vec<_>>(), ["Hai"]);
        assert_eq!(c.of_unit("snv").map(|c| c.text.as_str()).collect::<Vec<_>>(), ["Ba"]);
        assert_eq!(c.all().len(), 3);
        assert_eq!(c.get(a).map(|c| c.history[0].text.as_str()), Some("Một"));
    }

    /// The lists by item and by unit, read through the index, are what a pass over every
    /// comment finds, after each kind of change and after a save and load.
    #[test]
    fn the_lists_by_item_and_unit_follow_every_change() {
        let texts = |it: &mut dyn Iterator<Item = &Comment>| it.map(|c| c.text.clone()).collect::<Vec<_>>();
        let check = |c: &Comments| {
            for item in 0..6 {
                let by_pass = texts(&mut c.live().filter(|x| x.item == item));
                assert_eq!(texts(&mut c.of_item(item)), by_pass, "item {item}");
            }
            for unit in ["snv", "stp", "ttr"] {
                let by_pass = texts(&mut c.live().filter(|x| x.unit == unit));
                assert_eq!(texts(&mut c.of_unit(unit)), by_pass, "{unit}");
            }
        };
        let mut c = Comments::default();
        check(&c);
        let a = c.add(4, "snv", "", "Một", at(1)).expect("a");
        c.add(2, "stp", "", "Hai", at(2));
        check(&c);
        c.add(4, "stp", "", "Ba", at(3));
        check(&c);
        assert!(c.edit(a, "ttr", "", "Một, của Thanh tra", at(4)), "the unit changed");
        check(&c);
        assert_eq!(texts(&mut c.of_unit("ttr")), ["Một, của Thanh tra"]);
        assert!(c.delete(a, at(5)));
        check(&c);
        let copy = c.clone();
        check(&copy);
        let text = ron::to_string(&c).expect("written");
        let read: Comments = ron::from_str(&text).expect("read");
        assert_eq!(read, c);
        check(&read);
    }
}
