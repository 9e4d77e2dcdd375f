//! End to end: member units' comments typed into the real binary in a pseudo-terminal the way
//! Vietnamese input methods send them (Unikey's bursts of Backspaces, decomposed characters,
//! a bracketed paste), read back from the parsed screen in NFC; edited, deleted; and a comment
//! half typed when the process is killed comes back.

#[path = "support/pty.rs"]
mod pty;

use std::time::{Duration, Instant};

use pty::{Pty, Scratch, keys};
use unicode_normalization::UnicodeNormalization;

/// What Unikey (backspace mode) sends while a word is typed in Telex: after each key the
/// word on screen changes from one form to the next; the input method erases back to where
/// they differ and types the rest.
fn unikey(forms: &[&str]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut shown: Vec<char> = Vec::new();
    for form in forms {
        let next: Vec<char> = form.chars().collect();
        let same = shown.iter().zip(&next).take_while(|(a, b)| a == b).count();
        out.extend(std::iter::repeat_n(0x7f, shown.len() - same));
        out.extend(next[same..].iter().collect::<String>().bytes());
        shown = next;
    }
    out
}

const SENTENCE: &str = "Đề nghị bổ sung số liệu về chuyển đổi số";

fn telex_sentence() -> Vec<u8> {
    let words: [&[&str]; 10] = [
        &["D", "Đ", "Đe", "Đê", "Đề"],
        &["n", "ng", "ngh", "nghi", "nghị"],
        &["b", "bo", "bô", "bổ"],
        &["s", "su", "sun", "sung"],
        &["s", "so", "sô", "số"],
        &["l", "li", "lie", "liê", "liêu", "liệu"],
        &["v", "ve", "vê", "về"],
        &["c", "ch", "chu", "chuy", "chuye", "chuyê", "chuyên", "chuyển"],
        &["d", "đ", "đo", "đô", "đôi", "đổi"],
        &["s", "so", "sô", "số"],
    ];
    let mut out = Vec::new();
    for (i, forms) in words.iter().enumerate() {
        if i > 0 {
            out.push(b' ');
        }
        out.extend(unikey(forms));
    }
    out
}

fn start(home: &Scratch) -> Pty {
    let p = Pty::hoinghi_with(&[]).home(home.path()).size(30, 100).spawn();
    p.wait_for_text("Đã lưu");
    p
}

/// From the agenda: the comments of item 5 (Thảo luận), then a new one for `unit_query`.
fn new_comment(p: &mut Pty, unit_query: &str) {
    p.send_str("n");
    p.wait_for_text("gõ một phần tên");
    p.send_str(unit_query);
    p.send(keys::ENTER);
    // Then who spoke (the delegate, filled in): Enter keeps it.
    p.send(keys::ENTER);
    p.wait_for_text("Nội dung ý kiến");
}

fn save_comment(p: &mut Pty) {
    p.send(keys::CTRL_S);
    p.wait_for_text("Đã ghi ý kiến.");
}

