//! The record of what happened at the conference: when each agenda item actually ran, which
//! items were skipped, when the conference started, finished and was adopted, the changes
//! made after that; and, kept in their own modules, the attendance, polls, comments, scores,
//! awards, covenant and the drafts being typed.
//!
//! This is what the minutes file saves and the export prints. It changes only through the
//! methods here, each given the time from outside (no clock is read in this module), and it
//! never holds the plan: it refers to agenda items by index into `Conference::agenda`.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use crate::attendance::Attendance;
use crate::awards::Awards;
use crate::comments::Comments;
use crate::conference::{Conference, ItemKind, Subject};
use crate::covenant::{CovenantRecord, Signing, SigningCount};
use crate::poll::Poll;
use crate::scoring::Scores;

mod drafts;
pub use drafts::{CommentDraft, DraftField, Drafts, LineDraft, NoteDraft};

/// What the record keeps of a typed text (a name, a reason, a comment): NFC, without the
/// white space around it. One rule for every part of the record.
pub(crate) fn kept_text(text: &str) -> String {
    text.nfc().collect::<String>().trim().to_string()
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub items: Vec<ItemRecord>,
    /// The item being held now.
    pub current: Option<usize>,
    pub started_at: Option<NaiveDateTime>,
    /// Set when the last pending item is left; cleared if the secretary goes back.
    pub finished_at: Option<NaiveDateTime>,
    /// "Thông qua biên bản": the minutes were adopted and are final from then on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adopted_at: Option<NaiveDateTime>,
    /// Every change made after adoption: who changed what, when (the minutes show it).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub audit: Vec<AuditEntry>,
    /// The roll call and its changes.
    #[serde(default, skip_serializing_if = "Attendance::is_empty")]
    pub attendance: Attendance,
    /// Every poll opened, in the order they were opened; at most one per agenda item.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub polls: Vec<Poll>,
    /// The member units' comments, with their audit trail.
    #[serde(default, skip_serializing_if = "Comments::is_empty")]
    pub comments: Comments,
    /// The units' self-scores and the scores the bloc agreed, with every change.
    #[serde(default, skip_serializing_if = "Scores::is_empty")]
    pub scores: Scores,
    /// The awards handed out, with their recipients and every change.
    #[serde(default, skip_serializing_if = "Awards::is_empty")]
    pub awards: Awards,
    /// The covenant signing: its contents if edited, the presiding unit if changed, who signed.
    #[serde(default, skip_serializing_if = "CovenantRecord::is_empty")]
    pub covenant: CovenantRecord,
    /// What was typed but not yet accepted, kept so that a crash or a restart loses none of it.
    #[serde(default, skip_serializing_if = "Drafts::is_empty")]
    pub drafts: Drafts,
    /// Who chaired, when not the conference file's chair (a Khối phó in the Khối trưởng's
    /// place, or a name the file had wrong or only as a role).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chair: Option<crate::conference::Person>,
}

/// A change to adopted minutes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub at: NaiveDateTime,
    pub change: Change,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Change {
    /// The agenda moved: the item made current (none: the conference finished again).
    AgendaMoved { current: Option<usize> },
    /// An item was marked skipped, or not skipped any more.
    SkipChanged { item: usize, skipped: bool },
    /// Something was changed on the screen of one part of the record (of an agenda item, for
    /// the parts that belong to one). Comments keep their own trail and are not noted here.
    Edited {
        part: Part,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        item: Option<usize>,
    },
    /// Who chaired was changed; `before` is who the adopted minutes named.
    ChairChanged { before: crate::conference::Person },
}

/// The parts of the record a change after adoption can touch, besides the agenda and comments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Part {
    Attendance,
    Vote,
    Awards,
    Scores,
    Covenant,
    Note,
}

