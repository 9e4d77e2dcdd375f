//! Reading the command line with clap, in the interface's language.
//!
//! Owns: the parse, the help's words (clap's command with the table's text put on it), and
//! turning clap's error into a sentence. `--lang` is looked for in the words themselves, since
//! the help and the mistakes are said before, or instead of, a parse that reads it. Must not
//! open any file or the terminal: that is `cli::main`'s, once the command line is read.

use std::ffi::OsString;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};

use super::Cli;
use crate::i18n::{CliHelp, Lang, Strings};

/// The command line read, or the exit code once its help, version or mistake is printed.
pub fn parse<I, T>(args: I) -> Result<Cli, ExitCode>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString>,
{
    let args = help_asked_as_a_command(args.into_iter().map(Into::into).collect());
    let error = match try_parse(&args, lang_in(&args).strings()) {
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

/// `hoinghi help [COMMAND]` as `hoinghi [COMMAND] --help`, as clap's own help command did
/// (the help is the table's, so clap's is off); a file called "help" here is a file.
fn help_asked_as_a_command(mut args: Vec<OsString>) -> Vec<OsString> {
    // The first word that is not `--lang` and its language.
    let mut at = 1;
    while let Some(word) = args.get(at).and_then(|a| a.to_str()) {
        match word {
            "--lang" => at += 2,
            w if w.starts_with("--lang=") => at += 1,
            _ => break,
        }
    }
    if args.get(at).is_some_and(|a| a == "help") && !std::path::Path::new("help").exists() {
        args.remove(at);
        args.push("--help".into());
    }
    args
}

/// The command line read with the help and the names of its values in the table's words.
fn try_parse(args: &[OsString], s: &Strings) -> Result<Cli, clap::Error> {
    let mut command = command(&s.cli);
    let matches = command.try_get_matches_from_mut(args)?;
    Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut command))
}

