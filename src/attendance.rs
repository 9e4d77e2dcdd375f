//! The roll call (điểm danh): which member units are present, who attends for each, why an
//! absent unit is absent, and every change with its time (a unit arriving late is a fact of
//! the minutes).
//!
//! Part of the record. Pure: the time comes in, nothing is read or written here. Guests are
//! not here: they never vote and their list is the conference file's.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use crate::conference::{Conference, Unit};

/// What the record keeps of a typed text: NFC, without surrounding white space.
fn clean(text: &str) -> String {
    text.nfc().collect::<String>().trim().to_string()
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attendance {
    /// Unit id → its state now. A unit not here has not been called yet.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub units: BTreeMap<String, Presence>,
    /// Every change, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub log: Vec<PresenceChange>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Presence {
    pub present: bool,
    /// Why an absent unit is absent ("đi công tác"); may be empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    /// Who attends for the unit when it is not the first delegate in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delegate: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PresenceChange {
    pub at: NaiveDateTime,
    pub unit: String,
    pub presence: Presence,
}

impl Attendance {
    pub fn is_empty(&self) -> bool {
        self.units.is_empty() && self.log.is_empty()
    }

    /// The unit's state; `None` before it is called.
    pub fn presence(&self, unit: &str) -> Option<&Presence> {
        self.units.get(unit)
    }

    pub fn is_present(&self, unit: &str) -> bool {
        self.units.get(unit).is_some_and(|p| p.present)
    }

    /// Records a unit present or absent (with a reason). Returns whether anything changed.
    pub fn mark(&mut self, unit: &str, present: bool, reason: &str, now: NaiveDateTime) -> bool {
        let delegate = self.units.get(unit).and_then(|p| p.delegate.clone());
        let reason = if present { String::new() } else { clean(reason) };
        self.set(unit, Presence { present, reason, delegate }, now)
    }

    /// Records who attends for a unit (`None`: the first delegate in the file). Marks the
    /// unit present: the person is there.
    pub fn set_delegate(&mut self, unit: &str, delegate: Option<String>, now: NaiveDateTime) -> bool {
        let delegate = delegate.map(|d| clean(&d)).filter(|d| !d.is_empty());
        self.set(unit, Presence { present: true, reason: String::new(), delegate }, now)
    }

    fn set(&mut self, unit: &str, presence: Presence, now: NaiveDateTime) -> bool {
        if self.units.get(unit) == Some(&presence) {
            return false;
        }
        self.units.insert(unit.to_string(), presence.clone());
        self.log.push(PresenceChange { at: now, unit: unit.to_string(), presence });
        true
    }

    /// Ids of the units present, in the conference's order.
    pub fn present_ids(&self, conference: &Conference) -> Vec<String> {
        conference.units.iter().filter(|u| self.is_present(&u.id)).map(|u| u.id.clone()).collect()
    }

    /// Who attends for `unit`: the roll call's name, else the first delegate in the file.
    pub fn delegate_of<'a>(&'a self, unit: &'a Unit) -> Option<&'a str> {
        self.units
            .get(&unit.id)
            .and_then(|p| p.delegate.as_deref())
            .or_else(|| unit.delegates.first().map(|d| d.name.as_str()))
    }

    /// When the unit was last marked present, if it is present: its arrival time.
    pub fn arrived_at(&self, unit: &str) -> Option<NaiveDateTime> {
        if !self.is_present(unit) {
            return None;
        }
        // The first "present" after the last "absent" (or the first of all).
        let mut arrived = None;
        for change in self.log.iter().filter(|c| c.unit == unit) {
            match (change.presence.present, arrived) {
                (true, None) => arrived = Some(change.at),
                (false, _) => arrived = None,
                _ => {}
            }
        }
        arrived
    }

    /// When a unit that had been marked absent came: its last arrival, if it is present and
    /// was ever absent before (a unit present from its first call did not arrive late).
    pub fn late_arrival(&self, unit: &str) -> Option<NaiveDateTime> {
        let was_absent = self.log.iter().any(|c| c.unit == unit && !c.presence.present);
        if was_absent { self.arrived_at(unit) } else { None }
    }

    /// When the unit left, if it is absent now after having been present: the time it was
    /// last marked absent. `None` for a unit absent from the start.
    pub fn left_at(&self, unit: &str) -> Option<NaiveDateTime> {
        if self.presence(unit).is_none_or(|p| p.present) {
            return None;
        }
        // The first "absent" after the last "present" (none if it never was present).
        let mut left = None;
        let mut was_present = false;
        for change in self.log.iter().filter(|c| c.unit == unit) {
            match (change.presence.present, was_present) {
                (true, _) => (left, was_present) = (None, true),
                (false, true) => (left, was_present) = (Some(change.at), false),
                (false, false) => {}
            }
        }
        left
    }

    /// When a unit that left (see `left_at`) had come late: its first arrival, if it was
    /// marked absent before that. A unit present from its first call that left and came back
    /// is not "late": the votes of its first stay count it present (`None`).
    pub fn late_before_leaving(&self, unit: &str) -> Option<NaiveDateTime> {
        self.left_at(unit)?;
        let mut changes = self.log.iter().filter(|c| c.unit == unit);
        if changes.next()?.presence.present {
            return None;
        }
        changes.find(|c| c.presence.present).map(|c| c.at)
    }
}

/// The quorum as the screen shows it: present, members, needed, met.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quorum {
    pub present: u32,
    pub members: u32,
    pub needed: u32,
    pub met: bool,
}

