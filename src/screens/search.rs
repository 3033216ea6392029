//! The search screen: a text field, then every match with its section and the words around
//! it. The field is a text field, so `!` types "!" here; Ctrl-G opens the crisis panel.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use std::rc::Rc;

use ratatui::layout::Position;

use super::{Ctx, Step};
use crate::input::action::{Action, Target};
use crate::search::{self, Hit};
use crate::ui::theme::Theme;
use crate::ui::{ellipsize, fit, geometry as layout, scroll};

/// Rows each result takes: the section, then the words around the match.
pub const ROWS_PER_HIT: u16 = 2;

/// The most characters a search holds.
const MAX_QUERY: usize = 100;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Search {
    pub query: String,
    pub selected: usize,
    /// Shared between copies of the state; replaced, never changed, on each new search.
    pub hits: Rc<Vec<Hit>>,
    /// Matches in all, which may be more than the hits listed.
    pub total: usize,
}

impl Search {
    pub fn update(&mut self, action: Action, ctx: &Ctx) -> Step {
        match action {
            // Longer than any search a person types: a flood of keys into the field
            // must not make every key a slower search.
            Action::Input(c) if self.query.chars().count() < MAX_QUERY => {
                self.query.push(c);
                self.run(ctx);
                Step::Changed
            }
            Action::DeleteBack if !self.query.is_empty() => {
                self.query.pop();
                self.run(ctx);
                Step::Changed
            }
            Action::Select => self.open(),
            Action::Click(Target::SearchHit(i)) if i < self.hits.len() => {
                self.selected = i;
                self.open()
            }
            _ => {
                let last = self.hits.len().saturating_sub(1);
                let page = usize::from(layout::areas(ctx.area).body.height / 2).max(1);
                Step::changed_if(scroll::scroll(&mut self.selected, action, last, page))
            }
        }
    }

    /// Opens the highlighted hit's section, two lines of context above the match.
    fn open(&self) -> Step {
        match self.hits.get(self.selected) {
            Some(hit) => Step::OpenSection {
                index: hit.section,
                scroll: hit.line.saturating_sub(2),
                highlight: Some(self.query.trim().to_string()),
            },
            None => Step::Unchanged,
        }
    }

    /// Searches again for the words typed, from the first hit.
    pub fn run(&mut self, ctx: &Ctx) {
        let (hits, total) = search::find(ctx.pack, ctx.layouts, &self.query);
        self.hits = Rc::new(hits);
        self.total = total;
        self.selected = 0;
    }

    /// After new layouts (a new size or language): the same search, keeping the hit
    /// highlighted where there still is one.
    pub fn rerun(&mut self, ctx: &Ctx) {
        if self.query.is_empty() {
            return;
        }
        let selected = self.selected;
        self.run(ctx);
        self.selected = selected.min(self.hits.len().saturating_sub(1));
    }

    /// What a click or touch in the body hits: a result.
    pub fn target(&self, body: Rect, here: Position) -> Option<Target> {
        let (list, first, visible) = self.list(body);
        if !list.contains(here) {
            return None;
        }
        let index = first + usize::from(here.y - list.y) / usize::from(ROWS_PER_HIT);
        (index < first + visible && index < self.hits.len()).then_some(Target::SearchHit(index))
    }

    /// Where the results go, the first shown and how many fit (for drawing and clicks).
    pub fn list(&self, area: Rect) -> (Rect, usize, usize) {
        let column = layout::text_column(area);
        let list = Rect::new(
            column.x,
            column.y + 4,
            column.width,
            column.height.saturating_sub(4),
        );
        let visible = usize::from(list.height / ROWS_PER_HIT).max(1);
        let first = self.selected.saturating_sub(visible - 1);
        (list, first, visible)
    }

