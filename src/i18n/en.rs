//! English, chosen with `--lang en`. Vietnamese terms with no English equivalent in office
//! use (Khối trưởng, biên bản) are kept as the conference file writes them.

use chrono::NaiveDate;

use super::{CliHelp, KeyNames, StateLabel, Strings, some_of};
use crate::conference::{Base, ConferenceKind, ItemKind, Method, Period, Threshold};
use crate::keys::Edit;
use crate::keys::{Command, Context};
use crate::ronfile::{FileError, NotText, Problem};

pub static STRINGS: Strings = Strings {
    conference_kind: |k| match k {
        ConferenceKind::TongKet => "Year-end review conference",
        ConferenceKind::SoKet => "Mid-year review conference",
        ConferenceKind::Other => "Conference",
    },
    period: |p| match p {
        Period::Year(y) => y.to_string(),
        Period::HalfYear(y, 1) => format!("first half of {y}"),
        Period::HalfYear(y, _) => format!("second half of {y}"),
        Period::Years(a, b) => format!("{a}–{b}"),
    },
    date_long: |d: NaiveDate| format!("{}, {}", d.format("%A"), super::date_short(d)),
    kind_and_period: |k, p| format!("{k}, {p}"),
    kind_short: |k| match k {
        ConferenceKind::TongKet => "Year-end review",
        ConferenceKind::SoKet => "Mid-year review",
        ConferenceKind::Other => "Conference",
    },
    agenda_title: "Agenda",
    col_number: "No.",
    col_item: "Item",
    col_presenter: "Presenter",
    col_planned: "Planned",
    col_actual: "Actual",
    col_state: "State",
    state: |s| match s {
        StateLabel::Pending => "pending",
        StateLabel::Current => "current",
        StateLabel::Done => "done",
        StateLabel::Skipped => "skipped",
        StateLabel::Voted => "voted",
    },
    item_kind: |k| match k {
        ItemKind::Procedural => "Procedural",
        ItemKind::Report => "Report",
        ItemKind::Scoring => "Scoring and ranking",
        ItemKind::Discussion => "Discussion",
        ItemKind::Vote => "Vote",
        ItemKind::Election => "Election",
        ItemKind::Awards => "Nominations and awards",
        ItemKind::Covenant => "Covenant signing",
        ItemKind::Speech => "Speech",
        ItemKind::Closing => "Closing",
    },
    presenter_chair: "The chair",
    decimal_separator: '.',
    minutes: |m| format!("{m} min"),
    under_a_minute: "< 1 min",

    current_title: "Current item",
    selected_title: "Selected item",
    label_presenter: "Presenter",
    label_kind: "Kind",
    label_planned: "Planned",
    label_elapsed: "Elapsed",
    label_actual: "Took",
    label_threshold: "Threshold",
    label_remaining: "Remaining",
    label_overrun: "Over by",
    label_started: "Started",
    label_ended: "Ended",
    label_chair: "Chair",
    label_location: "Location",
    not_started: |key| format!("The conference has not started. Press {key} to start the first item."),
    finished_at: |t| format!("The conference ended at {t}."),
    item_not_reached: "This item has not been reached yet.",

    method: |m| match m {
        Method::ShowOfHands => "Show of hands",
        Method::SecretBallot => "Secret ballot",
    },
    candidates: "Candidates",
    motion: "Motion",
    pass_rule,
    threshold,

    expected_end: "Expected end",
    ended_at: "Ended",
    planned_end: "planned",
    behind: |m| format!("{} behind", hours_minutes(m)),
    clock_date: |today| format!("The clock says {today}, not the conference's day"),
    ahead: |m| format!("{} ahead", hours_minutes(m)),
    on_plan: "on plan",

    key_names: KeyNames {
        enter: "Enter",
        esc: "Esc",
        left: "←",
        right: "→",
        up: "↑",
        down: "↓",
        home: "Home",
        end: "End",
        page_up: "PgUp",
        page_down: "PgDn",
        tab: "Tab",
        backspace: "Backspace",
        space: "Space",
        ctrl: "Ctrl",
        answers: "yn",
    },
    command: |c| match c {
        Command::NextItem => "next item",
        Command::PreviousItem => "previous item",
        Command::SkipItem => "skip the selected item (again: undo)",
        Command::StartSelected => "go to the selected item",
        Command::SelectUp => "up",
        Command::SelectDown => "down",
        Command::SelectFirst => "first",
        Command::SelectLast => "last",
        Command::PageUp => "page up",
        Command::PageDown => "page down",
        Command::Help => "help",
        Command::CloseHelp => "close",
        Command::Quit => "quit",
        Command::Yes => "yes",
        Command::AdoptMinutes => "adopt the minutes (end the conference)",
        Command::SaveElsewhere => "save the minutes elsewhere",
        Command::RollCall => "roll call",
        Command::OpenPoll => "open the vote of the selected item",
        Command::Back => "back to the previous screen",
        Command::BackToList => "back to the list, the screen's first part",
        Command::MarkPresent => "present, then the next unit",
        Command::MarkAbsent => "absent (a reason), then the next unit",
        Command::ChangeDelegate => "attending delegate",
        Command::ChangeChair => "who chairs the conference (name, title)",
        Command::AllPresent => "the remaining units present",
        Command::Choose => "choose / type a figure",
        Command::Erase => "erase",
        Command::Unanimous => "the remaining units alike",
        Command::CloseRound => "close the round",
        Command::Reopen => "reopen to correct (with a reason)",
        Command::Revote => "vote again (nobody reached the threshold)",
        Command::Comments => "comments on the selected item",
        Command::EditNote => "note of the selected item",
        Command::NewComment => "new comment",
        Command::EditComment => "edit the comment",
        Command::DeleteComment => "delete the comment",
        Command::TakenUp => "taken up",
        Command::Answered => "answered",
        Command::ToggleScope => "comments of the item / of the unit",
        Command::SaveText => "save",
        Command::NextField => "next field",
        Command::Export => "export the minutes as .docx (beside them)",
        Command::PrevField => "previous field",
        Command::OtherPane => "to the other part of the screen",
        Command::Scoring => "scoring and ranking",
        Command::Covenant => "covenant signing",
        Command::EnterScore => "correct the score of the selected cell",
        Command::TypeScore => "type a new score (Enter records, moves on)",
        Command::ColumnLeft => "previous column",
        Command::ColumnRight => "next column",
        Command::Sign => "signed",
        Command::NotSign => "does not sign (with a reason)",
        Command::AllSign => "every present unit signs",
        Command::No => "no",
        Command::SetPresiding => "this unit presides over the signing",
        Command::NewItem => "add",
        Command::EditItem => "edit",
        Command::DeleteItem => "delete",
        Command::Awards => "the selected item's awards",
        Command::SetCounts => "how many were awarded without names",
        Command::AddCollective => "add a collective awarded",
        Command::AddIndividual => "add a person awarded",
        Command::Decide => "record the chair's decision (the units chosen)",
        Command::Accept => "record the choices marked",
        Command::Submit => "record",
        Command::Cancel => "cancel (record nothing)",
    },
    hint: |c| match c {
        Command::SkipItem => Some("skip"),
        Command::NewItem => Some("add"),
        Command::EditItem => Some("edit"),
        Command::DeleteItem => Some("delete"),
        Command::SetCounts => Some("counts"),
        Command::AddCollective => Some("add collective"),
        Command::AddIndividual => Some("add person"),
        Command::NextItem => Some("next"),
        Command::PreviousItem => Some("back"),
        Command::StartSelected => Some("go to selected"),
        Command::OpenPoll => Some("vote"),
        Command::MarkPresent => Some("present"),
        Command::MarkAbsent => Some("absent"),
        Command::ChangeDelegate => Some("delegate"),
        Command::ChangeChair => Some("chair"),
        Command::AllPresent => Some("the rest present"),
        Command::Export => Some("export"),
        Command::Back => Some("back"),
        Command::BackToList => Some("to the list"),
        Command::Unanimous => Some("rest alike"),
        Command::Choose => Some("choose"),
        Command::Erase => Some("erase"),
        Command::Revote => Some("vote again"),
        Command::Comments => Some("comments"),
        Command::NewComment => Some("new"),
        Command::EditComment => Some("edit"),
        Command::DeleteComment => Some("delete"),
        Command::ToggleScope => Some("by unit"),
        Command::NextField => Some("next field"),
        Command::OtherPane => Some("other part"),
        Command::EnterScore => Some("correct"),
        Command::TypeScore => Some("score"),
        Command::NotSign => Some("not signing"),
        Command::AllSign => Some("all present sign"),
        Command::Decide => Some("decide"),
        Command::Accept => Some("done"),
        Command::Cancel => Some("cancel"),
        _ => None,
    },
    edit: |e| match e {
        Edit::DeleteBack => "delete the letter before",
        Edit::DeleteWordBack => "delete the word before",
        Edit::DeleteForward => "delete the letter after",
        Edit::DeleteWordForward => "delete the word after",
        Edit::DeleteToStart => "delete back to the field's start",
        Edit::Left => "one letter left",
        Edit::Right => "one letter right",
        Edit::WordLeft => "one word left",
        Edit::WordRight => "one word right",
        Edit::LineUp => "up a line",
        Edit::LineDown => "down a line",
        Edit::PageUp => "up a page",
        Edit::PageDown => "down a page",
        Edit::LineStart => "to the start of the line",
        Edit::LineEnd => "to the end of the line",
        Edit::TextStart => "to the start of the text",
        Edit::TextEnd => "to the end of the text",
        Edit::NewLine => "a new line",
    },
    context: |c| match c {
        Context::Global => "Everywhere (except while typing in a field or answering a question)",
        Context::Agenda => "Agenda",
        Context::Help => "Help",
        Context::Prompt => "Text field",
        Context::RollCall => "Roll call",
        Context::Hands => "Show of hands",
        Context::Ballot => "Secret ballot (the count)",
        Context::Pick => "The remaining units alike: choosing",
        Context::PickAward => "Choosing an award of the conference file",
        Context::PollClosed => "A closed vote",
        Context::Revote => "A closed vote with places still open",
        Context::Chair => "The chair decides",
        Context::CommentList => "Comments",
        Context::Compose => "Writing a comment",
        Context::Note => "Writing a note",
        Context::Scoring => "Scoring and ranking",
        Context::Covenant => "Covenant signing",
        Context::CovenantItems => "The covenant's contents",
        Context::Awards => "Awards",
        Context::AwardRecipients => "Collectives and persons awarded",
        Context::Confirm => "Confirmation",
        Context::Careful => "Questions on what is hard to take back (Enter is no)",
    },
    help_title: "Help: keys",
    help_close: "Esc: close",
    quit_question: "Quit the program?",
    too_small: |w, h, mw, mh| {
        format!(
            "The window is too small ({w}×{h}): please enlarge it to at least {mw}×{mh}. Only the keys below work, others are not taken."
        )
    },
    unknown_key: |k, help| format!("The key {k} does nothing here. Press {help} for the keys."),
    first_item: "This is already the first item.",
    back_to_not_held: |n| format!("Past the last item; back to item {n}, not held yet."),
    skipped_item: |n| format!("Item {n} skipped."),
    unskipped_item: |n| format!("Item {n} is no longer skipped."),
    cannot_skip_done: "This item is done and cannot be skipped.",
    vote_open: |item, r, secret, k| {
        let what = if secret { "ballot" } else { "vote" };
        match item {
            None => format!("The {what} is open (round {r}), not closed · {k} to go on with it"),
            Some(n) => format!(
                "The {what} on item {n} is open (round {r}), not closed · select item {n}, {k} to go on with it"
            ),
        }
    },
    vote_awaits_chair: |item, k| match item {
        None => format!("Tied in the last round, waiting for the chair's choice · {k} to record it"),
        Some(n) => format!(
            "Item {n}: tied in the last round, waiting for the chair's choice · select item {n}, {k} to record it"
        ),
    },
    cannot_skip_voted: |n| format!("Item {n} has a vote: it cannot be recorded as not held."),

    adopt_question: |t, ended| match ended {
        None => format!("Adopt the minutes and end the conference at {t}? Every later change is recorded."),
        Some(e) if e == t => format!("Adopt the minutes at {t}? Every later change is recorded."),
        Some(e) => format!(
            "Adopt the minutes at {t}? The conference ended at {e}; its end will read {t}. Every later change is recorded."
        ),
    },
    adopt_unfinished: |u| {
        let count = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let (held, polls) = (&u.not_held, &u.open_polls);
        let parts: Vec<String> = [
            (u.uncalled, count(u.uncalled, "unit not called", "units not called")),
            (
                held.len(),
                format!(
                    "{} ({})",
                    count(held.len(), "item not held", "items not held"),
                    super::item_numbers(held)
                ),
            ),
            (
                u.votes_not_held.len(),
                format!(
                    "{} ({} {})",
                    count(u.votes_not_held.len(), "vote not held", "votes not held"),
                    if u.votes_not_held.len() == 1 { "item" } else { "items" },
                    super::item_numbers(&u.votes_not_held)
                ),
            ),
            (
                polls.len(),
                format!(
                    "{} ({} {})",
                    count(polls.len(), "vote not closed", "votes not closed"),
                    if polls.len() == 1 { "item" } else { "items" },
                    super::item_numbers(polls)
                ),
            ),
            (
                usize::from(u.scores_not_recorded.is_some()),
                format!("no scores recorded (item {})", u.scores_not_recorded.map_or(0, |i| i + 1)),
            ),
            (
                u.unscored.map_or(0, |(_, n)| n),
                format!(
                    "{} without a score (item {})",
                    count(u.unscored.map_or(0, |(_, n)| n), "unit", "units"),
                    u.unscored.map_or(0, |(i, _)| i + 1)
                ),
            ),
            (
                u.unsigned.map_or(0, |(_, n)| n),
                format!(
                    "{} not marked at the covenant signing (item {})",
                    count(u.unsigned.map_or(0, |(_, n)| n), "unit", "units"),
                    u.unsigned.map_or(0, |(i, _)| i + 1)
                ),
            ),
            (
                usize::from(u.signing_not_recorded.is_some()),
                format!(
                    "no covenant signing recorded (item {})",
                    u.signing_not_recorded.map_or(0, |i| i + 1)
                ),
            ),
            (u.unanswered.len(), {
                let mut items = u.unanswered.clone();
                items.dedup();
                format!(
                    "{} neither taken up nor answered ({} {})",
                    count(u.unanswered.len(), "comment", "comments"),
                    if items.len() == 1 { "item" } else { "items" },
                    super::item_numbers(&items)
                )
            }),
        ]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(_, text)| text)
        .collect();
        if parts.is_empty() { String::new() } else { format!("Still open: {}. ", parts.join("; ")) }
    },
    move_adopted: |command, n, skipped, reopens| {
        let what = match (command, n) {
            (_, None) => "end the conference again".to_string(),
            (Command::NextItem, Some(n)) => format!("move on to item {n}"),
            (Command::PreviousItem, Some(n)) => format!("go back to item {n}"),
            (Command::SkipItem, Some(n)) if skipped => format!("unmark item {n} as skipped"),
            (Command::SkipItem, Some(n)) => format!("skip item {n}"),
            (_, Some(n)) => format!("start item {n}"),
        };
        let reopened = if reopens {
            " The conference reopens; its end time is recorded again when it ends."
        } else {
            ""
        };
        format!(
            "The minutes are adopted. {} all the same? It is recorded among the changes after adoption.{reopened}",
            crate::i18n::capitalise(&what)
        )
    },
    without_quorum: |n, p, m, needed, uncalled| {
        let uncalled = if uncalled > 0 { format!(" ({uncalled} not yet called)") } else { String::new() };
        format!(
            "No quorum: {p} of {m} member units present{uncalled}, at least {needed} needed. Start item {n} all the same? The minutes will say: no quorum when the conference began."
        )
    },
    conference_ended: "The conference has ended. p: back to the item held last.",
    adopted: "The minutes are adopted; every change from now on is recorded.",
    already_adopted: "The minutes are already adopted.",
    adopted_badge: |t| format!("ADOPTED {t}"),
    quit_unsaved: "The minutes could NOT be saved! Quit anyway? (a backup copy goes to the temporary folder)",
    save_as_title: "Save the minutes to (Enter: save · Esc: cancel)",
    saved_at: |t| format!("Saved {t}"),
    not_saved_yet: "Not saved yet",
    save_failed: |p, r, k, here| {
        let then = if here { "" } else { "once done typing here, " };
        format!(
            "NOT SAVED ({p}): {r}. Everything is still in memory and is saved once it can be; {then}press {k} to save elsewhere."
        )
    },
    saved_to: |p| format!("The minutes are now saved to {p}."),
    use_backup_question: |b, m| {
        format!(
            "Last time the minutes could not be saved at the end; the backup {b} is newer than {m}.
Go on from the backup (saving to {m})? (y/n) "
        )
    },
    from_backup: |b| format!("Went on from the backup {b}."),
    nowhere_to_paste: "Nothing here takes pasted text; figures are typed digit by digit.",
    figure_full: |n| format!("A ballot figure has at most {n} digits."),
    still_not_saved: |p| format!("Still not saved to {p}."),
    not_exported: |p| format!("Not exported: {p} is left as it was."),
    empty_vote_withdrawn: |item, held, secret| {
        let (what, empty) = match secret {
            false => ("vote", "had nothing in it"),
            true => ("ballot", "had no figure typed"),
        };
        match held {
            false => format!(
                "The {what} of item {item} {empty} and the item has not been held: withdrawn, not in the minutes."
            ),
            true => format!(
                "The {what} of item {item} was opened while the item was not going on and {empty}: withdrawn, not in the minutes."
            ),
        }
    },
    reason_spilled: |r| format!("Reason: {r}"),
    not_moved: |item| match item {
        Some(n) => format!("The agenda did not move: still on item {n}."),
        None => "The agenda did not move.".to_string(),
    },
    awards_on_item_not_held: |item| {
        format!("Note: item {item} has not been held; awards entered here are recorded under item {item}.")
    },
    vote_on_item_done: |item, secret| {
        let (this, undo) = withdraw(secret);
        format!(
            "Note: item {item} is over; {this} is recorded under item {item}. If that is the wrong row: {undo}."
        )
    },
    vote_on_item_not_held: |item, current, secret| {
        let (this, undo) = withdraw(secret);
        match current {
            Some(c) => format!(
                "Note: item {c} is going on and item {item} has not been held; {this} is recorded under item {item}. If that is the wrong row: {undo}."
            ),
            None => format!(
                "Note: the conference has not begun and item {item} has not been held; {this} is recorded under item {item}. {undo}; to begin item {item}: Esc, then Enter."
            ),
        }
    },
    moved_missing: |p| {
        format!(
            "Last time the minutes were saved to {p}, which is not there now (a USB drive not plugged in?); the copy in this folder is open."
        )
    },
    moved_older: |p| {
        format!(
            "The minutes in this folder were written after the copy saved to {p} (worked on while it was missing): the newer ones here are open; that copy is left as it is."
        )
    },
    resume_with: |c| format!("Next time, to go on with these minutes: {c}"),
    save_as_not_ron: |ext, key| {
        format!("the minutes are kept as .ron, not .{ext} (for the Word biên bản, press {key} on the agenda)")
    },
    save_as_failed: |p, r| {
        format!("Could not save to {p}: {r}. The minutes keep their place; correct the path, or Esc.")
    },
    resumed: |p| format!("Resuming earlier minutes: {p}"),
    resumed_file_changed: "The conference file changed since these minutes began; the minutes keep their copy. To use the new file, start again with --new.",
    no_section_item: |kind| {
        let what = match kind {
            crate::conference::ItemKind::Covenant => "covenant signing",
            _ => "scoring",
        };
        format!("The agenda has no {what} item: there is no place for it in the biên bản.")
    },
    no_comment: |k| format!("No comment here yet; press {k} to write one."),
    vote_resumed: |n, secret| match secret {
        false => format!(
            "Back on the vote of item {n}, open when the program stopped; the votes recorded are all here."
        ),
        true => format!(
            "Back on the ballot count of item {n}, open when the program stopped; the figures typed are all here."
        ),
    },
    unknown_key_in_field: |k| format!("The key {k} does nothing in this field."),
    answer_first: |y, n| format!("Answer the question first: {y} yes, {n} no."),
    conference_updated: "The conference file has changed since it was last opened; nothing was recorded yet, so the file as it is now is used.",
    rehearsal_question: |m, b, p, new| {
        format!(
            "The minutes {m} began on {b}, not on the conference day {p} (a rehearsal?).
Start new minutes at {new}? (y: new minutes, the old ones kept · n: go on with the old ones) "
        )
    },
    minutes_saved_in: |p| format!("The minutes are saved in {p}"),
    emergency_copy: |p| {
        format!("The minutes could not be saved where chosen; a backup copy was written to {p}")
    },
    emergency_failed: |r| format!("Even the backup copy could not be written ({r})."),
    in_use: |p| {
        format!(
            "The minutes {p} are open in another hoinghi. Use that window, or start with --new for new minutes beside them."
        )
    },
    lock_failed: |p, r| format!("Cannot open the minutes {p} for writing ({r})."),
    kept_offer: |p, new, conference| {
        let command = format!("hoinghi --minutes {new} {}", conference.unwrap_or("CONFERENCE.ron"));
        format!(
            "The minutes file {p} is kept as it is, not overwritten. To start new minutes beside it, open the conference file: {}",
            command.trim_end()
        )
    },
    start_new_question: |new| format!("Start new minutes at {new}? (y/n) "),
    minutes_not_ron: |p, ext| {
        format!(
            "--minutes {p}: minutes are kept as .ron, not .{ext}; the Word biên bản is exported with: hoinghi export MINUTES.ron"
        )
    },
    minutes_folder_missing: |f| {
        format!(
            "--minutes: there is no folder {f} (a USB drive not plugged in?); nothing is written. Name a folder that exists."
        )
    },
    minutes_is_conference: |p| {
        format!(
            "{p} is a conference file, not minutes; to record its minutes: hoinghi {p} (with --minutes PATH to keep them elsewhere)."
        )
    },
    answer_yes_or_no: "Please answer y (yes) or n (no): ",
    no_data_dir: "No user data folder was found; choose where the minutes go with --minutes PATH.",
    io_reason: |e| {
        use std::io::ErrorKind as K;
        match e.kind() {
            K::NotFound => "the folder was not found".into(),
            K::PermissionDenied => "no permission to write".into(),
            K::ReadOnlyFilesystem => "the disk is read-only".into(),
            K::StorageFull => "the disk is full".into(),
            K::FileTooLarge => "the file is over the size limit".into(),
            K::NotADirectory => "part of the path is not a folder".into(),
            K::IsADirectory => "the path is a folder".into(),
            K::AlreadyExists => {
                "a file of that name exists and is not overwritten; choose another name".into()
            }
            K::ResourceBusy => "the file is open in another hoinghi".into(),
            _ => format!("system error: {e}"),
        }
    },
    in_use_short: "the file is open in another hoinghi",
    roll_call_title: "Roll call",
    quorum_line: |p, m, n, met, rule| {
        let verdict = if met { "quorum met" } else { "NO quorum" };
        format!("Present {p}/{m} units · {n} needed ({rule}) · {verdict}")
    },
    col_unit: "Unit",
    col_presence: "State",
    col_delegate: "Attending delegate",
    col_reason: "Reason / arrived",
    present: "present",
    absent: "absent",
    not_called: "not called",
    arrived: |t| format!("arrived {t}"),
    back_at: |t| format!("back at {t}"),
    away_since: |t| format!("away from {t}"),
    guests_title: "Guests (do not vote)",
    absence_reason_title: |u| format!("Why absent: {u} (Enter: record · Esc: cancel)"),
    chair_name_title: "Chair of the conference: full name (Enter: next · Esc: cancel)",
    chair_role_title: |n| format!("Title of {n} (Enter: record · Esc: cancel)"),
    chair_set: |n| format!("Chair: {n}. The biên bản names this person."),
    chair_line: |who, key| format!("Chair: {who} · {key} to change"),
    delegate_title: |u| format!("Attending for {u} (Enter: record · Esc: cancel)"),

    round: |n| format!("Round {n}"),
    present_at_opening: |p, m, _, round| match round {
        Some(n) => format!("Present when round {n} began: {p}/{m} units"),
        None => format!("Present when this vote opened: {p}/{m} units"),
    },
    base_of: |b, v| match v {
        Some(v) => format!("Percentages of {} ({v})", base(b)),
        None => format!("Percentages of {}", base(b)),
    },
    needed_votes: |n| format!("{n} needed"),
    choice_for: "For",
    choice_against: "Against",
    choice_abstain: "Abstain",
    not_voted: |u| format!("Not voted yet: {u}"),
    all_voted: "Every present unit has voted.",
    if_closed_now: |o| format!("If closed now: {o}"),
    elected: |u| format!("{u} elected"),
    not_elected: "no unit reached the threshold; none elected",
    nominated: |u| format!("{u} nominated"),
    not_nominated: "nobody reached the threshold; nobody nominated",
    passed: "passed",
    rejected: "rejected",
    tie: |u| format!("a tie between {}", super::joined(u, "and")),
    round_result: |r, o| format!("Round {r}: {o}"),
    awaiting_chair: |r, d| {
        format!(
            "{r} round{} held, the last tied; the chair decides. Press the chosen unit's number ({d}; 0: nobody), then give the reason.",
            if r == 1 { "" } else { "s" }
        )
    },
    awaiting_chair_places: |r, left, d, chosen| {
        format!(
            "{r} round{} held, the last tied for the {left} places left; the chair decides. Press the numbers of the units chosen ({d}), then Enter and give the reason; 0: nobody more. Chosen: {chosen}.",
            if r == 1 { "" } else { "s" }
        )
    },
    one_place_left: "This round chooses 1 unit for the place left",
    places_rule: |k, secret| {
        let voter = if secret { "each ballot votes" } else { "each unit votes" };
        format!("Chooses {k} units; {voter} for up to {k} candidates")
    },
    elected_elsewhere: |unit, office, n| format!("Note: {unit} was already elected {office} (item {n})."),
    chosen_units: |u| format!("chosen: {u}"),
    places_unfilled: |n| match n {
        1 => "nobody else reached the threshold for the place left".into(),
        n => format!("nobody else reached the threshold for the {n} places left"),
    },
    pick_places: |k, o, p| {
        format!(
            "The remaining units alike: press the numbers of the candidates (up to {k}; again to take one back), then Enter. {o}. Chosen: {p}. Esc: cancel."
        )
    },
    pick_first: "Press the number of a choice first.",
    chair_places: |n| {
        match n {
        1 => "The chair chooses one unit for the place left; press a chosen unit's number again to take it back.".into(),
        n => format!("The chair chooses at most {n} units for the places left; press a chosen unit's number again to take it back."),
    }
    },
    no_such_choice: |d| format!("There is no choice {d}."),
    nobody_more: "no unit more",
    places_result: |u| format!("Result: {u} chosen"),
    proposed_head: |head, u| format!("By the bloc's rules: {u} is proposed as the next {head}."),
    head_tied: |head, u| format!("{u} have as many votes: the next {head} proposed is not settled."),
    chair_decision: |u, r| format!("The chair decided: {} (reason: {r})", u.unwrap_or("no unit chosen")),
    nobody: "no unit",
    no_more_rounds: |r, k| {
        format!(
            "All {r} rounds the rules allow are held: what the conference decides next goes in the item's note ({k} on the agenda)."
        )
    },
    poll_closed_hint: "The vote is closed. Press r to reopen and correct it (a reason is required; the old figures are kept).",
    corrections: |rounds| {
        let times = |n: usize| match n {
            1 => "once".to_string(),
            2 => "twice".to_string(),
            n => format!("{n} times"),
        };
        let each: Vec<String> = rounds.iter().map(|(r, n)| format!("round {r} ({})", times(*n))).collect();
        format!("Corrected after it closed: {}", each.join(", "))
    },
    secret_note: "Secret ballot: only the count is recorded.",
    issued: "Ballots issued",
    returned: "Ballots returned",
    valid: "Valid ballots",
    invalid: "Invalid ballots",
    votes_for: |c| format!("Votes: {c}"),
    ballot_problem,
    figures_ok: "The figures add up.",
    figures_blank: |n, first| match n {
        1 => format!("not typed yet: {first} (type 0 where there are none)"),
        n => format!("{n} figures not typed yet, from “{first}” (type 0 where there are none)"),
    },
    no_result_yet: "No result yet: the count is incomplete or does not add up.",
    ballot_blank: "A figure is still blank; the cursor is on it (type 0 where there are none).",
    close_round_question: |r, o| match r {
        Some(r) => format!("Close round {r}? Result: {o}."),
        None => format!("Close the vote? Result: {o}."),
    },
    tie_then: |r| match r {
        Some(r) => format!(" The tied units will be voted on again in round {r}."),
        None => " This is the last round the rules allow: the chair will decide.".into(),
    },
    revote_question: |r, c, k| match k {
        1 => format!("Vote again in round {r} among: {c}?"),
        k => format!("Vote again in round {r} among: {c}, choosing {k} units?"),
    },
    revote_opened: |r| format!("Round {r} is open (a re-vote)."),
    vote_not_held: |n, k| {
        format!("Item {n} ended without its vote; if it is needed, select item {n} and press {k}.")
    },
    revote_hint: |r| format!("If the conference votes again: press b to open round {r}."),
    not_voted_yet: |names| format!("Not voted yet: {names}. "),
    text_continues: "… more (Enter: see and edit the whole text)",
    answer_continues: |k| format!("… more ({k}: see and edit the whole text)"),
    unanimous_question: |n, c| {
        format!(
            "Record “{c}” for the {n} {} not voted yet?",
            if n == 1 { "unit that has" } else { "units that have" }
        )
    },
    pick_unanimous: |o| {
        format!("The remaining units alike: press the number of the choice ({o}). Esc: cancel.")
    },
    reopen_title: "Why reopen to correct (required; Enter: record · Esc: cancel)",
    covenant_item_title: |n| match n {
        Some(n) => format!("Edit item {n} of the covenant (Enter: record · Esc: cancel)"),
        None => "Add an item at the end of the covenant (Enter: record · Esc: cancel)".into(),
    },
    leave_open_vote: |n, secret| {
        let what = if secret { "ballot" } else { "vote" };
        format!(
            "The {what} on item {n} is not closed. Move on all the same? It stays open; to finish it, select item {n} and press v."
        )
    },
    clear_score: |v, c, u| format!("Clear the score {v} in column {c} of {u}?"),
    edit_signed_covenant: |n| {
        format!(
            "{n} {} signed the covenant as it stands. Change its contents anyway? (they stay recorded as signed)",
            if n == 1 { "unit has" } else { "units have" }
        )
    },
    remove_covenant_item: |n, t| {
        format!(
            "Remove item {n} of the covenant: “{t}”? The minutes file (.ron) keeps the item removed and when."
        )
    },
    presiding_now: |u| format!("{u} presides over the covenant signing."),
    covenant_contents: |on| {
        if on {
            "The covenant's contents (Tab: back to the units)"
        } else {
            "The covenant's contents (Tab: edit, add, remove)"
        }
        .into()
    },
    awards_title: |n, t, proposed| {
        format!("{} · {n}. {t}", if proposed { "Proposed awards" } else { "Awards" })
    },
    no_awards: "No award recorded under this item yet. Press n to add one.",
    awarded: |c, i| {
        let collectives = if c == 1 { "1 collective".to_string() } else { format!("{c} collectives") };
        let individuals = if i == 1 { "1 person".to_string() } else { format!("{i} persons") };
        match (c, i) {
            (0, 0) => "no recipient yet".into(),
            (_, 0) => collectives,
            (0, _) => individuals,
            _ => format!("{collectives} and {individuals}"),
        }
    },
    granted_by_label: "Granted by",
    decision_label: "Decision",
    unnamed_line: |c| format!("Not named here: {c}"),
    collective_recipient: |n| format!("Collective: {n}"),
    individual_recipient: |n, u| match u {
        Some(u) => format!("Person: {n} ({u})"),
        None => format!("Person: {n}"),
    },
    no_recipients: "Nobody named yet (Tab, then t: a collective, i: a person; s: only the numbers).",
    awards_of_item: |c| format!("In all: {c}"),
    pick_award: |o| {
        format!(
            "Add an award: press the number of one from the conference file ({o}); 0 or Enter: type another. Esc: cancel."
        )
    },
    award_name_title: "The award (Enter: next · Esc: cancel)",
    award_name_example: "e.g. Bằng khen của Chủ tịch UBND Thành phố",
    award_grantor_title: "Granted by: who signs it (may be blank; Enter: next)",
    award_decision_title: "The decision's number and date (may be blank; Enter: record)",
    unnamed_title: |c, last| {
        let who = if c { "Collectives" } else { "Persons" };
        format!(
            "{who} awarded in all, the named ones included (Enter: {})",
            if last { "record" } else { "next" }
        )
    },
    collective_title: "The collective awarded: a member unit or another (Enter: record)",
    individual_name_title: "The person's full name (Enter: next)",
    individual_unit_title: |n| format!("{n}: of which member unit or other body (Enter: record)"),
    member_unit_note: |n| format!("→ member unit: {n}"),
    other_collective_note: "→ a collective outside the bloc, by the name typed",
    unit_blank_note: "→ blank: of no member unit",
    delete_award: |a| format!("Delete the award “{a}”? The saved minutes keep it, but it is not printed."),
    remove_recipient: |n| format!("Take “{n}” off the list of those awarded?"),
    no_award: "No award yet; press n to add one.",
    no_recipient: "This award names nobody yet; press t or i to add one.",
    fewer_than_named: |n| format!("The total cannot be less than the {n} named."),
    nobody_present: |k| {
        format!("No unit is present yet: take the roll call first (Esc, then {k}), or mark each unit with c.")
    },
    award_exists: |a| {
        format!(
            "“{a}” is on this item's list already (the cursor is on it); to enter another decision of it, press n, then 0, and type it."
        )
    },
    bad_count: |t| format!("“{t}” is not a number (7 is one)."),
    other_body_note: |t| format!("→ not a member unit: “{t}” is written after the name"),
    delegate_example: "A title goes after a comma, e.g. Nguyễn Văn An, Deputy Director",
    delegate_known: |n, t| format!("→ the biên bản reads: {n}, {t}"),
    several_units: |names| {
        format!(
            "{} member units match: {}; type more to tell which.",
            names.len(),
            some_of(names, "and", "more")
        )
    },
    award_refused: |e| {
        use crate::awards::AwardError as E;
        match e {
            E::BlankAward | E::BlankName => "A name is needed.".into(),
            E::UnknownUnit(u) => format!("There is no member unit “{u}”."),
            E::CollectivesOnly => "This award goes to collectives only, not to persons.".into(),
            E::IndividualsOnly => "This title goes to persons only, not to collectives.".into(),
            E::AlreadyListed => "Already on this award's list; not entered again.".into(),
            E::NoSuchEntry(_) | E::NoSuchKind(_) | E::NoSuchRecipient(_) => {
                "That award is no longer there (it may have been deleted).".into()
            }
        }
    },
    chair_reason_title: |c| format!("The chair chose: {c}. Reason (required; Enter: record · Esc: cancel)"),

    not_a_vote: "The selected item holds no vote.",
    no_quorum: |p, m, n, k| {
        format!("No quorum to vote: {p}/{m} units present, at least {n} needed. Press {k} for the roll call.")
    },
    vote_refused: |e| {
        use crate::poll::VoteError as V;
        match e {
            V::NotPresent(_) => "This unit was not present when the vote opened and cannot vote.".into(),
            V::NotACandidate(_) => "That unit is not a candidate in this round.".into(),
            V::WrongKind(_) => "That choice does not belong to this vote.".into(),
            V::TooManyMarks { places } => format!(
                "Each unit chooses at most {places} candidate{}; press a chosen candidate's number again to take it back.",
                if *places == 1 { "" } else { "s" }
            ),
            V::Closed => "This round is closed; press r to reopen and correct it (with a reason).".into(),
            V::SecretBallot => "Secret ballot: enter the count instead.".into(),
        }
    },
    round_closed: |o| format!("Round closed: {o}."),
    ballot_problems: "The count does not add up (see the lines marked ✗ below); nothing recorded.",
    nothing_to_close: "No round is open.",
    chair_decided: "The chair's decision is recorded.",
    reopened: "Reopened to correct; the old figures stay in the minutes.",
    reason_needed: "A reason is required.",
    unanimous_done: |n| format!("Recorded {n} units as unanimous."),
    remaining_done: |n| format!("Recorded the vote of the {n} remaining units."),
    present_recounted: |p, m| format!("Nobody had voted yet: units present counted again, {p}/{m}."),
    absent_cannot_preside: |unit| {
        format!(
            "{unit} is recorded absent: it cannot preside over the signing. If it is here, put that right in the roll call first."
        )
    },
    not_signing_cannot_preside: |unit| {
        format!(
            "{unit} is marked as not signing the covenant: it cannot preside over the signing. If it signs, press c first."
        )
    },
    presiding_absent: |unit, u, p| {
        format!(
            "{unit} is absent but recorded as presiding over the covenant signing: choose another unit to preside ({u}, then {p})."
        )
    },
    presiding_must_sign: |unit, k| {
        format!(
            "{unit} presides over the signing: if it does not sign, choose another unit to preside ({k}) first."
        )
    },
    absent_cannot_sign: |unit| {
        format!(
            "{unit} is recorded absent in the roll call: it is not marked as signing. If it is here, put that right in the roll call first."
        )
    },
    left_cannot_vote: |unit| {
        format!(
            "{unit} was recorded absent after the vote opened: no vote is recorded for it. If that was a slip, put it right in the roll call."
        )
    },
    left_mark: "— left",
    left_not_voting: |u| format!("Left, not voting: {u}"),
    came_not_voting: |u| format!("Came after it opened, not voting: {u}"),
    left_during_vote: |unit, item| {
        format!(
            "{unit} left during the vote on item {item}: it stays in that vote's count of units present; “unanimous” (a) does not vote for it."
        )
    },
    came_during_vote: |unit, item| {
        format!("{unit} came after voting on item {item} had begun: it is not counted in that vote.")
    },
    delegate_marks_present: |reason| match reason {
        "" => "The unit is marked absent: Enter records who attends and marks it present from now.".into(),
        r => format!(
            "The unit is marked absent ({r}): Enter records who attends and marks it present from now."
        ),
    },
    delegate_of_gone_note: |reason| match reason {
        "" => "The unit has left: Enter records who attended; it stays recorded as gone.".into(),
        r => format!("The unit has left ({r}): Enter records who attended; it stays recorded as gone."),
    },
    delegate_of_gone: |unit, key| {
        format!("Recorded who attended for {unit}; the unit is still recorded as gone ({key} if it is back).")
    },
    present_with_delegate: |unit, was_absent| match was_absent {
        true => format!("{unit} is present from now (it was absent); who attends is recorded."),
        false => format!("{unit} is present; who attends is recorded."),
    },
    all_present_done: |n| match n {
        0 => "Every unit has been called already; none is left to record.".into(),
        n => format!("Recorded {n} units present."),
    },
    not_counted_in_vote: |item| {
        format!("Voting on item {item} had begun: they are not counted in that vote.")
    },
    discard_comment: "Discard the comment being written? What was typed is lost.",
    discard_comment_edit: "Discard the changes just made? The comment stays as it was.",
    discard_note: "Discard the changes to the note?",
    discard_line: "Discard what was typed in this field?",
    delete_comment: |u, t| {
        format!("Delete the comment of {u}: “{t}”? (The old text stays in the minutes' history.)")
    },
    response_title: |taken| {
        if taken {
            "Taken up: how it is taken up (optional; Enter: record · Esc: cancel)"
        } else {
            "Answered: the answer (required; Enter: record · Esc: cancel)"
        }
    },
    replace_response: |u, taken| {
        if taken {
            format!(
                "The comment of {u} is recorded as answered. Change it to taken up? (The answer is replaced.)"
            )
        } else {
            format!(
                "The comment of {u} is recorded as taken up. Change it to answered? (What was taken up is replaced.)"
            )
        }
    },
    unit_needed: "Choose the speaking unit first.",
    unit_search_pending: "The unit field still holds a search: Enter to choose a unit, or clear it to keep the one chosen.",
    empty_text: "Nothing typed here: type it, then Enter (Esc: cancel).",
    empty_comment: "The comment is empty.",
    already_current: |n| format!("Item {n} is going on now."),
    nothing_to_clear: "Nothing here to clear.",
    total_of_criteria: "The self total is the sum of the criteria typed; to give only a total, clear the criteria first.",
    comment_saved: "Comment recorded.",
    comment_deleted: "Comment deleted (the old text stays in the minutes' history).",
    responded: "Recorded.",
    over_max_question: |criterion, max, typed| {
        let limit = match criterion {
            Some(code) => format!("Criterion {code} is out of {max} points"),
            None => format!("The scale is {max} points"),
        };
        format!(
            "{limit}. Record {typed} points all the same? (A score over the maximum is noted in the minutes; no: correct it.)"
        )
    },
    empty_answer: "An answer (giải trình) needs its text: type it, or Esc to cancel.",
    note_saved: "Note recorded.",
    draft_resumed: "Resuming what was being written before the program stopped.",
    comments_title: "Comments",
    scope_item: |n, t| format!("Item {n}. {t}"),
    scope_unit: |u| format!("{u} (whole conference)"),
    no_comments: |k| format!("No comments yet. Press {k} to write one."),
    col_time: "Time",
    col_speaker: "Unit – speaker",
    col_item_speaker: "On item",
    item_short: |n| format!("Item {n}"),
    col_content: "Content",
    col_response: "Response",
    taken_up: "taken up",
    answered: "answered",
    compose_title: |n, t| format!("New comment · Item {n}. {t}"),
    edit_title: |n, t| format!("Edit comment · Item {n}. {t}"),
    label_unit: "Unit",
    label_speaker: "Speaker",
    unit_search_keys: "↑↓ to choose, Enter to take it",
    hint_next: "next",
    hint_by_item: "by item",
    unit_pending_hint: "a search, no unit taken yet",
    unit_kept_hint: "chosen; type to find another unit",
    unit_search_hint: |e| format!("type part of the name, accents or not (“{e}”); ↑↓, Enter"),
    speaker_hint: "optional; Enter: go on to the comment",
    speaker_hint_short: "Enter: go on",
    unit_recorded_absent: "this unit is recorded absent",
    no_unit_matches: "No unit matches; delete some letters or type another name.",
    label_text: "Comment",
    characters: |n| format!("{n} characters"),
    note_title: |n, t| format!("Note · Item {n}. {t}"),
    label_answer: "Answer",
    label_note: "Note",
    scoring_title: "Scoring and ranking",
    no_scale: "no scale (scores not checked against a maximum)",
    col_agreed: "Agreed",
    col_rank: "Rank",
    col_total: "Self-assessed",
    over_max: "! above the maximum",
    ranking_line: "Ranking",
    score_title: |u, f| {
        format!("{u}: {f} score (e.g. 27 or 27,5; empty to clear; Enter: record · Esc: cancel)")
    },
    bad_score: |t, too_precise| {
        if too_precise {
            format!("\"{t}\": scores are kept to one decimal only (like 27,5).")
        } else {
            format!("\"{t}\" is not a score; type it like 27 or 27,5.")
        }
    },
    covenant_title: "Covenant signing",
    no_covenant: "The conference file has no covenant contents; who signed can still be recorded.",
    presiding: |u| format!("Presiding: {u}"),
    signed_at: |t| format!("signed {t}"),
    not_signed: "not signed",
    signing_count: |s, a, d, u, m| {
        let declined = if d > 0 { format!(" · present, not signing {d}") } else { String::new() };
        let unrecorded = if u > 0 { format!(" · not signing {u}") } else { String::new() };
        format!("Signed {s}/{m} units · absent {a}{declined}{unrecorded}")
    },
    declined: "present, not signing",
    not_signing: "not signing",
    not_signing_title: |u| format!("Why {u} does not sign (Enter: record · Esc: cancel)"),
    signed_now: |n| format!("Recorded {n} present units as signing."),
    arg_bad_value: |v, a, c| format!("“{v}” is not a value of {a}; choose one of: {c}."),
    arg_no_value: |a| format!("{a} needs a value right after it."),
    arg_unknown: |w, near| match near {
        Some(n) => format!("“{w}” is not understood on the command line (did you mean {n}?)."),
        None => format!("“{w}” is not understood on the command line."),
    },
    arg_missing: |w| format!("Missing: {w}."),
    arg_twice: |a| format!("{a} may be given only once on the command line."),
    arg_takes_no_value: |a| format!("{a} takes no value."),
    arg_usage: "Usage: hoinghi --help",
    cli: CliHelp {
        about: "The secretary's program for an emulation-bloc conference: agenda, roll call, votes, minutes.",
        usage: "Usage:",
        usage_main: "hoinghi [FILE] [OPTIONS]\nhoinghi <COMMAND> [OPTIONS]",
        usage_init: "hoinghi init [PATH] [--force]",
        usage_check: "hoinghi check <FILE>",
        usage_export: "hoinghi export <MINUTES> [--format <docx|md|html>] [-o <PATH>] [--force]",
        commands: "Commands",
        arguments: "Arguments",
        options: "Options",
        help: "Print this help",
        version: "Print the version",
        file: "Conference file to open; without it, the bundled sample (Khối thi đua 1)",
        file_value: "FILE",
        lang: "Interface language: vi (Vietnamese, the default) or en (English)",
        lang_value: "vi|en",
        theme: "Colour theme: default, light, high-contrast, or a file NAME.ron in the config folder",
        theme_value: "NAME",
        minutes: "Where to keep the minutes (default: the data folder, named from the bloc and date)",
        path_value: "PATH",
        new: "Start new minutes beside any earlier ones (which are never overwritten)",
        init: "Write a commented conference template to fill in",
        init_path: "Where to write it (default: hoi-nghi.ron)",
        force: "Overwrite an existing file",
        check: "Check a conference file without opening the screen",
        check_file: "The file to check",
        export: "Export minutes as the biên bản to sign: Word (docx), Markdown (md) or HTML",
        export_minutes: "The minutes file (.ron) to export",
        minutes_value: "MINUTES",
        export_format: "Format: docx, md or html (default: from the ending of the name given with -o, else docx)",
        format_value: "docx|md|html",
        export_output: "Where to write it (default: beside the minutes, named from the bloc and date)",
    },
    held_on_another_day: |held, planned| {
        format!(
            "Note: the minutes are dated {held} by the computer's clock; the conference file says {planned}."
        )
    },
    check_ok: |bloc, items, units, minutes| {
        format!(
            "The file is valid: {bloc}, {items} agenda items, {units} member units, {minutes} minutes planned."
        )
    },
    check_unfilled: |lines| {
        let word = if lines.contains(',') { "lines" } else { "line" };
        format!(
            "Note: places left to fill in (…, or a sample name such as Nguyễn Văn A) on {word} {lines}; left as they are, the minutes will say just that."
        )
    },
    check_title_as_name: |chair, name| {
        let (who, key) = if chair { ("the chair's", "chair") } else { ("the secretary's", "secretary") };
        format!(
            "Note: {who} name \"{name}\" is an office, not a person's name, and the minutes are signed under it; write the name in {key}.name (the office in title){}.",
            if chair { ", or correct it at the roll call (key t)" } else { "" }
        )
    },
    check_date_past: |d| {
        format!("Note: the conference date {d} has passed; if it is still to come, correct the date.")
    },
    init_hint: |f| {
        format!("For a commented template conference to fill in, in this file: hoinghi init --force {f}")
    },
    check_minutes_ok: |bloc, date, f| {
        format!(
            "These are minutes (not a conference file), valid: {bloc}, conference of {date}. Resume: hoinghi {f} · Export: hoinghi export {f}"
        )
    },
    template: crate::sample::TEMPLATE_EN,
    init_written: |p| format!("Wrote a conference template to {p}. Edit it, then run: hoinghi check {p}"),
    init_exists: |p| {
        format!("{p} exists already and was not overwritten. Choose another name or add --force.")
    },
    write_failed: |p, r| format!("Could not write {p}: {r}."),
    terminal_failed: |r| format!("Terminal error: {r}."),
    not_a_terminal: "hoinghi runs in a terminal window: its input or output is a file or a pipe. To check a conference file without the screen, use: hoinghi check FILE.",
    file_error,
    export_written: |p| format!("Exported the minutes: {p}"),
    export_exists: |p| {
        format!("{p} exists already and was not overwritten. Choose another name with -o, or add --force.")
    },
    export_unknown_extension: |p, e| {
        format!(
            "The name {p} ends in .{e}, which is not a format written: end it in .docx (Word), .md or .html, or choose one with --format."
        )
    },
    export_format_mismatch: |p, f| {
        format!(
            "{p} is not named as a .{f} file, which --format asks for: name it .{f}, or leave out --format to export in the format its name says."
        )
    },
    export_failed: |p, r| format!("Could not export the minutes to {p}: {r}."),
    overwrite_export: |p| format!("There is already a file {p}.\nOverwrite it with the new minutes?"),
    export_needs_minutes: |p| {
        format!(
            "{p} is a conference file, not minutes; open it with hoinghi to record the minutes, then export those."
        )
    },
};

