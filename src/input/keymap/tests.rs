//! Tests of the keymap.

use super::*;

fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, modifiers)
}

pub const ALL: [Context; 14] = [
    Context::Welcome,
    Context::Contents,
    Context::Reader,
    Context::Search,
    Context::Glossary,
    Context::Sources,
    Context::SelfCheckIntro,
    Context::SelfCheckQuestion,
    Context::SelfCheckResults,
    Context::Crisis,
    Context::Help,
    Context::Settings,
    Context::Confirm,
    Context::AdminPin,
];

const EN: &Catalog = &crate::i18n::catalog::EN;

fn all_modes() -> Vec<KeyMode> {
    let mut modes = Vec::new();
    for mode in [Mode::Personal, Mode::Counselor, Mode::Kiosk] {
        for admin_pin in [false, true] {
            for languages in [false, true] {
                for lang in Lang::ALL {
                    for resume in [false, true] {
                        modes.push(KeyMode {
                            mode,
                            admin_pin,
                            languages,
                            lang,
                            resume,
                        });
                    }
                }
            }
        }
    }
    modes
}

const PERSONAL: KeyMode = KeyMode {
    mode: Mode::Personal,
    admin_pin: false,
    languages: false,
    lang: Lang::En,
    resume: false,
};

#[test]
fn crisis_keys_work_in_every_context_and_mode() {
    for keys in all_modes() {
        for context in ALL {
            let bang = action_for(keys, context, &key(KeyCode::Char('!'), KeyModifiers::SHIFT));
            if context.is_text_entry() {
                assert_eq!(bang, Some(Action::Input('!')), "! is typed in a text field");
            } else {
                assert_eq!(bang, Some(Action::OpenCrisis), "{keys:?} {context:?}");
            }
            assert_eq!(
                action_for(
                    keys,
                    context,
                    &key(KeyCode::Char('g'), KeyModifiers::CONTROL)
                ),
                Some(Action::OpenCrisis)
            );
            // Alt-! (what ESC then ! reads as) is never text, so it opens help everywhere.
            let alt_bang = key(KeyCode::Char('!'), KeyModifiers::ALT | KeyModifiers::SHIFT);
            assert_eq!(
                action_for(keys, context, &alt_bang),
                Some(Action::OpenCrisis),
                "{keys:?} {context:?}"
            );
        }
    }
}

#[test]
fn a_kiosk_has_no_quit_key_and_no_save_key() {
    let quit_keys = [
        key(KeyCode::Char('q'), KeyModifiers::NONE),
        key(KeyCode::Char('c'), KeyModifiers::CONTROL),
        key(KeyCode::Char('d'), KeyModifiers::CONTROL),
        key(KeyCode::Char('z'), KeyModifiers::CONTROL),
        key(KeyCode::Char('\\'), KeyModifiers::CONTROL),
        key(KeyCode::Char('4'), KeyModifiers::CONTROL),
    ];
    for admin_pin in [false, true] {
        let keys = KeyMode {
            mode: Mode::Kiosk,
            admin_pin,
            languages: true,
            lang: Lang::En,
            resume: true,
        };
        for context in ALL {
            for event in &quit_keys {
                assert_ne!(action_for(keys, context, event), Some(Action::Quit));
            }
            assert!(active(keys, context)
                .iter()
                .all(|b| b.action != Action::Quit && b.action != Action::SaveSummary));
            assert!(help_rows(keys, context, EN)
                .iter()
                .all(|(_, what)| !what.contains("Quit")));
        }
    }
}

#[test]
fn the_staff_chord_exists_only_in_a_kiosk_with_a_pin() {
    let ctrl_x = key(KeyCode::Char('x'), KeyModifiers::CONTROL);
    for keys in all_modes() {
        let expected = (keys.mode == Mode::Kiosk && keys.admin_pin).then_some(Action::AdminExit);
        assert_eq!(
            action_for(keys, Context::Reader, &ctrl_x),
            expected,
            "{keys:?}"
        );
    }
}

#[test]
fn plain_g_is_not_the_crisis_chord() {
    assert_eq!(
        action_for(
            PERSONAL,
            Context::Reader,
            &key(KeyCode::Char('g'), KeyModifiers::NONE)
        ),
        Some(Action::Top)
    );
}

#[test]
fn no_key_is_bound_twice_in_one_context() {
    for keys in all_modes() {
        for context in ALL {
            let all: Vec<Key> = active(keys, context)
                .iter()
                .flat_map(|b| b.keys.iter().copied())
                .collect();
            for (i, k) in all.iter().enumerate() {
                assert!(
                    !all[i + 1..].contains(k),
                    "{k:?} bound twice in {context:?} ({keys:?})"
                );
            }
        }
    }
}

#[test]
fn help_lists_the_crisis_key_in_every_context() {
    for keys in all_modes() {
        for context in ALL {
            let rows = help_rows(keys, context, EN);
            let crisis = if context.is_text_entry() {
                "Ctrl-G"
            } else {
                "! Ctrl-G"
            };
            assert!(rows.iter().any(|(keys, _)| keys == crisis), "{context:?}");
        }
    }
}

#[test]
fn help_lists_every_bound_action_that_has_words() {
    for keys in all_modes() {
        for context in ALL {
            let listed: Vec<&str> = help_rows(keys, context, EN)
                .iter()
                .map(|(_, w)| *w)
                .collect();
            for binding in active(keys, context) {
                if let Some(help) = binding.help {
                    let help = help(EN);
                    assert!(listed.contains(&help), "{help} missing in {context:?}");
                }
            }
        }
    }
}

#[test]
fn every_screen_that_pages_also_goes_to_the_start_and_the_end() {
    let home = key(KeyCode::Home, KeyModifiers::NONE);
    let end = key(KeyCode::End, KeyModifiers::NONE);
    let g = key(KeyCode::Char('g'), KeyModifiers::NONE);
    let shift_g = key(KeyCode::Char('G'), KeyModifiers::SHIFT);
    for keys in all_modes() {
        for context in ALL {
            let pages = active(keys, context)
                .iter()
                .any(|b| b.action == Action::PageDown);
            if !pages {
                continue;
            }
            assert_eq!(
                action_for(keys, context, &home),
                Some(Action::Top),
                "{context:?}"
            );
            assert_eq!(
                action_for(keys, context, &end),
                Some(Action::Bottom),
                "{context:?}"
            );
            if !context.is_text_entry() {
                assert_eq!(
                    action_for(keys, context, &g),
                    Some(Action::Top),
                    "{context:?}"
                );
                let bottom = action_for(keys, context, &shift_g);
                assert_eq!(bottom, Some(Action::Bottom), "{context:?}");
            }
        }
    }
}

#[test]
fn text_fields_take_letters_but_not_chords() {
    let type_q = action_for(
        PERSONAL,
        Context::Search,
        &key(KeyCode::Char('q'), KeyModifiers::NONE),
    );
    assert_eq!(type_q, Some(Action::Input('q')));
    let ctrl_x = action_for(
        PERSONAL,
        Context::Search,
        &key(KeyCode::Char('x'), KeyModifiers::CONTROL),
    );
    assert_eq!(ctrl_x, None);
    let esc = action_for(
        PERSONAL,
        Context::Search,
        &key(KeyCode::Esc, KeyModifiers::NONE),
    );
    assert_eq!(esc, Some(Action::Back));
    let ctrl_g = action_for(
        PERSONAL,
        Context::Search,
        &key(KeyCode::Char('g'), KeyModifiers::CONTROL),
    );
    assert_eq!(ctrl_g, Some(Action::OpenCrisis));
}
