//! Layers drawn over the screen: the help (every binding of the key table, by context) and
//! the confirmation box. Both read the key table, so they show the keys that really work.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::{Ctx, draw_hints};
use unicode_width::UnicodeWidthStr;

use crate::input::LineInput;
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
    // The keys of the screen under the help come first, then every other layer in order.
    let here = ctx.ui.screen_contexts();
    let everywhere = keys::HELP_ORDER;
    let rest = everywhere.into_iter().filter(|c| !here.contains(c));
    let mut text_keys_shown = false;
    for context in here.iter().copied().chain(rest) {
        if !lines.is_empty() {
            lines.push(Line::raw(""));
        }
        lines.push(Line::styled((s.context)(context).to_string(), theme.title));
        let row = |key: String, what: &str| {
            // At least one space: a long list of keys must not run into its words.
            let pad = 22usize.saturating_sub(key.chars().count()).max(1);
            Line::from(vec![
                Span::raw("  "),
                Span::styled(key, theme.key),
                Span::raw(" ".repeat(pad)),
                Span::styled(what.to_string(), theme.hint),
            ])
        };
        for b in BINDINGS.iter().filter(|b| b.context == context) {
            lines.push(row(keys::keys_label(b, s), (s.command)(b.command)));
        }
        // A text field's own keys, from the table the fields take them from (a text's once).
        if let Some(field) = keys::editing_in(context, !text_keys_shown) {
            text_keys_shown |= field == keys::Field::Text;
            for b in keys::EDITING.iter().filter(|b| b.fields.contains(&field)) {
                let label = b.keys.iter().map(|k| k.name(s)).collect::<Vec<_>>().join(", ");
                lines.push(row(label, (s.edit)(b.edit)));
            }
        }
    }
    lines
}

pub fn help(frame: &mut Frame, area: Rect, ctx: Ctx, scroll: u16) {
    let lines = help_lines(ctx);
    // A row above it, and the status line and the footer in sight under it: what a key pressed
    // in the help did is read there.
    let popup = Rect { y: area.y + 1, ..centered(area, 72, area.height.saturating_sub(3)) };
    let block = Block::bordered()
        .border_style(ctx.theme.border)
        .style(ctx.theme.base)
        .title(Line::styled(format!(" {} ", ctx.s.help_title), ctx.theme.title))
        .title_bottom(Line::styled(format!(" {} ", ctx.s.help_close), ctx.theme.muted));
    let inner = block.inner(popup);
    let max_scroll = (lines.len() as u16).saturating_sub(inner.height);
    let scroll = scroll.min(max_scroll);
    // Where the window is in the whole help, as the agenda says it: "▲ 21–40 / 260 ▼".
    let total = lines.len();
    let (first, last) = (usize::from(scroll) + 1, (usize::from(scroll + inner.height)).min(total));
    let up = if scroll > 0 { "▲ " } else { "" };
    let down = if last < total { " ▼" } else { "" };
    let block = block.title_bottom(
        Line::styled(format!(" {up}{first}–{last} / {total}{down} "), ctx.theme.muted).right_aligned(),
    );
    clear_for(frame, popup, area, ctx);
    frame.render_widget(Paragraph::new(lines).block(block).scroll((scroll, 0)), popup);
}

/// Rows `lines` take together, each wrapped as `wrapped_rows` says.
pub(crate) fn lines_height(lines: &[Line], width: usize) -> u16 {
    lines.iter().map(|l| wrapped_rows(&l.to_string(), width)).sum()
}

/// Rows `text` takes wrapped at spaces into `width` columns (as `Wrap { trim: true }` does
/// for text without very long words).
pub(crate) fn wrapped_rows(text: &str, width: usize) -> u16 {
    let width = width.max(1);
    let mut total = 0u16;
    // Each line of its own; a word longer than the width (a path) is broken over rows.
    for line in text.split('\n') {
        let mut rows = 1u16;
        let mut used = 0;
        // A no-break space keeps a unit's name on one row, as ratatui's wrapping does.
        let words = line.split(|c: char| c.is_whitespace() && c != '\u{a0}').filter(|w| !w.is_empty());
        for word in words {
            let w = word.width();
            if used > 0 && used + 1 + w > width {
                rows = rows.saturating_add(1);
                used = 0;
            }
            used += usize::from(used > 0);
            used += w;
            while used > width {
                rows = rows.saturating_add(1);
                used -= width;
            }
        }
        total = total.saturating_add(rows);
    }
    total
}

/// Clears where `popup` goes and one column either side of it (within `area`): a letter of
/// the text beneath must not touch its border.
fn clear_for(frame: &mut Frame, popup: Rect, area: Rect, ctx: Ctx) {
    let left = popup.x.saturating_sub(1).max(area.x);
    let right = (popup.right() + 1).min(area.right());
    let margin = Rect { x: left, width: right.saturating_sub(left), ..popup };
    frame.render_widget(Clear, margin);
    frame.render_widget(Block::new().style(ctx.theme.base), margin);
}

