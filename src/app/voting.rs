//! Keys on a poll: opening it from a vote item (quorum checked), casting each present unit's
//! vote by digit, nhất trí, the secret-ballot form, closing a round, the chair's decision
//! after the last tied round, and reopening with a reason. The rules themselves are `poll`'s;
//! this only maps keys to them and says what happened. The secret-ballot form is `ballot`.

use chrono::NaiveDateTime;
use ratatui::crossterm::event::KeyCode;

use super::{Model, Notice, Overlay, PollPhase, PollScreen, Prompt, Question, Screen, Ui};
use crate::input::LineInput;
use crate::keys::{self, Command, Key};
use crate::poll::{Choice, CloseError, OpenError, Poll, Round, VoteError};

mod ballot;
pub use ballot::{FormField, ballots_from_form, blank_fields, form_fields};
use ballot::{ballot_form, form_of};

/// The digit that casts `choice`: candidates 1…n in the round's order, for 1, against 2,
/// abstain 0.
pub fn choice_digit(round: &Round, choice: &Choice) -> u8 {
    match choice {
        Choice::For => 1,
        Choice::Against => 2,
        Choice::Abstain => 0,
        Choice::Candidate(id) => {
            round.candidates.iter().position(|c| c == id).and_then(|i| u8::try_from(i + 1).ok()).unwrap_or(0)
        }
    }
}

fn digit_choice(poll: &Poll, round: &Round, digit: u8) -> Option<Choice> {
    match (poll.is_motion(), digit) {
        (_, 0) => Some(Choice::Abstain),
        (true, 1) => Some(Choice::For),
        (true, 2) => Some(Choice::Against),
        // Only the digits the legend shows: 3 is not "the third line" (a slip is said).
        (true, _) => None,
        (false, d) => round.candidates.get(usize::from(d) - 1).cloned().map(Choice::Candidate),
    }
}

/// The choice a digit stands for in the poll on screen.
pub(super) fn choice_for_digit(model: &Model, ui: &Ui, digit: u8) -> Option<Choice> {
    let Screen::Poll(screen) = &ui.screen else { return None };
    let poll = model.record.poll(screen.item)?;
    digit_choice(poll, poll.current_round()?, digit)
}

pub(super) fn phase(poll: &Poll) -> PollPhase {
    if poll.needs_chair_decision() {
        PollPhase::AwaitingChair
    } else if poll.open_round().is_some() {
        PollPhase::Open
    } else if poll.can_revote() {
        PollPhase::Revotable
    } else {
        PollPhase::Closed
    }
}

/// Puts the poll on screen, the cursor on the first unit still to vote, and the form as it
/// was typed (a draft survives a restart).
fn show(ui: &mut Ui, poll: &Poll, draft: Option<&Vec<String>>) {
    ui.screen = screen_of(poll, draft);
}

/// The screen of `poll` as `show` puts it.
fn screen_of(poll: &Poll, draft: Option<&Vec<String>>) -> Screen {
    let secret = poll.method == crate::conference::Method::SecretBallot;
    // A ballot's figures half typed (back after a restart): the first still blank, where the
    // typing stopped.
    let first = match draft {
        Some(form) if secret => form.iter().position(|f| f.trim().is_empty()).unwrap_or(0),
        _ => poll.open_round().and_then(|r| poll.voters().iter().position(|u| !r.has_voted(u))).unwrap_or(0),
    };
    Screen::Poll(PollScreen {
        item: poll.item,
        selected: first,
        secret,
        phase: phase(poll),
        form: draft.cloned().unwrap_or_else(|| form_of(poll)),
        chosen: Vec::new(),
    })
}

/// After a restart: a vote with a round open (the battery died mid-vote), to go on with where
/// it was; the notice says so. The vote of the item going on, else the last opened that holds
/// something (a vote, a figure being typed): one taken on another row than the item going on
/// is as open, and one opened and left empty is nothing to go back to.
pub fn resumed_vote(model: &Model) -> Option<(Screen, Notice)> {
    let record = &model.record;
    let open = |poll: &&Poll| poll.open_round().is_some();
    let item = record.current.filter(|&item| record.poll(item).as_ref().is_some_and(open)).or_else(|| {
        record.polls.iter().rev().filter(open).find(|p| base_settled(model, p)).map(|p| p.item)
    })?;
    let secret = record.poll(item).is_some_and(|p| p.method == crate::conference::Method::SecretBallot);
    Some((screen_for(model, item)?, Notice::VoteResumed { item, secret }))
}

