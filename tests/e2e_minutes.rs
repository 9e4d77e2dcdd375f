//! End to end: minutes that are never lost. The real binary in a pseudo-terminal is killed
//! with SIGKILL, refused a second copy, robbed of its folder and of disk space, and given a
//! damaged file; every check is on the parsed screen or on the files it leaves.

#[path = "support/pty.rs"]
mod pty;

use std::path::{Path, PathBuf};

use hoinghi::minutes::Minutes;
use pty::{HOINGHI, Pty, Scratch, Spawn, keys, screen_rows};

/// Where the bundled sample's minutes go for a run with home folder `home`.
fn default_minutes(home: &Path) -> PathBuf {
    home.join("home/.local/share/hoinghi/khoi-thi-dua-1_2024-01-16.ron")
}

fn load(path: &Path) -> Minutes {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Minutes::from_text(path, &text).unwrap_or_else(|e| panic!("{e}"))
}

/// Waits for words that may wrap across rows (the screen read as one text, rows joined by
/// spaces).
fn wait_for_words(p: &Pty, words: &str) {
    p.wait_for(
        |s| screen_rows(s).iter().map(|r| r.trim()).collect::<Vec<_>>().join(" ").contains(words),
        &format!("the words {words:?}"),
    );
}

fn wait_current(p: &Pty, n: usize) {
    let marker = format!(" {n}. ▶");
    p.wait_for(|s| screen_rows(s).iter().any(|r| r.contains(&marker)), &format!("item {n} current"));
}

fn quit(p: &mut Pty) -> u32 {
    p.send_str("q");
    p.wait_for_text("Thoát khỏi hoinghi?");
    p.send_str("c");
    p.wait_exit()
}

#[test]
fn kill_9_then_restart_loses_nothing() {
    let home = Scratch::new("kill9");
    let mut p = Pty::hoinghi_with(&[]).home(home.path()).spawn();
    p.wait_for_text("Đã lưu");
    p.send_str("n");
    wait_current(&p, 1);
    p.send_str("n");
    wait_current(&p, 2);
    p.send(keys::DOWN);
    p.wait_for_row(&[" 3. ", "Báo cáo kết quả"]);
    p.send_str("s"); // item 3 skipped ahead
    p.wait_for_text("Đã bỏ qua nội dung 3.");
    p.send_str("n"); // item 2 done, item 4 current (3 is skipped)
    wait_current(&p, 4);
    p.kill_hard();

    let minutes = load(&default_minutes(home.path()));
    assert_eq!(minutes.record.current, Some(3), "on disk before the screen showed it");

    let mut again = Pty::hoinghi_with(&[]).home(home.path()).spawn();
    again.wait_for_text("Tiếp tục biên bản đã có");
    wait_current(&again, 4);
    let rows = again.rows();
    assert!(rows.iter().any(|r| r.contains(" 1. ✓")), "{}", again.dump());
    assert!(rows.iter().any(|r| r.contains(" 2. ✓")), "{}", again.dump());
    assert!(rows.iter().any(|r| r.contains(" 3. –")), "item 3 still skipped\n{}", again.dump());
    again.wait_for_text("Nội dung đang diễn ra");
    assert_eq!(quit(&mut again), 0);
    again.wait_for_text("Biên bản đã lưu tại");
}

#[test]
fn minutes_given_directly_are_resumed() {
    let home = Scratch::new("direct");
    let path = home.join("bien-ban.ron");
    let path_arg = path.to_string_lossy().into_owned();
    let mut p = Pty::hoinghi_with(&["--minutes", &path_arg]).home(home.path()).spawn();
    p.wait_for_text("Đã lưu");
    p.send_str("nn");
    wait_current(&p, 2);
    assert_eq!(quit(&mut p), 0);

    let other_home = Scratch::new("direct-2");
    let mut again = Pty::hoinghi_with(&[&path_arg]).home(other_home.path()).spawn();
    again.wait_for_text("Tiếp tục biên bản đã có");
    wait_current(&again, 2);
    assert_eq!(quit(&mut again), 0);
}

