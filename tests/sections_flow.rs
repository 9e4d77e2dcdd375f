//! Scoring and the covenant signing through the real key table and update, fixed clock.

#[path = "support/render.rs"]
mod render;

use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use hoinghi::app::{Action, Effect, Model, Notice, Overlay, Prompt, Question, Screen, Ui, update};
use hoinghi::cli::load_conference;
use hoinghi::conference::Recipient;
use hoinghi::covenant::Signing;
use hoinghi::keys::{Command, Key};
use hoinghi::scoring::{self, Points};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

struct Desk {
    model: Model,
    ui: Ui,
    now: NaiveDateTime,
    effects: Vec<Effect>,
}

impl Desk {
    fn of(sample: &str) -> Self {
        let c = load_conference(Path::new(&format!("sample-data/{sample}.ron"))).expect("valid");
        let now = NaiveDate::from_ymd_opt(2024, 8, 1).and_then(|d| d.and_hms_opt(9, 0, 0)).expect("time");
        Desk { model: Model::new(c), ui: Ui::default(), now, effects: Vec::new() }
    }

    fn press(&mut self, code: KeyCode) -> &mut Self {
        let key = Key::from_event(&KeyEvent::new(code, KeyModifiers::NONE)).expect("press");
        self.effects = update(&mut self.model, &mut self.ui, Action::Key(key), self.now);
        self.now += TimeDelta::seconds(10);
        self
    }

    fn keys(&mut self, text: &str) -> &mut Self {
        for c in text.chars() {
            self.press(KeyCode::Char(c));
        }
        self
    }

    /// A score typed into the cell under the cursor: the digits open the field.
    fn score(&mut self, text: &str) -> &mut Self {
        self.keys(text).press(KeyCode::Enter)
    }
}

#[test]
fn scores_are_typed_along_the_row_and_ranked_live() {
    let mut d = Desk::of("ktd9-hanoi-so-ket-2024");
    d.keys("c");
    assert!(matches!(d.ui.screen, Screen::Scoring(_)));
    // Sở Y tế: 28, 22,5, 18, 14, 9 — the cursor moves on after each.
    for s in ["28", "22,5", "18", "14", "9"] {
        d.score(s);
        assert_eq!(d.effects, vec![Effect::Save], "{s} is recorded and saved");
    }
    // The row ended on the agreed column; the cursor is on the next unit now.
    let Screen::Scoring(at) = &d.ui.screen else { panic!("scoring") };
    assert_eq!((at.row, at.col), (0, 6), "the agreed column of the same unit, past its worked-out total");
    d.press(KeyCode::Enter).press(KeyCode::Enter); // leave the agreed score empty
    let Screen::Scoring(at) = &d.ui.screen else { panic!("scoring") };
    assert_eq!((at.row, at.col), (1, 0), "then the next unit");
    // Sở GD&ĐT: 31 on a criterion of 30 (asked, then recorded and flagged), 25, 20, 15, 10 →
    // 101; agreed 95.
    for s in ["31", "25", "20", "15", "10", "95"] {
        d.score(s);
        if s == "31" {
            assert!(matches!(d.ui.overlay, Some(Overlay::Confirm(Question::OverMax(_)))), "over 30: asked");
            d.keys("c");
        }
    }
    let ranking = scoring::ranking(&d.model.conference, &d.model.record.scores);
    let row = |unit: &str| ranking.iter().find(|r| r.unit == unit).cloned().expect("ranked");
    assert_eq!(row("syt").self_total, Some(Points(915)));
    assert_eq!(row("sgddt").agreed_total, Some(Points(950)));
    assert!(!row("sgddt").over_max.is_empty(), "31 of 30 is flagged");
    assert_eq!((row("sgddt").rank, row("syt").rank), (Some(1), Some(2)), "the agreed score ranks");
    // A unit that reported only its total: typed in the self total's column.
    let third = d.model.conference.units[2].id.clone();
    let Screen::Scoring(at) = &d.ui.screen else { panic!("scoring") };
    assert_eq!((at.row, at.col), (2, 0));
    for _ in 0..5 {
        d.press(KeyCode::Right);
    }
    d.score("88,5");
    assert_eq!(d.model.record.scores.get(&third).and_then(|s| s.total), Some(Points(885)));
    let ranking = scoring::ranking(&d.model.conference, &d.model.record.scores);
    assert_eq!(ranking.iter().find(|r| r.unit == third).and_then(|r| r.self_total), Some(Points(885)));
    // Over a total worked out from criteria: said, nothing typed.
    d.press(KeyCode::Up).press(KeyCode::Up).press(KeyCode::Left);
    let Screen::Scoring(at) = &d.ui.screen else { panic!("scoring") };
    assert_eq!((at.row, at.col), (0, 5));
    d.keys("9");
    assert_eq!(d.ui.notice, Some(Notice::TotalOfCriteria));
    assert_eq!(d.ui.overlay, None);
}

/// A score above the cell's maximum is a slip more often than a report ("2424" for "24"): it
/// is asked, and no goes back to the field with what was typed, to correct it.
#[test]
fn a_score_over_the_maximum_is_asked_and_no_goes_back_to_correct_it() {
    let mut d = Desk::of("ktd9-hanoi-so-ket-2024");
    d.keys("c").score("2424");
    assert!(matches!(d.ui.overlay, Some(Overlay::Confirm(Question::OverMax(_)))));
    assert!(d.model.record.scores.get("syt").is_none(), "nothing recorded yet");
    // Enter is no too: typing on fast ("2424 Enter") must not record the slip.
    d.press(KeyCode::Enter);
    assert!(matches!(&d.ui.overlay, Some(Overlay::Prompt(Prompt::Score, field)) if field.text() == "2424"));
    assert!(d.model.record.scores.get("syt").is_none(), "Enter recorded nothing");
    d.press(KeyCode::Enter);
    assert!(matches!(d.ui.overlay, Some(Overlay::Confirm(Question::OverMax(_)))), "asked again");
    d.keys("k");
    assert!(matches!(&d.ui.overlay, Some(Overlay::Prompt(Prompt::Score, field)) if field.text() == "2424"));
    d.press(KeyCode::Backspace).press(KeyCode::Backspace).press(KeyCode::Enter);
    assert_eq!(d.ui.overlay, None, "24 of 30 is not asked");
    let first = d.model.conference.scoring.as_ref().map(|t| t.criteria[0].code.clone()).expect("criteria");
    let recorded = d.model.record.scores.get("syt").and_then(|s| s.criteria.get(&first).copied());
    assert_eq!(recorded, Some(Points(240)));
}

