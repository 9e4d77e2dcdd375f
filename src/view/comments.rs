//! The comment screens: the list (of an item, or of a unit across the conference) with the
//! selected comment in full below it; writing a comment (the unit picker, the speaker, the
//! text in the editor with the terminal cursor at the text cursor); writing an item's note.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, Wrap};

use super::Ctx;
use super::agenda::fit;
use super::poll::unit_name;
use crate::app::{CommentList, Compose, Focus, NoteScreen, Scope, listed, picker};
use crate::comments::{Comment, ResponseKind};
use crate::editor::Editor;
use crate::i18n;
use crate::keys::{self, Command, Context};

fn item_title(ctx: Ctx, item: usize) -> String {
    ctx.model.conference.agenda.get(item).map(|i| i.title.clone()).unwrap_or_default()
}

/// "Sở Nội vụ – Nguyễn Văn Hải", or just the unit when no speaker was named.
fn who(ctx: Ctx, c: &Comment) -> String {
    let unit = unit_name(ctx, &c.unit);
    if c.speaker.is_empty() { unit } else { format!("{unit} – {}", c.speaker) }
}

/// "Nội dung 3 – Nguyễn Văn Hải": the item a comment was on, and who spoke.
fn on_item(ctx: Ctx, c: &Comment) -> String {
    let item = (ctx.s.item_short)(c.item + 1);
    if c.speaker.is_empty() { item } else { format!("{item} – {}", c.speaker) }
}

fn response_label(ctx: Ctx, c: &Comment) -> &'static str {
    match c.response.as_ref().map(|r| r.kind) {
        Some(ResponseKind::TakenUp) => ctx.s.taken_up,
        Some(ResponseKind::Answered) => ctx.s.answered,
        None => "",
    }
}

/// "Giải trình: …" as the detail pane shows it, if the comment has an answer.
fn response_text(ctx: Ctx, c: &Comment) -> Option<String> {
    c.response.as_ref().map(|r| {
        let label = i18n::capitalise(response_label(ctx, c));
        if r.answer.is_empty() { label } else { format!("{label}: {}", r.answer) }
    })
}

