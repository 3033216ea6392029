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
mod tests {
    use std::num::NonZeroU16;

    use proptest::prelude::*;
    use ratatui::buffer::Buffer;

    use super::super::record::CellStyle;
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

    /// A terminal emulator big enough for `area`.
    fn terminal(area: Rect) -> vt100::Parser {
        let size = |n: u16| std::num::NonZeroU16::new(n).unwrap_or(std::num::NonZeroU16::MIN);
        vt100::Parser::new(size(area.bottom()), size(area.right()), 0)
    }

    /// What ratatui's crossterm backend writes for `cells`.
    fn crossterm_bytes(cells: &[(u16, u16, &Cell)]) -> Vec<u8> {
        use ratatui::backend::{Backend, CrosstermBackend};
        let mut bytes = Vec::new();
        let mut backend = CrosstermBackend::new(&mut bytes);
        backend
            .draw(cells.iter().copied())
            .expect("writing to a Vec");
        bytes
    }

    /// Every cell of the emulated screen: its text and everything of its look. A blank
    /// cell is a space whether it was erased or written as one: no one can tell them apart.
    fn screen_cells(parser: &vt100::Parser) -> Vec<String> {
        let screen = parser.screen();
        let (rows, cols) = screen.size();
        let mut cells = Vec::new();
        for row in 0..rows.get() {
            for col in 0..cols.get() {
                if let Some(c) = screen.cell(row, col) {
                    cells.push(format!(
                        "{row},{col} {:?} {:?} {:?} {}{}{}{}{}",
                        if c.contents().is_empty() {
                            " "
                        } else {
                            c.contents()
                        },
                        c.fgcolor(),
                        c.bgcolor(),
                        u8::from(c.bold()),
                        u8::from(c.dim()),
                        u8::from(c.italic()),
                        u8::from(c.underline()),
                        u8::from(c.inverse())
                    ));
                }
            }
        }
        cells
    }

    /// ratatui's diff panics when what was shown ends in a wide cell (it indexes past the
    /// end); lantern never draws one there.
    fn ends_narrow(cells: &mut [Cell]) {
        for cell in cells.iter_mut().rev().take(3) {
            cell.set_symbol("z");
            cell.diff_option = CellDiffOption::None;
        }
    }

    /// A move of rows of `area` as a scrolling region makes: from row `top`, `rows` tall,
    /// by `by`. The last row stays out of the region, so what was shown still ends in narrow
    /// cells after the move (see `ends_narrow`).
    fn region(area: Rect, top: u16, rows: u16) -> std::ops::Range<u16> {
        let last = area.bottom().saturating_sub(1);
        (area.y + top).min(last)..(area.y + top + rows).min(last)
    }

    /// A session: the first frame, then for each next frame the move of rows before it (if
    /// any) and which cells change from the frame before.
    #[allow(clippy::type_complexity)]
    fn sessions() -> impl Strategy<
        Value = (
            Rect,
            Vec<Cell>,
            Vec<(Option<(u16, u16, i64)>, Vec<(bool, Cell)>)>,
        ),
    > {
        (1u16..12, 1u16..6).prop_flat_map(|(width, height)| {
            let len = usize::from(width) * usize::from(height);
            let step = (
                prop::option::weighted(0.5, (0u16..6, 0u16..6, -6i64..6)),
                prop::collection::vec((prop::bool::weighted(0.3), cell_strategy()), len),
            );
            (
                Just(Rect::new(2, 1, width, height)),
                prop::collection::vec(cell_strategy(), len),
                prop::collection::vec(step, 1..8),
            )
        })
    }

    /// Cells as text on screen mostly is: words in the default style between blanks, some
    /// styled, a few wide. (No emoji: the terminal emulator the tests use gives some of them
    /// other widths than ratatui does, and then shows neither frame as drawn.)
    fn text_cell_strategy() -> impl Strategy<Value = Cell> {
        let symbols = prop_oneof![
            6 => Just(" "),
            6 => prop::sample::select(vec!["a", "b", "c", "."]),
            1 => Just("世"),
        ];
        let styles = prop_oneof![
            6 => Just((Color::Reset, Modifier::empty())),
            1 => Just((Color::Cyan, Modifier::empty())),
            1 => Just((Color::Reset, Modifier::BOLD)),
            1 => Just((Color::Reset, Modifier::REVERSED)),
        ];
        (symbols, styles, prop::bool::weighted(0.1)).prop_map(|(symbol, (fg, modifier), bg)| {
            let mut cell = Cell::EMPTY;
            cell.set_symbol(symbol);
            cell.fg = fg;
            cell.modifier = modifier;
            if bg {
                cell.bg = Color::Blue;
            }
            cell
        })
    }

    /// Two buffers of one size, the second mostly like the first (as frames are).
    fn frames() -> impl Strategy<Value = (Buffer, Buffer)> {
        frames_of(cell_strategy)
    }

