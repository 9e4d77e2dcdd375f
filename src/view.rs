//! Drawing: the whole screen from borrowed state, never changing it.
//!
//! `draw` lays out the header, the agenda, the item panel and the footer, then the overlays
//! last. Every view is a short-lived struct of references. The clock is passed in as `now`.
//! No I/O and no state here: what is drawn is a function of (model, ui, theme, strings, now).
//! The sentences of dialogs and of the status line are in `messages`.

mod agenda;
mod awards;
mod comments;
mod messages;
mod overlay;
mod place;
mod poll;
mod roll_call;
mod sections;

use chrono::NaiveDateTime;
use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::app::{self, Model, Overlay, Screen, Ui};
use crate::i18n::{self, Strings};
use crate::keys::{self, Command, Context, Key};
use crate::theme::Theme;
use messages::{notice_text, poll_on_screen, prompt_note, prompt_title, question, shown_path};

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
    // The base colours under everything; a theme without them (the default) leaves the
    // terminal's own, and 12,000 cells of a 200×60 screen need not be visited for nothing.
    if ctx.theme.base != Style::new() {
        frame.render_widget(Block::new().style(ctx.theme.base), area);
    }
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(frame, area, ctx);
        return;
    }
    let banner = save_banner(ctx);
    let notice = notice_text(ctx);
    // While the minutes cannot be saved, what the last key did is still said, above the banner.
    let rows = |text: &str| message_rows(text, area);
    let status_height = match &banner {
        Some(banner) if !notice.is_empty() => rows(&notice) + rows(banner),
        Some(banner) => rows(banner),
        None => rows(&notice),
    };
    let [header, body, status, footer] = place::screen_rows(area, status_height);

    draw_header(frame, header, ctx);
    let (agenda_area, item_area) = if area.width >= SIDE_BY_SIDE {
        let [a, b] = place::split_agenda_panel(body);
        (a, b)
    } else {
        // The panel as tall as its content (never less than 6 rows, never more than half).
        let panel = agenda::ItemPanel { ctx }.height(body.width).clamp(6, (body.height / 2).max(6));
        let [a, b] = place::split_bottom(body, panel);
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
    let contexts = ctx.ui.contexts();
    let lead =
        (contexts[0] == Context::Agenda).then(|| app::item_command(ctx.model, ctx.ui.selected)).flatten();
    draw_hints(frame, footer, ctx, contexts, lead);

    match &ctx.ui.overlay {
        Some(Overlay::Help { scroll }) => overlay::help(frame, area, ctx, *scroll),
        Some(Overlay::Confirm(q)) => overlay::confirm(frame, area, ctx, &question(ctx, q), ctx.ui.contexts()),
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

/// The keys shown (and the only ones taken) while the window is below the minimum size: a
/// question's own keys (the question is shown), else the way out, and closing the help. A
/// field, a list or the help's text cannot be seen, so nothing is typed, chosen or recorded.
fn too_small_bindings(ui: &Ui) -> Vec<&'static keys::Binding> {
    let contexts = ui.contexts();
    if contexts[0].is_question() {
        return keys::hints(&contexts[..1]);
    }
    let wanted = |b: &&'static keys::Binding| matches!(b.command, Command::Quit | Command::CloseHelp);
    let mut shown: Vec<_> = keys::hints(contexts).into_iter().filter(wanted).collect();
    if !shown.iter().any(|b| b.command == Command::Quit) {
        // The way out's hint is hidden where a letter means something else (text in a field,
        // `q` closing the help): its binding whose every key still quits (Ctrl+C).
        let quits = |b: &&'static keys::Binding| {
            b.command == Command::Quit
                && b.keys.iter().all(|&k| keys::command_for(contexts, k) == Some(Command::Quit))
        };
        shown.extend(keys::BINDINGS.iter().filter(|b| contexts.contains(&b.context)).filter(quits).take(1));
    }
    shown
}

