//! Wrapping the editor's characters into visual lines, and finding the cursor in them.
//!
//! Pure functions over `&[char]`; widths are terminal cells (unicode-width), counted per letter
//! (a base character with its attached combining marks), so a letter is never split.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::letters::unit_end;

/// One visual line: `chars[start..end]`, without the newline or break space that follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Row {
    pub start: usize,
    pub end: usize,
}

/// The text's width for an area `width` cells wide: one column is kept for the cursor.
pub(super) fn content_width(width: u16) -> usize {
    usize::from(width).saturating_sub(1).max(1)
}

/// Visual lines of at most `width` cells (unless a single letter is wider than that).
/// Starts of rows strictly increase; there is always at least one row.
pub(super) fn wrap(chars: &[char], width: usize) -> Vec<Row> {
    let width = width.max(1);
    let mut rows = Vec::new();
    let mut start = 0;
    loop {
        let rest = chars.get(start..).unwrap_or_default();
        let end = rest.iter().position(|&c| c == '\n').map_or(chars.len(), |i| start + i);
        wrap_line(chars, start, end, width, &mut rows);
        if end >= chars.len() {
            return rows;
        }
        start = end + 1;
    }
}

/// Greedy wrapping of one logical line `chars[from..to]`: break at the last space that fits
/// (the space itself is not shown), or inside a word that is longer than the line.
fn wrap_line(chars: &[char], from: usize, to: usize, width: usize, rows: &mut Vec<Row>) {
    let mut start = from;
    let mut col = 0;
    // The last space on this row and the row's width before it.
    let mut space: Option<(usize, usize)> = None;
    let mut i = from;
    while i < to {
        let next = unit_end(chars, i).min(to);
        let w = cells(chars, i, next);
        let is_space = next == i + 1 && chars.get(i) == Some(&' ');
        if col + w > width {
            if is_space {
                rows.push(Row { start, end: i });
                (start, col, space, i) = (next, 0, None, next);
                continue;
            }
            if let Some((at, before)) = space.take()
                && before > 0
            {
                rows.push(Row { start, end: at });
                start = at + 1;
                col = col.saturating_sub(before + 1);
                continue;
            }
            if col > 0 {
                rows.push(Row { start, end: i });
                (start, col) = (i, 0);
                continue;
            }
        }
        if is_space {
            space = Some((i, col));
        }
        col += w;
        i = next;
    }
    rows.push(Row { start, end: to });
}

/// Cells taken by `chars[from..to]`, letter by letter.
pub(super) fn cells(chars: &[char], from: usize, to: usize) -> usize {
    let mut total = 0;
    let mut i = from;
    while i < to {
        let next = unit_end(chars, i).min(to);
        total += match chars.get(i..next).unwrap_or_default() {
            [c] => c.width().unwrap_or(0),
            letter => letter.iter().collect::<String>().width(),
        };
        i = next;
    }
    total
}

/// The (row, column in cells) where the cursor at `pos` is drawn: on the last row starting at
/// or before it (so after a broken word it is at the start of the next row).
pub(super) fn locate(chars: &[char], rows: &[Row], pos: usize) -> (usize, usize) {
    let row = rows.partition_point(|r| r.start <= pos).saturating_sub(1);
    match rows.get(row) {
        Some(r) => (row, cells(chars, r.start, pos.min(r.end))),
        None => (0, 0),
    }
}

/// The position in `row` whose column is the greatest not past `goal`, among the positions
/// that are drawn on that row (the end of a row broken inside a word is drawn on the next).
pub(super) fn position_in_row(chars: &[char], rows: &[Row], row: usize, goal: usize) -> usize {
    let Some(r) = rows.get(row) else {
        return chars.len();
    };
    let broken_word = rows.get(row + 1).is_some_and(|next| next.start == r.end);
    let (mut pos, mut col, mut best) = (r.start, 0, r.start);
    while pos < r.end {
        let next = unit_end(chars, pos).min(r.end);
        col += cells(chars, pos, next);
        if col > goal {
            break;
        }
        pos = next;
        if !(broken_word && pos == r.end) {
            best = pos;
        }
    }
    best
}

pub(super) fn row_text(chars: &[char], row: &Row) -> String {
    chars.get(row.start..row.end).unwrap_or_default().iter().collect()
}
