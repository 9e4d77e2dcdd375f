//! Elections and nominations that choose several units (`Subject::Office { places, .. }`): a
//! nomination of two units for the Cờ thi đua, of three for Bằng khen.
//!
//! The rule, for a round choosing `k` places: each unit (or ballot) votes for up to `k`
//! candidates; the candidates that meet the pass threshold are taken, most votes first (the
//! file's order among equals). If no more than `k` meet it they are all chosen. Otherwise let
//! `c` be the votes of the `k`-th of them: those with more than `c` are chosen, and those with
//! exactly `c` are tied for the places left, which a re-vote among them only fills (bầu lại,
//! within `max_rounds`; after the last round the chair decides). A candidate with no vote is
//! never chosen. A re-vote for one place left is an ordinary one-place round.
//!
//! With one place the older rule is kept unchanged (`tally::decide`): a top shared by several
//! is a tie even below the threshold, because a re-vote among fewer candidates can gather a
//! majority; with several places each unit can vote for all of them already, so a re-vote
//! only helps at the boundary.

use chrono::NaiveDateTime;

use super::{ChairDecision, ChairError, Choice, Outcome, Poll, Round, TallyRow, VoteChange, VoteError};
use crate::conference::Threshold;

fn log(round: &mut Round, unit: &str, from: Option<Choice>, to: Option<Choice>, now: NaiveDateTime) {
    round.log.push(VoteChange { at: now, unit: unit.to_string(), from, to });
}

/// `marked` with `id` added, in the round's candidate order.
fn with(round: &Round, marked: &[String], id: &str) -> Vec<String> {
    round.candidates.iter().filter(|c| marked.contains(c) || c.as_str() == id).cloned().collect()
}

/// `Poll::cast` in a round of several places (the choice already checked for the round).
pub(super) fn cast(
    round: &mut Round,
    unit: &str,
    choice: Option<Choice>,
    now: NaiveDateTime,
) -> Result<(), VoteError> {
    match choice {
        None => {
            let Some(marked) = round.marks.remove(unit) else { return Ok(()) };
            if marked.is_empty() {
                log(round, unit, Some(Choice::Abstain), None, now);
            }
            for id in marked {
                log(round, unit, Some(Choice::Candidate(id)), None, now);
            }
        }
        Some(Choice::Abstain) => {
            match round.marks.insert(unit.to_string(), Vec::new()) {
                Some(before) if before.is_empty() => return Ok(()),
                Some(before) => {
                    for id in before {
                        log(round, unit, Some(Choice::Candidate(id)), None, now);
                    }
                }
                None => {}
            }
            log(round, unit, None, Some(Choice::Abstain), now);
        }
        Some(Choice::Candidate(id)) => {
            let marked = round.marks.get(unit).cloned();
            let already = marked.as_deref().unwrap_or_default();
            if already.contains(&id) {
                return Ok(());
            }
            if already.len() >= usize::try_from(round.places).unwrap_or(usize::MAX) {
                return Err(VoteError::TooManyMarks { places: round.places });
            }
            let now_marked = with(round, already, &id);
            if marked.as_ref().is_some_and(Vec::is_empty) {
                log(round, unit, Some(Choice::Abstain), None, now);
            }
            round.marks.insert(unit.to_string(), now_marked);
            log(round, unit, None, Some(Choice::Candidate(id)), now);
        }
        Some(other) => return Err(VoteError::WrongKind(other)),
    }
    Ok(())
}

/// `Poll::cast_remaining` in a round of several places: every present unit that has not voted
/// (but those that have `left`) marks `marks` (checked already, in the round's order; empty:
/// votes for none), one log line per candidate.
pub(super) fn cast_remaining(
    round: &mut Round,
    present: &[String],
    left: &[String],
    marks: &[String],
    now: NaiveDateTime,
) -> u32 {
    let mut cast = 0;
    for unit in present.iter().filter(|u| !left.contains(u)) {
        if !round.marks.contains_key(unit) {
            round.marks.insert(unit.clone(), marks.to_vec());
            if marks.is_empty() {
                log(round, unit, None, Some(Choice::Abstain), now);
            }
            for id in marks {
                log(round, unit, None, Some(Choice::Candidate(id.clone())), now);
            }
            cast += 1;
        }
    }
    cast
}

