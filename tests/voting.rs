//! The roll call and the votes driven through the real key table and update, with a fixed
//! clock: what the secretary presses, what the record then holds.

#[path = "support/render.rs"]
mod render;

use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use hoinghi::app::{Action, Effect, Model, Notice, Overlay, PollPhase, Prompt, Question, Screen, Ui, update};
use hoinghi::conference::Conference;
use hoinghi::keys::Key;
use hoinghi::poll::{Choice, Outcome};
use hoinghi::record::LineDraft;
use hoinghi::sample;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

struct Table {
    model: Model,
    ui: Ui,
    now: NaiveDateTime,
    saves: usize,
    /// How long each key takes (20 s, unless a test is quicker).
    step: TimeDelta,
}

impl Table {
    fn new() -> Self {
        let c = Conference::from_text(Path::new(sample::NAME), sample::TEXT).expect("valid");
        let now = NaiveDate::from_ymd_opt(2024, 1, 16).and_then(|d| d.and_hms_opt(8, 0, 0)).expect("time");
        Table { model: Model::new(c), ui: Ui::default(), now, saves: 0, step: TimeDelta::seconds(20) }
    }

    /// The screen as drawn at `width`×`height`, in Vietnamese.
    fn text(&self, width: u16, height: u16) -> String {
        render::screen_text(&self.model, &self.ui, self.now, width, height)
    }

    /// The sample with the Khối trưởng election turned into a nomination of two places, with
    /// `rules` (RON, may be empty) of its own.
    fn two_places(rules: &str) -> Self {
        let planned = "candidates: [\"snv\", \"stp\", \"ttr\"],\n                ),\n                method: ShowOfHands,";
        assert!(sample::TEXT.contains(planned), "the sample's election");
        let text = sample::TEXT.replace(
            planned,
            &format!("candidates: [\"snv\", \"stp\", \"ttr\"], places: 2), method: ShowOfHands, {rules}"),
        );
        let mut t = Table::new();
        t.model = Model::new(Conference::from_text(Path::new(sample::NAME), &text).expect("valid"));
        t
    }

    fn press(&mut self, code: KeyCode) -> &mut Self {
        let key = Key::from_event(&KeyEvent::new(code, KeyModifiers::NONE)).expect("press");
        let effects = update(&mut self.model, &mut self.ui, Action::Key(key), self.now);
        self.saves += effects.iter().filter(|e| **e == Effect::Save).count();
        self.now += self.step;
        self
    }

    fn keys(&mut self, text: &str) -> &mut Self {
        for c in text.chars() {
            self.press(KeyCode::Char(c));
        }
        self
    }

    fn select_item(&mut self, index: usize) -> &mut Self {
        self.press(KeyCode::Home);
        for _ in 0..index {
            self.press(KeyCode::Down);
        }
        self
    }

    /// Roll call: the given units present (by row), the others absent with a reason.
    fn roll_call(&mut self, present: &[usize]) -> &mut Self {
        self.keys("d");
        for row in 0..self.model.conference.units.len() {
            if present.contains(&row) {
                self.keys("c");
            } else {
                self.keys("v").keys("công tác").press(KeyCode::Enter);
            }
        }
        self.press(KeyCode::Esc)
    }

    fn poll(&self) -> &hoinghi::poll::Poll {
        let Screen::Poll(p) = &self.ui.screen else { panic!("not on a poll: {:?}", self.ui.screen) };
        self.model.record.poll(p.item).expect("the poll")
    }
}

const ELECTION: usize = 7; // "Bầu Khối trưởng Khối thi đua 1 năm 2024": snv, stp, ttr
const MOTION: usize = 5; // "Biểu quyết thông qua báo cáo tổng kết năm 2023"
const SECRET: usize = 6; // Cờ thi đua nomination, secret ballot, base Valid

#[test]
fn the_roll_call_records_presence_reasons_and_delegates() {
    let mut t = Table::new();
    t.keys("d").keys("c").keys("v").keys("Đi công tác").press(KeyCode::Enter);
    let a = &t.model.record.attendance;
    assert!(a.is_present("vpubnd"));
    assert_eq!(a.presence("vpdbqh").map(|p| (p.present, p.reason.as_str())), Some((false, "Đi công tác")));
    // The reason given, the cursor is on the next unit, as after c: c now would not undo it.
    assert_eq!(t.ui.screen, Screen::RollCall { selected: 2 });
    t.keys("d");
    assert!(matches!(t.ui.overlay, Some(Overlay::Prompt(..))));
    // The field starts with the file's first delegate (none here): type who came.
    t.keys("Nguyễn Văn Hải").press(KeyCode::Enter);
    let snv = t.model.conference.unit("snv").expect("unit").clone();
    assert_eq!(t.model.record.attendance.delegate_of(&snv), Some("Nguyễn Văn Hải"));
    t.keys("a");
    assert_eq!(t.ui.notice, Some(Notice::AllPresent(3, None)), "only the units not yet called");
    assert!(!t.model.record.attendance.is_present("vpdbqh"), "the absent unit stays absent");
    assert!(t.saves >= 4, "every change is saved");
    // Again, with every unit called: said so, not "0 units recorded".
    t.keys("a");
    assert_eq!(t.ui.notice, Some(Notice::AllPresent(0, None)));
    assert!(t.text(80, 24).contains("Mọi đơn vị đã được điểm danh"), "{}", t.text(80, 24));
    t.press(KeyCode::Esc);
    assert_eq!(t.ui.screen, Screen::Agenda);
}

/// A roll call longer than the window says where the window is, as the agenda does.
#[test]
fn a_long_roll_call_says_what_is_below() {
    use hoinghi::generate::{self, Size};
    let mut t = Table::new();
    t.model = generate::model(Size { units: 40, items: 6, polls: 2, comments: 0 });
    t.model.record = hoinghi::record::Record::new(&t.model.conference);
    t.keys("d");
    let foot = |t: &Table| t.text(80, 24).lines().rfind(|l| l.contains('└')).unwrap_or_default().to_string();
    assert!(foot(&t).contains(" 1–") && foot(&t).contains("/ 40 ▼"), "{}", foot(&t));
    t.press(KeyCode::End);
    assert!(foot(&t).contains("▲ ") && foot(&t).contains("–40 / 40 "), "{}", foot(&t));
}

#[test]
fn a_vote_cannot_open_without_quorum_and_says_why() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2]).select_item(ELECTION).keys("v");
    assert_eq!(t.ui.notice, Some(Notice::NoQuorum { present: 3, members: 6, needed: 4 }));
    assert_eq!(t.ui.screen, Screen::Agenda);
    assert!(t.model.record.polls.is_empty());
    t.select_item(0).keys("v");
    assert_eq!(t.ui.notice, Some(Notice::NotAVote));
}

/// Getting the conference under way (the first item begun after the roll call began) with
/// fewer units present than the quorum is asked first; no answer moves nothing.
#[test]
fn getting_under_way_without_quorum_is_asked_first() {
    use hoinghi::app::Question;
    use hoinghi::keys::Command;
    let mut t = Table::new();
    // Before any roll call nothing is asked: it is often taken during the opening item.
    t.keys("n");
    assert_eq!((t.ui.overlay.clone(), t.model.record.current), (None, Some(0)));
    t.roll_call(&[0, 1, 2]).keys("n");
    assert_eq!(t.ui.overlay, Some(Overlay::Confirm(Question::WithoutQuorum(Command::NextItem))));
    t.keys("k");
    assert_eq!((t.ui.overlay.clone(), t.model.record.current), (None, Some(0)), "no: still item 1");
    // Said: a second n pressed to move on is a no, and is not silent.
    assert_eq!(t.ui.notice, Some(Notice::NotMoved(Some(0))));
    t.keys("nn");
    assert_eq!(t.ui.notice, Some(Notice::NotMoved(Some(0))));
    assert!(t.text(80, 24).contains("Không chuyển nội dung: vẫn ở nội dung 1."), "{}", t.text(80, 24));
    assert_eq!(t.model.record.under_way(), None);
    // Enter on another item is asked the same way; yes begins it.
    t.select_item(2).press(KeyCode::Enter);
    assert_eq!(t.ui.overlay, Some(Overlay::Confirm(Question::WithoutQuorum(Command::StartSelected))));
    t.keys("c");
    assert_eq!(t.model.record.current, Some(2));
    assert!(t.model.record.under_way().is_some());
    // Once under way it is not asked again.
    t.keys("n");
    assert_eq!((t.ui.overlay.clone(), t.model.record.current), (None, Some(3)));
}

#[test]
fn getting_under_way_with_quorum_is_not_asked() {
    let mut t = Table::new();
    t.keys("n").roll_call(&[0, 1, 2, 3]).keys("n");
    assert_eq!((t.ui.overlay.clone(), t.model.record.current), (None, Some(1)), "4 of 6 meet 2/3");
}

#[test]
fn a_show_of_hands_election_elects_by_digit() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4, 5]).select_item(ELECTION).keys("v");
    assert_eq!(t.poll().present.len(), 6, "present units recorded at opening");
    // Six units: 1 = Sở Nội vụ, 2 = Sở Tư pháp, 3 = Thanh tra, 0 = abstain.
    t.keys("1");
    assert_eq!(t.poll().tally().count(&Choice::Candidate("snv".into())), 1, "live after one key");
    t.keys("5");
    assert_eq!(t.ui.notice, Some(Notice::NoSuchChoice(5)), "no candidate 5: said, not ignored");
    assert_eq!(t.poll().rounds[0].log.len(), 1, "and nothing cast");
    t.keys("11203");
    let tally = t.poll().tally();
    assert_eq!(tally.count(&Choice::Candidate("snv".into())), 3);
    assert_eq!(tally.count(&Choice::Abstain), 1);
    assert!(tally.not_voted.is_empty());
    assert_eq!(tally.provisional, Outcome::NotElected, "3 of 6 is not more than half");
    // Correct one unit's vote: up to it, press another digit.
    t.press(KeyCode::Up).press(KeyCode::Up).keys("1");
    t.press(KeyCode::Home);
    assert!(matches!(&t.ui.screen, Screen::Poll(p) if p.selected == 0), "Home: the first unit");
    t.press(KeyCode::End);
    assert!(matches!(&t.ui.screen, Screen::Poll(p) if p.selected == 5), "End: the last");
    assert_eq!(t.poll().tally().provisional, Outcome::Elected("snv".into()), "4 of 6");
    assert!(t.poll().rounds[0].log.len() >= 7, "every cast and change is logged");
    t.press(KeyCode::Enter);
    assert!(matches!(t.ui.overlay, Some(Overlay::Confirm(_))), "closing asks");
    t.keys("c");
    assert_eq!(t.ui.notice, Some(Notice::RoundClosed(Outcome::Elected("snv".into()))));
    assert!(matches!(&t.ui.screen, Screen::Poll(p) if p.phase == PollPhase::Closed));
    t.keys("1");
    assert_eq!(
        t.ui.notice,
        Some(Notice::Vote(hoinghi::poll::VoteError::Closed)),
        "a closed poll takes no votes, and says so"
    );
}

