//! Screen snapshots: the bundled sample, a fixed clock, real key events through the real key
//! table and update, drawn on ratatui's TestBackend. Text snapshots show layout and wording;
//! the theme snapshots (Debug of the buffer) also record every style change.

use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use hoinghi::app::{Action, Model, Overlay, Prompt, SaveState, Ui, update};
use hoinghi::conference::Conference;
use hoinghi::i18n::Lang;
use hoinghi::keys::Key;
use hoinghi::sample;
use hoinghi::theme::Theme;
use hoinghi::view::{self, Ctx};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

struct Screen {
    model: Model,
    ui: Ui,
    now: NaiveDateTime,
    lang: Lang,
    theme: Theme,
}

impl Screen {
    fn sample() -> Self {
        let conference = Conference::from_text(Path::new(sample::NAME), sample::TEXT).expect("valid sample");
        let now = NaiveDate::from_ymd_opt(2024, 1, 16).and_then(|d| d.and_hms_opt(7, 55, 0)).expect("time");
        Screen {
            model: Model::new(conference),
            ui: Ui::default(),
            now,
            lang: Lang::Vi,
            theme: Theme::default(),
        }
    }

    fn key(&mut self, code: KeyCode) -> &mut Self {
        let key = Key::from_event(&KeyEvent::new(code, KeyModifiers::NONE)).expect("press");
        update(&mut self.model, &mut self.ui, Action::Key(key), self.now);
        self
    }

    fn key_ctrl(&mut self, c: char) -> &mut Self {
        let key = Key::from_event(&KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)).expect("press");
        update(&mut self.model, &mut self.ui, Action::Key(key), self.now);
        self
    }

    fn keys(&mut self, text: &str) -> &mut Self {
        text.chars().for_each(|c| {
            self.key(KeyCode::Char(c));
        });
        self
    }

    fn wait(&mut self, minutes: i64, seconds: i64) -> &mut Self {
        self.now += TimeDelta::minutes(minutes) + TimeDelta::seconds(seconds);
        self
    }

    fn terminal(&self, width: u16, height: u16) -> Terminal<TestBackend> {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
        let ctx = Ctx {
            model: &self.model,
            ui: &self.ui,
            theme: &self.theme,
            s: self.lang.strings(),
            now: self.now,
        };
        terminal.draw(|f| view::draw(f, ctx)).expect("draw");
        terminal
    }

    fn text(&self, width: u16, height: u16) -> String {
        self.terminal(width, height).backend().to_string()
    }

    /// A conference under way: items 1–3 held (item 1 ran long), item 4 skipped ahead,
    /// item 5 current for 12 minutes.
    fn under_way() -> Self {
        let mut s = Screen::sample();
        s.wait(5, 0).keys("n").wait(9, 30).keys("n").wait(5, 0).keys("n").wait(21, 0);
        s.key(KeyCode::Down).keys("s").keys("n").wait(12, 5);
        s
    }
}

#[test]
fn agenda_before_the_start_80x24() {
    insta::assert_snapshot!(Screen::sample().text(80, 24));
}

/// Opened on another day than the conference's (a wrong clock, or a rehearsal): the header
/// says so in place of the plan, until the conference begins.
#[test]
fn a_clock_on_another_day_is_said_until_the_conference_begins_80x24() {
    let mut s = Screen::sample();
    s.now = NaiveDate::from_ymd_opt(2026, 12, 6).and_then(|d| d.and_hms_opt(14, 40, 0)).expect("time");
    insta::assert_snapshot!(s.text(80, 24));
    s.key(KeyCode::Char('n'));
    let header = s.text(80, 24).lines().nth(1).map(str::to_owned).unwrap_or_default();
    assert!(header.contains("Dự kiến kết thúc"), "begun: the plan is back: {header}");
    assert!(!header.contains("Đồng hồ máy"), "{header}");
}

#[test]
fn agenda_under_way_80x24() {
    insta::assert_snapshot!(Screen::under_way().text(80, 24));
}

#[test]
fn agenda_under_way_120x40() {
    insta::assert_snapshot!(Screen::under_way().text(120, 40));
}

#[test]
fn current_item_overrunning_80x24() {
    let mut s = Screen::under_way();
    s.wait(25, 0);
    insta::assert_snapshot!(s.text(80, 24));
}

#[test]
fn a_vote_item_shows_method_candidates_and_rule_120x40() {
    let mut s = Screen::under_way();
    s.keys("nnn").wait(2, 0);
    insta::assert_snapshot!(s.text(120, 40));
}

/// An item stepped onto and straight back from (n then p) shows no "0 phút" of its own; one
/// done in under half a minute shows "< 1 phút" (a blank read as never held).
#[test]
fn an_item_stepped_straight_off_shows_no_time() {
    let mut s = Screen::sample();
    s.keys("n").wait(3, 0).keys("n").wait(0, 10).keys("p");
    let text = s.text(100, 30);
    let row = text.lines().find(|l| l.contains(" 2. ")).unwrap_or_else(|| panic!("{text}"));
    assert!(!row.trim_end_matches(['"', ' ', '│']).ends_with("0 phút"), "{row}");
    // Nor the pane of such an item, once the conference has ended: its plan, without
    // "Thực tế: 0 phút".
    let mut s = Screen::sample();
    for _ in 0..s.model.conference.agenda.len() {
        s.keys("n").wait(0, 10);
    }
    s.keys("n");
    assert!(s.model.record.finished_at.is_some(), "ended");
    s.key(KeyCode::Home).key(KeyCode::Down);
    let text = s.text(100, 30);
    assert!(text.contains("Dự kiến: 5 phút") && text.contains("Thực tế: < 1 phút"), "{text}");
    assert!(!text.contains(" 0 phút"), "{text}");
    let row = text.lines().find(|l| l.contains(" 2. ")).unwrap_or_else(|| panic!("{text}"));
    assert!(row.trim_end_matches(['"', ' ', '│']).ends_with("< 1 phút"), "{row}");
}

#[test]
fn finished_conference_80x24() {
    let mut s = Screen::sample();
    for _ in 0..s.model.conference.agenda.len() {
        s.wait(10, 0).keys("n");
    }
    s.wait(10, 0).keys("n").wait(3, 0);
    insta::assert_snapshot!(s.text(80, 24));
}

#[test]
fn english_120x40() {
    let mut s = Screen::under_way();
    s.lang = Lang::En;
    insta::assert_snapshot!(s.text(120, 40));
}

#[test]
fn help_lists_the_key_table_80x24() {
    let mut s = Screen::sample();
    s.keys("?");
    insta::assert_snapshot!(s.text(80, 24));
}

/// The help opened on a screen begins with that screen's keys (the covenant's are far down
/// the whole table).
#[test]
fn help_begins_with_the_keys_of_the_screen_under_it_80x24() {
    let mut s = Screen::of("ktd19-hcm-giao-uoc-2023");
    s.keys("u?");
    insta::assert_snapshot!(s.text(80, 24));
}

