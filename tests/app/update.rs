//! `App::update` as a person drives it: key actions in, state out. No terminal involved.

use crate::common;

use crate::common::{app, apply, screen_text};
use lantern::app::{Action, Effect, Overlay, Screen, Stage};

use Action::*;

#[test]
fn starts_on_welcome_and_walks_to_a_section_and_back() {
    let mut app = app(80, 24);
    assert_eq!(app.screen, Screen::Welcome);
    apply(&mut app, &[Select]);
    assert_eq!(app.screen, Screen::Contents);
    apply(&mut app, &[Down, Select]);
    assert_eq!(app.screen, Screen::Reader);
    assert_eq!(app.reader.section, 1);
    assert!(!app.reader_lines().is_empty());
    apply(&mut app, &[Back]);
    assert_eq!(app.screen, Screen::Contents);
    assert_eq!(
        app.contents.selected, 1,
        "contents remembers the section just read"
    );
    apply(&mut app, &[Back]);
    assert_eq!(app.screen, Screen::Welcome);
    apply(&mut app, &[Back]);
    assert_eq!(
        app.screen,
        Screen::Welcome,
        "Esc on the first screen stays put"
    );
    assert!(!app.should_quit, "Esc never quits");
}

#[test]
fn number_keys_open_menu_items_and_sections() {
    let mut app = app(80, 24);
    apply(&mut app, &[Choose(0), Digit(3)]);
    assert_eq!(app.screen, Screen::Reader);
    assert_eq!(app.reader.section, 2);
    let mut app = common::app(80, 24);
    apply(&mut app, &[Choose(0), Digit(0)]);
    assert_eq!(
        app.screen,
        Screen::Contents,
        "a number past the list does nothing"
    );
}

#[test]
fn welcome_get_help_item_opens_the_crisis_panel() {
    let mut app = app(80, 24);
    apply(&mut app, &[Bottom, Down, Down, Select]);
    assert_eq!(app.top_overlay(), Some(Overlay::Crisis));
    assert_eq!(app.screen, Screen::Welcome);
    let mut app = common::app(80, 24);
    apply(&mut app, &[Choose(2)]);
    assert_eq!(
        app.top_overlay(),
        Some(Overlay::Crisis),
        "item 3 by its number"
    );
}

#[test]
fn reader_scrolls_within_bounds() {
    let mut app = app(80, 24);
    apply(&mut app, &[Choose(0), Digit(1)]);
    apply(&mut app, &[Up]);
    assert_eq!(app.reader.scroll, 0, "cannot scroll above the start");
    apply(&mut app, &[Down, Down]);
    assert_eq!(app.reader.scroll, 2);
    apply(&mut app, &[PageDown]);
    assert_eq!(
        app.reader.scroll,
        2 + app.reader_page() - 1,
        "a page keeps one line of overlap"
    );
    apply(&mut app, &[Bottom]);
    assert_eq!(app.reader.scroll, app.reader_max_scroll());
    assert!(app.reader_max_scroll() > 0);
    apply(&mut app, &[Down, PageDown]);
    assert_eq!(
        app.reader.scroll,
        app.reader_max_scroll(),
        "cannot scroll past the end"
    );
    apply(&mut app, &[PageUp, Top]);
    assert_eq!(app.reader.scroll, 0);
}

#[test]
fn next_and_previous_section_stop_at_the_ends() {
    let mut app = app(80, 24);
    let last = app.pack.sections.len() - 1;
    apply(&mut app, &[Choose(0), Digit(1), PreviousSection]);
    assert_eq!(app.reader.section, 0);
    apply(&mut app, &[Down, NextSection]);
    assert_eq!(app.reader.section, 1);
    assert_eq!(app.reader.scroll, 0, "a new section starts at its top");
    for _ in 0..10 {
        apply(&mut app, &[NextSection]);
    }
    assert_eq!(app.reader.section, last);
}

