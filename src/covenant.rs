//! The covenant signing (ký kết giao ước thi đua): the covenant's numbered contents as they
//! stand (the conference file's, until edited at the conference), the unit presiding over the
//! signing (usually the new Khối trưởng), and each member unit signed or absent, with every
//! change and its time.
//!
//! Part of the record. Pure: the conference and the time come in, nothing is read or written
//! here. The contents are copied from the conference file only when first edited, so a record
//! that never changes them holds none of their text. Items are numbered from 0 here and from
//! 1 in the minutes.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::conference::Conference;
use crate::record::kept_text;

/// The covenant as held at the conference.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CovenantRecord {
    /// The contents once edited here; `None`: as in the conference file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<String>>,
    /// The presiding unit when it is not the file's (another unit was elected Khối trưởng).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub presiding: Option<String>,
    /// Member unit id → signed or absent. A unit not here has not signed yet.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub signing: BTreeMap<String, Signing>,
    /// Every change, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub log: Vec<CovenantChange>,
}

/// A member unit at the signing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Signing {
    Signed {
        at: NaiveDateTime,
    },
    /// Did not sign, being absent ("vắng mặt"); the reason may be empty.
    Absent {
        #[serde(default, skip_serializing_if = "String::is_empty")]
        reason: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CovenantChange {
    pub at: NaiveDateTime,
    pub change: CovenantEdit,
}

/// One change to the covenant; items by their 0-based number at the time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum CovenantEdit {
    ItemEdited {
        index: usize,
        from: String,
        to: String,
    },
    ItemAdded {
        index: usize,
        text: String,
    },
    ItemRemoved {
        index: usize,
        text: String,
    },
    Presiding {
        from: Option<String>,
        to: Option<String>,
    },
    /// `to: None`: the unit's mark was cleared (not signed yet again).
    Signing {
        unit: String,
        from: Option<Signing>,
        to: Option<Signing>,
    },
}

/// Why a change was refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum CovenantError {
    /// Not a member unit.
    UnknownUnit(String),
    /// No item of that number.
    NoSuchItem(usize),
    /// An item's text is blank (remove the item instead).
    BlankItem,
}

/// Where the signing stands: units signed, absent, present but not signing (declined), not
/// signing with nothing at the roll call to say whether they were there, and not marked yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SigningCount {
    pub signed: u32,
    pub absent: u32,
    /// Present, and marked as not signing (counted here, not in `absent`).
    pub declined: u32,
    /// Marked as not signing, never called at the roll call: neither absent nor present.
    pub unrecorded: u32,
    pub pending: u32,
}

/// A unit not signing, by what the roll call says of it as the signing ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotSigning {
    /// Recorded absent.
    Away,
    /// Recorded present: it declined.
    Declined,
    /// Never called: the roll call says nothing.
    Unrecorded,
}

impl NotSigning {
    /// From the roll call's word on the unit: present, absent, or none.
    pub fn from_presence(present: Option<bool>) -> NotSigning {
        match present {
            Some(true) => NotSigning::Declined,
            Some(false) => NotSigning::Away,
            None => NotSigning::Unrecorded,
        }
    }
}

impl SigningCount {
    /// Signed, absent, declined, unrecorded and not yet marked, over every member unit, each
    /// unit's place given by `place` (see `Record::signing`) and, not signing, what `why` says
    /// of it.
    pub fn of(
        conference: &Conference,
        place: impl Fn(&str) -> Option<Signing>,
        why: impl Fn(&str) -> NotSigning,
    ) -> SigningCount {
        let mut n = SigningCount { signed: 0, absent: 0, declined: 0, unrecorded: 0, pending: 0 };
        for u in &conference.units {
            match place(&u.id) {
                Some(Signing::Signed { .. }) => n.signed += 1,
                Some(Signing::Absent { .. }) => match why(&u.id) {
                    NotSigning::Away => n.absent += 1,
                    NotSigning::Declined => n.declined += 1,
                    NotSigning::Unrecorded => n.unrecorded += 1,
                },
                None => n.pending += 1,
            }
        }
        n
    }
}

