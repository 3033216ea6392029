//! "My plan for hard moments" as a person fills it in: reached from the welcome screen, the
//! crisis panel and the self-check's results; ideas picked and lines written with keys or
//! touch; every step skippable; 988 first among the professionals; the whole plan on its
//! last page; help one key away while typing; and nothing of it kept past a wipe.

use crate::common;

use lantern::app::{Action, App, Overlay, Screen};
use lantern::config::Mode;
use lantern::input::keymap::Context;
use lantern::screens::plan::{PlanItem, PROFESSIONALS, STEPS};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn press(app: &mut App, event: KeyEvent) {
    let action = app.action_for(&event).unwrap_or(Action::Activity);
    app.update(action);
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, key(KeyCode::Char(c)));
    }
}

fn screen(app: &App) -> String {
    common::screen_text(app).join("\n")
}

fn plan_from_welcome(mode: Mode) -> App {
    let mut app = common::app_in(mode, 80, 24);
    press(&mut app, key(KeyCode::Char('4')));
    assert_eq!(app.screen, Screen::Plan);
    app
}

#[test]
fn the_plan_opens_from_welcome_the_crisis_panel_and_the_results() {
    let app = plan_from_welcome(Mode::Personal);
    assert!(screen(&app).contains("Step 1 of 7 · Signs that a hard time is starting"));

    let mut from_help = common::app(80, 24);
    press(&mut from_help, key(KeyCode::Char('!')));
    // The way to the plan comes after every line of help.
    press(&mut from_help, key(KeyCode::Char('G')));
    assert!(screen(&from_help).contains("My plan for hard moments"));
    press(&mut from_help, key(KeyCode::Char('p')));
    assert_eq!(from_help.screen, Screen::Plan);
    assert!(
        from_help.overlays.is_empty(),
        "the panel it was opened from closes"
    );
    press(&mut from_help, key(KeyCode::Esc));
    assert_eq!(from_help.screen, Screen::Welcome);

    let mut from_results = common::app(80, 24);
    common::answer_calmly(&mut from_results);
    press(&mut from_results, key(KeyCode::Char('p')));
    assert_eq!(from_results.screen, Screen::Plan);
    press(&mut from_results, key(KeyCode::Esc));
    assert_eq!(
        from_results.screen,
        Screen::SelfCheck,
        "Esc goes back to the results"
    );
}

#[test]
fn ideas_go_in_and_come_out_and_own_words_are_typed() {
    let mut app = plan_from_welcome(Mode::Personal);
    press(&mut app, key(KeyCode::Enter));
    assert_eq!(app.plan.plan.steps[0], ["I stop answering messages"]);
    assert!(screen(&app).contains("[x] I stop answering messages"));
    // The last line of the step opens the field; `!` and `q` are letters in it.
    let write = app.plan.items(&app.ctx()).len();
    press(&mut app, key(KeyCode::Char(char::from(b'0' + write as u8))));
    assert_eq!(app.context(), Context::PlanText);
    type_text(&mut app, "I go quiet!");
    press(&mut app, key(KeyCode::Backspace));
    press(&mut app, key(KeyCode::Enter));
    assert_eq!(
        app.plan.plan.steps[0],
        ["I stop answering messages", "I go quiet"]
    );
    assert!(!app.should_quit);
    // Choosing a line in the plan takes it out again.
    press(&mut app, key(KeyCode::Char('1')));
    assert_eq!(app.plan.plan.steps[0], ["I go quiet"]);
}

#[test]
fn esc_in_the_field_closes_the_field_and_keeps_the_plan() {
    let mut app = plan_from_welcome(Mode::Personal);
    let write = app.plan.items(&app.ctx()).len() - 1;
    app.update(Action::Choose(write));
    type_text(&mut app, "half typed");
    press(&mut app, key(KeyCode::Esc));
    assert_eq!(app.screen, Screen::Plan, "still in the plan");
    assert_eq!(app.plan.typing, None);
    assert!(app.plan.plan.steps[0].is_empty());
}

#[test]
fn help_is_one_key_away_while_typing_and_closing_it_keeps_what_was_typed() {
    let mut app = plan_from_welcome(Mode::Personal);
    let write = app.plan.items(&app.ctx()).len() - 1;
    app.update(Action::Choose(write));
    type_text(&mut app, "my sister");
    let before = app.clone();
    press(
        &mut app,
        KeyEvent::new(KeyCode::Char('g'), KeyModifiers::CONTROL),
    );
    assert_eq!(app.top_overlay(), Some(Overlay::Crisis));
    assert!(screen(&app).contains("988"));
    press(&mut app, key(KeyCode::Esc));
    assert_eq!(app, before);
    // The cover key works in the field too, and gives it back as it was.
    press(
        &mut app,
        KeyEvent::new(KeyCode::Char('w'), KeyModifiers::CONTROL),
    );
    assert!(!screen(&app).contains("my sister"));
    press(
        &mut app,
        KeyEvent::new(KeyCode::Char('w'), KeyModifiers::CONTROL),
    );
    assert_eq!(app, before);
}

