//! Secret-ballot figures: every inconsistency is refused and named; nothing is stored then.

use super::*;
use BallotError::*;

fn figures(issued: u32, returned: u32, valid: u32, invalid: u32, per_choice: &[(Choice, u32)]) -> Ballots {
    Ballots { issued, returned, valid, invalid, per_choice: per_choice.iter().cloned().collect() }
}

/// An election among u1, u2, u3 by secret ballot, 8 of 9 units present.
fn election() -> Poll {
    poll(9, 8, office(&["u1", "u2", "u3"]), Method::SecretBallot, rules(MoreThan(1, 2), Base::Valid, 2))
}

#[test]
fn every_inconsistent_figure_is_refused_with_its_error() {
    let (a, b) = (cand("u1"), cand("u2"));
    // (figures, errors in order)
    let cases = [
        (
            figures(8, 8, 7, 0, &[(a.clone(), 4)]),
            vec![InvalidPlusValidNotReturned { valid: 7, invalid: 0, returned: 8 }],
        ),
        (
            figures(8, 7, 7, 1, &[(a.clone(), 4)]),
            vec![InvalidPlusValidNotReturned { valid: 7, invalid: 1, returned: 7 }],
        ),
        (figures(7, 8, 7, 1, &[(a.clone(), 4)]), vec![ReturnedAboveIssued { returned: 8, issued: 7 }]),
        (figures(9, 8, 8, 0, &[(a.clone(), 4)]), vec![IssuedAbovePresent { issued: 9, present: 8 }]),
        // A form left blank: every figure 0, which adds up, but no ballot was issued.
        (figures(0, 0, 0, 0, &[]), vec![NoneIssued]),
        (
            figures(8, 8, 6, 2, &[(a.clone(), 7)]),
            vec![
                ChoiceAboveValid { choice: a.clone(), votes: 7, valid: 6 },
                SumAboveValid { sum: 7, valid: 6, places: 1 },
            ],
        ),
        (
            figures(8, 8, 6, 2, &[(a.clone(), 4), (b.clone(), 3)]),
            vec![SumAboveValid { sum: 7, valid: 6, places: 1 }],
        ),
        (figures(8, 8, 8, 0, &[(cand("u4"), 1)]), vec![UnknownChoice(cand("u4"))]),
        (figures(8, 8, 8, 0, &[(Choice::For, 1)]), vec![UnknownChoice(Choice::For)]),
        (figures(8, 8, 8, 0, &[(Choice::Against, 1)]), vec![UnknownChoice(Choice::Against)]),
        (
            figures(9, 10, 2, 1, &[(a.clone(), 3), (b.clone(), 1), (Choice::For, 0)]),
            vec![
                InvalidPlusValidNotReturned { valid: 2, invalid: 1, returned: 10 },
                ReturnedAboveIssued { returned: 10, issued: 9 },
                IssuedAbovePresent { issued: 9, present: 8 },
                ChoiceAboveValid { choice: a.clone(), votes: 3, valid: 2 },
                SumAboveValid { sum: 4, valid: 2, places: 1 },
                UnknownChoice(Choice::For),
            ],
        ),
        (
            figures(u32::MAX, u32::MAX, u32::MAX, 1, &[]),
            vec![
                InvalidPlusValidNotReturned { valid: u32::MAX, invalid: 1, returned: u32::MAX },
                IssuedAbovePresent { issued: u32::MAX, present: 8 },
            ],
        ),
    ];
    for (ballots, errors) in cases {
        let mut p = election();
        assert_eq!(p.set_ballots(ballots.clone(), t(1)), Err(errors), "{ballots:?}");
        let round = p.current_round().expect("round 1");
        assert_eq!((&round.ballots, round.ballots_log.len()), (&None, 0), "nothing stored");
        assert_eq!(p.close_round(t(2)), Err(CloseError::NoBallots));
    }
}

