//! The sentences of the dialogs and the status line: what a confirmation asks, a prompt's
//! title and the note under it, and the passing notice after a key. Read from the model and
//! the interface's state through `Ctx`, in the interface's language; nothing is drawn here
//! and nothing is changed.

use super::{Ctx, agenda, awards, poll};
use crate::app::{Notice, Prompt, Question, Screen, Slot};
use crate::i18n;
use crate::keys::{self, Command, Context};

pub(super) fn poll_on_screen<'a>(ctx: Ctx<'a>) -> Option<&'a crate::poll::Poll> {
    match &ctx.ui.screen {
        Screen::Poll(p) => ctx.model.record.poll(p.item),
        _ => None,
    }
}

/// The sentence a confirmation asks.
pub(super) fn question(ctx: Ctx, q: &Question) -> String {
    let s = ctx.s;
    match q {
        Question::Quit if ctx.ui.save.error.is_some() => s.quit_unsaved.into(),
        Question::Quit => s.quit_question.into(),
        Question::Adopt => {
            let unfinished = ctx.model.record.unfinished(&ctx.model.conference);
            let ended = ctx.model.record.finished_at.map(i18n::hhmm);
            (s.adopt_unfinished)(&unfinished) + &(s.adopt_question)(&i18n::hhmm(ctx.now), ended.as_deref())
        }
        Question::MoveAdopted(command) => {
            let r = &ctx.model.record;
            // The item it goes to or skips (none: n ends the conference again).
            let item = match command {
                Command::SkipItem => Some(ctx.ui.selected),
                _ => crate::app::begins(r, ctx.ui.selected, *command),
            };
            let skipped = item
                .and_then(|i| r.items.get(i))
                .is_some_and(|i| i.state == crate::record::ItemState::Skipped);
            // Opening an item of a conference that has ended reopens it (s only marks one).
            let reopens = r.has_ended() && item.is_some() && *command != Command::SkipItem;
            (s.move_adopted)(*command, item.map(|i| i + 1), skipped, reopens)
        }
        Question::LeaveOpenVote(command) => {
            let (model, ui) = (ctx.model, ctx.ui);
            match crate::app::leaves_open_vote(&model.record, ui.selected, *command) {
                Some(item) => {
                    let secret = model
                        .record
                        .poll(item)
                        .is_some_and(|p| p.method == crate::conference::Method::SecretBallot);
                    (s.leave_open_vote)(item + 1, secret)
                }
                None => String::new(),
            }
        }
        Question::WithoutQuorum(command) => {
            let (model, ui) = (ctx.model, ctx.ui);
            match crate::app::under_way_without_quorum(model, ui.selected, *command) {
                Some((item, q)) => {
                    let uncalled = model.record.uncalled(&model.conference);
                    (s.without_quorum)(item + 1, q.present, q.members, q.needed, uncalled)
                }
                None => String::new(),
            }
        }
        Question::OverMax(field) => {
            let Some((cell, max)) = crate::app::cell_max(ctx.model, ctx.ui) else { return String::new() };
            let criterion = match &cell {
                crate::scoring::ScoreField::Criterion(code) => Some(code.as_str()),
                _ => None,
            };
            (s.over_max_question)(criterion, max, field.text().trim())
        }
        Question::CloseRound { .. } => poll_on_screen(ctx)
            .map(|p| {
                let tally = p.tally();
                // Units gone since the vote opened are not waited for (the tally names them).
                let (waiting, _) = crate::app::without_vote(
                    tally.not_voted.clone(),
                    &crate::app::left_during(ctx.model, p.item),
                );
                let waiting: Vec<String> = waiting.iter().map(|u| poll::unit_name(ctx, u)).collect();
                let round = (!p.is_motion()).then_some(tally.round);
                let question = (s.close_round_question)(round, &poll::provisional_text(ctx, p, &tally))
                    + &poll::tie_then(ctx, p, &tally);
                let question = if waiting.is_empty() {
                    question
                } else {
                    (s.not_voted_yet)(&waiting.join(", ")) + &question
                };
                // The unit it would elect holds another office already: said again here.
                let winners = match &tally.provisional {
                    crate::poll::Outcome::Elected(unit) => vec![unit.clone()],
                    _ => tally.selected.clone(),
                };
                let notes = poll::elected_elsewhere_notes(ctx, p, Some(&winners));
                notes.into_iter().map(|n| n + " ").collect::<String>() + &question
            })
            .unwrap_or_default(),
        Question::Revote => poll_on_screen(ctx)
            .map(|p| {
                let names: Vec<String> =
                    p.revote_candidates().iter().map(|u| poll::unit_name(ctx, u)).collect();
                (s.revote_question)(p.next_round(), &names.join(", "), p.places_left())
            })
            .unwrap_or_default(),
        Question::DiscardComment => match &ctx.ui.screen {
            Screen::Compose(c) if c.editing.is_some() => s.discard_comment_edit.into(),
            _ => s.discard_comment.into(),
        },
        Question::OverwriteExport(path) => (s.overwrite_export)(&shown_path(path)),
        Question::DiscardNote => s.discard_note.into(),
        Question::DiscardLine(..) => s.discard_line.into(),
        Question::DeleteAward(id) => {
            (s.delete_award)(ctx.model.record.awards.get(*id).map(|e| e.award.as_str()).unwrap_or_default())
        }
        Question::RemoveRecipient(id, i) => {
            let r = ctx.model.record.awards.get(*id).and_then(|e| e.recipients.get(*i));
            (s.remove_recipient)(&r.map(|r| awards::recipient_text(ctx, r)).unwrap_or_default())
        }
        Question::ClearScore(unit, field) => {
            let value =
                crate::app::score_at(ctx.model, unit, field).map(|p| p.format(',')).unwrap_or_default();
            (s.clear_score)(&value, &score_column(s, field, false), ctx.model.conference.short_name(unit))
        }
        Question::EditSignedCovenant(_, signed) => (s.edit_signed_covenant)(*signed),
        Question::RemoveCovenantItem(i) => {
            let c = &ctx.model.conference;
            let text = ctx.model.record.covenant.contents(c).get(*i).map(String::as_str).unwrap_or_default();
            (s.remove_covenant_item)(i + 1, &agenda::fit(text, 60))
        }
        Question::DeleteComment(id) => match ctx.model.record.comments.get(*id) {
            Some(c) => (s.delete_comment)(&poll::unit_name(ctx, &c.unit), &agenda::fit(&c.text, 60)),
            None => String::new(),
        },
        Question::ReplaceResponse(id, kind) => match ctx.model.record.comments.get(*id) {
            Some(c) => (s.replace_response)(
                &poll::unit_name(ctx, &c.unit),
                *kind == crate::comments::ResponseKind::TakenUp,
            ),
            None => String::new(),
        },
        Question::Unanimous(choices) => {
            let n = poll_on_screen(ctx).map_or(0, |p| crate::app::unanimous_count(ctx.model, p.item));
            let names: Vec<String> = choices.iter().map(|c| poll::choice_name(ctx, c)).collect();
            (s.unanimous_question)(n, &names.join(", "))
        }
    }
}

