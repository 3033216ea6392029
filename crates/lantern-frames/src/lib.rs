//! Writes ratatui buffers to a terminal, one frame at a time: only the cells that differ
//! from what the terminal shows, in one write. When the caller says that some rows show a
//! text that moved by a few lines, the terminal moves those rows itself first (a scrolling
//! region), so one line down costs one new line of output rather than a repaint.
//!
//! Correctness never rests on the move: the frame last shown is moved the same way, and
//! ratatui's own comparison then writes anything that still differs. See the README for
//! what this does beyond ratatui's `Terminal`, and why.

mod blank;
mod escapes;
mod rows;

pub use escapes::palette_index;

use std::io::{self, Write};
use std::ops::Range;

use ratatui::buffer::{Buffer, Cell, CellWidth};
use ratatui::crossterm::terminal::{Clear, ClearType};
use ratatui::layout::Rect;

/// Rows `rows` (the full width of the screen) show the same text as in the last frame,
/// moved up by `by` lines (down when negative).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scrolled {
    pub rows: Range<u16>,
    pub by: i64,
}

/// What the terminal shows now.
enum Shown {
    /// Nothing: it was just cleared.
    Blank,
    /// This frame.
    Frame(Buffer),
    /// Not known: a write failed part way. It is cleared before the next frame.
    Unknown,
}

pub struct Frames<W: Write> {
    /// The terminal, buffered: a frame reaches it in one write.
    out: W,
    area: Rect,
    shown: Shown,
    /// The buffer of the frame before last, to draw the next frame in without allocating.
    spare: Option<Buffer>,
}

impl<W: Write> Frames<W> {
    /// Frames for a terminal of `area` that is blank now (just cleared).
    pub fn new(out: W, area: Rect) -> Self {
        Frames {
            out,
            area,
            shown: Shown::Blank,
            spare: None,
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
        self.spare = None;
        self.shown = Shown::Unknown;
        self.clear()?;
        self.shown = Shown::Blank;
        Ok(())
    }

    /// Draws the frame `render` draws into a blank buffer of [`Frames::area`], writing only
    /// what changed since the last frame, in one write. `scrolled` says which rows show the
    /// same text as the last frame, moved.
    pub fn draw(
        &mut self,
        render: impl FnOnce(&mut Buffer),
        scrolled: Option<Scrolled>,
    ) -> io::Result<()> {
        let mut next = match self.spare.take() {
            Some(mut buffer) if buffer.area == self.area => {
                buffer.reset();
                buffer
            }
            _ => blank_buffer(self.area),
        };
        render(&mut next);
        let shown = std::mem::replace(&mut self.shown, Shown::Unknown);
        // On an error part of the frame may have reached the terminal: what it shows is not
        // known, and stays `Unknown`.
        self.spare = self.write(shown, &next, scrolled)?;
        self.shown = Shown::Frame(next);
        Ok(())
    }

    /// Writes what `next` changes over `shown`, and gives back the buffer `shown` held.
    fn write(
        &mut self,
        shown: Shown,
        next: &Buffer,
        scrolled: Option<Scrolled>,
    ) -> io::Result<Option<Buffer>> {
        let frame = escapes::Frame {
            cells: &next.content,
            area: next.area,
        };
        let mut previous = match shown {
            Shown::Frame(previous) if previous.area == next.area && !ends_wide(&previous) => {
                previous
            }
            Shown::Blank => {
                escapes::draw(&mut self.out, blank::changes(next), frame)?;
                self.out.flush()?;
                return Ok(None);
            }
            Shown::Frame(_) | Shown::Unknown => {
                self.clear()?;
                escapes::draw(&mut self.out, blank::changes(next), frame)?;
                self.out.flush()?;
                return Ok(None);
            }
        };
        if let Some(scrolled) = scrolled {
            rows::move_rows(&mut self.out, &mut previous, scrolled)?;
        }
        // A frame with no changes writes nothing, not even the closing reset: every frame
        // ends with everything reset already.
        let mut changes = previous.diff_iter(next).peekable();
        if changes.peek().is_some() {
            escapes::draw(&mut self.out, changes, frame)?;
        }
        self.out.flush()?;
        Ok(Some(previous))
    }

    /// Clears the whole terminal.
    fn clear(&mut self) -> io::Result<()> {
        ratatui::crossterm::queue!(self.out, Clear(ClearType::All))?;
        self.out.flush()
    }
}

/// Whether a wide character in the last cells of `buffer` reaches past its end. ratatui's
/// comparison then indexes past the end of the next frame and panics; a frame drawn with
/// ratatui's own text functions never holds one, and if one ever does, the next frame is
/// drawn whole instead.
fn ends_wide(buffer: &Buffer) -> bool {
    buffer
        .content
        .iter()
        .rev()
        .take(4)
        .enumerate()
        .any(|(from_end, cell)| usize::from(cell.cell_width()) > from_end + 1)
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
mod tests;
