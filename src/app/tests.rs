//! Update tests: real key events through the real key table, a fixed clock, no terminal.

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::record::Change;
use crate::record::ItemState::{Current, Done, Pending, Skipped};
use crate::sample;

fn at(h: u32, m: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2024, 1, 16).and_then(|d| d.and_hms_opt(h, m, 0)).expect("valid time")
}

struct Session {
    model: Model,
    ui: Ui,
    now: NaiveDateTime,
    effects: Vec<Effect>,
}

impl Session {
    fn new() -> Self {
        let conference = Conference::from_text(std::path::Path::new(sample::NAME), sample::TEXT)
            .expect("the bundled sample is valid");
        Session { model: Model::new(conference), ui: Ui::default(), now: at(8, 0), effects: Vec::new() }
    }

    fn press(&mut self, code: KeyCode) -> &mut Self {
        self.press_with(code, KeyModifiers::NONE)
    }

    fn press_with(&mut self, code: KeyCode, mods: KeyModifiers) -> &mut Self {
        let key = Key::from_event(&KeyEvent::new(code, mods)).expect("a press");
        self.effects = update(&mut self.model, &mut self.ui, Action::Key(key), self.now);
        self
    }

    fn keys(&mut self, text: &str) -> &mut Self {
        for c in text.chars() {
            self.press(KeyCode::Char(c));
        }
        self
    }

    fn wait(&mut self, minutes: i64) -> &mut Self {
        self.now += TimeDelta::minutes(minutes);
        self
    }

    fn states(&self) -> Vec<ItemState> {
        self.model.record.items.iter().map(|i| i.state).collect()
    }
}

#[test]
fn next_starts_the_conference_and_records_times() {
    let mut s = Session::new();
    s.keys("n");
    assert_eq!(s.model.record.current, Some(0));
    assert_eq!(s.model.record.started_at, Some(at(8, 0)));
    s.wait(6).keys("n").wait(4).keys("n");
    let r = &s.model.record;
    assert_eq!(r.current, Some(2));
    assert_eq!(s.ui.selected, 2, "the cursor follows the conference");
    assert_eq!(r.actual_times(0), (Some(at(8, 0)), Some(at(8, 6))));
    assert_eq!(r.actual_times(1), (Some(at(8, 6)), Some(at(8, 10))));
    assert_eq!(r.elapsed(0, s.now), 6 * 60);
    assert_eq!(&s.states()[..4], &[Done, Done, Current, Pending]);
}

#[test]
fn arrow_keys_do_what_n_and_p_do() {
    let mut s = Session::new();
    s.press(KeyCode::Right).press(KeyCode::Right).press(KeyCode::Left);
    assert_eq!(s.model.record.current, Some(0));
    assert_eq!(&s.states()[..2], &[Current, Pending], "an item gone back from is pending again");
}

#[test]
fn going_back_keeps_every_span_of_time() {
    let mut s = Session::new();
    s.keys("n").wait(5).keys("n").wait(1).keys("p").wait(2).keys("n");
    let r = &s.model.record;
    assert_eq!(r.items[1].spans.len(), 2, "item 2 was current twice");
    assert_eq!(r.items[0].spans.len(), 2);
    assert_eq!(r.elapsed(0, s.now), 7 * 60);
    assert_eq!(r.actual_times(0), (Some(at(8, 0)), Some(at(8, 8))));
}

#[test]
fn previous_at_the_first_item_says_so() {
    let mut s = Session::new();
    s.keys("p");
    assert_eq!(s.ui.notice, Some(Notice::NotStarted), "before the start: not begun, not the first item");
    assert_eq!(s.model.record.started_at, None, "nothing was started");
    s.keys("np");
    assert_eq!(s.model.record.current, Some(0));
    assert_eq!(s.ui.notice, Some(Notice::FirstItem));
}

#[test]
fn skipping_the_current_item_moves_on() {
    let mut s = Session::new();
    s.keys("n").wait(1).keys("s");
    assert_eq!(&s.states()[..2], &[Skipped, Current]);
    assert_eq!(s.ui.notice, Some(Notice::Skipped(1)));
}

