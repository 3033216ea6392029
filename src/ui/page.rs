//! A scrolled page of laid-out lines with its position shown below: the reader, the
//! glossary and the sources all read this way.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use super::{draw_lines, fit, geometry as layout, scroll};
use crate::document::DocLine;
use crate::i18n::Catalog;

/// Draws `lines` from `scroll` in the text column, and the position in the status row.
/// `labels` are the left side of the status row, longest first.
pub fn render(
    theme: &Theme,
    words: &Catalog,
    lines: &[DocLine],
    scroll: usize,
    labels: &[&str],
    area: Rect,
    buf: &mut Buffer,
) {
    let text = layout::reader_text(area);
    let status = layout::reader_status(area);
    render_in(theme, words, lines, scroll, labels, (text, status), buf);
}

/// As `render`, with the text and status rows given.
pub fn render_in(
    theme: &Theme,
    words: &Catalog,
    lines: &[DocLine],
    scroll: usize,
    labels: &[&str],
    (text, status): (Rect, Rect),
    buf: &mut Buffer,
) {
    let page = usize::from(text.height).max(1);
    let scroll = first_line(lines, scroll, text);
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

/// The first line shown for a scroll position, kept within the scroll limit for `text` rows.
pub fn first_line(lines: &[DocLine], scroll: usize, text: Rect) -> usize {
    scroll.min(scroll::limit(lines.len(), usize::from(text.height)))
}
