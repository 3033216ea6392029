//! Tests of `escapes.rs`, beside it so the module itself stays short.

use super::*;
use proptest::prelude::*;
use ratatui::backend::{Backend, CrosstermBackend};

/// What ratatui's crossterm backend writes for `cells`.
fn crossterm_bytes(cells: &[(u16, u16, Cell)]) -> Vec<u8> {
    let mut bytes = Vec::new();
    let mut backend = CrosstermBackend::new(&mut bytes);
    backend
        .draw(cells.iter().map(|(x, y, cell)| (*x, *y, cell)))
        .expect("writing to a Vec");
    bytes
}

/// What `draw_with` writes for `cells`, over `frame` if given (so short blank gaps may
/// be written as spaces) and with colours on or off.
fn written(
    cells: &[(u16, u16, Cell)],
    frame: Option<&ratatui::buffer::Buffer>,
    colours: bool,
) -> Vec<u8> {
    let mut bytes = Vec::new();
    let frame = frame.map(|frame| Frame {
        cells: &frame.content,
        area: frame.area,
    });
    draw_with(
        &mut bytes,
        cells.iter().map(|(x, y, cell)| (*x, *y, cell)),
        frame,
        colours,
    )
    .expect("writing");
    bytes
}

/// Ours without a frame, colours as NO_COLOR says: to compare with crossterm's bytes.
fn our_bytes(cells: &[(u16, u16, Cell)]) -> Vec<u8> {
    written(cells, None, !Colored::ansi_color_disabled_memoized())
}

/// Ours without a frame, colours on or off whatever NO_COLOR says, as text for readable
/// failures.
fn ours_with(cells: &[(u16, u16, Cell)], colours: bool) -> String {
    String::from_utf8(written(cells, None, colours)).expect("UTF-8")
}

fn cell(symbol: &str, fg: Color, bg: Color, modifier: Modifier) -> Cell {
    let mut cell = Cell::new("");
    cell.set_symbol(symbol);
    cell.fg = fg;
    cell.bg = bg;
    cell.modifier = modifier;
    cell
}

/// Reset and ratatui's sixteen named colours.
const NAMED: [Color; 17] = [
    Color::Reset,
    Color::Black,
    Color::Red,
    Color::Green,
    Color::Yellow,
    Color::Blue,
    Color::Magenta,
    Color::Cyan,
    Color::Gray,
    Color::DarkGray,
    Color::LightRed,
    Color::LightGreen,
    Color::LightYellow,
    Color::LightBlue,
    Color::LightMagenta,
    Color::LightCyan,
    Color::White,
];

const END: &str = "\x1b[39m\x1b[49m\x1b[59m\x1b[0m";

#[test]
fn one_red_bold_cell() {
    let cells = [(3, 1, cell("x", Color::Red, Color::Reset, Modifier::BOLD))];
    // Row 2, column 4 (from 1); bold; red as 256-colour index 1 with the background
    // reset in the same code; the symbol; then everything reset.
    assert_eq!(
        ours_with(&cells, true),
        format!("\x1b[2;4H\x1b[1m\x1b[38;5;1;49mx{END}")
    );
}

#[test]
fn neighbours_in_the_same_style_need_no_codes_between_them() {
    let style = |s| {
        cell(
            s,
            Color::Rgb(255, 8, 0),
            Color::Indexed(236),
            Modifier::empty(),
        )
    };
    let cells = [(0, 0, style("h")), (1, 0, style("i")), (5, 0, style("!"))];
    assert_eq!(
        ours_with(&cells, true),
        format!("\x1b[1;1H\x1b[38;2;255;8;0;48;5;236mhi\x1b[1;6H!{END}")
    );
}

#[test]
fn bold_to_dim_resets_intensity_then_sets_dim() {
    let cells = [
        (0, 0, cell("a", Color::Reset, Color::Reset, Modifier::BOLD)),
        (1, 0, cell("b", Color::Reset, Color::Reset, Modifier::DIM)),
    ];
    assert_eq!(
        ours_with(&cells, true),
        format!("\x1b[1;1H\x1b[1ma\x1b[22m\x1b[2mb{END}")
    );
}

#[test]
fn underline_colour_has_its_own_code() {
    let mut underlined = cell("u", Color::Reset, Color::Reset, Modifier::UNDERLINED);
    underlined.underline_color = Color::LightCyan;
    assert_eq!(
        ours_with(&[(9, 0, underlined)], true),
        format!("\x1b[1;10H\x1b[4m\x1b[58;5;14mu{END}")
    );
}

#[test]
fn no_cells_still_reset_everything() {
    assert_eq!(ours_with(&[], true), END);
}

