//! One vote of the conference, as it happens: a motion (biểu quyết thông qua) or an election or
//! nomination for an office (bầu Khối trưởng, suy tôn Cờ thi đua), by show of hands or by
//! secret ballot, round after round, with the chair's decision after the last tied round and
//! every correction made after closing.
//!
//! Owns the poll's saved shape (it goes into the minutes file as it is, so field names are
//! part of the file format), the rules of casting and counting, the consistency checks of
//! secret-ballot figures, the live tally and the result. It takes its rules from the
//! conference file (`Conference::rules_for`) at opening and keeps a copy, so a later edit of
//! the file cannot change a vote already held.
//!
//! The fields are public so that views and the minutes can read them; they change only
//! through the methods here, which keep the invariants (one vote per unit per round, only
//! present units vote, no unit choice for a secret ballot, every round and every correction
//! kept). Nothing here panics on a hand-edited file either: a poll without rounds is simply
//! closed.
//!
//! What it must not do: no I/O, no clock (every time is a `now` parameter), no floating point
//! anywhere (results are decided by `Threshold::is_met`, an integer comparison, and even the
//! displayed percentages are integer hundredths), no panics (no `unwrap`, no indexing).

mod ballots;
mod close;
mod places;
mod tally;

pub use ballots::{BallotEntry, BallotError, Ballots};
pub use close::{ChairError, CloseError, CorrectionError, PollResult};
pub use tally::{Percent, Tally, TallyRow};

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use crate::conference::{Conference, Method, Rules, Subject, Threshold};

/// What one member unit votes, or what one line of a secret-ballot count is for.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Choice {
    /// A candidate unit (by id) of an election or nomination.
    Candidate(String),
    /// Tán thành (a motion).
    For,
    /// Không tán thành (a motion).
    Against,
    /// Không biểu quyết: counted in the base "present", never for anyone (motion or election).
    Abstain,
}

/// A poll: one vote agenda item, from opening to its result and any later corrections.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Poll {
    /// Index of the agenda item in `Conference::agenda`.
    pub item: usize,
    /// Copied at opening.
    pub subject: Subject,
    pub method: Method,
    /// Resolved at opening (the vote's own rules over the conference's).
    pub rules: Rules,
    /// All member units of the bloc: the quorum is always counted against them.
    pub members: u32,
    /// Member units present when the poll opened, in the conference file's order. Only they
    /// vote in round 1, and in every re-vote that has no list of its own (`Round::present`).
    pub present: Vec<String>,
    pub opened_at: NaiveDateTime,
    /// Every round, in order; never empty after `open`. A round is only ever dropped when it
    /// is an untouched re-vote set aside by a correction, and then it is kept in that
    /// correction.
    pub rounds: Vec<Round>,
    /// The chair's decision of a tie that remained after the last allowed round.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chair_decision: Option<ChairDecision>,
    /// Changes after closing (audit entries), oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
    /// Copied at opening from the vote: the first unit this nomination chooses is the proposed
    /// next Khối trưởng (`Poll::proposed_head`).
    #[serde(default, skip_serializing_if = "is_false")]
    pub nominee_becomes_head: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn one() -> u32 {
    1
}

fn is_one(n: &u32) -> bool {
    *n == 1
}