/// What is left undone when the minutes are adopted: units never called, agenda items
/// neither held nor skipped, items held without their vote, polls still open or waiting for
/// the chair's decision.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Unfinished {
    pub uncalled: usize,
    /// Agenda items (0-based), in order.
    pub not_held: Vec<usize>,
    /// Agenda items held whose vote was never opened, in order.
    pub votes_not_held: Vec<usize>,
    /// The agenda items (0-based) of those polls, in order.
    pub open_polls: Vec<usize>,
    /// The scoring item, held (or being held) with no score recorded.
    pub scores_not_recorded: Option<usize>,
    /// The scoring item and how many member units have no score, when others have one.
    pub unscored: Option<(usize, usize)>,
    /// The covenant item, held (or being held) with no unit marked at the signing.
    pub signing_not_recorded: Option<usize>,
    /// The covenant item and how many member units are not marked at the signing (neither
    /// signed nor not signing), when others are.
    pub unsigned: Option<(usize, usize)>,
    /// The agenda item of each comment with neither tiếp thu nor giải trình, in order.
    pub unanswered: Vec<usize>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemRecord {
    pub state: ItemState,
    /// Every stretch of time the item was current; going back to an item opens a new one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub spans: Vec<Span>,
    /// What happened (diễn biến), printed in the minutes under the item.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ItemState {
    #[default]
    Pending,
    Current,
    Done,
    Skipped,
}

/// Whether two moments fall in the same minute of the clock: the biên bản gives times to
/// the minute, and repeated changes within one are noted once.
pub fn same_minute(a: NaiveDateTime, b: NaiveDateTime) -> bool {
    minutes_between(a, b) == 0
}

/// Whole clock minutes from `a` to `b` (10:25:40 to 10:30:00 is 5): what two times shown to
/// the minute differ by.
pub fn minutes_between(a: NaiveDateTime, b: NaiveDateTime) -> i64 {
    let minute = |t: NaiveDateTime| t.and_utc().timestamp().div_euclid(60);
    minute(b) - minute(a)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub from: NaiveDateTime,
    pub to: Option<NaiveDateTime>,
}

/// What a navigation did, for the screen's message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moved {
    To(usize),
    Finished,
    /// Nothing before the first item.
    AtStart,
    /// Nothing changed: the conference has ended, there is no next item.
    Ended,
    /// Nothing changed (already at that item).
    Stayed,
}

impl Moved {
    /// Whether the record changed.
    pub fn changed(self) -> bool {
        matches!(self, Moved::To(_) | Moved::Finished)
    }
}

impl Record {
    pub fn new(conference: &Conference) -> Self {
        Record {
            items: vec![ItemRecord::default(); conference.agenda.len()],
            current: None,
            started_at: None,
            finished_at: None,
            adopted_at: None,
            audit: Vec::new(),
            attendance: Attendance::default(),
            polls: Vec::new(),
            comments: Comments::default(),
            scores: Scores::default(),
            awards: Awards::default(),
            covenant: CovenantRecord::default(),
            drafts: Drafts::default(),
            chair: None,
        }
    }

    /// When the covenant signing ended: the covenant item's end; `None` while it is held or
    /// not yet held.
    pub fn signing_ended(&self, conference: &Conference) -> Option<NaiveDateTime> {
        let covenant = conference.agenda.iter().position(|a| a.kind == ItemKind::Covenant)?;
        self.items.get(covenant)?.spans.last()?.to
    }

    /// A member unit's place at the covenant signing: its mark there, else absent (with the
    /// roll call's reason) when the roll call had it absent as the signing `ended`
    /// ([`Record::signing_ended`], worked out once by the caller; `None`: now), else not
    /// marked yet. A unit absent at the roll call need not be marked again at the signing.
    pub fn signing(&self, unit: &str, ended: Option<NaiveDateTime>) -> Option<Signing> {
        self.covenant.status(unit).cloned().or_else(|| {
            let absent = self.attendance.presence_as_of(unit, ended).filter(|p| !p.present)?;
            Some(Signing::Absent { reason: absent.reason.clone() })
        })
    }

    /// Where the signing stands, each unit's place as [`Record::signing`] gives it, those
    /// not signing by what the roll call says of them ([`Record::not_signing`]).
    pub fn signing_count(&self, conference: &Conference) -> SigningCount {
        let ended = self.signing_ended(conference);
        SigningCount::of(conference, |unit| self.signing(unit, ended), |unit| self.not_signing(unit, ended))
    }

    /// What the roll call says of a unit not signing, as the signing ended (now, if it has
    /// not): away, present (it declined), or nothing (never called).
    pub fn not_signing(&self, unit: &str, ended: Option<NaiveDateTime>) -> crate::covenant::NotSigning {
        crate::covenant::NotSigning::from_presence(
            self.attendance.presence_as_of(unit, ended).map(|p| p.present),
        )
    }

