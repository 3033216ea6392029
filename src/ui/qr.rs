//! QR codes drawn in terminal cells, for a phone's camera: each cell is two modules, one
//! above the other (the upper half block, its colour the upper module, its background the
//! lower; a space in that colour when the two are alike), dark modules black and light ones white whatever the terminal's own colours, with
//! a quiet margin around, as scanners need.

use qrcode::{Color as Module, EcLevel, QrCode};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};

/// Light modules around the code, on each side. The standard asks for four; two is what
/// phone cameras need on a screen, and keeps the code small enough for a panel.
const QUIET: usize = 2;

/// A code laid out in cells: `rows` of cells, each its (upper, lower) module dark or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrCells {
    pub rows: Vec<Vec<(bool, bool)>>,
}

impl QrCells {
    /// The code for `payload`, or none when it is too long for any QR code. The last one
    /// made is kept: the panel asks again at every key and frame while it is open.
    pub fn of(payload: &str) -> Option<QrCells> {
        thread_local! {
            static LAST: std::cell::RefCell<Option<(String, Option<QrCells>)>> =
                const { std::cell::RefCell::new(None) };
        }
        LAST.with(|last| {
            let mut last = last.borrow_mut();
            if let Some((made_for, code)) = last.as_ref() {
                if made_for == payload {
                    return code.clone();
                }
            }
            let code = Self::encode(payload);
            *last = Some((payload.to_string(), code.clone()));
            code
        })
    }

    fn encode(payload: &str) -> Option<QrCells> {
        let code = QrCode::with_error_correction_level(payload, EcLevel::M).ok()?;
        let width = code.width();
        let size = width + 2 * QUIET;
        let dark = |x: usize, y: usize| {
            x >= QUIET
                && y >= QUIET
                && x - QUIET < width
                && y - QUIET < width
                && code[(x - QUIET, y - QUIET)] == Module::Dark
        };
        let rows = (0..size.div_ceil(2))
            .map(|row| {
                (0..size)
                    .map(|x| (dark(x, 2 * row), dark(x, 2 * row + 1)))
                    .collect()
            })
            .collect();
        Some(QrCells { rows })
    }

    pub fn width(&self) -> u16 {
        self.rows
            .first()
            .map_or(0, |row| u16::try_from(row.len()).unwrap_or(u16::MAX))
    }

    pub fn height(&self) -> u16 {
        u16::try_from(self.rows.len()).unwrap_or(u16::MAX)
    }

    /// Draws the code's rows from `first` on, with its top-left cell at `at`, clipped to
    /// `clip`. Nothing is drawn where the whole code does not fit across.
    pub fn render(&self, first: usize, at: (u16, u16), clip: Rect, buf: &mut Buffer) {
        if at.0 < clip.x || at.0.saturating_add(self.width()) > clip.right() {
            return;
        }
        let shade = |dark: bool| if dark { Color::Black } else { Color::White };
        for (i, row) in self.rows.iter().skip(first).enumerate() {
            let Some(y) = u16::try_from(i).ok().and_then(|i| at.1.checked_add(i)) else {
                return;
            };
            if y < clip.y || y >= clip.bottom() {
                continue;
            }
            for (x, &(upper, lower)) in (at.0..).zip(row) {
                if let Some(cell) = buf.cell_mut((x, y)) {
                    // Two alike are a plain cell of that colour: no character to read.
                    let symbol = if upper == lower { " " } else { "▀" };
                    cell.set_symbol(symbol)
                        .set_style(Style::new().fg(shade(upper)).bg(shade(lower)));
                }
            }
        }
    }
}
