//! Reading the command line with clap, and saying its mistakes in the interface's language.
//!
//! Owns: the parse, and turning clap's error into a sentence (`--lang` is looked for in the
//! words themselves, since the parse that would have read it failed). Must not open any file
//! or the terminal: that is `cli::main`'s, once the command line is read.

use std::ffi::OsString;
use std::process::ExitCode;

use clap::Parser;
use clap::error::{ContextKind, ContextValue, ErrorKind};

use super::Cli;
use crate::i18n::{Lang, Strings};

/// The command line read, or the exit code once its help, version or mistake is printed.
pub fn parse<I, T>(args: I) -> Result<Cli, ExitCode>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString>,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let error = match Cli::try_parse_from(&args) {
        Ok(cli) => return Ok(cli),
        Err(e) => e,
    };
    let code = ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
    match error.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            // Help and version print as clap writes them; a closed pipe is nobody's mistake.
            let _ = error.print();
        }
        _ => eprintln!("{}", message(&error, lang_in(&args).strings())),
    }
    Err(code)
}

/// The language asked for in the words of a command line that did not parse.
fn lang_in(args: &[OsString]) -> Lang {
    let words: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
    let asked = words.windows(2).any(|w| w[0] == "--lang" && w[1] == "en");
    if asked || words.contains(&"--lang=en") { Lang::En } else { Lang::Vi }
}

/// clap's error as a sentence, then where to read the usage.
pub fn message(error: &clap::Error, s: &Strings) -> String {
    let text = |kind| match error.get(kind) {
        Some(ContextValue::String(v)) => Some(v.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        Some(ContextValue::StyledStr(v)) => Some(v.to_string()),
        Some(ContextValue::StyledStrs(v)) => {
            Some(v.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "))
        }
        _ => None,
    };
    // "--format <FORMAT>" is said as "--format".
    let arg = text(ContextKind::InvalidArg)
        .map(|a| a.split(' ').next().unwrap_or_default().to_string())
        .unwrap_or_default();
    let sentence = match error.kind() {
        ErrorKind::InvalidValue => match text(ContextKind::InvalidValue) {
            Some(v) if !v.is_empty() => {
                (s.arg_bad_value)(&v, &arg, &text(ContextKind::ValidValue).unwrap_or_default())
            }
            _ => (s.arg_no_value)(&arg),
        },
        ErrorKind::UnknownArgument | ErrorKind::InvalidSubcommand => {
            let word = text(ContextKind::InvalidArg).or(text(ContextKind::InvalidSubcommand));
            let suggested = text(ContextKind::SuggestedArg).or(text(ContextKind::SuggestedSubcommand));
            (s.arg_unknown)(&word.unwrap_or_default(), suggested.as_deref())
        }
        ErrorKind::MissingRequiredArgument => {
            (s.arg_missing)(&text(ContextKind::InvalidArg).unwrap_or_default())
        }
        // The rest cannot arise from this command line's arguments; clap's words, untranslated.
        _ => error.kind().as_str().unwrap_or_default().to_string(),
    };
    format!("{sentence}\n{}", s.arg_usage)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(args: &[&str]) -> String {
        let error = Cli::try_parse_from(args).expect_err("a mistake");
        message(&error, lang_in(&args.iter().map(OsString::from).collect::<Vec<_>>()).strings())
    }

    #[test]
    fn a_value_not_among_the_choices_is_named_with_them() {
        assert_eq!(
            said(&["hoinghi", "export", "bb.ron", "--format", "txt"]),
            "“txt” không phải một giá trị của --format; chọn một trong: docx, md, html.\nXem cách dùng: hoinghi --help"
        );
        assert_eq!(
            said(&["hoinghi", "--lang", "en", "export", "bb.ron", "--format", "txt"]),
            "“txt” is not a value of --format; choose one of: docx, md, html.\nUsage: hoinghi --help"
        );
    }

    #[test]
    fn an_unknown_word_is_named_with_the_nearest_one() {
        assert_eq!(
            said(&["hoinghi", "--them"]),
            "Không hiểu “--them” trên dòng lệnh (có phải --theme?).\nXem cách dùng: hoinghi --help"
        );
        assert_eq!(
            said(&["hoinghi", "a.ron", "b.ron"]),
            "Không hiểu “b.ron” trên dòng lệnh.\nXem cách dùng: hoinghi --help"
        );
        assert_eq!(
            said(&["hoinghi", "--lang=en", "--them"]).lines().next(),
            Some("“--them” is not understood on the command line (did you mean --theme?).")
        );
    }

    #[test]
    fn a_missing_file_and_a_missing_value_are_said() {
        assert_eq!(said(&["hoinghi", "export"]), "Còn thiếu: <MINUTES>.\nXem cách dùng: hoinghi --help");
        assert_eq!(
            said(&["hoinghi", "--minutes"]).lines().next(),
            Some("--minutes cần một giá trị ngay sau nó.")
        );
        assert_eq!(
            said(&["hoinghi", "--lang", "fr"]).lines().next(),
            Some("“fr” không phải một giá trị của --lang; chọn một trong: vi, en.")
        );
    }
}