    /// When the conference got under way: the first agenda item begun after the roll call
    /// began (the roll call is often taken during the opening item, or after it). A unit
    /// first called from then on came late; the quorum is judged then.
    pub fn under_way(&self) -> Option<NaiveDateTime> {
        let roll_call = self.attendance.log.iter().map(|c| c.at).min()?;
        let starts = self.items.iter().flat_map(|item| item.spans.iter().map(|s| s.from));
        starts.filter(|&from| from > roll_call).min()
    }

    /// Since when `unit` has been gone, having attended (`None`: present, absent throughout or
    /// not called). What the roll call's delegate field and its note go by; a view drawing a row
    /// a unit works `under_way` out once and asks [`Record::stay`].
    pub fn gone_since(&self, unit: &str) -> Option<NaiveDateTime> {
        self.stay(unit, self.under_way()).gone_since()
    }

    /// The member units that came while `poll` was open (after it opened, before its voting
    /// ended: [`Poll::voting_ended_at`], a correction after it not counted), in the file's
    /// order: not part of it, and said so beside it.
    ///
    /// [`Poll::voting_ended_at`]: crate::poll::Poll::voting_ended_at
    pub fn came_during(&self, conference: &Conference, poll: &crate::poll::Poll) -> Vec<String> {
        let closed = poll.voting_ended_at();
        let during = |t: NaiveDateTime| poll.opened_at <= t && closed.is_none_or(|c| t <= c);
        // One pass over the roll call's log, then the units in the file's order.
        let log = &self.attendance.log;
        let came: std::collections::HashSet<&str> =
            log.iter().filter(|c| c.presence.present && during(c.at)).map(|c| c.unit.as_str()).collect();
        // A unit counted in a re-vote (its units present taken anew) took part.
        let voted = |id: &String| {
            poll.present.contains(id)
                || poll.rounds.iter().any(|r| r.present.as_ref().is_some_and(|p| p.contains(id)))
        };
        let units = conference.units.iter().filter(|u| came.contains(u.id.as_str()) && !voted(&u.id));
        units.map(|u| u.id.clone()).collect()
    }

    /// A member unit's attendance over the conference. A presence that ended before anything
    /// happened with the unit there (a vote counting it, an agenda item beginning) is taken as
    /// a slip at the roll call, corrected: "all present", then one marked absent; so is an
    /// absence put right within the minute before anything happened (v for c).
    /// A unit first called once the conference was `under_way` ([`Record::under_way`], worked
    /// out once by the caller for a list of units), or absent and then present after the first
    /// item began, came late.
    ///
    /// Marked present or absent after the conference ended, a unit is put right as it should
    /// have been called: so it was throughout, not a unit coming or going after the end (a
    /// trial's biên bản had one "leave before the end" five minutes after it; the audit trail
    /// lists the correction). A reason or a delegate corrected then keeps its comings and goings.
    /// But where the record shows how the unit was then, its stay is as it stood at the end
    /// and the audit trail lists the change ([`Record::kept_as_at_the_end`]): a unit that took
    /// part marked absent (a trial's biên bản had one "absent" that voted, spoke and signed),
    /// or one left out of a vote's count marked present (another had one present "6/6" beside
    /// votes of 5/6 and its absence at the signing).
    pub fn stay(&self, unit: &str, under_way: Option<NaiveDateTime>) -> crate::attendance::Stay {
        use crate::attendance::Stay;
        if let Some(now) = self.put_right_after_the_end(unit) {
            return match now.present {
                true => Stay::Attended { came: None, late_reason: String::new(), away: Vec::new() },
                false => Stay::Absent(now.reason.clone()),
            };
        }
        let at_the_end;
        let attendance = match self.finished_at.filter(|_| self.kept_as_at_the_end(unit)) {
            Some(end) => {
                at_the_end = self.attendance.as_of(end);
                &at_the_end
            }
            None => &self.attendance,
        };
        attendance.stay(unit, self.started_at, under_way, |from, to, present| {
            let during = |t: NaiveDateTime| from <= t && t <= to;
            // Present, a vote that counted it; absent, any vote (it could not take part). A
            // vote begins at its opening, and a re-vote whose units present were taken anew
            // when they were.
            let counts = |at: NaiveDateTime, list: &[String]| {
                during(at) && (!present || list.iter().any(|u| u == unit))
            };
            let voted = self.polls.iter().any(|p| {
                counts(p.opened_at, &p.present)
                    || p.rounds
                        .iter()
                        .any(|r| r.present.as_deref().is_some_and(|list| counts(r.opened_at, list)))
            });
            voted || self.items.iter().flat_map(|i| &i.spans).any(|s| from < s.from && s.from <= to)
        })
    }

