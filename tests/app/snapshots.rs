//! Every screen drawn off-screen at 80×24 and at the minimum size (40×12), plus the
//! crisis panel over two screens, and the compact notice below the minimum size.
//! Snapshots live in tests/app/snapshots/; CI never writes them.

use crate::common;

use crate::common::{app, apply, buffer_lines, draw};
use lantern::app::Action::{self, *};
use lantern::ui::theme::DEFAULT as THEME;

const SIZES: [(u16, u16); 2] = [(80, 24), (40, 12)];

fn snapshot(name: &str, actions: &[Action]) {
    for (width, height) in SIZES {
        let mut app = app(width, height);
        apply(&mut app, actions);
        let terminal = draw(&app);
        insta::assert_snapshot!(format!("{name}_{width}x{height}"), terminal.backend());
    }
}

/// The section with a table and callouts, by its id, so adding sections does not move it.
fn risks_section() -> Action {
    let pack = common::builtin();
    let index = pack
        .sections
        .iter()
        .position(|s| s.id == "side-effects-and-risks")
        .expect("the risks section exists");
    Digit(u8::try_from(index + 1).expect("a one-digit section"))
}

#[test]
fn welcome() {
    snapshot("welcome", &[]);
}

#[test]
fn contents() {
    snapshot("contents", &[Choose(0)]);
}

#[test]
fn reader_top() {
    snapshot("reader_top", &[Choose(0), Digit(1)]);
}

#[test]
fn reader_table_and_callout() {
    for (width, height) in SIZES {
        let mut app = app(width, height);
        apply(&mut app, &[Choose(0), risks_section()]);
        // Scroll so the line above the table's header row is the first line of text.
        let table_row = app
            .reader_lines()
            .iter()
            .position(|l| l.text().contains("Side effect"))
            .expect("the table is laid out");
        for _ in 1..table_row {
            app.update(Down);
        }
        let terminal = draw(&app);
        insta::assert_snapshot!(format!("reader_table_{width}x{height}"), terminal.backend());
    }
}

#[test]
fn reader_end_with_sources() {
    snapshot("reader_end", &[Choose(0), Digit(1), Bottom]);
}

#[test]
fn help_over_reader() {
    snapshot("help_reader", &[Choose(0), Digit(1), ToggleHelp]);
}

#[test]
fn help_over_welcome() {
    snapshot("help_welcome", &[ToggleHelp]);
}

#[test]
fn crisis_over_welcome() {
    snapshot("crisis_welcome", &[OpenCrisis]);
}

#[test]
fn crisis_over_reader() {
    snapshot(
        "crisis_reader",
        &[Choose(0), Digit(2), PageDown, OpenCrisis],
    );
}

#[test]
fn crisis_scrolled_to_the_end() {
    snapshot("crisis_end", &[OpenCrisis, Bottom]);
}

#[test]
fn below_minimum_size_shows_a_compact_notice_with_988() {
    for (width, height) in [(39, 12), (40, 11), (20, 5), (12, 2), (3, 1)] {
        let app = app(width, height);
        let terminal = draw(&app);
        let text = buffer_lines(terminal.backend().buffer()).join("\n");
        assert!(text.contains("988"), "{width}×{height}:\n{text}");
        insta::assert_snapshot!(format!("too_small_{width}x{height}"), terminal.backend());
    }
}

#[test]
fn crisis_panel_below_minimum_size_starts_with_988() {
    for (width, height) in [(30, 8), (16, 3), (5, 1)] {
        let mut app = app(width, height);
        apply(&mut app, &[Choose(0), OpenCrisis]);
        let terminal = draw(&app);
        let lines = buffer_lines(terminal.backend().buffer());
        assert!(lines[0].contains("988"), "{width}×{height}: {lines:?}");
        insta::assert_snapshot!(
            format!("crisis_compact_{width}x{height}"),
            terminal.backend()
        );
    }
}

#[test]
fn zero_and_one_cell_terminals_do_not_panic() {
    for (width, height) in [(0, 0), (1, 1), (0, 5), (5, 0), (1, 40), (300, 1)] {
        let mut app = app(width, height);
        for actions in [
            &[][..],
            &[OpenCrisis],
            &[Back, Choose(0), Digit(2), ToggleHelp, Bottom],
        ] {
            apply(&mut app, actions);
            let _ = draw(&app);
        }
    }
}

