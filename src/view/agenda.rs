//! The agenda table and the panel of the item being held (or, before and after the
//! conference, the item under the cursor). Only the rows that fit are built, so a long
//! agenda costs no more to draw than a short one.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::{Ctx, labelled, place};
use crate::conference::{AgendaItem, Presenter, Subject};
use crate::i18n::{self, StateLabel, Strings};
use crate::keys::{self, Command, Context};
use crate::record::ItemState;

pub struct AgendaTable<'a> {
    pub ctx: Ctx<'a>,
}

pub struct ItemPanel<'a> {
    pub ctx: Ctx<'a>,
}

/// The state column's word; `voted`: the item's vote is over though the item is not held
/// yet (the vote was brought forward), which "chưa" alone would hide.
fn state_label(state: ItemState, voted: bool) -> StateLabel {
    match state {
        ItemState::Pending if voted => StateLabel::Voted,
        ItemState::Pending => StateLabel::Pending,
        ItemState::Current => StateLabel::Current,
        ItemState::Done => StateLabel::Done,
        ItemState::Skipped => StateLabel::Skipped,
    }
}

/// The state column, as wide as its longest word ("đã biểu quyết").
const STATE_WIDTH: u16 = 13;

fn state_symbol(state: ItemState) -> &'static str {
    match state {
        ItemState::Pending => " ",
        ItemState::Current => "▶",
        ItemState::Done => "✓",
        ItemState::Skipped => "–",
    }
}

/// The presenter as a short label: the unit's short name, or the person's name.
pub(crate) fn presenter_label(ctx: Ctx, item: &AgendaItem) -> String {
    let c = &ctx.model.conference;
    match &item.presenter {
        None => String::new(),
        Some(Presenter::Chair) => ctx.s.presenter_chair.into(),
        Some(Presenter::Unit(id)) => c.short_name(id).to_string(),
        Some(Presenter::Person { name, .. }) => name.clone(),
    }
}

/// The presenter in full: "Hoàng Nam Phong, Trưởng phòng …, Văn phòng UBND TP".
fn presenter_full(ctx: Ctx, item: &AgendaItem) -> String {
    let c = &ctx.model.conference;
    match &item.presenter {
        Some(Presenter::Unit(id)) => c.unit(id).map_or_else(|| id.clone(), |u| u.name.clone()),
        Some(Presenter::Person { name, title, unit }) => {
            let unit = unit.as_deref().and_then(|id| c.unit(id)).map(|u| u.short.as_str());
            [Some(name.as_str()), Some(title.as_str()), unit]
                .into_iter()
                .flatten()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", ")
        }
        Some(Presenter::Chair) => format!("{} ({})", ctx.s.presenter_chair, ctx.model.record.chair(c).name),
        None => String::new(),
    }
}

impl Widget for AgendaTable<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let ctx = self.ctx;
        let (s, theme) = (ctx.s, ctx.theme);
        let c = &ctx.model.conference;
        let record = &ctx.model.record;
        let inner = Block::bordered().inner(area);
        let visible = inner.height.saturating_sub(1) as usize;
        let len = c.agenda.len();
        let offset = ctx.ui.selected.saturating_sub(visible / 2).min(len.saturating_sub(visible));
        let wide = inner.width >= 90;

        // Where the window is in a longer agenda: "▲ 4–12 / 15 ▼".
        let mut block = Block::bordered()
            .border_style(theme.border)
            .title(Line::styled(format!(" {} ", s.agenda_title), theme.title));
        if let Some(shown) = super::window_mark(offset, visible, len) {
            block = block.title_bottom(Line::styled(shown, theme.muted).right_aligned());
        }
        block.render(area, buf);

        let presenter_width: u16 = if wide { 22 } else { 16 };
        let fixed = 3 + 1 + presenter_width + 8 + 8 + if wide { STATE_WIDTH } else { 0 };
        let columns = if wide { 6 } else { 5 };
        let title_width = inner.width.saturating_sub(fixed + columns) as usize;

        let mut widths = vec![3, 1, title_width as u16, presenter_width, 8, 8];
        let mut header = vec![s.col_number, "", s.col_item, s.col_presenter, s.col_planned, s.col_actual];
        if wide {
            widths.insert(5, STATE_WIDTH);
            header.insert(5, s.col_state);
        }
        let line = |row: usize| Rect { y: inner.y + row as u16, height: 1, ..inner };
        let plain = Style::new();
        place::table_row(buf, line(0), &widths, header.into_iter().map(|h| (h, plain)), theme.muted);
        let shown = c.agenda.iter().zip(&record.items).enumerate().skip(offset).take(visible);
        for (row, (i, (plan, item))) in shown.enumerate() {
            let elapsed = record.elapsed(i, ctx.now);
            let over = elapsed > i64::from(plan.minutes) * 60;
            let actual = match item.state {
                ItemState::Current => i18n::timer(elapsed),
                _ => actual_label(s, item.state, elapsed).unwrap_or_default(),
            };
            let row_style = match item.state {
                ItemState::Pending => Style::new(),
                ItemState::Current => theme.current,
                ItemState::Done => theme.done,
                ItemState::Skipped => theme.skipped,
            };
            let number = format!("{:>2}.", i + 1);
            let title = fit(&plan.title, title_width);
            let presenter = fit(&presenter_label(ctx, plan), usize::from(presenter_width));
            let planned = (s.minutes)(i64::from(plan.minutes));
            let mut cells = vec![
                (number.as_str(), plain),
                (state_symbol(item.state), plain),
                (title.as_str(), plain),
                (presenter.as_str(), plain),
                (planned.as_str(), plain),
                (actual.as_str(), if over { theme.overrun } else { plain }),
            ];
            if wide {
                let voted = item.state == ItemState::Pending
                    && record.poll(i).is_some_and(|p| p.open_round().is_none() && !p.needs_chair_decision());
                cells.insert(5, ((s.state)(state_label(item.state, voted)), plain));
            }
            let style = if i == ctx.ui.selected { row_style.patch(theme.selected) } else { row_style };
            place::table_row(buf, line(row + 1), &widths, cells, style);
        }
    }
}