/// Enter twice must not close a round on present units that have not voted: there the
/// question takes only c or y, and Enter is no. Once every present unit has voted, Enter
/// twice closes it as before.
#[test]
fn enter_twice_does_not_close_a_round_on_units_still_to_vote() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4, 5]).select_item(ELECTION).keys("v").keys("12");
    t.press(KeyCode::Enter);
    assert!(matches!(t.ui.overlay, Some(Overlay::Confirm(Question::CloseRound { early: true }))));
    assert_eq!(t.ui.contexts(), &[hoinghi::keys::Context::Careful]);
    t.press(KeyCode::Enter);
    assert_eq!(t.ui.overlay, None, "Enter said no");
    assert!(matches!(&t.ui.screen, Screen::Poll(p) if p.phase == PollPhase::Open), "still open");
    assert_eq!(t.poll().rounds.len(), 1);
    assert!(t.poll().rounds[0].closed_at.is_none(), "the round is not closed");
    // Asked again and answered c: closed, the units still to vote named in the question.
    t.press(KeyCode::Enter);
    assert!(t.text(100, 30).contains("Chưa biểu quyết"), "the question names them");
    t.keys("c");
    assert!(t.poll().rounds[0].closed_at.is_some(), "c closes it");

    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4, 5]).select_item(ELECTION).keys("v").keys("111123");
    t.press(KeyCode::Enter).press(KeyCode::Enter);
    assert!(t.poll().rounds[0].closed_at.is_some(), "every unit voted: Enter, Enter closes");
}

/// Sở Tư pháp elected Khối trưởng stands for Khối phó too: the vote says so before anyone
/// votes. Nominations for the Cờ thi đua are not elections and say nothing.
#[test]
fn a_unit_already_elected_is_pointed_out_in_the_next_election() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4, 5])
        .select_item(ELECTION)
        .keys("v")
        .keys("222222")
        .press(KeyCode::Enter)
        .keys("c");
    assert_eq!(t.poll().result(), hoinghi::poll::PollResult::Elected { unit: "stp".into(), round: 1 });
    assert_eq!(
        t.model.record.elected_elsewhere(&t.model.conference, ELECTION + 1),
        [("stp".to_string(), ELECTION)]
    );
    assert_eq!(t.model.record.elected_elsewhere(&t.model.conference, ELECTION), []);
    assert_eq!(t.model.record.elected_elsewhere(&t.model.conference, SECRET), [], "a nomination");
    t.press(KeyCode::Esc).select_item(ELECTION + 1).keys("v");
    let screen = |t: &Table| {
        let s = hoinghi::i18n::Lang::Vi.strings();
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).expect("terminal");
        let theme = hoinghi::theme::Theme::default();
        let ctx = hoinghi::view::Ctx { model: &t.model, ui: &t.ui, theme: &theme, s, now: t.now };
        terminal.draw(|f| hoinghi::view::draw(f, ctx)).expect("draw");
        terminal.backend().buffer().content().iter().map(|c| c.symbol()).collect::<String>()
    };
    let note = "Lưu ý: Sở Tư pháp đã trúng cử Khối trưởng Khối thi đua 1 năm 2024 (nội dung 8).";
    assert!(screen(&t).contains(note), "{}", screen(&t));
    // Closing with it elected again asks with the note first.
    t.keys("111111").press(KeyCode::Enter);
    assert!(screen(&t).contains("Kết thúc vòng 1?"), "{}", screen(&t));
    let question = screen(&t).split("Kết thúc vòng 1?").next().map(|q| q.matches("Lưu ý").count());
    assert_eq!(question, Some(2), "in the facts and in the question: {}", screen(&t));
}

/// 3–2–1 of six: nobody has more than half. The conference may vote again (b, asked first);
/// round 2 elects. A motion rejected has no such key.
#[test]
fn nobody_elected_the_conference_votes_again() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4, 5]).select_item(ELECTION).keys("v").keys("111223");
    t.press(KeyCode::Enter).keys("c");
    assert_eq!(t.ui.notice, Some(Notice::RoundClosed(hoinghi::poll::Outcome::NotElected)));
    assert!(matches!(&t.ui.screen, Screen::Poll(p) if p.phase == PollPhase::Revotable));
    t.keys("b");
    assert_eq!(t.ui.overlay, Some(Overlay::Confirm(hoinghi::app::Question::Revote)));
    t.keys("k");
    assert_eq!(t.poll().rounds.len(), 1, "k: nothing changes");
    t.keys("b").keys("c");
    assert_eq!(t.ui.notice, Some(Notice::Revote(2)));
    assert_eq!(t.poll().rounds.len(), 2);
    assert_eq!(t.poll().rounds[1].candidates, ["snv", "stp", "ttr"], "the same candidates");
    assert!(matches!(&t.ui.screen, Screen::Poll(p) if p.phase == PollPhase::Open));
    t.keys("111122").press(KeyCode::Enter).keys("c");
    assert_eq!(t.poll().result(), hoinghi::poll::PollResult::Elected { unit: "snv".into(), round: 2 });
    assert!(matches!(&t.ui.screen, Screen::Poll(p) if p.phase == PollPhase::Closed));
    t.keys("b");
    assert!(matches!(t.ui.notice, Some(Notice::UnknownKey(_))), "elected: no re-vote");
    assert_eq!(t.poll().rounds.len(), 2);
}

/// Nobody elected in the last round the rules allow (2 here): no `b`, and the screen says
/// where what the conference decides next is written; the biên bản says it was the last.
#[test]
fn nobody_elected_in_the_last_round_says_where_the_rest_goes() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4, 5]).select_item(ELECTION).keys("v").keys("111223");
    t.press(KeyCode::Enter).keys("c").keys("b").keys("c");
    let text = t.text(120, 30);
    assert!(!text.contains("Đã bầu đủ"), "a round is left: {text}");
    t.keys("111223").press(KeyCode::Enter).keys("c");
    assert_eq!(t.poll().result(), hoinghi::poll::PollResult::NotElected { round: 2 });
    assert!(t.poll().rounds_exhausted());
    let text = t.text(120, 30);
    assert!(text.contains("Đã bầu đủ 2 vòng theo quy chế"), "{text}");
    assert!(text.contains("(e ở màn hình chương trình)"), "{text}");
    assert!(!text.contains("nhấn b"), "{text}");
    t.keys("b");
    assert!(matches!(t.ui.notice, Some(Notice::UnknownKey(_))), "no third round");
    let minutes = hoinghi::export::markdown(&t.model);
    assert!(minutes.contains("không đơn vị nào trúng cử ở vòng 2, vòng cuối theo quy chế."), "{minutes}");
}

#[test]
fn a_tie_goes_to_a_second_round_then_to_the_chair() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3]).select_item(ELECTION).keys("v").keys("1122");
    t.press(KeyCode::Enter).keys("c");
    assert_eq!(t.poll().rounds.len(), 2);
    assert_eq!(t.poll().rounds[1].candidates, ["snv", "stp"], "only the tied");
    t.keys("1212").press(KeyCode::Enter).keys("c");
    assert!(t.poll().needs_chair_decision());
    // Left for now: the agenda's panel says it waits for the chair.
    t.press(KeyCode::Esc);
    let waits = "Ngang nhau ở vòng cuối, chờ chủ tọa quyết định · v để ghi";
    assert!(t.text(120, 30).contains(waits), "{}", t.text(120, 30));
    t.keys("v");
    t.keys("3");
    assert_eq!(t.ui.notice, Some(Notice::NoSuchChoice(3)), "two tied: no third");
    t.keys("2");
    assert!(matches!(t.ui.overlay, Some(Overlay::Prompt(..))), "the reason is asked");
    t.keys("Sở");
    assert_eq!(
        t.model.record.drafts.line,
        Some(LineDraft::Chair { item: ELECTION, chosen: vec!["stp".into()], text: "Sở".into() })
    );
    let (screen, _) = hoinghi::app::resumed_prompt(&t.model).expect("a prompt to resume");
    assert!(matches!(screen, Screen::Poll(p) if p.item == ELECTION));
    t.press(KeyCode::Backspace).press(KeyCode::Backspace);
    t.press(KeyCode::Enter);
    assert_eq!(t.ui.notice, Some(Notice::ReasonNeeded), "a blank reason is refused");
    t.keys("Sở Tư pháp đăng cai năm sau").press(KeyCode::Enter);
    let decision = t.poll().chair_decision.clone().expect("decided");
    assert_eq!(decision.elected.as_deref(), Some("stp"));
    assert_eq!(decision.reason, "Sở Tư pháp đăng cai năm sau");
}

