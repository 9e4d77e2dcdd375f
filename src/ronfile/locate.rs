//! Where a value stands in a RON text: maps a path such as `agenda[3].vote.subject` to the
//! line and column where that value starts.
//!
//! serde forgets positions once a file has parsed, but meaning problems (a duplicate id, an
//! unknown unit) must still name their line and column. This scanner walks the text once,
//! tracking fields and list indices. It only ever sees text that ron has already parsed,
//! so it needs no error handling; on anything odd it degrades to a shorter path.

use std::collections::HashMap;

pub struct Locator {
    starts: HashMap<String, (usize, usize)>,
}

#[derive(Clone)]
enum Seg {
    Field(String),
    Index(usize),
}

struct Frame {
    /// `(` frames hold fields or tuple members; `[` and `{` hold members.
    paren: bool,
    index: usize,
    field: Option<String>,
    /// Length of the path outside this frame, to which this frame's segment is appended.
    base: Vec<Seg>,
}

impl Frame {
    fn path(&self) -> Vec<Seg> {
        let mut p = self.base.clone();
        match (&self.field, self.paren) {
            (Some(f), true) => p.push(Seg::Field(f.clone())),
            _ => p.push(Seg::Index(self.index)),
        }
        p
    }
}

fn render(path: &[Seg]) -> String {
    let mut s = String::new();
    for seg in path {
        match seg {
            Seg::Field(f) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(f);
            }
            Seg::Index(i) => s.push_str(&format!("[{i}]")),
        }
    }
    s
}

impl Locator {
    pub fn new(text: &str) -> Self {
        let chars: Vec<char> = text.chars().collect();
        let mut starts = HashMap::new();
        let mut stack: Vec<Frame> = Vec::new();
        // The path of the value a variant or struct name was just recorded for, so that the
        // `(` following it continues that path instead of adding an index.
        let mut pending_wrapper: Option<Vec<Seg>> = None;
        let (mut i, mut line, mut col) = (0usize, 1usize, 1usize);

        let advance = |i: &mut usize, line: &mut usize, col: &mut usize, n: usize| {
            for _ in 0..n {
                if chars.get(*i) == Some(&'\n') {
                    *line += 1;
                    *col = 1;
                } else {
                    *col += 1;
                }
                *i += 1;
            }
        };
        let current_path = |stack: &[Frame]| stack.last().map(Frame::path).unwrap_or_default();

        while i < chars.len() {
            let c = chars[i];
            let here = (line, col);
            if c.is_whitespace() {
                advance(&mut i, &mut line, &mut col, 1);
                continue;
            }
            if c == '/' && chars.get(i + 1) == Some(&'/') {
                let n = chars[i..].iter().position(|&c| c == '\n').unwrap_or(chars.len() - i);
                advance(&mut i, &mut line, &mut col, n);
                continue;
            }
            if c == '/' && chars.get(i + 1) == Some(&'*') {
                let n = find(&chars[i + 2..], &['*', '/']).map_or(chars.len() - i, |k| k + 4);
                advance(&mut i, &mut line, &mut col, n);
                continue;
            }
            if c == '#' {
                // `#![enable(...)]`: skip to the closing bracket.
                let n = chars[i..].iter().position(|&c| c == ']').map_or(chars.len() - i, |k| k + 1);
                advance(&mut i, &mut line, &mut col, n);
                continue;
            }
            match c {
                '(' | '[' | '{' => {
                    let base = match pending_wrapper.take() {
                        Some(p) => p,
                        None => {
                            let p = current_path(&stack);
                            starts.entry(render(&p)).or_insert(here);
                            p
                        }
                    };
                    // A wrapper `(` continues its value's path; its members add a segment.
                    stack.push(Frame { paren: c == '(', index: 0, field: None, base });
                    advance(&mut i, &mut line, &mut col, 1);
                }
                ')' | ']' | '}' => {
                    stack.pop();
                    advance(&mut i, &mut line, &mut col, 1);
                }
                ',' => {
                    if let Some(f) = stack.last_mut() {
                        f.index += 1;
                        f.field = None;
                    }
                    advance(&mut i, &mut line, &mut col, 1);
                }
                ':' => advance(&mut i, &mut line, &mut col, 1),
                '"' | '\'' => {
                    let n = quoted_len(&chars[i..], c);
                    starts.entry(render(&current_path(&stack))).or_insert(here);
                    advance(&mut i, &mut line, &mut col, n);
                }
                'r' if matches!(chars.get(i + 1), Some('"' | '#'))
                    && raw_string_len(&chars[i..]).is_some() =>
                {
                    let n = raw_string_len(&chars[i..]).unwrap_or(1);
                    starts.entry(render(&current_path(&stack))).or_insert(here);
                    advance(&mut i, &mut line, &mut col, n);
                }
                _ => {
                    let n = chars[i..]
                        .iter()
                        .position(|&c| c.is_whitespace() || "()[]{},:\"'/".contains(c))
                        .unwrap_or(chars.len() - i)
                        .max(1);
                    let word: String = chars[i..i + n].iter().collect();
                    advance(&mut i, &mut line, &mut col, n);
                    let next = next_significant(&chars, i);
                    if next == Some(':') && stack.last().is_some_and(|f| f.paren) {
                        if let Some(f) = stack.last_mut() {
                            f.field = Some(word.trim_start_matches("r#").to_string());
                        }
                    } else {
                        let path = current_path(&stack);
                        starts.entry(render(&path)).or_insert(here);
                        if next == Some('(') {
                            pending_wrapper = Some(path);
                        }
                    }
                }
            }
        }
        Locator { starts }
    }

