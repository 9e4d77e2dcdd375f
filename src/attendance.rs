//! The roll call (điểm danh): which member units are present, who attends for each, why an
//! absent unit is absent, and every change with its time (a unit arriving late is a fact of
//! the minutes).
//!
//! Part of the record. Pure: the time comes in, nothing is read or written here. Guests are
//! not here: they never vote and their list is the conference file's.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::conference::{Conference, Unit};
use crate::record::kept_text;

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
    /// The attendance as it stood at `at`: the changes made by then, and each unit's last.
    pub fn as_of(&self, at: NaiveDateTime) -> Attendance {
        let log: Vec<PresenceChange> = self.log.iter().filter(|c| c.at <= at).cloned().collect();
        let units = log.iter().map(|c| (c.unit.clone(), c.presence.clone())).collect();
        Attendance { units, log }
    }

    pub fn is_empty(&self) -> bool {
        self.units.is_empty() && self.log.is_empty()
    }

    /// The unit's state; `None` before it is called.
    pub fn presence(&self, unit: &str) -> Option<&Presence> {
        self.units.get(unit)
    }

    /// `unit`'s state as it stood at `at` (its last change until then), if it had been called.
    pub fn presence_at(&self, unit: &str, at: NaiveDateTime) -> Option<&Presence> {
        self.log.iter().rev().find(|c| c.unit == unit && c.at <= at).map(|c| &c.presence)
    }

    /// `unit`'s state as it stood at `at`, or now when `at` is `None`.
    pub fn presence_as_of(&self, unit: &str, at: Option<NaiveDateTime>) -> Option<&Presence> {
        match at {
            Some(at) => self.presence_at(unit, at),
            None => self.presence(unit),
        }
    }

    /// The units of `units` not called yet.
    pub fn uncalled<'a>(&'a self, units: &'a [Unit]) -> impl Iterator<Item = &'a Unit> + 'a {
        units.iter().filter(|u| self.presence(&u.id).is_none())
    }

    pub fn is_present(&self, unit: &str) -> bool {
        self.units.get(unit).is_some_and(|p| p.present)
    }

    /// Whether the roll call has the unit absent now (not merely not called).
    pub fn is_absent(&self, unit: &str) -> bool {
        self.units.get(unit).is_some_and(|p| !p.present)
    }

    /// Records a unit present or absent (with a reason). Returns whether anything changed.
    pub fn mark(&mut self, unit: &str, present: bool, reason: &str, now: NaiveDateTime) -> bool {
        let delegate = self.units.get(unit).and_then(|p| p.delegate.clone());
        let reason = if present { String::new() } else { kept_text(reason) };
        self.set(unit, Presence { present, reason, delegate }, now)
    }

    /// Records who attended for a unit that has left (`None`: the first delegate in the
    /// file), keeping it absent with its reason: the name is for the biên bản, the person
    /// gone. Returns whether anything changed.
    pub fn name_delegate_of_gone(
        &mut self,
        unit: &str,
        delegate: Option<String>,
        now: NaiveDateTime,
    ) -> bool {
        let delegate = delegate.map(|d| kept_text(&d)).filter(|d| !d.is_empty());
        let Some(now_presence) = self.units.get(unit).filter(|p| !p.present) else { return false };
        let presence = Presence { delegate, ..now_presence.clone() };
        self.set(unit, presence, now)
    }

    /// Records who attends for a unit (`None`: the first delegate in the file). Marks the
    /// unit present: the person is there.
    pub fn set_delegate(&mut self, unit: &str, delegate: Option<String>, now: NaiveDateTime) -> bool {
        let delegate = delegate.map(|d| kept_text(&d)).filter(|d| !d.is_empty());
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
        self.units.get(&unit.id).and_then(|p| p.delegate.as_deref()).or_else(|| unit.first_delegate())
    }

    /// The unit's attendance over the conference, told from its log: absent throughout, or
    /// attended, from its first call or from when it came, with each time it stepped out.
    /// `counted(from, to, present)` says whether anything happened in that span that the unit's
    /// presence (or absence) there mattered to (a vote counting it, or opened without it, an
    /// agenda item beginning: see `Record::stay`): a presence that ended before anything did
    /// was a slip at the roll call, corrected, and is not told; so is an absence put right
    /// within the minute, before anything happened (at the first call: the unit was there
    /// from it). A unit
    /// first called present from `late_after` on (the conference under way: see
    /// `Record::stay`), or called absent and then present, came late, and when it came is told
    /// too; but never one present by the time the first item `began` (a slip put right, or a
    /// delegate just in time), nor any before it began.
    pub fn stay(
        &self,
        unit: &str,
        began: Option<NaiveDateTime>,
        late_after: Option<NaiveDateTime>,
        counted: impl Fn(NaiveDateTime, NaiveDateTime, bool) -> bool,
    ) -> Stay {
        let Some(now) = self.presence(unit) else { return Stay::Uncalled };
        let changes: Vec<&PresenceChange> = self.log.iter().filter(|c| c.unit == unit).collect();
        // The spans of presence, as indices into `changes`: the change that began it (0: the
        // first call) and the one that ended it (`None`: present now).
        let mut spans: Vec<(usize, Option<usize>)> = Vec::new();
        for (n, change) in changes.iter().enumerate() {
            match (change.presence.present, spans.last_mut()) {
                (true, Some((_, None))) => {}
                (true, _) => spans.push((n, None)),
                (false, Some((_, end @ None))) => *end = Some(n),
                (false, _) => {}
            }
        }
        spans.retain(|&(from, end)| end.is_none_or(|end| counted(changes[from].at, changes[end].at, true)));
        // Marked absent and put right within the minute, nothing happening between: a slip
        // (v for c), not a time away.
        let slip = |out: usize, back: usize| {
            changes[back].at - changes[out].at < chrono::TimeDelta::minutes(1)
                && !counted(changes[out].at, changes[back].at, false)
        };
        let mut merged: Vec<(usize, Option<usize>)> = Vec::with_capacity(spans.len());
        for span in spans {
            match merged.last_mut() {
                // Away and back at once: the two stretches are one.
                Some(last) if last.1.is_some_and(|out| slip(out, span.0)) => last.1 = span.1,
                _ => merged.push(span),
            }
        }
        let spans = merged;
        let Some(&(first, _)) = spans.first() else { return Stay::Absent(now.reason.clone()) };
        // Called absent, then present as a slip: the unit was there from its first call. A
        // minute or more later it came late, as a delegate does who walks in after the call.
        let called_absent = changes[..first].iter().all(|c| !c.presence.present);
        let first = if first > 0 && called_absent && slip(0, first) { 0 } else { first };
        // Away from the end of one span to the start of the next (or until now), for the last
        // reason given in between.
        let ends = spans.iter().filter_map(|&(_, end)| end);
        let backs = spans.iter().skip(1).map(|&(from, _)| Some(from)).chain(std::iter::once(None));
        let away = ends
            .zip(backs)
            .map(|(out, back)| {
                let reason = match back {
                    None => now.reason.clone(),
                    Some(back) => changes[out..back]
                        .iter()
                        .rev()
                        .find(|c| !c.presence.present)
                        .map(|c| c.presence.reason.clone())
                        .unwrap_or_default(),
                };
                Away { from: changes[out].at, to: back.map(|b| changes[b].at), reason }
            })
            .collect();
        let came = changes[first].at;
        let late = (first > 0 || late_after.is_some_and(|t| came >= t)) && began.is_some_and(|t| came > t);
        if !late {
            return Stay::Attended { came: None, late_reason: String::new(), away };
        }
        // Absent at its first call: the reason given then is why it was away until it came.
        let late_reason = changes[..first]
            .iter()
            .rev()
            .find(|c| !c.presence.present)
            .map(|c| c.presence.reason.clone())
            .unwrap_or_default();
        Stay::Attended { came: Some(came), late_reason, away }
    }
}

