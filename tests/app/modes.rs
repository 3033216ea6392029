//! The three modes through the app's state: what a kiosk, a counselor and a person at home
//! can do, and what each keeps or writes.

use crate::common;

use std::time::Duration;

use crate::common::{answer_calmly, app_in, app_with, apply, column_of, row_of, screen_text};
use lantern::app::clicks::{self as targets, Target};
use lantern::app::{Action::*, App, Confirm, Effect, Overlay, Screen, Stage};
use lantern::config::{Mode, SettingValue, Settings};
use lantern::store::Place;

fn tick(app: &mut lantern::app::App, seconds: u64) -> bool {
    let mut changed = false;
    // In steps, as the event loop sends them.
    for _ in 0..seconds * 10 {
        changed |= app.update(Tick(Duration::from_millis(100)));
    }
    changed
}

fn kiosk(pin: Option<&str>) -> lantern::app::App {
    app_with(
        Settings {
            mode: Mode::Kiosk,
            mouse: true,
            idle_timeout: Duration::from_secs(10),
            countdown: Duration::from_secs(5),
            admin_pin: pin.map(str::to_string),
            local_help: vec![lantern::config::LocalHelp::front_desk()],
            ..Settings::default()
        },
        80,
        24,
    )
}

// ---- kiosk ----------------------------------------------------------------------------------

#[test]
fn a_kiosk_cannot_be_quit_by_the_quit_action() {
    let mut app = kiosk(None);
    apply(&mut app, &[Quit, Back, Back, Quit]);
    assert!(!app.should_quit);
}

#[test]
fn idle_time_shows_a_countdown_then_wipes_everything() {
    let mut app = kiosk(None);
    answer_calmly(&mut app);
    apply(&mut app, &[Back, OpenSearch, Input('k'), Input('e'), Back]);
    assert!(app.self_check.answers.iter().any(Option::is_some));
    assert_eq!(app.still_there(), None);

    assert!(
        !tick(&mut app, 9),
        "nothing to see before the idle time is up"
    );
    assert!(tick(&mut app, 1), "the countdown appears");
    assert_eq!(app.still_there(), Some(5));
    let screen = screen_text(&app).join("\n");
    assert!(screen.contains("Still there?"), "{screen}");
    assert!(screen.contains("Starting over in 5 s"), "{screen}");
    assert!(screen.contains("988"), "help stays on screen: {screen}");
    tick(&mut app, 2);
    assert_eq!(app.still_there(), Some(3));
    assert!(screen_text(&app)
        .join("\n")
        .contains("Starting over in 3 s"));

    tick(&mut app, 3);
    assert_eq!(app.still_there(), None);
    assert!(app.is_pristine());
    assert_eq!(app.screen, Screen::Welcome);
    assert!(app.self_check.answers.iter().all(Option::is_none));
    assert!(app.search.query.is_empty());
    assert!(app.visited.is_empty());
    assert!(app.overlays.is_empty());
    assert!(app.back.is_empty());
    // Starting the self-check again finds nothing kept.
    apply(&mut app, &[Choose(1)]);
    let screen = screen_text(&app).join("\n");
    assert!(
        screen.contains("Touch this page, or press Enter, to start."),
        "{screen}"
    );
}

#[test]
fn any_input_answers_still_there_and_does_nothing_else_except_help() {
    let mut app = kiosk(None);
    apply(&mut app, &[Choose(0), Digit(3), PageDown]);
    let reading = app.clone();
    tick(&mut app, 11);
    assert!(app.still_there().is_some());
    assert!(app.update(Quit));
    assert_eq!(app.still_there(), None);
    assert_eq!(app, reading, "the key only answered the question");

    tick(&mut app, 11);
    assert!(app.update(Activity), "an unbound key answers it too");
    assert_eq!(app.still_there(), None);

    tick(&mut app, 11);
    apply(&mut app, &[OpenCrisis]);
    assert_eq!(app.still_there(), None);
    assert_eq!(
        app.top_overlay(),
        Some(Overlay::Crisis),
        "help opens at once"
    );

    tick(&mut app, 11);
    touch(&mut app, 40, 5);
    assert_eq!(app.still_there(), None, "a touch anywhere answers it");
    assert_eq!(app.top_overlay(), Some(Overlay::Crisis));
}

