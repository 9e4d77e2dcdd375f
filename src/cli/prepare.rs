//! What a start opens: the conference given (or the bundled sample), the minutes that go
//! with it (the data folder's, `--minutes`, `--new`'s numbered ones, the copy saved elsewhere),
//! their lock, and the questions asked on the terminal before the screen opens (a backup, a
//! damaged file, a rehearsal's minutes). Everything that can fail here fails with a sentence
//! on stderr and an exit code, before the terminal goes raw. Must not open the screen: that
//! is `cli::open`'s.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{Cli, EXIT_BAD_INPUT, report_conference};
use crate::app::{Model, Notice};
use crate::conference::Conference;
use crate::i18n::Strings;
use crate::minutes::{self, Minutes};
use crate::record::Record;
use crate::ronfile::{self, FileError};
use crate::store::{self, LockError, MinutesFile};
use crate::{sample, shell};

/// What the screen opens: the model, where its minutes go, and what to tell the secretary.
pub(super) struct Opened {
    pub model: Model,
    pub file: MinutesFile,
    pub notice: Option<Notice>,
}

/// Minutes in which nothing was recorded: begun and closed, the conference not started, no
/// roll call, nothing written. Minutes that cannot be read are not: their error is for the
/// secretary to see.
fn records_nothing(path: &Path) -> bool {
    let read = ronfile::read(path).ok().and_then(|text| Minutes::from_text(path, &text).ok());
    read.is_some_and(|m| m.record == Record::new(&m.conference))
}

/// Works out what to open and locks its minutes; on failure the sentence is printed and
/// the exit code returned.
pub(super) fn prepare(cli: &Cli, s: &'static Strings) -> Result<Opened, ExitCode> {
    let given = match &cli.file {
        Some(f) => Some((f.clone(), ronfile::read(f).map_err(|e| report_conference(&[e], s))?)),
        None => None,
    };
    // Minutes given directly: resume them (or, with --new, start afresh beside them).
    if let Some((path, text)) = &given
        && minutes::looks_like_minutes(text)
    {
        let kept = Minutes::from_text(path, text).map_err(|e| corrupt(path, &e, None, s))?;
        if cli.new {
            let fresh = store::fresh_path(path);
            return Ok(Opened { model: Model::new(kept.conference), file: lock(&fresh, s)?, notice: None });
        }
        let file = lock(path, s)?;
        return Ok(Opened { model: kept.into_model(), file, notice: Some(Notice::Resumed) });
    }
    let conference = match &given {
        Some((path, text)) => Conference::from_text(path, text),
        None => Conference::from_text(Path::new(sample::NAME), sample::TEXT),
    }
    .map_err(|errors| report_conference(&errors, s))?;
    let path = match (&cli.minutes, store::data_dir()) {
        (Some(p), _) => minutes_arg(p, &conference, s)?,
        (None, Some(dir)) => store::minutes_path(&conference, &dir),
        (None, None) => {
            eprintln!("{}", s.no_data_dir);
            return Err(ExitCode::from(EXIT_BAD_INPUT));
        }
    };
    let path = match (cli.new, &cli.minutes) {
        (true, _) if path.exists() => store::fresh_path(&path),
        (true, _) | (false, Some(_)) => path,
        (false, None) => store::latest_path(&path, records_nothing),
    };
    // Saved elsewhere with `w` last time: resumed there, where the latest minutes are.
    let (path, moved) = match store::moved_to(&path).filter(|_| !cli.new) {
        // Worked on here while that copy was missing: these are the latest, and said.
        Some(to) if to.exists() && store::written_after(&path, &to) => (path, Some(Notice::MovedOlder(to))),
        Some(to) if to.exists() => (to, None),
        Some(to) => (path, Some(Notice::MovedMissing(to))),
        None => (path, None),
    };
    let file = lock(&path, s)?;
    // The last run could not save at the end and left a backup newer than these minutes:
    // asked once, before the screen opens, whether to go on from it.
    if let Some(backup) = store::newer_backup(&path) {
        let yes =
            ask(&(s.use_backup_question)(&backup.display().to_string(), &path.display().to_string()), s);
        store::forget_backup(&path);
        if yes {
            match ronfile::read(&backup).and_then(|text| Minutes::from_text(&backup, &text)) {
                Ok(m) => {
                    return Ok(Opened {
                        model: m.into_model(),
                        file,
                        notice: Some(Notice::FromBackup(backup)),
                    });
                }
                Err(e) => eprintln!("{}", (s.file_error)(&e)),
            }
        }
    }
    if !path.exists() {
        return Ok(Opened { model: Model::new(conference), file, notice: moved });
    }
    // Earlier minutes of this conference: resume them. A damaged file is never overwritten.
    let text = ronfile::read(&path);
    // A conference file named as the minutes (--minutes): not offered new minutes beside it.
    if let Ok(text) = &text
        && !minutes::looks_like_minutes(text)
        && Conference::from_text(&path, text).is_ok()
    {
        eprintln!("{}", (s.minutes_is_conference)(&path.display().to_string()));
        return Err(ExitCode::from(EXIT_BAD_INPUT));
    }
    let earlier = text.and_then(|text| Minutes::from_text(&path, &text));
    match earlier {
        // Opened before (to look it over, say) but nothing recorded: the file as it is now.
        Ok(m) if m.conference != conference && m.record == Record::new(&m.conference) => Ok(Opened {
            model: Model::new(conference),
            file,
            notice: Some(moved.unwrap_or(Notice::ConferenceUpdated)),
        }),
        Ok(m) => {
            let notice =
                if m.conference == conference { Notice::Resumed } else { Notice::ResumedFileChanged };
            let model = m.into_model();
            if let Some(fresh) = rehearsal_set_aside(&model, &path, s) {
                drop(file);
                return Ok(Opened { model: Model::new(conference), file: lock(&fresh, s)?, notice: None });
            }
            Ok(Opened { model, file, notice: Some(moved.unwrap_or(notice)) })
        }
        Err(e) => {
            let code = corrupt(&path, &e, Some(cli.file.as_deref()), s);
            let fresh = store::fresh_path(&path);
            if ask(&(s.start_new_question)(&fresh.display().to_string()), s) {
                drop(file);
                return Ok(Opened { model: Model::new(conference), file: lock(&fresh, s)?, notice: None });
            }
            Err(code)
        }
    }
}

