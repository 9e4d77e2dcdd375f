//! Keys for the scoring table (self and agreed scores, the live ranking). The rules are in
//! `scoring`; this maps keys to them and says what happened.

use chrono::NaiveDateTime;

use super::{Model, Notice, Overlay, Prompt, Question, Screen, Ui};
use crate::input::LineInput;
use crate::keys::{self, Command, Key};
use crate::scoring::{Points, ScoreField};

/// The cursor on the scoring table: a unit (row) and a field (column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScoringScreen {
    pub row: usize,
    pub col: usize,
}

/// The columns that take a score: each criterion (or the total when the table has none),
/// then the agreed score.
pub fn score_fields(model: &Model) -> Vec<ScoreField> {
    let criteria = model.conference.scoring.as_ref().map(|s| s.criteria.as_slice()).unwrap_or_default();
    let mut fields: Vec<ScoreField> =
        criteria.iter().map(|c| ScoreField::Criterion(c.code.clone())).collect();
    // The self total: worked out from the criteria's scores, or typed for a unit that
    // reported only its total.
    fields.push(ScoreField::Total);
    fields.push(ScoreField::Agreed);
    fields
}

/// Whether `unit` has a score for a criterion: its self total is then their sum, not typed.
fn scored_by_criterion(model: &Model, unit: &str) -> bool {
    model.record.scores.get(unit).is_some_and(|s| !s.criteria.is_empty())
}

/// The score in a cell, if any.
pub fn score_at(model: &Model, unit: &str, field: &ScoreField) -> Option<Points> {
    let s = model.record.scores.get(unit)?;
    match field {
        ScoreField::Criterion(code) => s.criteria.get(code).copied(),
        ScoreField::Total => s.total,
        ScoreField::Agreed => s.agreed,
    }
}

/// Records (or clears, with `None`) one score; returns whether the record changed.
pub(super) fn set_score(
    model: &mut Model,
    unit: &str,
    field: &ScoreField,
    value: Option<Points>,
    now: NaiveDateTime,
) -> bool {
    let (c, scores) = (&model.conference, &mut model.record.scores);
    let result = match field {
        ScoreField::Criterion(code) => scores.set_criterion(c, unit, code, value, now),
        ScoreField::Total => scores.set_total(c, unit, value, now),
        ScoreField::Agreed => scores.set_agreed(c, unit, value, now),
    };
    result.unwrap_or(false)
}

/// The highest score the cell under the cursor takes: its criterion's maximum, or the
/// table's scale for a total or an agreed score; `None` without a scoring table.
pub fn cell_max(model: &Model, ui: &Ui) -> Option<(ScoreField, u32)> {
    let Screen::Scoring(screen) = &ui.screen else { return None };
    let field = score_fields(model).into_iter().nth(screen.col)?;
    let max = crate::scoring::max_of(&model.conference, &field)?;
    Some((field, max))
}

/// Whether `text` is a score above what the cell under the cursor takes: asked before it is
/// recorded (a slip, "2424" for "24"), since a unit may also report more than the maximum.
pub(super) fn over_max(model: &Model, ui: &Ui, text: &str) -> bool {
    let value = Points::parse(text);
    cell_max(model, ui).zip(value).is_some_and(|((_, max), value)| value > Points::whole(max))
}

/// A typed score: recorded, and the cursor moves on to the next cell.
pub(super) fn typed_score(model: &mut Model, ui: &mut Ui, text: &str, now: NaiveDateTime) -> bool {
    let Screen::Scoring(screen) = &mut ui.screen else { return false };
    let fields = score_fields(model);
    let (Some(unit), Some(field)) =
        (model.conference.units.get(screen.row).map(|u| u.id.clone()), fields.get(screen.col))
    else {
        return false;
    };
    let value = if text.trim().is_empty() { None } else { Points::parse(text) };
    if value.is_none() && !text.trim().is_empty() {
        ui.notice = Some(Notice::BadScore(text.trim().to_string()));
        return false;
    }
    let changed = set_score(model, &unit, field, value, now);
    // Fast entry: along the row, then to the next unit; past a self total that is the sum of
    // the criteria just typed.
    if screen.col + 1 < fields.len() {
        screen.col += 1;
        if fields[screen.col] == ScoreField::Total && scored_by_criterion(model, &unit) {
            screen.col += 1;
        }
    } else if screen.row + 1 < model.conference.units.len() {
        screen.row += 1;
        screen.col = 0;
    }
    changed
}

pub(super) fn scoring(model: &mut Model, ui: &mut Ui, command: Command, key: Key) -> bool {
    let Screen::Scoring(screen) = &mut ui.screen else { return false };
    let fields = score_fields(model);
    let rows = model.conference.units.len();
    match command {
        Command::Back => ui.screen = Screen::Agenda,
        Command::SelectUp => screen.row = screen.row.saturating_sub(1),
        Command::SelectDown => screen.row = (screen.row + 1).min(rows.saturating_sub(1)),
        Command::ColumnLeft => screen.col = screen.col.saturating_sub(1),
        Command::ColumnRight => screen.col = (screen.col + 1).min(fields.len().saturating_sub(1)),
        // A digit starts a new score; Enter opens the one there.
        // The sum of a unit's criteria is not typed over: they are cleared first.
        Command::TypeScore | Command::EnterScore
            if fields.get(screen.col) == Some(&ScoreField::Total)
                && model
                    .conference
                    .units
                    .get(screen.row)
                    .is_some_and(|u| scored_by_criterion(model, &u.id)) =>
        {
            ui.notice = Some(Notice::TotalOfCriteria);
        }
        Command::TypeScore | Command::EnterScore => {
            let (Some(unit), Some(field)) = (model.conference.units.get(screen.row), fields.get(screen.col))
            else {
                return false;
            };
            let current = score_at(model, &unit.id, field).map(|p| p.format(',')).unwrap_or_default();
            // A digit starts a new score with that digit; Enter opens the one there selected,
            // to be typed over ("30" then "18" is 18) or moved into with ← →.
            let field = match keys::digit(key) {
                Some(d) => LineInput::new(&d.to_string()),
                None => LineInput::selected(&current),
            };
            ui.overlay = Some(Overlay::Prompt(Prompt::Score, field));
        }
        // A score is cleared once asked: one key would otherwise undo a figure read out.
        Command::Erase => {
            let (Some(unit), Some(field)) =
                (model.conference.units.get(screen.row).map(|u| u.id.clone()), fields.get(screen.col))
            else {
                return false;
            };
            if score_at(model, &unit, field).is_some() {
                ui.overlay = Some(Overlay::Confirm(Question::ClearScore(unit, field.clone())));
            } else {
                ui.notice = Some(Notice::NothingToClear);
            }
        }
        _ => {}
    }
    false
}