    /// `frames`, of cells from `cells`.
    fn frames_of<S: Strategy<Value = Cell>>(
        cells: fn() -> S,
    ) -> impl Strategy<Value = (Buffer, Buffer)> {
        (1u16..12, 1u16..6).prop_flat_map(move |(width, height)| {
            let len = usize::from(width) * usize::from(height);
            (
                prop::collection::vec(cells(), len),
                prop::collection::vec((prop::bool::weighted(0.3), cells()), len),
            )
                .prop_map(move |(mut before, changes)| {
                    ends_narrow(&mut before);
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
            let record = Record::of(&shown);
            prop_assert_eq!(record.decoded(), shown.content.clone());
            let mut rows = Vec::new();
            let ours: Vec<_> = Changes::new(&record, &next.content, &mut rows).collect();
            prop_assert_eq!(ours, shown.diff(&next));
        }

        #[test]
        fn moved_rows_are_compared_with_the_rows_they_came_from(
            (shown, next) in frames(),
            top in 0u16..6,
            rows in 0u16..6,
            by in -6i64..6,
        ) {
            // The buffer last drawn moved cell by cell, as the terminal moved its rows, then
            // ratatui's comparison: what comparing with the moved record must give.
            let region = region(next.area, top, rows);
            let mut moved_shown = shown.clone();
            crate::frames::tests::shift_rows(&mut moved_shown, region.clone(), by);
            let mut record = Record::of(&shown);
            record.move_rows(region, by);
            prop_assert_eq!(record.decoded(), moved_shown.content.clone());
            let mut rows = Vec::new();
            let ours: Vec<_> = Changes::new(&record, &next.content, &mut rows).collect();
            prop_assert_eq!(ours, moved_shown.diff(&next));
        }

        #[test]
        fn the_record_kept_frame_by_frame_is_the_record_of_what_was_drawn(
            (area, first, steps) in sessions(),
            compact_at in 1usize..6,
        ) {
            // Small tables, so that they are rebuilt along the way.
            let mut record = Record::with_limits(area, compact_at, usize::from(u16::MAX) + 1);
            // The model: the last frame drawn as a ratatui buffer, moved as the terminal
            // moves it.
            let mut shown = Buffer::empty(area);
            let mut frame = Buffer { area, content: first };
            let mut rows = Vec::new();
            for (moved, changes) in steps {
                ends_narrow(&mut frame.content);
                if let Some((top, height, by)) = moved {
                    let region = region(area, top, height);
                    crate::frames::tests::shift_rows(&mut shown, region.clone(), by);
                    record.move_rows(region, by);
                    prop_assert_eq!(record.decoded(), Record::of(&shown).decoded());
                }
                let ours: Vec<_> = Changes::new(&record, &frame.content, &mut rows).collect();
                prop_assert_eq!(ours, shown.diff(&frame));
                record.update_rows(&frame.content, &rows);
                prop_assert!(!record.is_lost());
                shown = frame.clone();
                prop_assert_eq!(record.decoded(), Record::of(&shown).decoded());
                for (cell, (change, new)) in frame.content.iter_mut().zip(changes) {
                    if change {
                        *cell = new;
                    }
                }
            }
        }

        /// The bytes written for the changes (spaces for short blank gaps included) leave a
        /// terminal showing what ratatui's own bytes for its diff leave it showing.
        #[test]
        fn the_terminal_shows_what_ratatuis_own_bytes_leave(
            (shown, next) in frames_of(text_cell_strategy),
        ) {
            let area = next.area;
            let mut theirs = terminal(area);
            let mut ours = terminal(area);
            let first = crossterm_bytes(&Buffer::empty(area).diff(&shown));
            theirs.process(&first);
            ours.process(&first);
            theirs.process(&crossterm_bytes(&shown.diff(&next)));
            let record = Record::of(&shown);
            let mut rows = Vec::new();
            let changes = Changes::new(&record, &next.content, &mut rows);
            let mut bytes = Vec::new();
            let frame = super::super::escapes::Frame { cells: &next.content, area };
            prop_assert!(super::super::escapes::draw(&mut bytes, changes, frame).is_ok());
            ours.process(&bytes);
            prop_assert_eq!(screen_cells(&ours), screen_cells(&theirs));
        }

        #[test]
        fn a_blank_terminal_is_a_buffer_of_empty_cells((_, next) in frames()) {
            let record = Record::blank(next.area);
            let mut rows = Vec::new();
            let ours: Vec<_> = Changes::new(&record, &next.content, &mut rows).collect();
            prop_assert_eq!(ours, Buffer::empty(next.area).diff(&next));
        }

        #[test]
        fn a_recorded_cell_compares_as_ratatuis_cell_equality(
            a in cell_strategy(),
            other in cell_strategy(),
            field in 0..7,
        ) {
            // `b` is `a` with at most one field taken from `other`, so that nearly equal
            // cells, the hard case, are common.
            let with_field = |base: &Cell| {
                let mut b = base.clone();
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
                b
            };
            let b = with_field(&a);
            // A blank recorded cell has a shortcut of its own.
            let blank_record = Record::blank(Rect::new(0, 0, 1, 1));
            let nearly_blank = with_field(&Cell::EMPTY);
            prop_assert_eq!(blank_record.same(&nearly_blank, BLANK), nearly_blank == Cell::EMPTY);
            prop_assert_eq!(blank_record.same(&a, BLANK), a == Cell::EMPTY);
            let mut record = Record::blank(Rect::new(0, 0, 1, 1));
            let recorded = record.record(&a).unwrap();
            prop_assert_eq!(record.same(&b, recorded), a == b);
            prop_assert_eq!(record.same(&other, recorded), a == other);
            prop_assert_eq!(record.same_symbol(&b, recorded), a.symbol() == b.symbol());
            prop_assert_eq!(record.width(recorded), width(&a));
            prop_assert_eq!(*record.style(recorded), CellStyle::of(&a));
        }
    }
}
