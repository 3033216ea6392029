//! Properties over random sessions: whatever a person presses, at whatever size, in either
//! language, lantern never panics, and help is always one key away with 988 first.

use crate::common;

use std::time::Duration;

use lantern::app::{Action, App, Overlay};
use lantern::config::{Mode, Settings};
use lantern::i18n::Lang;
use proptest::prelude::*;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn key_strategy() -> impl Strategy<Value = KeyEvent> {
    let code = prop_oneof![
        any::<char>().prop_map(KeyCode::Char),
        proptest::sample::select(vec![
            'q', 'j', 'k', 'g', 'G', 'n', 'p', '?', '!', ' ', '0', '1', '2', '3', '9', '/', 'w',
            's', 'o', 'd', 'h', 'N', 'e', 'x', 'c', 'y', 'n', 'x', '\\', 'z', 'l'
        ])
        .prop_map(KeyCode::Char),
        proptest::sample::select(vec![
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::PageUp,
            KeyCode::PageDown,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Tab,
            KeyCode::Backspace,
        ]),
    ];
    let modifiers = proptest::sample::select(vec![
        KeyModifiers::NONE,
        KeyModifiers::SHIFT,
        KeyModifiers::CONTROL,
        KeyModifiers::ALT,
    ]);
    (code, modifiers).prop_map(|(code, modifiers)| KeyEvent::new(code, modifiers))
}

#[derive(Debug, Clone)]
enum Step {
    Key(KeyEvent),
    Resize(u16, u16),
    Click(u16, u16),
    Wheel(bool),
    /// Time passing, in tenths of a second.
    Tick(u16),
}

fn step_strategy() -> impl Strategy<Value = Step> {
    prop_oneof![
        8 => key_strategy().prop_map(Step::Key),
        1 => (0u16..300, 0u16..100).prop_map(|(w, h)| Step::Resize(w, h)),
        2 => (0u16..260, 0u16..90).prop_map(|(x, y)| Step::Click(x, y)),
        1 => any::<bool>().prop_map(Step::Wheel),
        1 => (1u16..600).prop_map(Step::Tick),
    ]
}

fn run(app: &mut App, steps: &[Step]) {
    // One off-screen terminal, resized with the app, as a real terminal would be.
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(
        app.area.width,
        app.area.height,
    ))
    .expect("test terminal");
    for step in steps {
        let action = match step {
            Step::Key(key) => app.action_for(key),
            Step::Resize(width, height) => Some(Action::Resize {
                width: *width,
                height: *height,
            }),
            Step::Click(column, row) => Some(lantern::app::clicks::click(app, *column, *row)),
            Step::Wheel(down) => Some(Action::Wheel { down: *down }),
            Step::Tick(tenths) => Some(Action::Tick(Duration::from_millis(
                u64::from(*tenths) * 100,
            ))),
        };
        let before = app.clone();
        if let Some(action) = action {
            app.update(action);
        }
        // A kiosk left alone past its idle time and countdown keeps no answer.
        if let (Step::Tick(tenths), Mode::Kiosk) = (step, app.mode()) {
            let waited = before.clocks.idle + Duration::from_millis(u64::from(*tenths) * 100);
            if waited >= app.settings.idle_timeout + app.settings.countdown {
                assert!(app.is_pristine(), "not wiped after {waited:?} idle");
                assert!(app.self_check.answers.iter().all(Option::is_none));
                assert!(app.search.query.is_empty());
                // Only an open crisis panel stays, over the fresh start.
                assert!(app.overlays.iter().all(|o| o.kind == Overlay::Crisis));
            }
        }
        // Nothing a visitor can do quits a kiosk (it has a PIN here, never typed).
        assert!(
            !(app.mode() == Mode::Kiosk && app.should_quit),
            "a kiosk quit after {step:?}"
        );
        // Quitting ends a real session; here it is reset so the walk can go on.
        app.should_quit = false;
        if let Step::Resize(width, height) = step {
            terminal.backend_mut().resize(*width, *height);
        }
        terminal
            .draw(|frame| frame.render_widget(&*app, frame.area()))
            .expect("draw");
    }
}