    pub fn render(&self, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        let theme = ctx.theme();
        let column = layout::text_column(area);
        if column.height < 3 {
            return;
        }
        let width = usize::from(column.width);
        let search = self;
        let text = ctx.text();

        // The field: a label, the words so far, and a block cursor after them.
        let label = text.search_label;
        buf.set_stringn(column.x, column.y + 1, label, width, theme.key);
        let room = width.saturating_sub(label.width() + 1);
        // Show the end of a long query, where typing happens.
        let mut shown: Vec<char> = Vec::new();
        let mut used = 0;
        for c in search.query.chars().rev() {
            let w = c.width().unwrap_or(0);
            if used + w > room {
                break;
            }
            used += w;
            shown.insert(0, c);
        }
        let shown: String = shown.into_iter().collect();
        let field_x = column.x + u16::try_from(label.width()).unwrap_or(0);
        buf.set_stringn(field_x, column.y + 1, &shown, room, theme.field);
        let cursor_x = field_x + u16::try_from(shown.width()).unwrap_or(0);
        if cursor_x < column.right() {
            buf.set_stringn(cursor_x, column.y + 1, " ", 1, theme.cursor);
        }

        let summary = if search.query.trim().is_empty() {
            text.search_empty.to_string()
        } else if search.total == 0 {
            text.search_none.to_string()
        } else {
            let sections = {
                let mut s: Vec<usize> = search.hits.iter().map(|h| h.section).collect();
                s.dedup();
                s.len()
            };
            let listed = if search.total > search.hits.len() {
                (text.search_first_listed)(search.hits.len())
            } else {
                String::new()
            };
            format!("{}{listed}", (text.search_count)(search.total, sections))
        };
        buf.set_stringn(
            column.x,
            column.y + 2,
            fit(&[&summary], width),
            width,
            theme.dim,
        );

        let (list, first, visible) = self.list(area);
        for (row, (index, hit)) in search
            .hits
            .iter()
            .enumerate()
            .skip(first)
            .take(visible)
            .enumerate()
        {
            let y = list.y + u16::try_from(row).unwrap_or(0) * ROWS_PER_HIT;
            if y >= list.bottom() {
                break;
            }
            let selected = index == search.selected;
            let marker = if selected { ctx.glyphs.marker } else { "  " };
            let title = ctx
                .pack
                .sections
                .get(hit.section)
                .map_or("", |s| s.title.as_str());
            let heading = format!("{marker}{}. {title}", hit.section + 1);
            let style = if selected { theme.selected } else { theme.key };
            let heading = ellipsize(&heading, width, ctx.glyphs.ellipsis);
            buf.set_stringn(column.x, y, heading, width, style);
            if y + 1 < list.bottom() {
                let row = Rect::new(column.x, y + 1, column.width, 1);
                draw_snippet(theme, hit, ctx.glyphs.ellipsis, row, buf);
            }
        }
    }
}

/// The words around a match in `row`, with the match itself marked without relying on
/// colour, and an ellipsis at each end where the text goes on, as other cut text has.
fn draw_snippet(theme: &Theme, hit: &Hit, ellipsis: &str, row: Rect, buf: &mut Buffer) {
    let indent = 4;
    let room = usize::from(row.width).saturating_sub(indent);
    let (from, to) = shown_part(hit, ellipsis.width(), room);
    let chars: Vec<char> = hit.snippet.chars().collect();
    let mut col = row.x + u16::try_from(indent).unwrap_or(0);
    let mut put = |text: &str, style| {
        let w = u16::try_from(text.width()).unwrap_or(u16::MAX);
        // Never past the row, however narrow it is.
        if col.saturating_add(w) <= row.right() {
            buf.set_stringn(col, row.y, text, usize::from(w.max(1)), style);
            col += w;
        }
    };
    if hit.more_before || from > 0 {
        put(ellipsis, theme.dim);
    }
    for (i, c) in chars.iter().enumerate().take(to).skip(from) {
        let style = if hit.marked.contains(&i) {
            theme.search_match
        } else {
            theme.dim
        };
        put(c.encode_utf8(&mut [0; 4]), style);
    }
    if hit.more_after || to < chars.len() {
        put(ellipsis, theme.dim);
    }
}

/// Which characters of a snippet fit in `room` columns with an ellipsis (`mark` columns
/// wide) at each end that is cut: the match kept in view, dropping characters from the
/// front if it would fall off the end.
fn shown_part(hit: &Hit, mark: usize, room: usize) -> (usize, usize) {
    let widths: Vec<usize> = hit
        .snippet
        .chars()
        .map(|c| c.width().unwrap_or(0))
        .collect();
    let len = widths.len();
    let width_of = |from: usize, to: usize| -> usize { widths[from..to].iter().sum() };
    let lead = |from: usize| if hit.more_before || from > 0 { mark } else { 0 };
    let trail = |to: usize| if hit.more_after || to < len { mark } else { 0 };
    let match_end = hit.marked.end.min(len);
    let mut from = 0;
    while from < hit.marked.start
        && lead(from) + width_of(from, match_end) + trail(match_end) > room
    {
        from += 1;
    }
    // As much after it as fits, leaving room for the closing mark if anything is left out.
    let mut to = len;
    while to > from && lead(from) + width_of(from, to) + trail(to) > room {
        to -= 1;
    }
    // "Esto…", not "Esto …".
    let chars: Vec<char> = hit.snippet.chars().collect();
    while to < len && to > from && chars[to - 1].is_whitespace() {
        to -= 1;
    }
    (from, to)
}
