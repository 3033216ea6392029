//! The reader: one section, wrapped to the window, scrolled, with the position shown, and
//! search matches marked when it was opened from a search.

use std::borrow::Cow;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthChar;

use super::theme::THEME;
use super::{layout, page};
use crate::app::App;
use crate::document::{layout_section, DocLine};
use crate::search::matches_in;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let text = layout::reader_text(area);
    let width = usize::from(text.width);
    // `update` lays sections out for the current size; if this draw is for another size,
    // lay it out here rather than draw lines of the wrong width.
    let lines: Cow<'_, [DocLine]> = if app.layouts.width() == width {
        Cow::Borrowed(app.reader_lines())
    } else {
        Cow::Owned(layout_section(
            &app.pack,
            app.reader.section,
            width,
            app.glyphs,
        ))
    };
    let sections = app.pack.sections.len();
    let here = app.reader.section + 1;
    page::render(
        &lines,
        app.reader.scroll,
        &[
            &format!(" {here}/{sections} · ← → sections · / search"),
            &format!(" {here}/{sections} · ← → sections"),
            &format!(" {here}/{sections}"),
        ],
        area,
        buf,
    );
    if let Some(query) = &app.reader.highlight {
        let first = page::first_line(&lines, app.reader.scroll, area);
        for (row, line) in lines
            .iter()
            .skip(first)
            .take(usize::from(text.height))
            .enumerate()
        {
            mark_matches(line, query, text, row, buf);
        }
    }
}

/// Marks each match on a line in reverse video, bold and underlined: visible without colour.
fn mark_matches(line: &DocLine, query: &str, text: Rect, row: usize, buf: &mut Buffer) {
    let chars: Vec<char> = line.text().chars().collect();
    let y = text.y + u16::try_from(row).unwrap_or(u16::MAX);
    for range in matches_in(&line.text(), query) {
        let x_start: usize = chars[..range.start]
            .iter()
            .map(|c| c.width().unwrap_or(0))
            .sum();
        let span: usize = chars[range].iter().map(|c| c.width().unwrap_or(0)).sum();
        let x = text.x + u16::try_from(x_start).unwrap_or(u16::MAX);
        let width = u16::try_from(span)
            .unwrap_or(0)
            .min(text.right().saturating_sub(x));
        buf.set_style(Rect::new(x, y, width, 1), THEME.search_match);
    }
}
