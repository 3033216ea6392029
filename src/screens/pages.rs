//! The long pages: the glossary and the sources. Each scrolls through its laid-out lines,
//! with the position shown below, as the reader does.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use std::borrow::Cow;

use super::{Ctx, Step};
use crate::content::Pack;
use crate::document::{DocLine, Lines, Run, Tone};
use crate::i18n::Catalog;
use crate::input::action::Action;
pub use crate::layouts::Page;
use crate::ui::{geometry as layout, page as draw, scroll};

/// A long page's state: the first line shown.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LongPage {
    pub scroll: usize,
}

/// How a page's lines are made.
fn lines_of(page: Page) -> crate::layouts::PageLines {
    match page {
        Page::Glossary => glossary_lines,
        Page::Sources => sources_lines,
    }
}

impl LongPage {
    /// The page's lines at the current size, from the layouts cache.
    pub fn lines<'a>(ctx: &Ctx<'a>, page: Page) -> &'a [DocLine] {
        ctx.layouts.page(ctx.pack, page, lines_of(page))
    }

    pub fn max_scroll(ctx: &Ctx, page: Page) -> usize {
        scroll::limit(Self::lines(ctx, page).len(), ctx.page())
    }

    pub fn update(&mut self, action: Action, ctx: &Ctx, page: Page) -> Step {
        let max = Self::max_scroll(ctx, page);
        Step::changed_if(scroll::scroll(&mut self.scroll, action, max, ctx.page()))
    }

    /// Keeps the position within the page after a change of size or language. A position of
    /// 0 is always in range, so nothing is laid out just to check it.
    pub fn clamp(&mut self, ctx: &Ctx, page: Page) {
        if self.scroll > 0 {
            self.scroll = self.scroll.min(Self::max_scroll(ctx, page));
        }
    }

    /// The page, from the laid-out cache when it is for this size.
    pub fn render(&self, ctx: &Ctx, page: Page, area: Rect, buf: &mut Buffer) {
        let text = ctx.text();
        let width = usize::from(layout::reader_text(area).width);
        let lines: Cow<'_, [DocLine]> = if ctx.layouts.width() == width {
            Cow::Borrowed(Self::lines(ctx, page))
        } else {
            Cow::Owned(lines_of(page)(ctx.pack, width, text))
        };
        let labels = match page {
            Page::Glossary => text.glossary_status,
            Page::Sources => text.sources_status,
        };
        draw::render(ctx.theme(), text, &lines, self.scroll, &labels, area, buf);
    }
}

/// The glossary: every term the sections mark, in alphabetical order, with the sections
/// that use it.
pub fn glossary_lines(pack: &Pack, width: usize, text: &Catalog) -> Vec<DocLine> {
    let mut l = Lines::new(width);
    let mut push = |runs: &[Run], first: &[Run], rest: &[Run]| l.push(runs, first, rest);
    push(&[Run::new(text.place_glossary, Tone::Title)], &[], &[]);
    push(&[Run::new(text.glossary_intro, Tone::Dim)], &[], &[]);
    let mut order: Vec<usize> = (0..pack.glossary.len()).collect();
    order.sort_by_key(|&i| pack.glossary[i].term.to_lowercase());
    let indent = [Run::new("  ", Tone::Body)];
    for i in order {
        let term = &pack.glossary[i];
        push(&[], &[], &[]);
        push(&[Run::new(&term.term, Tone::Strong)], &[], &[]);
        push(&[Run::new(&term.definition, Tone::Body)], &indent, &indent);
        let used: Vec<String> = pack
            .sections
            .iter()
            .enumerate()
            .filter(|(_, s)| s.terms.contains(&i))
            .map(|(n, s)| format!("{}. {}", n + 1, s.title))
            .collect();
        if !used.is_empty() {
            push(
                &[Run::new((text.used_in)(&used.join("; ")), Tone::Dim)],
                &indent,
                &indent,
            );
        }
    }
    l.into_lines()
}

/// Sources: every reference of the pack, with the sections that cite it.
pub fn sources_lines(pack: &Pack, width: usize, text: &Catalog) -> Vec<DocLine> {
    let mut l = Lines::new(width);
    let mut push = |runs: &[Run], first: &[Run], rest: &[Run]| l.push(runs, first, rest);
    push(&[Run::new(text.place_sources, Tone::Title)], &[], &[]);
    push(&[Run::new(text.sources_intro, Tone::Dim)], &[], &[]);
    let count = pack.references.len();
    let label_width = format!("{count}. ").len();
    let indent = [Run::new(" ".repeat(label_width), Tone::Body)];
    for (i, reference) in pack.references.iter().enumerate() {
        push(&[], &[], &[]);
        let label = format!("{:<label_width$}", format!("{}.", i + 1));
        push(
            &[Run::new(
                reference.citation_text(pack.meta.undated_mark()),
                Tone::Body,
            )],
            &[Run::new(label, Tone::Citation)],
            &indent,
        );
        let cited: Vec<String> = pack
            .sections
            .iter()
            .enumerate()
            .filter(|(_, s)| s.sources.contains(&i))
            .map(|(n, _)| (n + 1).to_string())
            .collect();
        if !cited.is_empty() {
            push(
                &[Run::new(
                    (text.cited_in)(cited.len(), &cited.join(", ")),
                    Tone::Dim,
                )],
                &indent,
                &indent,
            );
        }
    }
    l.into_lines()
}
