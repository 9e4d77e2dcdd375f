//! The parts of the biên bản for the rest of a tổng kết, each under its agenda item: the
//! scoring table and the ranking (3. Kết quả chấm điểm, xếp hạng), the awards handed out,
//! counted by kind (4. Kết quả bình xét, suy tôn, after the nominations), and the covenant's
//! numbered contents, its presiding unit and the signing units (6. Ký kết giao ước).

use super::{Block, Builder, CellAlign, Run, Table, column, end_sentence};
use crate::awards::AwardEntry;
use crate::conference::Recipient;
use crate::covenant::{NotSigning, Signing};
use crate::export::vietnamese as vn;
use crate::scoring::{self, Points};

/// The awards of one kind handed out under one item, gathered from its entries.
struct Kind<'e> {
    award: &'e str,
    granted_by: &'e str,
    decisions: Vec<&'e str>,
    collectives: Vec<&'e Recipient>,
    individuals: Vec<&'e Recipient>,
    unnamed_collectives: u32,
    unnamed_individuals: u32,
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Builder<'_> {
    /// The scoring table (when the conference has one) and the ranking (once scores are
    /// entered), with scores above a maximum marked (*) and explained.
    pub(super) fn scoring(&mut self) {
        let c = self.conference;
        if let Some(table) = &c.scoring {
            let scale = if table.criteria.is_empty() {
                format!("{} điểm.", table.scale)
            } else {
                format!("{} điểm, gồm {} tiêu chí.", table.scale, table.criteria.len())
            };
            self.labelled(1, "Thang điểm thi đua", scale);
            if !table.criteria.is_empty() {
                let rows = table
                    .criteria
                    .iter()
                    .map(|k| vec![k.code.trim().to_string(), k.title.trim().to_string(), k.max.to_string()])
                    .collect();
                self.body.push(Block::Table(Table {
                    columns: vec![
                        column("Tiêu chí", 110, CellAlign::Center),
                        column("Nội dung", 690, CellAlign::Left),
                        column("Điểm tối đa", 200, CellAlign::Right),
                    ],
                    rows,
                }));
            }
        }
        if self.record.scores.units.is_empty() {
            return;
        }
        self.label(1, "Kết quả chấm điểm, xếp hạng:");
        let ranking = scoring::ranking(c, &self.record.scores);
        let scale = c.scoring.as_ref().map(|s| Points::whole(s.scale));
        let above = |p: Option<Points>| scale.is_some_and(|max| p.is_some_and(|p| p > max));
        let mut notes = Vec::new();
        let rows = ranking
            .iter()
            .map(|r| {
                let flag = |p: Option<Points>, over: bool| match p {
                    Some(p) if over => format!("{} (*)", vn::points(p)),
                    Some(p) => vn::points(p),
                    None => String::new(),
                };
                let self_over = !r.over_max.is_empty() || above(r.self_total);
                // Some criteria scored, not all: no total yet, the scores typed are given.
                let scored = || -> Vec<String> {
                    (c.scoring.iter().flat_map(|t| &t.criteria))
                        .filter_map(|k| {
                            let p = self.record.scores.get(&r.unit)?.criteria.get(&k.code).copied()?;
                            Some(format!(
                                "{}: {}",
                                k.code.trim(),
                                flag(Some(p), r.over_max.contains(&k.code))
                            ))
                        })
                        .collect()
                };
                let own = match r.self_total {
                    None => match scored() {
                        some if !some.is_empty() => format!("Chưa chấm đủ tiêu chí ({})", some.join("; ")),
                        _ if r.agreed_total.is_none() => "Chưa chấm".to_string(),
                        _ => String::new(),
                    },
                    p => flag(p, self_over),
                };
                notes.extend(self.over_notes(r));
                vec![
                    r.rank.map_or_else(|| "–".to_string(), |n| n.to_string()),
                    self.unit_name(&r.unit),
                    own,
                    flag(r.agreed_total, above(r.agreed_total)),
                ]
            })
            .collect();
        self.body.push(Block::Table(Table {
            columns: vec![
                column("Xếp hạng", 120, CellAlign::Center),
                column("Đơn vị", 480, CellAlign::Left),
                column("Điểm tự chấm", 180, CellAlign::Right),
                column(
                    &crate::i18n::capitalise(&super::agreed_score(self.conference)),
                    220,
                    CellAlign::Right,
                ),
            ],
            rows,
        }));
        let agreed = super::agreed_score(self.conference);
        self.para(2, vec![Run::italic(format!("Xếp hạng theo {agreed}, nếu không có thì theo điểm tự chấm; các đơn vị bằng điểm cùng thứ hạng."))]);
        for note in notes {
            self.para(2, vec![Run::plain(note)]);
        }
    }

    /// "(*) Sở Y tế Hà Nội: tiêu chí II tự chấm 26 điểm, vượt điểm tối đa 25 điểm."
    fn over_notes(&self, r: &scoring::RankRow) -> Vec<String> {
        let c = self.conference;
        let unit = self.unit_name(&r.unit);
        let mut out = Vec::new();
        let (Some(table), scores) = (&c.scoring, self.record.scores.get(&r.unit)) else { return out };
        for code in &r.over_max {
            let given = scores.and_then(|s| s.criteria.get(code)).copied().unwrap_or_default();
            let max = table.criterion(code).map_or(0, |k| k.max);
            out.push(format!(
                "(*) {unit}: tiêu chí {code} tự chấm {} điểm, vượt điểm tối đa {max} điểm.",
                vn::points(given)
            ));
        }
        let scale = Points::whole(table.scale);
        let agreed = super::agreed_score(self.conference);
        for (what, p) in [("tổng điểm tự chấm", r.self_total), (agreed.as_str(), r.agreed_total)] {
            if let Some(p) = p.filter(|p| *p > scale) {
                out.push(format!(
                    "(*) {unit}: {what} {} điểm, vượt thang điểm {} điểm.",
                    vn::points(p),
                    table.scale
                ));
            }
        }
        out
    }

    /// A recipient as the minutes name it: the unit's full name, or the person with their unit.
    fn recipient(&self, r: &Recipient) -> String {
        match r {
            Recipient::Unit(id) => self.unit_name(id),
            Recipient::Collective(name) => name.trim().to_string(),
            Recipient::Individual { name, unit: Some(id) } => {
                format!("{} ({})", name.trim(), self.unit_name(id))
            }
            Recipient::Individual { name, unit: None } => name.trim().to_string(),
        }
    }

    /// The awards handed out under one item, by kind: how many collectives and individuals
    /// each, the decision, and the recipients named.
    pub(super) fn awards(&mut self, entries: &[&AwardEntry]) {
        if entries.is_empty() {
            return;
        }
        let mut kinds: Vec<Kind> = Vec::new();
        for e in entries {
            let at = match kinds.iter().position(|k| k.award == e.award && k.granted_by == e.granted_by) {
                Some(at) => at,
                None => {
                    kinds.push(Kind {
                        award: &e.award,
                        granted_by: &e.granted_by,
                        decisions: Vec::new(),
                        collectives: Vec::new(),
                        individuals: Vec::new(),
                        unnamed_collectives: 0,
                        unnamed_individuals: 0,
                    });
                    kinds.len() - 1
                }
            };
            let Some(kind) = kinds.get_mut(at) else { continue };
            let decision = e.decision.trim();
            if !decision.is_empty() && !kind.decisions.contains(&decision) {
                kind.decisions.push(decision);
            }
            for r in &e.recipients {
                if r.is_collective() { kind.collectives.push(r) } else { kind.individuals.push(r) }
            }
            kind.unnamed_collectives = kind.unnamed_collectives.saturating_add(e.unnamed_collectives);
            kind.unnamed_individuals = kind.unnamed_individuals.saturating_add(e.unnamed_individuals);
        }
        // In the conference file's order of awards (the order of rank the reports use), then
        // those typed at the conference in the order entered.
        let planned = &self.conference.awards;
        kinds.sort_by_key(|k| planned.iter().position(|p| p.award == k.award).unwrap_or(planned.len()));
        // Under a bình xét the awards are proposals, not awards given.
        let proposed = entries.first().and_then(|e| self.conference.agenda.get(e.item));
        let heading = if proposed.is_some_and(|a| a.proposes_awards()) {
            "Đề nghị khen thưởng:"
        } else {
            "Khen thưởng:"
        };
        self.label(1, heading);
        let (mut all_c, mut all_i) = (0u32, 0u32);
        for kind in &kinds {
            let collectives = count(kind.collectives.len()).saturating_add(kind.unnamed_collectives);
            let individuals = count(kind.individuals.len()).saturating_add(kind.unnamed_individuals);
            all_c = all_c.saturating_add(collectives);
            all_i = all_i.saturating_add(individuals);
            let (award, by) = (kind.award.trim(), kind.granted_by.trim());
            let name = if by.is_empty() || award.contains(by) {
                award.to_string()
            } else {
                format!("{award} ({by})")
            };
            let decision = if kind.decisions.is_empty() {
                String::new()
            } else {
                format!(" ({})", kind.decisions.join("; "))
            };
            self.dash(
                1,
                vec![
                    Run::bold(format!("{name}: ")),
                    Run::plain(format!("{}{decision}.", vn::awarded(collectives, individuals))),
                ],
            );
            for (label, named, unnamed, word) in [
                ("Tập thể", &kind.collectives, kind.unnamed_collectives, "tập thể"),
                ("Cá nhân", &kind.individuals, kind.unnamed_individuals, "cá nhân"),
            ] {
                if named.is_empty() {
                    continue;
                }
                let mut names: Vec<String> = named.iter().map(|r| self.recipient(r)).collect();
                if unnamed > 0 {
                    // "kèm theo quyết định" only when a decision was recorded for the award.
                    let list = if kind.decisions.is_empty() { "" } else { " kèm theo quyết định" };
                    names.push(format!("{unnamed} {word} khác theo danh sách{list}"));
                }
                self.para(2, vec![Run::plain(format!("{label}: {}.", names.join("; ")))]);
            }
        }
        if kinds.len() > 1 {
            self.para(
                1,
                vec![Run::bold("Tổng cộng: "), Run::plain(format!("{}.", vn::awarded(all_c, all_i)))],
            );
        }
    }

    /// The contents changed once a unit had signed: how many had, and each change with its
    /// time (what an item said before, what was removed), for those units signed another text.
    fn covenant_changed_after_signing(&self) -> Option<String> {
        use crate::covenant::CovenantEdit;
        let mut signed = std::collections::BTreeSet::new();
        let mut first_count = None;
        let mut changes = Vec::new();
        for entry in &self.record.covenant.log {
            let what = match &entry.change {
                CovenantEdit::Signing { unit, to, .. } => {
                    if matches!(to, Some(Signing::Signed { .. })) {
                        signed.insert(unit.as_str());
                    } else {
                        signed.remove(unit.as_str());
                    }
                    continue;
                }
                CovenantEdit::Presiding { .. } => continue,
                _ if signed.is_empty() => continue,
                edit => match item_change(edit) {
                    Some(what) => what,
                    None => continue,
                },
            };
            first_count.get_or_insert(signed.len());
            changes.push(format!("lúc {}, {what}", self.at(entry.at)));
        }
        let n = first_count?;
        Some(format!("Nội dung giao ước được sửa sau khi {n} đơn vị đã ký: {}.", changes.join("; ")))
    }

    /// The covenant changed from `from` until `until` (a change to adopted minutes): "đơn vị
    /// chủ trì ký kết: Sở Y tế → Sở Tư pháp; Sở Tư pháp: chưa ký → đã ký; sửa điều 2 (…)".
    pub(super) fn covenant_edit(
        &self,
        from: chrono::NaiveDateTime,
        until: Option<chrono::NaiveDateTime>,
    ) -> String {
        use crate::covenant::CovenantEdit;
        let c = self.conference;
        let planned = c.covenant.as_ref().and_then(|k| k.presiding.as_deref());
        let presiding = |unit: &Option<String>| match unit.as_deref().or(planned) {
            Some(unit) => self.unit_name(unit),
            None => "(chưa chọn)".to_string(),
        };
        let signing = |s: &Option<Signing>| match s {
            None => "chưa ký".to_string(),
            Some(Signing::Signed { .. }) => "đã ký".to_string(),
            Some(Signing::Absent { reason }) if reason.trim().is_empty() => "không ký".to_string(),
            Some(Signing::Absent { reason }) => format!("không ký (lý do: {})", reason.trim()),
        };
        let changes: Vec<String> = (self.record.covenant.log.iter())
            .filter(|l| l.at >= from && until.is_none_or(|u| l.at < u))
            .filter_map(|l| match &l.change {
                CovenantEdit::Presiding { from, to } => {
                    Some(format!("đơn vị chủ trì ký kết: {} → {}", presiding(from), presiding(to)))
                }
                CovenantEdit::Signing { unit, from, to } => {
                    Some(format!("{}: {} → {}", self.unit_name(unit), signing(from), signing(to)))
                }
                edit => item_change(edit),
            })
            .collect();
        changes.join("; ")
    }

    /// The covenant: its title, the presiding unit, the numbered contents as they stand, and
    /// every member unit signed, absent or not yet signed (once any is marked). `under_item`:
    /// printed under its agenda item, whose title names it when the file gives the covenant none.
    pub(super) fn covenant(&mut self, under_item: bool) {
        let c = self.conference;
        let cov = &self.record.covenant;
        // The covenant's own title, if the file gives one; else, under its item, the item's
        // title above says it ("Ký kết giao ước thi đua: Giao ước thi đua." said nothing).
        let title = c.covenant.as_ref().map(|p| p.title.trim()).filter(|t| !t.is_empty());
        match title {
            Some(title) => self.labelled(1, "Ký kết giao ước thi đua", end_sentence(title)),
            None if !under_item => self.label(1, "Ký kết giao ước thi đua:"),
            None => {}
        }
        if let Some(unit) = cov.presiding(c) {
            self.labelled(1, "Đơn vị chủ trì ký kết", format!("{}.", self.unit_name(unit)));
        }
        let items = cov.contents(c);
        if !items.is_empty() {
            let planned = c.covenant.as_ref().map(|p| p.items.as_slice()).unwrap_or_default();
            let label = if items == planned {
                "Nội dung giao ước:"
            } else {
                "Nội dung giao ước (đã được hội nghị sửa đổi, bổ sung):"
            };
            self.label(1, label);
            for (i, text) in items.iter().enumerate() {
                self.para(2, vec![Run::plain(format!("{}. {}", i + 1, end_sentence(text.trim())))]);
            }
        }
        if let Some(line) = self.covenant_changed_after_signing() {
            self.para(1, vec![Run::plain(line)]);
        }
        if cov.signing.is_empty() {
            // Held, and nobody marked: said, as a scoring left blank is.
            if c.first_of(crate::conference::ItemKind::Covenant).is_some_and(|i| self.record.held(i)) {
                self.para(1, vec![Run::italic("Chưa ghi việc ký kết của các đơn vị.")]);
            }
            return;
        }
        let n = self.record.signing_count(c);
        let mut summary = format!("đã ký {}/{} đơn vị", n.signed, c.units.len());
        if n.absent > 0 {
            summary += &format!("; vắng mặt, không ký {} đơn vị", n.absent);
        }
        if n.declined > 0 {
            summary += &format!("; có mặt, không ký {} đơn vị", n.declined);
        }
        if n.unrecorded > 0 {
            summary += &format!("; không ký {} đơn vị", n.unrecorded);
        }
        if n.pending > 0 {
            summary += &format!("; chưa ký {} đơn vị", n.pending);
        }
        self.labelled(1, "Các đơn vị ký kết", format!("{summary}."));
        let ended = self.record.signing_ended(c);
        let rows = c
            .units
            .iter()
            .enumerate()
            .map(|(i, u)| {
                let state = match self.record.signing(&u.id, ended) {
                    Some(Signing::Signed { .. }) => "Đã ký".to_string(),
                    // What the roll call says of it: away, present (declined), or nothing.
                    Some(Signing::Absent { reason }) => {
                        match (self.record.not_signing(&u.id, ended), reason.trim()) {
                            (NotSigning::Away, "") => "Vắng mặt, không ký".to_string(),
                            (NotSigning::Away, r) => format!("Vắng mặt, lý do: {r}"),
                            (NotSigning::Declined, "") => "Có mặt, không ký".to_string(),
                            (NotSigning::Declined, r) => format!("Có mặt, không ký, lý do: {r}"),
                            (NotSigning::Unrecorded, "") => "Không ký".to_string(),
                            (NotSigning::Unrecorded, r) => format!("Không ký, lý do: {r}"),
                        }
                    }
                    None => "Chưa ký".to_string(),
                };
                vec![(i + 1).to_string(), u.name.trim().to_string(), state]
            })
            .collect();
        self.body.push(Block::Table(Table {
            columns: vec![
                column("STT", 75, CellAlign::Center),
                column("Đơn vị thành viên", 600, CellAlign::Left),
                column("Ký kết giao ước", 325, CellAlign::Left),
            ],
            rows,
        }));
    }
}

/// A change to the covenant's contents in words ("sửa điều 2 (trước khi sửa: “…”)"); `None`
/// for a change of who signs or presides.
fn item_change(edit: &crate::covenant::CovenantEdit) -> Option<String> {
    use crate::covenant::CovenantEdit;
    Some(match edit {
        CovenantEdit::ItemEdited { index, from, .. } => {
            format!("sửa điều {} (trước khi sửa: “{}”)", index + 1, from.trim())
        }
        CovenantEdit::ItemAdded { index, .. } => format!("bổ sung điều {}", index + 1),
        CovenantEdit::ItemRemoved { index, text } => format!("bỏ điều {} (“{}”)", index + 1, text.trim()),
        CovenantEdit::Presiding { .. } | CovenantEdit::Signing { .. } => return None,
    })
}