/// One round of voting. Round 1 has all the candidates; a re-vote (bầu lại) only the tied ones.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Round {
    /// 1-based.
    pub number: u32,
    pub opened_at: NaiveDateTime,
    /// A re-vote's member units present, taken anew when its voting began (units had come or
    /// gone since the poll opened), in the conference file's order; only they vote in it.
    /// `None`: the poll's (`Poll::present`), always so for round 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub present: Option<Vec<String>>,
    /// Candidate unit ids of this round, in the file's order (empty for a motion).
    pub candidates: Vec<String>,
    /// How many units this round chooses: the office's places in round 1, the places still
    /// open in a re-vote. With one place each unit votes one choice (`votes`); with several it
    /// marks up to that many candidates (`marks`).
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub places: u32,
    /// Show of hands: each unit's current choice. Always empty for a secret ballot: no unit's
    /// choice is ever stored for one. Empty too for a round of several places (`marks`).
    pub votes: BTreeMap<String, Choice>,
    /// Show of hands, several places: the candidates each unit voted for, in the round's
    /// order, at most `places` of them; an empty list is a unit that voted for none (không
    /// biểu quyết). Never used for a secret ballot or a round of one place.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub marks: BTreeMap<String, Vec<String>>,
    /// Show of hands: every cast, change and withdrawal, in order.
    pub log: Vec<VoteChange>,
    /// Secret ballot: the figures in force.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ballots: Option<Ballots>,
    /// Secret ballot: every set of figures accepted, with its time (the last is `ballots`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ballots_log: Vec<BallotEntry>,
    pub closed_at: Option<NaiveDateTime>,
    /// With one place, what the round gave. With several, `Tie` when the last places are tied
    /// (a re-vote among the tied for the places left follows), else `Elected` naming the first
    /// of `selected`, or `NotElected` when it chose none: read `selected` for every unit chosen.
    pub outcome: Option<Outcome>,
    /// A closed round of several places: the units it chose, most votes first (the file's
    /// order among equals). Empty for a round of one place, whose `outcome` names its winner.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub selected: Vec<String>,
}

/// One line of a round's log: `from: None` is a first cast, `to: None` a withdrawal. In a round
/// of several places each line is one candidate marked (`from: None`) or unmarked (`to:
/// None`), or a unit voting for none (`Abstain`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteChange {
    pub at: NaiveDateTime,
    pub unit: String,
    pub from: Option<Choice>,
    pub to: Option<Choice>,
}

/// The result of one closed round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    /// A motion: "tán thành" met the threshold.
    Passed,
    /// A motion: it did not.
    Rejected,
    /// An office: the single top candidate met the threshold (trúng cử). With several places:
    /// the first unit the round chose (`Round::selected` has them all).
    Elected(String),
    /// An office: the single top candidate did not meet the threshold, or nobody got a vote.
    NotElected,
    /// An office: two or more candidates share the top count (in round order); with several
    /// places, those tied for the last places. A re-vote among them follows, or, after the
    /// last allowed round, the chair decides.
    Tie(Vec<String>),
}

/// The chair's decision of a tie left after the last allowed round; the minutes say so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChairDecision {
    pub at: NaiveDateTime,
    /// One of the tied candidates, or none (the chair decided that nobody is elected).
    pub elected: Option<String>,
    pub reason: String,
    /// With several places still open: the other tied candidates the chair chose, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<String>,
}

impl ChairDecision {
    /// Every unit the chair chose, in order: the one elected, then the others.
    pub fn chosen(&self) -> Vec<String> {
        let mut out: Vec<String> = self.elected.iter().chain(&self.also).cloned().collect();
        out.dedup();
        out
    }
}

/// An audit entry: what a closed round was before it was changed, when and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    pub at: NaiveDateTime,
    pub reason: String,
    pub kind: CorrectionKind,
    /// Number of the round changed.
    pub round: u32,
    /// A full copy of that round before the change.
    pub before: Round,
    /// The chair's decision that the change set aside, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chair_decision: Option<ChairDecision>,
    /// The untouched re-vote round the change made pointless, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub removed_round: Option<Round>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CorrectionKind {
    /// The round was opened again (`Poll::reopen`).
    Reopened,
    /// The round's secret-ballot figures were changed (`Poll::correct_ballots`).
    BallotsCorrected,
}

/// Why a poll cannot open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum OpenError {
    NoSuchItem(usize),
    /// The agenda item holds no vote.
    NotAVote,
    /// An id in the present list is not a member unit (guests never vote).
    UnknownUnit(String),
    /// Too few member units present: `needed` is the fewest that meet the quorum.
    NoQuorum {
        present: u32,
        members: u32,
        needed: u32,
    },
}

/// Why a show-of-hands vote was refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum VoteError {
    /// Absent, or not a member unit.
    NotPresent(String),
    /// Not a candidate of the open round.
    NotACandidate(String),
    /// For/Against in an election, or a candidate on a motion.
    WrongKind(Choice),
    /// A unit marked as many candidates as there are places already.
    TooManyMarks { places: u32 },
    /// No round is open.
    Closed,
    /// Unit choices are never entered for a secret ballot.
    SecretBallot,
}

