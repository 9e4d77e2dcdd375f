//! The scoring table with the live ranking, and the covenant signing: drawn from the record
//! (`scoring::ranking`, `CovenantRecord`), never changing it.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, Wrap};

use super::Ctx;
use super::agenda::fit;
use super::poll::unit_name;
use crate::app::{CovenantScreen, ScoringScreen, score_at, score_fields};
use crate::covenant::{NotSigning, Signing};
use crate::i18n;
use crate::scoring::{self, ScoreField};

pub fn scoring(frame: &mut Frame, area: Rect, ctx: Ctx, screen: &ScoringScreen) {
    let (s, theme) = (ctx.s, ctx.theme);
    let c = &ctx.model.conference;
    let sep = s.decimal_separator;
    let fields = score_fields(ctx.model);
    let ranking = scoring::ranking(c, &ctx.model.record.scores);
    let criteria = c.scoring.as_ref().map(|t| t.criteria.as_slice()).unwrap_or_default();
    let scale =
        c.scoring.as_ref().map_or_else(|| format!(" · {}", s.no_scale), |t| format!(" · /{}", t.scale));
    let mut block = Block::bordered()
        .border_style(theme.border)
        .title(Line::styled(format!(" {}{scale} ", s.scoring_title), theme.title));
    // The legend only when a score is flagged.
    if ranking.iter().any(|r| r.over_scale || !r.over_max.is_empty()) {
        block = block.title_bottom(Line::styled(format!(" {} ", s.over_max), theme.muted).right_aligned());
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    // The ranking under the table, as many rows as it wraps to (up to a third).
    let ranked: Vec<String> = ranking
        .iter()
        .filter_map(|r| {
            let flag = if scoring::above_scale(c, r.score()) { " !" } else { "" };
            Some(format!("{}. {} ({}{flag})", r.rank?, unit_name(ctx, &r.unit), r.score()?.format(sep)))
        })
        .collect();
    let ranking_line = Line::from(vec![
        Span::styled(format!("{}: ", s.ranking_line), theme.muted),
        Span::raw(ranked.join(" · ")),
    ]);
    let ranking_rows =
        super::overlay::lines_height(std::slice::from_ref(&ranking_line), usize::from(inner.width))
            .min((inner.height / 3).max(1));
    let [table_area, ranking_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(ranking_rows)]).areas(inner);

    let header_of = |f: &ScoreField| match f {
        ScoreField::Criterion(code) => {
            let max = criteria.iter().find(|k| &k.code == code).map(|k| k.max).unwrap_or(0);
            format!("{code}/{max}")
        }
        ScoreField::Total => s.col_total.to_string(),
        ScoreField::Agreed => s.col_agreed.to_string(),
    };
    let mut header = vec![String::new(), s.col_unit.to_string()];
    header.extend(fields.iter().filter(|f| **f != ScoreField::Agreed).map(header_of));
    header.extend([s.col_agreed.to_string(), s.col_rank.to_string()]);

    // Score columns as narrow as their heads allow; the self total and the agreed score (the
    // two before the rank) leave room for "100,5 !". The unit's name takes the rest.
    let totals = header.len().saturating_sub(3)..header.len().saturating_sub(1);
    let score_widths: Vec<u16> = (header.iter().enumerate().skip(2))
        .map(|(i, h)| {
            let least = if totals.contains(&i) { 7 } else { 5 };
            h.chars().count().max(least) as u16
        })
        .collect();
    let spacing = u16::try_from(header.len().saturating_sub(1)).unwrap_or(u16::MAX);
    let name_width =
        usize::from(table_area.width.saturating_sub(3 + spacing + score_widths.iter().sum::<u16>()).max(12));
    // Full names when every one fits, else the short ones (never a mix).
    let full_names = c.units.iter().all(|u| u.name.chars().count() <= name_width);
    let visible = usize::from(table_area.height.saturating_sub(1));
    let offset = screen.row.saturating_sub(visible.saturating_sub(1));
    let rows = c.units.iter().enumerate().skip(offset).take(visible).map(|(i, unit)| {
        let rank = ranking.iter().find(|r| r.unit == unit.id);
        let over: &[String] = rank.map(|r| r.over_max.as_slice()).unwrap_or_default();
        let cell = |col: usize, f: &ScoreField| {
            // The self total of a unit scored by criterion is their sum, shown as worked out.
            let summed =
                *f == ScoreField::Total && !criteria.is_empty() && score_at(ctx.model, &unit.id, f).is_none();
            let points =
                if summed { rank.and_then(|r| r.self_total) } else { score_at(ctx.model, &unit.id, f) };
            let value = points.map(|p| p.format(sep)).unwrap_or_default();
            let flagged = match f {
                ScoreField::Criterion(code) => over.contains(code),
                ScoreField::Total | ScoreField::Agreed => scoring::above_scale(c, points),
            };
            let text = if flagged { format!("{value} !") } else { value };
            let style = if i == screen.row && col == screen.col {
                theme.selected
            } else if flagged {
                theme.overrun
            } else if summed {
                theme.title
            } else {
                Style::new()
            };
            Cell::from(text).style(style)
        };
        let name = if full_names { unit.name.clone() } else { fit(&unit.short, name_width) };
        let mut cells = vec![Cell::from(format!("{:>2}.", i + 1)), Cell::from(name)];
        for (col, f) in fields.iter().enumerate().filter(|(_, f)| **f != ScoreField::Agreed) {
            cells.push(cell(col, f));
        }
        cells.push(cell(fields.len() - 1, &ScoreField::Agreed));
        cells.push(
            Cell::from(rank.and_then(|r| r.rank).map(|r| r.to_string()).unwrap_or_default())
                .style(theme.title),
        );
        Row::new(cells)
    });
    let mut widths = vec![Constraint::Length(3), Constraint::Min(12)];
    widths.extend(score_widths.iter().map(|&w| Constraint::Length(w)));
    frame.render_widget(
        Table::new(rows, widths).header(Row::new(header).style(theme.muted)).column_spacing(1),
        table_area,
    );
    frame.render_widget(Paragraph::new(ranking_line).wrap(Wrap { trim: true }), ranking_area);
}

