//! The command line: definitions (clap) and what each command does.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::app::App;
use crate::config::{self, Flags, Lang, Mode, Settings, ThemeName};
use crate::content::{self, Loaded, Problem};
use crate::{effects, new_pack, plain, review_sheet, store, terminal};

const EXAMPLES: &str = "\
Examples:
  lantern                      open the full-screen app
  lantern --mode counselor     section numbers, discussion prompts, handouts
  lantern --mode kiosk --config /etc/lantern/kiosk.toml
                               a locked waiting-room kiosk (see the README)
  lantern resources            print crisis lines (988 first) and exit
  lantern read 2               print section 2 as plain text
  lantern self-check           answer the self-check line by line
  lantern validate ./my-pack   check a content pack folder
  lantern new-pack ./my-pack   start your own pack from a small, valid example
  lantern review-sheet > sheet.md
                               a sheet for a clinician to check and sign

In the app, press ! (or Ctrl-G) on any screen for help now, ? for keys, q to quit.
If you are in crisis, call or text 988.";

#[derive(Debug, Parser)]
#[command(
    name = "lantern",
    version,
    about = "Offline, plain-language information about ketamine and depression, with help one key away.",
    long_about = "lantern is an offline, full-screen terminal companion for patient education. \
Its built-in content is about ketamine, esketamine and depression. It is not medical advice \
and it cannot diagnose anyone. It never uses the network and keeps nothing you do.",
    after_help = EXAMPLES
)]
pub struct Cli {
    /// Use the content pack in this folder instead of the built-in one.
    #[arg(long, value_name = "DIR", global = true)]
    pub content: Option<PathBuf>,

    /// Where lantern is used: personal (default), counselor, or kiosk. Also LANTERN_MODE.
    #[arg(long, value_enum)]
    pub mode: Option<Mode>,

    /// Config file to use (default: config.toml in your config folder). Also LANTERN_CONFIG.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Colours: default (your terminal's), high-contrast, or mono. Also LANTERN_THEME; a
    /// non-empty NO_COLOR means mono.
    #[arg(long, value_enum)]
    pub theme: Option<ThemeName>,

    /// Draw with plain ASCII characters only (automatic on the Linux console and when the
    /// locale is not UTF-8).
    #[arg(long)]
    pub ascii: bool,

    /// The language of the app and its content: en or es (default: from the locale,
    /// LC_ALL, LC_MESSAGES or LANG).
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,

    /// Turn the mouse on: click or touch to choose, the wheel to scroll. On by default in
    /// kiosk mode.
    #[arg(long)]
    pub mouse: bool,

    /// Kiosk: seconds without input before "Still there?" (default 120).
    #[arg(long, value_name = "SECONDS", value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub idle_timeout: Option<u64>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the crisis resources, 988 first, as plain text.
    Resources,
    /// The self-check as numbered questions: type one answer number a line.
    SelfCheck,
    /// Print the content as plain text: every section, or one by number or id.
    Read {
        /// A section number (1, 2, ...) or id.
        section: Option<String>,
    },
    /// Check a content pack and list every problem as FILE:LINE:COL: message, with each
    /// section's reading grade and review status.
    Validate {
        /// The pack folder (default: the --content folder, or the built-in pack).
        dir: Option<PathBuf>,
        /// Also fail (exit 2) if a section has no clinician review of the pack's current
        /// version in review.toml.
        #[arg(long)]
        require_review: bool,
    },
    /// Print a sheet for a clinician to check and sign: each section's text, its cited claims
    /// numbered beside their sources, and a sign-off block.
    ReviewSheet {
        /// A section number (1, 2, ...) or id; every section when left out.
        section: Option<String>,
    },
    /// Write a small, valid starter pack into a new folder, to make your own topic from.
    NewPack {
        /// The folder to create; it must not exist yet (or be empty).
        dir: PathBuf,
    },
}

