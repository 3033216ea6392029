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

/// The config file as found.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ConfigFacts {
    pub path: Option<PathBuf>,
    /// Named with `--config` or `LANTERN_CONFIG` (then it must exist).
    pub named: bool,
    pub exists: bool,
    /// Every located problem in the file or the environment; empty when it reads well.
    pub problems: Vec<Problem>,
    /// Other accounts may read it (its mode lets "others" read).
    pub readable_by_others: bool,
    /// How much of it is known: with mistakes, some keys or all are not.
    pub file: config::FileState,
}

/// Whether lantern could write in a folder, found by creating and removing a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Probe {
    Writable,
    /// The folder does not exist yet; lantern would create it inside this one, which is
    /// writable.
    WouldCreate(PathBuf),
    NotWritable(String),
}

/// A folder lantern may write to, what for, and whether it can.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folder {
    pub purpose: &'static str,
    pub path: Option<PathBuf>,
    pub probe: Probe,
}

/// The content pack as found: read once, digested and validated.
#[derive(Debug, Clone)]
pub struct ContentFacts {
    /// The folder given with `--content`, or `None` for the built-in pack.
    pub dir: Option<PathBuf>,
    pub digest: Option<Digest>,
    /// The languages and section count, or every problem.
    pub validated: Result<Vec<(Lang, usize)>, Vec<Problem>>,
    pub warnings: Vec<Problem>,
    /// What a kiosk would do with it (from `content_check::decide`).
    pub kiosk_failure: Option<Failure>,
}

/// Everything the checks look at.
#[derive(Debug, Clone)]
pub struct Facts {
    /// The environment variables that matter (TERM, COLORTERM, NO_COLOR, the locale).
    pub vars: BTreeMap<String, String>,
    /// The terminal's size, or `None` when standard output is not a terminal.
    pub terminal: Option<(u16, u16)>,
    pub config: ConfigFacts,
    /// The settings: from the flags, the environment and what is right in the file.
    pub settings: Settings,
    /// The file's keys that matter and are not known because of a mistake in it (dotted:
    /// `kiosk.admin_pin`); the checks that need them say they could not be made.
    pub unknown: Vec<&'static str>,
    /// `--lang` or the config's language, when one was asked for.
    pub lang_asked: Option<Lang>,
    pub folders: Vec<Folder>,
    pub content: ContentFacts,
}

impl Facts {
    fn var(&self, name: &str) -> Option<&str> {
        self.vars
            .get(name)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }

    fn mode(&self) -> Mode {
        self.settings.mode
    }
}

/// Every check, in the order they are printed.
pub fn checks(facts: &Facts) -> Vec<Check> {
    let mut checks = vec![
        terminal(facts),
        characters(facts),
        colours(facts),
        mouse(facts),
        config_file(facts),
    ];
    checks.extend(folders(facts));
    checks.push(content_pack(facts));
    checks.push(language(facts));
    if facts.mode() == Mode::Kiosk {
        checks.push(content_pin(facts));
        checks.push(idle(facts));
        checks.push(staff_exit(facts));
        checks.push(local_help(facts));
    }
    unknown::mark(facts, &mut checks);
    checks
}

fn terminal(facts: &Facts) -> Check {
    let need = format!("{MIN_WIDTH}x{MIN_HEIGHT}");
    match facts.terminal {
        None => Check::new(
            Status::Note,
            "terminal",
            format!(
                "standard output is not a terminal, so its size cannot be checked; lantern \
                 needs at least {need} (run lantern doctor on the screen it will use)"
            ),
        ),
        Some((width, height)) if width < MIN_WIDTH || height < MIN_HEIGHT => Check::new(
            Status::Problem,
            "terminal",
            format!(
                "{width}x{height} is smaller than the {need} lantern needs; it would show only \
                 a short notice with 988. Make the window or the console font bigger"
            ),
        ),
        Some((width, height)) => Check::new(
            Status::Ok,
            "terminal",
            format!("{width}x{height}, at least the {need} lantern needs"),
        ),
    }
}

