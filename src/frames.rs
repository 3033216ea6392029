//! The app drawn to the terminal by the frame writer (`crates/lantern-frames`): this glue
//! draws the app into the writer's buffer and tells it which rows show scrolled text
//! (`app::scroll_view`), so one line down is sent as "move these rows".

use std::io::{self, Write};

use lantern_frames::Scrolled;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use crate::app::App;
use crate::app::{scroll_view, ScrollView};

pub use lantern_frames::palette_index;

/// The largest screen lantern draws; a larger window is drawn in its top-left corner. It
/// bounds what a frame can take (a window can claim to be 65535×65535 cells).
pub const MAX_WIDTH: u16 = 400;
pub const MAX_HEIGHT: u16 = 150;

/// The part of a `width`×`height` terminal that lantern draws.
pub fn drawn_area(width: u16, height: u16) -> Rect {
    Rect::new(0, 0, width.min(MAX_WIDTH), height.min(MAX_HEIGHT))
}

pub struct Frames<W: Write> {
    writer: lantern_frames::Frames<W>,
    /// The scrolled text on screen, to notice when the next frame moves it.
    view: Option<ScrollView>,
    /// Off: every frame is a plain comparison (for terminals without scrolling regions, and
    /// to check that both ways give the same screen).
    scroll_regions: bool,
}

impl<W: Write> Frames<W> {
    /// Frames for a screen of `area` that is blank now (just cleared).
    pub fn new(out: W, area: Rect, scroll_regions: bool) -> Self {
        Frames {
            writer: lantern_frames::Frames::new(out, area),
            view: None,
            scroll_regions,
        }
    }

    pub fn area(&self) -> Rect {
        self.writer.area()
    }

    /// The terminal, for the codes that change its modes rather than draw.
    pub fn out(&mut self) -> &mut W {
        self.writer.out()
    }

    /// A new size: the terminal is cleared and the next frame drawn whole.
    pub fn resize(&mut self, area: Rect) -> io::Result<()> {
        self.view = None;
        self.writer.resize(area)
    }

    /// Draws the app as it is now, writing only what changed, in one write to the terminal.
    pub fn draw(&mut self, app: &App) -> io::Result<()> {
        let area = self.writer.area();
        let view = scroll_view(app, area);
        let scrolled = match (self.scroll_regions, self.view.take(), &view) {
            (true, Some(before), Some(now)) => before.moved_to(now).map(|by| Scrolled {
                rows: now.top..now.bottom,
                by,
            }),
            _ => None,
        };
        self.writer
            .draw(|buffer| app.render(area, buffer), scrolled)?;
        self.view = view;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_frame_with_nothing_changed_writes_nothing() {
        let Ok(loaded) = crate::builtin::load(crate::i18n::Lang::En) else {
            panic!("the built-in pack loads");
        };
        let mut app = App::new(loaded.pack);
        app.update(crate::app::Action::Resize {
            width: 80,
            height: 24,
        });
        let mut frames = Frames::new(Vec::new(), Rect::new(0, 0, 80, 24), true);
        assert!(frames.draw(&app).is_ok());
        let first = frames.out().len();
        assert!(first > 500, "the first frame is written: {first} bytes");
        assert!(frames.draw(&app).is_ok());
        assert_eq!(
            frames.out().len(),
            first,
            "the same frame again writes nothing"
        );
        app.update(crate::app::Action::OpenCrisis);
        assert!(frames.draw(&app).is_ok());
        let after = frames.out()[first..].to_vec();
        assert!(String::from_utf8_lossy(&after).contains("988"));
        // Every frame that writes ends with everything reset.
        assert!(after.ends_with(b"\x1b[0m"));
    }
}