#[test]
fn a_score_can_be_corrected_cleared_and_a_bad_one_is_refused() {
    let mut d = Desk::of("ktd9-hanoi-so-ket-2024");
    d.keys("c").score("28");
    d.press(KeyCode::Left).press(KeyCode::Enter);
    assert!(
        matches!(&d.ui.overlay, Some(Overlay::Prompt(_, f)) if f.text() == "28"),
        "Enter edits what is there"
    );
    d.press(KeyCode::Backspace).press(KeyCode::Backspace).keys("27,5").press(KeyCode::Enter);
    assert_eq!(
        d.model.record.scores.get("syt").and_then(|s| s.criteria.values().next().copied()),
        Some(Points(275))
    );
    d.press(KeyCode::Left).keys("2x").press(KeyCode::Enter);
    assert_eq!(d.ui.notice, Some(Notice::BadScore("2x".into())));
    assert!(
        matches!(&d.ui.overlay, Some(Overlay::Prompt(_, f)) if f.text() == "2x"),
        "refused, the field stays open with what was typed"
    );
    // A long paste is quoted cut short: what is wrong with it stays in sight at 80×24.
    d.press(KeyCode::Backspace).press(KeyCode::Backspace).keys(&"9".repeat(3000)).press(KeyCode::Enter);
    let text = render::screen_text(&d.model, &d.ui, d.now, 80, 24);
    assert!(text.contains("…\" không phải số điểm;"), "{text}");
    let clear = Key::from_event(&KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL)).expect("Ctrl+U");
    update(&mut d.model, &mut d.ui, Action::Key(clear), d.now);
    // A number with two decimals is said to be one the table does not keep, not "not a score".
    d.keys("22,25").press(KeyCode::Enter);
    let text = render::screen_text(&d.model, &d.ui, d.now, 100, 30);
    assert!(text.contains("\"22,25\": điểm chỉ ghi được đến một chữ số thập phân (như 27,5)."), "{text}");
    d.press(KeyCode::Backspace).press(KeyCode::Backspace).press(KeyCode::Backspace);
    d.press(KeyCode::Backspace).press(KeyCode::Backspace).keys("2x");
    // Backspace asks first (one key would undo a figure read out); no keeps it.
    d.press(KeyCode::Esc).press(KeyCode::Backspace);
    assert!(matches!(d.ui.overlay, Some(Overlay::Confirm(_))), "asked");
    let code = d.model.conference.scoring.as_ref().map(|t| t.criteria[0].code.clone()).unwrap_or_default();
    let asked = format!("Xóa điểm 27,5 ở cột {code} của {}?", d.model.conference.units[0].short);
    let screen = render::screen_text(&d.model, &d.ui, d.now, 80, 24);
    assert!(screen.contains(&asked), "{asked}\n{screen}");
    d.keys("k");
    assert!(d.model.record.scores.get("syt").is_some_and(|s| !s.criteria.is_empty()), "kept");
    d.press(KeyCode::Backspace).keys("c");
    assert!(d.model.record.scores.get("syt").is_none_or(|s| s.criteria.is_empty()), "cleared");
    assert!(d.model.record.scores.log.len() >= 3, "every change is logged");
}

#[test]
fn the_covenant_is_signed_with_an_absent_unit() {
    let mut d = Desk::of("ktd19-hcm-giao-uoc-2023");
    d.keys("d").keys("a").press(KeyCode::Esc); // everyone present at the roll call
    d.keys("u");
    assert!(matches!(d.ui.screen, Screen::Covenant(_)));
    d.press(KeyCode::Down).press(KeyCode::Down).keys("v").keys("Đi công tác").press(KeyCode::Enter);
    d.keys("a");
    assert_eq!(d.ui.notice, Some(Notice::Signed(5)));
    let c = &d.model.conference;
    let count = d.model.record.signing_count(c);
    // Present at the roll call, the unit marked as not signing declined: it was not away.
    assert_eq!((count.signed, count.absent, count.declined), (5, 0, 1));
    // Nor does a unit that does not sign lead the signing: said, nothing recorded.
    let short = c.units[2].short.clone();
    d.press(KeyCode::Home).press(KeyCode::Down).press(KeyCode::Down).keys("p");
    assert_eq!(d.ui.notice, Some(Notice::NotSigningCannotPreside(short)));
    assert_eq!(d.model.record.covenant.presiding, None, "nothing recorded");
    // The other way round: the unit presiding is not marked as not signing.
    let presiding =
        d.model.record.covenant.presiding(&d.model.conference).map(String::from).expect("the file's");
    let row = d.model.conference.units.iter().position(|u| u.id == presiding).expect("a member");
    let short = d.model.conference.units[row].short.clone();
    d.press(KeyCode::Home);
    for _ in 0..row {
        d.press(KeyCode::Down);
    }
    d.keys("v");
    assert_eq!(d.ui.notice, Some(Notice::PresidingMustSign(short)));
    assert_eq!(d.ui.overlay, None, "no reason asked");
    let c = &d.model.conference;
    let third = c.units[2].id.clone();
    assert_eq!(
        d.model.record.covenant.status(&third),
        Some(&Signing::Absent { reason: "Đi công tác".into() })
    );
    // Marked absent at the roll call, it is counted away.
    d.press(KeyCode::Esc).keys("d").press(KeyCode::Down).press(KeyCode::Down).keys("v").keys("Đi công tác");
    d.press(KeyCode::Enter).press(KeyCode::Esc).keys("u").press(KeyCode::Down).press(KeyCode::Down);
    let count = d.model.record.signing_count(&d.model.conference);
    assert_eq!((count.signed, count.absent, count.declined), (5, 1, 0));
    let c = &d.model.conference;
    let second = c.units[1].id.clone();
    d.press(KeyCode::Up).press(KeyCode::Backspace);
    assert_eq!(d.model.record.covenant.status(&second), None, "a slip is taken back");
    // Absent at the roll call, the third cannot be marked as signing: said, nothing recorded.
    d.press(KeyCode::Down).keys("c");
    let short = d.model.conference.units[2].short.clone();
    assert_eq!(d.ui.notice, Some(Notice::AbsentCannotSign(short)));
    assert_eq!(
        d.model.record.covenant.status(&third),
        Some(&Signing::Absent { reason: "Đi công tác".into() })
    );
    assert!(matches!(&d.ui.screen, Screen::Covenant(s) if s.row == 2), "the cursor stays on it");
    // Nor can it preside: said, the presiding unit unchanged.
    let presiding = d.model.record.covenant.presiding(&d.model.conference).map(String::from);
    d.keys("p");
    let short = d.model.conference.units[2].short.clone();
    assert_eq!(d.ui.notice, Some(Notice::AbsentCannotPreside(short)));
    assert_eq!(d.model.record.covenant.presiding(&d.model.conference).map(String::from), presiding);
    assert_eq!(d.model.record.covenant.presiding, None, "nothing recorded");
}

/// The unit to preside over the signing marked absent at the roll call: said there, and the
/// signing screen shows it away beside "chủ trì".
#[test]
fn the_presiding_unit_marked_absent_is_said() {
    let mut d = Desk::of("ktd19-hcm-giao-uoc-2023");
    let c = &d.model.conference;
    let presiding = d.model.record.covenant.presiding(c).map(String::from).expect("the file's");
    let row = c.units.iter().position(|u| u.id == presiding).expect("a member");
    let short = c.units[row].short.clone();
    d.keys("d").keys("a").press(KeyCode::Home);
    for _ in 0..row {
        d.press(KeyCode::Down);
    }
    d.keys("v").keys("Về cơ quan họp gấp").press(KeyCode::Enter);
    assert_eq!(d.ui.notice, Some(Notice::PresidingAbsent(short.clone())));
    let screen = render::screen_text(&d.model, &d.ui, d.now, 100, 30);
    assert!(screen.contains("vắng mặt mà đang được ghi chủ trì ký kết giao ước"), "{screen}");
    d.press(KeyCode::Esc).keys("u");
    let screen = render::screen_text(&d.model, &d.ui, d.now, 100, 30);
    assert!(screen.contains(&format!("{short} (vắng mặt)")), "{screen}");
}

