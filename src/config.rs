//! Settings: the config file, the environment and the command line, resolved into one
//! [`Settings`]. Flags win over the environment, the environment over the file, the file over
//! the defaults. A broken config file is reported with its line and column, and never
//! written over.

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use serde::Deserialize;

use crate::content::Problem;
use crate::digest::Digest;
pub use crate::i18n::Lang;

mod file;
mod shape;

use file::FileConfig;
pub use file::FileState;

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

/// The default config file: `config.toml` in the user's config folder (which honours
/// `XDG_CONFIG_HOME`).
pub fn default_config_file() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "lantern").map(|d| d.config_dir().join("config.toml"))
}

/// Resolves settings: flags, then the environment (`env` looks a variable up), then the
/// config file, then the defaults. Every problem in the file and the environment, or none.
pub fn resolve(
    flags: &Flags,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Settings, ConfigError> {
    let resolved = resolve_all(flags, env);
    if resolved.problems.is_empty() {
        Ok(resolved.settings)
    } else {
        Err(ConfigError(resolved.problems))
    }
}

/// Settings resolved as far as they can be, for `lantern doctor`: with what is right in a
/// config file that has mistakes, every problem, and which of the file's keys are unknown.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub settings: Settings,
    pub problems: Vec<Problem>,
    pub file: FileState,
}

pub fn resolve_all(flags: &Flags, env: &dyn Fn(&str) -> Option<String>) -> Resolved {
    let (path, named) = config_path(flags, env);
    let reading = match &path {
        Some(path) => file::read(path, named),
        None => file::Reading::default(),
    };
    let (settings, env_problems) = resolve_over(flags, env, path, reading.config);
    let mut problems = reading.problems;
    problems.extend(env_problems);
    Resolved {
        settings,
        problems,
        file: reading.state,
    }
}

/// Settings from the flags and the environment alone, as if there were no config file:
/// what is left to go on when the file has a mistake (an environment variable with a
/// wrong value is passed over). For `lantern resources` and the like, which must work
/// whatever is in the file, and for `lantern doctor`'s other checks.
pub fn without_file(flags: &Flags, env: &dyn Fn(&str) -> Option<String>) -> Settings {
    resolve_over(flags, env, None, FileConfig::default()).0
}

/// The flags over the environment over `file` over the defaults, and every problem with
/// an environment variable.
fn resolve_over(
    flags: &Flags,
    env: &dyn Fn(&str) -> Option<String>,
    path: Option<PathBuf>,
    file: FileConfig,
) -> (Settings, Vec<Problem>) {
    let mut problems = Vec::new();
    let env_value = |name: &str| env(name).filter(|v| !v.is_empty());
    let mut settings = Settings {
        config_file: path,
        ..Settings::default()
    };
    // The locale, under everything else: lantern speaks the person's language unless told.
    settings.lang = Lang::from_locale(&env_value);
    // The file.
    if let Some(mode) = file.mode {
        settings.mode = mode;
    }
    if let Some(lang) = file.lang {
        settings.lang = lang;
    }
    if let Some(theme) = file.theme {
        settings.theme = theme;
    }
    // The environment.
    if let Some(text) = env_value("LANTERN_MODE") {
        match Mode::parse(text.trim()) {
            Some(mode) => settings.mode = mode,
            None => problems.push(env_problem(
                "LANTERN_MODE",
                &text,
                &format!("use {}", Mode::NAMES),
            )),
        }
    }
    if let Some(text) = env_value("LANTERN_LANG") {
        match Lang::parse(text.trim()) {
            Some(lang) => settings.lang = lang,
            None => problems.push(env_problem(
                "LANTERN_LANG",
                &text,
                &format!("use {}", Lang::NAMES),
            )),
        }
    }
    if let Some(text) = env_value("LANTERN_THEME") {
        match ThemeName::parse(text.trim()) {
            Some(theme) => settings.theme = theme,
            None => problems.push(env_problem(
                "LANTERN_THEME",
                &text,
                &format!("use {}", ThemeName::NAMES),
            )),
        }
    }
    // NO_COLOR (https://no-color.org), when set and not empty, asks for no colour at all.
    if env_value("NO_COLOR").is_some() {
        settings.theme = ThemeName::Mono;
    }
    // The flags.
    if let Some(mode) = flags.mode {
        settings.mode = mode;
    }
    if let Some(lang) = flags.lang {
        settings.lang = lang;
    }
    if let Some(theme) = flags.theme {
        settings.theme = theme;
    }

    // Settings whose defaults depend on the mode.
    settings.mouse = flags.mouse || file.mouse.unwrap_or(settings.mode == Mode::Kiosk);
    // ASCII: the flag, else the file, else a guess from the terminal and the locale.
    settings.ascii = flags.ascii || file.ascii.unwrap_or_else(|| needs_ascii(&env_value));
    settings.remember_place = settings.mode == Mode::Personal && file.remember_place;
    settings.idle_timeout = flags
        .idle_timeout
        .map(Duration::from_secs)
        .or(file.idle_timeout)
        .unwrap_or(DEFAULT_IDLE_TIMEOUT);
    settings.countdown = file.countdown.unwrap_or(DEFAULT_COUNTDOWN);
    settings.admin_pin = file.admin_pin;
    settings.content_sha256 = file.content_sha256;
    settings.local_help = file
        .local_help
        .unwrap_or_else(|| vec![LocalHelp::front_desk()]);
    (settings, problems)
}

