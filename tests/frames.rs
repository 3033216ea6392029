//! Scrolled text is moved with the terminal's scrolling regions; the screen must end up
//! exactly as a full repaint of the same state would draw it, cell by cell and style by style.

mod common;

use std::cell::RefCell;
use std::io::Write;
use std::num::NonZeroU16;
use std::rc::Rc;

use common::pty::PtySession;
use lantern::app::{Action, App};
use lantern::config::ThemeName;
use lantern::frames::Frames;
use proptest::prelude::*;
use ratatui::layout::Rect;

/// Bytes written, shared with the test that reads them.
#[derive(Clone, Default)]
struct Sink(Rc<RefCell<Vec<u8>>>);

impl Write for Sink {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A terminal that draws every frame it is sent, and how many bytes it was sent.
struct Screen {
    frames: Frames<Sink>,
    sink: Sink,
    parser: vt100::Parser,
    sent: usize,
}

impl Screen {
    fn new(width: u16, height: u16, scroll_regions: bool) -> Screen {
        let area = Rect::new(0, 0, width, height);
        let sink = Sink::default();
        Screen {
            frames: Frames::new(sink.clone(), area, scroll_regions),
            sink,
            parser: vt100::Parser::new(nonzero(height), nonzero(width), 0),
            sent: 0,
        }
    }

    fn draw(&mut self, app: &App) -> usize {
        self.frames.draw(app).expect("draw");
        let bytes = std::mem::take(&mut *self.sink.0.borrow_mut());
        self.parser.process(&bytes);
        self.sent += bytes.len();
        bytes.len()
    }
}

fn nonzero(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).unwrap_or(NonZeroU16::MIN)
}

/// Every cell's text and style, row by row. A blank cell is a space whether it was erased
/// or written as one: a person cannot tell them apart.
fn cells(parser: &vt100::Parser) -> Vec<String> {
    let screen = parser.screen();
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

/// What a full repaint of `app` looks like.
fn repainted(app: &App, width: u16, height: u16) -> Vec<String> {
    let mut fresh = Screen::new(width, height, false);
    fresh.draw(app);
    cells(&fresh.parser)
}

#[derive(Debug, Clone, Copy)]
enum Step {
    Act(Action),
    Resize(u16, u16),
}

fn step() -> impl Strategy<Value = Step> {
    use Action::*;
    prop_oneof![
        6 => prop::sample::select(vec![Down, Up, PageDown, PageUp, Top, Bottom]).prop_map(Step::Act),
        1 => prop::sample::select(vec![
            NextSection, PreviousSection, OpenGlossary, OpenSources, Back, OpenCrisis,
            ToggleHelp, TogglePrompts,
        ]).prop_map(Step::Act),
        1 => (1u8..=11).prop_map(|d| Step::Act(Digit(d % 10))),
        1 => (30u16..140, 8u16..50).prop_map(|(w, h)| Step::Resize(w, h)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// After any run of scrolls, section changes, panels and resizes, the terminal shows
    /// what a full repaint would, in each theme and in counselor mode (prompts below the
    /// text shorten the region).
    #[test]
    fn scrolling_regions_leave_the_screen_as_a_repaint_would(
        steps in prop::collection::vec(step(), 1..60),
        theme in prop::sample::select(vec![ThemeName::Default, ThemeName::HighContrast, ThemeName::Mono]),
        counselor in any::<bool>(),
    ) {
        let mode = if counselor {
            lantern::config::Mode::Counselor
        } else {
            lantern::config::Mode::Personal
        };
        let settings = lantern::config::Settings {
            theme,
            mode,
            ..lantern::config::Settings::default()
        };
        let (mut width, mut height) = (80, 24);
        let mut app = common::app_with(settings, width, height);
        common::apply(&mut app, &[Action::Choose(0), Action::Digit(4)]);
        let mut screen = Screen::new(width, height, true);
        screen.draw(&app);
        for step in steps {
            match step {
                Step::Act(action) => { app.update(action); }
                Step::Resize(w, h) => {
                    width = w;
                    height = h;
                    screen.frames.resize(Rect::new(0, 0, w, h)).expect("resize");
                    screen.parser.screen_mut().set_size(nonzero(h), nonzero(w));
                    app.update(Action::Resize { width: w, height: h });
                }
            }
            screen.draw(&app);
            prop_assert_eq!(cells(&screen.parser), repainted(&app, width, height));
        }
    }
}

/// The point of it: one line down sends about one line, not a page.
#[test]
fn one_line_down_sends_a_line_not_a_page() {
    for (width, height) in [(80, 24), (200, 60)] {
        let mut app = common::app(width, height);
        common::apply(&mut app, &[Action::Choose(0), Action::Digit(4)]);
        let mut moved = Screen::new(width, height, true);
        let mut repaint = Screen::new(width, height, false);
        moved.draw(&app);
        repaint.draw(&app);
        app.update(Action::Down);
        let with_regions = moved.draw(&app);
        let without = repaint.draw(&app);
        assert!(
            with_regions * 4 < without,
            "{width}x{height}: {with_regions} bytes with scrolling regions, {without} without"
        );
        assert_eq!(cells(&moved.parser), cells(&repaint.parser));
    }
}

/// The real program in a pseudo-terminal: after a run of scroll keys the screen is what the
/// same keys draw in-process, and the same as with scrolling regions turned off.
#[test]
fn the_real_terminal_matches_a_full_redraw_after_scrolling() {
    let keys = [
        "j", "j", "j", " ", "k", "j", "\x1b[6~", "k", "k", "G", "\x1b[5~", "j", "g", "j",
    ];
    let mut screens = Vec::new();
    for regions in ["1", "0"] {
        let mut session =
            PtySession::start_with_env(&[], 80, 24, &[("LANTERN_SCROLL_REGIONS", regions)]);
        session.wait_for_text("Call or text 988");
        session.send("1");
        session.wait_for_text("Contents");
        session.send("3");
        session.wait_for_text("Section 3 of");
        for key in keys {
            session.send(key);
            session.settle();
        }
        screens.push(session.visible());
    }
    let mut app = common::app(80, 24);
    common::apply(&mut app, &[Action::Choose(0), Action::Digit(3)]);
    for key in ["j", "j", "j", " ", "k", "j"] {
        let event = ratatui::crossterm::event::KeyEvent::from(
            ratatui::crossterm::event::KeyCode::Char(key.chars().next().unwrap_or(' ')),
        );
        if let Some(action) = app.action_for(&event) {
            app.update(action);
        }
    }
    common::apply(
        &mut app,
        &[Action::PageDown, Action::Up, Action::Up, Action::Bottom],
    );
    common::apply(
        &mut app,
        &[Action::PageUp, Action::Down, Action::Top, Action::Down],
    );
    let expected = common::screen_text(&app)
        .iter()
        .map(|r| r.trim_end().to_string())
        .collect::<Vec<_>>()
        .join("\n");
    assert_eq!(screens[0], expected, "with scrolling regions");
    assert_eq!(screens[1], expected, "without");
}