/// Whether pasted text is taken in a window of `width`×`height`: not below the minimum size,
/// where the field it would go into cannot be seen.
pub fn takes_paste(width: u16, height: u16) -> bool {
    width >= MIN_WIDTH && height >= MIN_HEIGHT
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

/// Below the minimum size: say so, and still show the quit question if it is open, so
/// that every key keeps a visible answer.
fn too_small(frame: &mut Frame, area: Rect, ctx: Ctx) {
    let size = area.as_size();
    let text = (ctx.s.too_small)(size.width, size.height, MIN_WIDTH, MIN_HEIGHT);
    // A question keeps its line breaks (the file's name on a line of its own).
    let (line, style) = match &ctx.ui.overlay {
        Some(Overlay::Confirm(q)) => (question(ctx, q), ctx.theme.warning),
        _ => (text, ctx.theme.message),
    };
    let hints: Vec<Span> = too_small_bindings(ctx.ui)
        .into_iter()
        .flat_map(|b| {
            let (key, what) = hint_label(b, ctx.s);
            [Span::styled(key, ctx.theme.key), Span::styled(format!(" {what}  "), ctx.theme.hint)]
        })
        .collect();
    // The keys come first when rows are short: a message cut short still leaves the way out.
    let width = usize::from(area.width);
    let keys_text: String = hints.iter().map(|s| s.content.as_ref()).collect();
    let key_rows = overlay::wrapped_rows(&keys_text, width).min(area.height);
    let text_rows = overlay::wrapped_rows(&line, width).min(area.height - key_rows);
    let top = (area.height - key_rows - text_rows) / 2;
    let text_area = Rect { y: area.y + top, height: text_rows, ..area };
    let keys_area = Rect { y: text_area.bottom(), height: key_rows, ..area };
    let wrap = Wrap { trim: true };
    let line = ratatui::text::Text::styled(line, style);
    frame.render_widget(Paragraph::new(line).alignment(Alignment::Center).wrap(wrap), text_area);
    frame.render_widget(Paragraph::new(Line::from(hints)).alignment(Alignment::Center).wrap(wrap), keys_area);
}

fn draw_header(frame: &mut Frame, area: Rect, ctx: Ctx) {
    let c = &ctx.model.conference;
    let s = ctx.s;
    let badge = c_badge(ctx);
    let what = (s.kind_and_period)((s.conference_kind)(c.kind), &(s.period)(c.period));
    let full = format!(" {} · {what} ", c.bloc.name.trim());
    // Short of room, the weekday goes first, then the date (the next line has the
    // conference's), then the kind of conference (in a word, then wholly), then the bloc's name
    // is cut; never the year the conference is about.
    let clock = i18n::clock(ctx.now);
    let fits = |right: &str| full.chars().count() + right.chars().count() <= usize::from(area.width);
    let mut right = format!("{badge} {} {clock} ", (s.date_long)(ctx.now.date()));
    if !fits(&right) {
        right = format!("{badge} {} {clock} ", i18n::date_short(ctx.now.date()));
    }
    if !fits(&right) {
        right = format!("{badge} {clock} ");
    }
    let [l, r] = place::split_right(Rect { height: 1, ..area }, right.chars().count() as u16);
    let room = usize::from(l.width).saturating_sub(what.chars().count() + 5);
    // Then the kind of conference is said in a word ("Tổng kết năm 2022"), then gives way
    // (the period keeps the year), before the bloc's name is cut.
    let short_kind = format!(
        " {} · {} ",
        c.bloc.name.trim(),
        (s.kind_and_period)((s.kind_short)(c.kind), &(s.period)(c.period))
    );
    let without_kind = format!(" {} · {} ", c.bloc.name.trim(), (s.period)(c.period));
    let left = if full.chars().count() <= usize::from(l.width) {
        full
    } else if short_kind.chars().count() <= usize::from(l.width) {
        short_kind
    } else if without_kind.chars().count() <= usize::from(l.width) {
        without_kind
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
        (format!(" · {}: ", s.label_chair), ctx.model.record.chair(c).name.clone()),
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
    let [l, r] = place::split_right(Rect { y: area.y + 1, height: 1, ..area }, end.width() as u16);
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
    let key = keys::first_key(Context::Global, Command::SaveElsewhere, ctx.s);
    // Not while typing (a comment, a field: there the key is a letter), unless what is typed
    // is where to save.
    let here = keys::reachable(ctx.ui.contexts(), Command::SaveElsewhere)
        || matches!(ctx.ui.overlay, Some(Overlay::Prompt(app::Prompt::SaveAs, _)));
    Some((ctx.s.save_failed)(&name.unwrap_or_default(), reason, &key, here))
}

/// The rows the save banner or a notice takes on `screen`: as many as its sentences need, up
/// to 3 (4 from 24 rows, a sixth of a taller screen).
fn message_rows(text: &str, screen: Rect) -> u16 {
    let most = (screen.height / 6).max(3);
    overlay::wrapped_rows(text, usize::from(screen.width.saturating_sub(1))).clamp(1, most)
}

fn draw_status(frame: &mut Frame, area: Rect, ctx: Ctx, banner: Option<String>, text: String) {
    let s = ctx.s;
    let save = &ctx.ui.save;
    let path = save.path.as_deref().map(shown_path).unwrap_or_default();
    if let Some(banner) = banner {
        let rows = message_rows(&banner, frame.area());
        let [said, banner_area] = place::split_bottom(area, rows);
        frame.render_widget(
            Paragraph::new(banner).style(ctx.theme.warning).wrap(Wrap { trim: true }),
            banner_area,
        );
        if !text.is_empty() {
            draw_status(frame, said, ctx, None, text);
        }
        return;
    }
    // Right: when and where the minutes were last saved; the notice takes what is left.
    let saved = match (save.at, &save.path) {
        (_, None) => String::new(),
        (Some(at), Some(_)) => format!("{} · ", (s.saved_at)(&i18n::clock(at))),
        (None, Some(_)) => format!("{} · ", s.not_saved_yet),
    };
    // A notice is read once, now: it takes the whole line until the next key.
    // Every row of it one column in, as the first (a second sentence, a wrapped one).
    if !text.is_empty() {
        frame.render_widget(Block::new().style(ctx.theme.message), area);
        let inner = Rect { x: area.x + 1, width: area.width.saturating_sub(1), ..area };
        frame.render_widget(Paragraph::new(text).style(ctx.theme.message).wrap(Wrap { trim: false }), inner);
        return;
    }
    let room = (area.width as usize / 2).saturating_sub(saved.chars().count() + 1);
    let right =
        if save.path.is_some() { format!("{saved}{} ", fit_left(&path, room)) } else { String::new() };
    let [l, r] = place::split_right(area, right.chars().count() as u16);
    frame.render_widget(Paragraph::new(format!(" {text}")).style(ctx.theme.message), l);
    frame.render_widget(Paragraph::new(right).style(ctx.theme.muted), r);
}

/// Where a window of `visible` rows from `offset` is in a list of `len` ("▲ 4–12 / 15 ▼"),
/// for the bottom of its frame; nothing when the whole list shows.
pub(crate) fn window_mark(offset: usize, visible: usize, len: usize) -> Option<String> {
    (len > visible).then(|| {
        let up = if offset > 0 { "▲ " } else { "" };
        let down = if offset + visible < len { " ▼" } else { "" };
        format!(" {up}{}–{} / {len}{down} ", offset + 1, (offset + visible).min(len))
    })
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
/// (the help lists them all). As many as fit, in table order, after `lead` (the key for the
/// agenda item selected); the help key always stays.
pub(crate) fn draw_hints(
    frame: &mut Frame,
    area: Rect,
    ctx: Ctx,
    contexts: &[Context],
    lead: Option<Command>,
) {
    // Enter in a field that leads on to another one goes on ("tiếp"), as its title says.
    let leads_on = matches!(&ctx.ui.overlay, Some(crate::app::Overlay::Prompt(p, _)) if p.leads_on());
    // In one unit's comments, u goes back to the item's.
    let by_unit =
        matches!(&ctx.ui.screen, Screen::Comments(l) if matches!(l.scope, crate::app::Scope::Unit { .. }));
    // Every key of a hint; each hint's first key only when not all fit and more fit so.
    let hint_with = |b: &keys::Binding, short: bool| {
        let label = hint_label(b, ctx.s);
        let several = b.keys.len() > 1 && b.keys != keys::BINDINGS_DIGITS;
        let label =
            if short && several { (keys::first_key(b.context, b.command, ctx.s), label.1) } else { label };
        match label {
            (key, _) if leads_on && b.command == Command::Submit => (key, ctx.s.hint_next),
            (key, _) if by_unit && b.command == Command::ToggleScope => (key, ctx.s.hint_by_item),
            label => label,
        }
    };
    let mut all = keys::hints(contexts);
    let binding =
        |c: Command| keys::BINDINGS.iter().find(|b| contexts.contains(&b.context) && b.command == c);
    let lead = lead.and_then(binding);
    if let Some(lead) = lead {
        all.retain(|b| b.command != lead.command);
        all.insert(0, lead);
    }
    // Once the conference has ended, n and s have nothing to move to, and writing the biên
    // bản (b) is what is left to do.
    if contexts.first() == Some(&Context::Agenda) && ctx.model.record.has_ended() {
        all.retain(|b| !matches!(b.command, Command::NextItem | Command::SkipItem));
        let at = usize::from(lead.is_some());
        all.splice(at..at, binding(Command::Export));
    }
    let empty = list_is_empty(ctx);
    all.retain(|b| applies(ctx, b.context, b.command, empty));
    let width = |(k, w): &(String, &str)| k.chars().count() + w.chars().count() + 3;
    // The way back (Esc) of a screen off the agenda is kept whatever else is left out, as the
    // help is: a new user must see how to get back. (On the agenda quitting is no such need: its
    // room goes to the conference's keys, and the help says q.)
    let way_out = |c: Command| matches!(c, Command::Back | Command::BackToList);
    let fit = |short: bool| {
        let help = all.iter().position(|b| b.command == Command::Help).map(|i| hint_with(all[i], short));
        let out = all.iter().position(|b| way_out(b.command)).map(|i| hint_with(all[i], short));
        let kept = help.as_ref().map_or(0, width) + out.as_ref().map_or(0, width);
        let mut room = usize::from(area.width).saturating_sub(1 + kept);
        let mut shown = Vec::new();
        let mut dropped = false;
        // In the table's order; the way out's room was set aside before.
        for b in all.iter().filter(|b| b.command != Command::Help) {
            let h = hint_with(b, short);
            if way_out(b.command) {
                shown.push(h);
                continue;
            }
            if width(&h) > room {
                dropped = true;
                continue;
            }
            room -= width(&h);
            shown.push(h);
        }
        shown.extend(help);
        (shown, dropped)
    };
    // The first keys only where that shows more hints.
    let shown = match fit(false) {
        (full, true) => Some(fit(true).0).filter(|short| short.len() > full.len()).unwrap_or(full),
        (full, false) => full,
    };
    let mut spans = vec![Span::raw(" ")];
    for (key, what) in shown {
        spans.push(Span::styled(key, ctx.theme.key));
        spans.push(Span::styled(format!(" {what}  "), ctx.theme.hint));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// Whether a key shown in the footer can act on what is on screen: v on an item that holds a
/// vote, the keys on a comment or an award when the list has one. The others still answer
/// (with why they do nothing) but are not offered.
/// `empty`: the screen's list (of comments, of awards) has nothing in it.
fn applies(ctx: Ctx, context: Context, command: Command, empty: bool) -> bool {
    match (context, command) {
        (Context::Agenda, Command::OpenPoll) => {
            ctx.model.conference.agenda.get(ctx.ui.selected).is_some_and(|i| i.vote.is_some())
        }
        (
            Context::CommentList,
            Command::TakenUp | Command::Answered | Command::EditComment | Command::DeleteComment,
        )
        | (Context::Awards, Command::EditItem | Command::SetCounts | Command::DeleteItem) => !empty,
        _ => true,
    }
}

/// Whether the list of the screen (its comments, its awards) is empty; worked out once a frame
/// (finding a comment of one item goes through the record's comments).
fn list_is_empty(ctx: Ctx) -> bool {
    match &ctx.ui.screen {
        Screen::Comments(list) => !crate::app::lists_any(ctx.model, &list.scope),
        Screen::Awards(a) => crate::app::shown_awards(ctx.model, a).is_empty(),
        _ => false,
    }
}

/// A hint's key and words: the binding's keys ("n/→"), or its first key when it has more
/// than two ("c" for "c/y/Enter") or answers a question (the language's letter, the same in
/// every question), "0–9" for the digits.
fn hint_label(b: &keys::Binding, s: &'static Strings) -> (String, &'static str) {
    let key = if b.keys == keys::BINDINGS_DIGITS {
        "0–9".to_string()
    } else if b.keys.len() > 2 || b.context.is_question() {
        keys::first_key(b.context, b.command, s)
    } else {
        keys::keys_label(b, s)
    };
    (key, (s.hint)(b.command).unwrap_or((s.command)(b.command)))
}

/// A line "label: value" with the label muted.
pub(crate) fn labelled<'a>(label: &str, value: impl Into<Span<'a>>, muted: Style) -> Vec<Span<'a>> {
    vec![Span::styled(format!("{label}: "), muted), value.into()]
}