/// Which config file: `--config`, else `LANTERN_CONFIG`, else the default; and whether it
/// was named on purpose (then it must exist; the default one may not).
pub fn config_path(flags: &Flags, env: &dyn Fn(&str) -> Option<String>) -> (Option<PathBuf>, bool) {
    match (
        &flags.config,
        env("LANTERN_CONFIG").filter(|v| !v.is_empty()),
    ) {
        (Some(path), _) => (Some(path.clone()), true),
        (None, Some(path)) => (Some(PathBuf::from(path)), true),
        (None, None) => (default_config_file(), false),
    }
}

/// Whether the terminal probably cannot show Unicode: the Linux console (`TERM=linux`), or
/// a locale that is not UTF-8 (the first of `LC_ALL`, `LC_CTYPE`, `LANG` that is set; none
/// set means the plain "C" locale).
pub fn needs_ascii(env: &dyn Fn(&str) -> Option<String>) -> bool {
    if env("TERM").is_some_and(|t| t == "linux") {
        return true;
    }
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|name| env(name))
        .unwrap_or_default()
        .to_ascii_lowercase();
    !(locale.contains("utf-8") || locale.contains("utf8"))
}

fn env_problem(name: &str, value: &str, what_to_do: &str) -> Problem {
    Problem {
        file: format!("environment variable {name}"),
        position: None,
        severity: crate::content::Severity::Error,
        message: format!("`{value}` is not a choice here; {what_to_do}"),
    }
}

/// The text of `file` with `key` (at the top level) set to `value`, keeping every comment
/// and the layout of the rest. `None` when the text no longer parses: it is left alone.
pub fn with_setting(file_text: &str, key: &str, value: SettingValue) -> Option<String> {
    let mut doc: toml_edit::DocumentMut = file_text.parse().ok()?;
    let mut new = match value {
        SettingValue::Bool(b) => toml_edit::Value::from(b),
        SettingValue::Text(t) => toml_edit::Value::from(t),
    };
    match doc.get_mut(key).and_then(toml_edit::Item::as_value_mut) {
        // Keep the spacing and the comment after the old value.
        Some(old) => {
            *new.decor_mut() = old.decor().clone();
            *old = new;
        }
        None => doc[key] = toml_edit::Item::Value(new),
    }
    Some(doc.to_string())
}

