//! The terminal emulator every test reads a screen through (vt100): the screen as a person
//! at a terminal sees it, from the bytes lantern wrote.

use std::num::NonZeroU16;

pub struct Emulator {
    parser: vt100::Parser,
}

impl Emulator {
    /// A blank terminal of `cols`×`rows`.
    pub fn new(cols: u16, rows: u16) -> Emulator {
        Emulator {
            parser: vt100::Parser::new(nonzero(rows), nonzero(cols), 0),
        }
    }

    pub fn process(&mut self, bytes: &[u8]) {
        self.parser.process(bytes);
    }

    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.parser.set_size(nonzero(rows), nonzero(cols));
    }

    /// The screen, for its modes (alternate screen, cursor, mouse capture).
    pub fn screen(&self) -> &vt100::Screen {
        self.parser.screen()
    }

    /// The text on screen.
    pub fn contents(&self) -> String {
        self.parser.screen().contents()
    }

    /// The text on screen, row by row.
    pub fn rows(&self) -> Vec<String> {
        let (_, cols) = self.parser.screen().size();
        self.parser.screen().rows(0, cols.get()).collect()
    }

    /// Every cell's text and style, row by row. A blank cell is a space whether it was
    /// erased or written as one: a person cannot tell them apart.
    pub fn styled_rows(&self) -> Vec<String> {
        let screen = self.parser.screen();
        let (rows, cols) = screen.size();
        (0..rows.get())
            .map(|row| {
                (0..cols.get())
                    .map(|col| match screen.cell(row, col) {
                        Some(c) => format!(
                            "{}|{:?}|{:?}|{}{}{}{}",
                            if c.contents().is_empty() {
                                " "
                            } else {
                                c.contents()
                            },
                            c.fgcolor(),
                            c.bgcolor(),
                            u8::from(c.bold()),
                            u8::from(c.italic()),
                            u8::from(c.underline()),
                            u8::from(c.inverse())
                        ),
                        None => String::new(),
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }
}

pub fn nonzero(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).unwrap_or(NonZeroU16::MIN)
}
