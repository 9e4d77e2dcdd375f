//! Every sentence and label the program shows, one table per language.
//!
//! `Strings` is a struct with one field per string, so a language that misses one does not
//! compile. Phrases that take values are `fn` fields. Views and the command line read from
//! here; no interface text is written anywhere else. Conference content (unit names, titles)
//! is the user's and is never translated.

mod en;
mod vi;

use chrono::{NaiveDate, NaiveDateTime};

use crate::conference::{Base, ConferenceKind, ItemKind, Method, Period, Threshold};
use crate::ronfile::FileError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Lang {
    /// Tiếng Việt
    #[default]
    Vi,
    /// English
    En,
}

impl Lang {
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Vi => &vi::STRINGS,
            Lang::En => &en::STRINGS,
        }
    }
}

/// The state of an agenda item as the screen names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StateLabel {
    Pending,
    Current,
    Done,
    Skipped,
    /// Not held yet, and its vote is over (brought forward).
    Voted,
}

pub struct Strings {
    // Header and agenda.
    pub conference_kind: fn(ConferenceKind) -> &'static str,
    pub period: fn(Period) -> String,
    /// The kind of conference and its period together, as the header writes them.
    pub kind_and_period: fn(kind: &str, period: &str) -> String,
    /// The kind of conference in a word or two, for a header short of room ("Tổng kết").
    pub kind_short: fn(ConferenceKind) -> &'static str,
    /// "Thứ Ba, 16/01/2024".
    pub date_long: fn(NaiveDate) -> String,
    pub agenda_title: &'static str,
    pub col_number: &'static str,
    pub col_item: &'static str,
    pub col_presenter: &'static str,
    pub col_planned: &'static str,
    pub col_actual: &'static str,
    /// The agenda's column of each item's state, when there is room for it.
    pub col_state: &'static str,
    pub state: fn(StateLabel) -> &'static str,
    pub item_kind: fn(ItemKind) -> &'static str,
    pub presenter_chair: &'static str,
    /// "30 phút".
    pub minutes: fn(i64) -> String,
    /// An item done in under half a minute.
    pub under_a_minute: &'static str,
    /// "88,23" in Vietnamese, "88.23" in English.
    pub decimal_separator: char,

    // The current item.
    pub current_title: &'static str,
    pub selected_title: &'static str,
    pub label_presenter: &'static str,
    pub label_kind: &'static str,
    pub label_planned: &'static str,
    pub label_elapsed: &'static str,
    /// How long a finished item took.
    pub label_actual: &'static str,
    pub label_threshold: &'static str,
    pub label_remaining: &'static str,
    pub label_overrun: &'static str,
    pub label_started: &'static str,
    pub label_ended: &'static str,
    pub label_chair: &'static str,
    pub label_location: &'static str,
    pub not_started: fn(key: &str) -> String,
    pub finished_at: fn(time: &str) -> String,
    pub item_not_reached: &'static str,

    // The vote an item holds (details come with the voting screens).
    pub method: fn(Method) -> &'static str,
    pub candidates: &'static str,
    pub motion: &'static str,
    pub pass_rule: fn(Threshold, Base) -> String,
    /// "quá 1/2", "từ 2/3 trở lên".
    pub threshold: fn(Threshold) -> String,

    // Expected end.
    pub expected_end: &'static str,
    /// Once the conference has ended: when.
    pub ended_at: &'static str,
    pub planned_end: &'static str,
    pub behind: fn(minutes: i64) -> String,
    /// The clock shows another day than the conference's, before it begins.
    pub clock_date: fn(today: &str) -> String,
    pub ahead: fn(minutes: i64) -> String,
    pub on_plan: &'static str,

    // Keys, hints, help, dialogs.
    pub key_names: KeyNames,
    pub command: fn(crate::keys::Command) -> &'static str,
    /// A shorter label for the footer, where one reads better there.
    pub hint: fn(crate::keys::Command) -> Option<&'static str>,
    pub context: fn(crate::keys::Context) -> &'static str,
    /// What an editing key of a text field does, as the help says it.
    pub edit: fn(crate::keys::Edit) -> &'static str,
    pub help_title: &'static str,
    pub help_close: &'static str,
    pub quit_question: &'static str,
    pub too_small: fn(width: u16, height: u16, min_w: u16, min_h: u16) -> String,
    pub unknown_key: fn(key: &str, help_key: &str) -> String,
    pub first_item: &'static str,
    /// n after the last item: back to item `n`, not held yet.
    pub back_to_not_held: fn(n: usize) -> String,
    pub skipped_item: fn(number: usize) -> String,
    pub unskipped_item: fn(number: usize) -> String,
    pub cannot_skip_done: &'static str,
    pub cannot_skip_voted: fn(item: usize) -> String,
    /// The item panel's line for a vote still open: on another item (1-based) or this one, its
    /// round, whether a secret ballot, the key that goes back to it.
    pub vote_open: fn(item: Option<usize>, round: u32, secret: bool, key: &str) -> String,
    /// The same for a vote tied in its last round, waiting for the chair's choice.
    pub vote_awaits_chair: fn(item: Option<usize>, key: &str) -> String,