#[test]
fn footer_shows_the_crisis_badge_in_crisis_colours_on_every_screen() {
    for actions in [
        &[][..],
        &[Choose(0)],
        &[Choose(0), Digit(1)],
        &[ToggleHelp],
        &[OpenCrisis],
    ] {
        for (width, height) in [(40, 12), (80, 24), (250, 80)] {
            let mut app = app(width, height);
            apply(&mut app, actions);
            let terminal = draw(&app);
            let buffer = terminal.backend().buffer();
            let lines = buffer_lines(buffer);
            let footer = &lines[usize::from(height) - 1];
            assert!(
                footer.contains("Call or text 988"),
                "{actions:?} {width}: {footer}"
            );
            assert!(footer.contains('!'), "{actions:?} {width}: {footer}");
            let x = u16::try_from(footer.find("988").unwrap_or(0)).unwrap_or(0);
            let cell = &buffer[(x, height - 1)];
            assert_eq!(cell.bg, THEME.crisis_badge.bg.unwrap_or_default());
        }
    }
}

#[test]
fn search_with_results() {
    let mut actions = vec![OpenSearch];
    actions.extend("ketamine".chars().map(Input));
    snapshot("search_results", &actions);
}

#[test]
fn search_empty() {
    snapshot("search_empty", &[Choose(0), OpenSearch]);
}

#[test]
fn reader_opened_from_search() {
    let mut actions = vec![OpenSearch];
    actions.extend("dissociation".chars().map(Input));
    actions.extend([Down, Select]);
    snapshot("reader_from_search", &actions);
}

#[test]
fn glossary() {
    snapshot("glossary", &[Choose(0), OpenGlossary]);
}

#[test]
fn sources() {
    snapshot("sources", &[Choose(0), OpenSources, PageDown]);
}

#[test]
fn help_over_search() {
    snapshot("help_search", &[OpenSearch, ToggleHelp]);
}

fn answered(choice_for: impl Fn(usize, &lantern::selfcheck::Question) -> usize) -> Vec<Action> {
    let pack = common::builtin();
    let mut actions = vec![Choose(1), Select];
    for (i, q) in pack.questionnaire.questions.iter().enumerate() {
        actions.push(Choose(choice_for(i, q)));
    }
    actions
}

#[test]
fn self_check_intro() {
    snapshot("selfcheck_intro", &[Choose(1)]);
}

#[test]
fn self_check_question() {
    snapshot(
        "selfcheck_question",
        &[Choose(1), Select, Choose(2), Choose(1), Down, Down],
    );
}

#[test]
fn self_check_results_for_each_outcome() {
    let none_urgent = |q: &lantern::selfcheck::Question, c: usize| {
        if q.options[c].urgent {
            0
        } else {
            c
        }
    };
    // Lowest answers everywhere: keep an eye on how you feel.
    snapshot("selfcheck_keep_an_eye", &answered(|_, _| 0));
    // Only "thinking about ketamine": consider talking to a professional.
    snapshot(
        "selfcheck_consider",
        &answered(|_, q| if q.id == "ketamine-treatment" { 1 } else { 0 }),
    );
    // Third answers where possible, never urgent: talk to a professional soon.
    snapshot(
        "selfcheck_talk_soon",
        &answered(|_, q| none_urgent(q, 2.min(q.options.len() - 1))),
    );
    // A safety yes: reach out now (the crisis panel closed, results under it).
    let mut actions = answered(|_, q| if q.id == "safety" { 1 } else { 0 });
    actions.push(Back);
    snapshot("selfcheck_reach_out_now", &actions);
    // Every question skipped ("prefer not to say", the last choice): the results say so.
    snapshot("selfcheck_all_skipped", &answered(|_, q| q.options.len()));
}

/// `s` on the results: where the summary went, just above the footer, in both languages.
#[test]
fn self_check_summary_saved() {
    type Start = fn(u16, u16) -> lantern::app::App;
    let languages: [(Start, &str); 2] = [(app, ""), (common::app_es, "es_")];
    for (start, prefix) in languages {
        for (width, height) in SIZES {
            let mut app = start(width, height);
            apply(&mut app, &answered(|_, _| 0));
            app.update(SaveSummary);
            let effects = app.take_effects();
            let path = "/home/sam/Documents/lantern-self-check-2026-01-01.txt";
            assert!(app.effect_done(&effects[0], Ok(path.into())));
            let terminal = draw(&app);
            insta::assert_snapshot!(
                format!("{prefix}selfcheck_saved_{width}x{height}"),
                terminal.backend()
            );
        }
    }
}

#[test]
fn self_check_safety_interrupt() {
    snapshot(
        "selfcheck_safety_interrupt",
        &answered(|_, q| if q.id == "safety" { 1 } else { 0 }),
    );
}

