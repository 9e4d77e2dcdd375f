//! Reading the program's RON files (conference, theme, minutes) into typed values, and
//! every way that can fail as a located `FileError`: file, line, column and a `Problem` that
//! the language tables turn into one plain sentence.
//!
//! Owns the RON options (implicit `Some`), NFC normalisation of what is read, and the mapping
//! of ron's errors. Text is read by the quick reader (`fast`) when it can, else by `ron`,
//! which also says where a file is wrong. It reads text it is given; opening files is the
//! caller's business.

pub mod fast;
mod hint;
mod locate;
mod typed;

use std::fmt;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use unicode_normalization::UnicodeNormalization;

use crate::conference::{Base, Threshold};
pub use locate::Locator;

/// What a file that is not text turned out to be, from its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotText {
    /// A zip: a Word document (.docx), a spreadsheet, an archive.
    Zip,
    Pdf,
    /// Office's older format: .doc, .xls.
    OldOffice,
    /// A NUL byte, which no text has.
    Binary,
}

impl NotText {
    /// The document `bytes` begin as, if another program's.
    pub fn document(bytes: &[u8]) -> Option<NotText> {
        if bytes.starts_with(b"PK\x03\x04") {
            Some(NotText::Zip)
        } else if bytes.starts_with(b"%PDF-") {
            Some(NotText::Pdf)
        } else if bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
            Some(NotText::OldOffice)
        } else {
            None
        }
    }
}

/// What is wrong with a file, without the words: the language tables phrase it.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// The file could not be read at all (permissions, a folder …): the system's reason.
    Unreadable(String),
    Missing,
    /// A folder was named where a file was expected.
    IsFolder,
    /// The file holds nothing but blanks.
    EmptyFile,
    NotUtf8,
    /// Text saved as UTF-16 (what Windows Notepad calls "Unicode"), not UTF-8.
    Utf16,
    /// Not text at all: another program's document, or bytes no text has.
    NotText(NotText),
    Syntax(ron::Error),
    NewerVersion {
        found: u32,
        supported: u32,
    },
    BadVersion(u32),
    BadDate(String),
    BadTime(String),
    BadColour(String),
    /// A required text is blank; the field's name as written in the file.
    Empty(String),
    NoUnits,
    BadUnitId(String),
    DuplicateUnit(String),
    /// Two units with the same name (or short name): `first` is the id of the one before.
    SameUnitName {
        field: String,
        text: String,
        first: String,
    },
    UnknownUnit(String),
    DuplicateCandidate(String),
    EmptyAgenda,
    ZeroMinutes,
    BadThreshold(Threshold),
    ZeroRounds,
    VoteMissing,
    NoCandidates,
    ElectionNeedsOffice,
    BaseNeedsBallots(Base),
    BadHalf(u8),
    BadYears(i32, i32),
    /// The period's (last) year is far from the conference's: a year typed short (26).
    YearFarFromDate {
        year: i32,
        held: i32,
    },
    /// An agenda item planned for more than a working day (minutes).
    TooManyMinutes(u32),
    /// An `Office` choosing no unit (`places: 0`).
    ZeroPlaces,
    /// An award given to a recipient it cannot go to (a Cờ thi đua to a person): the error
    /// says which way.
    Recipient(crate::awards::AwardError),
    /// A show of hands with more candidates than the digits 1–9 can choose.
    TooManyForHands(usize),
    /// An `Office` choosing more units than it has candidates.
    TooManyPlaces {
        places: u32,
        candidates: usize,
    },
    /// `nominee_becomes_head` on a motion: only a nomination names a unit.
    HeadNeedsOffice,
    /// `nominee_becomes_head` on a second vote; the 1-based agenda item of the first.
    SecondHeadNomination(usize),
    /// The scoring table's `scale` is 0.
    ZeroScale,
    /// A scoring criterion whose maximum is 0.
    ZeroCriterionMax,
    /// Two scoring criteria with the same code.
    DuplicateCriterion(String),
    /// The scoring table's `scale` is not the sum of its criteria's maxima.
    ScaleNotSum {
        scale: u32,
        sum: u64,
    },
    UnknownTheme {
        name: String,
        known: Vec<String>,
        /// The folder the user's own themes are looked for in (empty: none known).
        folder: String,
    },
    /// Minutes whose record has a different number of items than their conference's agenda.
    RecordItems {
        record: usize,
        agenda: usize,
    },
    /// Minutes whose current item (1-based) is not, or not only, the one marked current.
    BadCurrent(usize),
    /// A moment (the minutes' "2024-01-16T08:00:00") that is not one.
    BadDateTime,
    /// Minutes with a poll on an item (1-based) that is not a vote.
    BadPollItem(usize),
    /// Minutes whose vote on an item (1-based) has figures or an outcome that its votes do
    /// not give, in a round.
    PollDisagrees {
        item: usize,
        round: u32,
    },
    /// A curly quote (“ ”) where a straight one belongs: a word processor's.
    CurlyQuote,
    /// A space other than the plain one (a non-breaking space, say), which looks the same.
    OddSpace(char),
    /// A `#` comment: RON's comments begin with `//`.
    HashComment,
    /// A file of another kind (its extension, "md"), not read past its first line: named by
    /// mistake, likely, rather than a conference to put right.
    OtherKind(String),
    /// A name (TongKet, Present) written in quotes.
    QuotedName(String),
    /// A tab inside a text: shown as nothing on screen, as a wide gap on paper.
    TabInText,
    /// A theme's role with the same colour for its text and its background.
    SameColours {
        role: String,
        colour: String,
    },
    /// A text in quotes where a value without them belongs (`period: "2026"`).
    Quoted,
    /// A threshold written otherwise than as two whole numbers (0.5, 2/3, "quá 1/2").
    ThresholdForm,
    /// A number with a decimal part where a whole number belongs (`minutes: 5.5`).
    Decimal,
    /// A whole number negative, or too large, for its field (`minutes: -5`): the field's name
    /// and what was typed.
    NumberOutOfRange {
        field: String,
        typed: String,
    },
    /// A whole number in quotes (`minutes: "20"`): the field's name and the number.
    QuotedNumber {
        field: String,
        typed: String,
    },
    /// A straight quote inside a text, which ended it (`"thi đua "Dân vận khéo""`).
    QuoteInText,
}