#[test]
fn a_second_copy_is_refused_and_a_dead_ones_lock_is_gone() {
    let home = Scratch::new("lock");
    let mut first = Pty::hoinghi_with(&[]).home(home.path()).spawn();
    first.wait_for_text("Đã lưu");

    let second = pty::command(HOINGHI, home.path()).output().expect("runs");
    assert_eq!(second.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert!(stderr.contains("đang được một hoinghi khác mở"), "{stderr}");
    assert!(stderr.contains("--new"), "{stderr}");

    first.kill_hard();
    let mut third = Pty::hoinghi_with(&[]).home(home.path()).spawn();
    third.wait_for_text("Tiếp tục biên bản đã có");
    assert_eq!(quit(&mut third), 0);
}

#[test]
fn a_vanished_folder_gets_a_banner_keeps_everything_and_saves_elsewhere() {
    let home = Scratch::new("vanish");
    let folder = home.join("usb");
    let path = folder.join("bien-ban.ron");
    std::fs::create_dir_all(&folder).expect("the stick plugged in");
    let mut p = Pty::hoinghi_with(&["--minutes", &path.to_string_lossy()]).home(home.path()).spawn();
    p.wait_for_text("Đã lưu");
    std::fs::remove_dir_all(&folder).expect("pull the stick out");

    p.send_str("n");
    wait_current(&p, 1);
    p.wait_for_text("CHƯA LƯU ĐƯỢC");
    wait_for_words(&p, "(bien-ban.ron): không tìm thấy thư mục.");
    p.send_str("n");
    wait_current(&p, 2);

    // Save elsewhere: clear the prefilled path, type a new one.
    p.send_str("w");
    p.wait_for_text("Lưu biên bản vào tệp");
    p.send(&[0x7f; 200]);
    let elsewhere = home.join("bien-ban-moi.ron");
    p.send_str(&elsewhere.to_string_lossy());
    p.send(keys::ENTER);
    p.wait_for_no_text("CHƯA LƯU ĐƯỢC");
    p.wait_for_text("Từ nay biên bản được lưu vào");
    assert_eq!(load(&elsewhere).record.current, Some(1), "both items recorded while unsaved are there");
    assert_eq!(quit(&mut p), 0);
    // The folder the minutes came from is gone, so it keeps no pointer: the way back is said.
    wait_for_words(&p, "Lần sau, để mở tiếp biên bản này: hoinghi --minutes");
    wait_for_words(&p, "bien-ban-moi.ron");
}

/// Saved elsewhere with `w` (a USB stick, say), then started again the plain way: the
/// minutes are resumed where they went, not from the copy left in the data folder.
#[test]
fn a_plain_start_after_saving_elsewhere_resumes_there() {
    let home = Scratch::new("moved");
    let mut p = Pty::hoinghi_with(&[]).home(home.path()).spawn();
    p.wait_for_text("Đã lưu");
    p.send_str("w");
    p.wait_for_text("Lưu biên bản vào tệp");
    p.send(&[0x7f; 200]);
    // A Word name is refused with the way to the Word biên bản; the field stays to be put right.
    p.send_str(&home.join("usb-bien-ban.docx").to_string_lossy());
    p.send(keys::ENTER);
    wait_for_words(&p, "biên bản được lưu dưới dạng .ron, không phải .docx");
    assert!(!home.join("usb-bien-ban.docx").exists());
    p.send(&[0x7f; 200]);
    // Typed without its ending: the minutes' is added.
    let elsewhere = home.join("usb-bien-ban.ron");
    p.send_str(&home.join("usb-bien-ban").to_string_lossy());
    p.send(keys::ENTER);
    p.wait_for_text("Từ nay biên bản được lưu vào");
    p.send_str("nn");
    wait_current(&p, 2);
    assert_eq!(quit(&mut p), 0);
    assert_eq!(load(&default_minutes(home.path())).record.current, None, "left behind before the moves");

    let mut p = Pty::hoinghi_with(&[]).home(home.path()).spawn();
    wait_for_words(&p, "Tiếp tục biên bản đã có:");
    wait_for_words(&p, "usb-bien-ban.ron");
    wait_current(&p, 2);
    p.send_str("n");
    wait_current(&p, 3);
    assert_eq!(quit(&mut p), 0);
    assert_eq!(load(&elsewhere).record.current, Some(2), "saved where it went");

    // The stick not plugged in: the copy in the folder opens, and that is said; worked on.
    let unplugged = home.join("usb-rut-ra.ron");
    std::fs::rename(&elsewhere, &unplugged).expect("unplug");
    let mut p = Pty::hoinghi_with(&[]).home(home.path()).spawn();
    wait_for_words(&p, "không tìm thấy tệp đó");
    p.send_str("n");
    wait_current(&p, 1);
    assert_eq!(quit(&mut p), 0);

    // The stick back: the copy left behind, written since, is the newer, and that is said.
    std::fs::rename(&unplugged, &elsewhere).expect("plug in again");
    let mut p = Pty::hoinghi_with(&[]).home(home.path()).spawn();
    wait_for_words(&p, "đang mở bản mới hơn ở đây");
    wait_current(&p, 1);
    assert_eq!(quit(&mut p), 0);
    assert_eq!(load(&elsewhere).record.current, Some(2), "the stick's copy left as it was");
}

#[test]
fn quitting_with_unsaved_minutes_leaves_a_backup_copy() {
    let home = Scratch::new("backup");
    let folder = home.join("gone");
    let path = folder.join("m.ron");
    let temp = home.join("tmp");
    std::fs::create_dir_all(&temp).expect("tmp");
    std::fs::create_dir_all(&folder).expect("the folder, for now");
    let mut p = Pty::hoinghi_with(&["--minutes", &path.to_string_lossy()])
        .home(home.path())
        .env("TMPDIR", &temp)
        .spawn();
    p.wait_for_text("Đã lưu");
    std::fs::remove_dir_all(&folder).expect("remove");
    p.send_str("nnn");
    wait_current(&p, 3);
    p.wait_for_text("CHƯA LƯU ĐƯỢC");
    p.send_str("q");
    p.wait_for_text("CHƯA lưu được vào đĩa! Vẫn thoát?");
    p.send_str("c");
    assert_eq!(p.wait_exit(), 0);
    p.wait_for_text("bản dự phòng đã được ghi tại");
    let backups: Vec<_> = std::fs::read_dir(&temp)
        .expect("tmp")
        .map(|e| e.expect("e").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    assert_eq!(backups.len(), 1, "{backups:?}");
    assert_eq!(load(&backups[0]).record.current, Some(2));

    // The folder back, the next start asks, once, whether to go on from the backup.
    std::fs::create_dir_all(&folder).expect("folder back");
    let start = || {
        Pty::hoinghi_with(&["--minutes", &path.to_string_lossy()])
            .home(home.path())
            .env("TMPDIR", &temp)
            .spawn()
    };
    // Minutes of the same bloc and day elsewhere are not these: no question there.
    let other = Pty::hoinghi_with(&["--minutes", &home.join("other/m.ron").to_string_lossy()])
        .home(home.path())
        .env("TMPDIR", &temp);
    std::fs::create_dir_all(home.join("other")).expect("other");
    let mut p = other.spawn();
    p.wait_for_text("Đã lưu");
    assert!(!p.screen_text().contains("dự phòng"), "{}", p.screen_text());
    assert_eq!(quit(&mut p), 0);
    let mut p = start();
    wait_for_words(&p, "Tiếp tục từ bản dự phòng");
    assert!(p.screen_text().contains(&*backups[0].file_name().expect("name").to_string_lossy()));
    p.send_str("c\r");
    wait_for_words(&p, "Đã tiếp tục từ bản dự phòng");
    wait_current(&p, 3);
    assert_eq!(quit(&mut p), 0);
    assert_eq!(load(&path).record.current, Some(2), "the backup's record, saved in place");
    // Asked once: the next start opens the minutes without a question.
    let mut p = start();
    wait_for_words(&p, "Tiếp tục biên bản đã có:");
    wait_current(&p, 3);
    assert_eq!(quit(&mut p), 0);
}

#[test]
fn a_file_that_cannot_grow_is_said_in_a_sentence() {
    let home = Scratch::new("full");
    let path = home.join("m.ron");
    // A file-size limit of 1 KiB stands in for a full disk: every write past it fails.
    let script = format!("ulimit -f 1; trap '' XFSZ; exec '{HOINGHI}' --minutes '{}'", path.display());
    let mut p = Spawn::new("/bin/sh").args(["-c", &script]).home(home.path()).spawn();
    p.wait_for_text("CHƯA LƯU ĐƯỢC");
    wait_for_words(&p, "(m.ron): tệp vượt quá giới hạn kích thước.");
    wait_for_words(&p, "nhấn w để lưu vào chỗ khác.");
    p.send_str("n");
    wait_current(&p, 1);
    p.wait_for_text("CHƯA LƯU ĐƯỢC");
    assert!(!path.exists() || std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0) == 0 || load_ok(&path));
    p.send_str("q");
    p.wait_for_text("Vẫn thoát?");
    p.send_str("k");
    p.wait_for_no_text("Vẫn thoát?");
    p.kill_hard();
}

/// A file that exists is complete minutes (never half written).
fn load_ok(path: &Path) -> bool {
    std::fs::read_to_string(path).is_ok_and(|t| Minutes::from_text(path, &t).is_ok())
}

#[test]
fn damaged_minutes_are_kept_and_new_ones_offered_beside_them() {
    let home = Scratch::new("damaged");
    let path = default_minutes(home.path());
    std::fs::create_dir_all(path.parent().expect("folder")).expect("folder");
    let damaged = "(\n    format_version: 1,\n    conference: (\n        bloc: (name: \"Khối";
    std::fs::write(&path, damaged).expect("write");

    // Nobody at the keyboard: refused, with the location, the file kept, the way out named.
    let out = pty::command(HOINGHI, home.path()).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("dòng 4"), "{stderr}");
    assert!(stderr.contains("được giữ nguyên"), "{stderr}");
    assert!(stderr.contains("khoi-thi-dua-1_2024-01-16-2.ron"), "{stderr}");

    // At a terminal: the question, answered yes, opens new minutes beside the damaged ones;
    // an answer that is neither is asked again, with the answers named.
    let mut p = Pty::hoinghi_with(&[]).home(home.path()).spawn();
    p.wait_for_text("Bắt đầu biên bản mới tại");
    p.send_str("x\r");
    p.wait_for_text("Hãy trả lời c (có) hoặc k (không)");
    p.send_str("c\r");
    p.wait_for_text("Chương trình hội nghị");
    p.wait_for_text("Đã lưu");
    assert_eq!(quit(&mut p), 0);
    assert_eq!(std::fs::read_to_string(&path).expect("kept"), damaged, "never overwritten");
    assert!(load_ok(&path.with_file_name("khoi-thi-dua-1_2024-01-16-2.ron")));
}

