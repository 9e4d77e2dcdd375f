//! The ratatui backend the screen is drawn through: crossterm's, with a quicker `draw`.
//!
//! It owns how a frame's changed cells become bytes for the terminal. It must not decide
//! what is drawn, and it leaves everything but `draw` to crossterm's backend.

use std::io::{self, Write};

use ratatui::backend::{Backend, ClearType, CrosstermBackend, IntoCrossterm, WindowSize};
use ratatui::buffer::Cell;
use ratatui::crossterm::cursor::MoveTo;
use ratatui::crossterm::queue;
use ratatui::crossterm::style::{
    Attribute, Color as CtColor, Colors, SetAttribute, SetAttributes, SetBackgroundColor, SetColors,
    SetForegroundColor, SetUnderlineColor,
};
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier, Style};

/// Crossterm's backend, except that a cell's text is copied into the frame as bytes, where
/// crossterm prints each cell through `fmt`: the agenda's full 200×60 frame becomes bytes in
/// 250 µs instead of 353, the diff included (`cargo bench --bench hoinghi -- frame_to_bytes`).
pub struct ByteBackend<W: Write> {
    inner: CrosstermBackend<W>,
}

impl<W: Write> ByteBackend<W> {
    /// Draws into `out`; everything but the cells goes through crossterm's backend on it.
    pub fn new(out: W) -> Self {
        ByteBackend { inner: CrosstermBackend::new(out) }
    }
}

/// The style the terminal is writing with, as far as this frame has set it.
struct Pen {
    fg: Color,
    bg: Color,
    underline: Color,
    modifier: Modifier,
}

impl Pen {
    /// What a frame starts from (and leaves behind): the terminal's defaults.
    const PLAIN: Pen =
        Pen { fg: Color::Reset, bg: Color::Reset, underline: Color::Reset, modifier: Modifier::empty() };

    /// Sets what differs between the pen and `cell`. Modifiers to turn off start from a
    /// reset (which clears the colours too) rather than from working out which SGR code
    /// ends each: they change a few times a frame, the colours and the text on every row.
    fn switch_to(&mut self, cell: &Cell, out: &mut impl Write) -> io::Result<()> {
        if cell.modifier != self.modifier {
            if !(self.modifier - cell.modifier).is_empty() {
                queue!(out, SetAttribute(Attribute::Reset))?;
                *self = Pen::PLAIN;
            }
            // Each modifier's SGR code as ratatui's crossterm backend maps it.
            let added = Style::new().add_modifier(cell.modifier - self.modifier).into_crossterm();
            queue!(out, SetAttributes(added.attributes))?;
            self.modifier = cell.modifier;
        }
        // Only the colour that changed: most changes are of the text's colour on the
        // terminal's own background, and the frame is smaller without the background's.
        match (cell.fg != self.fg, cell.bg != self.bg) {
            (true, true) => {
                let colors = Colors::new(cell.fg.into_crossterm(), cell.bg.into_crossterm());
                queue!(out, SetColors(colors))?;
            }
            (true, false) => queue!(out, SetForegroundColor(cell.fg.into_crossterm()))?,
            (false, true) => queue!(out, SetBackgroundColor(cell.bg.into_crossterm()))?,
            (false, false) => {}
        }
        (self.fg, self.bg) = (cell.fg, cell.bg);
        if cell.underline_color != self.underline {
            queue!(out, SetUnderlineColor(cell.underline_color.into_crossterm()))?;
            self.underline = cell.underline_color;
        }
        Ok(())
    }
}