/// End in the help shows its last row at the bottom of the smallest screen, on every screen
/// under it (the rows the core scrolls by are the rows the view draws).
#[test]
fn the_end_of_the_help_is_its_last_row_80x24() {
    let mut s = Screen::of("ktd19-hcm-giao-uoc-2023");
    for keys in ["", "d", "u", "c", "g"] {
        s.key(KeyCode::Esc).key(KeyCode::Esc).keys(keys).keys("?").key(KeyCode::End);
        let text = s.text(80, 24);
        let rows: Vec<&str> = text.lines().collect();
        // Under the help: its border, the status line, the footer.
        let last_help_row = rows[rows.len() - 4];
        // The table's last section (picking an award) ends with quitting.
        assert!(
            last_help_row.contains("Ctrl+C") && last_help_row.contains("thoát"),
            "after {keys:?}:\n{text}"
        );
        assert!(rows[rows.len() - 5].contains("không"), "after {keys:?}:\n{text}");
        // Exactly at the end: one row up moves the help at once.
        s.key(KeyCode::Up);
        assert_ne!(s.text(80, 24), text, "after {keys:?}: ↑ at the end moves");
        // The careful questions' heading, above, is read whole (a trial found it cut).
        let heading = "Câu hỏi về việc khó rút lại";
        for _ in 0..40 {
            if s.text(80, 24).contains(heading) {
                break;
            }
            s.key(KeyCode::Up);
        }
        let text = s.text(80, 24);
        assert!(text.contains("│Câu hỏi về việc khó rút lại (Enter là không) "), "after {keys:?}:\n{text}");
        s.key(KeyCode::Esc);
    }
}

/// A key the help does not take: what it says is read in the status line under the help (the
/// help's box covered it, " Ph" left of the sentence).
#[test]
fn a_key_pressed_in_the_help_is_said_in_sight_80x24() {
    let mut s = Screen::sample();
    s.keys("?").keys("x");
    let text = s.text(80, 24);
    let rows: Vec<&str> = text.lines().collect();
    assert!(rows[rows.len() - 2].contains("Phím x không dùng ở đây"), "{text}");
}

/// Three units called present of six (a quorum of 2/3 needs four), then n: the question names
/// the count, the units not yet called, and that the minutes will say so.
#[test]
fn getting_under_way_without_quorum_asks_80x24() {
    let mut s = Screen::sample();
    s.keys("n").wait(3, 0).keys("dccc").key(KeyCode::Esc).wait(2, 0).keys("n");
    insta::assert_snapshot!(s.text(80, 24));
}

#[test]
fn quit_asks_first_80x24() {
    let mut s = Screen::under_way();
    s.keys("q");
    insta::assert_snapshot!(s.text(80, 24));
}

/// The footer leads with the key that does the selected item's work, even where the table
/// order would leave it out at 80 columns.
#[test]
fn the_footer_leads_with_the_selected_items_key() {
    let mut s = Screen::sample();
    let footer = |s: &Screen| s.text(80, 24).lines().last().unwrap_or_default().to_string();
    assert!(footer(&s).starts_with("\" n/→ tiếp"), "an item only held: {}", footer(&s));
    let kinds = s.model.conference.agenda.iter().map(|a| (a.kind, a.vote.is_some())).collect::<Vec<_>>();
    let mut seen = Vec::new();
    for (i, (kind, vote)) in kinds.into_iter().enumerate() {
        let lead = match (kind, vote) {
            (_, true) => "v biểu quyết",
            (hoinghi::conference::ItemKind::Discussion, _) => "g góp ý",
            (hoinghi::conference::ItemKind::Covenant, _) => "u ",
            (hoinghi::conference::ItemKind::Closing, _) => "t ",
            _ => continue,
        };
        s.ui.selected = i;
        assert!(footer(&s).starts_with(&format!("\" {lead}")), "item {}: {}", i + 1, footer(&s));
        seen.push(lead);
    }
    assert!(seen.contains(&"u ") && seen.contains(&"v biểu quyết") && seen.contains(&"t "), "{seen:?}");
}

#[test]
fn unknown_key_message_80x24() {
    let mut s = Screen::sample();
    s.keys("x");
    insta::assert_snapshot!(s.text(80, 24));
}

#[test]
fn too_small_says_enlarge() {
    let s = Screen::sample();
    insta::assert_snapshot!(s.text(60, 15));
}

/// However small, the way out is on screen: the keys come before a message cut short.
#[test]
fn too_small_always_shows_the_way_out() {
    let s = Screen::sample();
    for (w, h) in [(20, 6), (12, 3), (30, 2), (9, 1)] {
        let text = s.text(w, h);
        assert!(text.contains("q thoát"), "{w}×{h}:\n{text}");
    }
}

#[test]
fn too_small_still_asks_before_quitting() {
    let mut s = Screen::sample();
    s.keys("q");
    insta::assert_snapshot!(s.text(60, 15));
}

/// Below the minimum size only the keys the screen shows are taken: nothing is deleted or
/// typed unseen.
#[test]
fn too_small_takes_only_the_keys_it_shows() {
    let key = |c: char| Key::from_event(&KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)).expect("press");
    let mut s = Screen::of("quan1-tong-ket-2022");
    s.keys("an1");
    let takes = |s: &Screen, w, h, c| hoinghi::view::takes_key(&s.ui, w, h, key(c));
    assert!(takes(&s, 80, 24, 'x'), "at the minimum size every key");
    assert!(!takes(&s, 70, 20, 'x'), "delete unseen");
    assert!(!takes(&s, 79, 24, 'j') && !takes(&s, 80, 23, 'n'));
    assert!(takes(&s, 70, 20, 'q'), "the way out is shown");
    s.keys("q");
    assert!(takes(&s, 70, 20, 'c') && takes(&s, 70, 20, 'k'), "the quit question is shown with its keys");
    s.keys("k").keys("x");
    assert!(takes(&s, 70, 20, 'c'), "the delete question is shown too");
}

/// A field open when the window shrinks takes nothing it cannot show: not a letter, not
/// Enter (which would record a text never seen), only the way out.
#[test]
fn too_small_takes_nothing_into_an_open_field() {
    let press = |code: KeyCode, m: KeyModifiers| Key::from_event(&KeyEvent::new(code, m)).expect("press");
    let mut s = Screen::sample();
    s.keys("dv");
    assert!(matches!(s.ui.overlay, Some(hoinghi::app::Overlay::Prompt(..))), "the absence reason is asked");
    let takes = |s: &Screen, w, h, k| hoinghi::view::takes_key(&s.ui, w, h, k);
    let enter = press(KeyCode::Enter, KeyModifiers::NONE);
    assert!(takes(&s, 80, 24, enter) && takes(&s, 80, 24, press(KeyCode::Char('x'), KeyModifiers::NONE)));
    assert!(!takes(&s, 60, 16, enter), "Enter would record a reason not seen");
    assert!(!takes(&s, 60, 16, press(KeyCode::Esc, KeyModifiers::NONE)));
    assert!(!takes(&s, 60, 16, press(KeyCode::Char('x'), KeyModifiers::NONE)));
    assert!(takes(&s, 60, 16, press(KeyCode::Char('c'), KeyModifiers::CONTROL)), "the way out");
    assert!(!hoinghi::view::takes_paste(60, 16) && hoinghi::view::takes_paste(80, 24));
    // With the help open: it can be closed, and the way out shown is one that quits.
    let mut s = Screen::sample();
    s.keys("?");
    assert!(takes(&s, 60, 16, press(KeyCode::Esc, KeyModifiers::NONE)), "the help closes");
    assert!(!takes(&s, 60, 16, press(KeyCode::Down, KeyModifiers::NONE)), "its text is not seen");
    assert!(takes(&s, 60, 16, press(KeyCode::Char('c'), KeyModifiers::CONTROL)));
    let text = s.text(60, 16);
    assert!(text.contains("Ctrl+C thoát") && !text.contains("q thoát"), "{text}");
}