#[test]
fn new_starts_afresh_without_touching_earlier_minutes() {
    let home = Scratch::new("fresh");
    let mut p = Pty::hoinghi_with(&[]).home(home.path()).spawn();
    p.wait_for_text("Đã lưu");
    p.send_str("nn");
    wait_current(&p, 2);
    assert_eq!(quit(&mut p), 0);
    let earlier = std::fs::read_to_string(default_minutes(home.path())).expect("earlier");

    // A second window opened with --new and closed with nothing recorded: passed over.
    let mut fresh = Pty::hoinghi_with(&["--new"]).home(home.path()).spawn();
    fresh.wait_for_text("Hội nghị chưa bắt đầu.");
    assert_eq!(quit(&mut fresh), 0);
    assert_eq!(std::fs::read_to_string(default_minutes(home.path())).expect("earlier"), earlier);
    let second = default_minutes(home.path()).with_file_name("khoi-thi-dua-1_2024-01-16-2.ron");
    assert_eq!(load(&second).record.current, None);
    let mut again = Pty::hoinghi_with(&[]).home(home.path()).spawn();
    again.wait_for_text("khoi-thi-dua-1_2024-01-16.ron");
    wait_current(&again, 2);
    assert_eq!(quit(&mut again), 0);

    // Begun afresh and something recorded: a plain start afterwards resumes the minutes
    // started last, not the first ones.
    let mut fresh = Pty::hoinghi_with(&["--new"]).home(home.path()).spawn();
    fresh.wait_for_text("-3.ron");
    fresh.send_str("n");
    wait_current(&fresh, 1);
    assert_eq!(quit(&mut fresh), 0);
    let third = second.with_file_name("khoi-thi-dua-1_2024-01-16-3.ron");
    let mut again = Pty::hoinghi_with(&[]).home(home.path()).spawn();
    again.wait_for_text("-3.ron");
    again.send_str("n");
    wait_current(&again, 2);
    assert_eq!(quit(&mut again), 0);
    assert_eq!(load(&third).record.current, Some(1));
    assert_eq!(std::fs::read_to_string(default_minutes(home.path())).expect("earlier"), earlier);
}

