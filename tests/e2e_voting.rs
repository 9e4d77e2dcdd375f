//! End to end: the Khối trưởng election of the Khối thi đua 1 sample, in the real binary in
//! a pseudo-terminal: roll call, six votes by key with the live count read off the parsed
//! screen after each, closing, the elected unit on screen; then a restart finds it all.

#[path = "support/pty.rs"]
mod pty;

use pty::{Pty, Scratch, keys};

/// The tally line of Sở Nội vụ (candidate 1) as the screen prints it.
/// A tally row: the names are as wide as the longest choice, "Không biểu quyết" (16).
fn tally_line(digit: u32, name: &str, count: u32, percent: &str) -> String {
    format!("{digit} {name:<16} {count:>3} {percent:>8}")
}

fn snv_line(count: u32, percent: &str) -> String {
    tally_line(1, "Sở Nội vụ", count, percent)
}

#[test]
fn electing_the_khoi_truong_with_six_units_voting() {
    let home = Scratch::new("vote");
    let mut p = Pty::hoinghi_with(&[]).home(home.path()).size(30, 100).spawn();
    p.wait_for_text("Đã lưu");

    // Roll call: everyone present.
    p.send_str("d");
    p.wait_for_text("chưa điểm danh");
    p.send_str("a");
    p.wait_for_text("Có mặt 6/6 đơn vị");
    p.wait_for_text("Đủ túc số");
    p.send_esc();
    p.wait_for_text("Chương trình hội nghị");

    // Item 8: Bầu Khối trưởng Khối thi đua 1 năm 2024.
    for _ in 0..7 {
        p.send(keys::DOWN);
    }
    p.send_str("v");
    p.wait_for_text("Bầu Khối trưởng Khối thi đua 1 năm 2024 · Biểu quyết giơ tay · Vòng 1");
    p.wait_for_text("Có mặt khi biểu quyết: 6/6 đơn vị");
    p.wait_for_text(&snv_line(0, "0,00 %"));

    // Six units: Sở Nội vụ, Sở Nội vụ, Sở Nội vụ, Sở Tư pháp, không biểu quyết, Sở Nội vụ.
    let steps = [
        ("1", 1, "16,67 %"),
        ("1", 2, "33,33 %"),
        ("1", 3, "50,00 %"),
        ("2", 3, "50,00 %"),
        ("0", 3, "50,00 %"),
        ("1", 4, "66,67 %"),
    ];
    for (key, count, percent) in steps {
        p.send_str(key);
        p.wait_for_text(&snv_line(count, percent));
    }
    p.wait_for_text(&tally_line(2, "Sở Tư pháp", 1, "16,67 %"));
    p.wait_for_text("Tất cả đơn vị có mặt đã biểu quyết.");
    p.wait_for_text("Nếu kết thúc bây giờ: Sở Nội vụ trúng cử");

    p.send(keys::ENTER);
    p.wait_for_text("Kết thúc vòng 1? Kết quả: Sở Nội vụ trúng cử.");
    p.send_str("c");
    p.wait_for_text("Vòng 1: Sở Nội vụ trúng cử");
    p.wait_for_text("Đã kết thúc vòng: Sở Nội vụ trúng cử.");

    // Back on the agenda, the item shows its result; quit and restart: all still there.
    p.send_esc();
    p.wait_for_text("Vòng 1: Sở Nội vụ trúng cử");
    p.kill_hard();
    let mut again = Pty::hoinghi_with(&[]).home(home.path()).size(30, 100).spawn();
    again.wait_for_text("Tiếp tục biên bản đã có");
    for _ in 0..7 {
        again.send(keys::DOWN);
    }
    again.wait_for_text("Vòng 1: Sở Nội vụ trúng cử");
    again.send_str("v");
    again.wait_for_text(&snv_line(4, "66,67 %"));
    again.send_str("q");
    again.wait_for_text("Thoát khỏi hoinghi?");
    again.send_str("c");
    assert_eq!(again.wait_exit(), 0);
}