/// One problem in one file, where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct FileError {
    pub file: PathBuf,
    /// 1-based; 0 when the problem is the whole file.
    pub line: usize,
    pub column: usize,
    pub problem: Problem,
}

impl FileError {
    pub fn whole_file(file: &Path, problem: Problem) -> Self {
        FileError { file: file.to_path_buf(), line: 0, column: 0, problem: problem.tidy() }
    }
}

/// A character that takes no room on screen (a zero-width space, a joiner, a direction mark,
/// a byte-order mark, a soft hyphen): two ids that look alike would differ by it.
pub fn invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}')
}

/// A value from a file as a sentence may quote it: no control characters, at most 40
/// characters (a damaged file can put anything where a value was expected).
pub fn shown(text: &str) -> String {
    let flat: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let mut out: String = flat.chars().take(40).collect();
    if flat.chars().count() > 40 {
        out.push('…');
    }
    out
}

impl Problem {
    /// The same problem with every quoted value made fit for one plain sentence.
    fn tidy(self) -> Problem {
        use ron::Error as E;
        match self {
            Problem::BadDate(t) => Problem::BadDate(shown(&t)),
            Problem::BadTime(t) => Problem::BadTime(shown(&t)),
            Problem::BadColour(t) => Problem::BadColour(shown(&t)),
            // What cannot be seen is named, or the id would read as a good one.
            Problem::BadUnitId(t) => Problem::BadUnitId(shown(
                &t.chars()
                    .map(|c| if invisible(c) { format!("<U+{:04X}>", u32::from(c)) } else { c.to_string() })
                    .collect::<String>(),
            )),
            Problem::DuplicateUnit(t) => Problem::DuplicateUnit(shown(&t)),
            Problem::SameUnitName { field, text, first } => {
                Problem::SameUnitName { field, text: shown(&text), first: shown(&first) }
            }
            Problem::UnknownUnit(t) => Problem::UnknownUnit(shown(&t)),
            Problem::DuplicateCandidate(t) => Problem::DuplicateCandidate(shown(&t)),
            Problem::QuotedName(t) => Problem::QuotedName(shown(&t)),
            Problem::Empty(t) => Problem::Empty(shown(&t)),
            Problem::UnknownTheme { name, known, folder } => {
                Problem::UnknownTheme { name: shown(&name), known, folder }
            }
            Problem::Syntax(e) => Problem::Syntax(match e {
                E::NoSuchStructField { expected, found, outer } => {
                    E::NoSuchStructField { expected, found: shown(&found), outer }
                }
                E::NoSuchEnumVariant { expected, found, outer } => {
                    E::NoSuchEnumVariant { expected, found: shown(&found), outer }
                }
                E::InvalidValueForType { expected, found } => {
                    E::InvalidValueForType { expected: shown(&expected), found: shown(&found) }
                }
                E::Message(m) => E::Message(shown(&m)),
                E::InvalidIdentifier(t) => E::InvalidIdentifier(shown(&t)),
                E::ExpectedStructName(t) => E::ExpectedStructName(shown(&t)),
                E::ExpectedDifferentStructName { expected, found } => {
                    E::ExpectedDifferentStructName { expected, found: shown(&found) }
                }
                other => other,
            }),
            other => other,
        }
    }
}

