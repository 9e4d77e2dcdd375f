//! Secret-ballot figures (kiểm phiếu): what the tellers announce, and the checks that refuse
//! figures that do not add up. No unit's choice ever appears here.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::{Choice, Poll, count};
use crate::conference::Method;

/// The count of one secret-ballot round.
///
/// `per_choice` is keyed by the typed `Choice` rather than by strings such as "for": a motion's
/// lines read `For: 5, Against: 1` and an election's `Candidate("snv"): 4` in the saved file, no
/// spelling convention can drift, and the checks know exactly which choices exist. It is a map
/// so that one choice cannot be counted twice and a save is byte-identical (ordered: candidates
/// by id, then For, Against, Abstain; the tally shows them in the round's own order). A choice
/// left out had no votes. Valid ballots not counted for any choice are blank ones.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ballots {
    /// Phiếu phát ra.
    pub issued: u32,
    /// Phiếu thu vào.
    pub returned: u32,
    /// Phiếu hợp lệ.
    pub valid: u32,
    /// Phiếu không hợp lệ.
    pub invalid: u32,
    /// Votes per candidate (or for / against / abstain on a motion), out of the valid ballots.
    pub per_choice: BTreeMap<Choice, u32>,
}

/// One set of figures accepted for a round, with when it was entered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BallotEntry {
    pub at: NaiveDateTime,
    pub ballots: Ballots,
}

/// Why figures were refused. The first two are about the poll and come alone; the others
/// name the figure that is wrong, and all of them found are reported, in this order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum BallotError {
    /// The poll is a show of hands: its votes are entered per unit.
    ShowOfHands,
    /// No round is open (a closed round's figures change through `correct_ballots`).
    Closed,
    /// No ballot issued (a form left blank): with units present, a round without ballots did
    /// not take place.
    NoneIssued,
    /// valid + invalid must equal returned.
    InvalidPlusValidNotReturned {
        valid: u32,
        invalid: u32,
        returned: u32,
    },
    ReturnedAboveIssued {
        returned: u32,
        issued: u32,
    },
    /// More ballots issued than member units present.
    IssuedAbovePresent {
        issued: u32,
        present: u32,
    },
    ChoiceAboveValid {
        choice: Choice,
        votes: u32,
        valid: u32,
    },
    /// The votes of all choices together exceed the valid ballots (with several places, each
    /// ballot marking up to `places`: `sum` counts a blank ballot `places` times, against
    /// `places` times the valid ballots).
    SumAboveValid {
        sum: u64,
        valid: u32,
        places: u32,
    },
    /// Not a choice of this round (not a candidate of it, or For/Against in an election, or a
    /// candidate on a motion).
    UnknownChoice(Choice),
    /// A motion's ballots: tán thành, không tán thành and không biểu quyết together must be the
    /// valid ballots (each valid ballot is one of the three). Checked as figures are entered,
    /// not on loading minutes written before it was.
    MotionLinesNotValid {
        sum: u64,
        valid: u32,
    },
}

impl Ballots {
    /// Votes counted for `choice` (0 if left out).
    pub fn votes(&self, choice: &Choice) -> u32 {
        self.per_choice.get(choice).copied().unwrap_or(0)
    }

    /// Every inconsistency of these figures, in the order of `BallotError`, for a round
    /// choosing `places` units offering `choices` with `present` member units present, where
    /// a valid ballot marks up to that many candidates, or none (counted as Abstain): the candidates' votes plus `places`
    /// times the blank ballots cannot exceed `places` times the valid ballots. With one place
    /// that is: all the choices together cannot exceed the valid ballots.
    pub fn problems_for(&self, present: u32, choices: &[Choice], places: u32) -> Vec<BallotError> {
        use BallotError::*;
        let Ballots { issued, returned, valid, invalid, .. } = *self;
        let mut out = Vec::new();
        if issued == 0 && present > 0 {
            out.push(NoneIssued);
        }
        if u64::from(valid) + u64::from(invalid) != u64::from(returned) {
            out.push(InvalidPlusValidNotReturned { valid, invalid, returned });
        }
        if returned > issued {
            out.push(ReturnedAboveIssued { returned, issued });
        }
        if issued > present {
            out.push(IssuedAbovePresent { issued, present });
        }
        for (choice, &votes) in &self.per_choice {
            if votes > valid {
                out.push(ChoiceAboveValid { choice: choice.clone(), votes, valid });
            }
        }
        let sum: u64 = self.per_choice.values().map(|&v| u64::from(v)).sum();
        let places = places.max(1);
        let blank = u64::from(self.votes(&Choice::Abstain));
        let weighted = sum - blank + u64::from(places) * blank;
        if weighted > u64::from(places) * u64::from(valid) {
            out.push(SumAboveValid { sum: weighted, valid, places });
        }
        for choice in self.per_choice.keys() {
            if !choices.contains(choice) {
                out.push(UnknownChoice(choice.clone()));
            }
        }
        out
    }
}

impl Poll {
    /// What is wrong with `ballots` as the figures of the current round (the screen's check
    /// while they are typed; `set_ballots` refuses the same).
    pub fn ballot_problems(&self, ballots: &Ballots) -> Vec<BallotError> {
        match self.current_round() {
            Some(round) => self.entry_problems(ballots, round),
            None => ballots.problems_for(count(self.voters().len()), &[], 1),
        }
    }

    /// What is wrong with `ballots` typed for `round`: what any figures must satisfy
    /// ([`Ballots::problems_for`], also checked on loading), and a motion's three lines making
    /// up the valid ballots.
    pub(super) fn entry_problems(&self, ballots: &Ballots, round: &super::Round) -> Vec<BallotError> {
        let mut problems =
            ballots.problems_for(count(self.present_in(round).len()), &self.choices(round), round.places);
        let sum: u64 = ballots.per_choice.values().map(|&v| u64::from(v)).sum();
        if self.is_motion() && sum != u64::from(ballots.valid) {
            problems.push(BallotError::MotionLinesNotValid { sum, valid: ballots.valid });
        }
        problems
    }

    /// Secret ballot: enters (or re-enters) the figures of the open round, if they add up.
    /// Nothing is stored when any figure is wrong.
    pub fn set_ballots(&mut self, ballots: Ballots, now: NaiveDateTime) -> Result<(), Vec<BallotError>> {
        if self.method != Method::SecretBallot {
            return Err(vec![BallotError::ShowOfHands]);
        }
        let Some(round) = self.open_round() else {
            return Err(vec![BallotError::Closed]);
        };
        let problems = self.entry_problems(&ballots, round);
        if !problems.is_empty() {
            return Err(problems);
        }
        if let Some(round) = self.rounds.last_mut() {
            round.ballots_log.push(BallotEntry { at: now, ballots: ballots.clone() });
            round.ballots = Some(ballots);
        }
        Ok(())
    }
}