    // Minutes on disk.
    /// `ended`: when the conference ended, if it has (its end becomes the adoption's time).
    pub adopt_question: fn(time: &str, ended: Option<&str>) -> String,
    /// Asked before n, p, Enter or s moves the agenda of adopted minutes; `item` is the item
    /// it goes to or skips (1-based; none: it ends the conference again), `skipped` whether
    /// that one is marked skipped.
    /// `reopens`: the conference has ended and the move opens an item again.
    pub move_adopted:
        fn(command: crate::keys::Command, item: Option<usize>, skipped: bool, reopens: bool) -> String,
    /// Asked before n, p, Enter or s begins the item that gets the conference under way with
    /// `present` of `members` member units present, fewer than the `needed` of the quorum;
    /// `uncalled`: units not yet called at the roll call.
    pub without_quorum: fn(item: usize, present: u32, members: u32, needed: u32, uncalled: usize) -> String,
    pub conference_ended: &'static str,
    /// Said before the adoption question when something is left undone (nothing if all is 0).
    pub adopt_unfinished: fn(&crate::record::Unfinished) -> String,
    pub adopted: &'static str,
    pub already_adopted: &'static str,
    pub adopted_badge: fn(time: &str) -> String,
    pub quit_unsaved: &'static str,
    pub save_as_title: &'static str,
    pub saved_at: fn(time: &str) -> String,
    pub not_saved_yet: &'static str,
    /// `here`: whether the key works on what is open (not while typing).
    pub save_failed: fn(path: &str, reason: &str, key: &str, here: bool) -> String,
    pub saved_to: fn(path: &str) -> String,
    /// Before the screen opens: go on from the backup the last run left?
    pub use_backup_question: fn(backup: &str, minutes: &str) -> String,
    pub from_backup: fn(backup: &str) -> String,
    /// `secret`: a secret ballot, where nothing in it means no figure typed, not no unit voted.
    pub vote_on_item_not_held: fn(item: usize, current: Option<usize>, secret: bool) -> String,
    pub empty_vote_withdrawn: fn(item: usize, held: bool, secret: bool) -> String,
    pub vote_on_item_done: fn(item: usize, secret: bool) -> String,
    /// The awards of an item not held opened (1-based).
    pub awards_on_item_not_held: fn(item: usize) -> String,
    /// An absence reason too long for its column, across the delegate's column too.
    pub reason_spilled: fn(reason: &str) -> String,
    /// The agenda not moved (the answer was no); the item still going on, if any.
    pub not_moved: fn(item: Option<usize>) -> String,
    pub still_not_saved: fn(path: &str) -> String,
    /// The biên bản not written, the file there kept.
    pub not_exported: fn(path: &str) -> String,
    pub nowhere_to_paste: &'static str,
    pub figure_full: fn(digits: usize) -> String,
    pub moved_older: fn(path: &str) -> String,
    pub moved_missing: fn(path: &str) -> String,
    /// After the screen closes: the command that opens minutes saved elsewhere again.
    pub resume_with: fn(command: &str) -> String,
    /// Why `w` refuses a name with another ending: the ending, the key that exports.
    pub save_as_not_ron: fn(ext: &str, key: &str) -> String,
    pub save_as_failed: fn(path: &str, reason: &str) -> String,
    pub resumed: fn(path: &str) -> String,
    pub resumed_file_changed: &'static str,
    pub conference_updated: &'static str,
    pub answer_first: fn(yes: &str, no: &str) -> String,
    pub unknown_key_in_field: fn(key: &str) -> String,
    pub vote_resumed: fn(item: usize, secret: bool) -> String,
    pub no_comment: fn(new_key: &str) -> String,
    pub no_section_item: fn(kind: crate::conference::ItemKind) -> String,
    /// Before the screen opens: minutes begun on a day neither the conference's nor today.
    pub rehearsal_question: fn(minutes: &str, begun: &str, planned: &str, new: &str) -> String,
    pub minutes_saved_in: fn(path: &str) -> String,
    pub emergency_copy: fn(path: &str) -> String,
    pub emergency_failed: fn(reason: &str) -> String,
    pub in_use: fn(path: &str) -> String,
    pub lock_failed: fn(path: &str, reason: &str) -> String,
    /// `conference`: how the command names the conference file (empty for the bundled
    /// sample); `None` when it is not known (the minutes were given directly).
    pub kept_offer: fn(path: &str, new: &str, conference: Option<&str>) -> String,
    pub start_new_question: fn(new: &str) -> String,
    pub no_data_dir: &'static str,
    /// Before the screen opens, an answer that is neither yes nor no.
    pub answer_yes_or_no: &'static str,
    pub minutes_not_ron: fn(path: &str, ext: &str) -> String,
    pub minutes_is_conference: fn(path: &str) -> String,
    pub minutes_folder_missing: fn(folder: &str) -> String,

    // Roll call.
    pub roll_call_title: &'static str,
    /// "Có mặt 5/6 · cần 4 (từ 2/3 trở lên) · Đủ túc số".
    pub quorum_line: fn(present: u32, members: u32, needed: u32, met: bool, rule: &str) -> String,
    pub col_unit: &'static str,
    pub col_presence: &'static str,
    pub col_delegate: &'static str,
    pub col_reason: &'static str,
    pub present: &'static str,
    pub absent: &'static str,
    pub not_called: &'static str,
    pub arrived: fn(time: &str) -> String,
    /// A unit back after stepping out (roll call note).
    pub back_at: fn(time: &str) -> String,
    /// The roll call's state of a unit that came and has left: "vắng từ 09:21" (15 cells at most).
    pub away_since: fn(time: &str) -> String,
    pub guests_title: &'static str,
    pub absence_reason_title: fn(unit: &str) -> String,
    pub chair_name_title: &'static str,
    /// The chair's title, asked once the name is typed.
    pub chair_role_title: fn(name: &str) -> String,
    pub chair_set: fn(name: &str) -> String,
    /// On the roll call: who chairs, and the key that changes it.
    pub chair_line: fn(who: &str, key: &str) -> String,
    pub delegate_title: fn(unit: &str) -> String,