    /// Whether `unit` was present at `at`, as the minutes tell it: one put right after the end
    /// (see [`Record::stay`]) was as it is now throughout.
    pub fn present_at(&self, unit: &str, at: NaiveDateTime) -> bool {
        match self.put_right_after_the_end(unit) {
            Some(now) => now.present,
            None => self.attendance.presence_at(unit, at).is_some_and(|p| p.present),
        }
    }

    /// `unit`'s presence now, if it was changed between present and absent after the
    /// conference ended, and is to be read as how it should have been called (unless the
    /// record shows otherwise: see [`Record::stay`]).
    fn put_right_after_the_end(&self, unit: &str) -> Option<&crate::attendance::Presence> {
        let end = self.finished_at?;
        let now = self.attendance.presence(unit)?;
        let changed = self.attendance.presence_at(unit, end).map(|p| p.present) != Some(now.present);
        (changed && !self.kept_as_at_the_end(unit)).then_some(now)
    }

    /// Whether a change of `unit` between present and absent made after the end is to leave
    /// its stay as it stood at the end, the record showing how it was then: marked absent,
    /// a unit that took part (counted present at a vote, a comment of its own, the covenant
    /// signed); marked present, one the record has absent (left out of a vote's count, absent
    /// at the covenant's signing).
    fn kept_as_at_the_end(&self, unit: &str) -> bool {
        let Some(end) = self.finished_at else { return false };
        let Some(at_end) = self.attendance.presence_at(unit, end).map(|p| p.present) else { return false };
        if at_end == self.attendance.is_present(unit) {
            return false;
        }
        let counted = |p: &crate::poll::Poll| p.present.iter().any(|u| u == unit);
        let signing = self.covenant.signing.get(unit);
        if at_end {
            let spoke = self.comments.of_unit(unit).any(|c| c.deleted_at.is_none());
            let signed = matches!(signing, Some(crate::covenant::Signing::Signed { .. }));
            self.polls.iter().any(counted) || spoke || signed
        } else {
            let left_out = self.polls.iter().any(|p| p.opened_at <= end && !counted(p));
            left_out || matches!(signing, Some(crate::covenant::Signing::Absent { .. }))
        }
    }

    /// The candidates of election `item` already elected by another election of this
    /// conference (a Khối trưởng standing for Khối phó, say), each with that item: the one
    /// unit should not hold both. Nominations for awards are not elections here.
    pub fn elected_elsewhere(&self, conference: &Conference, item: usize) -> Vec<(String, usize)> {
        let is_election = |i: usize| conference.agenda.get(i).is_some_and(|a| a.kind == ItemKind::Election);
        let Some(Subject::Office { candidates, .. }) =
            conference.agenda.get(item).and_then(|a| a.vote.as_ref()).map(|v| &v.subject)
        else {
            return Vec::new();
        };
        if !is_election(item) {
            return Vec::new();
        }
        let others: Vec<(Vec<String>, usize)> = (self.polls.iter())
            .filter(|p| p.item != item && is_election(p.item))
            .map(|p| (p.selected(), p.item))
            .collect();
        (candidates.iter())
            .filter_map(|c| {
                others.iter().find(|(chosen, _)| chosen.contains(c)).map(|(_, at)| (c.clone(), *at))
            })
            .collect()
    }

    /// Whether agenda item `index` was held (or is being held) without the vote it was for:
    /// passed over with n, say. The vote can still be opened.
    pub fn held_without_vote(&self, conference: &Conference, index: usize) -> bool {
        let planned = conference.agenda.get(index).is_some_and(|a| a.vote.is_some());
        planned && self.held(index) && self.poll(index).is_none()
    }