/// The minutes named with `--minutes`, taken as `w` takes a path: a folder holds them under
/// their usual name, ".ron" is theirs (a file there without an ending is taken as it is).
/// Another ending, or a folder that is not there, is refused in a sentence: a stick not
/// mounted would have the minutes made on the laptop's disk under its name.
fn minutes_arg(p: &Path, conference: &Conference, s: &Strings) -> Result<PathBuf, ExitCode> {
    let usual = store::minutes_path(conference, Path::new(""));
    let target = if p.is_file() && p.extension().is_none() {
        Ok(p.to_path_buf())
    } else {
        store::minutes_target(p, usual.as_os_str())
    };
    let target = target.map_err(|ext| {
        eprintln!("{}", (s.minutes_not_ron)(&p.display().to_string(), &ext));
        ExitCode::from(EXIT_BAD_INPUT)
    })?;
    let folder = if store::names_folder(&target) { Some(target.as_path()) } else { target.parent() };
    if let Some(folder) = folder.filter(|f| !f.as_os_str().is_empty() && !f.is_dir()) {
        eprintln!("{}", (s.minutes_folder_missing)(&folder.display().to_string()));
        return Err(ExitCode::from(EXIT_BAD_INPUT));
    }
    Ok(target)
}

/// Minutes begun on a day that is neither the conference's nor today (a rehearsal the day
/// before), and not written today (kept and gone on with: asked once a day): asks whether to
/// begin new minutes beside them, the rehearsal kept. Where the new minutes go, if yes.
fn rehearsal_set_aside(model: &Model, path: &Path, s: &Strings) -> Option<PathBuf> {
    let today = shell::now().date();
    let (planned, held) = crate::export::held_on_another_day(model).filter(|&(_, held)| held != today)?;
    let written = std::fs::metadata(path).and_then(|m| m.modified()).ok()?;
    if chrono::DateTime::<chrono::Local>::from(written).date_naive() == today {
        return None;
    }
    let fresh = store::fresh_path(path);
    let [planned, held] = [planned, held].map(crate::i18n::date_short);
    let [minutes, new] = [path, &fresh].map(|p| p.display().to_string());
    ask(&(s.rehearsal_question)(&minutes, &held, &planned, &new), s).then_some(fresh)
}