    // Polls.
    pub round: fn(n: u32) -> String,
    /// `round`: a re-vote whose units present were taken as it began (its number).
    pub present_at_opening: fn(present: u32, members: u32, secret: bool, round: Option<u32>) -> String,
    /// What percentages are of, and its figure once known (`None`: a secret ballot's form not
    /// complete yet).
    pub base_of: fn(Base, value: Option<u32>) -> String,
    pub needed_votes: fn(n: u32) -> String,
    pub choice_for: &'static str,
    pub choice_against: &'static str,
    pub choice_abstain: &'static str,
    pub not_voted: fn(units: &str) -> String,
    pub all_voted: &'static str,
    pub if_closed_now: fn(outcome: &str) -> String,
    pub elected: fn(unit: &str) -> String,
    pub not_elected: &'static str,
    /// As `elected` and `not_elected`, for a nomination (an awards item's vote).
    pub nominated: fn(unit: &str) -> String,
    pub not_nominated: &'static str,
    pub passed: &'static str,
    pub rejected: &'static str,
    pub tie: fn(units: &[String]) -> String,
    pub round_result: fn(round: u32, outcome: &str) -> String,
    pub awaiting_chair: fn(rounds: u32, digits: &str) -> String,
    /// As `awaiting_chair` with several places left: the units marked so far.
    pub awaiting_chair_places: fn(rounds: u32, left: u32, digits: &str, chosen: &str) -> String,
    /// The facts line of a round that chooses several units.
    /// Several places: how many are chosen, and how many candidates a vote (a unit's show
    /// of hands, or a ballot) may name.
    pub places_rule: fn(places: u32, secret: bool) -> String,
    /// A re-vote of a vote of several places for the one place left.
    pub one_place_left: &'static str,
    /// A candidate already elected to `office` by another election of the conference
    /// (1-based item).
    pub elected_elsewhere: fn(unit: &str, office: &str, item: usize) -> String,
    /// What a round of several places chose.
    pub chosen_units: fn(units: &str) -> String,
    /// Places of a round that nobody filled (nobody else met the threshold).
    pub places_unfilled: fn(n: u32) -> String,
    /// The nhất trí pick with several places: the digits, and those marked so far.
    pub pick_places: fn(places: u32, options: &str, picked: &str) -> String,
    /// A digit is needed first (nhất trí, the chair's choice).
    pub pick_first: &'static str,
    pub chair_places: fn(left: u32) -> String,
    pub no_such_choice: fn(digit: u8) -> String,
    /// The chair chose nobody for the places left (others were chosen before).
    pub nobody_more: &'static str,
    /// A nomination of several places, over: every unit it chose.
    pub places_result: fn(units: &str) -> String,
    /// A nomination naming the next head (Khối trưởng or Cụm trưởng): the unit proposed.
    pub proposed_head: fn(head: &str, unit: &str) -> String,
    /// … or the units chosen first with equal votes, none proposed.
    pub head_tied: fn(head: &str, units: &str) -> String,
    pub chair_decision: fn(units: Option<&str>, reason: &str) -> String,
    pub nobody: &'static str,
    pub poll_closed_hint: &'static str,
    /// Every round the rules allow held, places still open: where the rest goes.
    pub no_more_rounds: fn(rounds: u32, note_key: &str) -> String,
    /// Each round corrected after it closed, with how many times: (round, times).
    pub corrections: fn(rounds: &[(u32, usize)]) -> String,
    pub secret_note: &'static str,
    pub issued: &'static str,
    pub returned: &'static str,
    pub valid: &'static str,
    pub invalid: &'static str,
    pub votes_for: fn(choice: &str) -> String,
    pub ballot_problem: fn(&crate::poll::BallotError, choice: &str) -> String,
    pub figures_ok: &'static str,
    /// The figures of the form not yet typed (their labels).
    pub figures_blank: fn(count: usize, first: &str) -> String,
    /// Instead of "if closed now" while the form is blank or does not add up.
    pub no_result_yet: &'static str,
    pub ballot_blank: &'static str,
    /// Closing the open round (`None`: a motion, which has one round only).
    pub close_round_question: fn(round: Option<u32>, outcome: &str) -> String,
    /// Vote again: round `round` among `candidates` for `places`.
    /// After a closing question whose result is a tie: the re-vote round it opens, or
    /// (`None`: the last round allowed) that the chair decides.
    pub tie_then: fn(next_round: Option<u32>) -> String,
    pub revote_question: fn(round: u32, candidates: &str, places: u32) -> String,
    pub revote_opened: fn(round: u32) -> String,
    /// Item `n` ended without its vote; `key` opens a vote.
    pub vote_not_held: fn(n: usize, key: &str) -> String,
    /// On a closed vote a re-vote may follow: how to open it.
    pub revote_hint: fn(round: u32) -> String,
    /// Said before closing a show of hands while units present have not voted (their names).
    pub not_voted_yet: fn(names: &str) -> String,
    /// The last row of a comment cut short in the detail pane.
    pub text_continues: &'static str,
    /// The last row of an answer cut short: the key that opens it whole.
    pub answer_continues: fn(key: &str) -> String,
    pub unanimous_question: fn(n: usize, choice: &str) -> String,
    pub pick_unanimous: fn(options: &str) -> String,
    pub reopen_title: &'static str,
    pub chair_reason_title: fn(choice: &str) -> String,