/// A value of a setting the app saves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SettingValue {
    Bool(bool),
    Text(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_file(text: &str) -> (tempfile::TempDir, Flags) {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("config.toml");
        std::fs::write(&path, text).expect("write config");
        let flags = Flags {
            config: Some(path),
            ..Flags::default()
        };
        (dir, flags)
    }

    fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
            .collect();
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        }
    }

    #[test]
    fn flags_beat_environment_beat_file_beat_defaults() -> Result<(), ConfigError> {
        let (_dir, mut flags) = with_file("mode = \"counselor\"\ntheme = \"mono\"\n");
        let none = env_of(&[]);
        let from_file = resolve(&flags, &none)?;
        assert_eq!(from_file.mode, Mode::Counselor);
        assert_eq!(from_file.theme, ThemeName::Mono);

        let env = env_of(&[
            ("LANTERN_MODE", "kiosk"),
            ("LANTERN_THEME", "high-contrast"),
        ]);
        let from_env = resolve(&flags, &env)?;
        assert_eq!(from_env.mode, Mode::Kiosk);
        assert_eq!(from_env.theme, ThemeName::HighContrast);
        assert!(from_env.mouse, "the mouse is on by default in a kiosk");

        flags.mode = Some(Mode::Personal);
        flags.theme = Some(ThemeName::Default);
        let from_flags = resolve(&flags, &env)?;
        assert_eq!(from_flags.mode, Mode::Personal);
        assert_eq!(from_flags.theme, ThemeName::Default);
        assert!(!from_flags.mouse, "off by default outside a kiosk");

        // An empty file gives the defaults.
        let (_dir, flags) = with_file("");
        let empty = resolve(&flags, &none)?;
        assert_eq!(empty.mode, Mode::Personal);
        assert_eq!(empty.idle_timeout, DEFAULT_IDLE_TIMEOUT);
        assert_eq!(empty.countdown, DEFAULT_COUNTDOWN);
        assert_eq!(empty.local_help, vec![LocalHelp::front_desk()]);
        Ok(())
    }

    #[test]
    fn config_file_comes_from_the_flag_then_the_environment() -> Result<(), ConfigError> {
        let (_dir, flags) = with_file("mode = \"kiosk\"\n");
        let path = flags.config.clone().unwrap_or_default();
        let text = path.display().to_string();
        let via_env = resolve(&Flags::default(), &env_of(&[("LANTERN_CONFIG", &text)]))?;
        assert_eq!(via_env.mode, Mode::Kiosk);
        assert_eq!(via_env.config_file.as_deref(), Some(path.as_path()));
        Ok(())
    }

    #[test]
    fn flags_override_kiosk_settings_from_the_file() -> Result<(), ConfigError> {
        let (_dir, mut flags) =
            with_file("mode = \"kiosk\"\nmouse = false\n[kiosk]\nidle_timeout = 300\n");
        let from_file = resolve(&flags, &env_of(&[]))?;
        assert_eq!(from_file.idle_timeout, Duration::from_secs(300));
        assert!(!from_file.mouse, "the file can turn a kiosk's mouse off");
        flags.idle_timeout = Some(30);
        flags.mouse = true;
        let with_flags = resolve(&flags, &env_of(&[]))?;
        assert_eq!(with_flags.idle_timeout, Duration::from_secs(30));
        assert!(with_flags.mouse);
        Ok(())
    }

    #[test]
    fn a_named_file_must_exist_and_bad_environment_values_are_named() {
        let flags = Flags {
            config: Some("/nonexistent/lantern/config.toml".into()),
            ..Flags::default()
        };
        let Err(ConfigError(problems)) = resolve(&flags, &env_of(&[])) else {
            panic!("a missing named file is an error");
        };
        assert!(problems[0]
            .to_string()
            .starts_with("/nonexistent/lantern/config.toml: cannot read"));

        let (_dir, flags) = with_file("");
        let Err(ConfigError(problems)) = resolve(&flags, &env_of(&[("LANTERN_MODE", "kiosc")]))
        else {
            panic!("a bad mode is an error");
        };
        assert!(problems[0].to_string().contains("LANTERN_MODE"));
        assert!(problems[0]
            .to_string()
            .contains("personal, counselor or kiosk"));
    }

    #[test]
    fn no_color_means_mono_unless_a_flag_says_otherwise() -> Result<(), ConfigError> {
        let (_dir, mut flags) = with_file("theme = \"high-contrast\"\n");
        let env = env_of(&[("NO_COLOR", "1"), ("LANG", "en_US.UTF-8")]);
        assert_eq!(resolve(&flags, &env)?.theme, ThemeName::Mono);
        let empty = env_of(&[("NO_COLOR", ""), ("LANG", "en_US.UTF-8")]);
        assert_eq!(resolve(&flags, &empty)?.theme, ThemeName::HighContrast);
        flags.theme = Some(ThemeName::Default);
        assert_eq!(resolve(&flags, &env)?.theme, ThemeName::Default);
        Ok(())
    }

    #[test]
    fn ascii_is_guessed_from_the_terminal_and_locale() -> Result<(), ConfigError> {
        for (pairs, ascii) in [
            (&[("TERM", "linux"), ("LANG", "en_US.UTF-8")][..], true),
            (&[("TERM", "xterm"), ("LANG", "en_US.UTF-8")][..], false),
            (&[("TERM", "xterm"), ("LANG", "C.utf8")][..], false),
            (&[("TERM", "xterm"), ("LANG", "de_DE.ISO-8859-1")][..], true),
            (
                &[("TERM", "xterm"), ("LC_ALL", "C"), ("LANG", "en_US.UTF-8")][..],
                true,
            ),
            (&[("TERM", "xterm")][..], true),
        ] {
            let (_dir, flags) = with_file("");
            assert_eq!(resolve(&flags, &env_of(pairs))?.ascii, ascii, "{pairs:?}");
        }
        // The file's choice beats the guess; the flag beats the file.
        let linux = env_of(&[("TERM", "linux")]);
        let (_dir, mut flags) = with_file("ascii = false\n");
        assert!(!resolve(&flags, &linux)?.ascii);
        flags.ascii = true;
        assert!(resolve(&flags, &env_of(&[("LANG", "C.UTF-8")]))?.ascii);
        Ok(())
    }

    #[test]
    fn remember_place_is_personal_only() -> Result<(), ConfigError> {
        let (_dir, flags) = with_file("remember_place = true\n");
        assert!(resolve(&flags, &env_of(&[]))?.remember_place);
        let env = env_of(&[("LANTERN_MODE", "counselor")]);
        assert!(!resolve(&flags, &env)?.remember_place);
        Ok(())
    }

    #[test]
    fn saving_a_setting_keeps_comments() {
        let text = "# my settings\ntheme = \"mono\" # I like it plain\nascii = false\n";
        let saved = with_setting(text, "ascii", SettingValue::Bool(true));
        assert_eq!(
            saved.as_deref(),
            Some("# my settings\ntheme = \"mono\" # I like it plain\nascii = true\n")
        );
        assert_eq!(
            with_setting("mode = ", "ascii", SettingValue::Bool(true)),
            None
        );
    }
}
