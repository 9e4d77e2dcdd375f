//! The biên bản as a document that does not yet know its format: the heading of Nghị định
//! 30/2020/NĐ-CP (Phụ lục III, mẫu 1.9), the body as paragraphs and tables in the order the
//! minutes are read, the signatures and Nơi nhận.
//!
//! Pure: built from a `Model` and nothing else (no clock, no disk). Every word is Vietnamese,
//! whatever the interface language. The renderers (`markdown`, `html`, `docx`) only lay this
//! out; what the minutes say, and in which order, is decided here.

use chrono::{NaiveDate, NaiveDateTime};

mod sections;

use super::vietnamese as vn;
use crate::app::Model;
use crate::awards::AwardEntry;
use crate::comments::{Comment, ResponseKind};
use crate::conference::{Conference, ItemKind, Method, Period, Presenter, Subject};
use crate::poll::{Choice, Correction, CorrectionKind, Outcome, Poll, PollResult, Round, Tally};
use crate::record::{Change, ItemState, Record};

/// Quốc hiệu.
pub const NATION: &str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
/// Tiêu ngữ.
pub const MOTTO: &str = "Độc lập - Tự do - Hạnh phúc";
pub const DOCUMENT_KIND: &str = "BIÊN BẢN";
pub const DRAFT: &str = "DỰ THẢO";
pub const DRAFT_NOTE: &str = "(Biên bản chưa được hội nghị thông qua)";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub heading: Heading,
    /// The minutes are not adopted yet: "DỰ THẢO" is printed above BIÊN BẢN.
    pub draft: bool,
    /// The conference's title, printed under BIÊN BẢN.
    pub title: String,
    /// Everything from "Thời gian bắt đầu" to "Hội nghị kết thúc vào …/.".
    pub body: Vec<Block>,
    /// Left then right: THƯ KÝ, CHỦ TỌA.
    pub signatures: [Signature; 2],
    pub recipients: Recipients,
    /// The conference's date (the document's date in its properties).
    pub date: NaiveDate,
}

/// The two-column heading: the issuing body on the left, Quốc hiệu and Tiêu ngữ on the right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// Cơ quan chủ quản, in capitals.
    pub parent: String,
    /// The bloc, in capitals (printed bold).
    pub issuer: String,
    /// "Số: …/BB-KTĐ1".
    pub number: String,
    /// "Thành phố Hồ Chí Minh, ngày 16 tháng 01 năm 2024", when the conference names a place.
    pub place_date: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// "THƯ KÝ", "CHỦ TỌA".
    pub role: String,
    /// "(Ký, ghi rõ họ tên)".
    pub note: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipients {
    /// "Nơi nhận:".
    pub label: String,
    /// "- Các đơn vị thành viên Khối;", "- Lưu: VT, Hồ sơ.".
    pub lines: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Para(Para),
    Table(Table),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Justified body text.
    Body,
    Center,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Para {
    pub runs: Vec<Run>,
    pub align: Align,
    /// 0: a section of the minutes; 1: inside an agenda item; 2: a detail (a comment, a round).
    pub level: u8,
    /// A "- " line of a list.
    pub dash: bool,
    /// A label that belongs with what follows it (not left alone at the foot of a page).
    pub keep_next: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    /// May hold line breaks (a comment typed on several lines).
    pub text: String,
    pub bold: bool,
    pub italic: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub title: String,
    /// Share of the text width, in thousandths.
    pub width: u16,
    pub align: CellAlign,
}

/// How a column's cells are aligned: text left, numbers right, a running number centred.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellAlign {
    Left,
    Center,
    Right,
}

impl Run {
    pub fn plain(text: impl Into<String>) -> Run {
        Run { text: text.into(), bold: false, italic: false }
    }

    pub fn bold(text: impl Into<String>) -> Run {
        Run { text: text.into(), bold: true, italic: false }
    }

    pub fn italic(text: impl Into<String>) -> Run {
        Run { text: text.into(), bold: false, italic: true }
    }
}

impl Para {
    fn new(level: u8, runs: Vec<Run>) -> Para {
        Para { runs, align: Align::Body, level, dash: false, keep_next: false }
    }

    /// The text without formatting.
    pub fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }
}

