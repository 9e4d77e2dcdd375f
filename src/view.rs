//! Drawing: the whole screen from borrowed state, never changing it.
//!
//! `draw` lays out the header, the agenda, the item panel and the footer, then the overlays
//! last. Every view is a short-lived struct of references. The clock is passed in as `now`.
//! No I/O and no state here: what is drawn is a function of (model, ui, theme, strings, now).

mod agenda;
mod awards;
mod comments;
mod overlay;
mod poll;
mod roll_call;
mod sections;

use chrono::NaiveDateTime;
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::app::{Model, Notice, Overlay, Prompt, Question, Screen, Slot, Ui};
use crate::i18n::{self, Strings};
use crate::keys::{self, Command, Context, Key};
use crate::theme::Theme;

/// The smallest terminal the screen is laid out for.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;
/// From this width the item panel stands beside the agenda instead of below it.
const SIDE_BY_SIDE: u16 = 160;

/// What every view borrows.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub model: &'a Model,
    pub ui: &'a Ui,
    pub theme: &'a Theme,
    pub s: &'static Strings,
    pub now: NaiveDateTime,
}

pub fn draw(frame: &mut Frame, ctx: Ctx) {
    let area = frame.area();
    frame.render_widget(Block::new().style(ctx.theme.base), area);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(frame, area, ctx);
        return;
    }
    let banner = save_banner(ctx);
    let notice = notice_text(ctx);
    // The banner or the notice takes the rows its sentence needs (up to 3).
    let said = banner.as_deref().unwrap_or(&notice);
    let status_height = overlay::wrapped_rows(said, usize::from(area.width.saturating_sub(1))).clamp(1, 3);
    let [header, body, status, footer] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Fill(1),
        Constraint::Length(status_height),
        Constraint::Length(1),
    ])
    .areas(area);

    draw_header(frame, header, ctx);
    let (agenda_area, item_area) = if area.width >= SIDE_BY_SIDE {
        let [a, b] = Layout::horizontal([Constraint::Percentage(62), Constraint::Percentage(38)]).areas(body);
        (a, b)
    } else {
        // The panel as tall as its content (never less than 6 rows, never more than half).
        let panel = agenda::ItemPanel { ctx }.height(body.width).clamp(6, (body.height / 2).max(6));
        let [a, b] = Layout::vertical([Constraint::Fill(1), Constraint::Length(panel)]).areas(body);
        (a, b)
    };
    match &ctx.ui.screen {
        Screen::Agenda => {
            frame.render_widget(agenda::AgendaTable { ctx }, agenda_area);
            frame.render_widget(agenda::ItemPanel { ctx }, item_area);
        }
        Screen::RollCall { selected } => {
            frame.render_widget(roll_call::RollCallView { ctx, selected: *selected }, body);
        }
        Screen::Poll(screen) => frame.render_widget(poll::PollView { ctx, screen }, body),
        Screen::Comments(list) => comments::list(frame, body, ctx, list),
        Screen::Compose(c) => comments::compose(frame, body, ctx, c),
        Screen::Note(n) => comments::note(frame, body, ctx, n),
        Screen::Scoring(screen) => sections::scoring(frame, body, ctx, screen),
        Screen::Covenant(screen) => sections::covenant(frame, body, ctx, screen),
        Screen::Awards(screen) => awards::awards(frame, body, ctx, screen),
    }
    draw_status(frame, status, ctx, banner, notice);
    draw_hints(frame, footer, ctx, ctx.ui.contexts());

    match &ctx.ui.overlay {
        Some(Overlay::Help { scroll }) => overlay::help(frame, area, ctx, *scroll),
        Some(Overlay::Confirm(q)) => {
            overlay::confirm(frame, area, ctx, &question(ctx, q), &[Context::Confirm])
        }
        Some(Overlay::Prompt(purpose, field)) => {
            let note = prompt_note(ctx, purpose, &field.text());
            overlay::prompt(frame, area, ctx, &prompt_title(ctx, purpose), note.as_deref(), field)
        }
        Some(Overlay::PickAward) => {
            let options: Vec<String> = ctx
                .model
                .conference
                .awards
                .iter()
                .enumerate()
                .map(|(i, a)| format!("{} {}", i + 1, a.award))
                .collect();
            overlay::confirm(
                frame,
                area,
                ctx,
                &(ctx.s.pick_award)(&options.join(" · ")),
                &[Context::PickAward],
            );
        }
        Some(Overlay::PickUnanimous(picked)) => {
            let poll = poll_on_screen(ctx);
            let legend = poll.map(|p| poll::digit_legend(ctx, p)).unwrap_or_default();
            let places = poll.and_then(crate::poll::Poll::current_round).map_or(1, |r| r.places);
            let text = if places > 1 {
                let picked: Vec<String> = picked.iter().map(|id| poll::unit_name(ctx, id)).collect();
                let picked = if picked.is_empty() { ctx.s.nobody.to_string() } else { picked.join(", ") };
                (ctx.s.pick_places)(places, &legend, &picked)
            } else {
                (ctx.s.pick_unanimous)(&legend)
            };
            overlay::confirm(frame, area, ctx, &text, &[Context::Pick]);
        }
        None => {}
    }
}

