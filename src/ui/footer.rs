//! The footer: how to get help, on every screen, at every size.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use super::fit;
use super::theme::THEME;
use crate::app::keymap::Context;
use crate::app::App;

/// The crisis badge, longest first; the footer shows the longest that fits.
pub const BADGES: [&str; 4] = [
    " ! or Ctrl-G  Get help now · Call or text 988 ",
    " ! Get help now · Call or text 988 ",
    " ! Help · Call or text 988 ",
    " ! Call or text 988 ",
];

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let width = usize::from(area.width);
    let hints = match app.context() {
        Context::Crisis | Context::Help => " Esc close · q quit ",
        Context::Welcome => " ? keys · q quit ",
        Context::Contents | Context::Reader => " ? keys · Esc back · q quit ",
    };
    // The badge gets the room first; the hints only if something is left.
    let badge = if BADGES[0].width() + hints.width() <= width {
        BADGES[0].to_string()
    } else if BADGES[1].width() + hints.width() <= width {
        BADGES[1].to_string()
    } else {
        fit(&BADGES, width)
    };
    buf.set_stringn(area.x, area.y, &badge, width, THEME.crisis_badge);
    let used = badge.width();
    if used + hints.width() <= width {
        let x = area.x + u16::try_from(width - hints.width()).unwrap_or(0);
        buf.set_stringn(x, area.y, hints, hints.width(), THEME.dim);
    }
}