/// A vote opened on the wrong row: what it is called, and how it is taken back while nothing
/// is in it (for a secret ballot, no figure typed).
fn withdraw(secret: bool) -> (&'static str, &'static str) {
    match secret {
        false => ("this vote", "Esc before any vote withdraws it"),
        true => ("this ballot", "Esc before any figure is typed withdraws it"),
    }
}

/// A stretch of minutes: "45 min", "2 h", "14 h 17 min".
fn hours_minutes(m: i64) -> String {
    match (m / 60, m % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

fn base(b: Base) -> &'static str {
    match b {
        Base::AllMembers => "all member units",
        Base::Present => "the member units present",
        Base::Issued => "the ballots issued",
        Base::Returned => "the ballots returned",
        Base::Valid => "the valid ballots",
    }
}

fn fraction(t: Threshold) -> String {
    match t.fraction() {
        (n, 100) => format!("{n}%"),
        (n, d) => format!("{n}/{d}"),
    }
}

fn threshold(t: Threshold) -> String {
    let how = match t {
        Threshold::MoreThan(..) => "more than",
        Threshold::AtLeast(..) => "at least",
    };
    format!("{how} {}", fraction(t))
}

fn pass_rule(t: Threshold, b: Base) -> String {
    format!("{} of {}", threshold(t), base(b))
}

fn file_error(e: &FileError) -> String {
    let at = if e.line > 0 {
        format!("{}, line {}, column {}", e.file.display(), e.line, e.column)
    } else {
        e.file.display().to_string()
    };
    format!("{at}: {}", problem(&e.problem))
}

fn problem(p: &Problem) -> String {
    match p {
        Problem::Unreadable(r) => format!("the file cannot be read ({r})."),
        Problem::Missing => "there is no such file; check the name and the folder.".into(),
        Problem::IsFolder => "this is a folder, not a file; name a file in it.".into(),
        Problem::EmptyFile => "the file is empty.".into(),
        Problem::NotUtf8 => "the file is not Unicode (UTF-8) text, perhaps typed in an older Vietnamese code page such as TCVN3, VNI or Windows-1258; save it again as UTF-8.".into(),
        Problem::Utf16 => "the file is saved as UTF-16 (which Notepad calls “Unicode”), not UTF-8; save it again as UTF-8.".into(),
        Problem::NotText(kind) => format!(
            "this is {}, not a .ron text file; choose the right .ron file.",
            match kind {
                NotText::Zip => "a Word document (.docx) or a zip archive",
                NotText::Pdf => "a PDF file",
                NotText::OldOffice => "an old-style Word or Excel document (.doc, .xls)",
                NotText::Binary => "a binary data file",
            }
        ),
        Problem::Syntax(e) => syntax(e),
        Problem::NewerVersion { found, supported } => format!(
            "the file has format_version {found}, written by a newer hoinghi; this version reads up to {supported}. Please update hoinghi."
        ),
        Problem::BadVersion(v) => format!("format_version {v} does not exist; write format_version: 1."),
        Problem::BadDate(t) => format!(
            "the date \"{t}\" does not exist or is badly written; write it like \"2024-01-16\" or \"16/01/2024\", the year in four digits."
        ),
        Problem::BadTime(t) => {
            format!("the time \"{t}\" is not valid; write it like \"08:00\" or \"14:30\".")
        }
        Problem::BadColour(t) => format!(
            "the colour \"{t}\" is not valid; use a colour name (\"yellow\", \"dark gray\"), \"#rrggbb\" or a number 0–255."
        ),
        Problem::Empty(field) => format!("{field} must not be empty; fill it in."),
        Problem::NoUnits => "there are no member units; declare at least one in units.".into(),
        Problem::BadUnitId(id) => format!(
            "the unit id \"{id}\" cannot be used; an id needs at least one character, no spaces and nothing invisible, e.g. \"snv\"."
        ),
        Problem::SameUnitName { field, text, first } => {
            let what = if field == "short" { "short name" } else { "name" };
            format!(
                "this unit's {what} \"{text}\" is the same as unit \"{first}\"'s; each unit needs its own {what} (a line copied and not yet changed?)."
            )
        }
        Problem::DuplicateUnit(id) => {
            format!("the unit id \"{id}\" is used twice; give each unit its own id.")
        }
        Problem::UnknownUnit(id) => {
            format!("\"{id}\" is not the id of any member unit; use an id declared in units.")
        }
        Problem::DuplicateCandidate(id) => {
            format!("the unit \"{id}\" is listed twice as a candidate; remove one.")
        }
        Problem::EmptyAgenda => "the agenda has no items; add at least one.".into(),
        Problem::ZeroMinutes => {
            "the planned duration is 0 minutes; write a number of minutes above 0.".into()
        }
        Problem::BadThreshold(t) => {
            let (n, d) = t.fraction();
            format!(
                "the threshold {n}/{d} cannot be used; the fraction must be above 0 and at most 1 (below 1 for \"more than\"), e.g. MoreThan(1, 2) or AtLeast(2, 3)."
            )
        }
        Problem::ZeroRounds => "the most rounds is 0; write at least 1.".into(),
        Problem::VoteMissing => {
            "this vote or election item has no vote; state what is voted on, the method and the candidates."
                .into()
        }
        Problem::NoCandidates => {
            "the list of candidates is empty; write the ids of the candidate units.".into()
        }
        Problem::ElectionNeedsOffice => {
            "an election elects an office: use Office(office: …, candidates: […]) instead of Motion.".into()
        }
        Problem::BaseNeedsBallots(b) => format!(
            "a percentage of {} exists only for a secret ballot; change method to SecretBallot or base to Present.",
            base(*b)
        ),
        Problem::BadHalf(h) => {
            format!("half year {h} does not exist; write 1 (first half) or 2 (second half).")
        }
        Problem::BadYears(a, b) => format!("the period {a}–{b} starts after it ends; swap the years."),
        Problem::YearFarFromDate { year, .. } if *year < 100 => {
            format!("the year {year} is written short; write it with four digits, as {}.", 2000 + year)
        }
        Problem::YearFarFromDate { year, held } => format!(
            "the year {year} does not fit the conference's date (in {held}): the period reviewed ends in one of the years {}–{}; correct the year here or the date.",
            held - 2,
            held + 1
        ),
        Problem::TooManyMinutes(m) => {
            format!("{m} minutes (over 8 hours) is too long for one item; write its minutes, e.g. 15.")
        }
        Problem::Recipient(e) => (STRINGS.award_refused)(e),
        Problem::ZeroPlaces => {
            "places is 0: an election or nomination chooses at least 1 unit; write places: 1 or more.".into()
        }
        Problem::TooManyForHands(n) => format!(
            "a show of hands records each unit's choice with the keys 1–9, so it has at most 9 candidates (here {n}); remove some or make the method SecretBallot."
        ),
        Problem::TooManyPlaces { places, candidates } => format!(
            "places is {places} but there are only {candidates} candidates; choose no more units than there are candidates."
        ),
        Problem::HeadNeedsOffice => {
            "nominee_becomes_head is for a nomination of units (Office), not a Motion; remove it or make the subject an Office."
                .into()
        }
        Problem::SecondHeadNomination(n) => format!(
            "item {n} already sets nominee_becomes_head; only one nomination names the next Khối trưởng, remove it from one of them."
        ),
        Problem::ZeroScale => "the scale is 0; write the total maximum, e.g. 100 or 1000.".into(),
        Problem::ZeroCriterionMax => "the criterion's maximum is 0; write a number of points above 0.".into(),
        Problem::DuplicateCriterion(code) => {
            format!("the criterion code \"{code}\" is used twice; give each criterion its own code.")
        }
        Problem::ScaleNotSum { scale, sum } => format!(
            "the scale is {scale} but the criteria's maxima add up to {sum}; make them equal."
        ),
        Problem::RecordItems { record, agenda } => format!(
            "the record has {record} items but the agenda has {agenda}; the minutes file was edited or damaged."
        ),
        Problem::BadCurrent(n) => {
            format!("item {n} is marked current but does not match; the minutes file was edited or damaged.")
        }
        Problem::BadDateTime => {
            "the moment here is not valid; write it like \"2024-01-16T08:00:00\" (the date, a T, hours:minutes:seconds).".into()
        }
        Problem::PollDisagrees { item, round } => format!(
            "the figures or the result of round {round} of the vote on item {item} do not match the votes recorded; the minutes file was edited or damaged."
        ),
        Problem::BadPollItem(n) => {
            format!(
                "there is a poll on item {n}, which is not a vote; the minutes file was edited or damaged."
            )
        }
        Problem::UnknownTheme { name, known, folder } if folder.is_empty() => {
            format!("there is no theme \"{name}\"; choose one of: {}.", known.join(", "))
        }
        Problem::UnknownTheme { name, known, folder } => format!(
            "there is no theme \"{name}\" (nor a file {name}.ron in {folder}); choose one of: {}.",
            known.join(", ")
        ),
        Problem::CurlyQuote => "this is a curly quote “ ” (a word processor's); type a straight quote \" instead.".into(),
        Problem::OddSpace(c) => format!(
            "there is a special space here (U+{:04X}, which looks like a plain one); delete it and type the space again.",
            u32::from(*c)
        ),
        Problem::SameColours { role, colour } => {
            format!("{role} has the same colour for text and background ({colour}): it could not be read; change fg or bg.")
        }
        Problem::TabInText => "there is a tab inside a text (the screen shows nothing for it, paper a wide gap); replace it with a space.".into(),
        Problem::Quoted => "the value here is written without quotes (such as period: Year(2024) or kind: TongKet); see the template (hoinghi init).".into(),
        Problem::HashComment => "a comment begins with //, not #; replace # with //.".into(),
        Problem::OtherKind(e) => format!(
            "this .{e} file is likely not a conference file (a .ron text file); for a commented template: hoinghi init."
        ),
        Problem::QuotedName(t) => format!("{t} is a name of its own, written without quotes; remove the quotes: {t}."),
        Problem::NumberOutOfRange { field, typed } => {
            format!("{field} needs a whole number, 0 or more and not too large; here it is {typed}.")
        }
        Problem::QuotedNumber { field, typed } => {
            format!("a number is written without quotes: {field}: {typed}, not {field}: \"{typed}\".")
        }
        Problem::Decimal => "a whole number is needed here, without a decimal part (such as 15).".into(),
        Problem::QuoteInText => "a straight quote \" inside a text ended it; inside a text write \\\" or use “ ”.".into(),
        Problem::ThresholdForm => "a threshold is two whole numbers: MoreThan(1, 2) is more than 1/2, AtLeast(2, 3) at least 2/3, AtLeast(70, 100) at least 70 %.".into(),
    }
}

fn syntax(e: &ron::Error) -> String {
    use ron::Error as E;
    match e {
        E::Eof => "the file ends too early; a closing bracket or quote may be missing.".into(),
        E::ExpectedComma => "a comma is missing between two entries.".into(),
        E::ExpectedArray => "a list in square brackets [ … ] is needed here.".into(),
        E::ExpectedArrayEnd => "the list is not closed; a ] or a comma is missing.".into(),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
            "a group in parentheses ( … ) is needed here.".into()
        }
        E::ExpectedStructLikeEnd | E::ExpectedOptionEnd => {
            "the group is not closed; a ) or a comma is missing.".into()
        }
        E::ExpectedString => "a text in double quotes \" … \" is needed here.".into(),
        E::ExpectedStringEnd => "the text is not closed with a double quote \".".into(),
        E::ExpectedInteger => "a whole number is needed here.".into(),
        E::ExpectedBoolean => "true or false is needed here.".into(),
        E::IntegerOutOfBounds => "the number is too large, or negative where it cannot be.".into(),
        E::ExpectedIdentifier => {
            "a field name (such as title:) is needed here; a closing ) may be missing before it.".into()
        }
        E::UnexpectedChar(c) => format!("the character '{}' is out of place.", c.escape_debug()),
        E::TrailingCharacters => "there is text after the last closing bracket.".into(),
        E::ExpectedDifferentStructName { expected, found }
            if found.starts_with(|c: char| c.is_lowercase()) && !matches!(*expected, "Conference" | "ThemeFile") =>
        {
            format!("the list above is not closed; a ] is missing before \"{found}\".")
        }
        E::SuggestRawIdentifier(found) | E::InvalidIdentifier(found) => format!(
            "a name written in letters is needed here (such as TongKet, Year(2024), ShowOfHands), not \"{found}\"; see the template (hoinghi init)."
        ),
        E::ExpectedDifferentStructName { expected, found } => match *expected {
            "Conference" | "ThemeFile" => {
                format!(
                    "{expected}( … ) is expected here, but \"{found}\" was found; is this the right file?"
                )
            }
            _ => format!("{expected}( … ) is expected here, but \"{found}\" was found."),
        },
        E::UnclosedBlockComment => "a /* … */ comment is not closed.".into(),
        E::NoSuchStructField { expected, found, outer } => format!(
            "there is no field \"{found}\"{}; the fields are: {}.",
            outer.as_deref().map(|o| format!(" in {}", outer_name(o))).unwrap_or_default(),
            expected.join(", ")
        ),
        E::MissingStructField { field, outer } => format!(
            "the field \"{field}\" is missing{}; add {field}: ….",
            outer.as_deref().map(|o| format!(" in {}", outer_name(o))).unwrap_or_default()
        ),
        E::DuplicateStructField { field, .. } => format!("the field \"{field}\" is given twice; remove one."),
        E::NoSuchEnumVariant { expected, found, .. } => {
            format!("\"{found}\" is not a valid value; use one of: {}.", expected.join(", "))
        }
        E::InvalidValueForType { expected, found } => format!("expected {expected} but found {found}."),
        E::ExpectedDifferentLength { expected, found } => {
            format!("expected {expected} but found {found} elements.")
        }
        E::ExpectedMapColon => "a colon : is missing after the field's name (write location: \"…\").".into(),
        E::InvalidEscape(_) => "a \\ in a text must come with a letter such as \\n or \\\"; to write the \\ itself type \\\\ (or use /).".into(),
        E::ExpectedMap | E::ExpectedMapEnd => "a group in braces { … } is expected here, or it is not closed.".into(),
        E::ExpectedOption | E::ExpectedUnit | E::ExpectedChar | E::ExpectedFloat => {
            "the value here is not of the right kind; see the template (hoinghi init).".into()
        }
        E::InvalidIntegerDigit { .. } | E::UnderscoreAtBeginning => "the number here is not written right; use only the digits 0–9.".into(),
        E::UnclosedLineComment => "the // comment at the end of the file has no line end; add an empty line at the end.".into(),
        other => format!("syntax error ({other})."),
    }
}

