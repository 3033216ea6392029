//! Which cells of a new frame differ from what the terminal shows.
//!
//! The same cells, in the same order and with the same handling of wide characters, as
//! ratatui's `BufferDiff` comparing the frame last drawn with the new one (a property test
//! compares the two), for less work per cell: most cells of a frame are the same as before,
//! and whole rows with nothing changed are passed over. What the terminal shows is the
//! compact [`Record`], not a ratatui buffer.

use ratatui::buffer::{Cell, CellDiffOption, CellWidth};
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};

use super::record::{is_blank, Record, RecordedCell, BLANK};

/// Modifiers that show on a blank cell (ratatui's list, for the same wide-character rule).
const VISIBLE_ON_BLANK: Modifier = Modifier::REVERSED
    .union(Modifier::UNDERLINED)
    .union(Modifier::SLOW_BLINK)
    .union(Modifier::RAPID_BLINK)
    .union(Modifier::CROSSED_OUT);

/// The cells of `next` that differ from `shown`, as `(x, y, cell)`.
pub struct Changes<'a> {
    next: &'a [Cell],
    shown: &'a Record,
    area: Rect,
    pos: usize,
    trailing: Option<Trailing>,
    /// Where the next row not yet checked for [`Changes::unchanged_prefix`] starts.
    unchecked_row: usize,
    /// Per row, whether it was found unchanged whole: the record need not be updated there.
    unchanged_rows: &'a mut Vec<bool>,
}

/// Cells after a wide character that are written even when ratatui's rule says so.
struct Trailing {
    next_index: usize,
    end: usize,
    /// All of them (a wide character's visible style was replaced), or only those whose
    /// symbol changed (an emoji with a variation selector).
    force: bool,
}

impl<'a> Changes<'a> {
    /// `next` drawn over what the terminal shows, `shown`; both span `shown.area()`.
    /// `unchanged_rows` is filled in as rows are compared.
    pub fn new(shown: &'a Record, next: &'a [Cell], unchanged_rows: &'a mut Vec<bool>) -> Self {
        let area = shown.area();
        let len = shown.len().min(next.len());
        unchanged_rows.clear();
        unchanged_rows.resize(usize::from(area.height), false);
        Changes {
            next: &next[..len],
            shown,
            area,
            pos: 0,
            trailing: None,
            unchecked_row: 0,
            unchanged_rows,
        }
    }

    /// How many cells from `start`, the start of a row, need nothing written: each the same
    /// as shown, with no diff option, and not reaching past the row's end (so ratatui's
    /// cell-by-cell walk writes nothing there). The whole row when nothing in it changed; a
    /// cheaper walk than the general one, for the common case.
    fn unchanged_prefix(&self, start: usize) -> usize {
        let end = (start + usize::from(self.area.width)).min(self.next.len());
        let Some(next_row) = self.next.get(start..end) else {
            return 0;
        };
        let row_width = next_row.len();
        let Some(shown_row) = self.shown.cells().get(start..end) else {
            // A blank terminal (its record holds no cells yet).
            return next_row
                .iter()
                .position(|next| !is_blank(next))
                .unwrap_or(row_width);
        };
        next_row
            .iter()
            .zip(shown_row)
            .enumerate()
            .position(|(column, (next, &shown))| {
                if shown == BLANK {
                    // A cell the same as a blank one is plain.
                    return !is_blank(next);
                }
                // With the style shown, the cell has its diff option and skip flag too.
                let style = self.shown.style(shown);
                #[allow(deprecated)]
                let plain = matches!(style.diff_option, CellDiffOption::None) && !style.skip;
                if !(plain && style.is_of(next)) {
                    return true;
                }
                match next.symbol().as_bytes() {
                    // The commonest symbol: one byte, one column.
                    [byte] => !shown.is_byte(*byte),
                    // A wide cell must end within the row: ratatui's walk skips the cells it
                    // covers, and in the next row that would be cells this shortcut does not
                    // skip.
                    _ => {
                        !(self.shown.same_symbol(next, shown) && column + width(next) <= row_width)
                    }
                }
            })
            .unwrap_or(row_width)
    }

    /// The cell at `index` of what the terminal shows.
    #[inline(always)]
    fn shown_at(&self, index: usize) -> RecordedCell {
        self.shown.cells().get(index).copied().unwrap_or(BLANK)
    }
}

