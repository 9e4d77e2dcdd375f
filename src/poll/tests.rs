//! Tables of cases for every voting rule of domain.md, the secret-ballot checks
//! (`tests/ballots.rs`), corrections (`tests/corrections.rs`), several places
//! (`tests/places.rs`) and a property test of random vote sequences against a reference count
//! (`tests/property.rs`).

mod ballots;
mod corrections;
mod places;
mod property;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};

use super::*;
use crate::conference::Threshold::{AtLeast, MoreThan};
use crate::conference::{
    AgendaItem, Base, Bloc, ConferenceKind, ItemKind, Period, Person, RulesPatch, Threshold, Unit, VoteSpec,
};

/// 16/01/2024 09:00 plus `minutes`.
pub(super) fn t(minutes: i64) -> NaiveDateTime {
    let start = NaiveDate::from_ymd_opt(2024, 1, 16)
        .zip(NaiveTime::from_hms_opt(9, 0, 0))
        .map(|(d, h)| d.and_time(h));
    start.expect("a valid date") + TimeDelta::minutes(minutes)
}

/// Unit ids "u1" … "un".
pub(super) fn ids(n: usize) -> Vec<String> {
    (1..=n).map(|i| format!("u{i}")).collect()
}

pub(super) fn rules(pass: Threshold, base: Base, max_rounds: u32) -> Rules {
    Rules { pass, base, max_rounds, ..Rules::default() }
}

/// A conference of `units` member units whose agenda item 1 holds the given vote (item 0 is
/// procedural, with no vote).
pub(super) fn conference(units: usize, subject: Subject, method: Method, rules: Rules) -> Conference {
    let person = |name: &str| Person { name: name.into(), title: String::new(), unit: None };
    let item =
        |kind, vote| AgendaItem { title: "Nội dung".into(), presenter: None, minutes: 5, kind, vote };
    Conference {
        format_version: 1,
        bloc: Bloc {
            name: "Khối thi đua 1".into(), parent: "Hội đồng Thi đua – Khen thưởng".into()
        },
        kind: ConferenceKind::TongKet,
        title: "Hội nghị tổng kết".into(),
        period: Period::Year(2023),
        date: t(0).date(),
        start: t(0).time(),
        location: "Hội trường".into(),
        place_name: None,
        chair: person("Chủ tọa"),
        secretary: person("Thư ký"),
        units: ids(units)
            .into_iter()
            .map(|id| Unit { name: format!("Đơn vị {id}"), short: id.clone(), id, delegates: vec![] })
            .collect(),
        guests: vec![],
        rules,
        agenda: vec![
            item(ItemKind::Procedural, None),
            item(
                ItemKind::Vote,
                Some(VoteSpec { subject, method, rules: RulesPatch::default(), nominee_becomes_head: false }),
            ),
        ],
        scoring: None,
        awards: Vec::new(),
        covenant: None,
        minutes_number: String::new(),
    }
}

pub(super) fn office(candidates: &[&str]) -> Subject {
    Subject::Office {
        office: "Khối trưởng năm 2024".into(), candidates: strings(candidates), places: 1
    }
}

pub(super) fn motion() -> Subject {
    Subject::Motion("Thông qua báo cáo tổng kết".into())
}

