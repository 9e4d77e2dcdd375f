use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::app::{Action, Ui, update};
use crate::keys::Key;
use crate::ronfile::Problem;
use crate::sample;

fn at(h: u32, m: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2024, 1, 16).and_then(|d| d.and_hms_opt(h, m, 0)).expect("time")
}

fn sample_model() -> Model {
    let c = Conference::from_text(Path::new(sample::NAME), sample::TEXT).expect("valid");
    Model::new(c)
}

/// A record built through the real update path from a sequence of keys, a minute apart.
fn recorded(keys: &str) -> Model {
    let mut model = sample_model();
    let mut ui = Ui::default();
    let mut now = at(8, 0);
    for c in keys.chars() {
        let code = match c {
            '>' => KeyCode::Down,
            '<' => KeyCode::Up,
            '!' => KeyCode::Enter,
            c => KeyCode::Char(c),
        };
        let key = Key::from_event(&KeyEvent::new(code, KeyModifiers::NONE)).expect("press");
        update(&mut model, &mut ui, Action::Key(key), now);
        now += TimeDelta::seconds(61);
    }
    model
}

fn round_trip(model: &Model) -> Model {
    let text = to_text(model).expect("serialises");
    assert_eq!(text, ron_text(model), "the writer writes what ron writes");
    Minutes::from_text(Path::new("m.ron"), &text).unwrap_or_else(|e| panic!("{e}\n{text}")).into_model()
}

#[test]
fn saved_and_loaded_records_are_equal() {
    for keys in ["", "n", "nnn", "nnps", "n>>s!nnn", "nnnnnnnnnnnnnn", "nntc", "nnpn>s>s<s"] {
        let model = recorded(keys);
        assert_eq!(round_trip(&model), model, "after keys {keys:?}");
    }
}

#[test]
fn random_records_round_trip() {
    // A deterministic xorshift: 300 random key sequences through the real update path.
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let alphabet = ['n', 'p', 's', '>', '<', '!', 't', 'c', 'k', 'q'];
    for _ in 0..300 {
        let mut keys = String::new();
        for _ in 0..(x % 40) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            keys.push(alphabet[(x % alphabet.len() as u64) as usize]);
        }
        let model = recorded(&keys);
        assert_eq!(round_trip(&model), model, "after keys {keys:?}");
    }
}

#[test]
fn two_saves_of_the_same_record_are_byte_identical() {
    let model = recorded("nnn>s");
    let first = to_text(&model).expect("text");
    let again = to_text(&round_trip(&model)).expect("text");
    assert_eq!(first, again);
}

#[test]
fn the_layout_is_readable() {
    let text = to_text(&recorded("nn")).expect("text");
    assert!(
        text.contains("title: \"Ổn định tổ chức, tuyên bố lý do, giới thiệu đại biểu\""),
        "Vietnamese unescaped"
    );
    assert!(text.contains("\n    record: (\n"), "one field a line, four-space indents");
    assert!(text.contains("current: 1,"), "implicit Some: no Some(…) noise");
    assert!(text.contains("state: Done,"));
    assert!(text.lines().all(|l| l.len() < 400), "no line holds a whole structure");
}

#[test]
fn a_diff_between_two_saves_names_only_what_changed() {
    let before = to_text(&recorded("n")).expect("text");
    let after = to_text(&recorded("nn")).expect("text");
    // Lines of `after` that `before` does not have (as a multiset): what a diff shows.
    let mut old: Vec<&str> = before.lines().collect();
    let new_lines: Vec<&str> = after
        .lines()
        .filter(|l| match old.iter().position(|o| o == l) {
            Some(i) => {
                old.swap_remove(i);
                false
            }
            None => true,
        })
        .collect();
    // Item 1 ends, item 2 starts: its state, a span with its start; the current index.
    assert!(new_lines.len() <= 10, "{} new lines:\n{}", new_lines.len(), new_lines.join("\n"));
    assert!(old.len() <= 6, "{} lines gone:\n{}", old.len(), old.join("\n"));
}

#[test]
fn adoption_and_its_audit_trail_are_kept() {
    let model = recorded("nntcpcnc");
    assert!(model.record.adopted_at.is_some());
    assert_eq!(model.record.audit.len(), 2, "going back and on after adoption: two entries");
    assert_eq!(round_trip(&model).record.audit, model.record.audit);
}

