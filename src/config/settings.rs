//! What the settings are: the mode, the theme, the local help, and everything else a person
//! or a clinic can set, with their defaults; the command-line flags that override them.

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use serde::Deserialize;

use crate::content::Problem;
use crate::digest::Digest;
use crate::i18n::Lang;

/// Where lantern is being used; see DESIGN.md, "Modes".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    /// One person on their own computer.
    #[default]
    Personal,
    /// A counselor and a client together.
    Counselor,
    /// A shared terminal in a waiting room: cannot be quit, wipes itself, writes nothing.
    Kiosk,
}

impl Mode {
    pub const NAMES: &'static str = "personal, counselor or kiosk";

    pub fn name(self) -> &'static str {
        match self {
            Mode::Personal => "personal",
            Mode::Counselor => "counselor",
            Mode::Kiosk => "kiosk",
        }
    }

    pub(crate) fn parse(text: &str) -> Option<Mode> {
        [Mode::Personal, Mode::Counselor, Mode::Kiosk]
            .into_iter()
            .find(|m| m.name() == text)
    }
}

/// The colour themes (see `ui::theme`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum ThemeName {
    /// The terminal's own colours and its 16-colour palette.
    #[default]
    Default,
    /// Bright colours and bold on black.
    HighContrast,
    /// No colour at all: bold, underline and reverse video only.
    Mono,
}

impl ThemeName {
    pub const ALL: [ThemeName; 3] = [ThemeName::Default, ThemeName::HighContrast, ThemeName::Mono];
    pub const NAMES: &'static str = "default, high-contrast or mono";

    pub fn name(self) -> &'static str {
        match self {
            ThemeName::Default => "default",
            ThemeName::HighContrast => "high-contrast",
            ThemeName::Mono => "mono",
        }
    }

    pub(crate) fn parse(text: &str) -> Option<ThemeName> {
        Self::ALL.into_iter().find(|t| t.name() == text)
    }
}

/// A place to get help that a kiosk's owner adds, shown right after 988.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalHelp {
    pub name: String,
    pub contact: String,
    pub when: Option<String>,
    pub details: Vec<String>,
}

impl LocalHelp {
    /// The entry a kiosk shows when its config names none: the people in the room.
    pub fn front_desk() -> LocalHelp {
        Self::front_desk_in(Lang::En.catalog())
    }

    /// The same entry in the words of `text` (the app shows it in the language on screen).
    pub fn front_desk_in(text: &crate::i18n::Catalog) -> LocalHelp {
        LocalHelp {
            name: text.front_desk_name.into(),
            contact: text.front_desk_contact.into(),
            when: None,
            details: Vec::new(),
        }
    }
}

pub const DEFAULT_IDLE_TIMEOUT: Duration = Duration::from_secs(120);
pub const DEFAULT_COUNTDOWN: Duration = Duration::from_secs(20);

/// Everything that shapes a session, resolved from flags, environment, file and defaults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub mode: Mode,
    /// The language of the app and its content.
    pub lang: Lang,
    pub theme: ThemeName,
    pub ascii: bool,
    pub mouse: bool,
    /// Personal mode only: keep the last section, position and read marks between runs.
    pub remember_place: bool,
    /// Kiosk: time without input before "Still there?".
    pub idle_timeout: Duration,
    /// Kiosk: how long "Still there?" counts down before everything is wiped.
    pub countdown: Duration,
    /// Kiosk: the staff PIN that, after the admin chord, ends lantern. None: no way out but
    /// a signal from the service manager.
    pub admin_pin: Option<String>,
    /// Kiosk: entries shown right after 988 in the crisis panel.
    pub local_help: Vec<LocalHelp>,
    /// Kiosk: the SHA-256 the content must have (see `digest`); content that differs, or
    /// does not validate, is not shown.
    pub content_sha256: Option<Digest>,
    /// The config file settings are saved to (personal mode), whether or not it exists yet.
    pub config_file: Option<PathBuf>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            mode: Mode::Personal,
            lang: Lang::En,
            theme: ThemeName::Default,
            ascii: false,
            mouse: false,
            remember_place: false,
            idle_timeout: DEFAULT_IDLE_TIMEOUT,
            countdown: DEFAULT_COUNTDOWN,
            admin_pin: None,
            local_help: Vec::new(),
            content_sha256: None,
            config_file: None,
        }
    }
}

impl Settings {
    /// Whether this mode may write settings or a reading place to disk on its own.
    pub fn saves_settings(&self) -> bool {
        self.mode == Mode::Personal
    }
}

/// What the command line asked for; `None` leaves the choice to the layers below.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Flags {
    pub config: Option<PathBuf>,
    pub mode: Option<Mode>,
    pub lang: Option<Lang>,
    pub theme: Option<ThemeName>,
    pub ascii: bool,
    pub mouse: bool,
    pub idle_timeout: Option<u64>,
}

/// A failure to resolve settings: located problems, to print and exit with code 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError(pub Vec<Problem>);

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for problem in &self.0 {
            writeln!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ConfigError {}