/// At 80 columns the signing's head line, its counts of every kind and a long presiding
/// unit's name, takes a second row rather than cutting the name (a trial read "Chủ trì ký
/// kết: Hội Chữ thập").
#[test]
fn a_long_presiding_unit_is_named_whole_at_80_columns() {
    let mut d = Desk::of("ktd19-hcm-giao-uoc-2023");
    // One unit absent at the roll call, one present not signing, one signed, one never called.
    d.keys("d").keys("a").press(KeyCode::Esc);
    let (c, now) = (&d.model.conference, d.now);
    let record = &mut d.model.record;
    assert!(record.attendance.mark("hsv", false, "Ốm", now));
    record.covenant.sign(c, "hlhtn", now).expect("signs");
    record.covenant.mark_absent(c, "hsv", "Ốm", now).expect("away");
    record.covenant.mark_absent(c, "vhnt", "Chưa thống nhất", now).expect("declines");
    record.covenant.set_presiding(c, Some("huunghi"), now).expect("presides");
    d.keys("u");
    let screen = render::screen_text(&d.model, &d.ui, d.now, 80, 24);
    let head: Vec<&str> = screen.lines().skip(3).take(2).collect();
    let joined = head.iter().map(|l| l.trim_matches(['"', '│', ' '])).collect::<Vec<_>>().join(" ");
    assert!(joined.contains("Chủ trì ký kết: LH các tổ chức hữu nghị TP"), "{screen}");
}

/// Backspace on an empty score cell or a unit not marked at the signing says there is nothing
/// to clear (it was silent).
#[test]
fn backspace_on_nothing_says_so() {
    let mut d = Desk::of("ktd19-hcm-giao-uoc-2023");
    d.keys("c").press(KeyCode::Backspace);
    assert_eq!(d.ui.notice, Some(Notice::NothingToClear));
    assert_eq!(d.ui.overlay, None, "nothing asked");
    d.press(KeyCode::Esc).keys("u").press(KeyCode::Backspace);
    assert_eq!(d.ui.notice, Some(Notice::NothingToClear));
    d.keys("c").press(KeyCode::Up).press(KeyCode::Backspace);
    assert_eq!(d.model.record.covenant.status(&d.model.conference.units[0].id), None, "a mark taken back");
}

/// A conference file without a scoring table: the screen says there is no scale, so that a
/// 150 typed for a 100-point table is not taken as checked.
#[test]
fn scoring_without_a_table_says_there_is_no_scale() {
    let mut d = Desk::of("ktd19-hcm-giao-uoc-2023");
    assert!(d.model.conference.scoring.is_none(), "the sample has no table");
    d.keys("c");
    let screen = render::screen_text(&d.model, &d.ui, d.now, 80, 24);
    assert!(
        screen.contains("Chấm điểm, xếp hạng · không có thang điểm (không đối chiếu mức tối đa)"),
        "{screen}"
    );
    let mut d = Desk::of("ktd9-hanoi-so-ket-2024");
    d.keys("c");
    let screen = render::screen_text(&d.model, &d.ui, d.now, 80, 24);
    assert!(
        screen.contains("Chấm điểm, xếp hạng · /100") && !screen.contains("không có thang điểm"),
        "{screen}"
    );
}

/// A unit marked as not signing that the roll call never called is neither absent nor
/// present: the screen and the biên bản say "không ký", not "vắng mặt"; nor may it preside.
#[test]
fn a_unit_not_signing_without_a_roll_call_is_not_called_absent() {
    let mut d = Desk::of("ktd19-hcm-giao-uoc-2023");
    d.keys("u").keys("c").keys("v").keys("Chưa thống nhất điều 2").press(KeyCode::Enter);
    let c = &d.model.conference;
    let (second, short) = (c.units[1].name.clone(), c.units[1].short.clone());
    let count = d.model.record.signing_count(c);
    assert_eq!((count.signed, count.absent, count.declined, count.unrecorded), (1, 0, 0, 1));
    let screen = render::screen_text(&d.model, &d.ui, d.now, 100, 30);
    assert!(screen.contains("không ký: Chưa thống nhất điều 2"), "{screen}");
    assert!(screen.contains("vắng 0 · không ký 1"), "{screen}");
    let text = hoinghi::export::markdown(&d.model);
    assert!(text.contains(&format!("{second} | Không ký, lý do: Chưa thống nhất điều 2")), "{text}");
    assert!(text.contains("không ký 1 đơn vị"), "{text}");
    assert!(!text.contains("Vắng mặt, lý do: Chưa thống nhất"), "{text}");
    assert!(matches!(&d.ui.screen, Screen::Covenant(s) if s.row == 1), "still on it");
    d.keys("p");
    assert_eq!(d.ui.notice, Some(Notice::NotSigningCannotPreside(short)));
}

/// Once units have signed, changing the covenant's contents asks first (with how many
/// signed), once on the screen; no leaves the contents as they were.
#[test]
fn changing_a_signed_covenant_asks_first() {
    let mut d = Desk::of("ktd19-hcm-giao-uoc-2023");
    d.keys("d").keys("a").press(KeyCode::Esc).keys("u").keys("c").keys("c");
    d.press(KeyCode::Tab).press(KeyCode::Enter);
    assert_eq!(d.ui.overlay, Some(Overlay::Confirm(Question::EditSignedCovenant(Command::EditItem, 2))));
    let text = render::screen_text(&d.model, &d.ui, d.now, 80, 24);
    assert!(text.contains("Đã có 2 đơn vị ký theo nội dung giao ước hiện tại."), "{text}");
    d.keys("k");
    assert_eq!(d.ui.overlay, None, "no: nothing opened");
    d.press(KeyCode::Enter).keys("c");
    assert!(
        matches!(d.ui.overlay, Some(Overlay::Prompt(Prompt::CovenantItem(Some(0)), _))),
        "yes: the item's text"
    );
    let planned = d.model.conference.covenant.as_ref().map(|c| c.items[0].clone()).expect("an item");
    d.keys(" (sửa)").press(KeyCode::Enter).keys("n");
    assert!(matches!(d.ui.overlay, Some(Overlay::Prompt(Prompt::CovenantItem(None), _))), "asked once");
    // The biên bản says the units signed another text: how many, and what changed when.
    let text = hoinghi::export::markdown(&d.model);
    assert!(text.contains("Nội dung giao ước được sửa sau khi 2 đơn vị đã ký: lúc "), "{text}");
    assert!(text.contains(&format!("sửa điều 1 (trước khi sửa: “{}”).", planned.trim())), "{text}");
}

/// A score changed after the minutes were adopted: the biên bản's list of changes says whose,
/// which, and from what to what (it said only "sửa kết quả chấm điểm").
#[test]
fn a_score_changed_after_adoption_says_what_changed() {
    let mut d = Desk::of("ktd9-hanoi-so-ket-2024");
    d.keys("c");
    for s in ["28", "22,5", "18", "14", "9"] {
        d.score(s);
    }
    d.press(KeyCode::Esc).keys("t").keys("c");
    assert!(d.model.record.adopted_at.is_some(), "adopted");
    d.keys("c").score("25");
    let unit = d.model.conference.units[0].name.clone();
    let text = hoinghi::export::markdown(&d.model);
    let said = format!("{unit}, tiêu chí I, tự chấm: 28 → 25");
    assert!(text.contains(&said), "{said}\n{text}");
}

/// Adopting with some units scored and others not: the question says how many have no score.
#[test]
fn adopting_names_the_units_left_without_a_score() {
    let mut d = Desk::of("ktd9-hanoi-so-ket-2024");
    d.keys("c");
    for s in ["28", "22,5", "18", "14", "9"] {
        d.score(s);
    }
    d.press(KeyCode::Esc).keys("t");
    let scoring = d.model.conference.first_of(hoinghi::conference::ItemKind::Scoring).expect("an item");
    let units = d.model.conference.units.len();
    assert_eq!(d.model.record.unfinished(&d.model.conference).unscored, Some((scoring, units - 1)));
    let text = render::screen_text(&d.model, &d.ui, d.now, 100, 30);
    let said = format!("{} đơn vị chưa có điểm (nội dung {})", units - 1, scoring + 1);
    let words = text.replace(['│', '"'], " ").split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains(&said), "{text}");
}

