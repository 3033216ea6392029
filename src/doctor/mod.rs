//! `lantern doctor`: checks what a deployment needs and says so in plain words, one line
//! per check, each OK, NOTE (worth knowing, not wrong) or PROBLEM, then a summary. The
//! exit code is 0 when nothing is a problem and 1 otherwise.
//!
//! The facts are gathered first (`gather`, the only part that looks at the system); every
//! check is then a pure function of [`Facts`], so each can be tested with made-up facts.
//! lantern doctor's own words are plain ASCII, so they read on any terminal and in any log.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::config::{self, Flags, Lang, Mode, Settings, ThemeName};
use crate::content::Problem;
use crate::content_check::{self, Decision, Failure, Found};
use crate::digest::Digest;
use crate::ui::geometry::{MIN_HEIGHT, MIN_WIDTH};

mod unknown;

/// The admin PIN of the example kiosk.toml, which must be changed before a kiosk is used.
const EXAMPLE_PIN: &str = "CHANGE-ME-1234";
/// Text the example kiosk.toml asks to replace.
const PLACEHOLDER: &str = "REPLACE";

/// How a check came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Ok,
    /// Worth knowing; nothing to fix.
    Note,
    Problem,
}

impl Status {
    fn label(self) -> &'static str {
        match self {
            Status::Ok => "OK",
            Status::Note => "NOTE",
            Status::Problem => "PROBLEM",
        }
    }
}

/// One line of the report, with any details (located problems) under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    pub status: Status,
    pub topic: &'static str,
    pub text: String,
    pub details: Vec<String>,
}

impl Check {
    fn new(status: Status, topic: &'static str, text: impl Into<String>) -> Check {
        Check {
            status,
            topic,
            text: text.into(),
            details: Vec::new(),
        }
    }

    fn with_details(mut self, details: Vec<String>) -> Check {
        self.details = details;
        self
    }
}

mod checks;
mod facts;
mod report;

pub use checks::checks;
pub use facts::{gather, probe_folder, ConfigFacts, ContentFacts, Facts, Folder, Probe};
pub use report::report;

