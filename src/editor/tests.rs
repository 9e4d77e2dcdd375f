use ratatui::crossterm::event::KeyCode;
use unicode_normalization::{UnicodeNormalization, is_nfc};
use unicode_width::UnicodeWidthStr;

use super::*;

const SENTENCE: &str = "Đề nghị bổ sung số liệu về chuyển đổi số";

/// Feeds a stream of key events as an input method sends them: `⌫` is one Backspace,
/// sent as `backspace` (the key code and whether Ctrl is held); anything else is typed.
fn send(editor: &mut Editor, stream: &str, backspace: (KeyCode, bool)) {
    for c in stream.chars() {
        let consumed = match c {
            '⌫' => editor.handle_key(backspace.0, backspace.1, false),
            c => editor.handle_key(KeyCode::Char(c), false, false),
        };
        assert!(consumed, "{c:?} not consumed");
    }
}

const BACKSPACE: (KeyCode, bool) = (KeyCode::Backspace, false);
const CTRL_H: (KeyCode, bool) = (KeyCode::Char('h'), true);

fn typed(stream: &str) -> String {
    let mut e = Editor::default();
    send(&mut e, stream, BACKSPACE);
    e.text()
}

#[test]
fn expected_strings_are_nfc() {
    assert!(is_nfc(SENTENCE));
    assert!(is_nfc("tiếng ệ ị"));
}

#[test]
fn unikey_burst_from_the_issue() {
    assert_eq!(typed("tiee⌫⌫êng⌫⌫⌫ếng"), "tiếng");
}

/// Telex as Unikey sends it in backspace mode: a key that only adds a letter passes; a key
/// that changes the word is swallowed and replaced by Backspaces back to the first changed
/// letter, then the new tail. Keys pressed, per word: `DDeef nghij boor sung soos lieeuj veef
/// chuyeenr ddoori soos`.
const UNIKEY: &str = concat!(
    "D⌫Đe⌫ê⌫ề ",     // D, D→Đ, e, e→ê, f→ề
    "nghi⌫ị ",       // n g h i, j→ị
    "bo⌫ô⌫ổ ",       // b o, o→ô, r→ổ
    "sung ",         // s starts the word: a letter, not a tone
    "so⌫ô⌫ố ",       // s o, o→ô, s→ố
    "lie⌫êu⌫⌫ệu ",   // l i e, e→ê, u, j: "liêu"→"liệu" rewrites "êu"
    "ve⌫ê⌫ề ",       // v e, e→ê, f→ề
    "chuye⌫ên⌫⌫ển ", // c h u y e, e→ê, n, r: "chuyên"→"chuyển" rewrites "ên"
    "d⌫đo⌫ôi⌫⌫ổi ",  // d, d→đ, o, o→ô, i, r: "đôi"→"đổi" rewrites "ôi"
    "so⌫ô⌫ố",        // as before
);

/// The same keys where every key reaches the program first and is then corrected (as the
/// issue's `tiee`, `⌫⌫ê` shows): one Backspace more for the key itself.
const FORWARDED: &str = concat!(
    "DD⌫⌫Đee⌫⌫êf⌫⌫ề ",
    "nghij⌫⌫ị ",
    "boo⌫⌫ôr⌫⌫ổ ",
    "sung ",
    "soo⌫⌫ôs⌫⌫ố ",
    "liee⌫⌫êuj⌫⌫⌫ệu ",
    "vee⌫⌫êf⌫⌫ề ",
    "chuyee⌫⌫ênr⌫⌫⌫ển ",
    "dd⌫⌫đoo⌫⌫ôir⌫⌫⌫ổi ",
    "soo⌫⌫ôs⌫⌫ố",
);

#[test]
fn telex_bursts_end_as_the_sentence() {
    for stream in [UNIKEY, FORWARDED] {
        assert_eq!(typed(stream), SENTENCE);
        let mut e = Editor::default();
        send(&mut e, stream, CTRL_H);
        assert_eq!(e.text(), SENTENCE, "with Ctrl+H as Backspace");
    }
}

#[test]
fn decomposed_characters_typed_one_by_one_become_nfc() {
    let nfd: String = SENTENCE.nfd().collect();
    assert!(nfd.chars().count() > SENTENCE.chars().count());
    let mut e = Editor::default();
    for c in nfd.chars() {
        assert!(e.handle_key(KeyCode::Char(c), false, false));
    }
    assert_eq!(e.text(), SENTENCE);
    // Marks out of canonical order, and one that composes with nothing.
    let mut e = Editor::new("e");
    e.insert_char('\u{302}');
    e.insert_char('\u{323}');
    assert_eq!(e.text(), "ệ");
    e.insert_char('x');
    e.insert_char('\u{301}');
    assert_eq!(e.text(), "ệx\u{301}");
    assert!(is_nfc(&e.text()));
    // In the middle of a word the cursor stays right after the composed letter.
    let mut e = Editor::new("Nghj");
    e.left();
    for c in "i\u{323}".chars() {
        e.insert_char(c);
    }
    e.insert_char('!');
    assert_eq!(e.text(), "Nghị!j");
}