#[test]
fn no_size_panics() {
    let s = Screen::under_way();
    for (w, h) in [(1, 1), (2, 1), (1, 40), (79, 24), (80, 23), (80, 24), (300, 100), (20, 3)] {
        s.terminal(w, h);
    }
}

fn styled(theme: Theme) -> String {
    let mut s = Screen::under_way();
    s.theme = theme;
    format!("{:?}", s.terminal(80, 24).backend().buffer())
}

#[test]
fn theme_default_styles() {
    insta::assert_snapshot!(styled(Theme::default()));
}

#[test]
fn theme_light_styles() {
    insta::assert_snapshot!(styled(Theme::built_in("light").expect("built in")));
}

#[test]
fn theme_high_contrast_styles() {
    insta::assert_snapshot!(styled(Theme::built_in("high-contrast").expect("built in")));
}

#[test]
fn theme_monochrome_styles() {
    insta::assert_snapshot!(styled(Theme::default().monochrome()));
}

#[test]
fn themes_differ_where_they_should() {
    let dark = styled(Theme::default());
    let light = styled(Theme::built_in("light").expect("built in"));
    let mono = styled(Theme::default().monochrome());
    assert_ne!(dark, light);
    assert!(!mono.contains("fg: Light") && !mono.contains("bg: Light"), "no colour under NO_COLOR");
    assert!(mono.contains("REVERSED"), "the cursor stays visible without colour");
}

const MINUTES: &str = "/srv/bien-ban/khoi-thi-dua-1_2024-01-16.ron";

#[test]
fn where_and_when_the_minutes_were_saved_80x24() {
    let mut s = Screen::under_way();
    s.ui.save = SaveState { path: Some(MINUTES.into()), at: Some(s.now), error: None };
    insta::assert_snapshot!(s.text(80, 24));
}

#[test]
fn a_failed_save_is_a_banner_80x24() {
    let mut s = Screen::under_way();
    let failed = Action::SaveFailed { path: MINUTES.into(), reason: "thư mục không còn".into() };
    update(&mut s.model, &mut s.ui, failed, s.now);
    insta::assert_snapshot!(s.text(80, 24));
}

/// The banner of a failed save names w, which saves elsewhere from any screen (a vote under
/// way, say); while a comment is typed, w is a letter, and the banner says to finish first.
#[test]
fn a_failed_save_can_be_saved_elsewhere_from_any_screen() {
    let mut s = Screen::under_way();
    s.roll_call(&[0, 1, 2, 3, 4, 5], 7).keys("v").keys("11");
    let failed = Action::SaveFailed { path: MINUTES.into(), reason: "đĩa đã đầy".into() };
    update(&mut s.model, &mut s.ui, failed, s.now);
    let flat = |s: &Screen| s.text(80, 24).lines().map(|l| l.trim()).collect::<Vec<_>>().join(" ");
    assert!(flat(&s).contains("được; nhấn w để lưu vào chỗ khác."), "{}", s.text(80, 24));
    s.keys("w");
    assert!(matches!(s.ui.overlay, Some(Overlay::Prompt(Prompt::SaveAs, _))), "{:?}", s.ui.overlay);
    s.key(KeyCode::Esc).key(KeyCode::Esc).keys("g").keys("n");
    assert!(matches!(s.ui.screen, hoinghi::app::Screen::Compose(_)));
    assert!(flat(&s).contains("ghi xong phần đang gõ rồi nhấn w"), "{}", s.text(80, 24));
}

#[test]
fn saving_elsewhere_is_a_prompt_with_the_cursor_in_it_80x24() {
    let mut s = Screen::under_way();
    s.ui.save =
        SaveState { path: Some(MINUTES.into()), at: Some(s.now), error: Some("đĩa đã đầy".into()) };
    s.keys("w");
    let mut terminal = s.terminal(80, 24);
    let text = terminal.backend().to_string();
    let cursor = terminal.get_cursor_position().expect("cursor");
    insta::assert_snapshot!(format!("{text}\ncursor: {cursor:?}"));
}

/// While the minutes cannot be saved, what `w` answers (a folder that is not there) is said
/// above the banner, not hidden by it.
#[test]
fn a_refused_save_elsewhere_is_said_above_the_banner_80x24() {
    let mut s = Screen::under_way();
    let failed = Action::SaveFailed { path: MINUTES.into(), reason: "không có quyền ghi".into() };
    update(&mut s.model, &mut s.ui, failed, s.now);
    s.keys("w");
    let refused = Action::SaveAsFailed {
        path: "/media/usb/bb.ron".into(),
        reason: "không tìm thấy thư mục".into(),
    };
    update(&mut s.model, &mut s.ui, refused, s.now);
    insta::assert_snapshot!(s.text(80, 24));
}

#[test]
fn adopting_asks_then_the_header_says_adopted_80x24() {
    let mut s = Screen::under_way();
    s.keys("t");
    let asking = s.text(80, 24);
    s.keys("c").wait(1, 0);
    insta::assert_snapshot!(format!("{asking}\n{}", s.text(80, 24)));
    // Going back reopens the item held last (5: adopted before the end): asked, naming it.
    s.keys("p");
    let question =
        s.text(80, 24).lines().map(|l| l.trim_matches(['"', '│', ' '])).collect::<Vec<_>>().join(" ");
    assert!(question.contains("Biên bản đã được thông qua. Vẫn quay lại nội dung 5?"), "{question}");
    assert!(question.contains("Hội nghị mở lại; giờ kết thúc được ghi lại"), "it had ended: {question}");
    assert_eq!(s.model.record.current, None, "not before the answer");
    // Back in item 5, n goes to the next item never held (6), and says which.
    s.keys("c").keys("n");
    let question =
        s.text(80, 24).lines().map(|l| l.trim_matches(['"', '│', ' '])).collect::<Vec<_>>().join(" ");
    assert!(question.contains("Biên bản đã được thông qua. Vẫn chuyển sang nội dung 6?"), "{question}");
    assert!(!question.contains("Hội nghị mở lại"), "under way again: {question}");
}

impl Screen {
    /// Units by row present, the rest absent "công tác"; then the cursor on `item`.
    fn roll_call(&mut self, present: &[usize], item: usize) -> &mut Self {
        self.keys("d");
        for row in 0..self.model.conference.units.len() {
            if present.contains(&row) {
                self.keys("c");
            } else {
                self.keys("v").keys("Đi công tác").key(KeyCode::Enter);
            }
        }
        self.key(KeyCode::Esc).key(KeyCode::Home);
        for _ in 0..item {
            self.key(KeyCode::Down);
        }
        self
    }

    fn both(&self) -> String {
        format!("{}\n{}", self.text(80, 24), self.text(120, 40))
    }
}

#[test]
fn roll_call_with_an_absent_unit_and_a_late_arrival() {
    let mut s = Screen::under_way();
    // The reason given, the cursor is on the next unit.
    s.keys("d").keys("c").keys("v").keys("Đi công tác nước ngoài").key(KeyCode::Enter);
    s.keys("d").keys("Nguyễn Văn Hải").key(KeyCode::Enter);
    // A fourth unit, called now, is present; the absent one comes 25 minutes later.
    s.key(KeyCode::Down).keys("c");
    s.wait(25, 0).key(KeyCode::Home).key(KeyCode::Down).keys("c");
    insta::assert_snapshot!(s.both());
}

