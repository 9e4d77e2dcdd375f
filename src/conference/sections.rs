//! The optional sections of a conference file for the rest of a tổng kết: the bloc's scoring
//! table (chấm điểm, xếp hạng), the award kinds expected at the awards item (khen thưởng), and
//! the covenant to be signed (giao ước thi đua).
//!
//! Every section is optional and every field that can be has a default, so that files written
//! before these sections existed read as they are. Only the plan is here: the scores entered,
//! the awards handed out and the signatures are the record's (`scoring`, `awards`, `covenant`).

use serde::{Deserialize, Serialize};

/// The bloc's scoring table: the total maximum and, optionally, its criteria.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scoring {
    /// The total maximum in whole points (thang điểm): 100 or 1000 in the reports. When
    /// criteria are given it must equal the sum of their maxima.
    pub scale: u32,
    /// The criteria (tiêu chí), in the table's order; left out when the bloc scores totals only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub criteria: Vec<Criterion>,
}

/// One criterion of the scoring table: "I. Công tác tổ chức phong trào thi đua (30 điểm)".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// Its number in the table ("I", "II", "1", "A"), unique.
    pub code: String,
    pub title: String,
    /// Its maximum in whole points, above 0.
    pub max: u32,
}

impl Scoring {
    /// The criterion with `code`.
    pub fn criterion(&self, code: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.code == code)
    }

    /// The sum of the criteria's maxima (0 without criteria).
    pub fn criteria_sum(&self) -> u64 {
        self.criteria.iter().map(|c| u64::from(c.max)).sum()
    }
}

/// An award expected at the conference: what it is and who grants it, and, when the decision
/// is known beforehand, its recipients (the screen offers them; others may be added).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AwardKind {
    /// The award as the minutes name it: "Bằng khen của Thủ tướng Chính phủ", "Cờ thi đua của
    /// UBND Thành phố", "Giấy khen", "Chiến sĩ thi đua cấp thành phố".
    pub award: String,
    /// Who grants it (cấp khen thưởng): "Thủ tướng Chính phủ". Printed only when the award's
    /// name does not already say it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub granted_by: String,
    /// The decision (quyết định) it is granted by: "Quyết định số 123/QĐ-UBND ngày 01/3/2023".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub decision: String,
    /// Recipients known from the decision, if any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recipients: Vec<Recipient>,
}

/// Who receives an award.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Recipient {
    /// A member unit, by id: a collective (tập thể).
    Unit(String),
    /// Any other collective, by name: a division, a ward, a school (tập thể).
    Collective(String),
    /// A person (cá nhân), with the member unit they belong to if it is one.
    Individual {
        name: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        unit: Option<String>,
    },
}

impl Recipient {
    /// Collectives and individuals are counted apart, as the reports count them.
    pub fn is_collective(&self) -> bool {
        !matches!(self, Recipient::Individual { .. })
    }

    /// The member unit this recipient is or belongs to, if any.
    pub fn unit(&self) -> Option<&str> {
        match self {
            Recipient::Unit(id) => Some(id),
            Recipient::Individual { unit, .. } => unit.as_deref(),
            Recipient::Collective(_) => None,
        }
    }
}

/// The emulation covenant (giao ước thi đua) signed at the conference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Covenant {
    /// "Giao ước thi đua năm 2024".
    pub title: String,
    /// The member unit that presides over the signing: usually the new Khối trưởng.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub presiding: Option<String>,
    /// The commitments, in order; the minutes number them 1, 2, 3 …
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<String>,
}
