//! Key bindings, per screen. The help overlay is generated from these same tables, so the
//! keys it lists are always the keys that work.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use crate::config::Mode;
use crate::i18n::{Catalog, Lang};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Ctrl(char),
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    Enter,
    Esc,
    Backspace,
    F(u8),
}

impl Key {
    pub fn matches(self, event: &KeyEvent) -> bool {
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        let alt = event.modifiers.contains(KeyModifiers::ALT);
        match (self, event.code) {
            // Shift is part of the character ('!' is Shift-1), so it is ignored here.
            (Key::Char(c), KeyCode::Char(got)) => !ctrl && !alt && got == c,
            (Key::Ctrl(c), KeyCode::Char(got)) => ctrl && got.eq_ignore_ascii_case(&c),
            (Key::Up, KeyCode::Up)
            | (Key::Down, KeyCode::Down)
            | (Key::Left, KeyCode::Left)
            | (Key::Right, KeyCode::Right)
            | (Key::PageUp, KeyCode::PageUp)
            | (Key::PageDown, KeyCode::PageDown)
            | (Key::Home, KeyCode::Home)
            | (Key::End, KeyCode::End)
            | (Key::Enter, KeyCode::Enter)
            | (Key::Esc, KeyCode::Esc)
            | (Key::Backspace, KeyCode::Backspace) => !ctrl && !alt,
            (Key::F(n), KeyCode::F(got)) => n == got,
            _ => false,
        }
    }

    /// The key as help names it; `text` names the keys that have a word for a name.
    pub fn label(self, text: &Catalog) -> String {
        match self {
            Key::Char(' ') => text.key_space.into(),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
            Key::Up => "↑".into(),
            Key::Down => "↓".into(),
            Key::Left => "←".into(),
            Key::Right => "→".into(),
            Key::PageUp => "PgUp".into(),
            Key::PageDown => "PgDn".into(),
            Key::Home => "Home".into(),
            Key::End => "End".into(),
            Key::Enter => "Enter".into(),
            Key::Esc => "Esc".into(),
            Key::Backspace => "Backspace".into(),
            Key::F(n) => format!("F{n}"),
        }
    }
}

/// Which words of the catalog describe a binding in help.
pub type HelpText = fn(&Catalog) -> &'static str;

/// One or more keys that do one thing, and how the help overlay describes it.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    /// `None` hides the binding from help (for example digits 2–9, shown as one row).
    pub help: Option<HelpText>,
    /// Overrides the key labels in help, for a row that stands for several bindings.
    pub keys_label: Option<&'static str>,
}

const fn bind(keys: &'static [Key], action: Action, help: HelpText) -> Binding {
    Binding {
        keys,
        action,
        help: Some(help),
        keys_label: None,
    }
}

/// Where keys are being read; each context has its own bindings after the global ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Welcome,
    Contents,
    Reader,
    Search,
    Glossary,
    Sources,
    SelfCheckIntro,
    SelfCheckQuestion,
    SelfCheckResults,
    Crisis,
    Help,
    Settings,
    /// A yes-or-no question over the screen.
    Confirm,
    /// The kiosk's staff PIN field.
    AdminPin,
}

impl Context {
    /// Whether keys type text here, so `!`, `?` and `q` are letters, not commands.
    pub fn is_text_entry(self) -> bool {
        matches!(self, Context::Search | Context::AdminPin)
    }

    /// A panel over the screen rather than a screen.
    pub fn is_overlay(self) -> bool {
        matches!(
            self,
            Context::Crisis | Context::Help | Context::Confirm | Context::AdminPin
        )
    }
}

/// What decides which keys exist beyond the screen's own: the mode, and whether a kiosk
/// has a staff PIN (without one there is no staff exit at all).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct KeyMode {
    pub mode: Mode,
    pub admin_pin: bool,
    /// The content is in more than one language, so the welcome screen can switch.
    pub languages: bool,
    /// The language on screen: a question is answered with its own word's letter.
    pub lang: Lang,
    /// There is a saved reading place, so the welcome screen offers to continue.
    pub resume: bool,
}

/// The crisis keys outside text fields.
const CRISIS: Binding = bind(&[Key::Char('!'), Key::Ctrl('g')], Action::OpenCrisis, |t| {
    t.key_get_help
});

/// Keys that work everywhere outside text fields, checked before any screen's own keys:
/// help first.
pub const GLOBAL: &[Binding] = &[
    CRISIS,
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
    bind(&[Key::F(1)], Action::ToggleHelp, |t| t.key_help),
    bind(&[Key::Esc], Action::Back, |t| t.key_back_text),
    bind(&[Key::Ctrl('c')], Action::Quit, |t| t.key_quit),
];

