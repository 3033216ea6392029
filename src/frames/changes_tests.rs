//! Tests of `changes.rs`, beside it so the module itself stays short.

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