#[test]
fn roll_call_votes_and_comments_survive_kill_9() {
    let home = Scratch::new("everything");
    let mut p = Pty::hoinghi_with(&[]).home(home.path()).size(30, 100).spawn();
    p.wait_for_text("Đã lưu");
    // Roll call: Văn phòng Đoàn ĐBQH absent with a reason, the others present.
    p.send_str("d");
    p.wait_for_text("chưa điểm danh");
    p.send_str("c");
    p.send_str("v");
    p.wait_for_text("Lý do vắng mặt");
    p.send_str("Đi công tác nước ngoài");
    p.send(keys::ENTER);
    p.wait_for_text("Đi công tác nước ngoài");
    p.send_str("a");
    p.wait_for_text("Có mặt 5/6 đơn vị");
    p.send_esc();
    p.wait_for_text("Chương trình hội nghị");
    // The motion (item 6): four for, one against, closed.
    for _ in 0..5 {
        p.send(keys::DOWN);
    }
    p.send_str("v");
    p.wait_for_text("Biểu quyết thông qua báo cáo tổng kết năm 2023 · Biểu quyết giơ tay");
    p.send_str("11112");
    p.wait_for_text("Tất cả đơn vị có mặt đã biểu quyết.");
    p.send(keys::ENTER);
    p.wait_for_text("Kết thúc biểu quyết? Kết quả: thông qua.");
    p.send_str("c");
    p.wait_for_text("Vòng 1: thông qua");
    p.send_esc();
    p.wait_for_text("Chương trình hội nghị");
    // A comment on the same item.
    p.send_str("g");
    p.wait_for_text("Ý kiến góp ý · Nội dung 6.");
    p.send_str("n");
    p.wait_for_text("gõ một phần tên");
    p.send_str("tu phap");
    p.send(keys::ENTER);
    p.send(keys::ENTER);
    p.send_str("Đề nghị ghi rõ số phiếu tán thành.");
    p.send(keys::CTRL_S);
    p.wait_for_text("Đã ghi ý kiến.");
    p.kill_hard();

    let mut again = Pty::hoinghi_with(&[]).home(home.path()).size(30, 100).spawn();
    again.wait_for_text("Tiếp tục biên bản đã có");
    again.send_str("d");
    again.wait_for_text("Có mặt 5/6 đơn vị");
    again.wait_for_text("Đi công tác nước ngoài");
    again.send_esc();
    again.wait_for_text("Chương trình hội nghị");
    for _ in 0..5 {
        again.send(keys::DOWN);
    }
    again.wait_for_text("Vòng 1: thông qua");
    again.send_str("v");
    again.wait_for_text("Tán thành");
    again.wait_for_text("4  80,00 %");
    again.send_esc();
    again.wait_for_text("Chương trình hội nghị");
    again.send_str("g");
    again.wait_for_text("Đề nghị ghi rõ số phiếu tán thành.");
    again.send_str("q");
    again.wait_for_text("Thoát khỏi hoinghi?");
    again.send_str("c");
    assert_eq!(again.wait_exit(), 0);
}

