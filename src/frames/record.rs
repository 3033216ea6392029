//! The record of what the terminal shows, cell by cell, in 8 bytes a cell where ratatui's
//! `Cell` takes 48: at 200×60, 96 KB instead of 576 KB. A cell's symbol is kept as a code
//! (the `char` itself, or an index into a table of the longer graphemes on screen) and the
//! rest of it as an index into a table of the cell styles on screen; both tables are small,
//! as a screen holds a few dozen styles and seldom a grapheme of more than one `char`.
//!
//! It records everything ratatui's `Cell` equality compares, so comparing a cell with the
//! record gives exactly what comparing it with the cell last drawn there would.

use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::Hash;

use ratatui::buffer::{Cell, CellDiffOption, CellWidth};
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};

/// One cell of the terminal as recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordedCell {
    /// The symbol's one `char`, or [`FIRST_INTERNED`] plus its index in the symbol table.
    symbol: u32,
    /// Its index in the style table.
    style: u16,
}

const _: () = assert!(std::mem::size_of::<RecordedCell>() <= 8);

impl RecordedCell {
    /// Whether the symbol is the one byte `byte` (an ASCII character).
    #[inline(always)]
    pub fn is_byte(self, byte: u8) -> bool {
        self.symbol == u32::from(byte)
    }
}

/// Symbol codes from this one on are interned graphemes; below it they are `char`s.
const FIRST_INTERNED: u32 = char::MAX as u32 + 1;

/// The index in the symbol table of a symbol code, if it is an interned grapheme.
fn interned_index(code: u32) -> Option<usize> {
    code.checked_sub(FIRST_INTERNED)
        .and_then(|index| usize::try_from(index).ok())
}

/// What a just-cleared terminal shows: a space in the default style, which is kept at index
/// 0 of the style table.
pub const BLANK: RecordedCell = RecordedCell {
    symbol: ' ' as u32,
    style: 0,
};

/// A table is rebuilt from the cells on screen when it reaches this many entries (or twice
/// what was on screen at the last rebuild, if more): see [`Record::compact`].
const TABLE_LIMIT: usize = 4096;

/// Everything of a cell but its symbol: the rest of what ratatui's `Cell` equality compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CellStyle {
    pub fg: Color,
    pub bg: Color,
    pub underline_color: Color,
    pub modifier: Modifier,
    pub diff_option: CellDiffOption,
    /// ratatui's deprecated skip flag, still part of its equality.
    pub skip: bool,
}

/// The style of [`Cell::EMPTY`].
static DEFAULT_STYLE: CellStyle = CellStyle {
    fg: Color::Reset,
    bg: Color::Reset,
    underline_color: Color::Reset,
    modifier: Modifier::empty(),
    diff_option: CellDiffOption::None,
    skip: false,
};

impl CellStyle {
    #[allow(deprecated)]
    pub fn of(cell: &Cell) -> Self {
        CellStyle {
            fg: cell.fg,
            bg: cell.bg,
            underline_color: cell.underline_color,
            modifier: cell.modifier,
            diff_option: cell.diff_option,
            skip: cell.skip,
        }
    }

    /// Whether `cell` has this style; the cheap fields first.
    #[inline(always)]
    pub fn is_of(&self, cell: &Cell) -> bool {
        #[allow(deprecated)]
        let skip_same = self.skip == cell.skip;
        same_color(self.fg, cell.fg)
            && same_color(self.bg, cell.bg)
            && self.modifier == cell.modifier
            && same_color(self.underline_color, cell.underline_color)
            && self.diff_option == cell.diff_option
            && skip_same
    }
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

/// Whether `cell` equals [`Cell::EMPTY`] (a space, or no symbol, in the default style).
#[inline(always)]
pub fn is_blank(cell: &Cell) -> bool {
    #[allow(deprecated)]
    let skip = cell.skip;
    // `matches!` tests the variant alone, where `==` on a `Color` goes through its derived
    // comparison: a third of the work of comparing a blank screen.
    matches!(cell.fg, Color::Reset)
        && matches!(cell.bg, Color::Reset)
        && cell.modifier.is_empty()
        && matches!(cell.underline_color, Color::Reset)
        && matches!(cell.diff_option, CellDiffOption::None)
        && !skip
        && cell.symbol() == " "
}

/// What the terminal shows now, cell by cell.
pub struct Record {
    area: Rect,
    cells: Vec<RecordedCell>,
    styles: Interned<CellStyle>,
    symbols: Interned<Box<str>>,
    /// The style last recorded: neighbouring cells mostly share one, so it is tried before
    /// the table's hash map.
    last_style: u16,
    /// The most styles the table may hold (all a `u16` can index; less in tests).
    style_cap: usize,
    /// Set when what the terminal shows is not known: a write failed part way, or the screen
    /// held more styles than the table can index. The terminal must be cleared.
    lost: bool,
}

impl Record {
    /// The record of a just-cleared terminal of `area`.
    pub fn blank(area: Rect) -> Self {
        let mut record = Record {
            area,
            cells: Vec::new(),
            styles: Interned::default(),
            symbols: Interned::default(),
            last_style: 0,
            style_cap: usize::from(u16::MAX) + 1,
            lost: false,
        };
        record.clear(area);
        record
    }

