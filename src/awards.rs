//! The awards handed out at the conference (khen thưởng): each entry is one award (Bằng khen,
//! Cờ thi đua, Giấy khen, Chiến sĩ thi đua …), who grants it, the decision, and its recipients,
//! collectives (a member unit, or any other by name) and individuals (with their unit), named
//! one by one or, as the decision's own list often is, only counted. Counted by kind and by
//! collective and individual as the reports count them ("7 cá nhân nhận Bằng khen của Thủ
//! tướng Chính phủ; 10 tập thể nhận Cờ thi đua").
//!
//! Part of the record. Pure: the conference and the time come in, nothing is read or written
//! here. Every change keeps the entry as it was, and a deleted entry stays in the record.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::conference::{Conference, Recipient};
use crate::record::kept_text;

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// One award handed out under an agenda item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AwardEntry {
    /// Stable within the minutes: the order entries were made.
    pub id: u32,
    /// The agenda item (0-based) it was handed out under.
    pub item: usize,
    pub award: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub granted_by: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub decision: String,
    /// The recipients named, in the order entered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recipients: Vec<Recipient>,
    /// Collectives counted but not named here (the decision's list).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub unnamed_collectives: u32,
    /// Individuals counted but not named here.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub unnamed_individuals: u32,
    pub at: NaiveDateTime,
    /// Set when deleted; the entry stays in the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted_at: Option<NaiveDateTime>,
    /// The entry as it was before each change, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<AwardRevision>,
}

/// An entry as it was, replaced at `changed_at`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AwardRevision {
    pub changed_at: NaiveDateTime,
    pub award: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub granted_by: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub decision: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recipients: Vec<Recipient>,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub unnamed_collectives: u32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub unnamed_individuals: u32,
}

/// Why a change was refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum AwardError {
    /// The award's name is blank.
    BlankAward,
    /// A recipient's name is blank.
    BlankName,
    /// A recipient's unit is not a member unit.
    UnknownUnit(String),
    /// No such entry (or it was deleted).
    NoSuchEntry(u32),
    /// No award of that number in the conference file's `awards`.
    NoSuchKind(usize),
    /// No recipient of that number in the entry.
    NoSuchRecipient(usize),
    /// The award goes to collectives only (a Cờ thi đua): not to this person.
    CollectivesOnly,
    /// The award goes to persons only (Chiến sĩ thi đua): not to this collective.
    IndividualsOnly,
    /// The recipient is on the award's list already.
    AlreadyListed,
}

/// Who an award may go to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Eligible {
    Collectives,
    Individuals,
    Both,
}

/// Who an award may go to by its name, as the Luật Thi đua, khen thưởng gives it: a Cờ thi
/// đua or "Tập thể lao động …" to collectives only, a "Chiến sĩ thi đua" or "Lao động tiên
/// tiến" title to persons only, wherever the name says it ("Tặng Cờ thi đua …", "Danh hiệu
/// Chiến sĩ thi đua cơ sở"), however it is spaced and with "sỹ" as offices also write it; a
/// Bằng khen or Giấy khen (whatever it is for) and any name not recognised to either.
pub fn eligible(award: &str) -> Eligible {
    let name = award.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase().replace("sỹ", "sĩ");
    if name.contains("bằng khen") || name.contains("giấy khen") {
        Eligible::Both
    } else if name.contains("cờ thi đua") || name.contains("tập thể lao động") {
        Eligible::Collectives
    } else if name.contains("chiến sĩ thi đua") || name.contains("lao động tiên tiến") {
        Eligible::Individuals
    } else {
        Eligible::Both
    }
}

/// Refuses a recipient the award cannot go to (see [`eligible`]).
pub fn fits(award: &str, recipient: &Recipient) -> Result<(), AwardError> {
    match (eligible(award), recipient) {
        (Eligible::Collectives, Recipient::Individual { .. }) => Err(AwardError::CollectivesOnly),
        (Eligible::Individuals, Recipient::Unit(_) | Recipient::Collective(_)) => {
            Err(AwardError::IndividualsOnly)
        }
        _ => Ok(()),
    }
}