/// Present at the roll call, counted by a vote, out for 20 minutes, back: the note says when
/// it came back, not that it came late.
#[test]
fn a_unit_back_after_stepping_out_is_not_a_late_arrival() {
    let mut s = Screen::under_way();
    s.roll_call(&[0, 1, 2, 3, 4, 5], 7).keys("v").keys("111111").key(KeyCode::Esc).wait(5, 0);
    s.keys("d").key(KeyCode::Down).key(KeyCode::Down).keys("v").keys("Họp gấp").key(KeyCode::Enter);
    s.wait(20, 0).key(KeyCode::Up).keys("c");
    let text = s.text(80, 24);
    let row = text.lines().find(|l| l.contains("3. Sở Nội vụ")).expect("its row");
    assert!(row.contains("trở lại ") && !row.contains("đến lúc"), "{text}");
}

/// A unit that leaves after attending keeps its delegate in view (they were there until
/// then, and the biên bản names them): the reason is in the last column, "Lý do / giờ đến",
/// and whole at the frame's foot when cut.
#[test]
fn a_unit_that_leaves_keeps_its_delegate_beside_the_reason() {
    let mut s = Screen::sample();
    s.keys("d").keys("a").key(KeyCode::Esc).wait(5, 0).keys("n").wait(9, 30).keys("n");
    let reason = "Họp gấp với lãnh đạo Thành phố về công tác cán bộ";
    s.keys("d").key(KeyCode::Home).keys("v").keys(reason).key(KeyCode::Enter).key(KeyCode::Home);
    let text = s.text(80, 24);
    let row = text.lines().find(|l| l.contains(" 1. ")).expect("its row");
    assert!(row.contains("vắng từ") && row.contains("Đặng Quốc Toàn"), "{text}");
    let column = |line: &str, what: &str| line.find(what).map(|at| line[..at].chars().count());
    let heading = text.lines().find(|l| l.contains("Đại biểu dự họp")).expect("the headings");
    assert_eq!(column(row, "Lý do: Họp"), column(heading, "Lý do / giờ đến"), "{text}");
    let foot = text.lines().find(|l| l.contains('└')).expect("the foot");
    assert!(foot.contains(&format!("└ Lý do: {reason} ─")), "{text}");
    // Wide enough, whole on its row, and not on the foot.
    let text = s.text(140, 40);
    let row = text.lines().find(|l| l.contains(" 1. ")).expect("its row");
    assert!(row.contains("Đặng Quốc Toàn") && row.contains(&format!("Lý do: {reason}")), "{text}");
    assert!(!text.lines().any(|l| l.contains('└') && l.contains("Lý do")), "{text}");
    // Naming who attended for it records the name and leaves it gone (it read "có mặt từ bây
    // giờ … trở lại", a return that never happened).
    s.keys("d");
    let text = s.text(80, 24);
    assert!(text.contains("Đơn vị đã rời hội nghị (") && !text.contains("có mặt từ bây giờ"), "{text}");
    s.key_ctrl('u').keys("Trần Văn Bình").key(KeyCode::Enter);
    let text = s.text(140, 40);
    let row = text.lines().find(|l| l.contains(" 1. ")).expect("its row");
    assert!(row.contains("vắng từ") && row.contains("Trần Văn Bình") && !row.contains("trở lại"), "{text}");
    assert!(text.contains("đơn vị vẫn ghi đã rời hội nghị (c nếu đã trở lại)"), "{text}");
}

/// An absent unit has nobody attending: its reason takes the delegate's column and the next,
/// said to be the reason (a trial read a long one as a delegate's name), each absent unit's
/// alike ("Ốm" under another heading than a long reason confused a trial). One cut on its
/// row is whole at the frame's foot while the cursor is on it.
#[test]
fn an_absent_units_reason_takes_the_delegates_column_too() {
    let mut s = Screen::under_way();
    let reason = "Đi công tác nước ngoài, có báo cáo";
    s.keys("d").key(KeyCode::Down).keys("v").keys(reason).key(KeyCode::Enter);
    s.keys("v").keys("Ốm").key(KeyCode::Enter);
    for (w, h, shown) in [(80, 24, "Lý do: Đi công tác nước ngoài, có …"), (120, 40, reason)] {
        let text = s.text(w, h);
        let row = text.lines().find(|l| l.contains(" 2. ")).expect("its row");
        assert!(row.contains(" vắng ") && row.contains(shown), "{text}");
        let column = |line: &str, what: &str| line.find(what).map(|at| line[..at].chars().count());
        let heading = text.lines().find(|l| l.contains("Đại biểu dự họp")).expect("the headings");
        let short = text.lines().find(|l| l.contains(" 3. ")).expect("its row");
        assert_eq!(column(short, "Lý do: Ốm"), column(heading, "Đại biểu dự họp"), "{text}");
        assert_eq!(column(row, "Lý do: Đi"), column(heading, "Đại biểu dự họp"), "{text}");
    }
    // The cursor on the unit whose reason is cut: whole on the frame's foot; on another, not.
    s.key(KeyCode::Up).key(KeyCode::Up);
    let foot = |s: &Screen| s.text(80, 24).lines().find(|l| l.contains('└')).expect("the foot").to_string();
    assert!(foot(&s).contains(&format!("└ Lý do: {reason} ─")), "{}", s.text(80, 24));
    s.key(KeyCode::Down);
    assert!(!foot(&s).contains("Lý do"), "{}", s.text(80, 24));
    // One of 62 letters is whole there at 80 columns too (it was cut 12 cells short).
    let long = "Giám đốc dự họp giao ban tại Ủy ban nhân dân Thành phố cả ngày";
    s.key(KeyCode::Down).keys("v").keys(long).key(KeyCode::Enter).key(KeyCode::Up);
    assert!(foot(&s).contains(&format!("└ Lý do: {long} ─")), "{}", s.text(80, 24));
}

/// The roll call's help says that c and v move on to the next unit (a trial did not expect it
/// and named the wrong unit's delegate); the footer keeps its short words.
#[test]
fn the_roll_calls_help_says_the_cursor_moves_on() {
    let mut s = Screen::under_way();
    s.keys("d").keys("?");
    let help = s.text(80, 24);
    assert!(help.contains("có mặt, rồi sang đơn vị sau") && help.contains("rồi sang đơn vị sau"), "{help}");
    s.key(KeyCode::Esc);
    let footer = s.text(80, 24).lines().last().unwrap_or_default().to_string();
    assert!(footer.contains("c có mặt  v vắng"), "{footer}");
}

/// A unit present that left is "away from" its time, whole in its column in English too (it
/// read "away since 13:0").
#[test]
fn a_unit_that_left_shows_when_whole_in_english() {
    let mut s = Screen::under_way();
    s.lang = Lang::En;
    s.roll_call(&[0, 1, 2, 3, 4, 5], 7).keys("v").keys("111111").key(KeyCode::Esc).wait(5, 0);
    s.keys("d").key(KeyCode::Down).key(KeyCode::Down).keys("v").keys("Meeting").key(KeyCode::Enter);
    let text = s.text(80, 24);
    let row = text.lines().find(|l| l.contains(" 3. ")).expect("its row");
    let left = s.model.record.attendance.log.last().map(|c| hoinghi::i18n::hhmm(c.at)).expect("the mark");
    assert!(row.contains(&format!("away from {left}")), "{text}");
}