/// Where a field belongs, as the file's writer knows it (ron names the Rust type).
fn outer_name(rust_type: &str) -> &str {
    match rust_type {
        "Conference" => "the conference file",
        "Bloc" => "bloc",
        "Person" => "a person (chair, secretary or presenter)",
        "Unit" => "a unit of units",
        "Delegate" => "a delegate of delegates",
        "Guest" => "a guest of guests",
        "AgendaItem" => "an item of agenda",
        "VoteSpec" => "vote",
        "Rules" | "RulesPatch" => "rules",
        "Scoring" => "scoring",
        "Criterion" => "a criterion of criteria",
        "AwardKind" => "an award of awards",
        "Covenant" => "covenant",
        "StyleDef" => "a style",
        "ThemeFile" => "the theme file",
        "Minutes" => "the minutes file",
        other => other,
    }
}

fn ballot_problem(e: &crate::poll::BallotError, choice: &str) -> String {
    use crate::poll::BallotError as B;
    match e {
        B::InvalidPlusValidNotReturned { valid, invalid, returned } => {
            format!("valid + invalid ({valid} + {invalid}) must equal the ballots returned ({returned})")
        }
        B::ReturnedAboveIssued { returned, issued } => {
            format!("ballots returned ({returned}) exceed ballots issued ({issued})")
        }
        B::IssuedAbovePresent { issued, present } => {
            format!("ballots issued ({issued}) exceed the units present ({present})")
        }
        B::ChoiceAboveValid { votes, valid, .. } => {
            format!("the votes for {choice} ({votes}) exceed the valid ballots ({valid})")
        }
        B::SumAboveValid { sum, valid, places: 1 } => {
            format!("the votes together ({sum}) exceed the valid ballots ({valid})")
        }
        B::SumAboveValid { sum, valid, places } => format!(
            "each ballot marks up to {places} units (a blank one counts {places}): the total ({sum}) exceeds {places} × {valid} valid ballots = {}",
            u64::from(*places) * u64::from(*valid)
        ),
        B::UnknownChoice(_) => format!("{choice} is not in this round"),
        B::MotionLinesNotValid { sum, valid } => {
            format!("for, against and abstaining together ({sum}) must be the valid ballots ({valid})")
        }
        B::NoneIssued => "0 ballots issued: a secret ballot needs ballots issued".into(),
        B::ShowOfHands => "this is a show of hands".into(),
        B::Closed => "the round is closed".into(),
    }
}
