//! A monkey at the keyboard: 100,000 random key events (Vietnamese letters, digits, controls,
//! Esc, arrows, paste, save failures) through the real update on the bundled sample, drawn at
//! random sizes from 1×1 to 300×100. Nothing may panic, and afterwards the record must hold:
//! one vote per present unit per round, counts that equal the votes, and a save that reloads
//! equal. Deterministic (a fixed seed); `MONKEY_EVENTS` and `MONKEY_SEED` run it longer.

use std::path::Path;

use chrono::{NaiveDate, TimeDelta};
use hoinghi::app::{Action, Model, Ui, update};
use hoinghi::conference::{Conference, Method};
use hoinghi::i18n::Lang;
use hoinghi::keys::Key;
use hoinghi::minutes::{self, Minutes};
use hoinghi::poll::Choice;
use hoinghi::sample;
use hoinghi::theme::Theme;
use hoinghi::view::{self, Ctx};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const LETTERS: &str = "abcdefghijklmnopqrstuvwxyzĐđơưăâêôáàảãạếềểễệốồổỗộớờởỡợứừửữựýỳỷỹỵíìỉĩịúùủũụóòỏõọéèẻẽẹ ";
/// Keys that do something somewhere, so that every screen is reached often.
const COMMANDS: &str = "nspdvgecaxtruwkjq?0123456789";

fn random_action(rng: &mut Rng) -> Action {
    let code = match rng.below(100) {
        0..=29 => KeyCode::Char(COMMANDS.chars().nth(rng.below(COMMANDS.chars().count())).unwrap_or('n')),
        30..=54 => KeyCode::Char(LETTERS.chars().nth(rng.below(LETTERS.chars().count())).unwrap_or('a')),
        55..=59 => KeyCode::Char(['\u{300}', '\u{301}', '\u{302}', '\u{303}', '\u{323}'][rng.below(5)]),
        60..=64 => KeyCode::Esc,
        65..=69 => KeyCode::Enter,
        70..=73 => KeyCode::Backspace,
        74..=77 => KeyCode::Tab,
        78..=87 => [KeyCode::Up, KeyCode::Down, KeyCode::Left, KeyCode::Right][rng.below(4)],
        88..=90 => {
            [KeyCode::Home, KeyCode::End, KeyCode::PageUp, KeyCode::PageDown, KeyCode::Delete][rng.below(5)]
        }
        91..=92 => KeyCode::F(1 + rng.below(12) as u8),
        93..=94 => {
            let texts = ["Đe\u{302}\u{300} nghị\r\nbổ sung", "", "\u{1b}[31m", "x\ty\u{7}z", "tiếng Việt"];
            return Action::Paste(texts[rng.below(texts.len())].to_string());
        }
        95 => {
            return Action::SaveFailed { path: "/nowhere/m.ron".into(), reason: "đĩa đã đầy".into() };
        }
        96 => return Action::Saved { path: "/data/m.ron".into(), at: Default::default() },
        _ => KeyCode::BackTab,
    };
    let mods = match rng.below(20) {
        0 => KeyModifiers::CONTROL,
        1 => KeyModifiers::ALT,
        2 => KeyModifiers::SHIFT,
        _ => KeyModifiers::NONE,
    };
    match Key::from_event(&KeyEvent::new(code, mods)) {
        Some(key) => Action::Key(key),
        None => Action::Paste(String::new()),
    }
}

fn check_invariants(model: &Model) {
    for poll in &model.record.polls {
        for round in &poll.rounds {
            if poll.method == Method::SecretBallot {
                assert!(round.votes.is_empty(), "no unit's choice is stored for a secret ballot");
                continue;
            }
            for unit in round.votes.keys().chain(round.marks.keys()) {
                let present = poll.present_in(round);
                assert!(
                    present.contains(unit),
                    "{unit} voted in round {} without being present",
                    round.number
                );
            }
            for choice in round.votes.values() {
                if let Choice::Candidate(c) = choice {
                    assert!(round.candidates.contains(c), "{c} is not a candidate of round {}", round.number);
                }
            }
        }
        let tally = poll.tally();
        let counted: u32 = tally.rows.iter().map(|r| r.count).sum();
        if poll.method == Method::ShowOfHands {
            let votes = poll.rounds.last().map_or(0, |r| r.votes.len()) as u32;
            assert_eq!(counted, votes, "counts equal the votes");
            assert_eq!(tally.votes_cast, votes);
        }
    }
    let text = minutes::to_text(model).expect("serialises");
    let back = Minutes::from_text(Path::new("monkey.ron"), &text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    let back = back.into_model();
    if &back != model {
        let again = minutes::to_text(&back).expect("serialises");
        let (n, (a, b)) = text
            .lines()
            .zip(again.lines())
            .enumerate()
            .find(|(_, (a, b))| a != b)
            .unwrap_or((0, ("(same text)", "(same text)")));
        panic!("saved and reloaded differ at line {}:\n  saved:    {a:?}\n  reloaded: {b:?}", n + 1);
    }
}

#[test]
fn a_hundred_thousand_random_keys() {
    let events: usize = std::env::var("MONKEY_EVENTS").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000);
    let seed: u64 =
        std::env::var("MONKEY_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(0x5eed_1234_abcd);
    let mut rng = Rng(seed);
    let conference = Conference::from_text(Path::new(sample::NAME), sample::TEXT).expect("valid");
    let mut model = Model::new(conference);
    let mut ui = Ui::default();
    let mut now = NaiveDate::from_ymd_opt(2024, 1, 16).and_then(|d| d.and_hms_opt(7, 30, 0)).expect("time");
    let themes = [Theme::default(), Theme::default().monochrome()];
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    let mut screens = std::collections::HashSet::new();
    let mut polls_opened = false;
    for n in 0..events {
        let action = random_action(&mut rng);
        update(&mut model, &mut ui, action, now);
        now += TimeDelta::seconds(rng.below(40) as i64);
        screens.insert(std::mem::discriminant(&ui.screen));
        polls_opened |= !model.record.polls.is_empty();
        if n % 500 == 0 {
            let (w, h) = (1 + rng.below(300) as u16, 1 + rng.below(100) as u16);
            terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
        }
        if n % 7 == 0 {
            let theme = &themes[n % 2];
            let lang = if n % 3 == 0 { Lang::En } else { Lang::Vi };
            let ctx = Ctx { model: &model, ui: &ui, theme, s: lang.strings(), now };
            terminal.draw(|f| view::draw(f, ctx)).expect("draw");
        }
        if n % 10_000 == 0 {
            check_invariants(&model);
        }
    }
    check_invariants(&model);
    assert!(screens.len() >= 6, "the monkey reached {} kinds of screen", screens.len());
    // Polls opened at some point (an empty one opened on the wrong row is withdrawn on Esc, so
    // none may be left at the end).
    assert!(polls_opened, "and opened polls");
}
