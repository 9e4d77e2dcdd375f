//! Layers drawn over the screen: the help (every binding of the key table, by context) and
//! the confirmation box. Both read the key table, so they show the keys that really work.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::{Ctx, draw_hints};
use crate::keys::{self, BINDINGS, Context};

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let [row] =
        Layout::vertical([Constraint::Length(height.min(area.height))]).flex(Flex::Center).areas(area);
    let [cell] =
        Layout::horizontal([Constraint::Length(width.min(area.width))]).flex(Flex::Center).areas(row);
    cell
}

/// Every binding, grouped by where it works.
pub fn help_lines(ctx: Ctx) -> Vec<Line<'static>> {
    let (s, theme) = (ctx.s, ctx.theme);
    let mut lines = Vec::new();
    for context in [Context::Agenda, Context::Global, Context::Help, Context::Confirm] {
        if !lines.is_empty() {
            lines.push(Line::raw(""));
        }
        lines.push(Line::styled((s.context)(context).to_string(), theme.title));
        for b in BINDINGS.iter().filter(|b| b.context == context) {
            let key = keys::keys_label(b, s);
            let pad = 22usize.saturating_sub(key.chars().count());
            lines.push(Line::from(vec![
                Span::raw("  "),
                Span::styled(key, theme.key),
                Span::raw(" ".repeat(pad)),
                Span::styled((s.command)(b.command).to_string(), theme.hint),
            ]));
        }
    }
    lines
}

pub fn help(frame: &mut Frame, area: Rect, ctx: Ctx, scroll: u16) {
    let lines = help_lines(ctx);
    let popup = centered(area, 72, area.height.saturating_sub(2));
    let block = Block::bordered()
        .border_style(ctx.theme.border)
        .style(ctx.theme.base)
        .title(Line::styled(format!(" {} ", ctx.s.help_title), ctx.theme.title))
        .title_bottom(Line::styled(format!(" {} ", ctx.s.help_close), ctx.theme.muted));
    let inner = block.inner(popup);
    let max_scroll = (lines.len() as u16).saturating_sub(inner.height);
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(lines).block(block).scroll((scroll.min(max_scroll), 0)), popup);
}

pub fn confirm(frame: &mut Frame, area: Rect, ctx: Ctx, question: &str) {
    let popup = centered(area, 50, 5);
    let block = Block::bordered().border_style(ctx.theme.warning).style(ctx.theme.base);
    let inner = block.inner(popup);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    let [q, _, hints] = Layout::vertical([Constraint::Length(1); 3]).areas(inner);
    frame.render_widget(
        Paragraph::new(Line::styled(format!(" {question}"), ctx.theme.warning)).wrap(Wrap { trim: true }),
        q,
    );
    draw_hints(frame, hints, ctx, &[Context::Confirm]);
}
