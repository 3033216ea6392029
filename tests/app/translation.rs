//! A pack and its translation as an author and a reader meet them: a translation that
//! drifts from the pack it translates is refused with a located error, and a person whose
//! locale is Spanish gets the Spanish crisis list, 988 first.

use crate::common;

use std::process::{Command, Output, Stdio};

use crate::common::fixture::{copy_builtin, edit};

/// `lantern ARGS` with no locale but `env`, a home of its own and nothing on standard input.
fn lantern(args: &[&str], env: &[(&str, &str)]) -> Output {
    lantern_with_input(args, env, "")
}

/// `lantern ARGS` with no locale but `env`, a home of its own and `input` on standard input.
fn lantern_with_input(args: &[&str], env: &[(&str, &str)], input: &str) -> Output {
    use std::io::Write;
    let mut command = Command::new(env!("CARGO_BIN_EXE_lantern"));
    command
        .args(args)
        .env_remove("LANTERN_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("HOME", env!("CARGO_TARGET_TMPDIR"))
        .env("XDG_CONFIG_HOME", env!("CARGO_TARGET_TMPDIR"))
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("run lantern");
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(input.as_bytes()).expect("write stdin");
    }
    child.wait_with_output().expect("wait for lantern")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).to_string()
}

/// A copy of the built-in pack with one edit to its Spanish translation; returns what
/// `validate` printed after checking that it, and loading the pack, are refused.
fn refused(file: &str, change: impl FnOnce(&str) -> String) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_builtin(dir.path());
    edit(dir.path(), &format!("es/{file}"), change);
    let path = dir.path().to_string_lossy().to_string();
    let report = lantern(&["validate", &path], &[]);
    assert_eq!(report.status.code(), Some(2), "{}", text(&report.stdout));
    let run = lantern(&["--content", &path, "resources"], &[]);
    assert_eq!(run.status.code(), Some(2), "loading is refused too");
    assert!(run.stdout.is_empty(), "nothing shown from a refused pack");
    (dir, text(&report.stdout))
}

/// The report has a line `DIR/es/FILE:LINE:COL: ...` containing `message`.
fn assert_located(dir: &tempfile::TempDir, report: &str, file: &str, message: &str) {
    let prefix = format!("{}:", dir.path().join("es").join(file).display());
    let line = report
        .lines()
        .find(|l| l.starts_with(&prefix) && l.contains(message))
        .unwrap_or_else(|| panic!("no line {prefix}… with {message:?}:\n{report}"));
    let place: Vec<&str> = line[prefix.len()..].splitn(3, ':').collect();
    assert!(
        place.len() == 3 && place[0].parse::<usize>().is_ok() && place[1].parse::<usize>().is_ok(),
        "LINE:COL after the file: {line}"
    );
}

#[test]
fn the_built_in_pack_and_its_translation_validate_together() {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_builtin(dir.path());
    let path = dir.path().to_string_lossy().to_string();
    let report = lantern(&["validate", &path], &[]);
    assert_eq!(report.status.code(), Some(0), "{}", text(&report.stdout));
    // Both languages are checked: the Spanish one under its own name.
    assert!(
        text(&report.stdout).contains(&format!("{path}/es")),
        "{}",
        text(&report.stdout)
    );
}

#[test]
fn a_source_with_another_year_or_doi_is_refused() {
    let (dir, report) = refused("references.toml", |t| {
        t.replacen("year = 2026\n", "", 1).replacen(
            "doi = \"10.1002/da.22968\"",
            "doi = \"10.1002/da.22969\"",
            1,
        )
    });
    assert_located(
        &dir,
        &report,
        "references.toml",
        "has year none, but the pack it translates has 2026",
    );
    assert_located(
        &dir,
        &report,
        "references.toml",
        "reference `gaynes-2020` has doi 10.1002/da.22969, but the pack it translates has \
         10.1002/da.22968",
    );
}

#[test]
fn sections_in_another_order_are_refused_where_the_translation_differs() {
    let (dir, report) = refused("sections/02-what-ketamine-is.toml", |t| {
        t.replacen(
            "id = \"what-is-ketamine\"",
            "id = \"ketamine-as-treatment\"",
            1,
        )
    });
    assert_located(
        &dir,
        &report,
        "sections/02-what-ketamine-is.toml",
        "`what-is-ketamine` in the pack it translates",
    );
}