pub fn list(frame: &mut Frame, area: Rect, ctx: Ctx, list: &CommentList) {
    let (s, theme) = (ctx.s, ctx.theme);
    let scope = match &list.scope {
        Scope::Item(item) => (s.scope_item)(item + 1, &item_title(ctx, *item)),
        Scope::Unit { unit, .. } => (s.scope_unit)(&unit_name(ctx, unit)),
    };
    let title = format!(" {} · {scope} ", s.comments_title);
    let comments = listed(ctx.model, &list.scope);
    let selected = comments.get(list.selected.min(comments.len().saturating_sub(1))).copied();
    // The detail pane: a third of the screen, or more when its text needs it and the list
    // (its comments, header and borders) leaves room.
    // Rows the comment's text needs inside the pane's borders.
    let width = usize::from(area.width.saturating_sub(2));
    let text_rows =
        |c: &Comment| -> u16 { c.text.lines().map(|l| super::overlay::wrapped_rows(l, width)).sum() };
    let detail_height = selected.map_or(0, |c| {
        let answer = response_text(ctx, c).map_or(0, |r| super::overlay::wrapped_rows(&r, width));
        let list_rows = u16::try_from(comments.len()).unwrap_or(u16::MAX).saturating_add(3).max(5);
        let room = area.height.saturating_sub(list_rows);
        (text_rows(c) + answer + 2).min(room).max((area.height / 3).max(5))
    });
    let [top, bottom] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(detail_height)]).areas(area);

    let block = Block::bordered()
        .border_style(theme.border)
        .title(Line::styled(fit(&title, usize::from(area.width.saturating_sub(2))), theme.title));
    let inner = block.inner(top);
    frame.render_widget(block, top);
    if comments.is_empty() {
        let key = keys::first_key(Context::CommentList, Command::NewComment, s);
        frame.render_widget(Paragraph::new(Line::styled((s.no_comments)(&key), theme.message)), inner);
        return;
    }
    let who_width: u16 = if inner.width >= 100 { 34 } else { 24 };
    let text_width = usize::from(inner.width.saturating_sub(5 + who_width + 11 + 3));
    let visible = usize::from(inner.height.saturating_sub(1));
    let offset = list.selected.saturating_sub(visible.saturating_sub(1));
    // A unit's comments across the conference: which item each was on, not the unit again.
    let across = matches!(list.scope, Scope::Unit { .. });
    let rows = comments.iter().enumerate().skip(offset).take(visible).map(|(i, c)| {
        let who = if across { on_item(ctx, c) } else { who(ctx, c) };
        let first_line = c.text.lines().next().unwrap_or_default();
        let row = Row::new(vec![
            Cell::from(i18n::hhmm(c.at)),
            Cell::from(fit(&who, usize::from(who_width))),
            Cell::from(fit(first_line, text_width)),
            Cell::from(response_label(ctx, c)).style(theme.done),
        ]);
        if i == list.selected { row.style(theme.selected) } else { row }
    });
    let widths =
        [Constraint::Length(5), Constraint::Length(who_width), Constraint::Fill(1), Constraint::Length(11)];
    frame.render_widget(
        Table::new(rows, widths)
            .header(
                Row::new(vec![
                    s.col_time,
                    if across { s.col_item_speaker } else { s.col_speaker },
                    s.col_content,
                    s.col_response,
                ])
                .style(theme.muted),
            )
            .column_spacing(1),
        inner,
    );

    if let Some(c) = selected {
        let who = format!("{} · {}", who(ctx, c), i18n::hhmm(c.at));
        let block =
            Block::bordered().border_style(theme.border).title(Line::styled(format!(" {who} "), theme.title));
        let inner = block.inner(bottom);
        frame.render_widget(block, bottom);
        let lines: Vec<Line> = c.text.lines().map(|l| Line::raw(l.to_string())).collect();
        // The answer keeps the pane's last rows: half, however long the comment, or all the
        // comment leaves.
        let response = response_text(ctx, c);
        let needed = text_rows(c);
        let room = inner.height.saturating_sub(needed).max(inner.height / 2).max(1);
        let rows = response.as_deref().map_or(0, |r| super::overlay::wrapped_rows(r, width).min(room));
        let [text_area, response_area] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(rows)]).areas(inner);
        // A text longer than its rows says so on its last row rather than stopping mid-way.
        if needed > text_area.height && text_area.height > 1 {
            let [shown, more] =
                Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(text_area);
            frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), shown);
            frame.render_widget(Line::styled(s.text_continues, theme.muted), more);
        } else {
            frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), text_area);
        }
        if let Some(response) = response {
            let answer =
                Paragraph::new(Line::styled(response.clone(), theme.done)).wrap(Wrap { trim: false });
            let cut =
                super::overlay::wrapped_rows(&response, usize::from(inner.width)) > response_area.height;
            if cut && response_area.height > 1 {
                // Cut: its last row says how to read it all (the answer's own key opens it).
                let command = match c.response.as_ref().map(|r| r.kind) {
                    Some(ResponseKind::Answered) => Command::Answered,
                    _ => Command::TakenUp,
                };
                let key = keys::first_key(Context::CommentList, command, s);
                let [shown, more] =
                    Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(response_area);
                frame.render_widget(answer, shown);
                frame.render_widget(Line::styled((s.answer_continues)(&key), theme.muted), more);
            } else {
                frame.render_widget(answer, response_area);
            }
        }
    }
}

