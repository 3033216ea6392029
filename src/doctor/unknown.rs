//! Checks that depend on a config file with mistakes in it. A key whose value is not known
//! (the file did not parse, or that key has a mistake) is never reported as missing: the
//! check says it could not be made, and why. The mistakes themselves are counted once,
//! under "config file", so these are notes.

use super::{Check, Facts, Status};
use crate::config::{FileState, Flags, Lang, Mode, ThemeName};

/// The file's keys whose value is not known and matters: nothing stronger (a flag, the
/// environment) sets it.
pub fn keys(
    state: &FileState,
    flags: &Flags,
    env: &dyn Fn(&str) -> Option<String>,
) -> Vec<&'static str> {
    let set = |name: &str| env(name).filter(|v| !v.is_empty());
    let overridden = |key: &str| match key {
        "mode" => {
            flags.mode.is_some()
                || set("LANTERN_MODE").is_some_and(|v| Mode::parse(v.trim()).is_some())
        }
        "lang" => {
            flags.lang.is_some()
                || set("LANTERN_LANG").is_some_and(|v| Lang::parse(v.trim()).is_some())
        }
        "theme" => {
            flags.theme.is_some()
                || set("NO_COLOR").is_some()
                || set("LANTERN_THEME").is_some_and(|v| ThemeName::parse(v.trim()).is_some())
        }
        "ascii" => flags.ascii,
        "mouse" => flags.mouse,
        "kiosk.idle_timeout" => flags.idle_timeout.is_some(),
        _ => false,
    };
    KEYS.iter()
        .copied()
        .filter(|key| state.unsure(key) && !overridden(key))
        .collect()
}

/// Every key of the file a check looks at.
const KEYS: [&str; 10] = [
    "mode",
    "lang",
    "theme",
    "ascii",
    "mouse",
    "kiosk.idle_timeout",
    "kiosk.countdown",
    "kiosk.admin_pin",
    "kiosk.content_sha256",
    "kiosk.local_help",
];

/// The checks that rest on the file alone: said again as not made.
const FILE_ONLY: [(&str, &[&str]); 4] = [
    ("content pin", &["kiosk.content_sha256"]),
    ("idle timeout", &["kiosk.idle_timeout", "kiosk.countdown"]),
    ("staff exit", &["kiosk.admin_pin"]),
    ("local help", &["kiosk.local_help"]),
];

/// The checks that also rest on the terminal or the environment: kept, with what the file
/// would have added named as unknown.
const IN_PART: [(&str, &[&str]); 4] = [
    ("characters", &["ascii"]),
    ("colours", &["theme"]),
    ("mouse and touch", &["mouse"]),
    ("language", &["lang"]),
];

/// Says, in each check that needs a key of the file that is not known, that it could not
/// be made; and, when the mode is not known, which mode was checked.
pub fn mark(facts: &Facts, checks: &mut Vec<Check>) {
    let unknown = |keys: &[&str]| -> Vec<&'static str> {
        keys.iter()
            .filter(|key| facts.unknown.contains(key))
            .map(|key| short(key))
            .collect()
    };
    for check in checks.iter_mut() {
        if let Some((_, keys)) = FILE_ONLY.iter().find(|(topic, _)| *topic == check.topic) {
            let names = unknown(keys);
            if !names.is_empty() {
                *check = Check::new(
                    Status::Note,
                    check.topic,
                    format!("could not check: {}", why(facts, &names)),
                );
            }
        } else if let Some((_, keys)) = IN_PART.iter().find(|(topic, _)| *topic == check.topic) {
            let names = unknown(keys);
            if !names.is_empty() {
                check.text = format!(
                    "{}; but this is without the config file's {}: {}",
                    check.text,
                    names.join(" and "),
                    why(facts, &names)
                );
                if check.status == Status::Ok {
                    check.status = Status::Note;
                }
            }
        }
    }
    if facts.unknown.contains(&"mode") {
        let note = Check::new(
            Status::Note,
            "mode",
            format!(
                "{}; this checked {} mode. To check another, give it: lantern doctor \
                 --mode kiosk (or counselor)",
                why(facts, &["mode"]),
                facts.mode().name()
            ),
        );
        checks.insert(0, note);
    }
}

