//! The minutes file: everything needed to stand alone as the record of the conference, a
//! copy of the conference it was run from and the record of what happened, in one RON text.
//!
//! Owns the file's shape, its fixed pretty layout (two saves of the same record are
//! byte-identical, and a diff between two saves reads line by line), and reading it back with
//! located errors. Text in, text out: the disk is `store`'s business.

use std::path::Path;

use ron::extensions::Extensions;
use ron::ser::PrettyConfig;
use serde::{Deserialize, Serialize};

use crate::app::Model;
use crate::conference::{self, Conference};
use crate::record::Record;
use crate::ronfile::{self, FileError, Problem};

mod writer;

/// The minutes format this program writes. Older minutes are migrated on load; newer ones
/// are refused.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Minutes {
    pub format_version: u32,
    /// The conference as planned, copied when these minutes began: the minutes do not depend
    /// on the conference file staying as it was.
    pub conference: Conference,
    pub record: Record,
}

/// The same shape as `Minutes`, borrowed: saving on every change copies nothing.
#[derive(Serialize)]
struct MinutesRef<'a> {
    format_version: u32,
    conference: &'a Conference,
    record: &'a Record,
}

/// The text written to disk. Deterministic: same minutes, same bytes.
pub fn to_text(model: &Model) -> Result<String, ron::Error> {
    let mut bytes = Vec::new();
    write_to(model, &mut bytes).map_err(|e| ron::Error::Io(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| ron::Error::Utf8Error(e.utf8_error()))
}

/// Streams the same text as [`to_text`] into `out` (a file when saving), with `writer`, the
/// fast writer of `ron`'s layout: the first write error is returned whole, so a full disk is
/// still told as a full disk.
pub fn write_to(model: &Model, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    writer::write(
        &MinutesRef { format_version: FORMAT_VERSION, conference: &model.conference, record: &model.record },
        out,
    )
}

/// The text as `ron` itself writes it with the same layout: the reference `writer` is held to.
#[cfg(test)]
fn ron_text(model: &Model) -> String {
    let minutes =
        MinutesRef { format_version: FORMAT_VERSION, conference: &model.conference, record: &model.record };
    ron::Options::default()
        .to_string_pretty(&minutes, layout())
        .map(|t| t + "\n")
        .unwrap_or_else(|e| e.to_string())
}

/// A conference file in the same layout (for generated conferences).
pub fn conference_text(conference: &Conference) -> Result<String, ron::Error> {
    Ok(ron::ser::to_string_pretty(conference, layout())? + "\n")
}

/// One field a line, four-space indents, Vietnamese as it is; the deepest structures (a
/// vote's log entry) on one line each, which keeps large minutes small and a diff between
/// two saves to the lines that changed.
fn layout() -> PrettyConfig {
    PrettyConfig::new()
        .indentor("    ")
        .struct_names(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false)
        .escape_strings(false)
        .depth_limit(7)
        .extensions(Extensions::IMPLICIT_SOME)
}

impl Minutes {
    pub fn into_model(self) -> Model {
        Model { conference: self.conference, record: self.record }
    }

    /// Reads minutes: syntax, version, then that the record fits its conference.
    pub fn from_text(file: &Path, text: &str) -> Result<Minutes, FileError> {
        let text = ronfile::normalise(text);
        let version = ronfile::format_version::<Minutes>(file, &text)?;
        if version > FORMAT_VERSION || version == 0 {
            let problem = if version == 0 {
                Problem::BadVersion(version)
            } else {
                Problem::NewerVersion { found: version, supported: FORMAT_VERSION }
            };
            return Err(locate_one(file, &text, "format_version", problem));
        }
        let minutes: Minutes = ronfile::parse(file, &text)?;
        // Minutes begun before a show of hands was held to nine candidates still open: the
        // tenth could not be chosen, nothing else about them is wrong.
        let mut problems = conference::validate(&minutes.conference).into_iter();
        if let Some((path, problem)) = problems.find(|(_, p)| !matches!(p, Problem::TooManyForHands(_))) {
            return Err(locate_one(file, &text, &format!("conference.{path}"), problem));
        }
        if let Some((path, problem)) = minutes.record.check(&minutes.conference) {
            return Err(locate_one(file, &text, &format!("record.{path}"), problem));
        }
        Ok(minutes)
    }
}

/// Whether a text is minutes (it has a `conference` and a `record`) rather than a conference
/// file, without reading the rest.
pub fn looks_like_minutes(text: &str) -> bool {
    #[derive(Deserialize)]
    struct Probe {
        #[serde(default)]
        record: Option<serde::de::IgnoredAny>,
    }
    // Minutes this program wrote have their conference and record at the top level, one
    // indent in; a conference file cannot have either (unknown fields are refused). The
    // conference comes first, so minutes cut short (a full disk, a copy broken off) are still
    // known as minutes and their damage is said as such. Anything else is parsed.
    if text.contains("\n    record: (\n") || text.contains("\n    conference: (\n") {
        return true;
    }
    // Without the word there is no such field, however the file is laid out.
    if !text.contains("record") {
        return false;
    }
    ronfile::parse::<Probe>(Path::new(""), &ronfile::normalise(text)).is_ok_and(|p| p.record.is_some())
}

fn locate_one(file: &Path, text: &str, path: &str, problem: Problem) -> FileError {
    let mut errors = ronfile::locate_all(file, text, vec![(path.to_string(), problem)]);
    errors.pop().unwrap_or_else(|| FileError::whole_file(file, Problem::Unreadable(String::new())))
}

#[cfg(test)]
mod tests;
