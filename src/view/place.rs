//! Areas and table rows placed by arithmetic, for what a start draws first: the agenda, the
//! header, the status line.
//!
//! ratatui's layout solver (`Layout`, and `Table`, which places its columns with it) costs
//! about 0.4 ms the first time it runs in a process, a fifth of a cold start's own work on
//! the large conference (docs/performance.md, fourteenth session). Each split here gives what
//! `Layout` gives for the same constraints (the tests compare them over every size the screen
//! uses); the other screens keep `Layout` and `Table`, first used after a key, when the
//! solver's cost is not felt. Owns only where things go; must not decide what is shown.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

/// `Layout::horizontal([Fill(1), Length(width)])`: the area's left part and its last
/// `width` columns (all of it when it is narrower).
pub fn split_right(area: Rect, width: u16) -> [Rect; 2] {
    let width = width.min(area.width);
    [Rect { width: area.width - width, ..area }, Rect { x: area.x + area.width - width, width, ..area }]
}

/// `Layout::vertical([Fill(1), Length(height)])`: the area's top part and its last `height`
/// rows (all of it when it is lower).
pub fn split_bottom(area: Rect, height: u16) -> [Rect; 2] {
    let height = height.min(area.height);
    [Rect { height: area.height - height, ..area }, Rect { y: area.y + area.height - height, height, ..area }]
}

/// The screen's rows: `Layout::vertical([Length(2), Fill(1), Length(status), Length(1)])`
/// on a screen of at least the smallest size (header, body, status line, footer).
pub fn screen_rows(area: Rect, status: u16) -> [Rect; 4] {
    let [top, footer] = split_bottom(area, 1);
    let [top, status] = split_bottom(top, status);
    let header = Rect { height: top.height.min(2), ..top };
    let body = Rect { y: header.bottom(), height: top.height - header.height, ..top };
    [header, body, status, footer]
}

/// `Layout::horizontal([Percentage(62), Percentage(38)])`: the agenda and the item panel side
/// by side.
pub fn split_agenda_panel(area: Rect) -> [Rect; 2] {
    // The solver rounds 62 % of the width to the nearest column, a half up.
    let left = ((u32::from(area.width) * 62 + 50) / 100) as u16;
    [Rect { width: left, ..area }, Rect { x: area.x + left, width: area.width - left, ..area }]
}

/// One row of a table whose columns are `widths` wide with a column between them, as
/// `Table` with `column_spacing(1)` draws it: the row's style on the whole line, then each
/// cell's text left-aligned in its column, its own style over the row's. A text wider than
/// its column is cut there.
pub fn table_row<'t>(
    buf: &mut Buffer,
    line: Rect,
    widths: &[u16],
    cells: impl IntoIterator<Item = (&'t str, Style)>,
    style: Style,
) {
    if line.is_empty() {
        return;
    }
    let line = Rect { height: 1, ..line };
    // An empty style changes no cell, and most rows and cells have one: their cells are not
    // visited for nothing.
    if style != Style::new() {
        buf.set_style(line, style);
    }
    let mut x = line.x;
    for (&width, (text, own)) in widths.iter().zip(cells) {
        let width = width.min(line.right().saturating_sub(x));
        if own != Style::new() {
            buf.set_style(Rect { x, width, ..line }, own);
        }
        buf.set_stringn(x, line.y, text, usize::from(width), style.patch(own));
        x = x.saturating_add(width).saturating_add(1);
    }
}

#[cfg(test)]
mod tests {
    use ratatui::layout::{Constraint, Layout};
    use ratatui::style::Color;
    use ratatui::widgets::{Cell, Row, Table, Widget};

    use super::*;

    #[test]
    fn the_splits_are_the_solvers_at_every_size_the_screen_uses() {
        for size in 0..=300u16 {
            let wide = Rect::new(3, 5, size, 1);
            let tall = Rect::new(3, 5, 200, size);
            for n in [0, 1, 2, 3, 6, 17, 40, size.saturating_sub(1), size, size + 1] {
                let fill_length = |n| [Constraint::Fill(1), Constraint::Length(n)];
                assert_eq!(
                    split_right(wide, n),
                    Layout::horizontal(fill_length(n)).areas(wide),
                    "{size} {n}"
                );
                assert_eq!(split_bottom(tall, n), Layout::vertical(fill_length(n)).areas(tall), "{size} {n}");
            }
            let body = Rect::new(0, 2, size, 30);
            let percent = [Constraint::Percentage(62), Constraint::Percentage(38)];
            assert_eq!(split_agenda_panel(body), Layout::horizontal(percent).areas(body), "{size}");
        }
        for height in 24..=300u16 {
            for status in 1..=6 {
                let area = Rect::new(0, 0, 80, height);
                let rows = [
                    Constraint::Length(2),
                    Constraint::Fill(1),
                    Constraint::Length(status),
                    Constraint::Length(1),
                ];
                assert_eq!(
                    screen_rows(area, status),
                    Layout::vertical(rows).areas(area),
                    "{height} {status}"
                );
            }
        }
    }

    #[test]
    fn a_table_row_is_drawn_as_tables_draw_it() {
        let widths = [3, 1, 10, 6];
        let texts = ["12.", "▶", "Báo cáo tổng kết công tác", "Sở Nội vụ"];
        let row_style = Style::new().bold().bg(Color::Blue);
        let overrun = Style::new().fg(Color::Red);
        let area = Rect::new(1, 1, 24, 1);
        let styles = [Style::new(), Style::new(), Style::new(), overrun];

        let mut ours = Buffer::empty(Rect::new(0, 0, 26, 3));
        table_row(&mut ours, area, &widths, texts.iter().copied().zip(styles), row_style);

        let mut theirs = Buffer::empty(Rect::new(0, 0, 26, 3));
        let cells = texts.iter().zip(styles).map(|(t, s)| Cell::from(*t).style(s));
        let constraints = widths.map(Constraint::Length);
        Table::new([Row::new(cells).style(row_style)], constraints)
            .column_spacing(1)
            .render(area, &mut theirs);
        assert_eq!(ours, theirs);
        // The row's colour reaches the spaces between columns and after the last.
        assert_eq!(ours[(4, 1)].bg, Color::Blue);
        assert_eq!(ours[(24, 1)].bg, Color::Blue);
    }
}
