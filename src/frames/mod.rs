//! Drawing frames to the terminal: each frame is compared with what the terminal shows and
//! only the cells that differ are written. When the text being read moved by a few lines,
//! the terminal first moves those rows itself (a scrolling region), so one line down costs
//! one new line of output rather than a repaint of the whole page.
//!
//! Correctness never rests on the move: after it, the record of what the terminal shows is
//! moved the same way (8 bytes a cell, so a few microseconds), and the usual comparison
//! repaints anything that still differs.

mod changes;
mod escapes;
mod record;

pub use escapes::palette_index;

use std::io::{self, Write};

use ratatui::buffer::{Buffer, Cell};
use ratatui::crossterm::terminal::{Clear, ClearType};
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use crate::app::App;
use crate::app::{scroll_view, ScrollView};

use changes::Changes;
use record::Record;

/// The largest screen lantern draws; a larger window is drawn in its top-left corner. It
/// bounds what a frame can take (a window can claim to be 65535×65535 cells).
pub const MAX_WIDTH: u16 = 400;
pub const MAX_HEIGHT: u16 = 150;

/// The part of a `width`×`height` terminal that lantern draws.
pub fn drawn_area(width: u16, height: u16) -> Rect {
    Rect::new(0, 0, width.min(MAX_WIDTH), height.min(MAX_HEIGHT))
}

pub struct Frames<W: Write> {
    /// The terminal, buffered: a frame reaches it in one write.
    out: W,
    area: Rect,
    /// What the terminal shows now, cell by cell, in a compact record of its own: a second
    /// ratatui buffer would take six times the memory (576 KB at 200×60).
    shown: Record,
    /// The frame being drawn; kept between frames to reuse its memory.
    next: Buffer,
    /// Per row of the last frame, whether the comparison found it unchanged (so its record
    /// needs no update); kept between frames to reuse its memory.
    unchanged_rows: Vec<bool>,
    /// Whether the last frame, drawn onto a blank terminal, is still to be recorded in
    /// `shown` (it then is at the start of the next frame): see [`Frames::draw_frame`].
    unrecorded: bool,
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
            out: writer,
            area,
            shown: Record::blank(area),
            // Made at the first frame, at the size it is drawn at.
            next: Buffer::empty(Rect::ZERO),
            unchanged_rows: Vec::new(),
            unrecorded: false,
            view: None,
            scroll_regions,
        }
    }

    pub fn area(&self) -> Rect {
        self.area
    }

    /// The terminal, for the codes that change its modes rather than draw.
    pub fn out(&mut self) -> &mut W {
        &mut self.out
    }

    /// A new size: the terminal may have rewrapped or cleared anything, so clear it and draw
    /// the next frame whole.
    pub fn resize(&mut self, area: Rect) -> io::Result<()> {
        self.area = area;
        self.view = None;
        self.unrecorded = false;
        self.shown.clear(area);
        let cleared = self.clear();
        if cleared.is_err() {
            self.shown.forget();
        }
        cleared
    }

    /// Draws the app as it is now, writing only what changed, in one write to the terminal.
    pub fn draw(&mut self, app: &App) -> io::Result<()> {
        let drawn = self.draw_frame(app);
        if drawn.is_err() {
            // Part of the frame may have reached the terminal: what it shows is not known.
            self.shown.forget();
        }
        drawn
    }

    fn draw_frame(&mut self, app: &App) -> io::Result<()> {
        let area = self.area;
        if std::mem::take(&mut self.unrecorded) {
            // `next` still holds the last frame, and `unchanged_rows` its comparison.
            self.shown
                .update_rows(&self.next.content, &self.unchanged_rows);
        }
        if self.shown.is_lost() {
            // A write failed part way, or the screen held more styles than the record can:
            // start again from a cleared terminal.
            self.clear()?;
            self.shown.clear(area);
            self.view = None;
        }
        if self.next.area == area {
            self.next.reset();
        } else {
            self.next = blank_buffer(area);
        }
        app.render(area, &mut self.next);
        let view = scroll_view(app, area);
        if self.scroll_regions {
            if let (Some(before), Some(now)) = (&self.view, &view) {
                if let Some(by) = before.moved_to(now) {
                    self.move_rows(now.top..now.bottom, by)?;
                }
            }
        }
        self.view = view;
        // Compared cell by cell as they are written, with no list of changes in between. A
        // frame with no changes writes nothing, not even the closing reset: every frame ends
        // with everything reset already.
        let mut changes =
            Changes::new(&self.shown, &self.next.content, &mut self.unchanged_rows).peekable();
        if changes.peek().is_some() {
            let frame = escapes::Frame {
                cells: &self.next.content,
                area,
            };
            escapes::draw(&mut self.out, changes, frame)?;
        }
        self.out.flush()?;
        // The drawn frame is now what the terminal shows. A whole screen drawn onto a blank
        // terminal (the first frame, or the first after a resize) is recorded when the next
        // frame is drawn instead: until then the terminal is busy showing it, and on a small
        // machine recording it at once would take the processor from the terminal (at
        // 200×60, 0.2 million instructions and 22 page faults).
        if self.shown.cells().is_empty() {
            self.unrecorded = true;
        } else {
            self.shown
                .update_rows(&self.next.content, &self.unchanged_rows);
        }
        Ok(())
    }

    /// Clears the whole terminal.
    fn clear(&mut self) -> io::Result<()> {
        ratatui::crossterm::queue!(self.out, Clear(ClearType::All))?;
        self.out.flush()
    }

    /// Moves rows `rows` of the terminal up by `by` lines (down when negative), and the
    /// record of them; the rows that come in are blank on the terminal.
    fn move_rows(&mut self, rows: std::ops::Range<u16>, by: i64) -> io::Result<()> {
        let height = rows.end.saturating_sub(rows.start);
        let Ok(lines) = u16::try_from(by.unsigned_abs()) else {
            return Ok(());
        };
        if lines == 0 || lines >= height {
            return Ok(());
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
        self.out.write_all(sequence.as_bytes())?;
        self.shown.move_rows(rows, by);
        Ok(())
    }
}