/// The title of a one-line prompt: what is being typed, and for whom.
pub(super) fn prompt_title(ctx: Ctx, purpose: &Prompt) -> String {
    let s = ctx.s;
    match purpose {
        Prompt::SaveAs => s.save_as_title.into(),
        Prompt::AbsenceReason(unit) => (s.absence_reason_title)(&poll::unit_name(ctx, unit)),
        Prompt::Delegate(unit) => (s.delegate_title)(&poll::unit_name(ctx, unit)),
        Prompt::ChairName => s.chair_name_title.into(),
        Prompt::ChairTitle(name) => (s.chair_role_title)(name),
        Prompt::ReopenReason => s.reopen_title.into(),
        Prompt::Score => match &ctx.ui.screen {
            Screen::Scoring(at) => {
                let unit =
                    ctx.model.conference.units.get(at.row).map(|u| u.short.clone()).unwrap_or_default();
                let fields = crate::app::score_fields(ctx.model);
                let field = fields
                    .get(at.col)
                    .map_or_else(|| s.col_agreed.to_lowercase(), |f| score_column(s, f, true));
                (s.score_title)(&unit, &field)
            }
            _ => String::new(),
        },
        Prompt::NotSigning(unit) => (s.not_signing_title)(&poll::unit_name(ctx, unit)),
        Prompt::CovenantItem(index) => (s.covenant_item_title)(index.map(|i| i + 1)),
        Prompt::AwardName(_) => s.award_name_title.into(),
        Prompt::AwardGrantor(..) => s.award_grantor_title.into(),
        Prompt::AwardDecision(..) => s.award_decision_title.into(),
        // A Cờ thi đua's collectives are all it asks: Enter records them.
        Prompt::Unnamed { id, collectives } => {
            let only_collectives =
                ctx.model.record.awards.get(*id).is_some_and(|e| {
                    crate::awards::eligible(&e.award) == crate::awards::Eligible::Collectives
                });
            (s.unnamed_title)(collectives.is_none(), collectives.is_some() || only_collectives)
        }
        Prompt::Collective(_) => s.collective_title.into(),
        Prompt::IndividualName(_) => s.individual_name_title.into(),
        Prompt::IndividualUnit(_, name) => (s.individual_unit_title)(name),
        Prompt::Response(_, kind) => {
            (s.response_title)(*kind == crate::comments::ResponseKind::TakenUp).into()
        }
        Prompt::ChairReason(chosen) if chosen.is_empty() => (s.chair_reason_title)(s.nobody),
        Prompt::ChairReason(chosen) => {
            let names: Vec<String> = chosen.iter().map(|id| poll::unit_name(ctx, id)).collect();
            (s.chair_reason_title)(&names.join(", "))
        }
    }
}