/// How many received one kind of award, as the reports count them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AwardCount {
    pub award: String,
    pub granted_by: String,
    pub collectives: u32,
    pub individuals: u32,
}

impl AwardEntry {
    /// Whether the entry may become `award`: its recipients, named and counted, must be ones
    /// it is given to ("Chiến sĩ thi đua" for a collective already listed is refused, as
    /// adding that recipient would be).
    pub fn may_be(&self, award: &str) -> Result<(), AwardError> {
        for r in &self.recipients {
            fits(award, r)?;
        }
        match eligible(award) {
            Eligible::Collectives if self.unnamed_individuals > 0 => Err(AwardError::CollectivesOnly),
            Eligible::Individuals if self.unnamed_collectives > 0 => Err(AwardError::IndividualsOnly),
            _ => Ok(()),
        }
    }

    pub fn is_deleted(&self) -> bool {
        self.deleted_at.is_some()
    }

    /// Collectives (named and counted) and individuals (named and counted).
    pub fn counts(&self) -> (u32, u32) {
        let named = |collective: bool| {
            u32::try_from(self.recipients.iter().filter(|r| r.is_collective() == collective).count())
                .unwrap_or(u32::MAX)
        };
        (
            named(true).saturating_add(self.unnamed_collectives),
            named(false).saturating_add(self.unnamed_individuals),
        )
    }

    fn keep_revision(&mut self, now: NaiveDateTime) {
        self.history.push(AwardRevision {
            changed_at: now,
            award: self.award.clone(),
            granted_by: self.granted_by.clone(),
            decision: self.decision.clone(),
            recipients: self.recipients.clone(),
            unnamed_collectives: self.unnamed_collectives,
            unnamed_individuals: self.unnamed_individuals,
        });
    }
}

/// A recipient as kept: names NFC and trimmed, and its unit a member unit.
fn checked(conference: &Conference, recipient: &Recipient) -> Result<Recipient, AwardError> {
    let known = |id: &str| conference.unit(id).is_some();
    let recipient = match recipient {
        Recipient::Unit(id) => Recipient::Unit(id.clone()),
        Recipient::Collective(name) => Recipient::Collective(kept_text(name)),
        Recipient::Individual { name, unit } => {
            Recipient::Individual { name: kept_text(name), unit: unit.clone() }
        }
    };
    match &recipient {
        Recipient::Collective(name) | Recipient::Individual { name, .. } if name.is_empty() => {
            Err(AwardError::BlankName)
        }
        _ => match recipient.unit() {
            Some(id) if !known(id) => Err(AwardError::UnknownUnit(id.to_string())),
            _ => Ok(recipient),
        },
    }
}

/// The awards of a conference, in the order they were entered.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Awards(pub Vec<AwardEntry>);

