//! The biên bản as a document that does not yet know its format: the heading of Nghị định
//! 30/2020/NĐ-CP (Phụ lục III, mẫu 1.9), the body as paragraphs and tables in the order the
//! minutes are read, the signatures and Nơi nhận.
//!
//! Pure: built from a `Model` and nothing else (no clock, no disk). Every word is Vietnamese,
//! whatever the interface language. The renderers (`markdown`, `html`, `docx`) only lay this
//! out; what the minutes say, and in which order, is decided here.

use chrono::{NaiveDate, NaiveDateTime};

mod attendance;
mod sections;
mod votes;

use super::vietnamese as vn;
use crate::app::Model;
use crate::awards::AwardEntry;
use crate::comments::{Comment, ResponseKind};
use crate::conference::{Conference, ItemKind, Period, Presenter};
use crate::record::{Change, ItemState, Part, Record, Span, same_minute};

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
    /// "(Chữ ký)", "(Chữ ký, dấu (nếu có))": mẫu 1.9's words.
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
    /// The day the conference was held (the planned one until it starts): the heading's date,
    /// and times on it are written without the date.
    day: NaiveDate,
    body: Vec<Block>,
}

impl<'a> Builder<'a> {
    fn new(model: &'a Model) -> Self {
        let record = &model.record;
        let day = record.held_on(&model.conference);
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
            .map(|place| format!("{place}, {}", vn::date(self.day)));
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
                    note: "(Chữ ký)".into(),
                    name: c.secretary.name.trim().to_string(),
                },
                Signature {
                    role: "CHỦ TỌA".into(),
                    note: "(Chữ ký, dấu (nếu có))".into(),
                    name: self.record.chair(c).name.trim().to_string(),
                },
            ],
            recipients: recipients(c),
            date: self.day,
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

    /// Who made the changes listed after a closed vote or the adoption (the audit's "who"):
    /// the secretary, who alone keys them in.
    fn recorded_by(&self) -> String {
        let name = self.conference.secretary.name.trim();
        if name.is_empty() { String::new() } else { format!(" (do thư ký {name} ghi)") }
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

    /// The agenda's items in the order they were held, each by the start of its first stretch
    /// (to the minute, as its times are given), as the biên bản tells the conference "theo
    /// diễn biến"; an item left out (skipped, or never held by the end) keeps its place after
    /// the item before it in the agenda, and while the conference goes on those still to come
    /// (nothing held of them) follow every item held, in the agenda's order: an item taken out
    /// of turn is not printed after them. Each with its stretches to the minute (see
    /// [`to_the_minute`]).
    fn held_order(&self) -> Vec<(usize, Vec<Span>)> {
        let mut key = None;
        let mut keyed: Vec<(bool, Option<NaiveDateTime>, usize, Vec<Span>)> =
            (0..self.conference.agenda.len())
                .map(|i| {
                    // A comment made or a vote opened in a stretch: the item was on on purpose.
                    let mut worked: Vec<NaiveDateTime> =
                        self.record.comments.of_item(i).map(|c| c.at).collect();
                    worked.extend(
                        self.record.poll(i).into_iter().flat_map(|p| p.rounds.iter().map(|r| r.opened_at)),
                    );
                    let record = self.record.items.get(i);
                    // `key` is still the item before's: a pass through this item before that
                    // began was a stray key's, not its place in the conference.
                    let spans = record.map_or_else(Vec::new, |r| {
                        to_the_minute(&r.spans, r.state != ItemState::Pending, &worked, key)
                    });
                    // Once the conference has ended, nothing is to come: an item never held is
                    // left out, in its place.
                    let to_come = spans.is_empty()
                        && record.is_none_or(|r| r.state == ItemState::Pending)
                        && self.record.finished_at.is_none();
                    key = spans.first().map(|s| s.from).or(key);
                    (to_come, key, i, spans)
                })
                .collect();
        keyed.sort_by_key(|&(to_come, key, i, _)| (to_come, if to_come { None } else { key }, i));
        keyed.into_iter().map(|(_, _, i, spans)| (i, spans)).collect()
    }

    fn content(&mut self) {
        self.label(0, "Nội dung (theo diễn biến hội nghị):");
        let conference = self.conference;
        for (index, spans) in self.held_order() {
            let item = &conference.agenda[index];
            self.label(1, format!("{}. {}", index + 1, item.title.trim()));
            if let Some(p) = &item.presenter {
                let (label, who) = self.presenter(p);
                self.labelled(1, label, format!("{who}."));
            }
            let record = self.record.items.get(index).cloned().unwrap_or_default();
            let comments: Vec<&Comment> = self.record.comments.of_item(index).collect();
            let poll = self.record.poll(index);
            let awards: Vec<&AwardEntry> = self.record.awards.of_item(index).collect();
            let scores_here = self.conference.first_of(ItemKind::Scoring) == Some(index);
            // `spans`: an item stepped onto by a stray key and gone back from at once has none.
            let nothing_recorded = spans.is_empty() && !self.record.records_on(conference, index);
            match record.state {
                ItemState::Skipped if spans.is_empty() => {
                    self.para(1, vec![Run::italic("Nội dung này không thực hiện.")]);
                }
                // Begun, then passed over: when it ran, and that it did not go on.
                ItemState::Skipped => {
                    self.times(&spans);
                    self.para(1, vec![Run::italic("Nội dung này dừng lại, không thực hiện tiếp.")]);
                }
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
                // Never taken up, yet voted on (opened from the agenda while another item
                // went on, as the screen warned): when, and during which item.
                _ if spans.is_empty() => {
                    if let Some(opened) = poll.and_then(|p| p.rounds.first()).map(|r| r.opened_at) {
                        let during = (0..self.conference.agenda.len())
                            .find(|&i| i != index && self.record.going_on_at(i, opened));
                        let when = match during {
                            Some(i) => format!(
                                "biểu quyết lúc {}, trong khi tiến hành nội dung {}.",
                                self.at(opened),
                                i + 1
                            ),
                            None => format!("biểu quyết lúc {}.", self.at(opened)),
                        };
                        self.labelled(1, "Thời gian", when);
                    }
                }
                _ => self.times(&spans),
            }
            for line in record.note.lines().map(str::trim).filter(|l| !l.is_empty()) {
                self.para(1, vec![Run::plain(line)]);
            }
            self.comments(&comments);
            // Begun and not passed over (gone back from, say): its tables are shown, empty or not.
            let begun = record.state != ItemState::Skipped && !spans.is_empty();
            if let Some(poll) = poll {
                self.poll(poll, item.kind);
            } else if self.record.held_without_vote(self.conference, index) {
                let said = match (record.state, self.short_of_quorum(&record.spans)) {
                    (ItemState::Current, _) => "Chưa tiến hành biểu quyết.".to_string(),
                    // The vote could not open (the screen said so): the minutes say why.
                    (_, Some(present)) => format!(
                        "Nội dung này không tiến hành biểu quyết do không đủ túc số (có mặt {present}/{} đơn vị).",
                        self.conference.units.len()
                    ),
                    _ => "Nội dung này không tiến hành biểu quyết.".to_string(),
                };
                self.para(1, vec![Run::italic(said)]);
            }
            if scores_here
                && (!self.record.scores.units.is_empty() || (begun && self.conference.scoring.is_some()))
            {
                self.scoring();
            }
            if scores_here && self.record.held(index) && self.record.scores.units.is_empty() {
                self.para(1, vec![Run::italic("Chưa ghi kết quả chấm điểm, xếp hạng.")]);
            }
            self.awards(&awards);
            if self.conference.first_of(ItemKind::Covenant) == Some(index)
                && (!self.record.covenant.is_empty() || (begun && self.conference.covenant.is_some()))
            {
                self.covenant(true);
            }
        }
        let agenda = self.conference.agenda.len();
        let stray: Vec<&Comment> = self.record.comments.live().filter(|c| c.item >= agenda).collect();
        if !stray.is_empty() {
            self.label(1, "Ý kiến khác:");
            self.comments(&stray);
        }
        // What belongs to an item the agenda does not have: after the items.
        if self.conference.first_of(ItemKind::Scoring).is_none() && !self.record.scores.units.is_empty() {
            self.scoring();
        }
        let awards: Vec<&AwardEntry> = self.record.awards.live().filter(|e| e.item >= agenda).collect();
        self.awards(&awards);
        if self.conference.first_of(ItemKind::Covenant).is_none() && !self.record.covenant.is_empty() {
            self.covenant(false);
        }
    }

    /// "Thời gian: từ 8 giờ 05 phút đến 8 giờ 20 phút; từ …": each stretch an item was current,
    /// to the minute (see [`to_the_minute`]).
    fn times(&mut self, spans: &[Span]) {
        let spans: Vec<String> = spans
            .iter()
            .map(|s| match s.to {
                // Within one minute (gone back to for a comment, say): the minute alone.
                Some(to) if same_minute(to, s.from) => format!("lúc {}", self.at(s.from)),
                Some(to) => format!("từ {} đến {}", self.at(s.from), self.at(to)),
                None => format!("từ {} (đang diễn ra)", self.at(s.from)),
            })
            .collect();
        self.labelled(1, "Thời gian", format!("{}.", spans.join("; ")));
    }

    /// "Khối trưởng Khối thi đua 1 năm 2024": the head after the period the conference reviews.
    fn next_head(&self) -> String {
        let c = self.conference;
        let bloc = c.bloc.name.trim();
        let head = c.head_title();
        match c.period {
            Period::Year(y) => format!("{head} {bloc} năm {}", y.saturating_add(1)),
            Period::HalfYear(..) | Period::Years(..) => format!("{head} {bloc} nhiệm kỳ tiếp theo"),
        }
    }

    fn presenter(&self, p: &Presenter) -> (&'static str, String) {
        match p {
            Presenter::Unit(id) => ("Đơn vị trình bày", self.unit_name(id)),
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
            // The chair's title is given once, under "Chủ trì (chủ tọa)".
            Presenter::Chair => {
                let chair = self.record.chair(self.conference);
                ("Người trình bày", format!("{} (chủ trì hội nghị)", chair.name.trim()))
            }
        }
    }

    fn comments(&mut self, comments: &[&Comment]) {
        if comments.is_empty() {
            return;
        }
        self.labelled(1, "Ý kiến thảo luận, góp ý", format!("{} ý kiến.", comments.len()));
        for c in comments {
            let mut who = self.unit_name(&c.unit);
            if !c.speaker.trim().is_empty() {
                who = format!("{who} – {}", c.speaker.trim());
            }
            let text = end_sentence(c.text.trim());
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
                    (ResponseKind::TakenUp, false) => format!("Tiếp thu: {}", end_sentence(answer)),
                    (ResponseKind::Answered, false) => format!("Giải trình: {}", end_sentence(answer)),
                };
                self.para(2, vec![Run::italic(line)]);
            }
        }
    }

    fn adoption(&mut self) {
        if let Some(t) = self.record.adopted_at {
            self.para(
                0,
                vec![Run::plain(format!("Biên bản được thông qua tại hội nghị lúc {}.", vn::moment(t)))],
            );
        }
    }

    /// The scores changed from `from` until `until`: "Sở Y tế, tiêu chí II, tự chấm: 38 → 30".
    fn scores_edit(&self, from: NaiveDateTime, until: Option<NaiveDateTime>) -> String {
        let score = |p: Option<crate::scoring::Points>| p.map_or("(trống)".to_string(), vn::points);
        let changes: Vec<String> = (self.record.scores.log.iter())
            .filter(|l| l.at >= from && until.is_none_or(|u| l.at < u))
            .map(|l| {
                let field = match &l.field {
                    crate::scoring::ScoreField::Criterion(code) => format!("tiêu chí {code}, tự chấm"),
                    crate::scoring::ScoreField::Total => "tổng điểm tự chấm".to_string(),
                    crate::scoring::ScoreField::Agreed => agreed_score(self.conference),
                };
                format!("{}, {field}: {} → {}", self.unit_name(&l.unit), score(l.from), score(l.to))
            })
            .collect();
        changes.join("; ")
    }

    fn audit(&mut self) {
        let agenda = &self.conference.agenda;
        let item = |i: usize| match agenda.get(i) {
            Some(a) => format!("nội dung {} ({})", i + 1, a.title.trim()),
            None => format!("nội dung {}", i + 1),
        };
        let audit = &self.record.audit;
        let next_edit = |n: usize, part: Part| {
            let same = |l: &&crate::record::AuditEntry| matches!(l.change, Change::Edited { part: p, .. } if p == part);
            audit[n + 1..].iter().find(same).map(|l| l.at)
        };
        // Whether each entry found the conference ended (the adoption ended it): a move then
        // reopened it.
        let mut ended = self.record.started_at.is_some();
        let reopens: Vec<bool> = (audit.iter())
            .map(|e| match e.change {
                Change::AgendaMoved { current } => std::mem::replace(&mut ended, current.is_none()),
                _ => false,
            })
            .collect();
        let mut entries: Vec<(NaiveDateTime, String)> = audit
            .iter()
            .enumerate()
            .map(|(n, e)| {
                let what = match &e.change {
                    Change::AgendaMoved { current: Some(i) } if reopens[n] => {
                        format!("mở lại hội nghị sau khi biên bản đã thông qua, chuyển sang {}", item(*i))
                    }
                    Change::AgendaMoved { current: Some(i) } => format!("chuyển sang {}", item(*i)),
                    Change::AgendaMoved { current: None } => "kết thúc lại hội nghị".to_string(),
                    Change::SkipChanged { item: i, skipped: true } => {
                        format!("ghi {} là không thực hiện", item(*i))
                    }
                    Change::SkipChanged { item: i, skipped: false } => {
                        format!("bỏ ghi {} là không thực hiện", item(*i))
                    }
                    Change::ChairChanged { before } => {
                        let was =
                            [before.name.trim(), before.title.trim()].into_iter().filter(|t| !t.is_empty());
                        format!(
                            "sửa chủ tọa hội nghị (trước khi sửa: {})",
                            was.collect::<Vec<_>>().join(", ")
                        )
                    }
                    Change::Edited { part, item: i } => {
                        let what = match part {
                            Part::Attendance => "sửa điểm danh",
                            Part::Vote => "sửa kết quả biểu quyết",
                            Part::Awards => "sửa kết quả khen thưởng",
                            Part::Scores => "sửa kết quả chấm điểm",
                            Part::Covenant => "sửa phần ký kết giao ước",
                            Part::Note => "sửa diễn biến",
                        };
                        let at = i.map(|i| format!(" ở {}", item(i))).unwrap_or_default();
                        // The roll call, the scores and the covenant list their own changes, up
                        // to the next edit of the same part.
                        let until = next_edit(n, *part);
                        let listed = match part {
                            Part::Attendance => self.roll_call_edit(e.at, until),
                            Part::Scores => self.scores_edit(e.at, until),
                            Part::Covenant => self.covenant_edit(e.at, until),
                            Part::Vote | Part::Awards | Part::Note => String::new(),
                        };
                        // A correction of a closed round made by this change: what and why (its
                        // figures before are under the item).
                        let correction = i.and_then(|i| self.record.poll(i)).and_then(|p| {
                            p.corrections.iter().find(|c| c.at == e.at).filter(|_| *part == Part::Vote)
                        });
                        match correction {
                            Some(c) => format!(
                                "{what}{at}: {}, lý do: {}",
                                votes::correction_what(c),
                                c.reason.trim().trim_end_matches(['.', ';'])
                            ),
                            None if listed.is_empty() => format!("{what}{at}"),
                            None => format!("{what}{at}: {listed}"),
                        }
                    }
                };
                (e.at, what)
            })
            .collect();
        // Comments keep their own trail (when taken, each earlier text, when deleted): what of
        // it came after the adoption is a change to the adopted minutes too.
        if let Some(adopted) = self.record.adopted_at {
            for c in self.record.comments.all() {
                let whose = format!("ý kiến của {} ở {}", self.unit_name(&c.unit), item(c.item));
                let mut events: Vec<(NaiveDateTime, String)> = vec![(c.at, format!("ghi thêm {whose}"))];
                // An edit says what the adopted text was: the trail is what an office checks.
                events.extend(c.edits().iter().map(|r| {
                    let before = format!("“{}”", r.text.trim());
                    (r.changed_at, format!("sửa {whose} (trước khi sửa: {before})"))
                }));
                // A first answer leaves no earlier version: its own time tells.
                if let Some(r) =
                    c.response.as_ref().filter(|r| !c.edits().iter().any(|e| e.changed_at == r.at))
                {
                    let verb = match r.kind {
                        ResponseKind::TakenUp => "ghi tiếp thu cho",
                        ResponseKind::Answered => "ghi giải trình cho",
                    };
                    events.push((r.at, format!("{verb} {whose}")));
                }
                events.extend(c.deleted_at.map(|at| (at, format!("xóa {whose}"))));
                entries.extend(events.into_iter().filter(|&(at, _)| at > adopted));
            }
        }
        if entries.is_empty() {
            return;
        }
        entries.sort_by_key(|&(at, _)| at);
        self.label(0, format!("Sửa đổi sau khi thông qua biên bản{}:", self.recorded_by()));
        // Times are to the minute: the same change again within it (a vote's several keys)
        // is one line.
        let mut lines: Vec<String> = entries
            .into_iter()
            .map(|(at, what)| format!("{}: {what}.", crate::i18n::capitalise(&vn::moment(at))))
            .collect();
        lines.dedup();
        for line in lines {
            self.dash(1, vec![Run::plain(line)]);
        }
    }

    /// How many member units were present at `at`, as the biên bản tells it
    /// ([`Record::present_at`]).
    pub(super) fn present_count(&self, at: NaiveDateTime) -> usize {
        self.conference.units.iter().filter(|u| self.record.present_at(&u.id, at)).count()
    }

    /// The member units present at the end of `spans` (an item's stretches), when the quorum
    /// was not met at their beginning nor at their end.
    fn short_of_quorum(&self, spans: &[Span]) -> Option<usize> {
        let c = self.conference;
        let first = spans.first()?.from;
        let last = spans.last().and_then(|s| s.to).or(self.record.finished_at).unwrap_or(first);
        let met = |n: usize| crate::attendance::Quorum::with(n, c).met;
        let (at_first, at_last) = (self.present_count(first), self.present_count(last));
        (!met(at_first) && !met(at_last)).then_some(at_last)
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

fn column(title: &str, width: u16, align: CellAlign) -> Column {
    Column { title: title.to_string(), width, align }
}

/// A reason, a comment or an answer as the end of a sentence: with its full stop, unless it
/// ends with a mark of its own.
fn end_sentence(text: &str) -> String {
    if text.ends_with(['.', '!', '?', ';', ':', '…']) { text.to_string() } else { format!("{text}.") }
}

/// What the bloc calls itself, "Khối" or "Cụm" (thi đua), from its name; `None` for another
/// name, and then the biên bản names no kind ("các đơn vị thành viên", "điểm thống nhất").
pub(super) fn bloc_word(c: &Conference) -> Option<&'static str> {
    let name = c.bloc.name.trim();
    ["Khối", "Cụm"].into_iter().find(|w| name.starts_with(w))
}

