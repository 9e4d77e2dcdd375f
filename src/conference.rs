//! The conference as planned: what the secretary writes in the conference file the evening
//! before (bloc, units, people, agenda, voting rules).
//!
//! Owns the serde shape of the conference file and its meaning checks (`validate`). It is
//! read-only at run time: what *happens* at the conference lives in `record`, never here.
//! No I/O here; reading files is `ronfile`'s job.

mod rules;
mod sections;
mod validate;

pub use rules::{Base, Rules, RulesPatch, Threshold};
pub use sections::{AwardKind, Covenant, Criterion, Recipient, Scoring};
pub use validate::validate;

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use crate::ronfile::{self, FileError, Problem, value_error};

/// The conference file format this program writes and reads. Older files are migrated on
/// load; newer ones are refused with a message.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conference {
    pub format_version: u32,
    pub bloc: Bloc,
    pub kind: ConferenceKind,
    /// Full title as printed under BIÊN BẢN.
    pub title: String,
    pub period: Period,
    #[serde(with = "date_format")]
    pub date: NaiveDate,
    /// Planned start time.
    #[serde(with = "time_format")]
    pub start: NaiveTime,
    pub location: String,
    /// Place name for the optional "(Địa danh), ngày … tháng … năm …" line of the minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place_name: Option<String>,
    pub chair: Person,
    pub secretary: Person,
    pub units: Vec<Unit>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub guests: Vec<Guest>,
    /// Voting rules for every poll that does not set its own.
    #[serde(default)]
    pub rules: Rules,
    pub agenda: Vec<AgendaItem>,
    /// The bloc's scoring table, for the scoring item (chấm điểm, xếp hạng).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scoring: Option<Scoring>,
    /// The awards expected at the awards item (khen thưởng); the secretary may add others.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub awards: Vec<AwardKind>,
    /// The covenant signed at the covenant item (ký kết giao ước thi đua).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub covenant: Option<Covenant>,
    /// The "Số: …/BB-…" line of the minutes, e.g. "…/BB-KTĐ1" or "05/BB-KTĐ9".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub minutes_number: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bloc {
    /// "Khối thi đua 1", "Cụm thi đua số 3".
    pub name: String,
    /// Cơ quan chủ quản: printed above the bloc's name in the minutes' heading.
    pub parent: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConferenceKind {
    /// Hội nghị tổng kết (year-end review).
    TongKet,
    /// Hội nghị sơ kết (mid-year review).
    SoKet,
    /// Anything else: a launch (phát động), a conference of exemplary models.
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Period {
    Year(i32),
    /// A half year: `HalfYear(2024, 1)` is the first six months of 2024.
    HalfYear(i32, u8),
    /// Several years, inclusive: `Years(2015, 2020)`.
    Years(i32, i32),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// Id of the member unit this person belongs to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    /// Short stable id used everywhere else in the file ("snv").
    pub id: String,
    /// Full name ("Sở Nội vụ Thành phố Hồ Chí Minh").
    pub name: String,
    /// Name used where space is short ("Sở Nội vụ").
    pub short: String,
    /// Authorised delegates; the first one attends unless the roll call says otherwise.
    #[serde(default)]
    pub delegates: Vec<Delegate>,
}

impl Unit {
    /// The delegate who attends unless the roll call names another: the file's first.
    pub fn first_delegate(&self) -> Option<&str> {
        self.delegates.first().map(|d| d.name.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Delegate {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
}

/// A non-voting guest (đại biểu khách mời).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guest {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organisation: String,
}

impl Guest {
    /// "Tô Thị Bích Châu, Bí thư Quận ủy Quận 1": name, title and organisation, the
    /// organisation left out when the title already names it.
    pub fn described(&self) -> String {
        let (title, organisation) = (self.title.trim(), self.organisation.trim());
        let named = !organisation.is_empty() && title.to_lowercase().contains(&organisation.to_lowercase());
        [self.name.trim(), title, if named { "" } else { organisation }]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaItem {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub presenter: Option<Presenter>,
    /// Planned duration in minutes.
    pub minutes: u32,
    pub kind: ItemKind,
    /// What is voted on, for vote and election items (and any other item that holds a vote).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vote: Option<VoteSpec>,
}

impl AgendaItem {
    /// An awards item that votes (bình xét, suy tôn): the awards recorded under it are
    /// proposed to the body that grants them, not given.
    pub fn proposes_awards(&self) -> bool {
        self.kind == ItemKind::Awards && self.vote.is_some()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Presenter {
    /// A member unit, by id.
    Unit(String),
    /// A person, optionally of a member unit.
    Person {
        name: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        title: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        unit: Option<String>,
    },
    /// The chair of the conference.
    Chair,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ItemKind {
    Procedural,
    Report,
    Scoring,
    Discussion,
    Vote,
    Election,
    Awards,
    Covenant,
    Speech,
    Closing,
}

impl ItemKind {
    pub const ALL: [ItemKind; 10] = [
        ItemKind::Procedural,
        ItemKind::Report,
        ItemKind::Scoring,
        ItemKind::Discussion,
        ItemKind::Vote,
        ItemKind::Election,
        ItemKind::Awards,
        ItemKind::Covenant,
        ItemKind::Speech,
        ItemKind::Closing,
    ];

    /// Items of these kinds cannot be held without a vote specification.
    pub fn requires_vote(self) -> bool {
        matches!(self, ItemKind::Vote | ItemKind::Election)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VoteSpec {
    pub subject: Subject,
    pub method: Method,
    /// Rules for this vote only; anything left out comes from the conference's `rules`.
    #[serde(default, skip_serializing_if = "RulesPatch::is_empty")]
    pub rules: RulesPatch,
    /// A nomination whose first nominated unit becomes the proposed next Khối trưởng (the
    /// bloc's rule: the unit nominated for the Cờ thi đua leads the bloc next year). At most
    /// one vote of a conference, and only on an `Office`.
    #[serde(default, skip_serializing_if = "is_false")]
    pub nominee_becomes_head: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Subject {
    /// Electing (or nominating) units for an office: "Khối trưởng năm 2024". `places` is how
    /// many units it chooses (default 1): a nomination for two Cờ thi đua has two.
    Office {
        office: String,
        candidates: Vec<String>,
        #[serde(default = "one", skip_serializing_if = "is_one")]
        places: u32,
    },
    /// A yes/no motion: "Thông qua báo cáo tổng kết năm 2023".
    Motion(String),
}

fn one() -> u32 {
    1
}

fn is_one(n: &u32) -> bool {
    *n == 1
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Subject {
    /// How many units the vote chooses: an office's places, 1 for a motion.
    pub fn places(&self) -> u32 {
        match self {
            Subject::Office { places, .. } => *places,
            Subject::Motion(_) => 1,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Method {
    /// Biểu quyết giơ tay: each unit's choice is entered.
    ShowOfHands,
    /// Bỏ phiếu kín: only the counts are entered.
    SecretBallot,
}

impl Conference {
    /// Reads a conference file's text: syntax, version, then meaning. Every problem found is
    /// returned, each located, so that the secretary can fix them all in one go.
    pub fn from_text(file: &std::path::Path, text: &str) -> Result<Conference, Vec<FileError>> {
        let text = ronfile::normalise(text);
        let version = ronfile::format_version::<Conference>(file, &text).map_err(|e| vec![e])?;
        if version > FORMAT_VERSION || version == 0 {
            let problem = if version == 0 {
                Problem::BadVersion(version)
            } else {
                Problem::NewerVersion { found: version, supported: FORMAT_VERSION }
            };
            return Err(ronfile::locate_all(file, &text, vec![("format_version".into(), problem)]));
        }
        let conference: Conference = ronfile::parse(file, &text).map_err(|e| vec![e])?;
        if let Some(tab) = ronfile::tab_in_text(file, &text) {
            return Err(vec![tab]);
        }
        match ronfile::locate_all(file, &text, validate(&conference)) {
            problems if problems.is_empty() => Ok(conference),
            problems => Err(problems),
        }
    }

    /// The first agenda item of `kind`: the one its part of the record belongs to (scoring,
    /// the covenant), and where the minutes print it.
    pub fn first_of(&self, kind: ItemKind) -> Option<usize> {
        self.agenda.iter().position(|i| i.kind == kind)
    }

    pub fn unit(&self, id: &str) -> Option<&Unit> {
        self.units.iter().find(|u| u.id == id)
    }

    /// A unit's short name, as lists and tallies show it; the id itself if there is no such
    /// unit.
    pub fn short_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.unit(id).map_or(id, |u| u.short.as_str())
    }

    /// What the bloc's head is called: "Cụm trưởng" in a Cụm thi đua, else "Khối trưởng".
    pub fn head_title(&self) -> &'static str {
        if self.bloc.name.trim().starts_with("Cụm") { "Cụm trưởng" } else { "Khối trưởng" }
    }

    /// Total planned minutes of the agenda.
    pub fn planned_minutes(&self) -> u32 {
        self.agenda.iter().map(|i| i.minutes).sum()
    }

    /// The rules in force for one vote: the vote's own, falling back to the conference's.
    pub fn rules_for(&self, vote: &VoteSpec) -> Rules {
        vote.rules.apply_to(self.rules)
    }
}

/// Dates are written "2024-01-16" or, as Vietnamese offices write them, "16/01/2024".
pub(crate) mod date_format {
    use super::*;
    use serde::{Deserializer, Serializer};

    /// The year has its four digits: "16/01/24" is not read as the year 24.
    pub fn parse(text: &str) -> Option<NaiveDate> {
        let text = text.trim();
        NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .or_else(|_| NaiveDate::parse_from_str(text, "%d/%m/%Y"))
            .ok()
            .filter(|d| (1000..=9999).contains(&chrono::Datelike::year(d)))
    }

    pub fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&date.format("%Y-%m-%d").to_string())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let text = String::deserialize(d)?;
        parse(&text).ok_or_else(|| value_error("date", &text))
    }
}

/// Clock times are written "08:00" (or "8:00", "8h00", "8 giờ").
pub(crate) mod time_format {
    use super::*;
    use serde::{Deserializer, Serializer};

    pub fn parse(text: &str) -> Option<NaiveTime> {
        let t: String = text
            .to_lowercase()
            .replace("phút", "")
            .replace("giờ", ":")
            .replace('h', ":")
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        let t = t.trim_end_matches(':');
        // "08:3" is a half-typed "08:30" more likely than 08:03: minutes take two digits.
        if t.split_once(':').is_some_and(|(_, m)| m.len() != 2) {
            return None;
        }
        NaiveTime::parse_from_str(t, "%H:%M")
            .or_else(|_| NaiveTime::parse_from_str(&format!("{t}:00"), "%H:%M"))
            .ok()
    }

    pub fn serialize<S: Serializer>(time: &NaiveTime, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&time.format("%H:%M").to_string())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveTime, D::Error> {
        let text = String::deserialize(d)?;
        parse(&text).ok_or_else(|| value_error("time", &text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_guest_is_named_with_the_organisation_once() {
        let guest = |title: &str, organisation: &str| Guest {
            name: "Tô Thị Bích Châu".into(),
            title: title.into(),
            organisation: organisation.into(),
        };
        assert_eq!(
            guest("Bí thư Quận ủy Quận 1", "Quận ủy Quận 1").described(),
            "Tô Thị Bích Châu, Bí thư Quận ủy Quận 1",
            "the title names it already"
        );
        assert_eq!(
            guest("Phó Chủ tịch", "Ủy ban nhân dân Quận 1").described(),
            "Tô Thị Bích Châu, Phó Chủ tịch, Ủy ban nhân dân Quận 1"
        );
        assert_eq!(guest("", "Sở Nội vụ").described(), "Tô Thị Bích Châu, Sở Nội vụ");
    }

    #[test]
    fn dates_in_both_office_and_iso_forms() {
        let d = NaiveDate::from_ymd_opt(2024, 1, 16);
        assert_eq!(date_format::parse("2024-01-16"), d);
        assert_eq!(date_format::parse("16/01/2024"), d);
        assert_eq!(date_format::parse("16/1/2024"), d);
        assert_eq!(date_format::parse("2024-02-30"), None);
        assert_eq!(date_format::parse("30/02/2024"), None);
    }

    #[test]
    fn times_as_secretaries_write_them() {
        let t = NaiveTime::from_hms_opt(8, 30, 0);
        for text in ["08:30", "8:30", "8h30", "8 giờ 30"] {
            assert_eq!(time_format::parse(text), t, "{text}");
        }
        assert_eq!(time_format::parse("8h"), NaiveTime::from_hms_opt(8, 0, 0));
        assert_eq!(time_format::parse("25:00"), None);
        assert_eq!(time_format::parse("8:61"), None);
    }
}