/// A key as the file spells it inside its table.
fn short(key: &str) -> &'static str {
    match key {
        "kiosk.idle_timeout" => "idle_timeout",
        "kiosk.countdown" => "countdown",
        "kiosk.admin_pin" => "admin_pin",
        "kiosk.content_sha256" => "content_sha256",
        "kiosk.local_help" => "local_help",
        "mode" => "mode",
        "lang" => "lang",
        "theme" => "theme",
        "ascii" => "ascii",
        "mouse" => "mouse",
        _ => "a setting",
    }
}

/// Why these keys are not known.
fn why(facts: &Facts, names: &[&str]) -> String {
    let file = facts.config.path.as_ref().map_or_else(
        || "the config file".to_string(),
        |p| p.display().to_string(),
    );
    let one = names.len() == 1;
    let names = names.join(" and ");
    match facts.config.file {
        FileState::Unread => format!(
            "{file} could not be read, so its {names} {} not known (see config file)",
            if one { "is" } else { "are" }
        ),
        _ => format!(
            "{names} in {file} {} (see config file)",
            if one {
                "has a mistake"
            } else {
                "have mistakes"
            }
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{healthy, kiosk, problem, problems, status_of};
    use super::super::{checks, config, report};
    use super::*;
    use crate::config::LocalHelp;

    /// A kiosk config that is not TOML: the kiosk checks say they could not be made, never
    /// that admin_pin or content_sha256 is missing; the mistake is counted once.
    #[test]
    fn a_config_that_does_not_parse_leaves_its_keys_unchecked_not_missing() {
        let mut facts = kiosk(healthy());
        facts.config.exists = true;
        facts.config.problems = vec![problem("/k.toml")];
        facts.config.path = Some("/k.toml".into());
        facts.config.file = config::FileState::Unread;
        facts.settings.admin_pin = None;
        facts.settings.content_sha256 = None;
        facts.settings.local_help = vec![LocalHelp::front_desk()];
        facts.unknown = keys(&facts.config.file, &Flags::default(), &|_| None);
        let found = checks(&facts);
        assert_eq!(problems(&found), vec!["config file"], "{found:#?}");
        for topic in ["content pin", "idle timeout", "staff exit", "local help"] {
            let check = found.iter().find(|c| c.topic == topic);
            assert_eq!(check.map(|c| c.status), Some(Status::Note), "{topic}");
            let text = check.map(|c| c.text.clone()).unwrap_or_default();
            assert!(
                text.starts_with("could not check: /k.toml could not be read"),
                "{topic}: {text}"
            );
        }
        let text = report(&facts, &found);
        assert!(!text.contains("no admin_pin"), "{text}");
        assert!(!text.contains("no content_sha256"), "{text}");
        assert!(!text.contains("Tell the front desk"), "{text}");
        // The mode too is unknown: the report says which one it checked.
        assert_eq!(status_of(&found, "mode"), Status::Note);
        assert!(text.contains("; this checked kiosk mode."), "{text}");
    }

    /// A file that parses with one wrong key: only the checks that need it say so.
    #[test]
    fn a_wrong_key_leaves_only_its_own_checks_unchecked() {
        let mut facts = kiosk(healthy());
        facts.config.problems = vec![problem("/k.toml")];
        facts.config.path = Some("/k.toml".into());
        facts.config.file =
            config::FileState::Partly(vec!["theme".into(), "kiosk.idle_timeout".into()]);
        facts.unknown = keys(&facts.config.file, &Flags::default(), &|_| None);
        let found = checks(&facts);
        assert_eq!(status_of(&found, "staff exit"), Status::Ok);
        assert_eq!(status_of(&found, "content pin"), Status::Ok);
        assert_eq!(status_of(&found, "idle timeout"), Status::Note);
        let colours = found.iter().find(|c| c.topic == "colours");
        assert_eq!(colours.map(|c| c.status), Some(Status::Note));
        assert!(
            colours.is_some_and(|c| c.text.ends_with(
                "but this is without the config file's theme: theme in /k.toml has a \
                            mistake (see config file)"
            )),
            "{colours:?}"
        );
        assert!(found.iter().all(|c| c.topic != "mode"));
        // A flag that sets the theme makes the file's theme not matter.
        let flags = Flags {
            theme: Some(ThemeName::Mono),
            ..Flags::default()
        };
        assert_eq!(
            keys(&facts.config.file, &flags, &|_| None),
            vec!["kiosk.idle_timeout"]
        );
    }
}
