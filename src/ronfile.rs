//! Reading the program's RON files (conference, theme; later minutes) into typed values, and
//! every way that can fail as a located `FileError`: file, line, column and a `Problem` that
//! the language tables turn into one plain sentence.
//!
//! Owns the RON options (implicit `Some`), NFC normalisation of what is read, and the mapping
//! of ron's errors. It reads text it is given; opening files is the caller's business.

mod locate;

use std::fmt;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use unicode_normalization::UnicodeNormalization;

use crate::conference::{Base, Threshold};
pub use locate::Locator;

/// What is wrong with a file, without the words: the language tables phrase it.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// The file could not be read at all (permissions, a folder …): the system's reason.
    Unreadable(String),
    Missing,
    NotUtf8,
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
    UnknownTheme {
        name: String,
        known: Vec<String>,
    },
    /// Minutes whose record has a different number of items than their conference's agenda.
    RecordItems {
        record: usize,
        agenda: usize,
    },
    /// Minutes whose current item (1-based) is not, or not only, the one marked current.
    BadCurrent(usize),
    /// Minutes with a poll on an item (1-based) that is not a vote.
    BadPollItem(usize),
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
            Problem::BadUnitId(t) => Problem::BadUnitId(shown(&t)),
            Problem::DuplicateUnit(t) => Problem::DuplicateUnit(shown(&t)),
            Problem::UnknownUnit(t) => Problem::UnknownUnit(shown(&t)),
            Problem::DuplicateCandidate(t) => Problem::DuplicateCandidate(shown(&t)),
            Problem::Empty(t) => Problem::Empty(shown(&t)),
            Problem::UnknownTheme { name, known } => Problem::UnknownTheme { name: shown(&name), known },
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
    Problem::Syntax(code)
}

fn options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// Text as the program keeps it: NFC, without a byte-order mark.
pub fn normalise(text: &str) -> String {
    text.trim_start_matches('\u{feff}').nfc().collect()
}

/// Reads a file as text, or says in a `Problem` why it cannot be.
pub fn read(file: &Path) -> Result<String, FileError> {
    std::fs::read_to_string(file).map_err(|e| {
        let problem = match e.kind() {
            std::io::ErrorKind::NotFound => Problem::Missing,
            std::io::ErrorKind::InvalidData => Problem::NotUtf8,
            _ => Problem::Unreadable(e.to_string()),
        };
        FileError::whole_file(file, problem)
    })
}

/// Parses `text` (already NFC) as a `T`, locating any syntax or type error.
pub fn parse<T: DeserializeOwned>(file: &Path, text: &str) -> Result<T, FileError> {
    options().from_str(text).map_err(|e| {
        let (line, column) = (e.span.start.line, e.span.start.col);
        // ron reports a file cut short as whatever it expected next; say what happened.
        let problem = if past_the_end(text, e.span.end.line, e.span.end.col) {
            Problem::Syntax(ron::Error::Eof)
        } else {
            problem_of(e.code)
        };
        FileError { file: file.to_path_buf(), line, column, problem: problem.tidy() }
    })
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
    #[derive(serde::Deserialize)]
    struct Probe {
        format_version: u32,
    }
    parse::<Probe>(file, text).map(|p| p.format_version).map_err(|probe_error| match parse::<T>(file, text) {
        Err(e) => e,
        Ok(_) => probe_error,
    })
}

/// Turns meaning problems found at paths into located errors.
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