impl<'a> ItemPanel<'a> {
    /// The item the panel is about: the current one, else the one under the cursor.
    fn item(&self) -> (usize, &'static str) {
        let s = self.ctx.s;
        match self.ctx.model.record.current {
            Some(i) => (i, s.current_title),
            None => (self.ctx.ui.selected, s.selected_title),
        }
    }

    /// Rows the panel needs at `width` (borders included), so that nothing is cut off.
    pub fn height(&self, width: u16) -> u16 {
        let inner = usize::from(width.saturating_sub(2)).max(1);
        super::overlay::lines_height(&self.lines(width), inner) + 2
    }

    fn lines(&self, width: u16) -> Vec<Line<'a>> {
        let ctx = self.ctx;
        let (s, theme) = (ctx.s, ctx.theme);
        let c = &ctx.model.conference;
        let record = &ctx.model.record;
        let (index, _) = self.item();
        let Some(plan) = c.agenda.get(index) else { return Vec::new() };
        let mut lines = Vec::new();
        if record.current.is_none() {
            let text = match record.finished_at {
                Some(end) => (s.finished_at)(&i18n::hhmm(end)),
                None => (s.not_started)(&keys::first_key(Context::Agenda, Command::NextItem, s)),
            };
            lines.push(Line::styled(text, theme.message));
        }
        lines.push(Line::styled(format!("{}. {}", index + 1, plan.title), theme.current));
        let kind = labelled(s.label_kind, (s.item_kind)(plan.kind), theme.muted);
        if plan.presenter.is_some() {
            // On one row when both fit, else each on its own (not "… ·" left at a row's end).
            let presenter = labelled(s.label_presenter, presenter_full(ctx, plan), theme.muted);
            let both = Line::from([&presenter[..], &[Span::styled(" · ", theme.muted)], &kind[..]].concat());
            if both.width() <= usize::from(width.saturating_sub(2)) {
                lines.push(both);
            } else {
                lines.push(Line::from(presenter));
                lines.push(Line::from(kind));
            }
        } else {
            lines.push(Line::from(kind));
        }
        lines.push(times_line(ctx, index, plan));
        if record.items[index].state == ItemState::Current {
            lines.push(progress_bar(ctx, index, plan, width.saturating_sub(2)));
        }
        if let Some(vote) = &plan.vote {
            let rules = c.rules_for(vote);
            let what = match &vote.subject {
                Subject::Office { candidates, .. } => {
                    let names: Vec<&str> = candidates.iter().map(|id| c.short_name(id)).collect();
                    labelled(s.candidates, names.join(", "), theme.muted)
                }
                Subject::Motion(text) => labelled(s.motion, text.clone(), theme.muted),
            };
            let mut spans = vec![Span::raw(format!("{} · ", (s.method)(vote.method)))];
            spans.extend(what);
            spans.push(Span::styled(format!(" · {}: ", s.label_threshold), theme.muted));
            spans.push(Span::raw((s.pass_rule)(rules.pass, rules.base)));
            lines.push(Line::from(spans));
            if let Some(result) =
                record.poll(index).map(|p| super::poll::result_line(ctx, p)).filter(|r| !r.is_empty())
            {
                lines.push(Line::styled(result, theme.title));
            }
        }
        // A vote left open (opened from the agenda before its item, say), or tied in its last
        // round and waiting for the chair's choice, this item's or another's: said, with the
        // way back to it. The key is looked up only for such a vote (most frames have none).
        let key = || keys::first_key(Context::Agenda, Command::OpenPoll, s);
        for poll in &record.polls {
            let secret = poll.method == crate::conference::Method::SecretBallot;
            let elsewhere = (poll.item != index).then_some(poll.item + 1);
            let line = match poll.open_round() {
                Some(round) => (s.vote_open)(elsewhere, round.number, secret, &key()),
                None if poll.needs_chair_decision() => (s.vote_awaits_chair)(elsewhere, &key()),
                None => continue,
            };
            lines.push(Line::styled(line, theme.message));
        }
        lines
    }
}