/// Saturating `usize` to `u32`: counts of units never come near the limit.
pub(crate) fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A reason as stored: trimmed, NFC; `None` if blank.
pub(crate) fn clean_reason(reason: &str) -> Option<String> {
    let reason = reason.trim();
    (!reason.is_empty()).then(|| reason.nfc().collect())
}

impl Round {
    fn new(number: u32, candidates: Vec<String>, places: u32, now: NaiveDateTime) -> Round {
        Round {
            number,
            opened_at: now,
            present: None,
            candidates,
            places,
            votes: BTreeMap::new(),
            marks: BTreeMap::new(),
            log: Vec::new(),
            ballots: None,
            ballots_log: Vec::new(),
            closed_at: None,
            outcome: None,
            selected: Vec::new(),
        }
    }

    pub fn is_open(&self) -> bool {
        self.closed_at.is_none()
    }

    /// Nothing was ever entered in it (no vote, not even a withdrawn one; no figures).
    pub fn is_untouched(&self) -> bool {
        self.log.is_empty() && self.holds_nothing()
    }

    /// No vote or mark is in it now (any typed were withdrawn) and no ballot figure was typed.
    pub fn holds_nothing(&self) -> bool {
        self.votes.is_empty() && self.marks.is_empty() && self.ballots_log.is_empty()
    }

    /// Whether each unit marks several candidates in this round.
    pub fn has_places(&self) -> bool {
        self.places > 1
    }

    /// Show of hands: whether `unit` has voted in this round (for none counts).
    pub fn has_voted(&self, unit: &str) -> bool {
        self.votes.contains_key(unit) || self.marks.contains_key(unit)
    }

    /// Show of hands: what `unit` voted in this round: one choice, the candidates it marked,
    /// `[Abstain]` for a unit that voted for none, nothing before it votes.
    pub fn choices_of(&self, unit: &str) -> Vec<Choice> {
        if let Some(choice) = self.votes.get(unit) {
            return vec![choice.clone()];
        }
        match self.marks.get(unit) {
            Some(marked) if marked.is_empty() => vec![Choice::Abstain],
            Some(marked) => marked.iter().cloned().map(Choice::Candidate).collect(),
            None => Vec::new(),
        }
    }
}

impl Poll {
    /// Opens the poll of agenda item `item` with the member units `present` at `now`, and its
    /// round 1. The present list is put in the conference's order; duplicates are ignored.
    pub fn open(
        conference: &Conference,
        item: usize,
        present: Vec<String>,
        now: NaiveDateTime,
    ) -> Result<Poll, OpenError> {
        let agenda_item = conference.agenda.get(item).ok_or(OpenError::NoSuchItem(item))?;
        let vote = agenda_item.vote.as_ref().ok_or(OpenError::NotAVote)?;
        if let Some(stranger) = present.iter().find(|id| conference.unit(id).is_none()) {
            return Err(OpenError::UnknownUnit(stranger.clone()));
        }
        let present = in_file_order(conference, &present);
        let rules = conference.rules_for(vote);
        let members = count(conference.units.len());
        quorum_of(rules.quorum, &present, members)?;
        let candidates = match &vote.subject {
            Subject::Office { candidates, .. } => candidates.clone(),
            Subject::Motion(_) => Vec::new(),
        };
        let places = vote.subject.places();
        Ok(Poll {
            item,
            subject: vote.subject.clone(),
            method: vote.method,
            rules,
            members,
            present,
            opened_at: now,
            rounds: vec![Round::new(1, candidates, places, now)],
            chair_decision: None,
            corrections: Vec::new(),
            nominee_becomes_head: vote.nominee_becomes_head,
        })
    }

    pub fn is_motion(&self) -> bool {
        matches!(self.subject, Subject::Motion(_))
    }

    /// The member units present for `round`: its own list (a re-vote's, taken when its voting
    /// began), else those present when the poll opened.
    pub fn present_in<'a>(&'a self, round: &'a Round) -> &'a [String] {
        round.present.as_deref().unwrap_or(&self.present)
    }

    /// The member units present for the current round: those who vote in it.
    pub fn voters(&self) -> &[String] {
        self.current_round().map_or(&self.present, |r| self.present_in(r))
    }