#[test]
fn text_is_recognised_as_minutes_or_conference() {
    assert!(looks_like_minutes(&to_text(&sample_model()).expect("text")));
    assert!(!looks_like_minutes(sample::TEXT));
    assert!(!looks_like_minutes("not ron at all ("));
    let laid_out_otherwise = to_text(&sample_model())
        .expect("text")
        .replacen("\n    record: (\n", "\nrecord:(\n", 1)
        .replacen("\n    conference: (\n", "\nconference:(\n", 1);
    assert!(looks_like_minutes(&laid_out_otherwise), "recognised by parsing, not by the layout");
    // Cut short inside the conference: still minutes (their damage is said as such).
    let whole = to_text(&sample_model()).expect("text");
    let cut = &whole[..whole.find("agenda:").expect("the agenda")];
    assert!(looks_like_minutes(cut));
    let mentions_record = sample::TEXT.replacen("name: \"", "name: \"record ", 1);
    assert_ne!(mentions_record, sample::TEXT);
    assert!(!looks_like_minutes(&mentions_record));
}

fn error_of(text: &str) -> crate::ronfile::FileError {
    Minutes::from_text(Path::new("m.ron"), text).expect_err("refused")
}

#[test]
fn truncated_minutes_are_refused_with_a_location() {
    let text = to_text(&recorded("nnn")).expect("text");
    let cut: String = text.chars().take(text.chars().count() * 2 / 3).collect();
    let e = error_of(&cut);
    assert_eq!(e.problem, Problem::Syntax(ron::Error::Eof));
    assert!(e.line > 1);
}

#[test]
fn corrupt_minutes_name_line_and_column() {
    let text = to_text(&recorded("nn")).expect("text").replacen("state: Done,", "state: Finished,", 1);
    let e = error_of(&text);
    let line = text.lines().position(|l| l.contains("Finished")).expect("the edit") + 1;
    assert_eq!(e.line, line);
    assert!(matches!(e.problem, Problem::Syntax(ron::Error::NoSuchEnumVariant { .. })));
}

#[test]
fn newer_minutes_are_refused() {
    let text =
        to_text(&sample_model()).expect("text").replacen("format_version: 1,", "format_version: 9,", 1);
    assert_eq!(error_of(&text).problem, Problem::NewerVersion { found: 9, supported: 1 });
}

#[test]
fn a_record_that_does_not_fit_its_conference_is_refused() {
    let mut model = recorded("nn");
    model.record.items.pop();
    let e = error_of(&to_text(&model).expect("text"));
    assert_eq!(e.problem, Problem::RecordItems { record: 11, agenda: 12 });
    let mut model = recorded("nn");
    model.record.current = Some(0);
    assert_eq!(error_of(&to_text(&model).expect("text")).problem, Problem::BadCurrent(1));
}

#[test]
fn a_unit_the_conference_does_not_have_is_refused_where_it_is_written() {
    let mut model = recorded("nn");
    let now = at(9, 0);
    model.record.comments.add(0, "snv", "", "Thống nhất với báo cáo.", now).expect("added");
    let text = to_text(&model).expect("text");
    to_text(&round_trip(&model)).expect("a known unit is accepted");
    let edited = text.replacen("unit: \"snv\"", "unit: \"sở-lạ\"", 1);
    assert_ne!(edited, text);
    let e = error_of(&edited);
    assert_eq!(e.problem, Problem::UnknownUnit("sở-lạ".into()));
    let line = edited.lines().position(|l| l.contains("sở-lạ")).expect("the edit") + 1;
    assert_eq!(e.line, line, "the line of the edited id");
    let mut model = recorded("nn");
    model.record.covenant.signing.insert("không-có".into(), crate::covenant::Signing::Signed { at: now });
    assert_eq!(error_of(&to_text(&model).expect("text")).problem, Problem::UnknownUnit("không-có".into()));
    let mut model = recorded("nn");
    let item = model.conference.agenda.iter().position(|i| i.vote.is_some()).expect("a vote in the sample");
    let present = model.conference.units.iter().map(|u| u.id.clone()).collect();
    let mut poll = crate::poll::Poll::open(&model.conference, item, present, now).expect("opened");
    poll.rounds[0].candidates.push("ứng-viên-lạ".into());
    model.record.polls.push(poll);
    assert_eq!(error_of(&to_text(&model).expect("text")).problem, Problem::UnknownUnit("ứng-viên-lạ".into()));
    let mut model = recorded("nn");
    let award = model.record.awards.add(0, "Cờ thi đua", "UBND tỉnh", "", now).expect("added");
    let entry = model.record.awards.0.iter_mut().find(|a| a.id == award).expect("the award");
    entry.recipients.push(crate::conference::Recipient::Unit("đơn-vị-lạ".into()));
    assert_eq!(error_of(&to_text(&model).expect("text")).problem, Problem::UnknownUnit("đơn-vị-lạ".into()));
}

