//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod fixture;
pub mod pty;

use lantern::app::{Action, App};
use lantern::content::Pack;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::Terminal;

pub fn builtin() -> Pack {
    match lantern::content::load(None) {
        Ok(loaded) => loaded.pack,
        Err(problems) => panic!("built-in pack does not load: {problems:#?}"),
    }
}

/// An app over the built-in pack, sized as a terminal of `width`×`height` would report.
pub fn app(width: u16, height: u16) -> App {
    let mut app = App::new(builtin());
    app.update(Action::Resize { width, height });
    app
}

pub fn apply(app: &mut App, actions: &[Action]) {
    for action in actions {
        app.update(*action);
    }
}

/// Draws the app into an off-screen terminal of its own size.
pub fn draw(app: &App) -> Terminal<TestBackend> {
    let mut terminal =
        Terminal::new(TestBackend::new(app.area.width, app.area.height)).expect("test backend");
    terminal
        .draw(|frame| frame.render_widget(app, frame.area()))
        .expect("draw");
    terminal
}

pub fn buffer_lines(buffer: &Buffer) -> Vec<String> {
    let area = buffer.area;
    (0..area.height)
        .map(|y| {
            let mut line = String::new();
            for x in 0..area.width {
                line.push_str(buffer[(x, y)].symbol());
            }
            line
        })
        .collect()
}

pub fn screen_text(app: &App) -> Vec<String> {
    buffer_lines(draw(app).backend().buffer())
}

/// The row of the first screen line containing `needle`.
pub fn row_of(lines: &[String], needle: &str) -> Option<usize> {
    lines.iter().position(|l| l.contains(needle))
}