impl CovenantRecord {
    pub fn is_empty(&self) -> bool {
        self.items.is_none() && self.presiding.is_none() && self.signing.is_empty() && self.log.is_empty()
    }

    /// The contents as they stand: edited here, else the conference file's.
    pub fn contents<'a>(&'a self, conference: &'a Conference) -> &'a [String] {
        match &self.items {
            Some(items) => items,
            None => conference.covenant.as_ref().map_or(&[], |c| c.items.as_slice()),
        }
    }

    /// The presiding unit: set here, else the conference file's.
    pub fn presiding<'a>(&'a self, conference: &'a Conference) -> Option<&'a str> {
        self.presiding
            .as_deref()
            .or_else(|| conference.covenant.as_ref().and_then(|c| c.presiding.as_deref()))
    }

    /// `unit`'s mark: signed, absent, or `None` before it is marked.
    pub fn status(&self, unit: &str) -> Option<&Signing> {
        self.signing.get(unit)
    }

    fn note(&mut self, change: CovenantEdit, now: NaiveDateTime) {
        self.log.push(CovenantChange { at: now, change });
    }

    fn mark(
        &mut self,
        conference: &Conference,
        unit: &str,
        to: Option<Signing>,
        now: NaiveDateTime,
    ) -> Result<bool, CovenantError> {
        if conference.unit(unit).is_none() {
            return Err(CovenantError::UnknownUnit(unit.to_string()));
        }
        let from = self.signing.get(unit).cloned();
        let same = match (&from, &to) {
            (Some(Signing::Signed { .. }), Some(Signing::Signed { .. })) => true,
            (a, b) => a == b,
        };
        if same {
            return Ok(false);
        }
        match &to {
            Some(s) => self.signing.insert(unit.to_string(), s.clone()),
            None => self.signing.remove(unit),
        };
        self.note(CovenantEdit::Signing { unit: unit.to_string(), from, to }, now);
        Ok(true)
    }

    /// `unit` signs at `now` (signing again keeps the first time). Returns whether it changed.
    pub fn sign(
        &mut self,
        conference: &Conference,
        unit: &str,
        now: NaiveDateTime,
    ) -> Result<bool, CovenantError> {
        self.mark(conference, unit, Some(Signing::Signed { at: now }), now)
    }

    /// `unit` is absent and does not sign; the reason may be empty.
    pub fn mark_absent(
        &mut self,
        conference: &Conference,
        unit: &str,
        reason: &str,
        now: NaiveDateTime,
    ) -> Result<bool, CovenantError> {
        self.mark(conference, unit, Some(Signing::Absent { reason: kept_text(reason) }), now)
    }

    /// Takes back `unit`'s mark (a slip): not signed yet.
    pub fn clear(
        &mut self,
        conference: &Conference,
        unit: &str,
        now: NaiveDateTime,
    ) -> Result<bool, CovenantError> {
        self.mark(conference, unit, None, now)
    }

    /// The presiding unit (`None`: the conference file's). Returns whether it changed.
    pub fn set_presiding(
        &mut self,
        conference: &Conference,
        unit: Option<&str>,
        now: NaiveDateTime,
    ) -> Result<bool, CovenantError> {
        if let Some(id) = unit.filter(|id| conference.unit(id).is_none()) {
            return Err(CovenantError::UnknownUnit(id.to_string()));
        }
        let to = unit.map(str::to_string);
        if self.presiding == to {
            return Ok(false);
        }
        let from = std::mem::replace(&mut self.presiding, to.clone());
        self.note(CovenantEdit::Presiding { from, to }, now);
        Ok(true)
    }