    // The covenant's contents edited on screen.
    /// `None`: a new item.
    pub covenant_item_title: fn(number: Option<usize>) -> String,
    pub remove_covenant_item: fn(number: usize, text: &str) -> String,
    /// Before changing the covenant's contents once units have signed it.
    pub edit_signed_covenant: fn(signed: u32) -> String,
    pub clear_score: fn(value: &str, column: &str, unit: &str) -> String,
    /// Moving on with the vote of `item` (1-based) open; `secret`: a secret ballot.
    pub leave_open_vote: fn(item: usize, secret: bool) -> String,
    pub presiding_now: fn(unit: &str) -> String,
    /// The contents' heading; says what Tab does from where the keys are.
    pub covenant_contents: fn(on_items: bool) -> String,

    // The awards screen.
    /// The awards screen's title; `proposed` under a bình xét (awards proposed, not given).
    pub awards_title: fn(item: usize, title: &str, proposed: bool) -> String,
    pub no_awards: &'static str,
    /// "10 tập thể và 7 cá nhân", as the reports count awards.
    pub awarded: fn(collectives: u32, individuals: u32) -> String,
    pub granted_by_label: &'static str,
    pub decision_label: &'static str,
    /// Those counted but not named: `awarded`'s words.
    pub unnamed_line: fn(counted: &str) -> String,
    pub collective_recipient: fn(name: &str) -> String,
    pub individual_recipient: fn(name: &str, unit: Option<&str>) -> String,
    pub no_recipients: &'static str,
    /// The counts by kind of the item's awards, "; "-joined.
    pub awards_of_item: fn(counts: &str) -> String,
    pub pick_award: fn(options: &str) -> String,
    /// The award's fields, one at a time; the award's name is shown under each.
    pub award_name_title: &'static str,
    pub award_name_example: &'static str,
    pub award_grantor_title: &'static str,
    pub award_decision_title: &'static str,
    /// The count asked: of collectives or of persons; `last`: Enter records (no question after).
    pub unnamed_title: fn(collectives: bool, last: bool) -> String,
    pub collective_title: &'static str,
    pub individual_name_title: &'static str,
    pub individual_unit_title: fn(name: &str) -> String,
    /// Under a recipient's field: what the text is taken for.
    pub member_unit_note: fn(name: &str) -> String,
    pub other_collective_note: &'static str,
    pub unit_blank_note: &'static str,
    pub delete_award: fn(award: &str) -> String,
    pub remove_recipient: fn(name: &str) -> String,
    pub no_award: &'static str,
    pub no_recipient: &'static str,
    pub fewer_than_named: fn(named: u32) -> String,
    pub nobody_present: fn(roll_call_key: &str) -> String,
    pub award_exists: fn(award: &str) -> String,
    pub bad_count: fn(text: &str) -> String,
    pub other_body_note: fn(text: &str) -> String,
    /// The member units a typed text finds, best first (two or more).
    pub several_units: fn(names: &[&str]) -> String,
    /// Under the field naming who attends for a unit: how to give a title.
    pub delegate_example: &'static str,
    /// Under it, for a delegate the conference file names with a title: as the biên bản will.
    pub delegate_known: fn(name: &str, title: &str) -> String,
    pub award_refused: fn(&crate::awards::AwardError) -> String,

    // Poll notices.
    pub not_a_vote: &'static str,
    pub no_quorum: fn(present: u32, members: u32, needed: u32, key: &str) -> String,
    pub vote_refused: fn(&crate::poll::VoteError) -> String,
    pub round_closed: fn(outcome: &str) -> String,
    pub ballot_problems: &'static str,
    pub nothing_to_close: &'static str,
    pub chair_decided: &'static str,
    pub reopened: &'static str,
    pub reason_needed: &'static str,
    pub unanimous_done: fn(n: u32) -> String,
    pub remaining_done: fn(n: u32) -> String,
    pub present_recounted: fn(present: u32, members: u32) -> String,
    pub all_present_done: fn(n: u32) -> String,
    pub not_counted_in_vote: fn(item: usize) -> String,
    pub came_during_vote: fn(unit: &str, item: usize) -> String,
    /// Under the delegate's field of a unit marked absent (with its reason, maybe empty).
    pub delegate_marks_present: fn(reason: &str) -> String,
    pub present_with_delegate: fn(unit: &str, was_absent: bool) -> String,
    /// The delegate of a unit that has left named; `key` marks it present again.
    pub delegate_of_gone: fn(unit: &str, key: &str) -> String,
    /// The delegate field of a unit that has left (the reason it left).
    pub delegate_of_gone_note: fn(reason: &str) -> String,
    pub left_during_vote: fn(unit: &str, item: usize) -> String,
    pub left_cannot_vote: fn(unit: &str) -> String,
    pub absent_cannot_sign: fn(unit: &str) -> String,
    pub absent_cannot_preside: fn(unit: &str) -> String,
    pub not_signing_cannot_preside: fn(unit: &str) -> String,
    pub presiding_must_sign: fn(unit: &str, key: &str) -> String,
    pub presiding_absent: fn(unit: &str, covenant_key: &str, preside_key: &str) -> String,
    /// Under the tally: the units without a vote that have left since it opened.
    pub left_not_voting: fn(units: &str) -> String,
    /// Under the tally: the units that came after the vote opened (not part of it).
    pub came_not_voting: fn(units: &str) -> String,
    /// Beside a unit without a vote that has left since the vote opened.
    pub left_mark: &'static str,
    /// Why a file could not be written, in a few words.
    pub io_reason: fn(&std::io::Error) -> String,
    pub in_use_short: &'static str,