#[test]
fn figures_that_add_up_are_stored_and_decide() {
    let (a, b) = (cand("u1"), cand("u2"));
    // (figures, outcome); base Valid, more than half.
    let cases = [
        (figures(8, 8, 7, 1, &[(a.clone(), 4), (b.clone(), 3)]), Outcome::Elected("u1".into())),
        (figures(8, 7, 7, 0, &[(a.clone(), 3), (b.clone(), 3)]), Outcome::Tie(strings(&["u1", "u2"]))),
        (figures(8, 8, 8, 0, &[(a.clone(), 4), (b.clone(), 2)]), Outcome::NotElected),
        (figures(8, 8, 8, 0, &[(a.clone(), 4), (Choice::Abstain, 4)]), Outcome::NotElected),
        (figures(6, 6, 6, 0, &[(cand("u3"), 6)]), Outcome::Elected("u3".into())),
        (figures(1, 0, 0, 0, &[]), Outcome::NotElected),
    ];
    for (ballots, outcome) in cases {
        let mut p = election();
        assert_eq!(p.set_ballots(ballots.clone(), t(1)), Ok(()));
        let live = p.tally();
        assert_eq!(live.base_value, ballots.valid);
        assert_eq!(live.votes_cast, ballots.returned);
        assert!(live.not_voted.is_empty());
        assert_eq!(live.count(&a), ballots.votes(&a));
        assert_eq!(p.close_round(t(2)), Ok(outcome), "{ballots:?}");
        let round = p.rounds.first().expect("round 1");
        assert!(round.votes.is_empty() && round.log.is_empty(), "no unit's choice is stored");
        assert_eq!(round.ballots.as_ref(), Some(&ballots));
    }
}

#[test]
fn figures_may_be_entered_again_before_closing_and_each_entry_is_kept() {
    let mut p = election();
    let first = figures(8, 8, 8, 0, &[(cand("u1"), 5)]);
    let second = figures(8, 8, 7, 1, &[(cand("u1"), 3), (cand("u2"), 4)]);
    p.set_ballots(first.clone(), t(1)).expect("adds up");
    p.set_ballots(second.clone(), t(2)).expect("adds up");
    let round = p.current_round().expect("round 1");
    assert_eq!(round.ballots.as_ref(), Some(&second));
    let log: Vec<_> = round.ballots_log.iter().map(|e| (e.at, e.ballots.clone())).collect();
    assert_eq!(log, [(t(1), first), (t(2), second)]);
    assert_eq!(p.close_round(t(3)), Ok(Outcome::Elected("u2".into())));
    assert_eq!(p.set_ballots(Ballots::default(), t(4)), Err(vec![Closed]));
}

#[test]
fn a_motion_by_secret_ballot_counts_for_against_abstain() {
    let mut p = poll(9, 9, motion(), Method::SecretBallot, rules(AtLeast(2, 3), Base::Returned, 2));
    let per_choice = [(Choice::For, 6), (Choice::Against, 2), (Choice::Abstain, 1)];
    assert_eq!(
        p.set_ballots(figures(9, 9, 9, 0, &[(cand("u1"), 1)]), t(1)),
        Err(vec![UnknownChoice(cand("u1")), MotionLinesNotValid { sum: 1, valid: 9 }])
    );
    // Each valid ballot is one of the three lines: one left out is refused.
    let short = [(Choice::For, 6), (Choice::Against, 2), (Choice::Abstain, 0)];
    assert_eq!(
        p.set_ballots(figures(9, 9, 9, 0, &short), t(1)),
        Err(vec![MotionLinesNotValid { sum: 8, valid: 9 }])
    );
    p.set_ballots(figures(9, 9, 9, 0, &per_choice), t(1)).expect("adds up");
    let rows: Vec<(Choice, u32)> = p.tally().rows.into_iter().map(|r| (r.choice, r.count)).collect();
    assert_eq!(rows, per_choice);
    assert_eq!(p.close_round(t(2)), Ok(Outcome::Passed));

    let mut hands = poll(9, 9, motion(), Method::ShowOfHands, Rules::default());
    assert_eq!(hands.set_ballots(figures(9, 9, 9, 0, &[]), t(1)), Err(vec![ShowOfHands]));
}
