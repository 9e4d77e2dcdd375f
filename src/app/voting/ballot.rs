//! The secret-ballot count form: its lines, the figures as typed, the blanks, and the keys
//! on it (digits, moving, Enter to record the figures and ask to close). The checks of the
//! figures themselves are `poll`'s (`Poll::ballot_problems`, `set_ballots`).

use chrono::NaiveDateTime;

use super::super::{Notice, Overlay, PollScreen, Question};
use super::closed_notice;
use crate::keys::{self, Command, Key};
use crate::poll::{Ballots, Choice, Poll};

/// One line of the secret-ballot form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormField {
    Issued,
    Returned,
    Valid,
    Invalid,
    Votes(Choice),
}

/// The form's lines for the poll's current round: the four ballot figures, then the votes
/// of each candidate (or for, against, abstain for a motion).
pub fn form_fields(poll: &Poll) -> Vec<FormField> {
    let mut fields = vec![FormField::Issued, FormField::Returned, FormField::Valid, FormField::Invalid];
    if let Some(round) = poll.current_round() {
        let choices = poll.choices(round);
        let motion = poll.is_motion();
        fields.extend(choices.into_iter().filter(|c| motion || *c != Choice::Abstain).map(FormField::Votes));
    }
    fields
}

impl FormField {
    /// Whether `problem` is a check on this line's figure: a blank line's checks are not
    /// shown until it is typed (a blank reads as 0, and "0 + 0 must equal 6" is noise).
    pub fn checked_by(&self, problem: &crate::poll::BallotError) -> bool {
        use crate::poll::BallotError as B;
        match (self, problem) {
            (
                FormField::Issued,
                B::NoneIssued | B::ReturnedAboveIssued { .. } | B::IssuedAbovePresent { .. },
            ) => true,
            (FormField::Returned, B::ReturnedAboveIssued { .. } | B::InvalidPlusValidNotReturned { .. }) => {
                true
            }
            (FormField::Invalid, B::InvalidPlusValidNotReturned { .. }) => true,
            (
                FormField::Valid,
                B::InvalidPlusValidNotReturned { .. }
                | B::ChoiceAboveValid { .. }
                | B::SumAboveValid { .. }
                | B::MotionLinesNotValid { .. },
            ) => true,
            (FormField::Votes(c), B::ChoiceAboveValid { choice, .. }) => c == choice,
            (FormField::Votes(_), B::SumAboveValid { .. } | B::MotionLinesNotValid { .. }) => true,
            _ => false,
        }
    }
}

pub(super) fn form_of(poll: &Poll) -> Vec<String> {
    let ballots = poll.current_round().and_then(|r| r.ballots.as_ref());
    form_fields(poll)
        .iter()
        .map(|f| match (ballots, f) {
            (None, _) => String::new(),
            (Some(b), FormField::Issued) => b.issued.to_string(),
            (Some(b), FormField::Returned) => b.returned.to_string(),
            (Some(b), FormField::Valid) => b.valid.to_string(),
            (Some(b), FormField::Invalid) => b.invalid.to_string(),
            (Some(b), FormField::Votes(c)) => b.votes(c).to_string(),
        })
        .collect()
}

/// The fields of a secret-ballot form left blank, in order. A blank is not a 0: every figure
/// of the count is typed, 0 included, before the round can close.
pub fn blank_fields(form: &[String]) -> Vec<usize> {
    form.iter().enumerate().filter(|(_, f)| f.trim().is_empty()).map(|(i, _)| i).collect()
}

/// The figures as typed, a blank read as 0 (for the live check; closing refuses blanks,
/// see `blank_fields`).
pub fn ballots_from_form(poll: &Poll, form: &[String]) -> Ballots {
    let number = |i: usize| form.get(i).and_then(|t| t.parse::<u32>().ok()).unwrap_or(0);
    let mut ballots = Ballots {
        issued: number(0),
        returned: number(1),
        valid: number(2),
        invalid: number(3),
        per_choice: Default::default(),
    };
    for (i, field) in form_fields(poll).into_iter().enumerate() {
        if let FormField::Votes(choice) = field {
            ballots.per_choice.insert(choice, number(i));
        }
    }
    ballots
}

/// The most digits a figure of the count form takes (999,999 ballots).
const FIGURE_DIGITS: usize = 6;

pub(super) fn ballot_form(
    poll: &mut Poll,
    screen: &mut PollScreen,
    notice: &mut Option<Notice>,
    overlay: &mut Option<Overlay>,
    command: Command,
    key: Key,
    now: NaiveDateTime,
) -> bool {
    let last = screen.form.len().saturating_sub(1);
    let round_open = poll.open_round().is_some();
    match command {
        Command::SelectUp => screen.selected = screen.selected.saturating_sub(1),
        Command::SelectDown => screen.selected = (screen.selected + 1).min(last),
        Command::SelectFirst => screen.selected = 0,
        Command::SelectLast => screen.selected = last,
        Command::Choose if round_open => {
            if let (Some(d), Some(field)) = (keys::digit(key), screen.form.get_mut(screen.selected)) {
                if field.len() >= FIGURE_DIGITS {
                    *notice = Some(Notice::FigureFull(FIGURE_DIGITS));
                } else {
                    if field == "0" {
                        field.clear();
                    }
                    field.push(char::from(b'0' + d));
                }
            }
        }
        Command::Erase if round_open => match screen.form.get_mut(screen.selected).and_then(String::pop) {
            Some(_) => {}
            None => *notice = Some(Notice::NothingToClear),
        },
        Command::CloseRound
            if let (true, Some(&first)) = (round_open, blank_fields(&screen.form).first()) =>
        {
            // Enter on an unfinished form goes to the first figure still to type.
            screen.selected = first;
            *notice = Some(Notice::BallotBlank);
        }
        Command::CloseRound if round_open => {
            let ballots = ballots_from_form(poll, &screen.form);
            let unchanged = poll.current_round().and_then(|r| r.ballots.as_ref()) == Some(&ballots);
            if unchanged {
                *overlay = Some(Overlay::Confirm(Question::CloseRound { early: false }));
                return false;
            }
            return match poll.set_ballots(ballots, now) {
                Ok(()) => {
                    *overlay = Some(Overlay::Confirm(Question::CloseRound { early: false }));
                    true
                }
                Err(_) => {
                    *notice = Some(Notice::BallotProblems);
                    false
                }
            };
        }
        Command::Choose | Command::Erase | Command::CloseRound => *notice = Some(closed_notice(poll)),
        _ => {}
    }
    false
}