/// What a crash leaves: the record. A covenant item, a reason for not signing or a delegate's
/// name half typed is in it, and comes back in its prompt over its screen.
#[test]
fn a_covenant_line_or_a_delegate_half_typed_comes_back_after_a_restart() {
    use hoinghi::app::resumed_prompt;
    use hoinghi::record::LineDraft;
    let mut d = Desk::of("ktd19-hcm-giao-uoc-2023");
    let third = d.model.conference.units[2].id.clone();
    d.keys("u").press(KeyCode::Down).press(KeyCode::Down).keys("v").keys("Đi công");
    assert_eq!(
        d.model.record.drafts.line,
        Some(LineDraft::NotSigning { unit: third.clone(), text: "Đi công".into() })
    );
    assert_eq!(d.effects, vec![Effect::SaveSoon], "kept within a second");
    let (screen, prompt) = resumed_prompt(&d.model).expect("a prompt to resume");
    assert!(matches!(screen, Screen::Covenant(s) if s.row == 2 && !s.on_items), "on the unit's row");
    assert!(matches!(prompt, Overlay::Prompt(_, f) if f.text() == "Đi công"));
    d.keys(" tác").press(KeyCode::Enter);
    assert_eq!(d.model.record.drafts.line, None, "recorded: no longer a draft");

    // A new covenant item, then an edited one.
    d.press(KeyCode::Tab).keys("n").keys("Thi đua chuyển");
    assert_eq!(
        d.model.record.drafts.line,
        Some(LineDraft::CovenantItem { index: None, text: "Thi đua chuyển".into() })
    );
    let (screen, prompt) = resumed_prompt(&d.model).expect("a prompt to resume");
    assert!(matches!(screen, Screen::Covenant(s) if s.on_items));
    assert!(matches!(prompt, Overlay::Prompt(_, f) if f.text() == "Thi đua chuyển"));
    // Esc asks first; no: back to the text as it was, still kept.
    d.press(KeyCode::Esc);
    assert!(matches!(d.ui.overlay, Some(Overlay::Confirm(hoinghi::app::Question::DiscardLine(..)))));
    assert!(d.model.record.drafts.line.is_some(), "kept while asked");
    d.keys("k");
    assert!(matches!(&d.ui.overlay, Some(Overlay::Prompt(_, f)) if f.text() == "Thi đua chuyển"));
    d.press(KeyCode::Esc).keys("c");
    assert_eq!((d.ui.overlay.clone(), d.model.record.drafts.line.clone()), (None, None), "yes: dropped");
    assert_eq!(d.effects, vec![Effect::Save], "the draft's removal is saved");
    d.press(KeyCode::Down).press(KeyCode::Enter).keys(" 2023");
    let Some(LineDraft::CovenantItem { index: Some(1), text }) = &d.model.record.drafts.line else {
        panic!("the second item being edited: {:?}", d.model.record.drafts.line)
    };
    assert!(text.ends_with(" 2023"));
    let (screen, _) = resumed_prompt(&d.model).expect("a prompt to resume");
    assert!(matches!(screen, Screen::Covenant(s) if s.item == 1 && s.on_items), "on the item edited");
    d.press(KeyCode::Esc).keys("c").press(KeyCode::Esc).press(KeyCode::Esc);

    // The roll call's delegate.
    d.keys("d").press(KeyCode::Down).keys("d").keys(" Nguyễn Văn");
    let second = d.model.conference.units[1].id.clone();
    let Some(LineDraft::Delegate { unit, text }) = &d.model.record.drafts.line else {
        panic!("a delegate being typed: {:?}", d.model.record.drafts.line)
    };
    assert_eq!(unit, &second);
    assert!(text.ends_with("Nguyễn Văn"));
    let (screen, _) = resumed_prompt(&d.model).expect("a prompt to resume");
    assert_eq!(screen, Screen::RollCall { selected: 1 });

    // Who chaired: the name, then the title, each kept as typed.
    d.press(KeyCode::Esc).keys("c").keys("t").keys(" Văn");
    let name = format!("{} Văn", d.model.conference.chair.name);
    assert_eq!(d.model.record.drafts.line, Some(LineDraft::ChairedBy { name: None, text: name.clone() }));
    // A name the file does not know is offered no title (not the file's chair's).
    d.press(KeyCode::Enter).keys("Phó Giám đốc x");
    let title = "Phó Giám đốc x".to_string();
    assert_eq!(
        d.model.record.drafts.line,
        Some(LineDraft::ChairedBy { name: Some(name.clone()), text: title.clone() })
    );
    let (screen, prompt) = resumed_prompt(&d.model).expect("a prompt to resume");
    assert!(matches!(screen, Screen::RollCall { .. }));
    assert!(matches!(prompt, Overlay::Prompt(Prompt::ChairTitle(n), f) if n == name && f.text() == title));
}

/// An award's name, grantor and decision, a recipient and a score half typed are in the
/// record, and come back in their prompt over their screen after a crash.
#[test]
fn an_award_a_recipient_or_a_score_half_typed_comes_back_after_a_restart() {
    use hoinghi::app::resumed_prompt;
    use hoinghi::record::LineDraft;
    let mut d = Desk::of("ktd9-hanoi-so-ket-2024");
    d.keys("a").keys("n").keys("Giấy khen của Giám đốc");
    let Some(LineDraft::Award { id: None, name: None, text, .. }) = &d.model.record.drafts.line else {
        panic!("the award's name being typed: {:?}", d.model.record.drafts.line)
    };
    assert_eq!(text, "Giấy khen của Giám đốc");
    assert_eq!(d.effects, vec![Effect::SaveSoon], "kept within a second");
    d.keys(" Sở Nội vụ").press(KeyCode::Enter).keys("Giám đốc Sở Nội vụ").press(KeyCode::Enter);
    d.keys("Quyết định số 120/QĐ");
    // The decision's field shows the award and who grants it, as typed before.
    let screen = render::screen_text(&d.model, &d.ui, d.now, 80, 24);
    assert!(screen.contains("Giấy khen của Giám đốc Sở Nội vụ · Giám đốc Sở Nội vụ"), "{screen}");
    let item = match &d.ui.screen {
        Screen::Awards(a) => a.item,
        other => panic!("awards: {other:?}"),
    };
    let (screen, prompt) = resumed_prompt(&d.model).expect("a prompt to resume");
    assert!(matches!(screen, Screen::Awards(a) if a.item == item && !a.on_recipients));
    assert_eq!(
        prompt,
        Overlay::Prompt(
            Prompt::AwardDecision(
                None,
                "Giấy khen của Giám đốc Sở Nội vụ".into(),
                "Giám đốc Sở Nội vụ".into()
            ),
            hoinghi::input::LineInput::new("Quyết định số 120/QĐ")
        ),
        "the name and grantor given, the decision as far as typed"
    );
    d.press(KeyCode::Enter);
    assert_eq!(d.model.record.drafts.line, None, "recorded: no longer a draft");
    // A person's name, then the unit being typed.
    d.press(KeyCode::Tab).keys("i").keys("Nguyễn Văn An").press(KeyCode::Enter).keys("Sở Y");
    let (screen, prompt) = resumed_prompt(&d.model).expect("a prompt to resume");
    assert!(matches!(screen, Screen::Awards(a) if a.on_recipients));
    assert!(
        matches!(&prompt, Overlay::Prompt(Prompt::IndividualUnit(_, name), f) if name == "Nguyễn Văn An" && f.text() == "Sở Y"),
        "{prompt:?}"
    );
    d.press(KeyCode::Esc).keys("c").press(KeyCode::Esc).press(KeyCode::Esc);
    assert_eq!(d.model.record.drafts.line, None);
    // A score being typed.
    d.keys("c").keys("27,");
    assert!(matches!(d.model.record.drafts.line, Some(LineDraft::Score { row: 0, col: 0, .. })));
    let (screen, prompt) = resumed_prompt(&d.model).expect("a prompt to resume");
    assert!(matches!(screen, Screen::Scoring(at) if (at.row, at.col) == (0, 0)));
    assert!(matches!(&prompt, Overlay::Prompt(Prompt::Score, f) if f.text() == "27,"), "{prompt:?}");
}