    // Comments and notes.
    pub discard_comment: &'static str,
    pub discard_comment_edit: &'static str,
    pub discard_note: &'static str,
    pub discard_line: &'static str,
    pub delete_comment: fn(unit: &str, text: &str) -> String,
    pub response_title: fn(taken_up: bool) -> &'static str,
    /// Asked before a comment's tiếp thu becomes a giải trình, or the other way.
    pub replace_response: fn(unit: &str, to_taken_up: bool) -> String,
    pub unit_needed: &'static str,
    pub unit_search_pending: &'static str,
    /// A field left blank where something must be typed (a name, an item).
    pub empty_text: &'static str,
    pub empty_comment: &'static str,
    pub already_current: fn(item: usize) -> String,
    pub nothing_to_clear: &'static str,
    pub total_of_criteria: &'static str,
    pub comment_saved: &'static str,
    pub comment_deleted: &'static str,
    pub responded: &'static str,
    /// Asked before a score above its cell's maximum is recorded: the criterion (none: the
    /// total or the agreed score, against the scale), the maximum, the score typed.
    pub over_max_question: fn(criterion: Option<&str>, max: u32, typed: &str) -> String,
    /// A giải trình cannot be left empty (a tiếp thu can).
    pub empty_answer: &'static str,
    pub note_saved: &'static str,
    pub draft_resumed: &'static str,
    pub comments_title: &'static str,
    pub scope_item: fn(n: usize, title: &str) -> String,
    pub scope_unit: fn(unit: &str) -> String,
    pub no_comments: fn(key: &str) -> String,
    pub col_time: &'static str,
    pub col_speaker: &'static str,
    /// The same column in a unit's comments across the conference.
    pub col_item_speaker: &'static str,
    /// "Nội dung 3": an agenda item, in a narrow column.
    pub item_short: fn(usize) -> String,
    pub col_content: &'static str,
    pub col_response: &'static str,
    pub taken_up: &'static str,
    pub answered: &'static str,
    pub compose_title: fn(n: usize, title: &str) -> String,
    pub edit_title: fn(n: usize, title: &str) -> String,
    pub label_unit: &'static str,
    pub label_speaker: &'static str,
    /// The search's hint, with an example from this conference (a unit's name without accents).
    pub unit_search_hint: fn(example: &str) -> String,
    /// The picker's keys, once something is typed.
    pub unit_search_keys: &'static str,
    /// The footer's word for Enter in a field that leads on to another one.
    pub hint_next: &'static str,
    /// The footer's u in one unit's comments: back to the item's.
    pub hint_by_item: &'static str,
    /// Beside a search typed in the unit field and left unfinished.
    pub unit_pending_hint: &'static str,
    /// Back in the unit field with a unit chosen and nothing typed.
    pub unit_kept_hint: &'static str,
    pub speaker_hint: &'static str,
    /// The same, where a long name leaves no room.
    pub speaker_hint_short: &'static str,
    pub unit_recorded_absent: &'static str,
    /// Under the unit field when nothing matches what was typed.
    pub no_unit_matches: &'static str,
    pub label_text: &'static str,
    pub characters: fn(n: usize) -> String,
    pub note_title: fn(n: usize, title: &str) -> String,
    pub label_answer: &'static str,
    pub label_note: &'static str,

    // Scoring and the covenant.
    pub scoring_title: &'static str,
    /// Beside the title when the conference file has no scoring table: nothing is checked
    /// against a maximum.
    pub no_scale: &'static str,
    pub col_agreed: &'static str,
    pub col_rank: &'static str,
    pub col_total: &'static str,
    pub over_max: &'static str,
    pub ranking_line: &'static str,
    pub score_title: fn(unit: &str, field: &str) -> String,
    /// A score that cannot be recorded; `too_precise`: a number, with more than one decimal.
    pub bad_score: fn(text: &str, too_precise: bool) -> String,
    pub covenant_title: &'static str,
    pub no_covenant: &'static str,
    pub presiding: fn(unit: &str) -> String,
    pub signed_at: fn(time: &str) -> String,
    pub not_signed: &'static str,
    /// Signed, absent, present but not signing, and not signing without a roll call (the last
    /// two said only when some are).
    pub signing_count:
        fn(signed: usize, absent: usize, declined: usize, unrecorded: usize, members: usize) -> String,
    /// A present unit marked as not signing the covenant.
    pub declined: &'static str,
    /// A unit marked as not signing that the roll call never called.
    pub not_signing: &'static str,
    pub not_signing_title: fn(unit: &str) -> String,
    pub signed_now: fn(n: u32) -> String,