#[test]
fn skipping_a_pending_item_ahead_toggles_it_and_next_passes_it_by() {
    let mut s = Session::new();
    s.keys("n").press(KeyCode::Down).keys("s");
    assert_eq!(&s.states()[..3], &[Current, Skipped, Pending]);
    s.keys("n");
    assert_eq!(s.model.record.current, Some(2), "the skipped item is passed by");
    s.press(KeyCode::Up).keys("s");
    assert_eq!(s.ui.notice, Some(Notice::Unskipped(2)));
    assert_eq!(s.states()[1], Pending);
}

#[test]
fn a_done_item_cannot_be_skipped() {
    let mut s = Session::new();
    s.keys("nn").press(KeyCode::Up).keys("s");
    assert_eq!(s.ui.notice, Some(Notice::CannotSkipDone));
    assert_eq!(s.states()[0], Done);
}

#[test]
fn enter_jumps_to_the_selected_item_and_next_returns_to_what_was_passed() {
    let mut s = Session::new();
    s.keys("n");
    for _ in 0..9 {
        s.press(KeyCode::Down);
    }
    s.press(KeyCode::Enter);
    assert_eq!(s.model.record.current, Some(9), "the guidance speech moved forward");
    assert_eq!(s.states()[0], Done);
    // Enter again on the item going on: said, nothing moves.
    s.press(KeyCode::Enter);
    assert_eq!(s.ui.notice, Some(Notice::AlreadyCurrent(10)));
    assert_eq!(s.model.record.current, Some(9));
    s.keys("n");
    assert_eq!(s.model.record.current, Some(10), "next goes on in order");
    s.keys("n");
    assert_eq!(s.model.record.current, Some(11));
    assert_eq!(s.ui.notice, None, "in order: nothing to say");
    s.keys("n");
    assert_eq!(s.model.record.current, Some(1), "then the items passed over");
    assert_eq!(s.ui.notice, Some(Notice::BackToNotHeld(1)), "and said, or it looks like a slip");
    s.keys("p");
    assert_ne!(s.ui.notice, Some(Notice::BackToNotHeld(0)), "p going back is not that");
}

#[test]
fn leaving_the_last_item_finishes_and_more_next_changes_nothing() {
    let mut s = Session::new();
    let n = s.model.conference.agenda.len();
    for _ in 0..n {
        s.wait(10).keys("n");
    }
    s.wait(10).keys("n");
    let end = s.now;
    assert_eq!(s.model.record.finished_at, Some(end));
    assert_eq!(s.model.record.current, None);
    assert!(s.states().iter().all(|&st| st == Done));
    s.wait(5).keys("n");
    assert_eq!(s.model.record.finished_at, Some(end), "the end time is kept");
    s.keys("p");
    assert_eq!(s.model.record.current, Some(n - 1), "back reopens the last item");
    assert_eq!(s.model.record.finished_at, None);
}

#[test]
fn expected_end_follows_progress() {
    let mut s = Session::new();
    let conf = s.model.conference.clone();
    let planned_end = at(8, 0) + TimeDelta::minutes(i64::from(conf.planned_minutes()));
    assert_eq!(s.model.record.planned_end(&conf, s.now), planned_end);
    assert_eq!(s.model.record.expected_end(&conf, at(7, 30)), planned_end, "early: the plan");
    assert_eq!(
        s.model.record.expected_end(&conf, at(8, 15)),
        planned_end + TimeDelta::minutes(15),
        "late start: everything shifts"
    );
    // Item 1 (5 min) runs 12 minutes: 7 behind.
    s.keys("n").wait(12);
    assert_eq!(s.model.record.expected_end(&conf, s.now), planned_end + TimeDelta::minutes(7));
    // Skip item 2 (5 min): 2 behind.
    s.keys("ns");
    assert_eq!(s.model.record.expected_end(&conf, s.now), planned_end + TimeDelta::minutes(2));
}

