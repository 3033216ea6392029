//! The frame around every screen: the header with where the person is, the footer with
//! how to get help (on every screen, at every size), a passing notice over the footer, and
//! the notice that replaces everything when the terminal is too small.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use super::Ctx;
use crate::config::Mode;
use crate::input::keymap::Context;
use crate::ui::theme::Theme;
use crate::ui::{clear, fit, geometry as layout};

/// The header's buttons, where they are drawn: "‹ Back" (with the mouse on, when there is
/// somewhere to go back to) and the kiosk's "End session".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct HeaderButtons {
    pub back: Option<Rect>,
    pub end_session: Option<Rect>,
}

/// `can_go_back`: there is a screen or a panel to go back from.
pub fn header_buttons(ctx: &Ctx, can_go_back: bool, area: Rect) -> HeaderButtons {
    let text = ctx.text();
    let mut buttons = HeaderButtons::default();
    let mut right = area.right();
    if ctx.mode() == Mode::Kiosk {
        let width = u16::try_from(text.end_session_button.width()).unwrap_or(0);
        if area.width >= width * 2 {
            right -= width;
            buttons.end_session = Some(Rect::new(right, area.y, width, area.height.min(1)));
        }
    }
    if ctx.settings.mouse && can_go_back {
        let width = u16::try_from(text.back_button.width()).unwrap_or(0);
        if area.x + width * 2 <= right {
            buttons.back = Some(Rect::new(area.x, area.y, width, area.height.min(1)));
        }
    }
    buttons
}

/// The header: lantern, the mode and the pack's title on the left, `place` (where the
/// person is) on the right.
pub fn render_header(ctx: &Ctx, place: &str, can_go_back: bool, area: Rect, buf: &mut Buffer) {
    let theme = ctx.theme();
    let text = ctx.text();
    buf.set_style(area, theme.header);
    let buttons = header_buttons(ctx, can_go_back, area);
    let mut area = area;
    if let Some(back) = buttons.back {
        // ASCII mode folds the arrow after drawing, like every other character.
        buf.set_stringn(
            back.x,
            back.y,
            text.back_button,
            usize::from(back.width),
            theme.button,
        );
        area = Rect::new(
            back.right() + 1,
            area.y,
            area.width.saturating_sub(back.width + 1),
            area.height,
        );
    }
    if let Some(end) = buttons.end_session {
        buf.set_stringn(
            end.x,
            end.y,
            text.end_session_button,
            usize::from(end.width),
            theme.button,
        );
        area = Rect::new(
            area.x,
            area.y,
            end.x.saturating_sub(area.x + 1),
            area.height,
        );
    }
    let width = usize::from(area.width);
    let right = format!("{place} ");
    let mode = match ctx.mode() {
        Mode::Personal | Mode::Kiosk => "",
        Mode::Counselor => text.counselor_mode,
    };
    let left = fit(
        &[
            &format!(" lantern{mode} · {}", ctx.pack.meta.title),
            &format!(" lantern{mode}"),
            " lantern",
        ],
        width.saturating_sub(right.width() + 1),
    );
    buf.set_stringn(area.x, area.y, &left, width, theme.header_title);
    if left.width() + right.width() < width {
        let x = area.x + u16::try_from(width - right.width()).unwrap_or(0);
        buf.set_stringn(x, area.y, &right, right.width(), theme.header);
    }
}

/// Below the minimum size: how to get help, then what to do about the size, as much as fits.
pub fn render_too_small(ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let theme = ctx.theme();
    let text = ctx.text();
    let width = usize::from(area.width);
    let lines = [
        (fit(&text.call_or_text_988, width), theme.crisis_badge),
        (fit(&text.press_for_help, width), theme.key),
        (fit(&text.too_small, width), theme.base),
        (fit(&text.make_larger, width), theme.dim),
    ];
    let shown = lines.len().min(usize::from(area.height));
    let top = area.y + (area.height - u16::try_from(shown).unwrap_or(0)) / 2;
    for (i, (text, style)) in lines.iter().take(shown).enumerate() {
        let x = area.x + u16::try_from(width.saturating_sub(text.width()) / 2).unwrap_or(0);
        let y = top + u16::try_from(i).unwrap_or(0);
        buf.set_stringn(x, y, text, width, *style);
    }
}

/// The key hints on the right of the footer, most useful first; as many as fit are shown.
fn hints(ctx: &Ctx, context: Context) -> Vec<&'static str> {
    let text = ctx.text();
    let kiosk = ctx.mode() == Mode::Kiosk;
    let quit = (!kiosk).then_some(text.hint_quit);
    let mut hints: Vec<&'static str> = match context {
        Context::Crisis | Context::Help | Context::Confirm => vec![text.hint_close],
        Context::AdminPin => vec![text.hint_check, text.hint_cancel],
        Context::Search => vec![text.hint_keys_f1, text.hint_back],
        Context::Welcome => vec![text.hint_keys],
        _ => vec![text.hint_keys, text.hint_back],
    };
    // The cover key, right after the keys panel: it must be known before it is needed.
    if !context.is_overlay() {
        hints.insert(1, text.hint_cover);
    }
    if !context.is_text_entry() && !context.is_overlay() {
        match ctx.mode() {
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
/// `context` is where keys are read now.
pub fn badge(ctx: &Ctx, context: Context, width: usize) -> String {
    let text = ctx.text();
    let badges = if context.is_text_entry() {
        &text.text_badges
    } else {
        &text.badges
    };
    let least_hints = hints(ctx, context).first().map_or(0, |h| h.width() + 2);
    if badges[0].width() + least_hints <= width {
        badges[0].to_string()
    } else if badges[1].width() + least_hints <= width {
        badges[1].to_string()
    } else {
        fit(badges, width)
    }
}

pub fn render_footer(ctx: &Ctx, context: Context, area: Rect, buf: &mut Buffer) {
    let theme = ctx.theme();
    if area.is_empty() {
        return;
    }
    let width = usize::from(area.width);
    // The badge gets the room first; the hints only if something is left.
    let badge = badge(ctx, context, width);
    buf.set_stringn(area.x, area.y, &badge, width, theme.crisis_badge);
    let room = width.saturating_sub(badge.width());
    // Most useful first; one that does not fit is left out and the next tried.
    let mut shown: Vec<&str> = Vec::new();
    for hint in hints(ctx, context) {
        shown.push(hint);
        if format!(" {} ", shown.join(" · ")).width() > room {
            shown.pop();
        }
    }
    let text = format!(" {} ", shown.join(" · "));
    if !shown.is_empty() {
        let x = area.x + u16::try_from(width - text.width()).unwrap_or(0);
        buf.set_stringn(x, area.y, &text, text.width(), theme.dim);
    }
}

/// A short message just above the footer, wrapped to at most three rows, so a saved
/// file's whole path shows.
pub fn render_notice(theme: &Theme, notice: &str, areas: layout::Areas, buf: &mut Buffer) {
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
        clear(Rect::new(body.x, y, body.width, 1), buf, theme.notice);
        buf.set_stringn(body.x + 1, y, line.text(), width, theme.notice);
    }
}