impl Widget for ItemPanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (_, title) = self.item();
        let block = Block::new()
            .borders(Borders::ALL)
            .border_style(self.ctx.theme.border)
            .title(Line::styled(format!(" {title} "), self.ctx.theme.title));
        let inner = block.inner(area);
        block.render(area, buf);
        Paragraph::new(self.lines(area.width)).wrap(Wrap { trim: false }).render(inner, buf);
    }
}

/// `text` cut to `width` cells with "…" where it was cut.
pub(crate) fn fit(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// Names cut to `width` cells as [`fit`] cuts them, except that names that would then read
/// the same ("Phường Nguyễn …" twice) keep their ends instead ("Phường…Cư Trinh",
/// "Phường…hái Bình"): a list to choose from never shows two rows alike where their
/// names differ.
pub(crate) fn fit_apart(names: &[String], width: usize) -> Vec<String> {
    let mut cut: Vec<String> = names.iter().map(|n| fit(n, width)).collect();
    // Each cut name with the first full name that gave it: a second, other name is alike.
    let mut first: std::collections::HashMap<&str, &str> = std::collections::HashMap::new();
    let mut alike: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for (c, name) in cut.iter().zip(names) {
        if *first.entry(c.as_str()).or_insert(name.as_str()) != name.as_str() {
            alike.insert(c.as_str());
        }
    }
    let alike: std::collections::HashSet<String> = alike.into_iter().map(String::from).collect();
    for (c, name) in cut.iter_mut().zip(names) {
        if alike.contains(c.as_str()) {
            *c = fit_middle(name, width);
        }
    }
    cut
}

/// `text` cut to `width` cells in its middle: its first words (up to half the width), "…",
/// then as much of its end as fits.
fn fit_middle(text: &str, width: usize) -> String {
    let mut head = "";
    for (at, _) in text.match_indices(' ') {
        if text[..at].width() > width / 2 {
            break;
        }
        head = &text[..at];
    }
    if head.is_empty() {
        let mut used = 0;
        let end = text
            .char_indices()
            .find(|&(_, c)| {
                used += c.width().unwrap_or(0);
                used > width / 3
            })
            .map_or(text.len(), |(i, _)| i);
        head = &text[..end];
    }
    let room = width.saturating_sub(head.width() + 1);
    let mut used = 0;
    let start = text
        .char_indices()
        .rev()
        .find(|&(_, c)| {
            used += c.width().unwrap_or(0);
            used > room
        })
        .map_or(0, |(i, c)| i + c.len_utf8());
    format!("{head}…{}", text[start.max(head.len())..].trim_start())
}

fn times_line<'a>(ctx: Ctx<'a>, index: usize, plan: &AgendaItem) -> Line<'a> {
    let (s, theme) = (ctx.s, ctx.theme);
    let record = &ctx.model.record;
    let planned = i64::from(plan.minutes) * 60;
    let elapsed = record.elapsed(index, ctx.now);
    let sep = || Span::styled(" · ", theme.muted);
    let mut spans = Vec::new();
    let (start, end) = record.actual_times(index);
    if let Some(start) = start {
        spans.extend(labelled(s.label_started, i18n::hhmm(start), theme.muted));
        spans.push(sep());
    }
    spans.extend(labelled(s.label_planned, (s.minutes)(i64::from(plan.minutes)), theme.muted));
    let current = record.items[index].state == ItemState::Current;
    let actual = actual_label(s, record.items[index].state, elapsed);
    if record.items[index].spans.is_empty() || !current && actual.is_none() {
        return Line::from(spans);
    }
    spans.push(sep());
    match actual {
        _ if current => spans.extend(labelled(s.label_elapsed, i18n::timer(elapsed), theme.muted)),
        Some(actual) => spans.extend(labelled(s.label_actual, actual, theme.muted)),
        None => {}
    }
    spans.push(sep());
    if elapsed > planned {
        spans.push(Span::styled(
            format!("{}: {}", s.label_overrun, i18n::timer(elapsed - planned)),
            theme.overrun,
        ));
    } else if current {
        let left = Span::styled(i18n::timer(planned - elapsed), theme.on_time);
        spans.extend(labelled(s.label_remaining, left, theme.muted));
    } else if let Some(end) = end {
        spans.extend(labelled(s.label_ended, i18n::hhmm(end), theme.muted));
    }
    Line::from(spans)
}

