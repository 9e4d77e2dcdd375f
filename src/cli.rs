//! The command line: `hoinghi [FILE] [--minutes PATH] [--new]`, `hoinghi init [PATH]`,
//! `hoinghi check FILE`, `hoinghi export MINUTES [--format docx|md|html] [-o PATH] [--force]`.
//!
//! Everything that can fail before the screen opens (reading the conference, the minutes and
//! the theme, taking the minutes' lock) fails here, with a sentence on stderr, before the
//! terminal goes raw: exit code 2 for a file that cannot be used, 1 for minutes in use.
//! Reading the user's config folder and the environment happens here and nowhere deeper.
//! Which minutes a start opens, and the questions asked before the screen, are `prepare`'s.

mod args;
mod prepare;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::app::Model;
use crate::conference::Conference;
use crate::i18n::{Lang, Strings};
use crate::minutes::{self, Minutes};
use crate::ronfile::{self, FileError, Problem};
use crate::shell;
use crate::store;
use crate::theme::Theme;

pub use args::parse;
use prepare::{Opened, prepare};

/// Exit code for bad input: a conference or theme file that cannot be used.
pub const EXIT_BAD_INPUT: u8 = 2;

/// The command line. Its help's words (what the program and each argument are) are the
/// language tables', put on by `args::command`.
#[derive(Debug, Parser)]
#[command(name = "hoinghi", version)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Cmd>,
    /// Conference file to open; without it, the bundled sample (Khối thi đua 1).
    pub file: Option<PathBuf>,
    /// Interface language.
    #[arg(long, value_enum, default_value_t = Lang::Vi, global = true)]
    pub lang: Lang,
    /// Colour theme: default, light, high-contrast, or a file THEME.ron in the config folder.
    #[arg(long, default_value = "default")]
    pub theme: String,
    /// Where to keep the minutes (default: the data folder, named from the bloc and date).
    #[arg(long, value_name = "PATH")]
    pub minutes: Option<PathBuf>,
    /// Start new minutes beside any earlier ones (which are never overwritten).
    #[arg(long)]
    pub new: bool,
}

#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// Write a commented conference template to fill in.
    Init {
        /// Where to write it.
        #[arg(default_value = "hoi-nghi.ron")]
        path: PathBuf,
        /// Overwrite an existing file.
        #[arg(long)]
        force: bool,
    },
    /// Check a conference file without opening the screen.
    Check { file: PathBuf },
    /// Export minutes as the biên bản to sign: Word (docx), Markdown (md) or HTML.
    Export {
        /// The minutes file (.ron) to export.
        minutes: PathBuf,
        /// The format of the biên bản (default: from the name given with -o, else docx).
        #[arg(long, value_enum)]
        format: Option<crate::export::Format>,
        /// Where to write it (default: beside the minutes, named from the bloc and date).
        #[arg(short = 'o', value_name = "PATH")]
        output: Option<PathBuf>,
        /// Overwrite an existing file.
        #[arg(long)]
        force: bool,
    },
}

pub fn main(cli: Cli) -> ExitCode {
    let s = cli.lang.strings();
    let code = match cli.command {
        Some(Cmd::Init { path, force }) => init(&path, force, s),
        Some(Cmd::Check { file }) => check(&file, s),
        Some(Cmd::Export { minutes, format, output, force }) => {
            export(&minutes, format, output.as_deref(), force, s)
        }
        None => open(&cli, s),
    };
    // A file replaced (a biên bản exported with --force, the minutes saved) leaves its old
    // copy to a background removal: waited for, or it would stay beside it.
    crate::store::finish_tidying();
    code
}

