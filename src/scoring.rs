//! Self-scoring and ranking (tự chấm điểm, xếp hạng): each member unit's self-score against
//! the bloc's scoring table (per criterion, or only a total), the score the bloc agrees on
//! where it differs, every change with its time, and the ranking that goes into the minutes.
//!
//! Part of the record. Pure: the conference and the time come in, nothing is read or written
//! here. No floating point: a score is a whole number of tenths of a point (`Points`), since
//! scores in practice have at most one decimal ("97,5 điểm"), and it is written with a decimal
//! comma. A score above a criterion's maximum (or a total above the scale) is kept as typed,
//! because that is what the unit reported, and flagged in the ranking.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use crate::conference::Conference;

/// A score in tenths of a point: `Points(975)` is 97,5 points. Saved as that whole number.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Points(pub u32);

impl Points {
    /// `n` whole points.
    pub fn whole(n: u32) -> Points {
        Points(n.saturating_mul(10))
    }

    /// A score as typed: "97", "97,5" or "97.5" (a trailing zero is fine: "97,50"); `None`
    /// for anything else (a second decimal, a sign, letters, a number too large).
    pub fn parse(text: &str) -> Option<Points> {
        let text = text.trim();
        let (whole, fraction) = match text.split_once([',', '.']) {
            Some((_, "")) => return None,
            Some((w, f)) => (w, f.trim_end_matches('0')),
            None => (text, ""),
        };
        let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
        if !digits(whole) || !(fraction.is_empty() || (fraction.len() == 1 && digits(fraction))) {
            return None;
        }
        let whole: u32 = whole.parse().ok()?;
        let tenth: u32 = if fraction.is_empty() { 0 } else { fraction.parse().ok()? };
        whole.checked_mul(10)?.checked_add(tenth).map(Points)
    }

    /// Whether `text` is a number with more decimals than a score keeps ("95,25").
    pub fn too_precise(text: &str) -> bool {
        let text = text.trim();
        let number = text.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.');
        let decimals = text.split_once([',', '.']).map(|(_, f)| f.trim_end_matches('0').len());
        number && decimals.is_some_and(|d| d > 1)
    }

    /// "97,5" with `decimal_sep` ','; a whole score without decimals: "98".
    pub fn format(self, decimal_sep: char) -> String {
        match self.0 % 10 {
            0 => (self.0 / 10).to_string(),
            tenth => format!("{}{decimal_sep}{tenth}", self.0 / 10),
        }
    }
}

/// Every unit's scores, and every change made to them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scores {
    /// Member unit id → its scores. A unit not here has not been scored.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub units: BTreeMap<String, UnitScore>,
    /// Every change, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub log: Vec<ScoreChange>,
}

/// One unit's scores. Its self-score is either per criterion or a total typed directly, never
/// both: entering one replaces the other (the change log keeps what was replaced).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitScore {
    /// Self-score per criterion code.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub criteria: BTreeMap<String, Points>,
    /// The self total, when the unit reported only a total.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<Points>,
    /// The score the bloc agreed on (Khối thống nhất), where it differs from the self-score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreed: Option<Points>,
}

impl UnitScore {
    fn is_empty(&self) -> bool {
        self.criteria.is_empty() && self.total.is_none() && self.agreed.is_none()
    }

    /// The self total: the sum of the criteria once every one of `conference`'s is scored
    /// (a part is no total: a trial's unit with a criterion left blank was ranked on the
    /// rest), else the total typed.
    pub fn self_total(&self, conference: &Conference) -> Option<Points> {
        if self.criteria.is_empty() {
            return self.total;
        }
        let table = conference.scoring.as_ref().map_or(&[][..], |s| s.criteria.as_slice());
        if table.iter().any(|c| !self.criteria.contains_key(&c.code)) {
            return None;
        }
        let sum: u64 = self.criteria.values().map(|p| u64::from(p.0)).sum();
        Some(Points(u32::try_from(sum).unwrap_or(u32::MAX)))
    }

    /// The score the ranking uses: the agreed one where there is one, else the self total.
    pub fn score(&self, conference: &Conference) -> Option<Points> {
        self.agreed.or_else(|| self.self_total(conference))
    }
}

/// Which score of a unit changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ScoreField {
    /// The self-score of a criterion, by code.
    Criterion(String),
    /// The self total typed directly.
    Total,
    /// The agreed score.
    Agreed,
}

/// One change: `from: None` is a first entry, `to: None` a score cleared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScoreChange {
    pub at: NaiveDateTime,
    pub unit: String,
    pub field: ScoreField,
    pub from: Option<Points>,
    pub to: Option<Points>,
}