/// Held on another day than the file's (a rehearsal at 14:00, a conference put off), the
/// plan runs from the actual start: not "749 minutes behind" an 08:00 of another day.
#[test]
fn on_another_day_the_plan_runs_from_the_actual_start() {
    let mut s = Session::new();
    let minutes = TimeDelta::minutes(i64::from(s.model.conference.planned_minutes()));
    let rehearsal =
        NaiveDate::from_ymd_opt(2026, 11, 20).and_then(|d| d.and_hms_opt(14, 0, 0)).expect("date");
    s.now = rehearsal;
    s.keys("n");
    s.wait(3);
    let conf = &s.model.conference;
    assert_eq!(s.model.record.planned_end(conf, s.now), rehearsal + minutes);
    assert_eq!(s.model.record.expected_end(conf, s.now), rehearsal + minutes, "3 minutes into 5: on plan");
}

#[test]
fn selection_stays_on_the_agenda() {
    let mut s = Session::new();
    let last = s.model.conference.agenda.len() - 1;
    s.press(KeyCode::Up);
    assert_eq!(s.ui.selected, 0);
    s.press(KeyCode::PageDown).press(KeyCode::PageDown);
    assert_eq!(s.ui.selected, last);
    s.press(KeyCode::Down);
    assert_eq!(s.ui.selected, last);
    s.press(KeyCode::Home);
    assert_eq!(s.ui.selected, 0);
    s.press(KeyCode::End);
    assert_eq!(s.ui.selected, last);
}

#[test]
fn quitting_asks_first() {
    let mut s = Session::new();
    s.keys("q");
    assert_eq!(s.ui.overlay, Some(Overlay::Confirm(Question::Quit)));
    assert!(s.effects.is_empty());
    s.keys("n");
    assert_eq!(s.ui.overlay, None, "n answers no in the question");
    assert_eq!(s.model.record.current, None, "and does not also move the agenda");
    s.keys("q").keys("c");
    assert_eq!(s.effects, vec![Effect::Quit]);
}

