//! The footer: how to get help, on every screen, at every size.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use super::fit;
use super::theme::Theme;
use crate::app::keymap::Context;
use crate::app::App;
use crate::config::Mode;

/// The key hints on the right of the footer, most useful first; as many as fit are shown.
fn hints(app: &App) -> Vec<&'static str> {
    let text = app.text();
    let context = app.context();
    let kiosk = app.mode() == Mode::Kiosk;
    let quit = (!kiosk).then_some(text.hint_quit);
    let mut hints: Vec<&'static str> = match context {
        Context::Crisis | Context::Help | Context::Confirm => vec![text.hint_close],
        Context::AdminPin => vec![text.hint_check, text.hint_cancel],
        Context::Search => vec![text.hint_keys_f1, text.hint_back],
        Context::Welcome => vec![text.hint_keys],
        _ => vec![text.hint_keys, text.hint_back],
    };
    if !context.is_text_entry() && !context.is_overlay() {
        match app.mode() {
            Mode::Kiosk => hints.push(text.hint_end_session),
            Mode::Counselor => hints.extend([text.hint_handout, text.hint_new_client]),
            Mode::Personal => {}
        }
    }
    // In a text field `q` is a letter, so no quit hint there.
    if !context.is_text_entry() {
        hints.extend(quit);
    }
    hints
}

/// The crisis badge shown at this width: the longest that leaves room for some hints.
/// Every badge names the key (or chord) that opens the crisis panel and 988.
pub fn badge(app: &App, width: usize) -> String {
    let text = app.text();
    let badges = if app.context().is_text_entry() {
        &text.text_badges
    } else {
        &text.badges
    };
    let least_hints = hints(app).first().map_or(0, |h| h.width() + 2);
    if badges[0].width() + least_hints <= width {
        badges[0].to_string()
    } else if badges[1].width() + least_hints <= width {
        badges[1].to_string()
    } else {
        fit(badges, width)
    }
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = Theme::of(app);
    if area.is_empty() {
        return;
    }
    let width = usize::from(area.width);
    // The badge gets the room first; the hints only if something is left.
    let badge = badge(app, width);
    buf.set_stringn(area.x, area.y, &badge, width, theme.crisis_badge);
    let room = width.saturating_sub(badge.width());
    let all = hints(app);
    let mut shown = all.len();
    let text = loop {
        let text = format!(" {} ", all[..shown].join(" · "));
        if text.width() <= room || shown == 0 {
            break text;
        }
        shown -= 1;
    };
    if shown > 0 {
        let x = area.x + u16::try_from(width - text.width()).unwrap_or(0);
        buf.set_stringn(x, area.y, &text, text.width(), theme.dim);
    }
}

/// A short message just above the footer, wrapped to at most three rows, so a saved
/// file's whole path shows.
pub fn render_notice(theme: &Theme, notice: &str, areas: super::layout::Areas, buf: &mut Buffer) {
    let body = areas.body;
    let width = usize::from(body.width.saturating_sub(2));
    if body.height < 2 || width == 0 {
        return;
    }
    let mut lines = crate::document::Lines::new(width);
    lines.text(notice, crate::document::Tone::Body);
    let lines = lines.into_lines();
    let rows = u16::try_from(lines.len().min(3))
        .unwrap_or(3)
        .min(body.height - 1);
    let top = body.bottom() - rows;
    for (i, line) in lines.iter().take(usize::from(rows)).enumerate() {
        let y = top + u16::try_from(i).unwrap_or(0);
        super::clear(Rect::new(body.x, y, body.width, 1), buf, theme.notice);
        buf.set_stringn(body.x + 1, y, line.text(), width, theme.notice);
    }
}
