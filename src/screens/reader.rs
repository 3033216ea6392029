//! The reader: one section, wrapped to the window, scrolled, with the position shown, and
//! search matches marked when it was opened from a search. A counselor can show the
//! section's discussion prompts under the text.

use std::borrow::Cow;

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::{Ctx, Step};
use crate::config::Mode;
use crate::content::Section;
use crate::document::{layout_section, Anchor, DocLine, Glyphs, Lines, Tone};
use crate::i18n::Catalog;
use crate::input::action::{Action, Target};
use crate::search::matches_in;
use crate::ui::theme::Theme;
use crate::ui::{draw_lines, geometry as layout, page, scroll};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reader {
    pub section: usize,
    /// Index of the first line shown.
    pub scroll: usize,
    /// Search words to mark in the text, when the section was opened from a search.
    pub highlight: Option<String>,
    /// Counselor: the discussion prompts shown under the text.
    pub show_prompts: bool,
}

impl Reader {
    pub fn update(&mut self, action: Action, ctx: &Ctx) -> Step {
        let sections = ctx.pack.sections.len();
        let open = |index: usize| Step::OpenSection {
            index,
            scroll: 0,
            highlight: None,
        };
        match action {
            Action::NextSection | Action::Click(Target::NextSection)
                if self.section + 1 < sections =>
            {
                open(self.section + 1)
            }
            Action::PreviousSection | Action::Click(Target::PreviousSection)
                if self.section > 0 =>
            {
                open(self.section - 1)
            }
            Action::TogglePrompts if ctx.mode() == Mode::Counselor => {
                self.show_prompts = !self.show_prompts;
                self.scroll = self.scroll.min(self.max_scroll(ctx));
                Step::Changed
            }
            _ => {
                let max = self.max_scroll(ctx);
                let page = self.page(ctx);
                Step::changed_if(scroll::scroll(&mut self.scroll, action, max, page))
            }
        }
    }

    /// Shows section `index` from line `scroll`, marking `highlight`.
    pub fn open(&mut self, ctx: &Ctx, index: usize, scroll: usize, highlight: Option<String>) {
        self.section = index;
        self.highlight = highlight;
        self.scroll = 0;
        self.scroll = scroll.min(self.max_scroll(ctx));
    }