/// A bar of elapsed against planned time, in whole cells (integer arithmetic).
fn progress_bar<'a>(ctx: Ctx<'a>, index: usize, plan: &AgendaItem, width: u16) -> Line<'a> {
    let planned = i64::from(plan.minutes).max(1) * 60;
    let elapsed = ctx.model.record.elapsed(index, ctx.now);
    let cells = i64::from(width.saturating_sub(2)).min(60);
    let filled = (elapsed * cells / planned).min(cells);
    let style = if elapsed > planned { ctx.theme.overrun } else { ctx.theme.on_time };
    Line::from(vec![
        Span::styled("█".repeat(filled as usize), style),
        Span::styled("░".repeat((cells - filled) as usize), ctx.theme.muted),
    ])
}

/// "Dự kiến kết thúc 10:12 · kế hoạch 10:05 · chậm 7 phút"; before the conference begins on a
/// computer whose clock shows another day than the conference's, that instead: every time
/// the minutes record comes from that clock, and the plan against it means nothing.
pub(crate) fn expected_end_line(ctx: Ctx) -> Line<'static> {
    let (s, theme) = (ctx.s, ctx.theme);
    let c = &ctx.model.conference;
    if ctx.model.record.started_at.is_none() && ctx.now.date() != c.date {
        return Line::styled(
            format!(" {} ", (s.clock_date)(&i18n::date_short(ctx.now.date()))),
            theme.warning,
        );
    }
    let expected = ctx.model.record.expected_end(c, ctx.now);
    let label = if ctx.model.record.finished_at.is_some() { s.ended_at } else { s.expected_end };
    let planned = ctx.model.record.planned_end(c, ctx.now);
    // In the minutes shown: 10:25 against 10:30 is 5 early, whatever the seconds.
    let late = crate::record::minutes_between(planned, expected);
    let (verdict, style) = match late {
        m if m > 0 => ((s.behind)(m), theme.overrun),
        m if m < 0 => ((s.ahead)(-m), theme.on_time),
        _ => (s.on_plan.to_string(), theme.on_time),
    };
    Line::from(vec![
        Span::styled(format!(" {label} "), theme.muted),
        Span::styled(i18n::hhmm(expected), theme.title),
        Span::styled(format!(" · {} {} · ", s.planned_end, i18n::hhmm(planned)), theme.muted),
        Span::styled(verdict, style),
        Span::raw(" "),
    ])
}

/// An item's time as held, to the minute. Under half a minute: "< 1 phút" for an item done
/// (held briefly, and it shows), nothing for one stepped onto and straight off (n then p:
/// nothing to tell, not "0 phút"). The biên bản, which gives clock times, leaves out a stretch
/// within one clock minute instead (`record::same_minute`).
fn actual_label(s: &Strings, state: ItemState, elapsed: i64) -> Option<String> {
    match elapsed {
        30.. => Some((s.minutes)((elapsed + 30) / 60)),
        _ if state == ItemState::Done => Some(s.under_a_minute.into()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{fit, fit_apart};

    #[test]
    fn names_that_would_read_the_same_once_cut_keep_their_ends() {
        let names =
            ["Phường Nguyễn Cư Trinh", "Phường Nguyễn Thái Bình", "Phường Cô Giang", "Phường Cô Giang"]
                .map(String::from);
        let cut = fit_apart(&names, 15);
        assert_eq!(cut, ["Phường…Cư Trinh", "Phường…hái Bình", "Phường Cô Giang", "Phường Cô Giang"]);
        assert!(cut.iter().all(|c| unicode_width::UnicodeWidthStr::width(c.as_str()) <= 15), "{cut:?}");
        // Apart already once cut: cut as usual.
        assert_eq!(fit_apart(&names[..2], 19), ["Phường Nguyễn Cư T…", "Phường Nguyễn Thái…"]);
    }

    #[test]
    fn cut_text_ends_with_an_ellipsis() {
        assert_eq!(fit("Văn phòng UBND TP", 17), "Văn phòng UBND TP");
        assert_eq!(fit("Văn phòng UBND TP", 16), "Văn phòng UBND …");
        assert_eq!(fit("Sở Nội vụ", 1), "…");
        assert_eq!(fit("中文字", 4), "中…", "wide characters count two cells");
    }
}