/// Exit codes: 0 ok, 1 a runtime failure, 2 bad input (content, arguments).
const BAD_INPUT: u8 = 2;
const RUNTIME_ERROR: u8 = 1;

pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            return if err.use_stderr() {
                ExitCode::from(BAD_INPUT)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match &cli.command {
        Some(Command::Validate {
            dir,
            require_review,
        }) => return validate(dir.as_deref().or(cli.content.as_deref()), *require_review),
        Some(Command::NewPack { dir }) => return new_pack(dir),
        _ => {}
    }
    // Content is checked before anything touches the terminal, so a bad pack never leaves
    // the screen in full-screen mode.
    let languages = match content::load_languages(cli.content.as_deref()) {
        Ok(languages) => languages,
        Err(problems) => {
            report_load_failure(&problems, cli.content.as_deref());
            return ExitCode::from(BAD_INPUT);
        }
    };
    // The one-shot commands speak the person's language too, but a broken config file
    // must never stand between a person and `lantern resources`: it is passed over here.
    let plain_lang = || plain_language(&cli);
    let pack_in = |lang: Lang| {
        languages
            .iter()
            .find(|(l, _)| *l == lang)
            .or(languages.first())
            .map(|(_, loaded)| &loaded.pack)
    };
    let result = match &cli.command {
        Some(Command::Resources) => match pack_in(plain_lang()) {
            Some(pack) => with_stdout(|out| plain::resources(pack, out)),
            None => Ok(()),
        },
        Some(Command::SelfCheck) => match pack_in(plain_lang()) {
            Some(pack) => with_stdout(|out| plain::self_check(pack, &mut io::stdin().lock(), out)),
            None => Ok(()),
        },
        Some(Command::Read { section }) => {
            let Some(pack) = pack_in(plain_lang()) else {
                return ExitCode::from(BAD_INPUT);
            };
            let Ok(only) = which_section(pack, section.as_deref()) else {
                return ExitCode::from(BAD_INPUT);
            };
            with_stdout(|out| plain::read(pack, only, out))
        }
        Some(Command::ReviewSheet { section }) => {
            let Some(pack) = pack_in(plain_lang()) else {
                return ExitCode::from(BAD_INPUT);
            };
            let Ok(only) = which_section(pack, section.as_deref()) else {
                return ExitCode::from(BAD_INPUT);
            };
            let today = content::today().to_string();
            with_stdout(|out| review_sheet::write(pack, only, &today, out))
        }
        Some(Command::Validate { .. } | Command::NewPack { .. }) => Ok(()),
        None => {
            // Settings are read in full only here, where a person can fix them.
            let settings = match settings(&cli) {
                Ok(settings) => settings,
                Err(problems) => {
                    for problem in &problems.0 {
                        eprintln!("{problem}");
                    }
                    eprintln!(
                        "lantern: the settings above have a problem; fix them and try again. \
                         The file was not changed."
                    );
                    return ExitCode::from(BAD_INPUT);
                }
            };
            if can_run_full_screen() {
                full_screen(languages, settings)
            } else {
                match pack_in(settings.lang) {
                    Some(pack) => {
                        with_stdout(|out| plain::menu(pack, &mut io::stdin().lock(), out))
                    }
                    None => Ok(()),
                }
            }
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // A reader that closed the pipe early (`lantern read | head`) is not a failure.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("lantern: {err}");
            eprintln!("{}", plain_lang().catalog().error_help);
            ExitCode::from(RUNTIME_ERROR)
        }
    }
}