#[test]
fn crisis_panel_opens_from_every_screen_and_closing_restores_everything() {
    let journeys: [&[Action]; 4] = [
        &[],
        &[Choose(0), Down],
        &[Choose(0), Digit(2), Down, Down, Down, PageDown],
        &[Choose(0), Digit(3), Bottom, ToggleHelp],
    ];
    for journey in journeys {
        let mut app = app(80, 24);
        apply(&mut app, journey);
        let before = app.clone();
        assert!(app.update(OpenCrisis));
        assert_eq!(app.top_overlay(), Some(Overlay::Crisis));
        apply(&mut app, &[Down, Down]);
        assert_eq!(app.overlay_scroll(), 2);
        apply(&mut app, &[Back]);
        assert_eq!(
            app, before,
            "closing the crisis panel changed something: {journey:?}"
        );
    }
}

#[test]
fn crisis_keys_inside_the_crisis_panel_keep_it_open() {
    let mut app = app(80, 24);
    apply(&mut app, &[OpenCrisis, Down, OpenCrisis]);
    assert_eq!(app.overlay_kinds(), vec![Overlay::Crisis]);
    assert_eq!(
        app.overlay_scroll(),
        1,
        "pressing ! again does not jump the panel"
    );
}

#[test]
fn help_toggles_and_crisis_rises_above_it() {
    let mut app = app(80, 24);
    apply(&mut app, &[ToggleHelp]);
    assert_eq!(app.overlay_kinds(), vec![Overlay::Help]);
    apply(&mut app, &[OpenCrisis]);
    assert_eq!(app.overlay_kinds(), vec![Overlay::Help, Overlay::Crisis]);
    apply(&mut app, &[Back]);
    assert_eq!(
        app.overlay_kinds(),
        vec![Overlay::Help],
        "closing crisis reveals help again"
    );
    apply(&mut app, &[ToggleHelp]);
    assert!(app.overlays.is_empty());
}

#[test]
fn crisis_over_help_over_crisis_closes_back_to_each_exactly() {
    let mut app = app(80, 24);
    apply(&mut app, &[OpenCrisis, Down, Down, ToggleHelp]);
    let under = app.clone();
    apply(&mut app, &[OpenCrisis]);
    assert_eq!(app.top_overlay(), Some(Overlay::Crisis));
    assert_eq!(
        app.overlay_scroll(),
        0,
        "a new panel starts with 988 at the top"
    );
    apply(&mut app, &[Back]);
    assert_eq!(app, under);
    apply(&mut app, &[Back]);
    assert_eq!(app.overlay_kinds(), vec![Overlay::Crisis]);
    assert_eq!(app.overlay_scroll(), 2, "the first panel kept its place");
}

#[test]
fn keys_under_an_overlay_do_not_reach_the_screen() {
    let mut app = app(80, 24);
    apply(&mut app, &[Choose(0), OpenCrisis, Down, Select]);
    assert_eq!(app.screen, Screen::Contents);
    assert_eq!(app.contents.selected, 0);
}

#[test]
fn quit_is_immediate() {
    let mut app = app(80, 24);
    apply(&mut app, &[Choose(0), Quit]);
    assert!(app.should_quit);
}

#[test]
fn update_reports_whether_anything_changed() {
    let mut app = app(80, 24);
    assert!(!app.update(Up), "Up at the top of the menu changes nothing");
    assert!(app.update(Down));
    assert!(!app.update(NextSection), "not on the reader");
}

#[test]
fn resizing_keeps_the_reading_place() {
    let mut app = app(100, 30);
    apply(&mut app, &[Choose(0), Digit(3)]);
    for _ in 0..40 {
        app.update(Down);
    }
    let top_before = app.reader_lines()[app.reader.scroll].clone();
    app.update(Resize {
        width: 50,
        height: 20,
    });
    let top_after = &app.reader_lines()[app.reader.scroll];
    assert_eq!(top_after.anchor.block, top_before.anchor.block);
    assert!(top_after.anchor <= top_before.anchor);
    // The words that were at the top are still on screen.
    let first_word = top_before
        .text()
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_string();
    let screen = screen_text(&app).join("\n");
    assert!(
        screen.contains(&first_word),
        "{first_word:?} lost after resize"
    );
}

