//! The help overlay: the keys of the screen under it, generated from the keymap itself.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Widget};

use super::theme::Theme;
use super::{clear, draw_lines, layout};
use crate::app::App;
pub use crate::view::help::{context_name, inner, MAX_WIDTH};

/// The label on the bottom border, which a click or touch also closes the panel by; it
/// says when there are more keys below, as the crisis panel does.
fn close_hint(app: &App, more_below: bool) -> &'static str {
    let [mouse_more, mouse, more, plain] = app.text().help_close_hints;
    match (app.settings.mouse, more_below) {
        (true, true) => mouse_more,
        (true, false) => mouse,
        (false, true) => more,
        (false, false) => plain,
    }
}

pub fn render(app: &App, scroll: usize, area: Rect, buf: &mut Buffer) {
    let theme = Theme::of(app);
    if layout::too_small(area) {
        return;
    }
    let panel = layout::panel(area, MAX_WIDTH);
    let inner = inner(area);
    clear(panel, buf, theme.base);
    let words = app.text();
    let title = (words.help_title)(context_name(app.help_context(), words));
    let text = app.help_lines(usize::from(inner.width));
    let scroll = scroll.min(text.len().saturating_sub(usize::from(inner.height)));
    let more_below = scroll + usize::from(inner.height) < text.len();
    Block::bordered()
        .border_style(theme.key)
        .title(ratatui::text::Line::styled(title, theme.key))
        .title_bottom(
            ratatui::text::Line::styled(close_hint(app, more_below), theme.dim).right_aligned(),
        )
        .render(panel, buf);
    draw_lines(theme, &text, scroll, inner, buf);
}
