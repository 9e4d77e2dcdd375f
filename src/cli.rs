//! The command line: `hoinghi [FILE]`, `hoinghi init [PATH]`, `hoinghi check FILE`.
//!
//! Everything that can fail before the screen opens (reading the conference and the theme)
//! fails here, with a sentence on stderr and exit code 2, before the terminal goes raw.
//! Reading the user's config folder and the environment happens here and nowhere deeper.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::app::{Model, Ui};
use crate::conference::Conference;
use crate::i18n::{Lang, Strings};
use crate::ronfile::{self, FileError};
use crate::theme::Theme;
use crate::{sample, shell};

/// Exit code for bad input: a conference or theme file that cannot be used.
pub const EXIT_BAD_INPUT: u8 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "hoinghi",
    version,
    about = "Thư ký hội nghị Khối thi đua: chương trình, điểm danh, biểu quyết, biên bản.\n\
             The secretary's program for an emulation-bloc conference."
)]
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
}

pub fn main(cli: Cli) -> ExitCode {
    let s = cli.lang.strings();
    match cli.command {
        Some(Cmd::Init { path, force }) => init(&path, force, s),
        Some(Cmd::Check { file }) => match load_conference(&file) {
            Ok(c) => {
                println!(
                    "{}",
                    (s.check_ok)(&c.bloc.name, c.agenda.len(), c.units.len(), c.planned_minutes())
                );
                ExitCode::SUCCESS
            }
            Err(errors) => report(&errors, s),
        },
        None => open(cli.file.as_deref(), &cli.theme, s),
    }
}

fn report(errors: &[FileError], s: &Strings) -> ExitCode {
    for e in errors {
        eprintln!("{}", (s.file_error)(e));
    }
    ExitCode::from(EXIT_BAD_INPUT)
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
    let user_path = config_dir().map(|d| d.join("themes").join(format!("{name}.ron")));
    let user_text = match &user_path {
        Some(p) if p.exists() => Some(ronfile::read(p)?),
        _ => None,
    };
    let user = user_path.as_deref().zip(user_text.as_deref());
    let theme = Theme::resolve(name, user)?;
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    Ok(if no_color { theme.monochrome() } else { theme })
}

fn open(file: Option<&Path>, theme: &str, s: &'static Strings) -> ExitCode {
    let conference = match file {
        Some(f) => load_conference(f),
        None => Conference::from_text(Path::new(sample::NAME), sample::TEXT),
    };
    let conference = match conference {
        Ok(c) => c,
        Err(errors) => return report(&errors, s),
    };
    let theme = match load_theme(theme) {
        Ok(t) => t,
        Err(e) => return report(&[e], s),
    };
    let mut model = Model::new(conference);
    let mut ui = Ui::default();
    match ratatui::run(|terminal| shell::run(terminal, &mut model, &mut ui, &theme, s)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", (s.terminal_failed)(&e.to_string()));
            ExitCode::FAILURE
        }
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
        Ok(mut f) => f.write_all(sample::TEMPLATE.as_bytes()).and_then(|()| f.sync_all()),
    };
    match result {
        Ok(()) => {
            println!("{}", (s.init_written)(&shown));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}", (s.write_failed)(&shown, &e.to_string()));
            ExitCode::FAILURE
        }
    }
}