/// The screen of the poll of agenda item `item`, as it was left (for a prompt reopened over
/// it after a restart).
pub(super) fn screen_for(model: &Model, item: usize) -> Option<Screen> {
    let poll = model.record.poll(item)?;
    Some(screen_of(poll, model.record.drafts.ballots.get(&item)))
}

/// After the poll changed: its phase, and its form from what it now holds.
fn refresh(screen: &mut PollScreen, poll: &Poll) {
    screen.phase = phase(poll);
    screen.form = form_of(poll);
    screen.chosen.clear();
}

/// Whether `poll`'s units present are settled: a vote, a mark, a figure (even one being typed)
/// or a correction is in. Until then, opening it again counts the units present anew.
pub(super) fn base_settled(model: &Model, poll: &Poll) -> bool {
    !poll.untouched() || model.record.drafts.ballots.contains_key(&poll.item)
}

/// Whether the units present of `poll`'s open round are settled: for round 1 as
/// [`base_settled`] says; a re-vote's once a vote, a mark or a figure is in it (until then,
/// showing it takes them anew: `Poll::retake_presence`).
pub(super) fn round_settled(model: &Model, poll: &Poll) -> bool {
    match poll.open_round() {
        Some(round) if round.number > 1 => {
            !round.is_untouched() || model.record.drafts.ballots.contains_key(&poll.item)
        }
        _ => base_settled(model, poll),
    }
}

/// A vote opened while its item was not going on (the cursor on the wrong row), whose votes
/// typed then were all taken back: opened on its item going on, it starts then, as if new.
fn opened_by_mistake(model: &Model, poll: &Poll) -> bool {
    model.record.current == Some(poll.item) && empty_and_off_its_item(&model.record, poll)
}

/// Whether `poll` has nothing in it (no vote now, no figure being typed) and was opened while
/// its item was not going on: before it, or after it was done (the cursor on the wrong row).
fn empty_and_off_its_item(record: &crate::record::Record, poll: &Poll) -> bool {
    poll.holds_nothing()
        && !record.drafts.ballots.contains_key(&poll.item)
        && !record.going_on_at(poll.item, poll.opened_at)
}

/// Opens the poll of the selected agenda item (or shows it if it is open already). Returns
/// whether the record changed.
pub(super) fn open(model: &mut Model, ui: &mut Ui, now: NaiveDateTime) -> bool {
    let item = ui.selected;
    let present = model.record.attendance.present_ids(&model.conference);
    if let Some(at) = model.record.polls.iter().position(|p| p.item == item) {
        let poll = &model.record.polls[at];
        // Nobody has voted yet: the vote starts now, with the units present now (one that
        // came after the screen was first opened can vote). One opened on the wrong row and
        // emptied starts again, in full, once its item goes on.
        let mistaken = opened_by_mistake(model, poll);
        if mistaken || !base_settled(model, poll) && poll.present != present {
            match Poll::open(&model.conference, item, present.clone(), now) {
                Ok(fresh) => {
                    if poll.present != fresh.present {
                        ui.notice = Some(Notice::PresentRecounted {
                            present: crate::poll::count(fresh.present.len()),
                            members: fresh.members,
                        });
                    }
                    show(ui, &fresh, None);
                    model.record.polls[at] = fresh;
                    return true;
                }
                // Its voting would begin now, without a quorum: as when opening it.
                Err(OpenError::NoQuorum { present, members, needed }) => {
                    ui.notice = Some(Notice::NoQuorum { present, members, needed });
                    return false;
                }
                Err(_) => {}
            }
        }
        // A re-vote nobody has voted in yet (it opened as the round before closed): its voting
        // begins now, with the units present now, and needs the quorum as a vote does.
        if !round_settled(model, &model.record.polls[at]) {
            let poll = &mut model.record.polls[at];
            match poll.retake_presence(&model.conference, &present, now) {
                Ok(false) => {}
                Ok(true) => {
                    let present = crate::poll::count(poll.voters().len());
                    ui.notice = Some(Notice::PresentRecounted { present, members: poll.members });
                    show(ui, poll, None);
                    return true;
                }
                Err(OpenError::NoQuorum { present, members, needed }) => {
                    ui.notice = Some(Notice::NoQuorum { present, members, needed });
                    return false;
                }
                Err(_) => {}
            }
        }
        let poll = &model.record.polls[at];
        show(ui, poll, model.record.drafts.ballots.get(&item));
        return false;
    }
    match Poll::open(&model.conference, item, present, now) {
        Ok(poll) => {
            show(ui, &poll, None);
            model.record.polls.push(poll);
            // Opened on an item not going on (the cursor on the wrong row, say): allowed, as
            // a vote taken later for an earlier item is, but said.
            let current = model.record.current;
            if !model.record.held(item) {
                ui.notice = Some(Notice::VoteOnItemNotHeld { item, current });
            } else if current != Some(item) {
                ui.notice = Some(Notice::VoteOnItemDone(item));
            }
            true
        }
        Err(OpenError::NoQuorum { present, members, needed }) => {
            ui.notice = Some(Notice::NoQuorum { present, members, needed });
            false
        }
        Err(_) => {
            ui.notice = Some(Notice::NotAVote);
            false
        }
    }
}