/// `lantern doctor`: the report to print, and the exit code once it is printed: 0 when
/// there is no problem, else 1. The caller prints it, and says so if that fails.
pub fn run(flags: &Flags, content_dir: Option<&Path>) -> (std::process::ExitCode, String) {
    let env = |name: &str| std::env::var(name).ok();
    let facts = gather(flags, content_dir, &env);
    let checks = checks(&facts);
    let text = report(&facts, &checks);
    let done = if checks.iter().any(|c| c.status == Status::Problem) {
        std::process::ExitCode::from(1)
    } else {
        std::process::ExitCode::SUCCESS
    };
    (done, text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::LocalHelp;
    use crate::content::Severity;

    pub(super) fn problem(file: &str) -> Problem {
        Problem {
            file: file.into(),
            position: Some((2, 1)),
            severity: Severity::Error,
            message: "unknown field `colour`".into(),
        }
    }

    /// A healthy personal setup on a UTF-8 terminal.
    pub(super) fn healthy() -> Facts {
        let vars = [("TERM", "xterm-256color"), ("LANG", "C.UTF-8")]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let folder = |purpose, path: &str| Folder {
            purpose,
            path: Some(PathBuf::from(path)),
            probe: Probe::Writable,
        };
        Facts {
            vars,
            terminal: Some((80, 24)),
            config: ConfigFacts {
                path: Some("/home/a/.config/lantern/config.toml".into()),
                ..ConfigFacts::default()
            },
            settings: Settings::default(),
            unknown: Vec::new(),
            lang_asked: None,
            folders: vec![
                folder("summaries", "/home/a/Documents"),
                folder("settings", "/home/a/.config/lantern"),
                folder("reading place", "/home/a/.local/share/lantern"),
            ],
            content: ContentFacts {
                dir: None,
                digest: Some(Digest::of(b"pack")),
                validated: Ok(vec![(Lang::En, 11), (Lang::Es, 11)]),
                warnings: Vec::new(),
                kiosk_failure: None,
            },
        }
    }

    pub(super) fn kiosk(mut facts: Facts) -> Facts {
        facts.settings.mode = Mode::Kiosk;
        facts.settings.mouse = true;
        facts.settings.admin_pin = Some("2468".into());
        facts.settings.local_help = vec![LocalHelp::front_desk()];
        facts.settings.content_sha256 = facts.content.digest;
        facts
    }

    pub(super) fn status_of(checks: &[Check], topic: &str) -> Status {
        checks
            .iter()
            .find(|c| c.topic == topic)
            .map(|c| c.status)
            .unwrap_or_else(|| panic!("no {topic} check in {checks:#?}"))
    }

    pub(super) fn problems(checks: &[Check]) -> Vec<&'static str> {
        checks
            .iter()
            .filter(|c| c.status == Status::Problem)
            .map(|c| c.topic)
            .collect()
    }

    #[test]
    fn a_healthy_setup_has_no_problem_and_the_report_is_ascii() {
        for facts in [healthy(), kiosk(healthy())] {
            let checks = checks(&facts);
            assert_eq!(problems(&checks), Vec::<&str>::new(), "{checks:#?}");
            let text = report(&facts, &checks);
            assert!(text.is_ascii(), "{text}");
            assert!(text.contains("Summary: no problems"), "{text}");
            assert!(!text.contains("2468"), "the PIN is never shown");
        }
        let kiosk_checks = checks(&kiosk(healthy()));
        for topic in ["content pin", "idle timeout", "staff exit", "local help"] {
            assert_eq!(status_of(&kiosk_checks, topic), Status::Ok, "{topic}");
        }
        assert_eq!(status_of(&kiosk_checks, "files"), Status::Ok);
    }

    #[test]
    fn the_terminal_size_and_its_absence() {
        let mut facts = healthy();
        facts.terminal = Some((39, 24));
        assert_eq!(status_of(&checks(&facts), "terminal"), Status::Problem);
        facts.terminal = Some((40, 12));
        assert_eq!(status_of(&checks(&facts), "terminal"), Status::Ok);
        facts.terminal = None;
        let found = checks(&facts);
        assert_eq!(status_of(&found, "terminal"), Status::Note);
        assert!(found[0].text.contains("not a terminal"));
    }

    #[test]
    fn characters_follow_the_locale_and_the_ascii_setting() {
        let mut facts = healthy();
        facts.vars.insert("LANG".into(), "C".into());
        facts.settings.ascii = true;
        assert_eq!(status_of(&checks(&facts), "characters"), Status::Ok);
        facts.settings.ascii = false;
        assert_eq!(status_of(&checks(&facts), "characters"), Status::Problem);
        facts.vars.insert("LANG".into(), "en_US.UTF-8".into());
        facts.vars.insert("TERM".into(), "linux".into());
        assert_eq!(status_of(&checks(&facts), "characters"), Status::Problem);
        facts.settings.ascii = true;
        assert_eq!(status_of(&checks(&facts), "characters"), Status::Ok);
    }

    #[test]
    fn colours_name_the_variables_and_a_dumb_terminal_is_a_kiosk_problem() {
        let mut facts = healthy();
        facts.vars.insert("COLORTERM".into(), "truecolor".into());
        facts.vars.insert("NO_COLOR".into(), "1".into());
        facts.settings.theme = ThemeName::Mono;
        let found = checks(&facts);
        let colours = found.iter().find(|c| c.topic == "colours").map(|c| &c.text);
        assert_eq!(
            colours.map(String::as_str),
            Some("TERM=xterm-256color, COLORTERM=truecolor; NO_COLOR is set, so no colour at all (theme mono)")
        );
        facts.vars.insert("TERM".into(), "dumb".into());
        assert_eq!(status_of(&checks(&facts), "colours"), Status::Note);
        assert_eq!(
            status_of(&checks(&kiosk(facts)), "colours"),
            Status::Problem
        );
    }

    #[test]
    fn a_broken_config_lists_every_located_mistake() {
        let mut facts = healthy();
        facts.config.exists = true;
        facts.config.problems = vec![problem("/k.toml"), problem("/k.toml")];
        let found = checks(&facts);
        let config = found.iter().find(|c| c.topic == "config file");
        assert_eq!(config.map(|c| c.status), Some(Status::Problem));
        assert_eq!(
            config.map(|c| c.details.clone()).unwrap_or_default(),
            vec![
                "/k.toml:2:1: unknown field `colour`".to_string(),
                "/k.toml:2:1: unknown field `colour`".to_string()
            ]
        );
        let text = report(&facts, &found);
        assert!(
            text.contains("\n           /k.toml:2:1: unknown field"),
            "{text}"
        );
        assert!(text.contains("Summary: 1 problem (config file)."), "{text}");
    }

    #[test]
    fn a_kiosk_pin_in_a_file_everyone_reads_is_a_problem() {
        let mut facts = kiosk(healthy());
        facts.config.exists = true;
        facts.config.readable_by_others = true;
        assert_eq!(status_of(&checks(&facts), "config file"), Status::Problem);
        facts.settings.admin_pin = None;
        assert_eq!(status_of(&checks(&facts), "config file"), Status::Ok);
    }

    #[test]
    fn unwritable_folders_are_problems_and_a_kiosk_needs_none() {
        let mut facts = healthy();
        facts.folders[2].probe = Probe::NotWritable("Permission denied".into());
        facts.folders[0].probe = Probe::WouldCreate("/home/a".into());
        let found = checks(&facts);
        assert_eq!(problems(&found), vec!["reading place"]);
        assert_eq!(status_of(&found, "summaries"), Status::Ok);
        let kiosk = checks(&kiosk(facts));
        assert!(kiosk.iter().all(|c| c.topic != "reading place"));
        assert_eq!(status_of(&kiosk, "files"), Status::Ok);
    }

    #[test]
    fn the_content_pin_and_validation() {
        let mut facts = kiosk(healthy());
        let other = Digest::of(b"other");
        facts.content.kiosk_failure = Some(Failure::Mismatch {
            pinned: other,
            found: Digest::of(b"pack"),
        });
        facts.settings.content_sha256 = Some(other);
        let found = checks(&facts);
        assert_eq!(problems(&found), vec!["content pin"]);
        let pin = found.iter().find(|c| c.topic == "content pin");
        assert!(pin.is_some_and(|c| c.text.contains(&other.to_string())));

        let mut facts = kiosk(healthy());
        facts.content.validated = Err(vec![problem("pack/crisis.toml")]);
        facts.content.kiosk_failure = Some(Failure::Invalid(vec![problem("pack/crisis.toml")]));
        let found = checks(&facts);
        assert_eq!(problems(&found), vec!["content"], "counted once");
        assert_eq!(status_of(&found, "content pin"), Status::Note);

        let mut facts = kiosk(healthy());
        facts.settings.content_sha256 = None;
        let found = checks(&facts);
        assert_eq!(status_of(&found, "content pin"), Status::Note);
        let pin = found.iter().find(|c| c.topic == "content pin");
        assert!(pin.is_some_and(|c| c.text.contains(&Digest::of(b"pack").to_string())));
    }

    #[test]
    fn kiosk_settings_the_example_pin_and_placeholders() {
        let mut facts = kiosk(healthy());
        facts.settings.admin_pin = Some(EXAMPLE_PIN.into());
        facts.settings.local_help[0].contact = "Call REPLACE-WITH-YOUR-NUMBER".into();
        let found = checks(&facts);
        assert_eq!(problems(&found), vec!["staff exit", "local help"]);
        assert!(!report(&facts, &found).contains(EXAMPLE_PIN));
        facts.settings.admin_pin = None;
        facts.settings.local_help.clear();
        let found = checks(&facts);
        assert_eq!(status_of(&found, "staff exit"), Status::Note);
        assert_eq!(status_of(&found, "local help"), Status::Note);
    }

    #[test]
    fn a_language_the_content_lacks_is_noted() {
        let mut facts = healthy();
        facts.content.validated = Ok(vec![(Lang::En, 3)]);
        facts.settings.lang = Lang::Es;
        facts.lang_asked = Some(Lang::Es);
        assert_eq!(status_of(&checks(&facts), "language"), Status::Note);
    }

    #[test]
    fn probing_a_folder_leaves_nothing_behind() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        assert_eq!(probe_folder(dir.path()), Probe::Writable);
        assert_eq!(
            probe_folder(&dir.path().join("new/deeper")),
            Probe::WouldCreate(dir.path().to_path_buf())
        );
        let blocker = dir.path().join("file");
        fs::write(&blocker, "")?;
        assert!(matches!(
            probe_folder(&blocker.join("lantern")),
            Probe::NotWritable(_)
        ));
        let left: Vec<_> = fs::read_dir(dir.path())?.collect();
        assert_eq!(left.len(), 1, "only the file the test made");
        Ok(())
    }
}