    // Command line.
    /// A value not among the choices: the value, the option, the choices joined by commas.
    pub arg_bad_value: fn(value: &str, arg: &str, choices: &str) -> String,
    pub arg_no_value: fn(arg: &str) -> String,
    /// A word that is neither an option nor a file in its place (and the nearest one, if any).
    pub arg_unknown: fn(word: &str, suggested: Option<&str>) -> String,
    pub arg_missing: fn(what: &str) -> String,
    /// An option given twice.
    pub arg_twice: fn(arg: &str) -> String,
    /// An option given a value it does not take (`--help=x`).
    pub arg_takes_no_value: fn(arg: &str) -> String,
    /// After any of the four.
    pub arg_usage: &'static str,
    /// `hoinghi --help` and each command's.
    pub cli: CliHelp,
    /// After an export: the conference was held on another day than its file plans.
    pub held_on_another_day: fn(held: &str, planned: &str) -> String,
    pub check_ok: fn(bloc: &str, items: usize, units: usize, minutes: u32) -> String,
    /// Lines that still hold the template's "…" (a place left to fill in), joined by commas.
    pub check_unfilled: fn(lines: &str) -> String,
    /// The chair (`true`) or the secretary named by an office ("Giám đốc Sở …"): the biên
    /// bản is signed under the name.
    pub check_title_as_name: fn(chair: bool, name: &str) -> String,
    pub check_date_past: fn(date: &str) -> String,
    /// After "the file is empty": how to get a template to fill in it (the file as typed).
    pub init_hint: fn(file: &str) -> String,
    /// `check` given minutes instead of a conference: they are valid, and how to use them.
    pub check_minutes_ok: fn(bloc: &str, date: &str, file: &str) -> String,
    pub init_written: fn(path: &str) -> String,
    /// The conference file `init` writes: the same values, comments in this language.
    pub template: &'static str,
    pub init_exists: fn(path: &str) -> String,
    pub write_failed: fn(path: &str, reason: &str) -> String,
    pub terminal_failed: fn(reason: &str) -> String,
    /// Run with its input or output not a terminal (a pipe, a file).
    pub not_a_terminal: &'static str,
    pub file_error: fn(&FileError) -> String,
    pub export_written: fn(path: &str) -> String,
    pub export_exists: fn(path: &str) -> String,
    /// -o names a file of one format, --format asks for another (`format`: its extension).
    pub export_unknown_extension: fn(path: &str, extension: &str) -> String,
    pub export_format_mismatch: fn(path: &str, format: &str) -> String,
    pub export_failed: fn(path: &str, reason: &str) -> String,
    pub export_needs_minutes: fn(path: &str) -> String,
    pub overwrite_export: fn(path: &str) -> String,
}

/// Names of special keys as the help and hints print them.
pub struct KeyNames {
    pub enter: &'static str,
    pub esc: &'static str,
    pub left: &'static str,
    pub right: &'static str,
    pub up: &'static str,
    pub down: &'static str,
    pub home: &'static str,
    pub end: &'static str,
    pub page_up: &'static str,
    pub page_down: &'static str,
    pub tab: &'static str,
    pub backspace: &'static str,
    pub space: &'static str,
    pub ctrl: &'static str,
    /// The letters a question's yes and no are shown with (both languages' letters work):
    /// "ck" (có, không), "yn".
    pub answers: &'static str,
}

/// Agenda items (0-based) as the secretary numbers them, "6, 7, 8": the first eight and "…"
/// when there are ten or more (a ninth number takes no more room than the "…" would).
pub fn item_numbers(items: &[usize]) -> String {
    const SHOWN: usize = 8;
    let cut = items.len() > SHOWN + 1;
    let mut shown: Vec<String> =
        items.iter().take(if cut { SHOWN } else { SHOWN + 1 }).map(|i| (i + 1).to_string()).collect();
    if cut {
        shown.push("…".into());
    }
    shown.join(", ")
}

/// "A, B và C": names listed with `and` before the last.
pub fn joined(names: &[String], and: &str) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
    }
}

/// Names as a notice lists them: four at most, then how many `others` there are ("A, B, C,
/// D và 2 đơn vị khác"); up to four, "A, B và C".
pub fn some_of(names: &[&str], and: &str, others: &str) -> String {
    const SHOWN: usize = 4;
    let shown: Vec<String> = names.iter().take(SHOWN).map(|n| n.to_string()).collect();
    match names.len().checked_sub(SHOWN) {
        Some(more) if more > 0 => format!("{} {and} {more} {others}", shown.join(", ")),
        _ => joined(&shown, and),
    }
}

/// The first letter in capitals, for a phrase that begins a sentence or a line ("thông qua" →
/// "Thông qua", "taken up" → "Taken up").
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "16/01/2024" — the same in both languages, as Vietnamese offices write dates.
pub fn date_short(date: NaiveDate) -> String {
    date.format("%d/%m/%Y").to_string()
}

pub fn clock(t: NaiveDateTime) -> String {
    t.format("%H:%M:%S").to_string()
}

pub fn hhmm(t: NaiveDateTime) -> String {
    t.format("%H:%M").to_string()
}