/// The first of the locale variables that is set, as the C library picks it.
fn locale(facts: &Facts) -> Option<(&'static str, &str)> {
    ["LC_ALL", "LC_CTYPE", "LANG"]
        .into_iter()
        .find_map(|name| facts.var(name).map(|value| (name, value)))
}

fn characters(facts: &Facts) -> Check {
    let linux_console = facts.var("TERM") == Some("linux");
    let utf8 = locale(facts).is_some_and(|(_, value)| {
        let value = value.to_ascii_lowercase();
        value.contains("utf-8") || value.contains("utf8")
    });
    let named = locale(facts).map_or_else(
        || "no locale is set (LANG, LC_CTYPE, LC_ALL)".to_string(),
        |(name, value)| format!("{name}={value}"),
    );
    let ascii = facts.settings.ascii;
    match (utf8 && !linux_console, ascii) {
        (true, false) => Check::new(
            Status::Ok,
            "characters",
            format!("{named} is UTF-8: lantern draws lines, arrows and accents"),
        ),
        (true, true) => Check::new(
            Status::Ok,
            "characters",
            format!("{named} is UTF-8, and ASCII mode is on: plain ASCII characters only"),
        ),
        (false, true) => Check::new(
            Status::Ok,
            "characters",
            if linux_console {
                "the Linux console (TERM=linux) has few characters: lantern draws plain ASCII"
                    .to_string()
            } else {
                format!("{named} is not UTF-8: lantern draws plain ASCII")
            },
        ),
        (false, false) => Check::new(
            Status::Problem,
            "characters",
            format!(
                "{} but the config file sets ascii = false: lines and arrows may show as \
                 garbage. Remove that line, or use a UTF-8 locale (such as C.UTF-8)",
                if linux_console {
                    "this is the Linux console (TERM=linux)".to_string()
                } else {
                    format!("{named} is not UTF-8")
                }
            ),
        ),
    }
}

fn colours(facts: &Facts) -> Check {
    let term = facts.var("TERM");
    let mut text = match term {
        Some(term) => format!("TERM={term}"),
        None => "TERM is not set".to_string(),
    };
    if let Some(colorterm) = facts.var("COLORTERM") {
        let _ = write!(text, ", COLORTERM={colorterm}");
    }
    let theme = facts.settings.theme;
    if facts.var("NO_COLOR").is_some() && theme == ThemeName::Mono {
        text.push_str("; NO_COLOR is set, so no colour at all (theme mono)");
    } else {
        let _ = write!(
            text,
            "; theme {}{}",
            theme.name(),
            match theme {
                ThemeName::Default => " (the terminal's own colours)",
                ThemeName::HighContrast => " (bright colours and bold on black)",
                ThemeName::Mono => " (no colour: bold, underline and reverse video)",
            }
        );
    }
    if term == Some("dumb") {
        let status = if facts.mode() == Mode::Kiosk {
            Status::Problem
        } else {
            Status::Note
        };
        text.push_str(
            "; with TERM=dumb lantern runs its line-by-line menu, not the full-screen app",
        );
        return Check::new(status, "colours", text);
    }
    Check::new(Status::Ok, "colours", text)
}

fn mouse(facts: &Facts) -> Check {
    let on = facts.settings.mouse;
    match (facts.mode(), on) {
        (Mode::Kiosk, true) => Check::new(
            Status::Ok,
            "mouse and touch",
            "on, as always in a kiosk: visitors can touch items, buttons and the help badge",
        ),
        (Mode::Kiosk, false) => Check::new(
            Status::Note,
            "mouse and touch",
            "off (mouse = false in the config file): visitors can use only the keyboard",
        ),
        (_, true) => Check::new(
            Status::Ok,
            "mouse and touch",
            "on: clicks and the wheel work; hold Shift to select text to copy",
        ),
        (_, false) => Check::new(
            Status::Ok,
            "mouse and touch",
            "off, so the terminal's own copy and paste works (turn it on with --mouse or o)",
        ),
    }
}

