//! Drawing: the whole screen from borrowed state, never changing it.
//!
//! `draw` lays out the header, the agenda, the item panel and the footer, then the overlays
//! last. Every view is a short-lived struct of references. The clock is passed in as `now`.
//! No I/O and no state here: what is drawn is a function of (model, ui, theme, strings, now).

mod agenda;
mod overlay;

use chrono::NaiveDateTime;
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::app::{Model, Notice, Overlay, Ui};
use crate::i18n::{self, Strings};
use crate::keys::{self, Command, Context};
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
    let [header, body, status, footer] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);

    draw_header(frame, header, ctx);
    let (agenda_area, item_area) = if area.width >= SIDE_BY_SIDE {
        let [a, b] = Layout::horizontal([Constraint::Percentage(62), Constraint::Percentage(38)]).areas(body);
        (a, b)
    } else {
        let panel = if body.height >= 30 { 10 } else { 8 };
        let [a, b] = Layout::vertical([Constraint::Fill(1), Constraint::Length(panel)]).areas(body);
        (a, b)
    };
    frame.render_widget(agenda::AgendaTable { ctx }, agenda_area);
    frame.render_widget(agenda::ItemPanel { ctx }, item_area);
    draw_status(frame, status, ctx);
    draw_hints(frame, footer, ctx, ctx.ui.contexts());

    match ctx.ui.overlay {
        Some(Overlay::Help { scroll }) => overlay::help(frame, area, ctx, scroll),
        Some(Overlay::ConfirmQuit) => overlay::confirm(frame, area, ctx, ctx.s.quit_question),
        None => {}
    }
}

/// Below the minimum size: say so, and still show the quit question if it is open, so
/// that every key keeps a visible answer.
fn too_small(frame: &mut Frame, area: Rect, ctx: Ctx) {
    let size = area.as_size();
    let text = (ctx.s.too_small)(size.width, size.height, MIN_WIDTH, MIN_HEIGHT);
    let (line, contexts): (Line, &[Context]) = match ctx.ui.overlay {
        Some(Overlay::ConfirmQuit) => {
            (Line::styled(ctx.s.quit_question, ctx.theme.warning), &[Context::Confirm])
        }
        _ => (Line::styled(text, ctx.theme.message), &[Context::Agenda]),
    };
    let hints: Vec<Span> = keys::hints(contexts)
        .into_iter()
        .filter(|b| contexts == [Context::Confirm] || b.command == Command::Quit)
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
    let right = format!(" {} {} ", (s.date_long)(ctx.now.date()), i18n::clock(ctx.now));
    let left = format!(" {} · {} {} ", c.bloc.name, (s.conference_kind)(c.kind), (s.period)(c.period));
    let [l, r] = Layout::horizontal([Constraint::Fill(1), Constraint::Length(right.chars().count() as u16)])
        .areas(Rect { height: 1, ..area });
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

fn draw_status(frame: &mut Frame, area: Rect, ctx: Ctx) {
    let s = ctx.s;
    let text = match ctx.ui.notice {
        Some(Notice::UnknownKey(key)) => {
            (s.unknown_key)(&key.name(s), &keys::first_key(Context::Global, Command::Help, s))
        }
        Some(Notice::FirstItem) => s.first_item.into(),
        Some(Notice::Skipped(n)) => (s.skipped_item)(n),
        Some(Notice::Unskipped(n)) => (s.unskipped_item)(n),
        Some(Notice::CannotSkipDone) => s.cannot_skip_done.into(),
        None => String::new(),
    };
    frame.render_widget(Paragraph::new(format!(" {text}")).style(ctx.theme.message), area);
}

/// The footer: the hints of the open layers, from the key table, as many as fit.
pub(crate) fn draw_hints(frame: &mut Frame, area: Rect, ctx: Ctx, contexts: &[Context]) {
    let mut spans = vec![Span::raw(" ")];
    let mut width = 1;
    for b in keys::hints(contexts) {
        let key = keys::keys_label(b, ctx.s);
        let what = (ctx.s.hint)(b.command).unwrap_or((ctx.s.command)(b.command));
        let needed = key.chars().count() + what.chars().count() + 3;
        if width + needed > area.width as usize {
            break;
        }
        width += needed;
        spans.push(Span::styled(key, ctx.theme.key));
        spans.push(Span::styled(format!(" {what}  "), ctx.theme.hint));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// A line "label: value" with the label muted.
pub(crate) fn labelled<'a>(label: &str, value: impl Into<Span<'a>>, muted: Style) -> Vec<Span<'a>> {
    vec![Span::styled(format!("{label}: "), muted), value.into()]
}