/// A closed round opened again to correct it takes a vote from a unit that left only after
/// it closed (it was there to vote; it was refused as "gone"), and closed again on the same
/// tie keeps the chair's decision that the reopening set aside (it read "chờ chủ tọa quyết
/// định" on adopted minutes).
#[test]
fn a_correction_counts_units_gone_since_and_keeps_the_chairs_decision_of_the_same_tie() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3]).select_item(ELECTION).keys("v").keys("1122");
    t.press(KeyCode::Enter).keys("c").keys("1212").press(KeyCode::Enter).keys("c");
    t.keys("2").keys("Sở Tư pháp đăng cai năm sau").press(KeyCode::Enter);
    let decision = t.poll().chair_decision.clone().expect("decided");
    // The fourth unit leaves after the vote.
    t.press(KeyCode::Esc).keys("d").press(KeyCode::Home);
    for _ in 0..3 {
        t.press(KeyCode::Down);
    }
    t.keys("v").keys("Về họp gấp").press(KeyCode::Enter).press(KeyCode::Esc);
    t.select_item(ELECTION).keys("v").keys("r").keys("Ghi nhầm biểu quyết").press(KeyCode::Enter);
    assert!(t.poll().open_round().is_some() && t.poll().chair_decision.is_none(), "reopened");
    // The unit gone since: its vote may be corrected (the same, here).
    t.press(KeyCode::End).keys("2");
    assert!(!matches!(t.ui.notice, Some(Notice::LeftCannotVote(_))), "{:?}", t.ui.notice);
    t.press(KeyCode::Enter).keys("c");
    assert_eq!(t.poll().chair_decision, Some(decision), "the same tie: the chair's decision stands");
    assert!(
        matches!(t.poll().result(), hoinghi::poll::PollResult::DecidedByChair { elected: Some(u), .. } if u == "stp")
    );
    assert_eq!(t.poll().corrections.len(), 1, "the reopening stays in the audit trail");
}

/// After a restart, the vote open when the program died is where it opens, on whatever row
/// it was taken; a vote opened and left empty is not gone back to.
#[test]
fn a_restart_opens_on_the_vote_left_open_on_any_item() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4, 5]).press(KeyCode::Esc).keys("n");
    assert_eq!(t.model.record.current, Some(0));
    t.select_item(MOTION).keys("v");
    assert_eq!(hoinghi::app::resumed_vote(&t.model), None, "opened, nothing in it");
    t.keys("11");
    let (screen, notice) = hoinghi::app::resumed_vote(&t.model).expect("the vote, two votes in");
    assert!(matches!(screen, Screen::Poll(_)), "{screen:?}");
    assert_eq!(notice, Notice::VoteResumed { item: MOTION, secret: false });
    // The start itself: on the vote, the agenda's cursor on its item (not item 1 going on),
    // for Esc and then e, g or a to act on it.
    let ui = hoinghi::app::resumed(&t.model, Some(Notice::Resumed));
    assert!(matches!(ui.screen, Screen::Poll(_)) && ui.selected == MOTION, "{ui:?}");
    assert_eq!(ui.notice, Some(Notice::VoteResumed { item: MOTION, secret: false }), "more than which file");
    // A warning about which file this is stays: the vote is on screen anyway.
    let usb = std::path::PathBuf::from("/media/usb/bb.ron");
    let ui = hoinghi::app::resumed(&t.model, Some(Notice::MovedMissing(usb.clone())));
    assert_eq!(ui.notice, Some(Notice::MovedMissing(usb)));
    // A secret ballot's figures being typed: the notice speaks of figures, not votes.
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4, 5]).select_item(SECRET).press(KeyCode::Enter).keys("v").keys("6");
    let (_, notice) = hoinghi::app::resumed_vote(&t.model).expect("the ballot, a figure typed");
    assert_eq!(notice, Notice::VoteResumed { item: SECRET, secret: true });
    t.ui = hoinghi::app::resumed(&t.model, Some(Notice::Resumed));
    assert!(t.text(100, 30).contains("kết quả kiểm phiếu ở nội dung 7"), "{}", t.text(100, 30));
    // The cursor is back on the first figure still blank, where the typing stopped (it went
    // back to "Phiếu phát ra"); two typed, on the third.
    assert!(matches!(&t.ui.screen, Screen::Poll(p) if p.selected == 1), "{:?}", t.ui.screen);
    t.keys("6");
    t.ui = hoinghi::app::resumed(&t.model, Some(Notice::Resumed));
    assert!(matches!(&t.ui.screen, Screen::Poll(p) if p.selected == 2), "{:?}", t.ui.screen);
}

/// The biên bản tells the items in the order held: an item taken out of turn and going on
/// now is printed with those held, before the items still to come (it came after them all).
#[test]
fn an_item_taken_out_of_turn_is_told_before_those_to_come() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4, 5]).keys("nn"); // items 1 and 2
    t.select_item(3).press(KeyCode::Enter); // item 4 before item 3
    t.select_item(2).press(KeyCode::Enter); // then item 3, going on now
    let text = hoinghi::export::markdown(&t.model);
    let at = |i: usize| {
        let title = t.model.conference.agenda[i].title.trim().to_string();
        text.find(&title).unwrap_or_else(|| panic!("{title} in {text}"))
    };
    assert!(at(1) < at(3) && at(3) < at(2), "2, 4, 3 as held: {text}");
    assert!(at(2) < at(4), "3, going on, before 5, to come: {text}");
}

/// Backspace with nothing to take back (a unit without a vote, an empty figure) says so; it
/// was silent.
#[test]
fn backspace_with_nothing_to_take_back_says_so() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4, 5]).select_item(MOTION).keys("v");
    t.press(KeyCode::Backspace);
    assert_eq!(t.ui.notice, Some(Notice::NothingToClear));
    t.keys("1").press(KeyCode::Up).press(KeyCode::Backspace);
    assert_eq!(t.ui.notice, None, "a vote taken back: nothing to say");
    assert_eq!(t.poll().tally().not_voted.len(), 6);
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4, 5]).select_item(SECRET).keys("v");
    t.press(KeyCode::Backspace);
    assert_eq!(t.ui.notice, Some(Notice::NothingToClear));
    assert!(t.text(100, 30).contains("Ở đây chưa có gì để xóa."));
    // A seventh digit is said to be one too many; pasted figures are said not to go in.
    t.keys("1234567");
    assert_eq!(t.ui.notice, Some(Notice::FigureFull(6)));
    assert!(t.text(100, 30).contains("123456") && !t.text(100, 30).contains("1234567"));
    update(&mut t.model, &mut t.ui, Action::Paste("12".into()), t.now);
    assert_eq!(t.ui.notice, Some(Notice::NowhereToPaste));
}

/// A secret ballot counted against its valid ballots: how many votes are needed is said once
/// the figures are typed, not as "cần 0" before.
#[test]
fn the_votes_needed_wait_for_the_ballots() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4, 5]).select_item(SECRET).keys("v");
    let threshold =
        |t: &Table| t.text(120, 30).lines().find(|l| l.contains("Ngưỡng:")).unwrap_or_default().to_string();
    assert!(!threshold(&t).contains("cần"), "{}", threshold(&t));
    t.keys("6").press(KeyCode::Down).keys("6").press(KeyCode::Down).keys("6").press(KeyCode::Down).keys("0");
    t.press(KeyCode::Down).keys("4").press(KeyCode::Down).keys("2").press(KeyCode::Down).keys("0");
    assert!(threshold(&t).contains("cần 4"), "quá 1/2 of 6 valid: {}", threshold(&t));
}

/// A unit gone before the end: the attendance line says so beside "có mặt", which alone
/// reads as there throughout.
#[test]
fn units_gone_before_the_end_are_said_beside_those_present() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4, 5]).keys("nn");
    let text = hoinghi::export::markdown(&t.model);
    assert!(text.contains("có mặt 6/6 đơn vị;") && !text.contains("rời hội nghị"), "{text}");
    t.keys("d").press(KeyCode::End).keys("v").keys("về cơ quan họp gấp").press(KeyCode::Enter);
    let text = hoinghi::export::markdown(&t.model);
    assert!(text.contains("có mặt 6/6 đơn vị, trong đó 1 đơn vị rời hội nghị trước khi kết thúc;"), "{text}");
    // The roll call says since when, as it says when a unit came or came back.
    let gone = t.model.record.attendance.log.last().map(|c| c.at).expect("the mark");
    let screen = t.text(100, 30);
    let since = format!("vắng từ {}", hoinghi::i18n::hhmm(gone));
    let short = t.model.conference.units[5].short.clone();
    assert!(screen.lines().any(|l| l.contains(&short) && l.contains(&since)), "{since}\n{screen}");
}

/// A unit that comes after the vote screen was opened, before anyone voted, is counted: the
/// vote starts with the first vote. Once a vote is in, the units present stay as they were.
#[test]
fn a_unit_arriving_before_the_first_vote_can_vote() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4]).select_item(MOTION).press(KeyCode::Enter).keys("v");
    assert_eq!(t.poll().present.len(), 5);
    t.press(KeyCode::Esc).keys("d").press(KeyCode::End).keys("c").press(KeyCode::Esc);
    t.select_item(MOTION).keys("v");
    assert_eq!(t.ui.notice, Some(Notice::PresentRecounted { present: 6, members: 6 }));
    assert_eq!(t.poll().present.len(), 6, "the unit that came can vote");
    t.keys("1")
        .press(KeyCode::Esc)
        .keys("d")
        .press(KeyCode::End)
        .keys("v")
        .keys("về sớm")
        .press(KeyCode::Enter);
    t.press(KeyCode::Esc).select_item(MOTION).keys("v");
    assert_eq!(t.poll().present.len(), 6, "a vote is in: the count at the start stands");
    assert_eq!(t.ui.notice, None);
    // Units gone before the first vote, below the quorum: the vote cannot begin, as it could
    // not open (it showed the count taken at opening, and took votes).
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3]).select_item(MOTION).press(KeyCode::Enter).keys("v");
    t.press(KeyCode::Esc).keys("d").press(KeyCode::Home).keys("v").keys("về sớm").press(KeyCode::Enter);
    t.press(KeyCode::Esc).select_item(MOTION).keys("v");
    assert_eq!(t.ui.notice, Some(Notice::NoQuorum { present: 3, members: 6, needed: 4 }));
    assert_eq!(t.ui.screen, Screen::Agenda);
}