#[test]
fn resize_clamps_scroll_positions() {
    let mut app = app(80, 24);
    apply(&mut app, &[OpenCrisis, Bottom]);
    assert!(app.overlay_scroll() > 0);
    app.update(Resize {
        width: 200,
        height: 100,
    });
    assert_eq!(
        app.crisis_max_scroll(false),
        0,
        "everything fits at 200×100"
    );
    assert_eq!(app.overlay_scroll(), 0);
}

/// Opening and closing the crisis panel between the two digits of a section number loses
/// neither: help never costs a person what they were doing.
#[test]
fn the_crisis_panel_between_two_digits_keeps_the_first() {
    let mut app = app(80, 24);
    apply(&mut app, &[Select]);
    assert_eq!(app.screen, Screen::Contents);
    apply(&mut app, &[Digit(1)]);
    let before = app.clone();
    apply(&mut app, &[OpenCrisis]);
    assert_eq!(app.top_overlay(), Some(Overlay::Crisis));
    apply(&mut app, &[Back]);
    assert_eq!(app, before);
    apply(&mut app, &[Digit(1)]);
    assert_eq!(app.screen, Screen::Reader);
    assert_eq!(app.reader.section, 10, "1 then 1 is section 11");
}

// ---- issue 23: the status line, digits, keys ------------------------------------------------

/// Starts an app at a size: `app` in English, `common::app_es` in Spanish.
type Start = fn(u16, u16) -> lantern::app::App;

/// Where the event loop would have written the summary; any path will do.
const SAVED_AT: &str = "/home/sam/Documents/lantern/lantern-self-check-2026-01-01.txt";

/// `s` on the results: the confirmation (or the reason it failed) shows over the footer,
/// where the person is looking, at the top of the results as at the minimum size, in
/// English and Spanish. Before, it was only a line far down the results.
#[test]
fn saving_the_summary_confirms_on_the_visible_screen() {
    let languages: [(Start, &str, &str); 2] = [
        (app, "Saved your summary to", "Could not save the summary"),
        (
            common::app_es,
            "Su resumen se guardó en",
            "No se pudo guardar el resumen",
        ),
    ];
    for (start, saved, failed) in languages {
        for (width, height) in [(80, 24), (40, 12)] {
            let mut app = start(width, height);
            common::answer_calmly(&mut app);
            assert_eq!(app.self_check.stage, Stage::Results);
            assert_eq!(app.self_check.results_scroll, 0);
            app.update(SaveSummary);
            let effects = app.take_effects();
            let [effect @ Effect::SaveSummary(_)] = effects.as_slice() else {
                panic!("{effects:?}");
            };
            assert!(app.effect_done(effect, Ok(SAVED_AT.into())));
            let screen = screen_text(&app).join("\n");
            assert!(screen.contains(saved), "{width}×{height}:\n{screen}");
            // The whole path, wrapped if need be.
            let joined: String = screen_text(&app).iter().map(|r| r.trim()).collect();
            assert!(joined.contains(SAVED_AT), "{width}×{height}:\n{screen}");
            // The footer's way to help is still there under it.
            assert!(screen.lines().last().is_some_and(|l| l.contains("988")));

            app.update(SaveSummary);
            let effects = app.take_effects();
            assert!(app.effect_done(&effects[0], Err(common::io_error("disk full"))));
            let screen = screen_text(&app).join("\n");
            assert!(screen.contains(failed), "{width}×{height}:\n{screen}");
        }
    }
}

/// The counselor, English and Spanish.
fn counselor(lang: lantern::i18n::Lang) -> lantern::app::App {
    let settings = lantern::config::Settings {
        lang,
        ..common::mode_settings(lantern::config::Mode::Counselor)
    };
    common::app_with_languages(settings, 80, 24)
}