/// Under NO_COLOR crossterm's colour codes lose their parameters but not their `ESC [`
/// and `m`: `ESC [ ; m` and `ESC [ m`, which terminals read as a reset of everything.
#[test]
fn without_colours_the_codes_are_empty() {
    let cells = [(0, 0, cell("x", Color::Red, Color::Blue, Modifier::ITALIC))];
    assert_eq!(
        ours_with(&cells, false),
        "\x1b[1;1H\x1b[3m\x1b[;mx\x1b[m\x1b[m\x1b[m\x1b[0m"
    );
}

/// Ours over `frame`, the frame the cells come from, as text.
fn ours_over(frame: &ratatui::buffer::Buffer, cells: &[(u16, u16, Cell)]) -> String {
    String::from_utf8(written(cells, Some(frame), true)).expect("UTF-8")
}

/// A frame of `rows`, each cell its character in the default style, and the cells of it
/// at `places` as changed cells.
fn frame_and_cells(
    rows: &[&str],
    places: &[(u16, u16)],
) -> (ratatui::buffer::Buffer, Vec<(u16, u16, Cell)>) {
    let lines: Vec<ratatui::text::Line> = rows.iter().map(|r| (*r).into()).collect();
    let frame = ratatui::buffer::Buffer::with_lines(lines);
    let cells = places
        .iter()
        .map(|&(x, y)| (x, y, frame[(x, y)].clone()))
        .collect();
    (frame, cells)
}

#[test]
fn a_short_blank_gap_in_the_default_style_is_written_as_spaces() {
    let (frame, cells) = frame_and_cells(
        &["one t    three"],
        &[(0, 0), (1, 0), (2, 0), (4, 0), (9, 0)],
    );
    // "one", a space, "t", four spaces and "t": no cursor move after the first.
    assert_eq!(
        ours_over(&frame, &cells),
        format!("\x1b[1;1Hone t    t{END}")
    );
}

#[test]
fn a_gap_is_moved_over_where_spaces_could_show_or_change_anything() {
    // Longer than the move it would replace ("\x1b[1;12H", 7 bytes).
    let (frame, cells) = frame_and_cells(&["a          b"], &[(0, 0), (11, 0)]);
    assert_eq!(
        ours_over(&frame, &cells),
        format!("\x1b[1;1Ha\x1b[1;12Hb{END}")
    );
    // Text the terminal already shows, unchanged, is not blank.
    let (frame, cells) = frame_and_cells(&["a bc d"], &[(0, 0), (5, 0)]);
    assert_eq!(
        ours_over(&frame, &cells),
        format!("\x1b[1;1Ha\x1b[1;6Hd{END}")
    );
    // A styled cell before the gap: its spaces would be styled (reversed, here).
    let (mut frame, _) = frame_and_cells(&["a  b"], &[]);
    frame[(0, 0)].modifier = Modifier::REVERSED;
    let cells = vec![(0, 0, frame[(0, 0)].clone()), (3, 0, frame[(3, 0)].clone())];
    assert_eq!(
        ours_over(&frame, &cells),
        format!("\x1b[1;1H\x1b[7ma\x1b[1;4H\x1b[27mb{END}")
    );
    // After a wide character the cursor's column depends on the terminal.
    let (frame, cells) = frame_and_cells(&["世  b"], &[(0, 0), (4, 0)]);
    assert_eq!(
        ours_over(&frame, &cells),
        format!("\x1b[1;1H世\x1b[1;5Hb{END}")
    );
    // The next row.
    let (frame, cells) = frame_and_cells(&["a ", " b"], &[(0, 0), (1, 1)]);
    assert_eq!(
        ours_over(&frame, &cells),
        format!("\x1b[1;1Ha\x1b[2;2Hb{END}")
    );
}

/// Every colour ratatui has, as foreground, background and underline colour (all 256
/// indices and some RGB values), against crossterm.
#[test]
fn every_colour_as_crossterm_writes_it() {
    let mut colours = NAMED.to_vec();
    colours.extend([
        Color::Rgb(0, 0, 0),
        Color::Rgb(255, 255, 255),
        Color::Rgb(9, 10, 99),
        Color::Rgb(100, 200, 1),
    ]);
    colours.extend((0..=255).map(Color::Indexed));
    for &colour in &colours {
        let mut cells = Vec::new();
        for layer in 0..3u16 {
            let mut cell = Cell::new("c");
            match layer {
                0 => cell.fg = colour,
                1 => cell.bg = colour,
                _ => cell.underline_color = colour,
            }
            cells.push((layer, 0, cell));
        }
        assert_eq!(our_bytes(&cells), crossterm_bytes(&cells), "{colour:?}");
    }
}

