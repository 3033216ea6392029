//! Drawing frames to the terminal: each frame is compared with what the terminal shows and
//! only the cells that differ are written. When the text being read moved by a few lines,
//! the terminal first moves those rows itself (a scrolling region), so one line down costs
//! one new line of output rather than a repaint of the whole page.
//!
//! Correctness never rests on the move: after it, the record of what the terminal shows is
//! moved the same way, and the usual comparison repaints anything that still differs.

mod changes;

use std::io::{self, Write};

use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use crate::app::App;
use crate::ui::scrolling::{scroll_view, ScrollView};

use changes::{Changes, Moved};

pub struct Frames<W: Write> {
    backend: CrosstermBackend<W>,
    area: Rect,
    /// What the terminal shows now, cell by cell; `None` while it is blank (just cleared), so
    /// the first frame needs no buffer of blank cells to be compared with.
    shown: Option<Buffer>,
    /// The frame being drawn; kept between frames to reuse its memory. Made at the second
    /// frame, after the first one is on the screen.
    next: Buffer,
    /// The scrolled text on screen, to notice when the next frame moves it.
    view: Option<ScrollView>,
    /// Off: every frame is a plain comparison (for terminals without scrolling regions, and
    /// to check that both ways give the same screen).
    scroll_regions: bool,
}

impl<W: Write> Frames<W> {
    /// Frames for a screen of `area` that is blank now (just cleared).
    pub fn new(writer: W, area: Rect, scroll_regions: bool) -> Self {
        Frames {
            backend: CrosstermBackend::new(writer),
            area,
            shown: None,
            next: Buffer::empty(area),
            view: None,
            scroll_regions,
        }
    }

    pub fn area(&self) -> Rect {
        self.area
    }

    /// A new size: the terminal may have rewrapped or cleared anything, so clear it and draw
    /// the next frame whole.
    pub fn resize(&mut self, area: Rect) -> io::Result<()> {
        self.backend.clear()?;
        self.area = area;
        self.shown = None;
        self.view = None;
        Ok(())
    }

    /// Draws the app as it is now, writing only what changed, in one write to the terminal.
    pub fn draw(&mut self, app: &App) -> io::Result<()> {
        let area = self.area;
        if self.next.area == area {
            self.next.reset();
        } else {
            self.next = Buffer::empty(area);
        }
        app.render(area, &mut self.next);
        let view = scroll_view(app, area);
        let mut moved = None;
        if self.scroll_regions && self.shown.is_some() {
            if let (Some(before), Some(now)) = (&self.view, &view) {
                if let Some(by) = before.moved_to(now) {
                    moved = self.move_rows(now.top..now.bottom, by)?;
                }
            }
        }
        self.view = view;
        // Compared cell by cell as they are written, with no list of changes in between; the
        // rows the terminal moved are compared with the rows they came from.
        let shown = self.shown.as_ref().map(|shown| shown.content.as_slice());
        self.backend
            .draw(Changes::new(shown, &self.next.content, area, moved))?;
        Backend::flush(&mut self.backend)?;
        // The drawn frame is now what the terminal shows. After the first frame the buffer to
        // draw the next one in is made when it is needed (an empty one stands in until then).
        let spare = self
            .shown
            .take()
            .unwrap_or_else(|| Buffer::empty(Rect::ZERO));
        self.shown = Some(std::mem::replace(&mut self.next, spare));
        Ok(())
    }

    /// Moves rows `rows` of the terminal up by `by` lines (down when negative); the rows that
    /// come in are blank on the terminal. Says what moved, if anything did.
    fn move_rows(&mut self, rows: std::ops::Range<u16>, by: i64) -> io::Result<Option<Moved>> {
        let height = rows.end.saturating_sub(rows.start);
        let Ok(lines) = u16::try_from(by.unsigned_abs()) else {
            return Ok(None);
        };
        if lines == 0 || lines >= height {
            return Ok(None);
        }
        // The region is set, the cursor put on its bottom (or top) row, and line feeds (or
        // reverse line feeds) move its rows: the plainest VT100 way, which every terminal
        // lantern draws on knows, the Linux console included. Setting or resetting the
        // region moves the cursor home; every frame moves it before writing anyway.
        let mut sequence = format!("\x1b[{};{}r", rows.start + 1, rows.end);
        if by > 0 {
            sequence.push_str(&format!("\x1b[{};1H", rows.end));
            sequence.push_str(&"\n".repeat(usize::from(lines)));
        } else {
            sequence.push_str(&format!("\x1b[{};1H", rows.start + 1));
            sequence.push_str(&"\x1bM".repeat(usize::from(lines)));
        }
        sequence.push_str("\x1b[r");
        self.backend.write_all(sequence.as_bytes())?;
        Ok(Some(Moved { rows, by }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::buffer::Cell;

    /// What a scrolling region does to the rows `rows` of `buffer`: they move up by `by` (down
    /// when negative), rows moved out are gone and rows moved in are blank. The model the
    /// comparison of moved rows is checked against.
    pub fn shift_rows(buffer: &mut Buffer, rows: std::ops::Range<u16>, by: i64) {
        let width = usize::from(buffer.area.width);
        let top = usize::from(rows.start.saturating_sub(buffer.area.y));
        let bottom = usize::from(rows.end.saturating_sub(buffer.area.y))
            .min(usize::from(buffer.area.height));
        if top >= bottom || width == 0 {
            return;
        }
        let cells = &mut buffer.content[top * width..bottom * width];
        let moved = usize::try_from(by.unsigned_abs()).unwrap_or(usize::MAX);
        let rows_in = (bottom - top).min(moved);
        if by > 0 {
            cells.rotate_left(rows_in * width);
            let len = cells.len();
            cells[len - rows_in * width..].fill(Cell::default());
        } else {
            cells.rotate_right(rows_in * width);
            cells[..rows_in * width].fill(Cell::default());
        }
    }

    fn rows_of(buffer: &Buffer) -> Vec<String> {
        let width = usize::from(buffer.area.width);
        buffer
            .content
            .chunks(width)
            .map(|row| row.iter().map(Cell::symbol).collect())
            .collect()
    }

    fn numbered(height: u16) -> Buffer {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 3, height));
        for row in 0..height {
            buffer.set_string(0, row, format!("r{row}"), ratatui::style::Style::new());
        }
        buffer
    }

    #[test]
    fn rows_move_up_and_down_within_the_region_only() {
        let mut buffer = numbered(6);
        shift_rows(&mut buffer, 1..5, 2);
        assert_eq!(rows_of(&buffer), ["r0 ", "r3 ", "r4 ", "   ", "   ", "r5 "]);
        let mut buffer = numbered(6);
        shift_rows(&mut buffer, 1..5, -1);
        assert_eq!(rows_of(&buffer), ["r0 ", "   ", "r1 ", "r2 ", "r3 ", "r5 "]);
    }

    #[test]
    fn a_move_as_tall_as_the_region_blanks_it() {
        let mut buffer = numbered(4);
        shift_rows(&mut buffer, 0..4, 9);
        assert_eq!(rows_of(&buffer), ["   "; 4]);
    }
}
