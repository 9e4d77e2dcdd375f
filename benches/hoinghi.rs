//! Speed figures, never timed assertions: `cargo bench --bench hoinghi`. The results and the
//! machine are in docs/performance.md.
//!
//! The large record is issue 7's: 200 member units, 1,000 agenda items, 100 polls and 10,000
//! comments of realistic Vietnamese length (`hoinghi::generate`).

use std::path::PathBuf;
use std::sync::LazyLock;

use chrono::NaiveDateTime;
use hoinghi::app::{Action, Model, Ui, update};
use hoinghi::conference::Conference;
use hoinghi::generate::{self, Size};
use hoinghi::i18n::Lang;
use hoinghi::keys::Key;
use hoinghi::minutes::{self, Minutes};
use hoinghi::ronfile;
use hoinghi::shell::backend::ByteBackend;
use hoinghi::store;
use hoinghi::theme::Theme;
use hoinghi::view::{self, Ctx};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn main() {
    divan::main();
}

static LARGE: LazyLock<Model> = LazyLock::new(|| generate::model(Size::LARGE));
static FEW_COMMENTS: LazyLock<Model> = LazyLock::new(|| generate::model(Size::LARGE_FEW_COMMENTS));
static LARGE_TEXT: LazyLock<String> = LazyLock::new(|| minutes::to_text(&LARGE).unwrap_or_default());
static CONFERENCE_TEXT: LazyLock<String> =
    LazyLock::new(|| minutes::conference_text(&LARGE.conference).unwrap_or_default());

fn now(model: &Model) -> NaiveDateTime {
    model.record.finished_at.unwrap_or_default()
}

fn scratch() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("hoinghi-bench-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    dir.join("minutes.ron")
}

/// Saving the large record as every change does: serialise, write beside, fsync, rename,
/// fsync the folder.
#[divan::bench(sample_count = 50)]
fn save_large_minutes(bencher: divan::Bencher) {
    let path = scratch();
    bencher.bench(|| store::write_atomic_with(&path, |out| minutes::write_to(&LARGE, out)));
}

/// Serialising alone (no disk).
#[divan::bench(sample_count = 50)]
fn serialise_large_minutes() -> usize {
    let mut sink = std::io::sink();
    minutes::write_to(&LARGE, &mut sink).map(|()| 0).unwrap_or(1)
}

/// Loading the large minutes file's text: parse, check, locate nothing.
#[divan::bench(sample_count = 30)]
fn load_large_minutes() -> bool {
    Minutes::from_text(std::path::Path::new("large.ron"), &LARGE_TEXT).is_ok()
}

/// Reading the large conference file's text (345 KB) as start-up does: NFC check, parse,
/// check every rule.
#[divan::bench(sample_count = 100)]
fn load_large_conference() -> bool {
    Conference::from_text(std::path::Path::new("large.ron"), &CONFERENCE_TEXT).is_ok()
}

/// The parse alone, by the quick reader and by `ron`, its reference and fallback.
#[divan::bench(args = ["quick reader", "ron"], sample_count = 100)]
fn parse_large_conference(which: &str) -> bool {
    let path = std::path::Path::new("large.ron");
    match which {
        "ron" => ronfile::parse_with_ron::<Conference>(path, &CONFERENCE_TEXT).is_ok(),
        _ => ronfile::fast::from_str::<Conference>(&CONFERENCE_TEXT).is_ok(),
    }
}

fn key(code: KeyCode) -> Action {
    Action::Key(Key::from_event(&KeyEvent::new(code, KeyModifiers::NONE)).expect("a key press"))
}

/// A screen of the large record at 200×60, reached with real keys.
fn screen(model: &Model, keys: &[KeyCode]) -> (Model, Ui) {
    let mut model = model.clone();
    let mut ui = Ui { selected: 49, ..Ui::default() };
    let at = now(&model);
    for &code in keys {
        update(&mut model, &mut ui, key(code), at);
    }
    (model, ui)
}

fn draw(model: &Model, ui: &Ui, terminal: &mut Terminal<TestBackend>) {
    let theme = Theme::default();
    let ctx = Ctx { model, ui, theme: &theme, s: Lang::Vi.strings(), now: now(model) };
    let _ = terminal.draw(|f| view::draw(f, ctx));
}

fn bench_screen(bencher: divan::Bencher, model: &Model, keys: &[KeyCode]) {
    let (model, ui) = screen(model, keys);
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("a test terminal");
    bencher.bench_local(|| draw(&model, &ui, &mut terminal));
}