#[test]
fn every_step_can_be_skipped_to_the_whole_plan() {
    let mut app = plan_from_welcome(Mode::Personal);
    for step in 1..=STEPS {
        press(&mut app, key(KeyCode::Right));
        assert_eq!(app.plan.page, step);
    }
    let whole = screen(&app);
    assert!(whole.contains("My whole plan"), "{whole}");
    assert!(whole.contains("(nothing yet)"), "{whole}");
    press(&mut app, key(KeyCode::Right));
    assert_eq!(app.plan.page, STEPS, "nothing past the whole plan");
    press(&mut app, key(KeyCode::Left));
    assert_eq!(app.plan.page, STEPS - 1);
}

#[test]
fn nine_eight_eight_is_first_among_the_professionals_and_the_kiosks_help_follows() {
    let mut app = plan_from_welcome(Mode::Kiosk);
    for _ in 0..PROFESSIONALS {
        press(&mut app, key(KeyCode::Right));
    }
    let rows = common::screen_text(&app);
    let at = |needle: &str| common::row_of(&rows, needle);
    let lifeline = at("988 Suicide & Crisis Lifeline").expect("988 on the step");
    let desk = at("front desk").expect("the kiosk's local help, put in for the visitor");
    assert!(lifeline < desk, "{rows:#?}");
    // The local help is the visitor's to take out; 988 is not a line that can be.
    assert_eq!(app.plan.items(&app.ctx())[0], PlanItem::Entry(0));
    press(&mut app, key(KeyCode::Char('1')));
    assert!(app.plan.plan.steps[PROFESSIONALS].is_empty());
    assert!(screen(&app).contains("988 Suicide & Crisis Lifeline"));
    // An idea that ends in ":" opens the field for a name and a number.
    press(&mut app, key(KeyCode::Char('1')));
    assert_eq!(app.plan.typing.as_deref(), Some("My doctor: "));
    type_text(&mut app, "Dr Rivera 555-0100");
    press(&mut app, key(KeyCode::Enter));
    assert_eq!(
        app.plan.plan.steps[PROFESSIONALS],
        ["My doctor: Dr Rivera 555-0100"]
    );
    for _ in PROFESSIONALS..STEPS {
        press(&mut app, key(KeyCode::Right));
    }
    let rows = common::screen_text(&app);
    let lifeline = common::row_of(&rows, "988 Suicide").expect("988 on the whole plan");
    let doctor = common::row_of(&rows, "Dr Rivera").expect("the doctor on the whole plan");
    assert!(lifeline < doctor);
}

#[test]
fn a_touch_picks_a_line_and_turns_the_page() {
    let mut app = common::app_in(Mode::Kiosk, 80, 24);
    app.update(Action::Choose(3));
    let rows = common::screen_text(&app);
    let row = common::row_of(&rows, "[ ] I sleep much more").expect("the idea is on screen");
    let column = common::column_of(&rows[row], "I sleep").expect("its words");
    let hit = lantern::app::clicks::click(&app, column, u16::try_from(row).unwrap_or(0));
    app.update(hit);
    assert_eq!(app.plan.plan.steps[0], ["I sleep much more, or much less"]);
    let rows = common::screen_text(&app);
    let row = common::row_of(&rows, "Next step ›").expect("the button");
    let column = common::column_of(&rows[row], "Next").expect("its words");
    let hit = lantern::app::clicks::click(&app, column, u16::try_from(row).unwrap_or(0));
    app.update(hit);
    assert_eq!(app.plan.page, 1);
}

#[test]
fn nothing_of_the_plan_outlives_a_kiosks_wipe_or_a_new_client() {
    let mut kiosk = plan_from_welcome(Mode::Kiosk);
    press(&mut kiosk, key(KeyCode::Enter));
    assert!(!kiosk.plan.plan.is_empty());
    kiosk.update(Action::EndSession);
    assert!(kiosk.plan.plan.is_empty());

    let mut idle = plan_from_welcome(Mode::Kiosk);
    press(&mut idle, key(KeyCode::Enter));
    let wait = idle.settings.idle_timeout + idle.settings.countdown;
    idle.update(Action::Tick(wait));
    assert!(idle.plan.plan.is_empty(), "the idle wipe takes the plan");

    let mut counselor = plan_from_welcome(Mode::Counselor);
    press(&mut counselor, key(KeyCode::Enter));
    counselor.update(Action::NewClient);
    counselor.update(Action::Yes);
    assert!(counselor.plan.plan.is_empty());
    assert!(
        counselor.effects.is_empty(),
        "nothing of the plan is written"
    );
}

#[test]
fn the_plan_says_where_it_stays_and_the_method_it_follows() {
    for (mode, stays) in [
        (
            Mode::Personal,
            "Nothing is saved unless you choose Save my plan",
        ),
        (Mode::Counselor, "Nothing is written to a file"),
        (Mode::Kiosk, "Nothing is written to a file"),
    ] {
        let mut app = plan_from_welcome(mode);
        for _ in 0..STEPS {
            press(&mut app, key(KeyCode::Right));
        }
        press(&mut app, key(KeyCode::End));
        let whole = screen(&app);
        assert!(whole.contains(stays), "{mode:?}: {whole}");
        assert!(whole.contains("Stanley and Brown"), "{whole}");
        assert_eq!(
            whole.contains("s Save my plan"),
            mode == Mode::Personal,
            "{whole}"
        );
    }
}

