//! The changed cells of a frame written as escape codes: the bytes ratatui's
//! `CrosstermBackend::draw` writes (ratatui-crossterm 0.1.2, crossterm 0.29; tests compare
//! the two byte for byte), for less work: crossterm formats every code through `fmt`; here
//! the codes are fixed bytes and numbers written by hand. One difference, which leaves the
//! screen the same (a property test checks it through a terminal emulator): where the next
//! change is a few blank columns to the right, in the default style, those blanks are
//! written as spaces instead of a cursor move. Text is mostly words with one space between
//! them, and ratatui moves the cursor over every one: the first frame of the welcome screen
//! was 97 escape codes, most of them moves over a single space.

use std::io::{self, Write};

use ratatui::buffer::Cell;
use ratatui::crossterm::style::Colored;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};

use super::record::is_blank;

/// The frame the changed cells come from: its cells, row by row, over `area`.
#[derive(Clone, Copy)]
pub struct Frame<'a> {
    pub cells: &'a [Cell],
    pub area: Rect,
}

impl Frame<'_> {
    /// Whether columns `from..to` of row `y` are all blank in the frame.
    fn blank(&self, y: u16, from: u16, to: u16) -> bool {
        let width = usize::from(self.area.width);
        let (Some(row), Some(from), Some(to)) = (
            y.checked_sub(self.area.y),
            from.checked_sub(self.area.x),
            to.checked_sub(self.area.x),
        ) else {
            return false;
        };
        let start = usize::from(row) * width;
        self.cells
            .get(start + usize::from(from)..start + usize::from(to))
            .is_some_and(|gap| usize::from(to) <= width && gap.iter().all(is_blank))
    }
}

/// Writes `cells` (`(x, y, cell)`, in drawing order, the cells of `frame` that differ from
/// what the terminal shows), as `CrosstermBackend::new(out).draw(cells)` would but for short
/// blank gaps, and leaves every colour and attribute reset at the end as it does.
pub fn draw<'a, W: Write>(
    out: &mut W,
    cells: impl Iterator<Item = (u16, u16, &'a Cell)>,
    frame: Frame<'_>,
) -> io::Result<()> {
    // crossterm's `Colored` writes no colour at all (an empty SGR parameter) when NO_COLOR is
    // set and not empty, read once per process and overridable with
    // `Colored::set_ansi_color_disabled`; asking crossterm itself keeps both in step.
    draw_with(
        out,
        cells,
        Some(frame),
        !Colored::ansi_color_disabled_memoized(),
    )
}

