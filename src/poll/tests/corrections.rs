//! Corrections after closing: a stated reason, an audit entry with the round as it was, and
//! nothing with votes ever dropped. Also the saved shape of a poll.

use super::*;

fn figures(valid: u32, per_choice: &[(&str, u32)]) -> Ballots {
    Ballots {
        issued: 8,
        returned: 8,
        valid,
        invalid: 8 - valid,
        per_choice: per_choice.iter().map(|&(id, n)| (cand(id), n)).collect(),
    }
}

fn secret_election() -> Poll {
    poll(8, 8, office(&["u1", "u2"]), Method::SecretBallot, Rules::default())
}

#[test]
fn corrected_figures_keep_the_old_ones_and_recompute_the_outcome() {
    let mut p = secret_election();
    let old = figures(8, &[("u1", 5), ("u2", 3)]);
    p.set_ballots(old.clone(), t(1)).expect("adds up");
    assert_eq!(p.close_round(t(2)), Ok(Outcome::Elected("u1".into())));
    let new = figures(8, &[("u1", 3), ("u2", 5)]);
    assert_eq!(p.correct_ballots(1, new.clone(), " ", t(3)), Err(CorrectionError::BlankReason));
    assert_eq!(p.correct_ballots(2, new.clone(), "lý do", t(3)), Err(CorrectionError::NoSuchRound(2)));
    let bad = figures(7, &[("u1", 9)]);
    assert!(matches!(p.correct_ballots(1, bad, "lý do", t(3)), Err(CorrectionError::Ballots(_))));
    assert!(p.corrections.is_empty(), "refused corrections leave no trace");

    let reason = "Ban kiểm phiếu đọc nhầm một phiếu";
    assert_eq!(p.correct_ballots(1, new.clone(), reason, t(3)), Ok(Outcome::Elected("u2".into())));
    assert_eq!(p.result(), PollResult::Elected { unit: "u2".into(), round: 1 });
    let round = p.rounds.first().expect("round 1");
    assert_eq!((round.ballots.as_ref(), round.closed_at), (Some(&new), Some(t(2))));
    let [entry] = p.corrections.as_slice() else { panic!("one audit entry: {:?}", p.corrections) };
    assert_eq!(
        (entry.at, entry.reason.as_str(), entry.kind, entry.round),
        (t(3), reason, CorrectionKind::BallotsCorrected, 1)
    );
    assert_eq!(entry.before.ballots.as_ref(), Some(&old), "the old figures stay in the record");
    assert_eq!(entry.before.outcome, Some(Outcome::Elected("u1".into())));

    let mut hands = poll(8, 8, motion(), Method::ShowOfHands, Rules::default());
    hands.close_round(t(1)).expect("closes with no votes");
    assert_eq!(hands.correct_ballots(1, new, "lý do", t(2)), Err(CorrectionError::ShowOfHands));
}

#[test]
fn reopening_needs_a_reason_and_keeps_the_round_as_it_was() {
    let mut p = poll(6, 6, motion(), Method::ShowOfHands, Rules::default());
    cast_all(&mut p, &votes(&[(3, Choice::For), (3, Choice::Against)]));
    assert_eq!(p.reopen("lý do", t(2)), Err(CorrectionError::NothingToReopen));
    assert_eq!(p.close_round(t(2)), Ok(Outcome::Rejected));
    assert_eq!(p.reopen("\t", t(3)), Err(CorrectionError::BlankReason));
    let closed = p.current_round().cloned().expect("round 1");
    assert_eq!(p.reopen("Đại biểu Sở Tư pháp giơ nhầm tay", t(3)), Ok(()));
    assert_eq!(p.result(), PollResult::Voting { round: 1 });
    let entry = p.corrections.first().expect("an audit entry");
    assert_eq!((entry.kind, entry.round, &entry.before), (CorrectionKind::Reopened, 1, &closed));
    p.cast("u4", Some(Choice::For), t(4)).expect("the round is open again");
    assert_eq!(p.close_round(t(5)), Ok(Outcome::Passed));
    assert_eq!(p.current_round().map(|r| r.log.len()), Some(7), "the first log is kept");
}

#[test]
fn reopening_a_tied_round_drops_only_an_untouched_revote() {
    let tie = votes(&[(3, cand("u1")), (3, cand("u2"))]);
    // Untouched re-vote: dropped, kept in the audit entry.
    let mut p = poll(6, 6, office(&["u1", "u2", "u3"]), Method::ShowOfHands, Rules::default());
    cast_all(&mut p, &tie);
    p.close_round(t(2)).expect("tie");
    assert_eq!(p.reopen("Kiểm lại", t(3)), Ok(()));
    assert_eq!(p.rounds.len(), 1);
    assert_eq!(p.open_round().map(|r| r.number), Some(1));
    let removed = p.corrections.first().and_then(|c| c.removed_round.clone());
    assert_eq!(removed.map(|r| r.candidates), Some(strings(&["u1", "u2"])));

    // A re-vote with a vote, even withdrawn, is never dropped.
    let mut p = poll(6, 6, office(&["u1", "u2", "u3"]), Method::ShowOfHands, Rules::default());
    cast_all(&mut p, &tie);
    p.close_round(t(2)).expect("tie");
    p.cast("u1", Some(cand("u1")), t(3)).expect("vote");
    p.cast("u1", None, t(3)).expect("withdraw");
    assert_eq!(p.reopen("Kiểm lại", t(4)), Err(CorrectionError::LaterRoundHasVotes(2)));
    assert_eq!((p.rounds.len(), p.corrections.len()), (2, 0));
}