    /// The lines of the section being read, at the reader's width.
    pub fn lines<'a>(&self, ctx: &Ctx<'a>) -> &'a [DocLine] {
        ctx.layouts.section(ctx.pack, self.section)
    }

    /// Lines of text shown at once (fewer while counselor prompts are shown).
    pub fn page(&self, ctx: &Ctx) -> usize {
        usize::from(self.text_area(ctx, ctx.area).height).max(1)
    }

    pub fn max_scroll(&self, ctx: &Ctx) -> usize {
        scroll::limit(self.lines(ctx).len(), self.page(ctx))
    }

    /// Keeps the position within the section after a change of size or language.
    pub fn clamp(&mut self, ctx: &Ctx) {
        if self.scroll > 0 {
            self.scroll = self.scroll.min(self.max_scroll(ctx));
        }
    }

    /// The place in the text at the top, to find again after the text is laid out anew;
    /// None at the very top.
    pub fn anchor(&self, ctx: &Ctx) -> Option<Anchor> {
        (self.scroll > 0)
            .then(|| self.lines(ctx).get(self.scroll).map(|l| l.anchor))
            .flatten()
    }

    /// After new layouts: the first line shown is the last one that starts at or before
    /// `anchor`, the place in the text that was at the top.
    pub fn reanchor(&mut self, ctx: &Ctx, anchor: Option<Anchor>) {
        self.scroll = match anchor {
            Some(anchor) => line_at(self.lines(ctx), anchor),
            None => 0,
        };
    }

    /// Scrolls to the line where `anchor` is, as far as the section scrolls.
    pub fn go_to_anchor(&mut self, ctx: &Ctx, anchor: Anchor) {
        self.scroll = line_at(self.lines(ctx), anchor).min(self.max_scroll(ctx));
    }

    /// Counselor: the section's discussion prompts, as shown under the text.
    pub fn prompt_lines(&self, ctx: &Ctx, width: usize) -> Vec<DocLine> {
        let section = ctx.pack.sections.get(self.section);
        prompt_lines(section, ctx.glyphs, width, ctx.text())
    }

    /// Where the section's text goes at a size: the reader's text area, less the counselor's
    /// prompts when shown (at most half of it).
    pub fn text_area(&self, ctx: &Ctx, area: Rect) -> Rect {
        let text = layout::reader_text(area);
        if !(ctx.mode() == Mode::Counselor && self.show_prompts) {
            return text;
        }
        let lines = self.prompt_lines(ctx, usize::from(text.width)).len();
        let prompts = u16::try_from(lines)
            .unwrap_or(u16::MAX)
            .min(text.height / 2);
        Rect {
            height: text.height - prompts,
            ..text
        }
    }

    /// What a click or touch hits: the "Previous" and "Next" buttons.
    pub fn target(&self, ctx: &Ctx, here: Position) -> Option<Target> {
        let (previous, next) = nav_buttons(ctx, ctx.area)?;
        if previous.contains(here) {
            Some(Target::PreviousSection)
        } else if next.contains(here) {
            Some(Target::NextSection)
        } else {
            None
        }
    }
    pub fn render(&self, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        let theme = ctx.theme();
        let text = self.text_area(ctx, area);
        let width = usize::from(text.width);
        // `update` lays sections out for the current size; if this draw is for another size,
        // lay it out here rather than draw lines of the wrong width.
        let lines: Cow<'_, [DocLine]> = if ctx.layouts.width() == width {
            Cow::Borrowed(self.lines(ctx))
        } else {
            Cow::Owned(layout_section(
                ctx.pack,
                self.section,
                width,
                ctx.glyphs,
                ctx.text(),
            ))
        };
        let sections = ctx.pack.sections.len();
        let here = self.section + 1;
        let status = layout::reader_status(area);
        let buttons = nav_buttons(ctx, area);
        let labels = if buttons.is_some() {
            // The buttons are drawn over this blank label.
            vec![" ".repeat(usize::from(status.width / 2))]
        } else {
            let [long, short] = ctx.text().reader_status;
            vec![
                format!(" {here}/{sections}{long}"),
                format!(" {here}/{sections}{short}"),
                format!(" {here}/{sections}"),
            ]
        };
        let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
        page::render_in(
            theme,
            ctx.text(),
            &lines,
            self.scroll,
            &labels,
            (text, status),
            buf,
        );
        if let Some((previous, next)) = buttons {
            let (previous_label, next_label) = nav_labels(ctx.text());
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
            draw_lines(theme, &self.prompt_lines(ctx, width), 0, rect, buf);
        }
        if let Some(query) = &self.highlight {
            let first = page::first_line(&lines, self.scroll, text);
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
}

/// With the mouse on: the "Previous" and "Next" buttons on the status row.
pub fn nav_buttons(ctx: &Ctx, area: Rect) -> Option<(Rect, Rect)> {
    if !ctx.settings.mouse {
        return None;
    }
    let status = layout::reader_status(area);
    let (previous, next) = nav_labels(ctx.text());
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
fn nav_labels(text: &'static Catalog) -> (&'static str, &'static str) {
    (text.previous_button, text.next_button)
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

/// Counselor: the discussion prompts for a section, as shown under the text.
pub fn prompt_lines(
    section: Option<&Section>,
    glyphs: Glyphs,
    width: usize,
    text: &Catalog,
) -> Vec<DocLine> {
    let mut l = Lines::new(width);
    let Some(section) = section else {
        return l.into_lines();
    };
    let rule = glyphs.rule.repeat(width);
    l.text(&rule, Tone::TableRule);
    l.text(text.prompts_heading, Tone::Heading);
    if section.prompts.is_empty() {
        l.text(text.no_prompts, Tone::Dim);
    } else {
        l.bullets(&section.prompts, glyphs.bullet);
    }
    l.into_lines()
}

/// The line where a place in the text is: the first line with words of those that start at
/// the last anchor at or before it (a table's rows share one anchor; its header comes first).
pub fn line_at(lines: &[DocLine], anchor: Anchor) -> usize {
    let Some(last) = lines.iter().rposition(|l| l.anchor <= anchor) else {
        return 0;
    };
    let found = lines[last].anchor;
    let mut first = lines[..last]
        .iter()
        .rposition(|l| l.anchor != found)
        .map_or(0, |before| before + 1);
    // A blank line that opens a block is not where its words are.
    while first < last && lines[first].text().trim().is_empty() {
        first += 1;
    }
    first
}
