//! The awards of an agenda item: the awards on one side (each with how many collectives and
//! individuals it went to), the one under the cursor on the other (who grants it, the
//! decision, those named and those only counted), and the item's counts by kind below. Drawn
//! from the record (`Awards`), never changing it.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, Wrap};

use super::Ctx;
use super::agenda::fit;
use super::poll::unit_name;
use crate::app::{AwardsScreen, selected_award};
use crate::awards::AwardEntry;
use crate::conference::Recipient;

/// From this width the award under the cursor stands beside the list instead of below it.
const SIDE_BY_SIDE: u16 = 110;

/// A recipient in one line.
pub(crate) fn recipient_text(ctx: Ctx, r: &Recipient) -> String {
    match r {
        Recipient::Unit(id) => (ctx.s.collective_recipient)(&unit_name(ctx, id)),
        Recipient::Collective(name) => (ctx.s.collective_recipient)(name),
        Recipient::Individual { name, unit } => {
            (ctx.s.individual_recipient)(name, unit.as_deref().map(|u| unit_name(ctx, u)).as_deref())
        }
    }
}

pub fn awards(frame: &mut Frame, area: Rect, ctx: Ctx, screen: &AwardsScreen) {
    let (s, theme) = (ctx.s, ctx.theme);
    let item = ctx.model.conference.agenda.get(screen.item);
    let title = item.map(|i| i.title.as_str()).unwrap_or_default();
    let title = (s.awards_title)(screen.item + 1, title, item.is_some_and(|i| i.proposes_awards()));
    let block = Block::bordered().border_style(theme.border).title(Line::styled(
        format!(" {} ", fit(&title, usize::from(area.width.saturating_sub(4)))),
        theme.title,
    ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let entries: Vec<&AwardEntry> = ctx.model.record.awards.of_item(screen.item).collect();
    if entries.is_empty() {
        frame.render_widget(Paragraph::new(Line::styled(s.no_awards, theme.muted)), inner);
        return;
    }
    // The counts by kind as tall as their text (up to four lines).
    let counts: Vec<String> = ctx
        .model
        .record
        .awards
        .counts_of_item(screen.item)
        .iter()
        .map(|k| format!("{}: {}", k.award, (s.awarded)(k.collectives, k.individuals)))
        .collect();
    let totals_text = (s.awards_of_item)(&counts.join("; "));
    let width = usize::from(inner.width.max(1));
    let totals_height =
        unicode_width::UnicodeWidthStr::width(totals_text.as_str()).div_ceil(width).clamp(1, 4);
    let [main, _, totals] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(totals_height as u16),
    ])
    .areas(inner);
    let (list, detail) = if inner.width >= SIDE_BY_SIDE {
        let [a, b] =
            Layout::horizontal([Constraint::Percentage(55), Constraint::Fill(1)]).spacing(1).areas(main);
        (a, b)
    } else {
        let rows = (entries.len() as u16 + 1).min(main.height / 2).max(2);
        let [a, b] = Layout::vertical([Constraint::Length(rows), Constraint::Fill(1)]).areas(main);
        (a, b)
    };

    let row = screen.row.min(entries.len() - 1);
    let visible = usize::from(list.height);
    let offset = row.saturating_sub(visible.saturating_sub(1));
    let counted: Vec<String> = entries.iter().map(|e| (s.awarded)(e.counts().0, e.counts().1)).collect();
    let counts_width = counted.iter().map(|c| c.chars().count()).max().unwrap_or(0).min(36) as u16;
    // A long award's name ends in "…" rather than running into its counts.
    let name_width = usize::from(list.width.saturating_sub(3 + counts_width + 2));
    let rows = entries.iter().zip(&counted).enumerate().skip(offset).take(visible).map(|(i, (e, counts))| {
        let r = Row::new(vec![
            Cell::from(format!("{:>2}.", i + 1)),
            Cell::from(fit(&e.award, name_width)),
            Cell::from(counts.clone()).style(theme.muted),
        ]);
        if i == row && !screen.on_recipients { r.style(theme.selected) } else { r }
    });
    let widths = [Constraint::Length(3), Constraint::Fill(1), Constraint::Length(counts_width)];
    frame.render_widget(Table::new(rows, widths).column_spacing(1), list);

    if let Some(entry) = selected_award(ctx.model, screen) {
        detail_of(frame, detail, ctx, screen, entry);
    }

    let line = Line::from(vec![Span::styled(totals_text, theme.muted)]);
    frame.render_widget(Paragraph::new(line).wrap(Wrap { trim: true }), totals);
}

/// The award under the cursor: who grants it, the decision, the counted, the named.
fn detail_of(frame: &mut Frame, area: Rect, ctx: Ctx, screen: &AwardsScreen, entry: &AwardEntry) {
    let (s, theme) = (ctx.s, ctx.theme);
    let mut head = vec![Line::styled(entry.award.clone(), theme.title)];
    let label = |l: &str, v: &str| {
        Line::from(vec![Span::styled(format!("{l}: "), theme.muted), Span::raw(v.to_string())])
    };
    if !entry.granted_by.is_empty() {
        head.push(label(s.granted_by_label, &entry.granted_by));
    }
    if !entry.decision.is_empty() {
        head.push(label(s.decision_label, &entry.decision));
    }
    if entry.unnamed_collectives > 0 || entry.unnamed_individuals > 0 {
        head.push(Line::styled(
            (s.unnamed_line)(&(s.awarded)(entry.unnamed_collectives, entry.unnamed_individuals)),
            theme.muted,
        ));
    }
    // Long names and decisions wrap (up to half the pane) instead of being cut at its edge.
    let width = usize::from(area.width.max(1));
    let rows = super::overlay::lines_height(&head, width);
    let rows = rows.min((area.height / 2).max(head.len() as u16));
    let [head_area, names] = Layout::vertical([Constraint::Length(rows), Constraint::Fill(1)]).areas(area);
    frame.render_widget(Paragraph::new(head).wrap(Wrap { trim: true }), head_area);
    if entry.recipients.is_empty() {
        if entry.unnamed_collectives > 0 || entry.unnamed_individuals > 0 {
            return;
        }
        frame.render_widget(
            Paragraph::new(Line::styled(s.no_recipients, theme.muted)).wrap(Wrap { trim: true }),
            names,
        );
        return;
    }
    let selected = screen.recipient.min(entry.recipients.len() - 1);
    let visible = usize::from(names.height);
    let offset = selected.saturating_sub(visible.saturating_sub(1));
    let width = usize::from(names.width);
    let lines: Vec<Line> = entry
        .recipients
        .iter()
        .enumerate()
        .skip(offset)
        .take(visible)
        .map(|(i, r)| {
            let line = Line::raw(fit(&format!("{:>2}. {}", i + 1, recipient_text(ctx, r)), width));
            if screen.on_recipients && i == selected { line.style(theme.selected) } else { line }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), names);
}