#[test]
fn the_spanish_plan_speaks_spanish() {
    let mut app = common::app_es(80, 24);
    app.update(Action::Choose(3));
    let text = screen(&app);
    assert!(text.contains("Paso 1 de 7"), "{text}");
    assert!(text.contains("Escribir lo mío"), "{text}");
    assert!(!text.contains("Step 1"), "{text}");
}

#[test]
fn in_personal_mode_s_saves_the_plan_and_d_deletes_it_after_a_yes() {
    let mut app = plan_from_welcome(Mode::Personal);
    press(&mut app, key(KeyCode::Enter));
    press(&mut app, key(KeyCode::Char('s')));
    assert_eq!(
        app.take_effects(),
        [lantern::app::Effect::SavePlan(app.plan.plan.steps.clone())]
    );
    assert!(app.plan.saved);
    press(&mut app, key(KeyCode::Char('D')));
    assert_eq!(
        app.top_overlay(),
        Some(Overlay::Confirm(lantern::app::Confirm::DeletePlan))
    );
    press(&mut app, key(KeyCode::Char('n')));
    assert!(!app.plan.plan.is_empty(), "no keeps it");
    assert!(app.take_effects().is_empty());
    press(&mut app, key(KeyCode::Char('D')));
    press(&mut app, key(KeyCode::Char('y')));
    assert_eq!(app.take_effects(), [lantern::app::Effect::DeletePlan]);
    assert!(app.plan.plan.is_empty(), "the plan on screen goes too");
}

#[test]
fn a_kiosk_and_a_counselor_have_no_key_to_save_a_plan() {
    for mode in [Mode::Kiosk, Mode::Counselor] {
        let mut app = plan_from_welcome(mode);
        press(&mut app, key(KeyCode::Enter));
        assert_eq!(app.action_for(&key(KeyCode::Char('s'))), None, "{mode:?}");
        press(&mut app, key(KeyCode::Char('s')));
        press(&mut app, key(KeyCode::Char('D')));
        assert!(app.take_effects().is_empty(), "{mode:?}");
        assert!(app.overlays.is_empty(), "{mode:?}");
    }
}

#[test]
fn a_saved_plan_comes_back_as_it_was_and_an_unreadable_one_is_said() {
    let mut saved: [Vec<String>; 7] = Default::default();
    saved[1].push("Go for a walk".into());
    let mut app = common::app(80, 24);
    app.restore_plan(Ok(Some(saved.clone())));
    app.update(Action::Choose(3));
    app.update(Action::NextSection);
    assert!(screen(&app).contains("[x] Go for a walk"));
    assert!(app.plan.saved);

    let mut broken = common::app(80, 24);
    broken.restore_plan(Err(std::io::Error::other(
        "line 1, column 2: expected a value",
    )));
    assert!(screen(&broken).contains("could not be read, so it is left as it is"));
    assert!(broken.plan.plan.is_empty());
}

#[test]
fn a_counselors_handout_takes_the_plan_only_on_a_yes_after_the_results_question() {
    use lantern::app::{Confirm, Effect};
    // With answers and a plan: the results question first, then the plan's.
    let mut app = common::app_in(Mode::Counselor, 80, 24);
    common::answer_calmly(&mut app);
    press(&mut app, key(KeyCode::Char('p')));
    press(&mut app, key(KeyCode::Enter));
    press(&mut app, key(KeyCode::Char('h')));
    assert_eq!(
        app.top_overlay(),
        Some(Overlay::Confirm(Confirm::HandoutResults))
    );
    press(&mut app, key(KeyCode::Char('n')));
    assert_eq!(
        app.top_overlay(),
        Some(Overlay::Confirm(Confirm::HandoutPlan))
    );
    assert!(screen(&app).contains("ask them first"));
    press(&mut app, key(KeyCode::Char('y')));
    let effects = app.take_effects();
    let [Effect::SaveHandout {
        answers: None,
        plan: Some(plan),
        ..
    }] = effects.as_slice()
    else {
        panic!("{effects:?}");
    };
    let handout = lantern::plain::handout(&app.pack, &[], None, Some(plan), "2026-12-07");
    let plan_at = handout.find("My plan for hard moments").expect("the plan");
    let signs = handout.find("I stop answering messages").expect("its line");
    let help = handout.find("GET HELP NOW").expect("the crisis list");
    assert!(plan_at < signs && signs < help, "{handout}");

    // A no leaves it out.
    press(&mut app, key(KeyCode::Char('h')));
    press(&mut app, key(KeyCode::Char('y')));
    press(&mut app, key(KeyCode::Char('n')));
    let effects = app.take_effects();
    assert!(
        matches!(
            effects.as_slice(),
            [Effect::SaveHandout {
                answers: Some(_),
                plan: None,
                ..
            }]
        ),
        "{effects:?}"
    );
}
