//! The keymap's vocabulary: a key as a person presses it, a binding of keys to an action
//! with its help text, where keys are read (the context) and what of the mode matters.

use super::*;

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

pub(super) const fn bind(keys: &'static [Key], action: Action, help: HelpText) -> Binding {
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
    /// The neutral page the cover key puts over everything.
    Cover,
    /// A step of the plan, or the whole plan.
    Plan,
    /// The plan's field, where a line is typed.
    PlanText,
}

impl Context {
    /// Whether keys type text here, so `!`, `?` and `q` are letters, not commands.
    pub fn is_text_entry(self) -> bool {
        matches!(
            self,
            Context::Search | Context::AdminPin | Context::PlanText
        )
    }

    /// A panel over the screen rather than a screen.
    pub fn is_overlay(self) -> bool {
        matches!(
            self,
            Context::Crisis | Context::Help | Context::Confirm | Context::AdminPin | Context::Cover
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
