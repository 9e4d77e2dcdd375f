//! What a file typed by hand can hold that reads well and shows wrong: a tab inside a text
//! (the screen shows it as nothing: "Phát biểukhai mạc"; a printed biên bản as a wide gap).
//!
//! Looks at the text as typed, not at the values read (which no longer say where). Costs
//! nothing on a file without a tab, which is every file the program writes.

/// The place (line, column, from 1) of the first tab inside a quoted text, if any.
pub(super) fn tab_in_text(text: &str) -> Option<(usize, usize)> {
    memchr::memchr(b'\t', text.as_bytes())?;
    let (mut line, mut column) = (1, 0);
    let (mut quoted, mut escaped) = (false, false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        column += 1;
        match c {
            '\n' => (line, column) = (line + 1, 0),
            '\t' if quoted => return Some((line, column)),
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            // A comment, to the end of its line (its quotes open nothing).
            '/' if !quoted && chars.peek() == Some(&'/') => {
                for n in chars.by_ref() {
                    if n == '\n' {
                        (line, column) = (line + 1, 0);
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::tab_in_text;

    #[test]
    fn a_tab_inside_a_text_is_found_and_one_outside_is_not() {
        assert_eq!(tab_in_text("(\n\ttitle: \"Phát biểu\tkhai mạc\",\n)"), Some((2, 19)));
        assert_eq!(tab_in_text("(\n\ttitle: \"Khai mạc\", // a\ttab \"in\ta\" comment\n)"), None);
        assert_eq!(tab_in_text("(title: \"a \\\" b\",\tnote: \"c\td\")"), Some((1, 27)));
        assert_eq!(tab_in_text("(title: \"no tab\")"), None);
    }
}
