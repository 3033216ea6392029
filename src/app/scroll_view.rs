//! Which rows of the screen show a scrolled text, so a line or page move can be sent to the
//! terminal as "move these rows" instead of repainting them (see `frames`).

use ratatui::layout::Rect;

use super::{App, Screen, Stage};
use crate::screens::pages::{LongPage, Page};
use crate::ui::geometry as layout;

/// The text a stretch of rows shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScrollText {
    Section(usize),
    Glossary,
    Sources,
    Results,
}

/// Rows `top..bottom` (the full width of the screen) show `text` from its line `first`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScrollView {
    pub area: Rect,
    pub text: ScrollText,
    pub top: u16,
    pub bottom: u16,
    pub first: usize,
}

impl ScrollView {
    /// How many lines the text moved up (positive) or down (negative) from `self` to
    /// `next`, when the same rows show the same text and some of it is still on screen.
    pub fn moved_to(&self, next: &ScrollView) -> Option<i64> {
        let same_place = self.area == next.area
            && self.text == next.text
            && self.top == next.top
            && self.bottom == next.bottom;
        let by = i64::try_from(next.first).ok()? - i64::try_from(self.first).ok()?;
        let rows = i64::from(self.bottom - self.top);
        (same_place && by != 0 && by.abs() < rows).then_some(by)
    }
}

/// The scrolled text on screen now, if its rows hold nothing else: no panel, dialog or
/// "Still there?" over them, and a screen big enough for the normal layout.
pub fn scroll_view(app: &App, area: Rect) -> Option<ScrollView> {
    if layout::too_small(area) || !app.overlays.is_empty() || app.still_there().is_some() {
        return None;
    }
    let ctx = app.ctx();
    let text_rect = layout::reader_text(area);
    let (text, rect, scroll, lines) = match app.screen {
        Screen::Reader => (
            ScrollText::Section(app.reader.section),
            app.reader.text_area(&ctx, area),
            app.reader.scroll,
            app.reader.lines(&ctx).len(),
        ),
        Screen::Glossary => (
            ScrollText::Glossary,
            text_rect,
            app.glossary.scroll,
            LongPage::lines(&ctx, Page::Glossary).len(),
        ),
        Screen::Sources => (
            ScrollText::Sources,
            text_rect,
            app.sources.scroll,
            LongPage::lines(&ctx, Page::Sources).len(),
        ),
        Screen::SelfCheck if app.self_check.stage == Stage::Results => (
            ScrollText::Results,
            text_rect,
            app.self_check.results_scroll,
            app.self_check.results_lines(&ctx, ctx.text_width()).len(),
        ),
        _ => return None,
    };
    // The text is laid out for another width until `update` sees this size.
    if app.layouts.width() != usize::from(rect.width) || rect.height == 0 {
        return None;
    }
    // Drawing clamps the scroll the same way (`page::first_line`).
    let first = scroll.min(crate::ui::scroll::limit(lines, usize::from(rect.height)));
    Some(ScrollView {
        area,
        text,
        top: rect.y,
        bottom: rect.bottom(),
        first,
    })
}