/// A unit marked present once votes are in is not counted in that vote: the roll call says
/// so as it is marked, instead of leaving the secretary to find it missing from the tally.
#[test]
fn a_unit_arriving_after_votes_are_in_is_told_it_is_not_counted() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4]).select_item(MOTION).keys("v").keys("1");
    t.press(KeyCode::Esc).keys("d").press(KeyCode::End).keys("c");
    let short = t.model.conference.units[5].short.clone();
    assert_eq!(t.ui.notice, Some(Notice::CameDuringVote(short.clone(), MOTION)));
    assert_eq!(t.model.record.poll(MOTION).map(|p| p.present.len()), Some(5), "the vote's base stands");
    // Back on the vote, and in the biên bản: it came once the vote had begun, and did not vote.
    t.press(KeyCode::Esc).select_item(MOTION).keys("v");
    let at_120 = t.text(120, 30);
    assert!(at_120.contains(&format!("Đến sau khi bắt đầu, không biểu quyết: {short}")), "{at_120}");
    let text = hoinghi::export::markdown(&t.model);
    // The biên bản names units in full, here as everywhere else.
    let name = t.model.conference.units[5].name.clone();
    assert_ne!(name, short);
    assert!(text.contains(&format!("Đến sau khi bắt đầu, không tham gia biểu quyết:** {name}.")), "{text}");
    t.press(KeyCode::Esc).keys("d").press(KeyCode::End);
    // Present already: marking it again changes nothing and says nothing.
    t.press(KeyCode::Up).press(KeyCode::Down).keys("c");
    assert_eq!(t.ui.notice, None);
    // Naming who attends for a unit not called marks it present: said the same way.
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4]).select_item(MOTION).keys("v").keys("1");
    t.press(KeyCode::Esc).keys("d").press(KeyCode::End).keys("d").keys("Lê Văn Bình").press(KeyCode::Enter);
    let short = t.model.conference.units[5].short.clone();
    assert_eq!(t.ui.notice, Some(Notice::CameDuringVote(short, MOTION)));
    // All present at once: the count, and that the vote does not count them.
    let mut t = Table::new();
    t.keys("d").keys("cccc").press(KeyCode::Esc).select_item(MOTION).keys("v").keys("1");
    t.press(KeyCode::Esc).keys("d").keys("a");
    assert_eq!(t.ui.notice, Some(Notice::AllPresent(2, Some(MOTION))), "the two not called");
}

/// A unit that leaves once votes are in stays in the vote's base, and nhất trí does not vote
/// for it: the roll call says so, the question counts the others, and the result is not
/// "nhất trí (100 %)".
#[test]
fn a_unit_leaving_during_a_vote_is_not_voted_for() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4, 5]).select_item(MOTION).keys("v").keys("1");
    t.press(KeyCode::Esc).keys("d").press(KeyCode::End).keys("v").keys("Ra về").press(KeyCode::Enter);
    let short = t.model.conference.units[5].short.clone();
    let gone = t.model.conference.units[5].id.clone();
    assert_eq!(t.ui.notice, Some(Notice::LeftDuringVote(short, MOTION)));
    t.press(KeyCode::Esc).select_item(MOTION).keys("v");
    assert_eq!(hoinghi::app::unanimous_count(&t.model, MOTION), 4, "the five left but the one gone");
    // A digit for it is refused with a sentence, and its row says it left.
    t.press(KeyCode::End).keys("1");
    let short = t.model.conference.units[5].short.clone();
    assert_eq!(t.ui.notice, Some(Notice::LeftCannotVote(short)));
    assert!(t.poll().tally().not_voted.contains(&gone), "no vote recorded");
    let text = t.text(80, 24);
    assert!(
        text.contains("— đã vắng") && text.contains("Đã vắng, không biểu quyết: Ban\u{a0}Dân\u{a0}tộc"),
        "{text}"
    );
    // Closing asks without counting it among those still to vote.
    t.press(KeyCode::Enter);
    let text = t.text(100, 30);
    assert!(
        text.contains("Chưa biểu quyết:")
            && !text.replace('\u{a0}', " ").contains("Ban Dân tộc TP. Kết thúc"),
        "{text}"
    );
    t.keys("k").press(KeyCode::Home);
    t.keys("a").keys("1").keys("c");
    assert_eq!(t.ui.notice, Some(Notice::Unanimous { cast: 4, all: false }));
    // Nobody had voted but one had left: not "nhất trí" either.
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4, 5]).select_item(MOTION).press(KeyCode::Enter);
    t.keys("v").keys("1").press(KeyCode::Up).press(KeyCode::Backspace);
    assert_eq!(t.poll().tally().not_voted.len(), 6, "the vote taken back: none is in");
    t.press(KeyCode::Esc).keys("d").press(KeyCode::End).keys("v").keys("Ra về").press(KeyCode::Enter);
    t.press(KeyCode::Esc).select_item(MOTION).keys("v").keys("a").keys("1").keys("c");
    assert_eq!(t.ui.notice, Some(Notice::Unanimous { cast: 5, all: false }));
    let tally = t.poll().tally();
    assert_eq!(t.poll().present.len(), 6, "the base stands");
    assert_eq!(tally.not_voted, vec![gone], "no vote recorded for the unit gone");
    // Only the unit gone without a vote: nobody is left for nhất trí.
    t.keys("a");
    assert_eq!((t.ui.notice.clone(), t.ui.overlay.clone()), (Some(Notice::AllVoted), None));
}

/// A vote opened on an item neither going on nor held (the cursor on the wrong row, before
/// the start) is allowed, and said; on the item going on, nothing is said.
#[test]
fn a_vote_on_an_item_not_held_is_said() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4]).select_item(MOTION).keys("v");
    assert!(matches!(t.ui.screen, Screen::Poll(_)));
    assert_eq!(t.ui.notice, Some(Notice::VoteOnItemNotHeld { item: MOTION, current: None }));
    assert!(t.text(80, 24).contains("hội nghị chưa bắt đầu, nội dung"), "{}", t.text(80, 24));
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4]).select_item(MOTION).press(KeyCode::Enter);
    assert_eq!(t.model.record.current, Some(MOTION));
    t.keys("v");
    assert!(matches!(t.ui.screen, Screen::Poll(_)));
    assert_eq!(t.ui.notice, None);
    // A secret ballot holds figures, not units' votes: it is taken back before any is typed.
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4]).select_item(SECRET).keys("v");
    let text = t.text(80, 24);
    assert!(text.contains("nội dung 7 chưa diễn ra; bỏ phiếu này được ghi"), "{text}");
    assert!(text.contains("Esc khi chưa nhập số liệu kiểm phiếu nào là hủy bỏ phiếu này"), "{text}");
    assert!(!text.contains("đơn vị nào biểu quyết"), "{text}");
}

/// A vote brought forward and closed before its item is held: the agenda's row says the
/// vote is over ("đã biểu quyết"), not only "chưa"; the item held, it is "đã xong".
#[test]
fn an_item_voted_before_it_is_held_says_so_on_the_agenda() {
    let row = |t: &Table| {
        let text = t.text(100, 30);
        text.lines().find(|l| l.starts_with("\"│ 6. ")).unwrap_or_default().to_string()
    };
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4, 5]).keys("n").select_item(MOTION).keys("v");
    t.keys("111111").press(KeyCode::Esc);
    assert!(row(&t).contains("chưa") && !row(&t).contains("đã biểu quyết"), "open: {}", row(&t));
    t.keys("v").press(KeyCode::Enter).keys("c").press(KeyCode::Esc);
    assert!(row(&t).contains("đã biểu quyết"), "{}", row(&t));
    t.select_item(MOTION).press(KeyCode::Enter).keys("n");
    assert!(row(&t).contains("đã xong"), "{}", row(&t));
}

/// A re-vote's voting begins when its screen is next opened with nobody having voted in it
/// (it opened as the tied round closed): the units present are taken then, as before any
/// vote, and without a quorum it is refused as opening a vote is. Round 1 keeps its own
/// count, and the biên bản gives the re-vote's. (A trial held a re-vote with 3 of 6 units
/// left and got "trúng cử" under "có mặt 4/6".)
#[test]
fn a_revote_takes_the_units_present_as_its_voting_begins() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4, 5]).select_item(ELECTION).press(KeyCode::Enter).keys("v");
    t.keys("111222").press(KeyCode::Enter).keys("c");
    assert_eq!(t.poll().rounds.len(), 2, "tied: the re-vote is open");
    let absent = |t: &mut Table, row: usize| {
        t.press(KeyCode::Esc).keys("d").press(KeyCode::Home);
        for _ in 0..row {
            t.press(KeyCode::Down);
        }
        t.keys("v").keys("Về họp gấp").press(KeyCode::Enter);
        // Nobody has voted in the re-vote: the unit is not said to stay in its count.
        assert!(!matches!(t.ui.notice, Some(Notice::LeftDuringVote(..))), "{:?}", t.ui.notice);
        t.press(KeyCode::Esc).select_item(ELECTION).keys("v");
    };
    absent(&mut t, 5);
    assert_eq!(t.ui.notice, Some(Notice::PresentRecounted { present: 5, members: 6 }));
    assert_eq!(t.poll().present.len(), 6, "round 1's count stands");
    assert_eq!(t.poll().rounds[1].present.as_ref().map(Vec::len), Some(5));
    assert!(t.text(80, 24).contains("Có mặt khi bắt đầu biểu quyết vòng 2: 5/6"), "{}", t.text(80, 24));
    absent(&mut t, 4);
    absent(&mut t, 3);
    assert_eq!(t.ui.notice, Some(Notice::NoQuorum { present: 3, members: 6, needed: 4 }));
    assert_eq!(t.ui.screen, Screen::Agenda, "refused without a quorum");
    // One comes back: 4 of 6, the quorum; they vote, and only they.
    t.keys("d").press(KeyCode::Home);
    for _ in 0..3 {
        t.press(KeyCode::Down);
    }
    t.keys("c").press(KeyCode::Esc).select_item(ELECTION).keys("v");
    assert_eq!(t.poll().voters(), ["vpubnd", "vpdbqh", "snv", "stp"]);
    t.keys("1112").press(KeyCode::Enter).keys("c");
    let poll = t.poll();
    assert_eq!(poll.result(), hoinghi::poll::PollResult::Elected { unit: "snv".into(), round: 2 });
    assert_eq!(poll.tally().base_value, 4, "counted against the four present");
    let md = hoinghi::export::markdown(&t.model);
    let round2 = md.split("Vòng 2").nth(1).unwrap_or_default();
    assert!(round2.contains("Số đơn vị có mặt khi bắt đầu biểu quyết:** 4/6 đơn vị."), "{md}");
}

