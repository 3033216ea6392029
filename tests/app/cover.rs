//! The cover key (Ctrl-W): a neutral page at once, from anywhere, that says nothing about
//! health; help still one key away on it; the same key brings back exactly what was there,
//! except in a kiosk, where covering wipes the session.

use crate::common;

use lantern::app::{Action, App, Overlay};
use lantern::config::Mode;
use lantern::input::keymap::Context;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn ctrl_w() -> KeyEvent {
    KeyEvent::new(KeyCode::Char('w'), KeyModifiers::CONTROL)
}

fn press(app: &mut App, key: KeyEvent) {
    let action = app.action_for(&key).unwrap_or(Action::Activity);
    app.update(action);
}

/// Words that would tell someone walking up what the person was reading.
const TELLING: [&str; 13] = [
    "988",
    "depress",
    "ketamin",
    "suicid",
    "crisi",
    "lantern",
    "self-check",
    "health",
    "salud",
    "question",
    "pregunta",
    "therapy",
    "terapia",
];

fn assert_neutral(app: &App) {
    let screen = common::screen_text(app).join("\n").to_lowercase();
    for word in TELLING {
        assert!(
            !screen.contains(word),
            "the cover shows {word:?}:\n{screen}"
        );
    }
    assert!(
        screen.contains('!'),
        "the cover's footer says how to get help:\n{screen}"
    );
}

/// Places a person may be when someone walks up: reading, mid-questionnaire with an
/// answer given, typing a search, and with the keys panel open.
fn places(mode: Mode) -> Vec<App> {
    let mut reading = common::app_in(mode, 80, 24);
    common::apply(
        &mut reading,
        &[Action::Choose(0), Action::Digit(3), Action::Down],
    );
    let mut questioning = common::app_in(mode, 80, 24);
    common::apply(
        &mut questioning,
        &[Action::Choose(1), Action::Select, Action::Choose(2)],
    );
    let mut searching = common::app_in(mode, 80, 24);
    common::apply(
        &mut searching,
        &[Action::OpenSearch, Action::Input('k'), Action::Input('e')],
    );
    let mut with_help = common::app_in(mode, 40, 12);
    common::apply(&mut with_help, &[Action::Choose(0), Action::ToggleHelp]);
    vec![reading, questioning, searching, with_help]
}