/// Handles a command on the poll screen; returns whether the record changed.
pub(super) fn run(model: &mut Model, ui: &mut Ui, command: Command, key: Key, now: NaiveDateTime) -> bool {
    let Screen::Poll(screen) = &mut ui.screen else { return false };
    let left = left_during(model, screen.item);
    let record = &mut model.record;
    let mistaken = command == Command::Back
        && record.poll(screen.item).is_some_and(|p| empty_and_off_its_item(record, p));
    let drafts = &mut record.drafts.ballots;
    let Some(poll) = record.polls.iter_mut().find(|p| p.item == screen.item) else {
        ui.screen = Screen::Agenda;
        return false;
    };
    if command == Command::Back {
        ui.screen = Screen::Agenda;
        // Opened while its item was not going on (the cursor on the wrong row) and left with
        // nothing in it: taken back, so that the biên bản has no vote there.
        let item = poll.item;
        if mistaken {
            let held = record.held(item);
            record.polls.retain(|p| p.item != item);
            ui.notice = Some(Notice::EmptyVoteWithdrawn { item, held });
            return true;
        }
        return false;
    }
    if poll.needs_chair_decision() && matches!(command, Command::Choose | Command::Decide) {
        let tied = poll.tied_with_digits();
        chair(&tied, poll.places_left().max(1), screen, (&mut ui.overlay, &mut ui.notice), command, key);
        return false;
    }
    let round_open = poll.open_round().is_some();
    match command {
        Command::Revote if poll.can_revote() => {
            ui.overlay = Some(Overlay::Confirm(Question::Revote));
            false
        }
        Command::Reopen if round_open => false,
        Command::Reopen => {
            ui.overlay = Some(Overlay::Prompt(Prompt::ReopenReason, LineInput::default()));
            false
        }
        _ if screen.secret => {
            let before = screen.form.clone();
            let recorded = ballot_form(poll, screen, &mut ui.notice, &mut ui.overlay, command, key, now);
            // The form as typed is kept until the figures are recorded; erased to nothing, it
            // is no draft (a vote on the wrong row left so is withdrawn on Esc, and a start
            // does not go back to it).
            let typed = screen.form != before;
            if recorded || typed && screen.form.iter().all(String::is_empty) {
                drafts.remove(&screen.item);
            } else if typed {
                drafts.insert(screen.item, screen.form.clone());
            }
            recorded || typed
        }
        Command::SelectUp => {
            screen.selected = screen.selected.saturating_sub(1);
            false
        }
        Command::SelectDown => {
            screen.selected = (screen.selected + 1).min(poll.voters().len().saturating_sub(1));
            false
        }
        Command::SelectFirst => {
            screen.selected = 0;
            false
        }
        Command::SelectLast => {
            screen.selected = poll.voters().len().saturating_sub(1);
            false
        }
        Command::Choose | Command::Erase => {
            let Some(unit) = poll.voters().get(screen.selected).cloned() else { return false };
            let Some(round) = poll.current_round() else { return false };
            if command == Command::Erase && !round.has_voted(&unit) {
                ui.notice = Some(Notice::NothingToClear);
                return false;
            }
            // A unit that has left since the vote opened votes no more (its vote, if it had
            // one, can still be taken back).
            if command == Command::Choose && left.contains(&unit) {
                let short = model.conference.short_name(&unit).to_string();
                ui.notice = Some(Notice::LeftCannotVote(short));
                return false;
            }
            let places = round.has_places().then_some(round.places);
            let choice = match keys::digit(key) {
                Some(d) if command == Command::Choose => match digit_choice(poll, round, d) {
                    Some(c) => Some(c),
                    None => {
                        ui.notice = Some(Notice::NoSuchChoice(d));
                        return false;
                    }
                },
                _ => None,
            };
            // With several places a candidate's digit marks it or takes the mark back.
            let cast = match (&choice, places) {
                (Some(Choice::Candidate(id)), Some(_)) => poll.toggle(&unit, id, now).map(|_| ()),
                _ => poll.cast(&unit, choice.clone(), now),
            };
            match cast {
                Ok(()) => {
                    // On to the next unit once this one has voted in full: one choice, none,
                    // or as many candidates as there are places.
                    let marked = poll.current_round().map_or(0, |r| r.choices_of(&unit).len());
                    let done = match (&choice, places) {
                        (None, _) => false,
                        (Some(Choice::Candidate(_)), Some(k)) => {
                            marked >= usize::try_from(k).unwrap_or(usize::MAX)
                        }
                        _ => true,
                    };
                    if done {
                        screen.selected = next_without_vote(poll, screen.selected);
                    }
                    true
                }
                Err(e) => {
                    ui.notice = Some(Notice::Vote(e));
                    false
                }
            }
        }
        // Every unit without a vote has left (or there is none): nobody for nhất trí.
        Command::Unanimous if round_open && without_vote(poll.tally().not_voted, &left).0.is_empty() => {
            ui.notice = Some(Notice::AllVoted);
            false
        }
        Command::Unanimous if round_open => {
            ui.overlay = Some(Overlay::PickUnanimous(Vec::new()));
            false
        }
        Command::CloseRound if round_open => {
            // Present units still to vote: a slip of Enter must not close the round on them.
            let early = !without_vote(poll.tally().not_voted, &left).0.is_empty();
            ui.overlay = Some(Overlay::Confirm(Question::CloseRound { early }));
            false
        }
        Command::Unanimous | Command::CloseRound => {
            ui.notice = Some(closed_notice(poll));
            false
        }
        _ => false,
    }
}