// ---- modes -----------------------------------------------------------------------------------

const MODE_SIZES: [(u16, u16); 3] = [(80, 24), (40, 12), (120, 40)];

fn snapshot_in(settings: lantern::config::Settings, name: &str, actions: &[Action]) {
    for (width, height) in MODE_SIZES {
        let mut app = common::app_with(settings.clone(), width, height);
        apply(&mut app, actions);
        let terminal = draw(&app);
        insta::assert_snapshot!(format!("{name}_{width}x{height}"), terminal.backend());
    }
}

fn kiosk_settings() -> lantern::config::Settings {
    lantern::config::Settings {
        mode: lantern::config::Mode::Kiosk,
        mouse: true,
        admin_pin: Some("2468".into()),
        local_help: vec![lantern::config::LocalHelp::front_desk()],
        ..lantern::config::Settings::default()
    }
}

fn counselor_settings() -> lantern::config::Settings {
    lantern::config::Settings {
        mode: lantern::config::Mode::Counselor,
        ..lantern::config::Settings::default()
    }
}

#[test]
fn kiosk_attract_screen() {
    snapshot_in(kiosk_settings(), "kiosk_attract", &[]);
}

#[test]
fn kiosk_crisis_panel_with_local_help() {
    snapshot_in(kiosk_settings(), "kiosk_crisis", &[OpenCrisis]);
}

/// A kiosk whose content failed its check: help first, 988 first, and the line for staff
/// at the end of the panel, in both languages.
#[test]
fn kiosk_fallback_opens_on_help_with_the_staff_line_last() {
    use lantern::i18n::Lang;
    for (lang, prefix) in [(Lang::En, ""), (Lang::Es, "es_")] {
        for (width, height) in MODE_SIZES {
            for (name, actions) in [("top", &[][..]), ("end", &[Bottom][..])] {
                let settings = lantern::config::Settings {
                    lang,
                    ..kiosk_settings()
                };
                let mut app = common::app_with_languages(settings, width, height);
                app.show_failed_content_check();
                apply(&mut app, actions);
                let terminal = draw(&app);
                insta::assert_snapshot!(
                    format!("{prefix}kiosk_fallback_{name}_{width}x{height}"),
                    terminal.backend()
                );
            }
        }
    }
}

#[test]
fn kiosk_still_there_countdown() {
    snapshot_in(
        kiosk_settings(),
        "kiosk_still_there",
        &[
            Choose(0),
            Digit(2),
            Tick(std::time::Duration::from_secs(127)),
        ],
    );
}

#[test]
fn kiosk_staff_pin() {
    snapshot_in(
        kiosk_settings(),
        "kiosk_pin",
        &[AdminExit, Input('1'), Input('2'), Select, Input('3')],
    );
}

/// The self-check's first page in a kiosk: nothing is saved there, and the whole page is
/// touched to start (issue 23).
#[test]
fn kiosk_self_check_intro() {
    snapshot_in(kiosk_settings(), "kiosk_selfcheck_intro", &[Choose(1)]);
    let mut app = common::app_with_languages(
        lantern::config::Settings {
            lang: lantern::i18n::Lang::Es,
            ..kiosk_settings()
        },
        80,
        24,
    );
    apply(&mut app, &[Choose(1)]);
    insta::assert_snapshot!("es_kiosk_selfcheck_intro_80x24", draw(&app).backend());
}

#[test]
fn kiosk_reader_with_touch_buttons() {
    snapshot_in(kiosk_settings(), "kiosk_reader", &[Choose(0), Digit(3)]);
}

#[test]
fn counselor_reader_with_prompts() {
    snapshot_in(
        counselor_settings(),
        "counselor_prompts",
        &[Choose(0), Digit(5), TogglePrompts],
    );
}

#[test]
fn counselor_new_client_question() {
    snapshot_in(
        counselor_settings(),
        "counselor_new_client",
        &[Choose(0), NewClient],
    );
}

#[test]
fn settings_screen() {
    let settings = lantern::config::Settings {
        config_file: Some("/home/sam/.config/lantern/config.toml".into()),
        ..lantern::config::Settings::default()
    };
    snapshot_in(settings, "settings", &[OpenSettings, Down]);
}

// ---- Spanish ---------------------------------------------------------------------------------

/// A screen in Spanish (with English to switch to, as the real binary has it), at both sizes.
fn snapshot_es(name: &str, actions: &[Action]) {
    for (width, height) in SIZES {
        let mut app = common::app_es(width, height);
        apply(&mut app, actions);
        let terminal = draw(&app);
        insta::assert_snapshot!(format!("es_{name}_{width}x{height}"), terminal.backend());
    }
}