#[test]
fn a_changed_crisis_number_is_refused() {
    let (dir, report) = refused("crisis.toml", |t| {
        t.replacen("number = \"911\"", "number = \"912\"", 1)
    });
    assert_located(&dir, &report, "crisis.toml", "numbers must be the same");
}

#[test]
fn crisis_resources_in_another_order_are_refused() {
    let (dir, report) = refused("crisis.toml", |t| {
        t.replacen("id = \"988\"", "id = \"swap\"", 1)
            .replacen("id = \"911\"", "id = \"988\"", 1)
            .replacen("id = \"swap\"", "id = \"911\"", 1)
    });
    assert_located(&dir, &report, "crisis.toml", "crisis resource");
}

#[test]
fn a_missing_answer_is_refused() {
    let (dir, report) = refused("questionnaire.toml", |t| {
        t.replacen("  { id = \"yes\", text = \"Sí\", urgent = true },\n", "", 1)
    });
    assert_located(
        &dir,
        &report,
        "questionnaire.toml",
        "answer of question `safety`",
    );
}

#[test]
fn a_rule_with_another_outcome_is_refused() {
    let (dir, report) = refused("questionnaire.toml", |t| {
        t.replacen("outcome = \"reach-out-now\"", "outcome = \"talk-soon\"", 1)
    });
    assert_located(&dir, &report, "questionnaire.toml", "rule");
}

#[test]
fn a_translation_that_names_another_language_is_refused() {
    let (dir, report) = refused("pack.toml", |t| {
        t.replacen("language = \"es\"", "language = \"en\"", 1)
    });
    assert_located(&dir, &report, "pack.toml", "its language must be `es`");
}

#[test]
fn a_spanish_locale_gets_the_spanish_crisis_list_with_988_first() {
    let out = lantern(&["resources"], &[("LANG", "es_US.UTF-8")]);
    assert_eq!(out.status.code(), Some(0));
    let printed = text(&out.stdout);
    let first_number = printed
        .lines()
        .find(|l| l.contains("988") || l.contains("911"))
        .unwrap_or_default();
    assert!(first_number.contains("988"), "988 comes first:\n{printed}");
    assert!(
        printed.contains("marque 2"),
        "press 2 for Spanish:\n{printed}"
    );
    assert!(printed.contains("AYUDA"), "text AYUDA:\n{printed}");
    // lantern's own words are Spanish too: the heading first, then the opening words
    // (wrapped for print, up to the first blank line).
    let mut lines = printed.lines();
    assert_eq!(lines.next(), Some("Obtenga ayuda ahora"), "{printed}");
    let opening: Vec<&str> = lines.take_while(|l| !l.is_empty()).collect();
    assert_eq!(
        opening.join(" "),
        Lang::Es.catalog().crisis_opening,
        "{printed}"
    );
    assert!(printed.contains(Lang::Es.catalog().crisis_how), "{printed}");
    assert!(!printed.contains("Get help now"), "{printed}");
    // The flag outranks the locale.
    let english = text(&lantern(&["--lang", "en", "resources"], &[("LANG", "es_US.UTF-8")]).stdout);
    assert!(!english.contains("Llame"), "{english}");
    assert!(english.contains("988"));
}

// ---- The app in Spanish ----------------------------------------------------------------------

use std::collections::BTreeSet;
use std::time::Duration;

use lantern::app::{Action, Action::*, App, Effect, Screen, Stage};
use lantern::config::{Mode, SettingValue, Settings};
use lantern::i18n::catalog::SAMPLE_TEXT;
use lantern::i18n::Lang;