#[test]
fn the_covenant_is_edited_on_screen_and_every_change_is_kept() {
    let mut d = Desk::of("ktd19-hcm-giao-uoc-2023");
    d.keys("u").keys("a");
    assert_eq!(d.ui.notice, Some(Notice::NobodyPresent), "no roll call yet: nobody signs at once");
    d.press(KeyCode::Tab).press(KeyCode::Esc);
    assert_eq!(d.ui.contexts()[0], hoinghi::keys::Context::Covenant, "Esc from the contents: the units");
    d.press(KeyCode::Tab);
    assert_eq!(d.ui.contexts()[0], hoinghi::keys::Context::CovenantItems);
    let c = d.model.conference.clone();
    let planned = c.covenant.as_ref().expect("a covenant").items.clone();
    // Enter edits the item under the cursor, starting from its text.
    d.press(KeyCode::Down).press(KeyCode::Enter);
    assert!(matches!(&d.ui.overlay, Some(Overlay::Prompt(_, f)) if f.text() == planned[1]));
    d.keys(" năm 2023").press(KeyCode::Enter);
    assert_eq!(d.effects, vec![Effect::Save]);
    assert_eq!(d.model.record.covenant.contents(&c)[1], format!("{} năm 2023", planned[1]));
    // n adds one at the end; a blank one is refused and the field stays open.
    d.keys("n").press(KeyCode::Enter);
    assert_eq!(d.ui.notice, Some(Notice::EmptyText));
    assert!(matches!(d.ui.overlay, Some(Overlay::Prompt(..))));
    d.keys("Thi đua thực hiện chuyển đổi số").press(KeyCode::Enter);
    let contents = d.model.record.covenant.contents(&c).to_vec();
    assert_eq!((contents.len(), contents[6].as_str()), (7, "Thi đua thực hiện chuyển đổi số"));
    assert!(matches!(d.ui.screen, Screen::Covenant(s) if s.item == 6), "the cursor on the new item");
    // x asks, then removes; the text removed stays in the log.
    d.press(KeyCode::Up).keys("x");
    assert!(matches!(d.ui.overlay, Some(Overlay::Confirm(_))));
    d.keys("c");
    let contents = d.model.record.covenant.contents(&c).to_vec();
    assert_eq!(contents.len(), 6);
    assert!(!contents.contains(&planned[5]));
    assert!(matches!(
        d.model.record.covenant.log.last().map(|e| &e.change),
        Some(hoinghi::covenant::CovenantEdit::ItemRemoved { index: 5, text }) if *text == planned[5]
    ));
    // Back on the units: p makes the unit under the cursor preside.
    d.press(KeyCode::Tab).press(KeyCode::Down).keys("p");
    let second = c.units[1].id.clone();
    assert_eq!(d.model.record.covenant.presiding(&c), Some(second.as_str()));
    assert_eq!(d.ui.notice, Some(Notice::Presiding(second)));
    // The file's own presiding unit again: nothing of it stays in the record.
    d.press(KeyCode::End);
    assert_eq!(c.units.last().map(|u| u.id.as_str()), Some("lhh"), "the file's presiding unit");
    d.keys("p");
    assert_eq!(d.model.record.covenant.presiding, None);
    assert_eq!(
        d.model.record.covenant.presiding(&c),
        c.covenant.as_ref().and_then(|k| k.presiding.as_deref())
    );
}

/// After the bình xét, t offers the unit the vote chose; typing replaces it (a search for a
/// member unit), Enter alone takes it.
#[test]
fn the_unit_the_vote_chose_is_offered_and_typing_replaces_it() {
    let mut d = Desk::of("ktd19-hcm-giao-uoc-2023");
    let item = d.model.conference.agenda.iter().position(|i| i.proposes_awards()).expect("a bình xét");
    d.keys("d").keys("a").press(KeyCode::Esc);
    for _ in 0..item {
        d.press(KeyCode::Down);
    }
    d.keys("v");
    for figure in ["6", "6", "6", "0", "4", "1", "1"] {
        d.keys(figure).press(KeyCode::Down);
    }
    d.press(KeyCode::Enter).keys("c").press(KeyCode::Esc);
    assert!(d.model.record.poll(item).is_some_and(|p| !p.selected().is_empty()), "a unit chosen");
    d.keys("a").keys("n").keys("Bằng khen của UBND Thành phố").press(KeyCode::Enter);
    d.keys("Chủ tịch UBND Thành phố").press(KeyCode::Enter).press(KeyCode::Enter);
    d.press(KeyCode::Tab).keys("t");
    let chosen = d.model.conference.unit("lhh").expect("the first candidate").name.clone();
    assert!(
        matches!(&d.ui.overlay, Some(Overlay::Prompt(Prompt::Collective(_), f)) if f.text() == chosen && f.is_selected()),
        "{:?}",
        d.ui.overlay
    );
    d.keys("LHH");
    assert!(matches!(&d.ui.overlay, Some(Overlay::Prompt(_, f)) if f.text() == "LHH"), "{:?}", d.ui.overlay);
}

/// Quận 1's conference on the awards screen of its award item (returned).
fn quan1_awards() -> (Desk, usize) {
    let mut d = Desk::of("quan1-tong-ket-2022");
    let item =
        d.model.conference.agenda.iter().position(|i| i.title.starts_with("Trao khen thưởng")).expect("item");
    for _ in 0..item {
        d.press(KeyCode::Down);
    }
    d.keys("a");
    (d, item)
}

