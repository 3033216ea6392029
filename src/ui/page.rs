//! A scrolled page of laid-out lines with its position shown below: the reader, the
//! glossary and the sources all read this way.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use std::borrow::Cow;

use super::theme::Theme;
use super::{draw_lines, fit, glossary, layout, sources};
use crate::app::App;
use crate::document::DocLine;
use crate::layouts::Page;

/// The glossary or sources page, from the laid-out cache when it is for this size.
pub fn render_page(app: &App, page: Page, area: Rect, buf: &mut Buffer) {
    let text = app.text();
    let width = usize::from(layout::reader_text(area).width);
    let lines: Cow<'_, [DocLine]> = if app.layouts.width() == width {
        Cow::Borrowed(app.layouts.page(&app.pack, page))
    } else {
        Cow::Owned(match page {
            Page::Glossary => glossary::lines(&app.pack, width, text),
            Page::Sources => sources::lines(&app.pack, width, text),
        })
    };
    let (scroll, labels) = match page {
        Page::Glossary => (app.glossary_scroll, text.glossary_status),
        Page::Sources => (app.sources_scroll, text.sources_status),
    };
    render(app, &lines, scroll, &labels, area, buf);
}

/// Draws `lines` from `scroll` in the text column, and the position in the status row.
/// `labels` are the left side of the status row, longest first.
pub fn render(
    app: &App,
    lines: &[DocLine],
    scroll: usize,
    labels: &[&str],
    area: Rect,
    buf: &mut Buffer,
) {
    let text = layout::reader_text(area);
    let status = layout::reader_status(area);
    render_in(app, lines, scroll, labels, text, status, buf);
}

/// As `render`, with the text and status rows given.
pub fn render_in(
    app: &App,
    lines: &[DocLine],
    scroll: usize,
    labels: &[&str],
    text: Rect,
    status: Rect,
    buf: &mut Buffer,
) {
    let theme = Theme::of(app);
    let words = app.text();
    let page = usize::from(text.height).max(1);
    let scroll = scroll.min(lines.len().saturating_sub(page));
    draw_lines(theme, lines, scroll, text, buf);

    let total = lines.len();
    let last = (scroll + page).min(total);
    let position = if total <= page {
        words.all_shown.to_string()
    } else {
        (words.lines_of)(scroll + 1, last, total, last * 100 / total.max(1))
    };
    let width = usize::from(status.width);
    let left = fit(labels, width.saturating_sub(position.width() + 2));
    buf.set_stringn(status.x, status.y, &left, width, theme.dim);
    let right = format!("{position} ");
    if left.width() + right.width() <= width {
        let x = status.x + status.width - u16::try_from(right.width()).unwrap_or(0);
        buf.set_stringn(x, status.y, &right, right.width(), theme.key);
    }
}

/// The first line shown for a scroll position, as `render` clamps it, with `text` rows.
pub fn first_line(lines: &[DocLine], scroll: usize, text: Rect) -> usize {
    let page = usize::from(text.height).max(1);
    scroll.min(lines.len().saturating_sub(page))
}