#[test]
fn an_untouched_kiosk_never_counts_down() {
    let mut app = kiosk(None);
    assert!(!tick(&mut app, 60));
    assert_eq!(app.still_there(), None);
}

#[test]
fn end_session_wipes_at_once_by_key_and_by_touch() {
    let mut app = kiosk(None);
    answer_calmly(&mut app);
    apply(&mut app, &[EndSession]);
    assert!(app.is_pristine());

    let mut app = kiosk(None);
    answer_calmly(&mut app);
    let row0 = screen_text(&app)[0].clone();
    let column = column_of(&row0, "End session").expect("the button is drawn");
    assert_eq!(targets::at(&app, column, 0), Some(Target::EndSession));
    touch(&mut app, column, 0);
    assert!(app.is_pristine());
}

#[test]
fn a_kiosk_saves_no_summary_and_has_no_settings() {
    let mut app = kiosk(None);
    answer_calmly(&mut app);
    apply(&mut app, &[SaveSummary, Handout, OpenSettings]);
    assert!(app.effects.is_empty());
    assert_ne!(app.screen, Screen::Settings);
    let screen = screen_text(&app).join("\n");
    assert!(!screen.contains("s save"), "{screen}");
}

#[test]
fn the_staff_exit_needs_the_pin_and_locks_after_wrong_tries() {
    let mut app = kiosk(None);
    apply(&mut app, &[AdminExit]);
    assert_eq!(app.top_overlay(), None, "no PIN configured: no staff exit");

    let mut app = kiosk(Some("2468"));
    apply(
        &mut app,
        &[AdminExit, Input('1'), Input('1'), Input('1'), Input('1')],
    );
    assert_eq!(app.top_overlay(), Some(Overlay::AdminPin));
    let screen = screen_text(&app).join("\n");
    assert!(
        screen.contains("PIN: ****_"),
        "typed digits never show: {screen}"
    );
    apply(&mut app, &[Select]);
    assert!(!app.should_quit);
    assert!(screen_text(&app).join("\n").contains("not right"));
    // Help is one key away even here, and closing it gives the field back.
    apply(&mut app, &[OpenCrisis]);
    assert_eq!(app.top_overlay(), Some(Overlay::Crisis));
    apply(&mut app, &[Back]);
    assert_eq!(app.top_overlay(), Some(Overlay::AdminPin));
    // Four more wrong tries lock it, even against the right PIN.
    for _ in 0..4 {
        apply(
            &mut app,
            &[Input('9'), Input('9'), Input('9'), Input('9'), Select],
        );
    }
    for c in "2468".chars() {
        app.update(Input(c));
    }
    apply(&mut app, &[Select]);
    assert!(!app.should_quit, "locked");
    assert!(screen_text(&app).join("\n").contains("Too many tries"));
    // Waiting out the idle time wipes the field but keeps the lock.
    tick(&mut app, 16);
    assert!(app.is_pristine());
    apply(&mut app, &[AdminExit]);
    for c in "2468".chars() {
        app.update(Input(c));
    }
    apply(&mut app, &[Select]);
    assert!(!app.should_quit, "still locked after a wipe");
    tick(&mut app, 61);
    apply(&mut app, &[AdminExit]);
    for c in "2468".chars() {
        app.update(Input(c));
    }
    apply(&mut app, &[Select]);
    assert!(app.should_quit, "the right PIN ends lantern");
}

#[test]
fn esc_forgets_a_half_typed_pin() {
    let mut app = kiosk(Some("2468"));
    apply(&mut app, &[AdminExit, Input('2'), Input('4'), Back]);
    assert!(app.pin.typed.is_empty());
    assert!(app.is_pristine());
}