/// `1` `0` on the contents shows section 1 for a moment on the way to section 10: only
/// section 10 counts as opened, for "remember my place" and for the handout's "What we
/// covered".
#[test]
fn one_then_zero_opens_only_section_ten() {
    use lantern::i18n::Lang;
    for lang in [Lang::En, Lang::Es] {
        let mut app = counselor(lang);
        apply(&mut app, &[Choose(0), Digit(1), Digit(0)]);
        assert_eq!(app.reader.section, 9);
        assert_eq!(app.visited.iter().copied().collect::<Vec<_>>(), vec![9]);
        assert_eq!(app.place().read, vec![app.pack.sections[9].id.clone()]);
        apply(&mut app, &[Handout]);
        let effects = app.take_effects();
        let [Effect::SaveHandout {
            sections, answers, ..
        }] = effects.as_slice()
        else {
            panic!("{effects:?}");
        };
        assert_eq!(sections, &vec![9]);
        let handout =
            lantern::plain::handout(&app.pack, sections, answers.as_ref(), None, "2026-01-01");
        let first = format!("1. {}", app.pack.sections[0].title);
        let tenth = format!("10. {}", app.pack.sections[9].title);
        assert!(!handout.contains(&first), "{lang:?}: {handout}");
        assert!(handout.contains(&tenth), "{lang:?}: {handout}");
    }
}

/// A first digit's section counts once the person stays on it: the wait runs out, they do
/// something else, or they leave; and the crisis panel between two digits still keeps the
/// first one.
#[test]
fn a_first_digit_counts_once_the_person_stays() {
    use lantern::i18n::Lang;
    let opened = |app: &lantern::app::App| app.visited.iter().copied().collect::<Vec<_>>();
    // The wait runs out.
    let mut app = counselor(Lang::En);
    apply(&mut app, &[Choose(0), Digit(1)]);
    assert_eq!(app.reader.section, 0, "shown at once");
    assert!(opened(&app).is_empty(), "a second digit may follow");
    // Leaving now (a signal, a closed terminal): what is on screen was read.
    assert_eq!(app.place().read, vec![app.pack.sections[0].id.clone()]);
    assert_eq!(app.place().section, app.pack.sections[0].id);
    app.update(Tick(std::time::Duration::from_secs(2)));
    assert_eq!(opened(&app), vec![0]);
    // Anything else done.
    let mut app = counselor(Lang::En);
    apply(&mut app, &[Choose(0), Digit(1), Down]);
    assert_eq!(opened(&app), vec![0]);
    // Already read before: a second digit does not take that away.
    apply(&mut app, &[Digit(1), Digit(1)]);
    assert_eq!(opened(&app), vec![0, 10]);
    // Help between the digits: still one number, and still only that section.
    let mut app = counselor(Lang::Es);
    apply(&mut app, &[Choose(0), Digit(1), OpenCrisis, Back, Digit(0)]);
    assert_eq!(app.reader.section, 9);
    assert_eq!(opened(&app), vec![9]);
    // A digit that cannot begin a two-digit number counts at once.
    let mut app = counselor(Lang::En);
    apply(&mut app, &[Choose(0), Digit(3)]);
    assert_eq!(opened(&app), vec![2]);
}

/// `Home`, `End`, `g` and `G` on the self-check results, as on every other scrolled text.
#[test]
fn home_end_g_and_shift_g_scroll_the_self_check_results() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    for (width, height) in [(80, 24), (40, 12)] {
        let mut app = app(width, height);
        common::answer_calmly(&mut app);
        let end = app.results_max_scroll();
        assert!(end > 0, "the results are longer than {width}×{height}");
        let keys = [
            (KeyCode::End, KeyModifiers::NONE, end),
            (KeyCode::Home, KeyModifiers::NONE, 0),
            (KeyCode::Char('G'), KeyModifiers::SHIFT, end),
            (KeyCode::Char('g'), KeyModifiers::NONE, 0),
        ];
        for (code, modifiers, expected) in keys {
            let action = app.action_for(&KeyEvent::new(code, modifiers));
            assert!(action.is_some(), "{code:?} does nothing on the results");
            app.update(action.unwrap_or(Activity));
            assert_eq!(app.self_check.results_scroll, expected, "{code:?}");
        }
    }
}