impl fmt::Display for FileError {
    /// The English sentence; the interface uses `Strings::file_error` for its language.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&(crate::i18n::Lang::En.strings().file_error)(self))
    }
}

/// Marks a serde error raised by our own value parsers (dates, colours …) so that it can be
/// turned back into a `Problem` instead of an English message.
const MARK: char = '\u{1}';

pub(crate) fn value_error<E: serde::de::Error>(kind: &str, text: &str) -> E {
    E::custom(format!("{MARK}{kind}{MARK}{text}"))
}

fn problem_of(code: ron::Error) -> Problem {
    if let ron::Error::Message(m) = &code
        && let Some(rest) = m.strip_prefix(MARK)
        && let Some((kind, text)) = rest.split_once(MARK)
    {
        let text = text.to_string();
        match kind {
            "date" => return Problem::BadDate(text),
            "time" => return Problem::BadTime(text),
            "colour" => return Problem::BadColour(text),
            _ => {}
        }
    }
    if let ron::Error::Message(m) = &code
        && CHRONO_PARSE.contains(&m.as_str())
    {
        return Problem::BadDateTime;
    }
    Problem::Syntax(code)
}

/// chrono's words for a date and time it could not read: the minutes' moments are read by
/// chrono, and its English is not for the secretary.
const CHRONO_PARSE: [&str; 7] = [
    "input is out of range",
    "no possible date and time matching input",
    "input is not enough for unique date and time",
    "input contains invalid characters",
    "premature end of input",
    "trailing input",
    "bad or unsupported format string",
];

fn options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// Text as the program keeps it: NFC, without a byte-order mark. The files this program
/// writes are NFC already: the quick check passes them through without copying them.
pub fn normalise(text: &str) -> std::borrow::Cow<'_, str> {
    let text = text.trim_start_matches('\u{feff}');
    match unicode_normalization::is_nfc_quick(to_check(text)) {
        unicode_normalization::IsNormalized::Yes => std::borrow::Cow::Borrowed(text),
        _ => std::borrow::Cow::Owned(text.nfc().collect()),
    }
}

/// The characters of `text` that the NFC check must look at. Left out, by their first
/// bytes, are those NFC whatever surrounds them (they combine with nothing before them and
/// stay as they are): U+0000 to U+02FF (ASCII, Latin-1, Latin Extended-A and B) and U+1E00
/// to U+1EFF (Latin Extended Additional, where Vietnamese's ạ ả ấ … ỹ are). Most of a
/// Vietnamese text is in these, and skipping them is much cheaper than the tables (a test
/// checks every one). Leaving one out only ever sends a text to the slow path, never past it.
///
/// Every other character begins with a byte of 0xCC or more, and no byte inside a character
/// is that high, so the scan looks for such bytes eight at a time.
fn to_check(text: &str) -> impl Iterator<Item = char> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        let first = next_to_check(bytes, at)?;
        // A byte of 0xCC or more always begins a character.
        let c = text.get(first..)?.chars().next()?;
        at = first + c.len_utf8();
        Some(c)
    })
}