/// Naming who attends for a unit marked absent marks it present: the field says so before
/// Enter, and the status line after (the cursor moves on by itself after `c` and `v`, so `d`
/// may land on a unit the secretary did not look at).
#[test]
fn naming_who_attends_for_an_absent_unit_is_said_before_and_after() {
    let mut s = Screen::under_way();
    s.keys("d").keys("v").keys("Ốm").key(KeyCode::Enter).key(KeyCode::Up).keys("d");
    let flat = |s: &Screen| {
        s.text(80, 24).lines().map(|l| l.trim_matches(['"', '│', ' '])).collect::<Vec<_>>().join(" ")
    };
    let asked = flat(&s);
    assert!(asked.contains("Đơn vị đang vắng mặt (Ốm): Enter ghi đại biểu và đánh dấu đơn vị có"), "{asked}");
    s.key(KeyCode::Enter);
    let first = s.model.conference.units[0].clone();
    assert!(s.model.record.attendance.is_present(&first.id));
    let said = flat(&s);
    assert!(said.contains(&format!("{} có mặt từ bây giờ (trước đó vắng mặt)", first.short)), "{said}");
    // A unit not yet called: named present, and said so too.
    s.key(KeyCode::Down).keys("d").key(KeyCode::Enter);
    let said = flat(&s);
    assert!(
        said.contains(&format!("{} có mặt; đã ghi đại biểu dự họp.", s.model.conference.units[1].short)),
        "{said}"
    );
}

#[test]
fn show_of_hands_mid_way() {
    let mut s = Screen::under_way();
    s.roll_call(&[0, 1, 2, 3, 4, 5], 7).keys("v").keys("112");
    insta::assert_snapshot!(s.both());
}

/// Closing a show of hands names the units present that have not voted; "a" says what it
/// records for how many.
#[test]
fn closing_early_names_who_has_not_voted_80x24() {
    let mut s = Screen::under_way();
    s.roll_call(&[0, 1, 2, 3, 4, 5], 7).keys("v").keys("1112");
    s.key(KeyCode::Enter);
    let closing = s.text(80, 24);
    s.key(KeyCode::Esc).keys("a1");
    insta::assert_snapshot!(format!("{closing}\n{}", s.text(80, 24)));
}

/// The vote's facts wrap instead of losing their end at 80 columns (English is longer).
#[test]
fn the_vote_facts_are_whole_in_english_at_80x24() {
    let mut s = Screen::under_way();
    s.roll_call(&[0, 1, 2, 3, 4, 5], 5).keys("v");
    s.lang = Lang::En;
    let text = s.text(80, 24).lines().map(|l| l.trim_matches(['"', '│', ' '])).collect::<Vec<_>>().join(" ");
    assert!(
        text.contains(
            "Present when this vote opened: 6/6 units · Percentages of the member units present (6)"
        ),
        "{text}"
    );
}

#[test]
fn a_tie_opens_a_second_round_among_the_tied() {
    let mut s = Screen::under_way();
    s.roll_call(&[0, 1, 2, 3, 4, 5], 7).keys("v").keys("112230").key(KeyCode::Enter);
    // The question says what the tie leads to.
    let asked =
        s.text(100, 30).lines().map(|l| l.trim_matches(['"', '│', ' '])).collect::<Vec<_>>().join(" ");
    assert!(asked.contains("Các đơn vị ngang nhau sẽ được bầu lại ở vòng 2."), "{asked}");
    s.keys("c");
    insta::assert_snapshot!(s.both());
}

/// The chair picks a tied unit by the digit it had in the round just seen: after a round
/// among all three candidates, Thanh tra TP stays 3 (it was offered as 2, next to the 2 of
/// Sở Tư pháp on the screen behind).
#[test]
fn the_chair_picks_by_the_digits_of_the_last_round() {
    let mut s = Screen::under_way();
    // Round 1: 2–1–1, nobody over half and no tie at the top: a re-vote among all three.
    s.roll_call(&[0, 1, 2, 3, 4, 5], 7).keys("v").keys("112300").key(KeyCode::Enter).keys("c");
    s.keys("b").keys("c");
    // Round 2 (the last allowed): Sở Nội vụ 2, Thanh tra TP 2; the question says the chair
    // decides next.
    s.keys("113300").key(KeyCode::Enter);
    let asked =
        s.text(100, 30).lines().map(|l| l.trim_matches(['"', '│', ' '])).collect::<Vec<_>>().join(" ");
    // The question's box wraps the sentence beside the tally's rows.
    assert!(asked.contains("Đây là vòng bầu cuối cùng theo quy chế:"), "{asked}");
    assert!(asked.contains("chủ tọa sẽ quyết định."), "{asked}");
    s.keys("c");
    let text = s.text(100, 40);
    assert!(text.contains("1 Sở Nội vụ · 3 Thanh tra TP"), "{text}");
    s.keys("2");
    assert_eq!(s.ui.notice, Some(hoinghi::app::Notice::NoSuchChoice(2)), "Sở Tư pháp is not tied");
    s.keys("3");
    assert!(
        matches!(&s.ui.overlay, Some(hoinghi::app::Overlay::Prompt(hoinghi::app::Prompt::ChairReason(c), _)) if c == &["ttr"]),
        "{:?}",
        s.ui.overlay
    );
}

/// A correction is told with its round: reopening round 2 must not read as round 1's, whose
/// result line stands just above it.
#[test]
fn a_correction_names_the_round_it_reopened() {
    let mut s = Screen::under_way();
    s.roll_call(&[0, 1, 2, 3, 4, 5], 7).keys("v").keys("112230").key(KeyCode::Enter).keys("c");
    s.keys("111122").key(KeyCode::Enter).keys("c");
    s.keys("r").keys("Ghi nhầm một đơn vị").key(KeyCode::Enter);
    let text = s.text(100, 40);
    assert!(text.contains("Sửa sau khi kết thúc: vòng 2: 1 lần"), "{text}");
}

impl Screen {
    /// The sample with the Khối trưởng election made a nomination of two places, `pass` its
    /// threshold.
    fn two_places(pass: &str) -> Self {
        let mut s = Screen::under_way();
        let planned = "candidates: [\"snv\", \"stp\", \"ttr\"],\n                ),";
        let text = sample::TEXT.replace(planned, "candidates: [\"snv\", \"stp\", \"ttr\"], places: 2),");
        let text = text.replacen("pass: MoreThan(1, 2),", pass, 1);
        s.model = Model::new(Conference::from_text(Path::new(sample::NAME), &text).expect("valid"));
        s
    }
}

/// Two places among three at 70 %: marks by digit, the units' marks, nhất trí being picked.
#[test]
fn a_nomination_of_two_places_with_marks_and_nhat_tri_being_picked() {
    let mut s = Screen::two_places("pass: AtLeast(70, 100),");
    s.roll_call(&[0, 1, 2, 3, 4, 5], 7).keys("v").keys("13").keys("0").keys("1").keys("a").keys("12");
    insta::assert_snapshot!(s.text(80, 24));
}

/// One unit chosen in round 1, the second place tied twice and decided by the chair: the
/// poll's rounds and decision, and the agenda's result line naming both units.
#[test]
fn a_nomination_of_two_places_decided_by_the_chair_names_every_unit_chosen() {
    let mut s = Screen::two_places("pass: AtLeast(1, 2),");
    s.roll_call(&[0, 1, 2, 3, 4, 5], 7)
        .keys("v")
        .keys("12")
        .keys("12")
        .keys("12")
        .keys("13")
        .keys("13")
        .keys("13");
    s.key(KeyCode::Enter).keys("c").keys("111222").key(KeyCode::Enter).keys("c");
    s.keys("2").key(KeyCode::Enter).keys("Đơn vị đăng cai năm sau").key(KeyCode::Enter);
    let poll = s.text(80, 24);
    s.key(KeyCode::Esc);
    insta::assert_snapshot!(format!("{poll}\n{}", s.text(80, 24)));
}

