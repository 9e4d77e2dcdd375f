//! End to end: the real `hoinghi` binary in a pseudo-terminal, looked at through vt100.
//!
//! Every check is on the parsed screen; every wait has a 10 s deadline (see `support/pty.rs`).

#[path = "support/pty.rs"]
mod pty;

use pty::{HOINGHI, Pty, Scratch, find_row, has_text, keys, screen_rows};

const AGENDA_TITLE: &str = "Chương trình hội nghị";
const QUIT_QUESTION: &str = "Thoát khỏi hoinghi?";
const NOW_PANEL: &str = "Nội dung đang diễn ra";

/// Waits until item `n` is the current one: its agenda row shows "▶" after the number, and
/// no other row does.
fn wait_current(p: &Pty, n: usize) {
    let marker = format!(" {n}. ▶");
    p.wait_for(
        |s| {
            let rows = screen_rows(s);
            rows.iter().any(|r| r.contains(&marker)) && rows.iter().filter(|r| r.contains('▶')).count() == 1
        },
        &format!("item {n} current ({marker:?} in the agenda, and only one ▶)"),
    );
}

/// The program's first frame: the agenda.
fn wait_started(p: &Pty) {
    p.wait_for(|s| s.alternate_screen() && has_text(s, AGENDA_TITLE), "the agenda on the alternate screen");
}

/// After the program ended: back on the normal screen, cursor visible.
fn assert_terminal_restored(p: &Pty) {
    p.with_screen(|s| {
        assert!(!s.alternate_screen(), "still in the alternate screen after exit\n{}", pty::dump_screen(s));
        assert!(!s.hide_cursor(), "cursor left hidden after exit\n{}", pty::dump_screen(s));
    });
}

#[test]
fn steps_three_items_and_quits() {
    let mut p = Pty::hoinghi(&[]);
    wait_started(&p);
    p.wait_for_text("Hội nghị chưa bắt đầu.");
    assert!(p.find_row("▶").is_none(), "an item is current before the first n\n{}", p.dump());

    for n in 1..=3 {
        p.send_str("n");
        wait_current(&p, n);
    }

    // Item 3 is current in the agenda …
    let (_, row) = p.find_row(" 3. ▶").expect("row of item 3");
    assert!(row.contains("Báo cáo kết quả"), "row of item 3: {row:?}\n{}", p.dump());
    // … and the lower panel, titled "now", starts with its number and full title.
    p.wait_for(
        |s| {
            let rows = screen_rows(s);
            let Some((i, _)) = find_row(s, NOW_PANEL) else { return false };
            rows.get(usize::from(i) + 1).is_some_and(|r| {
                r.trim_start_matches('│').starts_with("3. Báo cáo kết quả phong trào thi đua")
            })
        },
        "panel \"Nội dung đang diễn ra\" showing \"3. Báo cáo kết quả phong trào thi đua …\"",
    );
    assert!(!p.screen_text().contains("Hội nghị chưa bắt đầu."), "{}", p.dump());

    p.send_str("q");
    p.wait_for_text(QUIT_QUESTION);
    p.send_str("c");
    assert_eq!(p.wait_exit(), 0, "exit code\n{}", p.dump());
    assert_terminal_restored(&p);
}

#[test]
fn quit_can_be_cancelled_and_ctrl_c_twice_quits() {
    let mut p = Pty::hoinghi(&[]);
    wait_started(&p);

    // q, then k: the question goes away and the program goes on.
    p.send_str("q");
    p.wait_for_text(QUIT_QUESTION);
    p.send_str("k");
    p.wait_for_no_text(QUIT_QUESTION);
    assert!(p.is_running(), "the program ended after answering k\n{}", p.dump());

    // q, then Esc alone: the same.
    p.send_str("q");
    p.wait_for_text(QUIT_QUESTION);
    p.send_esc();
    p.wait_for_no_text(QUIT_QUESTION);
    assert!(p.is_running(), "the program ended after Esc\n{}", p.dump());

    // The program still takes keys.
    p.send_str("n");
    wait_current(&p, 1);

    // Ctrl+C asks; Ctrl+C in the question quits.
    p.send(keys::CTRL_C);
    p.wait_for_text(QUIT_QUESTION);
    assert!(p.is_running(), "the first Ctrl+C ended the program\n{}", p.dump());
    p.send(keys::CTRL_C);
    assert_eq!(p.wait_exit(), 0, "exit code\n{}", p.dump());
    assert_terminal_restored(&p);
}