/// A member unit's attendance over the conference (see [`Attendance::stay`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stay {
    /// Not called yet.
    Uncalled,
    /// Absent throughout, and why (may be empty).
    Absent(String),
    Attended {
        /// When it came, if it was not there at its first call.
        came: Option<NaiveDateTime>,
        /// The reason given when it was called absent before it came (may be empty): why it
        /// was away, which the biên bản gives as such ("trước đó vắng, lý do: …").
        late_reason: String,
        /// Each time it stepped out, in order.
        away: Vec<Away>,
    },
}

impl Stay {
    /// Since when a unit that attended has been gone, not back (it left before the end).
    pub fn gone_since(&self) -> Option<NaiveDateTime> {
        match self {
            Stay::Attended { away, .. } => away.last().filter(|a| a.to.is_none()).map(|a| a.from),
            _ => None,
        }
    }
}

/// A unit away: from when, until when (`None`: it has not come back) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Away {
    pub from: NaiveDateTime,
    pub to: Option<NaiveDateTime>,
    pub reason: String,
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
        Quorum::with(attendance.present_ids(conference).len(), conference)
    }

    /// Against the conference's rule, with `present` units present (at some moment).
    pub fn with(present: usize, conference: &Conference) -> Quorum {
        let members = u32::try_from(conference.units.len()).unwrap_or(u32::MAX);
        let present = u32::try_from(present).unwrap_or(u32::MAX);
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

    /// The first item began before any mark of these tests: absent then present is late.
    fn begun() -> Option<NaiveDateTime> {
        Some(at(7, 0))
    }

    /// Every presence counted (as if a vote had been held in each).
    fn counted(_: NaiveDateTime, _: NaiveDateTime, _: bool) -> bool {
        true
    }

    fn away(from: NaiveDateTime, to: Option<NaiveDateTime>, reason: &str) -> Away {
        Away { from, to, reason: reason.into() }
    }

    #[test]
    fn marks_are_logged_and_a_late_arrival_keeps_its_time() {
        let mut a = Attendance::default();
        assert_eq!(a.stay("snv", begun(), None, counted), Stay::Uncalled);
        assert!(a.mark("snv", false, " đi công tác ", at(8, 0)));
        assert_eq!(a.stay("snv", begun(), None, counted), Stay::Absent("đi công tác".into()));
        assert!(!a.mark("snv", false, "đi công tác", at(8, 1)), "the same state is no change");
        assert!(a.mark("snv", true, "", at(8, 40)));
        assert_eq!(
            a.stay("snv", begun(), None, counted),
            Stay::Attended { came: Some(at(8, 40)), late_reason: "đi công tác".into(), away: vec![] }
        );
        assert_eq!(a.presence("snv").map(|p| p.reason.as_str()), Some(""), "present units have no reason");
        assert_eq!(a.log.len(), 2);
    }

    #[test]
    fn a_unit_first_called_once_the_conference_is_under_way_came_late() {
        let mut a = Attendance::default();
        a.mark("snv", true, "", at(8, 5));
        a.mark("stp", true, "", at(9, 10));
        let under_way = Some(at(8, 30));
        assert_eq!(
            a.stay("snv", begun(), under_way, counted),
            Stay::Attended { came: None, late_reason: String::new(), away: vec![] }
        );
        assert_eq!(
            a.stay("stp", begun(), under_way, counted),
            Stay::Attended { came: Some(at(9, 10)), late_reason: String::new(), away: vec![] }
        );
        assert_eq!(
            a.stay("stp", begun(), None, counted),
            Stay::Attended { came: None, late_reason: String::new(), away: vec![] },
            "not under way"
        );
    }

    #[test]
    fn a_unit_that_leaves_or_steps_out_is_told_from_one_absent_from_the_start() {
        let mut a = Attendance::default();
        a.mark("snv", true, "", at(8, 0));
        a.mark("stp", false, "ốm", at(8, 0));
        assert_eq!(
            a.stay("snv", begun(), None, counted),
            Stay::Attended { came: None, late_reason: String::new(), away: vec![] },
            "present"
        );
        a.mark("snv", false, "về họp khác", at(10, 15));
        a.mark("snv", false, "về họp gấp", at(10, 16));
        let left = away(at(10, 15), None, "về họp gấp");
        assert_eq!(
            a.stay("snv", begun(), None, counted),
            Stay::Attended { came: None, late_reason: String::new(), away: vec![left] },
            "when it left"
        );
        // Back: it stepped out, it did not come late.
        a.mark("snv", true, "", at(10, 45));
        let out = away(at(10, 15), Some(at(10, 45)), "về họp gấp");
        assert_eq!(
            a.stay("snv", begun(), None, counted),
            Stay::Attended { came: None, late_reason: String::new(), away: vec![out.clone()] }
        );
        a.set_delegate("snv", Some("Lê Văn Bình".into()), at(10, 50));
        a.mark("snv", false, "", at(11, 30));
        let stay = Stay::Attended {
            came: None,
            late_reason: String::new(),
            away: vec![out, away(at(11, 30), None, "")],
        };
        assert_eq!(a.stay("snv", begun(), None, counted), stay, "naming a delegate is not coming back");
        // Late, then left, back and left again: its first arrival.
        a.mark("stp", true, "", at(9, 0));
        a.mark("stp", false, "", at(11, 0));
        a.mark("stp", true, "", at(11, 40));
        a.mark("stp", false, "ốm", at(11, 50));
        let away = vec![away(at(11, 0), Some(at(11, 40)), ""), away(at(11, 50), None, "ốm")];
        assert_eq!(
            a.stay("stp", begun(), None, counted),
            Stay::Attended { came: Some(at(9, 0)), late_reason: "ốm".into(), away }
        );
    }

    #[test]
    fn changes_within_one_second_keep_their_order() {
        let mut a = Attendance::default();
        a.mark("snv", true, "", at(8, 0));
        a.mark("snv", false, "họp gấp", at(8, 0));
        a.mark("snv", true, "", at(8, 0));
        let out = away(at(8, 0), Some(at(8, 0)), "họp gấp");
        assert_eq!(
            a.stay("snv", begun(), None, counted),
            Stay::Attended { came: None, late_reason: String::new(), away: vec![out] }
        );
    }

    #[test]
    fn a_presence_nothing_counted_is_a_slip_corrected() {
        let mut a = Attendance::default();
        a.mark("snv", true, "", at(8, 0));
        a.mark("snv", false, "đi công tác", at(8, 1));
        let votes = [at(9, 0)];
        let counted =
            |from: NaiveDateTime, to: NaiveDateTime, _: bool| votes.iter().any(|&v| from <= v && v < to);
        assert_eq!(a.stay("snv", begun(), None, counted), Stay::Absent("đi công tác".into()));
        a.mark("snv", true, "", at(10, 0));
        assert_eq!(
            a.stay("snv", begun(), None, counted),
            Stay::Attended { came: Some(at(10, 0)), late_reason: "đi công tác".into(), away: vec![] },
            "came late"
        );
    }

    /// v for c, put right at once: no absence is told. Not so when a minute passed, or when
    /// something happened in between that the absence mattered to (a vote opened without it).
    #[test]
    fn an_absence_put_right_within_the_minute_is_a_slip() {
        let mut a = Attendance::default();
        let nothing = |_: NaiveDateTime, _: NaiveDateTime, _: bool| false;
        a.mark("snv", false, "đi công tác", at(8, 54) + chrono::TimeDelta::seconds(10));
        a.mark("snv", true, "", at(8, 54) + chrono::TimeDelta::seconds(40));
        let there = Stay::Attended { came: None, late_reason: String::new(), away: vec![] };
        assert_eq!(a.stay("snv", begun(), None, nothing), there);
        let vote = |_: NaiveDateTime, _: NaiveDateTime, present: bool| !present;
        assert_eq!(
            a.stay("snv", begun(), None, vote),
            Stay::Attended {
                came: Some(at(8, 54) + chrono::TimeDelta::seconds(40)),
                late_reason: "đi công tác".into(),
                away: vec![]
            },
            "a vote opened without it"
        );
        let mut a = Attendance::default();
        a.mark("snv", false, "đi công tác", at(8, 54));
        a.mark("snv", true, "", at(8, 55));
        assert!(
            matches!(a.stay("snv", begun(), None, nothing), Stay::Attended { came: Some(_), .. }),
            "a minute"
        );
        // Present, marked absent by mistake and put right at once: it never stepped out.
        let mut a = Attendance::default();
        let sec = |s: i64| at(9, 0) + chrono::TimeDelta::seconds(s);
        a.mark("snv", true, "", at(8, 0));
        a.mark("snv", false, "nhầm", sec(10));
        a.mark("snv", true, "", sec(30));
        // Its presence counted (votes counting it), its absence not.
        let present = |_: NaiveDateTime, _: NaiveDateTime, present: bool| present;
        assert_eq!(a.stay("snv", begun(), None, present), there);
        let out = away(sec(10), Some(sec(30)), "nhầm");
        assert_eq!(
            a.stay("snv", begun(), None, counted),
            Stay::Attended { came: None, late_reason: String::new(), away: vec![out] },
            "a vote opened while it was out"
        );
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