/// The first byte at or after `at` that is 0xCC or more and does not begin a character of
/// U+1E00 to U+1EFF (0xE1 then 0xB8 to 0xBB).
fn next_to_check(bytes: &[u8], mut at: usize) -> Option<usize> {
    const TOP: u64 = 0x8080_8080_8080_8080;
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let skipped = |p: usize| bytes[p] == 0xe1 && matches!(bytes.get(p + 1), Some(0xb8..=0xbb));
    while let Some(chunk) = bytes.get(at..at + 8) {
        let word = u64::from_le_bytes(chunk.try_into().ok()?);
        // A byte is 0xCC or more when its top bit is set and its low seven bits are 0x4C or
        // more, that is when adding 0x34 to them reaches the top bit (never carrying further).
        let mut high = ((word & LOW) + 0x3434_3434_3434_3434) & word & TOP;
        // Each such byte in turn, without reading the word again: in Vietnamese text most
        // are the first bytes of letters skipped.
        while high != 0 {
            let p = at + (high.trailing_zeros() / 8) as usize;
            if !skipped(p) {
                return Some(p);
            }
            high &= high - 1;
        }
        at += 8;
    }
    (at..bytes.len()).find(|&p| bytes[p] >= 0xcc && !skipped(p))
}

/// Whether `bytes` are text saved as UTF-16: its byte-order mark, or, without one, a NUL
/// beside each of its first four characters (ASCII, as a file's first characters are).
fn utf16(bytes: &[u8]) -> bool {
    let pairs = || bytes.get(..8).into_iter().flat_map(|b| b.chunks(2));
    bytes.starts_with(&[0xFF, 0xFE])
        || bytes.starts_with(&[0xFE, 0xFF])
        || (bytes.len() >= 8 && pairs().all(|p| p[0] != 0 && p[1] == 0))
        || (bytes.len() >= 8 && pairs().all(|p| p[0] == 0 && p[1] != 0))
}

/// Reads a file as text, or says in a `Problem` why it cannot be.
pub fn read(file: &Path) -> Result<String, FileError> {
    let bytes = std::fs::read(file).map_err(|e| {
        let problem = match e.kind() {
            std::io::ErrorKind::NotFound => Problem::Missing,
            std::io::ErrorKind::IsADirectory => Problem::IsFolder,
            _ => Problem::Unreadable(e.to_string()),
        };
        FileError::whole_file(file, problem)
    })?;
    if let Some(kind) = NotText::document(&bytes) {
        return Err(FileError::whole_file(file, Problem::NotText(kind)));
    }
    if utf16(&bytes) {
        return Err(FileError::whole_file(file, Problem::Utf16));
    }
    // The standard check goes a byte at a time through Vietnamese text (0.3 ms for the large
    // conference, 8 ms for the large minutes); simdutf8 checks it many bytes at a time.
    if simdutf8::basic::from_utf8(&bytes).is_err() {
        // Where it stops being UTF-8 (a letter saved in another code page): said at its place.
        let valid = std::str::from_utf8(&bytes).err().map_or(bytes.len(), |e| e.valid_up_to());
        return Err(at_byte(file, &bytes, valid, Problem::NotUtf8));
    }
    // A NUL is UTF-8 but in no text: binary data, said where it begins.
    if let Some(nul) = memchr::memchr(0, &bytes) {
        return Err(at_byte(file, &bytes, nul, Problem::NotText(NotText::Binary)));
    }
    // SAFETY: simdutf8 has just checked that `bytes` are UTF-8.
    Ok(unsafe { String::from_utf8_unchecked(bytes) })
}

/// `problem` at the line and column of byte `at`, the bytes before it being UTF-8.
fn at_byte(file: &Path, bytes: &[u8], at: usize, problem: Problem) -> FileError {
    let before = std::str::from_utf8(&bytes[..at]).unwrap_or_default();
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    FileError { file: file.to_path_buf(), line, column, problem }
}

/// Parses `text` (already NFC) as a `T`, locating any syntax or type error.
pub fn parse<T: DeserializeOwned>(file: &Path, text: &str) -> Result<T, FileError> {
    if text.trim().is_empty() {
        return Err(FileError::whole_file(file, Problem::EmptyFile));
    }
    // The quick reader reads what the program writes in a fraction of `ron`'s time; whatever
    // it does not read, `ron` reads or refuses with the place.
    if let Ok(value) = fast::from_str(text) {
        return Ok(value);
    }
    parse_with_ron(file, text)
}