#[test]
fn b_writes_the_docx_beside_the_minutes_and_says_where() {
    let home = Scratch::new("export");
    let path = home.join("bien-ban.ron");
    let mut p =
        Pty::hoinghi_with(&["--minutes", &path.to_string_lossy()]).home(home.path()).size(30, 120).spawn();
    p.wait_for_text("Đã lưu");
    p.send_str("n");
    wait_current(&p, 1);
    p.send_str("b");
    // Started just now: named by today, the day the biên bản is dated.
    let today = chrono::Local::now().date_naive().format("%Y-%m-%d");
    let docx = home.join(format!("bien-ban_khoi-thi-dua-1_{today}.docx"));
    p.wait_for_text(&format!("Đã xuất biên bản: {}", docx.display()));
    let bytes = std::fs::read(&docx).expect("the .docx");
    assert!(bytes.starts_with(b"PK"), "a zip archive, as a .docx is");
    p.send_str("b");
    p.wait_for_text("Ghi đè bằng biên bản mới?");
    p.send_str("k");
    p.wait_for_no_text("Ghi đè bằng biên bản mới?");
    assert_eq!(quit(&mut p), 0);
}

#[test]
fn a_conference_file_looked_over_then_corrected_opens_as_corrected() {
    let home = Scratch::new("corrected");
    let file = home.write("hoi-nghi.ron", hoinghi::sample::TEXT);
    let start = || Pty::hoinghi_with(&[&file.to_string_lossy()]).home(home.path()).spawn();
    // Looked over the day before: opened and closed, nothing recorded (the minutes are saved).
    let mut p = start();
    p.wait_for_text("Đã lưu");
    assert_eq!(quit(&mut p), 0);
    assert!(default_minutes(home.path()).exists());
    let corrected = hoinghi::sample::TEXT.replace(r#"short: "Sở Nội vụ""#, r#"short: "Sở Nội vụ TP""#);
    std::fs::write(&file, corrected).expect("corrected");
    let mut p = start();
    wait_for_words(&p, "Tệp hội nghị đã sửa từ lần mở trước; biên bản chưa ghi gì nên dùng tệp");
    p.send_str("d");
    p.wait_for_text("Sở Nội vụ TP");
    assert_eq!(quit(&mut p), 0);
    assert_eq!(load(&default_minutes(home.path())).conference.units[2].short, "Sở Nội vụ TP");

    // Once something is recorded, the minutes keep their copy and say so.
    let mut p = start();
    p.send_str("n");
    wait_current(&p, 1);
    assert_eq!(quit(&mut p), 0);
    std::fs::write(&file, hoinghi::sample::TEXT).expect("changed back");
    let mut p = start();
    wait_for_words(&p, "biên bản giữ bản cũ");
    p.send_str("d");
    p.wait_for_text("Sở Nội vụ TP");
    assert_eq!(quit(&mut p), 0);
}

#[test]
fn minutes_begun_on_another_day_ask_before_they_are_resumed() {
    let home = Scratch::new("rehearsal");
    let mut p = Pty::hoinghi_with(&[]).home(home.path()).spawn();
    p.wait_for_text("Đã lưu");
    p.send_str("n");
    wait_current(&p, 1);
    assert_eq!(quit(&mut p), 0);
    // Begun today: resumed without a question.
    let mut p = Pty::hoinghi_with(&[]).home(home.path()).spawn();
    wait_for_words(&p, "Tiếp tục biên bản đã có");
    assert_eq!(quit(&mut p), 0);

    // As if begun the day before the conference (planned for 16/01/2024): a rehearsal.
    let path = default_minutes(home.path());
    let mut model = load(&path).into_model();
    let rehearsal = chrono::NaiveDate::from_ymd_opt(2024, 1, 15).and_then(|d| d.and_hms_opt(15, 0, 0));
    model.record.started_at = rehearsal;
    let mut text = Vec::new();
    hoinghi::minutes::write_to(&model, &mut text).expect("write");
    std::fs::write(&path, &text).expect("rehearsal");
    // Last written the day before, too.
    let yesterday = std::time::SystemTime::now() - std::time::Duration::from_secs(26 * 3600);
    let set_written = |when| {
        std::fs::File::options().write(true).open(&path).and_then(|f| f.set_modified(when)).expect("mtime")
    };
    set_written(yesterday);
    let fresh = path.with_file_name("khoi-thi-dua-1_2024-01-16-2.ron");
    // Wide enough for the question's long paths to stay on one row each.
    let start = || Pty::hoinghi_with(&[]).home(home.path()).size(30, 220).spawn();

    // No: the rehearsal goes on.
    let mut p = start();
    wait_for_words(&p, "bắt đầu ngày 15/01/2024, không phải ngày họp 16/01/2024 (có thể là lần chạy thử).");
    wait_for_words(&p, &format!("Bắt đầu biên bản mới tại {}?", fresh.display()));
    p.send_str("k\r");
    wait_current(&p, 1);
    assert_eq!(quit(&mut p), 0);
    assert!(!fresh.exists());
    // Gone on with today: not asked again today.
    let mut p = start();
    wait_for_words(&p, "Tiếp tục biên bản đã có");
    assert!(!p.screen_text().contains("chạy thử"), "{}", p.screen_text());
    assert_eq!(quit(&mut p), 0);
    set_written(yesterday);
    // At 80 columns the question is broken at spaces, not mid-word by the terminal.
    let mut p = Pty::hoinghi_with(&[]).home(home.path()).size(24, 80).spawn();
    wait_for_words(&p, "bắt đầu ngày 15/01/2024, không phải ngày họp 16/01/2024 (có thể là lần chạy thử).");
    wait_for_words(&p, "(c: biên bản mới, biên bản cũ vẫn giữ · k: mở tiếp biên bản cũ)");
    p.send_str("k\r");
    wait_current(&p, 1);
    assert_eq!(quit(&mut p), 0);
    set_written(yesterday);

    // Yes: new minutes beside it, the rehearsal kept as it was.
    let mut p = start();
    wait_for_words(&p, "(có thể là lần chạy thử)");
    p.send_str("c\r");
    p.wait_for_text("Hội nghị chưa bắt đầu.");
    assert_eq!(quit(&mut p), 0);
    assert_eq!(load(&fresh).record.started_at, None);
    assert_eq!(load(&path).record.started_at, rehearsal);
}

/// The battery dies mid-vote: the restart opens on that vote, its votes in, the cursor on the
/// next unit to vote, and says so.
#[test]
fn a_vote_open_when_the_program_died_is_where_the_restart_opens() {
    let home = Scratch::new("mid-vote");
    let start = || Pty::hoinghi_with(&[]).home(home.path()).size(30, 100).spawn();
    let mut p = start();
    p.wait_for_text("Đã lưu");
    p.send_str("d");
    p.wait_for_text("chưa điểm danh");
    p.send_str("a");
    p.wait_for_text("Có mặt 6/6 đơn vị");
    p.send_esc();
    p.wait_for_text("Chương trình hội nghị");
    for _ in 0..5 {
        p.send(keys::DOWN);
    }
    p.send(keys::ENTER); // item 6, the motion, going on
    wait_current(&p, 6);
    p.send_str("v");
    p.wait_for_text("Biểu quyết giơ tay");
    p.send_str("12");
    p.wait_for_text("Chưa biểu quyết: Sở Nội vụ");
    p.kill_hard();

    let mut again = start();
    wait_for_words(&again, "Tiếp tục biểu quyết ở nội dung 6, còn mở khi chương trình đóng lần trước");
    again.wait_for_text("Chưa biểu quyết: Sở Nội vụ");
    again.send_str("1"); // the cursor on the third unit, the next to vote
    again.wait_for_text("Chưa biểu quyết: Sở Tư pháp");
    assert_eq!(quit(&mut again), 0);
}
