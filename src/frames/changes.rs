//! Which cells of a new frame differ from what the terminal shows.
//!
//! The same cells, in the same order and with the same handling of wide characters, as
//! ratatui's `BufferDiff` (a property test compares the two), for less work per cell: most
//! cells of a frame are the same as before, and ratatui's `Cell` comparison and width lookups
//! cost several times more than the checks below. When the terminal is blank (just cleared),
//! there is no record to compare with and no buffer of blank cells is made for it.

use ratatui::buffer::{Cell, CellDiffOption, CellWidth};
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};

/// What a just-cleared terminal shows in every cell.
static BLANK: Cell = Cell::EMPTY;

/// Modifiers that show on a blank cell (ratatui's list, for the same wide-character rule).
const VISIBLE_ON_BLANK: Modifier = Modifier::REVERSED
    .union(Modifier::UNDERLINED)
    .union(Modifier::SLOW_BLINK)
    .union(Modifier::RAPID_BLINK)
    .union(Modifier::CROSSED_OUT);

/// Rows `rows` of the terminal moved up by `by` lines (down when negative), as a scrolling
/// region moves them: rows moved out are gone and rows moved in are blank.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moved {
    pub rows: std::ops::Range<u16>,
    pub by: i64,
}

/// The cells of `next` that differ from `shown`, as `(x, y, cell)`.
pub struct Changes<'a> {
    next: &'a [Cell],
    /// `None`: the terminal is blank.
    shown: Option<&'a [Cell]>,
    /// Rows the terminal moved after `shown` was drawn: a cell of such a row is compared with
    /// the `shown` cell it came from, so the record need not be moved cell by cell.
    moved: Option<Moved>,
    area: Rect,
    pos: usize,
    trailing: Option<Trailing>,
    /// Where the next row not yet checked for [`Changes::row_unchanged`] starts.
    unchecked_row: usize,
    /// The row `pos` is in, as indexes into `next`, and where in `shown` it came from.
    row: RowSource,
}

/// Where a row of the terminal's cells came from.
#[derive(Debug, Clone, Copy)]
struct RowSource {
    start: usize,
    end: usize,
    /// The index in `shown` of the row's first cell; `None` for a row now blank (moved in).
    shown_start: Option<usize>,
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
    /// `next` drawn over `shown` (`None` for a blank terminal), after the terminal `moved`
    /// some of its rows; `shown` and `next` span `area`.
    pub fn new(
        shown: Option<&'a [Cell]>,
        next: &'a [Cell],
        area: Rect,
        moved: Option<Moved>,
    ) -> Self {
        let len = shown.map_or(next.len(), |shown| shown.len().min(next.len()));
        Changes {
            next: &next[..len],
            shown,
            row: row_of(area, moved.as_ref(), 0),
            moved,
            area,
            pos: 0,
            trailing: None,
            unchecked_row: 0,
        }
    }

    /// Whether the row starting at `start` needs nothing written: every cell the same as
    /// shown, none with a diff option, and none reaching past the row's end (so ratatui's
    /// cell-by-cell walk would write nothing and end exactly at the row's end). A cheaper walk than the
    /// general one, for the common case.
    fn row_unchanged(&mut self, start: usize) -> bool {
        self.row = row_of(self.area, self.moved.as_ref(), start);
        let end = self.row.end.min(self.next.len());
        let Some(next_row) = self.next.get(start..end) else {
            return false;
        };
        // `None`: the row is blank on the terminal (just cleared, or scrolled in).
        let shown_row = match (self.shown, self.row.shown_start) {
            (Some(shown), Some(from)) => match shown.get(from..from + next_row.len()) {
                Some(row) => Some(row),
                None => return false,
            },
            _ => None,
        };
        let row_width = next_row.len();
        // A wide cell must end within the row: ratatui's walk skips the cells it covers,
        // and in the next row that would be cells this shortcut does not skip.
        #[allow(deprecated)]
        let plain = |column: usize, cell: &Cell| {
            matches!(cell.diff_option, CellDiffOption::None)
                && !cell.skip
                && (cell.symbol().len() == 1 || column + width(cell) <= row_width)
        };
        let mut cells = next_row.iter().enumerate();
        match shown_row {
            Some(row) => cells
                .zip(row)
                .all(|((column, next), shown)| same(next, shown) && plain(column, next)),
            None => cells.all(|(column, next)| same(next, &BLANK) && plain(column, next)),
        }
    }

    /// The cell at `index` of what the terminal shows.
    fn shown_at(&mut self, index: usize) -> &'a Cell {
        let Some(shown) = self.shown else {
            return &BLANK;
        };
        if !(self.row.start..self.row.end).contains(&index) {
            self.row = row_of(self.area, self.moved.as_ref(), index);
        }
        match self.row.shown_start {
            Some(start) => shown.get(start + index - self.row.start).unwrap_or(&BLANK),
            None => &BLANK,
        }
    }
}