impl<W: Write> Backend for ByteBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let out = self.inner.writer_mut();
        let mut pen = Pen::PLAIN;
        // Where the terminal's cursor is after the last cell, if a cell of one column was
        // written there; anywhere else (after a wide character too) it is moved first.
        let mut cursor: Option<(u16, u16)> = None;
        for (x, y, cell) in content {
            if cursor != Some((x, y)) {
                queue!(out, MoveTo(x, y))?;
            }
            cursor = x.checked_add(1).map(|next| (next, y));
            pen.switch_to(cell, out)?;
            out.write_all(cell.symbol().as_bytes())?;
        }
        queue!(
            out,
            SetForegroundColor(CtColor::Reset),
            SetBackgroundColor(CtColor::Reset),
            SetUnderlineColor(CtColor::Reset),
            SetAttribute(Attribute::Reset),
        )
    }

    fn append_lines(&mut self, n: u16) -> io::Result<()> {
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> io::Result<()> {
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> io::Result<Size> {
        self.inner.size()
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> io::Result<()> {
        Backend::flush(&mut self.inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    /// A small deterministic generator (xorshift), so that a failure is repeatable.
    struct Dice(u64);

    impl Dice {
        fn roll(&mut self, below: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % below as u64) as usize
        }

        fn colour(&mut self) -> Color {
            match self.roll(5) {
                0 => Color::Reset,
                1 => Color::Indexed(self.roll(256) as u8),
                2 => Color::Rgb(self.roll(256) as u8, 40, self.roll(256) as u8),
                3 => [Color::Gray, Color::LightCyan, Color::Black, Color::Yellow][self.roll(4)],
                _ => Color::DarkGray,
            }
        }

        fn style(&mut self) -> Style {
            // No underline colour: vt100 does not know it (it reads SGR 58's numbers as
            // attributes of their own); the program sets none.
            let mut style = Style::new().fg(self.colour()).bg(self.colour());
            for modifier in Modifier::all().iter() {
                if self.roll(4) == 0 {
                    style = style.add_modifier(modifier);
                }
            }
            style
        }
    }

    /// A frame of Vietnamese, box lines, wide characters and blanks in random styles.
    fn frame(dice: &mut Dice, area: Rect) -> Buffer {
        const WORDS: [&str; 8] = ["Hội nghị ", "Khối trưởng", "─────", "中文", "😀 ", "  ", "Đ", "ệ"];
        let mut buffer = Buffer::empty(area);
        for _ in 0..60 {
            let (x, y) = (dice.roll(area.width as usize) as u16, dice.roll(area.height as usize) as u16);
            let style = dice.style();
            buffer.set_stringn(x, y, WORDS[dice.roll(WORDS.len())], (area.width - x) as usize, style);
        }
        // Bold and dim together: terminals disagree (vt100 keeps the one set last, and
        // crossterm's backend sets them in either order), so never both.
        for cell in &mut buffer.content {
            if cell.modifier.contains(Modifier::BOLD) {
                cell.modifier.remove(Modifier::DIM);
            }
        }
        buffer
    }

    /// The screen a terminal shows, cell by cell, as far as vt100 tells.
    fn screen(parser: &vt100::Parser) -> Vec<String> {
        let s = parser.screen();
        let (rows, cols) = s.size();
        let mut cells = Vec::new();
        for row in 0..rows.get() {
            for col in 0..cols.get() {
                let c = s.cell(row, col).expect("in the screen");
                cells.push(format!(
                    "{row},{col} {:?} {:?} {:?} b{} d{} i{} u{} r{}",
                    c.contents(),
                    c.fgcolor(),
                    c.bgcolor(),
                    c.bold(),
                    c.dim(),
                    c.italic(),
                    c.underline(),
                    c.inverse()
                ));
            }
        }
        cells
    }

    /// Frame after frame, each drawn as the difference from the one before (as ratatui
    /// does), the terminal shows the same through this backend as through crossterm's.
    #[test]
    fn the_terminal_shows_what_crosstermbackend_would_show() {
        let area = Rect::new(0, 0, 30, 8);
        for seed in 1..=40 {
            let mut dice = Dice(seed);
            let terminal =
                || vt100::Parser::new(8.try_into().expect("rows"), 30.try_into().expect("columns"), 0);
            let (mut ours, mut theirs) = (terminal(), terminal());
            let mut before = Buffer::empty(area);
            for _ in 0..4 {
                let now = frame(&mut dice, area);
                let changes = before.diff(&now);
                let mut fast = ByteBackend::new(Vec::new());
                fast.draw(changes.iter().copied()).expect("to memory");
                let mut crossterm = CrosstermBackend::new(Vec::new());
                crossterm.draw(changes.iter().copied()).expect("to memory");
                ours.process(&fast.inner.writer_mut()[..]);
                theirs.process(&crossterm.writer_mut()[..]);
                let differ = screen(&ours).into_iter().zip(screen(&theirs)).find(|(a, b)| a != b);
                assert_eq!(differ, None, "seed {seed}: this backend's cell, then crossterm's");
                before = now;
            }
        }
    }

    /// Text that follows a wide character is placed by a cursor move, as crossterm's does
    /// (terminals disagree on some characters' widths); styles are set only on change (a
    /// colour alone when only it changes), and a modifier turned off resets the pen, colours
    /// included.
    #[test]
    fn moves_and_styles_are_written_only_where_needed() {
        let area = Rect::new(0, 0, 12, 1);
        let mut now = Buffer::empty(area);
        let red = Style::new().fg(Color::Red);
        now.set_string(0, 0, "ab中cd", red);
        now.set_string(6, 0, "ef", red.add_modifier(Modifier::BOLD | Modifier::CROSSED_OUT));
        now.set_string(8, 0, "gh", red);
        now.set_string(10, 0, "i", red.bg(Color::Blue));
        now.set_string(11, 0, "j", Style::new().fg(Color::Green).bg(Color::Black));
        let mut fast = ByteBackend::new(Vec::new());
        fast.draw(Buffer::empty(area).diff(&now).into_iter()).expect("to memory");
        let bytes = String::from_utf8(fast.inner.writer_mut().clone()).expect("UTF-8");
        let expected = concat!(
            "\x1b[1;1H\x1b[38;5;1mab中\x1b[1;5Hcd",
            "\x1b[1m\x1b[9mef",
            "\x1b[0m\x1b[38;5;1mgh",
            "\x1b[48;5;4mi",
            "\x1b[38;5;2;48;5;0mj",
            "\x1b[39m\x1b[49m\x1b[59m\x1b[0m"
        );
        assert_eq!(bytes, expected);
    }
}