    /// Takes the member units `present` anew for the open re-vote while nobody has voted in it
    /// (it opened as the round before closed; its voting begins now), in the conference's
    /// order, its opening moved to `now`. Refused, nothing changed, without a quorum. Returns
    /// whether the list changed; round 1 and a re-vote with a vote in it are left as they are.
    pub fn retake_presence(
        &mut self,
        conference: &Conference,
        present: &[String],
        now: NaiveDateTime,
    ) -> Result<bool, OpenError> {
        let members = self.members;
        let quorum = self.rules.quorum;
        let poll_present = &self.present;
        let Some(round) = self.rounds.last_mut().filter(|r| r.number > 1 && r.is_open() && r.is_untouched())
        else {
            return Ok(false);
        };
        let here_now = in_file_order(conference, present);
        quorum_of(quorum, &here_now, members)?;
        let before = round.present.as_ref().unwrap_or(poll_present);
        if *before == here_now {
            return Ok(false);
        }
        round.present = (here_now != *poll_present).then_some(here_now);
        // Its voting begins now: the roll call's changes before this are before the vote.
        round.opened_at = now;
        Ok(true)
    }

    /// The last round: the one open, or the one that decided.
    pub fn current_round(&self) -> Option<&Round> {
        self.rounds.last()
    }

    /// Opened and nothing more: one round, open, without a vote, a mark, a ballot figure or a
    /// correction, now or before.
    pub fn untouched(&self) -> bool {
        self.corrections.is_empty()
            && matches!(self.rounds.as_slice(), [r] if r.is_open() && r.is_untouched())
    }

    /// Opened, and nothing in it now: as [`Poll::untouched`], but votes typed and withdrawn
    /// (a slip on a vote opened on the wrong item, say) do not count.
    pub fn holds_nothing(&self) -> bool {
        self.corrections.is_empty()
            && matches!(self.rounds.as_slice(), [r] if r.is_open() && r.holds_nothing())
    }

    /// When the voting ended: its last round's first closing. A round opened again to be
    /// corrected closes later, but the vote itself was over (no unit could join it), so a
    /// correction does not stretch it. `None` while the last round has never closed.
    pub fn voting_ended_at(&self) -> Option<NaiveDateTime> {
        let last = self.rounds.last()?;
        let before =
            self.corrections.iter().filter(|c| c.before.number == last.number).map(|c| c.before.closed_at);
        std::iter::once(last.closed_at).chain(before).flatten().min()
    }

    /// The open round, if voting is going on.
    pub fn open_round(&self) -> Option<&Round> {
        self.rounds.last().filter(|r| r.is_open())
    }

    /// Everything a unit may choose in `round`, in the order the tally shows them.
    pub fn choices(&self, round: &Round) -> Vec<Choice> {
        if self.is_motion() {
            vec![Choice::For, Choice::Against, Choice::Abstain]
        } else {
            let mut out: Vec<Choice> = round.candidates.iter().cloned().map(Choice::Candidate).collect();
            out.push(Choice::Abstain);
            out
        }
    }

    /// Show of hands: `unit` votes `choice` in the open round; again replaces its vote, `None`
    /// withdraws it. Every change is logged; repeating the same choice changes nothing.
    ///
    /// In a round of several places a candidate is added to the unit's marks (refused with
    /// `TooManyMarks` once it has marked as many as there are places; `unmark` takes one back),
    /// `Abstain` clears them (the unit votes for none) and `None` withdraws everything.
    pub fn cast(&mut self, unit: &str, choice: Option<Choice>, now: NaiveDateTime) -> Result<(), VoteError> {
        let is_motion = self.is_motion();
        let is_present = self.voters().iter().any(|p| p == unit);
        let round = hands_round(self.method, &mut self.rounds)?;
        if !is_present {
            return Err(VoteError::NotPresent(unit.to_string()));
        }
        if let Some(choice) = &choice {
            check_choice(is_motion, &round.candidates, choice)?;
        }
        if round.has_places() {
            return places::cast(round, unit, choice, now);
        }
        let from = round.votes.get(unit).cloned();
        if from == choice {
            return Ok(());
        }
        match &choice {
            Some(c) => round.votes.insert(unit.to_string(), c.clone()),
            None => round.votes.remove(unit),
        };
        round.log.push(VoteChange { at: now, unit: unit.to_string(), from, to: choice });
        Ok(())
    }

