//! A one-line text field: what a prompt (a path to save to, a decision) needs, and how its
//! text wraps when it is longer than the box.
//!
//! Text stays NFC: a combining mark typed on its own is composed with the letter before it.
//! The cursor moves and deletes by whole characters (every Vietnamese letter is one NFC
//! character). No drawing and no keys here: the caller maps keys to these edits; the view
//! tells the field the width it was shown at, so that ↑ and ↓ move by the lines seen.

use std::cell::Cell;

use unicode_normalization::UnicodeNormalization;

/// Where moving left by a word from `pos` lands: over what is not a word, then to the start
/// of the word before. `is_word_at` says whether the unit at an index is part of a word,
/// `before` where the unit ending at a position (> 0) begins; shared by the one-line field
/// (a unit is a character) and the text box (a letter with its marks).
pub(crate) fn word_start_before(
    mut pos: usize,
    is_word_at: impl Fn(usize) -> bool,
    before: impl Fn(usize) -> usize,
) -> usize {
    let mut in_word = false;
    while pos > 0 {
        let start = before(pos);
        let word = is_word_at(start);
        if in_word && !word {
            break;
        }
        in_word |= word;
        pos = start;
    }
    pos
}

/// Where moving right by a word from `pos` lands, `len` units in all: over what is not a
/// word, then to the end of the word; `after` is where the unit at a position ends.
pub(crate) fn word_end_after(
    mut pos: usize,
    len: usize,
    is_word_at: impl Fn(usize) -> bool,
    after: impl Fn(usize) -> usize,
) -> usize {
    while pos < len && !is_word_at(pos) {
        pos = after(pos);
    }
    while pos < len && is_word_at(pos) {
        pos = after(pos);
    }
    pos
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineInput {
    chars: Vec<char>,
    /// Index into `chars` of the character the cursor is before.
    cursor: usize,
    /// The width the view last wrapped the text at (0: not shown yet).
    shown_width: Cell<usize>,
    /// The text the field opened with: Esc after changing it asks first.
    initial: Vec<char>,
    /// The whole text is selected, as a number to change is: the first letter typed replaces
    /// it, a deletion clears it, a cursor move keeps it.
    selected: bool,
}

/// The lines a field's text wraps into at `width` cells: ranges of character indices, broken
/// after a space where one falls on the line, else mid-word; a cell is kept free at each
/// line's end for the cursor.
fn wrapped(chars: &[char], width: usize) -> Vec<(usize, usize)> {
    let room = width.saturating_sub(1).max(1);
    let mut lines = Vec::new();
    let mut start = 0;
    while chars.len() - start > room {
        let limit = start + room;
        let end = (start + 1..=limit).rev().find(|&i| chars[i - 1] == ' ').unwrap_or(limit);
        lines.push((start, end));
        start = end;
    }
    lines.push((start, chars.len()));
    lines
}

/// The line of `lines` the cursor is on: the first that ends after it, else (at the very end)
/// the last.
pub fn cursor_row(lines: &[(usize, usize)], cursor: usize) -> usize {
    lines.iter().position(|&(_, end)| cursor < end).unwrap_or(lines.len().saturating_sub(1))
}

impl LineInput {
    pub fn new(text: &str) -> Self {
        let chars: Vec<char> = text.nfc().collect();
        let cursor = chars.len();
        LineInput { initial: chars.clone(), chars, cursor, shown_width: Cell::new(0), selected: false }
    }

    /// A field opened on `text` selected whole (a score or a count to correct): typing
    /// replaces it rather than adding to it ("30" then "18" is 18, not 3018).
    pub fn selected(text: &str) -> Self {
        let mut field = Self::new(text);
        field.selected = !field.chars.is_empty();
        field
    }

    pub fn is_selected(&self) -> bool {
        self.selected
    }

    /// Takes the selection: true when it was there (and the text is now gone, if `clear`).
    fn take_selection(&mut self, clear: bool) -> bool {
        let was = std::mem::take(&mut self.selected);
        if was && clear {
            self.chars.clear();
            self.cursor = 0;
        }
        was
    }

    /// Whether something was typed that Esc would throw away: the text differs from the one
    /// the field opened with and is not blank.
    pub fn has_unsaved_typing(&self) -> bool {
        self.chars != self.initial && self.chars.iter().any(|c| !c.is_whitespace())
    }

    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }

    /// The text as characters, as [`Self::shown_at`]'s lines index it.
    pub fn chars(&self) -> &[char] {
        &self.chars
    }

    /// The cursor's position in characters (= terminal cells for NFC Vietnamese).
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn insert(&mut self, c: char) {
        if c.is_control() {
            return;
        }
        self.take_selection(true);
        // A mark typed alone joins the letter before it: the letter's whole cluster (its base
        // and every mark on it) is normalised again with the new mark. That also covers marks
        // typed out of canonical order ("ê" then a dot below is "ệ") and marks with no
        // precomposed letter ("ã" then a dot below is "ạ" with a combining tilde).
        self.chars.insert(self.cursor, c);
        self.cursor += 1;
        self.heal();
    }

    /// After an edit at the cursor: the letters that now meet there (a letter typed before a
    /// mark, a mark left by a deletion next to another letter) are normalised again, so that
    /// the text stays NFC; the cursor stays after what it was after.
    fn heal(&mut self) {
        let is_mark = unicode_normalization::char::is_combining_mark;
        let len = self.chars.len();
        let cursor = self.cursor.min(len);
        let from = (0..cursor).rev().find(|&i| !is_mark(self.chars[i])).unwrap_or(0);
        let to = (cursor..len).find(|&i| !is_mark(self.chars[i])).unwrap_or(len);
        let window = &self.chars[from..to];
        let joined: Vec<char> = window.iter().collect::<String>().nfc().collect();
        if joined != window {
            let before: usize = self.chars[from..cursor].iter().collect::<String>().nfc().count();
            self.cursor = from + before.min(joined.len());
            self.chars.splice(from..to, joined);
        }
    }

    /// Pasted text: a tab between words is a space, as in a text (other controls go).
    pub fn insert_str(&mut self, text: &str) {
        text.nfc().map(|c| if c == '\t' { ' ' } else { c }).for_each(|c| self.insert(c));
    }

    pub fn backspace(&mut self) {
        if self.take_selection(true) {
            return;
        }
        if self.cursor > 0 {
            self.cursor -= 1;
            self.chars.remove(self.cursor);
            self.heal();
        }
    }

    /// Ctrl+W (Ctrl/Alt+Backspace): the word before the cursor goes, as in a text.
    pub fn delete_word_back(&mut self) {
        if self.take_selection(true) {
            return;
        }
        let start = word_start_before(self.cursor, |i| self.chars[i].is_alphanumeric(), |p| p - 1);
        self.chars.drain(start..self.cursor);
        self.cursor = start;
        self.heal();
    }

    /// Ctrl+U, as in a shell: everything before the cursor goes.
    pub fn delete_to_start(&mut self) {
        if self.take_selection(true) {
            return;
        }
        self.chars.drain(..self.cursor);
        self.cursor = 0;
        self.heal();
    }

    pub fn delete(&mut self) {
        if self.take_selection(true) {
            return;
        }
        if self.cursor < self.chars.len() {
            self.chars.remove(self.cursor);
            self.heal();
        }
    }

    pub fn left(&mut self) {
        self.take_selection(false);
        self.cursor = self.cursor.saturating_sub(1);
    }

    pub fn right(&mut self) {
        self.take_selection(false);
        self.cursor = (self.cursor + 1).min(self.chars.len());
    }

    /// Ctrl+←: to the start of the word before the cursor (the text box's word movement).
    pub fn word_left(&mut self) {
        self.take_selection(false);
        self.cursor = word_start_before(self.cursor, |i| self.chars[i].is_alphanumeric(), |p| p - 1);
    }

    /// Ctrl+→: to the end of the word after the cursor.
    pub fn word_right(&mut self) {
        self.take_selection(false);
        let len = self.chars.len();
        self.cursor = word_end_after(self.cursor, len, |i| self.chars[i].is_alphanumeric(), |p| p + 1);
    }

    pub fn home(&mut self) {
        self.take_selection(false);
        self.cursor = 0;
    }

    pub fn end(&mut self) {
        self.take_selection(false);
        self.cursor = self.chars.len();
    }

    /// The text's lines at `width` cells, as drawn; the width is kept for [`Self::up`] and
    /// [`Self::down`].
    pub fn shown_at(&self, width: usize) -> Vec<(usize, usize)> {
        self.shown_width.set(width);
        wrapped(&self.chars, width)
    }

    /// ↑: to the same place on the line above, or to the start from the first line.
    pub fn up(&mut self) {
        self.take_selection(false);
        self.move_line(false);
    }

    /// ↓: to the same place on the line below, or to the end from the last line.
    pub fn down(&mut self) {
        self.take_selection(false);
        self.move_line(true);
    }

    fn move_line(&mut self, down: bool) {
        // Not shown yet: one line.
        let width = match self.shown_width.get() {
            0 => usize::MAX,
            w => w,
        };
        let lines = wrapped(&self.chars, width);
        let row = cursor_row(&lines, self.cursor);
        let target = if down { Some(row + 1).filter(|&r| r < lines.len()) } else { row.checked_sub(1) };
        let Some(target) = target else {
            self.cursor = if down { self.chars.len() } else { 0 };
            return;
        };
        let column = self.cursor - lines[row].0;
        let (start, end) = lines[target];
        // A line that wraps ends before its last character: the cursor there is on the next.
        let last = if target + 1 < lines.len() { end.saturating_sub(1).max(start) } else { end };
        self.cursor = (start + column).min(last);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tab pasted between words (from a spreadsheet, say) keeps them apart.
    #[test]
    fn a_pasted_tab_is_a_space() {
        let mut f = LineInput::new("");
        f.insert_str("Phát biểu\tkhai mạc\u{7}");
        assert_eq!(f.text(), "Phát biểu khai mạc");
    }

    /// Ctrl+← and Ctrl+→ move by words, as in the text box (they moved one letter).
    #[test]
    fn the_cursor_moves_by_words() {
        let mut f = LineInput::new("Nguyễn Thị Hồng, Nhung");
        f.word_left();
        assert_eq!(f.cursor(), 17, "the start of Nhung");
        f.word_left();
        assert_eq!(f.cursor(), 11, "over \", \" to the start of Hồng");
        f.home();
        f.word_right();
        assert_eq!(f.cursor(), 6, "the end of Nguyễn");
        f.word_right();
        assert_eq!(f.cursor(), 10, "the end of Thị");
        f.end();
        f.word_right();
        assert_eq!(f.cursor(), 22, "at the end it stays");
        f.home();
        f.word_left();
        assert_eq!(f.cursor(), 0, "at the start it stays");
    }

    #[test]
    fn a_selected_number_is_typed_over_cleared_or_kept_by_moving() {
        let mut f = LineInput::selected("30");
        assert!(f.is_selected());
        f.insert_str("18");
        assert_eq!((f.text().as_str(), f.is_selected()), ("18", false), "typed over, not 3018");
        let mut f = LineInput::selected("1");
        f.backspace();
        assert_eq!(f.text(), "", "a deletion clears it");
        let mut f = LineInput::selected("27,5");
        f.left();
        f.insert('0');
        assert_eq!(f.text(), "27,05", "moving keeps the text and ends the selection");
        assert!(!LineInput::selected("").is_selected(), "nothing to select");
        assert!(!LineInput::new("30").is_selected());
    }

    /// Found by the monkey test: "g", a grave, an acute; ← then Backspace left "g" and a lone
    /// acute, not NFC "ǵ", which the saved minutes then held.
    #[test]
    fn edits_next_to_marks_keep_the_text_nfc() {
        let mut f = LineInput::default();
        for c in ['g', '\u{300}', '\u{301}'] {
            f.insert(c);
        }
        f.left();
        f.backspace();
        assert_eq!((f.text(), f.cursor()), ("ǵ".to_string(), 1));
        // A letter typed before a mark takes it: "a" + acute is "á".
        let mut f = LineInput::new("g\u{300}\u{301}");
        f.home();
        f.right();
        f.delete();
        assert_eq!(f.text(), "g\u{301}".nfc().collect::<String>());
        let mut f = LineInput::new("x\u{301}");
        f.home();
        f.delete();
        f.insert('a');
        assert_eq!((f.text(), f.cursor()), ("á".to_string(), 1));
        // Any sequence of edits over letters and marks: always NFC.
        let alphabet = ['a', 'e', 'g', 'o', '\u{300}', '\u{301}', '\u{302}', '\u{303}', '\u{323}', ' '];
        let mut seed: u64 = 0x2026_1206;
        let mut next = |n: usize| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as usize % n
        };
        let mut f = LineInput::default();
        for step in 0..5_000 {
            match next(8) {
                0..=2 => f.insert(alphabet[next(alphabet.len())]),
                3 => f.backspace(),
                4 => f.delete(),
                5 => f.left(),
                6 => f.right(),
                _ if next(20) == 0 => f.delete_to_start(),
                _ => f.home(),
            }
            let text = f.text();
            assert_eq!(text, text.nfc().collect::<String>(), "step {step}: {text:?}");
            assert!(f.cursor() <= f.chars().len());
        }
    }

    #[test]
    fn edits_by_whole_letters_and_stays_nfc() {
        let mut f = LineInput::new("/tmp/bien-ban.ron");
        f.home();
        f.right();
        f.insert_str("ho\u{302}");
        assert_eq!(f.text(), "/hôtmp/bien-ban.ron");
        f.backspace();
        assert_eq!(f.text(), "/htmp/bien-ban.ron", "ô goes as one letter");
        f.end();
        f.insert('e');
        f.insert('\u{302}');
        f.insert('\u{301}');
        assert!(f.text().ends_with(".ronế"), "{}", f.text());
        f.insert('\u{7}');
        assert!(f.text().ends_with("ế"), "control characters are not text");
        // Marks out of canonical order (found by the monkey test): ê + dot below is ệ.
        let mut g = LineInput::new("kê");
        g.insert('\u{323}');
        assert_eq!(g.text(), "kệ");
        g.insert('1');
        g.insert('\u{301}');
        assert!(unicode_normalization::is_nfc(&g.text()), "a mark that cannot join stays, still NFC");
        // Two tone marks: no single letter carries both; NFC is "ạ" plus a combining tilde.
        let mut h = LineInput::new("ã");
        h.insert('\u{323}');
        assert_eq!(h.text(), "ạ\u{303}");
        assert!(unicode_normalization::is_nfc(&h.text()));
        h.insert('x');
        assert_eq!(h.text(), "ạ\u{303}x", "the cursor stays after the cluster");
        // A mark at the very start is kept (nothing to join), and the text stays NFC.
        let mut m = LineInput::default();
        m.insert('\u{301}');
        m.insert('a');
        assert!(unicode_normalization::is_nfc(&m.text()));
    }

    #[test]
    fn ctrl_u_deletes_what_is_before_the_cursor() {
        let mut f = LineInput::new("Nguyễn Văn An");
        f.left();
        f.left();
        f.delete_to_start();
        assert_eq!((f.text().as_str(), f.cursor()), ("An", 0));
        f.insert('T');
        assert_eq!(f.text(), "TAn");
    }

    fn lines(text: &str, width: usize) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        wrapped(&chars, width).into_iter().map(|(a, b)| chars[a..b].iter().collect()).collect()
    }

    #[test]
    fn a_field_wraps_after_spaces_and_keeps_every_character() {
        let text = "Thi đua thực hiện chuyển đổi số trong hoạt động của các hội";
        let got = lines(text, 21);
        assert_eq!(got, ["Thi đua thực hiện ", "chuyển đổi số trong ", "hoạt động của các ", "hội"]);
        assert_eq!(got.concat(), text, "nothing lost or added");
        assert!(got.iter().all(|l| l.chars().count() < 21), "a cell left for the cursor");
        assert_eq!(lines("abcdefghij", 5), ["abcd", "efgh", "ij"], "a word longer than the line is cut");
        assert_eq!(lines("", 10), [""], "an empty field is one line");
    }

    #[test]
    fn up_and_down_move_by_the_lines_shown() {
        // Lines at 21 cells: "Thi đua thực hiện " (0..18), "chuyển đổi số trong " (18..38),
        // "hoạt động của các " (38..56), "hội" (56..59).
        let mut f = LineInput::new("Thi đua thực hiện chuyển đổi số trong hoạt động của các hội");
        assert_eq!(f.shown_at(21).len(), 4);
        f.up();
        assert_eq!(f.cursor(), 38 + 3, "from the end of \"hội\" to the same column above");
        f.up();
        f.up();
        assert_eq!(f.cursor(), 3);
        f.up();
        assert_eq!(f.cursor(), 0, "above the first line: the start");
        f.end();
        f.left();
        f.left();
        f.left();
        f.left();
        f.left();
        f.down();
        assert_eq!(f.cursor(), 59, "below the last line: the end");
        f.home();
        for _ in 0..17 {
            f.right();
        }
        f.down();
        assert_eq!(f.cursor(), 18 + 17, "column 17 on the second line");
        f.down();
        assert_eq!(f.cursor(), 55, "a shorter line: its last place before it wraps");
        let mut short = LineInput::new("Hà Nội");
        short.left();
        short.up();
        assert_eq!(short.cursor(), 0, "one line, never shown: ↑ is the start");
        short.down();
        assert_eq!(short.cursor(), 6, "and ↓ the end");
    }
}