    /// The terminal was cleared (and now has the size `area`). The tables start again too:
    /// they are per screen content.
    pub fn clear(&mut self, area: Rect) {
        self.area = area;
        // Left empty, which stands for all blank, until the first frame is recorded: a
        // frame's cells are not made before it is written, so the first one is not slower.
        self.cells.clear();
        self.styles = Interned::default();
        self.styles.push(DEFAULT_STYLE);
        self.symbols = Interned::default();
        self.last_style = 0;
        self.lost = false;
    }

    /// What the terminal shows is no longer known; see [`Record::is_lost`].
    pub fn forget(&mut self) {
        self.lost = true;
    }

    /// Whether the terminal must be cleared before the record can be trusted again.
    pub fn is_lost(&self) -> bool {
        self.lost
    }

    pub fn area(&self) -> Rect {
        self.area
    }

    /// The recorded cells, row by row; empty while the terminal is blank since it was
    /// cleared (every cell is then [`BLANK`]).
    pub fn cells(&self) -> &[RecordedCell] {
        &self.cells
    }

    /// The number of cells of the area.
    pub fn len(&self) -> usize {
        usize::from(self.area.width) * usize::from(self.area.height)
    }

    /// Makes the cells of a blank terminal real, to be changed one by one.
    fn fill_blank(&mut self) {
        let len = self.len();
        if self.cells.len() != len {
            self.cells.clear();
            self.cells.resize(len, BLANK);
        }
    }

    /// The style of a recorded cell.
    #[inline(always)]
    pub fn style(&self, shown: RecordedCell) -> &CellStyle {
        self.styles
            .values
            .get(usize::from(shown.style))
            .unwrap_or(&DEFAULT_STYLE)
    }

    /// An interned grapheme by its code.
    fn interned(&self, code: u32) -> &str {
        interned_index(code)
            .and_then(|index| self.symbols.values.get(index))
            .map_or("", |symbol| symbol)
    }

    /// Whether `cell` looks the same as `shown`: exactly ratatui's `Cell` equality (no
    /// symbol and a space are the same).
    #[inline(always)]
    pub fn same(&self, cell: &Cell, shown: RecordedCell) -> bool {
        if shown == BLANK {
            // Most of a screen is blank, before and after: a cheaper test for that case.
            return is_blank(cell);
        }
        self.style(shown).is_of(cell) && self.same_symbol(cell, shown)
    }

    /// Whether `cell` has the symbol of `shown`.
    #[inline(always)]
    pub fn same_symbol(&self, cell: &Cell, shown: RecordedCell) -> bool {
        let symbol = cell.symbol();
        match symbol.as_bytes() {
            [byte] => shown.symbol == u32::from(*byte),
            _ => match char::from_u32(shown.symbol) {
                Some(shown) => {
                    let mut chars = symbol.chars();
                    chars.next() == Some(shown) && chars.next().is_none()
                }
                None => self.interned(shown.symbol) == symbol,
            },
        }
    }

    /// The columns ratatui gives the recorded cell (a forced width, else its symbol's).
    pub fn width(&self, shown: RecordedCell) -> usize {
        if let CellDiffOption::ForcedWidth(width) = self.style(shown).diff_option {
            return usize::from(width.get());
        }
        let width = match char::from_u32(shown.symbol) {
            Some(symbol) => symbol.encode_utf8(&mut [0; 4]).cell_width(),
            None => self.interned(shown.symbol).cell_width(),
        };
        usize::from(width)
    }