/// What a round of `places` places gives from its rows: the units chosen, in order, and
/// those tied for the places left (see the module's rule).
pub(super) fn choose(
    rows: &[TallyRow],
    base: u32,
    threshold: Threshold,
    places: u32,
) -> (Vec<String>, Option<Vec<String>>) {
    let mut qualified: Vec<(&String, u32)> = rows
        .iter()
        .filter_map(|r| match &r.choice {
            Choice::Candidate(id) if r.count > 0 && threshold.is_met(r.count, base) => Some((id, r.count)),
            _ => None,
        })
        .collect();
    // Stable: the round's order among equal counts.
    qualified.sort_by_key(|c| std::cmp::Reverse(c.1));
    let k = usize::try_from(places).unwrap_or(usize::MAX);
    if let Some(&(_, boundary)) = qualified.get(k.saturating_sub(1)) {
        // Only those with fewer votes than the last place can be left out.
        qualified.retain(|c| c.1 >= boundary);
        if qualified.len() > k {
            let above = qualified.iter().filter(|c| c.1 > boundary).map(|c| c.0.clone()).collect();
            let tied = qualified.iter().filter(|c| c.1 == boundary).map(|c| c.0.clone()).collect();
            return (above, Some(tied));
        }
    }
    (qualified.into_iter().map(|(id, _)| id.clone()).collect(), None)
}

/// The outcome recorded for a round of several places (see `Round::outcome`).
pub(super) fn outcome(selected: &[String], tied: Option<Vec<String>>) -> Outcome {
    match (tied, selected.first()) {
        (Some(tied), _) => Outcome::Tie(tied),
        (None, Some(first)) => Outcome::Elected(first.clone()),
        (None, None) => Outcome::NotElected,
    }
}

impl Poll {
    /// How many units the poll chooses (1 for a motion).
    pub fn places(&self) -> u32 {
        self.subject.places()
    }

    /// Show of hands: takes back `unit`'s vote for `candidate` in the open round (with one
    /// place: withdraws its vote if it is for that candidate). Logged; nothing to take back
    /// changes nothing. Taking back a unit's last mark leaves it not voted.
    pub fn unmark(&mut self, unit: &str, candidate: &str, now: NaiveDateTime) -> Result<(), VoteError> {
        let is_present = self.voters().iter().any(|p| p == unit);
        let round = super::hands_round(self.method, &mut self.rounds)?;
        if !is_present {
            return Err(VoteError::NotPresent(unit.to_string()));
        }
        let taken = Choice::Candidate(candidate.to_string());
        if !round.has_places() {
            if round.votes.get(unit) == Some(&taken) {
                round.votes.remove(unit);
                log(round, unit, Some(taken), None, now);
            }
            return Ok(());
        }
        let Some(marked) = round.marks.get_mut(unit) else { return Ok(()) };
        let Some(at) = marked.iter().position(|c| c == candidate) else { return Ok(()) };
        marked.remove(at);
        if marked.is_empty() {
            round.marks.remove(unit);
        }
        log(round, unit, Some(taken), None, now);
        Ok(())
    }

    /// Show of hands: `unit`'s vote for `candidate` on if it was off, off if it was on (one
    /// key per candidate on the screen). Returns whether it is now on.
    pub fn toggle(&mut self, unit: &str, candidate: &str, now: NaiveDateTime) -> Result<bool, VoteError> {
        let on = self
            .open_round()
            .is_some_and(|r| r.choices_of(unit).contains(&Choice::Candidate(candidate.into())));
        if on {
            self.unmark(unit, candidate, now).map(|()| false)
        } else {
            self.cast(unit, Some(Choice::Candidate(candidate.to_string())), now).map(|()| true)
        }
    }