#[test]
fn paste_is_nfc_with_plain_line_ends() {
    let nfd: String = SENTENCE.nfd().collect();
    let mut e = Editor::new("Ý kiến: ");
    e.insert_str(&nfd);
    assert_eq!(e.text(), format!("Ý kiến: {SENTENCE}"));
    e.insert_str("\r\nmột\rhai\tba\u{7}\u{1b}\n");
    assert_eq!(e.text(), format!("Ý kiến: {SENTENCE}\nmột\nhai ba\n"));
    // A paste that starts with a combining mark composes with the letter before the cursor.
    let mut e = Editor::new("Nghi");
    e.insert_str("\u{323} quyết");
    assert_eq!(e.text(), "Nghị quyết");
    assert_eq!(e.cursor(), e.text().chars().count());
}

#[test]
fn ctrl_h_is_backspace_and_other_ctrl_letters_are_left_alone() {
    let mut e = Editor::new("số");
    assert!(e.handle_key(KeyCode::Char('h'), true, false));
    assert_eq!(e.text(), "s");
    for (code, ctrl, alt) in [
        (KeyCode::Char('s'), true, false),
        (KeyCode::Char('a'), true, false),
        (KeyCode::Char('x'), false, true),
        (KeyCode::Tab, false, false),
        (KeyCode::Esc, false, false),
        (KeyCode::Enter, true, false),
        (KeyCode::F(2), false, false),
    ] {
        assert!(!e.handle_key(code, ctrl, alt), "{code:?} ctrl={ctrl} alt={alt}");
    }
    assert_eq!(e.text(), "s");
    assert!(e.handle_key(KeyCode::Enter, false, false));
    assert!(e.handle_key(KeyCode::Char('@'), true, true), "AltGr types");
    assert_eq!(e.text(), "s\n@");
}

#[test]
fn moves_and_deletes_whole_letters() {
    let mut e = Editor::new("Nghị quyết");
    e.word_left();
    e.right();
    e.right();
    e.right();
    e.right();
    assert_eq!(e.cursor(), 9, "after ế");
    e.left();
    e.right();
    e.backspace();
    assert_eq!(e.text(), "Nghị quyt", "the whole ế goes, not its tone");
    e.start();
    e.right();
    e.right();
    e.right();
    e.delete();
    assert_eq!(e.text(), "Ngh quyt");
    // A letter whose mark cannot compose is still one letter.
    let mut e = Editor::new("ax\u{301}b");
    e.left();
    e.left();
    assert_eq!(e.cursor(), 1);
    e.delete();
    assert_eq!(e.text(), "ab");
    let mut e = Editor::new("ax\u{301}");
    e.backspace();
    assert_eq!(e.text(), "a");
}

#[test]
fn joining_lines_composes_a_stray_mark() {
    let mut e = Editor::new("e\n\u{301}!");
    e.start();
    e.right();
    e.delete();
    assert_eq!(e.text(), "é!");
    assert_eq!(e.cursor(), 1);
    // A letter typed before a mark that had none takes it.
    let mut e = Editor::new("\u{301}b");
    e.start();
    e.insert_char('e');
    assert_eq!(e.text(), "éb");
    assert_eq!(e.cursor(), 1);
}

#[test]
fn word_movement_and_deletion() {
    let mut e = Editor::new("Đề nghị, bổ sung");
    e.word_left();
    assert_eq!(e.cursor(), 12, "start of sung");
    e.word_left();
    e.word_left();
    assert_eq!(e.cursor(), 3, "start of nghị, over the comma");
    e.word_right();
    assert_eq!(e.cursor(), 7, "end of nghị");
    e.word_right();
    assert_eq!(e.cursor(), 11, "end of bổ");
    e.end_of_text();
    assert!(e.handle_key(KeyCode::Char('w'), true, false));
    assert_eq!(e.text(), "Đề nghị, bổ ");
    assert!(e.handle_key(KeyCode::Backspace, true, false));
    assert_eq!(e.text(), "Đề nghị, ");
    e.handle_key(KeyCode::Left, true, false);
    e.handle_key(KeyCode::Delete, true, false);
    assert_eq!(e.text(), "Đề , ");
}

