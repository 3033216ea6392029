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

/// In a text field `!` is typed, so the badge names the chord that works there.
pub const TEXT_BADGES: [&str; 4] = [
    " Ctrl-G  Get help now · Call or text 988 ",
    " Ctrl-G Help · Call or text 988 ",
    " Ctrl-G · Call or text 988 ",
    " Call or text 988 ",
];

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let width = usize::from(area.width);
    let context = app.context();
    let hints = match context {
        Context::Crisis | Context::Help => " Esc close · q quit ",
        Context::Welcome => " ? keys · q quit ",
        Context::Search => " F1 keys · Esc back ",
        Context::Contents
        | Context::Reader
        | Context::Glossary
        | Context::Sources
        | Context::SelfCheckIntro
        | Context::SelfCheckQuestion
        | Context::SelfCheckResults => " ? keys · Esc back · q quit ",
    };
    let badges = if context.is_text_entry() {
        &TEXT_BADGES
    } else {
        &BADGES
    };
    // The badge gets the room first; the hints only if something is left.
    let badge = if badges[0].width() + hints.width() <= width {
        badges[0].to_string()
    } else if badges[1].width() + hints.width() <= width {
        badges[1].to_string()
    } else {
        fit(badges, width)
    };
    buf.set_stringn(area.x, area.y, &badge, width, THEME.crisis_badge);
    let used = badge.width();
    if used + hints.width() <= width {
        let x = area.x + u16::try_from(width - hints.width()).unwrap_or(0);
        buf.set_stringn(x, area.y, hints, hints.width(), THEME.dim);
    }
}