fn poll_on_screen<'a>(ctx: Ctx<'a>) -> Option<&'a crate::poll::Poll> {
    match &ctx.ui.screen {
        Screen::Poll(p) => ctx.model.record.poll(p.item),
        _ => None,
    }
}

/// The sentence a confirmation asks.
fn question(ctx: Ctx, q: &Question) -> String {
    let s = ctx.s;
    match q {
        Question::Quit if ctx.ui.save.error.is_some() => s.quit_unsaved.into(),
        Question::Quit => s.quit_question.into(),
        Question::Adopt => {
            let unfinished = ctx.model.record.unfinished(&ctx.model.conference);
            (s.adopt_unfinished)(&unfinished) + &(s.adopt_question)(&i18n::hhmm(ctx.now))
        }
        Question::MoveAdopted(command) => {
            let r = &ctx.model.record;
            // The item it goes to or skips (none: n ends the conference again).
            let item = match command {
                Command::PreviousItem => r.back_target(),
                Command::NextItem => r.next_to_hold(),
                _ => Some(ctx.ui.selected),
            };
            let skipped = item
                .and_then(|i| r.items.get(i))
                .is_some_and(|i| i.state == crate::record::ItemState::Skipped);
            (s.move_adopted)(*command, item.map(|i| i + 1), skipped)
        }
        Question::CloseRound => poll_on_screen(ctx)
            .map(|p| {
                let tally = p.tally();
                let waiting: Vec<String> = tally.not_voted.iter().map(|u| poll::unit_name(ctx, u)).collect();
                let question = (s.close_round_question)(tally.round, &poll::provisional_text(ctx, p, &tally));
                if waiting.is_empty() { question } else { (s.not_voted_yet)(&waiting.join(", ")) + &question }
            })
            .unwrap_or_default(),
        Question::DiscardComment => s.discard_comment.into(),
        Question::OverwriteExport(path) => (s.overwrite_export)(&shown_path(path)),
        Question::DiscardNote => s.discard_note.into(),
        Question::DeleteAward(id) => {
            (s.delete_award)(ctx.model.record.awards.get(*id).map(|e| e.award.as_str()).unwrap_or_default())
        }
        Question::RemoveRecipient(id, i) => {
            let r = ctx.model.record.awards.get(*id).and_then(|e| e.recipients.get(*i));
            (s.remove_recipient)(&r.map(|r| awards::recipient_text(ctx, r)).unwrap_or_default())
        }
        Question::RemoveCovenantItem(i) => {
            let c = &ctx.model.conference;
            let text = ctx.model.record.covenant.contents(c).get(*i).map(String::as_str).unwrap_or_default();
            (s.remove_covenant_item)(i + 1, &agenda::fit(text, 60))
        }
        Question::DeleteComment(id) => match ctx.model.record.comments.get(*id) {
            Some(c) => (s.delete_comment)(&poll::unit_name(ctx, &c.unit), &agenda::fit(&c.text, 60)),
            None => String::new(),
        },
        Question::Unanimous(choices) => {
            let n = poll_on_screen(ctx).map_or(0, |p| p.tally().not_voted.len());
            let names: Vec<String> = choices.iter().map(|c| poll::choice_name(ctx, c)).collect();
            (s.unanimous_question)(n, &names.join(", "))
        }
    }
}

