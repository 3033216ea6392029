//! The facts `doctor` looks at, gathered once: the only part that looks at the system.

use super::*;

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
    pub(super) fn var(&self, name: &str) -> Option<&str> {
        self.vars
            .get(name)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }

    pub(super) fn mode(&self) -> Mode {
        self.settings.mode
    }
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
