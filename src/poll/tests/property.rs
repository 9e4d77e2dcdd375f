//! A property test without a dependency: 2,000 seeded random sequences of cast, change,
//! withdraw, nhất trí, close, reopen and chair decisions on show-of-hands polls of 3 to 14
//! units, each step checked against a model kept here and a reference count written
//! separately from the module's own (integer arithmetic only).

use super::*;

/// xorshift64: deterministic, good enough to shuffle votes.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn percent(&mut self, p: u64) -> bool {
        self.next() % 100 < p
    }

    fn pick<T: Clone>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())].clone()
    }
}

/// One round as the test sees it: a choice per unit of the conference (by index).
#[derive(Clone, Debug)]
struct ModelRound {
    candidates: Vec<String>,
    votes: Vec<Option<Choice>>,
    touched: bool,
    outcome: Option<Outcome>,
}

/// "More than n/d of base" or "at least n/d of base", by cross-multiplying in u128.
fn reference_met(threshold: Threshold, votes: u64, base: u64) -> bool {
    let (n, d, strict) = match threshold {
        Threshold::MoreThan(n, d) => (n, d, true),
        Threshold::AtLeast(n, d) => (n, d, false),
    };
    let (lhs, rhs) = (u128::from(d) * u128::from(votes), u128::from(n) * u128::from(base));
    if strict { lhs > rhs } else { lhs >= rhs }
}

/// The outcome computed from scratch: count the units, compare the counts.
fn reference_outcome(is_motion: bool, round: &ModelRound, threshold: Threshold, base: u64) -> Outcome {
    let count_of = |choice: &Choice| round.votes.iter().filter(|v| v.as_ref() == Some(choice)).count() as u64;
    if is_motion {
        return if reference_met(threshold, count_of(&Choice::For), base) {
            Outcome::Passed
        } else {
            Outcome::Rejected
        };
    }
    let counts: Vec<(String, u64)> =
        round.candidates.iter().map(|c| (c.clone(), count_of(&Choice::Candidate(c.clone())))).collect();
    let best = counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
    let leaders: Vec<String> = counts.iter().filter(|(_, n)| *n == best).map(|(c, _)| c.clone()).collect();
    if best == 0 {
        Outcome::NotElected
    } else if leaders.len() > 1 {
        Outcome::Tie(leaders)
    } else if reference_met(threshold, best, base) {
        Outcome::Elected(leaders[0].clone())
    } else {
        Outcome::NotElected
    }
}

struct Case {
    units: Vec<String>,
    present: Vec<bool>,
    is_motion: bool,
    rules: Rules,
    rounds: Vec<ModelRound>,
    chair: bool,
    /// The outcome of the round a reopening set a chair's decision aside from: closed again
    /// with it, the decision stands again.
    set_aside: Option<Outcome>,
}

impl Case {
    fn base(&self) -> u64 {
        match self.rules.base {
            Base::AllMembers => self.units.len() as u64,
            _ => self.present.iter().filter(|p| **p).count() as u64,
        }
    }

    fn last(&mut self) -> &mut ModelRound {
        self.rounds.last_mut().expect("a poll always has a round")
    }

    /// What casting `choice` for unit number `unit` (`id`; none: nhất trí) must answer.
    fn expected_cast(&self, unit: Option<usize>, choice: &Option<Choice>, id: &str) -> Result<(), VoteError> {
        let round = self.rounds.last().expect("a round");
        if round.outcome.is_some() {
            return Err(VoteError::Closed);
        }
        if unit.is_some_and(|i| !self.present.get(i).copied().unwrap_or(false)) {
            return Err(VoteError::NotPresent(id.to_string()));
        }
        match choice {
            Some(Choice::Candidate(c)) if self.is_motion => {
                Err(VoteError::WrongKind(Choice::Candidate(c.clone())))
            }
            Some(Choice::Candidate(c)) if !round.candidates.contains(c) => {
                Err(VoteError::NotACandidate(c.clone()))
            }
            Some(c @ (Choice::For | Choice::Against)) if !self.is_motion => {
                Err(VoteError::WrongKind(c.clone()))
            }
            _ => Ok(()),
        }
    }