/// The title of a one-line prompt: what is being typed, and for whom.
fn prompt_title(ctx: Ctx, purpose: &Prompt) -> String {
    let s = ctx.s;
    match purpose {
        Prompt::SaveAs => s.save_as_title.into(),
        Prompt::AbsenceReason(unit) => (s.absence_reason_title)(&poll::unit_name(ctx, unit)),
        Prompt::Delegate(unit) => (s.delegate_title)(&poll::unit_name(ctx, unit)),
        Prompt::ReopenReason => s.reopen_title.into(),
        Prompt::Score => match &ctx.ui.screen {
            Screen::Scoring(at) => {
                let unit =
                    ctx.model.conference.units.get(at.row).map(|u| u.short.clone()).unwrap_or_default();
                let field = match crate::app::score_fields(ctx.model).get(at.col) {
                    Some(crate::scoring::ScoreField::Criterion(code)) => code.clone(),
                    Some(crate::scoring::ScoreField::Total) => s.col_total.to_lowercase(),
                    _ => s.col_agreed.to_lowercase(),
                };
                (s.score_title)(&unit, &field)
            }
            _ => String::new(),
        },
        Prompt::NotSigning(unit) => (s.not_signing_title)(&poll::unit_name(ctx, unit)),
        Prompt::CovenantItem(index) => (s.covenant_item_title)(index.map(|i| i + 1)),
        Prompt::AwardName(_) => s.award_name_title.into(),
        Prompt::AwardGrantor(..) => s.award_grantor_title.into(),
        Prompt::AwardDecision(..) => s.award_decision_title.into(),
        Prompt::Unnamed { collectives, .. } => (s.unnamed_title)(collectives.is_none()),
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
fn prompt_note(ctx: Ctx, purpose: &Prompt, text: &str) -> Option<String> {
    let s = ctx.s;
    match purpose {
        Prompt::AwardName(None) => Some(s.award_name_example.to_string()),
        Prompt::Unnamed { id, .. } | Prompt::IndividualName(Slot { id, .. }) => Some(award_of(ctx, *id)),
        Prompt::AwardGrantor(_, award) | Prompt::AwardDecision(_, award, _) => Some(award.clone()),
        Prompt::Collective(slot) if text.trim().is_empty() => Some(award_of(ctx, slot.id)),
        Prompt::Collective(_) => Some(match crate::app::collective(ctx.model, text.trim()) {
            Ok(crate::conference::Recipient::Unit(id)) => (s.member_unit_note)(&poll::unit_name(ctx, &id)),
            Ok(_) => s.other_collective_note.to_string(),
            Err(n) => (s.several_units)(n),
        }),
        Prompt::IndividualUnit(..) if text.trim().is_empty() => Some(s.unit_blank_note.to_string()),
        Prompt::IndividualUnit(..) => Some(match crate::app::found_unit(ctx.model, text) {
            Ok(Some(u)) => (s.member_unit_note)(&u.name),
            Ok(None) => (s.other_body_note)(text.trim()),
            Err(n) => (s.several_units)(n),
        }),
        _ => None,
    }
}

/// The keys shown (and the only ones taken) while the window is below the minimum size: a
/// dialog's own keys, else only the way out. What cannot be seen is not done.
fn too_small_bindings(ui: &Ui) -> Vec<&'static keys::Binding> {
    let contexts = ui.contexts();
    let dialog = matches!(
        contexts[0],
        Context::Confirm | Context::Prompt | Context::Pick | Context::PickAward | Context::Help
    );
    keys::hints(if dialog { &contexts[..1] } else { contexts })
        .into_iter()
        .filter(|b| dialog || b.command == Command::Quit)
        .collect()
}

/// Whether `key` is taken in a window of `width`×`height`: every key at the minimum size or
/// above; below it, only those the screen shows.
pub fn takes_key(ui: &Ui, width: u16, height: u16, key: Key) -> bool {
    if width >= MIN_WIDTH && height >= MIN_HEIGHT {
        return true;
    }
    let command = keys::command_for(ui.contexts(), key);
    too_small_bindings(ui).iter().any(|b| Some(b.command) == command)
}

/// Absent at the roll call, or marked absent at the covenant signing.
fn recorded_absent(ctx: Ctx, unit: &str) -> bool {
    let record = &ctx.model.record;
    record.attendance.presence(unit).is_some_and(|p| !p.present)
        || matches!(record.covenant.status(unit), Some(crate::covenant::Signing::Absent { .. }))
}

/// Below the minimum size: say so, and still show the quit question if it is open, so
/// that every key keeps a visible answer.
fn too_small(frame: &mut Frame, area: Rect, ctx: Ctx) {
    let size = area.as_size();
    let text = (ctx.s.too_small)(size.width, size.height, MIN_WIDTH, MIN_HEIGHT);
    let line = match &ctx.ui.overlay {
        Some(Overlay::Confirm(q)) => Line::styled(question(ctx, q), ctx.theme.warning),
        _ => Line::styled(text, ctx.theme.message),
    };
    let hints: Vec<Span> = too_small_bindings(ctx.ui)
        .into_iter()
        .flat_map(|b| {
            let what = (ctx.s.hint)(b.command).unwrap_or((ctx.s.command)(b.command));
            [
                Span::styled(keys::keys_label(b, ctx.s), ctx.theme.key),
                Span::styled(format!(" {what}  "), ctx.theme.hint),
            ]
        })
        .collect();
    let lines = vec![line, Line::from(hints)];
    let top = area.height.saturating_sub(3) / 2;
    let inner = Rect { y: area.y + top, height: area.height - top, ..area };
    frame.render_widget(Paragraph::new(lines).alignment(Alignment::Center).wrap(Wrap { trim: true }), inner);
}

fn draw_header(frame: &mut Frame, area: Rect, ctx: Ctx) {
    let c = &ctx.model.conference;
    let s = ctx.s;
    let badge = c_badge(ctx);
    let what = format!("{} {}", (s.conference_kind)(c.kind), (s.period)(c.period));
    let full = format!(" {} · {what} ", c.bloc.name.trim());
    // Short of room, the weekday goes first, then the date (the next line has the
    // conference's), then the bloc's name is cut; never the year the conference is about.
    let clock = i18n::clock(ctx.now);
    let fits = |right: &str| full.chars().count() + right.chars().count() <= usize::from(area.width);
    let mut right = format!("{badge} {} {clock} ", (s.date_long)(ctx.now.date()));
    if !fits(&right) {
        right = format!("{badge} {} {clock} ", i18n::date_short(ctx.now.date()));
    }
    if !fits(&right) {
        right = format!("{badge} {clock} ");
    }
    let [l, r] = Layout::horizontal([Constraint::Fill(1), Constraint::Length(right.chars().count() as u16)])
        .areas(Rect { height: 1, ..area });
    let room = usize::from(l.width).saturating_sub(what.chars().count() + 5);
    let left = if full.chars().count() <= usize::from(l.width) {
        full
    } else if room >= 4 {
        format!(" {} · {what} ", agenda::fit(c.bloc.name.trim(), room))
    } else if what.chars().count() + 2 <= usize::from(l.width) {
        format!(" {what} ")
    } else {
        agenda::fit(&format!(" {} ", (s.period)(c.period)), usize::from(l.width))
    };
    frame.render_widget(Paragraph::new(left).style(ctx.theme.header), l);
    frame.render_widget(Paragraph::new(right).style(ctx.theme.header), r);

    // Left: as many whole facts as fit beside the expected end (never half a name).
    let end = agenda::expected_end_line(ctx);
    let room = (area.width as usize).saturating_sub(end.width() + 1);
    let facts = [
        (String::new(), format!("{} {}", i18n::date_short(c.date), c.start.format("%H:%M"))),
        (format!(" · {}: ", s.label_chair), c.chair.name.clone()),
        (format!(" · {}: ", s.label_location), c.location.clone()),
    ];
    let mut second = vec![Span::raw(" ")];
    let mut used = 1;
    for (label, value) in facts {
        let width = label.chars().count() + value.chars().count();
        if used + width > room {
            break;
        }
        used += width;
        second.push(Span::styled(label, ctx.theme.muted));
        second.push(Span::raw(value));
    }
    let [l, r] = Layout::horizontal([Constraint::Fill(1), Constraint::Length(end.width() as u16)])
        .areas(Rect { y: area.y + 1, height: 1, ..area });
    frame.render_widget(Paragraph::new(Line::from(second)), l);
    frame.render_widget(Paragraph::new(end), r);
}

/// "ĐÃ THÔNG QUA 11:42" once the minutes are adopted.
fn c_badge(ctx: Ctx) -> String {
    ctx.model
        .record
        .adopted_at
        .map(|t| format!(" {} ·", (ctx.s.adopted_badge)(&i18n::hhmm(t))))
        .unwrap_or_default()
}

/// The sentence shown while the minutes cannot be saved: the file's name (the status line
/// shows the folder when saving works), why, and the key to save elsewhere.
fn save_banner(ctx: Ctx) -> Option<String> {
    let reason = ctx.ui.save.error.as_ref()?;
    let name =
        ctx.ui.save.path.as_deref().and_then(|p| p.file_name()).map(|n| n.to_string_lossy().into_owned());
    let key = keys::first_key(Context::Agenda, Command::SaveElsewhere, ctx.s);
    Some((ctx.s.save_failed)(&name.unwrap_or_default(), reason, &key))
}

/// The passing message of the last key, in words.
fn notice_text(ctx: Ctx) -> String {
    let s = ctx.s;
    let path = ctx.ui.save.path.as_deref().map(shown_path).unwrap_or_default();
    match &ctx.ui.notice {
        Some(Notice::UnknownKey(key)) => {
            (s.unknown_key)(&key.name(s), &keys::first_key(Context::Global, Command::Help, s))
        }
        Some(Notice::FirstItem) => s.first_item.into(),
        Some(Notice::Ended) => s.conference_ended.into(),
        Some(Notice::Skipped(n)) => (s.skipped_item)(*n),
        Some(Notice::Unskipped(n)) => (s.unskipped_item)(*n),
        Some(Notice::CannotSkipDone) => s.cannot_skip_done.into(),
        Some(Notice::Adopted) => s.adopted.into(),
        Some(Notice::AlreadyAdopted) => s.already_adopted.into(),
        Some(Notice::Resumed) => (s.resumed)(&path),
        Some(Notice::ResumedFileChanged) => s.resumed_file_changed.into(),
        Some(Notice::SavedTo(p)) => (s.saved_to)(&shown_path(p)),
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
        Some(Notice::ReasonNeeded) => s.reason_needed.into(),
        Some(Notice::AllVoted) => s.all_voted.into(),
        Some(Notice::PresentRecounted { present, members }) => (s.present_recounted)(*present, *members),
        Some(Notice::Unanimous { cast, all: true }) => (s.unanimous_done)(*cast),
        Some(Notice::Unanimous { cast, all: false }) => (s.remaining_done)(*cast),
        Some(Notice::AllPresent(n)) => (s.all_present_done)(*n),
        Some(Notice::UnitNeeded) => s.unit_needed.into(),
        Some(Notice::UnitSearchPending) => s.unit_search_pending.into(),
        Some(Notice::EmptyText) => s.empty_text.into(),
        Some(Notice::CommentSaved) => s.comment_saved.into(),
        Some(Notice::CommentDeleted) => s.comment_deleted.into(),
        Some(Notice::Responded) => s.responded.into(),
        Some(Notice::NoteSaved) => s.note_saved.into(),
        Some(Notice::DraftResumed) => s.draft_resumed.into(),
        Some(Notice::BadScore(t)) => (s.bad_score)(t),
        Some(Notice::Signed(n)) => (s.signed_now)(*n),
        Some(Notice::Presiding(unit)) if recorded_absent(ctx, unit) => {
            (s.presiding_absent)(&poll::unit_name(ctx, unit))
        }
        Some(Notice::Presiding(unit)) => (s.presiding_now)(&poll::unit_name(ctx, unit)),
        Some(Notice::NoAward) => s.no_award.into(),
        Some(Notice::BadCount(t)) => (s.bad_count)(t),
        Some(Notice::SeveralUnits(n)) => (s.several_units)(*n),
        Some(Notice::AwardRefused(e)) => (s.award_refused)(e),
        Some(Notice::Exported(p)) => {
            let written = (s.export_written)(&shown_path(p));
            match crate::export::held_on_another_day(ctx.model) {
                Some((planned, held)) => {
                    let [planned, held] = [planned, held].map(i18n::date_short);
                    format!("{written} · {}", (s.held_on_another_day)(&held, &planned))
                }
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

fn draw_status(frame: &mut Frame, area: Rect, ctx: Ctx, banner: Option<String>, text: String) {
    let s = ctx.s;
    let save = &ctx.ui.save;
    let path = save.path.as_deref().map(shown_path).unwrap_or_default();
    if let Some(banner) = banner {
        frame.render_widget(Paragraph::new(banner).style(ctx.theme.warning).wrap(Wrap { trim: true }), area);
        return;
    }
    // Right: when and where the minutes were last saved; the notice takes what is left.
    let saved = match (save.at, &save.path) {
        (_, None) => String::new(),
        (Some(at), Some(_)) => format!("{} · ", (s.saved_at)(&i18n::clock(at))),
        (None, Some(_)) => format!("{} · ", s.not_saved_yet),
    };
    // A notice is read once, now: it takes the whole line until the next key.
    if !text.is_empty() {
        frame.render_widget(
            Paragraph::new(format!(" {text}")).style(ctx.theme.message).wrap(Wrap { trim: false }),
            area,
        );
        return;
    }
    let room = (area.width as usize / 2).saturating_sub(saved.chars().count() + 1);
    let right =
        if save.path.is_some() { format!("{saved}{} ", fit_left(&path, room)) } else { String::new() };
    let [l, r] = Layout::horizontal([Constraint::Fill(1), Constraint::Length(right.chars().count() as u16)])
        .areas(area);
    frame.render_widget(Paragraph::new(format!(" {text}")).style(ctx.theme.message), l);
    frame.render_widget(Paragraph::new(right).style(ctx.theme.muted), r);
}

/// A path as the secretary reads it: the home folder as "~".
fn shown_path(path: &std::path::Path) -> String {
    let home = std::env::var_os("HOME").map(std::path::PathBuf::from);
    match home.as_deref().and_then(|h| path.strip_prefix(h).ok()) {
        Some(rest) => format!("~/{}", rest.display()),
        None => path.display().to_string(),
    }
}

/// The end of `text` in at most `width` characters, "…" in front where it was cut: for a
/// path, the file name matters most.
fn fit_left(text: &str, width: usize) -> String {
    let n = text.chars().count();
    if n <= width {
        return text.to_string();
    }
    let keep: String = text.chars().skip(n + 1 - width.max(1)).collect();
    format!("…{keep}")
}

/// The footer: the hints of the open layers, from the key table, each with its first key
/// (the help lists them all). As many as fit, in table order; the help key always stays.
pub(crate) fn draw_hints(frame: &mut Frame, area: Rect, ctx: Ctx, contexts: &[Context]) {
    let hint = |b: &keys::Binding| {
        let key = if b.keys.len() > 2 {
            keys::first_key(b.context, b.command, ctx.s)
        } else {
            keys::keys_label(b, ctx.s)
        };
        let key = if b.keys == keys::BINDINGS_DIGITS { "0–9".to_string() } else { key };
        let what = (ctx.s.hint)(b.command).unwrap_or((ctx.s.command)(b.command));
        (key, what)
    };
    let all = keys::hints(contexts);
    let help = all.iter().position(|b| b.command == Command::Help).map(|i| hint(all[i]));
    let width = |(k, w): &(String, &str)| k.chars().count() + w.chars().count() + 3;
    let mut room = usize::from(area.width).saturating_sub(1 + help.as_ref().map_or(0, width));
    let mut shown = Vec::new();
    for b in all.iter().filter(|b| b.command != Command::Help) {
        let h = hint(b);
        if width(&h) > room {
            continue;
        }
        room -= width(&h);
        shown.push(h);
    }
    shown.extend(help);
    let mut spans = vec![Span::raw(" ")];
    for (key, what) in shown {
        spans.push(Span::styled(key, ctx.theme.key));
        spans.push(Span::styled(format!(" {what}  "), ctx.theme.hint));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// A line "label: value" with the label muted.
pub(crate) fn labelled<'a>(label: &str, value: impl Into<Span<'a>>, muted: Style) -> Vec<Span<'a>> {
    vec![Span::styled(format!("{label}: "), muted), value.into()]
}
