//! End to end: the terminal is always given back as it was — after a panic, after SIGTERM,
//! and after Ctrl+C in any mode — and bracketed paste is switched off again. A hang-up (the
//! terminal gone) ends the program; what was recorded is on disk each time.

#[path = "support/pty.rs"]
mod pty;

use pty::{Pty, Scratch, keys};

fn assert_restored(p: &Pty) {
    p.with_screen(|s| {
        assert!(!s.alternate_screen(), "still in the alternate screen\n{}", pty::dump_screen(s));
        assert!(!s.hide_cursor(), "cursor left hidden\n{}", pty::dump_screen(s));
        assert!(!s.bracketed_paste(), "bracketed paste left on\n{}", pty::dump_screen(s));
    });
}

fn started(home: &Scratch, env: Option<(&str, &str)>) -> Pty {
    let mut spawn = Pty::hoinghi_with(&[]).home(home.path());
    if let Some((k, v)) = env {
        spawn = spawn.env(k, v);
    }
    let p = spawn.spawn();
    p.wait_for_text("Đã lưu");
    p.with_screen(|s| assert!(s.bracketed_paste(), "bracketed paste is on while running"));
    p
}

#[test]
fn a_panic_restores_the_terminal() {
    let home = Scratch::new("panic");
    let mut p = started(&home, Some(("HOINGHI_TEST_PANIC", "1")));
    p.send_str("n");
    p.wait_for_text(" 1. ▶");
    p.send(b"\x1b[24~"); // F12: the injected panic
    let status = p.wait_exit_status();
    assert!(!status.success(), "a panic is a failure");
    assert_restored(&p);
    p.wait_for_text("injected by HOINGHI_TEST_PANIC");
}

#[test]
fn a_hang_up_ends_the_program_and_keeps_what_was_recorded() {
    let home = Scratch::new("hangup");
    let mut p = started(&home, None);
    p.send_str("nn");
    p.wait_for_text(" 2. ▶");
    let hung = std::process::Command::new("kill").args(["-HUP", &p.pid().to_string()]).status();
    assert!(hung.is_ok_and(|s| s.success()));
    let status = p.wait_exit_status();
    assert!(!status.success(), "ended by the hang-up, not left running");
    let minutes = home.join("home/.local/share/hoinghi/khoi-thi-dua-1_2024-01-16.ron");
    let text = std::fs::read_to_string(minutes).expect("the minutes");
    assert!(text.contains("current: 1,"), "item 2 current, on disk");
}

#[test]
fn sigterm_saves_and_restores() {
    for signal in ["TERM", "INT"] {
        let home = Scratch::new("signal");
        let mut p = started(&home, None);
        p.send_str("nn");
        p.wait_for_text(" 2. ▶");
        let killed =
            std::process::Command::new("kill").args([&format!("-{signal}"), &p.pid().to_string()]).status();
        assert!(killed.is_ok_and(|s| s.success()), "kill -{signal}");
        assert_eq!(p.wait_exit(), 0, "SIG{signal} ends the program cleanly");
        assert_restored(&p);
        p.wait_for_text("Biên bản đã lưu tại");
    }
}

#[test]
fn ctrl_c_asks_in_every_mode_and_never_answers_another_question() {
    let home = Scratch::new("ctrlc");
    let mut p = started(&home, None);
    // In a prompt (the reason for an absence): Ctrl+C asks to quit.
    p.send_str("d");
    p.wait_for_text("chưa điểm danh");
    p.send_str("v");
    p.wait_for_text("Lý do vắng mặt");
    p.send(keys::CTRL_C);
    p.wait_for_text("Thoát khỏi chương trình?");
    p.send_str("k");
    p.wait_for_no_text("Thoát khỏi chương trình?");
    // Not quitting: back in the field.
    p.wait_for_text("Lý do vắng mặt");
    // In a comment being written.
    p.send_esc();
    p.wait_for_no_text("Lý do vắng mặt");
    p.send_esc();
    p.wait_for_text("Chương trình hội nghị");
    p.send_str("g");
    p.wait_for_text("Ý kiến góp ý");
    p.send_str("n");
    p.wait_for_text("gõ một phần tên");
    p.send(keys::CTRL_C);
    p.wait_for_text("Thoát khỏi chương trình?");
    p.send(keys::CTRL_C);
    assert_eq!(p.wait_exit(), 0, "Ctrl+C twice quits");
    assert_restored(&p);
}