/// Why a score was refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ScoreError {
    /// Not a member unit.
    UnknownUnit(String),
    /// Not a criterion of the conference's scoring table (or it has none).
    UnknownCriterion(String),
}

/// One line of the ranking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RankRow {
    pub unit: String,
    pub self_total: Option<Points>,
    pub agreed_total: Option<Points>,
    /// 1 for the highest score; units with the same score share a rank (1, 2, 2, 4). `None`
    /// for a unit not scored, listed last.
    pub rank: Option<u32>,
    /// Codes of the criteria scored above their maximum, in the table's order.
    pub over_max: Vec<String>,
    /// The self total or the agreed score is above the scale.
    pub over_scale: bool,
}

impl RankRow {
    /// The score ranked: the agreed one where there is one, else the self total.
    pub fn score(&self) -> Option<Points> {
        self.agreed_total.or(self.self_total)
    }
}

impl Scores {
    pub fn is_empty(&self) -> bool {
        self.units.is_empty() && self.log.is_empty()
    }

    pub fn get(&self, unit: &str) -> Option<&UnitScore> {
        self.units.get(unit)
    }

    fn check_unit(conference: &Conference, unit: &str) -> Result<(), ScoreError> {
        match conference.unit(unit) {
            Some(_) => Ok(()),
            None => Err(ScoreError::UnknownUnit(unit.to_string())),
        }
    }

    fn note(
        &mut self,
        unit: &str,
        field: ScoreField,
        from: Option<Points>,
        to: Option<Points>,
        now: NaiveDateTime,
    ) {
        self.log.push(ScoreChange { at: now, unit: unit.to_string(), field, from, to });
    }

    fn tidy(&mut self, unit: &str) {
        if self.units.get(unit).is_some_and(UnitScore::is_empty) {
            self.units.remove(unit);
        }
    }

    /// Sets (or, with `None`, clears) `unit`'s self-score for criterion `code`. A self total
    /// typed directly is replaced. Returns whether anything changed.
    pub fn set_criterion(
        &mut self,
        conference: &Conference,
        unit: &str,
        code: &str,
        value: Option<Points>,
        now: NaiveDateTime,
    ) -> Result<bool, ScoreError> {
        Self::check_unit(conference, unit)?;
        let code: String = code.nfc().collect::<String>().trim().to_string();
        let known = conference.scoring.as_ref().and_then(|s| s.criterion(&code)).is_some();
        if !known {
            return Err(ScoreError::UnknownCriterion(code));
        }
        let entry = self.units.entry(unit.to_string()).or_default();
        let from = entry.criteria.get(&code).copied();
        if from == value {
            self.tidy(unit);
            return Ok(false);
        }
        let total = if value.is_some() { entry.total.take() } else { None };
        match value {
            Some(v) => entry.criteria.insert(code.clone(), v),
            None => entry.criteria.remove(&code),
        };
        if total.is_some() {
            self.note(unit, ScoreField::Total, total, None, now);
        }
        self.note(unit, ScoreField::Criterion(code), from, value, now);
        self.tidy(unit);
        Ok(true)
    }

    /// Sets (or clears) `unit`'s self total, for a unit that reported only its total. Any
    /// per-criterion scores are replaced. Returns whether anything changed.
    pub fn set_total(
        &mut self,
        conference: &Conference,
        unit: &str,
        value: Option<Points>,
        now: NaiveDateTime,
    ) -> Result<bool, ScoreError> {
        Self::check_unit(conference, unit)?;
        let entry = self.units.entry(unit.to_string()).or_default();
        let from = entry.total;
        if from == value && (value.is_none() || entry.criteria.is_empty()) {
            self.tidy(unit);
            return Ok(false);
        }
        let replaced = if value.is_some() { std::mem::take(&mut entry.criteria) } else { BTreeMap::new() };
        entry.total = value;
        for (code, score) in replaced {
            self.note(unit, ScoreField::Criterion(code), Some(score), None, now);
        }
        self.note(unit, ScoreField::Total, from, value, now);
        self.tidy(unit);
        Ok(true)
    }

    /// Sets (or clears) the score the bloc agreed on for `unit`. Returns whether it changed.
    pub fn set_agreed(
        &mut self,
        conference: &Conference,
        unit: &str,
        value: Option<Points>,
        now: NaiveDateTime,
    ) -> Result<bool, ScoreError> {
        Self::check_unit(conference, unit)?;
        let entry = self.units.entry(unit.to_string()).or_default();
        let from = entry.agreed;
        if from == value {
            self.tidy(unit);
            return Ok(false);
        }
        entry.agreed = value;
        self.note(unit, ScoreField::Agreed, from, value, now);
        self.tidy(unit);
        Ok(true)
    }