/// [`parse`] by `ron` alone: the reference the quick reader is tested against.
pub fn parse_with_ron<T: DeserializeOwned>(file: &Path, text: &str) -> Result<T, FileError> {
    options().from_str(text).map_err(|e| {
        let (line, column) = (e.span.start.line, e.span.start.col);
        // ron reports a file cut short as whatever it expected next, or, cut inside a text,
        // as a text not closed at its opening quote; say what happened.
        let cut_in_text = e.code == ron::Error::ExpectedStringEnd && !closed_after(text, line, column);
        let outside = outside_texts(text);
        // A /* comment never closed took the rest of the file in: said where it opens (if ron
        // stopped after it: a mistake before it is the first to put right).
        if let Some((line, column)) = outside.unclosed_comment.filter(|&opens| opens <= (line, column)) {
            let problem = Problem::Syntax(ron::Error::UnclosedBlockComment);
            return FileError { file: file.to_path_buf(), line, column, problem };
        }
        if outside.only_comments {
            return FileError::whole_file(file, Problem::EmptyFile);
        }
        let problem = if cut_in_text || past_the_end(text, e.span.end.line, e.span.end.col) {
            Problem::Syntax(ron::Error::Eof)
        } else {
            // A closing quote left out: the text ran on to the next quote, a line or two
            // down, and ron stumbles after it ("a comma is missing" on the next line). Said
            // where the text begins.
            if let Some((line, column)) = unclosed_text_before(text, line, column) {
                let problem = Problem::Syntax(ron::Error::ExpectedStringEnd);
                return FileError { file: file.to_path_buf(), line, column, problem };
            }
            // Or the value it ran into was refused as a whole (a time that took in the next
            // line): said at its opening quote, as not closed.
            if let ron::Error::Message(_) = e.code
                && let Some(column) = text_over_a_line_at(text, line, column)
            {
                let problem = Problem::Syntax(ron::Error::ExpectedStringEnd);
                return FileError { file: file.to_path_buf(), line, column, problem };
            }
            match problem_of(e.code) {
                Problem::Syntax(code) => {
                    let (column, hinted) = hint::refine(text, line, column, &code);
                    // A comma left out at the end of a line: ron finds out at the next field.
                    // Said where the comma belongs.
                    let (line, column) = match (&code, &hinted) {
                        (ron::Error::ExpectedComma, None) => end_of_line_before(text, line, column),
                        _ => (line, column),
                    };
                    let problem = hinted.unwrap_or(Problem::Syntax(code)).tidy();
                    return FileError { file: file.to_path_buf(), line, column, problem };
                }
                problem => problem,
            }
        };
        FileError { file: file.to_path_buf(), line, column, problem: problem.tidy() }
    })
}

/// For a place at the first thing on its line, just after the last thing on the line before
/// (blank lines and `//` comment lines passed over); any other place as it is.
fn end_of_line_before(text: &str, line: usize, column: usize) -> (usize, usize) {
    let lines: Vec<&str> = text.lines().collect();
    let Some(row) = lines.get(line.saturating_sub(1)) else { return (line, column) };
    let first = row.chars().take_while(|c| c.is_whitespace()).count() + 1;
    if column != first {
        return (line, column);
    }
    let content = |l: &str| {
        // A comment after the value, on a line with no text in quotes (where "//" may be).
        let l = if l.contains('"') { l } else { l.split("//").next().unwrap_or(l) };
        l.trim_end().chars().count()
    };
    (0..line.saturating_sub(1))
        .rev()
        .find(|&i| content(lines[i]) > 0 && !lines[i].trim_start().starts_with("//"))
        .map_or((line, column), |i| (i + 1, content(lines[i]) + 1))
}

/// Whether another `"` follows the one at (line, column): a text opened there and never
/// closed runs to the end of the file.
fn closed_after(text: &str, line: usize, column: usize) -> bool {
    let start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    let rest = text.get(start..).unwrap_or_default();
    let at = rest.char_indices().nth(column.saturating_sub(1)).map_or(rest.len(), |(i, _)| i);
    rest.get(at..).is_some_and(|r| r.chars().skip(1).any(|c| c == '"'))
}