    /// Nhất trí: records `choice` for every present unit that has not voted in the open round,
    /// but those that have `left` since it opened (they stay in its base, without a vote);
    /// returns how many.
    pub fn cast_remaining(
        &mut self,
        choice: Choice,
        left: &[String],
        now: NaiveDateTime,
    ) -> Result<u32, VoteError> {
        let is_motion = self.is_motion();
        let voters = self.voters().to_vec();
        let round = hands_round(self.method, &mut self.rounds)?;
        check_choice(is_motion, &round.candidates, &choice)?;
        if round.has_places() {
            let marks = match choice {
                Choice::Candidate(id) => vec![id],
                _ => Vec::new(),
            };
            return Ok(places::cast_remaining(round, &voters, left, &marks, now));
        }
        let mut cast = 0;
        for unit in voters.iter().filter(|u| !left.contains(u)) {
            if !round.votes.contains_key(unit) {
                round.votes.insert(unit.clone(), choice.clone());
                round.log.push(VoteChange {
                    at: now,
                    unit: unit.clone(),
                    from: None,
                    to: Some(choice.clone()),
                });
                cast += 1;
            }
        }
        Ok(cast)
    }

    /// Nhất trí in a round of several places: every present unit that has not voted (but
    /// those that have `left`) marks the same `candidates` (at most as many as there are
    /// places; none: votes for none); returns how many units.
    pub fn mark_remaining(
        &mut self,
        candidates: &[String],
        left: &[String],
        now: NaiveDateTime,
    ) -> Result<u32, VoteError> {
        let voters = self.voters().to_vec();
        let round = hands_round(self.method, &mut self.rounds)?;
        if !round.has_places() {
            return match candidates {
                [one] => self.cast_remaining(Choice::Candidate(one.clone()), left, now),
                [] => self.cast_remaining(Choice::Abstain, left, now),
                _ => Err(VoteError::TooManyMarks { places: 1 }),
            };
        }
        for id in candidates {
            check_choice(false, &round.candidates, &Choice::Candidate(id.clone()))?;
        }
        let marks: Vec<String> =
            round.candidates.iter().filter(|c| candidates.contains(c)).cloned().collect();
        if marks.len() > usize::try_from(round.places).unwrap_or(usize::MAX) {
            return Err(VoteError::TooManyMarks { places: round.places });
        }
        Ok(places::cast_remaining(round, &voters, left, &marks, now))
    }
}

/// The member units among `present`, in the conference file's order (duplicates and others
/// left out).
fn in_file_order(conference: &Conference, present: &[String]) -> Vec<String> {
    conference.units.iter().filter(|u| present.contains(&u.id)).map(|u| u.id.clone()).collect()
}

/// Whether `present` meets `quorum` of `members`; if not, the refusal with the figures.
fn quorum_of(quorum: Threshold, present: &[String], members: u32) -> Result<(), OpenError> {
    let here = count(present.len());
    if quorum.is_met(here, members) {
        return Ok(());
    }
    let needed = quorum.minimum_votes(members).unwrap_or(members);
    Err(OpenError::NoQuorum { present: here, members, needed })
}

/// Whether `choice` may be voted in a round of a motion or of an election with `candidates`.
fn check_choice(is_motion: bool, candidates: &[String], choice: &Choice) -> Result<(), VoteError> {
    match (choice, is_motion) {
        (Choice::Abstain, _) | (Choice::For | Choice::Against, true) => Ok(()),
        (Choice::Candidate(id), false) if candidates.contains(id) => Ok(()),
        (Choice::Candidate(id), false) => Err(VoteError::NotACandidate(id.clone())),
        _ => Err(VoteError::WrongKind(choice.clone())),
    }
}

/// The open round, for a show-of-hands entry.
fn hands_round(method: Method, rounds: &mut [Round]) -> Result<&mut Round, VoteError> {
    if method == Method::SecretBallot {
        return Err(VoteError::SecretBallot);
    }
    rounds.last_mut().filter(|r| r.is_open()).ok_or(VoteError::Closed)
}

#[cfg(test)]
mod tests;
