//! The bindings of every screen and panel, shared groups first, then one table per
//! context.

use super::*;

/// A screen's bindings, as groups in the order keys are looked up (and help lists them).
pub(super) type Table = &'static [&'static [Binding]];

/// The crisis keys outside text fields.
pub(super) const CRISIS: Binding =
    bind(&[Key::Char('!'), Key::Ctrl('g')], Action::OpenCrisis, |t| {
        t.key_get_help
    });

/// The cover key: a chord, so it works in text fields too. A kiosk's binding says that it
/// wipes the session (`COVER_KIOSK`).
pub(super) const COVER: Binding = bind(&[Key::Ctrl('w')], Action::Cover, |t| t.key_cover);
pub(super) const COVER_KIOSK: Binding = Binding {
    help: Some(|t| t.key_cover_kiosk),
    ..COVER
};

/// Keys that work everywhere outside text fields, checked before any screen's own keys:
/// help first.
pub const GLOBAL: &[Binding] = &[
    CRISIS,
    COVER,
    bind(&[Key::Char('?'), Key::F(1)], Action::ToggleHelp, |t| {
        t.key_help
    }),
    bind(&[Key::Esc], Action::Back, |t| t.key_back),
    bind(&[Key::Char('q'), Key::Ctrl('c')], Action::Quit, |t| {
        t.key_quit
    }),
];

/// Inside a text field every plain character is typed, so only chords and special keys act;
/// Ctrl-G still opens the crisis panel.
pub const TEXT_GLOBAL: &[Binding] = &[
    bind(&[Key::Ctrl('g')], Action::OpenCrisis, |t| t.key_get_help),
    COVER,
    bind(&[Key::F(1)], Action::ToggleHelp, |t| t.key_help),
    bind(&[Key::Esc], Action::Back, |t| t.key_back_text),
    bind(&[Key::Ctrl('c')], Action::Quit, |t| t.key_quit),
];

pub(super) const SEARCH_KEY: Binding =
    bind(&[Key::Char('/')], Action::OpenSearch, |t| t.key_search);
pub(super) const GLOSSARY_KEY: Binding =
    bind(&[Key::Char('w')], Action::OpenGlossary, |t| t.key_glossary);
pub(super) const SOURCES_KEY: Binding =
    bind(&[Key::Char('s')], Action::OpenSources, |t| t.key_sources);

pub(super) const MOVE_SELECTION: [Binding; 2] = [
    bind(&[Key::Up, Key::Char('k')], Action::Up, |t| t.key_move_up),
    bind(&[Key::Down, Key::Char('j')], Action::Down, |t| {
        t.key_move_down
    }),
];

pub(super) const SCROLL: [Binding; 4] = [
    bind(&[Key::Up, Key::Char('k')], Action::Up, |t| t.key_scroll_up),
    bind(&[Key::Down, Key::Char('j')], Action::Down, |t| {
        t.key_scroll_down
    }),
    bind(&[Key::PageUp], Action::PageUp, |t| t.key_page_up),
    bind(&[Key::PageDown, Key::Char(' ')], Action::PageDown, |t| {
        t.key_page_down
    }),
];

/// The start and the end of a scrolled text: every screen that scrolls text has them.
pub(super) const TO_START: Binding =
    bind(&[Key::Home, Key::Char('g')], Action::Top, |t| t.key_start);
pub(super) const TO_END: Binding = bind(&[Key::End, Key::Char('G')], Action::Bottom, |t| t.key_end);

/// Choosing the second to the ninth item by its number; the first has its own help line
/// in each table, since what the numbers choose differs.
pub(super) const OTHER_DIGITS: [Binding; 8] = {
    const fn digit(key: &'static [Key], n: usize) -> Binding {
        Binding {
            keys: key,
            action: Action::Choose(n),
            help: None,
            keys_label: None,
        }
    }
    [
        digit(&[Key::Char('2')], 1),
        digit(&[Key::Char('3')], 2),
        digit(&[Key::Char('4')], 3),
        digit(&[Key::Char('5')], 4),
        digit(&[Key::Char('6')], 5),
        digit(&[Key::Char('7')], 6),
        digit(&[Key::Char('8')], 7),
        digit(&[Key::Char('9')], 8),
    ]
};

/// Key 1, choosing the first item, with the help line that stands for all the numbers.
const fn first_digit(help: HelpText, keys_label: &'static str) -> Binding {
    Binding {
        keys: &[Key::Char('1')],
        action: Action::Choose(0),
        help: Some(help),
        keys_label: Some(keys_label),
    }
}

pub(super) const WELCOME: Table = &[
    &MOVE_SELECTION,
    &[
        bind(&[Key::Enter], Action::Select, |t| t.key_open_item),
        SEARCH_KEY,
        // The four numbered items (`WelcomeItem::number`), so the keys panel says 1-4.
        first_digit(|t| t.key_open_number, "1-4"),
        OTHER_DIGITS[0],
        OTHER_DIGITS[1],
        OTHER_DIGITS[2],
    ],
];