/// What a look at a file's comments, outside its texts, finds.
#[derive(Debug, PartialEq)]
struct Outside {
    /// Where a `/* … */` comment opens that is never closed (line, column, from 1).
    unclosed_comment: Option<(usize, usize)>,
    /// Nothing but comments and blanks.
    only_comments: bool,
}

/// The comments of `text` (`//` to the line's end, `/* … */`, nested as RON allows), outside
/// its texts. Only looked at once the file has failed to read.
fn outside_texts(text: &str) -> Outside {
    let step = |at: (usize, usize), c: char| if c == '\n' { (at.0 + 1, 1) } else { (at.0, at.1 + 1) };
    let (mut at, mut depth, mut opened, mut in_text, mut only_comments) = ((1, 1), 0usize, None, false, true);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let here = at;
        at = step(at, c);
        let next = chars.peek().copied();
        if depth > 0 {
            if let ('*', Some('/')) | ('/', Some('*')) = (c, next) {
                chars.next();
                at.1 += 1;
                depth = if c == '*' { depth - 1 } else { depth + 1 };
            }
        } else if in_text {
            match c {
                '\\' => {
                    if let Some(n) = chars.next() {
                        at = step(at, n);
                    }
                }
                '"' => in_text = false,
                _ => {}
            }
        } else {
            match (c, next) {
                ('/', Some('/')) => {
                    for n in chars.by_ref() {
                        if n == '\n' {
                            at = (at.0 + 1, 1);
                            break;
                        }
                    }
                }
                ('/', Some('*')) => {
                    chars.next();
                    at.1 += 1;
                    depth = 1;
                    opened = Some(here);
                }
                ('"', _) => {
                    in_text = true;
                    only_comments = false;
                }
                (c, _) if !c.is_whitespace() => only_comments = false,
                _ => {}
            }
        }
    }
    Outside { unclosed_comment: opened.filter(|_| depth > 0), only_comments }
}

/// The column of the opening quote of a text at (line, column, from 1), ron's place for a
/// value (the quote or just after it), if that text runs over a line end before it closes.
fn text_over_a_line_at(text: &str, line: usize, column: usize) -> Option<usize> {
    let row = text.split('\n').nth(line.saturating_sub(1))?;
    let quote = [column.saturating_sub(1), column.saturating_sub(2)]
        .into_iter()
        .find(|&i| row.chars().nth(i) == Some('"'))?;
    let mut chars = row.chars().skip(quote + 1);
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                chars.next();
            }
            '"' => return None,
            _ => {}
        }
    }
    Some(quote + 1)
}