#[test]
fn ctrl_w_hides_everything_and_brings_it_back_exactly() {
    for mode in [Mode::Personal, Mode::Counselor] {
        for before in places(mode) {
            let mut app = before.clone();
            assert_eq!(app.action_for(&ctrl_w()), Some(Action::Cover));
            press(&mut app, ctrl_w());
            assert_eq!(app.context(), Context::Cover);
            assert_neutral(&app);
            // Keys that mean something elsewhere do nothing here, and reveal nothing.
            for key in ['j', '?', '1', 'h', 'N'] {
                press(
                    &mut app,
                    KeyEvent::new(KeyCode::Char(key), KeyModifiers::NONE),
                );
                assert_neutral(&app);
            }
            press(&mut app, KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
            assert_neutral(&app);
            press(&mut app, ctrl_w());
            assert_eq!(
                app, before,
                "{mode:?}: Ctrl-W again gives back what was there"
            );
        }
    }
}

#[test]
fn the_crisis_keys_work_on_the_cover_and_esc_goes_back_to_it() {
    for key in [
        KeyEvent::new(KeyCode::Char('!'), KeyModifiers::SHIFT),
        KeyEvent::new(KeyCode::Char('g'), KeyModifiers::CONTROL),
    ] {
        for before in places(Mode::Personal) {
            let mut app = before.clone();
            press(&mut app, ctrl_w());
            let covered = app.clone();
            assert_eq!(app.action_for(&key), Some(Action::OpenCrisis));
            press(&mut app, key);
            assert_eq!(app.top_overlay(), Some(Overlay::Crisis));
            let screen = common::screen_text(&app).join("\n");
            assert!(
                screen.contains("988"),
                "the crisis panel over the cover:\n{screen}"
            );
            press(&mut app, KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
            assert_eq!(app, covered, "closing the panel gives back the cover");
            press(&mut app, ctrl_w());
            assert_eq!(app, before);
        }
    }
}

#[test]
fn touching_the_covers_help_badge_opens_the_crisis_panel() {
    let mut app = common::app_in(Mode::Kiosk, 80, 24);
    press(&mut app, ctrl_w());
    let footer = app.area.height - 1;
    let action = lantern::app::clicks::click(&app, 1, footer);
    app.update(action);
    assert_eq!(app.top_overlay(), Some(Overlay::Crisis));
}

#[test]
fn in_a_kiosk_the_cover_wipes_the_session_and_any_key_starts_afresh() {
    let mut app = common::app_in(Mode::Kiosk, 80, 24);
    common::apply(
        &mut app,
        &[Action::Choose(1), Action::Select, Action::Choose(2)],
    );
    assert!(app.self_check.answers.iter().any(Option::is_some));
    press(&mut app, ctrl_w());
    assert!(
        app.self_check.answers.iter().all(Option::is_none),
        "answers wiped"
    );
    assert_neutral(&app);
    // No quit key in a kiosk, covered or not.
    press(
        &mut app,
        KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE),
    );
    assert!(!app.should_quit);
    assert!(app.covers.is_empty(), "any key takes the cover away");
    let fresh = common::app_in(Mode::Kiosk, 80, 24);
    assert_eq!(app.screen, fresh.screen);
    assert_eq!(app.self_check, fresh.self_check);
    // A touch anywhere but the help badge does the same.
    press(&mut app, ctrl_w());
    let action = lantern::app::clicks::click(&app, 40, 5);
    app.update(action);
    assert!(app.covers.is_empty());
}

#[test]
fn a_covered_kiosk_does_not_count_down_to_a_wipe() {
    let mut app = common::app_in(Mode::Kiosk, 80, 24);
    press(&mut app, ctrl_w());
    app.update(Action::Tick(app.settings.idle_timeout));
    assert_eq!(app.still_there(), None);
    assert_neutral(&app);
}

#[test]
fn the_keys_panel_lists_the_cover_key_and_what_it_cannot_hide() {
    for (mode, says) in [
        (Mode::Personal, "Ctrl-W again brings it"),
        (Mode::Kiosk, "and wipe the"),
    ] {
        let mut app = common::app_in(mode, 100, 60);
        app.update(Action::ToggleHelp);
        let screen = common::screen_text(&app).join("\n");
        assert!(screen.contains("Ctrl-W"), "{screen}");
        assert!(screen.contains(says), "{mode:?}:\n{screen}");
        assert!(
            screen.contains("cannot hide what someone already saw"),
            "{screen}"
        );
    }
}

#[test]
fn the_footer_names_the_cover_key_at_80_columns() {
    let app = common::app(80, 24);
    let screen = common::screen_text(&app);
    assert!(screen[23].contains("Ctrl-W hide"), "{:?}", screen[23]);
}

#[test]
fn the_spanish_cover_is_neutral_too() {
    let mut app = common::app_es(80, 24);
    common::apply(&mut app, &[Action::Choose(0), Action::Digit(2)]);
    press(&mut app, ctrl_w());
    assert_neutral(&app);
    assert!(common::screen_text(&app)
        .join("\n")
        .contains("Ctrl-W volver"));
}

#[test]
fn covering_the_crisis_panel_opened_over_the_cover_gives_each_back_in_turn() {
    for before in places(Mode::Personal) {
        let mut app = before.clone();
        press(&mut app, ctrl_w());
        let covered = app.clone();
        app.update(Action::OpenCrisis);
        let helped = app.clone();
        press(&mut app, ctrl_w());
        assert_neutral(&app);
        press(&mut app, ctrl_w());
        assert_eq!(app, helped, "the crisis panel over the cover, as it was");
        press(&mut app, KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
        assert_eq!(app, covered);
        press(&mut app, ctrl_w());
        assert_eq!(app, before);
    }
}

#[test]
fn ctrl_w_hides_the_screen_at_once_while_a_kiosk_asks_still_there() {
    let mut app = common::app_in(Mode::Kiosk, 80, 24);
    app.update(Action::Choose(3));
    app.update(Action::Tick(app.settings.idle_timeout));
    assert!(
        app.still_there().is_some(),
        "the kiosk asks whether someone is there"
    );
    press(&mut app, ctrl_w());
    assert!(app.cover_on_top(), "the key is not taken as only an answer");
    assert_neutral(&app);
    assert_eq!(
        app.screen,
        lantern::app::Screen::Welcome,
        "and the session is wiped"
    );
}