fn award_of(ctx: Ctx, id: u32) -> String {
    ctx.model.record.awards.get(id).map(|e| e.award.clone()).unwrap_or_default()
}

/// Under a field whose text is looked up: what it will be taken for, as it is typed.
pub(super) fn prompt_note(ctx: Ctx, purpose: &Prompt, text: &str) -> Option<String> {
    let s = ctx.s;
    match purpose {
        Prompt::AwardName(None) => Some(s.award_name_example.to_string()),
        Prompt::Unnamed { id, .. } | Prompt::IndividualName(Slot { id, .. }) => Some(award_of(ctx, *id)),
        Prompt::AwardGrantor(_, award) => Some(award.clone()),
        // What was given before, so that a slip in it is seen before the award is recorded.
        Prompt::AwardDecision(_, award, by) if by.trim().is_empty() => Some(award.clone()),
        Prompt::AwardDecision(_, award, by) => Some(format!("{award} · {by}")),
        Prompt::Collective(slot) if text.trim().is_empty() => Some(award_of(ctx, slot.id)),
        Prompt::Collective(_) => Some(match crate::app::collective(ctx.model, text.trim()) {
            Ok(crate::conference::Recipient::Unit(id)) => (s.member_unit_note)(&poll::unit_name(ctx, &id)),
            Ok(_) => s.other_collective_note.to_string(),
            Err(units) => (s.several_units)(&units.iter().map(|u| u.short.as_str()).collect::<Vec<_>>()),
        }),
        Prompt::IndividualUnit(..) if text.trim().is_empty() => Some(s.unit_blank_note.to_string()),
        Prompt::IndividualUnit(..) => Some(match crate::app::found_unit(ctx.model, text) {
            Ok(Some(u)) => (s.member_unit_note)(&u.name),
            Ok(None) => (s.other_body_note)(text.trim()),
            Err(units) => (s.several_units)(&units.iter().map(|u| u.short.as_str()).collect::<Vec<_>>()),
        }),
        Prompt::Delegate(unit) => match ctx.model.record.attendance.presence(unit) {
            // Gone after attending: the name is who attended; it stays gone.
            Some(p) if !p.present && ctx.model.record.gone_since(unit).is_some() => {
                Some((s.delegate_of_gone_note)(&p.reason))
            }
            Some(p) if !p.present => Some((s.delegate_marks_present)(&p.reason)),
            // A delegate of the file's by name: the title the biên bản gives with it; a name
            // typed with its title, as it will read; anyone else, how to give one.
            _ => {
                let known = ctx.model.conference.unit(unit).and_then(|u| {
                    u.delegates.iter().find(|d| d.name == text.trim() && !d.title.trim().is_empty())
                });
                Some(match (known, text.split_once(',')) {
                    (Some(d), _) => (s.delegate_known)(&d.name, d.title.trim()),
                    (None, Some((name, title))) if !name.trim().is_empty() && !title.trim().is_empty() => {
                        (s.delegate_known)(name.trim(), title.trim())
                    }
                    _ => s.delegate_example.to_string(),
                })
            }
        },
        _ => None,
    }
}