    /// The contents, copied from the conference file the first time they are changed.
    fn items_mut(&mut self, conference: &Conference) -> &mut Vec<String> {
        let planned = || conference.covenant.as_ref().map(|c| c.items.clone()).unwrap_or_default();
        self.items.get_or_insert_with(planned)
    }

    /// Replaces the text of item `index`. Returns whether it changed.
    pub fn edit_item(
        &mut self,
        conference: &Conference,
        index: usize,
        text: &str,
        now: NaiveDateTime,
    ) -> Result<bool, CovenantError> {
        let text = kept_text(text);
        if text.is_empty() {
            return Err(CovenantError::BlankItem);
        }
        let from = match self.contents(conference).get(index) {
            Some(from) if *from == text => return Ok(false),
            Some(from) => from.clone(),
            None => return Err(CovenantError::NoSuchItem(index)),
        };
        if let Some(item) = self.items_mut(conference).get_mut(index) {
            *item = text.clone();
        }
        self.note(CovenantEdit::ItemEdited { index, from, to: text }, now);
        Ok(true)
    }

    /// Adds an item at the end; returns its index.
    pub fn add_item(
        &mut self,
        conference: &Conference,
        text: &str,
        now: NaiveDateTime,
    ) -> Result<usize, CovenantError> {
        let text = kept_text(text);
        if text.is_empty() {
            return Err(CovenantError::BlankItem);
        }
        let items = self.items_mut(conference);
        items.push(text.clone());
        let index = items.len() - 1;
        self.note(CovenantEdit::ItemAdded { index, text }, now);
        Ok(index)
    }

    /// Removes item `index` (the ones after it move up); its text stays in the log.
    pub fn remove_item(
        &mut self,
        conference: &Conference,
        index: usize,
        now: NaiveDateTime,
    ) -> Result<String, CovenantError> {
        if index >= self.contents(conference).len() {
            return Err(CovenantError::NoSuchItem(index));
        }
        let text = self.items_mut(conference).remove(index);
        self.note(CovenantEdit::ItemRemoved { index, text: text.clone() }, now);
        Ok(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2023, 2, 24).and_then(|d| d.and_hms_opt(10, m, 0)).expect("time")
    }

    fn ktd19() -> Conference {
        let text = std::fs::read_to_string("sample-data/ktd19-hcm-giao-uoc-2023.ron").expect("sample");
        Conference::from_text(std::path::Path::new("ktd19"), &text).expect("valid")
    }

    #[test]
    fn a_covenant_signed_by_all_but_an_absent_unit() {
        let c = ktd19();
        let mut cov = CovenantRecord::default();
        assert_eq!(cov.contents(&c).len(), 6, "the six commitments of the report");
        assert_eq!(cov.presiding(&c), Some("lhh"));
        for (m, unit) in ["lhh", "hlhtn", "hctd", "vhnt", "huunghi"].into_iter().enumerate() {
            assert_eq!(cov.sign(&c, unit, at(m as u32)), Ok(true), "{unit}");
        }
        assert_eq!(cov.mark_absent(&c, "hsv", " Bận công tác đột xuất ", at(6)), Ok(true));
        assert_eq!(cov.sign(&c, "lhh", at(7)), Ok(false), "signing again keeps the first time");
        assert_eq!(cov.status("lhh"), Some(&Signing::Signed { at: at(0) }));
        assert_eq!(cov.status("hsv"), Some(&Signing::Absent { reason: "Bận công tác đột xuất".into() }));
        assert_eq!(
            SigningCount::of(&c, |u| cov.status(u).cloned(), |_| NotSigning::Away),
            SigningCount { signed: 5, absent: 1, declined: 0, unrecorded: 0, pending: 0 }
        );
        assert_eq!(cov.sign(&c, "khach", at(8)), Err(CovenantError::UnknownUnit("khach".into())));
        // The absent unit's delegate arrives after all and signs: both marks stay in the log.
        assert_eq!(cov.sign(&c, "hsv", at(9)), Ok(true));
        assert_eq!(
            SigningCount::of(&c, |u| cov.status(u).cloned(), |_| NotSigning::Away),
            SigningCount { signed: 6, absent: 0, declined: 0, unrecorded: 0, pending: 0 }
        );
        assert_eq!(cov.log.len(), 7);
        assert!(matches!(
            &cov.log[6].change,
            CovenantEdit::Signing { unit, from: Some(Signing::Absent { .. }), to: Some(Signing::Signed { .. }) }
                if unit == "hsv"
        ));
        assert_eq!(cov.clear(&c, "hsv", at(10)), Ok(true));
        assert_eq!(SigningCount::of(&c, |u| cov.status(u).cloned(), |_| NotSigning::Away).pending, 1);
        assert!(cov.items.is_none(), "signing does not copy the contents");
    }