impl Document {
    /// The whole document as plain text, one paragraph or table row a line: for tests and
    /// for a quick look.
    pub fn plain_text(&self) -> String {
        let h = &self.heading;
        let mut lines = vec![h.parent.clone(), NATION.to_string(), h.issuer.clone(), MOTTO.to_string()];
        lines.push(h.number.clone());
        lines.extend(h.place_date.clone());
        if self.draft {
            lines.push(DRAFT.to_string());
        }
        lines.push(DOCUMENT_KIND.to_string());
        lines.push(self.title.clone());
        for block in &self.body {
            match block {
                Block::Para(p) => lines.push(p.text()),
                Block::Table(t) => {
                    lines.push(t.columns.iter().map(|c| c.title.as_str()).collect::<Vec<_>>().join(" | "));
                    lines.extend(t.rows.iter().map(|r| r.join(" | ")));
                }
            }
        }
        for s in &self.signatures {
            lines.extend([s.role.clone(), s.note.clone(), s.name.clone()]);
        }
        lines.push(self.recipients.label.clone());
        lines.extend(self.recipients.lines.iter().cloned());
        lines.join("\n") + "\n"
    }
}

/// Builds the biên bản of a conference from its record.
pub fn build(model: &Model) -> Document {
    Builder::new(model).document()
}

struct Builder<'a> {
    conference: &'a Conference,
    record: &'a Record,
    /// The day the conference was held: times on it are written without the date.
    day: NaiveDate,
    body: Vec<Block>,
}

impl<'a> Builder<'a> {
    fn new(model: &'a Model) -> Self {
        let record = &model.record;
        let day = record.started_at.map_or(model.conference.date, |t| t.date());
        Builder { conference: &model.conference, record, day, body: Vec::new() }
    }