/// `hoinghi check FILE`: a conference file, or minutes (said as such: they open and export).
fn check(file: &Path, s: &Strings) -> ExitCode {
    let text = match ronfile::read(file) {
        Ok(text) => text,
        Err(e) => return report_conference(&[e], s),
    };
    if minutes::looks_like_minutes(&text) {
        return match Minutes::from_text(file, &text) {
            Ok(m) => {
                let c = &m.conference;
                let name = file.display().to_string();
                println!("{}", (s.check_minutes_ok)(&c.bloc.name, &crate::i18n::date_short(c.date), &name));
                ExitCode::SUCCESS
            }
            Err(e) => report(&[e], s),
        };
    }
    match Conference::from_text(file, &text) {
        Ok(c) => {
            println!("{}", (s.check_ok)(&c.bloc.name, c.agenda.len(), c.units.len(), c.planned_minutes()));
            let left = unfilled_lines(&text);
            if !left.is_empty() {
                let lines: Vec<String> = left.iter().map(usize::to_string).collect();
                println!("{}", (s.check_unfilled)(&lines.join(", ")));
            }
            // An office where a person's name goes: the biên bản would be signed "Giám đốc Sở …".
            for (chair, person) in [(true, &c.chair), (false, &c.secretary)] {
                if is_office(&person.name) {
                    println!("{}", (s.check_title_as_name)(chair, person.name.trim()));
                }
            }
            // The template's date, or last year's file copied: said, not refused.
            if c.date < shell::now().date() {
                println!("{}", (s.check_date_past)(&crate::i18n::date_short(c.date)));
            }
            ExitCode::SUCCESS
        }
        Err(errors) => report_conference(&errors, s),
    }
}

/// The lines (from 1) whose text, outside comments, still holds the template's "…": a place
/// left to fill in ("Sở …"), which would otherwise go into the biên bản as it is.
///
/// A place is a word-final "…" ending its text or followed by a comma ("Sở …", "Giám đốc Sở
/// …, Khối trưởng"); an ellipsis inside a sentence ("… giao thông” …).") or the number the
/// office writes in by hand ("…/BB-KTĐ1") is not one.
fn unfilled_lines(text: &str) -> Vec<usize> {
    let place = |line: &str| {
        let line = outside_comment(line);
        [" …\"", " …,"].iter().any(|p| line.contains(p)) || SAMPLE_PEOPLE.iter().any(|p| line.contains(p))
    };
    (text.lines().enumerate()).filter(|(_, line)| place(line)).map(|(i, _)| i + 1).collect()
}

/// Whether a person's name is an office instead ("Giám đốc Sở Văn hóa và Thể thao").
fn is_office(name: &str) -> bool {
    const OFFICES: [&str; 9] = [
        "Giám đốc ",
        "Chủ tịch ",
        "Chánh Văn phòng ",
        "Chánh Thanh tra ",
        "Trưởng ban ",
        "Bí thư ",
        "Trưởng phòng ",
        "Thủ trưởng ",
        "Tổng ",
    ];
    let name = name.trim();
    let name = name.strip_prefix("Phó ").unwrap_or(name);
    OFFICES.iter().any(|o| name.starts_with(o))
}

/// The template's made-up people, to be replaced like its "…": a biên bản signed by
/// "Nguyễn Văn A" is a template not filled in.
const SAMPLE_PEOPLE: [&str; 4] = ["\"Nguyễn Văn A\"", "\"Trần Thị B\"", "\"Lê Văn C\"", "\"Phạm Thị D\""];

/// A line of RON without its `//` comment (a `//` inside a text is not one).
fn outside_comment(line: &str) -> &str {
    let mut quoted = false;
    let mut prev = ' ';
    for (i, c) in line.char_indices() {
        match c {
            '"' if prev != '\\' => quoted = !quoted,
            '/' if !quoted && prev == '/' => return &line[..i - 1],
            _ => {}
        }
        prev = c;
    }
    line
}

fn report(errors: &[FileError], s: &Strings) -> ExitCode {
    for e in errors {
        eprintln!("{}", (s.file_error)(e));
    }
    ExitCode::from(EXIT_BAD_INPUT)
}

/// `report` for a file given as a conference (or its minutes), with the way on where the
/// file is not one at all: an empty file can be filled from `hoinghi init`, and a file of
/// another kind (a Markdown or HTML page, a .txt) that fails on its first line was likely
/// named by mistake.
fn report_conference(errors: &[FileError], s: &Strings) -> ExitCode {
    let Some(first) = errors.first() else { return report(errors, s) };
    let extension = first.file.extension().map(|e| e.to_string_lossy().to_lowercase());
    match (&first.problem, extension) {
        (Problem::EmptyFile, _) => {
            let code = report(errors, s);
            eprintln!("{}", (s.init_hint)(&quoted(&first.file)));
            code
        }
        (Problem::NotText(_) | Problem::Missing | Problem::IsFolder | Problem::Unreadable(_), _) => {
            report(errors, s)
        }
        // Where it stopped, but not how to put right what was never a conference ("replace #
        // with //" of a Markdown heading).
        (_, Some(ext)) if ext != "ron" && first.line <= 1 => {
            report(&[FileError { problem: Problem::OtherKind(ext), ..first.clone() }], s)
        }
        _ => report(errors, s),
    }
}

