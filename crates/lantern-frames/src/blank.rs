//! The cells of a frame drawn onto a blank terminal: those that are not blank. ratatui's
//! comparison would need a blank buffer as large as the frame to compare with, made just
//! before the first frame, where every page of memory touched delays it.

use ratatui::buffer::{Buffer, Cell, CellDiffOption, CellWidth};

use crate::escapes::is_blank;

/// The cells of `frame` to write over a blank terminal, as `(x, y, cell)` in drawing order:
/// every cell that is not blank, less those a wide character before it covers and those
/// marked to be skipped.
pub fn changes(frame: &Buffer) -> impl Iterator<Item = (u16, u16, &Cell)> {
    let area = frame.area;
    let width = usize::from(area.width.max(1));
    // Columns still covered by the last wide character.
    let mut covered = 0usize;
    frame
        .content
        .iter()
        .enumerate()
        .filter_map(move |(i, cell)| {
            if covered > 0 {
                covered -= 1;
                return None;
            }
            covered = usize::from(cell.cell_width()).saturating_sub(1);
            if is_blank(cell) || is_skip(cell) {
                return None;
            }
            let x = u16::try_from(i % width).unwrap_or(u16::MAX);
            let y = u16::try_from(i / width).unwrap_or(u16::MAX);
            Some((area.x.saturating_add(x), area.y.saturating_add(y), cell))
        })
}

#[allow(deprecated)]
fn is_skip(cell: &Cell) -> bool {
    matches!(cell.diff_option, CellDiffOption::Skip)
        || (cell.skip && matches!(cell.diff_option, CellDiffOption::None))
}
