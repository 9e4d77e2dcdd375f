//! Exporting the minutes as the biên bản the chair and the secretary sign: Word (.docx) for
//! the office to edit and print, Markdown for review, HTML to print from a browser.
//!
//! `document` turns the record into one format-neutral document in the layout of Nghị định
//! 30/2020/NĐ-CP (Phụ lục III, mẫu 1.9), always in Vietnamese; `markdown`, `html` and `docx`
//! lay it out. Building is pure; only `export_to` touches the disk, and writes the whole file
//! or nothing. Whether an existing file may be replaced is the caller's decision (the command
//! line refuses without `--force`, the screen asks).

pub mod document;
mod docx;
mod html;
mod markdown;
pub mod vietnamese;

use std::io;
use std::path::{Path, PathBuf};

use crate::app::Model;
use crate::store;

pub use document::Document;

/// The file formats the minutes export to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// Word (.docx): what the office edits, prints and signs.
    #[default]
    Docx,
    /// Markdown (.md): to read and review.
    Md,
    /// HTML (.html): one file to print from a browser on A4.
    Html,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Docx, Format::Md, Format::Html];

    pub fn extension(self) -> &'static str {
        match self {
            Format::Docx => "docx",
            Format::Md => "md",
            Format::Html => "html",
        }
    }

    /// The format a file's name says (".md", ".HTML", ".htm" …), if it names one.
    pub fn of_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        let ext = if ext == "htm" { "html" } else { ext.as_str() };
        Format::ALL.into_iter().find(|f| f.extension() == ext)
    }
}

/// The biên bản of the model, in `format`, as the bytes of the file.
pub fn render(model: &Model, format: Format) -> io::Result<Vec<u8>> {
    let doc = document::build(model);
    match format {
        Format::Docx => docx::render(&doc),
        Format::Md => Ok(markdown::render(&doc).into_bytes()),
        Format::Html => Ok(html::render(&doc).into_bytes()),
    }
}

/// The Markdown text of the biên bản (the golden files' format).
pub fn markdown(model: &Model) -> String {
    markdown::render(&document::build(model))
}

/// The day the conference was held, when it is not the one its file plans (a rehearsal, a
/// postponement, or a computer's clock set wrong): the biên bản is dated by what happened, and
/// the export says so. (planned, held)
pub fn held_on_another_day(model: &Model) -> Option<(chrono::NaiveDate, chrono::NaiveDate)> {
    let (planned, held) = (model.conference.date, model.record.held_on(&model.conference));
    (held != planned).then_some((planned, held))
}

/// What the export says of [`held_on_another_day`], in the interface's language.
pub fn held_on_another_day_note(model: &Model, s: &crate::i18n::Strings) -> Option<String> {
    let (planned, held) = held_on_another_day(model)?;
    let [planned, held] = [planned, held].map(crate::i18n::date_short);
    Some((s.held_on_another_day)(&held, &planned))
}

/// Writes the biên bản to `path`, replacing any file there. The file is written whole (a
/// temporary file beside it, flushed, then renamed over it) or not at all.
pub fn export_to(model: &Model, format: Format, path: &Path) -> io::Result<()> {
    let bytes = render(model, format)?;
    crate::store::write_atomic(path, &bytes)
}

/// The file name the biên bản of the minutes at `minutes` gets by default:
/// `bien-ban_khoi-thi-dua-1_2024-01-16.docx`, from the bloc's name (letters without
/// diacritics, no separators) and the day it was held, as the biên bản is dated. Minutes
/// started beside the first ones ("…-2.ron": a rehearsal, a second start) number their biên
/// bản the same, so that exporting them never offers to replace the first ones'.
pub fn file_name(model: &Model, minutes: &Path, format: Format) -> String {
    let bloc = store::slug(&model.conference.bloc.name);
    let bloc = if bloc.is_empty() { "hoi-nghi".to_string() } else { bloc };
    let held = model.record.held_on(&model.conference);
    let number = store::start_number(minutes, &model.conference).map(|n| format!("-{n}")).unwrap_or_default();
    format!("bien-ban_{bloc}_{}{number}.{}", held.format("%Y-%m-%d"), format.extension())
}

