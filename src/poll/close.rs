//! Closing a round and what follows it: the re-vote among the tied, the re-vote the
//! conference may call when nobody reached the threshold, the chair's decision after the last
//! allowed round, the poll's result, and corrections after closing (each one an audit entry
//! keeping the round as it was).

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::{
    BallotEntry, BallotError, Ballots, ChairDecision, Correction, CorrectionKind, Outcome, Poll, Round,
    clean_reason, count,
};
use crate::conference::Method;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum CloseError {
    /// The last round is already closed.
    NoOpenRound,
    /// A secret-ballot round cannot close before its figures are entered.
    NoBallots,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChairError {
    /// The poll does not end in a tie after its last allowed round (or the chair already
    /// decided it).
    NotAwaiting,
    BlankReason,
    /// The chair can only choose among the tied candidates.
    NotTied(String),
    /// More units than the places left (`Poll::decide_places_by_chair`).
    TooMany {
        places: u32,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum CorrectionError {
    /// A correction must say why.
    BlankReason,
    /// No round has been closed yet.
    NothingToReopen,
    /// The round after the one to change already has votes (or figures): it cannot be set
    /// aside.
    LaterRoundHasVotes(u32),
    NoSuchRound(u32),
    /// The round is open: its figures are entered with `set_ballots`.
    RoundOpen(u32),
    /// The poll is a show of hands: it has no figures to correct.
    ShowOfHands,
    /// The new figures do not add up.
    Ballots(Vec<BallotError>),
}

/// What a poll has come to, and the round that decided it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PollResult {
    /// A round is open: voting (or a re-vote among the tied) is going on.
    Voting {
        round: u32,
    },
    Passed {
        round: u32,
    },
    Rejected {
        round: u32,
    },
    Elected {
        unit: String,
        round: u32,
    },
    NotElected {
        round: u32,
    },
    /// Still tied after the last allowed round: the chair must decide.
    AwaitingChair {
        tied: Vec<String>,
        round: u32,
    },
    DecidedByChair {
        elected: Option<String>,
        tied: Vec<String>,
        round: u32,
    },
    /// An office of several places, decided: the units chosen, in order (`Poll::selected`,
    /// the chair's choice included); fewer than the places, or none, when too few met the
    /// threshold.
    Chosen {
        units: Vec<String>,
        round: u32,
    },
}

impl Poll {
    /// Closes the open round and returns its outcome. A tie opens a re-vote among the tied
    /// candidates while rounds remain (same rules, same units present); after the last
    /// allowed round it waits for the chair.
    pub fn close_round(&mut self, now: NaiveDateTime) -> Result<Outcome, CloseError> {
        let round = self.open_round().ok_or(CloseError::NoOpenRound)?;
        if self.method == Method::SecretBallot && round.ballots.is_none() {
            return Err(CloseError::NoBallots);
        }
        let tally = self.tally_of(round, round.ballots.as_ref());
        if let Some(round) = self.rounds.last_mut() {
            round.closed_at = Some(now);
        }
        self.settle_last(tally.provisional.clone(), tally.selected, now);
        Ok(tally.provisional)
    }

    /// Gives the last round `outcome` (and, with several places, the units it chose) and opens
    /// the re-vote a tie calls for, if rounds remain: among the tied, for the places left.
    fn settle_last(&mut self, outcome: Outcome, selected: Vec<String>, now: NaiveDateTime) {
        let held = count(self.rounds.len());
        let Some(round) = self.rounds.last_mut() else { return };
        round.outcome = Some(outcome.clone());
        round.selected = if round.has_places() { selected } else { Vec::new() };
        // Reopened and closed again with the same tie: the chair's decision that the
        // reopening set aside stands again (the correction stays in the audit trail).
        let round = &*round;
        let set_aside = (self.corrections.last())
            .filter(|c| c.kind == CorrectionKind::Reopened && c.round == round.number)
            .filter(|c| c.before.outcome == round.outcome && c.before.selected == round.selected)
            .and_then(|c| c.chair_decision.clone());
        let (next, left) =
            (round.number.saturating_add(1), round.places.saturating_sub(count(round.selected.len())).max(1));
        if self.chair_decision.is_none() {
            self.chair_decision = set_aside;
        }
        if let Outcome::Tie(tied) = outcome
            && held < self.rules.max_rounds
        {
            self.rounds.push(Round::new(next, tied, left, now));
        }
    }

    /// An office whose last round is closed with places still open and no tie (nobody, or
    /// too few, reached the threshold; the tied get their re-vote as the round closes), the
    /// chair not having decided.
    fn closed_short(&self) -> bool {
        let Some(last) = self.rounds.last() else { return false };
        !self.is_motion()
            && !last.is_open()
            && !matches!(last.outcome, Some(Outcome::Tie(_)))
            && self.chair_decision.is_none()
            && self.places_left() > 0
    }

    /// Whether the conference may vote again (bầu lại): closed short (`closed_short`)
    /// while rounds remain.
    pub fn can_revote(&self) -> bool {
        self.closed_short()
            && count(self.rounds.len()) < self.rules.max_rounds
            && !self.revote_candidates().is_empty()
    }

    /// Closed short after every round the rules allow: the vote has said its last (the biên
    /// bản says so), and what the conference decides next is for the item's note.
    pub fn rounds_exhausted(&self) -> bool {
        self.closed_short() && count(self.rounds.len()) >= self.rules.max_rounds
    }

    /// The number the next round would have.
    pub fn next_round(&self) -> u32 {
        self.rounds.last().map_or(1, |r| r.number.saturating_add(1))
    }

    /// Who a re-vote is among: the last round's candidates not chosen yet.
    pub fn revote_candidates(&self) -> Vec<String> {
        let chosen = self.selected();
        let last = self.rounds.last().map(|r| r.candidates.as_slice()).unwrap_or_default();
        last.iter().filter(|c| !chosen.contains(c)).cloned().collect()
    }

    /// Opens the next round among [`Poll::revote_candidates`] for the places left, same rules,
    /// same units present. Returns its number, or `None` when no re-vote can follow.
    pub fn revote(&mut self, now: NaiveDateTime) -> Option<u32> {
        if !self.can_revote() {
            return None;
        }
        let next = self.next_round();
        let (candidates, places) = (self.revote_candidates(), self.places_left());
        self.rounds.push(Round::new(next, candidates, places, now));
        Some(next)
    }

    /// The candidates tied after the last allowed round, while the chair has not decided.
    pub fn awaiting_chair(&self) -> Option<&[String]> {
        let round = self.rounds.last().filter(|r| !r.is_open())?;
        match (&round.outcome, &self.chair_decision) {
            (Some(Outcome::Tie(tied)), None) => Some(tied.as_slice()),
            _ => None,
        }
    }

    /// The candidates awaiting the chair with the digit each had in the last round (its
    /// place among that round's candidates, from 1): the chair picks by the number the
    /// secretary has just seen beside the unit.
    pub fn tied_with_digits(&self) -> Vec<(usize, &str)> {
        let (Some(tied), Some(round)) = (self.awaiting_chair(), self.rounds.last()) else {
            return Vec::new();
        };
        round
            .candidates
            .iter()
            .enumerate()
            .filter(|(_, id)| tied.contains(id))
            .map(|(i, id)| (i + 1, id.as_str()))
            .collect()
    }

    /// Whether the round before the last also ended in a tie: only then is the last round's
    /// tie "still" one ("vẫn bằng phiếu").
    pub fn tied_the_round_before(&self) -> bool {
        let n = self.rounds.len();
        n >= 2 && matches!(self.rounds[n - 2].outcome, Some(Outcome::Tie(_)))
    }

    /// Still tied after the last allowed round, and the chair has not decided yet.
    pub fn needs_chair_decision(&self) -> bool {
        self.awaiting_chair().is_some()
    }

    /// Records the chair's decision of the remaining tie: one of the tied candidates, or none.
    pub fn decide_by_chair(
        &mut self,
        elected: Option<&str>,
        reason: &str,
        now: NaiveDateTime,
    ) -> Result<(), ChairError> {
        let tied = self.awaiting_chair().ok_or(ChairError::NotAwaiting)?;
        let reason = clean_reason(reason).ok_or(ChairError::BlankReason)?;
        if let Some(id) = elected.filter(|id| !tied.iter().any(|t| t == id)) {
            return Err(ChairError::NotTied(id.to_string()));
        }
        let elected = elected.map(str::to_string);
        self.chair_decision = Some(ChairDecision { at: now, elected, reason, also: Vec::new() });
        Ok(())
    }

    /// What the poll has come to.
    pub fn result(&self) -> PollResult {
        let Some(last) = self.rounds.last() else { return PollResult::Voting { round: 0 } };
        let round = last.number;
        let Some(outcome) = last.outcome.clone().filter(|_| !last.is_open()) else {
            return PollResult::Voting { round };
        };
        if self.places() > 1 {
            return match outcome {
                Outcome::Tie(tied) if self.chair_decision.is_none() => {
                    PollResult::AwaitingChair { tied, round }
                }
                _ => PollResult::Chosen { units: self.selected(), round },
            };
        }
        match outcome {
            Outcome::Passed => PollResult::Passed { round },
            Outcome::Rejected => PollResult::Rejected { round },
            Outcome::Elected(unit) => PollResult::Elected { unit, round },
            Outcome::NotElected => PollResult::NotElected { round },
            Outcome::Tie(tied) => match &self.chair_decision {
                Some(d) => PollResult::DecidedByChair { elected: d.elected.clone(), tied, round },
                None => PollResult::AwaitingChair { tied, round },
            },
        }
    }

    /// Opens the last closed round again, its outcome cleared, for a stated reason. A re-vote
    /// round it opened that is still untouched is set aside (kept in the audit entry); one
    /// with any vote is never dropped, and then nothing is reopened. A chair's decision of
    /// the round's tie is set aside too.
    pub fn reopen(&mut self, reason: &str, now: NaiveDateTime) -> Result<(), CorrectionError> {
        let reason = clean_reason(reason).ok_or(CorrectionError::BlankReason)?;
        let last = self.rounds.last().ok_or(CorrectionError::NothingToReopen)?;
        let drop_last = last.is_open();
        if drop_last {
            if self.rounds.len() < 2 {
                return Err(CorrectionError::NothingToReopen);
            }
            if !last.is_untouched() {
                return Err(CorrectionError::LaterRoundHasVotes(last.number));
            }
        }
        let removed_round = if drop_last { self.rounds.pop() } else { None };
        let chair_decision = self.chair_decision.take();
        let Some(round) = self.rounds.last_mut() else { return Err(CorrectionError::NothingToReopen) };
        let before = round.clone();
        round.closed_at = None;
        round.outcome = None;
        round.selected = Vec::new();
        self.corrections.push(Correction {
            at: now,
            reason,
            kind: CorrectionKind::Reopened,
            round: before.number,
            before,
            chair_decision,
            removed_round,
        });
        Ok(())
    }

    /// Changes the figures of closed secret-ballot round `round` (1-based) for a stated reason
    /// and returns its recomputed outcome; the round as it was stays in the audit entry. When
    /// the outcome changes, what followed from the old one goes: an untouched re-vote round
    /// (kept in the entry) and the chair's decision; a later round with figures refuses the
    /// change. A new tie opens its re-vote as closing would.
    pub fn correct_ballots(
        &mut self,
        round: u32,
        ballots: Ballots,
        reason: &str,
        now: NaiveDateTime,
    ) -> Result<Outcome, CorrectionError> {
        let reason = clean_reason(reason).ok_or(CorrectionError::BlankReason)?;
        if self.method != Method::SecretBallot {
            return Err(CorrectionError::ShowOfHands);
        }
        let index =
            self.rounds.iter().position(|r| r.number == round).ok_or(CorrectionError::NoSuchRound(round))?;
        let target = self.rounds.get(index).ok_or(CorrectionError::NoSuchRound(round))?;
        if target.is_open() {
            return Err(CorrectionError::RoundOpen(round));
        }
        let problems = self.entry_problems(&ballots, target);
        if !problems.is_empty() {
            return Err(CorrectionError::Ballots(problems));
        }
        let tally = self.tally_of(target, Some(&ballots));
        let (outcome, selected) = (tally.provisional, tally.selected);
        let kept = if target.has_places() { selected.clone() } else { Vec::new() };
        let changed = target.outcome.as_ref() != Some(&outcome) || target.selected != kept;
        let later = self.rounds.get(index.saturating_add(1)..).unwrap_or_default();
        let (mut removed_round, mut chair_decision) = (None, None);
        if changed {
            match later {
                [] => {}
                [next] if next.is_open() && next.is_untouched() => {}
                [next, ..] => return Err(CorrectionError::LaterRoundHasVotes(next.number)),
            }
            if !later.is_empty() {
                removed_round = self.rounds.pop();
            }
            chair_decision = self.chair_decision.take();
        }
        let Some(target) = self.rounds.get_mut(index) else {
            return Err(CorrectionError::NoSuchRound(round));
        };
        let before = target.clone();
        target.ballots_log.push(BallotEntry { at: now, ballots: ballots.clone() });
        target.ballots = Some(ballots);
        self.corrections.push(Correction {
            at: now,
            reason,
            kind: CorrectionKind::BallotsCorrected,
            round,
            before,
            chair_decision,
            removed_round,
        });
        if changed {
            self.settle_last(outcome.clone(), selected, now);
        }
        Ok(outcome)
    }
}