#[test]
fn local_help_comes_right_after_988_in_a_kiosk_only() {
    let mut app = kiosk(None);
    apply(&mut app, &[OpenCrisis]);
    let screen = screen_text(&app);
    let lifeline = row_of(&screen, "988 Suicide & Crisis Lifeline").expect("988 shown");
    let desk = row_of(&screen, "Tell the front desk").expect("front desk shown");
    let emergency = row_of(&screen, "911").expect("911 shown");
    assert!(lifeline < desk && desk < emergency, "{screen:#?}");

    let mut app = app_in(Mode::Personal, 80, 24);
    app.settings.local_help = vec![lantern::config::LocalHelp::front_desk()];
    apply(&mut app, &[OpenCrisis]);
    assert!(row_of(&screen_text(&app), "Tell the front desk").is_none());
}

#[test]
fn touch_opens_items_choices_and_help() {
    let mut app = kiosk(None);
    let screen = screen_text(&app);
    // The footer's badge.
    assert_eq!(targets::at(&app, 2, 23), Some(Target::Crisis));
    touch(&mut app, 2, 23);
    assert_eq!(app.top_overlay(), Some(Overlay::Crisis));
    // The panel's close label, on its bottom border.
    let closing = screen_text(&app);
    let row = row_of(&closing, "[ Close ]").expect("a close label");
    let column = column_of(&closing[row], "Close").expect("found");
    touch(&mut app, column, u16::try_from(row).expect("fits"));
    assert_eq!(app.top_overlay(), None);
    // A welcome item.
    let row = u16::try_from(row_of(&screen, "Self-check —").expect("item")).expect("fits");
    touch(&mut app, 10, row);
    assert_eq!(app.screen, Screen::SelfCheck);
    // Touching the introduction starts; touching an answer gives it.
    touch(&mut app, 10, 5);
    assert_eq!(app.self_check.stage, Stage::Question(0));
    let screen = screen_text(&app);
    let row = u16::try_from(row_of(&screen, "   2 ").expect("second choice")).expect("fits");
    let before = app.self_check.answers.clone();
    touch(&mut app, 8, row);
    assert_eq!(app.self_check.stage, Stage::Question(1));
    assert_ne!(app.self_check.answers, before);
    // The header's Back button.
    touch(&mut app, 2, 0);
    assert_eq!(app.screen, Screen::Welcome);
    // The wheel scrolls the reader.
    apply(&mut app, &[Choose(0), Digit(1), Wheel { down: true }]);
    assert_eq!(app.reader.scroll, 3);
    apply(&mut app, &[Wheel { down: false }]);
    assert_eq!(app.reader.scroll, 0);
}

// ---- counselor -------------------------------------------------------------------------------

#[test]
fn two_digits_open_sections_ten_and_up() {
    let mut app = app_in(Mode::Counselor, 80, 24);
    apply(&mut app, &[Choose(0), Digit(1), Digit(1)]);
    assert_eq!(app.reader.section, 10);
    // A pause between digits makes them two separate jumps.
    apply(&mut app, &[Digit(1)]);
    tick(&mut app, 2);
    apply(&mut app, &[Digit(3)]);
    assert_eq!(app.reader.section, 2);
    // A digit with no section does nothing.
    apply(&mut app, &[Digit(0)]);
    assert_eq!(app.reader.section, 2);
}