/// Item 50 (a vote: every tenth item) has its poll; item 49 is a discussion with comments.
const AGENDA: &[KeyCode] = &[];
const ROLL_CALL: &[KeyCode] = &[KeyCode::Char('d')];
const POLL: &[KeyCode] = &[KeyCode::Down, KeyCode::Char('v')];
const COMMENTS: &[KeyCode] = &[KeyCode::Char('g')];
const UNIT_COMMENTS: &[KeyCode] = &[KeyCode::Char('g'), KeyCode::Char('u')];

#[divan::bench(args = ["agenda", "roll call", "poll", "comments", "a unit's comments"])]
fn render_200x60_large(bencher: divan::Bencher, which: &str) {
    let keys = match which {
        "roll call" => ROLL_CALL,
        "poll" => POLL,
        "comments" => COMMENTS,
        "a unit's comments" => UNIT_COMMENTS,
        _ => AGENDA,
    };
    bench_screen(bencher, &LARGE, keys);
}

/// The agenda's whole first frame at 200×60 (about 18 kB) turned into bytes for the
/// terminal, by the program's backend and by crossterm's it replaces.
#[divan::bench(args = ["this program's backend", "crossterm's backend"])]
fn frame_to_bytes_200x60(bencher: divan::Bencher, which: &str) {
    use ratatui::backend::{Backend, CrosstermBackend};
    use ratatui::buffer::Buffer;
    let (model, ui) = screen(&LARGE, AGENDA);
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("a test terminal");
    draw(&model, &ui, &mut terminal);
    let frame = terminal.backend().buffer().clone();
    let blank = Buffer::empty(frame.area);
    bencher.bench_local(|| {
        let changes = blank.diff(&frame);
        let mut out = Vec::with_capacity(1 << 15);
        let _ = if which == "crossterm's backend" {
            CrosstermBackend::new(&mut out).draw(changes.into_iter())
        } else {
            ByteBackend::new(&mut out).draw(changes.into_iter())
        };
        out.len()
    });
}

/// The same screens with 100 comments instead of 10,000: what is not visible costs nothing.
#[divan::bench(args = ["comments", "a unit's comments"])]
fn render_200x60_few_comments(bencher: divan::Bencher, which: &str) {
    let keys = if which == "comments" { COMMENTS } else { UNIT_COMMENTS };
    bench_screen(bencher, &FEW_COMMENTS, keys);
}

/// One key handled and the frame drawn, as the shell does (the save excluded).
#[divan::bench(args = ["agenda ↓", "comment text"])]
fn key_then_frame_large(bencher: divan::Bencher, which: &str) {
    let (mut model, mut ui) = match which {
        "comment text" => {
            let pick = [KeyCode::Char('g'), KeyCode::Char('n')]
                .into_iter()
                .chain("dv001".chars().map(KeyCode::Char))
                .chain([KeyCode::Enter])
                .collect::<Vec<_>>();
            screen(&LARGE, &pick)
        }
        _ => screen(&LARGE, AGENDA),
    };
    let code = if which == "comment text" { KeyCode::Char('a') } else { KeyCode::Down };
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("a test terminal");
    let at = now(&model);
    bencher.bench_local(|| {
        update(&mut model, &mut ui, key(code), at);
        draw(&model, &ui, &mut terminal);
    });
}

/// A comment saved (Ctrl+S) on the large record, and the list's frame after it: the one key
/// that makes the comments' index be built again (the save itself excluded).
#[divan::bench]
fn comment_saved_then_frame(bencher: divan::Bencher) {
    let pick = [KeyCode::Char('g'), KeyCode::Char('n')]
        .into_iter()
        .chain("dv001".chars().map(KeyCode::Char))
        .chain([KeyCode::Enter, KeyCode::Enter])
        .chain("Đề nghị bổ sung số liệu.".chars().map(KeyCode::Char))
        .collect::<Vec<_>>();
    let (model, ui) = screen(&LARGE, &pick);
    let save = Action::Key(
        Key::from_event(&KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)).expect("Ctrl+S"),
    );
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("a test terminal");
    let at = now(&model);
    bencher.with_inputs(|| (model.clone(), ui.clone())).bench_local_values(|(mut model, mut ui)| {
        update(&mut model, &mut ui, save.clone(), at);
        assert!(matches!(ui.screen, hoinghi::app::Screen::Comments(_)), "saved, back on the list");
        draw(&model, &ui, &mut terminal);
        // Returned, so that freeing the copy of the record is not timed.
        (model, ui)
    });
}