/// A duration in seconds as a timer shows it: "7:05", "1:02:03"; negative with a minus.
pub fn timer(seconds: i64) -> String {
    let sign = if seconds < 0 { "-" } else { "" };
    let s = seconds.unsigned_abs();
    let (h, m, s) = (s / 3600, (s / 60) % 60, s % 60);
    if h > 0 { format!("{sign}{h}:{m:02}:{s:02}") } else { format!("{sign}{m}:{s:02}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notice_names_four_units_at_most() {
        let names = ["A", "B", "C", "D", "E", "F"];
        let listed = |n: usize| some_of(&names[..n], "và", "đơn vị khác");
        assert_eq!(listed(2), "A và B");
        assert_eq!(listed(4), "A, B, C và D");
        assert_eq!(listed(5), "A, B, C, D và 1 đơn vị khác");
        assert_eq!(listed(6), "A, B, C, D và 2 đơn vị khác");
        let en = Lang::En.strings();
        assert_eq!(
            (en.several_units)(&names[..3]),
            "3 member units match: A, B and C; type more to tell which."
        );
    }

    /// With several places the limit is that many times the valid ballots, and said so (it
    /// said "more than the valid ballots (6)" of 13 marks on 6 ballots of 2).
    #[test]
    fn the_marks_over_the_limit_name_the_limit() {
        use crate::poll::BallotError;
        let vi = Lang::Vi.strings();
        let two = BallotError::SumAboveValid { sum: 13, valid: 6, places: 2 };
        assert_eq!(
            (vi.ballot_problem)(&two, ""),
            "mỗi phiếu chọn tối đa 2 đơn vị (phiếu không chọn ai tính 2): tổng (13) nhiều hơn 2 × 6 phiếu hợp lệ = 12"
        );
        let one = BallotError::SumAboveValid { sum: 7, valid: 6, places: 1 };
        assert_eq!(
            (vi.ballot_problem)(&one, ""),
            "tổng số phiếu các lựa chọn (7) nhiều hơn số phiếu hợp lệ (6)"
        );
    }

    #[test]
    fn one_unit_is_not_units() {
        let en = Lang::En.strings();
        assert!(
            (en.edit_signed_covenant)(1).starts_with("1 unit has signed"),
            "{}",
            (en.edit_signed_covenant)(1)
        );
        assert!((en.edit_signed_covenant)(4).starts_with("4 units have signed"));
    }

    #[test]
    fn a_phrase_begins_with_a_capital() {
        assert_eq!(capitalise("đang biểu quyết"), "Đang biểu quyết");
        assert_eq!(capitalise("tiếp thu"), "Tiếp thu");
        assert_eq!(capitalise(""), "");
    }

    #[test]
    fn timers_read_as_clocks() {
        assert_eq!(timer(0), "0:00");
        assert_eq!(timer(425), "7:05");
        assert_eq!(timer(3723), "1:02:03");
        assert_eq!(timer(-61), "-1:01");
    }

    #[test]
    fn both_languages_name_every_item_kind() {
        for lang in [Lang::Vi, Lang::En] {
            let s = lang.strings();
            for kind in ItemKind::ALL {
                assert!(!(s.item_kind)(kind).is_empty());
            }
        }
        assert_eq!((Lang::Vi.strings().item_kind)(ItemKind::Election), "Bầu cử");
    }

    #[test]
    fn vietnamese_weekdays_and_periods() {
        let vi = Lang::Vi.strings();
        let d = NaiveDate::from_ymd_opt(2024, 1, 16).expect("valid date");
        assert_eq!((vi.date_long)(d), "Thứ Ba, 16/01/2024");
        assert_eq!((vi.period)(Period::HalfYear(2024, 1)), "6 tháng đầu năm 2024");
        assert_eq!((vi.period)(Period::Years(2015, 2020)), "giai đoạn 2015–2020");
        let en = Lang::En.strings();
        assert_eq!((en.date_long)(d), "Tuesday, 16/01/2024");
    }

    #[test]
    fn a_long_delay_is_said_in_hours_and_minutes() {
        let (vi, en) = (Lang::Vi.strings(), Lang::En.strings());
        assert_eq!((vi.behind)(45), "chậm 45 phút");
        assert_eq!((vi.behind)(857), "chậm 14 giờ 17 phút", "a trial read 857 phút");
        assert_eq!((vi.ahead)(120), "sớm 2 giờ");
        assert_eq!((en.behind)(61), "1 h 1 min behind");
        assert_eq!((en.ahead)(5), "5 min ahead");
    }

    #[test]
    fn item_numbers_are_listed_then_cut() {
        assert_eq!(item_numbers(&[2]), "3");
        assert_eq!(item_numbers(&[4, 5, 6]), "5, 6, 7");
        assert_eq!(item_numbers(&(0..20).collect::<Vec<_>>()), "1, 2, 3, 4, 5, 6, 7, 8, …");
        assert_eq!(item_numbers(&(0..10).collect::<Vec<_>>()), "1, 2, 3, 4, 5, 6, 7, 8, …");
        assert_eq!(item_numbers(&(2..11).collect::<Vec<_>>()), "3, 4, 5, 6, 7, 8, 9, 10, 11", "nine: all");
    }

    #[test]
    fn what_adopting_leaves_undone_is_said_only_when_there_is_some() {
        use crate::record::Unfinished;
        let all = Unfinished {
            uncalled: 1,
            not_held: vec![5, 6, 7, 8, 9, 10, 11],
            votes_not_held: vec![2],
            open_polls: vec![3, 6],
            scores_not_recorded: Some(3),
            unscored: None,
            signing_not_recorded: None,
            unsigned: None,
            unanswered: vec![4, 4, 9],
        };
        let unsigned = Unfinished { unsigned: Some((9, 1)), ..Unfinished::default() };
        assert_eq!(
            (Lang::Vi.strings().adopt_unfinished)(&unsigned),
            "Còn 1 đơn vị chưa ghi ký hay không ký giao ước (nội dung 10). "
        );
        assert_eq!(
            (Lang::En.strings().adopt_unfinished)(&unsigned),
            "Still open: 1 unit not marked at the covenant signing (item 10). "
        );
        let unscored = Unfinished { unscored: Some((3, 2)), ..Unfinished::default() };
        assert_eq!(
            (Lang::Vi.strings().adopt_unfinished)(&unscored),
            "Còn 2 đơn vị chưa có điểm (nội dung 4). "
        );
        assert_eq!(
            (Lang::En.strings().adopt_unfinished)(&unscored),
            "Still open: 2 units without a score (item 4). "
        );
        let one = Unfinished { not_held: vec![11], ..Unfinished::default() };
        let vi = Lang::Vi.strings();
        assert_eq!(
            (vi.adopt_unfinished)(&all),
            "Còn 1 đơn vị chưa điểm danh; 7 nội dung chưa thực hiện (6, 7, 8, 9, 10, 11, 12); 1 biểu quyết chưa tiến hành (nội dung 3); 2 biểu quyết chưa kết thúc (nội dung 4, 7); chưa ghi kết quả chấm điểm, xếp hạng (nội dung 4); 3 ý kiến chưa ghi tiếp thu hoặc giải trình (nội dung 5, 10). "
        );
        assert_eq!((vi.adopt_unfinished)(&Unfinished::default()), "");
        let en = Lang::En.strings();
        assert_eq!(
            (en.adopt_unfinished)(&all),
            "Still open: 1 unit not called; 7 items not held (6, 7, 8, 9, 10, 11, 12); 1 vote not held (item 3); 2 votes not closed (items 4, 7); no scores recorded (item 4); 3 comments neither taken up nor answered (items 5, 10). "
        );
        assert_eq!((en.adopt_unfinished)(&one), "Still open: 1 item not held (12). ");
        assert_eq!((en.adopt_unfinished)(&Unfinished::default()), "");
    }

    #[test]
    fn without_quorum_says_how_many_and_who_is_not_called() {
        let vi = Lang::Vi.strings();
        assert_eq!(
            (vi.without_quorum)(2, 3, 6, 4, 1),
            "Chưa đủ túc số: có mặt 3/6 đơn vị thành viên (1 đơn vị chưa điểm danh), cần ít nhất 4. Vẫn bắt đầu nội dung 2? Biên bản sẽ ghi: khi bắt đầu hội nghị chưa đủ túc số."
        );
        assert!(
            (vi.without_quorum)(2, 3, 6, 4, 0)
                .starts_with("Chưa đủ túc số: có mặt 3/6 đơn vị thành viên, cần")
        );
        let en = Lang::En.strings();
        assert!(
            (en.without_quorum)(5, 2, 6, 4, 0)
                .starts_with("No quorum: 2 of 6 member units present, at least 4 needed. Start item 5")
        );
    }

    #[test]
    fn moving_adopted_minutes_names_where_it_goes() {
        use crate::keys::Command;
        let vi = Lang::Vi.strings();
        let asked = |c, n, skipped| (vi.move_adopted)(c, n, skipped, false);
        assert!(asked(Command::NextItem, Some(6), false).contains("Vẫn chuyển sang nội dung 6?"));
        assert!(asked(Command::NextItem, None, false).contains("Vẫn kết thúc lại hội nghị?"));
        assert!(asked(Command::SkipItem, Some(3), true).contains("Vẫn thôi bỏ qua nội dung 3?"));
        assert!(!asked(Command::PreviousItem, Some(8), false).contains("giờ kết thúc"));
        assert!(
            (vi.move_adopted)(Command::PreviousItem, Some(8), false, true)
                .contains("Hội nghị mở lại; giờ kết thúc được ghi lại khi kết thúc lần nữa.")
        );
        let en = Lang::En.strings();
        assert!(
            (en.move_adopted)(Command::NextItem, None, false, false)
                .contains("End the conference again all the same?")
        );
    }

    #[test]
    fn english_counts_corrections_in_words() {
        let en = Lang::En.strings();
        assert_eq!((en.corrections)(&[(2, 1)]), "Corrected after it closed: round 2 (once)");
        assert_eq!(
            (en.corrections)(&[(1, 3), (2, 2)]),
            "Corrected after it closed: round 1 (3 times), round 2 (twice)"
        );
    }

    #[test]
    fn pass_rules_say_more_than_or_at_least() {
        let vi = Lang::Vi.strings();
        assert_eq!((vi.pass_rule)(Threshold::MoreThan(1, 2), Base::Present), "quá 1/2 số đơn vị có mặt");
        assert_eq!(
            (vi.pass_rule)(Threshold::AtLeast(70, 100), Base::Valid),
            "từ 70 % số phiếu hợp lệ trở lên"
        );
        let en = Lang::En.strings();
        assert_eq!(
            (en.pass_rule)(Threshold::AtLeast(2, 3), Base::AllMembers),
            "at least 2/3 of all member units"
        );
    }
}

/// The command line's help (`hoinghi --help`, `hoinghi export --help`): clap lays it out, these
/// are its words. A choice or default is said in the argument's own sentence.
#[derive(Debug)]
pub struct CliHelp {
    pub about: &'static str,
    /// Before the usage line.
    pub usage: &'static str,
    /// The usage lines of the program, each command's after its name.
    pub usage_main: &'static str,
    pub usage_init: &'static str,
    pub usage_check: &'static str,
    pub usage_export: &'static str,
    /// Section headings.
    pub commands: &'static str,
    pub arguments: &'static str,
    pub options: &'static str,
    pub help: &'static str,
    pub version: &'static str,
    pub file: &'static str,
    pub file_value: &'static str,
    pub lang: &'static str,
    pub lang_value: &'static str,
    pub theme: &'static str,
    pub theme_value: &'static str,
    pub minutes: &'static str,
    pub path_value: &'static str,
    pub new: &'static str,
    pub init: &'static str,
    pub init_path: &'static str,
    pub force: &'static str,
    pub check: &'static str,
    pub check_file: &'static str,
    pub export: &'static str,
    pub export_minutes: &'static str,
    pub minutes_value: &'static str,
    pub export_format: &'static str,
    pub format_value: &'static str,
    pub export_output: &'static str,
}