#[test]
fn reopening_sets_the_chairs_decision_aside() {
    let mut p =
        poll(6, 6, office(&["u1", "u2"]), Method::ShowOfHands, rules(MoreThan(1, 2), Base::Present, 1));
    cast_all(&mut p, &votes(&[(3, cand("u1")), (3, cand("u2"))]));
    p.close_round(t(2)).expect("tie");
    p.decide_by_chair(Some("u1"), "Theo thâm niên", t(3)).expect("awaiting");
    assert_eq!(p.reopen("Một đơn vị bỏ phiếu nhầm", t(4)), Ok(()));
    assert_eq!(p.chair_decision, None);
    let set_aside = p.corrections.first().and_then(|c| c.chair_decision.clone());
    assert_eq!(set_aside.map(|d| d.elected), Some(Some("u1".into())));
    p.cast("u6", Some(cand("u1")), t(5)).expect("vote changed");
    assert_eq!(p.close_round(t(6)), Ok(Outcome::Elected("u1".into())));
}

#[test]
fn corrected_figures_that_change_a_tie_follow_the_rules() {
    let tie = figures(8, &[("u1", 4), ("u2", 4)]);
    let win = figures(8, &[("u1", 5), ("u2", 3)]);
    // A tie corrected to a win drops the untouched re-vote.
    let mut p = secret_election();
    p.set_ballots(tie.clone(), t(1)).expect("adds up");
    p.close_round(t(2)).expect("tie");
    assert_eq!(p.correct_ballots(1, win.clone(), "Đếm lại", t(3)), Ok(Outcome::Elected("u1".into())));
    assert_eq!(p.rounds.len(), 1);
    assert!(p.corrections.first().is_some_and(|c| c.removed_round.is_some()));
    // A win corrected to a tie opens the re-vote.
    assert_eq!(
        p.correct_ballots(1, tie.clone(), "Đếm lại lần nữa", t(4)),
        Ok(Outcome::Tie(strings(&["u1", "u2"])))
    );
    assert_eq!(p.open_round().map(|r| (r.number, r.opened_at)), Some((2, t(4))));
    // Figures of round 1 that keep its outcome may change while round 2 runs.
    let same_tie = figures(6, &[("u1", 3), ("u2", 3)]);
    assert_eq!(
        p.correct_ballots(1, same_tie, "Hai phiếu không hợp lệ", t(5)),
        Ok(Outcome::Tie(strings(&["u1", "u2"])))
    );
    assert_eq!(p.rounds.len(), 2);
    // But not figures that would change it once round 2 has figures.
    p.set_ballots(figures(8, &[("u2", 5)]), t(6)).expect("adds up");
    assert_eq!(p.correct_ballots(1, win, "lý do", t(7)), Err(CorrectionError::LaterRoundHasVotes(2)));
    assert_eq!(p.correct_ballots(2, tie, "lý do", t(7)), Err(CorrectionError::RoundOpen(2)));
    assert_eq!(p.corrections.len(), 3);
}

#[test]
fn a_poll_saves_as_readable_ron_and_loads_back_identical() {
    let mut p = poll(6, 5, office(&["u1", "u2", "u3"]), Method::ShowOfHands, Rules::default());
    cast_all(&mut p, &votes(&[(2, cand("u1")), (2, cand("u2")), (1, Choice::Abstain)]));
    p.cast("u5", Some(cand("u1")), t(1)).expect("change");
    p.cast("u5", Some(Choice::Abstain), t(1)).expect("change back");
    p.close_round(t(2)).expect("tie");
    p.cast_remaining(cand("u2"), &[], t(3)).expect("nhất trí");
    p.close_round(t(4)).expect("elected");
    p.reopen("Đơn vị u3 xin biểu quyết lại", t(5)).expect("reopen");
    p.cast("u3", Some(cand("u1")), t(6)).expect("change");
    p.close_round(t(7)).expect("elected");
    let text = ron::ser::to_string_pretty(&p, ron::ser::PrettyConfig::default()).expect("serialises");
    println!("{text}");
    let back: Poll = ron::from_str(&text).expect("loads");
    assert_eq!(back, p);
    assert_eq!(ron::ser::to_string_pretty(&back, ron::ser::PrettyConfig::default()).ok(), Some(text));

    let mut s = secret_election();
    s.set_ballots(figures(7, &[("u1", 4), ("u2", 3)]), t(1)).expect("adds up");
    s.close_round(t(2)).expect("elected");
    let text = ron::ser::to_string_pretty(&s, ron::ser::PrettyConfig::default()).expect("serialises");
    println!("{text}");
    assert_eq!(ron::from_str::<Poll>(&text).ok(), Some(s));
}