impl Quorum {
    /// Against the conference's rule (the default for every poll; a poll may set its own,
    /// which is checked when it opens).
    pub fn of(attendance: &Attendance, conference: &Conference) -> Quorum {
        let members = u32::try_from(conference.units.len()).unwrap_or(u32::MAX);
        let present = u32::try_from(attendance.present_ids(conference).len()).unwrap_or(u32::MAX);
        let rule = conference.rules.quorum;
        Quorum {
            present,
            members,
            needed: rule.minimum_votes(members).unwrap_or(members),
            met: rule.is_met(present, members),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(h: u32, m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2024, 1, 16).and_then(|d| d.and_hms_opt(h, m, 0)).expect("time")
    }

    fn sample() -> Conference {
        Conference::from_text(std::path::Path::new("s"), crate::sample::TEXT).expect("valid")
    }

    #[test]
    fn marks_are_logged_and_a_late_arrival_keeps_its_time() {
        let mut a = Attendance::default();
        assert!(a.mark("snv", false, " đi công tác ", at(8, 0)));
        assert_eq!(a.presence("snv").map(|p| p.reason.as_str()), Some("đi công tác"));
        assert!(!a.mark("snv", false, "đi công tác", at(8, 1)), "the same state is no change");
        assert!(a.mark("snv", true, "", at(8, 40)));
        assert_eq!(a.arrived_at("snv"), Some(at(8, 40)));
        assert_eq!(a.presence("snv").map(|p| p.reason.as_str()), Some(""), "present units have no reason");
        assert_eq!(a.log.len(), 2);
    }

    #[test]
    fn a_unit_that_leaves_is_told_from_one_absent_from_the_start() {
        let mut a = Attendance::default();
        a.mark("snv", true, "", at(8, 0));
        a.mark("stp", false, "ốm", at(8, 0));
        assert_eq!(a.left_at("snv"), None, "present");
        assert_eq!(a.left_at("stp"), None, "absent from the start");
        a.mark("snv", false, "về họp khác", at(10, 15));
        a.mark("snv", false, "về họp gấp", at(10, 16));
        assert_eq!(a.left_at("snv"), Some(at(10, 15)), "when it left, not when the reason changed");
        a.mark("stp", true, "", at(9, 0));
        a.mark("stp", false, "", at(11, 0));
        assert_eq!(a.left_at("stp"), Some(at(11, 0)), "came late, then left");
        assert_eq!(a.late_before_leaving("stp"), Some(at(9, 0)), "came late, then left");
        assert_eq!(a.late_before_leaving("snv"), None, "present from the first call");
        a.mark("snv", true, "", at(11, 10));
        assert_eq!(a.late_before_leaving("snv"), None, "back, so it has not left");
        a.mark("snv", false, "", at(11, 30));
        assert_eq!(a.late_before_leaving("snv"), None, "came back, but was present from the first call");
        a.mark("stp", true, "", at(11, 40));
        a.mark("stp", false, "", at(11, 50));
        assert_eq!(a.late_before_leaving("stp"), Some(at(9, 0)), "its first arrival, not its last");
    }

    #[test]
    fn the_attending_delegate_defaults_to_the_first_in_the_file() {
        let c = sample();
        let mut a = Attendance::default();
        let vp = c.unit("vpubnd").expect("unit");
        assert_eq!(a.delegate_of(vp), Some("Đặng Quốc Toàn"));
        a.set_delegate("vpubnd", Some("Hoàng Nam Phong".into()), at(8, 0));
        assert_eq!(a.delegate_of(vp), Some("Hoàng Nam Phong"));
        assert!(a.is_present("vpubnd"), "naming who attends marks the unit present");
        a.mark("vpubnd", false, "", at(9, 0));
        a.mark("vpubnd", true, "", at(9, 5));
        assert_eq!(a.delegate_of(vp), Some("Hoàng Nam Phong"), "the name survives going out and back");
    }

    #[test]
    fn quorum_is_two_thirds_of_all_members_by_default() {
        let c = sample();
        let mut a = Attendance::default();
        for id in ["vpubnd", "vpdbqh", "snv"] {
            a.mark(id, true, "", at(8, 0));
        }
        assert_eq!(Quorum::of(&a, &c), Quorum { present: 3, members: 6, needed: 4, met: false });
        a.mark("stp", true, "", at(8, 0));
        assert!(Quorum::of(&a, &c).met);
        assert_eq!(a.present_ids(&c), ["vpubnd", "vpdbqh", "snv", "stp"], "in the conference's order");
    }
}