/// Seed 003 (Quận 1): 7 Bằng khen of the Prime Minister to individuals, 10 Cờ thi đua to
/// collectives, 3 Chiến sĩ thi đua, 13 Giấy khen — entered on the awards screen.
#[test]
fn the_awards_of_seed_003_are_entered_on_screen_and_counted_by_kind() {
    let (mut d, item) = quan1_awards();
    assert!(matches!(d.ui.screen, Screen::Awards(s) if s.item == item));
    d.press(KeyCode::Tab);
    assert_eq!(d.ui.notice, Some(Notice::NoAward), "nothing to name recipients of yet");
    // Each award of the file by its digit, then how many were awarded without names.
    let counted = |d: &mut Desk, digit: &str, collectives: &str, individuals: &str| {
        d.keys("n").keys(digit);
        assert_eq!(d.effects, vec![Effect::Save]);
        // Only what the award may go to is asked (a Cờ: collectives; a Chiến sĩ: persons).
        d.keys("s");
        if matches!(d.ui.overlay, Some(Overlay::Prompt(Prompt::Unnamed { collectives: None, .. }, _))) {
            d.press(KeyCode::Backspace).keys(collectives).press(KeyCode::Enter);
        }
        if d.ui.overlay.is_some() {
            d.press(KeyCode::Backspace).keys(individuals).press(KeyCode::Enter);
        }
        assert_eq!(d.ui.overlay, None, "both asked and answered");
    };
    counted(&mut d, "1", "0", "7");
    // The same award of the file again is a slip: the cursor goes to the one there.
    d.keys("n").keys("1");
    assert!(matches!(&d.ui.notice, Some(Notice::AwardExists(a)) if a == "Bằng khen của Thủ tướng Chính phủ"));
    assert_eq!(d.model.record.awards.live().count(), 1);
    d.keys("n").keys("9");
    assert_eq!(d.ui.notice, Some(Notice::NoSuchChoice(9)), "the file has four awards");
    d.press(KeyCode::Esc);
    counted(&mut d, "2", "10", "0");
    counted(&mut d, "3", "0", "3");
    // The Giấy khen: 13 in all, two of them named here (one a member unit by part of its name):
    // naming takes from the count, the total stays 13.
    counted(&mut d, "4", "13", "0");
    // "phường" alone is every ward: more must be typed, and the field stays; the notice names
    // some of them, and as the field shows "ben" it names the two that are left.
    d.press(KeyCode::Tab).keys("t").keys("phuong").press(KeyCode::Enter);
    assert!(matches!(&d.ui.notice, Some(Notice::SeveralUnits(n)) if n.len() == 10), "{:?}", d.ui.notice);
    assert!(matches!(d.ui.overlay, Some(Overlay::Prompt(..))));
    let screen = render::screen_text(&d.model, &d.ui, d.now, 100, 30);
    assert!(
        screen.contains("Khớp 10 đơn vị thành viên: Phường Bến Nghé, Phường Bến Thành, Phường Cầu Kho,"),
        "{screen}"
    );
    assert!(screen.contains("và 6 đơn vị khác; gõ thêm cho rõ đơn vị nào."), "{screen}");
    d.keys(" ben");
    let screen = render::screen_text(&d.model, &d.ui, d.now, 100, 30);
    assert!(screen.contains("Khớp 2 đơn vị thành viên: Phường Bến Nghé và Phường Bến Thành;"), "{screen}");
    d.keys(" nghe").press(KeyCode::Enter);
    d.keys("t").keys("Trường THCS Minh Đức").press(KeyCode::Enter);
    let awards = &d.model.record.awards;
    let giay_khen = awards.live().last().expect("the fourth");
    assert_eq!(
        giay_khen.recipients.first(),
        Some(&Recipient::Unit("ben-nghe".into())),
        "a member unit by its name: {:?}",
        giay_khen.recipients
    );
    assert_eq!(giay_khen.recipients.get(1), Some(&Recipient::Collective("Trường THCS Minh Đức".into())));
    assert_eq!((giay_khen.unnamed_collectives, giay_khen.counts()), (11, (13, 0)));
    // A total below those named is refused; the field stays.
    d.press(KeyCode::Esc);
    assert_eq!(d.ui.contexts()[0], hoinghi::keys::Context::Awards, "Esc from the recipients: the awards");
    d.keys("s");
    assert!(
        matches!(&d.ui.overlay, Some(Overlay::Prompt(_, f)) if f.text() == "13"),
        "the total, not the rest"
    );
    d.press(KeyCode::Backspace).press(KeyCode::Backspace).keys("1").press(KeyCode::Enter);
    assert_eq!(d.ui.notice, Some(Notice::FewerThanNamed(2)));
    d.press(KeyCode::Esc);
    let awards = &d.model.record.awards;
    let counts: Vec<(String, u32, u32)> =
        awards.counts().into_iter().map(|k| (k.award, k.collectives, k.individuals)).collect();
    assert_eq!(
        counts,
        [
            ("Bằng khen của Thủ tướng Chính phủ".to_string(), 0, 7),
            ("Cờ thi đua của Ủy ban nhân dân Thành phố Hồ Chí Minh".to_string(), 10, 0),
            ("Chiến sĩ thi đua cấp thành phố".to_string(), 0, 3),
            ("Giấy khen của Chủ tịch Ủy ban nhân dân Quận 1".to_string(), 13, 0),
        ]
    );
    assert_eq!(awards.totals(), (23, 10));
    // A Cờ thi đua goes to collectives, a Chiến sĩ thi đua to persons: said before typing.
    d.press(KeyCode::Home).press(KeyCode::Down).press(KeyCode::Tab).keys("i");
    assert_eq!(d.ui.notice, Some(Notice::AwardRefused(hoinghi::awards::AwardError::CollectivesOnly)));
    assert_eq!(d.ui.overlay, None);
    d.press(KeyCode::Esc).press(KeyCode::Down).press(KeyCode::Tab).keys("t");
    assert_eq!(d.ui.notice, Some(Notice::AwardRefused(hoinghi::awards::AwardError::IndividualsOnly)));
    assert_eq!(d.ui.overlay, None);
    // A name taken back from the Giấy khen: the total typed stays 13, one more is counted.
    d.press(KeyCode::Esc).press(KeyCode::End).press(KeyCode::Tab).press(KeyCode::Home).keys("x").keys("c");
    let giay_khen = d.model.record.awards.live().find(|e| e.award.starts_with("Giấy khen")).expect("entry");
    assert_eq!((giay_khen.recipients.len(), giay_khen.unnamed_collectives), (1, 12));
    let counts = d.model.record.awards.counts();
    assert_eq!(counts.iter().find(|k| k.award.starts_with("Giấy khen")).map(|k| k.collectives), Some(13));
}

/// Deleting the last award of the list leaves the cursor on the one now last, so that the
/// next key acts on an award on screen (before, x then asked to delete one not shown selected).
#[test]
fn deleting_the_last_award_leaves_the_cursor_on_the_one_now_last() {
    let (mut d, item) = quan1_awards();
    for digit in ["1", "2", "3"] {
        d.keys("n").keys(digit);
        if d.ui.overlay.is_some() {
            d.press(KeyCode::Esc);
        }
    }
    let ids: Vec<u32> = d.model.record.awards.of_item(item).map(|e| e.id).collect();
    assert_eq!(ids.len(), 3);
    assert!(matches!(d.ui.screen, Screen::Awards(s) if s.row == 2), "on the award just added");
    d.keys("x").keys("c");
    assert!(matches!(d.ui.screen, Screen::Awards(s) if s.row == 1), "on the one now last");
    d.keys("x");
    assert_eq!(d.ui.overlay, Some(Overlay::Confirm(Question::DeleteAward(ids[1]))));
}