#[test]
fn comments_typed_as_input_methods_send_them() {
    let home = Scratch::new("comments");
    let mut p = start(&home);
    for _ in 0..4 {
        p.send(keys::DOWN);
    }
    p.send_str("g");
    p.wait_for_text("Ý kiến góp ý · Nội dung 5.");

    // 1. Telex through Unikey's Backspace bursts, one burst per word.
    new_comment(&mut p, "noi vu");
    p.send(&telex_sentence());
    p.wait_for_text(SENTENCE);
    save_comment(&mut p);
    p.wait_for_text("Sở Nội vụ · ");
    p.wait_for_text(SENTENCE);

    // 2. Decomposed characters, one at a time (a Mac or an NFD keyboard layout).
    let nfd: String = "Nhất trí với dự thảo báo cáo".nfd().collect();
    new_comment(&mut p, "tu phap");
    for c in nfd.chars() {
        p.send_str(&c.to_string());
    }
    p.wait_for_text("Nhất trí với dự thảo báo cáo");
    save_comment(&mut p);

    // 3. Pasted (bracketed paste), decomposed.
    let pasted: String = "Đề nghị làm rõ tiêu chí chấm điểm".nfd().collect();
    new_comment(&mut p, "TTTP");
    p.send(&keys::paste(&pasted));
    p.wait_for_text("Đề nghị làm rõ tiêu chí chấm điểm");
    save_comment(&mut p);

    // Every text on screen is NFC, exactly as typed.
    let screen = p.screen_text();
    for text in [SENTENCE, "Nhất trí với dự thảo báo cáo", "Đề nghị làm rõ tiêu chí chấm điểm"]
    {
        assert!(screen.contains(text), "{text:?} not on screen in NFC\n{}", p.dump());
    }

    // Edit the first: to it, Enter, to the end, add a sentence, save.
    p.send(keys::UP);
    p.send(keys::UP);
    p.wait_for_text("Sở Nội vụ · ");
    p.send(keys::ENTER);
    p.wait_for_text("Sửa ý kiến");
    p.send(b"\x1b[1;5F"); // Ctrl+End: the end of the text
    p.send_str(" Xin cảm ơn.");
    save_comment(&mut p);
    p.wait_for_text(&format!("{SENTENCE} Xin cảm ơn."));

    // Delete the pasted one, after the confirmation.
    p.send(keys::DOWN);
    p.send(keys::DOWN);
    p.wait_for_text("Thanh tra TP · ");
    p.send_str("x");
    p.wait_for_text("Xóa ý kiến của Thanh tra TP");
    p.send_str("c");
    p.wait_for_text("Đã xóa ý kiến");
    p.wait_for_no_text("Đề nghị làm rõ tiêu chí chấm điểm");

    // The minutes keep the deletion and the earlier text.
    let path = home.join("home/.local/share/hoinghi/khoi-thi-dua-1_2024-01-16.ron");
    let minutes = std::fs::read_to_string(&path).expect("minutes");
    assert!(minutes.contains("deleted_at"), "the deletion is in the record");
    assert!(minutes.contains(&format!("text: \"{SENTENCE}\"")), "the text before the edit is kept");
    p.send_str("q");
    p.wait_for_text("Thoát khỏi hoinghi?");
    p.send_str("c");
    assert_eq!(p.wait_exit(), 0);
}

#[test]
fn a_comment_half_typed_survives_kill_9() {
    let home = Scratch::new("half");
    let mut p = start(&home);
    p.send_str("g");
    p.wait_for_text("Ý kiến góp ý · Nội dung 1.");
    new_comment(&mut p, "ban dan toc");
    p.send_str("Đề nghị Khối tổ chức tập huấn về chuyển đổi");
    p.wait_for_text("Đề nghị Khối tổ chức tập huấn về chuyển đổi");
    // Typing is saved within a second: wait until it is on disk, then kill.
    let path = home.join("home/.local/share/hoinghi/khoi-thi-dua-1_2024-01-16.ron");
    let deadline = Instant::now() + Duration::from_secs(10);
    while !std::fs::read_to_string(&path).is_ok_and(|t| t.contains("tập huấn về chuyển đổi")) {
        assert!(Instant::now() < deadline, "the draft never reached the disk");
        std::thread::sleep(Duration::from_millis(50));
    }
    p.kill_hard();

    let mut again = Pty::hoinghi_with(&[]).home(home.path()).size(30, 100).spawn();
    again.wait_for_text("Tiếp tục phần đang ghi dở");
    again.wait_for_text("Ban Dân tộc TP");
    again.wait_for_text("Đề nghị Khối tổ chức tập huấn về chuyển đổi");
    again.send_str(" số.");
    save_comment(&mut again);
    again.wait_for_text("Đề nghị Khối tổ chức tập huấn về chuyển đổi số.");
    again.send_str("q");
    again.wait_for_text("Thoát khỏi hoinghi?");
    again.send_str("c");
    assert_eq!(again.wait_exit(), 0);
}