/// The keys panel says "↓ more" on its border while keys are hidden below, as the crisis
/// panel does, at the minimum size and up, in both languages; not once the end shows.
#[test]
fn the_keys_panel_says_when_more_keys_are_below() {
    let languages: [(Start, &str); 2] = [(app, "↓ more"), (common::app_es, "↓ más")];
    let screens: [&[Action]; 4] = [&[], &[Choose(0)], &[Choose(0), Digit(1)], &[Choose(1)]];
    let mut hidden_somewhere = false;
    for (start, more) in languages {
        for (width, height) in [(40, 12), (52, 14), (64, 18), (80, 24), (120, 40)] {
            for screen in screens {
                let mut app = start(width, height);
                apply(&mut app, screen);
                apply(&mut app, &[ToggleHelp]);
                let border = |app: &lantern::app::App| {
                    // The panel's bottom border: the row above the footer.
                    screen_text(app)[usize::from(height) - 2].clone()
                };
                let hidden = app.help_max_scroll() > 0;
                hidden_somewhere |= hidden;
                let row = border(&app);
                assert_eq!(
                    row.contains(more),
                    hidden,
                    "{width}×{height} {screen:?}: {row}"
                );
                apply(&mut app, &[Bottom]);
                let row = border(&app);
                assert!(!row.contains(more), "{width}×{height} at the end: {row}");
            }
        }
    }
    assert!(hidden_somewhere, "some size hides keys");
}