/// A unit away while a re-vote began and was voted in, back soon after: the biên bản tells
/// its absence (the re-vote counted without it), where a short absence with nothing in it is
/// taken for a slip of the roll call. (A trial saw "có mặt 6/6" beside a round counted 4/6.)
#[test]
fn an_absence_across_a_revotes_start_is_told() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4, 5]).select_item(ELECTION).press(KeyCode::Enter).keys("v");
    t.keys("111222").press(KeyCode::Enter).keys("c");
    // Away for well under a minute (a key a second), as a slip of the roll call would be.
    t.step = TimeDelta::seconds(1);
    t.press(KeyCode::Esc).keys("d").press(KeyCode::End).keys("v").keys("Ra ngoài").press(KeyCode::Enter);
    t.press(KeyCode::Esc).select_item(ELECTION).keys("v");
    assert_eq!(t.ui.notice, Some(Notice::PresentRecounted { present: 5, members: 6 }));
    t.keys("11111").press(KeyCode::Esc).keys("d").press(KeyCode::End).keys("c").press(KeyCode::Esc);
    let md = hoinghi::export::markdown(&t.model);
    let row = md.lines().find(|l| l.contains("Ban Dân tộc")).unwrap_or_default();
    assert!(row.contains("vắng từ") && row.contains("Ra ngoài"), "{md}");
}

/// A secret ballot's form half typed: the checks on figures not typed yet are not shown (a
/// blank reads as 0: "(0 + 0) phải bằng số phiếu thu vào (6)" was noise), those on figures
/// typed are.
#[test]
fn a_half_typed_ballot_form_checks_only_the_figures_typed() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4, 5]).select_item(SECRET).press(KeyCode::Enter).keys("v");
    t.keys("6").press(KeyCode::Down).keys("6").press(KeyCode::Down);
    let text = t.text(100, 30);
    assert!(text.contains("chưa nhập") && !text.contains("phải bằng số phiếu thu vào"), "{text}");
    t.keys("5").press(KeyCode::Down).keys("0");
    let text = t.text(100, 30);
    assert!(text.contains("(5 + 0) phải bằng số phiếu thu vào (6)"), "{text}");
}

/// A vote opened on an item not going on and left with nothing in it is taken back on Esc,
/// and said: the biên bản has no vote under an item never held. With a vote in, or on the
/// item going on, it stays.
#[test]
fn an_empty_vote_on_an_item_not_held_is_withdrawn_on_leaving_it() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4]).select_item(MOTION).keys("v").press(KeyCode::Esc);
    assert!(t.model.record.poll(MOTION).is_none(), "withdrawn");
    assert_eq!(t.ui.notice, Some(Notice::EmptyVoteWithdrawn { item: MOTION, held: false }));
    assert!(t.text(80, 24).contains("chưa có đơn vị nào biểu quyết"), "{}", t.text(80, 24));
    t.select_item(MOTION).keys("v").keys("1").press(KeyCode::Esc);
    assert!(t.model.record.poll(MOTION).is_some(), "a vote in: kept");
    // A secret ballot's figure typed and erased is nothing either.
    t.select_item(SECRET).keys("v").keys("5").press(KeyCode::Backspace).press(KeyCode::Esc);
    assert!(t.model.record.poll(SECRET).is_none(), "withdrawn");
    assert!(t.model.record.drafts.ballots.is_empty(), "no draft of empty figures");
    let text = t.text(80, 24);
    assert!(text.contains("Bỏ phiếu của nội dung 7 chưa nhập số liệu kiểm phiếu nào"), "{text}");
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4]).select_item(MOTION).press(KeyCode::Enter).keys("v").press(KeyCode::Esc);
    assert!(t.model.record.poll(MOTION).is_some(), "the item going on: its vote stays open");
}

/// A vote opened on an item already done (from a later item, the cursor on the wrong row) is
/// said, and taken back on Esc while nothing is in it; one opened while its item was going on
/// stays, empty or not.
#[test]
fn an_empty_vote_opened_on_an_item_done_is_withdrawn_on_leaving_it() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4]).select_item(MOTION).press(KeyCode::Enter);
    t.now += chrono::TimeDelta::minutes(5);
    t.keys("n");
    t.ui.overlay = None;
    t.now += chrono::TimeDelta::minutes(5);
    assert!(t.model.record.held(MOTION) && t.model.record.current != Some(MOTION), "done");
    t.select_item(MOTION).keys("v");
    assert_eq!(t.ui.notice, Some(Notice::VoteOnItemDone(MOTION)));
    assert!(t.text(80, 24).contains("đã xong; biểu quyết này được ghi vào nội dung"), "{}", t.text(80, 24));
    t.press(KeyCode::Esc);
    assert!(t.model.record.poll(MOTION).is_none(), "withdrawn");
    assert_eq!(t.ui.notice, Some(Notice::EmptyVoteWithdrawn { item: MOTION, held: true }));
    assert!(t.text(80, 24).contains("được mở khi nội dung không diễn ra"), "{}", t.text(80, 24));
    // With a vote in it stays.
    t.select_item(MOTION).keys("v").keys("1").press(KeyCode::Esc);
    assert!(t.model.record.poll(MOTION).is_some(), "a vote in: kept");
    // Opened while going on and left empty: stays after the item is done.
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4]).select_item(MOTION).press(KeyCode::Enter).keys("v").press(KeyCode::Esc);
    t.now += chrono::TimeDelta::minutes(5);
    t.keys("n");
    t.ui.overlay = None;
    t.select_item(MOTION).keys("v");
    assert!(matches!(t.ui.screen, Screen::Poll(_)));
    t.press(KeyCode::Esc);
    assert!(t.model.record.poll(MOTION).is_some(), "opened while its item was going on: kept");
}

/// A vote opened on the wrong row before its item, a digit typed and taken back, and the
/// program closed on it (never left with Esc, which withdraws it): when its item goes on and
/// the vote is opened there, it starts then, with the units present then.
#[test]
fn a_vote_opened_by_mistake_and_emptied_starts_when_its_item_goes_on() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3]).select_item(MOTION).keys("v").keys("1").press(KeyCode::Up);
    t.press(KeyCode::Backspace);
    assert_eq!(t.poll().present.len(), 4);
    // Closed on it and started again: the record as it was, the screen the agenda's.
    t.ui = Ui::default();
    t.now += chrono::TimeDelta::minutes(40);
    t.keys("d").press(KeyCode::End).keys("c").press(KeyCode::Up).keys("c").press(KeyCode::Esc);
    t.select_item(MOTION).press(KeyCode::Enter);
    t.now += chrono::TimeDelta::minutes(5);
    let before = t.now;
    t.keys("v");
    assert_eq!(t.ui.notice, Some(Notice::PresentRecounted { present: 6, members: 6 }));
    let poll = t.poll();
    assert!(poll.present.len() == 6 && poll.opened_at >= before, "counted and timed now");
    assert!(poll.untouched(), "the slip of the wrong row is not in it");
    // Once a vote is in, it stands as it is.
    let opened = t.poll().opened_at;
    t.keys("1").press(KeyCode::Esc);
    t.now += chrono::TimeDelta::minutes(1);
    t.select_item(MOTION).keys("v");
    assert_eq!((t.poll().opened_at, t.poll().rounds[0].votes.len()), (opened, 1));
}

/// A unit that comes while two votes are open, one with a vote in and one whose only vote was
/// taken back: the notice names the vote it is not counted in.
#[test]
fn a_unit_coming_is_told_of_the_vote_with_votes_in() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4]).select_item(ELECTION).press(KeyCode::Enter);
    t.keys("v").keys("1").press(KeyCode::Up).press(KeyCode::Backspace).press(KeyCode::Esc);
    t.select_item(MOTION).keys("v").keys("1").press(KeyCode::Esc);
    assert!(t.model.record.poll(ELECTION).is_some_and(|p| p.holds_nothing()), "both open");
    t.keys("d").press(KeyCode::End).keys("c");
    let short = t.model.conference.units[5].short.clone();
    assert_eq!(t.ui.notice, Some(Notice::CameDuringVote(short, MOTION)));
}

/// Moving the agenda on from the item going on while its vote is open asks first; no stays,
/// yes moves on and leaves the vote open to be finished later.
#[test]
fn moving_on_from_an_open_vote_asks_first() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4]).select_item(MOTION).press(KeyCode::Enter).keys("v").keys("11");
    t.press(KeyCode::Esc).keys("n");
    assert!(matches!(t.ui.overlay, Some(Overlay::Confirm(Question::LeaveOpenVote(_)))), "asked");
    let asked = t.text(120, 30);
    assert!(asked.contains("Biểu quyết ở nội dung 6 chưa kết thúc."), "{asked}");
    t.keys("k");
    assert_eq!(t.model.record.current, Some(MOTION), "no: stays");
    t.keys("n").keys("c");
    assert_eq!(t.model.record.current, Some(MOTION + 1), "yes: moves on");
    assert!(t.model.record.poll(MOTION).is_some_and(|p| p.open_round().is_some()), "the vote left open");
    // Once it is closed, n moves on without a question.
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4]).select_item(MOTION).press(KeyCode::Enter).keys("v").keys("a").keys("1");
    t.keys("c").press(KeyCode::Enter).keys("c").press(KeyCode::Esc).keys("n");
    assert_eq!(t.ui.overlay, None);
    assert_eq!(t.model.record.current, Some(MOTION + 1));
}