/// A long text pasted by a terminal that does not mark pastes (or typed faster than read)
/// arrives as thousands of keys at once: all of it is taken without waiting for another key
/// (crossterm's default reader left what it had not read in the kernel until the next key).
#[test]
fn a_long_unmarked_paste_is_taken_whole_at_once() {
    let home = Scratch::new("long-paste");
    let mut p = start(&home);
    p.send_str("g");
    p.wait_for_text("Ý kiến góp ý · Nội dung 1.");
    new_comment(&mut p, "ban dan toc");
    let sentence =
        "Đề nghị Khối bổ sung kết quả thực hiện chuyển đổi số trong công tác thi đua, khen thưởng. ";
    let text = sentence.repeat(40) + "Hết ý kiến.";
    assert!(text.len() > 4000, "several of the reader's 1,024-byte reads");
    p.send_str(&text);
    // Nothing else is sent: the whole text reaches the draft on disk.
    on_disk(&home, "khen thưởng. Hết ý kiến.");
    save_comment(&mut p);
    p.send_str("q");
    p.wait_for_text("Thoát khỏi hoinghi?");
    p.send_str("c");
    assert_eq!(p.wait_exit(), 0);
}

/// Waits until `text` is in the minutes on disk (typing is saved within a second).
fn on_disk(home: &Scratch, text: &str) {
    let path = home.join("home/.local/share/hoinghi/khoi-thi-dua-1_2024-01-16.ron");
    let deadline = Instant::now() + Duration::from_secs(10);
    while !std::fs::read_to_string(&path).is_ok_and(|t| t.contains(text)) {
        assert!(Instant::now() < deadline, "{text:?} never reached the disk");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A one-line answer (tiếp thu) and an absence's reason half typed survive a crash: the
/// program reopens on them, the text as far as it was typed.
#[test]
fn a_half_typed_answer_and_reason_survive_kill_9() {
    let home = Scratch::new("half-line");
    let mut p = start(&home);
    p.send_str("g");
    p.wait_for_text("Ý kiến góp ý · Nội dung 1.");
    new_comment(&mut p, "tu phap");
    p.send_str("Đề nghị bổ sung số liệu khen thưởng.");
    save_comment(&mut p);
    p.send_str("t");
    p.wait_for_text("Tiếp thu");
    p.send_str("Đã bổ sung ở phụ lục");
    p.wait_for_text("Đã bổ sung ở phụ lục");
    on_disk(&home, "Đã bổ sung ở phụ lục");
    p.kill_hard();

    let mut again = Pty::hoinghi_with(&[]).home(home.path()).size(30, 100).spawn();
    again.wait_for_text("Tiếp tục phần đang ghi dở");
    again.wait_for_text("Đã bổ sung ở phụ lục");
    again.send_str(" 2");
    again.send(keys::ENTER);
    again.wait_for_text("Tiếp thu: Đã bổ sung ở phụ lục 2");
    // The reason of an absence, half typed.
    again.send_esc();
    again.wait_for_text("Chương trình hội nghị");
    again.send_str("d");
    again.wait_for_text("chưa điểm danh");
    again.send(keys::DOWN);
    again.send_str("v");
    again.wait_for_text("Lý do vắng mặt");
    again.send_str("Đi công tác");
    again.wait_for_text("Đi công tác");
    on_disk(&home, "Đi công tác");
    again.kill_hard();

    let mut third = Pty::hoinghi_with(&[]).home(home.path()).size(30, 100).spawn();
    third.wait_for_text("Tiếp tục phần đang ghi dở");
    third.wait_for_text("Lý do vắng mặt");
    third.send_str(" nước ngoài");
    third.send(keys::ENTER);
    third.wait_for_row(&["2. Văn phòng Đoàn", "vắng", "Đi công tác nước ngoài"]);
    third.send_str("q");
    third.wait_for_text("Thoát khỏi hoinghi?");
    third.send_str("c");
    assert_eq!(third.wait_exit(), 0);
    let minutes =
        std::fs::read_to_string(home.join("home/.local/share/hoinghi/khoi-thi-dua-1_2024-01-16.ron"))
            .expect("minutes");
    assert!(!minutes.contains("line:"), "no draft left once done");
}