pub(super) fn strings(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

pub(super) fn cand(id: &str) -> Choice {
    Choice::Candidate(id.into())
}

/// A poll of item 1 with the first `present` of `units` units present.
pub(super) fn poll(units: usize, present: usize, subject: Subject, method: Method, rules: Rules) -> Poll {
    let c = conference(units, subject, method, rules);
    Poll::open(&c, 1, ids(present), t(0)).expect("quorum met")
}

/// Casts `choices` in order for the present units u1, u2, …
pub(super) fn cast_all(poll: &mut Poll, choices: &[Choice]) {
    let present = poll.present.clone();
    for (unit, choice) in present.iter().zip(choices) {
        poll.cast(unit, Some(choice.clone()), t(1)).expect("a valid vote");
    }
}

/// `n` copies of `choice`, then the next group …
pub(super) fn votes(groups: &[(usize, Choice)]) -> Vec<Choice> {
    groups.iter().flat_map(|(n, c)| std::iter::repeat_n(c.clone(), *n)).collect()
}

#[test]
fn motion_thresholds_decide_in_integers() {
    use Choice::{Abstain, Against, For};
    // (threshold, present, for, against, abstain, passed)
    let cases = [
        (MoreThan(1, 2), 9, 5, 4, 0, true),
        (MoreThan(1, 2), 9, 4, 5, 0, false),
        (MoreThan(1, 2), 9, 4, 0, 5, false),
        (AtLeast(2, 3), 9, 6, 3, 0, true),
        (AtLeast(2, 3), 9, 5, 4, 0, false),
        (MoreThan(1, 2), 6, 3, 3, 0, false),
        (AtLeast(70, 100), 10, 7, 3, 0, true),
        (AtLeast(70, 100), 10, 6, 4, 0, false),
        (AtLeast(70, 100), 6, 5, 1, 0, true),
        (AtLeast(70, 100), 6, 4, 2, 0, false),
        (AtLeast(90, 100), 10, 9, 1, 0, true),
        (AtLeast(90, 100), 10, 8, 0, 2, false),
        (AtLeast(1, 1), 6, 6, 0, 0, true),
        (AtLeast(1, 1), 6, 5, 0, 1, false),
    ];
    for (threshold, present, yes, no, abstain, passed) in cases {
        let mut p = poll(present, present, motion(), Method::ShowOfHands, rules(threshold, Base::Present, 2));
        cast_all(&mut p, &votes(&[(yes, For), (no, Against), (abstain, Abstain)]));
        let live = p.tally();
        assert_eq!(live.count(&For), count(yes));
        assert_eq!(live.rows.first().map(|r| r.meets), Some(passed), "{threshold:?} {yes} of {present}");
        let expected = if passed { Outcome::Passed } else { Outcome::Rejected };
        assert_eq!(live.provisional, expected, "live: {threshold:?} {yes} of {present}");
        assert_eq!(p.close_round(t(2)), Ok(expected), "{threshold:?} {yes} of {present}");
        let result = if passed { PollResult::Passed { round: 1 } } else { PollResult::Rejected { round: 1 } };
        assert_eq!(p.result(), result);
    }
}

#[test]
fn the_tally_shows_the_threshold_mark_and_who_has_not_voted() {
    let mut p = poll(9, 9, motion(), Method::ShowOfHands, rules(MoreThan(1, 2), Base::Present, 2));
    assert_eq!(p.tally().needed, Some(5));
    p.cast("u3", Some(Choice::For), t(1)).expect("vote");
    let live = p.tally();
    assert_eq!(live.votes_cast, 1);
    assert_eq!(live.not_voted, strings(&["u1", "u2", "u4", "u5", "u6", "u7", "u8", "u9"]));
    assert_eq!(
        live.rows.iter().map(|r| r.choice.clone()).collect::<Vec<_>>(),
        [Choice::For, Choice::Against, Choice::Abstain]
    );
    let mut p = poll(9, 9, motion(), Method::ShowOfHands, rules(AtLeast(2, 3), Base::Present, 2));
    assert_eq!(p.tally().needed, Some(6));
    assert_eq!(p.cast_remaining(Choice::For, &[], t(1)), Ok(9));
    assert_eq!(p.tally().rows.first().and_then(|r| r.percent), Some(Percent(10_000)));
}

#[test]
fn each_base_changes_the_outcome_of_the_same_counts() {
    use Choice::{Against, For};
    // Secret ballot, 10 members, 8 present. (issued, returned, valid, invalid, for, against,
    // then passed by "more than half" against AllMembers, Present, Issued, Returned, Valid.)
    let cases = [
        (8, 7, 5, 2, 3, 2, [false, false, false, false, true]),
        (8, 7, 5, 2, 4, 1, [false, false, false, true, true]),
        (7, 7, 6, 1, 4, 2, [false, false, true, true, true]),
        (8, 8, 8, 0, 5, 3, [false, true, true, true, true]),
        (8, 8, 8, 0, 6, 2, [true, true, true, true, true]),
    ];
    let bases = [Base::AllMembers, Base::Present, Base::Issued, Base::Returned, Base::Valid];
    for (issued, returned, valid, invalid, yes, no, passed) in cases {
        for (base, passed) in bases.into_iter().zip(passed) {
            let mut p = poll(10, 8, motion(), Method::SecretBallot, rules(MoreThan(1, 2), base, 2));
            if base.needs_ballots() {
                assert_eq!(p.tally().base_value, 0, "no figures yet");
            }
            let per_choice = [(For, yes), (Against, no)].into_iter().collect();
            let ballots = Ballots { issued, returned, valid, invalid, per_choice };
            // The form's preview: the tally the figures would give, before they are recorded.
            let preview = p.tally_with(&ballots).expect("figures add up");
            p.set_ballots(ballots, t(1)).expect("figures add up");
            assert_eq!(Some(preview), Some(p.tally()), "the preview is the tally recorded");
            let recorded = p.current_round().and_then(|r| r.ballots.clone()).expect("recorded");
            let wrong = Ballots { returned: issued + 1, ..recorded };
            assert_eq!(p.tally_with(&wrong), None, "figures that do not add up give no preview");
            let expected_base = match base {
                Base::AllMembers => 10,
                Base::Present => 8,
                Base::Issued => issued,
                Base::Returned => returned,
                Base::Valid => valid,
            };
            assert_eq!(p.tally().base_value, expected_base, "{base:?}");
            let expected = if passed { Outcome::Passed } else { Outcome::Rejected };
            assert_eq!(p.close_round(t(2)), Ok(expected), "{yes} of {base:?} = {expected_base}");
        }
    }
    // Show of hands: 5 of 8 present passes, 5 of all 10 members does not.
    for (base, expected) in [(Base::Present, Outcome::Passed), (Base::AllMembers, Outcome::Rejected)] {
        let mut p = poll(10, 8, motion(), Method::ShowOfHands, rules(MoreThan(1, 2), base, 2));
        cast_all(&mut p, &votes(&[(5, For), (3, Against)]));
        assert_eq!(p.close_round(t(2)), Ok(expected), "{base:?}");
    }
}

#[test]
fn a_poll_opens_only_with_the_quorum_of_all_members() {
    // (members, present, quorum, Err(needed) or Ok)
    let cases = [
        (7, 4, AtLeast(2, 3), Err(5)),
        (7, 5, AtLeast(2, 3), Ok(())),
        (9, 5, AtLeast(2, 3), Err(6)),
        (9, 6, AtLeast(2, 3), Ok(())),
        (6, 3, MoreThan(1, 2), Err(4)),
        (6, 4, MoreThan(1, 2), Ok(())),
        (6, 6, AtLeast(1, 1), Ok(())),
    ];
    for (members, present, quorum, expected) in cases {
        let c = conference(members, motion(), Method::ShowOfHands, Rules { quorum, ..Rules::default() });
        let opened = Poll::open(&c, 1, ids(present), t(0));
        match expected {
            Ok(()) => assert_eq!(opened.map(|p| p.present.len()), Ok(present)),
            Err(needed) => assert_eq!(
                opened,
                Err(OpenError::NoQuorum { present: count(present), members: count(members), needed })
            ),
        }
    }
}

#[test]
fn opening_refuses_what_is_not_a_vote_and_keeps_the_conference_order() {
    let c = conference(6, office(&["u2", "u3"]), Method::ShowOfHands, Rules::default());
    assert_eq!(Poll::open(&c, 0, ids(6), t(0)), Err(OpenError::NotAVote));
    assert_eq!(Poll::open(&c, 7, ids(6), t(0)), Err(OpenError::NoSuchItem(7)));
    let with_guest = strings(&["u1", "u2", "u3", "u4", "khach"]);
    assert_eq!(Poll::open(&c, 1, with_guest, t(0)), Err(OpenError::UnknownUnit("khach".into())));
    let p = Poll::open(&c, 1, strings(&["u5", "u1", "u3", "u1", "u2"]), t(0)).expect("4 of 6 present");
    assert_eq!(p.present, strings(&["u1", "u2", "u3", "u5"]));
    assert_eq!((p.members, p.item, p.rounds.len()), (6, 1, 1));
    assert_eq!(p.rounds.first().map(|r| r.candidates.clone()), Some(strings(&["u2", "u3"])));
}

#[test]
fn one_unit_one_vote_changes_are_logged() {
    let mut p = poll(6, 5, office(&["u2", "u3"]), Method::ShowOfHands, Rules::default());
    // (unit, choice, expected)
    let cases = [
        ("u6", Some(cand("u2")), Err(VoteError::NotPresent("u6".into()))),
        ("khach", Some(cand("u2")), Err(VoteError::NotPresent("khach".into()))),
        ("u1", Some(cand("u4")), Err(VoteError::NotACandidate("u4".into()))),
        ("u1", Some(Choice::For), Err(VoteError::WrongKind(Choice::For))),
        ("u1", Some(cand("u2")), Ok(())),
        ("u1", Some(cand("u3")), Ok(())),
        ("u1", Some(cand("u3")), Ok(())),
        ("u2", Some(Choice::Abstain), Ok(())),
        ("u2", None, Ok(())),
    ];
    for (unit, choice, expected) in cases {
        assert_eq!(p.cast(unit, choice.clone(), t(1)), expected, "{unit} {choice:?}");
    }
    let round = p.current_round().expect("round 1");
    assert_eq!(round.votes.len(), 1);
    assert_eq!(round.votes.get("u1"), Some(&cand("u3")));
    let log: Vec<_> = round.log.iter().map(|c| (c.unit.as_str(), c.from.clone(), c.to.clone())).collect();
    assert_eq!(
        log,
        [
            ("u1", None, Some(cand("u2"))),
            ("u1", Some(cand("u2")), Some(cand("u3"))),
            ("u2", None, Some(Choice::Abstain)),
            ("u2", Some(Choice::Abstain), None),
        ]
    );
    assert_eq!(p.cast_remaining(Choice::For, &[], t(2)), Err(VoteError::WrongKind(Choice::For)));
    assert_eq!(p.cast_remaining(cand("u2"), &[], t(2)), Ok(4));
    assert_eq!(p.tally().count(&cand("u2")), 4);
    assert_eq!(p.close_round(t(3)), Ok(Outcome::Elected("u2".into())));
    assert_eq!(p.cast("u1", Some(cand("u2")), t(4)), Err(VoteError::Closed));
    assert_eq!(p.close_round(t(4)), Err(CloseError::NoOpenRound));

    let mut m = poll(6, 6, motion(), Method::ShowOfHands, Rules::default());
    assert_eq!(m.cast("u1", Some(cand("u2")), t(1)), Err(VoteError::WrongKind(cand("u2"))));
    let mut s = poll(6, 6, motion(), Method::SecretBallot, Rules::default());
    assert_eq!(s.cast("u1", Some(Choice::For), t(1)), Err(VoteError::SecretBallot));
    assert_eq!(s.cast_remaining(Choice::For, &[], t(1)), Err(VoteError::SecretBallot));
}

#[test]
fn abstentions_count_in_the_base_present_but_for_no_candidate() {
    use Choice::Abstain;
    let a = || cand("u1");
    let b = || cand("u2");
    // (votes among 7 present, base, outcome)
    let cases = [
        (votes(&[(3, a()), (1, b()), (3, Abstain)]), Base::Present, Outcome::NotElected),
        (votes(&[(4, a()), (3, Abstain)]), Base::Present, Outcome::Elected("u1".into())),
        (votes(&[(3, a()), (1, b())]), Base::Present, Outcome::NotElected),
        (votes(&[(7, Abstain)]), Base::Present, Outcome::NotElected),
        (votes(&[(2, a()), (2, b()), (3, Abstain)]), Base::Present, Outcome::Tie(strings(&["u1", "u2"]))),
    ];
    for (choices, base, expected) in cases {
        let mut p = poll(7, 7, office(&["u1", "u2"]), Method::ShowOfHands, rules(MoreThan(1, 2), base, 2));
        cast_all(&mut p, &choices);
        let abstained = choices.iter().filter(|c| **c == Abstain).count();
        let live = p.tally();
        assert_eq!(live.base_value, 7, "abstentions leave the base as it is");
        assert_eq!(live.count(&Abstain), count(abstained));
        assert_eq!(live.count(&a()) + live.count(&b()) + live.count(&Abstain), count(choices.len()));
        assert_eq!(p.close_round(t(2)), Ok(expected), "{choices:?}");
    }
    // A motion: 4 for and 3 abstentions of 7 passes, 3 for and 4 abstentions does not.
    for (yes, expected) in [(4, Outcome::Passed), (3, Outcome::Rejected)] {
        let mut p = poll(7, 7, motion(), Method::ShowOfHands, Rules::default());
        cast_all(&mut p, &votes(&[(yes, Choice::For), (7 - yes, Abstain)]));
        assert_eq!(p.close_round(t(2)), Ok(expected));
    }
}

#[test]
fn a_tie_is_voted_again_among_the_tied_only() {
    let (a, b, c) = (cand("u1"), cand("u2"), cand("u3"));
    // (round 1 votes of 7, tied, round 2 votes, round 2 outcome)
    let cases = [
        (
            votes(&[(3, a.clone()), (3, b.clone()), (1, c.clone())]),
            strings(&["u1", "u2"]),
            votes(&[(4, b.clone()), (3, a.clone())]),
            Outcome::Elected("u2".into()),
        ),
        (
            votes(&[(2, a.clone()), (2, b.clone()), (2, c.clone()), (1, Choice::Abstain)]),
            strings(&["u1", "u2", "u3"]),
            votes(&[(5, c.clone()), (1, a.clone()), (1, b.clone())]),
            Outcome::Elected("u3".into()),
        ),
    ];
    for (first, tied, second, outcome) in cases {
        let mut p = poll(7, 7, office(&["u1", "u2", "u3"]), Method::ShowOfHands, Rules::default());
        cast_all(&mut p, &first);
        assert_eq!(p.tally().provisional, Outcome::Tie(tied.clone()));
        assert_eq!(p.close_round(t(2)), Ok(Outcome::Tie(tied.clone())));
        assert_eq!(p.result(), PollResult::Voting { round: 2 });
        let round2 = p.current_round().expect("a re-vote");
        assert_eq!((round2.number, &round2.candidates, round2.votes.len()), (2, &tied, 0));
        assert_eq!(p.present.len(), 7, "the same units vote again");
        if tied.len() == 2 {
            assert_eq!(p.cast("u1", Some(c.clone()), t(3)), Err(VoteError::NotACandidate("u3".into())));
        }
        let lines: Vec<Choice> = p.tally().rows.into_iter().map(|r| r.choice).collect();
        let mut expected_lines: Vec<Choice> = tied.iter().cloned().map(Choice::Candidate).collect();
        expected_lines.push(Choice::Abstain);
        assert_eq!(lines, expected_lines);
        cast_all(&mut p, &second);
        assert_eq!(p.close_round(t(4)), Ok(outcome.clone()));
        assert_eq!(p.rounds.len(), 2, "every round is kept");
        assert_eq!(p.rounds.first().and_then(|r| r.outcome.clone()), Some(Outcome::Tie(tied)));
        let Outcome::Elected(unit) = outcome else { unreachable!() };
        assert_eq!(p.result(), PollResult::Elected { unit, round: 2 });
        assert!(!p.needs_chair_decision());
    }
}

/// 3–2–1 of six: nobody has more than half and nobody is tied. The conference may vote
/// again among the same candidates (within the rounds allowed); nothing follows by itself.
#[test]
fn nobody_elected_may_be_voted_again_while_rounds_remain() {
    let (a, b, c) = (cand("u1"), cand("u2"), cand("u3"));
    let mut p = poll(6, 6, office(&["u1", "u2", "u3"]), Method::ShowOfHands, Rules::default());
    assert!(!p.can_revote(), "round 1 is open");
    cast_all(&mut p, &votes(&[(3, a.clone()), (2, b.clone()), (1, c.clone())]));
    assert_eq!(p.close_round(t(2)), Ok(Outcome::NotElected));
    assert_eq!(p.rounds.len(), 1, "no round opens by itself");
    assert!(p.can_revote());
    assert_eq!(p.revote(t(3)), Some(2));
    assert_eq!((p.rounds[1].candidates.clone(), p.rounds[1].places), (strings(&["u1", "u2", "u3"]), 1));
    assert_eq!(p.result(), PollResult::Voting { round: 2 });
    assert!(!p.can_revote() && p.revote(t(3)).is_none(), "round 2 is open");
    cast_all(&mut p, &votes(&[(4, a.clone()), (2, b.clone())]));
    assert_eq!(p.close_round(t(4)), Ok(Outcome::Elected("u1".into())));
    assert_eq!(p.result(), PollResult::Elected { unit: "u1".into(), round: 2 });
    assert!(!p.can_revote(), "elected");

    // The last round allowed, a motion, a tie: no re-vote of this kind.
    let mut p =
        poll(6, 6, office(&["u1", "u2", "u3"]), Method::ShowOfHands, rules(MoreThan(1, 2), Base::Present, 1));
    cast_all(&mut p, &votes(&[(3, a.clone()), (2, b.clone()), (1, c)]));
    p.close_round(t(2)).expect("closes");
    assert!(!p.can_revote() && p.revote(t(3)).is_none(), "max_rounds 1");
    let mut p = poll(6, 6, motion(), Method::ShowOfHands, Rules::default());
    cast_all(&mut p, &votes(&[(3, Choice::For), (3, Choice::Against)]));
    assert_eq!(p.close_round(t(2)), Ok(Outcome::Rejected));
    assert!(!p.can_revote(), "a motion rejected is rejected");
    let mut p = poll(6, 6, office(&["u1", "u2"]), Method::ShowOfHands, Rules::default());
    cast_all(&mut p, &votes(&[(3, a), (3, b)]));
    p.close_round(t(2)).expect("closes");
    assert_eq!(p.rounds.len(), 2, "the tie's own re-vote");
    assert!(!p.can_revote());
}

#[test]
fn the_chair_decides_a_tie_after_the_last_round() {
    let (a, b, c) = (cand("u1"), cand("u2"), cand("u3"));
    let mut p = poll(6, 6, office(&["u1", "u2", "u3"]), Method::ShowOfHands, Rules::default());
    assert_eq!(p.decide_by_chair(Some("u1"), "lý do", t(1)), Err(ChairError::NotAwaiting));
    cast_all(&mut p, &votes(&[(2, a.clone()), (2, b.clone()), (2, c.clone())]));
    p.close_round(t(2)).expect("round 1 closes");
    assert!(!p.needs_chair_decision(), "a second round comes first");
    assert_eq!(p.decide_by_chair(Some("u1"), "lý do", t(2)), Err(ChairError::NotAwaiting));
    cast_all(&mut p, &votes(&[(3, a.clone()), (3, b.clone())]));
    assert_eq!(p.close_round(t(3)), Ok(Outcome::Tie(strings(&["u1", "u2"]))));
    assert_eq!(p.rounds.len(), 2, "max_rounds 2: no third round");
    assert!(p.needs_chair_decision());
    let tied = strings(&["u1", "u2"]);
    assert_eq!(p.result(), PollResult::AwaitingChair { tied: tied.clone(), round: 2 });
    assert_eq!(p.decide_by_chair(Some("u2"), "  ", t(4)), Err(ChairError::BlankReason));
    assert_eq!(p.decide_by_chair(Some("u3"), "lý do", t(4)), Err(ChairError::NotTied("u3".into())));
    let reason = "Đơn vị có thành tích cao hơn trong năm";
    assert_eq!(p.decide_by_chair(Some("u2"), reason, t(4)), Ok(()));
    assert_eq!(
        p.chair_decision.as_ref().map(|d| (d.elected.clone(), d.reason.as_str(), d.at)),
        Some((Some("u2".into()), reason, t(4)))
    );
    assert!(!p.needs_chair_decision());
    assert_eq!(p.result(), PollResult::DecidedByChair { elected: Some("u2".into()), tied, round: 2 });
    assert_eq!(p.decide_by_chair(Some("u1"), "lý do", t(5)), Err(ChairError::NotAwaiting));

    // max_rounds 1: the chair decides straight after round 1.
    let mut p =
        poll(6, 6, office(&["u1", "u2"]), Method::ShowOfHands, rules(MoreThan(1, 2), Base::Present, 1));
    cast_all(&mut p, &votes(&[(3, a), (3, b)]));
    p.close_round(t(2)).expect("closes");
    assert!(p.needs_chair_decision());
    assert_eq!(p.decide_by_chair(None, "Hoãn bầu", t(3)), Ok(()));
    assert_eq!(
        p.result(),
        PollResult::DecidedByChair { elected: None, tied: strings(&["u1", "u2"]), round: 1 }
    );
}

#[test]
fn percentages_are_integer_hundredths_rounded_half_up() {
    // (count, base, formatted)
    let cases = [
        (30, 34, Some("88,24")),
        (2, 3, Some("66,67")),
        (1, 3, Some("33,33")),
        (1, 1, Some("100,00")),
        (0, 5, Some("0,00")),
        (1, 8, Some("12,50")),
        (1, 16, Some("6,25")),
        (1, 32, Some("3,13")),
        (5, 9, Some("55,56")),
        (3, 0, None),
    ];
    for (n, base, expected) in cases {
        assert_eq!(Percent::of(n, base).map(|p| p.format(',')).as_deref(), expected, "{n}/{base}");
    }
    assert_eq!(Percent::of(2, 3).map(|p| p.format('.')), Some("66.67".into()));
    assert_eq!(Percent::of(u32::MAX, 1), Some(Percent(u32::MAX)), "saturates, never panics");
}

#[test]
fn no_floating_point_in_the_voting_code() {
    let sources = [
        ("poll.rs", include_str!("../poll.rs")),
        ("ballots.rs", include_str!("ballots.rs")),
        ("close.rs", include_str!("close.rs")),
        ("places.rs", include_str!("places.rs")),
        ("tally.rs", include_str!("tally.rs")),
        ("tests.rs", include_str!("tests.rs")),
        ("tests/ballots.rs", include_str!("tests/ballots.rs")),
        ("tests/corrections.rs", include_str!("tests/corrections.rs")),
        ("tests/places.rs", include_str!("tests/places.rs")),
        ("tests/property.rs", include_str!("tests/property.rs")),
    ];
    let floats = [["f", "32"].concat(), ["f", "64"].concat()];
    for (file, text) in sources {
        for float in &floats {
            assert!(!text.contains(float.as_str()), "{file} mentions {float}");
        }
    }
}
