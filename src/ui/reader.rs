//! The reader: one section, wrapped to the window, scrolled, with the position shown, and
//! search matches marked when it was opened from a search.

use std::borrow::Cow;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::theme::Theme;
use super::{draw_lines, layout, page};
use crate::app::App;
use crate::document::{layout_section, DocLine};
use crate::search::matches_in;

/// With the mouse on: the "Previous" and "Next" buttons on the status row.
pub fn nav_buttons(app: &App, area: Rect) -> Option<(Rect, Rect)> {
    if !app.settings.mouse {
        return None;
    }
    let status = layout::reader_status(area);
    let (previous, next) = nav_labels(app);
    let previous_width = u16::try_from(previous.width()).unwrap_or(0);
    let next_width = u16::try_from(next.width()).unwrap_or(0);
    let here_width = 8;
    if status.height == 0 || previous_width + next_width + here_width > status.width / 2 {
        return None;
    }
    let previous = Rect::new(status.x, status.y, previous_width, 1);
    let next = Rect::new(
        status.x + previous_width + here_width,
        status.y,
        next_width,
        1,
    );
    Some((previous, next))
}

/// The buttons' labels; ASCII mode folds their arrows after drawing.
fn nav_labels(app: &App) -> (&'static str, &'static str) {
    let text = app.text();
    (text.previous_button, text.next_button)
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = Theme::of(app);
    let text = app.reader_text_area(area);
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
            app.text(),
        ))
    };
    let sections = app.pack.sections.len();
    let here = app.reader.section + 1;
    let status = layout::reader_status(area);
    let buttons = nav_buttons(app, area);
    let labels = if buttons.is_some() {
        // The buttons are drawn over this blank label.
        vec![" ".repeat(usize::from(status.width / 2))]
    } else {
        let [long, short] = app.text().reader_status;
        vec![
            format!(" {here}/{sections}{long}"),
            format!(" {here}/{sections}{short}"),
            format!(" {here}/{sections}"),
        ]
    };
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    page::render_in(app, &lines, app.reader.scroll, &labels, text, status, buf);
    if let Some((previous, next)) = buttons {
        let (previous_label, next_label) = nav_labels(app);
        buf.set_stringn(
            previous.x,
            previous.y,
            previous_label,
            usize::from(previous.width),
            theme.button,
        );
        let here = format!(" {here}/{sections}");
        buf.set_stringn(
            previous.right(),
            status.y,
            &here,
            usize::from(next.x - previous.right()),
            theme.dim,
        );
        buf.set_stringn(
            next.x,
            next.y,
            next_label,
            usize::from(next.width),
            theme.button,
        );
    }
    let prompts = layout::reader_text(area).height - text.height;
    if prompts > 0 {
        let rect = Rect::new(text.x, text.bottom(), text.width, prompts);
        draw_lines(theme, &app.prompt_lines(width), 0, rect, buf);
    }
    if let Some(query) = &app.reader.highlight {
        let first = page::first_line(&lines, app.reader.scroll, text);
        for (row, line) in lines
            .iter()
            .skip(first)
            .take(usize::from(text.height))
            .enumerate()
        {
            mark_matches(theme, line, query, text, row, buf);
        }
    }
}

/// Marks each match on a line in reverse video, bold and underlined: visible without colour.
fn mark_matches(
    theme: &Theme,
    line: &DocLine,
    query: &str,
    text: Rect,
    row: usize,
    buf: &mut Buffer,
) {
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
        buf.set_style(Rect::new(x, y, width, 1), theme.search_match);
    }
}