/// The score the bloc agreed on, in its words: "điểm Khối thống nhất", "điểm Cụm thống
/// nhất", "điểm thống nhất".
pub(super) fn agreed_score(c: &Conference) -> String {
    match bloc_word(c) {
        Some(w) => format!("điểm {w} thống nhất"),
        None => "điểm thống nhất".into(),
    }
}

fn recipients(c: &Conference) -> Recipients {
    let members = match bloc_word(c) {
        Some(w) => format!("- Các đơn vị thành viên {w};"),
        None => "- Các đơn vị thành viên;".into(),
    };
    Recipients { label: "Nơi nhận:".into(), lines: vec![members, "- Lưu: VT, Hồ sơ.".into()] }
}

/// An item's stretches as the biên bản gives them, in minutes: a stretch begun and ended
/// within one minute (a stray key, gone back from at once) is left out, unless a comment was
/// recorded or a vote opened in it (`worked_at`: the item was on on purpose). A held item
/// with only such stretches (passed through) keeps one: the first to begin once the item
/// before it in the conference had begun (`after`), else its first; an item not held has none
/// left. Stretches that meet within a minute are one. The record keeps them all.
fn to_the_minute(
    spans: &[Span],
    held: bool,
    worked_at: &[NaiveDateTime],
    after: Option<NaiveDateTime>,
) -> Vec<Span> {
    let fleeting = |s: &Span| {
        s.to.is_some_and(|to| same_minute(to, s.from) && !worked_at.iter().any(|&t| s.from <= t && t <= to))
    };
    let kept: Vec<&Span> = spans.iter().filter(|s| !fleeting(s)).collect();
    let kept = match (kept.is_empty() && held, after) {
        (false, _) => kept,
        (true, Some(after)) => spans.iter().find(|s| s.from >= after).or(spans.first()).into_iter().collect(),
        (true, None) => spans.iter().take(1).collect(),
    };
    let mut out: Vec<Span> = Vec::with_capacity(kept.len());
    for s in kept {
        match out.last_mut() {
            Some(last) if last.to.is_some_and(|to| same_minute(to, s.from)) => last.to = s.to,
            _ => out.push(*s),
        }
    }
    out
}