    fn document(mut self) -> Document {
        let c = self.conference;
        self.opening();
        self.attendance();
        self.officers();
        self.content();
        self.adoption();
        self.audit();
        self.closing();
        let number = if c.minutes_number.trim().is_empty() {
            "Số: …/BB".to_string()
        } else {
            format!("Số: {}", c.minutes_number.trim())
        };
        let place_date = c
            .place_name
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|place| format!("{place}, {}", vn::date(c.date)));
        Document {
            heading: Heading {
                parent: vn::upper(&c.bloc.parent),
                issuer: vn::upper(&c.bloc.name),
                number,
                place_date,
            },
            draft: self.record.adopted_at.is_none(),
            title: c.title.trim().to_string(),
            body: self.body,
            signatures: [
                Signature {
                    role: "THƯ KÝ".into(),
                    note: "(Ký, ghi rõ họ tên)".into(),
                    name: c.secretary.name.trim().to_string(),
                },
                Signature {
                    role: "CHỦ TỌA".into(),
                    note: "(Ký, ghi rõ họ tên, đóng dấu (nếu có))".into(),
                    name: c.chair.name.trim().to_string(),
                },
            ],
            recipients: recipients(c),
            date: c.date,
        }
    }

    fn para(&mut self, level: u8, runs: Vec<Run>) {
        self.body.push(Block::Para(Para::new(level, runs)));
    }

    fn label(&mut self, level: u8, text: impl Into<String>) {
        let mut p = Para::new(level, vec![Run::bold(text)]);
        p.keep_next = true;
        self.body.push(Block::Para(p));
    }

    fn labelled(&mut self, level: u8, label: &str, value: impl Into<String>) {
        self.para(level, vec![Run::bold(format!("{label}: ")), Run::plain(value)]);
    }

    fn dash(&mut self, level: u8, runs: Vec<Run>) {
        let mut p = Para::new(level, runs);
        p.dash = true;
        self.body.push(Block::Para(p));
    }

    fn at(&self, t: NaiveDateTime) -> String {
        vn::time_on(t, self.day)
    }

    fn unit_name(&self, id: &str) -> String {
        self.conference.unit(id).map_or_else(|| id.to_string(), |u| u.name.trim().to_string())
    }

    fn opening(&mut self) {
        let c = self.conference;
        let start = match self.record.started_at {
            Some(t) => format!("{}.", vn::moment(t)),
            None => format!("{} (dự kiến).", vn::moment(c.date.and_time(c.start))),
        };
        self.labelled(0, "Thời gian bắt đầu", start);
        self.labelled(0, "Địa điểm", format!("{}.", c.location.trim()));
    }

    fn attendance(&mut self) {
        let c = self.conference;
        let a = &self.record.attendance;
        self.label(0, "Thành phần tham dự:");
        let members = c.units.len();
        let present = c.units.iter().filter(|u| a.is_present(&u.id)).count();
        let absent = c.units.iter().filter(|u| a.presence(&u.id).is_some_and(|p| !p.present)).count();
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
                let (who, state) = match a.presence(&unit.id) {
                    Some(p) if p.present => {
                        let who = a.delegate_of(unit).map_or_else(String::new, |name| {
                            let title =
                                unit.delegates.iter().find(|d| d.name == name).map(|d| d.title.trim());
                            match title {
                                Some(t) if !t.is_empty() => format!("{name}, {t}"),
                                _ => name.to_string(),
                            }
                        });
                        let state = match self.late_arrival(&unit.id) {
                            Some(t) => format!("Có mặt (từ {})", self.at(t)),
                            None => "Có mặt".to_string(),
                        };
                        (who, state)
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
                let parts: Vec<&str> = [g.name.trim(), g.title.trim(), g.organisation.trim()]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect();
                let end = if i == last { '.' } else { ';' };
                self.dash(2, vec![Run::plain(format!("{}{end}", parts.join(", ")))]);
            }
        }
    }

    /// When a unit that had been marked absent came: its last arrival, if it was ever absent
    /// before it.
    fn late_arrival(&self, unit: &str) -> Option<NaiveDateTime> {
        let log = &self.record.attendance.log;
        let was_absent = log.iter().any(|c| c.unit == unit && !c.presence.present);
        if was_absent { self.record.attendance.arrived_at(unit) } else { None }
    }

    fn officers(&mut self) {
        let c = self.conference;
        let person = |name: &str, title: &str| {
            let (name, title) = (name.trim(), title.trim());
            if title.is_empty() { format!("{name}.") } else { format!("{name}, {title}.") }
        };
        self.labelled(0, "Chủ trì (chủ tọa)", person(&c.chair.name, &c.chair.title));
        self.labelled(0, "Thư ký (người ghi biên bản)", person(&c.secretary.name, &c.secretary.title));
    }

    fn content(&mut self) {
        self.label(0, "Nội dung (theo diễn biến hội nghị):");
        for (index, item) in self.conference.agenda.iter().enumerate() {
            self.label(1, format!("{}. {}", index + 1, item.title.trim()));
            if let Some(p) = &item.presenter {
                let (label, who) = self.presenter(p);
                self.labelled(1, label, format!("{who}."));
            }
            let record = self.record.items.get(index).cloned().unwrap_or_default();
            let comments: Vec<&Comment> = self.record.comments.of_item(index).collect();
            let poll = self.record.poll(index);
            let awards: Vec<&AwardEntry> = self.record.awards.of_item(index).collect();
            let scores_here = self.first_of(ItemKind::Scoring) == Some(index);
            let nothing_recorded = record.spans.is_empty()
                && record.note.trim().is_empty()
                && comments.is_empty()
                && poll.is_none()
                && awards.is_empty()
                && (!scores_here || self.record.scores.units.is_empty())
                && (self.first_of(ItemKind::Covenant) != Some(index) || self.record.covenant.is_empty());
            match record.state {
                ItemState::Skipped => self.para(1, vec![Run::italic("Nội dung này không thực hiện.")]),
                // Never started and nothing recorded on it (passed over with Enter, say): not
                // held, or not yet while the conference goes on.
                ItemState::Pending if nothing_recorded => {
                    let said = if self.record.finished_at.is_some() {
                        "Nội dung này không thực hiện."
                    } else {
                        "Nội dung này chưa thực hiện."
                    };
                    self.para(1, vec![Run::italic(said)]);
                }
                _ if record.spans.is_empty() => {}
                _ => {
                    let spans: Vec<String> = record
                        .spans
                        .iter()
                        .map(|s| match s.to {
                            Some(to) => format!("từ {} đến {}", self.at(s.from), self.at(to)),
                            None => format!("từ {} (đang diễn ra)", self.at(s.from)),
                        })
                        .collect();
                    self.labelled(1, "Thời gian", format!("{}.", spans.join("; ")));
                }
            }
            for line in record.note.lines().map(str::trim).filter(|l| !l.is_empty()) {
                self.para(1, vec![Run::plain(line)]);
            }
            self.comments(&comments);
            if let Some(poll) = poll {
                self.poll(poll, item.kind);
            }
            let held = record.state != ItemState::Skipped && !record.spans.is_empty();
            if scores_here
                && (!self.record.scores.units.is_empty() || (held && self.conference.scoring.is_some()))
            {
                self.scoring();
            }
            self.awards(&awards);
            if self.first_of(ItemKind::Covenant) == Some(index)
                && (!self.record.covenant.is_empty() || (held && self.conference.covenant.is_some()))
            {
                self.covenant();
            }
        }
        let agenda = self.conference.agenda.len();
        let stray: Vec<&Comment> = self.record.comments.live().filter(|c| c.item >= agenda).collect();
        if !stray.is_empty() {
            self.label(1, "Ý kiến khác:");
            self.comments(&stray);
        }
        // What belongs to an item the agenda does not have: after the items.
        if self.first_of(ItemKind::Scoring).is_none() && !self.record.scores.units.is_empty() {
            self.scoring();
        }
        let awards: Vec<&AwardEntry> = self.record.awards.live().filter(|e| e.item >= agenda).collect();
        self.awards(&awards);
        if self.first_of(ItemKind::Covenant).is_none() && !self.record.covenant.is_empty() {
            self.covenant();
        }
    }

    /// The first agenda item of `kind`: where its part of the minutes goes.
    fn first_of(&self, kind: ItemKind) -> Option<usize> {
        self.conference.agenda.iter().position(|i| i.kind == kind)
    }

    /// "Khối trưởng Khối thi đua 1 năm 2024": the head after the period the conference reviews.
    fn next_head(&self) -> String {
        let c = self.conference;
        let bloc = c.bloc.name.trim();
        let head = if bloc.starts_with("Cụm") { "Cụm trưởng" } else { "Khối trưởng" };
        match c.period {
            Period::Year(y) => format!("{head} {bloc} năm {}", y.saturating_add(1)),
            Period::HalfYear(..) | Period::Years(..) => format!("{head} {bloc} nhiệm kỳ tiếp theo"),
        }
    }

    fn presenter(&self, p: &Presenter) -> (&'static str, String) {
        match p {
            Presenter::Unit(id) => ("Người trình bày", self.unit_name(id)),
            Presenter::Person { name, title, unit } => {
                let mut who = name.trim().to_string();
                if !title.trim().is_empty() {
                    who = format!("{who}, {}", title.trim());
                }
                if let Some(unit) = unit {
                    who = format!("{who} ({})", self.unit_name(unit));
                }
                ("Người trình bày", who)
            }
            Presenter::Chair => ("Chủ trì", self.conference.chair.name.trim().to_string()),
        }
    }

    fn comments(&mut self, comments: &[&Comment]) {
        if comments.is_empty() {
            return;
        }
        self.labelled(1, "Ý kiến phát biểu", format!("{} ý kiến.", comments.len()));
        for c in comments {
            let mut who = self.unit_name(&c.unit);
            if !c.speaker.trim().is_empty() {
                who = format!("{who} – {}", c.speaker.trim());
            }
            let mut text = c.text.trim().to_string();
            if !text.ends_with(['.', '!', '?', ';', ':', '…']) {
                text.push('.');
            }
            let mut line = vec![Run::bold(format!("{who}: ")), Run::plain(text)];
            if self.record.adopted_at.is_some_and(|adopted| c.at > adopted) {
                line.push(Run::italic(" (ghi sau khi thông qua biên bản)"));
            }
            self.dash(2, line);
            if let Some(r) = &c.response {
                let answer = r.answer.trim();
                let line = match (r.kind, answer.is_empty()) {
                    (ResponseKind::TakenUp, true) => "Tiếp thu ý kiến.".to_string(),
                    (ResponseKind::Answered, true) => "Đã giải trình.".to_string(),
                    (ResponseKind::TakenUp, false) => format!("Tiếp thu: {answer}"),
                    (ResponseKind::Answered, false) => format!("Giải trình: {answer}"),
                };
                self.para(2, vec![Run::italic(line)]);
            }
        }
    }

    fn poll(&mut self, poll: &Poll, kind: ItemKind) {
        let words = Words::of(poll, kind);
        let subject = match &poll.subject {
            Subject::Office { office, .. } => office.trim().to_string(),
            Subject::Motion(m) => m.trim().to_string(),
        };
        self.label(1, format!("{}: {subject}", words.heading));
        self.labelled(1, "Hình thức", format!("{}.", vn::method(poll.method)));
        let present = poll.present.len();
        self.labelled(
            1,
            "Số đơn vị có mặt khi bắt đầu biểu quyết",
            format!("{present}/{} đơn vị (lúc {}).", poll.members, self.at(poll.opened_at)),
        );
        let (pass, base) = (vn::threshold(poll.rules.pass), vn::base(poll.rules.base));
        let places = poll.places();
        let rule = if poll.is_motion() {
            format!("thông qua khi số tán thành đạt {pass} {base}.")
        } else if places > 1 {
            format!(
                "chọn {places} đơn vị có số phiếu cao nhất trong các đơn vị đạt {pass} {base}, mỗi đơn vị biểu quyết (mỗi phiếu) chọn không quá {places} đơn vị; các đơn vị bằng phiếu ở vị trí cuối được bầu lại."
            )
        } else {
            format!("đơn vị có số phiếu cao nhất và đạt {pass} {base} thì {}.", words.wins)
        };
        self.labelled(1, "Nguyên tắc", rule);
        let many = poll.rounds.len() > 1;
        for round in &poll.rounds {
            if many {
                let label = if round.number == 1 {
                    "Vòng 1:".to_string()
                } else if places > 1 {
                    format!(
                        "Vòng {} (bầu lại giữa các đơn vị bằng phiếu, chọn {} đơn vị):",
                        round.number, round.places
                    )
                } else {
                    format!("Vòng {} (bầu lại giữa các đơn vị bằng phiếu):", round.number)
                };
                self.label(2, label);
            }
            let Some(tally) = poll.round_tally(round.number) else { continue };
            self.round(poll, round, &tally, &words);
            if many {
                let outcome = self.outcome(poll, round, &words);
                self.para(2, vec![Run::plain(format!("Kết quả vòng {}: {outcome}.", round.number))]);
            }
        }
        let result = self.result(poll, &words, &subject);
        self.para(1, vec![Run::bold("Kết quả: "), Run::plain(result)]);
        if let Some(head) = poll.proposed_head() {
            let line = format!(
                "Theo quy chế của Khối, {} là đơn vị được đề xuất làm {}.",
                self.unit_name(&head),
                self.next_head()
            );
            self.para(1, vec![Run::plain(line)]);
        }
        if !poll.corrections.is_empty() {
            self.label(1, "Điều chỉnh sau khi kết thúc biểu quyết:");
            for c in &poll.corrections {
                let line = self.correction(poll, c, &words);
                self.dash(2, vec![Run::plain(line)]);
            }
        }
    }

    fn round(&mut self, poll: &Poll, round: &Round, tally: &Tally, words: &Words) {
        let secret = poll.method == Method::SecretBallot;
        if secret {
            let line = match &round.ballots {
                Some(b) => format!(
                    "Số phiếu phát ra: {}; số phiếu thu vào: {}; số phiếu hợp lệ: {}; số phiếu không hợp lệ: {}.",
                    b.issued, b.returned, b.valid, b.invalid
                ),
                None => "Chưa có số liệu kiểm phiếu.".to_string(),
            };
            self.para(2, vec![Run::plain(line)]);
        }
        let rows = self.rows(poll, tally);
        let base = format!("Tỷ lệ (tính trên {}: {})", vn::base(tally.base), tally.base_value);
        self.body.push(Block::Table(Table {
            columns: vec![
                column(words.choice_column, 520, CellAlign::Left),
                column(if secret { "Số phiếu" } else { "Số đơn vị" }, 160, CellAlign::Right),
                column(&base, 320, CellAlign::Right),
            ],
            rows,
        }));
        if !secret && !tally.not_voted.is_empty() {
            let names: Vec<String> = tally.not_voted.iter().map(|u| self.unit_name(u)).collect();
            self.para(2, vec![Run::plain(format!("Không tham gia biểu quyết: {}.", vn::list(&names)))]);
        }
    }

    /// The lines of a round's table; a secret ballot for an office has no "abstain" line (a
    /// valid ballot for nobody is blank).
    fn rows(&self, poll: &Poll, tally: &Tally) -> Vec<Vec<String>> {
        let secret = poll.method == Method::SecretBallot;
        tally
            .rows
            .iter()
            .filter(|r| poll.is_motion() || !secret || r.choice != Choice::Abstain)
            .map(|r| vec![self.choice(&r.choice), r.count.to_string(), vn::percent(r.percent)])
            .collect()
    }

    fn choice(&self, choice: &Choice) -> String {
        match choice {
            Choice::Candidate(id) => self.unit_name(id),
            Choice::For => "Tán thành".into(),
            Choice::Against => "Không tán thành".into(),
            Choice::Abstain => "Không biểu quyết".into(),
        }
    }

    fn names(&self, ids: &[String]) -> String {
        let names: Vec<String> = ids.iter().map(|u| self.unit_name(u)).collect();
        vn::list(&names)
    }

    /// What one round gave, in words: "Sở Nội vụ và Sở Tư pháp bằng phiếu; bầu lại vòng 2 …".
    fn outcome(&self, poll: &Poll, round: &Round, words: &Words) -> String {
        let Some(outcome) = round.outcome.as_ref().filter(|_| !round.is_open()) else {
            return "đang biểu quyết, chưa kết thúc".to_string();
        };
        let chosen = if round.has_places() && !round.selected.is_empty() {
            format!("{} {}; ", self.names(&round.selected), words.wins)
        } else {
            String::new()
        };
        match outcome {
            Outcome::Tie(tied) if round.has_places() => {
                let left =
                    round.places.saturating_sub(u32::try_from(round.selected.len()).unwrap_or(u32::MAX));
                let following = round.number.saturating_add(1);
                let next = poll.rounds.iter().any(|r| r.number == following);
                let then = if next {
                    format!("bầu lại vòng {following} giữa các đơn vị bằng phiếu")
                } else if poll.chair_decision.is_some() {
                    "chủ tọa quyết định".to_string()
                } else {
                    "chờ chủ tọa quyết định".to_string()
                };
                format!("{chosen}{} bằng phiếu cho {left} vị trí còn lại; {then}", self.names(tied))
            }
            _ if round.has_places() => self.round_choice(round, words),
            Outcome::Tie(tied) => {
                let next = poll.rounds.iter().any(|r| r.number == round.number + 1);
                let then = if next {
                    format!("bầu lại vòng {} giữa các đơn vị bằng phiếu", round.number + 1)
                } else if poll.chair_decision.is_some() {
                    "chủ tọa quyết định".to_string()
                } else {
                    "chờ chủ tọa quyết định".to_string()
                };
                format!("{} bằng phiếu; {then}", self.names(tied))
            }
            other => self.simple_outcome(other, words),
        }
    }

    /// What a closed round of several places chose: "A và B được suy tôn".
    fn round_choice(&self, round: &Round, words: &Words) -> String {
        match (&round.outcome, round.selected.as_slice()) {
            (Some(Outcome::Tie(tied)), chosen) => {
                let names = self.names(tied);
                if chosen.is_empty() {
                    format!("{names} bằng phiếu")
                } else {
                    format!("{} {}; {names} bằng phiếu", self.names(chosen), words.wins)
                }
            }
            (_, []) => format!("không đơn vị nào {}", words.wins),
            (_, chosen) => format!("{} {}", self.names(chosen), words.wins),
        }
    }

    fn simple_outcome(&self, outcome: &Outcome, words: &Words) -> String {
        match outcome {
            Outcome::Passed => "thông qua".into(),
            Outcome::Rejected => "không thông qua".into(),
            Outcome::Elected(id) => format!("{} {}", self.unit_name(id), words.wins),
            Outcome::NotElected => format!("không đơn vị nào {}", words.wins),
            Outcome::Tie(tied) => format!("{} bằng phiếu", self.names(tied)),
        }
    }

    /// The poll's result, the sentence after "Kết quả: ".
    fn result(&self, poll: &Poll, words: &Words, subject: &str) -> String {
        let after = |round: u32| if round > 1 { format!(" (vòng {round})") } else { String::new() };
        match poll.result() {
            PollResult::Voting { round } => format!("đang biểu quyết vòng {round}, chưa có kết quả."),
            PollResult::Passed { round } => {
                format!("thông qua{}{}.", after(round), unanimous(poll, round, &Choice::For))
            }
            PollResult::Rejected { round } => format!("không thông qua{}.", after(round)),
            PollResult::Elected { unit, round } => {
                let all = unanimous(poll, round, &Choice::Candidate(unit.clone()));
                format!("{}{}{all}.", words.office(&self.unit_name(&unit), subject), after(round))
            }
            PollResult::NotElected { round } => format!("không đơn vị nào {}{}.", words.wins, after(round)),
            PollResult::Chosen { units, round } => {
                let places = usize::try_from(poll.places()).unwrap_or(usize::MAX);
                let chosen = match units.as_slice() {
                    [] => format!("không đơn vị nào {}", words.wins),
                    _ => words.office(&self.names(&units), subject),
                };
                let mut line = format!("{chosen}{}", after(round));
                if units.len() < places {
                    let (n, pass) = (places - units.len(), vn::threshold(poll.rules.pass));
                    line += &format!(
                        "; {n} vị trí còn lại không có đơn vị đạt {pass} {}",
                        vn::base(poll.rules.base)
                    );
                }
                if let Some(d) = &poll.chair_decision {
                    let mut picked: Vec<String> = d.elected.iter().chain(&d.also).cloned().collect();
                    picked.dedup();
                    let who = if picked.is_empty() {
                        "không chọn thêm đơn vị nào".to_string()
                    } else {
                        self.names(&picked)
                    };
                    line += &format!(
                        "; sau vòng cuối vẫn bằng phiếu, chủ tọa quyết định (lúc {}): {who}. Lý do: {}",
                        self.at(d.at),
                        end_sentence(d.reason.trim())
                    );
                    return line;
                }
                line + "."
            }
            PollResult::AwaitingChair { tied, round } => {
                let chosen = poll.selected();
                let before = if chosen.is_empty() {
                    String::new()
                } else {
                    format!("{} {}; ", self.names(&chosen), words.wins)
                };
                format!(
                    "{before}sau {round} vòng, {} vẫn bằng phiếu; chờ chủ tọa quyết định.",
                    self.names(&tied)
                )
            }
            PollResult::DecidedByChair { elected, tied, round } => {
                let decision = match &elected {
                    Some(id) => words.office(&self.unit_name(id), subject),
                    None => format!("không đơn vị nào {}", words.wins),
                };
                let (at, reason) = poll
                    .chair_decision
                    .as_ref()
                    .map(|d| (format!(" (lúc {})", self.at(d.at)), d.reason.trim().to_string()))
                    .unwrap_or_default();
                format!(
                    "sau {round} vòng, {} vẫn bằng phiếu; chủ tọa quyết định{at}: {decision}. Lý do: {}",
                    self.names(&tied),
                    end_sentence(&reason)
                )
            }
        }
    }

    /// One correction: when, what, why, and the round as it was before.
    fn correction(&self, poll: &Poll, c: &Correction, words: &Words) -> String {
        let what = match c.kind {
            CorrectionKind::Reopened => format!("mở lại vòng {} để biểu quyết lại", c.round),
            CorrectionKind::BallotsCorrected => format!("sửa số liệu kiểm phiếu vòng {}", c.round),
        };
        let mut line =
            format!("{}: {what}. Lý do: {}", vn::capitalise(&self.at(c.at)), end_sentence(c.reason.trim()));
        // The tally of the round as it was, counted by the poll's own rules.
        let mut before = poll.clone();
        before.rounds = vec![c.before.clone()];
        if let Some(tally) = before.round_tally(c.before.number) {
            let mut figures = Vec::new();
            if let Some(b) = &c.before.ballots {
                figures.push(format!(
                    "phiếu phát ra {}, thu vào {}, hợp lệ {}, không hợp lệ {}",
                    b.issued, b.returned, b.valid, b.invalid
                ));
            }
            let counts: Vec<String> = self
                .rows(poll, &tally)
                .into_iter()
                .map(|r| match r.as_slice() {
                    [name, count, pct] => format!("{name} {count} ({pct})"),
                    _ => r.join(" "),
                })
                .collect();
            figures.push(counts.join(", "));
            line += &format!(" Trước khi điều chỉnh: {}", figures.join("; "));
            if c.before.has_places() && c.before.outcome.is_some() {
                line += &format!("; kết quả: {}", self.round_choice(&c.before, words));
            } else if let Some(outcome) = &c.before.outcome {
                line += &format!("; kết quả: {}", self.simple_outcome(outcome, words));
            }
            line.push('.');
        }
        if let Some(d) = &c.chair_decision {
            let who =
                d.elected.as_deref().map_or_else(|| "không đơn vị nào".to_string(), |u| self.unit_name(u));
            line += &format!(" Quyết định trước đó của chủ tọa ({who}) không còn hiệu lực.");
        }
        if let Some(r) = &c.removed_round {
            line += &format!(" Vòng {} (chưa biểu quyết) được hủy.", r.number);
        }
        line
    }

    fn adoption(&mut self) {
        if let Some(t) = self.record.adopted_at {
            self.para(
                0,
                vec![Run::plain(format!("Biên bản được thông qua tại hội nghị lúc {}.", vn::moment(t)))],
            );
        }
    }

    fn audit(&mut self) {
        let agenda = &self.conference.agenda;
        let item = |i: usize| match agenda.get(i) {
            Some(a) => format!("nội dung {} ({})", i + 1, a.title.trim()),
            None => format!("nội dung {}", i + 1),
        };
        let mut entries: Vec<(NaiveDateTime, String)> = self
            .record
            .audit
            .iter()
            .map(|e| {
                let what = match &e.change {
                    Change::AgendaMoved { current: Some(i) } => format!("chuyển sang {}", item(*i)),
                    Change::AgendaMoved { current: None } => "kết thúc lại hội nghị".to_string(),
                    Change::SkipChanged { item: i, skipped: true } => {
                        format!("ghi {} là không thực hiện", item(*i))
                    }
                    Change::SkipChanged { item: i, skipped: false } => {
                        format!("bỏ ghi {} là không thực hiện", item(*i))
                    }
                };
                (e.at, what)
            })
            .collect();
        // Comments keep their own trail (when taken, each earlier text, when deleted): what of
        // it came after the adoption is a change to the adopted minutes too.
        if let Some(adopted) = self.record.adopted_at {
            for c in &self.record.comments.0 {
                let whose = format!("ý kiến của {} ở {}", self.unit_name(&c.unit), item(c.item));
                let mut events: Vec<(NaiveDateTime, &str)> = vec![(c.at, "ghi thêm")];
                events.extend(c.history.iter().map(|r| (r.changed_at, "sửa")));
                events.extend(c.deleted_at.map(|at| (at, "xóa")));
                let after = events.into_iter().filter(|&(at, _)| at > adopted);
                entries.extend(after.map(|(at, verb)| (at, format!("{verb} {whose}"))));
            }
        }
        if entries.is_empty() {
            return;
        }
        entries.sort_by_key(|&(at, _)| at);
        self.label(0, "Sửa đổi sau khi thông qua biên bản:");
        for (at, what) in entries {
            self.dash(1, vec![Run::plain(format!("{}: {what}.", vn::capitalise(&vn::moment(at))))]);
        }
    }

    fn closing(&mut self) {
        let line = match self.record.finished_at {
            Some(t) => format!("Hội nghị kết thúc vào {}./.", vn::moment(t)),
            // Not ended yet: the blanks are filled in by hand.
            None => "Hội nghị kết thúc vào … giờ … phút, ngày … tháng … năm …/.".to_string(),
        };
        self.para(0, vec![Run::plain(line)]);
    }
}

