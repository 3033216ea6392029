//! The crisis panel: free help to call or text, 988 always first. It opens over any screen
//! with one key and closes back to exactly where the person was.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, BorderType, Widget};

use super::theme::Theme;
use super::{clear, draw_lines, fit, layout};
use crate::app::{App, OpenOverlay};
pub use crate::view::crisis::{inner, MAX_WIDTH};

/// The label on the panel's bottom border, which a click or touch also closes it by.
fn close_hint(app: &App, more_below: bool) -> &'static str {
    let [mouse_more, mouse, more, plain] = app.text().crisis_close_hints;
    match (app.settings.mouse, more_below) {
        (true, true) => mouse_more,
        (true, false) => mouse,
        (false, true) => more,
        (false, false) => plain,
    }
}

pub fn render(app: &App, overlay: &OpenOverlay, area: Rect, buf: &mut Buffer) {
    let theme = Theme::of(app);
    let words = app.text();
    let panel = layout::panel(area, MAX_WIDTH);
    let inner = inner(area);
    clear(panel, buf, theme.base);
    let text = app.crisis_lines(overlay.urgent, usize::from(inner.width));
    let scroll = overlay
        .scroll
        .min(text.len().saturating_sub(usize::from(inner.height)));
    let more_below = scroll + usize::from(inner.height) < text.len();

    if layout::too_small(area) {
        // No room for a border: 988 first, the text, then one row saying how to close it.
        let first = fit(&words.call_or_text_988, usize::from(area.width));
        buf.set_stringn(
            area.x,
            area.y,
            &first,
            usize::from(area.width),
            theme.crisis_badge,
        );
        draw_lines(theme, &text, scroll, inner, buf);
        if area.height >= 2 {
            let [with_more, close, esc] = words.crisis_compact_hints;
            let hint = fit(
                &[if more_below { with_more } else { close }, close, esc],
                usize::from(area.width),
            );
            let y = area.y + area.height - 1;
            buf.set_stringn(
                area.x,
                y,
                &hint,
                usize::from(area.width),
                theme.crisis_badge,
            );
        }
        return;
    }

    let hint = close_hint(app, more_below);
    Block::bordered()
        .border_type(BorderType::Double)
        .border_style(theme.crisis_border)
        .title(ratatui::text::Line::styled(
            format!(" {} ", words.get_help_now),
            theme.crisis_title,
        ))
        .title_bottom(ratatui::text::Line::styled(hint, theme.key).right_aligned())
        .render(panel, buf);
    draw_lines(theme, &text, scroll, inner, buf);
}