/// A key that votes in an open round (a digit, a, Backspace, Delete) pressed on a closed one:
/// said as such ("Vòng này đã kết thúc; nhấn r …"), not as a key unknown here. Returns
/// whether it was one.
pub(super) fn vote_key_when_closed(model: &Model, ui: &mut Ui, key: Key) -> bool {
    let Screen::Poll(screen) = &ui.screen else { return false };
    let votes = keys::digit(key).is_some()
        || matches!(key.code, KeyCode::Backspace | KeyCode::Delete | KeyCode::Char('a'));
    let Some(poll) = model.record.poll(screen.item).filter(|p| votes && p.open_round().is_none()) else {
        return false;
    };
    ui.notice = Some(closed_notice(poll));
    true
}

/// What to say when a closed poll is asked to count: the chair must decide, or it is over.
pub(super) fn closed_notice(poll: &Poll) -> Notice {
    if poll.needs_chair_decision() {
        Notice::AwaitingChair
    } else {
        Notice::Vote(crate::poll::VoteError::Closed)
    }
}

/// The next present unit (after `from`, wrapping) that has not voted in the open round; once
/// all have, the one below `from`.
fn next_without_vote(poll: &Poll, from: usize) -> usize {
    let Some(round) = poll.open_round() else { return from };
    let n = poll.voters().len();
    // Every unit has voted (a reopened round keeps its votes, to correct): the next one down.
    (1..=n)
        .map(|k| (from + k) % n)
        .find(|&i| poll.voters().get(i).is_some_and(|u| !round.has_voted(u)))
        .unwrap_or_else(|| (from + 1).min(n.saturating_sub(1)))
}

/// Opens the re-vote of the poll on screen (after the confirmation): the next round, among
/// the candidates not chosen, for the places left.
pub(super) fn revote(model: &mut Model, ui: &mut Ui, now: NaiveDateTime) -> bool {
    let Screen::Poll(screen) = &mut ui.screen else { return false };
    let Some(poll) = model.record.poll_mut(screen.item) else { return false };
    let Some(round) = poll.revote(now) else { return false };
    ui.notice = Some(Notice::Revote(round));
    screen.selected = 0;
    refresh(screen, poll);
    true
}

