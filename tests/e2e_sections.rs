//! End to end: the scoring item of the Khối thi đua số 9 sample in the real binary, in a
//! pseudo-terminal: scores typed for two units, the ranking read off the parsed screen,
//! and found again after kill -9.

#[path = "support/pty.rs"]
mod pty;

use pty::{Pty, Scratch, keys};

#[test]
fn the_scoring_item_of_khoi_thi_dua_so_9() {
    let home = Scratch::new("scoring");
    let file = std::fs::canonicalize("sample-data/ktd9-hanoi-so-ket-2024.ron").expect("the sample");
    let file = file.to_string_lossy().into_owned();
    let mut p = Pty::hoinghi_with(&[&file]).home(home.path()).size(30, 100).spawn();
    p.wait_for_text("Đã lưu");
    // To item 6, the scoring item: six n.
    for n in 1..=6 {
        p.send_str("n");
        p.wait_for_text(&format!(" {n}. ▶"));
    }
    p.wait_for_text("Loại: Chấm điểm, xếp hạng");
    p.send_str("c");
    p.wait_for_text("Chấm điểm, xếp hạng · /100");
    // Sở Y tế: 28, 22,5, 18, 14, 9, no agreed score; Sở GD&ĐT: 31 (over 30, asked), 25, 20, 15, 10,
    // agreed 95.
    for score in ["28", "22,5", "18", "14", "9", "", "31", "25", "20", "15", "10", "95"] {
        if score.is_empty() {
            p.send(keys::ENTER);
            p.wait_for_text("Enter: ghi · Esc: thôi");
        } else {
            p.send_str(score);
            p.wait_for_text("Enter: ghi · Esc: thôi");
        }
        p.send(keys::ENTER);
        p.wait_for_no_text("Enter: ghi · Esc: thôi");
        if score == "31" {
            // Over the criterion's 30: asked first.
            p.wait_for_text("Tiêu chí I tối đa 30 điểm. Vẫn ghi 31 điểm?");
            p.send_str("c");
            p.wait_for_no_text("Vẫn ghi 31 điểm?");
        }
    }
    p.wait_for_text("Xếp hạng: 1. Sở GD&ĐT (95) · 2. Sở Y tế (91,5)");
    p.wait_for_row(&["2. Sở GD&ĐT", "31 !", "101", "95", "1"]);
    p.kill_hard();

    let mut again = Pty::hoinghi_with(&[&file]).home(home.path()).size(30, 100).spawn();
    again.wait_for_text("Tiếp tục biên bản đã có");
    again.send_str("c");
    again.wait_for_text("Xếp hạng: 1. Sở GD&ĐT (95) · 2. Sở Y tế (91,5)");
    again.send_str("q");
    again.wait_for_text("Thoát khỏi hoinghi?");
    again.send_str("c");
    assert_eq!(again.wait_exit(), 0);
}