/// On a closed vote the keys that vote say it is closed and how to reopen it, not that the
/// key is unknown; nothing changes.
#[test]
fn voting_keys_on_a_closed_vote_say_it_is_closed() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4]).select_item(MOTION).keys("v");
    // The motion's own words are on the vote screen (the title is the agenda's), wrapped.
    let screen =
        t.text(80, 24).lines().map(|l| l.trim_matches(['"', '│', ' '])).collect::<Vec<_>>().join(" ");
    assert!(
        screen.contains("Thông qua báo cáo tổng kết thực hiện giao ước thi đua năm 2023 và phương hướng hoạt động năm 2024"),
        "{screen}"
    );
    t.keys("11111").press(KeyCode::Enter).keys("c");
    assert!(t.model.record.poll(MOTION).is_some_and(|p| p.open_round().is_none()), "closed");
    let before = t.poll().clone();
    for key in [KeyCode::Char('2'), KeyCode::Char('a'), KeyCode::Backspace, KeyCode::Delete] {
        t.press(key);
        assert_eq!(t.ui.notice, Some(Notice::Vote(hoinghi::poll::VoteError::Closed)), "{key:?}");
    }
    assert_eq!(t.poll(), &before);
    assert!(t.text(80, 24).contains("nhấn r để mở lại"));
}

#[test]
fn every_unit_voting_alike_at_once_is_nhat_tri() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4]).select_item(MOTION).keys("v").keys("a").keys("1").keys("c");
    assert_eq!(t.ui.notice, Some(Notice::Unanimous { cast: 5, all: true }));
    t.keys("a");
    assert_eq!((t.ui.notice.clone(), t.ui.overlay.clone()), (Some(Notice::AllVoted), None), "nobody left");
}

#[test]
fn unanimous_asks_for_the_choice_then_confirms() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4]).select_item(MOTION).keys("v").keys("2");
    t.keys("a");
    assert_eq!(t.ui.overlay, Some(Overlay::PickUnanimous(Vec::new())));
    // A digit a motion does not have is said as such (was "press a choice's digit first").
    t.keys("5");
    assert_eq!(t.ui.notice, Some(Notice::NoSuchChoice(5)));
    assert_eq!(t.ui.overlay, Some(Overlay::PickUnanimous(Vec::new())), "still asked");
    t.keys("1");
    assert!(matches!(t.ui.overlay, Some(Overlay::Confirm(_))));
    t.keys("c");
    assert_eq!(t.ui.notice, Some(Notice::Unanimous { cast: 4, all: false }), "the units left, not nhất trí");
    let tally = t.poll().tally();
    assert_eq!((tally.count(&Choice::For), tally.count(&Choice::Against)), (4, 1), "the vote cast stays");
    t.press(KeyCode::Enter).keys("c");
    assert_eq!(t.ui.notice, Some(Notice::RoundClosed(Outcome::Passed)));
}

#[test]
fn a_secret_ballot_refuses_figures_that_do_not_add_up_and_keeps_what_was_typed() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4]).select_item(SECRET).keys("v");
    // issued 5, returned 6 (more than issued), valid 4, invalid 1.
    t.keys("5").press(KeyCode::Down).keys("6").press(KeyCode::Down).keys("4").press(KeyCode::Down).keys("1");
    assert_eq!(
        t.model.record.drafts.ballots.get(&SECRET).map(|d| d[..4].to_vec()),
        Some(vec!["5".into(), "6".into(), "4".into(), "1".into()]),
        "the draft is in the record"
    );
    // The votes are blank: Enter goes to the first of them instead of closing.
    t.press(KeyCode::Enter);
    assert_eq!(t.ui.notice, Some(Notice::BallotBlank));
    assert!(matches!(&t.ui.screen, Screen::Poll(p) if p.selected == 4), "on the first blank");
    t.keys("3").press(KeyCode::Down).keys("1").press(KeyCode::Down).keys("0");
    t.press(KeyCode::Enter);
    assert_eq!(t.ui.notice, Some(Notice::BallotProblems));
    assert!(t.poll().rounds[0].ballots.is_none(), "nothing recorded");
    // Fix: returned 5.
    for _ in 0..5 {
        t.press(KeyCode::Up);
    }
    t.press(KeyCode::Backspace).keys("5");
    t.press(KeyCode::Enter);
    assert!(matches!(t.ui.overlay, Some(Overlay::Confirm(_))), "{:?} {:?}", t.ui.notice, t.ui.screen);
    assert!(t.model.record.drafts.ballots.is_empty(), "recorded figures are no longer a draft");
    t.keys("c");
    assert_eq!(t.ui.notice, Some(Notice::RoundClosed(Outcome::Elected("vpubnd".into()))));
    let round = &t.poll().rounds[0];
    assert!(round.votes.is_empty(), "no unit's choice is stored for a secret ballot");
    assert_eq!(
        round.ballots.as_ref().map(|b| (b.issued, b.returned, b.valid, b.invalid)),
        Some((5, 5, 4, 1))
    );
}

/// A valid ballot may choose nobody: the biên bản says how many did, so that its table adds
/// up to the valid ballots (4 valid, 2 + 1 + 0 for the candidates: 1 blank).
#[test]
fn valid_ballots_for_nobody_are_counted_in_the_bien_ban() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4]).select_item(SECRET).keys("v");
    t.keys("5").press(KeyCode::Down).keys("5").press(KeyCode::Down).keys("4").press(KeyCode::Down).keys("1");
    t.press(KeyCode::Down).keys("2").press(KeyCode::Down).keys("1").press(KeyCode::Down).keys("0");
    t.press(KeyCode::Enter).keys("c");
    assert!(t.poll().open_round().is_none(), "closed: {:?}", t.ui.notice);
    let text = hoinghi::export::markdown(&t.model);
    assert!(text.contains("Số phiếu hợp lệ không bầu đơn vị nào: 1."), "{text}");
    // Every valid ballot for a candidate: nothing to say.
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4]).select_item(SECRET).keys("v");
    t.keys("5").press(KeyCode::Down).keys("5").press(KeyCode::Down).keys("4").press(KeyCode::Down).keys("1");
    t.press(KeyCode::Down).keys("3").press(KeyCode::Down).keys("1").press(KeyCode::Down).keys("0");
    t.press(KeyCode::Enter).keys("c");
    assert!(!hoinghi::export::markdown(&t.model).contains("không bầu đơn vị nào"));
}

/// Minutes whose vote figures were changed by hand so that they no longer give the result
/// recorded are refused at the place, in a sentence, as any other damage is: the biên bản
/// would otherwise print a result its own table contradicts.
#[test]
fn minutes_whose_votes_no_longer_give_their_result_are_refused() {
    use hoinghi::minutes::{self, Minutes};
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4]).select_item(MOTION).keys("v").keys("11111").press(KeyCode::Enter).keys("c");
    t.press(KeyCode::Esc)
        .select_item(SECRET)
        .keys("v")
        .keys("5")
        .press(KeyCode::Down)
        .keys("5")
        .press(KeyCode::Down);
    t.keys("4").press(KeyCode::Down).keys("1").press(KeyCode::Down).keys("3").press(KeyCode::Down).keys("1");
    t.press(KeyCode::Down).keys("0").press(KeyCode::Enter).keys("c");
    let read =
        |model: &Model| Minutes::from_text(Path::new("bb.ron"), &minutes::to_text(model).expect("text"));
    read(&t.model).expect("as recorded, they read");
    let vi = hoinghi::i18n::Lang::Vi.strings();

    // Three units changed to against: the motion recorded as passed no longer is.
    let mut motion = t.model.clone();
    let votes = &mut motion.record.poll_mut(MOTION).expect("the motion").rounds[0].votes;
    for unit in ["snv", "stp", "ttr"] {
        votes.insert(unit.into(), Choice::Against);
    }
    let error = read(&motion).expect_err("the result is not the votes'");
    assert!(
        (vi.file_error)(&error).ends_with(
            "số phiếu hoặc kết quả vòng 1 của biểu quyết ở nội dung 6 không khớp với các phiếu đã ghi; tệp biên bản đã bị sửa hoặc hỏng."
        ),
        "{error:?}"
    );
    let text = minutes::to_text(&motion).expect("text");
    let line = text.lines().nth(error.line - 1).expect("the line");
    assert!(line.trim_start().starts_with("outcome:"), "at the round's outcome: {line}");

    // The elected unit's figure changed: to 2 of 4 valid ballots, not over half, so not
    // elected; to 5, more votes than valid ballots.
    for figure in [2, 5] {
        let mut secret = t.model.clone();
        let ballots = secret.record.poll_mut(SECRET).and_then(|p| p.rounds[0].ballots.as_mut());
        let elected = ballots.and_then(|b| b.per_choice.get_mut(&Choice::Candidate("vpubnd".into())));
        *elected.expect("the elected unit's figure") = figure;
        let error = read(&secret).expect_err("figures that do not give the result");
        assert!(
            (vi.file_error)(&error).contains("vòng 1 của biểu quyết ở nội dung 7"),
            "{figure}: {error:?}"
        );
    }
}

/// On a motion only 1, 2 and 0 vote, as the legend shows: any other digit is said to be no
/// choice, and nothing is recorded.
#[test]
fn a_digit_a_motion_does_not_show_is_refused() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4, 5]).select_item(MOTION).keys("v");
    for digit in ['3', '9'] {
        t.keys(&digit.to_string());
        let d = digit.to_digit(10).and_then(|d| u8::try_from(d).ok()).expect("a digit");
        assert_eq!(t.ui.notice, Some(Notice::NoSuchChoice(d)));
        assert_eq!(t.poll().tally().not_voted.len(), 6, "nothing recorded for {digit}");
    }
    t.keys("0");
    assert_eq!(t.poll().tally().not_voted.len(), 5, "0 is Không biểu quyết");
}

