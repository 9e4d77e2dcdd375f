//! The yardstick for start-up time: the smallest ratatui program that draws one frame and
//! waits for a key (scripts/perf.py runs it beside hoinghi).

use ratatui::crossterm::event;
use ratatui::widgets::Paragraph;

fn main() -> std::io::Result<()> {
    ratatui::run(|terminal| {
        terminal.draw(|f| f.render_widget(Paragraph::new("minimal ratatui frame"), f.area()))?;
        event::read().map(|_| ())
    })
}