/// `draw`, with colours written (`colours`) or left out as crossterm does under NO_COLOR;
/// without a `frame`, exactly the bytes ratatui's crossterm backend writes.
fn draw_with<'a, W: Write>(
    out: &mut W,
    cells: impl Iterator<Item = (u16, u16, &'a Cell)>,
    frame: Option<Frame<'_>>,
    colours: bool,
) -> io::Result<()> {
    let mut codes = Codes { out, colours };
    // What the terminal is set to, as ratatui-crossterm tracks it: it assumes everything
    // reset at the start of a frame (it resets everything at the end of one).
    let mut fg = Color::Reset;
    let mut bg = Color::Reset;
    let mut underline = Color::Reset;
    let mut modifier = Modifier::empty();
    // Where the next cell goes without a cursor move: one right of the last cell written.
    let mut next: Option<(u16, u16)> = None;
    // Whether the cursor is surely there: the last cell written was one printable ASCII
    // character, one column wide in every terminal (ratatui's `next` assumes one column
    // for any symbol, and moves the cursor whenever it is not where the next cell goes).
    let mut surely_there = false;
    for (x, y, cell) in cells {
        match next {
            Some((next_x, next_y)) if next_x == x && next_y == y => {}
            Some((next_x, next_y))
                if surely_there
                    && next_y == y
                    && next_x < x
                    && x - next_x <= move_len(x, y)
                    && fg == Color::Reset
                    && bg == Color::Reset
                    && underline == Color::Reset
                    && modifier.is_empty()
                    && frame.is_some_and(|frame| frame.blank(y, next_x, x)) =>
            {
                // The cells in between are unchanged, so shown blank as they are in the
                // frame, and a space in the default style is a blank cell.
                for _ in next_x..x {
                    codes.put(b" ")?;
                }
            }
            _ => codes.move_to(x, y)?,
        }
        // ratatui-crossterm's `x == p.x + 1`: wraps at u16::MAX in release builds (and panics
        // in debug ones); no terminal is that wide.
        next = Some((x.wrapping_add(1), y));
        let symbol = cell.symbol().as_bytes();
        surely_there = matches!(symbol, [b' '..=b'~']);
        if cell.modifier != modifier {
            codes.modifier_change(modifier, cell.modifier)?;
            modifier = cell.modifier;
        }
        if cell.fg != fg || cell.bg != bg {
            // One `SetColors` with both, even when only one changed.
            codes.put(b"\x1b[")?;
            codes.colour(Layer::Fore, cell.fg)?;
            codes.put(b";")?;
            codes.colour(Layer::Back, cell.bg)?;
            codes.put(b"m")?;
            fg = cell.fg;
            bg = cell.bg;
        }
        // ratatui-crossterm's "underline-color" feature is on (its default, which ratatui's
        // "crossterm" feature keeps), so it writes underline colours too.
        if cell.underline_color != underline {
            codes.put(b"\x1b[")?;
            codes.colour(Layer::Under, cell.underline_color)?;
            codes.put(b"m")?;
            underline = cell.underline_color;
        }
        codes.put(symbol)?;
    }
    // Foreground, background and underline colour reset one by one, then every attribute.
    for layer in [Layer::Fore, Layer::Back, Layer::Under] {
        codes.put(b"\x1b[")?;
        codes.colour(layer, Color::Reset)?;
        codes.put(b"m")?;
    }
    codes.put(b"\x1b[0m")
}

/// The length of the cursor move to `(x, y)`: `ESC [ row ; column H`. A gap no longer than
/// this is written as spaces.
fn move_len(x: u16, y: u16) -> u16 {
    let digits = |n: u16| match n {
        0..=9 => 1,
        10..=99 => 2,
        100..=999 => 3,
        1000..=9999 => 4,
        _ => 5,
    };
    4 + digits(y.saturating_add(1)) + digits(x.saturating_add(1))
}

/// The codes, written piece by piece to `out`: a buffered writer (the terminal's), which
/// gathers a frame into one write.
struct Codes<'w, W: Write> {
    out: &'w mut W,
    colours: bool,
}

/// Which colour an SGR code sets.
#[derive(Clone, Copy)]
enum Layer {
    Fore,
    Back,
    Under,
}