    /// Checks the poll against the model after a step.
    fn check(&self, p: &Poll, step: &str) {
        assert_eq!(p.rounds.len(), self.rounds.len(), "{step}");
        for (round, model) in p.rounds.iter().zip(&self.rounds) {
            let expected: BTreeMap<String, Choice> = self
                .units
                .iter()
                .zip(&model.votes)
                .filter_map(|(u, v)| v.clone().map(|v| (u.clone(), v)))
                .collect();
            assert_eq!(round.votes, expected, "{step}: votes of round {}", round.number);
            assert!(round.votes.keys().all(|u| p.present.contains(u)), "{step}: an absent unit voted");
            assert_eq!(round.candidates, model.candidates, "{step}");
            assert_eq!(round.outcome, model.outcome, "{step}: outcome of round {}", round.number);
            assert_eq!(round.closed_at.is_some(), model.outcome.is_some(), "{step}");
            // The log replays to the votes, each change starting from the vote then held.
            let mut replay = BTreeMap::new();
            for change in &round.log {
                assert_eq!(replay.get(&change.unit), change.from.as_ref(), "{step}: log");
                assert_ne!(change.from, change.to, "{step}: a logged change changes something");
                match &change.to {
                    Some(c) => replay.insert(change.unit.clone(), c.clone()),
                    None => replay.remove(&change.unit),
                };
            }
            assert_eq!(replay, round.votes, "{step}: log replay");
        }
        let model = self.rounds.last().expect("a round");
        let tally = p.tally();
        let base = self.base();
        assert_eq!(u64::from(tally.base_value), base, "{step}");
        let voters = model.votes.iter().flatten().count();
        let mut sum = 0;
        for row in &tally.rows {
            let n = model.votes.iter().filter(|v| v.as_ref() == Some(&row.choice)).count();
            assert_eq!(row.count as usize, n, "{step}: count of {:?}", row.choice);
            sum += n;
            let percent = (base > 0).then(|| ((row.count as u64 * 20_000 + base) / (2 * base)) as u32);
            assert_eq!(row.percent.map(|p| p.0), percent, "{step}");
            assert_eq!(row.meets, reference_met(self.rules.pass, u64::from(row.count), base), "{step}");
        }
        assert_eq!(sum, voters, "{step}: one vote per unit");
        assert_eq!(tally.votes_cast as usize, voters, "{step}");
        let not_voted: Vec<String> = (0..self.units.len())
            .filter(|&i| self.present[i] && model.votes[i].is_none())
            .map(|i| self.units[i].clone())
            .collect();
        assert_eq!(tally.not_voted, not_voted, "{step}");
        assert_eq!(
            tally.provisional,
            reference_outcome(self.is_motion, model, self.rules.pass, base),
            "{step}"
        );
        let awaiting = matches!(model.outcome, Some(Outcome::Tie(_))) && !self.chair;
        assert_eq!(p.needs_chair_decision(), awaiting, "{step}");
    }
}

const THRESHOLDS: [Threshold; 6] =
    [MoreThan(1, 2), AtLeast(1, 2), AtLeast(2, 3), MoreThan(2, 3), AtLeast(70, 100), AtLeast(90, 100)];