/// Closes the open round of the poll on screen (after the confirmation).
pub(super) fn close(model: &mut Model, ui: &mut Ui, now: NaiveDateTime) -> bool {
    let Screen::Poll(screen) = &mut ui.screen else { return false };
    let Some(poll) = model.record.poll_mut(screen.item) else { return false };
    match poll.close_round(now) {
        Ok(outcome) => {
            ui.notice = Some(Notice::RoundClosed(outcome));
            screen.selected = 0;
            refresh(screen, poll);
            true
        }
        Err(CloseError::NoBallots) => {
            ui.notice = Some(Notice::BallotProblems);
            false
        }
        Err(CloseError::NoOpenRound) => {
            ui.notice = Some(Notice::NothingToClose);
            false
        }
    }
}

/// How many units nhất trí would vote for in `item`'s open round: those without a vote that
/// have not left since it opened.
pub fn unanimous_count(model: &Model, item: usize) -> usize {
    let Some(poll) = model.record.poll(item) else { return 0 };
    without_vote(poll.tally().not_voted, &left_during(model, item)).0.len()
}

/// The units of an open round without a vote (its tally's `not_voted`): those still to vote,
/// and those that have `left` since it opened ([`left_during`]; they will not).
pub fn without_vote(not_voted: Vec<String>, left: &[String]) -> (Vec<String>, Vec<String>) {
    not_voted.into_iter().partition(|u| !left.contains(u))
}

/// The units of `item`'s vote, present when its current round began, that the roll call has
/// absent now, and had left before its voting ended: a round opened again to correct it
/// takes a vote for a unit that left only after it first closed (it was there to vote).
pub fn left_during(model: &Model, item: usize) -> Vec<String> {
    let Some(poll) = model.record.poll(item) else { return Vec::new() };
    let ended = poll.voting_ended_at();
    let under_way = model.record.under_way();
    let left_in_time = |unit: &str| {
        let gone = model.record.stay(unit, under_way).gone_since();
        ended.zip(gone).is_none_or(|(end, gone)| gone <= end)
    };
    (poll.voters().iter())
        .filter(|u| !model.record.attendance.is_present(u) && left_in_time(u))
        .cloned()
        .collect()
}

/// Nhất trí: every present unit without a vote votes `choices` (after the confirmation): one
/// choice, or the candidates marked together in a round of several places.
pub(super) fn unanimous(model: &mut Model, ui: &mut Ui, choices: &[Choice], now: NaiveDateTime) -> bool {
    let Screen::Poll(screen) = &ui.screen else { return false };
    // A unit that has left since the vote opened stays in its base, without a vote.
    let left = left_during(model, screen.item);
    let Some(poll) = model.record.poll_mut(screen.item) else { return false };
    let several = poll.current_round().is_some_and(Round::has_places);
    // Nhất trí only when no unit had voted otherwise and none has left; else these are the
    // units remaining.
    let none_voted = left.is_empty() && poll.tally().not_voted.len() == poll.voters().len();
    let cast = match choices {
        [one] if !several || !matches!(one, Choice::Candidate(_)) => {
            poll.cast_remaining(one.clone(), &left, now)
        }
        _ => {
            let ids: Vec<String> = choices
                .iter()
                .filter_map(|c| match c {
                    Choice::Candidate(id) => Some(id.clone()),
                    _ => None,
                })
                .collect();
            poll.mark_remaining(&ids, &left, now)
        }
    };
    match cast {
        Ok(0) => {
            ui.notice = Some(Notice::AllVoted);
            false
        }
        Ok(n) => {
            ui.notice = Some(Notice::Unanimous { cast: n, all: none_voted });
            true
        }
        Err(e) => {
            ui.notice = Some(Notice::Vote(e));
            false
        }
    }
}