#[test]
fn discussion_prompts_show_under_the_text() {
    let mut app = app_in(Mode::Counselor, 80, 24);
    apply(&mut app, &[Choose(0), Digit(2)]);
    let page = app.reader_page();
    apply(&mut app, &[TogglePrompts]);
    assert!(
        app.reader_page() < page,
        "the text gives room to the prompts"
    );
    let screen = screen_text(&app).join("\n");
    assert!(screen.contains("To talk about together"), "{screen}");
    let prompt = &app.pack.sections[1].prompts[0];
    assert!(screen.contains(&prompt[..20]), "{screen}");
    apply(&mut app, &[Bottom]);
    let screen = screen_text(&app).join("\n");
    let last = app.reader_lines().last().expect("lines").text();
    assert!(
        screen.contains(last.trim()),
        "the end is still reachable: {screen}"
    );
    apply(&mut app, &[TogglePrompts]);
    assert_eq!(app.reader_page(), page);

    // Not in personal mode.
    let mut app = app_in(Mode::Personal, 80, 24);
    apply(&mut app, &[Choose(0), Digit(2), TogglePrompts]);
    assert!(!screen_text(&app)
        .join("\n")
        .contains("To talk about together"));
}

#[test]
fn results_add_prompts_for_a_counselor_only() {
    for (mode, shown) in [(Mode::Counselor, true), (Mode::Personal, false)] {
        let mut app = app_in(mode, 80, 60);
        answer_calmly(&mut app);
        let screen = screen_text(&app).join("\n");
        assert_eq!(screen.contains("To talk about together"), shown, "{mode:?}");
    }
}

#[test]
fn the_handout_asks_before_including_results() {
    let mut app = app_in(Mode::Counselor, 80, 24);
    apply(&mut app, &[Choose(0), Digit(4), Digit(2), Handout]);
    assert_eq!(
        app.take_effects(),
        vec![Effect::SaveHandout {
            sections: vec![1, 3],
            answers: None,
            plan: None,
        }],
        "no answers: no question"
    );
    apply(&mut app, &[Back, Back]);
    answer_calmly(&mut app);
    apply(&mut app, &[Handout]);
    assert_eq!(
        app.top_overlay(),
        Some(Overlay::Confirm(Confirm::HandoutResults))
    );
    assert!(app.effects.is_empty());
    apply(&mut app, &[No]);
    assert_eq!(
        app.take_effects(),
        vec![Effect::SaveHandout {
            sections: vec![1, 3],
            answers: None,
            plan: None,
        }]
    );
    apply(&mut app, &[Handout, Yes]);
    let effects = app.take_effects();
    let [Effect::SaveHandout {
        answers: Some(answers),
        ..
    }] = effects.as_slice()
    else {
        panic!("{effects:?}");
    };
    assert_eq!(*answers, app.self_check.answers);
    apply(&mut app, &[Handout, Back]);
    assert!(app.effects.is_empty(), "Esc cancels the handout");
    // The file's words appear where the person will look.
    let shown = app.effect_done(&effects[0], Ok("/home/c/lantern-handout.txt".into()));
    assert!(shown);
    assert!(screen_text(&app)
        .join("\n")
        .contains("Handout saved to /home/c/lantern-handout.txt"));
}

#[test]
fn handout_text_has_the_sections_help_and_results_only_when_given() {
    let app = app_in(Mode::Counselor, 80, 24);
    let pack = &app.pack;
    let without = lantern::plain::handout(pack, &[3], None, None, "2026-11-22");
    assert!(without.starts_with("lantern handout, 2026-11-22"));
    assert!(without.contains(&format!("4. {}", pack.sections[3].title)));
    assert!(!without.contains(&pack.sections[0].title));
    assert!(without.contains("Key points:"));
    assert!(without.contains("Sources (the numbers in brackets above):"));
    assert!(!without.contains("SELF-CHECK"));
    let help = without.find("GET HELP NOW").expect("help listed");
    let lifeline = without
        .find("1. 988 Suicide & Crisis Lifeline")
        .expect("988 first");
    assert!(help < lifeline);
    // Wrapped for print; only a web address too long for a line is longer, kept whole.
    assert!(
        without
            .lines()
            .all(|l| l.chars().count() <= 78 || !l.trim().contains(' ')),
        "wrapped for print"
    );
    assert!(!without.contains('\u{1b}'));

    let mut answered = app.clone();
    answer_calmly(&mut answered);
    let with = lantern::plain::handout(pack, &[], Some(&answered.self_check.answers), None, "d");
    assert!(with.contains("We did not open any sections together"));
    assert!(with.contains("SELF-CHECK RESULTS (not a diagnosis)"));
    assert!(with.contains("Your answers:"));
    assert!(with.contains("any time, whatever your answers"));
}