#[test]
fn up_and_down_keep_the_column() {
    let mut e = Editor::new("Ý kiến thứ nhất dài\nngắn\n\nÝ kiến thứ ba dài hơn");
    e.start();
    for _ in 0..12 {
        e.right();
    }
    e.down();
    assert_eq!(e.cursor(), 24, "end of the short line");
    e.down();
    assert_eq!(e.cursor(), 25, "the empty line");
    e.down();
    assert_eq!(e.cursor(), 26 + 12, "back at column 12");
    e.up();
    e.up();
    e.up();
    assert_eq!(e.cursor(), 12);
    e.up();
    assert_eq!(e.cursor(), 0, "up from the first line: start of the text");
    e.end_of_text();
    e.down();
    assert_eq!(e.cursor(), e.text().chars().count());
}

#[test]
fn up_and_down_follow_the_wrapping_that_was_shown() {
    // At 11 cells (10 for text): "Nghị quyết" | "số 12 về" | "chuyển đổi" | "số".
    let mut e = Editor::new("Nghị quyết số 12 về chuyển đổi số");
    e.visible(11, 3);
    e.start();
    e.end();
    assert_eq!(e.cursor(), 10);
    e.down();
    assert_eq!(e.cursor(), 19, "end of the shorter row");
    e.down();
    assert_eq!(e.cursor(), 30, "column 10 again");
    e.home();
    assert_eq!(e.cursor(), 20);
    e.up();
    assert_eq!(e.cursor(), 11);
}

#[test]
fn end_of_a_broken_word_stays_on_its_row() {
    // At 5 cells (4 for text): "abcd" | "efgh" | "ij" | "xyz".
    let mut e = Editor::new("abcdefghij xyz");
    assert_eq!(e.visible(5, 4).lines, ["abcd", "efgh", "ij", "xyz"]);
    e.start();
    e.end();
    assert_eq!(e.cursor(), 3, "before d: after it is the start of the next row");
    assert_eq!((e.layout(5).cursor_row, e.layout(5).cursor_col), (0, 3));
    e.down();
    assert_eq!(e.cursor(), 7);
    e.down();
    assert_eq!(e.cursor(), 10, "the end of a row broken at a space is its end");
}

#[test]
fn wraps_wide_and_combining_letters_whole() {
    let e = Editor::new("中文字符测试中");
    assert_eq!(e.layout(5).lines, ["中文", "字符", "测试", "中"]);
    assert_eq!(e.layout(4).lines.len(), 7, "one two-cell letter in three cells");
    let l = e.layout(5);
    assert_eq!((l.cursor_row, l.cursor_col), (3, 2));
    let e = Editor::new("x\u{301}x\u{301}x\u{301}x\u{301}x\u{301} ệ");
    assert_eq!(e.layout(4).lines, ["x\u{301}x\u{301}x\u{301}", "x\u{301}x\u{301}", "ệ"]);
    let e = Editor::new("Nghị quyết");
    assert_eq!(e.layout(6).lines, ["Nghị", "quyết"]);
    let e = Editor::new("");
    let l = e.layout(10);
    assert_eq!((l.lines, l.cursor_row, l.cursor_col), (vec![String::new()], 0, 0));
}

/// A 5,000-character comment: Vietnamese prose, paragraphs, and one word longer than a line.
fn long_comment() -> String {
    let paragraph = "Đề nghị Ban Thi đua bổ sung số liệu về chuyển đổi số của từng đơn vị, \
        làm rõ kết quả cải cách hành chính, tỷ lệ hồ sơ trực tuyến toàn trình và những khó \
        khăn, vướng mắc trong quá trình triển khai; đồng thời nêu cụ thể giải pháp năm tới. ";
    let link = concat!(
        "https://dichvucong.hochiminhcity.gov.vn/van-ban/",
        "bao-cao-tong-ket-nam-2023-va-phuong-huong-nhiem-vu-2024",
    );
    let mut text = String::new();
    for k in 0.. {
        text.push_str(paragraph);
        if k % 4 == 3 {
            text.push_str("\n\n");
        }
        if k % 7 == 2 {
            text.push_str(link);
            text.push(' ');
        }
        if text.chars().count() >= 5_000 {
            break;
        }
    }
    text.chars().take(5_000).collect()
}