    /// Codes of `unit`'s criteria scored above their maximum, in the table's order.
    pub fn over_max(&self, conference: &Conference, unit: &str) -> Vec<String> {
        let (Some(scoring), Some(scores)) = (&conference.scoring, self.units.get(unit)) else {
            return Vec::new();
        };
        scoring
            .criteria
            .iter()
            .filter(|c| scores.criteria.get(&c.code).is_some_and(|p| *p > Points::whole(c.max)))
            .map(|c| c.code.clone())
            .collect()
    }
}

/// Whether a total is above the conference's scale (kept, but flagged on screen and in the
/// biên bản).
/// The highest score `field` takes: its criterion's maximum, or the scale for a total or an
/// agreed score; `None` without a scoring table (or an unknown criterion).
pub fn max_of(conference: &Conference, field: &ScoreField) -> Option<u32> {
    let table = conference.scoring.as_ref()?;
    match field {
        ScoreField::Criterion(code) => table.criterion(code).map(|k| k.max),
        ScoreField::Total | ScoreField::Agreed => Some(table.scale),
    }
}

pub fn above_scale(conference: &Conference, total: Option<Points>) -> bool {
    let scale = conference.scoring.as_ref().map(|s| Points::whole(s.scale));
    scale.is_some_and(|max| total.is_some_and(|t| t > max))
}

