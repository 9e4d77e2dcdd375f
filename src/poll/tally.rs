//! The count of a round at any moment (live while it is open), its percentages, and the
//! outcome it gives. Integers only: `Threshold::is_met` decides, and a percentage is a whole
//! number of hundredths of a percent that decides nothing.

use serde::{Deserialize, Serialize};

use super::{Choice, Outcome, Poll, Round, count};
use crate::conference::{Base, Method, Threshold};

/// A percentage in hundredths of a percent: `Percent(8824)` is 88,24 %.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Percent(pub u32);

impl Percent {
    /// `count` out of `base`, rounded half up to hundredths of a percent, in integers: `None`
    /// when the base is 0.
    pub fn of(count: u32, base: u32) -> Option<Percent> {
        if base == 0 {
            return None;
        }
        let twice_base = 2 * u64::from(base);
        // round_half_up(count * 10000 / base) = floor((2 * count * 10000 + base) / (2 * base)).
        let hundredths = (u64::from(count) * 20_000 + u64::from(base)) / twice_base;
        Some(Percent(u32::try_from(hundredths).unwrap_or(u32::MAX)))
    }

    /// "88,24" with `decimal_sep` ','; always two decimals, no "%" sign.
    pub fn format(self, decimal_sep: char) -> String {
        format!("{}{}{:02}", self.0 / 100, decimal_sep, self.0 % 100)
    }
}

/// One line of a tally.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TallyRow {
    pub choice: Choice,
    pub count: u32,
    /// Against the tally's base; `None` while the base is 0.
    pub percent: Option<Percent>,
    /// Whether `count` meets the pass threshold against the base. Only a candidate's or For's
    /// line can decide anything.
    pub meets: bool,
}

/// The count of one round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub round: u32,
    pub open: bool,
    /// What the percentages and the threshold are counted against, and its value now
    /// (ballot bases are 0 until the figures are entered).
    pub base: Base,
    pub base_value: u32,
    pub threshold: Threshold,
    /// The fewest votes that meet the threshold against `base_value` (the mark on a bar).
    pub needed: Option<u32>,
    /// Candidates in the round's order then Abstain, or For, Against, Abstain.
    pub rows: Vec<TallyRow>,
    /// Show of hands: present units without a vote, in the conference's order.
    pub not_voted: Vec<String>,
    /// Show of hands: units that voted (abstentions included); secret ballot: ballots returned.
    pub votes_cast: u32,
    /// What the round gives if closed now (for a closed round: what it gave).
    pub provisional: Outcome,
    /// The units that outcome chooses, in order: the one elected with one place; with several,
    /// every unit chosen (those tied for the last places are not).
    pub selected: Vec<String>,
}

impl Tally {
    /// The count of `choice` (0 if it is not a line of this tally).
    pub fn count(&self, choice: &Choice) -> u32 {
        self.rows.iter().find(|r| &r.choice == choice).map_or(0, |r| r.count)
    }
}

impl Poll {
    /// The tally of the current (last) round.
    pub fn tally(&self) -> Tally {
        match self.rounds.last() {
            Some(round) => self.tally_of(round, round.ballots.as_ref()),
            None => self.tally_of(&Round::new(0, Vec::new(), 1, self.opened_at), None),
        }
    }

    /// Secret ballot: the tally of the open round as it would be with `ballots`, if they add
    /// up (`ballot_problems` finds nothing); `None` otherwise. Nothing is recorded.
    pub fn tally_with(&self, ballots: &super::Ballots) -> Option<Tally> {
        let round = self.open_round().filter(|_| self.method == Method::SecretBallot)?;
        self.ballot_problems(ballots).is_empty().then(|| self.tally_of(round, Some(ballots)))
    }

    /// The tally of round `number` (1-based), for the minutes.
    pub fn round_tally(&self, number: u32) -> Option<Tally> {
        let round = self.rounds.iter().find(|r| r.number == number)?;
        Some(self.tally_of(round, round.ballots.as_ref()))
    }

    /// The value of the rules' base for a round counted with `ballots`.
    fn base_value(&self, round: &Round, ballots: Option<&super::Ballots>) -> u32 {
        let figure = |f: fn(&super::Ballots) -> u32| ballots.map_or(0, f);
        match self.rules.base {
            Base::AllMembers => self.members,
            Base::Present => count(self.present_in(round).len()),
            Base::Issued => figure(|b| b.issued),
            Base::Returned => figure(|b| b.returned),
            Base::Valid => figure(|b| b.valid),
        }
    }