#[test]
fn english_with_lang_en() {
    let mut p = Pty::hoinghi(&["--lang", "en"]);
    p.wait_for(
        |s| s.alternate_screen() && has_text(s, "Agenda") && has_text(s, "The conference has not started."),
        "the English agenda, not started",
    );
    let text = p.screen_text();
    assert!(!text.contains(AGENDA_TITLE), "Vietnamese title in the English interface\n{}", p.dump());

    p.send_str("q");
    p.wait_for_text("Quit the program?");
    p.send_str("y");
    assert_eq!(p.wait_exit(), 0, "exit code\n{}", p.dump());
    assert_terminal_restored(&p);
}

#[test]
fn small_terminal_says_enlarge() {
    let mut p = Pty::hoinghi_with(&[]).size(15, 60).spawn();
    p.wait_for(
        |s| s.alternate_screen() && has_text(s, "Cửa sổ quá nhỏ (60×15)"),
        "the too-small message naming 60×15",
    );
    assert!(!p.screen_text().contains(AGENDA_TITLE), "agenda drawn in a too-small window\n{}", p.dump());

    p.resize(24, 80);
    assert_eq!(p.size(), (24, 80));
    p.wait_for(
        |s| has_text(s, AGENDA_TITLE) && !has_text(s, "Cửa sổ quá nhỏ"),
        "the agenda after enlarging to 80×24",
    );

    p.send_str("q");
    p.wait_for_text(QUIT_QUESTION);
    p.send(keys::ENTER);
    assert_eq!(p.wait_exit(), 0, "exit code\n{}", p.dump());
    assert_terminal_restored(&p);
}

#[test]
fn bad_conference_file_exits_2_without_touching_the_terminal() {
    let dir = Scratch::new("bad-file");
    let file = dir.write("hoi-nghi-hong.ron", "(format_version: 1,");
    let shown = file.display().to_string();

    let mut p = Pty::hoinghi(&[shown.as_str()]);
    assert_eq!(p.wait_exit(), 2, "exit code\n{}", p.dump());
    p.with_screen(|s| {
        let text = s.contents();
        assert!(!s.alternate_screen(), "left in the alternate screen\n{}", pty::dump_screen(s));
        assert!(!s.hide_cursor(), "cursor hidden\n{}", pty::dump_screen(s));
        assert!(text.contains(&shown), "file name {shown:?} not shown\n{}", pty::dump_screen(s));
        assert!(text.contains("dòng") && text.contains("cột"), "no line/column\n{}", pty::dump_screen(s));
    });
    // The terminal was not switched, cleared or styled: the program wrote no control
    // sequence at all, only its message (a check for absence, not a text match).
    let raw = p.raw_output();
    assert!(
        !raw.contains(&0x1b),
        "escape sequences written for a bad file: {:?}",
        String::from_utf8_lossy(&raw)
    );

    // `hoinghi check FILE` says the same on stderr, exit code 2.
    let out = pty::command(HOINGHI, dir.path()).arg("check").arg(&file).output().expect("run hoinghi check");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "check exit code; stderr: {stderr}");
    assert!(stderr.contains("dòng 1"), "stderr: {stderr:?}");
    assert!(stderr.contains(&shown), "stderr does not name the file: {stderr:?}");
    assert!(out.stdout.is_empty(), "stdout: {:?}", String::from_utf8_lossy(&out.stdout));
}
