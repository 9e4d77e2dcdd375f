//! Letters: a character with the combining marks that did not compose with it, which the
//! cursor never splits. In NFC Vietnamese every letter is one character.

use unicode_normalization::char::is_combining_mark;

/// Whether a letter starts at `i`: anything but a combining mark does, and so does a mark
/// with no letter to hold it (at the start of the text or of a line).
pub(super) fn is_unit_start(chars: &[char], i: usize) -> bool {
    let prev = i.checked_sub(1).and_then(|p| chars.get(p));
    match (prev, chars.get(i)) {
        (Some(&prev), Some(&c)) => !is_combining_mark(c) || prev == '\n',
        _ => true,
    }
}

/// The start of the letter holding the character at `i`.
pub(super) fn unit_start(chars: &[char], i: usize) -> usize {
    let mut start = i.min(chars.len());
    while start > 0 && !is_unit_start(chars, start) {
        start -= 1;
    }
    start
}

/// The end of the letter holding the character at `i`.
pub(super) fn unit_end(chars: &[char], i: usize) -> usize {
    let mut end = i + 1;
    while end < chars.len() && !is_unit_start(chars, end) {
        end += 1;
    }
    end.min(chars.len())
}