#[test]
fn secret_ballot_form_with_an_error() {
    let mut s = Screen::under_way();
    s.roll_call(&[0, 1, 2, 3, 4], 6).keys("v");
    s.keys("5").key(KeyCode::Down).keys("5").key(KeyCode::Down).keys("4").key(KeyCode::Down).keys("2");
    s.key(KeyCode::Down).keys("3").key(KeyCode::Down).keys("2").key(KeyCode::Down).keys("0");
    s.key(KeyCode::Enter);
    insta::assert_snapshot!(s.both());
}

/// A secret ballot among all six units at 80×24: the form is taller than its pane, and the
/// figure under the cursor stays in view.
#[test]
fn a_long_ballot_form_keeps_the_cursor_in_view_80x24() {
    let path = Path::new("sample-data/ktd19-hcm-giao-uoc-2023.ron");
    let text = std::fs::read_to_string(path).expect("sample").replace(
        r#"candidates: ["lhh", "hctd", "hlhtn"],"#,
        r#"candidates: ["lhh", "hctd", "hlhtn", "hsv", "vhnt", "huunghi"],"#,
    );
    let mut s = Screen::sample();
    s.model = Model::new(Conference::from_text(path, &text).expect("valid"));
    s.keys("da").key(KeyCode::Esc);
    for _ in 0..6 {
        s.key(KeyCode::Down);
    }
    s.keys("v");
    // Figures that break every rule: the checks under the form take a third of the pane.
    for figure in ["9", "10", "1", "1", "5", "5", "5", "5", "5"] {
        s.keys(figure).key(KeyCode::Down);
    }
    s.keys("5");
    let text = s.text(80, 24);
    assert!(!text.contains("Bỏ phiếu kín: chỉ ghi"), "scrolled: {text}");
    assert!(text.contains("Số phiếu: LH các tổ c… [     5]"), "the last figure is shown: {text}");
    s.key(KeyCode::Home);
    assert!(s.text(80, 24).contains("Bỏ phiếu kín: chỉ ghi"), "and back at the top");
}

/// A blank figure is not a 0: Enter goes to it instead of closing the round, and no result is
/// foreseen until the count is complete (issued 6 and Enter used to offer to close at 0/0/0).
#[test]
fn a_blank_ballot_figure_is_asked_for_80x24() {
    let mut s = Screen::under_way();
    s.roll_call(&[0, 1, 2, 3, 4], 6).keys("v").keys("5").key(KeyCode::Enter);
    assert!(s.ui.overlay.is_none(), "not asked to close");
    assert!(
        matches!(&s.ui.screen, hoinghi::app::Screen::Poll(p) if p.selected == 1),
        "the cursor on the first blank figure"
    );
    insta::assert_snapshot!(s.text(80, 24));
}

/// Zeros everywhere, as the form's "không có phiếu nào thì nhập 0" invites: the figures are
/// entered, and what is wrong is said as it is, not as a figure missing.
#[test]
fn no_ballots_issued_is_said_as_zero_not_as_missing() {
    let mut s = Screen::under_way();
    s.roll_call(&[0, 1, 2, 3, 4], 6).keys("v");
    for _ in 0..8 {
        s.keys("0").key(KeyCode::Down);
    }
    let text = s.text(80, 24);
    assert!(text.contains("số phiếu phát ra là 0"), "{text}");
    assert!(!text.contains("chưa nhập"), "every figure was entered: {text}");
}

#[test]
fn no_quorum_says_why_with_the_figures() {
    let mut s = Screen::under_way();
    s.roll_call(&[0, 1, 2], 7).keys("v");
    insta::assert_snapshot!(s.text(80, 24));
}

impl Screen {
    /// Item 5's comments with two saved: one taken up with an answer.
    fn with_comments() -> Self {
        let mut s = Screen::under_way();
        s.keys("g").keys("n").keys("noi vu").key(KeyCode::Enter).key(KeyCode::Enter);
        s.keys("Đề nghị bổ sung số liệu về chuyển đổi số trong báo cáo tổng kết năm 2023, nhất là tỷ lệ hồ sơ xử lý trên môi trường điện tử.");
        s.ctrl('s').wait(2, 0);
        s.keys("n")
            .keys("tu phap")
            .key(KeyCode::Enter)
            .key(KeyCode::Enter)
            .keys("Thống nhất với dự thảo.")
            .ctrl('s');
        s.key(KeyCode::Up).keys("t").keys("Đã bổ sung ở phụ lục 2").key(KeyCode::Enter);
        s
    }

    fn ctrl(&mut self, c: char) -> &mut Self {
        let key = Key::from_event(&KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)).expect("press");
        update(&mut self.model, &mut self.ui, Action::Key(key), self.now);
        self
    }
}

/// A comment longer than the detail pane still shows how it was handled, in its last rows.
#[test]
fn a_long_comments_answer_stays_in_view() {
    let mut s = Screen::under_way();
    s.keys("g").keys("n").keys("noi vu").key(KeyCode::Enter).key(KeyCode::Enter);
    for _ in 0..24 {
        s.keys("Đề nghị bổ sung số liệu về chuyển đổi số trong báo cáo tổng kết năm 2023.")
            .key(KeyCode::Enter);
    }
    s.ctrl('s').keys("t").keys("Đã bổ sung ở phụ lục 2").key(KeyCode::Enter);
    let text = s.text(80, 24);
    assert!(text.contains("Tiếp thu: Đã bổ sung ở phụ lục 2"), "{text}");
    // The text cut short says so on its last row, just above the answer.
    let rows: Vec<&str> = text.lines().collect();
    let more = rows.iter().position(|r| r.contains("… còn nữa (Enter: xem và sửa toàn văn)")).expect(&text);
    assert!(rows[more + 1].contains("Tiếp thu:"), "{text}");
    // A short one does not.
    s.keys("n").keys("tu phap").key(KeyCode::Enter).key(KeyCode::Enter);
    s.keys("Đồng ý với dự thảo.").ctrl('s');
    let text = s.text(80, 24);
    assert!(text.contains("│Đồng ý với dự thảo."), "the short one is shown: {text}");
    assert!(!text.contains("còn nữa"), "{text}");
}

impl Screen {
    /// A short comment answered (giải trình) at length: `sentences` of ~100 characters, then
    /// "hết.".
    fn answered_at_length(sentences: usize) -> Self {
        let mut s = Screen::under_way();
        s.keys("g").keys("n").keys("noi vu").key(KeyCode::Enter).key(KeyCode::Enter);
        s.keys("Đề nghị làm rõ chỉ tiêu.").ctrl('s').keys("g");
        for _ in 0..sentences {
            s.keys("Nội dung này thuộc thẩm quyền của Ủy ban nhân dân Thành phố, Khối không có thẩm quyền điều chỉnh; ");
        }
        s.keys("hết.").key(KeyCode::Enter);
        s
    }
}

/// An answer longer than the detail pane can hold says on its last row which key shows it.
#[test]
fn a_long_answer_says_it_goes_on() {
    let s = Screen::answered_at_length(16);
    let text = s.text(80, 24);
    let rows: Vec<&str> = text.lines().collect();
    let more = rows.iter().position(|r| r.contains("… còn nữa (g: xem và sửa toàn văn)")).expect(&text);
    assert!(rows[more - 1].contains("thẩm quyền"), "the answer above it: {text}");
    assert!(!text.contains("hết."), "{text}");
    // At a size where it fits, no such row.
    assert!(!s.text(120, 40).contains("còn nữa"), "{}", s.text(120, 40));
}