/// Where the biên bản goes by default: beside the minutes file, named by `file_name`.
pub fn default_path(model: &Model, minutes: &Path, format: Format) -> PathBuf {
    minutes.with_file_name(file_name(model, minutes, format))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conference::Conference;
    use std::fs;

    fn model() -> Model {
        let c = Conference::from_text(Path::new("s"), crate::sample::TEXT).expect("valid");
        Model::new(c)
    }

    #[test]
    fn default_names_are_safe_and_beside_the_minutes() {
        let mut m = model();
        let p = default_path(&m, Path::new("/data/khoi-thi-dua-1_2024-01-16.ron"), Format::Docx);
        assert_eq!(p, Path::new("/data/bien-ban_khoi-thi-dua-1_2024-01-16.docx"));
        // Minutes started again beside those (--new): their own name, not the first ones'.
        let second = default_path(&m, Path::new("/data/khoi-thi-dua-1_2024-01-16-2.ron"), Format::Docx);
        assert_eq!(second, Path::new("/data/bien-ban_khoi-thi-dua-1_2024-01-16-2.docx"));
        let other = default_path(&m, Path::new("/data/khoi-thi-dua-1_2024-01-16-ban-nhap.ron"), Format::Md);
        assert_eq!(other, Path::new("/data/bien-ban_khoi-thi-dua-1_2024-01-16.md"), "not a start's number");
        m.conference.bloc.name = "../../etc/Cụm\u{7}thi đua\\số 3".into();
        let name = file_name(&m, Path::new("m.ron"), Format::Md);
        assert_eq!(name, "bien-ban_etc-cum-thi-dua-so-3_2024-01-16.md");
        assert!(!name.contains(['/', '\\']) && !name.chars().any(char::is_control));
        m.conference.bloc.name = "///".into();
        assert_eq!(file_name(&m, Path::new("m.ron"), Format::Html), "bien-ban_hoi-nghi_2024-01-16.html");
        // Held on another day than planned: named as the biên bản is dated.
        m.record.started_at =
            chrono::NaiveDate::from_ymd_opt(2024, 1, 23).and_then(|d| d.and_hms_opt(8, 0, 0));
        assert_eq!(file_name(&m, Path::new("m.ron"), Format::Html), "bien-ban_hoi-nghi_2024-01-23.html");
    }

    #[test]
    fn an_unstarted_conference_is_a_draft_with_its_planned_start() {
        let m = model();
        let md = markdown(&m);
        assert!(md.contains("> **DỰ THẢO**"), "{md}");
        assert!(md.contains("8 giờ 00 phút, ngày 16 tháng 01 năm 2024 (dự kiến)"));
        assert!(md.contains("Hội nghị kết thúc vào … giờ … phút, ngày … tháng … năm …/."));
        assert!(md.contains("6 đơn vị (chưa điểm danh)"));
    }

    #[test]
    fn a_failed_write_leaves_nothing_behind() {
        let dir = std::env::temp_dir().join(format!("hoinghi-export-unit-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("blocked.md").join("inside")).expect("dir");
        assert!(export_to(&model(), Format::Md, &dir.join("blocked.md")).is_err());
        let names: Vec<_> =
            fs::read_dir(&dir).expect("dir").filter_map(Result::ok).map(|e| e.file_name()).collect();
        assert_eq!(names, vec![std::ffi::OsString::from("blocked.md")], "no temporary file is left");
        export_to(&model(), Format::Md, &dir.join("ok.md")).expect("written");
        assert!(fs::read_to_string(dir.join("ok.md")).expect("read").contains("BIÊN BẢN"));
        fs::remove_dir_all(dir).ok();
    }
}