/// Checks that `lines` are `text` cut at line ends, at single break spaces, or inside words
/// that do not fit; returns where each line starts in `text`.
fn check_wrapping(text: &[char], lines: &[String], width: usize) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut pos = 0;
    for (k, line) in lines.iter().enumerate() {
        let line: Vec<char> = line.chars().collect();
        let gap = k > 0 && matches!(text.get(pos), Some(' ' | '\n'));
        if gap {
            pos += 1;
        } else if k > 0 {
            let previous = &lines[k - 1];
            assert!(!previous.trim_start().contains(' '), "broke a word needlessly: {previous:?}");
        }
        if gap && text.get(pos - 1) == Some(&' ') {
            let first_word = line.split(|&c| c == ' ').next().unwrap_or_default();
            let w = lines[k - 1].width() + 1 + first_word.iter().collect::<String>().width();
            assert!(w > width, "{:?} could have taken {first_word:?}", lines[k - 1]);
        }
        assert_eq!(text[pos..pos + line.len()], line[..], "line {k}");
        assert!(lines[k].width() <= width, "line {k} is {} cells", lines[k].width());
        starts.push(pos);
        pos += line.len();
    }
    assert_eq!(pos, text.len(), "all of the text is shown");
    starts
}

#[test]
fn wraps_a_long_comment_at_40_and_77_columns() {
    let text = long_comment();
    assert_eq!(text.chars().count(), 5_000);
    let chars: Vec<char> = text.chars().collect();
    let mut e = Editor::new(&text);
    for width in [40u16, 77] {
        let lines = e.layout(width).lines;
        assert!(lines.len() > 5_000 / usize::from(width));
        let starts = check_wrapping(&chars, &lines, usize::from(width) - 1);
        for pos in (0..=chars.len()).step_by(37).chain([chars.len()]) {
            e.cursor = pos;
            let l = e.layout(width);
            let (row, col) = (l.cursor_row, usize::from(l.cursor_col));
            let start = starts[row];
            assert!(start <= pos && pos <= start + lines[row].chars().count(), "{pos} in {row}");
            assert_eq!(chars[start..pos].iter().collect::<String>().width(), col, "{pos}");
            assert!(col < usize::from(width), "the cursor stays inside the area");
        }
    }
}

#[test]
fn scrolling_keeps_the_cursor_visible() {
    let mut e = Editor::new(&long_comment());
    let (width, height) = (40, 8);
    let check = |e: &Editor| {
        let v = e.visible(width, height);
        let l = e.layout(width);
        assert!(v.lines.len() <= usize::from(height));
        assert!(v.cursor_row < height && v.cursor_col < width);
        assert_eq!(v.first_row + usize::from(v.cursor_row), l.cursor_row);
        assert_eq!(v.lines[..], l.lines[v.first_row..v.first_row + v.lines.len()]);
        assert_eq!(v.total_rows, l.lines.len());
        v
    };
    let v = check(&e);
    assert_eq!(v.first_row + v.lines.len(), v.total_rows, "the end is shown");
    e.start();
    assert_eq!(check(&e).first_row, 0);
    for _ in 0..20 {
        e.down();
        check(&e);
    }
    assert_eq!(e.visible(width, height).first_row, 20 - 7);
    e.page_down();
    assert_eq!(check(&e).first_row, 20 - 7 + 7);
    for _ in 0..3 {
        e.up();
        check(&e);
    }
    assert_eq!(e.visible(width, height).first_row, 20, "no scroll while the cursor is shown");
    e.page_up();
    e.page_up();
    e.page_up();
    assert_eq!(check(&e).first_row, 3, "row 24 less three pages of 7");
    // Deleting the text scrolls back so the area is not left empty.
    e.end_of_text();
    check(&e);
    for _ in 0..7 {
        e.up();
    }
    assert_eq!(check(&e).cursor_row, 0);
    e.home();
    while e.cursor() < e.text().chars().count() {
        e.delete();
    }
    let v = check(&e);
    assert_eq!((v.lines.len(), v.first_row + 8), (8, v.total_rows), "the last 8 rows, not 1");
    for _ in 0..4_990 {
        e.backspace();
    }
    let v = check(&e);
    assert_eq!((v.first_row, v.lines.len()), (0, 1));
}

#[test]
fn text_for_the_terminal_breaks_at_spaces_and_keeps_its_lines() {
    let question =
        "Biên bản bien-ban.ron bắt đầu ngày 05/12/2026, không phải ngày họp.\nBắt đầu biên bản mới? ";
    assert_eq!(
        super::wrap_text(question, 30),
        "Biên bản bien-ban.ron bắt đầu\nngày 05/12/2026, không phải\nngày họp.\nBắt đầu biên bản mới? "
    );
    assert_eq!(super::wrap_text(question, usize::MAX), question, "no width known: as it is");
}