/// The pieces of a catalog message a screen can show: the fixed words between its
/// arguments, ends trimmed of punctuation, with at least four letters.
fn fragments(said: &str) -> Vec<String> {
    said.split(|c: char| c.is_ascii_digit() || SAMPLE_TEXT.contains(c))
        .map(|f| normalized(f.trim_matches(|c: char| !c.is_alphanumeric())))
        .filter(|f| f.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect()
}

/// Every English phrase of lantern's own that must never show on a Spanish screen: each
/// piece of the English catalog that its Spanish counterpart does not also say. Made from
/// the catalogs, so it cannot fall out of date; only words the two languages share (such
/// as "Unicode" or "988"), and words the Spanish content itself uses (names such as
/// "Crisis Text Line") are left out.
fn english_only_phrases() -> Vec<String> {
    let english = Lang::En.catalog().phrases();
    let spanish = Lang::Es.catalog().phrases();
    let files = lantern::builtin::files(Lang::Es);
    let mut content: Vec<&str> = vec![
        &files.pack.text,
        &files.crisis.text,
        &files.references.text,
        &files.glossary.text,
        &files.questionnaire.text,
        &files.review.text,
    ];
    content.extend(files.sections.iter().map(|f| f.text.as_str()));
    let content = content.join("\n");
    let mut phrases = BTreeSet::new();
    for ((field, en), (same_field, es)) in english.iter().zip(&spanish) {
        assert_eq!(field, same_field);
        for fragment in en.iter().flat_map(|said| fragments(said)) {
            let shared = es.iter().any(|said| normalized(said).contains(&fragment));
            if !shared && english_on(&content, std::slice::from_ref(&fragment)).is_empty() {
                phrases.insert(fragment);
            }
        }
    }
    phrases.into_iter().collect()
}

/// Text with lines joined, box drawing and markers taken out and spaces collapsed, so a
/// phrase wrapped over two rows or inside a panel is still found.
fn normalized(text: &str) -> String {
    text.chars()
        .map(|c| {
            if "║│╔╗╚╝┌┐└┘═─▌▶•\n".contains(c) {
                ' '
            } else {
                c
            }
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where `phrase` stands as whole words in `screen` (a phrase cut short at the edge of the
/// screen is caught by its first three words).
fn english_on(screen: &str, phrases: &[String]) -> Vec<String> {
    let screen = normalized(screen);
    let whole_word_at = |probe: &str| {
        screen.match_indices(probe).any(|(at, _)| {
            let before = screen[..at].chars().next_back();
            let after = screen[at + probe.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    };
    phrases
        .iter()
        .filter(|phrase| {
            let words: Vec<&str> = phrase.split(' ').collect();
            whole_word_at(phrase) || (words.len() > 3 && whole_word_at(&words[..3].join(" ")))
        })
        .cloned()
        .collect()
}

fn apply(app: &mut App, actions: &[Action]) {
    for action in actions {
        app.update(*action);
    }
}

/// Every screen and panel of one app, each step drawn: from `actions`, then through all
/// its pages when it scrolls.
fn screens_after(app: &App, actions: &[Action], pages: bool) -> Vec<(String, String)> {
    let mut app = app.clone();
    apply(&mut app, actions);
    let name = |app: &App| format!("{actions:?} at {}x{}", app.area.width, app.area.height);
    let mut shown = vec![(name(&app), common::screen_text(&app).join("\n"))];
    if !pages {
        return shown;
    }
    loop {
        let before = app.clone();
        app.update(PageDown);
        if app == before {
            return shown;
        }
        shown.push((name(&app), common::screen_text(&app).join("\n")));
    }
}

fn kiosk(lang: Lang) -> Settings {
    Settings {
        lang,
        admin_pin: Some("2468".into()),
        ..common::mode_settings(Mode::Kiosk)
    }
}

/// Every screen, panel, dialog and notice there is, in each mode, at the sizes people use.
fn every_screen(lang: Lang) -> Vec<(String, String)> {
    let pack = common::builtin_in(lang);
    let sections = pack.sections.len();
    let answer_all = |urgent: bool| {
        let mut actions = vec![Choose(1), Select];
        for (i, q) in pack.questionnaire.questions.iter().enumerate() {
            let safety = q.options.iter().position(|o| o.urgent);
            actions.push(Choose(match safety {
                Some(yes) if urgent => yes,
                _ => i % 2,
            }));
        }
        actions
    };
    let typed = |words: &str| {
        let mut actions = vec![OpenSearch];
        actions.extend(words.chars().map(Input));
        actions
    };
    let mut shown = Vec::new();
    let personal = Settings {
        lang,
        config_file: Some("/tmp/lantern-test/config.toml".into()),
        ..Settings::default()
    };
    let counselor = Settings {
        lang,
        ..common::mode_settings(Mode::Counselor)
    };
    for settings in [personal, counselor, kiosk(lang)] {
        for mouse in [false, true] {
            for (width, height) in [(80, 24), (40, 12), (200, 60)] {
                let settings = Settings {
                    mouse,
                    ..settings.clone()
                };
                let app = common::app_with_languages(settings, width, height);
                let mut walks: Vec<(Vec<Action>, bool)> = vec![
                    (vec![], false),
                    (vec![ToggleHelp], true),
                    (vec![OpenCrisis], true),
                    (vec![Choose(0)], false),
                    (vec![Choose(0), Bottom], false),
                    (vec![Choose(0), ToggleHelp], true),
                    (vec![Choose(0), OpenGlossary], true),
                    (vec![Choose(0), OpenSources], true),
                    (vec![OpenSettings], false),
                    (vec![OpenSettings, ToggleHelp], true),
                    (vec![OpenSearch], false),
                    (vec![OpenSearch, ToggleHelp], true),
                    (typed("ketamina"), true),
                    (typed("a"), true),
                    (typed("zzzz"), false),
                    (vec![Choose(1)], false),
                    (vec![Choose(1), ToggleHelp], true),
                    (vec![Choose(1), Select, ToggleHelp], true),
                    (vec![Choose(1), Select, Down, ClearAnswers], false),
                    (
                        vec![Choose(1), Select, Choose(1), Choose(0), PreviousQuestion],
                        false,
                    ),
                    (answer_all(true), true),
                    ([answer_all(true), vec![Back, ToggleHelp]].concat(), true),
                    ([answer_all(false), vec![]].concat(), true),
                    ([answer_all(false), vec![Back, Select]].concat(), false),
                    (vec![Choose(0), Digit(1), TogglePrompts], true),
                    (vec![Choose(0), Digit(1), ToggleHelp], true),
                    (vec![Choose(0), NewClient], false),
                    ([answer_all(false), vec![Handout]].concat(), false),
                    (vec![Choose(0), NewClient, Yes], false),
                    (vec![AdminExit], false),
                    (vec![AdminExit, Input('1'), Select], false),
                    (
                        [vec![AdminExit], [Input('1'), Select].repeat(5)].concat(),
                        false,
                    ),
                    (vec![AdminExit, ToggleHelp], false),
                    (
                        vec![Choose(0), Digit(2), Tick(Duration::from_secs(125))],
                        false,
                    ),
                ];
                // Every question, and every section page by page, at the common size.
                if (width, height) == (80, 24) && !mouse {
                    let all = answer_all(false);
                    for asked in 2..all.len() {
                        walks.push((all[..asked].to_vec(), false));
                    }
                    for n in 1..=sections {
                        let digit = u8::try_from(n % 10).unwrap_or(0);
                        let mut open = vec![Choose(0)];
                        if n >= 10 {
                            open.push(Digit(1));
                        }
                        open.push(Digit(digit));
                        walks.push((open, true));
                    }
                }
                for (actions, pages) in walks {
                    shown.extend(screens_after(&app, &actions, pages));
                }
                // Notices, as the event loop reports how a file went.
                let mut saved = app.clone();
                apply(&mut saved, &answer_all(false));
                for (effect, result) in [
                    (
                        Effect::SaveSummary(saved.self_check.answers.clone()),
                        Ok("/tmp/x.txt".into()),
                    ),
                    (
                        Effect::SaveSummary(saved.self_check.answers.clone()),
                        Err(common::io_error("disk full")),
                    ),
                    (
                        Effect::SaveHandout {
                            sections: vec![0],
                            answers: None,
                            plan: None,
                        },
                        Ok("/tmp/h.txt".into()),
                    ),
                    (
                        Effect::SaveHandout {
                            sections: vec![0],
                            answers: None,
                            plan: None,
                        },
                        Err(common::io_error("disk full")),
                    ),
                    (
                        Effect::SaveSetting("theme", SettingValue::Text("mono".into())),
                        Err(common::io_error("read-only")),
                    ),
                ] {
                    let mut told = saved.clone();
                    told.effect_done(&effect, result);
                    shown.extend(screens_after(&told, &[Bottom], false));
                }
            }
        }
    }
    // A saved place to go back to.
    let place = lantern::store::Place {
        section: pack.sections[1].id.clone(),
        ..Default::default()
    };
    let english = common::builtin_in(Lang::En);
    let others = vec![(Lang::Es, common::builtin_in(Lang::Es))];
    let settings = Settings {
        lang,
        ..Settings::default()
    };
    let mut app = App::with_packs((Lang::En, english), others, settings, Some(place));
    app.update(Resize {
        width: 80,
        height: 24,
    });
    shown.extend(screens_after(&app, &[], false));
    // Below the minimum size, with and without the crisis panel.
    for (width, height) in [(39, 12), (30, 8), (20, 5), (16, 3)] {
        let app = common::app_with_languages(kiosk(lang), width, height);
        shown.extend(screens_after(&app, &[], false));
        shown.extend(screens_after(&app, &[OpenCrisis], true));
    }
    shown
}

#[test]
fn no_english_word_of_lantern_shows_on_any_spanish_screen() {
    let phrases = english_only_phrases();
    assert!(phrases.len() > 150, "{}", phrases.len());
    let mut found = Vec::new();
    for (what, screen) in every_screen(Lang::Es) {
        let english = english_on(&screen, &phrases);
        if !english.is_empty() {
            found.push(format!("{what}: {english:?}\n{screen}"));
        }
    }
    assert!(
        found.is_empty(),
        "English on Spanish screens:\n{}",
        found.join("\n\n")
    );
}

#[test]
fn the_english_check_finds_english() {
    // The same walk in English must trip the check, or the check proves nothing.
    let phrases = english_only_phrases();
    let screens = every_screen(Lang::En);
    let found: BTreeSet<String> = screens
        .iter()
        .flat_map(|(_, screen)| english_on(screen, &phrases))
        .collect();
    for expected in ["Get help now", "Still there?", "Prefer not to say", "Space"] {
        let expected = normalized(expected.trim_matches(|c: char| !c.is_alphanumeric()));
        assert!(found.contains(&expected), "{expected} not found");
    }
    assert!(
        found.len() * 2 > phrases.len(),
        "{} of {}",
        found.len(),
        phrases.len()
    );
}

#[test]
fn a_kiosk_visitor_switches_language_and_the_wipe_brings_back_the_kiosks() {
    let mut app = common::app_with_languages(kiosk(Lang::En), 80, 24);
    let l = ratatui::crossterm::event::KeyEvent::new(
        ratatui::crossterm::event::KeyCode::Char('l'),
        ratatui::crossterm::event::KeyModifiers::NONE,
    );
    assert_eq!(app.action_for(&l), Some(NextLanguage));
    app.update(NextLanguage);
    assert_eq!(app.lang(), Lang::Es);
    assert!(common::screen_text(&app)
        .join("\n")
        .contains("Obtenga ayuda ahora"));
    assert!(app.take_effects().is_empty(), "a kiosk saves nothing");
    apply(&mut app, &[Choose(1), Select, Choose(2)]);
    // Left alone: "Still there?" in the visitor's language, then the wipe.
    app.update(Tick(app.settings.idle_timeout));
    assert!(common::screen_text(&app).join("\n").contains("¿Sigue ahí?"));
    app.update(Tick(app.settings.countdown));
    assert_eq!(app.lang(), Lang::En, "back to the kiosk's own language");
    assert_eq!(app.screen, Screen::Welcome);
    assert!(app.is_pristine());
    assert!(common::screen_text(&app)
        .join("\n")
        .contains("Get help now"));
    // "End session" does the same at once; a Spanish kiosk goes back to Spanish.
    let mut app = common::app_with_languages(kiosk(Lang::Es), 80, 24);
    apply(&mut app, &[NextLanguage, Choose(0)]);
    assert_eq!(app.lang(), Lang::En);
    apply(&mut app, &[EndSession]);
    assert_eq!(app.lang(), Lang::Es);
}

#[test]
fn one_touch_on_a_language_name_switches_to_it() {
    let mut app = common::app_with_languages(kiosk(Lang::En), 80, 24);
    let lines = common::screen_text(&app);
    let row = common::row_of(&lines, "Español").expect("the switch is shown");
    let column = common::column_of(&lines[row], "Español").expect("Español");
    let row = u16::try_from(row).expect("row");
    let touch = lantern::app::clicks::click(&app, column + 2, row);
    assert_eq!(
        touch,
        Click(lantern::app::clicks::Target::Language(Lang::Es))
    );
    app.update(touch);
    assert_eq!(app.lang(), Lang::Es);
    // The Spanish screen is laid out afresh: find the switch again.
    let lines = common::screen_text(&app);
    let row = common::row_of(&lines, "English").expect("the switch is shown");
    let column = common::column_of(&lines[row], "English").expect("English");
    let row = u16::try_from(row).expect("row");
    assert_eq!(lantern::app::clicks::at(&app, column - 1, row), None);
    app.update(lantern::app::clicks::click(&app, column, row));
    assert_eq!(app.lang(), Lang::En);
}

#[test]
fn the_settings_row_switches_language_and_personal_mode_saves_it() {
    let mut app = common::app_with_languages(
        Settings {
            config_file: Some("/tmp/lantern-test/config.toml".into()),
            ..Settings::default()
        },
        80,
        24,
    );
    apply(&mut app, &[OpenSettings]);
    let row = app
        .setting_items()
        .iter()
        .position(|i| *i == lantern::app::SettingItem::Language)
        .expect("a language row when there are two languages");
    let screen = common::screen_text(&app).join("\n");
    assert!(screen.contains("Language / Idioma: English"), "{screen}");
    for _ in 0..row {
        app.update(Down);
    }
    app.update(Select);
    assert_eq!(app.lang(), Lang::Es);
    assert_eq!(app.settings.lang, Lang::Es);
    assert_eq!(
        app.take_effects(),
        vec![Effect::SaveSetting("lang", SettingValue::Text("es".into()))]
    );
    let screen = common::screen_text(&app).join("\n");
    assert!(screen.contains("Idioma / Language: Español"), "{screen}");
    assert_eq!(app.screen, Screen::Settings, "the place is kept");
    // A counselor's switch lasts for the session only.
    let mut app = common::app_with_languages(common::mode_settings(Mode::Counselor), 80, 24);
    apply(&mut app, &[OpenSettings, Bottom, Select]);
    assert_eq!(app.lang(), Lang::Es);
    assert!(app.take_effects().is_empty());
    // With one language there is nothing to switch: no row, no key.
    let app = common::app(80, 24);
    assert!(!app
        .setting_items()
        .contains(&lantern::app::SettingItem::Language));
    assert!(!common::screen_text(&app).join("\n").contains("Español"));
}

#[test]
fn switching_language_keeps_the_place_and_the_answers() {
    let mut app = common::app_es(80, 24);
    apply(&mut app, &[Choose(1), Select, Choose(2), Choose(1)]);
    let answers = app.self_check.answers.clone();
    app.update(SetLanguage(Lang::En));
    assert_eq!(app.self_check.answers, answers);
    assert_eq!(app.self_check.stage, Stage::Question(2));
    assert!(common::screen_text(&app)
        .join("\n")
        .contains("Question 3 of"));
}

#[test]
fn the_footer_names_the_crisis_key_and_988_at_every_width_in_both_languages() {
    for lang in Lang::ALL {
        for width in 40..=240 {
            for actions in [
                &[][..],
                &[OpenSearch],
                &[OpenCrisis],
                &[Choose(0), Digit(4)],
            ] {
                let mut app = common::app_with_languages(
                    Settings {
                        lang,
                        ..Settings::default()
                    },
                    width,
                    12,
                );
                apply(&mut app, actions);
                let lines = common::screen_text(&app);
                let footer = lines.last().expect("a footer");
                assert!(footer.contains("988"), "{lang:?} {width}: {footer}");
                let key = if app.context().is_text_entry() {
                    "Ctrl-G"
                } else {
                    "!"
                };
                assert!(footer.contains(key), "{lang:?} {width}: {footer}");
            }
        }
    }
}

/// Both languages' footers on one screen at one width: on a dialog, the crisis panel, the
/// search field, the reader and the kiosk's PIN field, in every mode.
fn footers(width: u16, actions: &[lantern::app::Action], mode: Mode) -> [String; 2] {
    Lang::ALL.map(|lang| {
        let settings = Settings {
            lang,
            admin_pin: (mode == Mode::Kiosk).then(|| "2468".to_string()),
            ..common::mode_settings(mode)
        };
        let mut app = common::app_with_languages(settings, width, 24);
        apply(&mut app, actions);
        common::screen_text(&app).last().cloned().expect("a footer")
    })
}

#[test]
fn the_spanish_footer_names_ctrl_g_wherever_the_english_one_does() {
    let screens: [(&[lantern::app::Action], Mode); 7] = [
        (&[], Mode::Personal),
        (&[OpenSearch], Mode::Personal),
        (&[OpenCrisis], Mode::Personal),
        (&[Choose(0), Digit(4)], Mode::Personal),
        (&[NewClient], Mode::Counselor),
        (&[Choose(0), Digit(4)], Mode::Kiosk),
        (&[AdminExit], Mode::Kiosk),
    ];
    for (actions, mode) in screens {
        for width in 40..=160 {
            let [english, spanish] = footers(width, actions, mode);
            if english.contains("Ctrl-G") {
                assert!(
                    spanish.contains("Ctrl-G"),
                    "{mode:?} {actions:?} at {width}:\n{english}\n{spanish}"
                );
            }
        }
    }
    // The case: the welcome screen at 80 columns.
    let [english, spanish] = footers(80, &[], Mode::Personal);
    assert!(english.contains("! or Ctrl-G"), "{english}");
    assert!(spanish.contains("! o Ctrl-G"), "{spanish}");
}

#[test]
fn every_spanish_message_is_translated_but_the_words_both_languages_share() {
    // A message copied from English unchanged would hide from the screen check above, which
    // can only look for English the Spanish catalog does not also say.
    const SHARED: [&str; 4] = [
        "new_client_no",
        "plan_delete_no",
        "key_no",
        "characters_unicode",
    ];
    let english = Lang::En.catalog().phrases();
    let spanish = Lang::Es.catalog().phrases();
    let same: Vec<&str> = english
        .iter()
        .zip(&spanish)
        .filter(|((_, en), (_, es))| en == es)
        .map(|((field, _), _)| *field)
        .collect();
    assert_eq!(same, SHARED);
}

/// `lantern self-check` with `input` on standard input, in a Spanish locale.
fn self_check_in_spanish(input: &str) -> String {
    let out = lantern_with_input(&["self-check"], &[("LANG", "es_US.UTF-8")], input);
    assert!(out.status.success());
    text(&out.stdout)
}

#[test]
fn the_line_mode_self_check_speaks_spanish_and_a_safety_yes_prints_help_at_once() {
    let pack = common::builtin_in(Lang::Es);
    let q = &pack.questionnaire;
    let words = Lang::Es.catalog();
    // "No" to everything, then "Sí" to the safety question, which is asked last.
    let safety = q
        .questions
        .iter()
        .position(|q| q.options.iter().any(|o| o.urgent))
        .expect("a safety question");
    let mut input = String::new();
    for (i, question) in q.questions.iter().enumerate() {
        let yes = question.options.iter().position(|o| o.urgent);
        let choice = if i == safety { yes.unwrap_or(0) + 1 } else { 1 };
        input.push_str(&format!("{choice}\n"));
    }
    let printed = self_check_in_spanish(&format!("nueve\n{input}"));
    assert!(printed.starts_with(words.call_any_time), "{printed}");
    let first = format!(
        "Pregunta 1 de {}: {}",
        q.questions.len(),
        q.questions[0].text
    );
    assert!(printed.contains(&first), "{printed}");
    assert!(printed.contains(&format!(
        "{}. Prefiero no contestar",
        q.questions[0].options.len() + 1
    )));
    assert!(printed.contains("Escriba un número del 1 al"), "{printed}");
    assert!(
        printed.contains("Perdón, \"nueve\" no es uno de los números."),
        "{printed}"
    );
    // The calm note and the crisis lines come right after the answer, before the results.
    let note = printed.find(&q.urgent_message).expect("the calm note");
    let help = printed[note..]
        .find("Obtenga ayuda ahora")
        .map(|at| note + at);
    let results = printed.find("Resultado: ").expect("the results");
    assert!(help.is_some_and(|at| at < results), "{printed}");
    let lifeline = printed[note..].find("Línea 988").expect("988");
    let emergency = printed[note..].find("911 Emergencias").expect("911");
    assert!(lifeline < emergency);
    assert!(printed.contains("Por qué:") && printed.contains("Lo que puede hacer ahora:"));
    for english in [
        "Question",
        "Prefer not",
        "Type a number",
        "Result:",
        "Get help now",
    ] {
        assert!(!printed.contains(english), "{english} in:\n{printed}");
    }
    // Stopped early: said in Spanish too.
    let stopped = self_check_in_spanish("1\n");
    assert!(stopped.contains(words.stopped_early), "{stopped}");
}

#[test]
fn spanish_files_and_line_mode_have_no_english_of_lanterns() {
    let phrases = english_only_phrases();
    let pack = common::builtin_in(Lang::Es);
    let answers: Vec<_> = pack
        .questionnaire
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            Some(if i % 3 == 2 {
                lantern::selfcheck::Answer::PreferNotToSay
            } else {
                lantern::selfcheck::Answer::Choice(q.options.len() - 1)
            })
        })
        .collect();
    let all: Vec<usize> = (0..pack.sections.len()).collect();
    let handout = lantern::plain::handout(&pack, &all, Some(&answers), None, "2026-12-02");
    let summary = lantern::plain::summary_text(&pack, &answers, "2026-12-02");
    let mut resources = Vec::new();
    lantern::plain::resources(&pack, &mut resources).expect("resources");
    let mut menu = Vec::new();
    // A section and back, the self-check with a step back and its summary offered (kept
    // in memory here), the crisis lines, quit.
    let mut typed = String::from("1\nvolver\n1\n1\n2\n1\n0\n");
    typed.push_str(&"1\n".repeat(pack.questionnaire.questions.len()));
    typed.push_str("quizás\ns\n3\n4\n");
    let saved = |_: &[Option<lantern::selfcheck::Answer>]| Ok("/tmp/resumen.txt".into());
    lantern::plain::menu(&pack, &mut typed.as_bytes(), &mut menu, Some(&saved)).expect("menu");
    let said = text(&menu);
    for spanish in [
        "o 0 para volver:",
        "o 0 para parar:",
        "o 0 para volver a la pregunta anterior:",
        "Su respuesta fue:",
        "No se guarda nada, a menos que al final diga que sí",
        "¿Guardar un resumen de sus respuestas en un archivo?",
        "\"quizás\" no es s ni n.",
        "Su resumen se guardó en /tmp/resumen.txt",
    ] {
        assert!(said.contains(spanish), "{spanish} missing from:\n{said}");
    }
    for (what, text) in [
        ("handout", handout),
        ("summary", summary),
        ("resources", text(&resources)),
        ("menu", text(&menu)),
    ] {
        let english = english_on(&text, &phrases);
        assert!(english.is_empty(), "{what}: {english:?}\n{text}");
    }
}

#[test]
fn a_spanish_reader_gets_command_line_mistakes_in_spanish() {
    let out = lantern(&["--lang", "es", "read", "99"], &[]);
    assert_eq!(out.status.code(), Some(2));
    let said = text(&out.stderr);
    assert!(said.contains("no hay ninguna sección `99`"), "{said}");
    assert!(said.contains("del 1 al 11"), "{said}");

    let dir = tempfile::tempdir().expect("temp dir");
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "theme = \"nope\"\n").expect("write config");
    let config = config.to_string_lossy().to_string();
    let out = lantern(&["--config", &config], &[("LANG", "es_US.UTF-8")]);
    assert_eq!(out.status.code(), Some(2));
    let said = text(&out.stderr);
    // The located problem, then what to do, in the locale's language.
    assert!(said.contains("config.toml:1:9:"), "{said}");
    assert!(
        said.contains("la configuración de arriba tiene un problema"),
        "{said}"
    );
}
