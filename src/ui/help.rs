//! The help overlay: the keys of the screen under it, generated from the keymap itself.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Widget};
use unicode_width::UnicodeWidthStr;

use super::{clear, draw_lines, layout};
use crate::app::keymap::{help_rows, Context};
use crate::app::App;
use crate::document::{DocLine, Lines, Run, Tone};

pub const MAX_WIDTH: u16 = 64;

pub fn inner(area: Rect) -> Rect {
    layout::panel_inner(area, layout::panel(area, MAX_WIDTH))
}

pub fn context_name(context: Context) -> &'static str {
    match context {
        Context::Welcome => "Welcome",
        Context::Contents => "Contents",
        Context::Reader => "Reading",
        Context::Search => "Search",
        Context::Glossary => "Glossary",
        Context::Sources => "Sources",
        Context::SelfCheckIntro | Context::SelfCheckQuestion | Context::SelfCheckResults => {
            "Self-check"
        }
        Context::Crisis => "Get help now",
        Context::Help => "Keys",
        Context::Settings => "Settings",
        Context::Confirm => "Question",
        Context::AdminPin => "Staff exit",
    }
}

pub fn lines(app: &App, width: usize) -> Vec<DocLine> {
    let context = app.help_context();
    let rows = help_rows(app.key_mode(), context);
    let key_width = rows.iter().map(|(k, _)| k.width()).max().unwrap_or(0) + 2;
    let key_width = key_width.min(width / 2);
    let mut l = Lines::new(width);
    for (keys, what) in rows {
        let padded = format!("{keys:<key_width$}");
        let first = [Run::new(padded, Tone::Strong)];
        let rest = [Run::new(" ".repeat(key_width), Tone::Body)];
        l.push(&[Run::new(what, Tone::Body)], &first, &rest);
    }
    l.into_lines()
}

pub fn rows_height(app: &App, width: usize) -> usize {
    lines(app, width).len()
}

/// The label on the bottom border, which a click or touch also closes the panel by.
fn close_hint(app: &App) -> &'static str {
    if app.settings.mouse {
        " [ Close ] ? or Esc "
    } else {
        " ? or Esc close "
    }
}

pub fn render(app: &App, scroll: usize, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    if layout::too_small(area) {
        return;
    }
    let panel = layout::panel(area, MAX_WIDTH);
    let inner = inner(area);
    clear(panel, buf, theme.base);
    let title = format!(" Keys: {} ", context_name(app.help_context()));
    Block::bordered()
        .border_style(theme.key)
        .title(ratatui::text::Line::styled(title, theme.key))
        .title_bottom(ratatui::text::Line::styled(close_hint(app), theme.dim).right_aligned())
        .render(panel, buf);
    let text = lines(app, usize::from(inner.width));
    let scroll = scroll.min(text.len().saturating_sub(usize::from(inner.height)));
    draw_lines(theme, &text, scroll, inner, buf);
}
