//! The roll call screen: every member unit, present or absent (with the reason) or not yet
//! called, who attends for it and, for one that came after being marked absent, when it
//! arrived; the quorum live against the conference's rule; the guests apart, who never vote.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, Widget};

use super::Ctx;
use super::agenda::fit;
use crate::attendance::{Quorum, Stay};
use crate::conference::Unit;
use crate::{i18n, keys};

pub struct RollCallView<'a> {
    pub ctx: Ctx<'a>,
    pub selected: usize,
}

impl Widget for RollCallView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let ctx = self.ctx;
        let (s, theme) = (ctx.s, ctx.theme);
        let c = &ctx.model.conference;
        let attendance = &ctx.model.record.attendance;
        let quorum = Quorum::of(attendance, c);
        let rule = (s.threshold)(c.rules.quorum);
        let line = (s.quorum_line)(quorum.present, quorum.members, quorum.needed, quorum.met, &rule);
        let mut block = Block::bordered()
            .border_style(theme.border)
            .title(Line::styled(format!(" {} ", s.roll_call_title), theme.title));
        let inner = block.inner(area);
        let [quorum_area, chair_area, inner] =
            Layout::vertical([Constraint::Length(1), Constraint::Length(1), Constraint::Fill(1)])
                .areas(inner);
        Paragraph::new(Line::styled(line, if quorum.met { theme.on_time } else { theme.overrun }))
            .render(quorum_area, buf);
        // Who chairs, as the biên bản will say, and how to put it right.
        let chair = ctx.model.record.chair(c);
        let who = [chair.name.trim(), chair.title.trim()].into_iter().filter(|t| !t.is_empty());
        let key = keys::first_key(keys::Context::RollCall, keys::Command::ChangeChair, s);
        // The name and title cut, if need be, so that the key stays in view.
        let frame = unicode_width::UnicodeWidthStr::width((s.chair_line)("", &key).as_str());
        let who =
            fit(&who.collect::<Vec<_>>().join(", "), usize::from(chair_area.width).saturating_sub(frame));
        Paragraph::new(Line::styled((s.chair_line)(&who, &key), theme.muted)).render(chair_area, buf);

        let guests = c.guests.len().min(4) as u16;
        let guest_rows = if guests > 0 { guests + 1 } else { 0 };
        let [table_area, guest_area] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(guest_rows)]).areas(inner);
        let wide = inner.width >= 96;
        let (delegate_w, min_reason_w) = if wide { (26u16, 24u16) } else { (18, 16) };
        // The names as wide as the longest; what is left goes to the reason (or arrival).
        let longest = c
            .units
            .iter()
            .map(|u| unicode_width::UnicodeWidthStr::width(u.short.as_str()))
            .chain([unicode_width::UnicodeWidthStr::width(s.col_unit)])
            .max();
        let room = usize::from(inner.width.saturating_sub(3 + 15 + delegate_w + 4));
        let name_w = longest.unwrap_or(0).min(room.saturating_sub(usize::from(min_reason_w)));
        let reason_w = u16::try_from(room - name_w).unwrap_or(min_reason_w);
        let name_w16 = u16::try_from(name_w).unwrap_or(u16::MAX);
        // An absent unit has nobody attending for it: its reason takes the delegate's column and
        // the next, said to be the reason (under "Đại biểu dự họp" it read as a name); each
        // absent unit's alike, short or long.
        let reason_x = table_area.x.saturating_add((3 + 1 + 1 + 15 + 1) + name_w16);
        let reason_room = usize::from(table_area.right().saturating_sub(reason_x));
        let under_way = ctx.model.record.under_way();
        // A unit gone after attending keeps its delegate in view (they were there until then):
        // its reason is in the last column instead.
        let kept_delegate = |unit: &Unit| {
            let gone = ctx.model.record.stay(&unit.id, under_way).gone_since().is_some();
            gone && attendance.delegate_of(unit).is_some()
        };
        let beside = reason_x.saturating_add(delegate_w + 1);
        // The reason, where its row shows it, and the room there.
        let absence = |unit: &Unit| {
            let p = attendance.presence(&unit.id).filter(|p| !p.present && !p.reason.trim().is_empty())?;
            let text = (s.reason_spilled)(&p.reason);
            Some(match kept_delegate(unit) {
                true => (text, beside, reason_room.saturating_sub(usize::from(delegate_w) + 1)),
                false => (text, reason_x, reason_room),
            })
        };
        let visible = usize::from(table_area.height.saturating_sub(1));
        let offset = self.selected.saturating_sub(visible.saturating_sub(1));
        // Units below (or above) the window are said at the frame's foot, as on the agenda.
        let mark = super::window_mark(offset, visible, c.units.len());
        let mark_width = mark.as_deref().map_or(0, unicode_width::UnicodeWidthStr::width);
        if let Some(shown) = mark {
            block = block.title_bottom(Line::styled(shown, theme.muted).right_aligned());
        }
        // The reason of the unit under the cursor, whole on the frame's foot when its row cuts it
        // (beside the window's mark, inside the corners, with a space each side).
        if let Some((reason, _, row_room)) = c.units.get(self.selected).and_then(absence)
            && unicode_width::UnicodeWidthStr::width(reason.as_str()) > row_room
        {
            let room = usize::from(area.width).saturating_sub(4 + mark_width + 1);
            block = block.title_bottom(Line::styled(format!(" {} ", fit(&reason, room)), theme.message));
        }
        block.render(area, buf);
        let rows = c.units.iter().enumerate().skip(offset).take(visible).map(|(i, unit)| {
            let presence = attendance.presence(&unit.id);
            let (state, style) = match presence {
                Some(p) if p.present => (s.present.to_string(), theme.done),
                // Gone after being here: since when (the biên bản counts it present until then).
                Some(_) => {
                    let gone = ctx.model.record.stay(&unit.id, under_way).gone_since();
                    let state = gone.map_or_else(|| s.absent.to_string(), |t| (s.away_since)(&i18n::hhmm(t)));
                    (state, theme.overrun)
                }
                None => (s.not_called.to_string(), theme.muted),
            };
            let shown = presence.is_none_or(|p| p.present) || kept_delegate(unit);
            let delegate = attendance.delegate_of(unit).filter(|_| shown).unwrap_or_default();
            let note = match presence {
                // Drawn below, from the delegate's column.
                Some(p) if !p.present => String::new(),
                // A unit back after stepping out, or one that came after being marked absent.
                _ => match ctx.model.record.stay(&unit.id, under_way) {
                    Stay::Attended { away, .. } if let Some(back) = away.last().and_then(|a| a.to) => {
                        (s.back_at)(&i18n::hhmm(back))
                    }
                    Stay::Attended { came: Some(t), .. } => (s.arrived)(&i18n::hhmm(t)),
                    _ => String::new(),
                },
            };
            let row = Row::new(vec![
                Cell::from(format!("{:>2}.", i + 1)),
                Cell::from(fit(&unit.short, name_w)),
                Cell::from(state).style(style),
                Cell::from(fit(delegate, usize::from(delegate_w))),
                Cell::from(fit(&note, usize::from(reason_w))),
            ]);
            if i == self.selected { row.style(theme.selected) } else { row }
        });
        let widths = [
            Constraint::Length(3),
            Constraint::Length(name_w16),
            Constraint::Length(15),
            Constraint::Length(delegate_w),
            Constraint::Length(reason_w),
        ];
        Table::new(rows, widths)
            .header(
                Row::new(vec!["", s.col_unit, s.col_presence, s.col_delegate, s.col_reason])
                    .style(theme.muted),
            )
            .column_spacing(1)
            .render(table_area, buf);
        let units = c.units.iter().enumerate().skip(offset).take(visible);
        for (y, (_, unit)) in (table_area.y + 1..table_area.bottom()).zip(units) {
            if let Some((text, x, room)) = absence(unit).filter(|&(_, _, room)| room > 0) {
                buf.set_stringn(x, y, fit(&text, room), room, Style::new());
            }
        }

        if guests > 0 {
            let mut lines = vec![Line::styled(s.guests_title, theme.title)];
            lines.extend(c.guests.iter().take(usize::from(guests)).map(|g| {
                Line::styled(
                    format!("  {}", fit(&g.described(), usize::from(inner.width.saturating_sub(2)))),
                    Style::new(),
                )
            }));
            Paragraph::new(lines).render(guest_area, buf);
        }
    }
}