/// The ranking of every member unit: by the agreed score where there is one, else the self
/// total, highest first; equal scores share a rank (1, 2, 2, 4) and keep the conference's
/// order; units not scored come last, without a rank.
pub fn ranking(conference: &Conference, scores: &Scores) -> Vec<RankRow> {
    let mut rows: Vec<RankRow> = conference
        .units
        .iter()
        .map(|u| {
            let entry = scores.units.get(&u.id);
            let self_total = entry.and_then(|e| e.self_total(conference));
            let agreed_total = entry.and_then(|e| e.agreed);
            let over_scale = above_scale(conference, self_total.max(agreed_total));
            RankRow {
                unit: u.id.clone(),
                self_total,
                agreed_total,
                rank: None,
                over_max: scores.over_max(conference, &u.id),
                over_scale,
            }
        })
        .collect();
    // Stable: the conference's order among equal scores; unscored (None) sort last.
    rows.sort_by_key(|r| std::cmp::Reverse(r.score()));
    let scored: Vec<Points> = rows.iter().filter_map(RankRow::score).collect();
    for row in &mut rows {
        if let Some(score) = row.score() {
            let higher = scored.iter().filter(|s| **s > score).count();
            row.rank = Some(u32::try_from(higher).unwrap_or(u32::MAX).saturating_add(1));
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2024, 8, 1).and_then(|d| d.and_hms_opt(9, m, 0)).expect("time")
    }

    /// Khối thi đua số 9 with its scoring table (I 30, II 25, III 20, IV 15, V 10).
    fn ktd9() -> Conference {
        let text = std::fs::read_to_string("sample-data/ktd9-hanoi-so-ket-2024.ron").expect("sample");
        Conference::from_text(std::path::Path::new("ktd9"), &text).expect("valid")
    }

    fn p(text: &str) -> Points {
        Points::parse(text).expect(text)
    }

    #[test]
    fn points_are_tenths_typed_and_written_with_a_decimal_comma() {
        // (typed, tenths)
        let good = [("97", 970), ("97,5", 975), ("97.5", 975), (" 8,0 ", 80), ("0", 0), ("97,50", 975)];
        for (text, tenths) in good {
            assert_eq!(Points::parse(text), Some(Points(tenths)), "{text}");
        }
        for bad in ["", "-1", "97,55", "9 7", "abc", "97,", ",5", "1e3", "429496730"] {
            assert_eq!(Points::parse(bad), None, "{bad}");
        }
        assert_eq!(Points(975).format(','), "97,5");
        assert_eq!(Points(980).format(','), "98");
        assert_eq!(Points(5).format('.'), "0.5");
        assert_eq!(Points::whole(30), Points(300));
    }

    #[test]
    fn ranking_shares_ranks_on_ties_and_flags_scores_above_the_maximum() {
        let c = ktd9();
        let mut s = Scores::default();
        // Sở Y tế: per criterion, 96,5; criterion II typed above its maximum of 25.
        for (code, score) in [("I", "29,5"), ("II", "26"), ("III", "19"), ("IV", "14"), ("V", "8")] {
            assert_eq!(s.set_criterion(&c, "syt", code, Some(p(score)), at(1)), Ok(true));
        }
        // Sở GD&ĐT: a total only, 95; the bloc agrees on 96,5 (ties with Sở Y tế).
        s.set_total(&c, "sgddt", Some(p("95")), at(2)).expect("total");
        s.set_agreed(&c, "sgddt", Some(p("96,5")), at(3)).expect("agreed");
        // Sở KH&CN: 98 self; Sở LĐ-TB&XH: 90. Sở VH&TT not scored yet.
        s.set_total(&c, "skhcn", Some(p("98")), at(4)).expect("total");
        s.set_total(&c, "sldtbxh", Some(p("90")), at(5)).expect("total");
        let rows = ranking(&c, &s);
        let got: Vec<(&str, Option<u32>, Option<Points>)> =
            rows.iter().map(|r| (r.unit.as_str(), r.rank, r.score())).collect();
        assert_eq!(
            got,
            [
                ("skhcn", Some(1), Some(p("98"))),
                ("syt", Some(2), Some(p("96,5"))),
                ("sgddt", Some(2), Some(p("96,5"))),
                ("sldtbxh", Some(4), Some(p("90"))),
                ("svhtt", None, None),
            ]
        );
        assert_eq!(rows[1].over_max, ["II"], "26 of 25 is kept and flagged");
        assert_eq!(rows[1].self_total, Some(p("96,5")));
        assert_eq!(rows[2].self_total, Some(p("95")), "the self total stays beside the agreed score");
        assert_eq!(rows[2].agreed_total, Some(p("96,5")));
        assert!(rows.iter().all(|r| r.over_max.is_empty() || r.unit == "syt"));
        assert!(!rows.iter().any(|r| r.over_scale));
        // A total above the scale of 100 is kept and flagged too.
        s.set_total(&c, "svhtt", Some(p("101")), at(6)).expect("total");
        let rows = ranking(&c, &s);
        assert_eq!((rows[0].unit.as_str(), rows[0].rank, rows[0].over_scale), ("svhtt", Some(1), true));
    }

    #[test]
    fn every_change_is_logged_and_one_kind_of_self_score_replaces_the_other() {
        let c = ktd9();
        let mut s = Scores::default();
        assert_eq!(s.set_total(&c, "syt", Some(p("90")), at(1)), Ok(true));
        assert_eq!(s.set_total(&c, "syt", Some(p("90")), at(2)), Ok(false), "no change, no entry");
        assert_eq!(s.set_criterion(&c, "syt", "I", Some(p("28")), at(3)), Ok(true));
        assert_eq!(s.get("syt").and_then(|u| u.total), None, "the total typed gives way");
        assert_eq!(s.get("syt").and_then(|u| u.self_total(&c)), None, "one criterion of five is no total");
        assert_eq!(s.get("syt").map(|u| u.criteria.len()), Some(1));
        assert_eq!(s.set_total(&c, "syt", Some(p("91")), at(4)), Ok(true));
        assert!(s.get("syt").is_some_and(|u| u.criteria.is_empty()));
        assert_eq!(s.set_total(&c, "syt", None, at(5)), Ok(true));
        assert!(s.get("syt").is_none(), "nothing left of the unit");
        let log: Vec<(ScoreField, Option<Points>, Option<Points>)> =
            s.log.iter().map(|c| (c.field.clone(), c.from, c.to)).collect();
        let crit = || ScoreField::Criterion("I".into());
        assert_eq!(
            log,
            [
                (ScoreField::Total, None, Some(p("90"))),
                (ScoreField::Total, Some(p("90")), None),
                (crit(), None, Some(p("28"))),
                (crit(), Some(p("28")), None),
                (ScoreField::Total, None, Some(p("91"))),
                (ScoreField::Total, Some(p("91")), None),
            ]
        );
        assert_eq!(s.log[2].at, at(3));
        assert_eq!(
            s.set_total(&c, "khach", Some(p("1")), at(6)),
            Err(ScoreError::UnknownUnit("khach".into()))
        );
        assert_eq!(
            s.set_criterion(&c, "syt", "VI", Some(p("1")), at(6)),
            Err(ScoreError::UnknownCriterion("VI".into()))
        );
    }

    #[test]
    fn no_floating_point_in_scoring() {
        let text = include_str!("scoring.rs");
        for float in [["f", "32"].concat(), ["f", "64"].concat()] {
            assert!(!text.contains(float.as_str()), "scoring.rs mentions {float}");
        }
    }
}