/// A question in a box, with the keys that answer it (from `contexts`).
pub fn confirm(frame: &mut Frame, area: Rect, ctx: Ctx, question: &str, contexts: &[Context]) {
    // 60 columns, wider (up to 100) for a long word such as a path, so that it stays whole.
    let longest = question.split_whitespace().map(|w| w.width()).max().unwrap_or(0);
    let wanted = u16::try_from(longest + 4).unwrap_or(u16::MAX).clamp(60, 100);
    let width = area.width.saturating_sub(4).min(wanted);
    // As many rows as the question needs, wrapped at words.
    let text_width = usize::from(width.saturating_sub(4)).max(1);
    let rows = wrapped_rows(question, text_width);
    let popup = centered(area, width, rows + 4);
    let block = Block::bordered().border_style(ctx.theme.warning).style(ctx.theme.base);
    let inner = block.inner(popup);
    clear_for(frame, popup, area, ctx);
    frame.render_widget(block, popup);
    let [q, _, hints] =
        Layout::vertical([Constraint::Length(rows), Constraint::Length(1), Constraint::Length(1)])
            .areas(inner);
    let q = Rect { x: q.x + 1, width: q.width.saturating_sub(2), ..q };
    frame.render_widget(Paragraph::new(question).style(ctx.theme.warning).wrap(Wrap { trim: true }), q);
    draw_hints(frame, hints, ctx, contexts, None);
}

/// The most lines a field shows at once; longer text scrolls to keep the cursor in view.
const FIELD_LINES: usize = 8;

/// A one-line text field in a box, with the terminal cursor where the text cursor is (an
/// input method draws its composition there).
pub fn prompt(frame: &mut Frame, area: Rect, ctx: Ctx, title: &str, note: Option<&str>, field: &LineInput) {
    let width = area.width.saturating_sub(4).min(100);
    let chars = field.chars();
    // A long text (a covenant's item, a decision) wraps so that all of it can be read; the
    // field keeps the width for ↑ and ↓.
    let inside = usize::from(width.saturating_sub(2));
    let lines = field.shown_at(inside);
    let shown = lines.len().min(FIELD_LINES);
    // A title or note too long for the border is written in full inside the box (above the
    // field, or under it) rather than cut mid-word.
    let on_border = |text: &str| text.width() + 2 <= inside;
    let inside_rows = |text: Option<&str>| match text {
        Some(t) if !on_border(t) => wrapped_rows(t, inside),
        _ => 0,
    };
    let (head_rows, foot_rows) = (inside_rows(Some(title)), inside_rows(note));
    let popup = centered(area, width, shown as u16 + 2 + head_rows + foot_rows);
    let mut block = Block::bordered().border_style(ctx.theme.warning).style(ctx.theme.base);
    if head_rows == 0 {
        block = block.title(Line::styled(format!(" {title} "), ctx.theme.title));
    }
    if let Some(note) = note.filter(|_| foot_rows == 0) {
        block = block.title_bottom(Line::styled(format!(" {note} "), ctx.theme.muted));
    }
    let [head, inner, foot] =
        Layout::vertical([Constraint::Length(head_rows), Constraint::Fill(1), Constraint::Length(foot_rows)])
            .areas(block.inner(popup));
    clear_for(frame, popup, area, ctx);
    frame.render_widget(block, popup);
    let wrapped =
        |text: &str, style| Paragraph::new(Line::styled(text.to_string(), style)).wrap(Wrap { trim: true });
    if head_rows > 0 {
        frame.render_widget(wrapped(title, ctx.theme.title), head);
    }
    if let Some(note) = note.filter(|_| foot_rows > 0) {
        frame.render_widget(wrapped(note, ctx.theme.muted), foot);
    }
    let cursor = field.cursor();
    let row = crate::input::cursor_row(&lines, cursor);
    let skip = row.saturating_sub(shown - 1);
    let text: Vec<Line> = lines
        .iter()
        .skip(skip)
        .take(shown)
        .map(|&(start, end)| Line::raw(chars[start..end].iter().collect::<String>()))
        .collect();
    // Selected whole, to be typed over: shown so.
    let text: Vec<Line> = if field.is_selected() {
        text.into_iter().map(|l| l.style(ctx.theme.selected)).collect()
    } else {
        text
    };
    frame.render_widget(Paragraph::new(text), inner);
    let (start, _) = lines[row];
    let x = inner.x + u16::try_from(cursor - start).unwrap_or(0);
    let y = inner.y + u16::try_from(row - skip).unwrap_or(0);
    frame.set_cursor_position((
        x.min(inner.right().saturating_sub(1)),
        y.min(inner.bottom().saturating_sub(1)),
    ));
}