/// The words a poll's kind calls for: an election elects (trúng cử), a nomination for an
/// award names (được suy tôn), a motion passes.
struct Words {
    heading: &'static str,
    choice_column: &'static str,
    /// "trúng cử", "được suy tôn", "thông qua".
    wins: &'static str,
    /// Whether the office follows as an object ("trúng cử Khối trưởng …") or in parentheses
    /// ("được suy tôn (Đề nghị tặng Cờ thi đua …)").
    office_in_brackets: bool,
}

impl Words {
    /// "Sở Nội vụ trúng cử Khối trưởng Khối thi đua 1 năm 2024".
    fn office(&self, unit: &str, office: &str) -> String {
        if self.office_in_brackets {
            format!("{unit} {} ({office})", self.wins)
        } else {
            format!("{unit} {} {office}", self.wins)
        }
    }
}

impl Words {
    fn of(poll: &Poll, kind: ItemKind) -> Words {
        match (&poll.subject, kind) {
            (Subject::Motion(_), _) => Words {
                heading: "Biểu quyết",
                choice_column: "Ý kiến biểu quyết",
                wins: "thông qua",
                office_in_brackets: false,
            },
            (Subject::Office { .. }, ItemKind::Awards) => Words {
                heading: "Bình xét, suy tôn",
                choice_column: "Đơn vị được đề cử",
                wins: "được suy tôn",
                office_in_brackets: true,
            },
            (Subject::Office { .. }, _) => Words {
                heading: "Bầu",
                choice_column: "Đơn vị ứng cử",
                wins: "trúng cử",
                office_in_brackets: false,
            },
        }
    }
}

fn column(title: &str, width: u16, align: CellAlign) -> Column {
    Column { title: title.to_string(), width, align }
}

/// ", nhất trí (100 %)" when `choice` had every vote of the base in the deciding round (every
/// unit present, every valid ballot …); nothing otherwise.
fn unanimous(poll: &Poll, round: u32, choice: &Choice) -> &'static str {
    match poll.round_tally(round) {
        Some(t) if t.base_value > 0 && t.count(choice) == t.base_value => ", nhất trí (100 %)",
        _ => "",
    }
}

/// A reason as the end of a sentence: with its full stop.
fn end_sentence(text: &str) -> String {
    if text.ends_with(['.', '!', '?', '…']) { text.to_string() } else { format!("{text}.") }
}

fn recipients(c: &Conference) -> Recipients {
    let name = c.bloc.name.trim();
    let members = if name.starts_with("Khối") {
        "- Các đơn vị thành viên Khối;"
    } else if name.starts_with("Cụm") {
        "- Các đơn vị thành viên Cụm;"
    } else {
        "- Các đơn vị thành viên;"
    };
    Recipients { label: "Nơi nhận:".into(), lines: vec![members.into(), "- Lưu: VT, Hồ sơ.".into()] }
}