    /// Rows `rows` of the terminal moved up by `by` lines (down when negative), as a
    /// scrolling region moves them: rows moved out are gone and rows moved in are blank.
    pub fn move_rows(&mut self, rows: std::ops::Range<u16>, by: i64) {
        let width = usize::from(self.area.width);
        let top = usize::from(rows.start.saturating_sub(self.area.y));
        let bottom =
            usize::from(rows.end.saturating_sub(self.area.y)).min(usize::from(self.area.height));
        if top >= bottom || width == 0 || by == 0 {
            return;
        }
        let moved = usize::try_from(by.unsigned_abs())
            .unwrap_or(usize::MAX)
            .min(bottom - top);
        if self.cells.is_empty() {
            // Blank rows moved are blank rows.
            return;
        }
        let Some(cells) = self.cells.get_mut(top * width..bottom * width) else {
            return;
        };
        let len = cells.len();
        let moved = moved * width;
        if by > 0 {
            cells.copy_within(moved.., 0);
            cells[len - moved..].fill(BLANK);
        } else {
            cells.copy_within(..len - moved, moved);
            cells[..moved].fill(BLANK);
        }
    }

    /// `next` (the frame just written, spanning the record's area) is what the terminal
    /// shows now. Rows marked in `unchanged_rows` were found equal to the record and are
    /// left alone; every other row is recorded again whole, as recording a cell costs about
    /// what comparing it does and the rows changed are few.
    pub fn update_rows(&mut self, next: &[Cell], unchanged_rows: &[bool]) {
        let width = usize::from(self.area.width);
        if width == 0 {
            return;
        }
        self.fill_blank();
        for (row, next_row) in next.chunks(width).enumerate() {
            if unchanged_rows.get(row).copied().unwrap_or(false) {
                continue;
            }
            // Checked once a row, between cells, so no index taken for this row is remapped
            // under it; a table is then at most one row over its limit.
            if self.styles.values.len() >= self.styles.compact_at
                || self.symbols.values.len() >= self.symbols.compact_at
            {
                self.compact();
            }
            let start = row * width;
            for (offset, cell) in next_row.iter().enumerate() {
                // Blank cells, most of a screen, without the table lookups.
                let recorded = if is_blank(cell) {
                    BLANK
                } else if let Some(recorded) = self.record(cell) {
                    recorded
                } else {
                    self.lost = true;
                    return;
                };
                if let Some(slot) = self.cells.get_mut(start + offset) {
                    *slot = recorded;
                }
            }
        }
    }

    /// `cell` as recorded, its style and symbol interned; `None` when the style table is
    /// full.
    #[inline(always)]
    pub fn record(&mut self, cell: &Cell) -> Option<RecordedCell> {
        let last = usize::from(self.last_style);
        let style = match self.styles.values.get(last) {
            Some(style) if style.is_of(cell) => self.last_style,
            _ => {
                let style = CellStyle::of(cell);
                let index = match self.styles.index_of(&style) {
                    Some(index) => index,
                    None if self.styles.values.len() < self.style_cap => self.styles.push(style),
                    None => return None,
                };
                self.last_style = u16::try_from(index).ok()?;
                self.last_style
            }
        };
        let symbol = cell.symbol();
        let symbol = match symbol.as_bytes() {
            [byte] => u32::from(*byte),
            _ => {
                let mut chars = symbol.chars();
                match (chars.next(), chars.next()) {
                    (Some(only), None) => u32::from(only),
                    _ => {
                        let index = match self.symbols.index_of(symbol) {
                            Some(index) => index,
                            None => self.symbols.push(Box::from(symbol)),
                        };
                        FIRST_INTERNED.checked_add(index)?
                    }
                }
            }
        };
        Some(RecordedCell { symbol, style })
    }

    /// Rebuilds both tables from the cells on screen, dropping what no cell uses any more,
    /// so that a long session of changing content (a search highlighting every match in
    /// turn, say) does not grow them without bound. Rebuilding keeps the record exact, where
    /// clearing the tables would need a cleared terminal and a full redraw. The next rebuild
    /// waits until the tables doubled, so its cost is spread over the entries added.
    fn compact(&mut self) {
        let mut styles_used = vec![false; self.styles.values.len()];
        let mut symbols_used = vec![false; self.symbols.values.len()];
        if let Some(default) = styles_used.first_mut() {
            *default = true;
        }
        for cell in &self.cells {
            if let Some(used) = styles_used.get_mut(usize::from(cell.style)) {
                *used = true;
            }
            if let Some(used) = interned_index(cell.symbol).and_then(|i| symbols_used.get_mut(i)) {
                *used = true;
            }
        }
        let styles = self.styles.keep(&styles_used);
        let symbols = self.symbols.keep(&symbols_used);
        for cell in &mut self.cells {
            if let Some(&style) = styles.get(usize::from(cell.style)) {
                cell.style = u16::try_from(style).unwrap_or(0);
            }
            if let Some(&symbol) = interned_index(cell.symbol).and_then(|i| symbols.get(i)) {
                cell.symbol = FIRST_INTERNED.saturating_add(symbol);
            }
        }
        self.last_style = 0;
    }

