//! Nominations of several places (`places.rs`): the top ones meeting the threshold, in order;
//! a tie at the last place re-voted among the tied for the places left; the chair after the
//! last round; each unit marking at most as many candidates as there are places.

use super::*;

/// An office of `places` places among `candidates`.
fn office_of(candidates: &[&str], places: u32) -> Subject {
    Subject::Office {
        office: "Đề nghị tặng Cờ thi đua".into(), candidates: strings(candidates), places
    }
}

/// `n` units marking the same candidates, then the next group …
type Group<'a> = (usize, &'a [&'a str]);

/// Show of hands: the present units u1, u2, … in order mark the candidates of their group
/// (an empty list: the unit votes for none).
fn mark_all(poll: &mut Poll, groups: &[Group]) {
    let ballots = groups.iter().flat_map(|(n, marks)| std::iter::repeat_n(*marks, *n));
    let present = poll.present.clone();
    for (unit, marks) in present.iter().zip(ballots) {
        if marks.is_empty() {
            poll.cast(unit, Some(Choice::Abstain), t(1)).expect("none");
        }
        for id in marks {
            poll.cast(unit, Some(cand(id)), t(1)).expect("a valid mark");
        }
    }
}

fn counts(poll: &Poll, ids: &[&str]) -> Vec<u32> {
    let tally = poll.tally();
    ids.iter().map(|id| tally.count(&cand(id))).collect()
}

#[test]
fn a_nomination_of_two_places_at_70_percent_chooses_the_top_two_that_meet_it() {
    // 10 units present, each marking up to 2 of u1, u2, u3; 70 % of 10 is 7.
    // (marks, counts of u1 u2 u3, chosen in order)
    let cases: [(Vec<Group>, [u32; 3], &[&str]); 4] = [
        // Both meet it: most votes first.
        (vec![(7, &["u1", "u2"]), (2, &["u2", "u3"]), (1, &["u1", "u3"])], [8, 9, 3], &["u2", "u1"]),
        // Exactly 7 is enough ("từ 70 % trở lên").
        (vec![(7, &["u1", "u3"]), (3, &["u2"])], [7, 3, 7], &["u1", "u3"]),
        // Only u1 meets it: the second place stays empty (6 of 10 is 60 %).
        (vec![(6, &["u1", "u2"]), (3, &["u1"]), (1, &[])], [9, 6, 0], &["u1"]),
        // Nobody does.
        (vec![(6, &["u1", "u2"]), (4, &["u3"])], [6, 6, 4], &[]),
    ];
    for (marks, expected_counts, chosen) in cases {
        let mut p = poll(
            10,
            10,
            office_of(&["u1", "u2", "u3"], 2),
            Method::ShowOfHands,
            rules(AtLeast(70, 100), Base::Present, 2),
        );
        mark_all(&mut p, &marks);
        assert_eq!(counts(&p, &["u1", "u2", "u3"]), expected_counts);
        let live = p.tally();
        assert_eq!((live.needed, live.votes_cast), (Some(7), 10));
        assert_eq!(live.selected, strings(chosen), "live: {marks:?}");
        let first = chosen.first().map_or(Outcome::NotElected, |u| Outcome::Elected(u.to_string()));
        assert_eq!(p.close_round(t(2)), Ok(first), "{marks:?}");
        assert_eq!(p.rounds.len(), 1, "no tie, no second round");
        assert_eq!(p.rounds[0].selected, strings(chosen));
        assert_eq!(p.selected(), strings(chosen));
        assert_eq!(p.result(), PollResult::Chosen { units: strings(chosen), round: 1 });
    }
}

#[test]
fn a_tie_for_the_last_place_is_voted_again_among_the_tied_only() {
    // More than half of 10 is 6 votes. u1 8, u2 6, u3 6: u1 is chosen, u2 and u3 tie for the
    // second place; u4 has no vote.
    let mut p = poll(10, 10, office_of(&["u1", "u2", "u3", "u4"], 2), Method::ShowOfHands, Rules::default());
    mark_all(&mut p, &[(4, &["u1", "u2"]), (4, &["u1", "u3"]), (2, &["u2", "u3"])]);
    assert_eq!(counts(&p, &["u1", "u2", "u3", "u4"]), [8, 6, 6, 0]);
    let tied = strings(&["u2", "u3"]);
    assert_eq!(p.tally().selected, strings(&["u1"]));
    assert_eq!(p.close_round(t(2)), Ok(Outcome::Tie(tied.clone())));
    assert_eq!(p.rounds[0].selected, strings(&["u1"]), "u1 is chosen already");
    assert_eq!(p.result(), PollResult::Voting { round: 2 });
    let round2 = p.current_round().expect("the re-vote");
    assert_eq!((&round2.candidates, round2.places), (&tied, 1), "among the tied, for one place");
    assert_eq!(p.places_left(), 1);
    // One place left: one choice per unit again.
    assert_eq!(p.cast("u1", Some(cand("u1")), t(3)), Err(VoteError::NotACandidate("u1".into())));
    cast_all(&mut p, &votes(&[(6, cand("u3")), (4, cand("u2"))]));
    assert_eq!(p.close_round(t(4)), Ok(Outcome::Elected("u3".into())));
    assert_eq!(p.selected(), strings(&["u1", "u3"]));
    assert_eq!(p.result(), PollResult::Chosen { units: strings(&["u1", "u3"]), round: 2 });
}

#[test]
fn three_tied_for_two_places_are_voted_again_for_both() {
    let mut p = poll(10, 10, office_of(&["u1", "u2", "u3"], 2), Method::ShowOfHands, Rules::default());
    mark_all(&mut p, &[(3, &["u1", "u2"]), (3, &["u2", "u3"]), (3, &["u1", "u3"]), (1, &[])]);
    assert_eq!(counts(&p, &["u1", "u2", "u3"]), [6, 6, 6]);
    assert_eq!(p.tally().count(&Choice::Abstain), 1, "the unit that marked none");
    assert_eq!(p.close_round(t(2)), Ok(Outcome::Tie(strings(&["u1", "u2", "u3"]))));
    let round2 = p.current_round().expect("the re-vote");
    assert_eq!(round2.places, 2);
    mark_all(&mut p, &[(7, &["u1", "u3"]), (3, &["u2"])]);
    assert_eq!(p.close_round(t(3)), Ok(Outcome::Elected("u1".into())));
    assert_eq!(p.result(), PollResult::Chosen { units: strings(&["u1", "u3"]), round: 2 });
}

#[test]
fn after_the_last_round_the_chair_fills_the_places_left_from_the_tied() {
    let mut p = poll(
        10,
        10,
        office_of(&["u1", "u2", "u3"], 2),
        Method::ShowOfHands,
        rules(MoreThan(1, 2), Base::Present, 1),
    );
    mark_all(&mut p, &[(4, &["u1", "u2"]), (4, &["u1", "u3"]), (2, &["u2", "u3"])]);
    assert_eq!(p.close_round(t(2)), Ok(Outcome::Tie(strings(&["u2", "u3"]))));
    assert!(p.needs_chair_decision());
    assert_eq!(p.result(), PollResult::AwaitingChair { tied: strings(&["u2", "u3"]), round: 1 });
    assert_eq!(p.proposed_head(), None);
    let both = strings(&["u2", "u3"]);
    assert_eq!(p.decide_places_by_chair(&both, "lý do", t(3)), Err(ChairError::TooMany { places: 1 }));
    assert_eq!(
        p.decide_places_by_chair(&strings(&["u1"]), "lý do", t(3)),
        Err(ChairError::NotTied("u1".into()))
    );
    assert_eq!(p.decide_places_by_chair(&strings(&["u3"]), " ", t(3)), Err(ChairError::BlankReason));
    assert_eq!(p.decide_places_by_chair(&strings(&["u3"]), "Đơn vị dẫn đầu năm trước", t(3)), Ok(()));
    assert_eq!(p.result(), PollResult::Chosen { units: strings(&["u1", "u3"]), round: 1 });
    assert_eq!(p.places_left(), 0);
}

#[test]
fn a_unit_marks_at_most_as_many_candidates_as_there_are_places_and_every_mark_is_logged() {
    let mut p = poll(6, 6, office_of(&["u1", "u2", "u3"], 2), Method::ShowOfHands, Rules::default());
    assert_eq!(p.cast("u1", Some(cand("u2")), t(1)), Ok(()));
    assert_eq!(p.cast("u1", Some(cand("u1")), t(1)), Ok(()));
    assert_eq!(p.cast("u1", Some(cand("u1")), t(1)), Ok(()), "again: no change");
    assert_eq!(
        p.cast("u1", Some(cand("u3")), t(1)),
        Err(VoteError::TooManyMarks { places: 2 }),
        "a third is refused"
    );
    let round = p.current_round().expect("open");
    assert_eq!(round.marks.get("u1"), Some(&strings(&["u1", "u2"])), "in the round's order");
    assert_eq!(round.choices_of("u1"), [cand("u1"), cand("u2")]);
    assert!(round.votes.is_empty(), "one-choice votes are not used");
    assert_eq!(p.cast("u1", Some(Choice::For), t(1)), Err(VoteError::WrongKind(Choice::For)));
    assert_eq!(p.cast("u7", Some(cand("u1")), t(1)), Err(VoteError::NotPresent("u7".into())));
    assert_eq!(p.toggle("u1", "u2", t(2)), Ok(false), "off");
    assert_eq!(p.toggle("u1", "u3", t(2)), Ok(true), "on");
    assert_eq!(p.cast("u1", Some(Choice::Abstain), t(3)), Ok(()), "none: the marks go");
    assert_eq!(p.current_round().map(|r| r.choices_of("u1")), Some(vec![Choice::Abstain]));
    assert!(p.current_round().is_some_and(|r| r.has_voted("u1")));
    assert_eq!(p.cast("u1", Some(cand("u2")), t(4)), Ok(()));
    assert_eq!(p.unmark("u1", "u2", t(5)), Ok(()));
    assert!(p.current_round().is_some_and(|r| !r.has_voted("u1")), "its last mark taken back: not voted");
    let log: Vec<(Option<Choice>, Option<Choice>)> = p
        .current_round()
        .map(|r| r.log.iter().map(|c| (c.from.clone(), c.to.clone())).collect())
        .unwrap_or_default();
    assert_eq!(
        log,
        [
            (None, Some(cand("u2"))),
            (None, Some(cand("u1"))),
            (Some(cand("u2")), None),
            (None, Some(cand("u3"))),
            (Some(cand("u1")), None),
            (Some(cand("u3")), None),
            (None, Some(Choice::Abstain)),
            (Some(Choice::Abstain), None),
            (None, Some(cand("u2"))),
            (Some(cand("u2")), None),
        ]
    );
    // With one place, taking back a vote for a candidate withdraws it; a secret ballot has none.
    let mut one = poll(6, 6, office_of(&["u1", "u2"], 1), Method::ShowOfHands, Rules::default());
    one.cast("u1", Some(cand("u2")), t(1)).expect("a vote");
    assert_eq!(one.unmark("u1", "u1", t(2)), Ok(()));
    assert!(one.current_round().is_some_and(|r| r.has_voted("u1")), "not its vote: kept");
    assert_eq!(one.toggle("u1", "u2", t(3)), Ok(false));
    assert!(one.current_round().is_some_and(|r| !r.has_voted("u1") && r.log.len() == 2));
    let mut secret = poll(6, 6, office_of(&["u1", "u2"], 2), Method::SecretBallot, Rules::default());
    assert_eq!(secret.unmark("u1", "u1", t(1)), Err(VoteError::SecretBallot));
    assert_eq!(secret.cast("u1", Some(cand("u1")), t(1)), Err(VoteError::SecretBallot));
    // Nhất trí: every unit that has not voted marks u1.
    assert_eq!(p.cast_remaining(cand("u1"), &[], t(6)), Ok(6));
    assert_eq!(p.tally().count(&cand("u1")), 6);
    assert_eq!(p.tally().not_voted, Vec::<String>::new());
}

#[test]
fn nhat_tri_with_several_places_marks_the_same_candidates_for_every_unit_left() {
    let mut p = poll(6, 6, office_of(&["u1", "u2", "u3"], 2), Method::ShowOfHands, Rules::default());
    p.cast("u1", Some(cand("u3")), t(1)).expect("a mark");
    assert_eq!(
        p.mark_remaining(&strings(&["u3", "u1", "u2"]), &[], t(2)),
        Err(VoteError::TooManyMarks { places: 2 }),
        "three for two places"
    );
    assert_eq!(p.mark_remaining(&strings(&["u9"]), &[], t(2)), Err(VoteError::NotACandidate("u9".into())));
    assert_eq!(p.mark_remaining(&strings(&["u3", "u1"]), &[], t(2)), Ok(5), "u1 had voted already");
    let round = p.current_round().expect("open");
    assert_eq!(round.marks.get("u2"), Some(&strings(&["u1", "u3"])), "in the round's order");
    assert_eq!(round.marks.get("u1"), Some(&strings(&["u3"])), "its own vote is kept");
    assert_eq!(counts(&p, &["u1", "u2", "u3"]), [5, 0, 6]);
    // One line a mark, so the minutes can say who marked what.
    assert_eq!(round.log.iter().filter(|c| c.unit == "u6").count(), 2);
    assert_eq!(p.mark_remaining(&[], &[], t(3)), Ok(0), "nobody is left");
    // None: the units left vote for none.
    let mut q = poll(6, 6, office_of(&["u1", "u2", "u3"], 2), Method::ShowOfHands, Rules::default());
    assert_eq!(q.mark_remaining(&[], &[], t(1)), Ok(6));
    assert_eq!(q.current_round().map(|r| r.choices_of("u4")), Some(vec![Choice::Abstain]));
    // With one place it is an ordinary nhất trí.
    let mut one = poll(6, 6, office_of(&["u1", "u2"], 1), Method::ShowOfHands, Rules::default());
    assert_eq!(
        one.mark_remaining(&strings(&["u1", "u2"]), &[], t(1)),
        Err(VoteError::TooManyMarks { places: 1 })
    );
    assert_eq!(one.mark_remaining(&strings(&["u2"]), &[], t(1)), Ok(6));
    assert_eq!(one.tally().count(&cand("u2")), 6);
}

#[test]
fn a_secret_ballot_of_two_places_counts_up_to_two_marks_a_ballot() {
    let seventy_of_valid = rules(AtLeast(70, 100), Base::Valid, 2);
    let mut p = poll(9, 9, office_of(&["u1", "u2", "u3"], 2), Method::SecretBallot, seventy_of_valid);
    let figures = |per_choice: &[(Choice, u32)]| Ballots {
        issued: 9,
        returned: 9,
        valid: 8,
        invalid: 1,
        per_choice: per_choice.iter().cloned().collect(),
    };
    // 17 marks on 8 valid ballots of 2 marks at most: refused; so are 7 + 7 with 2 blank ballots.
    let too_many = figures(&[(cand("u1"), 7), (cand("u2"), 6), (cand("u3"), 4)]);
    assert_eq!(p.ballot_problems(&too_many), [BallotError::SumAboveValid { sum: 17, valid: 8, places: 2 }]);
    assert_eq!(p.set_ballots(too_many, t(1)).map_err(|e| e.len()), Err(1));
    let blanks = figures(&[(cand("u1"), 7), (cand("u2"), 7), (Choice::Abstain, 2)]);
    assert_eq!(p.ballot_problems(&blanks), [BallotError::SumAboveValid { sum: 18, valid: 8, places: 2 }]);
    // 70 % of 8 valid ballots is 5,6: 6 votes. u1 7 and u2 6 are chosen, u3 3 is not.
    let good = figures(&[(cand("u1"), 7), (cand("u2"), 6), (cand("u3"), 3)]);
    assert!(p.ballot_problems(&good).is_empty());
    p.set_ballots(good, t(1)).expect("adds up");
    assert_eq!(p.tally().needed, Some(6));
    assert_eq!(p.close_round(t(2)), Ok(Outcome::Elected("u1".into())));
    assert_eq!(p.result(), PollResult::Chosen { units: strings(&["u1", "u2"]), round: 1 });
    // A correction that changes only the second unit chosen is a change of outcome.
    let corrected = figures(&[(cand("u1"), 7), (cand("u2"), 3), (cand("u3"), 6)]);
    assert_eq!(
        p.correct_ballots(1, corrected, "Ban kiểm phiếu đọc nhầm", t(3)),
        Ok(Outcome::Elected("u1".into()))
    );
    assert_eq!(p.selected(), strings(&["u1", "u3"]));
    assert_eq!(p.corrections.first().map(|c| c.before.selected.clone()), Some(strings(&["u1", "u2"])));
    let text = ron::ser::to_string_pretty(&p, ron::ser::PrettyConfig::default()).expect("serialises");
    assert!(text.contains("places: 2") && text.contains("selected:"), "{text}");
    assert_eq!(ron::from_str::<Poll>(&text).ok(), Some(p));
}

#[test]
fn the_first_unit_a_head_nomination_chooses_is_the_proposed_next_khoi_truong() {
    let mut c = conference(6, office_of(&["u1", "u2", "u3"], 1), Method::ShowOfHands, Rules::default());
    if let Some(vote) = c.agenda.get_mut(1).and_then(|i| i.vote.as_mut()) {
        vote.nominee_becomes_head = true;
    }
    let mut p = Poll::open(&c, 1, ids(6), t(0)).expect("opens");
    assert!(p.nominee_becomes_head);
    cast_all(&mut p, &votes(&[(4, cand("u2")), (2, cand("u1"))]));
    assert_eq!(p.proposed_head(), None, "not while voting");
    p.close_round(t(1)).expect("closes");
    assert_eq!(p.proposed_head(), Some("u2".into()));
    // Without the flag a nomination proposes nobody; a reopened round proposes nobody yet.
    let mut q = poll(6, 6, office_of(&["u1", "u2", "u3"], 1), Method::ShowOfHands, Rules::default());
    cast_all(&mut q, &votes(&[(4, cand("u2"))]));
    q.close_round(t(1)).expect("closes");
    assert_eq!(q.proposed_head(), None);
    p.reopen("Biểu quyết lại", t(2)).expect("reopened");
    assert_eq!(p.proposed_head(), None);
}

/// Two places chosen with as many votes each: the votes do not say which is the proposed next
/// Khối trưởng, so none is named (a trial's biên bản named the one first in the file); one
/// with more votes is.
#[test]
fn a_head_nomination_tied_at_the_top_proposes_nobody() {
    let cases: [(Vec<Group>, &[&str], Option<&str>); 2] = [
        // u1 and u2 5 each, both chosen: tied at the top.
        (vec![(4, &["u1", "u2"]), (1, &["u1", "u3"]), (1, &["u2", "u3"])], &["u1", "u2"], None),
        // u2 6, u1 5: u2 is proposed.
        (vec![(4, &["u1", "u2"]), (1, &["u1", "u2"]), (1, &["u2", "u3"])], &[], Some("u2")),
    ];
    for (marks, tied, head) in cases {
        let mut c = conference(6, office_of(&["u1", "u2", "u3"], 2), Method::ShowOfHands, Rules::default());
        if let Some(vote) = c.agenda.get_mut(1).and_then(|i| i.vote.as_mut()) {
            vote.nominee_becomes_head = true;
        }
        let mut p = Poll::open(&c, 1, ids(6), t(0)).expect("opens");
        mark_all(&mut p, &marks);
        p.close_round(t(2)).expect("closes");
        assert_eq!(p.selected().len(), 2, "both places filled");
        assert_eq!(p.head_tied(), strings(tied));
        assert_eq!(p.proposed_head(), head.map(String::from));
    }
}