/// A unit that came after the vote closed was not there for it: a correction opening the
/// round again later does not make it one that "came once the vote had begun".
#[test]
fn a_correction_does_not_make_a_later_arrival_one_that_came_during_the_vote() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4]).select_item(MOTION).keys("v").keys("a1c");
    t.press(KeyCode::Enter).keys("c");
    assert!(t.model.record.poll(MOTION).is_some_and(|p| p.open_round().is_none()), "closed");
    t.press(KeyCode::Esc).keys("d").press(KeyCode::End).keys("c").press(KeyCode::Esc);
    assert_eq!(t.ui.notice, None, "no vote under way to be told of");
    t.select_item(MOTION).keys("v").keys("r").keys("Sở Tư pháp giơ nhầm").press(KeyCode::Enter);
    assert!(t.poll().open_round().is_some(), "open again, to be corrected");
    assert!(!t.text(120, 30).contains("Đến sau khi bắt đầu"), "{}", t.text(120, 30));
    t.press(KeyCode::Home).keys("2").press(KeyCode::Enter).keys("c");
    assert_eq!(t.poll().corrections.len(), 1);
    let text = hoinghi::export::markdown(&t.model);
    assert!(text.contains("Sở Tư pháp giơ nhầm"), "the correction is in: {text}");
    assert!(!text.contains("Đến sau khi bắt đầu"), "{text}");
}

/// A show of hands corrected: the biên bản says whose vote changed and how, not only the
/// figures before.
#[test]
fn a_correction_names_the_votes_it_changed() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4, 5]).select_item(ELECTION).keys("v").keys("111223");
    t.press(KeyCode::Enter).keys("c");
    t.keys("r").keys("Ban Dân tộc giơ nhầm tay").press(KeyCode::Enter);
    t.press(KeyCode::End).keys("1").press(KeyCode::Enter).keys("c");
    let c = &t.model.conference;
    let [last, snv, ttr] = [&c.units[5].id, "snv", "ttr"].map(|id| c.unit(id).expect("a unit").name.clone());
    let text = hoinghi::export::markdown(&t.model);
    assert!(text.contains(&format!("Biểu quyết được sửa: {last}: {ttr} → {snv}.")), "{text}");
    assert_eq!(text.matches("Biểu quyết được sửa").count(), 1, "one unit changed: {text}");
}

#[test]
fn reopening_needs_a_reason_and_keeps_the_old_round() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4, 5]).select_item(MOTION).keys("v").keys("a1c");
    t.press(KeyCode::Enter).keys("c");
    t.keys("r").keys("Ban Dân tộc xin");
    // Half typed, the reason is a draft in the record: a restart reopens the prompt on it.
    assert_eq!(
        t.model.record.drafts.line,
        Some(LineDraft::Reopen { item: MOTION, text: "Ban Dân tộc xin".into() })
    );
    let (screen, prompt) = hoinghi::app::resumed_prompt(&t.model).expect("a prompt to resume");
    assert!(matches!(screen, Screen::Poll(p) if p.item == MOTION));
    assert!(matches!(prompt, Overlay::Prompt(Prompt::ReopenReason, f) if f.text() == "Ban Dân tộc xin"));
    t.keys(" biểu quyết lại").press(KeyCode::Enter);
    assert_eq!(t.ui.notice, Some(Notice::Reopened));
    assert_eq!(t.model.record.drafts.line, None, "done: no longer a draft");
    let poll = t.poll();
    assert_eq!(poll.corrections.len(), 1);
    assert_eq!(poll.corrections[0].before.outcome, Some(Outcome::Passed));
    assert!(poll.open_round().is_some());
    // Every unit has a vote in the reopened round: a digit still moves on to the next unit.
    t.press(KeyCode::Home).keys("2");
    let Screen::Poll(screen) = &t.ui.screen else { panic!("on the poll") };
    assert_eq!(screen.selected, 1, "on to the next unit");
    assert_eq!(t.poll().tally().not_voted.len(), 0);
}

fn cand(id: &str) -> Choice {
    Choice::Candidate(id.into())
}

#[test]
fn with_two_places_each_unit_marks_two_by_digit_and_nhat_tri_marks_the_same_two() {
    let mut t = Table::two_places("rules: (pass: AtLeast(70, 100)),");
    t.roll_call(&[0, 1, 2, 3, 4, 5]).select_item(ELECTION).keys("v");
    // 1 = Sở Nội vụ, 2 = Sở Tư pháp, 3 = Thanh tra. One digit marks, again takes it back.
    t.keys("1");
    assert!(matches!(&t.ui.screen, Screen::Poll(p) if p.selected == 0), "one mark of two: the unit stays");
    t.keys("1");
    assert!(t.poll().tally().not_voted.contains(&"vpubnd".to_string()), "taken back: not voted");
    t.keys("13");
    assert!(matches!(&t.ui.screen, Screen::Poll(p) if p.selected == 1), "two of two: on to the next");
    assert_eq!(t.poll().rounds[0].marks.get("vpubnd"), Some(&vec!["snv".to_string(), "ttr".to_string()]));
    // A third mark is refused and says why.
    t.press(KeyCode::Up).keys("2");
    assert_eq!(t.ui.notice, Some(Notice::Vote(hoinghi::poll::VoteError::TooManyMarks { places: 2 })));
    // 0: the second unit votes for none.
    t.press(KeyCode::Down).keys("0");
    assert_eq!(t.poll().rounds[0].choices_of("vpdbqh"), [Choice::Abstain]);
    // Nhất trí for the four left: Sở Nội vụ and Sở Tư pháp, picked then Enter.
    t.keys("a");
    t.press(KeyCode::Enter);
    assert_eq!(t.ui.notice, Some(Notice::PickFirst), "Enter before a digit says what is needed");
    t.keys("123");
    assert_eq!(t.ui.overlay, Some(Overlay::PickUnanimous(vec!["snv".into(), "stp".into()])));
    assert_eq!(t.ui.notice, Some(Notice::Vote(hoinghi::poll::VoteError::TooManyMarks { places: 2 })));
    t.press(KeyCode::Enter);
    assert_eq!(
        t.ui.overlay,
        Some(Overlay::Confirm(hoinghi::app::Question::Unanimous(vec![cand("snv"), cand("stp")])))
    );
    t.keys("c");
    assert_eq!(t.ui.notice, Some(Notice::Unanimous { cast: 4, all: false }), "the units left, not nhất trí");
    let tally = t.poll().tally();
    assert_eq!([tally.count(&cand("snv")), tally.count(&cand("stp")), tally.count(&cand("ttr"))], [5, 4, 1]);
    // 70 % of 6 is 4.2: five votes meet it, four do not; the second place stays empty.
    assert_eq!(tally.selected, ["snv"]);
    t.press(KeyCode::Enter).keys("c");
    assert_eq!(t.poll().rounds[0].selected, ["snv"]);
    assert_eq!(t.poll().places_left(), 1);
}

/// Two places, one filled in round 1 and two tied for the other: round 2 is for that one
/// place, and the vote screen says so (it said "Chọn 2 đơn vị").
#[test]
fn a_revote_for_the_place_left_says_it_chooses_one() {
    let mut t = Table::two_places("rules: (pass: AtLeast(1, 3)),");
    t.roll_call(&[0, 1, 2, 3, 4, 5]).select_item(ELECTION).keys("v");
    assert!(t.text(120, 30).contains("Chọn 2 đơn vị"), "{}", t.text(120, 30));
    // snv 6, stp 3, ttr 3: snv chosen, stp and ttr tied for the second place.
    t.keys("12").keys("12").keys("12").keys("13").keys("13").keys("13");
    t.press(KeyCode::Enter).keys("c");
    assert_eq!(t.poll().rounds.len(), 2, "a re-vote for the place left");
    assert_eq!(t.poll().rounds[1].places, 1);
    let text = t.text(120, 30);
    assert!(text.contains("Vòng này chọn 1 đơn vị cho vị trí còn lại"), "{text}");
    assert!(!text.contains("Chọn 2 đơn vị"), "{text}");
    // Nobody has voted in it yet: closing now would choose nobody more, snv staying chosen
    // (it said "không trúng cử" as if nobody had been).
    assert!(text.contains("Nếu kết thúc bây giờ: không chọn thêm đơn vị nào"), "{text}");
}

/// A nomination that names the next Khối trưởng says on screen whom it proposes, or that
/// the first two chosen have as many votes and none is proposed (as the biên bản does).
#[test]
fn the_vote_screen_says_the_proposed_khoi_truong() {
    for (marks, said) in [
        ("121212121312", "Theo quy chế: Sở Nội vụ được đề xuất làm Khối trưởng tiếp theo."),
        ("121212121323", "Sở Nội vụ, Sở Tư pháp có số phiếu bằng nhau: chưa xác định đơn vị"),
    ] {
        let mut t = Table::two_places("nominee_becomes_head: true,");
        t.roll_call(&[0, 1, 2, 3, 4, 5]).select_item(ELECTION).keys("v");
        for pair in marks.as_bytes().chunks(2) {
            t.keys(std::str::from_utf8(pair).expect("digits"));
        }
        t.press(KeyCode::Enter).keys("c");
        let text = t.text(120, 40);
        assert!(text.replace('\u{a0}', " ").contains(said), "{text}");
    }
}