/// The column and row of cell `index` of `area`.
fn place(area: Rect, index: usize) -> (u16, u16) {
    let width = usize::from(area.width.max(1));
    let x = index % width + usize::from(area.x);
    let y = index / width + usize::from(area.y);
    (
        u16::try_from(x).unwrap_or(u16::MAX),
        u16::try_from(y).unwrap_or(u16::MAX),
    )
}

/// The columns ratatui gives a cell (a forced width, else its symbol's; one byte is one).
fn width(cell: &Cell) -> usize {
    usize::from(cell.cell_width())
}

#[allow(deprecated)]
fn is_skip(cell: &Cell) -> bool {
    matches!(cell.diff_option, CellDiffOption::Skip)
        || (cell.skip && matches!(cell.diff_option, CellDiffOption::None))
}

impl<'a> Iterator for Changes<'a> {
    type Item = (u16, u16, &'a Cell);

    fn next(&mut self) -> Option<Self::Item> {
        let next = self.next;
        let len = next.len();
        while let Some(trailing) = self.trailing.take() {
            if trailing.next_index >= trailing.end {
                self.pos = trailing.end;
                break;
            }
            let j = trailing.next_index;
            let next_index = j + width(&next[j]).max(1);
            self.trailing = Some(Trailing {
                next_index,
                end: trailing.end.max(next_index).min(len),
                force: trailing.force,
            });
            if !is_skip(&next[j])
                && (trailing.force || !self.shown.same_symbol(&next[j], self.shown_at(j)))
            {
                let (x, y) = place(self.area, j);
                return Some((x, y, &next[j]));
            }
        }
        while self.pos < len {
            if self.pos >= self.unchecked_row {
                // The first cell looked at in a row: skip the whole row when nothing in it
                // changed.
                let row_width = usize::from(self.area.width.max(1));
                let row_start = self.pos - self.pos % row_width;
                self.unchecked_row = row_start + row_width;
                if self.pos == row_start {
                    let unchanged = self.unchanged_prefix(row_start);
                    if unchanged >= row_width {
                        if let Some(row) = self.unchanged_rows.get_mut(row_start / row_width) {
                            *row = true;
                        }
                        self.pos = self.unchecked_row;
                        continue;
                    }
                    // The walk below would pass over the unchanged cells writing nothing,
                    // one cell or one wide character at a time: step over them the same way.
                    let stop = row_start + unchanged;
                    while self.pos < stop {
                        self.pos += next.get(self.pos).map_or(1, |cell| width(cell).max(1));
                    }
                    // The cell it stops at may start the next row (after a wide character
                    // at the row's end): that row gets its own check.
                    continue;
                }
            }
            let i = self.pos;
            self.pos += 1;
            let current = &next[i];
            let previous = self.shown_at(i);
            if previous == BLANK && is_blank(current) {
                // The commonest cell of all, blank before and after: one column, no change.
                continue;
            }
            match current.diff_option {
                CellDiffOption::Skip => {}
                _ if is_skip(current) => {}
                CellDiffOption::ForcedWidth(forced) => {
                    self.pos = self
                        .pos
                        .saturating_add(usize::from(forced.get().saturating_sub(1)));
                    if !self.shown.same(current, previous) {
                        let (x, y) = place(self.area, i);
                        return Some((x, y, current));
                    }
                }
                CellDiffOption::None | CellDiffOption::AlwaysUpdate => {
                    let current_width = width(current);
                    if matches!(current.diff_option, CellDiffOption::None)
                        && self.shown.same(current, previous)
                    {
                        self.pos += current_width.saturating_sub(1);
                        continue;
                    }
                    let previous_width = self.shown.width(previous);
                    let has_vs16 =
                        current_width > 1 && current.symbol().chars().any(|c| c == '\u{FE0F}');
                    if has_vs16 {
                        self.trailing = Some(Trailing {
                            next_index: i + 1,
                            end: (i + current_width).min(len),
                            force: false,
                        });
                    } else if current_width > 1 {
                        self.pos += current_width - 1;
                    } else if previous_width > current_width
                        && (self.shown.style(previous).bg != Color::Reset
                            || self
                                .shown
                                .style(previous)
                                .modifier
                                .intersects(VISIBLE_ON_BLANK))
                    {
                        self.trailing = Some(Trailing {
                            next_index: i + 1,
                            // ratatui does not clamp this one, and indexes past the end
                            // when the last cell held a wide character.
                            end: (i + previous_width).min(len),
                            force: true,
                        });
                    }
                    let (x, y) = place(self.area, i);
                    return Some((x, y, current));
                }
            }
        }
        None
    }
}

#[cfg(test)]
#[path = "changes_tests.rs"]
mod tests;