    /// Test construction: the record of a terminal showing `buffer`.
    #[cfg(test)]
    pub fn of(buffer: &ratatui::buffer::Buffer) -> Self {
        let mut record = Record::blank(buffer.area);
        record.update_rows(&buffer.content, &[]);
        record
    }

    /// Test construction: tables rebuilt from `compact_at` entries on, and at most
    /// `style_cap` styles.
    #[cfg(test)]
    pub fn with_limits(area: Rect, compact_at: usize, style_cap: usize) -> Self {
        let mut record = Record::blank(area);
        for limit in [&mut record.styles.limit, &mut record.symbols.limit] {
            *limit = compact_at;
        }
        record.styles.compact_at = compact_at;
        record.symbols.compact_at = compact_at;
        record.style_cap = style_cap;
        record
    }

    /// The recorded cells as ratatui cells, to compare with a buffer.
    #[cfg(test)]
    pub fn decoded(&self) -> Vec<Cell> {
        let blank = vec![BLANK; self.len()];
        let cells = if self.cells.is_empty() {
            &blank
        } else {
            &self.cells
        };
        cells
            .iter()
            .map(|&shown| {
                let style = self.style(shown);
                let mut cell = Cell::EMPTY;
                match char::from_u32(shown.symbol) {
                    Some(symbol) => cell.set_char(symbol),
                    None => cell.set_symbol(self.interned(shown.symbol)),
                };
                cell.fg = style.fg;
                cell.bg = style.bg;
                cell.underline_color = style.underline_color;
                cell.modifier = style.modifier;
                cell.diff_option = style.diff_option;
                #[allow(deprecated)]
                {
                    cell.skip = style.skip;
                }
                cell
            })
            .collect()
    }

    /// How many styles and symbols the tables hold.
    #[cfg(test)]
    pub fn table_sizes(&self) -> (usize, usize) {
        (self.styles.values.len(), self.symbols.values.len())
    }
}

/// Values given small indexes, in order of first use.
struct Interned<T> {
    values: Vec<T>,
    /// foldhash's fixed-seed hasher (already in the build, through ratatui): the tables
    /// hold lantern's own styles and graphemes, with nothing to defend against, and std's
    /// SipHash costs several times more for the many small fields of a style.
    indexes: HashMap<T, u32, foldhash::fast::FixedState>,
    /// The size at which the table is rebuilt; see [`Record::compact`].
    compact_at: usize,
    /// The least `compact_at` after a rebuild ([`TABLE_LIMIT`]; less in tests).
    limit: usize,
}

impl<T> Default for Interned<T> {
    fn default() -> Self {
        Interned {
            values: Vec::new(),
            indexes: HashMap::default(),
            compact_at: TABLE_LIMIT,
            limit: TABLE_LIMIT,
        }
    }
}

impl<T: Clone + Eq + Hash> Interned<T> {
    fn index_of<Q>(&self, value: &Q) -> Option<u32>
    where
        T: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.indexes.get(value).copied()
    }

    /// Adds `value` (not in the table yet) and says its index.
    fn push(&mut self, value: T) -> u32 {
        let index = u32::try_from(self.values.len()).unwrap_or(u32::MAX);
        self.indexes.insert(value.clone(), index);
        self.values.push(value);
        index
    }

    /// Keeps the values marked `used`, in their order, and says each old index's new one.
    fn keep(&mut self, used: &[bool]) -> Vec<u32> {
        let mut new_indexes = Vec::with_capacity(self.values.len());
        let mut kept = 0u32;
        for &used in used {
            new_indexes.push(kept);
            if used {
                kept = kept.saturating_add(1);
            }
        }
        let mut used = used.iter();
        self.values
            .retain(|_| used.next().copied().unwrap_or(false));
        self.indexes.clear();
        for (index, value) in (0u32..).zip(&self.values) {
            self.indexes.insert(value.clone(), index);
        }
        self.compact_at = self.limit.max(self.values.len().saturating_mul(2));
        new_indexes
    }
}

#[cfg(test)]
#[path = "record_tests.rs"]
mod tests;
