//! Moving rows of the terminal with a scrolling region, and the frame last shown with them.

use std::io::{self, Write};

use ratatui::buffer::{Buffer, Cell};

use crate::Scrolled;

/// Moves `scrolled.rows` of the terminal, and of `shown` (what it shows), up by `scrolled.by`
/// lines (down when negative); the rows that come in are blank. A move of the whole region
/// or more, or of rows outside `shown`, does nothing: the comparison repaints those rows.
pub fn move_rows<W: Write>(out: &mut W, shown: &mut Buffer, scrolled: Scrolled) -> io::Result<()> {
    let area = shown.area;
    let top = scrolled.rows.start.max(area.top());
    let bottom = scrolled.rows.end.min(area.bottom());
    let height = bottom.saturating_sub(top);
    let Ok(lines) = u16::try_from(scrolled.by.unsigned_abs()) else {
        return Ok(());
    };
    if lines == 0 || lines >= height {
        return Ok(());
    }
    // The region is set, the cursor put on its bottom (or top) row, and line feeds (or
    // reverse line feeds) move its rows: the plainest VT100 way, which every terminal knows,
    // the Linux console included. Setting or resetting the region moves the cursor home;
    // every frame moves it before writing anyway.
    let mut sequence = format!("\x1b[{};{}r", top + 1, bottom);
    if scrolled.by > 0 {
        sequence.push_str(&format!("\x1b[{bottom};1H"));
        sequence.push_str(&"\n".repeat(usize::from(lines)));
    } else {
        sequence.push_str(&format!("\x1b[{};1H", top + 1));
        sequence.push_str(&"\x1bM".repeat(usize::from(lines)));
    }
    sequence.push_str("\x1b[r");
    out.write_all(sequence.as_bytes())?;
    shift_rows(shown, top..bottom, scrolled.by);
    Ok(())
}

/// What a scrolling region does to rows `rows` of `buffer`: they move up by `by` (down when
/// negative), rows moved out are gone and rows moved in are blank.
pub fn shift_rows(buffer: &mut Buffer, rows: std::ops::Range<u16>, by: i64) {
    let width = usize::from(buffer.area.width);
    let top = usize::from(rows.start.saturating_sub(buffer.area.y));
    let bottom =
        usize::from(rows.end.saturating_sub(buffer.area.y)).min(usize::from(buffer.area.height));
    if top >= bottom || width == 0 {
        return;
    }
    let Some(cells) = buffer.content.get_mut(top * width..bottom * width) else {
        return;
    };
    let moved = usize::try_from(by.unsigned_abs()).unwrap_or(usize::MAX);
    let rows_in = (bottom - top).min(moved) * width;
    let len = cells.len();
    if by > 0 {
        cells.rotate_left(rows_in);
        cells[len - rows_in..].fill(Cell::EMPTY);
    } else {
        cells.rotate_right(rows_in);
        cells[..rows_in].fill(Cell::EMPTY);
    }
}
