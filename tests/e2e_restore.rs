//! End to end: the terminal is always given back as it was — after a panic, after SIGTERM or
//! a hang-up, and after Ctrl+C in any mode — and bracketed paste is switched off again; what
//! was recorded, to the last letter typed, is on disk each time.

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
fn a_hang_up_saves_what_was_being_typed_and_restores() {
    // The window closed (SIGHUP) a moment after the last letters: they are on disk, not only
    // what the draft timer had saved.
    let home = Scratch::new("hangup");
    let mut p = started(&home, None);
    p.send_str("n");
    p.wait_for_text(" 1. ▶");
    p.send_str("e");
    p.wait_for_text("Diễn biến · Nội dung 1.");
    p.send_str("Các đơn vị nhất trí với báo cáo");
    p.wait_for_text("nhất trí với báo cáo");
    let hung = std::process::Command::new("kill").args(["-HUP", &p.pid().to_string()]).status();
    assert!(hung.is_ok_and(|s| s.success()));
    assert_eq!(p.wait_exit(), 0, "the hang-up ends the program as q does");
    assert_restored(&p);
    let minutes = home.join("home/.local/share/hoinghi/khoi-thi-dua-1_2024-01-16.ron");
    let text = std::fs::read_to_string(minutes).expect("the minutes");
    assert!(text.contains("Các đơn vị nhất trí với báo cáo"), "the note being typed, on disk");
}

#[test]
fn a_save_that_failed_is_tried_again_once_the_folder_is_back() {
    // The minutes on a USB stick pulled out and put back: saved again with no key pressed.
    let home = Scratch::new("retry");
    let usb = home.join("usb");
    std::fs::create_dir_all(&usb).expect("the stick");
    let minutes = usb.join("bb.ron");
    let mut p = Pty::hoinghi_with(&["--minutes", &minutes.display().to_string()]).home(home.path()).spawn();
    p.wait_for_text("Đã lưu");
    std::fs::remove_dir_all(&usb).expect("pulled out");
    p.send_str("n");
    p.wait_for_text("CHƯA LƯU ĐƯỢC");
    std::fs::create_dir_all(&usb).expect("put back");
    p.wait_for_no_text("CHƯA LƯU ĐƯỢC");
    let text = std::fs::read_to_string(&minutes).expect("saved again");
    assert!(text.contains("current: 0,"), "item 1 begun, on disk");
    p.send_str("q");
    p.wait_for_text("Thoát khỏi hoinghi?");
    p.send_str("c");
    assert_eq!(p.wait_exit(), 0);
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
    p.wait_for_text("Thoát khỏi hoinghi?");
    p.send_str("k");
    p.wait_for_no_text("Thoát khỏi hoinghi?");
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
    p.wait_for_text("Thoát khỏi hoinghi?");
    p.send(keys::CTRL_C);
    assert_eq!(p.wait_exit(), 0, "Ctrl+C twice quits");
    assert_restored(&p);
}
