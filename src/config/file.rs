//! The config file: read, parsed and checked, with every mistake located. A file with
//! mistakes still gives what it holds that is right, and says which keys are not known
//! because of a mistake, so `lantern doctor` never calls a key missing that is only wrong.

use std::path::Path;
use std::time::Duration;

use serde::Deserialize;
use toml::de::DeTable;
use toml::Spanned;

use lantern_pack::regular_file::{self, ReadError};

use super::{shape, LocalHelp, Mode, ThemeName};
use crate::content::problem::{line_column, SourceFile};
use crate::content::text_rules::{is_unsafe_char, one_line};
use crate::content::Problem;
use crate::digest::Digest;
use crate::i18n::Lang;

/// The config file's settings, checked. Anything not set (or set wrongly) is `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct FileConfig {
    pub mode: Option<Mode>,
    pub lang: Option<Lang>,
    pub theme: Option<ThemeName>,
    pub ascii: Option<bool>,
    pub mouse: Option<bool>,
    pub remember_place: bool,
    pub idle_timeout: Option<Duration>,
    pub countdown: Option<Duration>,
    pub admin_pin: Option<String>,
    pub local_help: Option<Vec<LocalHelp>>,
    pub content_sha256: Option<Digest>,
}

/// How much of the config file is known.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum FileState {
    /// There is no file, or it reads well: every key is known.
    #[default]
    Read,
    /// The file could not be read, or is not TOML: nothing in it is known.
    Unread,
    /// The file is TOML with mistakes in it: these keys (dotted, `kiosk.admin_pin`) are not
    /// known; every other key is.
    Partly(Vec<String>),
}

impl FileState {
    /// Whether the file's value for `key` (dotted) is unknown because of a mistake.
    pub fn unsure(&self, key: &str) -> bool {
        match self {
            FileState::Read => false,
            FileState::Unread => true,
            FileState::Partly(keys) => keys.iter().any(|k| k == key),
        }
    }
}

/// What a config file gave: the settings in it that are right, every problem, and which
/// keys are not known because of one.
#[derive(Debug, Default)]
pub(super) struct Reading {
    pub config: FileConfig,
    pub problems: Vec<Problem>,
    pub state: FileState,
}

