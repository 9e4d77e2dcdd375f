//! Who attended, as the biên bản lists it (Thành phần tham dự): the chair, the member units
//! present with their delegates, those who came late or were absent and why, the guests; then
//! the chair and the secretary of the conference.

use super::{Block, Builder, CellAlign, Run, Table, column};

impl Builder<'_> {
    pub(super) fn attendance(&mut self) {
        let c = self.conference;
        let a = &self.record.attendance;
        self.label(0, "Thành phần tham dự:");
        let members = c.units.len();
        // A unit that left after taking part in a vote attended: it is counted present (as the
        // vote counted it), and its row says when it left. Marked absent before any vote (a
        // slip corrected, say), it is absent.
        let left = |id: &str| {
            a.left_at(id).filter(|&at| {
                self.record.polls.iter().any(|p| p.opened_at < at && p.present.iter().any(|u| u == id))
            })
        };
        let attended = |id: &str| a.is_present(id) || left(id).is_some();
        let present = c.units.iter().filter(|u| attended(&u.id)).count();
        let absent = c.units.iter().filter(|u| a.presence(&u.id).is_some_and(|_| !attended(&u.id))).count();
        let uncalled = members - present - absent;
        let summary = if uncalled == members {
            format!("{members} đơn vị (chưa điểm danh).")
        } else {
            let mut s = format!("có mặt {present}/{members} đơn vị");
            if absent > 0 {
                s += &format!("; vắng mặt {absent} đơn vị");
            }
            if uncalled > 0 {
                s += &format!("; chưa điểm danh {uncalled} đơn vị");
            }
            s + "."
        };
        self.dash(1, vec![Run::plain("Đơn vị thành viên: "), Run::plain(summary)]);
        let rows = c
            .units
            .iter()
            .enumerate()
            .map(|(i, unit)| {
                let who = || {
                    a.delegate_of(unit).map_or_else(String::new, |name| {
                        let title = unit.delegates.iter().find(|d| d.name == name).map(|d| d.title.trim());
                        match title {
                            Some(t) if !t.is_empty() => format!("{name}, {t}"),
                            _ => name.to_string(),
                        }
                    })
                };
                let (who, state) = match a.presence(&unit.id) {
                    Some(p) if p.present => {
                        let state = match a.late_arrival(&unit.id) {
                            Some(t) => format!("Có mặt (từ {})", self.at(t)),
                            None => "Có mặt".to_string(),
                        };
                        (who(), state)
                    }
                    Some(p) if let Some(left) = left(&unit.id) => {
                        let mut state = match a.late_before_leaving(&unit.id) {
                            Some(came) => format!("Có mặt (từ {}), vắng từ {}", self.at(came), self.at(left)),
                            None => format!("Có mặt, vắng từ {}", self.at(left)),
                        };
                        if !p.reason.trim().is_empty() {
                            state += &format!(", lý do: {}", p.reason.trim());
                        }
                        (who(), state)
                    }
                    Some(p) if p.reason.trim().is_empty() => (String::new(), "Vắng mặt".to_string()),
                    Some(p) => (String::new(), format!("Vắng mặt, lý do: {}", p.reason.trim())),
                    None => (String::new(), "Chưa điểm danh".to_string()),
                };
                vec![(i + 1).to_string(), unit.name.trim().to_string(), who, state]
            })
            .collect();
        self.body.push(Block::Table(Table {
            columns: vec![
                column("STT", 75, CellAlign::Center),
                column("Đơn vị thành viên", 420, CellAlign::Left),
                column("Đại biểu dự", 260, CellAlign::Left),
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

    pub(super) fn officers(&mut self) {
        let c = self.conference;
        let person = |name: &str, title: &str| {
            let (name, title) = (name.trim(), title.trim());
            if title.is_empty() { format!("{name}.") } else { format!("{name}, {title}.") }
        };
        self.labelled(0, "Chủ trì (chủ tọa)", person(&c.chair.name, &c.chair.title));
        self.labelled(0, "Thư ký (người ghi biên bản)", person(&c.secretary.name, &c.secretary.title));
    }
}