/// Every change from one set of modifiers to another (all 512 × 512).
#[test]
fn every_modifier_change_as_crossterm_writes_it() {
    for from in 0..=Modifier::all().bits() {
        for to in 0..=Modifier::all().bits() {
            let style = |bits| {
                let modifier = Modifier::from_bits_truncate(bits);
                cell("m", Color::Reset, Color::Reset, modifier)
            };
            let cells = [(0, 0, style(from)), (1, 0, style(to))];
            assert_eq!(
                our_bytes(&cells),
                crossterm_bytes(&cells),
                "{from:#b} to {to:#b}"
            );
        }
    }
}

fn colour() -> impl Strategy<Value = Color> {
    prop_oneof![
        3 => prop::sample::select(NAMED.to_vec()),
        1 => any::<u8>().prop_map(Color::Indexed),
        1 => any::<(u8, u8, u8)>().prop_map(|(r, g, b)| Color::Rgb(r, g, b)),
    ]
}

fn symbol() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[ -~]".prop_map(String::from),
        1 => prop::sample::select(vec!["世", "界", "한", "😀", "👨‍👩‍👧", "🇫🇷", "e\u{301}", "a\u{308}\u{323}", "", "\u{200b}"])
            .prop_map(String::from),
        1 => "\\PC{0,4}",
    ]
}

#[derive(Debug, Clone)]
struct Style {
    fg: Color,
    bg: Color,
    underline: Color,
    modifier: Modifier,
}

fn style() -> impl Strategy<Value = Style> {
    (colour(), colour(), colour(), any::<u16>()).prop_map(|(fg, bg, underline, bits)| Style {
        fg,
        bg,
        underline,
        modifier: Modifier::from_bits_truncate(bits),
    })
}

/// Where a cell goes: right after the last one, or anywhere.
#[derive(Debug, Clone)]
enum Place {
    Next,
    At(u16, u16),
}

fn place() -> impl Strategy<Value = Place> {
    prop_oneof![
        6 => Just(Place::Next),
        3 => (0u16..300, 0u16..100).prop_map(|(x, y)| Place::At(x, y)),
        // Big numbers, short of u16::MAX where crossterm's `+ 1` overflows.
        1 => (0u16..u16::MAX, 0u16..u16::MAX).prop_map(|(x, y)| Place::At(x, y)),
    ]
}

/// A cell's style: one of a few shared ones (so runs of cells share a style and styles
/// come back), the last one with a few modifiers flipped, or a new one.
#[derive(Debug, Clone)]
enum Pick {
    Shared(usize),
    Flip(u16),
    New(Style),
}

fn pick() -> impl Strategy<Value = Pick> {
    prop_oneof![
        5 => (0usize..3).prop_map(Pick::Shared),
        2 => any::<u16>().prop_map(Pick::Flip),
        2 => style().prop_map(Pick::New),
    ]
}

fn cells_of(shared: &[Style], steps: &[(Place, Pick, String)]) -> Vec<(u16, u16, Cell)> {
    let mut cells: Vec<(u16, u16, Cell)> = Vec::new();
    let mut last = shared[0].clone();
    for (place, pick, symbol) in steps {
        let (x, y) = match (place, cells.last()) {
            (Place::Next, Some((x, y, _))) if *x < u16::MAX - 1 => (x + 1, *y),
            (Place::At(x, y), _) => (*x, *y),
            _ => (0, 0),
        };
        let style = match pick {
            Pick::Shared(i) => shared[*i].clone(),
            Pick::Flip(bits) => Style {
                modifier: last.modifier ^ Modifier::from_bits_truncate(*bits),
                ..last.clone()
            },
            Pick::New(style) => style.clone(),
        };
        let mut cell = Cell::new("");
        cell.set_symbol(symbol);
        cell.fg = style.fg;
        cell.bg = style.bg;
        cell.underline_color = style.underline;
        cell.modifier = style.modifier;
        last = style;
        cells.push((x, y, cell));
    }
    cells
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 2000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// Random runs of cells write the same bytes as ratatui's crossterm backend.
    #[test]
    fn same_bytes_as_crossterm(
        shared in prop::collection::vec(style(), 3),
        steps in prop::collection::vec((place(), pick(), symbol()), 0..60),
    ) {
        let cells = cells_of(&shared, &steps);
        let ours = our_bytes(&cells);
        let theirs = crossterm_bytes(&cells);
        prop_assert_eq!(String::from_utf8_lossy(&ours), String::from_utf8_lossy(&theirs));
    }
}

/// A large frame, with a very long symbol in it, comes out whole.
#[test]
fn a_large_frame_with_a_long_symbol() {
    let long = "e\u{301}".repeat(4096);
    let mut cells = Vec::new();
    for i in 0..3000u16 {
        let colour = Color::Indexed((i % 7) as u8);
        let symbol = if i == 1500 { long.as_str() } else { "ab" };
        cells.push((
            i % 200,
            i / 200,
            cell(symbol, colour, Color::Reset, Modifier::BOLD),
        ));
    }
    assert_eq!(our_bytes(&cells), crossterm_bytes(&cells));
}
