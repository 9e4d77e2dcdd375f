//! A one-line text field: what a prompt (a path to save to) needs.
//!
//! Text stays NFC: a combining mark typed on its own is composed with the letter before it.
//! The cursor moves and deletes by whole characters (every Vietnamese letter is one NFC
//! character). No drawing and no keys here: the caller maps keys to these edits.

use unicode_normalization::UnicodeNormalization;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineInput {
    chars: Vec<char>,
    /// Index into `chars` of the character the cursor is before.
    cursor: usize,
}

impl LineInput {
    pub fn new(text: &str) -> Self {
        let chars: Vec<char> = text.nfc().collect();
        let cursor = chars.len();
        LineInput { chars, cursor }
    }

    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }

    /// The cursor's position in characters (= terminal cells for NFC Vietnamese).
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn insert(&mut self, c: char) {
        if c.is_control() {
            return;
        }
        // A mark typed alone joins the letter before it: the letter's whole cluster (its base
        // and every mark already on it) is normalised again with the new mark. That also
        // covers marks typed out of canonical order ("ê" then a dot below is "ệ") and marks
        // with no precomposed letter ("ã" then a dot below is "ạ" with a combining tilde).
        if unicode_normalization::char::is_combining_mark(c) {
            let is_mark = unicode_normalization::char::is_combining_mark;
            let start = (0..self.cursor).rev().find(|&i| !is_mark(self.chars[i])).unwrap_or(0);
            let mut cluster: String = self.chars[start..self.cursor].iter().collect();
            cluster.push(c);
            let normal: Vec<char> = cluster.nfc().collect();
            let added = normal.len();
            self.chars.splice(start..self.cursor, normal);
            self.cursor = start + added;
            return;
        }
        self.chars.insert(self.cursor, c);
        self.cursor += 1;
    }

    pub fn insert_str(&mut self, text: &str) {
        text.nfc().for_each(|c| self.insert(c));
    }

    pub fn backspace(&mut self) {
        if self.cursor > 0 {
            self.cursor -= 1;
            self.chars.remove(self.cursor);
        }
    }

    /// Ctrl+U, as in a shell: everything before the cursor goes.
    pub fn delete_to_start(&mut self) {
        self.chars.drain(..self.cursor);
        self.cursor = 0;
    }

    pub fn delete(&mut self) {
        if self.cursor < self.chars.len() {
            self.chars.remove(self.cursor);
        }
    }

    pub fn left(&mut self) {
        self.cursor = self.cursor.saturating_sub(1);
    }

    pub fn right(&mut self) {
        self.cursor = (self.cursor + 1).min(self.chars.len());
    }

    pub fn home(&mut self) {
        self.cursor = 0;
    }

    pub fn end(&mut self) {
        self.cursor = self.chars.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