fn config_file(facts: &Facts) -> Check {
    let config = &facts.config;
    let Some(path) = &config.path else {
        return Check::new(
            Status::Note,
            "config file",
            "there is no config folder (no home folder?); the defaults apply",
        );
    };
    let shown = path.display();
    if !config.problems.is_empty() {
        let count = config.problems.len();
        return Check::new(
            Status::Problem,
            "config file",
            format!(
                "{shown} has {count} mistake{} (below); lantern will not start until {} fixed",
                plural(count),
                if count == 1 { "it is" } else { "they are" }
            ),
        )
        .with_details(config.problems.iter().map(ToString::to_string).collect());
    }
    if !config.exists {
        return Check::new(
            Status::Ok,
            "config file",
            format!("{shown} does not exist, so the defaults apply"),
        );
    }
    if facts.mode() == Mode::Kiosk
        && facts.settings.admin_pin.is_some()
        && config.readable_by_others
    {
        return Check::new(
            Status::Problem,
            "config file",
            format!(
                "{shown} reads well, but it holds the staff PIN and every account can read \
                 it: chown root:lantern {shown} && chmod 640 {shown}"
            ),
        );
    }
    Check::new(Status::Ok, "config file", format!("{shown} reads well"))
}

fn folders(facts: &Facts) -> Vec<Check> {
    if facts.mode() == Mode::Kiosk {
        return vec![Check::new(
            Status::Ok,
            "files",
            "a kiosk writes nothing to disk, so no folder needs to be writable",
        )];
    }
    facts
        .folders
        .iter()
        .map(|folder| {
            let Some(path) = &folder.path else {
                return Check::new(
                    Status::Problem,
                    folder.purpose,
                    "there is no such folder (no home folder?), so this cannot be saved",
                );
            };
            let shown = path.display();
            match &folder.probe {
                Probe::Writable => {
                    Check::new(Status::Ok, folder.purpose, format!("{shown} is writable"))
                }
                Probe::WouldCreate(parent) => Check::new(
                    Status::Ok,
                    folder.purpose,
                    format!(
                        "{shown} does not exist yet; lantern would create it ({} is writable)",
                        parent.display()
                    ),
                ),
                Probe::NotWritable(why) => Check::new(
                    Status::Problem,
                    folder.purpose,
                    format!(
                        "{shown} cannot be written ({why}); lantern would carry on without \
                         saving. Fix the folder's owner or permissions"
                    ),
                ),
            }
        })
        .collect()
}

fn pack_name(facts: &Facts) -> String {
    facts.content.dir.as_ref().map_or_else(
        || "the built-in pack".to_string(),
        |d| d.display().to_string(),
    )
}

fn content_pack(facts: &Facts) -> Check {
    let content = &facts.content;
    let name = pack_name(facts);
    match &content.validated {
        Ok(languages) => {
            let sections = languages.first().map_or(0, |(_, n)| *n);
            let codes: Vec<&str> = languages.iter().map(|(l, _)| l.code()).collect();
            let digest = content
                .digest
                .map_or_else(|| "unknown".to_string(), |d| d.to_string());
            let warnings = content.warnings.len();
            let status = if warnings == 0 {
                Status::Ok
            } else {
                Status::Note
            };
            let mut text = format!(
                "{name} validates: {sections} sections in {}; SHA-256 {digest}",
                codes.join(", ")
            );
            if warnings > 0 {
                let _ = write!(text, "; {warnings} warning{} (below)", plural(warnings));
            }
            Check::new(status, "content", text)
                .with_details(content.warnings.iter().map(ToString::to_string).collect())
        }
        Err(problems) => {
            let errors = problems.iter().filter(|p| p.is_error()).count();
            let what_happens = if facts.mode() == Mode::Kiosk {
                "a kiosk would show only the built-in crisis panel"
            } else {
                "lantern will not start with it"
            };
            Check::new(
                Status::Problem,
                "content",
                format!(
                    "{name} has {errors} problem{} (below); {what_happens}",
                    plural(errors)
                ),
            )
            .with_details(problems.iter().map(ToString::to_string).collect())
        }
    }
}

