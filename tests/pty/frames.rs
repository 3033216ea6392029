//! Scrolled text is moved with the terminal's scrolling regions; the screen must end up
//! exactly as a full repaint of the same state would draw it, cell by cell and style by style.

use crate::common;
use crate::common::emulator::Emulator;
use crate::common::pty::PtySession;
use lantern::app::{Action, App};
use lantern::config::ThemeName;
use lantern::frames::Frames;
use proptest::prelude::*;
use ratatui::layout::Rect;

/// A terminal that draws every frame it is sent.
struct Screen {
    frames: Frames<Vec<u8>>,
    terminal: Emulator,
}

impl Screen {
    fn new(width: u16, height: u16, scroll_regions: bool) -> Screen {
        let area = Rect::new(0, 0, width, height);
        Screen {
            frames: Frames::new(Vec::new(), area, scroll_regions),
            terminal: Emulator::new(width, height),
        }
    }

    /// Draws `app`, and says how many bytes that sent.
    fn draw(&mut self, app: &App) -> usize {
        self.frames.draw(app).expect("draw");
        let bytes = std::mem::take(self.frames.out());
        self.terminal.process(&bytes);
        bytes.len()
    }
}

/// What a full repaint of `app` looks like.
fn repainted(app: &App, width: u16, height: u16) -> Vec<String> {
    let mut fresh = Screen::new(width, height, false);
    fresh.draw(app);
    fresh.terminal.styled_rows()
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
                    screen.terminal.resize(w, h);
                    app.update(Action::Resize { width: w, height: h });
                }
            }
            screen.draw(&app);
            prop_assert_eq!(screen.terminal.styled_rows(), repainted(&app, width, height));
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
        assert_eq!(moved.terminal.styled_rows(), repaint.terminal.styled_rows());
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

/// Found by the property above: in the mono theme the keys panel's bottom label was bold
/// and dim at once, which a terminal shows as bold or as dim depending on which it was
/// told last, so a partial redraw and a repaint disagreed.
#[test]
fn the_keys_panels_label_redraws_as_a_repaint_would_in_mono() {
    let settings = lantern::config::Settings {
        theme: ThemeName::Mono,
        ..lantern::config::Settings::default()
    };
    let mut app = common::app_with(settings, 80, 24);
    common::apply(&mut app, &[Action::Choose(0), Action::Digit(4)]);
    let mut screen = Screen::new(80, 24, true);
    screen.draw(&app);
    for action in [Action::ToggleHelp, Action::PageDown, Action::Up] {
        app.update(action);
        screen.draw(&app);
        assert_eq!(
            screen.terminal.styled_rows(),
            repainted(&app, 80, 24),
            "{action:?}"
        );
    }
}