    /// Whether anything is recorded on agenda item `index` beyond its times: a note, a
    /// comment, a vote, an award, the scores (on the scoring item) or the signing (on the
    /// covenant's). The biên bản prints such an item's record even if it was never taken up,
    /// so it is not "not held".
    pub fn records_on(&self, conference: &Conference, index: usize) -> bool {
        self.items.get(index).is_some_and(|r| !r.note.trim().is_empty())
            || self.comments.of_item(index).next().is_some()
            || self.poll(index).is_some()
            || self.awards.of_item(index).next().is_some()
            || (conference.first_of(ItemKind::Scoring) == Some(index) && !self.scores.units.is_empty())
            || (conference.first_of(ItemKind::Covenant) == Some(index) && !self.covenant.is_empty())
    }

    /// Whether agenda item `index` was held or is being held: current, or done. An item gone
    /// back from (pending again) or skipped was not, whatever stretches it has.
    pub fn held(&self, index: usize) -> bool {
        self.current == Some(index) || self.items.get(index).is_some_and(|i| i.state == ItemState::Done)
    }

    /// Who chaired: as recorded at the conference, else the file's chair.
    pub fn chair<'a>(&'a self, conference: &'a Conference) -> &'a crate::conference::Person {
        self.chair.as_ref().unwrap_or(&conference.chair)
    }

    /// Records who chaired (the file's chair again: nothing recorded). Returns whether it
    /// changed.
    pub fn set_chair(&mut self, conference: &Conference, chair: crate::conference::Person) -> bool {
        let chair = Some(chair).filter(|c| *c != conference.chair);
        if self.chair == chair {
            return false;
        }
        self.chair = chair;
        true
    }

    /// Whether agenda item `index` was going on at `at`.
    pub fn going_on_at(&self, index: usize, at: NaiveDateTime) -> bool {
        let spans = self.items.get(index).map(|i| i.spans.as_slice()).unwrap_or_default();
        spans.iter().any(|s| s.from <= at && s.to.is_none_or(|to| at <= to))
    }

    /// The poll of an agenda item, once opened.
    pub fn poll(&self, item: usize) -> Option<&Poll> {
        self.polls.iter().find(|p| p.item == item)
    }

    pub fn poll_mut(&mut self, item: usize) -> Option<&mut Poll> {
        self.polls.iter_mut().find(|p| p.item == item)
    }

    /// Whether this record can belong to `conference` (a hand-edited or damaged minutes file
    /// may not): the path of the first field that does not fit, and why.
    pub fn check(&self, conference: &Conference) -> Option<(String, crate::ronfile::Problem)> {
        use crate::ronfile::Problem;
        let (items, agenda) = (self.items.len(), conference.agenda.len());
        if items != agenda {
            return Some(("items".into(), Problem::RecordItems { record: items, agenda }));
        }
        let current_ok = |i: usize| self.items[i].state == ItemState::Current;
        match self.current {
            Some(i) if i >= items || !current_ok(i) => {
                return Some(("current".into(), Problem::BadCurrent(i + 1)));
            }
            _ => {}
        }
        let stray =
            (0..items).find(|&i| self.items[i].state == ItemState::Current && self.current != Some(i));
        if let Some(i) = stray {
            return Some((format!("items[{i}].state"), Problem::BadCurrent(i + 1)));
        }
        if let Some(path) =
            self.unknown_unit(conference).map(|(path, id)| (path, Problem::UnknownUnit(id.to_string())))
        {
            return Some(path);
        }
        self.polls.iter().enumerate().find_map(|(i, poll)| {
            let at = |field: &str| format!("polls[{i}].{field}");
            let is_vote = conference.agenda.get(poll.item).is_some_and(|item| item.vote.is_some());
            if !is_vote {
                return Some((at("item"), Problem::BadPollItem(poll.item + 1)));
            }
            let (field, round) = poll.disagreement()?;
            Some((at(&field), Problem::PollDisagrees { item: poll.item + 1, round }))
        })
    }