/// A path as a shell command line takes it: in quotes if it has a space.
fn quoted(path: &Path) -> String {
    let p = path.display().to_string();
    if p.contains(' ') { format!("\"{p}\"") } else { p }
}

/// Reads and checks a conference file.
pub fn load_conference(file: &Path) -> Result<Conference, Vec<FileError>> {
    let text = ronfile::read(file).map_err(|e| vec![e])?;
    Conference::from_text(file, &text)
}

/// The user's config folder: `HOINGHI_CONFIG_DIR`, else the platform's (e.g. ~/.config/hoinghi).
pub fn config_dir() -> Option<PathBuf> {
    std::env::var_os("HOINGHI_CONFIG_DIR")
        .map(PathBuf::from)
        .or_else(|| directories::ProjectDirs::from("", "", "hoinghi").map(|d| d.config_dir().to_path_buf()))
}

/// The theme by name, with the user's `themes/NAME.ron` over it, monochrome under NO_COLOR.
pub fn load_theme(name: &str) -> Result<Theme, FileError> {
    // "mine.ron" names the theme "mine", the file the user made.
    let name = name.strip_suffix(".ron").unwrap_or(name);
    let folder = config_dir().map(|d| d.join("themes"));
    let user_path = folder.as_ref().map(|d| d.join(format!("{name}.ron")));
    if Theme::built_in(name).is_none() && !user_path.as_ref().is_some_and(|p| p.exists()) {
        // Named with the user's own themes beside the built-in ones, and where they are looked for.
        let mut known = Theme::names();
        let files = folder.as_ref().and_then(|d| std::fs::read_dir(d).ok()).into_iter().flatten().flatten();
        let mut own: Vec<String> = files
            .filter_map(|f| f.file_name().to_str()?.strip_suffix(".ron").map(String::from))
            .filter(|n| !known.contains(n))
            .collect();
        own.sort();
        known.extend(own);
        let folder = folder.map(|d| d.display().to_string()).unwrap_or_default();
        let problem = ronfile::Problem::UnknownTheme { name: name.into(), known, folder };
        return Err(FileError::whole_file(Path::new(name), problem));
    }
    let user_text = match &user_path {
        Some(p) if p.exists() => Some(ronfile::read(p)?),
        _ => None,
    };
    let user = user_path.as_deref().zip(user_text.as_deref());
    let theme = Theme::resolve(name, user)?;
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    Ok(if no_color { theme.monochrome() } else { theme })
}

fn open(cli: &Cli, s: &'static Strings) -> ExitCode {
    let opened = match prepare(cli, s) {
        Ok(o) => o,
        Err(code) => return code,
    };
    let theme = match load_theme(&cli.theme) {
        Ok(t) => t,
        Err(e) => return report(&[e], s),
    };
    let Opened { mut model, mut file, notice } = opened;
    let mut ui = crate::app::resumed(&model, notice);
    // Not `ratatui::run`, which panics when there is no terminal (input from a pipe, say):
    // that is said in a sentence instead.
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        eprintln!("{}", s.not_a_terminal);
        return ExitCode::FAILURE;
    }
    let ran = shell::terminal::init().and_then(|mut terminal| {
        let ran = shell::run(&mut terminal, &mut model, &mut ui, &mut file, &theme, s);
        ratatui::restore();
        ran
    });
    if ran.is_err() {
        ratatui::restore();
    }
    let code = match ran {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", (s.terminal_failed)(&e.to_string()));
            ExitCode::FAILURE
        }
    };
    // Whatever happened on screen, say where the minutes are, and never let unsaved minutes
    // go with the process.
    if ui.save.error.is_none() {
        if file.path().exists() {
            println!("{}", (s.minutes_saved_in)(&file.path().display().to_string()));
        }
        // Saved elsewhere, and the folder it came from keeps no pointer: the way back.
        if file.needs_way_back() {
            let mut command = format!("hoinghi --minutes {}", quoted(file.path()));
            if let Some(conference) = &cli.file {
                command = format!("{command} {}", quoted(conference));
            }
            println!("{}", (s.resume_with)(&command));
        }
    } else {
        emergency_copy(&model, file.path(), s);
    }
    code
}

