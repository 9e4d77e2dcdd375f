//! Who attended, as the biên bản lists it (Thành phần tham dự): the member units present with
//! their delegates, those who came late or were absent and why, the quorum (and each time it
//! was reached or lost after the start), the guests; then the chair and the secretary. Also how
//! an edit of the roll call after the adoption is described in the list of changes.

use super::{Block, Builder, CellAlign, Run, Table, column};
use chrono::NaiveDateTime;

use crate::attendance::{Presence, Quorum, Stay};
use crate::export::vietnamese as vn;
use crate::record::same_minute;

impl Builder<'_> {
    pub(super) fn attendance(&mut self) {
        let c = self.conference;
        let a = &self.record.attendance;
        self.label(0, "Thành phần tham dự:");
        let members = c.units.len();
        let under_way = self.record.under_way();
        let stays: Vec<Stay> = c.units.iter().map(|u| self.record.stay(&u.id, under_way)).collect();
        let present = stays.iter().filter(|s| matches!(s, Stay::Attended { .. })).count();
        let absent = stays.iter().filter(|s| matches!(s, Stay::Absent(_))).count();
        let uncalled = members - present - absent;
        let summary = if uncalled == members {
            format!("{members} đơn vị (chưa điểm danh).")
        } else {
            let mut s = format!("có mặt {present}/{members} đơn vị");
            // Those gone before the end and not back: the table has when, the count is here so
            // that "có mặt" is not read as there throughout.
            let left = stays.iter().filter(|s| s.gone_since().is_some()).count();
            if left > 0 {
                s += &format!(", trong đó {left} đơn vị rời hội nghị trước khi kết thúc");
            }
            if absent > 0 {
                s += &format!("; vắng mặt {absent} đơn vị");
            }
            if uncalled > 0 {
                s += &format!("; chưa điểm danh {uncalled} đơn vị");
            }
            // The quorum, stated: the conference's legitimacy rests on it. It is judged as the
            // conference got under way; the units there at some point may have been more.
            let at_start = match under_way {
                Some(at) => self.present_count(at),
                None => present,
            };
            let needed = vn::threshold_of(c.rules.quorum, "tổng số đơn vị thành viên");
            // Reached later (a unit came late) or lost (units left): each time is said, so
            // that the reader takes the conference for neither one that never had its quorum
            // nor one that kept it throughout.
            let short = !Quorum::with(at_start, c).met;
            let changes = under_way.map(|at| self.quorum_changes(at)).unwrap_or_default();
            if !changes.is_empty() {
                s += &format!("; khi bắt đầu hội nghị có mặt {at_start}/{members} đơn vị, ");
                s += &match short {
                    true => "chưa đủ túc số".to_string(),
                    false => format!("đủ túc số theo quy định ({needed})"),
                };
                let mut said = !short;
                for (when, count, met) in changes {
                    let state = match (met, said) {
                        (true, false) => format!("đủ túc số theo quy định ({needed})"),
                        (true, true) => "đủ túc số".to_string(),
                        (false, _) => "không còn đủ túc số".to_string(),
                    };
                    said |= met;
                    s += &format!("; từ {} có mặt {count}/{members} đơn vị, {state}", self.at(when));
                }
            } else {
                if at_start != present {
                    s += &format!("; khi bắt đầu hội nghị có mặt {at_start}/{members} đơn vị");
                }
                if short {
                    s += &format!("; không đủ túc số theo quy định (cần {needed})");
                } else {
                    s += &format!("; đủ túc số theo quy định ({needed})");
                }
            }
            s + "."
        };
        self.dash(1, vec![Run::plain("Đơn vị thành viên: "), Run::plain(summary)]);
        let rows = c
            .units
            .iter()
            .zip(&stays)
            .enumerate()
            .map(|(i, (unit, stay))| {
                let who = || {
                    a.delegate_of(unit).map_or_else(String::new, |name| {
                        let title = unit.delegates.iter().find(|d| d.name == name).map(|d| d.title.trim());
                        match title {
                            Some(t) if !t.is_empty() => format!("{name}, {t}"),
                            _ => name.to_string(),
                        }
                    })
                };
                let with_reason = |text: String, reason: &str| match reason.trim() {
                    "" => text,
                    r => format!("{text}, lý do: {r}"),
                };
                let (who, state) = match stay {
                    Stay::Attended { came, late_reason, away } => {
                        let mut state = match (came, late_reason.trim()) {
                            (Some(t), "") => format!("Có mặt (từ {})", self.at(*t)),
                            (Some(t), why) => {
                                format!("Có mặt (từ {}; trước đó vắng, lý do: {why})", self.at(*t))
                            }
                            (None, _) => "Có mặt".to_string(),
                        };
                        // "…, vắng từ 9 giờ 10 đến 9 giờ 40, lý do: …; rời hội nghị lúc 11 giờ 00"
                        for (n, out) in away.iter().enumerate() {
                            let span = match out.to {
                                // Out and back within the minute: one time, not "from 8:29 to 8:29".
                                Some(back) if self.at(back) == self.at(out.from) => {
                                    format!("vắng lúc {} (chưa đến một phút)", self.at(out.from))
                                }
                                Some(back) => format!("vắng từ {} đến {}", self.at(out.from), self.at(back)),
                                None => format!("rời hội nghị lúc {}", self.at(out.from)),
                            };
                            state += if n == 0 { ", " } else { "; " };
                            state += &with_reason(span, &out.reason);
                        }
                        (who(), state)
                    }
                    Stay::Absent(reason) => (String::new(), with_reason("Vắng mặt".to_string(), reason)),
                    Stay::Uncalled => (String::new(), "Chưa điểm danh".to_string()),
                };
                vec![(i + 1).to_string(), unit.name.trim().to_string(), who, state]
            })
            .collect();
        self.body.push(Block::Table(Table {
            columns: vec![
                column("STT", 75, CellAlign::Center),
                column("Đơn vị thành viên", 420, CellAlign::Left),
                column("Đại biểu dự họp", 260, CellAlign::Left),
                column("Tình hình tham dự", 245, CellAlign::Left),
            ],
            rows,
        }));
        if !c.guests.is_empty() {
            self.dash(1, vec![Run::plain("Đại biểu khách mời (không biểu quyết):")]);
            let last = c.guests.len().saturating_sub(1);
            for (i, g) in c.guests.iter().enumerate() {
                let end = if i == last { '.' } else { ';' };
                self.dash(2, vec![Run::plain(format!("{}{end}", g.described()))]);
            }
        }
    }

    /// Each time after `under_way` that the quorum was reached (or lost) and stayed so, with
    /// the member units present then: the roll call's changes up to the end of the conference
    /// replayed in order. A count that did not last until the next thing that happened (an
    /// item beginning, a vote opening, the end) is a slip put right, as `Record::stay` takes
    /// it ("all present", then three marked absent), and does not count.
    fn quorum_changes(&self, under_way: NaiveDateTime) -> Vec<(NaiveDateTime, usize, bool)> {
        let (c, r) = (self.conference, self.record);
        let a = &r.attendance;
        let end = match (r.finished_at, r.adopted_at) {
            (Some(f), Some(d)) => Some(f.min(d)),
            (f, d) => f.or(d),
        };
        let before_end = |t: NaiveDateTime| end.is_none_or(|e| t <= e);
        let count_at = |t: NaiveDateTime| {
            c.units.iter().filter(|u| a.presence_at(&u.id, t).is_some_and(|p| p.present)).count()
        };
        let mut events: Vec<NaiveDateTime> = (r.items.iter().flat_map(|i| i.spans.iter().map(|s| s.from)))
            .chain(r.polls.iter().map(|p| p.opened_at))
            .chain(end)
            .filter(|&t| t > under_way && before_end(t))
            .collect();
        events.sort_unstable();
        let mut present: std::collections::BTreeSet<&str> = (c.units.iter())
            .filter(|u| a.presence_at(&u.id, under_way).is_some_and(|p| p.present))
            .map(|u| u.id.as_str())
            .collect();
        let mut met = Quorum::with(present.len(), c).met;
        let mut changes = Vec::new();
        let later =
            a.log.iter().filter(|ch| ch.at > under_way && before_end(ch.at) && c.unit(&ch.unit).is_some());
        let mut later = later.peekable();
        while let Some(change) = later.next() {
            if change.presence.present {
                present.insert(&change.unit);
            } else {
                present.remove(change.unit.as_str());
            }
            // Changes made at one moment (all present at once) are counted together.
            let settled = later.peek().is_none_or(|next| next.at != change.at);
            if !settled || Quorum::with(present.len(), c).met == met {
                continue;
            }
            // Still so at the next thing that happened (or now, if nothing has since).
            let next = events.iter().find(|&&e| e >= change.at).copied();
            let lasted = next.map_or(present.len(), count_at);
            if Quorum::with(lasted, c).met != met {
                met = !met;
                changes.push((change.at, present.len(), met));
            }
        }
        changes
    }

    /// What an edit of the roll call after the adoption changed: the changes logged from
    /// `from` (within its minute, where repeated edits are noted once) until `until`, each
    /// unit's state before them and after: "Sở Tư pháp từ vắng mặt (lý do: Ốm) thành có mặt;
    /// Thanh tra Thành phố: đổi đại biểu dự họp thành Lê Văn Tám". Empty when nothing is
    /// different.
    pub(super) fn roll_call_edit(&self, from: NaiveDateTime, until: Option<NaiveDateTime>) -> String {
        let log = &self.record.attendance.log;
        let within = |t: NaiveDateTime| t >= from && same_minute(t, from) && until.is_none_or(|u| t < u);
        let first = log.partition_point(|c| c.at < from);
        let end = first + log[first..].iter().take_while(|c| within(c.at)).count();
        let mut units: Vec<&str> = Vec::new();
        for change in &log[first..end] {
            if !units.contains(&change.unit.as_str()) {
                units.push(&change.unit);
            }
        }
        let state = |p: Option<&Presence>| match p {
            None => "chưa điểm danh".to_string(),
            Some(p) if p.present => "có mặt".to_string(),
            Some(p) if p.reason.trim().is_empty() => "vắng mặt".to_string(),
            Some(p) => format!("vắng mặt (lý do: {})", p.reason.trim()),
        };
        let described: Vec<String> = units
            .into_iter()
            .filter_map(|unit| {
                let last_before =
                    |end: usize| log[..end].iter().rev().find(|c| c.unit == unit).map(|c| &c.presence);
                let (old, new) = (last_before(first), last_before(end)?);
                let name = self.unit_name(unit);
                match old {
                    Some(old) if old == new => None,
                    // Still present: who attends changed (back to the file's first delegate
                    // when none is named).
                    Some(old) if old.present && new.present => {
                        let first_delegate =
                            || self.conference.unit(unit)?.first_delegate().map(|d| d.trim().to_string());
                        let who =
                            new.delegate.as_deref().map(|d| d.trim().to_string()).or_else(first_delegate);
                        Some(match who {
                            Some(who) => format!("{name}: đổi đại biểu dự họp thành {who}"),
                            None => format!("{name}: đổi đại biểu dự họp theo danh sách"),
                        })
                    }
                    // Still absent: only the reason changed.
                    Some(old) if !old.present && !new.present => Some(match new.reason.trim() {
                        "" => format!("{name}: bỏ lý do vắng mặt"),
                        reason => format!("{name}: sửa lý do vắng mặt thành {reason}"),
                    }),
                    _ => Some(format!("{name} từ {} thành {}", state(old), state(Some(new)))),
                }
            })
            .collect();
        described.join("; ")
    }

    pub(super) fn officers(&mut self) {
        let c = self.conference;
        let person = |name: &str, title: &str| {
            let (name, title) = (name.trim(), title.trim());
            if title.is_empty() { format!("{name}.") } else { format!("{name}, {title}.") }
        };
        let chair = self.record.chair(c);
        self.labelled(0, "Chủ trì (chủ tọa)", person(&chair.name, &chair.title));
        self.labelled(0, "Thư ký (người ghi biên bản)", person(&c.secretary.name, &c.secretary.title));
    }
}