/// One random session: run it, then check that help is one key away with 988 first and
/// that closing it gives everything back.
fn check_session(
    mode: Mode,
    spanish: bool,
    mouse: bool,
    width: u16,
    height: u16,
    steps: &[Step],
) -> Result<(), TestCaseError> {
    // Both languages loaded, as in the real binary, starting in one of them.
    let mut app = common::app_with_languages(
        Settings {
            mode,
            lang: if spanish { Lang::Es } else { Lang::En },
            mouse,
            admin_pin: Some("73915".into()),
            idle_timeout: Duration::from_secs(30),
            countdown: Duration::from_secs(10),
            ..Settings::default()
        },
        width,
        height,
    );
    run(&mut app, steps);

    let before = app.clone();
    let mut crisis_keys = vec![KeyEvent::new(KeyCode::Char('g'), KeyModifiers::CONTROL)];
    // `!` is the crisis key everywhere except inside a text field, where it is typed.
    if !before.context().is_text_entry() {
        crisis_keys.push(KeyEvent::new(KeyCode::Char('!'), KeyModifiers::SHIFT));
    }
    for crisis_key in crisis_keys {
        let mut app = before.clone();
        prop_assert_eq!(app.action_for(&crisis_key), Some(Action::OpenCrisis));
        // Under the cover, an open panel is hidden: the key opens a panel over the cover.
        let was_on_top = app.top_overlay() == Some(Overlay::Crisis) && !app.cover_on_top();
        app.update(Action::OpenCrisis);
        if was_on_top {
            // Already showing: pressing it again changes nothing, and Esc would close it.
            prop_assert_eq!(&app, &before);
            continue;
        }
        prop_assert_eq!(app.top_overlay(), Some(Overlay::Crisis));
        prop_assert_eq!(app.overlay_scroll(), 0);
        if app.area.width >= 3 && app.area.height >= 1 {
            let screen = common::screen_text(&app).join("\n");
            prop_assert!(
                screen.contains("988"),
                "no 988 at {:?}:\n{}",
                app.area,
                screen
            );
            // 988 is above every other resource that is on screen, in the language shown.
            let at = |needle: &str| screen.find(needle);
            let name_start = |i: usize| {
                app.pack.crisis[i]
                    .name
                    .split(' ')
                    .take(2)
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            if let (Some(lifeline), Some(other)) = (at(&name_start(0)), at(&name_start(1))) {
                prop_assert!(lifeline < other);
            }
        }
        // Closing it gives back exactly what was there.
        let esc = KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE);
        if let Some(action) = app.action_for(&esc) {
            app.update(action);
        }
        prop_assert_eq!(&app, &before);
    }
    Ok(())
}

// Three modes, 14 sessions each of 250 to 500 steps, each in English and in Spanish (and
// `l` switches between them): over 20,000 events, each one drawn. Separate tests so they
// run in parallel.
proptest! {
    #![proptest_config(ProptestConfig { cases: 14, ..ProptestConfig::default() })]

    #[test]
    fn personal_sessions_never_panic_and_help_is_one_key_away(
        steps in proptest::collection::vec(step_strategy(), 250..=500),
        width in 0u16..260,
        height in 0u16..90,
        mouse in any::<bool>(),
    ) {
        for spanish in [false, true] {
            check_session(Mode::Personal, spanish, mouse, width, height, &steps)?;
        }
    }

    #[test]
    fn counselor_sessions_never_panic_and_help_is_one_key_away(
        steps in proptest::collection::vec(step_strategy(), 250..=500),
        width in 0u16..260,
        height in 0u16..90,
        mouse in any::<bool>(),
    ) {
        for spanish in [false, true] {
            check_session(Mode::Counselor, spanish, mouse, width, height, &steps)?;
        }
    }

    #[test]
    fn kiosk_sessions_never_panic_never_quit_and_wipe_when_idle(
        steps in proptest::collection::vec(step_strategy(), 250..=500),
        width in 0u16..260,
        height in 0u16..90,
        mouse in any::<bool>(),
    ) {
        for spanish in [false, true] {
            check_session(Mode::Kiosk, spanish, mouse, width, height, &steps)?;
        }
    }
}