impl<W: Write> Codes<'_, W> {
    #[inline]
    fn put(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.out.write_all(bytes)
    }

    /// `n` in decimal.
    fn number(&mut self, n: u16) -> io::Result<()> {
        let mut digits = [0u8; 5];
        let mut start = digits.len();
        let mut rest = n;
        loop {
            start -= 1;
            digits[start] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        self.put(&digits[start..])
    }

    /// crossterm's `MoveTo(x, y)`: row then column, both from 1 (u16 sums, so they wrap as
    /// crossterm's do in release builds).
    fn move_to(&mut self, x: u16, y: u16) -> io::Result<()> {
        self.put(b"\x1b[")?;
        self.number(y.wrapping_add(1))?;
        self.put(b";")?;
        self.number(x.wrapping_add(1))?;
        self.put(b"H")
    }

    /// The SGR parameters crossterm's `Colored` writes for `color` (nothing when colours are
    /// off). ratatui's named colours become crossterm's, which crossterm writes as 256-colour
    /// indices 0 to 15 (`38;5;1` for ratatui's `Red`, not `31`); ratatui's order of the 16
    /// is the index order. Reset is `39`, `49` or `59`.
    fn colour(&mut self, layer: Layer, color: Color) -> io::Result<()> {
        if !self.colours {
            return Ok(());
        }
        let (reset, indexed, rgb): (&[u8], &[u8], &[u8]) = match layer {
            Layer::Fore => (b"39", b"38;5;", b"38;2;"),
            Layer::Back => (b"49", b"48;5;", b"48;2;"),
            Layer::Under => (b"59", b"58;5;", b"58;2;"),
        };
        let Some(index) = palette_index(color) else {
            return match color {
                Color::Rgb(r, g, b) => {
                    self.put(rgb)?;
                    self.number(r.into())?;
                    self.put(b";")?;
                    self.number(g.into())?;
                    self.put(b";")?;
                    self.number(b.into())
                }
                _ => self.put(reset),
            };
        };
        self.put(indexed)?;
        self.number(index.into())
    }

    /// ratatui-crossterm's `ModifierDiff`, in its order: what is removed first, then what is
    /// added. Bold and dim are both undone by one "normal intensity" (22), after which the
    /// one of them that stays is set again (dim before bold), and not again among the added.
    fn modifier_change(&mut self, from: Modifier, to: Modifier) -> io::Result<()> {
        let removed = from - to;
        if removed.contains(Modifier::REVERSED) {
            self.put(b"\x1b[27m")?;
        }
        let reset_intensity = removed.intersects(Modifier::BOLD | Modifier::DIM);
        if reset_intensity {
            self.put(b"\x1b[22m")?;
            if to.contains(Modifier::DIM) {
                self.put(b"\x1b[2m")?;
            }
            if to.contains(Modifier::BOLD) {
                self.put(b"\x1b[1m")?;
            }
        }
        if removed.contains(Modifier::ITALIC) {
            self.put(b"\x1b[23m")?;
        }
        if removed.contains(Modifier::UNDERLINED) {
            self.put(b"\x1b[24m")?;
        }
        if removed.contains(Modifier::CROSSED_OUT) {
            self.put(b"\x1b[29m")?;
        }
        if removed.contains(Modifier::HIDDEN) {
            self.put(b"\x1b[28m")?;
        }
        if removed.intersects(Modifier::SLOW_BLINK | Modifier::RAPID_BLINK) {
            self.put(b"\x1b[25m")?;
        }

        let added = to - from;
        if added.contains(Modifier::REVERSED) {
            self.put(b"\x1b[7m")?;
        }
        if added.contains(Modifier::BOLD) && !reset_intensity {
            self.put(b"\x1b[1m")?;
        }
        if added.contains(Modifier::ITALIC) {
            self.put(b"\x1b[3m")?;
        }
        if added.contains(Modifier::UNDERLINED) {
            self.put(b"\x1b[4m")?;
        }
        if added.contains(Modifier::DIM) && !reset_intensity {
            self.put(b"\x1b[2m")?;
        }
        if added.contains(Modifier::CROSSED_OUT) {
            self.put(b"\x1b[9m")?;
        }
        if added.contains(Modifier::HIDDEN) {
            self.put(b"\x1b[8m")?;
        }
        if added.contains(Modifier::SLOW_BLINK) {
            self.put(b"\x1b[5m")?;
        }
        if added.contains(Modifier::RAPID_BLINK) {
            self.put(b"\x1b[6m")?;
        }
        Ok(())
    }
}

/// The terminal palette index a colour is drawn with: ratatui's 16 named colours in their
/// index order, and an indexed colour as itself. None for the default colour and for RGB.
pub fn palette_index(color: Color) -> Option<u8> {
    Some(match color {
        Color::Reset | Color::Rgb(..) => return None,
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
        Color::Indexed(index) => index,
    })
}

#[cfg(test)]
mod tests {
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
}