    /// The first unit id the record names that the conference does not have (a hand-edited
    /// file): where, and the id.
    fn unknown_unit(&self, conference: &Conference) -> Option<(String, &str)> {
        let c = conference;
        first_unknown(c, || "attendance.units".into(), keys(&self.attendance.units))
            .or_else(|| {
                let mut comments = self.comments.all().iter().enumerate();
                comments
                    .find_map(|(i, m)| first_unknown(c, || format!("comments[{i}].unit"), [m.unit.as_str()]))
            })
            .or_else(|| self.polls.iter().enumerate().find_map(|(i, poll)| unknown_in_poll(c, i, poll)))
            .or_else(|| {
                let mut awards = self.awards.0.iter().enumerate();
                awards.find_map(|(i, a)| {
                    let units = a.recipients.iter().filter_map(crate::conference::Recipient::unit);
                    first_unknown(c, || format!("awards[{i}].recipients"), units)
                })
            })
            .or_else(|| first_unknown(c, || "scores.units".into(), keys(&self.scores.units)))
            .or_else(|| first_unknown(c, || "covenant.signing".into(), keys(&self.covenant.signing)))
            .or_else(|| first_unknown(c, || "covenant.presiding".into(), self.covenant.presiding.as_deref()))
    }

    /// Adopts the minutes: the current item ends, the conference ends now if it had not or
    /// had ended before (the minutes are adopted at the conference: its end is not earlier),
    /// and the record is final from now on (changes leave an audit entry).
    pub fn adopt(&mut self, now: NaiveDateTime) {
        self.leave(ItemState::Done, now);
        if self.started_at.is_some() && self.finished_at.is_none_or(|end| end < now) {
            self.finished_at = Some(now);
        }
        self.adopted_at = Some(now);
    }

    /// The day the conference was held: the day it started, else (not yet started) the day
    /// its file plans.
    pub fn held_on(&self, conference: &Conference) -> chrono::NaiveDate {
        self.started_at.map_or(conference.date, |t| t.date())
    }

    /// Member units not yet called at the roll call.
    pub fn uncalled(&self, conference: &Conference) -> usize {
        self.attendance.uncalled(&conference.units).count()
    }

    /// What adopting the minutes now would leave undone, for the question that asks.
    pub fn unfinished(&self, conference: &Conference) -> Unfinished {
        Unfinished {
            uncalled: self.uncalled(conference),
            // An item with something recorded on it (a vote opened from the agenda, an award
            // entered early) was held, if not started: the biên bản prints its record.
            not_held: (self.items.iter().enumerate())
                .filter(|(i, item)| {
                    item.state == ItemState::Pending
                        && self.current != Some(*i)
                        && !self.records_on(conference, *i)
                })
                .map(|(i, _)| i)
                .collect(),
            // Held (or being held) without the vote it was for: passed over with n, say.
            votes_not_held: (0..self.items.len())
                .filter(|&i| self.held_without_vote(conference, i))
                .collect(),
            open_polls: {
                let mut items: Vec<usize> = (self.polls.iter())
                    .filter(|p| p.open_round().is_some() || p.needs_chair_decision())
                    .map(|p| p.item)
                    .collect();
                items.sort_unstable();
                items
            },
            scores_not_recorded: (conference.first_of(ItemKind::Scoring))
                .filter(|&i| self.scores.units.is_empty() && self.held(i)),
            unscored: (conference.first_of(ItemKind::Scoring))
                .filter(|_| !self.scores.units.is_empty())
                .map(|i| {
                    let scored =
                        |id: &str| self.scores.get(id).is_some_and(|s| s.score(conference).is_some());
                    (i, conference.units.iter().filter(|u| !scored(&u.id)).count())
                })
                .filter(|&(_, n)| n > 0),
            signing_not_recorded: (conference.first_of(ItemKind::Covenant))
                .filter(|&i| self.covenant.signing.is_empty() && self.held(i)),
            unsigned: (conference.first_of(ItemKind::Covenant))
                .filter(|_| !self.covenant.signing.is_empty())
                .map(|i| {
                    (i, conference.units.iter().filter(|u| self.covenant.status(&u.id).is_none()).count())
                })
                .filter(|&(_, n)| n > 0),
            unanswered: {
                let mut items: Vec<usize> =
                    self.comments.live().filter(|c| c.response.is_none()).map(|c| c.item).collect();
                items.sort_unstable();
                items
            },
        }
    }