    /// Line and column of the value at `path`, or of its nearest enclosing value that was
    /// written out (a missing field is reported where its struct starts).
    pub fn position(&self, path: &str) -> (usize, usize) {
        let mut p = path;
        loop {
            if let Some(&pos) = self.starts.get(p) {
                return pos;
            }
            match p.rfind(['.', '[']) {
                Some(k) => p = &p[..k],
                None => return self.starts.get("").copied().unwrap_or((1, 1)),
            }
        }
    }
}

fn find(hay: &[char], needle: &[char]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn next_significant(chars: &[char], mut i: usize) -> Option<char> {
    while let Some(&c) = chars.get(i) {
        if !c.is_whitespace() {
            return Some(c);
        }
        i += 1;
    }
    None
}

/// Length of a `"…"` or `'…'` literal including its quotes, honouring backslash escapes.
fn quoted_len(chars: &[char], quote: char) -> usize {
    let mut k = 1;
    while k < chars.len() {
        match chars[k] {
            '\\' => k += 2,
            c if c == quote => return k + 1,
            _ => k += 1,
        }
    }
    chars.len()
}

/// Length of `r"…"` or `r#"…"#` including its delimiters.
fn raw_string_len(chars: &[char]) -> Option<usize> {
    let hashes = chars[1..].iter().take_while(|&&c| c == '#').count();
    if chars.get(1 + hashes) != Some(&'"') {
        return None;
    }
    let mut close = vec!['"'];
    close.extend(std::iter::repeat_n('#', hashes));
    let body = 2 + hashes;
    find(&chars[body..], &close).map(|k| body + k + close.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r##"#![enable(implicit_some)]
// a comment with "quotes" and (parens)
(
    format_version: 1,
    units: [
        (id: "a", name: "Sở Nội vụ"),
        (id: "b", name: r#"raw "x""#),
    ],
    agenda: [
        (title: "Khai mạc", presenter: Unit("a"), minutes: 5),
        (title: "Bầu", vote: (subject: Office(office: "Khối trưởng", candidates: ["a", "zz"]))),
    ],
    rules: (pass: AtLeast(2, 3)),
)
"##;

    #[test]
    fn finds_fields_indices_and_variants() {
        let l = Locator::new(TEXT);
        assert_eq!(l.position("format_version"), (4, 21));
        assert_eq!(l.position("units[1].id"), (7, 14));
        assert_eq!(l.position("units[1].name"), (7, 25));
        assert_eq!(l.position("agenda[0].presenter"), (10, 40));
        assert_eq!(l.position("agenda[0].minutes"), (10, 60));
        assert_eq!(l.position("agenda[1].vote.subject.candidates[1]"), (11, 88));
        assert_eq!(l.position("rules.pass"), (13, 19));
    }

    #[test]
    fn a_missing_field_falls_back_to_its_struct() {
        let l = Locator::new(TEXT);
        assert_eq!(l.position("agenda[1].minutes"), (11, 9));
        assert_eq!(l.position("guests"), (3, 1));
    }
}