/// The place (line, column, from 1) of the opening quote of a text that runs over a line end
/// and closes at most two lines before the error at (line, column): most likely a text whose
/// closing quote was left out. Texts over several lines are rare in these files, and this is
/// only looked for once the file has failed to read.
fn unclosed_text_before(text: &str, line: usize, column: usize) -> Option<(usize, usize)> {
    let (mut at, mut opened, mut last) = ((1, 1), None, None);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if at >= (line, column) {
            break;
        }
        let here = at;
        at = if c == '\n' { (at.0 + 1, 1) } else { (at.0, at.1 + 1) };
        match (opened, c) {
            (Some(_), '\\') => {
                if chars.next().is_some_and(|n| n == '\n') {
                    at = (at.0 + 1, 1);
                } else {
                    at.1 += 1;
                }
            }
            (Some(start), '"') => {
                last = Some((start, here));
                opened = None;
            }
            (None, '"') => opened = Some(here),
            (None, '/') if chars.peek() == Some(&'/') => {
                // A comment: to the end of its line.
                for n in chars.by_ref() {
                    if n == '\n' {
                        at = (at.0 + 1, 1);
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    let ((start_line, start_col), (end_line, _)) = last?;
    (end_line > start_line && line.saturating_sub(end_line) <= 2).then_some((start_line, start_col))
}

/// Whether (line, column) is at or beyond the last character that is not white space.
fn past_the_end(text: &str, line: usize, column: usize) -> bool {
    let body = text.trim_end();
    let last_line = body.lines().count().max(1);
    let last_col = body.lines().last().map_or(0, |l| l.chars().count());
    (line, column) > (last_line, last_col)
}

/// Reads only `format_version`, ignoring the rest, so that a newer file is refused with the
/// right sentence before its unknown fields are complained about. If even that fails, the
/// error is the one the full type `T` gives, which names what the writer knows.
pub fn format_version<T: DeserializeOwned>(file: &Path, text: &str) -> Result<u32, FileError> {
    if let Some(version) = leading_version(text) {
        return Ok(version);
    }
    #[derive(serde::Deserialize)]
    struct Probe {
        format_version: u32,
    }
    parse::<Probe>(file, text).map(|p| p.format_version).map_err(|probe_error| match parse::<T>(file, text) {
        Err(e) => e,
        Ok(_) => probe_error,
    })
}

/// `format_version: N` when it is the first field of the file (as in every file this program
/// writes and its templates): read without parsing the rest, which for large minutes is most
/// of the time it takes to open them. Anything else falls back to a real parse.
fn leading_version(text: &str) -> Option<u32> {
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        if let Some(comment) = rest.strip_prefix("//") {
            rest = comment.split_once('\n').map_or("", |(_, after)| after);
        } else if rest.starts_with("#![") {
            rest = rest.split_once(']').map_or("", |(_, after)| after);
        } else {
            break;
        }
    }
    // The struct's name may come first ("Conference("): RON allows it, and a wrong one is for
    // the full parse to name.
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '_').trim_start();
    let rest = rest.strip_prefix('(')?.trim_start().strip_prefix("format_version")?.trim_start();
    let rest = rest.strip_prefix(':')?.trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let after = rest[digits.len()..].trim_start();
    if after.starts_with(',') || after.starts_with(')') { digits.parse().ok() } else { None }
}

/// Turns meaning problems found at paths into located errors.
/// A tab typed inside a text of `text`, as the error to report.
pub fn tab_in_text(file: &Path, text: &str) -> Option<FileError> {
    let (line, column) = typed::tab_in_text(text)?;
    Some(FileError { file: file.to_path_buf(), line, column, problem: Problem::TabInText })
}

pub fn locate_all(file: &Path, text: &str, found: Vec<(String, Problem)>) -> Vec<FileError> {
    if found.is_empty() {
        return Vec::new();
    }
    let locator = Locator::new(text);
    found
        .into_iter()
        .map(|(path, problem)| {
            let (line, column) = locator.position(&path);
            FileError { file: file.to_path_buf(), line, column, problem: problem.tidy() }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_outside_texts_are_found() {
        let seen = |text: &str| {
            let o = outside_texts(text);
            (o.unclosed_comment, o.only_comments)
        };
        assert_eq!(seen("// only\n/* a\n comment */\n"), (None, true));
        assert_eq!(seen("(\n  a: 1, /* left open\n  b: 2,\n)\n"), (Some((2, 9)), false));
        assert_eq!(seen("(a: \"/* in a text */\", /* closed */ b: 2)"), (None, false));
        assert_eq!(seen("/* outer /* inner */ still */ (a: 1)"), (None, false), "nested, as RON allows");
        assert_eq!(seen("(a: \"x\\\" /*\")"), (None, false), "an escaped quote keeps the text open");
    }

    #[test]
    fn the_version_is_read_from_the_first_field_else_by_parsing() {
        assert_eq!(leading_version("(format_version: 1, x: 2)"), Some(1));
        assert_eq!(
            leading_version("// a comment\n#![enable(implicit_some)]\n(\n    format_version: 12,\n"),
            Some(12)
        );
        assert_eq!(leading_version("Conference(\n    format_version: 1,"), Some(1), "named as RON allows");
        assert_eq!(leading_version("(bloc: (), format_version: 1)"), None, "not first: a real parse decides");
        assert_eq!(leading_version("(format_version: 1x)"), None);
        assert_eq!(leading_version("(format_version: 99999999999)"), None, "too large for u32");
        #[derive(serde::Deserialize)]
        #[allow(dead_code)]
        struct T {
            bloc: (),
            format_version: u32,
        }
        assert_eq!(format_version::<T>(Path::new("x"), "(bloc: (), format_version: 3)"), Ok(3));
    }

    #[test]
    fn text_is_nfc_after_reading_whatever_came_in() {
        assert_eq!(normalise("Đề nghị"), "Đề nghị");
        assert_eq!(normalise("\u{feff}ab"), "ab", "no byte-order mark");
        let nfd = "D\u{0110}e\u{302}\u{300} nghi\u{323}";
        assert_eq!(normalise(nfd), "DĐề nghị");
        assert_eq!(normalise("e\u{323}\u{302}"), "ệ", "marks out of order are reordered and composed");
    }

    #[test]
    fn what_the_nfc_check_skips_is_nfc_anywhere_by_the_tables() {
        use unicode_normalization::IsNormalized;
        use unicode_normalization::char::canonical_combining_class;
        let mut skipped = 0;
        let mut utf8 = [0u8; 4];
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let alone: Vec<char> = to_check(c.encode_utf8(&mut utf8)).collect();
            if alone.is_empty() {
                assert_eq!(canonical_combining_class(c), 0, "{c:?} combines");
                assert_eq!(
                    unicode_normalization::is_nfc_quick(std::iter::once(c)),
                    IsNormalized::Yes,
                    "{c:?}"
                );
                skipped += 1;
            } else {
                assert_eq!(alone, [c]);
            }
        }
        assert_eq!(skipped, 0x300 + 0x100);
        let mixed: String = to_check("Hội nghị\u{301} “x” a\u{2000}").collect();
        assert_eq!(mixed, "\u{301}“”\u{2000}");
    }

    #[test]
    fn the_scan_eight_bytes_at_a_time_finds_what_a_character_by_character_one_finds() {
        let pool = [
            'a', ' ', '\n', 'Đ', 'đ', 'ư', 'ơ', 'á', 'ệ', 'ỹ', 'Ủ', '\u{2ff}', '\u{300}', '\u{301}',
            '\u{323}', '\u{7ff}', '\u{1dff}', '\u{1e00}', '\u{1f00}', '“', '\u{2000}', '中', '😀',
            '\u{feff}',
        ];
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 40) as usize;
            let text: String =
                (0..len).map(|i| pool[((seed >> (i % 50)) as usize + i * 7) % pool.len()]).collect();
            let by_scan: Vec<char> = to_check(&text).collect();
            let one_by_one: Vec<char> =
                text.chars().filter(|&c| !matches!(c as u32, 0..=0x2ff | 0x1e00..=0x1eff)).collect();
            assert_eq!(by_scan, one_by_one, "{text:?}");
        }
    }

    #[test]
    fn a_file_is_read_as_text_only_when_it_is_utf8_throughout() {
        let dir = std::env::temp_dir().join(format!("hoinghi-ronfile-read-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a scratch folder");
        let good = "(name: \"Khối thi đua số 1\")\n".repeat(50);
        let file = dir.join("a.ron");
        std::fs::write(&file, &good).expect("written");
        assert_eq!(read(&file).ok(), Some(good.clone()));
        // A Windows-1258 "ố" far into the file, where a quick check looks at a whole block.
        let mut bad = good.clone().into_bytes();
        bad.extend_from_slice(b"(name: \"Kh\xf4i\")");
        std::fs::write(&file, &bad).expect("written");
        assert_eq!(read(&file).err().map(|e| e.problem), Some(Problem::NotUtf8));
        assert_eq!(read(&dir.join("none.ron")).err().map(|e| e.problem), Some(Problem::Missing));
        // Saved as "Unicode" in Notepad (UTF-16 with its mark, either byte order), or UTF-16
        // without a mark: said as such, not as binary data or a code page.
        let utf16le: Vec<u8> = good.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let utf16be: Vec<u8> = good.encode_utf16().flat_map(u16::to_be_bytes).collect();
        for bytes in [[&[0xFF, 0xFE][..], &utf16le].concat(), [&[0xFE, 0xFF][..], &utf16be].concat(), utf16le]
        {
            std::fs::write(&file, &bytes).expect("written");
            assert_eq!(read(&file).err().map(|e| e.problem), Some(Problem::Utf16));
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn text_already_nfc_is_borrowed_not_copied() {
        let text = "Cụm thi đua các phường: Ủy ban nhân dân phường Bến Nghé, Đảng ủy, Hội Liên hiệp Phụ nữ";
        assert!(matches!(normalise(text), std::borrow::Cow::Borrowed(_)));
        assert!(matches!(normalise("e\u{302}"), std::borrow::Cow::Owned(_)));
    }
}