#[test]
fn ctrl_c_asks_and_ctrl_c_again_quits() {
    let mut s = Session::new();
    s.press_with(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(s.ui.overlay, Some(Overlay::Confirm(Question::Quit)));
    s.press_with(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(s.effects, vec![Effect::Quit]);
}

#[test]
fn help_opens_scrolls_and_closes() {
    let mut s = Session::new();
    s.keys("?");
    assert_eq!(s.ui.overlay, Some(Overlay::Help { scroll: 0 }));
    s.press(KeyCode::Down).press(KeyCode::Down).press(KeyCode::Up);
    assert_eq!(s.ui.overlay, Some(Overlay::Help { scroll: 1 }));
    assert_eq!(s.ui.selected, 0, "arrows scroll the help, not the agenda");
    s.press(KeyCode::Esc);
    assert_eq!(s.ui.overlay, None);
    s.press(KeyCode::F(1)).keys("?");
    assert_eq!(s.ui.overlay, None, "? closes what ? opened");
}

/// Scrolling never runs past the end: PgUp after too many PgDn moves at once.
#[test]
fn help_scrolls_no_further_than_its_last_rows() {
    let mut s = Session::new();
    s.keys("?");
    let page = crate::app::HELP_ROWS_AT_MIN;
    let last = u16::try_from(keys::help_rows()).expect("rows") - page;
    s.press(KeyCode::PageDown);
    assert_eq!(s.ui.overlay, Some(Overlay::Help { scroll: page.min(last) }), "a whole page at 80×24");
    for _ in 0..100 {
        s.press(KeyCode::PageDown);
    }
    assert_eq!(s.ui.overlay, Some(Overlay::Help { scroll: last }));
    s.press(KeyCode::PageUp);
    assert_eq!(s.ui.overlay, Some(Overlay::Help { scroll: last.saturating_sub(page) }));
    s.press(KeyCode::Home);
    assert_eq!(s.ui.overlay, Some(Overlay::Help { scroll: 0 }));
    s.press(KeyCode::End);
    assert_eq!(s.ui.overlay, Some(Overlay::Help { scroll: last }));
}

#[test]
fn an_unbound_key_says_so_and_changes_nothing() {
    let mut s = Session::new();
    let before = s.model.clone();
    s.keys("x");
    assert_eq!(
        s.ui.notice,
        Some(Notice::UnknownKey(Key { code: KeyCode::Char('x'), ctrl: false, alt: false }))
    );
    assert_eq!(s.model, before);
    s.keys("n");
    assert_eq!(s.ui.notice, None, "the message goes with the next key");
    // Alt+n is not n: it is named as pressed, not as the key that moves the agenda.
    let alt_n = Key { code: KeyCode::Char('n'), ctrl: false, alt: true };
    let ctrl_z = Key { code: KeyCode::Char('z'), ctrl: true, alt: false };
    let strings = crate::i18n::Lang::Vi.strings();
    assert_eq!((alt_n.name(strings), ctrl_z.name(strings)), ("Alt+N".to_string(), "Ctrl+Z".to_string()));
}

#[test]
fn every_change_to_the_record_asks_for_a_save_and_nothing_else_does() {
    let mut s = Session::new();
    for (keys, saves) in [("n", true), ("n", true), ("p", true), ("s", true), ("?", false), ("x", false)] {
        s.keys(keys);
        assert_eq!(s.effects == vec![Effect::Save], saves, "after {keys:?}: {:?}", s.effects);
        s.ui.overlay = None;
    }
    s.press(KeyCode::Down);
    assert!(s.effects.is_empty(), "moving the cursor changes no record");
    s.press(KeyCode::Enter);
    assert_eq!(s.effects, vec![Effect::Save], "jumping to another item does");
    s.press(KeyCode::Enter);
    assert!(s.effects.is_empty(), "jumping to the current item does not");
    s.press(KeyCode::Down).keys("s");
    assert_eq!(s.effects, vec![Effect::Save], "marking an item skipped does");
}

#[test]
fn adopting_the_minutes_asks_then_ends_the_conference() {
    let mut s = Session::new();
    s.keys("nn").wait(3).keys("t");
    assert_eq!(s.ui.overlay, Some(Overlay::Confirm(Question::Adopt)));
    s.keys("k");
    assert_eq!(s.model.record.adopted_at, None, "no means no");
    // It cannot be taken back: Enter, which says yes to other questions, is no here.
    s.keys("t").press(KeyCode::Enter);
    assert_eq!((s.model.record.adopted_at, &s.ui.overlay), (None, &None), "Enter is no");
    s.keys("tc");
    assert_eq!(s.effects, vec![Effect::Save]);
    let r = &s.model.record;
    assert_eq!(r.adopted_at, Some(s.now));
    assert_eq!(r.finished_at, Some(s.now));
    assert_eq!(r.current, None);
    assert_eq!(r.items[1].state, Done);
    s.keys("t");
    assert_eq!(s.ui.notice, Some(Notice::AlreadyAdopted));
}

#[test]
fn changes_after_adoption_leave_an_audit_entry() {
    let mut s = Session::new();
    s.keys("ntc");
    assert!(s.model.record.audit.is_empty());
    s.wait(5).keys("n");
    assert_eq!(s.ui.notice, Some(Notice::Ended), "nothing after the end, and it is said");
    assert_eq!(s.ui.overlay, None, "nothing to ask");
    // Moving the agenda of adopted minutes is asked first: a stray key reopens nothing.
    s.keys("p");
    assert_eq!(s.ui.overlay, Some(Overlay::Confirm(Question::MoveAdopted(Command::PreviousItem))));
    s.keys("k");
    assert!(s.model.record.audit.is_empty() && s.model.record.current.is_none(), "no means no");
    // Enter is no as well: two stray Enters reopen nothing.
    s.press(KeyCode::Enter).press(KeyCode::Enter);
    assert!(s.model.record.audit.is_empty() && s.model.record.current.is_none(), "Enter is no");
    assert_eq!(s.ui.overlay, None);
    s.keys("pc");
    let entry = s.model.record.audit.last().cloned().expect("an entry");
    assert_eq!(entry.at, s.now);
    assert_eq!(
        entry.change,
        Change::AgendaMoved { current: Some(0) },
        "back from the end: the item held last (adopted early, after item 1), not item 12"
    );
    s.press(KeyCode::Home).press(KeyCode::Down).keys("sc");
    assert_eq!(
        s.model.record.audit.last().map(|e| &e.change),
        Some(&Change::SkipChanged { item: 1, skipped: true })
    );
    // Skipping the item being held after adoption is listed as a skip, not only as a move.
    s.press(KeyCode::Home).keys("s");
    assert_eq!(s.ui.overlay, Some(Overlay::Confirm(Question::MoveAdopted(Command::SkipItem))));
    s.keys("c");
    assert_eq!(
        s.model.record.audit.last().map(|e| &e.change),
        Some(&Change::SkipChanged { item: 0, skipped: true })
    );
}

/// Every item held and the minutes adopted, going back to the last item and on again ends the
/// conference again: both asked.
#[test]
fn ending_again_after_adoption_is_asked() {
    let mut s = Session::new();
    let items = s.model.conference.agenda.len();
    s.keys(&"n".repeat(items + 1)).keys("tc");
    assert!(s.model.record.adopted_at.is_some() && s.model.record.current.is_none());
    s.keys("pc");
    assert_eq!(s.model.record.current, Some(items - 1));
    assert_eq!(s.model.record.next_to_hold(), None, "nothing left to hold");
    s.keys("n");
    assert_eq!(s.ui.overlay, Some(Overlay::Confirm(Question::MoveAdopted(Command::NextItem))));
    s.keys("c");
    assert_eq!(s.model.record.current, None, "ended again");
    assert_eq!(s.model.record.audit.last().map(|e| &e.change), Some(&Change::AgendaMoved { current: None }));
}

#[test]
fn the_save_as_prompt_edits_a_path_and_asks_for_it() {
    let mut s = Session::new();
    s.ui.save.path = Some("/data/m.ron".into());
    s.keys("w");
    assert!(matches!(s.ui.overlay, Some(Overlay::Prompt(Prompt::SaveAs, _))));
    // Letters that are commands elsewhere are text here.
    s.press(KeyCode::Backspace).press(KeyCode::Backspace).press(KeyCode::Backspace);
    s.press_with(KeyCode::Char('h'), KeyModifiers::CONTROL).keys("nq.ron");
    assert_eq!(s.model.record.current, None, "n typed into the field did not move the agenda");
    s.press(KeyCode::Enter);
    assert_eq!(s.effects, vec![Effect::SaveAs("/data/mnq.ron".into())]);
    assert_eq!(s.ui.overlay, None);
    s.keys("w").press(KeyCode::Esc);
    assert!(s.effects.is_empty() && s.ui.overlay.is_none(), "Esc cancels");
    // The path offered, as it is: saved there again, and said.
    s.keys("w").press(KeyCode::Enter);
    assert_eq!(s.effects, vec![Effect::Save]);
    assert_eq!(s.ui.notice, Some(Notice::SavedTo("/data/m.ron".into())));
    update(
        &mut s.model,
        &mut s.ui,
        Action::SaveFailed { path: "/data/m.ron".into(), reason: "x".into() },
        s.now,
    );
    // Not said saved when it was not: said that it still fails (the banner alone would not
    // change).
    assert_eq!(s.ui.notice, Some(Notice::StillNotSaved("/data/m.ron".into())));
}

#[test]
fn save_outcomes_are_shown_and_a_later_success_clears_the_failure() {
    let mut s = Session::new();
    let path = std::path::PathBuf::from("/data/m.ron");
    update(
        &mut s.model,
        &mut s.ui,
        Action::SaveFailed { path: path.clone(), reason: "đĩa đã đầy".into() },
        s.now,
    );
    assert_eq!(s.ui.save.error.as_deref(), Some("đĩa đã đầy"));
    assert_eq!(s.ui.save.path.as_ref(), Some(&path));
    s.keys("q");
    assert_eq!(s.ui.overlay, Some(Overlay::Confirm(Question::Quit)), "quitting still asks");
    s.keys("k");
    update(&mut s.model, &mut s.ui, Action::Saved { path: path.clone(), at: s.now }, s.now);
    assert_eq!(s.ui.save, SaveState { path: Some(path), at: Some(s.now), error: None });
    let elsewhere = std::path::PathBuf::from("/usb/m.ron");
    update(&mut s.model, &mut s.ui, Action::Saved { path: elsewhere.clone(), at: s.now }, s.now);
    assert_eq!(s.ui.notice, Some(Notice::SavedTo(elsewhere)));
}

/// A save elsewhere that fails (the same failing path typed again, say) is said, and the
/// field is back with the path typed; the minutes' own save state is not touched.
#[test]
fn a_failed_save_elsewhere_is_said_and_the_field_is_back() {
    let mut s = Session::new();
    let before = s.ui.save.clone();
    let path = std::path::PathBuf::from("/usb/m.ron");
    let reason = "không có quyền ghi".to_string();
    update(
        &mut s.model,
        &mut s.ui,
        Action::SaveAsFailed { path: path.clone(), reason: reason.clone() },
        s.now,
    );
    assert_eq!(s.ui.notice, Some(Notice::SaveAsFailed { path, reason }));
    assert!(
        matches!(&s.ui.overlay, Some(Overlay::Prompt(Prompt::SaveAs, field)) if field.text() == "/usb/m.ron")
    );
    assert_eq!(s.ui.save, before);
}

#[test]
fn b_exports_and_asks_before_overwriting() {
    let mut s = Session::new();
    s.keys("b");
    assert_eq!(s.effects, vec![Effect::Export { overwrite: false }]);
    let path = std::path::PathBuf::from("/data/bien-ban.docx");
    update(&mut s.model, &mut s.ui, Action::ExportExists(path.clone()), s.now);
    assert_eq!(s.ui.overlay, Some(Overlay::Confirm(Question::OverwriteExport(path.clone()))));
    s.keys("k");
    assert!(s.effects.is_empty(), "no: nothing written");
    assert_eq!(s.ui.notice, Some(Notice::NotExported(path.clone())), "and that is said");
    update(&mut s.model, &mut s.ui, Action::ExportExists(path.clone()), s.now);
    s.keys("c");
    assert_eq!(s.effects, vec![Effect::Export { overwrite: true }]);
    update(&mut s.model, &mut s.ui, Action::Exported(path.clone()), s.now);
    assert_eq!(s.ui.notice, Some(Notice::Exported(path)), "the path written is shown");
}

#[test]
fn what_adopting_would_leave_undone_is_counted() {
    let mut s = Session::new();
    let unfinished = |s: &Session| s.model.record.unfinished(&s.model.conference);
    let units = s.model.conference.units.len();
    let items = s.model.conference.agenda.len();
    let all: Vec<usize> = (0..items).collect();
    assert_eq!(
        unfinished(&s),
        crate::record::Unfinished { uncalled: units, not_held: all.clone(), ..Default::default() }
    );
    // Item 1 held, the roll call taken, item 2 current, item 3 skipped, the motion (item 6)
    // open from the agenda with a vote in: held, its vote not closed.
    s.keys("n").keys("da").press(KeyCode::Esc).keys("n").press(KeyCode::Down).keys("s");
    s.press(KeyCode::Down).press(KeyCode::Down).press(KeyCode::Down).keys("v").keys("1");
    assert!(s.model.record.poll(5).is_some_and(|p| p.open_round().is_some()), "the motion is open");
    let not_held: Vec<usize> = all[3..].iter().copied().filter(|&i| i != 5).collect();
    assert_eq!(
        unfinished(&s),
        crate::record::Unfinished {
            uncalled: 0,
            not_held,
            votes_not_held: vec![],
            open_polls: vec![5],
            scores_not_recorded: None,
            unscored: None,
            signing_not_recorded: None,
            unsigned: None,
            unanswered: vec![],
        }
    );
    // The election (item 8) tied twice: closed rounds, but waiting for the chair.
    s.press(KeyCode::Esc).press(KeyCode::Down).press(KeyCode::Down).keys("v");
    s.keys("112200").press(KeyCode::Enter).keys("c").keys("121200").press(KeyCode::Enter).keys("c");
    assert!(s.model.record.poll(7).is_some_and(|p| p.needs_chair_decision() && p.open_round().is_none()));
    assert_eq!(unfinished(&s).open_polls, [5, 7], "the motion, and the election awaiting the chair");
    assert!(!unfinished(&s).not_held.contains(&7), "its vote was held");
    // Item 7 (the nomination, a vote) started and passed over with n: its vote never held.
    s.press(KeyCode::Esc).press(KeyCode::Up).press(KeyCode::Enter).keys("n");
    assert_eq!(s.model.record.items[6].state, Done);
    assert_eq!(s.ui.notice, Some(Notice::VoteNotHeld(7)), "said as it ends");
    assert_eq!(unfinished(&s).votes_not_held, [6]);
    // A comment with neither tiếp thu nor giải trình is listed; answered, it is not.
    s.press(KeyCode::Home);
    for _ in 0..4 {
        s.press(KeyCode::Down);
    }
    s.keys("g").keys("n").keys("snv").press(KeyCode::Enter).press(KeyCode::Enter).keys("Một ý");
    s.press_with(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(unfinished(&s).unanswered, [4]);
    s.keys("t").press(KeyCode::Enter);
    assert_eq!(unfinished(&s).unanswered, Vec::<usize>::new());
}

#[test]
fn ctrl_c_in_another_question_asks_to_quit_and_never_answers_it() {
    let mut s = Session::new();
    s.keys("nt");
    assert_eq!(s.ui.overlay, Some(Overlay::Confirm(Question::Adopt)));
    s.press_with(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(s.model.record.adopted_at, None, "Ctrl+C did not adopt the minutes");
    assert_eq!(s.ui.overlay, Some(Overlay::Confirm(Question::Quit)));
    s.press_with(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(s.effects, vec![Effect::Quit]);
}

/// Answering no to the quit question goes back to what it was asked over: a field keeps
/// what was typed in it, another question is asked again.
#[test]
fn not_quitting_goes_back_to_the_field_or_question_open() {
    let mut s = Session::new();
    s.keys("ndv").keys("Bận họp");
    s.press_with(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(s.ui.overlay, Some(Overlay::Confirm(Question::Quit)));
    s.keys("k");
    assert!(
        matches!(&s.ui.overlay, Some(Overlay::Prompt(Prompt::AbsenceReason(_), f)) if f.text() == "Bận họp")
    );
    s.press(KeyCode::Esc).keys("c").press(KeyCode::Esc).keys("t");
    s.press_with(KeyCode::Char('c'), KeyModifiers::CONTROL).press(KeyCode::Esc);
    assert_eq!(s.ui.overlay, Some(Overlay::Confirm(Question::Adopt)), "asked again");
}

/// Every editing key of the table (which the help lists) is taken by its field and does what
/// the help says: one key of each kind tried on a one-line field and on a text.
#[test]
fn the_editing_keys_the_help_lists_are_the_fields_own() {
    use crate::editor::Editor;
    use crate::keys::{EDITING, Edit, Field};
    for binding in EDITING {
        for &key in binding.keys {
            if binding.fields.contains(&Field::Line) {
                let mut field = LineInput::new("Sở Nội vụ");
                assert!(edit(&mut field, key), "{key:?} in a line");
            }
            if binding.fields.contains(&Field::Text) {
                let mut text = Editor::new("Sở Nội vụ");
                assert!(text.handle_key(key.code, key.ctrl, key.alt), "{key:?} in a text");
            }
        }
    }
    // What they do, as said: Ctrl+U clears to the start; Ctrl+W a word back; Ctrl+Home the top.
    let said = |e: Edit| EDITING.iter().find(|b| b.edit == e).expect("listed").keys[0];
    let mut field = LineInput::new("Sở Nội vụ");
    assert!(edit(&mut field, said(Edit::DeleteToStart)));
    assert_eq!(field.text(), "");
    // A word back, in a line as in a text (Ctrl+Backspace deleted a letter in a line).
    let mut field = LineInput::new("Sở Nội vụ");
    field.end();
    assert!(edit(&mut field, said(Edit::DeleteWordBack)));
    assert_eq!(field.text(), "Sở Nội ");
    let mut text = Editor::new("Sở Nội vụ");
    let key = said(Edit::DeleteWordBack);
    assert!(text.handle_key(key.code, key.ctrl, key.alt));
    assert_eq!(text.text(), "Sở Nội ");
    // A letter with Ctrl that is not an editing key is the caller's; with Ctrl+Alt, typed.
    assert!(!text.handle_key(KeyCode::Char('s'), true, false));
    assert!(text.handle_key(KeyCode::Char('đ'), true, true));
}