fn emergency_copy(model: &Model, path: &Path, s: &Strings) {
    let backup = store::backup_path(path, &shell::now().format("%Y%m%d-%H%M%S").to_string());
    match store::write_atomic_with(&backup, |out| minutes::write_to(model, out)) {
        Ok(()) => {
            store::note_backup(path, &backup);
            eprintln!("{}", (s.emergency_copy)(&backup.display().to_string()));
        }
        Err(e) => eprintln!("{}", (s.emergency_failed)(&(s.io_reason)(&e))),
    }
}

fn init(path: &Path, force: bool, s: &Strings) -> ExitCode {
    let shown = path.display().to_string();
    let file = if force { std::fs::File::create(path) } else { std::fs::File::create_new(path) };
    let result = match file {
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            eprintln!("{}", (s.init_exists)(&shown));
            return ExitCode::FAILURE;
        }
        Err(e) => Err(e),
        Ok(mut f) => {
            // The template's first lines tell how to check it: with the name it was given.
            let text =
                s.template.replacen("hoinghi check hoi-nghi.ron", &format!("hoinghi check {shown}"), 1);
            f.write_all(text.as_bytes()).and_then(|()| f.sync_all())
        }
    };
    match result {
        Ok(()) => {
            println!("{}", (s.init_written)(&shown));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}", (s.write_failed)(&shown, &(s.io_reason)(&e)));
            ExitCode::FAILURE
        }
    }
}

/// `hoinghi export`: reads minutes (a conference file is refused: it has nothing to export),
/// and writes the biên bản without overwriting an existing file unless `force`.
fn export(
    path: &Path,
    format: Option<crate::export::Format>,
    output: Option<&Path>,
    force: bool,
    s: &Strings,
) -> ExitCode {
    // A file named with -o says its format; a format given as well must agree with it.
    let named = output.filter(|o| !o.is_dir()).and_then(crate::export::Format::of_path);
    let format = match (format, named) {
        (Some(given), Some(named)) if given != named => {
            let shown = output.map(|o| o.display().to_string()).unwrap_or_default();
            eprintln!("{}", (s.export_format_mismatch)(&shown, given.extension()));
            return ExitCode::from(EXIT_BAD_INPUT);
        }
        // A name ending in something else (.txt) with no format said: not guessed as Word.
        (None, None) if let Some(ext) = output.filter(|o| !o.is_dir()).and_then(|o| o.extension()) => {
            let shown = output.map(|o| o.display().to_string()).unwrap_or_default();
            eprintln!("{}", (s.export_unknown_extension)(&shown, &ext.to_string_lossy()));
            return ExitCode::from(EXIT_BAD_INPUT);
        }
        (given, named) => given.or(named).unwrap_or_default(),
    };
    let text = match ronfile::read(path) {
        Ok(t) => t,
        Err(e) => return report(&[e], s),
    };
    if !minutes::looks_like_minutes(&text) && Conference::from_text(path, &text).is_ok() {
        eprintln!("{}", (s.export_needs_minutes)(&path.display().to_string()));
        return ExitCode::from(EXIT_BAD_INPUT);
    }
    let model = match Minutes::from_text(path, &text) {
        Ok(m) => m.into_model(),
        Err(e) => return report(&[e], s),
    };
    let target = match output {
        Some(dir) if dir.is_dir() => dir.join(crate::export::file_name(&model, path, format)),
        // A name without an ending gets its format's ("bien-ban" → "bien-ban.docx").
        Some(file) if file.extension().is_none() => file.with_extension(format.extension()),
        Some(file) => file.to_path_buf(),
        None => crate::export::default_path(&model, path, format),
    };
    let shown = target.display().to_string();
    if target.exists() && !force {
        eprintln!("{}", (s.export_exists)(&shown));
        return ExitCode::FAILURE;
    }
    match crate::export::export_to(&model, format, &target) {
        Ok(()) => {
            println!("{}", (s.export_written)(&shown));
            if let Some(note) = crate::export::held_on_another_day_note(&model, s) {
                eprintln!("{note}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}", (s.export_failed)(&shown, &(s.io_reason)(&e)));
            ExitCode::FAILURE
        }
    }
}