/// The row of `area` holding cell `index`, and where its cells were before rows `moved`.
fn row_of(area: Rect, moved: Option<&Moved>, index: usize) -> RowSource {
    let width = usize::from(area.width.max(1));
    let row = index / width;
    let start = row * width;
    let from = match moved {
        Some(moved) => {
            let top = usize::from(moved.rows.start.saturating_sub(area.y));
            let bottom = usize::from(moved.rows.end.saturating_sub(area.y));
            if (top..bottom).contains(&row) {
                i64::try_from(row)
                    .ok()
                    .map(|row| row + moved.by)
                    .and_then(|from| usize::try_from(from).ok())
                    .filter(|from| (top..bottom).contains(from))
            } else {
                Some(row)
            }
        }
        None => Some(row),
    };
    RowSource {
        start,
        end: start + width,
        shown_start: from.map(|from| from * width),
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

/// Whether two cells look the same; exactly ratatui's `Cell` equality (no symbol and a space
/// are the same), with the cheap fields first and no library call for one-byte symbols.
#[inline(always)]
pub fn same(a: &Cell, b: &Cell) -> bool {
    #[allow(deprecated)]
    let skip_same = a.skip == b.skip;
    same_color(a.fg, b.fg)
        && same_color(a.bg, b.bg)
        && a.modifier == b.modifier
        && same_color(a.underline_color, b.underline_color)
        && a.diff_option == b.diff_option
        && skip_same
        && same_symbol(a.symbol().as_bytes(), b.symbol().as_bytes())
}

/// `Color` equality, with the common case (the same named colour) decided by the variant
/// alone; the derived comparison matches on both colours every time.
#[inline(always)]
fn same_color(a: Color, b: Color) -> bool {
    if std::mem::discriminant(&a) != std::mem::discriminant(&b) {
        return false;
    }
    match (a, b) {
        (Color::Rgb(r, g, b), Color::Rgb(r2, g2, b2)) => (r, g, b) == (r2, g2, b2),
        (Color::Indexed(a), Color::Indexed(b)) => a == b,
        _ => true,
    }
}

#[inline(always)]
fn same_symbol(a: &[u8], b: &[u8]) -> bool {
    match (a, b) {
        ([a], [b]) => a == b,
        _ => a == b,
    }
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
                && (trailing.force || self.shown_at(j).symbol() != next[j].symbol())
            {
                let (x, y) = place(self.area, j);
                return Some((x, y, &next[j]));
            }
        }
        while self.pos < len {
            if self.pos >= self.unchecked_row {
                // The first cell looked at in a row: skip the whole row when nothing in it
                // changed.
                let width = usize::from(self.area.width.max(1));
                let row_start = self.pos - self.pos % width;
                self.unchecked_row = row_start + width;
                if self.pos == row_start && self.row_unchanged(row_start) {
                    self.pos = self.unchecked_row;
                    continue;
                }
            }
            let i = self.pos;
            self.pos += 1;
            let current = &next[i];
            let previous = self.shown_at(i);
            match current.diff_option {
                CellDiffOption::Skip => {}
                _ if is_skip(current) => {}
                CellDiffOption::ForcedWidth(forced) => {
                    self.pos = self
                        .pos
                        .saturating_add(usize::from(forced.get().saturating_sub(1)));
                    if !same(current, previous) {
                        let (x, y) = place(self.area, i);
                        return Some((x, y, current));
                    }
                }
                CellDiffOption::None | CellDiffOption::AlwaysUpdate => {
                    let current_width = width(current);
                    if matches!(current.diff_option, CellDiffOption::None)
                        && same(current, previous)
                    {
                        self.pos += current_width.saturating_sub(1);
                        continue;
                    }
                    let previous_width = width(previous);
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
                        && (previous.bg != Color::Reset
                            || previous.modifier.intersects(VISIBLE_ON_BLANK))
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
mod tests {
    use std::num::NonZeroU16;

    use proptest::prelude::*;
    use ratatui::buffer::Buffer;

    use super::*;

    fn cell_strategy() -> impl Strategy<Value = Cell> {
        let symbols = prop_oneof![
            4 => Just(None),
            4 => Just(Some(" ")),
            8 => prop::sample::select(vec!["a", "b", "—", "é", "·"]).prop_map(Some),
            2 => prop::sample::select(vec!["あ", "漢", "❤️", "👍", "ﾊﾞ"]).prop_map(Some),
        ];
        let colors = prop::sample::select(vec![
            Color::Reset,
            Color::Yellow,
            Color::Rgb(1, 2, 3),
            Color::Indexed(7),
        ]);
        let modifiers = prop::sample::select(vec![
            Modifier::empty(),
            Modifier::BOLD,
            Modifier::REVERSED,
            Modifier::UNDERLINED | Modifier::ITALIC,
        ]);
        let options = prop_oneof![
            12 => Just(CellDiffOption::None),
            1 => Just(CellDiffOption::Skip),
            1 => Just(CellDiffOption::AlwaysUpdate),
            1 => (1u16..4).prop_map(|w| CellDiffOption::ForcedWidth(
                NonZeroU16::new(w).unwrap_or(NonZeroU16::MIN)
            )),
        ];
        (
            symbols,
            colors.clone(),
            colors.clone(),
            colors,
            modifiers,
            options,
            prop::bool::weighted(0.05),
        )
            .prop_map(|(symbol, fg, bg, underline, modifier, option, skip)| {
                let mut cell = Cell::EMPTY;
                if let Some(symbol) = symbol {
                    cell.set_symbol(symbol);
                }
                cell.fg = fg;
                cell.bg = bg;
                cell.underline_color = underline;
                cell.modifier = modifier;
                cell.diff_option = option;
                #[allow(deprecated)]
                {
                    cell.skip = skip;
                }
                cell
            })
    }

    /// Two buffers of one size, the second mostly like the first (as frames are).
    fn frames() -> impl Strategy<Value = (Buffer, Buffer)> {
        (1u16..12, 1u16..6).prop_flat_map(|(width, height)| {
            let len = usize::from(width) * usize::from(height);
            (
                prop::collection::vec(cell_strategy(), len),
                prop::collection::vec((prop::bool::weighted(0.3), cell_strategy()), len),
            )
                .prop_map(move |(mut before, changes)| {
                    // ratatui's diff panics when what was shown ends in a wide cell (it
                    // indexes past the end); lantern never draws one there.
                    for cell in before.iter_mut().rev().take(3) {
                        cell.set_symbol("z");
                        cell.diff_option = CellDiffOption::None;
                    }
                    let area = Rect::new(2, 1, width, height);
                    let after = before
                        .iter()
                        .zip(changes)
                        .map(|(old, (change, new))| if change { new } else { old.clone() })
                        .collect();
                    (
                        Buffer {
                            area,
                            content: before,
                        },
                        Buffer {
                            area,
                            content: after,
                        },
                    )
                })
        })
    }

    proptest! {
        #[test]
        fn the_same_cells_as_ratatuis_diff((shown, next) in frames()) {
            let ours: Vec<_> = Changes::new(Some(&shown.content), &next.content, next.area, None)
                .collect();
            prop_assert_eq!(ours, shown.diff(&next));
        }

        #[test]
        fn moved_rows_are_compared_with_the_rows_they_came_from(
            (shown, next) in frames(),
            top in 0u16..6,
            rows in 0u16..6,
            by in -6i64..6,
        ) {
            // The record moved cell by cell, as the terminal moved its rows, then ratatui's
            // comparison: what the comparison of moved rows must give.
            // The last row stays out of the region, so what was shown still ends in narrow
            // cells after the move (ratatui's diff panics otherwise, see `frames`).
            let last = next.area.bottom().saturating_sub(1);
            let region = (next.area.y + top).min(last)..(next.area.y + top + rows).min(last);
            let mut moved_record = shown.clone();
            crate::frames::tests::shift_rows(&mut moved_record, region.clone(), by);
            let moved = Moved { rows: region, by };
            let ours: Vec<_> =
                Changes::new(Some(&shown.content), &next.content, next.area, Some(moved))
                    .collect();
            prop_assert_eq!(ours, moved_record.diff(&next));
        }

        #[test]
        fn a_blank_terminal_is_a_buffer_of_empty_cells((_, next) in frames()) {
            let ours: Vec<_> = Changes::new(None, &next.content, next.area, None).collect();
            prop_assert_eq!(ours, Buffer::empty(next.area).diff(&next));
        }

        #[test]
        fn same_is_ratatuis_cell_equality(
            a in cell_strategy(),
            other in cell_strategy(),
            field in 0..7,
        ) {
            // `b` is `a` with at most one field taken from `other`, so that nearly equal
            // cells, the hard case, are common.
            let mut b = a.clone();
            match field {
                0 => { b.set_symbol(other.symbol()); }
                1 => b.fg = other.fg,
                2 => b.bg = other.bg,
                3 => b.underline_color = other.underline_color,
                4 => b.modifier = other.modifier,
                5 => b.diff_option = other.diff_option,
                _ => {
                    #[allow(deprecated)]
                    { b.skip = other.skip; }
                }
            }
            prop_assert_eq!(same(&a, &b), a == b);
            prop_assert_eq!(same(&a, &other), a == other);
        }
    }
}