fn language(facts: &Facts) -> Check {
    let has: Vec<Lang> = match &facts.content.validated {
        Ok(languages) => languages.iter().map(|(l, _)| *l).collect(),
        Err(_) => Vec::new(),
    };
    let lang = facts.settings.lang;
    let codes = has.iter().map(|l| l.code()).collect::<Vec<_>>().join(", ");
    if has.is_empty() || has.contains(&lang) {
        Check::new(
            Status::Ok,
            "language",
            format!(
                "{} ({}){}",
                lang.code(),
                lang.own_name(),
                if codes.is_empty() {
                    String::new()
                } else {
                    format!("; the content is in {codes}")
                }
            ),
        )
    } else {
        let status = if facts.lang_asked.is_some() {
            Status::Note
        } else {
            Status::Ok
        };
        Check::new(
            status,
            "language",
            format!(
                "{} was asked for, but the content is only in {codes}, so lantern shows {}",
                lang.code(),
                has.first().map_or("en", |l| l.code())
            ),
        )
    }
}

fn content_pin(facts: &Facts) -> Check {
    let pin = facts.settings.content_sha256;
    match (&facts.content.kiosk_failure, pin) {
        (Some(Failure::Mismatch { pinned, found }), _) => Check::new(
            Status::Problem,
            "content pin",
            format!(
                "{} has SHA-256 {found}, but content_sha256 is {pinned}: the kiosk would \
                 show only the built-in crisis panel. Put the pinned pack back, or pin this \
                 one once it is checked",
                pack_name(facts)
            ),
        ),
        // The problem itself is counted once, under "content"; this says what the pin
        // has to do with it.
        (Some(Failure::Invalid(_)), pin) => Check::new(
            Status::Note,
            "content pin",
            format!(
                "{}, but the pack does not pass its checks (see content), so the kiosk does \
                 not show it",
                match (pin, facts.content.digest) {
                    (Some(_), Some(_)) => "the pack matches content_sha256",
                    (Some(_), None) => "the pack could not be read to compare with content_sha256",
                    (None, _) => "no content_sha256 is set",
                }
            ),
        ),
        (None, Some(_)) => Check::new(
            Status::Ok,
            "content pin",
            "the pack matches content_sha256 in the config file",
        ),
        (None, None) => Check::new(
            Status::Note,
            "content pin",
            format!(
                "no content_sha256 in [kiosk]: the kiosk shows whatever {} holds. To pin \
                 it: content_sha256 = \"{}\"",
                pack_name(facts),
                facts
                    .content
                    .digest
                    .map_or_else(String::new, |d| d.to_string())
            ),
        ),
    }
}

fn idle(facts: &Facts) -> Check {
    let settings = &facts.settings;
    Check::new(
        Status::Ok,
        "idle timeout",
        format!(
            "after {} without input \"Still there?\" counts down {}, then everything is wiped",
            seconds(settings.idle_timeout),
            seconds(settings.countdown)
        ),
    )
}

fn staff_exit(facts: &Facts) -> Check {
    match facts.settings.admin_pin.as_deref() {
        // The PIN itself is never printed.
        Some(EXAMPLE_PIN) => Check::new(
            Status::Problem,
            "staff exit",
            "admin_pin is still the example's: change it before visitors use the kiosk",
        ),
        Some(_) => Check::new(
            Status::Ok,
            "staff exit",
            "admin_pin is set (not shown here): Ctrl-X, the PIN, Enter ends lantern",
        ),
        None => Check::new(
            Status::Note,
            "staff exit",
            "no admin_pin: only the service manager (systemctl stop) can end the kiosk",
        ),
    }
}