/// The section a command names, by number or id; `Err` after saying what there is.
fn which_section(pack: &content::Pack, wanted: Option<&str>) -> Result<Option<usize>, ()> {
    let Some(wanted) = wanted else {
        return Ok(None);
    };
    match plain::find_section(pack, wanted) {
        Some(index) => Ok(Some(index)),
        None => {
            eprintln!(
                "lantern: there is no section `{wanted}`. Give a number from 1 to {} or one of \
                 these ids: {}",
                pack.sections.len(),
                pack.sections
                    .iter()
                    .map(|s| s.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            Err(())
        }
    }
}

fn new_pack(dir: &Path) -> ExitCode {
    match new_pack::write(dir) {
        Ok(files) => {
            let mut out = io::stdout().lock();
            let shown = dir.display();
            let _ = writeln!(out, "Wrote a starter pack to {shown}:");
            for file in files {
                let _ = writeln!(out, "  {file}");
            }
            let _ = writeln!(
                out,
                "Next: change its text to your topic (docs/authoring.md explains every file), \
                 then run
  lantern validate {shown}
  lantern --content {shown}"
            );
            ExitCode::SUCCESS
        }
        Err(err @ new_pack::NewPackError::Exists(_)) => {
            eprintln!("lantern: {err}");
            ExitCode::from(BAD_INPUT)
        }
        Err(err) => {
            eprintln!("lantern: could not write the starter pack: {err}");
            ExitCode::from(RUNTIME_ERROR)
        }
    }
}

/// Settings from the flags, the environment and the config file.
fn settings(cli: &Cli) -> Result<Settings, config::ConfigError> {
    let flags = Flags {
        config: cli.config.clone(),
        mode: cli.mode,
        lang: cli.lang,
        theme: cli.theme,
        ascii: cli.ascii,
        mouse: cli.mouse,
        idle_timeout: cli.idle_timeout,
    };
    config::resolve(&flags, &|name| std::env::var(name).ok())
}

/// The language of the one-shot commands: as the full settings would resolve it, or, when
/// the config file has a problem, from the flag, `LANTERN_LANG` and the locale alone.
fn plain_language(cli: &Cli) -> Lang {
    let env = |name: &str| std::env::var(name).ok();
    match settings(cli) {
        Ok(settings) => settings.lang,
        Err(_) => cli
            .lang
            .or_else(|| env("LANTERN_LANG").and_then(|v| Lang::parse(v.trim())))
            .unwrap_or_else(|| Lang::from_locale(&|name| env(name).filter(|v| !v.is_empty()))),
    }
}

/// The full-screen app, with the saved reading place when the person asked for that.
fn full_screen(languages: content::Languages, settings: Settings) -> io::Result<()> {
    let place = (settings.mode == Mode::Personal && settings.remember_place)
        .then(store::place_file)
        .flatten()
        .and_then(|path| store::load_place(&path));
    let mut packs = languages
        .into_iter()
        .map(|(lang, loaded)| (lang, loaded.pack));
    let Some(first) = packs.next() else {
        return Ok(());
    };
    let mut app = App::with_packs(first, packs.collect(), settings, place);
    terminal::run(&mut app)?;
    if let Err(err) = effects::save_place_on_exit(&app) {
        eprintln!("lantern: could not save your reading place: {err}");
    }
    Ok(())
}

/// The full-screen app needs a real terminal on both ends; anything else gets line mode.
fn can_run_full_screen() -> bool {
    io::stdin().is_terminal()
        && io::stdout().is_terminal()
        && std::env::var("TERM").map_or(true, |t| t != "dumb")
}

fn with_stdout(
    f: impl FnOnce(&mut BufWriter<io::StdoutLock<'_>>) -> io::Result<()>,
) -> io::Result<()> {
    let mut out = BufWriter::new(io::stdout().lock());
    f(&mut out)?;
    out.flush()
}

fn report_load_failure(problems: &[Problem], dir: Option<&Path>) {
    for problem in problems {
        eprintln!("{problem}");
    }
    let errors = problems.iter().filter(|p| p.is_error()).count();
    let which = dir.map_or_else(
        || "the built-in content".to_string(),
        |d| d.display().to_string(),
    );
    eprintln!(
        "lantern: {which} has {errors} problem{} (listed above); fix {} and try again.",
        if errors == 1 { "" } else { "s" },
        if errors == 1 { "it" } else { "them" }
    );
}

/// Validates a pack in every language it has (the folder, and `DIR/es/` beside it), each
/// against the same rules, and the translations against the pack's own shape.
fn validate(dir: Option<&Path>, require_review: bool) -> ExitCode {
    let name = dir.map_or_else(
        || "built-in content".to_string(),
        |d| d.display().to_string(),
    );
    let mut out = io::stdout().lock();
    // Always from the source files, built-in ones too, so the dated checks are today's.
    let languages = match content::files_languages(dir) {
        Ok(languages) => languages,
        Err(problems) => return report_problems(&name, &problems, &mut out),
    };
    let mut all_ok = true;
    for (i, (lang, files)) in languages.iter().enumerate() {
        let name = if i == 0 {
            name.clone()
        } else {
            let _ = writeln!(out);
            format!("{name}/{}", lang.code())
        };
        all_ok &= validate_one(&name, files, require_review, &mut out);
    }
    if all_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(BAD_INPUT)
    }
}

fn report_problems(name: &str, problems: &[Problem], out: &mut impl Write) -> ExitCode {
    for problem in problems {
        let _ = writeln!(out, "{problem}");
    }
    let errors = problems.iter().filter(|p| p.is_error()).count();
    let _ = writeln!(
        out,
        "{name}: {errors} error{} found",
        if errors == 1 { "" } else { "s" }
    );
    ExitCode::from(BAD_INPUT)
}

/// Validates one language of a pack and reports it; true when it passed.
fn validate_one(
    name: &str,
    files: &content::load::PackFiles,
    require_review: bool,
    out: &mut impl Write,
) -> bool {
    match content::validate::validate(files, content::today()) {
        Ok(Loaded { pack, warnings }) => {
            let (table, too_hard) = content::readability::report(&pack);
            let _ = write!(out, "{table}");
            let _ = writeln!(out);
            let _ = write!(out, "{}", content::review::report(&pack));
            for warning in &warnings {
                let _ = writeln!(out, "{warning}");
            }
            for problem in &too_hard {
                let _ = writeln!(out, "{problem}");
            }
            let unreviewed = if require_review {
                content::review::unreviewed(&pack)
            } else {
                Vec::new()
            };
            for problem in &unreviewed {
                let _ = writeln!(out, "{problem}");
            }
            if !unreviewed.is_empty() {
                let _ = writeln!(
                    out,
                    "{name}: {} of {} sections without a clinician review of version {} \
                     (--require-review)",
                    unreviewed.len(),
                    pack.sections.len(),
                    pack.meta.version
                );
            }
            if too_hard.is_empty() && unreviewed.is_empty() {
                let _ = writeln!(
                    out,
                    "{name}: OK — {} sections, {} references, {} glossary terms, {} crisis resources{}",
                    pack.sections.len(),
                    pack.references.len(),
                    pack.glossary.len(),
                    pack.crisis.len(),
                    match warnings.len() {
                        0 => String::new(),
                        1 => ", 1 warning".to_string(),
                        n => format!(", {n} warnings"),
                    }
                );
                true
            } else if too_hard.is_empty() {
                false
            } else {
                let plural = if too_hard.len() == 1 { "" } else { "s" };
                let _ = if content::readability::spanish::is_spanish(&pack.meta.language) {
                    writeln!(
                        out,
                        "{name}: {} section{plural} below reading ease {} (Fernández-Huerta)",
                        too_hard.len(),
                        pack.meta.reading_ease_limit
                    )
                } else {
                    writeln!(
                        out,
                        "{name}: {} section{plural} above reading grade {}",
                        too_hard.len(),
                        pack.meta.reading_grade_limit
                    )
                };
                false
            }
        }
        Err(problems) => {
            report_problems(name, &problems, out);
            false
        }
    }
}