#[test]
fn random_vote_sequences_always_count_what_the_units_voted() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut opened, mut refused, mut closes, mut ties, mut reopens, mut chairs) = (0, 0, 0, 0, 0, 0);
    for seq in 0..2_000 {
        let n = 3 + rng.below(12);
        let units = ids(n);
        let present: Vec<bool> = (0..n).map(|_| rng.percent(85)).collect();
        let is_motion = rng.percent(35);
        let candidates: Vec<String> = if is_motion {
            vec![]
        } else {
            let k = 1 + rng.below(n.min(4));
            let mut picked: Vec<usize> = Vec::new();
            while picked.len() < k {
                let i = rng.below(n);
                if !picked.contains(&i) {
                    picked.push(i);
                }
            }
            picked.sort_unstable();
            picked.iter().map(|&i| units[i].clone()).collect()
        };
        let quorum = rng.pick(&[AtLeast(2, 3), MoreThan(1, 2)]);
        let base = rng.pick(&[Base::AllMembers, Base::Present]);
        let rules = Rules { quorum, pass: rng.pick(&THRESHOLDS), base, max_rounds: 1 + rng.below(3) as u32 };
        let subject = if is_motion {
            motion()
        } else {
            office(&candidates.iter().map(String::as_str).collect::<Vec<_>>())
        };
        let conf = conference(n, subject, Method::ShowOfHands, rules);
        let here: Vec<String> =
            units.iter().zip(&present).filter(|(_, p)| **p).map(|(u, _)| u.clone()).collect();
        let present_count = here.len() as u64;
        let mut p = match Poll::open(&conf, 1, here.clone(), t(0)) {
            Ok(p) => p,
            Err(e) => {
                let needed = (0..=n as u64).find(|&v| reference_met(quorum, v, n as u64)).expect("reachable");
                assert!(!reference_met(quorum, present_count, n as u64), "seq {seq}: refused with a quorum");
                let (present, members) = (present_count as u32, n as u32);
                assert_eq!(e, OpenError::NoQuorum { present, members, needed: needed as u32 }, "seq {seq}");
                refused += 1;
                continue;
            }
        };
        assert!(reference_met(quorum, present_count, n as u64), "seq {seq}: opened without a quorum");
        opened += 1;
        let mut case = Case {
            units: units.clone(),
            present,
            is_motion,
            rules,
            rounds: vec![ModelRound { candidates, votes: vec![None; n], touched: false, outcome: None }],
            chair: false,
            set_aside: None,
        };
        case.check(&p, &format!("seq {seq} opened"));
        let mut choices: Vec<Option<Choice>> =
            vec![None, Some(Choice::For), Some(Choice::Against), Some(Choice::Abstain)];
        choices.extend(units.iter().map(|u| Some(Choice::Candidate(u.clone()))));
        let steps = 10 + rng.below(70);
        for step in 0..steps {
            let now = t(step as i64 + 1);
            let label = format!("seq {seq} step {step}");
            match rng.below(100) {
                0..=59 => {
                    let unit = rng.below(n + 1);
                    let id = units.get(unit).cloned().unwrap_or_else(|| "khach".into());
                    let choice = rng.pick(&choices);
                    let expected = case.expected_cast(Some(unit), &choice, &id);
                    assert_eq!(p.cast(&id, choice.clone(), now), expected, "{label}: cast {id} {choice:?}");
                    if expected.is_ok() {
                        let round = case.last();
                        if round.votes[unit] != choice {
                            round.touched = true;
                        }
                        round.votes[unit] = choice;
                    }
                }
                60..=64 => {
                    let Some(choice) = rng.pick(&choices) else { continue };
                    let expected = case.expected_cast(None, &Some(choice.clone()), "");
                    let result = p.cast_remaining(choice.clone(), &[], now);
                    match expected {
                        Ok(()) => {
                            let present = case.present.clone();
                            let round = case.last();
                            let mut cast = 0;
                            for (vote, _) in
                                round.votes.iter_mut().zip(present).filter(|(v, p)| *p && v.is_none())
                            {
                                *vote = Some(choice.clone());
                                cast += 1;
                            }
                            round.touched |= cast > 0;
                            assert_eq!(result, Ok(cast), "{label}: nhất trí {choice:?}");
                        }
                        Err(err) => assert_eq!(result, Err(err), "{label}: nhất trí {choice:?}"),
                    }
                }
                65..=79 => {
                    let is_motion = case.is_motion;
                    let (pass, base, max) = (case.rules.pass, case.base(), case.rules.max_rounds as usize);
                    let held = case.rounds.len();
                    let round = case.last();
                    if round.outcome.is_some() {
                        assert_eq!(p.close_round(now), Err(CloseError::NoOpenRound), "{label}");
                        continue;
                    }
                    let outcome = reference_outcome(is_motion, round, pass, base);
                    round.outcome = Some(outcome.clone());
                    assert_eq!(p.close_round(now), Ok(outcome.clone()), "{label}: close");
                    closes += 1;
                    if case.set_aside.take().as_ref() == Some(&outcome) {
                        case.chair = true;
                    }
                    if let Outcome::Tie(tied) = outcome {
                        ties += 1;
                        if held < max {
                            let votes = vec![None; n];
                            case.rounds.push(ModelRound {
                                candidates: tied,
                                votes,
                                touched: false,
                                outcome: None,
                            });
                        }
                    }
                }
                80..=91 => {
                    let last = case.rounds.last().expect("a round");
                    let was_open = last.outcome.is_none();
                    let expected = match (!was_open, case.rounds.len(), last.touched) {
                        (false, 1, _) => Err(CorrectionError::NothingToReopen),
                        (false, k, true) => Err(CorrectionError::LaterRoundHasVotes(k as u32)),
                        _ => Ok(()),
                    };
                    assert_eq!(p.reopen("Sửa sai sót", now), expected, "{label}: reopen");
                    if expected.is_ok() {
                        if was_open {
                            case.rounds.pop();
                        }
                        let before = case.last().outcome.take();
                        case.set_aside = before.filter(|_| case.chair);
                        case.chair = false;
                        reopens += 1;
                    }
                }
                _ => {
                    let last = case.rounds.last().expect("a round");
                    match (&last.outcome, case.chair) {
                        (Some(Outcome::Tie(tied)), false) => {
                            let elected = rng.pick(tied);
                            assert_eq!(p.decide_by_chair(Some(&elected), "Chủ tọa quyết định", now), Ok(()));
                            case.chair = true;
                            chairs += 1;
                        }
                        _ => assert_eq!(
                            p.decide_by_chair(None, "x", now),
                            Err(ChairError::NotAwaiting),
                            "{label}"
                        ),
                    }
                }
            }
            case.check(&p, &label);
        }
    }
    eprintln!(
        "opened {opened}, refused {refused}, closes {closes}, ties {ties}, reopens {reopens}, chairs {chairs}"
    );
    assert!(opened > 1_500 && refused > 50, "both branches exercised: {opened} opened, {refused} refused");
    assert!(closes > 5_000 && ties > 200, "closes {closes}, ties {ties}");
    assert!(reopens > 1_000 && chairs > 20, "reopens {reopens}, chairs {chairs}");
}