impl Reading {
    fn unread(problem: Problem) -> Reading {
        Reading {
            config: FileConfig::default(),
            problems: vec![problem],
            state: FileState::Unread,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    mode: Option<Spanned<String>>,
    lang: Option<Spanned<String>>,
    theme: Option<Spanned<String>>,
    ascii: Option<bool>,
    mouse: Option<bool>,
    remember_place: Option<bool>,
    kiosk: Option<RawKiosk>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawKiosk {
    idle_timeout: Option<Spanned<i64>>,
    countdown: Option<Spanned<i64>>,
    admin_pin: Option<Spanned<String>>,
    local_help: Option<Vec<RawLocalHelp>>,
    content_sha256: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLocalHelp {
    name: Spanned<String>,
    contact: Spanned<String>,
    when: Option<Spanned<String>>,
    #[serde(default)]
    details: Vec<Spanned<String>>,
}

/// The most a config file may hold; real ones are a few lines.
const MAX_CONFIG_BYTES: u64 = 1024 * 1024;

/// Reads and checks a config file. A missing default file is no config at all.
pub(super) fn read(path: &Path, named: bool) -> Reading {
    let display = path.display().to_string();
    let problem = |message: String| Problem {
        file: display.clone(),
        position: None,
        severity: crate::content::Severity::Error,
        message,
    };
    let what_to_do = if named {
        "check the path given with --config or LANTERN_CONFIG"
    } else {
        "check that the file can be read, or move it away to use the defaults"
    };
    let bytes = match regular_file::read(path, MAX_CONFIG_BYTES) {
        Ok(bytes) => bytes,
        // No default file (or no folder for it): no config, the defaults apply.
        Err(ReadError::Io(err))
            if !named
                && matches!(
                    err.kind(),
                    std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
                ) =>
        {
            return Reading::default();
        }
        Err(ReadError::Io(err)) => {
            return Reading::unread(problem(format!(
                "cannot read the config file: {err}; {what_to_do}"
            )));
        }
        // A FIFO or a device, which would never finish reading: refused by its type.
        Err(err @ ReadError::NotAFile { .. }) => {
            return Reading::unread(problem(format!("the config file {err}; {what_to_do}")));
        }
        Err(ReadError::TooLarge { .. }) => {
            return Reading::unread(problem(
                "the config file is larger than 1 MB; a config file is a few lines".into(),
            ));
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let offset = err.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(err.as_bytes()).into_owned();
            let (line, column) = line_column(&text, offset);
            return Reading::unread(Problem {
                position: Some((line, column)),
                ..problem("the config file is not valid UTF-8 text; save it as UTF-8".into())
            });
        }
    };
    parse(&SourceFile {
        path: display,
        text,
    })
}

/// Parses and checks the text of a config file, collecting every problem: every TOML
/// syntax error; else every unknown key and value of the wrong kind, then every value that
/// is out of range.
pub(super) fn parse(file: &SourceFile) -> Reading {
    let (mut root, errors) = DeTable::parse_recoverable(&file.text);
    if !errors.is_empty() {
        return Reading {
            problems: errors
                .iter()
                .map(|err| {
                    let at = err.span().map_or(0, |s| s.start);
                    file.error_at(at, one_line(err.message()))
                })
                .collect(),
            state: FileState::Unread,
            config: FileConfig::default(),
        };
    }
    let shape::Found {
        mut problems,
        mut unsure,
    } = shape::check(file, &mut root);
    // What is left has the right shape, so serde can read it; should it still refuse, that
    // is one more located problem, and nothing in the file is known.
    let raw = match RawConfig::deserialize(toml::de::Deserializer::from(root)) {
        Ok(raw) => raw,
        Err(err) => {
            let at = err.span().map_or(0, |s| s.start);
            problems.push(file.error_at(at, one_line(err.message())));
            return finish(FileConfig::default(), problems, None);
        }
    };
    let config = values(file, raw, &mut problems, &mut unsure);
    finish(config, problems, Some(unsure))
}

fn finish(config: FileConfig, mut problems: Vec<Problem>, unsure: Option<Vec<String>>) -> Reading {
    problems.sort_by_key(|p| p.position);
    let state = match unsure {
        _ if problems.is_empty() => FileState::Read,
        None => FileState::Unread,
        Some(keys) => FileState::Partly(keys),
    };
    Reading {
        config,
        problems,
        state,
    }
}

/// Checks each value that has the right kind, keeping those that are right; each one that
/// is not is a located problem, and its key is unsure.
fn values(
    file: &SourceFile,
    raw: RawConfig,
    problems: &mut Vec<Problem>,
    unsure: &mut Vec<String>,
) -> FileConfig {
    let mut wrong = |key: &str, problem: Problem| {
        problems.push(problem);
        unsure.push(key.to_string());
    };
    let mut config = FileConfig {
        ascii: raw.ascii,
        mouse: raw.mouse,
        remember_place: raw.remember_place.unwrap_or(false),
        ..FileConfig::default()
    };
    if let Some(mode) = &raw.mode {
        match Mode::parse(mode.get_ref()) {
            Some(m) => config.mode = Some(m),
            None => wrong(
                "mode",
                file.error_in(
                    mode.span(),
                    format!("unknown mode `{}`; use {}", mode.get_ref(), Mode::NAMES),
                ),
            ),
        }
    }
    if let Some(lang) = &raw.lang {
        match Lang::parse(lang.get_ref()) {
            Some(l) => config.lang = Some(l),
            None => wrong(
                "lang",
                file.error_in(
                    lang.span(),
                    format!("unknown language `{}`; use {}", lang.get_ref(), Lang::NAMES),
                ),
            ),
        }
    }
    if let Some(theme) = &raw.theme {
        match ThemeName::parse(theme.get_ref()) {
            Some(t) => config.theme = Some(t),
            None => wrong(
                "theme",
                file.error_in(
                    theme.span(),
                    format!(
                        "unknown theme `{}`; use {}",
                        theme.get_ref(),
                        ThemeName::NAMES
                    ),
                ),
            ),
        }
    }
    let Some(kiosk) = raw.kiosk else {
        return config;
    };
    let mut seconds = |value: &Option<Spanned<i64>>, name: &str, min: i64, max: i64| {
        let value = value.as_ref()?;
        let n = *value.get_ref();
        if (min..=max).contains(&n) {
            u64::try_from(n).ok().map(Duration::from_secs)
        } else {
            wrong(
                &format!("kiosk.{name}"),
                file.error_in(
                    value.span(),
                    format!("{name} must be a number of seconds from {min} to {max}"),
                ),
            );
            None
        }
    };
    config.idle_timeout = seconds(&kiosk.idle_timeout, "idle_timeout", 1, 86_400);
    config.countdown = seconds(&kiosk.countdown, "countdown", 1, 600);
    if let Some(pin) = &kiosk.admin_pin {
        let text = pin.get_ref();
        let length = text.chars().count();
        if !(4..=32).contains(&length) || text.chars().any(|c| c.is_whitespace()) {
            wrong(
                "kiosk.admin_pin",
                file.error_in(
                    pin.span(),
                    "admin_pin must be 4 to 32 characters with no spaces",
                ),
            );
        } else if text.chars().any(is_unsafe_char) {
            wrong(
                "kiosk.admin_pin",
                file.error_in(pin.span(), "admin_pin contains a control character"),
            );
        } else {
            config.admin_pin = Some(text.clone());
        }
    }
    if let Some(pin) = &kiosk.content_sha256 {
        match Digest::parse(pin.get_ref().trim()) {
            Some(digest) => config.content_sha256 = Some(digest),
            None => wrong(
                "kiosk.content_sha256",
                file.error_in(
                    pin.span(),
                    "content_sha256 must be 64 hexadecimal digits, as `lantern validate \
                     --print-digest` prints them",
                ),
            ),
        }
    }
    if let Some(entries) = kiosk.local_help {
        let mut checked = Vec::new();
        for entry in entries {
            let mut text = |field: &Spanned<String>, name: &str| -> String {
                let value = one_line(field.get_ref());
                if value.is_empty() {
                    wrong(
                        "kiosk.local_help",
                        file.error_in(
                            field.span(),
                            format!("local_help {name} is empty; write something or remove it"),
                        ),
                    );
                } else if value.chars().any(is_unsafe_char) {
                    wrong(
                        "kiosk.local_help",
                        file.error_in(
                            field.span(),
                            format!(
                                "local_help {name} contains a control or text-direction \
                                 character; remove it"
                            ),
                        ),
                    );
                }
                value
            };
            checked.push(LocalHelp {
                name: text(&entry.name, "name"),
                contact: text(&entry.contact, "contact"),
                when: entry.when.as_ref().map(|w| text(w, "when")),
                details: entry.details.iter().map(|d| text(d, "details")).collect(),
            });
        }
        config.local_help = Some(checked);
    }
    config
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

    fn parse_text(text: &str) -> Reading {
        parse(&SourceFile {
            path: "config.toml".into(),
            text: text.into(),
        })
    }

    fn config(text: &str) -> FileConfig {
        let reading = parse_text(text);
        assert!(reading.problems.is_empty(), "{:#?}", reading.problems);
        assert_eq!(reading.state, FileState::Read);
        reading.config
    }

    fn messages(text: &str) -> Vec<String> {
        let reading = parse_text(text);
        assert!(!reading.problems.is_empty(), "expected problems in {text}");
        reading.problems.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_full_config_parses() {
        let config = config(
            r#"
mode = "kiosk"
theme = "high-contrast"
ascii = true
mouse = false
[kiosk]
idle_timeout = 90
countdown = 15
admin_pin = "2468"
[[kiosk.local_help]]
name = "Tell the front desk"
contact = "Staff can help you now."
"#,
        );
        assert_eq!(config.mode, Some(Mode::Kiosk));
        assert_eq!(config.theme, Some(ThemeName::HighContrast));
        assert_eq!(config.idle_timeout, Some(Duration::from_secs(90)));
        assert_eq!(config.countdown, Some(Duration::from_secs(15)));
        assert_eq!(config.admin_pin.as_deref(), Some("2468"));
        assert_eq!(config.local_help.map(|l| l.len()), Some(1));
    }

    #[test]
    fn every_problem_is_located() {
        let found = messages(
            "mode = \"kiosc\"\ntheme = \"neon\"\n[kiosk]\nidle_timeout = 0\nadmin_pin = \"1 2\"\n",
        );
        assert_eq!(found.len(), 4, "{found:#?}");
        assert!(found[0].starts_with("config.toml:1:8: unknown mode `kiosc`"));
        assert!(found[1].starts_with("config.toml:2:9: unknown theme `neon`"));
        assert!(found[2].starts_with("config.toml:4:16: idle_timeout must be"));
        assert!(found[3].starts_with("config.toml:5:13: admin_pin must be"));
    }

    /// The file of issue 23: a misspelt key and a wrong value, both reported, in order;
    /// what is right in the file is kept, and the two keys are known to be unknown.
    #[test]
    fn an_unknown_key_and_a_wrong_value_are_both_reported() {
        let reading = parse_text(
            "mode = \"kiosk\"\ntheme = \"dark\"\n[kiosk]\nidle_timout = 120\nadmin_pin = \"2468\"\n",
        );
        let found: Vec<String> = reading.problems.iter().map(ToString::to_string).collect();
        assert_eq!(found.len(), 2, "{found:#?}");
        assert!(
            found[0].starts_with("config.toml:2:9: unknown theme `dark`"),
            "{found:?}"
        );
        assert!(
            found[1].starts_with(
                "config.toml:4:1: unknown key `idle_timout` in [kiosk]; did you mean \
                 `idle_timeout`?"
            ),
            "{found:?}"
        );
        assert_eq!(reading.config.mode, Some(Mode::Kiosk));
        assert_eq!(reading.config.admin_pin.as_deref(), Some("2468"));
        assert!(reading.state.unsure("theme"));
        assert!(reading.state.unsure("kiosk.idle_timeout"));
        assert!(!reading.state.unsure("kiosk.admin_pin"));
        assert!(!reading.state.unsure("mode"));
    }

    #[test]
    fn unknown_keys_and_bad_syntax_are_located() {
        let found = messages("mode = \"personal\"\ncolour = \"red\"\n");
        assert!(found[0].starts_with("config.toml:2:1:"), "{found:?}");
        assert!(found[0].contains("colour"), "{found:?}");
        let reading = parse_text("mode = \n[kiosk]\nadmin_pin = \"2468\"\n");
        assert!(reading.problems[0]
            .to_string()
            .starts_with("config.toml:1:"));
        // A file that is not TOML tells nothing about any key in it.
        assert_eq!(reading.state, FileState::Unread);
        assert!(reading.state.unsure("kiosk.admin_pin"));
        assert_eq!(reading.config, FileConfig::default());
    }

    #[test]
    fn a_content_pin_is_64_hex_digits() {
        let hex = "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD";
        let pinned = config(&format!("[kiosk]\ncontent_sha256 = \"{hex}\"\n"));
        assert_eq!(pinned.content_sha256, Some(Digest::of(b"abc")));
        let found = messages("[kiosk]\ncontent_sha256 = \"ba78\"\n");
        assert!(
            found[0].starts_with("config.toml:2:18: content_sha256 must be 64 hexadecimal"),
            "{found:?}"
        );
        let found = messages("[kiosk]\ncontent_sha = \"x\"\n");
        assert!(found[0].starts_with("config.toml:2:1:"), "{found:?}");
        assert!(
            found[0].contains("did you mean `content_sha256`?"),
            "{found:?}"
        );
    }

    #[test]
    fn local_help_refuses_escape_characters() {
        let reading =
            parse_text("[[kiosk.local_help]]\nname = \"Desk\\u001b[2J\"\ncontact = \"x\"\n");
        assert!(
            reading.problems[0]
                .to_string()
                .starts_with("config.toml:2:8:"),
            "{:?}",
            reading.problems
        );
        assert!(reading.state.unsure("kiosk.local_help"));
    }
}
