//! What a start opens on: where the conference is, or what was being typed or voted when the
//! program stopped, with what opening the file had to say. Owns only that choice; reading
//! the files and what they say is `cli`'s, each screen's own state its module's.

use super::{Model, Notice, Ui, resumed_prompt, resumed_screen, resumed_vote};

/// The interface a start opens with. `opened` is what opening the minutes said: a warning
/// about which file this is (a copy saved elsewhere not found, a backup, a changed conference
/// file) stays over the resumed screen's own notice, which its screen shows anyway; a plain
/// "resumed" gives way to it. Back on the agenda, the cursor is on the item the screen brought
/// back was about.
pub fn resumed(model: &Model, opened: Option<Notice>) -> Ui {
    let mut ui = Ui { selected: model.record.current.unwrap_or(0), ..Ui::default() };
    let said = if let Some((screen, prompt)) = resumed_prompt(model) {
        (ui.screen, ui.overlay) = (screen, Some(prompt));
        Some(Notice::DraftResumed)
    } else if let Some(screen) = resumed_screen(model) {
        ui.screen = screen;
        Some(Notice::DraftResumed)
    } else if let Some((screen, notice)) = resumed_vote(model) {
        ui.screen = screen;
        Some(notice)
    } else {
        None
    };
    ui.notice = match opened {
        Some(Notice::Resumed) | None => said.or(opened),
        warning => warning,
    };
    if let Some(item) = ui.screen.item() {
        ui.selected = item;
    }
    ui
}