/// Typed text as a notice quotes it back: a long one (a paste) cut to a few words, so that
/// what the sentence says of it stays in sight.
fn quoted(text: &str) -> String {
    super::agenda::fit(text, 24)
}

/// The passing message of the last key, in words.
/// Whether the item's vote, as the conference file sets it, is a secret ballot (the poll
/// itself may be gone: withdrawn).
fn secret_item(ctx: Ctx, item: usize) -> bool {
    let vote = ctx.model.conference.agenda.get(item).and_then(|i| i.vote.as_ref());
    vote.is_some_and(|v| v.method == crate::conference::Method::SecretBallot)
}

pub(super) fn notice_text(ctx: Ctx) -> String {
    let s = ctx.s;
    let path = ctx.ui.save.path.as_deref().map(shown_path).unwrap_or_default();
    match &ctx.ui.notice {
        Some(Notice::UnknownKey(key)) => {
            // The help's key where it is (F1 in a text, where ? is typed); none in a field.
            let help = ctx
                .ui
                .contexts()
                .iter()
                .map(|&c| keys::first_key(c, Command::Help, s))
                .find(|k| !k.is_empty());
            match help {
                Some(help) => (s.unknown_key)(&key.name(s), &help),
                None => (s.unknown_key_in_field)(&key.name(s)),
            }
        }
        Some(Notice::FirstItem) => s.first_item.into(),
        Some(Notice::NotStarted) => (s.not_started)(&keys::first_key(Context::Agenda, Command::NextItem, s)),
        Some(Notice::BackToNotHeld(i)) => (s.back_to_not_held)(i + 1),
        Some(Notice::Ended) => s.conference_ended.into(),
        Some(Notice::Skipped(n)) => (s.skipped_item)(*n),
        Some(Notice::Unskipped(n)) => (s.unskipped_item)(*n),
        Some(Notice::CannotSkipDone) => s.cannot_skip_done.into(),
        Some(Notice::CannotSkipVoted(n)) => (s.cannot_skip_voted)(*n),
        Some(Notice::Adopted) => s.adopted.into(),
        Some(Notice::AlreadyAdopted) => s.already_adopted.into(),
        Some(Notice::Resumed) => (s.resumed)(&path),
        Some(Notice::ResumedFileChanged) => s.resumed_file_changed.into(),
        Some(Notice::ConferenceUpdated) => s.conference_updated.into(),
        Some(Notice::NoSectionItem(kind)) => (s.no_section_item)(*kind),
        Some(Notice::NoComment) => {
            (s.no_comment)(&keys::first_key(Context::CommentList, Command::NewComment, s))
        }
        Some(Notice::VoteResumed { item, secret }) => (s.vote_resumed)(item + 1, *secret),
        Some(Notice::AnswerFirst) => {
            let context = ctx.ui.contexts()[0];
            let [yes, no] = [Command::Yes, Command::No].map(|c| keys::first_key(context, c, s));
            (s.answer_first)(&yes, &no)
        }
        Some(Notice::SavedTo(p)) => (s.saved_to)(&shown_path(p)),
        Some(Notice::FromBackup(p)) => (s.from_backup)(&shown_path(p)),
        Some(Notice::NowhereToPaste) => s.nowhere_to_paste.into(),
        Some(Notice::FigureFull(n)) => (s.figure_full)(*n),
        Some(Notice::StillNotSaved(p)) => (s.still_not_saved)(&shown_path(p)),
        Some(Notice::NotExported(p)) => (s.not_exported)(&shown_path(p)),
        Some(Notice::EmptyVoteWithdrawn { item, held }) => {
            (s.empty_vote_withdrawn)(item + 1, *held, secret_item(ctx, *item))
        }
        Some(Notice::NotMoved(item)) => (s.not_moved)(item.map(|i| i + 1)),
        Some(Notice::AwardsOnItemNotHeld(item)) => (s.awards_on_item_not_held)(item + 1),
        Some(Notice::VoteOnItemDone(item)) => (s.vote_on_item_done)(item + 1, secret_item(ctx, *item)),
        Some(Notice::VoteOnItemNotHeld { item, current }) => {
            (s.vote_on_item_not_held)(item + 1, current.map(|c| c + 1), secret_item(ctx, *item))
        }
        Some(Notice::MovedMissing(p)) => (s.moved_missing)(&shown_path(p)),
        Some(Notice::MovedOlder(p)) => (s.moved_older)(&shown_path(p)),
        Some(Notice::SaveAsFailed { path, reason }) => (s.save_as_failed)(&shown_path(path), reason),
        Some(Notice::NotAVote) => s.not_a_vote.into(),
        Some(Notice::NoQuorum { present, members, needed }) => (s.no_quorum)(
            *present,
            *members,
            *needed,
            &keys::first_key(Context::Agenda, Command::RollCall, s),
        ),
        Some(Notice::Vote(e)) => (s.vote_refused)(e),
        Some(Notice::RoundClosed(o)) => {
            let text = poll_on_screen(ctx)
                .and_then(|p| poll::last_round_text(ctx, p).or_else(|| Some(poll::outcome_text(ctx, p, o))));
            (s.round_closed)(&text.unwrap_or_default())
        }
        Some(Notice::BallotProblems) => s.ballot_problems.into(),
        Some(Notice::BallotBlank) => s.ballot_blank.into(),
        Some(Notice::NothingToClose) => s.nothing_to_close.into(),
        Some(Notice::ChairDecided) => s.chair_decided.into(),
        Some(Notice::Reopened) => s.reopened.into(),
        Some(Notice::Revote(round)) => (s.revote_opened)(*round),
        Some(Notice::VoteNotHeld(n)) => {
            (s.vote_not_held)(*n, &keys::first_key(Context::Agenda, Command::OpenPoll, s))
        }
        Some(Notice::ReasonNeeded) => s.reason_needed.into(),
        Some(Notice::AllVoted) => s.all_voted.into(),
        Some(Notice::PresentRecounted { present, members }) => (s.present_recounted)(*present, *members),
        Some(Notice::Unanimous { cast, all: true }) => (s.unanimous_done)(*cast),
        Some(Notice::Unanimous { cast, all: false }) => (s.remaining_done)(*cast),
        Some(Notice::AllPresent(n, None)) => (s.all_present_done)(*n),
        Some(Notice::AllPresent(n, Some(item))) => {
            format!("{} {}", (s.all_present_done)(*n), (s.not_counted_in_vote)(item + 1))
        }
        Some(Notice::CameDuringVote(unit, item)) => (s.came_during_vote)(unit, item + 1),
        Some(Notice::PresentWithDelegate(unit, was_absent)) => (s.present_with_delegate)(unit, *was_absent),
        Some(Notice::DelegateOfGone(unit)) => {
            (s.delegate_of_gone)(unit, &keys::first_key(Context::RollCall, Command::MarkPresent, s))
        }
        Some(Notice::LeftDuringVote(unit, item)) => (s.left_during_vote)(unit, item + 1),
        Some(Notice::LeftCannotVote(unit)) => (s.left_cannot_vote)(unit),
        Some(Notice::AbsentCannotSign(unit)) => (s.absent_cannot_sign)(unit),
        Some(Notice::ChairSet(name)) => (s.chair_set)(name),
        Some(Notice::AbsentCannotPreside(unit)) => (s.absent_cannot_preside)(unit),
        Some(Notice::NotSigningCannotPreside(unit)) => (s.not_signing_cannot_preside)(unit),
        Some(Notice::PresidingAbsent(unit)) => (s.presiding_absent)(
            unit,
            &keys::first_key(Context::Agenda, Command::Covenant, s),
            &keys::first_key(Context::Covenant, Command::SetPresiding, s),
        ),
        Some(Notice::PresidingMustSign(unit)) => {
            (s.presiding_must_sign)(unit, &keys::first_key(Context::Covenant, Command::SetPresiding, s))
        }
        Some(Notice::UnitNeeded) => s.unit_needed.into(),
        Some(Notice::UnitSearchPending) => s.unit_search_pending.into(),
        Some(Notice::EmptyText) => s.empty_text.into(),
        Some(Notice::AlreadyCurrent(n)) => (s.already_current)(*n),
        Some(Notice::NothingToClear) => s.nothing_to_clear.into(),
        Some(Notice::TotalOfCriteria) => s.total_of_criteria.into(),
        Some(Notice::EmptyComment) => s.empty_comment.into(),
        Some(Notice::CommentSaved) => s.comment_saved.into(),
        Some(Notice::CommentDeleted) => s.comment_deleted.into(),
        Some(Notice::Responded) => s.responded.into(),
        Some(Notice::EmptyAnswer) => s.empty_answer.into(),
        Some(Notice::NoteSaved) => s.note_saved.into(),
        Some(Notice::DraftResumed) => s.draft_resumed.into(),
        Some(Notice::BadScore(t)) => (s.bad_score)(&quoted(t), crate::scoring::Points::too_precise(t)),
        Some(Notice::Signed(n)) => (s.signed_now)(*n),
        Some(Notice::Presiding(unit)) => (s.presiding_now)(&poll::unit_name(ctx, unit)),
        Some(Notice::NoAward) => s.no_award.into(),
        Some(Notice::BadCount(t)) => (s.bad_count)(&quoted(t)),
        Some(Notice::SeveralUnits(names)) => {
            (s.several_units)(&names.iter().map(String::as_str).collect::<Vec<_>>())
        }
        Some(Notice::AwardRefused(e)) => (s.award_refused)(e),
        Some(Notice::Exported(p)) => {
            let written = (s.export_written)(&shown_path(p));
            match crate::export::held_on_another_day_note(ctx.model, s) {
                Some(note) => format!("{written} · {note}"),
                None => written,
            }
        }
        Some(Notice::ExportFailed { path, reason }) => (s.export_failed)(&shown_path(path), reason),
        Some(Notice::AwaitingChair) => match (poll_on_screen(ctx), &ctx.ui.screen) {
            (Some(p), Screen::Poll(screen)) => poll::chair_text(ctx, p, &screen.chosen),
            _ => String::new(),
        },
        Some(Notice::PickFirst) => s.pick_first.into(),
        Some(Notice::ChairPlaces(n)) => (s.chair_places)(*n),
        Some(Notice::NoSuchChoice(d)) => (s.no_such_choice)(*d),
        Some(Notice::AwardExists(a)) => (s.award_exists)(a),
        Some(Notice::NoRecipient) => s.no_recipient.into(),
        Some(Notice::FewerThanNamed(n)) => (s.fewer_than_named)(*n),
        Some(Notice::NobodyPresent) => {
            (s.nobody_present)(&keys::first_key(Context::Agenda, Command::RollCall, s))
        }
        None => String::new(),
    }
}

/// A path as the secretary reads it: the home folder as "~".
pub(super) fn shown_path(path: &std::path::Path) -> String {
    let home = std::env::var_os("HOME").map(std::path::PathBuf::from);
    match home.as_deref().and_then(|h| path.strip_prefix(h).ok()) {
        Some(rest) => format!("~/{}", rest.display()),
        None => path.display().to_string(),
    }
}

/// A scoring column as a sentence names it: a criterion by its code, else its heading, in
/// lower case inside a sentence when `lower`.
fn score_column(s: &i18n::Strings, field: &crate::scoring::ScoreField, lower: bool) -> String {
    use crate::scoring::ScoreField;
    let heading = match field {
        ScoreField::Criterion(code) => return code.clone(),
        ScoreField::Total => s.col_total,
        ScoreField::Agreed => s.col_agreed,
    };
    if lower { heading.to_lowercase() } else { heading.into() }
}