fn local_help(facts: &Facts) -> Check {
    let entries = &facts.settings.local_help;
    if entries.is_empty() {
        return Check::new(
            Status::Note,
            "local help",
            "no local entries: the crisis panel shows only the pack's resources, 988 first",
        );
    }
    let names: Vec<String> = entries.iter().map(|e| format!("\"{}\"", e.name)).collect();
    let unfinished = entries.iter().any(|e| {
        [&e.name, &e.contact]
            .into_iter()
            .chain(e.when.as_ref())
            .chain(&e.details)
            .any(|text| text.contains(PLACEHOLDER))
    });
    if unfinished {
        return Check::new(
            Status::Problem,
            "local help",
            format!(
                "an entry still says {PLACEHOLDER}: put in your clinic's own, checked \
                 details, or remove it ({})",
                names.join(", ")
            ),
        );
    }
    Check::new(
        Status::Ok,
        "local help",
        format!("after 988 the crisis panel lists {}", names.join(", ")),
    )
}

fn seconds(duration: Duration) -> String {
    let n = duration.as_secs();
    format!("{n} second{}", plural(usize::try_from(n).unwrap_or(2)))
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The report: a heading, one line per check with its details under it, and a summary.
pub fn report(facts: &Facts, checks: &[Check]) -> String {
    let mut out = String::new();
    let config = facts
        .config
        .path
        .as_ref()
        .map_or_else(|| "none".to_string(), |p| p.display().to_string());
    let _ = writeln!(
        out,
        "lantern doctor {}: {} mode, config {config}, content {}",
        env!("CARGO_PKG_VERSION"),
        facts.mode().name(),
        pack_name(facts)
    );
    for check in checks {
        let _ = writeln!(
            out,
            "{:<8} {}: {}",
            check.status.label(),
            check.topic,
            check.text
        );
        for detail in &check.details {
            let _ = writeln!(out, "           {detail}");
        }
    }
    let problems: Vec<&str> = checks
        .iter()
        .filter(|c| c.status == Status::Problem)
        .map(|c| c.topic)
        .collect();
    let notes = checks.iter().filter(|c| c.status == Status::Note).count();
    if problems.is_empty() {
        let _ = writeln!(
            out,
            "Summary: no problems in {} checks ({notes} note{}).",
            checks.len(),
            plural(notes)
        );
    } else {
        let _ = writeln!(
            out,
            "Summary: {} problem{} ({}). Fix each one above, then run lantern doctor again.",
            problems.len(),
            plural(problems.len()),
            problems.join(", ")
        );
    }
    // A path or a file's text could hold a terminal escape; show it, harmlessly.
    out.chars()
        .map(|c| if c.is_control() && c != '\n' { '?' } else { c })
        .collect()
}

/// Looks at the system: the environment, the terminal, the config file, the folders and
/// the content pack.
pub fn gather(
    flags: &Flags,
    content_dir: Option<&Path>,
    env: &dyn Fn(&str) -> Option<String>,
) -> Facts {
    let vars = [
        "TERM",
        "COLORTERM",
        "NO_COLOR",
        "LC_ALL",
        "LC_CTYPE",
        "LC_MESSAGES",
        "LANG",
    ]
    .into_iter()
    .filter_map(|name| env(name).map(|value| (name.to_string(), value)))
    .collect();
    let terminal = io::stdout()
        .is_terminal()
        .then(|| ratatui::crossterm::terminal::size().ok())
        .flatten();

    let (path, named) = config::config_path(flags, env);
    // With mistakes in the file, what is right in it still counts; what is not is unknown,
    // never taken for missing.
    let config::Resolved {
        settings,
        problems,
        file,
    } = config::resolve_all(flags, env);
    let unknown = unknown::keys(&file, flags, env);
    let metadata = path.as_deref().and_then(|p| fs::metadata(p).ok());
    let config = ConfigFacts {
        exists: metadata.is_some(),
        readable_by_others: metadata.is_some_and(|m| readable_by_others(&m)),
        path,
        named,
        problems,
        file,
    };
    let lang_asked = flags
        .lang
        .or_else(|| env("LANTERN_LANG").and_then(|v| Lang::parse(v.trim())));

    let folders = match settings.mode {
        Mode::Kiosk => Vec::new(),
        Mode::Counselor => vec![folder("handouts", crate::store::summary_dir())],
        Mode::Personal => vec![
            folder("summaries", crate::store::summary_dir()),
            folder(
                "settings",
                settings
                    .config_file
                    .as_deref()
                    .and_then(Path::parent)
                    .map(Path::to_path_buf),
            ),
            folder(
                "reading place",
                crate::store::place_file()
                    .as_deref()
                    .and_then(Path::parent)
                    .map(Path::to_path_buf),
            ),
        ],
    };
    let content = content_facts(content_dir, &settings);
    Facts {
        vars,
        terminal,
        config,
        settings,
        lang_asked,
        unknown,
        folders,
        content,
    }
}

#[cfg(unix)]
fn readable_by_others(metadata: &fs::Metadata) -> bool {
    use std::os::unix::fs::PermissionsExt;
    metadata.permissions().mode() & 0o004 != 0
}

#[cfg(not(unix))]
fn readable_by_others(_: &fs::Metadata) -> bool {
    false
}

fn folder(purpose: &'static str, path: Option<PathBuf>) -> Folder {
    let probe = path
        .as_deref()
        .map_or_else(|| Probe::NotWritable("no such folder".into()), probe_folder);
    Folder {
        purpose,
        path,
        probe,
    }
}

/// Whether lantern could write in `dir`: a file is created in it (or in the nearest folder
/// above it that exists, which lantern would create it in) and removed at once.
pub fn probe_folder(dir: &Path) -> Probe {
    let mut existing = dir;
    while fs::symlink_metadata(existing).is_err() {
        match existing.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => existing = parent,
            _ => return Probe::NotWritable("none of the folders above it exist".into()),
        }
    }
    if !existing.is_dir() {
        return Probe::NotWritable(format!("{} is not a folder", existing.display()));
    }
    let test_file = existing.join(format!(".lantern-doctor-{}.tmp", std::process::id()));
    let created = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&test_file);
    match created {
        Ok(file) => {
            drop(file);
            if let Err(err) = fs::remove_file(&test_file) {
                return Probe::NotWritable(format!(
                    "a test file was made but could not be removed: {err}; delete {}",
                    test_file.display()
                ));
            }
            if existing == dir {
                Probe::Writable
            } else {
                Probe::WouldCreate(existing.to_path_buf())
            }
        }
        Err(err) => Probe::NotWritable(err.to_string()),
    }
}

/// Reads the pack once, as `lantern validate` does (so warnings about dates are today's),
/// and asks `content_check` what a kiosk would do with it.
fn content_facts(dir: Option<&Path>, settings: &Settings) -> ContentFacts {
    let (digest, validated) = content_check::examine(dir);
    let warnings = validated
        .as_ref()
        .map(|languages| {
            languages
                .iter()
                .flat_map(|(_, loaded)| loaded.warnings.iter().cloned())
                .collect()
        })
        .unwrap_or_default();
    let summary: Result<Vec<(Lang, usize)>, Vec<Problem>> =
        validated.as_ref().map_err(Clone::clone).map(|languages| {
            languages
                .iter()
                .map(|(lang, loaded)| (*lang, loaded.pack.sections.len()))
                .collect()
        });
    let kiosk_failure = match content_check::decide(
        Mode::Kiosk,
        settings.content_sha256,
        Found {
            digest,
            validated: validated.map(Some),
        },
    ) {
        Decision::Fallback(failure) => Some(failure),
        Decision::Show(_) | Decision::Refuse(_) => None,
    };
    ContentFacts {
        dir: dir.map(Path::to_path_buf),
        digest,
        validated: summary,
        warnings,
        kiosk_failure,
    }
}

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