/// A blank frame of `area`. Each cell is written whole: `Buffer::empty` clones a blank cell
/// into place field by field, which at 200×60 took a sixth of the work to the first frame.
fn blank_buffer(area: Rect) -> Buffer {
    let cells = usize::from(area.width) * usize::from(area.height);
    Buffer {
        area,
        content: (0..cells).map(|_| Cell::EMPTY).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    /// Three columns, each row saying its number: "r0 ", "r1 ", ...
    pub fn numbered(height: u16) -> Buffer {
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

    /// A terminal that keeps what was written, readable while `Frames` owns the writer.
    #[derive(Clone, Default)]
    struct Written(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

    impl Write for Written {
        fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_frame_with_nothing_changed_writes_nothing() {
        let Ok(loaded) = crate::builtin::load(crate::i18n::Lang::En) else {
            panic!("the built-in pack loads");
        };
        let mut app = App::new(loaded.pack);
        app.update(crate::app::Action::Resize {
            width: 80,
            height: 24,
        });
        let written = Written::default();
        let mut frames = Frames::new(written.clone(), Rect::new(0, 0, 80, 24), true);
        assert!(frames.draw(&app).is_ok());
        let first = written.0.borrow().len();
        assert!(first > 500, "the first frame is written: {first} bytes");
        assert!(frames.draw(&app).is_ok());
        assert_eq!(
            written.0.borrow().len(),
            first,
            "the same frame again writes nothing"
        );
        app.update(crate::app::Action::OpenCrisis);
        assert!(frames.draw(&app).is_ok());
        let after = written.0.borrow()[first..].to_vec();
        assert!(String::from_utf8_lossy(&after).contains("988"));
        // Every frame that writes ends with everything reset.
        assert!(after.ends_with(b"\x1b[0m"));
    }

    #[test]
    fn a_move_as_tall_as_the_region_blanks_it() {
        let mut buffer = numbered(4);
        shift_rows(&mut buffer, 0..4, 9);
        assert_eq!(rows_of(&buffer), ["   "; 4]);
    }
}