/// A few comments leave the list rows to spare: the detail pane takes them for the answer.
#[test]
fn the_detail_pane_grows_into_the_rows_the_list_leaves() {
    let text = Screen::answered_at_length(5).text(80, 24);
    assert!(text.contains("hết.") && !text.contains("còn nữa"), "{text}");
}

#[test]
fn comment_list_with_a_response() {
    insta::assert_snapshot!(Screen::with_comments().both());
}

#[test]
fn writing_a_comment_with_the_unit_picker_open() {
    let mut s = Screen::under_way();
    s.keys("g").keys("n").keys("van");
    let mut terminal = s.terminal(80, 24);
    let cursor = terminal.get_cursor_position().expect("cursor");
    insta::assert_snapshot!(format!("{}\ncursor: {cursor:?}\n{}", terminal.backend(), s.text(120, 40)));
}

#[test]
fn a_unit_search_that_matches_nothing_says_so_and_enter_keeps_the_search() {
    let mut s = Screen::under_way();
    s.keys("g").keys("n").keys("xyz");
    assert!(s.text(80, 24).contains("Không có đơn vị nào khớp"), "{}", s.text(80, 24));
    s.key(KeyCode::Enter);
    let after = s.text(80, 24);
    assert!(after.contains("Đơn vị: xyz") && after.contains("Không có đơn vị nào khớp"), "{after}");
    for _ in 0..3 {
        s.key(KeyCode::Backspace);
    }
    s.keys("noi vu");
    let found = s.text(80, 24);
    assert!(found.contains("Sở Nội vụ") && !found.contains("Không có đơn vị nào khớp"), "{found}");
}

/// The unit chosen, the form goes on to who spoke, the delegate filled in and the way on
/// said beside it; Enter goes on to the comment.
#[test]
fn after_the_unit_the_speaker_with_the_delegate_filled_in() {
    let mut s = Screen::under_way();
    s.keys("g").keys("n").keys("ubnd").key(KeyCode::Enter);
    let text = s.text(80, 24);
    assert!(
        text.contains("Người phát biểu: Đặng Quốc Toàn  (không bắt buộc; Enter: sang nội dung)"),
        "{text}"
    );
    s.key(KeyCode::Enter);
    assert!(!s.text(80, 24).contains("Enter: sang nội dung"), "on the comment now");
}

/// A comment given to a unit recorded absent says so beside the unit: most likely the wrong
/// unit was picked.
#[test]
fn a_comment_from_a_unit_recorded_absent_says_so() {
    let mut s = Screen::under_way();
    s.keys("d").keys("c").key(KeyCode::Esc).keys("g").keys("n").keys("ubnd").key(KeyCode::Enter);
    assert!(!s.text(80, 24).contains("đang ghi vắng mặt"), "present");
    let mut s = Screen::under_way();
    s.keys("d").keys("v").keys("Ốm").key(KeyCode::Enter).key(KeyCode::Esc);
    s.keys("g").keys("n").keys("ubnd").key(KeyCode::Enter);
    let text = s.text(80, 24);
    assert!(text.contains("Đơn vị: Văn phòng UBND TP  (đơn vị này đang ghi vắng mặt)"), "{text}");
}

#[test]
fn writing_a_long_comment_wraps_and_keeps_the_cursor_in_view() {
    let mut s = Screen::under_way();
    s.keys("g").keys("n").keys("snv").key(KeyCode::Enter).key(KeyCode::Enter);
    let sentence = "Đề nghị các đơn vị trong Khối tiếp tục đẩy mạnh chuyển đổi số, ứng dụng chữ ký số và xử lý hồ sơ trên môi trường điện tử. ";
    for _ in 0..12 {
        s.keys(sentence);
    }
    let mut terminal = s.terminal(80, 24);
    let cursor = terminal.get_cursor_position().expect("cursor");
    insta::assert_snapshot!(format!("{}\ncursor: {cursor:?}\n{}", terminal.backend(), s.text(120, 40)));
}

impl Screen {
    fn of(sample: &str) -> Self {
        let c =
            hoinghi::cli::load_conference(Path::new(&format!("sample-data/{sample}.ron"))).expect("valid");
        let now = NaiveDate::from_ymd_opt(2024, 8, 1).and_then(|d| d.and_hms_opt(9, 20, 0)).expect("time");
        Screen { model: Model::new(c), ui: Ui::default(), now, lang: Lang::Vi, theme: Theme::default() }
    }
}

#[test]
fn scoring_with_an_over_maximum_score_and_the_ranking() {
    let mut s = Screen::of("ktd9-hanoi-so-ket-2024");
    s.keys("c");
    for score in ["28", "22,5", "18", "14", "9"] {
        s.keys(score).key(KeyCode::Enter);
    }
    s.key(KeyCode::Enter).key(KeyCode::Enter);
    assert!(!s.text(80, 24).contains("vượt điểm tối đa"), "no legend while nothing is flagged");
    // 31 of 30 and an agreed 105 of 100 are each asked first, and recorded on yes.
    for score in ["31", "25", "20", "15", "10", "105"] {
        s.keys(score).key(KeyCode::Enter);
        if score == "31" || score == "105" {
            s.keys("c");
        }
    }
    s.keys("2").key(KeyCode::Enter);
    insta::assert_snapshot!(s.both());
}

/// Six units ranked: the ranking wraps under the table rather than stopping at "6. Ban".
#[test]
fn the_whole_ranking_is_shown_80x24() {
    let mut s = Screen::of("ktd1-hcm-tong-ket-2023");
    s.keys("c");
    // The total, then the agreed score, of each unit in turn.
    for score in ["98", "96,5", "97,5", "97", "96", "95"] {
        s.keys(score).key(KeyCode::Enter).keys(score).key(KeyCode::Enter);
    }
    let text = s.text(80, 24);
    // Wrapped at 80 columns: the last entry's end is on the last row.
    assert!(text.contains("6. Ban Dân") && text.contains("tộc TP (95)"), "{text}");
}

/// A prompt's title too long for its border is written whole inside the box, not cut.
#[test]
fn a_long_prompt_title_is_not_cut_80x24() {
    let mut s = Screen::of("ktd1-hcm-tong-ket-2023");
    s.keys("c").key(KeyCode::Down).key(KeyCode::Down).key(KeyCode::Down).key(KeyCode::Enter);
    let text = s.text(80, 24);
    let title = "Điểm tự chấm của Sở Tư pháp (ví dụ 27,5; để trống để xóa; Enter: ghi · Esc: thôi)";
    let inside: String = text
        .lines()
        .filter(|r| r.contains("│ │"))
        .map(|r| r.trim_matches(['"', '│', ' ']).trim().to_string())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(inside.contains(title), "{text}");
    s.keys("97").key(KeyCode::Enter);
    assert!(s.text(80, 24).contains("97"), "the field still takes the score");
}

/// With a long name for who spoke, the hint beside it is only its key, not cut at the edge.
#[test]
fn a_long_speaker_name_keeps_its_hint_whole_80x24() {
    let mut s = Screen::under_way();
    s.keys("g").keys("n").keys("ubnd").key(KeyCode::Enter);
    assert!(s.text(80, 24).contains("(không bắt buộc; Enter: sang nội dung)"), "{}", s.text(80, 24));
    s.keys(", Phó Chánh Văn phòng phụ trách");
    let text = s.text(80, 24);
    assert!(text.contains("phụ trách  (Enter: tiếp)"), "{text}");
}