    /// The tally of `round` as if its secret-ballot figures were `ballots`.
    pub(super) fn tally_of(&self, round: &Round, ballots: Option<&super::Ballots>) -> Tally {
        let secret = self.method == Method::SecretBallot;
        let base_value = self.base_value(round, ballots);
        let threshold = self.rules.pass;
        let rows: Vec<TallyRow> = self
            .choices(round)
            .into_iter()
            .map(|choice| {
                let votes = if secret {
                    ballots.map_or(0, |b| b.votes(&choice))
                } else if round.has_places() {
                    let marked = |m: &&Vec<String>| match &choice {
                        Choice::Candidate(id) => m.contains(id),
                        _ => m.is_empty(),
                    };
                    count(round.marks.values().filter(marked).count())
                } else {
                    count(round.votes.values().filter(|c| **c == choice).count())
                };
                TallyRow {
                    percent: Percent::of(votes, base_value),
                    meets: threshold.is_met(votes, base_value),
                    choice,
                    count: votes,
                }
            })
            .collect();
        let not_voted = if secret {
            Vec::new()
        } else {
            self.present_in(round).iter().filter(|u| !round.has_voted(u)).cloned().collect()
        };
        let votes_cast = if secret {
            ballots.map_or(0, |b| b.returned)
        } else {
            count(round.votes.len() + round.marks.len())
        };
        let (provisional, selected) = if round.has_places() && !self.is_motion() {
            let (selected, tied) = super::places::choose(&rows, base_value, threshold, round.places);
            (super::places::outcome(&selected, tied), selected)
        } else {
            let outcome = decide(self.is_motion(), &rows, base_value, threshold);
            let selected = match &outcome {
                Outcome::Elected(id) => vec![id.clone()],
                _ => Vec::new(),
            };
            (outcome, selected)
        };
        Tally {
            round: round.number,
            open: round.is_open(),
            base: self.rules.base,
            base_value,
            threshold,
            needed: threshold.minimum_votes(base_value),
            rows,
            not_voted,
            votes_cast,
            provisional,
            selected,
        }
    }
}

/// The outcome of a round from its rows. A motion passes when For meets the threshold. In an
/// election the single top candidate is elected if it meets the threshold; a top shared by two
/// or more is a tie; nobody with a vote, or a single top short of the threshold, is not
/// elected.
fn decide(is_motion: bool, rows: &[TallyRow], base: u32, threshold: Threshold) -> Outcome {
    if is_motion {
        let votes_for = rows.iter().find(|r| r.choice == Choice::For).map_or(0, |r| r.count);
        return if threshold.is_met(votes_for, base) { Outcome::Passed } else { Outcome::Rejected };
    }
    let candidates = rows.iter().filter_map(|r| match &r.choice {
        Choice::Candidate(id) => Some((id, r.count)),
        _ => None,
    });
    let top = candidates.clone().map(|(_, n)| n).max().unwrap_or(0);
    if top == 0 {
        return Outcome::NotElected;
    }
    let mut leaders: Vec<String> = candidates.filter(|&(_, n)| n == top).map(|(id, _)| id.clone()).collect();
    if leaders.len() > 1 {
        return Outcome::Tie(leaders);
    }
    match leaders.pop() {
        Some(id) if threshold.is_met(top, base) => Outcome::Elected(id),
        _ => Outcome::NotElected,
    }
}

impl Poll {
    /// Where this poll's figures disagree with each other (a minutes file edited by hand): a
    /// secret ballot's figures that do not add up, or a closed round whose outcome is not the
    /// one its votes give. The place within the poll, and the round's number.
    pub fn disagreement(&self) -> Option<(String, u32)> {
        self.rounds.iter().enumerate().find_map(|(r, round)| {
            let ballots = round.ballots.as_ref();
            let present = count(self.present_in(round).len());
            if ballots
                .is_some_and(|b| !b.problems_for(present, &self.choices(round), round.places).is_empty())
            {
                return Some((format!("rounds[{r}].ballots"), round.number));
            }
            let outcome = round.outcome.as_ref()?;
            let tally = self.tally_of(round, ballots);
            let selected = if round.has_places() { tally.selected } else { Vec::new() };
            (*outcome != tally.provisional || round.selected != selected)
                .then(|| (format!("rounds[{r}].outcome"), round.number))
        })
    }
}