/// clap's command for `Cli`, its words taken from the table: what each argument is, the
/// headings, the usage lines. A choice or a default is said in the argument's sentence.
pub fn command(h: &CliHelp) -> Command {
    // The headings are the template's (clap's own are English); a usage of two lines has its
    // second under the first.
    let indent = format!("\n{}", " ".repeat(h.usage.chars().count() + 1));
    let template = |commands: bool| {
        let commands = if commands { format!("{}:\n{{subcommands}}\n\n", h.commands) } else { String::new() };
        format!(
            "{{about}}\n\n{} {{usage}}\n\n{commands}{}:\n{{positionals}}\n\n{}:\n{{options}}",
            h.usage, h.arguments, h.options
        )
    };
    let common = |c: Command, about: &'static str, usage: &'static str, commands: bool| {
        c.about(about)
            .override_usage(usage.replace('\n', &indent))
            .help_template(template(commands))
            .disable_help_flag(true)
            .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help).help(h.help))
    };
    let option = |a: Arg, help: &'static str| a.help(help);
    let value = |a: Arg, help: &'static str, name: &'static str| {
        a.help(help).value_name(name).hide_possible_values(true).hide_default_value(true)
    };
    let force = |a: Arg| option(a, h.force);
    common(Cli::command(), h.about, h.usage_main, true)
        .disable_help_subcommand(true)
        .disable_version_flag(true)
        .arg(Arg::new("version").short('V').long("version").action(ArgAction::Version).help(h.version))
        .mut_arg("file", |a| value(a, h.file, h.file_value))
        .mut_arg("lang", |a| value(a, h.lang, h.lang_value))
        .mut_arg("theme", |a| value(a, h.theme, h.theme_value))
        .mut_arg("minutes", |a| value(a, h.minutes, h.path_value))
        .mut_arg("new", |a| option(a, h.new))
        .mut_subcommand("init", |c| {
            common(c, h.init, h.usage_init, false)
                .mut_arg("path", |a| value(a, h.init_path, h.path_value))
                .mut_arg("force", force)
        })
        .mut_subcommand("check", |c| {
            common(c, h.check, h.usage_check, false).mut_arg("file", |a| value(a, h.check_file, h.file_value))
        })
        .mut_subcommand("export", |c| {
            common(c, h.export, h.usage_export, false)
                .mut_arg("minutes", |a| value(a, h.export_minutes, h.minutes_value))
                .mut_arg("format", |a| value(a, h.export_format, h.format_value))
                .mut_arg("output", |a| value(a, h.export_output, h.path_value))
                .mut_arg("force", force)
        })
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
        // clap says an option given twice conflicts with itself.
        ErrorKind::ArgumentConflict => (s.arg_twice)(&arg),
        // `--help=x`, `--new=yes`.
        ErrorKind::TooManyValues => (s.arg_takes_no_value)(&arg),
        // The rest cannot arise from this command line's arguments; clap's words, untranslated.
        _ => error.kind().as_str().unwrap_or_default().to_string(),
    };
    format!("{sentence}\n{}", s.arg_usage)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(args: &[&str]) -> String {
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        let s = lang_in(&args).strings();
        message(&try_parse(&args, s).expect_err("a mistake"), s)
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
        assert_eq!(said(&["hoinghi", "export"]), "Còn thiếu: <BIÊN_BẢN>.\nXem cách dùng: hoinghi --help");
        assert_eq!(said(&["hoinghi", "--lang", "en", "export"]).lines().next(), Some("Missing: <MINUTES>."));
        assert_eq!(
            said(&["hoinghi", "--minutes"]).lines().next(),
            Some("--minutes cần một giá trị ngay sau nó.")
        );
        assert_eq!(
            said(&["hoinghi", "--new", "--new"]).lines().next(),
            Some("--new chỉ được ghi một lần trên dòng lệnh.")
        );
        assert_eq!(
            said(&["hoinghi", "export", "bb.ron", "-o", "a.md", "-o", "b.md"]).lines().next(),
            Some("-o chỉ được ghi một lần trên dòng lệnh.")
        );
        assert_eq!(said(&["hoinghi", "--help=x"]).lines().next(), Some("--help không kèm giá trị nào."));
        assert_eq!(
            said(&["hoinghi", "--lang", "fr"]).lines().next(),
            Some("“fr” không phải một giá trị của --lang; chọn một trong: vi, en.")
        );
    }

    /// The help of the program and of each command, as `--help` prints it.
    fn helps(lang: Lang) -> Vec<String> {
        let mut command = command(&lang.strings().cli);
        command.build();
        let mut helps = vec![command.render_help().to_string()];
        helps.extend(command.get_subcommands_mut().map(|c| c.render_help().to_string()));
        helps
    }

    #[test]
    fn the_help_is_in_the_interface_language() {
        let vi = helps(Lang::Vi);
        assert_eq!(vi.len(), 4, "the program and its three commands");
        // clap's own words, and the English of the code's comments, are nowhere.
        for help in &vi {
            for english in ["Usage", "Options", "Arguments", "Commands", "Print", "[default", "Possible"] {
                assert!(!help.contains(english), "{english:?} in:\n{help}");
            }
            assert!(help.contains("Cách dùng: hoinghi") && help.contains("\nTùy chọn:\n"), "{help}");
            assert!(help.contains("-h, --help") && help.contains("In hướng dẫn này"), "{help}");
        }
        let main = &vi[0];
        assert!(
            main.contains("Cách dùng: hoinghi [TỆP] [TÙY CHỌN]\n           hoinghi <LỆNH> [TÙY CHỌN]"),
            "{main}"
        );
        assert!(main.contains("Lệnh:\n  init ") && main.contains("Đối số:\n  [TỆP]"), "{main}");
        assert!(main.contains("--lang <vi|en>") && main.contains("-V, --version"), "{main}");
        assert!(vi[3].contains("--format <docx|md|html>") && vi[3].contains("<BIÊN_BẢN>"), "{}", vi[3]);
        let english = helps(Lang::En);
        assert!(english[0].contains("Usage: hoinghi [FILE] [OPTIONS]\n       hoinghi <COMMAND> [OPTIONS]"));
        assert!(english.iter().all(|h| h.contains("\nOptions:\n") && !h.contains("Tùy chọn")));
    }

    #[test]
    fn the_help_is_asked_for_in_every_way_and_the_rest_still_reads() {
        let args = |words: &[&str]| words.iter().map(OsString::from).collect::<Vec<_>>();
        let s = Lang::Vi.strings();
        for words in [
            &["hoinghi", "--help"][..],
            &["hoinghi", "-h"],
            &["hoinghi", "help"],
            &["hoinghi", "export", "-h"],
        ] {
            let error = try_parse(&help_asked_as_a_command(args(words)), s).expect_err("help");
            assert_eq!(error.kind(), ErrorKind::DisplayHelp, "{words:?}");
        }
        let export = help_asked_as_a_command(args(&["hoinghi", "help", "export"]));
        assert_eq!(export, args(&["hoinghi", "export", "--help"]));
        let english = help_asked_as_a_command(args(&["hoinghi", "--lang", "en", "help", "export"]));
        assert_eq!(english, args(&["hoinghi", "--lang", "en", "export", "--help"]), "after the language");
        let error = try_parse(&args(&["hoinghi", "-V"]), s).expect_err("version");
        assert_eq!(error.kind(), ErrorKind::DisplayVersion);
        let cli = try_parse(&args(&["hoinghi", "a.ron", "--lang", "en", "--theme", "light", "--new"]), s)
            .expect("the file and three options");
        assert_eq!(
            (cli.file.as_deref(), cli.lang, cli.theme.as_str(), cli.new),
            (Some("a.ron".as_ref()), Lang::En, "light", true)
        );
        let cli =
            try_parse(&args(&["hoinghi", "export", "bb.ron", "--format", "md", "-o", "x.md", "--force"]), s)
                .expect("an export with all its options");
        assert!(matches!(cli.command, Some(super::super::Cmd::Export { format: Some(_), force: true, .. })));
    }
}
