//! The reader: one section, wrapped to the window, scrolled, with the position shown.

use std::borrow::Cow;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use super::theme::THEME;
use super::{draw_lines, fit, layout};
use crate::app::App;
use crate::document::layout_section;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let text = layout::reader_text(area);
    let width = usize::from(text.width);
    // `update` lays the section out for the current size; if this draw is for another size,
    // lay it out here rather than draw lines of the wrong width.
    let lines = if app.reader.width == width {
        Cow::Borrowed(&app.reader.lines)
    } else {
        Cow::Owned(layout_section(
            &app.pack,
            app.reader.section,
            width,
            app.glyphs,
        ))
    };
    let page = usize::from(text.height).max(1);
    let scroll = app.reader.scroll.min(lines.len().saturating_sub(page));
    draw_lines(&lines, scroll, text, buf);

    let status = layout::reader_status(area);
    let total = lines.len();
    let last = (scroll + page).min(total);
    let position = if total <= page {
        "All shown".to_string()
    } else {
        format!(
            "Lines {}–{last} of {total} · {}%",
            scroll + 1,
            last * 100 / total.max(1)
        )
    };
    let sections = app.pack.sections.len();
    let here = app.reader.section + 1;
    let left = fit(
        &[
            &format!(" {here}/{sections} · ← → sections"),
            &format!(" {here}/{sections}"),
        ],
        usize::from(status.width).saturating_sub(position.width() + 2),
    );
    buf.set_stringn(
        status.x,
        status.y,
        &left,
        usize::from(status.width),
        THEME.dim,
    );
    let right = format!("{position} ");
    if left.width() + right.width() <= usize::from(status.width) {
        let x = status.x + status.width - u16::try_from(right.width()).unwrap_or(0);
        buf.set_stringn(x, status.y, &right, right.width(), THEME.key);
    }
}