#[test]
fn new_client_asks_then_wipes_everything() {
    let mut app = app_in(Mode::Counselor, 80, 24);
    answer_calmly(&mut app);
    apply(
        &mut app,
        &[
            Back,
            Choose(0),
            Digit(5),
            PageDown,
            TogglePrompts,
            NewClient,
        ],
    );
    assert_eq!(
        app.top_overlay(),
        Some(Overlay::Confirm(Confirm::NewClient))
    );
    apply(&mut app, &[No]);
    assert_eq!(app.screen, Screen::Reader, "no keeps everything");
    apply(&mut app, &[NewClient, Yes]);
    assert_eq!(app.screen, Screen::Welcome);
    assert!(app.self_check.answers.iter().all(Option::is_none));
    assert!(app.visited.is_empty());
    assert!(!app.reader.show_prompts);
    assert_eq!(app.reader.scroll, 0);
    assert!(screen_text(&app)
        .join("\n")
        .contains("Ready for the next client"));
    // Opening and closing the crisis panel loses nothing, not even a passing notice.
    let before = app.clone();
    apply(&mut app, &[OpenCrisis, Back]);
    assert_eq!(app, before);
    apply(&mut app, &[Down]);
    assert!(app.notice.is_none(), "the next thing done clears it");
}

// ---- personal --------------------------------------------------------------------------------

fn personal_with_file() -> lantern::app::App {
    app_with(
        Settings {
            config_file: Some("/tmp/lantern-test/config.toml".into()),
            ..Settings::default()
        },
        80,
        24,
    )
}

#[test]
fn settings_change_at_once_and_ask_to_be_saved() {
    let mut app = personal_with_file();
    apply(&mut app, &[OpenSettings]);
    assert_eq!(app.screen, Screen::Settings);
    apply(&mut app, &[Down, Select]);
    assert!(app.settings.ascii);
    assert_eq!(app.glyphs, lantern::document::ASCII);
    assert_eq!(
        app.take_effects(),
        vec![Effect::SaveSetting("ascii", SettingValue::Bool(true))]
    );
    let screen = screen_text(&app).join("\n");
    assert!(screen.contains("Characters: plain ASCII"), "{screen}");
    assert!(screen.contains("saved at once to /tmp/lantern-test/config.toml"));
    apply(&mut app, &[Bottom, Select]);
    assert!(app.settings.remember_place);
    let effects = app.take_effects();
    assert!(matches!(effects[0], Effect::SavePlace(_)), "{effects:?}");
    assert_eq!(
        effects[1],
        Effect::SaveSetting("remember_place", SettingValue::Bool(true))
    );
    apply(&mut app, &[Select]);
    assert_eq!(app.take_effects()[0], Effect::ForgetPlace);
}

#[test]
fn a_failed_save_is_reported_once() {
    let mut app = personal_with_file();
    apply(&mut app, &[OpenSettings, Select]);
    let effect = app.take_effects().remove(0);
    assert!(app.effect_done(&effect, Err(common::io_error("Permission denied"))));
    let screen = screen_text(&app).join("\n");
    assert!(
        screen.contains("Could not save settings (Permission denied)"),
        "{screen}"
    );
    apply(&mut app, &[Select]);
    let effect = app.take_effects().remove(0);
    assert!(!app.effect_done(&effect, Err(common::io_error("Permission denied"))));
    assert!(app.notice.is_none(), "said once only");
}

#[test]
fn counselor_settings_are_not_saved() {
    let mut app = app_with(
        Settings {
            mode: Mode::Counselor,
            config_file: Some("/tmp/x.toml".into()),
            ..Settings::default()
        },
        80,
        24,
    );
    apply(&mut app, &[OpenSettings, Select]);
    assert!(app.effects.is_empty());
    assert_eq!(app.setting_items().len(), 3, "no remember-my-place");
}

