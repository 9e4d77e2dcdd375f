//! The screen as text, drawn by the real view into ratatui's test backend, for tests that
//! drive `update` and check what the secretary would read.

use chrono::NaiveDateTime;
use hoinghi::app::{Model, Ui};
use hoinghi::i18n::Lang;
use hoinghi::theme::Theme;
use hoinghi::view::{self, Ctx};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The screen at `width`×`height`, in Vietnamese, with the default theme.
pub fn screen_text(model: &Model, ui: &Ui, now: NaiveDateTime, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    let theme = Theme::default();
    let ctx = Ctx { model, ui, theme: &theme, s: Lang::Vi.strings(), now };
    terminal.draw(|f| view::draw(f, ctx)).expect("draw");
    terminal.backend().to_string()
}

/// Where the terminal's cursor is after drawing the screen at `width`×`height`, `None` when
/// it is hidden (no field takes typing).
#[allow(dead_code)] // Not every test file that includes this module looks at the cursor.
pub fn cursor(model: &Model, ui: &Ui, now: NaiveDateTime, width: u16, height: u16) -> Option<(u16, u16)> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    let theme = Theme::default();
    let ctx = Ctx { model, ui, theme: &theme, s: Lang::Vi.strings(), now };
    terminal.draw(|f| view::draw(f, ctx)).expect("draw");
    let backend = terminal.backend();
    backend.cursor_visible().then(|| (backend.cursor_position().x, backend.cursor_position().y))
}