impl Awards {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, id: u32) -> Option<&AwardEntry> {
        self.0.iter().find(|e| e.id == id)
    }

    fn live_mut(&mut self, id: u32) -> Result<&mut AwardEntry, AwardError> {
        self.0.iter_mut().find(|e| e.id == id && !e.is_deleted()).ok_or(AwardError::NoSuchEntry(id))
    }

    /// The entries still standing, in order.
    pub fn live(&self) -> impl Iterator<Item = &AwardEntry> {
        self.0.iter().filter(|e| !e.is_deleted())
    }

    pub fn of_item(&self, item: usize) -> impl Iterator<Item = &AwardEntry> {
        self.live().filter(move |e| e.item == item)
    }

    /// Records an award handed out under agenda item `item`, without recipients yet; returns
    /// its id.
    pub fn add(
        &mut self,
        item: usize,
        award: &str,
        granted_by: &str,
        decision: &str,
        now: NaiveDateTime,
    ) -> Result<u32, AwardError> {
        let award = kept_text(award);
        if award.is_empty() {
            return Err(AwardError::BlankAward);
        }
        let id = self.0.iter().map(|e| e.id.saturating_add(1)).max().unwrap_or(1);
        self.0.push(AwardEntry {
            id,
            item,
            award,
            granted_by: kept_text(granted_by),
            decision: kept_text(decision),
            recipients: Vec::new(),
            unnamed_collectives: 0,
            unnamed_individuals: 0,
            at: now,
            deleted_at: None,
            history: Vec::new(),
        });
        Ok(id)
    }

    /// Records the conference file's award number `kind` (0-based) as handed out under `item`,
    /// with the recipients the file names; returns its id.
    pub fn add_planned(
        &mut self,
        conference: &Conference,
        item: usize,
        kind: usize,
        now: NaiveDateTime,
    ) -> Result<u32, AwardError> {
        let plan = conference.awards.get(kind).ok_or(AwardError::NoSuchKind(kind))?;
        let recipients =
            plan.recipients.iter().map(|r| checked(conference, r)).collect::<Result<Vec<_>, _>>()?;
        let id = self.add(item, &plan.award, &plan.granted_by, &plan.decision, now)?;
        if let Ok(entry) = self.live_mut(id) {
            entry.recipients = recipients;
        }
        Ok(id)
    }

    /// Changes an entry's award, grantor and decision, keeping what it was. Returns whether
    /// anything changed.
    pub fn edit(
        &mut self,
        id: u32,
        award: &str,
        granted_by: &str,
        decision: &str,
        now: NaiveDateTime,
    ) -> Result<bool, AwardError> {
        let (award, granted_by, decision) = (kept_text(award), kept_text(granted_by), kept_text(decision));
        if award.is_empty() {
            return Err(AwardError::BlankAward);
        }
        let entry = self.live_mut(id)?;
        if entry.award == award && entry.granted_by == granted_by && entry.decision == decision {
            return Ok(false);
        }
        entry.may_be(&award)?;
        entry.keep_revision(now);
        entry.award = award;
        entry.granted_by = granted_by;
        entry.decision = decision;
        Ok(true)
    }

    /// Adds a recipient to an entry (a member unit must be one; names are not blank). The same
    /// recipient twice is refused (`AlreadyListed`), so that the secretary is told. Returns
    /// whether anything changed.
    pub fn add_recipient(
        &mut self,
        conference: &Conference,
        id: u32,
        recipient: &Recipient,
        now: NaiveDateTime,
    ) -> Result<bool, AwardError> {
        let recipient = checked(conference, recipient)?;
        let entry = self.live_mut(id)?;
        fits(&entry.award, &recipient)?;
        if entry.recipients.contains(&recipient) {
            return Err(AwardError::AlreadyListed);
        }
        entry.keep_revision(now);
        entry.recipients.push(recipient);
        Ok(true)
    }

    /// Replaces an entry's recipient number `index` (0-based) in its place (a name mistyped),
    /// keeping what the entry was. Returns whether anything changed.
    pub fn replace_recipient(
        &mut self,
        conference: &Conference,
        id: u32,
        index: usize,
        recipient: &Recipient,
        now: NaiveDateTime,
    ) -> Result<bool, AwardError> {
        let recipient = checked(conference, recipient)?;
        let entry = self.live_mut(id)?;
        fits(&entry.award, &recipient)?;
        match entry.recipients.get(index) {
            None => Err(AwardError::NoSuchRecipient(index)),
            Some(r) if *r == recipient => Ok(false),
            Some(_) => {
                entry.keep_revision(now);
                entry.recipients[index] = recipient;
                Ok(true)
            }
        }
    }

    /// Removes an entry's recipient number `index` (0-based), keeping what the entry was.
    pub fn remove_recipient(
        &mut self,
        id: u32,
        index: usize,
        now: NaiveDateTime,
    ) -> Result<Recipient, AwardError> {
        let entry = self.live_mut(id)?;
        if index >= entry.recipients.len() {
            return Err(AwardError::NoSuchRecipient(index));
        }
        entry.keep_revision(now);
        Ok(entry.recipients.remove(index))
    }

    /// Sets how many collectives and individuals received the award without being named here
    /// (the decision's list). Returns whether anything changed.
    pub fn set_unnamed(
        &mut self,
        id: u32,
        collectives: u32,
        individuals: u32,
        now: NaiveDateTime,
    ) -> Result<bool, AwardError> {
        let entry = self.live_mut(id)?;
        match eligible(&entry.award) {
            Eligible::Collectives if individuals > 0 => return Err(AwardError::CollectivesOnly),
            Eligible::Individuals if collectives > 0 => return Err(AwardError::IndividualsOnly),
            _ => {}
        }
        if (entry.unnamed_collectives, entry.unnamed_individuals) == (collectives, individuals) {
            return Ok(false);
        }
        entry.keep_revision(now);
        entry.unnamed_collectives = collectives;
        entry.unnamed_individuals = individuals;
        Ok(true)
    }

    /// Deletes an entry: it leaves the counts and the minutes' text, not the record.
    pub fn delete(&mut self, id: u32, now: NaiveDateTime) -> Result<(), AwardError> {
        let entry = self.live_mut(id)?;
        entry.keep_revision(now);
        entry.deleted_at = Some(now);
        Ok(())
    }

    /// The counts by kind (the same award from the same grantor), in the order each kind was
    /// first entered.
    pub fn counts(&self) -> Vec<AwardCount> {
        count_by_kind(self.live())
    }

    /// The counts by kind of the awards handed out under agenda item `item`.
    pub fn counts_of_item(&self, item: usize) -> Vec<AwardCount> {
        count_by_kind(self.of_item(item))
    }

    /// All collectives and all individuals awarded.
    pub fn totals(&self) -> (u32, u32) {
        self.live()
            .map(AwardEntry::counts)
            .fold((0, 0), |(c, i), (dc, di)| (c.saturating_add(dc), i.saturating_add(di)))
    }
}