    /// Every unit the poll has chosen so far, in order: each closed round's choice (round 1's
    /// first, then what the re-votes added), then the chair's. Empty for a motion.
    pub fn selected(&self) -> Vec<String> {
        let mut out = Vec::new();
        for round in self.rounds.iter().filter(|r| !r.is_open()) {
            if round.has_places() {
                out.extend(round.selected.iter().cloned());
            } else if let Some(Outcome::Elected(id)) = &round.outcome {
                out.push(id.clone());
            }
        }
        if let Some(d) = &self.chair_decision {
            out.extend(d.chosen());
        }
        out
    }

    /// The places still open after the last closed round: what a re-vote or the chair fills.
    pub fn places_left(&self) -> u32 {
        let chosen = u32::try_from(self.selected().len()).unwrap_or(u32::MAX);
        self.places().saturating_sub(chosen)
    }

    /// The proposed next Khối trưởng, for a nomination that names one: the first unit it
    /// chose, once it is decided, unless it shares its votes with another ([`Poll::head_tied`]).
    pub fn proposed_head(&self) -> Option<String> {
        if !self.nominee_becomes_head || self.open_round().is_some() || self.needs_chair_decision() {
            return None;
        }
        if !self.head_tied().is_empty() {
            return None;
        }
        self.selected().into_iter().next()
    }

    /// For a nomination that names the next Khối trưởng, once it is decided: the units chosen
    /// first with as many votes as each other (two places, 4 votes each), in order, when
    /// there are several. Then the votes do not say which is proposed (the file's order
    /// would, and must not).
    pub fn head_tied(&self) -> Vec<String> {
        if !self.nominee_becomes_head || self.open_round().is_some() || self.needs_chair_decision() {
            return Vec::new();
        }
        // The first round that chose: a round of one place chooses one (a tie is voted again).
        let Some(round) = self.rounds.iter().find(|r| !r.is_open() && !r.selected.is_empty()) else {
            return Vec::new();
        };
        let Some(tally) = self.round_tally(round.number) else { return Vec::new() };
        let votes = |id: &String| tally.count(&Choice::Candidate(id.clone()));
        let Some(top) = round.selected.first().map(votes) else { return Vec::new() };
        let tied: Vec<String> = round.selected.iter().filter(|id| votes(id) == top).cloned().collect();
        if tied.len() > 1 { tied } else { Vec::new() }
    }

    /// The chair's decision of a tie left after the last allowed round when several places
    /// are still open: up to that many of the tied candidates, in order (none: nobody more).
    pub fn decide_places_by_chair(
        &mut self,
        chosen: &[String],
        reason: &str,
        now: NaiveDateTime,
    ) -> Result<(), ChairError> {
        if !self.needs_chair_decision() {
            return Err(ChairError::NotAwaiting);
        }
        let tied = match self.rounds.last().and_then(|r| r.outcome.as_ref()) {
            Some(Outcome::Tie(tied)) => tied.clone(),
            _ => return Err(ChairError::NotAwaiting),
        };
        let reason = super::clean_reason(reason).ok_or(ChairError::BlankReason)?;
        let mut unique: Vec<String> = Vec::new();
        for id in chosen {
            if !tied.contains(id) {
                return Err(ChairError::NotTied(id.clone()));
            }
            if !unique.contains(id) {
                unique.push(id.clone());
            }
        }
        let left = self.places_left().max(1);
        if unique.len() > usize::try_from(left).unwrap_or(usize::MAX) {
            return Err(ChairError::TooMany { places: left });
        }
        let mut rest = unique.into_iter();
        let elected = rest.next();
        self.chair_decision = Some(ChairDecision { at: now, elected, reason, also: rest.collect() });
        Ok(())
    }
}