#[test]
fn an_award_typed_by_hand_with_a_person_and_a_bad_count_refused() {
    let mut d = Desk::of("ktd9-hanoi-so-ket-2024");
    assert!(d.model.conference.awards.is_empty(), "no award in the file: n types one");
    d.keys("a").keys("n");
    d.press(KeyCode::Enter);
    assert_eq!(d.ui.notice, Some(Notice::EmptyText), "the award's name is needed");
    let screen = render::screen_text(&d.model, &d.ui, d.now, 100, 30);
    assert!(
        screen.contains("Ô này chưa có nội dung") && !screen.contains("Ý kiến"),
        "not a comment's: {screen}"
    );
    d.keys("Giấy khen của Giám đốc Sở Nội vụ").press(KeyCode::Enter);
    d.keys("Giám đốc Sở Nội vụ").press(KeyCode::Enter);
    d.keys("Quyết định số 120/QĐ-SNV ngày 25/7/2024").press(KeyCode::Enter);
    assert_eq!(d.effects, vec![Effect::Save]);
    let e = d.model.record.awards.live().next().expect("recorded").clone();
    assert_eq!(
        (e.award.as_str(), e.granted_by.as_str(), e.decision.as_str()),
        ("Giấy khen của Giám đốc Sở Nội vụ", "Giám đốc Sở Nội vụ", "Quyết định số 120/QĐ-SNV ngày 25/7/2024")
    );
    // A count that is not a number is refused and the field stays.
    d.keys("s").press(KeyCode::Backspace).keys("ba").press(KeyCode::Enter);
    assert_eq!(d.ui.notice, Some(Notice::BadCount("ba".into())));
    assert!(matches!(d.ui.overlay, Some(Overlay::Prompt(..))));
    d.press(KeyCode::Esc);
    // A person of a member unit (found by part of its name), of none (blank), and of another
    // organisation, written after the name.
    let first = d.model.conference.units[0].clone();
    d.press(KeyCode::Tab).keys("i").keys("Nguyễn Văn An").press(KeyCode::Enter).keys(&first.short);
    d.press(KeyCode::Enter);
    d.keys("i").keys("Lê Thị Bình").press(KeyCode::Enter).press(KeyCode::Enter);
    let e = d.model.record.awards.live().next().expect("recorded").clone();
    assert_eq!(
        e.recipients,
        [
            Recipient::Individual { name: "Nguyễn Văn An".into(), unit: Some(first.id.clone()) },
            Recipient::Individual { name: "Lê Thị Bình".into(), unit: None },
        ]
    );
    // Enter on a person edits the name, then the unit (starting from what they were), in place.
    d.press(KeyCode::Up).press(KeyCode::Enter);
    assert!(matches!(&d.ui.overlay, Some(Overlay::Prompt(_, f)) if f.text() == "Nguyễn Văn An"));
    d.keys("h").press(KeyCode::Enter);
    assert!(matches!(&d.ui.overlay, Some(Overlay::Prompt(_, f)) if f.text() == first.short));
    d.press(KeyCode::Enter);
    let e = d.model.record.awards.live().next().expect("recorded").clone();
    assert_eq!(
        e.recipients.first(),
        Some(&Recipient::Individual { name: "Nguyễn Văn Anh".into(), unit: Some(first.id.clone()) }),
        "in its place"
    );
    // x takes the person under the cursor off, after asking; the entry keeps what it was.
    d.keys("x").keys("c");
    let e = d.model.record.awards.live().next().expect("recorded").clone();
    assert_eq!(e.recipients, [Recipient::Individual { name: "Lê Thị Bình".into(), unit: None }]);
    d.keys("x").keys("c").keys("x");
    assert_eq!(d.ui.notice, Some(Notice::NoRecipient), "nobody left to take off");
    assert!(e.history.len() >= 3, "every change keeps the entry as it was");
    d.keys("i").keys("Lê Văn Bình").press(KeyCode::Enter).keys("Trung tâm Y tế Quận 1").press(KeyCode::Enter);
    let e = d.model.record.awards.live().next().expect("recorded").clone();
    let other =
        Recipient::Individual { name: "Lê Văn Bình (Trung tâm Y tế Quận 1)".into(), unit: None };
    assert_eq!(e.recipients, std::slice::from_ref(&other), "another organisation, after the name");
    // Edited, the name and the organisation come back apart, and Enter twice keeps them.
    d.press(KeyCode::Enter);
    assert!(matches!(&d.ui.overlay, Some(Overlay::Prompt(_, f)) if f.text() == "Lê Văn Bình"));
    d.press(KeyCode::Enter);
    assert!(matches!(&d.ui.overlay, Some(Overlay::Prompt(_, f)) if f.text() == "Trung tâm Y tế Quận 1"));
    d.press(KeyCode::Enter);
    let e = d.model.record.awards.live().next().expect("recorded").clone();
    assert_eq!(e.recipients, [other], "as it was");
    // Enter on the award edits it, each field starting from what it was.
    d.press(KeyCode::Tab).press(KeyCode::Enter);
    assert!(
        matches!(&d.ui.overlay, Some(Overlay::Prompt(_, f)) if f.text() == "Giấy khen của Giám đốc Sở Nội vụ")
    );
    // Renamed to an award its person cannot have: refused at once, the name kept to correct.
    for _ in 0..40 {
        d.press(KeyCode::Backspace);
    }
    d.keys("Cờ thi đua của UBND Thành phố");
    d.press(KeyCode::Enter);
    assert_eq!(d.ui.notice, Some(Notice::AwardRefused(hoinghi::awards::AwardError::CollectivesOnly)));
    assert!(
        matches!(&d.ui.overlay, Some(Overlay::Prompt(_, f)) if f.text() == "Cờ thi đua của UBND Thành phố")
    );
    assert_eq!(
        d.model.record.awards.live().next().map(|e| e.award.as_str()),
        Some("Giấy khen của Giám đốc Sở Nội vụ")
    );
    let e = d.model.record.awards.live().next().expect("recorded").clone();
    assert_eq!(
        d.model.record.awards.edit(e.id, "Cờ thi đua của UBND Thành phố", "", "", d.now),
        Err(hoinghi::awards::AwardError::CollectivesOnly),
        "nor by any other way"
    );
    d.press(KeyCode::Esc);
    assert!(matches!(d.ui.overlay, Some(Overlay::Confirm(_))), "a changed name: asks before dropping it");
    d.keys("c").keys("x").keys("c");
    assert_eq!(d.model.record.awards.live().count(), 0, "deleted");
    assert_eq!(d.model.record.awards.0.len(), 1, "and kept in the record");
}

/// A letter typed while the file's awards are offered starts naming another award: the field
/// opens with it, and the rest of the name follows.
#[test]
fn a_letter_in_the_award_chooser_starts_a_typed_award() {
    let mut d = Desk::of("quan1-tong-ket-2022");
    assert!(!d.model.conference.awards.is_empty(), "the file's awards are offered");
    d.keys("a").keys("n");
    assert!(matches!(d.ui.overlay, Some(Overlay::PickAward)));
    // The footer does not call Enter "thêm": the question says what it does (type another).
    let text = render::screen_text(&d.model, &d.ui, d.now, 80, 24);
    let footer = text.lines().last().unwrap_or_default();
    assert!(footer.contains("0–9") && !footer.contains("Enter"), "{text}");
    assert!(text.contains("0 hoặc Enter: nhập hình thức khác"), "{text}");
    // A sign begins no name: "?" is said not to be used, the choice stays open.
    d.keys("?");
    assert!(matches!(d.ui.overlay, Some(Overlay::PickAward)), "{:?}", d.ui.overlay);
    assert!(matches!(d.ui.notice, Some(Notice::UnknownKey(_))), "{:?}", d.ui.notice);
    d.keys("Giấy khen của Chủ tịch UBND Quận").press(KeyCode::Enter);
    d.keys("Chủ tịch UBND Quận 1").press(KeyCode::Enter).press(KeyCode::Enter);
    let e = d.model.record.awards.live().next().expect("recorded").clone();
    assert_eq!(
        (e.award.as_str(), e.granted_by.as_str()),
        ("Giấy khen của Chủ tịch UBND Quận", "Chủ tịch UBND Quận 1")
    );
}

