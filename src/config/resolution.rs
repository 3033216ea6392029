//! Settings resolved: flags win over the environment, the environment over the file, the
//! file over the defaults; every problem found on the way, located.

use std::path::PathBuf;
use std::time::Duration;

use super::file::{self, FileConfig, FileState};
use super::{
    ConfigError, Flags, LocalHelp, Mode, Settings, ThemeName, DEFAULT_COUNTDOWN,
    DEFAULT_IDLE_TIMEOUT,
};
use crate::content::Problem;
use crate::i18n::Lang;

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