/// Says what is wrong with minutes that cannot be read, and that they are kept; the command
/// for new minutes beside them names the `conference` file when it is known (`Some(None)`:
/// the bundled sample, which needs none).
fn corrupt(path: &Path, e: &FileError, conference: Option<Option<&Path>>, s: &Strings) -> ExitCode {
    eprintln!("{}", (s.file_error)(e));
    let fresh = store::fresh_path(path);
    let conference = conference.map(|c| c.map(super::quoted).unwrap_or_default());
    eprintln!("{}", (s.kept_offer)(&super::quoted(path), &super::quoted(&fresh), conference.as_deref()));
    ExitCode::from(EXIT_BAD_INPUT)
}

/// A yes/no question on the terminal before the screen opens, asked again (with the answers
/// named) until it is answered; no when nobody can answer.
fn ask(question: &str, s: &Strings) -> bool {
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() {
        return false;
    }
    // Broken at spaces to the terminal's width: the terminal itself would cut words.
    let width = ratatui::crossterm::terminal::size().map_or(usize::MAX, |(w, _)| usize::from(w));
    eprint!("{}", crate::editor::wrap_text(question, width));
    loop {
        let mut answer = String::new();
        match std::io::stdin().read_line(&mut answer) {
            Ok(0) | Err(_) => return false,
            Ok(_) => {}
        }
        match yes_or_no(&answer) {
            Some(yes) => return yes,
            None => eprint!("{}", s.answer_yes_or_no),
        }
    }
}

/// A typed answer to a yes/no question, in either language; `None` for anything else.
fn yes_or_no(answer: &str) -> Option<bool> {
    match answer.trim().to_lowercase().as_str() {
        "c" | "có" | "co" | "y" | "yes" => Some(true),
        "k" | "không" | "khong" | "n" | "no" => Some(false),
        _ => None,
    }
}

fn lock(path: &Path, s: &Strings) -> Result<MinutesFile, ExitCode> {
    // Two seconds: a window just closed saves and lets go within a second.
    MinutesFile::open_waiting(path, std::time::Duration::from_secs(2)).map_err(|e| {
        let shown = path.display().to_string();
        match e {
            LockError::InUse => eprintln!("{}", (s.in_use)(&shown)),
            LockError::Io(e) => eprintln!("{}", (s.lock_failed)(&shown, &(s.io_reason)(&e))),
        }
        ExitCode::FAILURE
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_record_nothing_until_something_is_recorded() {
        let dir = std::env::temp_dir().join(format!("hoinghi-cli-blank-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("scratch");
        let path = dir.join("m.ron");
        let conference = Conference::from_text(Path::new(sample::NAME), sample::TEXT).expect("sample");
        let mut model = Model::new(conference);
        std::fs::write(&path, minutes::to_text(&model).expect("text")).expect("write");
        assert!(records_nothing(&path), "as a second window leaves them");
        model.record.current = Some(0);
        std::fs::write(&path, minutes::to_text(&model).expect("text")).expect("write");
        assert!(!records_nothing(&path), "the conference begun");
        std::fs::write(&path, "(format_version: 1,").expect("write");
        assert!(!records_nothing(&path), "unreadable: opened, to say why");
        std::fs::remove_dir_all(dir).ok();
    }
}