/// A key as the terminal sends it.
fn key(c: char) -> ratatui::crossterm::event::KeyEvent {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

/// A counselor's app in `lang`, with a question open over the screen.
fn asking(lang: lantern::i18n::Lang) -> lantern::app::App {
    let settings = lantern::config::Settings {
        lang,
        ..common::mode_settings(lantern::config::Mode::Counselor)
    };
    let mut app = common::app_with_languages(settings, 80, 24);
    apply(&mut app, &[NewClient]);
    assert!(matches!(app.top_overlay(), Some(Overlay::Confirm(_))));
    app
}

#[test]
fn every_question_is_answered_by_the_letter_its_buttons_show() {
    for lang in lantern::i18n::Lang::ALL {
        let app = asking(lang);
        let mut buttons = 0;
        for (name, said) in lang.catalog().phrases() {
            let answer = match name.rsplit('_').next() {
                // Keys in the help list, and the line mode's "is not y or n", are not buttons.
                _ if name.starts_with("key_") || name.starts_with("not_") => continue,
                Some("yes") => Yes,
                Some("no") => No,
                _ => continue,
            };
            // " Sí, borrar todo (s) ": the letter in brackets at the end.
            let label = said[0].trim();
            let letter = label
                .strip_suffix(')')
                .and_then(|l| l.rsplit_once('('))
                .map(|(_, letter)| letter)
                .unwrap_or_else(|| panic!("{name} shows no key: {label:?}"));
            let [letter] = letter.chars().collect::<Vec<_>>()[..] else {
                panic!("{name}: {letter:?}");
            };
            assert_eq!(
                app.action_for(&key(letter)),
                Some(answer),
                "{lang:?} {name}"
            );
            // And it is the first letter of the answer's own word: `s` for "Sí".
            let word = match answer {
                Yes => lang.catalog().key_yes,
                _ => lang.catalog().key_no,
            };
            let first = word.chars().next().map(|c| c.to_lowercase().to_string());
            assert_eq!(first, Some(letter.to_string()), "{lang:?} {name}");
            buttons += 1;
        }
        assert!(buttons >= 4, "{lang:?}: {buttons}");
    }
}

#[test]
fn in_spanish_s_says_yes_and_y_still_does_but_not_in_english() {
    use lantern::i18n::Lang;
    let mut spanish = asking(Lang::Es);
    assert_eq!(spanish.action_for(&key('y')), Some(Yes));
    let said = spanish.action_for(&key('s')).expect("s is bound");
    spanish.update(said);
    assert_eq!(spanish.top_overlay(), None);
    assert_eq!(spanish.notice, Some(lantern::app::Notice::NewClientReady));

    // In English `s` answers nothing: the question stays until y, n or Esc.
    let english = asking(Lang::En);
    assert_eq!(english.action_for(&key('s')), None);
}

/// A personal-mode app that remembers a place in section 4, so the welcome screen offers
/// "Continue reading".
fn with_a_saved_place() -> lantern::app::App {
    let pack = common::builtin();
    let place = lantern::store::Place {
        section: pack.sections[3].id.clone(),
        block: 3,
        offset: 0,
        read: vec![pack.sections[3].id.clone()],
    };
    let settings = lantern::config::Settings {
        remember_place: true,
        ..lantern::config::Settings::default()
    };
    let mut app = lantern::app::App::with_settings(pack, settings, Some(place));
    app.update(Resize {
        width: 80,
        height: 24,
    });
    app
}

/// Where pressing the key shown beside a welcome item leads, for each item on screen.
fn each_welcome_key_leads_to(app: &lantern::app::App) -> Vec<(String, String)> {
    let mut led = Vec::new();
    for (i, item) in app.welcome_items().iter().enumerate() {
        let resume = app.welcome.resume.map(|(section, _)| section);
        let (name, _) = lantern::screens::welcome::item_text(&app.ctx(), resume, *item);
        // "▶ 1 Read — …": the key is the word just before the item's name.
        let key_before = |line: &String| -> Option<char> {
            let at = line.find(&format!(" {name}"))?;
            let word = line[..at].split_whitespace().last()?;
            let mut chars = word.chars();
            let c = chars.next()?;
            chars.next().is_none().then_some(c)
        };
        let c = screen_text(app)
            .iter()
            .find_map(key_before)
            .unwrap_or_else(|| panic!("{name} is not on screen beside a key"));
        let mut pressed = app.clone();
        let action = pressed.action_for(&key(c)).expect("the key shown is bound");
        pressed.update(action);
        let went = match (pressed.top_overlay(), pressed.screen) {
            (Some(Overlay::Crisis), _) => "crisis".to_string(),
            (_, screen) => format!("{screen:?}"),
        };
        assert_eq!(pressed.welcome.selected, i, "{name}");
        led.push((format!("{c} {name}"), went));
    }
    led
}

#[test]
fn welcome_numbers_stay_put_when_continue_reading_appears() {
    let want: Vec<(String, String)> = [
        ("1 Read", "Contents"),
        ("2 Self-check", "SelfCheck"),
        ("3 Get help now", "crisis"),
        ("4 My plan for hard moments", "Plan"),
    ]
    .iter()
    .map(|(key, went)| (key.to_string(), went.to_string()))
    .collect();
    assert_eq!(each_welcome_key_leads_to(&app(80, 24)), want);

    let resumed = with_a_saved_place();
    let led = each_welcome_key_leads_to(&resumed);
    let mut with_continue = vec![("c Continue reading".to_string(), "Reader".to_string())];
    with_continue.extend(want);
    assert_eq!(led, with_continue);
    // Enter still opens the first item, "Continue reading", in section 4.
    let mut again = resumed.clone();
    apply(&mut again, &[Select]);
    assert_eq!((again.screen, again.reader.section), (Screen::Reader, 3));
}

#[test]
fn a_click_on_a_welcome_item_opens_that_item_with_continue_reading_above() {
    use lantern::input::action::Target;
    let mut app = with_a_saved_place();
    apply(&mut app, &[Click(Target::WelcomeItem(1))]);
    assert_eq!(app.screen, Screen::Contents, "the second item is Read");
}