pub(super) const CONTENTS: Table = &[
    &MOVE_SELECTION,
    &[
        bind(&[Key::PageUp], Action::PageUp, |t| t.key_list_page_up),
        bind(&[Key::PageDown], Action::PageDown, |t| t.key_list_page_down),
        bind(&[Key::Home, Key::Char('g')], Action::Top, |t| {
            t.key_first_section
        }),
        bind(&[Key::End, Key::Char('G')], Action::Bottom, |t| {
            t.key_last_section
        }),
        bind(&[Key::Enter], Action::Select, |t| t.key_open_row),
        SEARCH_KEY,
        GLOSSARY_KEY,
        SOURCES_KEY,
    ],
    &SECTION_DIGITS,
];

pub(super) const READER: Table = &[
    &SCROLL,
    &[
        TO_START,
        TO_END,
        bind(&[Key::Right, Key::Char('n')], Action::NextSection, |t| {
            t.key_next_section
        }),
        bind(&[Key::Left, Key::Char('p')], Action::PreviousSection, |t| {
            t.key_previous_section
        }),
        SEARCH_KEY,
        GLOSSARY_KEY,
        SOURCES_KEY,
    ],
    &SECTION_DIGITS,
];

pub(super) const SEARCH: Table = &[&[
    bind(&[Key::Up], Action::Up, |t| t.key_previous_result),
    bind(&[Key::Down], Action::Down, |t| t.key_next_result),
    bind(&[Key::PageUp], Action::PageUp, |t| t.key_results_page_up),
    bind(&[Key::PageDown], Action::PageDown, |t| {
        t.key_results_page_down
    }),
    // Home and End, not `g` and `G`: letters are typed into the search.
    bind(&[Key::Home], Action::Top, |t| t.key_first_result),
    bind(&[Key::End], Action::Bottom, |t| t.key_last_result),
    bind(&[Key::Enter], Action::Select, |t| t.key_read_match),
    bind(&[Key::Backspace], Action::DeleteBack, |t| {
        t.key_delete_letter
    }),
]];

pub(super) const PAGE: Table = &[
    &SCROLL,
    &[TO_START, TO_END, SEARCH_KEY, GLOSSARY_KEY, SOURCES_KEY],
];

pub(super) const SETTINGS_KEY: Binding =
    bind(&[Key::Char('o')], Action::OpenSettings, |t| t.key_settings);

pub(super) const SECTION_DIGITS: [Binding; 10] = {
    const fn digit(key: &'static [Key], n: u8) -> Binding {
        Binding {
            keys: key,
            action: Action::Digit(n),
            help: None,
            keys_label: None,
        }
    }
    [
        Binding {
            keys: &[Key::Char('1')],
            action: Action::Digit(1),
            help: Some(|t| t.key_section_number),
            keys_label: Some("0-9"),
        },
        digit(&[Key::Char('2')], 2),
        digit(&[Key::Char('3')], 3),
        digit(&[Key::Char('4')], 4),
        digit(&[Key::Char('5')], 5),
        digit(&[Key::Char('6')], 6),
        digit(&[Key::Char('7')], 7),
        digit(&[Key::Char('8')], 8),
        digit(&[Key::Char('9')], 9),
        digit(&[Key::Char('0')], 0),
    ]
};

pub(super) const CLEAR_ANSWERS: Binding = bind(&[Key::Char('x')], Action::ClearAnswers, |t| {
    t.key_clear_answers
});

pub(super) const SELF_CHECK_INTRO: Table = &[
    &[bind(&[Key::Enter], Action::Select, |t| {
        t.key_start_self_check
    })],
    &SCROLL,
    &[TO_START, TO_END, CLEAR_ANSWERS],
];

pub(super) const SELF_CHECK_QUESTION: Table = &[
    &MOVE_SELECTION,
    &[
        bind(&[Key::Enter], Action::Select, |t| t.key_give_selected),
        first_digit(|t| t.key_give_number, "1-9"),
    ],
    &OTHER_DIGITS,
    &[
        bind(
            &[Key::Left, Key::Backspace],
            Action::PreviousQuestion,
            |t| t.key_previous_question,
        ),
        CLEAR_ANSWERS,
    ],
];

pub(super) const SELF_CHECK_RESULTS: Table = &[
    &SCROLL,
    &[
        TO_START,
        TO_END,
        bind(&[Key::Char('c')], Action::ChangeAnswers, |t| {
            t.key_change_answers
        }),
        bind(
            &[Key::Left, Key::Backspace],
            Action::PreviousQuestion,
            |t| t.key_last_question,
        ),
        bind(&[Key::Char('s')], Action::SaveSummary, |t| {
            t.key_save_summary
        }),
        PLAN_KEY,
        CLEAR_ANSWERS,
    ],
];