/// A key while the nhất trí choice is asked: a digit picks the choice (with several places,
/// marks or unmarks a candidate, and Enter takes those marked); Esc gives up.
pub(super) fn pick_unanimous(
    model: &Model,
    ui: &mut Ui,
    mut picked: Vec<String>,
    command: Command,
    key: Key,
) {
    let places = match &ui.screen {
        Screen::Poll(p) => model.record.poll(p.item).and_then(Poll::current_round).map_or(1, |r| r.places),
        _ => return,
    };
    let choice = keys::digit(key).and_then(|d| choice_for_digit(model, ui, d));
    match (command, choice) {
        (Command::Choose, Some(Choice::Candidate(id))) if places > 1 => {
            if !toggle(&mut picked, &id, places) {
                ui.notice = Some(Notice::Vote(VoteError::TooManyMarks { places }));
            }
            ui.overlay = Some(Overlay::PickUnanimous(picked));
        }
        (Command::Choose, Some(choice)) => {
            ui.overlay = Some(Overlay::Confirm(Question::Unanimous(vec![choice])))
        }
        (Command::Accept, _) if !picked.is_empty() => {
            let choices = picked.into_iter().map(Choice::Candidate).collect();
            ui.overlay = Some(Overlay::Confirm(Question::Unanimous(choices)));
        }
        // A digit that is no choice here is said as on the vote screen.
        (Command::Choose, None) if let Some(d) = keys::digit(key) => {
            ui.notice = Some(Notice::NoSuchChoice(d));
            ui.overlay = Some(Overlay::PickUnanimous(picked));
        }
        (Command::Choose | Command::Accept, _) => {
            ui.notice = Some(Notice::PickFirst);
            ui.overlay = Some(Overlay::PickUnanimous(picked));
        }
        _ => {}
    }
}

/// Marks `id` in `marked` (kept in the order marked), or takes its mark back; refused (false)
/// when `limit` are marked already.
fn toggle(marked: &mut Vec<String>, id: &str, limit: u32) -> bool {
    if let Some(at) = marked.iter().position(|m| m == id) {
        marked.remove(at);
    } else if marked.len() >= usize::try_from(limit).unwrap_or(usize::MAX) {
        return false;
    } else {
        marked.push(id.to_string());
    }
    true
}

/// Keys while the chair decides a tie left after the last round: with one place left a digit
/// (the unit's in the last round) picks the unit (0: nobody) and the reason is asked; with
/// several, digits mark the units chosen, and Enter or 0 (nobody more) asks the reason.
fn chair(
    tied: &[(usize, &str)],
    left: u32,
    screen: &mut PollScreen,
    (overlay, notice): (&mut Option<Overlay>, &mut Option<Notice>),
    command: Command,
    key: Key,
) {
    let ask = |chosen: Vec<String>| Some(Overlay::Prompt(Prompt::ChairReason(chosen), LineInput::default()));
    match (command, keys::digit(key)) {
        (Command::Choose, Some(0)) => *overlay = ask(screen.chosen.clone()),
        (Command::Choose, Some(d)) => {
            let Some(&(_, id)) = tied.iter().find(|(digit, _)| *digit == usize::from(d)) else {
                *notice = Some(Notice::NoSuchChoice(d));
                return;
            };
            if left <= 1 {
                *overlay = ask(vec![id.to_string()]);
            } else if toggle(&mut screen.chosen, id, left) {
                // Kept in the order of the tie.
                screen.chosen.sort_by_key(|c| tied.iter().position(|(_, t)| t == c));
            } else {
                *notice = Some(Notice::ChairPlaces(left));
            }
        }
        (Command::Decide, _) if left > 1 || !screen.chosen.is_empty() => {
            *overlay = ask(screen.chosen.clone())
        }
        (Command::Decide, _) => *notice = Some(Notice::PickFirst),
        _ => {}
    }
}

/// A reopening or a chair's decision, once its reason is typed.
pub(super) fn with_reason(
    model: &mut Model,
    ui: &mut Ui,
    purpose: &Prompt,
    reason: &str,
    now: NaiveDateTime,
) -> bool {
    let Screen::Poll(screen) = &mut ui.screen else { return false };
    let Some(poll) = model.record.poll_mut(screen.item) else { return false };
    if reason.trim().is_empty() {
        ui.notice = Some(Notice::ReasonNeeded);
        return false;
    }
    let done = match purpose {
        Prompt::ReopenReason => poll.reopen(reason, now).is_ok().then_some(Notice::Reopened),
        Prompt::ChairReason(chosen) => {
            let decided = if poll.places() > 1 {
                poll.decide_places_by_chair(chosen, reason, now)
            } else {
                poll.decide_by_chair(chosen.first().map(String::as_str), reason, now)
            };
            decided.is_ok().then_some(Notice::ChairDecided)
        }
        _ => None,
    };
    refresh(screen, poll);
    ui.notice = done.clone();
    done.is_some()
}
