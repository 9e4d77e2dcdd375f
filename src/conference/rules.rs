//! Voting rules as the conference file states them: quorum, pass threshold, the base a
//! percentage is counted against, and the most rounds.
//!
//! Every threshold is an integer fraction and every decision an integer comparison; nothing
//! here touches floating point. Percentages for display are computed elsewhere and never
//! decide anything.

use serde::{Deserialize, Serialize};

/// A share of a base: `MoreThan(1, 2)` is "quá 1/2" (strictly more than half),
/// `AtLeast(2, 3)` is "từ 2/3 trở lên", `AtLeast(70, 100)` is "từ 70 % trở lên".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Threshold {
    MoreThan(u32, u32),
    AtLeast(u32, u32),
}

impl Threshold {
    pub fn fraction(self) -> (u32, u32) {
        match self {
            Threshold::MoreThan(n, d) | Threshold::AtLeast(n, d) => (n, d),
        }
    }

    /// Inside (0, 1] and satisfiable: `MoreThan(1, 1)` could never be met.
    pub fn is_valid(self) -> bool {
        let (n, d) = self.fraction();
        let in_range = d > 0 && n > 0 && n <= d;
        in_range && !matches!(self, Threshold::MoreThan(n, d) if n == d)
    }

    /// Whether `votes` out of `base` meets this threshold, in integers only:
    /// "more than n/d of B" is `d*v > n*B`, "at least n/d of B" is `d*v >= n*B`.
    pub fn is_met(self, votes: u32, base: u32) -> bool {
        let (n, d) = self.fraction();
        let lhs = u64::from(d) * u64::from(votes);
        let rhs = u64::from(n) * u64::from(base);
        match self {
            Threshold::MoreThan(..) => lhs > rhs,
            Threshold::AtLeast(..) => lhs >= rhs,
        }
    }

    /// The fewest votes out of `base` that meet the threshold (None if even all do not).
    pub fn minimum_votes(self, base: u32) -> Option<u32> {
        (0..=base).find(|&v| self.is_met(v, base))
    }
}

/// What a percentage is counted against (and what the threshold is applied to).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Base {
    /// All member units of the bloc.
    AllMembers,
    /// Member units present when the poll opened.
    Present,
    /// Ballots issued (secret ballot only).
    Issued,
    /// Ballots returned (secret ballot only).
    Returned,
    /// Valid ballots (secret ballot only).
    Valid,
}

impl Base {
    /// Bases that only a secret ballot has figures for.
    pub fn needs_ballots(self) -> bool {
        matches!(self, Base::Issued | Base::Returned | Base::Valid)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Rules {
    /// Member units that must be present for a poll to open, out of all member units.
    pub quorum: Threshold,
    /// What a candidate or motion needs to pass, out of `base`.
    pub pass: Threshold,
    pub base: Base,
    /// Rounds of voting before the chair decides a tie.
    pub max_rounds: u32,
}

impl Default for Rules {
    fn default() -> Self {
        Rules {
            quorum: Threshold::AtLeast(2, 3),
            pass: Threshold::MoreThan(1, 2),
            base: Base::Present,
            max_rounds: 2,
        }
    }
}

/// A vote's own rules: each field left out is taken from the conference's rules.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RulesPatch {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quorum: Option<Threshold>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pass: Option<Threshold>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base: Option<Base>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_rounds: Option<u32>,
}

impl RulesPatch {
    pub fn is_empty(&self) -> bool {
        *self == RulesPatch::default()
    }

    pub fn apply_to(self, rules: Rules) -> Rules {
        Rules {
            quorum: self.quorum.unwrap_or(rules.quorum),
            pass: self.pass.unwrap_or(rules.pass),
            base: self.base.unwrap_or(rules.base),
            max_rounds: self.max_rounds.unwrap_or(rules.max_rounds),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Threshold::{AtLeast, MoreThan};
    use super::*;

    #[test]
    fn thresholds_are_integer_comparisons() {
        // (threshold, votes, base, met)
        let cases = [
            (MoreThan(1, 2), 5, 9, true),
            (MoreThan(1, 2), 4, 9, false),
            (MoreThan(1, 2), 3, 6, false),
            (MoreThan(1, 2), 4, 6, true),
            (AtLeast(1, 2), 3, 6, true),
            (AtLeast(2, 3), 6, 9, true),
            (AtLeast(2, 3), 5, 9, false),
            (MoreThan(2, 3), 6, 9, false),
            (AtLeast(2, 3), 4, 6, true),
            (AtLeast(70, 100), 7, 10, true),
            (AtLeast(70, 100), 4, 6, false),
            (AtLeast(90, 100), 9, 10, true),
            (AtLeast(90, 100), 5, 6, false),
            (AtLeast(1, 1), 6, 6, true),
            (MoreThan(1, 2), 0, 0, false),
            (AtLeast(1, 2), u32::MAX, u32::MAX, true),
        ];
        for (t, v, b, met) in cases {
            assert_eq!(t.is_met(v, b), met, "{t:?} with {v} of {b}");
        }
    }

    #[test]
    fn minimum_votes_matches_is_met() {
        assert_eq!(MoreThan(1, 2).minimum_votes(9), Some(5));
        assert_eq!(AtLeast(2, 3).minimum_votes(9), Some(6));
        assert_eq!(MoreThan(1, 2).minimum_votes(6), Some(4));
        assert_eq!(AtLeast(2, 3).minimum_votes(6), Some(4));
        assert_eq!(AtLeast(70, 100).minimum_votes(6), Some(5));
        assert_eq!(MoreThan(1, 2).minimum_votes(0), None);
    }

    #[test]
    fn valid_fractions_are_in_zero_to_one() {
        assert!(MoreThan(1, 2).is_valid());
        assert!(AtLeast(1, 1).is_valid());
        assert!(!MoreThan(1, 1).is_valid(), "can never be met");
        assert!(!AtLeast(0, 3).is_valid());
        assert!(!AtLeast(4, 3).is_valid());
        assert!(!AtLeast(1, 0).is_valid());
    }

    #[test]
    fn a_vote_overrides_only_what_it_states() {
        let patch = RulesPatch { pass: Some(AtLeast(70, 100)), ..RulesPatch::default() };
        let rules = patch.apply_to(Rules::default());
        assert_eq!(rules.pass, AtLeast(70, 100));
        assert_eq!(rules.quorum, Rules::default().quorum);
        assert_eq!(rules.max_rounds, 2);
    }
}