#[test]
fn a_full_disk_while_saving_is_reported_as_a_full_disk() {
    /// Takes the first 4 KB, then the disk is full.
    struct FullAfter(usize);
    impl std::io::Write for FullAfter {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.0 == 0 {
                return Err(std::io::ErrorKind::StorageFull.into());
            }
            let n = buf.len().min(self.0);
            self.0 -= n;
            Ok(n)
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let e = write_to(&recorded("nn"), &mut FullAfter(4096)).expect_err("the disk is full");
    assert_eq!(e.kind(), std::io::ErrorKind::StorageFull);
    let mut whole = Vec::new();
    write_to(&recorded("nn"), &mut whole).expect("written");
    assert_eq!(String::from_utf8(whole).expect("utf-8"), to_text(&recorded("nn")).expect("text"));
}

/// The fast writer writes what `ron` writes, byte for byte: on recorded records (votes,
/// comments, every section of the samples), on random ones, and on the large generated one.
#[test]
fn the_writer_writes_what_ron_writes() {
    let same = |model: &Model, what: &str| {
        let ours = to_text(model).expect("written");
        let theirs = ron_text(model);
        if ours != theirs {
            let line = ours.lines().zip(theirs.lines()).position(|(a, b)| a != b).unwrap_or(0);
            let show =
                |t: &str| t.lines().skip(line.saturating_sub(2)).take(5).collect::<Vec<_>>().join("\n");
            panic!("{what}: differs at line {}:\nours:\n{}\nron:\n{}", line + 1, show(&ours), show(&theirs));
        }
    };
    for keys in ["", "nnn", "nntc", "n>>s!nnn", "nnpn>s>s<s"] {
        same(&recorded(keys), keys);
    }
    // Every kind of content the generator makes: polls of every method and outcome, ballots,
    // chair decisions, comments with answers and edits, notes, drafts.
    same(
        &crate::generate::model(crate::generate::Size { units: 12, items: 40, polls: 12, comments: 200 }),
        "generated",
    );
    // A one-line text half typed, of either kind.
    let mut model = recorded("nn");
    model.record.drafts.line =
        Some(crate::record::LineDraft::Absence { unit: "snv".into(), text: "Đi công".into() });
    same(&model, "an absence's reason");
    assert_eq!(round_trip(&model), model);
    model.record.drafts.line = Some(crate::record::LineDraft::Response {
        comment: 3,
        kind: crate::comments::ResponseKind::Answered,
        text: "Đã \"giải trình\"".into(),
    });
    same(&model, "an answer");
    assert_eq!(round_trip(&model), model);
    for (line, what) in [
        (
            crate::record::LineDraft::CovenantItem { index: Some(2), text: "Thi đua".into() },
            "a covenant item",
        ),
        (
            crate::record::LineDraft::CovenantItem { index: None, text: "Thi đua".into() },
            "a new covenant item",
        ),
        (crate::record::LineDraft::NotSigning { unit: "snv".into(), text: "Vắng".into() }, "not signing"),
        (crate::record::LineDraft::Delegate { unit: "snv".into(), text: "Lê Văn".into() }, "a delegate"),
    ] {
        model.record.drafts.line = Some(line);
        same(&model, what);
        assert_eq!(round_trip(&model), model, "{what}");
    }
    // Strings that need a raw string in RON, with runs of '#'.
    let mut model = recorded("nn");
    model.record.items[0].note = "Ý kiến \"đồng ý\" ## và \\ dấu ### cuối".into();
    same(&model, "raw strings");
}

#[test]
fn the_writer_writes_what_ron_writes_for_every_section_of_the_samples() {
    for name in [
        "ktd1-hcm-tong-ket-2023",
        "ktd19-hcm-giao-uoc-2023",
        "ktd9-hanoi-so-ket-2024",
        "quan1-tong-ket-2022",
        "vp-doan-dbqh-hdnd-ubnd-dien-hinh-2020",
    ] {
        let path = std::path::PathBuf::from(format!("sample-data/{name}.ron"));
        let text = std::fs::read_to_string(&path).expect("sample");
        let c = Conference::from_text(&path, &text).expect("valid");
        let mut model = Model::new(c);
        let now = at(9, 0);
        let (c, r) = (&model.conference, &mut model.record);
        // Scores, awards with every kind of recipient, the covenant edited and signed.
        if let Some(first) = c.units.first() {
            let _ = r.scores.set_total(c, &first.id, crate::scoring::Points::parse("95,5"), now);
            let id = r.awards.add(1, "Giấy khen", "Giám đốc", "Quyết định số 1", now).expect("award");
            let _ = r.awards.add_recipient(c, id, &crate::conference::Recipient::Unit(first.id.clone()), now);
            let person =
                crate::conference::Recipient::Individual { name: "Nguyễn Văn A".into(), unit: None };
            let _ = r.awards.add_recipient(c, id, &person, now);
            let _ = r.awards.set_unnamed(id, 3, 0, now);
            let _ = r.covenant.add_item(c, "Thi đua hoàn thành xuất sắc nhiệm vụ", now);
            let _ = r.covenant.sign(c, &first.id, now);
            let _ = r.covenant.set_presiding(c, Some(&first.id), now);
        }
        let expected = ron_text(&model);
        assert_eq!(to_text(&model).expect("written"), expected, "{name}");
    }
}

#[test]
fn changes_after_adoption_on_any_part_save_and_load() {
    use crate::record::{AuditEntry, Change, Part};
    let mut model = recorded("nntc");
    let at = model.record.adopted_at.expect("adopted by t c");
    for change in [
        Change::Edited { part: Part::Attendance, item: None },
        Change::Edited { part: Part::Vote, item: Some(5) },
        Change::ChairChanged {
            before: crate::conference::Person {
                name: "Trần Văn Bình".into(),
                title: String::new(),
                unit: None,
            },
        },
    ] {
        model.record.audit.push(AuditEntry { at, change });
    }
    // Who chaired, recorded at the conference: written as ron writes it, and read back.
    let title = "Phó Giám đốc Sở \"Nội vụ\"".to_string();
    model.record.chair =
        Some(crate::conference::Person { name: "Lê Minh Tuấn".into(), title, unit: None });
    assert_eq!(to_text(&model).expect("written"), ron_text(&model));
    assert_eq!(round_trip(&model), model);
}

/// A conference file with ten candidates by show of hands is refused now, but minutes begun
/// on one before that check still open.
#[test]
fn minutes_with_ten_candidates_by_hand_still_open() {
    let mut c = Conference::from_text(Path::new(sample::NAME), sample::TEXT).expect("valid");
    for n in 1..=4 {
        let mut unit = c.units[0].clone();
        unit.id = format!("them{n}");
        unit.name = format!("Ủy ban nhân dân Phường {n}");
        unit.short = format!("Phường {n}");
        c.units.push(unit);
    }
    let candidates: Vec<String> = c.units.iter().map(|u| u.id.clone()).collect();
    assert_eq!(candidates.len(), 10);
    let vote = c.agenda.iter_mut().find_map(|i| i.vote.as_mut()).expect("a vote");
    vote.method = crate::conference::Method::ShowOfHands;
    vote.subject = crate::conference::Subject::Office {
        office: "Đề nghị tặng Cờ thi đua".into(),
        candidates,
        places: 1,
    };
    let problems = crate::conference::validate(&c);
    assert!(matches!(problems.as_slice(), [(_, Problem::TooManyForHands(10))]), "{problems:?}");
    let text = to_text(&Model::new(c)).expect("written");
    let read = Minutes::from_text(Path::new("m.ron"), &text);
    assert!(read.is_ok(), "the minutes open: {:?}", read.err());
}
