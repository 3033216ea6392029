//! The contents: every section with its number, title, summary and reading time.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use std::collections::BTreeSet;

use ratatui::layout::Position;

use super::{Ctx, Screen, Step};
use crate::content::Pack;
use crate::input::action::{Action, Target};
use crate::ui::{ellipsize, fit, geometry as layout, scroll};

/// Rows each section takes: its title line and its summary line.
pub const ROWS_PER_ITEM: u16 = 2;

/// What a row of the contents opens: a section, or one of the two reference screens after
/// the sections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContentsEntry {
    Section(usize),
    Glossary,
    Sources,
}

/// The contents' state: the row highlighted.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Contents {
    pub selected: usize,
}

/// Sections, then Glossary, then Sources.
pub fn len(pack: &Pack) -> usize {
    pack.sections.len() + 2
}

pub fn entry(pack: &Pack, row: usize) -> ContentsEntry {
    match row.checked_sub(pack.sections.len()) {
        None => ContentsEntry::Section(row),
        Some(0) => ContentsEntry::Glossary,
        Some(_) => ContentsEntry::Sources,
    }
}

impl Contents {
    pub fn update(&mut self, action: Action, ctx: &Ctx) -> Step {
        let last = len(ctx.pack) - 1;
        let page = usize::from(layout::areas(ctx.area).body.height / 2).max(1);
        match action {
            Action::Select => self.open(ctx.pack),
            Action::Click(Target::ContentsRow(i)) => {
                self.selected = i.min(last);
                self.open(ctx.pack)
            }
            // A selection moves a whole page, not a page less one line as text does.
            Action::PageUp | Action::PageDown => {
                let before = self.selected;
                self.selected = if action == Action::PageUp {
                    self.selected.saturating_sub(page)
                } else {
                    (self.selected + page).min(last)
                };
                Step::changed_if(self.selected != before)
            }
            _ => Step::changed_if(scroll::scroll(&mut self.selected, action, last, 2)),
        }
    }

    fn open(&self, pack: &Pack) -> Step {
        match entry(pack, self.selected) {
            ContentsEntry::Section(index) => Step::OpenSection {
                index,
                scroll: 0,
                highlight: None,
            },
            ContentsEntry::Glossary => Step::GoTo(Screen::Glossary),
            ContentsEntry::Sources => Step::GoTo(Screen::Sources),
        }
    }

    /// What a click or touch in the body hits: a row of the list.
    pub fn target(&self, ctx: &Ctx, body: Rect, here: Position) -> Option<Target> {
        let (list, first, visible) = self.list(body);
        if !list.contains(here) {
            return None;
        }
        let index = first + usize::from(here.y - list.y) / usize::from(ROWS_PER_ITEM);
        (index < first + visible && index < len(ctx.pack)).then_some(Target::ContentsRow(index))
    }

    /// Where the list goes, the first row shown and how many fit (for drawing and clicks).
    pub fn list(&self, area: Rect) -> (Rect, usize, usize) {
        let column = layout::text_column(area);
        let list = Rect::new(
            column.x,
            column.y + 3,
            column.width,
            column.height.saturating_sub(3),
        );
        let visible = usize::from((list.height / ROWS_PER_ITEM).max(1));
        // Keep the selected row in view.
        let first = self.selected.saturating_sub(visible - 1);
        (list, first, visible)
    }

    /// The list, marking the sections in `visited` as read.
    pub fn render(&self, ctx: &Ctx, visited: &BTreeSet<usize>, area: Rect, buf: &mut Buffer) {
        let theme = ctx.theme();
        let column = layout::text_column(area);
        if column.height < 2 {
            return;
        }
        let width = usize::from(column.width);
        let text = ctx.text();
        let count = ctx.pack.sections.len();
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

        let (list, first, visible) = self.list(area);
        for (row, index) in (0..len(ctx.pack)).skip(first).take(visible).enumerate() {
            let y = list.y + u16::try_from(row).unwrap_or(0) * ROWS_PER_ITEM;
            if y >= list.y + list.height {
                break;
            }
            let (label, title, right, summary) = match entry(ctx.pack, index) {
                ContentsEntry::Section(n) => {
                    let section = &ctx.pack.sections[n];
                    // A read mark in words, so it needs no colour and no special character.
                    let read = if visited.contains(&n) {
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
                    (text.terms_count)(ctx.pack.glossary.len()),
                    text.glossary_row_about.to_string(),
                ),
                ContentsEntry::Sources => (
                    " s".to_string(),
                    text.place_sources.to_string(),
                    (text.sources_count)(ctx.pack.references.len()),
                    text.sources_row_about.to_string(),
                ),
            };
            let selected = index == self.selected;
            let marker = if selected { ctx.glyphs.marker } else { "  " };
            let number = format!("{marker}{label}  ");
            let title_room = width.saturating_sub(number.width() + right.width());
            let title = ellipsize(&title, title_room.saturating_sub(1), ctx.glyphs.ellipsis);
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
                    ctx.glyphs.ellipsis,
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
}
