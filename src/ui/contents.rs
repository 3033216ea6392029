//! The contents: every section with its number, title, summary and reading time.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use super::{ellipsize, fit, layout};
use crate::app::{App, ContentsEntry};

/// Rows each section takes: its title line and its summary line.
pub const ROWS_PER_ITEM: u16 = 2;

/// Where the list goes, the first row shown and how many fit (for drawing and clicks).
pub fn list(app: &App, area: Rect) -> (Rect, usize, usize) {
    let column = layout::text_column(area);
    let list = Rect::new(
        column.x,
        column.y + 3,
        column.width,
        column.height.saturating_sub(3),
    );
    let visible = usize::from((list.height / ROWS_PER_ITEM).max(1));
    // Keep the selected row in view.
    let first = app.contents_selected.saturating_sub(visible - 1);
    (list, first, visible)
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = Theme::of(app);
    let column = layout::text_column(area);
    if column.height < 2 {
        return;
    }
    let width = usize::from(column.width);
    let text = app.text();
    let count = app.pack.sections.len();
    let heading = fit(
        &[
            &(text.contents_heading)(count),
            &(text.contents_heading_short)(count),
            text.place_contents,
        ],
        width,
    );
    buf.set_stringn(
        column.x,
        column.y + 1,
        &heading,
        width,
        theme.tone(crate::document::Tone::Heading),
    );

    let (list, first, visible) = list(app, area);
    for (row, index) in (0..app.contents_len())
        .skip(first)
        .take(visible)
        .enumerate()
    {
        let y = list.y + u16::try_from(row).unwrap_or(0) * ROWS_PER_ITEM;
        if y >= list.y + list.height {
            break;
        }
        let (label, title, right, summary) = match app.contents_entry(index) {
            ContentsEntry::Section(n) => {
                let section = &app.pack.sections[n];
                // A read mark in words, so it needs no colour and no special character.
                let read = if app.visited.contains(&n) {
                    text.read_mark
                } else {
                    ""
                };
                (
                    format!("{:>2}", n + 1),
                    section.title.clone(),
                    format!("{read} {} min", section.reading_minutes()),
                    section.summary.clone(),
                )
            }
            ContentsEntry::Glossary => (
                " w".to_string(),
                text.place_glossary.to_string(),
                (text.terms_count)(app.pack.glossary.len()),
                text.glossary_row_about.to_string(),
            ),
            ContentsEntry::Sources => (
                " s".to_string(),
                text.place_sources.to_string(),
                (text.sources_count)(app.pack.references.len()),
                text.sources_row_about.to_string(),
            ),
        };
        let selected = index == app.contents_selected;
        let marker = if selected { app.glyphs.marker } else { "  " };
        let number = format!("{marker}{label}  ");
        let title_room = width.saturating_sub(number.width() + right.width());
        let title = ellipsize(&title, title_room.saturating_sub(1), app.glyphs.ellipsis);
        let style = if selected { theme.selected } else { theme.key };
        let line = format!(
            "{number}{title}{}{right}",
            " ".repeat(title_room.saturating_sub(title.width()))
        );
        buf.set_stringn(column.x, y, &line, width, style);
        if y + 1 < list.y + list.height {
            let indent = " ".repeat(number.width());
            let summary = ellipsize(
                &summary,
                width.saturating_sub(indent.width()),
                app.glyphs.ellipsis,
            );
            buf.set_stringn(
                column.x,
                y + 1,
                format!("{indent}{summary}"),
                width,
                theme.dim,
            );
        }
    }
}