/// An editor in a box, the terminal cursor at its text cursor (an input method draws its
/// composition there).
fn editor_box(frame: &mut Frame, area: Rect, ctx: Ctx, title: &str, editor: &Editor, focused: bool) {
    let style = if focused { ctx.theme.title } else { ctx.theme.border };
    let count = (ctx.s.characters)(editor.text().chars().count());
    let block = Block::bordered()
        .border_style(style)
        .title(Line::styled(format!(" {title} "), style))
        .title_bottom(Line::styled(format!(" {count} "), ctx.theme.muted).right_aligned());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let v = editor.visible(inner.width, inner.height);
    let lines: Vec<Line> = v.lines.into_iter().map(Line::raw).collect();
    frame.render_widget(Paragraph::new(lines), inner);
    // Under a question the cursor is the question's (or none): not left in the text, where an
    // input method would show its letters.
    if focused && ctx.ui.overlay.is_none() {
        frame.set_cursor_position((inner.x + v.cursor_col, inner.y + v.cursor_row));
    }
}

pub fn compose(frame: &mut Frame, area: Rect, ctx: Ctx, c: &Compose) {
    let (s, theme) = (ctx.s, ctx.theme);
    let title = match c.editing {
        Some(_) => (s.edit_title)(c.item + 1, &item_title(ctx, c.item)),
        None => (s.compose_title)(c.item + 1, &item_title(ctx, c.item)),
    };
    let block = Block::bordered().border_style(theme.border).title(Line::styled(
        fit(&format!(" {title} "), usize::from(area.width.saturating_sub(2))),
        theme.title,
    ));
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let choosing = c.focus == Focus::Unit;
    let matches = if choosing { picker(ctx.model, c) } else { Vec::new() };
    let picker_rows = if choosing { (matches.len() as u16).clamp(1, 6) } else { 0 };
    let [unit_row, list_area, speaker_row, text_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(picker_rows),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(inner);

    let label = |text: &str, focused: bool| {
        Span::styled(format!("{text}: "), if focused { theme.title } else { theme.muted })
    };
    // A search typed and left (Tab away) is shown as it is: it is not the unit the comment has.
    let pending = !choosing && !c.query.text().trim().is_empty();
    let unit_text = if choosing || pending {
        c.query.text()
    } else {
        c.unit.as_deref().map(|u| unit_name(ctx, u)).unwrap_or_default()
    };
    // Typing, the field shows the part of a long search around the cursor.
    let room = |label: &str, row: Rect| usize::from(row.width).saturating_sub(label.chars().count() + 2);
    let (unit_shown, unit_cursor) = if choosing {
        field_window(&unit_text, c.query.cursor(), room(s.label_unit, unit_row))
    } else {
        (unit_text.clone(), 0)
    };
    let mut unit_line = vec![label(s.label_unit, choosing), Span::raw(unit_shown)];
    let chosen = c.unit.as_deref().filter(|_| choosing && unit_text.is_empty());
    if pending {
        unit_line.push(Span::styled(format!("  ({})", s.unit_pending_hint), theme.warning));
    } else if let Some(unit) = chosen {
        // Back in the field with a unit chosen: the unit the comment is for, not a blank.
        unit_line.push(Span::styled(unit_name(ctx, unit), theme.muted));
        unit_line.push(Span::styled(format!("  ({})", s.unit_kept_hint), theme.muted));
    } else if choosing && unit_text.is_empty() {
        // The example is a unit of this conference.
        let example = ctx.model.conference.units.first().map(|u| crate::search::example(&u.short));
        let example = example.unwrap_or_default();
        unit_line.push(Span::styled(format!("  ({})", (s.unit_search_hint)(&example)), theme.muted));
    } else if choosing {
        // Once typing, only the keys: the hint no longer fits beside the text.
        unit_line.push(Span::styled(format!("  ({})", s.unit_search_keys), theme.muted));
    } else if let Some(unit) = c.unit.as_deref()
        && ctx.model.record.attendance.is_absent(unit)
    {
        // A comment from a unit recorded absent is most likely the wrong unit picked.
        unit_line.push(Span::styled(format!("  ({})", s.unit_recorded_absent), theme.warning));
    }
    frame.render_widget(Paragraph::new(Line::from(unit_line)), unit_row);
    if choosing {
        let x = unit_row.x + (s.label_unit.chars().count() + 2 + unit_cursor) as u16;
        if ctx.ui.overlay.is_none() {
            frame.set_cursor_position((x.min(unit_row.right().saturating_sub(1)), unit_row.y));
        }
        let skip = c.picked.saturating_sub(usize::from(picker_rows).saturating_sub(1));
        let lines: Vec<Line> = matches
            .iter()
            .enumerate()
            .skip(skip)
            .take(usize::from(picker_rows))
            .map(|(i, u)| {
                let style = if i == c.picked { theme.selected } else { Style::new() };
                Line::styled(fit(&format!("  {} — {}", u.short, u.name), usize::from(list_area.width)), style)
            })
            .collect();
        if matches.is_empty() {
            let none = fit(&format!("  {}", s.no_unit_matches), usize::from(list_area.width));
            frame.render_widget(Paragraph::new(Line::styled(none, theme.muted)), list_area);
        } else {
            frame.render_widget(Paragraph::new(lines), list_area);
        }
    }

    let on_speaker = c.focus == Focus::Speaker;
    let (speaker_shown, speaker_cursor) = if on_speaker {
        field_window(&c.speaker.text(), c.speaker.cursor(), room(s.label_speaker, speaker_row))
    } else {
        (c.speaker.text(), 0)
    };
    let mut speaker_line = vec![label(s.label_speaker, on_speaker), Span::raw(speaker_shown)];
    if on_speaker {
        // The long hint where it fits beside the name, else only the key.
        let used = speaker_line.iter().map(Span::width).sum::<usize>();
        let long = format!("  ({})", s.speaker_hint);
        let hint = if used + unicode_width::UnicodeWidthStr::width(long.as_str())
            <= usize::from(speaker_row.width)
        {
            long
        } else {
            format!("  ({})", s.speaker_hint_short)
        };
        speaker_line.push(Span::styled(hint, theme.muted));
    }
    let speaker_line = Line::from(speaker_line);
    frame.render_widget(Paragraph::new(speaker_line), speaker_row);
    if on_speaker && ctx.ui.overlay.is_none() {
        let x = speaker_row.x + (s.label_speaker.chars().count() + 2 + speaker_cursor) as u16;
        frame.set_cursor_position((x.min(speaker_row.right().saturating_sub(1)), speaker_row.y));
    }
    editor_box(frame, text_area, ctx, s.label_text, &c.text, c.focus == Focus::Text);
}

/// What a one-line field of `width` columns shows of `text` with the cursor at character
/// `cursor`, and the cursor's column in it: all of it while it fits (the cursor may sit after
/// it); else the end of it while the cursor is there (typing), and once the cursor goes back
/// further the stretch that begins at it, so that what follows the cursor stays in sight. A
/// "…" at either end stands for what goes on out of sight.
fn field_window(text: &str, cursor: usize, width: usize) -> (String, usize) {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() < width || width < 3 {
        return (text.to_string(), cursor);
    }
    // The start that shows the end, a column kept for the cursor after it.
    let tail = chars.len() + 1 - width;
    let start = if cursor > tail { tail } else { cursor.saturating_sub(1) };
    let end = (start + width).min(chars.len());
    let mut shown: Vec<char> = chars[start..end].to_vec();
    if start > 0 {
        shown[0] = '…';
    }
    if end < chars.len()
        && let Some(last) = shown.last_mut()
    {
        *last = '…';
    }
    (shown.into_iter().collect(), cursor - start)
}

pub fn note(frame: &mut Frame, area: Rect, ctx: Ctx, n: &NoteScreen) {
    let title = (ctx.s.note_title)(n.item + 1, &item_title(ctx, n.item));
    editor_box(frame, area, ctx, &fit(&title, usize::from(area.width.saturating_sub(4))), &n.text, true);
}