    #[test]
    fn edits_copy_the_contents_once_and_keep_every_change() {
        let c = ktd19();
        let mut cov = CovenantRecord::default();
        let first = cov.contents(&c)[0].clone();
        assert_eq!(cov.edit_item(&c, 0, &first, at(1)), Ok(false), "the same text is no change");
        assert!(cov.items.is_none());
        assert_eq!(cov.edit_item(&c, 5, "Duy trì hoạt động Khối thi đua", at(2)), Ok(true));
        assert_eq!(cov.items.as_ref().map(Vec::len), Some(6), "copied from the file, then edited");
        assert_eq!(cov.add_item(&c, "  Thi đua thực hiện chuyển đổi so\u{302}\u{301} ", at(3)), Ok(6));
        assert_eq!(cov.contents(&c)[6], "Thi đua thực hiện chuyển đổi số", "NFC, trimmed");
        assert_eq!(
            cov.remove_item(&c, 1, at(4)).map(|t| t == c.covenant.as_ref().expect("plan").items[1]),
            Ok(true)
        );
        assert_eq!(cov.contents(&c).len(), 6);
        assert_eq!(cov.remove_item(&c, 6, at(5)), Err(CovenantError::NoSuchItem(6)));
        assert_eq!(cov.edit_item(&c, 0, " ", at(5)), Err(CovenantError::BlankItem));
        assert_eq!(cov.add_item(&c, "", at(5)), Err(CovenantError::BlankItem));
        assert_eq!(cov.set_presiding(&c, Some("hctd"), at(6)), Ok(true));
        assert_eq!(cov.presiding(&c), Some("hctd"));
        assert_eq!(cov.set_presiding(&c, None, at(7)), Ok(true));
        assert_eq!(cov.presiding(&c), Some("lhh"), "back to the file's");
        let kinds: Vec<&str> = cov
            .log
            .iter()
            .map(|e| match e.change {
                CovenantEdit::ItemEdited { .. } => "edited",
                CovenantEdit::ItemAdded { .. } => "added",
                CovenantEdit::ItemRemoved { .. } => "removed",
                CovenantEdit::Presiding { .. } => "presiding",
                CovenantEdit::Signing { .. } => "signing",
            })
            .collect();
        assert_eq!(kinds, ["edited", "added", "removed", "presiding", "presiding"]);
        // The file's contents are untouched.
        assert_eq!(c.covenant.as_ref().map(|p| p.items.len()), Some(6));
    }

    #[test]
    fn without_a_covenant_in_the_file_the_contents_are_typed_here() {
        let mut c = Conference::from_text(std::path::Path::new("s"), crate::sample::TEXT).expect("valid");
        c.covenant = None;
        let mut cov = CovenantRecord::default();
        assert!(cov.contents(&c).is_empty());
        assert_eq!(cov.presiding(&c), None);
        assert_eq!(cov.add_item(&c, "Hoàn thành xuất sắc nhiệm vụ năm 2024", at(1)), Ok(0));
        assert_eq!(cov.contents(&c), ["Hoàn thành xuất sắc nhiệm vụ năm 2024"]);
    }
}