pub(super) const OVERLAY: Table = &[
    &SCROLL,
    &[
        bind(&[Key::Home, Key::Char('g')], Action::Top, |t| t.key_top),
        bind(&[Key::End, Key::Char('G')], Action::Bottom, |t| t.key_end),
    ],
];

/// The way to the plan from the crisis panel and the self-check's results.
pub(super) const PLAN_KEY: Binding = bind(&[Key::Char('p')], Action::OpenPlan, |t| t.key_plan);

pub(super) const CRISIS_PANEL: Table = &[OVERLAY[0], OVERLAY[1], &[PLAN_KEY]];

pub(super) const PLAN: Table = &[
    &MOVE_SELECTION,
    &[
        bind(&[Key::Enter], Action::Select, |t| t.key_plan_item),
        first_digit(|t| t.key_plan_item, "1-9"),
    ],
    &OTHER_DIGITS,
    &[
        bind(&[Key::Right, Key::Char('n')], Action::NextSection, |t| {
            t.key_next_step
        }),
        bind(&[Key::Left, Key::Char('p')], Action::PreviousSection, |t| {
            t.key_previous_step
        }),
        SCROLL[2],
        SCROLL[3],
        TO_START,
        TO_END,
        // Personal mode only (`keymap::own`).
        bind(&[Key::Char('s')], Action::SavePlan, |t| t.key_save_plan),
        bind(&[Key::Char('D')], Action::DeletePlan, |t| t.key_delete_plan),
    ],
];

pub(super) const PLAN_TEXT: Table = &[&[
    bind(&[Key::Enter], Action::Select, |t| t.key_plan_add),
    bind(&[Key::Backspace], Action::DeleteBack, |t| {
        t.key_delete_letter
    }),
]];

pub(super) const SETTINGS: Table = &[
    &MOVE_SELECTION,
    &[
        bind(&[Key::Home, Key::Char('g')], Action::Top, |t| {
            t.key_first_setting
        }),
        bind(&[Key::End, Key::Char('G')], Action::Bottom, |t| {
            t.key_last_setting
        }),
        bind(&[Key::Enter, Key::Char(' ')], Action::Select, |t| {
            t.key_change_setting
        }),
    ],
];

pub(super) const CONFIRM: Table = &[&[
    // No Enter: both questions guard something private or final, so they take a letter.
    bind(&[Key::Char('y')], Action::Yes, |t| t.key_yes),
    bind(&[Key::Char('n')], Action::No, |t| t.key_no),
]];

/// In Spanish "sí" is `s`, as the buttons say; `y` still works for those used to it. Only
/// in Spanish: in English `s` says nothing, and must not answer yes to a wipe.
pub(super) const CONFIRM_ES: Table = &[&[
    bind(&[Key::Char('s'), Key::Char('y')], Action::Yes, |t| {
        t.key_yes
    }),
    bind(&[Key::Char('n')], Action::No, |t| t.key_no),
]];

pub(super) const ADMIN_PIN: Table = &[&[
    bind(&[Key::Enter], Action::Select, |t| t.key_check_pin),
    bind(&[Key::Backspace], Action::DeleteBack, |t| {
        t.key_delete_digit
    }),
]];

/// Counselor keys, on every screen that is not a text field or a panel.
pub(super) const COUNSELOR: &[Binding] = &[
    bind(&[Key::Char('h')], Action::Handout, |t| t.key_handout),
    bind(&[Key::Char('N')], Action::NewClient, |t| t.key_new_client),
];

pub(super) const COUNSELOR_READER: Binding =
    bind(&[Key::Char('d')], Action::TogglePrompts, |t| t.key_prompts);

/// Kiosk keys, outside text fields.
pub(super) const KIOSK: &[Binding] = &[bind(&[Key::Char('e')], Action::EndSession, |t| {
    t.key_end_session
})];

/// The welcome screen's language switch, in every mode, when there is more than one.
pub const LANGUAGE_KEY: Binding = bind(&[Key::Char('l')], Action::NextLanguage, |t| t.key_language);

/// The welcome screen's "Continue reading", when there is a place to go back to. A letter
/// of its own, so the numbered items keep their numbers whether it shows or not.
pub const CONTINUE_KEY: Binding = bind(&[Key::Char('c')], Action::ContinueReading, |t| {
    t.key_continue_reading
});

/// The staff chord. Not in help: visitors have no use for it; the README documents it.
pub(super) const ADMIN_CHORD: Binding = Binding {
    keys: &[Key::Ctrl('x')],
    action: Action::AdminExit,
    help: None,
    keys_label: None,
};