    /// Notes a change made after adoption; the same change again within the minute (each vote
    /// of a show of hands, say) is not noted twice.
    pub fn audit_if_adopted(&mut self, change: Change, now: NaiveDateTime) {
        if self.adopted_at.is_none() {
            return;
        }
        let repeated =
            self.audit.last().is_some_and(|last| last.change == change && same_minute(last.at, now));
        if !repeated {
            self.audit.push(AuditEntry { at: now, change });
        }
    }

    /// Seconds the item has been current, all spans together, up to `now`.
    pub fn elapsed(&self, index: usize, now: NaiveDateTime) -> i64 {
        self.items.get(index).map_or(0, |item| {
            item.spans.iter().map(|s| (s.to.unwrap_or(now) - s.from).num_seconds().max(0)).sum()
        })
    }

    /// When the item first started and last ended.
    pub fn actual_times(&self, index: usize) -> (Option<NaiveDateTime>, Option<NaiveDateTime>) {
        let spans = self.items.get(index).map(|i| i.spans.as_slice()).unwrap_or_default();
        (spans.first().map(|s| s.from), spans.last().and_then(|s| s.to))
    }

    /// Leaves the current item in `state` and makes `index` current.
    fn enter(&mut self, index: usize, leave_as: ItemState, now: NaiveDateTime) {
        self.leave(leave_as, now);
        self.started_at.get_or_insert(now);
        self.finished_at = None;
        let item = &mut self.items[index];
        item.state = ItemState::Current;
        item.spans.push(Span { from: now, to: None });
        self.current = Some(index);
    }

    fn leave(&mut self, state: ItemState, now: NaiveDateTime) {
        if let Some(i) = self.current.take() {
            let item = &mut self.items[i];
            if let Some(span) = item.spans.last_mut().filter(|s| s.to.is_none()) {
                span.to = Some(now);
            }
            item.state = state;
        }
    }

    /// The next item to hold after `from`: the first pending one after it, else the first
    /// pending one before it (an item passed over by a jump).
    fn next_pending(&self, from: Option<usize>) -> Option<usize> {
        let start = from.map_or(0, |i| i + 1);
        let pending = |i: &usize| self.items[*i].state == ItemState::Pending;
        (start..self.items.len()).find(pending).or_else(|| (0..start).find(pending))
    }

    /// Finishes the current item and starts the next pending one; after the last, the
    /// conference is finished.
    pub fn advance(&mut self, now: NaiveDateTime) -> Moved {
        self.finish_current_and_move(ItemState::Done, now)
    }

    /// Skips the current item (it did not take place) and starts the next pending one.
    pub fn skip_current(&mut self, now: NaiveDateTime) -> Moved {
        self.finish_current_and_move(ItemState::Skipped, now)
    }

    fn finish_current_and_move(&mut self, leave_as: ItemState, now: NaiveDateTime) -> Moved {
        if self.has_ended() {
            return Moved::Ended;
        }
        let from = self.current;
        // The current item no longer counts as pending when looking for the next one.
        if let Some(i) = from {
            self.items[i].state = leave_as;
        }
        match self.next_pending(from) {
            Some(next) => {
                self.enter(next, leave_as, now);
                Moved::To(next)
            }
            None => {
                self.leave(leave_as, now);
                if self.started_at.is_some() {
                    self.finished_at = Some(now);
                }
                Moved::Finished
            }
        }
    }

    /// Goes back to the item before the current one (or, once finished, to the last item).
    /// The item left returns to pending: it was not finished, only interrupted.
    pub fn back(&mut self, now: NaiveDateTime) -> Moved {
        let Some(target) = self.back_target() else { return Moved::AtStart };
        self.enter(target, ItemState::Pending, now);
        Moved::To(target)
    }