/// Before anyone presides over the signing, its head is the count alone, with no stray "·".
#[test]
fn the_covenant_head_without_a_presiding_unit_ends_with_the_count() {
    let path = Path::new("sample-data/ktd19-hcm-giao-uoc-2023.ron");
    let text = std::fs::read_to_string(path).expect("sample").replace(r#"presiding: "lhh","#, "");
    let mut s = Screen::sample();
    s.model = Model::new(Conference::from_text(path, &text).expect("valid"));
    s.keys("u");
    let text = s.text(80, 24);
    let head = text.lines().find(|l| l.contains("Đã ký ")).unwrap_or_else(|| panic!("{text}"));
    assert!(!head.contains("Chủ trì ký kết"), "nobody presides: {head}");
    assert!(head.contains("Đã ký 0/6 đơn vị · vắng 0 "), "{head}");
    assert!(!head.trim_end_matches([' ', '│', '"']).ends_with('·'), "{head}");
}

/// A long award name ends in "…" in the list and wraps in full beside it, at 80 columns.
#[test]
fn a_long_award_name_is_never_cut_silently() {
    let mut s = Screen::of("vp-doan-dbqh-hdnd-ubnd-dien-hinh-2020");
    for _ in 0..4 {
        s.key(KeyCode::Down);
    }
    s.keys("an1");
    let text = s.text(80, 24);
    assert!(
        text.contains("│ 1. Giấy khen của Chánh Văn phòng Đoàn đại biểu Quốc hội,… chưa ghi người nhận│"),
        "{text}"
    );
    assert!(
        text.contains("│Cấp khen: Chánh Văn phòng Đoàn đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban │"),
        "{text}"
    );
    assert!(text.contains("│nhân dân thành phố      "), "the rest on the next row: {text}");
}

#[test]
fn covenant_signing_with_an_absent_unit_and_one_not_signing() {
    let mut s = Screen::of("ktd19-hcm-giao-uoc-2023");
    // The third unit absent at the roll call; the fourth, present, does not sign.
    s.keys("d").key(KeyCode::Down).key(KeyCode::Down).keys("v").keys("Đi công tác").key(KeyCode::Enter);
    s.keys("a").key(KeyCode::Esc).keys("u");
    s.key(KeyCode::Down).key(KeyCode::Down).key(KeyCode::Down).keys("v").keys("Chờ ý kiến lãnh đạo");
    s.key(KeyCode::Enter).keys("a");
    insta::assert_snapshot!(s.text(80, 24));
}

/// Quận 1's awards (seed 003): counted, and named ones with a member unit and a person.
#[test]
fn awards_counted_and_named_with_the_counts_by_kind() {
    let mut s = Screen::of("quan1-tong-ket-2022");
    for _ in 0..6 {
        s.key(KeyCode::Down);
    }
    s.keys("an1s").key(KeyCode::Backspace).keys("0").key(KeyCode::Enter).key(KeyCode::Backspace).keys("7");
    s.key(KeyCode::Enter).keys("n4").key(KeyCode::Tab).keys("tben nghe").key(KeyCode::Enter);
    s.keys("iNguyễn Thị Lan").key(KeyCode::Enter).keys("da kao").key(KeyCode::Enter);
    insta::assert_snapshot!(s.both());
}

/// Short of room, the header says the kind of conference in a word before it drops it, and
/// drops it before it cuts the bloc's name; the year stays.
#[test]
fn the_header_shortens_the_kind_of_conference_before_dropping_it() {
    let mut s = Screen::of("quan1-tong-ket-2022");
    // Adopted: the header's right-hand side says so, and leaves less room.
    s.keys("t").keys("c");
    assert!(s.model.record.adopted_at.is_some());
    let first_row = |width| s.text(width, 24).lines().next().unwrap_or_default().to_string();
    assert!(
        first_row(120).contains(" Ủy ban nhân dân Quận 1 · Hội nghị tổng kết năm 2022 "),
        "{}",
        first_row(120)
    );
    assert!(first_row(80).contains(" Ủy ban nhân dân Quận 1 · Tổng kết năm 2022 "), "{}", first_row(80));
}

/// A presenter's name too long to share its row with the item's kind: each on its own row,
/// no separator left at the end of one.
#[test]
fn a_long_presenter_and_the_kind_take_a_row_each() {
    let mut s = Screen::of("ktd19-hcm-giao-uoc-2023");
    for _ in 0..9 {
        s.key(KeyCode::Down);
    }
    let text = s.text(80, 24);
    let rows: Vec<&str> = text.lines().map(|l| l.trim_matches(['"', '│', ' '])).collect();
    assert!(
        rows.iter().any(|r| r.starts_with("Trình bày: Liên hiệp các Hội Khoa học và Kỹ thuật Thành phố Hồ Chí Minh")),
        "{text}"
    );
    assert!(rows.iter().any(|r| r.starts_with("Loại: ")), "{text}");
    assert!(!rows.iter().any(|r| r.ends_with(" ·")), "{text}");
    // Where both fit, one row.
    let text = s.text(110, 30);
    assert!(
        text.contains("Trình bày: Liên hiệp các Hội Khoa học và Kỹ thuật Thành phố Hồ Chí Minh · Loại: "),
        "{text}"
    );
}

/// Naming who attends: under the field, for a delegate of the file's, the title the biên bản
/// gives them; for anyone else, that a title goes after a comma.
#[test]
fn the_delegate_field_says_how_the_bien_ban_names_them() {
    let mut s = Screen::under_way();
    s.keys("d").keys("d");
    let text = s.text(80, 24);
    assert!(text.contains("→ biên bản ghi: Đặng Quốc Toàn, "), "the file's first delegate:\n{text}");
    for _ in 0.."Đặng Quốc Toàn".chars().count() {
        s.key(KeyCode::Backspace);
    }
    s.keys("Lê Văn Bình");
    let text = s.text(80, 24);
    assert!(text.contains("Chức vụ ghi sau dấu phẩy, ví dụ: Nguyễn Văn An, Phó Giám đốc"), "{text}");
    s.keys(", Phó Chánh Văn phòng");
    let text = s.text(80, 24);
    assert!(text.contains("→ biên bản ghi: Lê Văn Bình, Phó Chánh Văn phòng"), "{text}");
}

/// The text fields' own keys are in the help (two trials looked for Ctrl+U and Ctrl+← there):
/// under the comment's keys when writing one, a text's keys once in the whole help.
#[test]
fn the_help_lists_the_editing_keys_of_the_fields() {
    let mut s = Screen::under_way();
    s.keys("g").keys("n").key(KeyCode::F(1));
    let text = s.text(100, 60);
    assert!(text.contains("Ctrl+W, Ctrl+Backspace xóa từ trước con trỏ"), "{text}");
    assert!(text.contains("Alt+Backspace") && text.contains("Ctrl+Delete"), "{text}");
    assert!(text.contains("Ctrl+←, Alt+←") && text.contains("lùi một từ"), "{text}");
    s.key(KeyCode::End);
    let mut seen = String::new();
    for _ in 0..12 {
        seen.push_str(&s.text(100, 60));
        s.key(KeyCode::PageUp);
    }
    assert!(seen.contains("Ctrl+U") && seen.contains("xóa từ đầu ô đến con trỏ"), "{seen}");
}
