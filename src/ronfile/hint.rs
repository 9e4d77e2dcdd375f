//! A closer look at the text where `ron` stopped, for the mistakes people make typing a
//! conference file by hand: curly quotes from a word processor, a name put in quotes, a `#`
//! comment, an odd space, a threshold written as a fraction or a decimal, a decimal where a
//! whole number belongs, a straight quote inside a text. `ron` names what it
//! expected; the text says what was typed instead, and the sentence can say how to fix it.
//!
//! Only consulted once a file has failed to read; it never decides whether a file reads.

use super::Problem;

/// The place of a syntax error moved onto what is there (ron points at the blank before a
/// value it expected), and the problem the text there shows, if it shows one more precisely
/// than `code`.
pub(super) fn refine(text: &str, line: usize, column: usize, code: &ron::Error) -> (usize, Option<Problem>) {
    let Some(row) = text.lines().nth(line.saturating_sub(1)) else { return (column, None) };
    let chars: Vec<char> = row.chars().collect();
    // A `#` that does not begin RON's `#![enable(…)]`: a comment written as in other files
    // (or a file that is not RON, a Markdown heading): said at the `#`.
    if matches!(code, ron::Error::ExpectedAttribute)
        && let Some(hash) = chars[..column.min(chars.len())].iter().rposition(|c| *c == '#')
    {
        return (hash + 1, Some(Problem::HashComment));
    }
    let mut at = column.saturating_sub(1);
    while chars.get(at).is_some_and(|c| *c == ' ' || *c == '\t') {
        at += 1;
    }
    let column = if chars.get(at).is_some() { at + 1 } else { column };
    let before: String = chars.iter().take(at).collect();
    let here = chars.get(at).copied();
    let rest: String = chars.iter().skip(at).collect();
    // ron points into a number out of range (past its sign): where the number begins.
    let number_start = chars[..at.min(chars.len())]
        .iter()
        .rposition(|c| !(c.is_ascii_digit() || matches!(c, '-' | '+' | '_')))
        .map_or(0, |i| i + 1);
    let problem = match here {
        Some('“' | '”' | '„' | '‟' | '″') => Some(Problem::CurlyQuote),
        Some(c @ ('\u{a0}' | '\u{2000}'..='\u{200b}' | '\u{202f}' | '\u{3000}' | '\u{feff}')) => {
            Some(Problem::OddSpace(c))
        }
        Some('#') => Some(Problem::HashComment),
        _ if in_threshold(&before) || threshold_field(&before) => Some(Problem::ThresholdForm),
        // "5.5": ron read the 5 and stops at the point.
        Some('.')
            if before.ends_with(|c: char| c.is_ascii_digit())
                && rest.chars().nth(1).is_some_and(|c| c.is_ascii_digit()) =>
        {
            Some(Problem::Decimal)
        }
        // A text closed, and more of it on the line: a quote inside it ended it early. (A
        // field's name and colon are the next field, its comma left out.)
        Some(c)
            if matches!(code, ron::Error::ExpectedComma)
                && before.trim_end().ends_with('"')
                && (c.is_alphanumeric() || c == '"')
                && !starts_a_field(&rest) =>
        {
            Some(Problem::QuoteInText)
        }
        // A number out of its field's range, or in quotes: said with the field and the value.
        _ if matches!(code, ron::Error::IntegerOutOfBounds) => {
            let head: String = chars[..number_start].iter().collect();
            let typed: String =
                chars[number_start..].iter().take_while(|c| !matches!(c, ',' | ')' | ' ')).collect();
            field_before(&head).map(|field| Problem::NumberOutOfRange { field, typed })
        }
        Some('"')
            if matches!(code, ron::Error::ExpectedInteger)
                && field_before(&before).is_some()
                && quoted_digits(&rest).is_some() =>
        {
            let typed = quoted_digits(&rest).unwrap_or_default();
            field_before(&before).map(|field| Problem::QuotedNumber { field, typed })
        }
        Some('"') if matches!(code, ron::Error::ExpectedIdentifier | ron::Error::ExpectedStructLike) => {
            let word: String = rest.chars().skip(1).take_while(|c| *c != '"').collect();
            let word = word.trim();
            // Only a name (TongKet, Present): a text in quotes where a name belongs.
            let name = word.starts_with(|c: char| c.is_ascii_alphabetic())
                && word.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            Some(if name { Problem::QuotedName(word.to_string()) } else { Problem::Quoted })
        }
        _ => None,
    };
    // The quote that ended the text is where to look.
    let column = match &problem {
        Some(Problem::QuoteInText) => before.trim_end().chars().count(),
        Some(Problem::NumberOutOfRange { .. }) => number_start + 1,
        _ => column,
    };
    (column, problem)
}

/// The name of the field whose value comes next (`minutes: ` before it), if a field's.
fn field_before(before: &str) -> Option<String> {
    let head = before.trim_end().strip_suffix(':')?.trim_end();
    let name: String = head.chars().rev().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
    (!name.is_empty()).then(|| name.chars().rev().collect())
}

/// The digits of a number written in quotes at the start of `rest` (`"20"`), if that is what
/// it is.
fn quoted_digits(rest: &str) -> Option<String> {
    let inner = rest.strip_prefix('"')?.split('"').next()?.trim();
    (!inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit())).then(|| inner.to_string())
}

/// Whether `rest` begins with a field's name and its colon (`short: …`).
fn starts_a_field(rest: &str) -> bool {
    let name = rest.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '_');
    name.len() < rest.len() && name.trim_start().starts_with(':')
}

/// Whether the place is inside a threshold's brackets: `MoreThan(` or `AtLeast(` opened and
/// not closed before it on its line.
fn in_threshold(before: &str) -> bool {
    ["MoreThan(", "AtLeast("]
        .iter()
        .any(|open| before.rfind(open).is_some_and(|i| !before[i..].contains(')')))
}

/// Whether the place is a threshold's value (`pass:` or `quorum:` just before it).
fn threshold_field(before: &str) -> bool {
    let field = before.trim_end().strip_suffix(':').map(str::trim_end);
    field.is_some_and(|f| f.ends_with("pass") || f.ends_with("quorum"))
}