#[test]
fn a_saved_place_comes_back_as_continue_reading() {
    let mut app = personal_with_file();
    apply(&mut app, &[Choose(0), Digit(2), Digit(4), PageDown, Down]);
    let place = app.place();
    assert_eq!(place.section, app.pack.sections[3].id);
    assert_eq!(place.read.len(), 2);
    let top_line = app.reader_lines()[app.reader.scroll].text();

    // A new run, in a wider window: the same words at the top.
    let settings = Settings {
        remember_place: true,
        ..Settings::default()
    };
    let mut again = lantern::app::App::with_settings(common::builtin(), settings, Some(place));
    again.update(Resize {
        width: 120,
        height: 40,
    });
    let screen = screen_text(&again).join("\n");
    assert!(screen.contains("Continue reading"), "{screen}");
    apply(&mut again, &[Select]);
    assert_eq!(again.screen, Screen::Reader);
    assert_eq!(again.reader.section, 3);
    let shown = again.reader_lines()[again.reader.scroll].text();
    let first_word = top_line.split_whitespace().next().unwrap_or("");
    assert!(shown.contains(first_word), "{shown:?} vs {top_line:?}");
    // `1` is still Read with "Continue reading" above it.
    apply(&mut again, &[Back, Choose(0)]);
    assert_eq!(again.screen, Screen::Contents);
    assert!(screen_text(&again).join("\n").contains("read · "));
}

#[test]
fn a_place_in_a_changed_pack_is_ignored_safely() {
    let place = Place {
        section: "no-such-section".into(),
        block: 99,
        offset: 5,
        read: vec!["nope".into()],
    };
    let app = lantern::app::App::with_settings(common::builtin(), Settings::default(), Some(place));
    assert_eq!(app.welcome.resume, None);
    assert!(app.visited.is_empty());
}

#[test]
fn the_example_kiosk_config_and_unit_are_valid() {
    let config = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/kiosk/kiosk.toml");
    let flags = lantern::config::Flags {
        config: Some(config),
        ..lantern::config::Flags::default()
    };
    let settings = match lantern::config::resolve(&flags, &|_| None) {
        Ok(settings) => settings,
        Err(err) => panic!("the example kiosk config does not load:\n{err}"),
    };
    assert_eq!(settings.mode, Mode::Kiosk);
    assert!(settings.admin_pin.is_some());
    assert!(settings.mouse);
    assert!(!settings.local_help.is_empty());
    for entry in &settings.local_help {
        assert!(
            !entry.contact.chars().any(|c| c.is_ascii_digit()),
            "no example phone numbers: {entry:?}"
        );
    }
    let unit = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/kiosk/lantern-kiosk.service"),
    )
    .expect("the unit exists");
    for line in [
        "Restart=always",
        "ExecStart=lantern --mode kiosk --config /etc/lantern/kiosk.toml",
        "TTYPath=/dev/tty1",
        "PrivateNetwork=yes",
        "KillSignal=SIGTERM",
    ] {
        assert!(unit.lines().any(|l| l.trim() == line), "{line} missing");
    }
}

/// A click or touch at a cell, as the event loop turns it into an action.
fn touch(app: &mut App, column: u16, row: u16) {
    let action = targets::click(app, column, row);
    app.update(action);
}