const SEARCH_KEY: Binding = bind(&[Key::Char('/')], Action::OpenSearch, |t| t.key_search);
const GLOSSARY_KEY: Binding = bind(&[Key::Char('w')], Action::OpenGlossary, |t| t.key_glossary);
const SOURCES_KEY: Binding = bind(&[Key::Char('s')], Action::OpenSources, |t| t.key_sources);

const MOVE_SELECTION: [Binding; 2] = [
    bind(&[Key::Up, Key::Char('k')], Action::Up, |t| t.key_move_up),
    bind(&[Key::Down, Key::Char('j')], Action::Down, |t| {
        t.key_move_down
    }),
];

const SCROLL: [Binding; 4] = [
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
const TO_START: Binding = bind(&[Key::Home, Key::Char('g')], Action::Top, |t| t.key_start);
const TO_END: Binding = bind(&[Key::End, Key::Char('G')], Action::Bottom, |t| t.key_end);

const DIGITS: [Binding; 9] = {
    const fn digit(key: &'static [Key], n: usize) -> Binding {
        Binding {
            keys: key,
            action: Action::Choose(n),
            help: None,
            keys_label: None,
        }
    }
    [
        Binding {
            keys: &[Key::Char('1')],
            action: Action::Choose(0),
            help: Some(|t| t.key_open_number),
            keys_label: Some("1-9"),
        },
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

const WELCOME: &[Binding] = &[
    MOVE_SELECTION[0],
    MOVE_SELECTION[1],
    bind(&[Key::Enter], Action::Select, |t| t.key_open_item),
    SEARCH_KEY,
    // The three numbered items (`WelcomeItem::number`), so the keys panel says 1-3.
    Binding {
        keys_label: Some("1-3"),
        ..DIGITS[0]
    },
    DIGITS[1],
    DIGITS[2],
];

const CONTENTS: &[Binding] = &[
    MOVE_SELECTION[0],
    MOVE_SELECTION[1],
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
    SECTION_DIGITS[0],
    SECTION_DIGITS[1],
    SECTION_DIGITS[2],
    SECTION_DIGITS[3],
    SECTION_DIGITS[4],
    SECTION_DIGITS[5],
    SECTION_DIGITS[6],
    SECTION_DIGITS[7],
    SECTION_DIGITS[8],
    SECTION_DIGITS[9],
];

const READER: &[Binding] = &[
    SCROLL[0],
    SCROLL[1],
    SCROLL[2],
    SCROLL[3],
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
    SECTION_DIGITS[0],
    SECTION_DIGITS[1],
    SECTION_DIGITS[2],
    SECTION_DIGITS[3],
    SECTION_DIGITS[4],
    SECTION_DIGITS[5],
    SECTION_DIGITS[6],
    SECTION_DIGITS[7],
    SECTION_DIGITS[8],
    SECTION_DIGITS[9],
];

const SEARCH: &[Binding] = &[
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
];

const PAGE: &[Binding] = &[
    SCROLL[0],
    SCROLL[1],
    SCROLL[2],
    SCROLL[3],
    TO_START,
    TO_END,
    SEARCH_KEY,
    GLOSSARY_KEY,
    SOURCES_KEY,
];

const SETTINGS_KEY: Binding = bind(&[Key::Char('o')], Action::OpenSettings, |t| t.key_settings);

const SECTION_DIGITS: [Binding; 10] = {
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

const CLEAR_ANSWERS: Binding = bind(&[Key::Char('x')], Action::ClearAnswers, |t| {
    t.key_clear_answers
});

const SELF_CHECK_INTRO: &[Binding] = &[
    bind(&[Key::Enter], Action::Select, |t| t.key_start_self_check),
    SCROLL[0],
    SCROLL[1],
    SCROLL[2],
    SCROLL[3],
    TO_START,
    TO_END,
    CLEAR_ANSWERS,
];

const SELF_CHECK_QUESTION: &[Binding] = &[
    MOVE_SELECTION[0],
    MOVE_SELECTION[1],
    bind(&[Key::Enter], Action::Select, |t| t.key_give_selected),
    Binding {
        keys: &[Key::Char('1')],
        action: Action::Choose(0),
        help: Some(|t| t.key_give_number),
        keys_label: Some("1-9"),
    },
    DIGITS[1],
    DIGITS[2],
    DIGITS[3],
    DIGITS[4],
    DIGITS[5],
    DIGITS[6],
    DIGITS[7],
    DIGITS[8],
    bind(
        &[Key::Left, Key::Backspace],
        Action::PreviousQuestion,
        |t| t.key_previous_question,
    ),
    CLEAR_ANSWERS,
];

const SELF_CHECK_RESULTS: &[Binding] = &[
    SCROLL[0],
    SCROLL[1],
    SCROLL[2],
    SCROLL[3],
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
    CLEAR_ANSWERS,
];

const OVERLAY: &[Binding] = &[
    SCROLL[0],
    SCROLL[1],
    SCROLL[2],
    SCROLL[3],
    bind(&[Key::Home, Key::Char('g')], Action::Top, |t| t.key_top),
    bind(&[Key::End, Key::Char('G')], Action::Bottom, |t| t.key_end),
];

const SETTINGS: &[Binding] = &[
    MOVE_SELECTION[0],
    MOVE_SELECTION[1],
    bind(&[Key::Home, Key::Char('g')], Action::Top, |t| {
        t.key_first_setting
    }),
    bind(&[Key::End, Key::Char('G')], Action::Bottom, |t| {
        t.key_last_setting
    }),
    bind(&[Key::Enter, Key::Char(' ')], Action::Select, |t| {
        t.key_change_setting
    }),
];

const CONFIRM: &[Binding] = &[
    // No Enter: both questions guard something private or final, so they take a letter.
    bind(&[Key::Char('y')], Action::Yes, |t| t.key_yes),
    bind(&[Key::Char('n')], Action::No, |t| t.key_no),
];

/// In Spanish "sí" is `s`, as the buttons say; `y` still works for those used to it. Only
/// in Spanish: in English `s` says nothing, and must not answer yes to a wipe.
const CONFIRM_ES: &[Binding] = &[
    bind(&[Key::Char('s'), Key::Char('y')], Action::Yes, |t| {
        t.key_yes
    }),
    bind(&[Key::Char('n')], Action::No, |t| t.key_no),
];

const ADMIN_PIN: &[Binding] = &[
    bind(&[Key::Enter], Action::Select, |t| t.key_check_pin),
    bind(&[Key::Backspace], Action::DeleteBack, |t| {
        t.key_delete_digit
    }),
];

/// Counselor keys, on every screen that is not a text field or a panel.
const COUNSELOR: &[Binding] = &[
    bind(&[Key::Char('h')], Action::Handout, |t| t.key_handout),
    bind(&[Key::Char('N')], Action::NewClient, |t| t.key_new_client),
];

const COUNSELOR_READER: Binding = bind(&[Key::Char('d')], Action::TogglePrompts, |t| t.key_prompts);

/// Kiosk keys, outside text fields.
const KIOSK: &[Binding] = &[bind(&[Key::Char('e')], Action::EndSession, |t| {
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
const ADMIN_CHORD: Binding = Binding {
    keys: &[Key::Ctrl('x')],
    action: Action::AdminExit,
    help: None,
    keys_label: None,
};

pub fn bindings(context: Context) -> &'static [Binding] {
    match context {
        Context::Welcome => WELCOME,
        Context::Contents => CONTENTS,
        Context::Reader => READER,
        Context::Search => SEARCH,
        Context::Glossary | Context::Sources => PAGE,
        Context::SelfCheckIntro => SELF_CHECK_INTRO,
        Context::SelfCheckQuestion => SELF_CHECK_QUESTION,
        Context::SelfCheckResults => SELF_CHECK_RESULTS,
        Context::Crisis | Context::Help => OVERLAY,
        Context::Settings => SETTINGS,
        Context::Confirm => CONFIRM,
        Context::AdminPin => ADMIN_PIN,
    }
}

/// The keys that work everywhere in a context: all of them, or the text-field subset.
pub fn global(context: Context) -> &'static [Binding] {
    if context.is_text_entry() {
        TEXT_GLOBAL
    } else {
        GLOBAL
    }
}

/// Every binding that works in a context and mode, in the order keys are looked up: the
/// global keys first (so the crisis key always wins), then the mode's, then the screen's.
/// A kiosk has no quit key and saves nothing, so those bindings are not there at all.
pub fn active(keys: KeyMode, context: Context) -> Vec<Binding> {
    let mut all = shared(keys, context);
    all.extend(own(keys, context));
    all
}

/// The screen's own bindings in this mode and language.
fn own(keys: KeyMode, context: Context) -> impl Iterator<Item = Binding> {
    let kiosk = keys.mode == Mode::Kiosk;
    let own = match context {
        Context::Confirm if keys.lang == Lang::Es => CONFIRM_ES,
        _ => bindings(context),
    };
    own.iter()
        .filter(move |b| !(kiosk && b.action == Action::SaveSummary))
        .copied()
}

/// The global and the mode's bindings in a context.
fn shared(keys: KeyMode, context: Context) -> Vec<Binding> {
    let kiosk = keys.mode == Mode::Kiosk;
    let mut all: Vec<Binding> = global(context)
        .iter()
        .filter(|b| !(kiosk && b.action == Action::Quit))
        .copied()
        .collect();
    if kiosk && keys.admin_pin && context != Context::AdminPin {
        all.push(ADMIN_CHORD);
    }
    if !context.is_text_entry() && !context.is_overlay() && context != Context::Settings {
        match keys.mode {
            Mode::Personal => {}
            Mode::Counselor => {
                all.extend_from_slice(COUNSELOR);
                if context == Context::Reader {
                    all.push(COUNSELOR_READER);
                }
            }
            Mode::Kiosk => all.extend_from_slice(KIOSK),
        }
        let has_settings = matches!(
            context,
            Context::Welcome | Context::Contents | Context::Reader
        );
        if !kiosk && has_settings {
            all.push(SETTINGS_KEY);
        }
        if context == Context::Welcome && keys.languages {
            all.push(LANGUAGE_KEY);
        }
        if context == Context::Welcome && keys.resume {
            all.push(CONTINUE_KEY);
        }
    }
    all
}

/// The action for a key press in a context: global keys first, so help always wins; in a
/// text field, any other plain character is typed.
pub fn action_for(keys: KeyMode, context: Context, event: &KeyEvent) -> Option<Action> {
    let bound = active(keys, context)
        .into_iter()
        .find(|b| b.keys.iter().any(|k| k.matches(event)))
        .map(|b| b.action);
    if bound.is_none() && event.modifiers.contains(KeyModifiers::ALT) {
        // A crisis key pressed with Alt held down (a visitor leaning on it) still opens help,
        // in a text field too: Alt-`!` is never text, though `!` alone is typed there.
        let mut without_alt = *event;
        without_alt.modifiers.remove(KeyModifiers::ALT);
        if CRISIS.keys.iter().any(|k| k.matches(&without_alt)) {
            return Some(Action::OpenCrisis);
        }
    }
    if bound.is_some() || !context.is_text_entry() {
        return bound;
    }
    let plain = !event
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    match event.code {
        KeyCode::Char(c) if plain && !c.is_control() => Some(Action::Input(c)),
        _ => None,
    }
}

/// The most characters of one paste that are typed into a text field: a search or a PIN
/// never needs more.
const MAX_PASTED: usize = 200;

/// A paste as actions: in a text field, its characters typed in (line breaks and tabs as
/// spaces); anywhere else it is no command, only someone at the keyboard.
pub fn paste_actions(context: Context, text: &str) -> Vec<Action> {
    if !context.is_text_entry() {
        return vec![Action::Activity];
    }
    let typed: Vec<Action> = text
        .chars()
        .filter_map(|c| match c {
            '\n' | '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .take(MAX_PASTED)
        .map(Action::Input)
        .collect();
    if typed.is_empty() {
        vec![Action::Activity]
    } else {
        typed
    }
}

/// The rows of the help overlay for a context: keys, and what they do. The screen's own
/// keys come first, then the mode's and the global ones.
pub fn help_rows(keys: KeyMode, context: Context, text: &Catalog) -> Vec<(String, &'static str)> {
    let typing = match context {
        Context::Search => Some(("a-z …".to_string(), text.type_words)),
        Context::AdminPin => Some(("0-9 …".to_string(), text.type_pin)),
        _ => None,
    };
    let rows: Vec<Binding> = own(keys, context).chain(shared(keys, context)).collect();
    typing
        .into_iter()
        .chain(help_rows_from(rows.iter(), text))
        .collect()
}

fn help_rows_from<'a>(
    bindings: impl Iterator<Item = &'a Binding>,
    text: &Catalog,
) -> Vec<(String, &'static str)> {
    bindings
        .filter_map(|b| {
            let help = b.help?;
            let keys = match b.keys_label {
                Some(label) => label.to_string(),
                None => b
                    .keys
                    .iter()
                    .map(|k| k.label(text))
                    .collect::<Vec<_>>()
                    .join(" "),
            };
            Some((keys, help(text)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
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
            let expected =
                (keys.mode == Mode::Kiosk && keys.admin_pin).then_some(Action::AdminExit);
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
}
