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

use ratatui::buffer::{Cell, CellDiffOption};
use ratatui::crossterm::style::Colored;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};

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

/// Whether `cell` equals [`Cell::EMPTY`] (a space, or no symbol, in the default style).
#[inline(always)]
pub fn is_blank(cell: &Cell) -> bool {
    #[allow(deprecated)]
    let skip = cell.skip;
    // `matches!` tests the variant alone, where `==` on a `Color` goes through its derived
    // comparison.
    matches!(cell.fg, Color::Reset)
        && matches!(cell.bg, Color::Reset)
        && cell.modifier.is_empty()
        && matches!(cell.underline_color, Color::Reset)
        && matches!(cell.diff_option, CellDiffOption::None)
        && !skip
        && cell.symbol() == " "
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
#[path = "escapes_tests.rs"]
mod tests;