pub fn covenant(frame: &mut Frame, area: Rect, ctx: Ctx, screen: &CovenantScreen) {
    let (s, theme) = (ctx.s, ctx.theme);
    let c = &ctx.model.conference;
    let record = &ctx.model.record.covenant;
    let title = c.covenant.as_ref().map_or(s.covenant_title, |k| k.title.as_str());
    let count = ctx.model.record.signing_count(c);
    let block = Block::bordered().border_style(theme.border).title(Line::styled(
        format!(" {} ", fit(title, usize::from(area.width.saturating_sub(4)))),
        theme.title,
    ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let units = c.units.len();
    // A presiding unit the roll call has away is said to be: another must be chosen.
    let presiding = record
        .presiding(c)
        .map(|u| {
            let away = ctx.model.record.attendance.is_absent(u);
            let name = unit_name(ctx, u);
            (s.presiding)(&if away { format!("{name} ({})", s.absent) } else { name })
        })
        .unwrap_or_default();
    let counted = (s.signing_count)(
        count.signed as usize,
        count.absent as usize,
        count.declined as usize,
        count.unrecorded as usize,
        units,
    );
    let head_text = if presiding.is_empty() { counted } else { format!("{counted} · {presiding}") };
    // Two rows where one cannot hold it (a long presiding unit at 80 columns was cut mid-name).
    let head_rows = super::overlay::wrapped_rows(&head_text, usize::from(inner.width)).clamp(1, 2);
    let [head, list, contents] = Layout::vertical([
        Constraint::Length(head_rows),
        Constraint::Length((units as u16 + 1).min(inner.height / 2)),
        Constraint::Fill(1),
    ])
    .areas(inner);
    frame.render_widget(Paragraph::new(head_text).wrap(ratatui::widgets::Wrap { trim: true }), head);

    let visible = usize::from(list.height.saturating_sub(1));
    let offset = screen.row.saturating_sub(visible.saturating_sub(1));
    // The name and the mark share the width; each is cut with "…", never mid-letter.
    let state_width = usize::from(list.width / 3).clamp(12, 40);
    let name_width = usize::from(list.width).saturating_sub(3 + state_width + 2).max(8);
    let ended = ctx.model.record.signing_ended(c);
    let rows = c.units.iter().enumerate().skip(offset).take(visible).map(|(i, unit)| {
        // Marked as not signing while present: declined, not away; never called: not signing.
        let away = match ctx.model.record.not_signing(&unit.id, ended) {
            NotSigning::Away => s.absent,
            NotSigning::Declined => s.declined,
            NotSigning::Unrecorded => s.not_signing,
        };
        let (state, style) = match ctx.model.record.signing(&unit.id, ended) {
            Some(Signing::Signed { at }) => ((s.signed_at)(&i18n::hhmm(at)), theme.done),
            Some(Signing::Absent { reason }) if reason.is_empty() => (away.to_string(), theme.overrun),
            Some(Signing::Absent { reason }) => (format!("{away}: {reason}"), theme.overrun),
            None => (s.not_signed.to_string(), theme.muted),
        };
        let row = Row::new(vec![
            Cell::from(format!("{:>2}.", i + 1)),
            Cell::from(fit(&unit.name, name_width)),
            Cell::from(fit(&state, state_width)).style(style),
        ]);
        if i == screen.row && !screen.on_items { row.style(theme.selected) } else { row }
    });
    let widths = [Constraint::Length(3), Constraint::Fill(1), Constraint::Length(state_width as u16)];
    frame.render_widget(Table::new(rows, widths).column_spacing(1), list);

    let items = record.contents(c);
    let [heading_area, contents] =
        Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(contents);
    let mut heading = vec![Span::styled(
        (s.covenant_contents)(screen.on_items),
        if screen.on_items { theme.title } else { theme.muted },
    )];
    if items.is_empty() {
        frame.render_widget(Paragraph::new(Line::from(heading)), heading_area);
        let note = Paragraph::new(Line::styled(s.no_covenant, theme.muted)).wrap(Wrap { trim: true });
        frame.render_widget(note, contents);
        return;
    }
    // Wrapped items, scrolled so that the one under the cursor is in view.
    let width = usize::from(contents.width.max(1));
    let height = |n: usize, text: &str| super::overlay::wrapped_rows(&format!("{}. {text}", n + 1), width);
    let selected = screen.item.min(items.len() - 1);
    let mut skip = 0;
    while skip < selected
        && items[skip..=selected].iter().enumerate().map(|(k, t)| height(skip + k, t)).sum::<u16>()
            > contents.height
    {
        skip += 1;
    }
    // Which items the pane shows, the last perhaps cut: said as the agenda says it, "▲ 2–4 / 6 ▼".
    let (mut used, mut last) = (0u16, skip);
    for (n, text) in items.iter().enumerate().skip(skip) {
        if used >= contents.height {
            break;
        }
        used = used.saturating_add(height(n, text));
        last = n;
    }
    let below = last + 1 < items.len() || used > contents.height;
    if skip > 0 || below {
        let up = if skip > 0 { "▲ " } else { "" };
        let down = if below { " ▼" } else { "" };
        let shown = format!(" · {up}{}–{} / {}{down}", skip + 1, last + 1, items.len());
        heading.push(Span::styled(shown, theme.muted));
    }
    frame.render_widget(Paragraph::new(Line::from(heading)), heading_area);
    let lines: Vec<Line> = items
        .iter()
        .enumerate()
        .skip(skip)
        .map(|(n, text)| {
            let line = Line::raw(format!("{}. {text}", n + 1));
            if screen.on_items && n == selected { line.style(theme.selected) } else { line }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), contents);
}