/// The unit the nomination chose is where a new collective recipient of the item's award
/// starts, so that the Cờ goes to the unit voted for without retyping it; once it is named,
/// the next starts empty.
#[test]
fn a_new_recipient_starts_from_the_unit_the_vote_chose() {
    let path = Path::new("sample-data/ktd1-hcm-tong-ket-2023.ron");
    let text = std::fs::read_to_string(path).expect("the sample");
    let by_hands = text.replacen(
        "method: SecretBallot,\n                rules: (base: Valid),",
        "method: ShowOfHands,",
        1,
    );
    assert_ne!(by_hands, text, "the nomination is by show of hands here");
    let c = hoinghi::conference::Conference::from_text(path, &by_hands).expect("valid");
    let mut d = Desk::of("ktd1-hcm-tong-ket-2023");
    d.model = Model::new(c);
    d.keys("n").keys("d").keys("a").press(KeyCode::Esc);
    for _ in 0..6 {
        d.press(KeyCode::Down);
    }
    d.keys("v").keys("111112").press(KeyCode::Enter).keys("c");
    assert_eq!(d.model.record.poll(6).map(|p| p.selected()), Some(vec!["vpubnd".to_string()]));
    d.press(KeyCode::Esc).keys("a").keys("n");
    d.keys("Cờ thi đua của Ủy ban nhân dân Thành phố").press(KeyCode::Enter);
    d.keys("Ủy ban nhân dân Thành phố").press(KeyCode::Enter).press(KeyCode::Enter);
    d.press(KeyCode::Tab).keys("t");
    let field = |d: &Desk| match &d.ui.overlay {
        Some(Overlay::Prompt(_, field)) => field.text(),
        other => panic!("no field: {other:?}, {:?}", d.ui.notice),
    };
    assert_eq!(field(&d), "Văn phòng Ủy ban nhân dân Thành phố");
    d.press(KeyCode::Enter);
    let first = d.model.record.awards.live().next().expect("the Cờ");
    assert_eq!(first.recipients, vec![Recipient::Unit("vpubnd".into())]);
    d.keys("t");
    assert_eq!(field(&d), "", "named already: the next starts empty");
}

/// Enter on a score opens it selected: the next digits replace it (a trial typed 18 over 30
/// and got 3018). A count of unnamed recipients likewise.
#[test]
fn a_score_or_count_opened_to_correct_is_typed_over() {
    let mut d = Desk::of("ktd9-hanoi-so-ket-2024");
    d.keys("c").score("30");
    d.press(KeyCode::Left).press(KeyCode::Enter);
    assert!(matches!(&d.ui.overlay, Some(Overlay::Prompt(_, f)) if f.is_selected() && f.text() == "30"));
    d.score("18");
    let unit = d.model.conference.units[0].id.clone();
    let fields = hoinghi::app::score_fields(&d.model);
    assert_eq!(hoinghi::app::score_at(&d.model, &unit, &fields[0]), Points::parse("18"));
}

/// A Cờ thi đua counts no persons, a Chiến sĩ thi đua title no collectives: the count is
/// refused with the reason, and the field stays open.
#[test]
fn counts_follow_who_an_award_may_go_to() {
    let mut d = Desk::of("quan1-tong-ket-2022");
    for _ in 0..6 {
        d.press(KeyCode::Down);
    }
    d.keys("a").keys("n").keys("2");
    let flag = d.model.record.awards.live().last().expect("the Cờ").award.clone();
    assert!(flag.contains("Cờ thi đua"), "{flag}");
    // A Cờ thi đua goes to collectives only: their number is asked, persons are not, and the
    // question says Enter records.
    d.keys("s");
    let screen = render::screen_text(&d.model, &d.ui, d.now, 100, 30);
    assert!(screen.contains("Tổng số tập thể được khen, kể cả đã nêu tên (Enter: ghi)"), "{screen}");
    d.keys("10").press(KeyCode::Enter);
    assert_eq!(d.ui.overlay, None, "no persons asked");
    assert_eq!(d.model.record.awards.live().last().map(|e| e.counts()), Some((10, 0)));
    // A Chiến sĩ thi đua goes to persons only: their number is asked first and alone.
    let soldier = d.model.conference.awards.iter().position(|a| a.award.contains("Chiến sĩ thi đua"));
    let soldier = soldier.expect("the file's Chiến sĩ thi đua") + 1;
    d.keys("n").keys(&soldier.to_string()).keys("s");
    assert!(matches!(d.ui.overlay, Some(Overlay::Prompt(Prompt::Unnamed { collectives: Some(0), .. }, _))));
    d.press(KeyCode::Backspace).press(KeyCode::Backspace).keys("3").press(KeyCode::Enter);
    assert_eq!(d.ui.overlay, None);
    assert_eq!(d.model.record.awards.live().last().map(|e| e.counts()), Some((0, 3)));
}

/// Scores and the signing are printed under their agenda item: in a conference without one,
/// their keys say so instead of opening a table whose figures would go nowhere.
#[test]
fn scoring_and_signing_without_their_item_are_said_not_opened() {
    use hoinghi::conference::ItemKind;
    let mut d = Desk::of("quan1-tong-ket-2022");
    let c = &d.model.conference;
    assert!(c.first_of(ItemKind::Scoring).is_none() && c.first_of(ItemKind::Covenant).is_none());
    d.keys("c");
    assert_eq!(d.ui.notice, Some(Notice::NoSectionItem(ItemKind::Scoring)));
    assert!(matches!(d.ui.screen, Screen::Agenda));
    d.keys("u");
    assert_eq!(d.ui.notice, Some(Notice::NoSectionItem(ItemKind::Covenant)));
    assert!(matches!(d.ui.screen, Screen::Agenda));
    // Where the item is, the keys open their screens.
    let mut d = Desk::of("ktd19-hcm-giao-uoc-2023");
    d.keys("u");
    assert!(matches!(d.ui.screen, Screen::Covenant(_)));
}

/// Adopting with units not yet marked at the covenant signing says how many (a trial adopted
/// with one unit neither signed nor not signing, unsaid).
#[test]
fn adopting_names_units_not_marked_at_the_signing() {
    let mut d = Desk::of("ktd19-hcm-giao-uoc-2023");
    d.keys("d").keys("a").press(KeyCode::Esc);
    d.keys("u").keys("c").keys("c").keys("c").press(KeyCode::Esc);
    d.keys("t");
    let item = d.model.conference.first_of(hoinghi::conference::ItemKind::Covenant).expect("a covenant item");
    assert_eq!(d.model.record.unfinished(&d.model.conference).unsigned, Some((item, 3)));
    let screen = render::screen_text(&d.model, &d.ui, d.now, 120, 40);
    assert!(screen.contains("3 đơn vị chưa ghi ký hay không ký giao ước (nội dung"), "{screen}");
}

/// Awards entered under an item not held (before the conference, or with another going on)
/// are said to go under it; the biên bản prints them there, so the adoption question does not
/// count the item as not held (it listed it beside a biên bản showing its awards).
#[test]
fn awards_on_an_item_not_held_are_said_and_count_it_as_recorded() {
    let (mut d, item) = quan1_awards();
    assert_eq!(d.ui.notice, Some(Notice::AwardsOnItemNotHeld(item)));
    let text = render::screen_text(&d.model, &d.ui, d.now, 100, 30);
    assert!(text.contains(&format!("nội dung {} chưa diễn ra; khen thưởng ghi ở đây", item + 1)), "{text}");
    let c = d.model.conference.clone();
    assert!(d.model.record.unfinished(&c).not_held.contains(&item), "nothing recorded yet");
    d.keys("n").keys("1");
    assert_eq!(d.model.record.awards.live().count(), 1);
    assert!(!d.model.record.unfinished(&c).not_held.contains(&item), "its award is recorded");
    let md = hoinghi::export::markdown(&d.model);
    let under = md.split(&format!("{}. Trao khen thưởng", item + 1)).nth(1).unwrap_or_default();
    let under = under.split("\n\n**").next().unwrap_or_default();
    assert!(!under.contains("chưa thực hiện"), "{md}");
    // The item going on: nothing said.
    d.press(KeyCode::Esc).press(KeyCode::Enter).keys("a");
    assert_eq!(d.ui.notice, None);
}