#[test]
fn spanish_welcome() {
    snapshot_es("welcome", &[]);
}

#[test]
fn spanish_contents() {
    snapshot_es("contents", &[Choose(0)]);
}

#[test]
fn spanish_reader() {
    snapshot_es("reader_top", &[Choose(0), risks_section()]);
    snapshot_es("reader_end", &[Choose(0), Digit(1), Bottom]);
}

#[test]
fn spanish_crisis_panel() {
    snapshot_es("crisis", &[Choose(0), Digit(2), OpenCrisis]);
}

#[test]
fn spanish_self_check() {
    snapshot_es(
        "selfcheck_question",
        &[Choose(1), Select, Choose(2), Down, Down],
    );
    let mut actions = answered(|_, q| if q.id == "safety" { 1 } else { 0 });
    snapshot_es("selfcheck_safety_interrupt", &actions);
    actions.push(Back);
    snapshot_es("selfcheck_results", &actions);
}

#[test]
fn spanish_help() {
    snapshot_es("help_reader", &[Choose(0), Digit(1), ToggleHelp]);
    snapshot_es("help_welcome", &[ToggleHelp]);
}

#[test]
fn spanish_settings() {
    snapshot_es("settings", &[OpenSettings, Down, Down, Down]);
}

#[test]
fn spanish_glossary() {
    snapshot_es("glossary", &[Choose(0), OpenGlossary]);
}

#[test]
fn spanish_search() {
    let mut actions = vec![OpenSearch];
    actions.extend("vejiga".chars().map(Input));
    snapshot_es("search", &actions);
}

#[test]
fn spanish_in_ascii_mode() {
    let settings = lantern::config::Settings {
        lang: lantern::i18n::Lang::Es,
        ascii: true,
        ..lantern::config::Settings::default()
    };
    for (name, actions) in [
        ("crisis", &[OpenCrisis][..]),
        (
            "reader",
            &[
                Choose(0),
                risks_section(),
                PageDown,
                PageDown,
                PageDown,
                PageDown,
            ],
        ),
    ] {
        let mut app = common::app_with_languages(settings.clone(), 80, 24);
        apply(&mut app, actions);
        let terminal = draw(&app);
        let text = buffer_lines(terminal.backend().buffer()).join("\n");
        assert!(text.is_ascii(), "{text}");
        insta::assert_snapshot!(format!("es_ascii_{name}_80x24"), terminal.backend());
    }
}

// ---- The cover ------------------------------------------------------------------------------

#[test]
fn the_cover_over_the_reader() {
    snapshot("cover", &[Choose(0), Digit(1), Cover]);
}

#[test]
fn the_crisis_panel_over_the_cover() {
    snapshot(
        "crisis_over_cover",
        &[Choose(0), Digit(1), Cover, OpenCrisis],
    );
}

#[test]
fn spanish_cover() {
    snapshot_es("cover", &[Choose(0), Digit(1), Cover]);
}

#[test]
fn the_cover_at_tiny_sizes() {
    for (width, height) in [(20, 5), (8, 2)] {
        let mut app = app(width, height);
        apply(&mut app, &[Cover]);
        insta::assert_snapshot!(format!("cover_{width}x{height}"), draw(&app).backend());
    }
}

// ---- My plan for hard moments -----------------------------------------------------------

#[test]
fn the_plans_first_step() {
    snapshot("plan_step_1", &[Choose(3)]);
}

#[test]
fn the_plans_first_step_with_a_line_chosen_and_one_being_typed() {
    snapshot(
        "plan_typing",
        &[
            Choose(3),
            Select,
            Choose(5),
            Input('I'),
            Input(' '),
            Input('p'),
            Input('a'),
        ],
    );
}

#[test]
fn the_plans_professionals_step_in_a_kiosk() {
    let settings = common::mode_settings(lantern::config::Mode::Kiosk);
    snapshot_in(
        settings,
        "kiosk_plan_professionals",
        &[
            Choose(3),
            NextSection,
            NextSection,
            NextSection,
            NextSection,
        ],
    );
}

#[test]
fn the_whole_plan() {
    snapshot(
        "plan_whole",
        &[
            Choose(3),
            Select,
            NextSection,
            Choose(0),
            NextSection,
            NextSection,
            NextSection,
            NextSection,
            NextSection,
            NextSection,
        ],
    );
}

#[test]
fn spanish_plan() {
    snapshot_es("plan_step_1", &[Choose(3)]);
}