    /// Where `back` goes: the item before the current one; once finished, the item held
    /// last (the last of the agenda when every item was held, an earlier one when the minutes
    /// were adopted before the end); `None` at the start.
    pub fn back_target(&self) -> Option<usize> {
        match self.current {
            Some(i) => i.checked_sub(1),
            None if self.finished_at.is_some() => self
                .items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| Some((item.spans.last()?.from, i)))
                .max()
                .map(|(_, i)| i)
                .or(self.items.len().checked_sub(1)),
            None => None,
        }
    }

    /// The conference has ended: no item is being held and it was finished.
    pub fn has_ended(&self) -> bool {
        self.current.is_none() && self.finished_at.is_some()
    }

    /// Where `advance` goes: the next item to hold, `None` if it finishes the conference.
    pub fn next_to_hold(&self) -> Option<usize> {
        self.next_pending(self.current)
    }

    /// Makes any item current, leaving the current one done.
    pub fn jump_to(&mut self, index: usize, now: NaiveDateTime) -> Moved {
        if self.current == Some(index) || index >= self.items.len() {
            return Moved::Stayed;
        }
        self.enter(index, ItemState::Done, now);
        Moved::To(index)
    }

    /// Marks a pending item skipped, or a skipped one pending again. Done and current items
    /// are not touched (the current one is skipped with `skip_current`).
    pub fn toggle_skip(&mut self, index: usize) -> Option<ItemState> {
        let item = self.items.get_mut(index)?;
        item.state = match item.state {
            ItemState::Pending => ItemState::Skipped,
            ItemState::Skipped => ItemState::Pending,
            _ => return None,
        };
        Some(item.state)
    }

    /// When the plan says the conference starts: on the file's day, the planned clock time.
    /// Held on another day (a rehearsal, a conference put off), the plan's clock time means
    /// nothing there, so the plan runs from when it started (or from now, before).
    pub fn planned_start(&self, conference: &Conference, now: NaiveDateTime) -> NaiveDateTime {
        let held = self.started_at.unwrap_or(now);
        if held.date() == conference.date { held.date().and_time(conference.start) } else { held }
    }

    /// The end the plan gives: planned start plus every item's planned minutes.
    pub fn planned_end(&self, conference: &Conference, now: NaiveDateTime) -> NaiveDateTime {
        self.planned_start(conference, now)
            + chrono::Duration::minutes(i64::from(conference.planned_minutes()))
    }

    /// When the conference should end: now plus what remains of the current item and every
    /// pending item, as planned. Before it starts, from the planned start (or now, if later).
    pub fn expected_end(&self, conference: &Conference, now: NaiveDateTime) -> NaiveDateTime {
        if let Some(end) = self.finished_at {
            return end;
        }
        let mut remaining: i64 = 0;
        for (i, (plan, item)) in conference.agenda.iter().zip(&self.items).enumerate() {
            let planned = i64::from(plan.minutes) * 60;
            remaining += match item.state {
                ItemState::Pending => planned,
                ItemState::Current => (planned - self.elapsed(i, now)).max(0),
                ItemState::Done | ItemState::Skipped => 0,
            };
        }
        let from = match self.started_at {
            Some(_) => now,
            None => now.max(self.planned_start(conference, now)),
        };
        from + chrono::Duration::seconds(remaining)
    }
}

/// The first of `ids` that is not one of the conference's units, with its place in the
/// record (built only then: a large record names tens of thousands of ids).
fn first_unknown<'a>(
    conference: &Conference,
    place: impl FnOnce() -> String,
    ids: impl IntoIterator<Item = &'a str>,
) -> Option<(String, &'a str)> {
    ids.into_iter().find(|id| conference.unit(id).is_none()).map(|id| (place(), id))
}

fn keys<V>(map: &BTreeMap<String, V>) -> impl Iterator<Item = &str> {
    map.keys().map(String::as_str)
}

/// A poll's present units, then each round's candidates, votes and marks.
fn unknown_in_poll<'a>(c: &Conference, i: usize, poll: &'a Poll) -> Option<(String, &'a str)> {
    let as_strs = |list: &'a [String]| list.iter().map(String::as_str);
    first_unknown(c, || format!("polls[{i}].present"), as_strs(&poll.present)).or_else(|| {
        poll.rounds.iter().enumerate().find_map(|(r, round)| {
            let at = |field: &str| format!("polls[{i}].rounds[{r}].{field}");
            let present = round.present.as_deref().unwrap_or_default();
            first_unknown(c, || at("present"), as_strs(present))
                .or_else(|| first_unknown(c, || at("candidates"), as_strs(&round.candidates)))
                .or_else(|| first_unknown(c, || at("votes"), keys(&round.votes)))
                .or_else(|| first_unknown(c, || at("marks"), keys(&round.marks)))
        })
    })
}