#[test]
fn three_tied_for_two_places_go_to_a_second_round_then_the_chair_picks_two() {
    let mut t = Table::two_places("");
    t.roll_call(&[0, 1, 2, 3, 4, 5]).select_item(ELECTION).keys("v");
    // Each candidate gets 4 of 6: all meet "quá 1/2", three for two places.
    t.keys("12").keys("12").keys("13").keys("13").keys("23").keys("23");
    t.press(KeyCode::Enter).keys("c");
    assert_eq!(t.poll().rounds.len(), 2, "voted again");
    t.keys("12").keys("12").keys("13").keys("13").keys("23").keys("23");
    t.press(KeyCode::Enter).keys("c");
    assert!(t.poll().needs_chair_decision());
    assert_eq!(t.ui.contexts()[0], hoinghi::keys::Context::Chair);
    // r still reopens the last round to correct it (asked, with a reason).
    t.keys("r");
    assert!(matches!(t.ui.overlay, Some(Overlay::Prompt(hoinghi::app::Prompt::ReopenReason, _))));
    t.press(KeyCode::Esc);
    // Digits mark (and unmark) up to the two places, kept in the order of the tie.
    t.keys("2").keys("2").keys("3").keys("1");
    assert!(matches!(&t.ui.screen, Screen::Poll(p) if p.chosen == ["snv", "ttr"]), "in the tie's order");
    t.keys("2");
    assert_eq!(t.ui.notice, Some(Notice::ChairPlaces(2)));
    // 0 means nobody more: the reason is asked for the units marked, which stay.
    t.keys("0");
    assert!(matches!(
        &t.ui.overlay,
        Some(Overlay::Prompt(hoinghi::app::Prompt::ChairReason(chosen), _)) if chosen == &["snv", "ttr"]
    ));
    t.press(KeyCode::Esc).keys("3").keys("3");
    t.press(KeyCode::Enter);
    assert!(matches!(t.ui.overlay, Some(Overlay::Prompt(..))), "the reason is asked");
    t.keys("Hai đơn vị dẫn đầu về điểm thi đua");
    // A restart here: the reason comes back, and behind it the units the chair marked (the
    // panel said "không đơn vị nào" under a prompt naming two).
    let back = hoinghi::app::resumed(&t.model, None);
    assert!(matches!(&back.screen, Screen::Poll(p) if p.chosen == ["snv", "ttr"]), "{:?}", back.screen);
    t.press(KeyCode::Enter);
    assert_eq!(t.ui.notice, Some(Notice::ChairDecided));
    assert_eq!(t.poll().selected(), ["snv", "ttr"]);
    let decision = t.poll().chair_decision.clone().expect("decided");
    assert_eq!(
        (decision.elected.as_deref(), decision.also.as_slice()),
        (Some("snv"), &["ttr".to_string()][..])
    );
}

/// At 80×24 every unit's row on a show of hands reads differently, though two names begin
/// alike past what fits ("Ủy ban nhân dân phường Nguyễn Cư Trinh", "… Nguyễn Thái Bình"):
/// a vote typed on the wrong row is seen.
#[test]
fn units_whose_names_begin_alike_read_apart_on_the_vote_screen() {
    let mut t = Table::new();
    let text = std::fs::read_to_string("sample-data/quan1-tong-ket-2022.ron").expect("sample");
    let text = text.replace("short: \"Phường Nguyễn", "short: \"Ủy ban nhân dân phường Nguyễn");
    let c = Conference::from_text(Path::new("quan1.ron"), &text).expect("valid");
    assert_eq!(c.units.iter().filter(|u| u.short.starts_with("Ủy ban nhân dân phường Nguyễn")).count(), 2);
    t.model = Model::new(c);
    let vote = t.model.conference.agenda.iter().position(|a| a.vote.is_some()).expect("a vote");
    t.keys("d").keys("a").press(KeyCode::Esc).keys("n").select_item(vote).keys("v");
    let screen = t.text(80, 24);
    let rows: Vec<&str> = screen.lines().filter(|r| r.contains(" —")).collect();
    assert_eq!(rows.len(), t.model.conference.units.len(), "{screen}");
    let names: std::collections::HashSet<&str> =
        rows.iter().map(|r| r.split(" —").next().unwrap_or("")).collect();
    assert_eq!(names.len(), rows.len(), "two rows alike:\n{screen}");
}

/// A secret ballot's tally beside a form that does not add up shows no figures (not zeros
/// for every candidate); once it adds up, the form's.
#[test]
fn a_form_that_does_not_add_up_shows_no_figures_beside_it() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4, 5]).select_item(SECRET).press(KeyCode::Enter).keys("v");
    let candidates = t.poll().rounds[0].candidates.len();
    // Issued 6, returned 6, valid 5, invalid 2 (5 + 2 is not 6); then a vote for each.
    for figure in ["6", "6", "5", "2"] {
        t.keys(figure).press(KeyCode::Down);
    }
    for _ in 0..candidates {
        t.keys("1").press(KeyCode::Down);
    }
    let text = t.text(100, 30);
    assert!(text.contains("(5 + 2) phải bằng số phiếu thu vào (6)"), "{text}");
    // The tally's row of a candidate: its name, then nothing up to the border (it read
    // "Sở Nội vụ   0   –").
    let row = text.lines().find_map(|l| l.split_once("│Sở Nội vụ").map(|(_, rest)| rest.to_string()));
    let row = row.as_deref().map(|r| r.trim_matches([' ', '"']));
    assert_eq!(row, Some("│"), "no figures while it does not add up:\n{text}");
    // Up from the last candidate to the invalid ballots: 1, not 2.
    for _ in 0..candidates {
        t.press(KeyCode::Up);
    }
    t.press(KeyCode::Backspace).keys("1");
    let text = t.text(100, 30);
    assert!(text.contains("Số liệu khớp."), "{text}");
    assert!(text.contains("20,00 %"), "one vote of five valid ballots:\n{text}");
    // Recorded, then opened again to correct: a figure changed so that the form does not add
    // up shows no figures either (the recorded ones beside it read as the tally of the form).
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4, 5]).select_item(SECRET).press(KeyCode::Enter).keys("v");
    let votes = ["4", "1", "1", "0", "0", "0"].into_iter().take(candidates);
    for figure in ["6", "6", "6", "0"].into_iter().chain(votes) {
        t.keys(figure).press(KeyCode::Down);
    }
    t.press(KeyCode::Enter).keys("c");
    assert!(t.poll().rounds[0].ballots.is_some() && t.poll().open_round().is_none(), "recorded");
    t.keys("r").keys("Ghi nhầm số phiếu").press(KeyCode::Enter);
    assert!(t.poll().open_round().is_some(), "open again");
    let text = t.text(100, 30);
    assert!(text.contains("66,67 %"), "the recorded figures, as typed:\n{text}");
    t.press(KeyCode::Home).press(KeyCode::Down).press(KeyCode::Backspace).keys("7");
    let text = t.text(100, 30);
    assert!(text.contains("phải bằng"), "{text}");
    assert!(!text.contains("66,67 %"), "no figures while it does not add up:\n{text}");
}

/// Before a round is closed on a tie, the preview says what follows, as the question will:
/// a re-vote among the tied, or after the last round, the chair.
#[test]
fn a_tie_foreseen_says_what_follows_it() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3]).select_item(ELECTION).keys("v").keys("1122");
    // Wide enough for the sentence on one row.
    let text = t.text(220, 40);
    assert!(text.contains("Các đơn vị ngang nhau sẽ được bầu lại ở vòng 2."), "{text}");
    t.press(KeyCode::Enter).keys("c").keys("1212");
    let text = t.text(220, 40);
    assert!(text.contains("Đây là vòng bầu cuối cùng theo quy chế: chủ tọa sẽ quyết định."), "{text}");
}

/// An item voted on was held: `s` on it is refused and said (the biên bản printed "không thực
/// hiện" above the vote's result); the item going on is not stopped by it either.
#[test]
fn an_item_voted_on_cannot_be_skipped() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4, 5]).keys("n");
    t.select_item(MOTION).keys("v").keys("111111").press(KeyCode::Enter).keys("c").press(KeyCode::Esc);
    assert!(t.model.record.poll(MOTION).is_some_and(|p| p.open_round().is_none()), "closed");
    t.keys("s");
    assert_eq!(t.ui.notice, Some(Notice::CannotSkipVoted(MOTION + 1)));
    assert_eq!(t.model.record.items[MOTION].state, hoinghi::record::ItemState::Pending);
    assert!(t.text(80, 24).contains("Nội dung 6 đã có biểu quyết, không ghi là không thực hiện được."));
    // Without a vote, s skips as before.
    t.press(KeyCode::Down).keys("s");
    assert_eq!(t.model.record.items[MOTION + 1].state, hoinghi::record::ItemState::Skipped);
}

/// Moving on from a secret ballot left open speaks of the ballot (bỏ phiếu), not of a vote.
#[test]
fn moving_on_from_an_open_ballot_calls_it_a_ballot() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4, 5]).select_item(SECRET).press(KeyCode::Enter).keys("v").keys("6");
    t.press(KeyCode::Esc).keys("n");
    let text = t.text(100, 30);
    assert!(
        text.contains("Bỏ phiếu ở nội dung 7 chưa kết thúc.") && text.contains("Bỏ phiếu vẫn mở;"),
        "{text}"
    );
}

/// A vote left open shows on its item's panel, with the key back to it (a trial could not
/// tell from the agenda that one was open); closed, the line goes.
#[test]
fn an_open_vote_is_said_on_its_items_panel() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4, 5]).keys("n");
    t.select_item(MOTION).keys("v").keys("1").press(KeyCode::Esc);
    // The panel is the current item's: the vote on item 6 is said there.
    let elsewhere =
        "Biểu quyết ở nội dung 6 đang mở (vòng 1), chưa kết thúc · chọn nội dung 6, v để tiếp tục";
    assert!(t.text(120, 30).contains(elsewhere), "{}", t.text(120, 30));
    // Before the start (no item current) the panel is the selected item's.
    let mut early = Table::new();
    early.roll_call(&[0, 1, 2, 3, 4, 5]).select_item(MOTION).keys("v").keys("1").press(KeyCode::Esc);
    let here = "Biểu quyết đang mở (vòng 1), chưa kết thúc · v để tiếp tục";
    assert!(early.text(120, 30).contains(here), "{}", early.text(120, 30));
    t.keys("v").keys("11111").press(KeyCode::Enter).keys("c").press(KeyCode::Esc);
    assert!(!t.text(100, 30).contains("đang mở"), "{}", t.text(100, 30));
}

/// The units still to vote are named each on one row: "Văn phòng" at a row's end and
/// "UBND TP" at the next read as two units (a trial at 80×24).
#[test]
fn the_units_still_to_vote_keep_their_names_whole() {
    let mut t = Table::new();
    t.roll_call(&[0, 1, 2, 3, 4, 5]).select_item(MOTION).press(KeyCode::Enter).keys("v");
    t.press(KeyCode::Down).keys("1");
    let text = t.text(80, 24);
    for name in ["Văn phòng UBND TP", "Sở Nội vụ", "Ban Dân tộc TP"] {
        assert!(text.contains(&name.replace(' ', "\u{a0}")), "{name} whole on a row:\n{text}");
    }
}
