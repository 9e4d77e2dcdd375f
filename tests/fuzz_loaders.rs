//! The file loaders on mutated input: the conference, theme and minutes files, each mutated at
//! random (deletions, insertions of syntax characters and Vietnamese letters, duplicated and
//! swapped pieces, truncation). None may panic, and every refusal names a line and column
//! (unless it is about the whole file) in a sentence in both languages.
//!
//! The quick reader of RON files must read each mutated file as `ron` does, or leave it to
//! `ron`.
//!
//! 10,000 cases by default; `FUZZ_CASES=1000000 cargo test --release --test fuzz_loaders` runs
//! longer, `FUZZ_SEED` another sequence.

use std::path::Path;

use serde::de::DeserializeOwned;

use hoinghi::conference::Conference;
use hoinghi::generate::{self, Size};
use hoinghi::i18n::Lang;
use hoinghi::minutes::{self, Minutes};
use hoinghi::ronfile::{self, FileError, Problem, fast};
use hoinghi::sample;
use hoinghi::theme::{BUILT_IN, Theme};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[rustfmt::skip]
const PIECES: &[&str] = &[
    "(", ")", "[", "]", "{", "}", ",", ":", "\"", "'", "\\", "/", "*", "#", "r#\"", "Some(", "None", "0",
    "-1", "4294967296", "1e9", "ệ", "Đ", "\u{301}", "\u{0}", "\t", "\n", " ", "x", "units", "agenda",
    "format_version: 2", "MoreThan(0, 0)", "AtLeast(3, 2)", "\"2024-02-30\"", "\u{feff}", "//", "/*",
];

fn mutate(text: &str, rng: &mut Rng) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for _ in 0..1 + rng.below(4) {
        let len = chars.len();
        let at = rng.below(len + 1);
        match rng.below(6) {
            0 if len > 0 => {
                let n = 1 + rng.below(20).min(len - at.min(len));
                chars.drain(at.min(len)..(at + n).min(len));
            }
            1 => {
                let piece: Vec<char> = PIECES[rng.below(PIECES.len())].chars().collect();
                chars.splice(at..at, piece);
            }
            2 if len > 10 => {
                let from = rng.below(len - 5);
                let piece: Vec<char> = chars[from..(from + 1 + rng.below(40)).min(len)].to_vec();
                chars.splice(at..at, piece);
            }
            3 => chars.truncate(at),
            4 if len > 0 => {
                let i = rng.below(len);
                chars[i] = PIECES[rng.below(PIECES.len())].chars().next().unwrap_or('x');
            }
            _ => {
                let text: String = chars.iter().collect();
                let mut lines: Vec<&str> = text.lines().collect();
                if lines.len() > 2 {
                    let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
                    lines.swap(a, b);
                }
                chars = lines.join("\n").chars().collect();
            }
        }
    }
    chars.into_iter().collect()
}

/// The number of cases (FUZZ_CASES), the random sequence (FUZZ_SEED, else `seed`) and the
/// text of small minutes to mutate.
fn setup(seed: u64) -> (usize, Rng, String) {
    let cases = std::env::var("FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000);
    let seed = std::env::var("FUZZ_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(seed);
    let small = generate::model(Size { units: 4, items: 6, polls: 2, comments: 6 });
    (cases, Rng(seed), minutes::to_text(&small).expect("serialises"))
}

fn whole_file(problem: &Problem) -> bool {
    matches!(
        problem,
        Problem::Unreadable(_)
            | Problem::Missing
            | Problem::IsFolder
            | Problem::EmptyFile
            | Problem::NotUtf8
            | Problem::Utf16
            | Problem::NotText(_)
            | Problem::UnknownTheme { .. }
    )
}

fn check(errors: &[FileError], text: &str) {
    assert!(!errors.is_empty(), "a refusal names at least one problem");
    for e in errors {
        assert!(e.line > 0 || whole_file(&e.problem), "no location: {e:?}\n---\n{text}");
        assert!(e.line <= text.lines().count().max(1) + 1, "line {} past the end: {e:?}", e.line);
        for lang in [Lang::Vi, Lang::En] {
            let sentence = (lang.strings().file_error)(e);
            assert!(sentence.len() > 10 && !sentence.contains('\n'), "{sentence:?}");
        }
    }
}

#[test]
fn mutated_files_never_panic_and_every_refusal_is_located() {
    let (cases, mut rng, minutes_text) = setup(0xf022_c0de);
    let path = Path::new("fuzz.ron");
    let (mut refused, mut accepted) = (0, 0);
    for n in 0..cases {
        match n % 5 {
            0 | 1 => {
                let text = mutate(sample::TEXT, &mut rng);
                match Conference::from_text(path, &text) {
                    Ok(_) => accepted += 1,
                    Err(errors) => {
                        check(&errors, &text);
                        refused += 1;
                    }
                }
            }
            2 => {
                let (_, theme) = BUILT_IN[rng.below(BUILT_IN.len())];
                let text = mutate(theme, &mut rng);
                match Theme::resolve("default", Some((path, &text))) {
                    Ok(_) => accepted += 1,
                    Err(e) => {
                        check(&[e], &text);
                        refused += 1;
                    }
                }
            }
            _ => {
                let text = mutate(&minutes_text, &mut rng);
                match Minutes::from_text(path, &text) {
                    Ok(m) => {
                        // What is accepted must save and reload as itself.
                        let model = m.into_model();
                        let again = minutes::to_text(&model).expect("serialises");
                        let back = Minutes::from_text(path, &again).expect("its own save reloads");
                        assert_eq!(back.into_model(), model);
                        accepted += 1;
                    }
                    Err(e) => {
                        check(&[e], &text);
                        refused += 1;
                    }
                }
            }
        }
    }
    assert!(refused > cases / 2, "most mutations are refused ({refused} of {cases})");
    assert!(accepted > 0, "some mutations are harmless (a comment, a space)");
}

/// Reads `text` with the quick reader and, when it reads it, with `ron` too: the two must
/// agree. Says whether the quick reader read it.
fn agree<T: DeserializeOwned + PartialEq + std::fmt::Debug>(text: &str) -> bool {
    let Ok(quick) = fast::from_str::<T>(text) else { return false };
    match ronfile::parse_with_ron::<T>(Path::new("fuzz.ron"), text) {
        Ok(by_ron) => assert_eq!(quick, by_ron, "read otherwise than ron reads it:\n{text}"),
        Err(e) => panic!("the quick reader read what ron refuses ({e:?}):\n{text}"),
    }
    true
}

/// The quick reader (`ronfile::fast`) reads a file as `ron` does or leaves it to `ron`: on
/// mutated conferences and minutes, whatever it reads, `ron` reads to the same value.
#[test]
fn the_quick_reader_reads_mutated_files_as_ron_does_or_not_at_all() {
    let (cases, mut rng, minutes_text) = setup(0x0b5e_55ed);
    let mut read = 0;
    for n in 0..cases {
        let quick = if n % 2 == 0 {
            agree::<Conference>(&ronfile::normalise(&mutate(sample::TEXT, &mut rng)))
        } else {
            agree::<Minutes>(&ronfile::normalise(&mutate(&minutes_text, &mut rng)))
        };
        read += usize::from(quick);
    }
    assert!(read > cases / 20, "the quick reader reads the harmless mutations ({read} of {cases})");
}