/// A kiosk's idle wipe never takes the crisis panel away: someone on the phone with 988 has
/// stopped touching the screen. Everything behind it is wiped on time, without a "Still
/// there?" over the numbers, in the language the panel was read in.
#[test]
fn the_idle_wipe_happens_behind_an_open_crisis_panel() {
    for (width, height) in [(80, 24), (40, 12), (200, 60)] {
        for spanish in [false, true] {
            let mut app = kiosk(None);
            app.update(Resize { width, height });
            if spanish {
                app.update(SetLanguage(lantern::i18n::Lang::Es));
            }
            apply(&mut app, &[Choose(1), Select, Choose(0)]);
            assert!(app.self_check.answers.iter().any(Option::is_some));
            apply(&mut app, &[OpenCrisis, Down]);
            let scrolled = app.overlay_scroll();
            let lang = app.lang();
            // Through the idle time and the countdown, a second at a time.
            let limit = app.settings.idle_timeout + app.settings.countdown;
            for _ in 0..=limit.as_secs() {
                tick(&mut app, 1);
                assert_eq!(app.still_there(), None, "no countdown over help");
                let screen = screen_text(&app).join("\n");
                assert!(screen.contains("988"), "{width}x{height}: {screen}");
                assert!(!screen.contains("Still there?") && !screen.contains("¿Sigue ahí?"));
            }
            assert!(
                app.self_check.answers.iter().all(Option::is_none),
                "answers wiped"
            );
            assert_eq!(app.screen, Screen::Welcome);
            assert_eq!(app.overlay_kinds(), vec![Overlay::Crisis]);
            assert_eq!(app.overlay_scroll(), scrolled, "the panel as it was read");
            assert_eq!(app.lang(), lang, "in the language it was read in");
            assert!(app.is_pristine());
            // The next visitor closes it and finds a fresh start.
            apply(&mut app, &[Back]);
            assert!(app.overlays.is_empty());
            assert_eq!(app.screen, Screen::Welcome);
        }
    }
}

// ---- what the self-check says about the answers ---------------------------------------------

/// The self-check's first page, as one line of text, in `settings`' mode and language.
fn intro_text(settings: Settings) -> String {
    let mut app = common::app_with_languages(settings, 80, 40);
    apply(&mut app, &[Choose(1)]);
    assert_eq!(app.screen, Screen::SelfCheck);
    screen_text(&app)
        .iter()
        .map(|l| l.trim())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Issue 23: a kiosk can save nothing, so its self-check never promises a summary, in
/// either language, and says its answers are wiped; its start is said for touch and keys.
#[test]
fn a_kiosk_self_check_never_promises_a_summary() {
    for (lang, wiped, start) in [
        (
            lantern::i18n::Lang::En,
            "Nothing is ever saved here.",
            "Touch this page, or press Enter, to start.",
        ),
        (
            lantern::i18n::Lang::Es,
            "Aquí nunca se guarda nada.",
            "Toque esta página, o presione Enter, para empezar.",
        ),
    ] {
        let text = intro_text(Settings {
            lang,
            ..common::mode_settings(Mode::Kiosk)
        });
        let lower = text.to_lowercase();
        for promise in [
            "summary",
            "resumen",
            "handout",
            "folleto",
            "unless",
            "a menos que",
        ] {
            assert!(!lower.contains(promise), "{lang:?}: {promise} in {text}");
        }
        assert!(text.contains(wiped), "{lang:?}: {text}");
        assert!(text.contains(start), "{lang:?}: {text}");
        assert!(!text.contains("Press Enter to start."), "{text}");
    }
    // A kiosk with the mouse turned off has only keys.
    let keys_only = intro_text(Settings {
        mouse: false,
        ..common::mode_settings(Mode::Kiosk)
    });
    assert!(keys_only.contains("Press Enter to start."), "{keys_only}");
    assert!(!keys_only.contains("Touch"), "{keys_only}");
}

/// Where a summary can be saved, the first page says so, and a counselor's handout too.
#[test]
fn the_self_check_says_what_each_mode_can_save() {
    let personal = intro_text(common::mode_settings(Mode::Personal));
    assert!(
        personal.contains("Nothing is saved unless you ask for a summary at the end."),
        "{personal}"
    );
    let counselor = intro_text(common::mode_settings(Mode::Counselor));
    assert!(
        counselor.contains("Nothing is saved unless you ask for a summary or a handout."),
        "{counselor}"
    );
    assert!(personal.contains("Press Enter to start."), "{personal}");
}
