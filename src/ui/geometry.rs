//! Where things go on screen. Both drawing and `update` (for page sizes and scroll limits)
//! use these, so they always agree.

use ratatui::layout::Rect;

use crate::document::MAX_TEXT_WIDTH;

/// Below this the whole screen becomes a compact notice that still shows how to get help.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub header: Rect,
    pub body: Rect,
    pub footer: Rect,
}

/// One header row, the body, one footer row.
pub fn areas(area: Rect) -> Areas {
    let header = Rect::new(area.x, area.y, area.width, area.height.min(1));
    let footer_height = area.height.saturating_sub(1).min(1);
    let footer = Rect::new(
        area.x,
        area.y + area.height.saturating_sub(footer_height),
        area.width,
        footer_height,
    );
    let body = Rect::new(
        area.x,
        area.y + header.height,
        area.width,
        area.height.saturating_sub(header.height + footer.height),
    );
    Areas {
        header,
        body,
        footer,
    }
}

/// A column of readable width, centred in `rect`, with a margin of at least one cell.
pub fn text_column(rect: Rect) -> Rect {
    let width = rect
        .width
        .saturating_sub(2)
        .min(u16::try_from(MAX_TEXT_WIDTH).unwrap_or(u16::MAX));
    let x = rect.x + (rect.width - width) / 2;
    Rect::new(x, rect.y, width, rect.height)
}

/// The reader's text: the body less its last row, which shows the position.
pub fn reader_text(area: Rect) -> Rect {
    let body = areas(area).body;
    let column = text_column(body);
    Rect::new(
        column.x,
        column.y,
        column.width,
        column.height.saturating_sub(1),
    )
}

/// The row under the reader's text that shows the position in the section.
pub fn reader_status(area: Rect) -> Rect {
    let body = areas(area).body;
    Rect::new(
        body.x,
        body.y + body.height.saturating_sub(1),
        body.width,
        body.height.min(1),
    )
}

/// A panel over the header and body, at most `max_width` wide, leaving the footer visible.
/// Below the minimum size it takes the whole screen but the last row.
pub fn panel(area: Rect, max_width: u16) -> Rect {
    if too_small(area) {
        return Rect::new(area.x, area.y, area.width, area.height.saturating_sub(1));
    }
    let width = area.width.min(max_width);
    let x = area.x + (area.width - width) / 2;
    Rect::new(x, area.y, width, area.height.saturating_sub(1))
}

/// Inside a bordered panel, with one column of padding each side. Below the minimum size
/// panels have no border (the row under the panel says how to close it).
pub fn panel_inner(area: Rect, panel: Rect) -> Rect {
    if too_small(area) {
        return panel;
    }
    Rect::new(
        panel.x + 2,
        panel.y + 1,
        panel.width.saturating_sub(4),
        panel.height.saturating_sub(2),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn areas_never_overflow_even_at_zero() {
        for (w, h) in [(0, 0), (1, 1), (1, 2), (40, 12), (250, 80)] {
            let a = areas(Rect::new(0, 0, w, h));
            assert!(a.header.height + a.body.height + a.footer.height <= h);
            let _ = reader_text(Rect::new(0, 0, w, h));
            let _ = panel_inner(Rect::new(0, 0, w, h), panel(Rect::new(0, 0, w, h), 80));
        }
    }

    #[test]
    fn footer_is_the_last_row() {
        let a = areas(Rect::new(0, 0, 80, 24));
        assert_eq!(a.footer, Rect::new(0, 23, 80, 1));
        assert_eq!(a.body, Rect::new(0, 1, 80, 22));
    }

    #[test]
    fn text_is_capped_to_a_readable_width() {
        assert_eq!(reader_text(Rect::new(0, 0, 250, 80)).width, 96);
        assert_eq!(reader_text(Rect::new(0, 0, 80, 24)).width, 78);
    }
}