fn count_by_kind<'a>(entries: impl Iterator<Item = &'a AwardEntry>) -> Vec<AwardCount> {
    let mut out: Vec<AwardCount> = Vec::new();
    for e in entries {
        let (collectives, individuals) = e.counts();
        match out.iter_mut().find(|c| c.award == e.award && c.granted_by == e.granted_by) {
            Some(c) => {
                c.collectives = c.collectives.saturating_add(collectives);
                c.individuals = c.individuals.saturating_add(individuals);
            }
            None => out.push(AwardCount {
                award: e.award.clone(),
                granted_by: e.granted_by.clone(),
                collectives,
                individuals,
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2023, 3, 15).and_then(|d| d.and_hms_opt(9, m, 0)).expect("time")
    }

    fn sample(file: &str) -> Conference {
        let text = std::fs::read_to_string(format!("sample-data/{file}")).expect("sample");
        Conference::from_text(std::path::Path::new(file), &text).expect("valid")
    }

    fn count(award: &str, granted_by: &str, collectives: u32, individuals: u32) -> AwardCount {
        AwardCount { award: award.into(), granted_by: granted_by.into(), collectives, individuals }
    }

    /// Seed 003: "7 cá nhân … Bằng khen của Thủ tướng Chính phủ; 10 tập thể nhận Cờ thi đua của
    /// UBND TPHCM; 3 cá nhân nhận Chiến sĩ thi đua cấp thành phố; 13 đơn vị nhận Giấy khen của
    /// Chủ tịch UBND Quận 1".
    #[test]
    fn quan_1_awards_are_counted_as_the_report_counts_them() {
        let c = sample("quan1-tong-ket-2022.ron");
        assert_eq!(c.awards.len(), 4, "the four kinds are in the sample");
        let item = c.agenda.iter().position(|i| i.kind == crate::conference::ItemKind::Awards).expect("item");
        let mut a = Awards::default();
        let ids: Vec<u32> =
            (0..4).map(|k| a.add_planned(&c, item, k, at(k as u32)).expect("planned")).collect();
        // The Prime Minister's Bằng khen: two named, with their unit or not; five on the list.
        let named = [
            Recipient::Individual { name: "Nguyễn Văn An".into(), unit: Some("pnv".into()) },
            Recipient::Individual { name: "  Trần Thị Bình ".into(), unit: None },
        ];
        for r in &named {
            assert_eq!(a.add_recipient(&c, ids[0], r, at(5)), Ok(true));
        }
        a.set_unnamed(ids[0], 0, 5, at(6)).expect("counted");
        // Cờ thi đua: ten collectives, two of them wards of the district, by id.
        a.add_recipient(&c, ids[1], &Recipient::Unit("ben-nghe".into()), at(7)).expect("a ward");
        a.add_recipient(&c, ids[1], &Recipient::Unit("da-kao".into()), at(7)).expect("a ward");
        a.set_unnamed(ids[1], 8, 0, at(8)).expect("counted");
        a.set_unnamed(ids[2], 0, 3, at(9)).expect("counted");
        // Giấy khen: 12 units on the list and one more named collective.
        a.set_unnamed(ids[3], 12, 0, at(10)).expect("counted");
        let school = Recipient::Collective("Trường THCS Văn Lang".into());
        a.add_recipient(&c, ids[3], &school, at(11)).expect("named");

        assert_eq!(
            a.counts(),
            [
                count("Bằng khen của Thủ tướng Chính phủ", "Thủ tướng Chính phủ", 0, 7),
                count(
                    "Cờ thi đua của Ủy ban nhân dân Thành phố Hồ Chí Minh",
                    "Ủy ban nhân dân Thành phố Hồ Chí Minh",
                    10,
                    0
                ),
                count(
                    "Chiến sĩ thi đua cấp thành phố",
                    "Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh",
                    0,
                    3
                ),
                count(
                    "Giấy khen của Chủ tịch Ủy ban nhân dân Quận 1",
                    "Chủ tịch Ủy ban nhân dân Quận 1",
                    13,
                    0
                ),
            ]
        );
        assert_eq!(a.totals(), (23, 10));
        assert_eq!(a.counts_of_item(item), a.counts());
        assert!(a.counts_of_item(item + 1).is_empty());
        let e = a.get(ids[0]).expect("entry");
        assert_eq!(e.recipients[1], Recipient::Individual { name: "Trần Thị Bình".into(), unit: None });
        assert_eq!(e.history.len(), 3, "each change keeps the entry as it was");
    }

    /// Seed 002: "Giấy khen cho 6 tập thể và 31 cá nhân".
    #[test]
    fn van_phong_gives_giay_khen_to_6_collectives_and_31_individuals() {
        let c = sample("vp-doan-dbqh-hdnd-ubnd-dien-hinh-2020.ron");
        let item = c.agenda.iter().position(|i| i.kind == crate::conference::ItemKind::Awards).expect("item");
        let mut a = Awards::default();
        let id = a.add_planned(&c, item, 0, at(1)).expect("planned");
        // The divisions named by id, one collective by name, the 31 individuals on the list;
        // then the same award entered again for three more individuals, and one entry by
        // mistake, deleted.
        for unit in ["hcth", "tonghop", "ctdbqh", "cthdnd", "qttv"] {
            a.add_recipient(&c, id, &Recipient::Unit(unit.into()), at(2)).expect("a division");
        }
        a.add_recipient(&c, id, &Recipient::Collective("Đội xe".into()), at(3)).expect("named");
        a.set_unnamed(id, 0, 28, at(4)).expect("counted");
        let more = a.add(item, &c.awards[0].award, &c.awards[0].granted_by, "", at(5)).expect("more");
        a.set_unnamed(more, 0, 3, at(6)).expect("counted");
        let wrong = a.add(item, "Bằng khen", "", "", at(7)).expect("a slip");
        a.set_unnamed(wrong, 1, 0, at(7)).expect("counted");
        a.delete(wrong, at(8)).expect("deleted");
        let counts = a.counts();
        assert_eq!(counts.len(), 1);
        assert_eq!((counts[0].collectives, counts[0].individuals), (6, 31));
        assert_eq!(a.0.len(), 3, "the deleted entry stays in the record");
        assert_eq!(a.set_unnamed(wrong, 0, 0, at(9)), Err(AwardError::NoSuchEntry(wrong)));
    }

    #[test]
    fn a_flag_goes_to_collectives_and_a_title_of_chien_si_to_persons() {
        assert_eq!(eligible("Cờ thi đua của Ủy ban nhân dân Thành phố"), Eligible::Collectives);
        assert_eq!(eligible(" cờ thi đua xuất sắc"), Eligible::Collectives);
        assert_eq!(eligible("Tập thể lao động xuất sắc"), Eligible::Collectives);
        assert_eq!(eligible("Chiến sĩ thi đua cấp thành phố"), Eligible::Individuals);
        assert_eq!(eligible("Bằng khen của Thủ tướng Chính phủ"), Eligible::Both);
        assert_eq!(eligible("Giấy khen"), Eligible::Both);
        assert_eq!(eligible("Tặng Cờ thi đua của UBND Thành phố"), Eligible::Collectives);
        assert_eq!(eligible("Danh hiệu Chiến sĩ thi đua cơ sở"), Eligible::Individuals);
        assert_eq!(eligible("Bằng khen cho tập thể lao động xuất sắc"), Eligible::Both, "a Bằng khen");
        // As offices also write them: "sỹ", spaces doubled; the person's Lao động tiên tiến.
        assert_eq!(eligible("Chiến sỹ thi đua cơ sở"), Eligible::Individuals);
        assert_eq!(eligible("Chiến sĩ  thi đua cơ sở"), Eligible::Individuals);
        assert_eq!(eligible("Cờ  thi đua của UBND"), Eligible::Collectives);
        assert_eq!(eligible("Danh hiệu Lao động tiên tiến"), Eligible::Individuals);
        assert_eq!(eligible("Tập thể lao động tiên tiến"), Eligible::Collectives);
        let c = sample("quan1-tong-ket-2022.ron");
        let mut a = Awards::default();
        let flag = a.add(0, "Cờ thi đua của UBND Thành phố", "", "", at(1)).expect("added");
        let title = a.add(0, "Chiến sĩ thi đua cấp thành phố", "", "", at(1)).expect("added");
        let person = Recipient::Individual { name: "Lê Văn Bình".into(), unit: None };
        let unit = Recipient::Unit("pnv".into());
        assert_eq!(a.add_recipient(&c, flag, &person, at(2)), Err(AwardError::CollectivesOnly));
        assert_eq!(a.add_recipient(&c, flag, &unit, at(2)), Ok(true));
        assert_eq!(a.replace_recipient(&c, flag, 0, &person, at(2)), Err(AwardError::CollectivesOnly));
        assert_eq!(a.add_recipient(&c, title, &unit, at(2)), Err(AwardError::IndividualsOnly));
        assert_eq!(a.add_recipient(&c, title, &person, at(2)), Ok(true));
    }

    #[test]
    fn recipients_are_checked_and_kept_in_nfc() {
        let c = sample("quan1-tong-ket-2022.ron");
        let mut a = Awards::default();
        assert_eq!(a.add(0, "  ", "", "", at(1)), Err(AwardError::BlankAward));
        let id = a.add(0, "Gia\u{302}\u{301}y khen", "", "", at(1)).expect("added");
        assert_eq!(a.get(id).map(|e| e.award.as_str()), Some("Giấy khen"), "NFC");
        let cases = [
            (Recipient::Unit("khach".into()), Err(AwardError::UnknownUnit("khach".into()))),
            (
                Recipient::Individual { name: "A".into(), unit: Some("khach".into()) },
                Err(AwardError::UnknownUnit("khach".into())),
            ),
            (Recipient::Collective(" ".into()), Err(AwardError::BlankName)),
            (Recipient::Individual { name: "".into(), unit: None }, Err(AwardError::BlankName)),
            (Recipient::Unit("pnv".into()), Ok(true)),
            (Recipient::Unit("pnv".into()), Err(AwardError::AlreadyListed)),
        ];
        for (r, expected) in cases {
            assert_eq!(a.add_recipient(&c, id, &r, at(2)), expected, "{r:?}");
        }
        assert_eq!(a.remove_recipient(id, 3, at(3)), Err(AwardError::NoSuchRecipient(3)));
        assert_eq!(a.remove_recipient(id, 0, at(3)), Ok(Recipient::Unit("pnv".into())));
        assert_eq!(a.edit(id, "Giấy khen của Chủ tịch UBND Quận 1", "", "Quyết định số 01", at(4)), Ok(true));
        assert_eq!(a.get(id).map(|e| e.history.len()), Some(3));
    }
}
