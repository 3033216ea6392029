//! The command line: definitions (clap) and what each command does.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::app::{App, Translations};
use crate::config::{self, Flags, Lang, Mode, Settings, ThemeName};
use crate::content::{self, Loaded, Problem};
use crate::i18n::catalog::Catalog;
use crate::selfcheck::Answer;
use crate::{
    completions, content_check, digest, doctor, effects, new_pack, plain, review_sheet, store,
    terminal,
};

mod output;

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
  lantern validate ./my-pack --print-digest
                               the pack's SHA-256, to pin on a kiosk
  lantern doctor --mode kiosk --config /etc/lantern/kiosk.toml
                               check a kiosk's settings, folders and content

In the app, press ! (or Ctrl-G) on any screen for help now, ? for keys, q to quit.
If you are in crisis, call or text 988.";

#[derive(Debug, Default, PartialEq, Parser)]
#[command(
    name = "lantern",
    version,
    about = "Offline, plain-language information about ketamine and depression, with help one key away.",
    long_about = "lantern is an offline, full-screen terminal companion for patient education. \
Its built-in content is about ketamine, esketamine and depression. It is not medical advice \
and it cannot diagnose anyone. It never uses the network and keeps nothing you do unless you ask it to.",
    after_help = EXAMPLES
)]
pub struct Cli {
    /// Use the content pack in this folder instead of the built-in one.
    #[arg(long, value_name = "DIR", global = true)]
    pub content: Option<PathBuf>,

    /// Where lantern is used: personal (default), counselor, or kiosk. Also LANTERN_MODE.
    #[arg(long, value_enum, global = true)]
    pub mode: Option<Mode>,

    /// Config file to use (default: config.toml in your config folder). Also LANTERN_CONFIG.
    #[arg(long, value_name = "FILE", global = true)]
    pub config: Option<PathBuf>,

    /// Colours: default (your terminal's), high-contrast, or mono. Also LANTERN_THEME; a
    /// non-empty NO_COLOR means mono.
    #[arg(long, value_enum, global = true)]
    pub theme: Option<ThemeName>,

    /// Draw with plain ASCII characters only (automatic on the Linux console and when the
    /// locale is not UTF-8).
    #[arg(long, global = true)]
    pub ascii: bool,

    /// The language of the app and its content: en or es (default: from the locale,
    /// LC_ALL, LC_MESSAGES or LANG).
    #[arg(long, value_enum, global = true)]
    pub lang: Option<Lang>,

    /// Turn the mouse on: click or touch to choose, the wheel to scroll. On by default in
    /// kiosk mode.
    #[arg(long, global = true)]
    pub mouse: bool,

    /// Kiosk: seconds without input before "Still there?" (default 120).
    #[arg(long, value_name = "SECONDS", global = true, value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub idle_timeout: Option<u64>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, PartialEq, Subcommand)]
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
        /// Print only the pack's SHA-256 (over every file lantern reads from it, in every
        /// language), for content_sha256 in a kiosk's config. Problems are printed instead,
        /// with exit code 2.
        #[arg(long)]
        print_digest: bool,
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
    /// Print shell completions for bash, zsh or fish.
    Completions {
        /// The shell to complete lantern's commands and flags in.
        #[arg(value_enum)]
        shell: completions::Shell,
    },
    /// Check what lantern needs where it runs (terminal, characters, colours, config file,
    /// writable folders, content and, in kiosk mode, its settings) and say what to fix.
    /// Exit code 0 when all is well, 1 when something is a problem.
    Doctor,
}

/// Exit codes: 0 ok, 1 a runtime failure, 2 bad input (content, arguments).
const BAD_INPUT: u8 = 2;
const RUNTIME_ERROR: u8 = 1;

impl Cli {
    /// The command line, parsed. Most starts have no arguments, and then there is nothing to
    /// parse: clap's whole command tree (a tenth of start-up, and memory) is built only when
    /// there are arguments. With none, everything comes from the settings: every field is
    /// empty, as `Default` makes it (a test checks clap agrees).
    pub fn from_command_line() -> Result<Self, clap::Error> {
        if std::env::args_os().len() <= 1 {
            return Ok(Cli::default());
        }
        Cli::try_parse()
    }
}

pub fn run() -> ExitCode {
    let cli = match Cli::from_command_line() {
        Ok(cli) => cli,
        Err(err) => {
            let printed = err.print();
            if err.use_stderr() {
                return ExitCode::from(BAD_INPUT);
            }
            // --help or --version: their text is the output, and it may not get written.
            let printed = printed.and_then(|()| io::stdout().flush());
            let lang = Lang::from_locale(&|name| std::env::var(name).ok());
            return output::finish(printed, ExitCode::SUCCESS, lang.catalog());
        }
    };
    match &cli.command {
        Some(Command::Validate {
            dir,
            require_review,
            print_digest,
        }) => {
            let dir = dir.as_deref().or(cli.content.as_deref());
            let text = early_lang(&cli).catalog();
            return if *print_digest {
                validate_digest(dir, *require_review, text)
            } else {
                validate(dir, *require_review, text)
            };
        }
        Some(Command::NewPack { dir }) => return new_pack(dir, early_lang(&cli).catalog()),
        Some(Command::Completions { shell }) => {
            return print_completions(*shell, early_lang(&cli).catalog())
        }
        Some(Command::Doctor) => {
            let (done, report) = doctor::run(&flags(&cli), cli.content.as_deref());
            let printed = output::print(report.as_bytes());
            return output::finish(printed, done, early_lang(&cli).catalog());
        }
        _ => {}
    }
    // Settings are read once. A mistake in the config file is reported only where the
    // person can fix it, the full-screen app: it must never stand between a person and
    // `lantern resources`.
    let resolved = settings(&cli);
    // The one-shot commands speak the person's language too; with a broken config file,
    // the language comes from the flags and the environment.
    let plain_lang = match &resolved {
        Ok(settings) => settings.lang,
        Err(_) => early_lang(&cli),
    };
    // Content is checked before anything touches the terminal, so a bad pack never leaves
    // the screen in full-screen mode. The built-in pack was checked when lantern was built;
    // a kiosk checks its content against its pin and falls back rather than fail.
    let (folder, content_failure) = match load_content(&cli, resolved.as_ref().ok()) {
        Ok(checked) => (checked.folder, checked.failure),
        Err(problems) => {
            report_load_failure(&problems, cli.content.as_deref());
            return ExitCode::from(BAD_INPUT);
        }
    };
    let built_in = folder.is_none();
    let content_in = |lang: Lang| {
        translations(folder, lang)
            .map_err(|problems| report_load_failure(&problems, cli.content.as_deref()))
            .ok()
    };
    let result = match &cli.command {
        Some(Command::Resources) => match content_in(plain_lang).map(Translations::into_first) {
            Some(pack) => {
                let written = with_stdout(|out| plain::resources(&pack, out));
                return output::finish(written, ExitCode::SUCCESS, plain_lang.catalog());
            }
            None => return ExitCode::from(BAD_INPUT),
        },
        Some(Command::SelfCheck) => match content_in(plain_lang).map(Translations::into_first) {
            Some(pack) => {
                // A summary is offered only where saving is known to be allowed: never in
                // a kiosk, nor when a broken config file hides which mode this is.
                let saves = resolved.as_ref().is_ok_and(|s| s.mode != Mode::Kiosk);
                let save = |answers: &[Option<Answer>]| effects::save_summary(&pack, answers);
                let save: plain::SaveSummary<'_> = saves.then_some(&save);
                with_stdout(|out| plain::self_check(&pack, &mut io::stdin().lock(), out, save))
            }
            None => return ExitCode::from(BAD_INPUT),
        },
        Some(Command::Read { section }) => {
            let Some(pack) = content_in(plain_lang).map(Translations::into_first) else {
                return ExitCode::from(BAD_INPUT);
            };
            let Ok(only) = which_section(&pack, section.as_deref(), plain_lang.catalog()) else {
                return ExitCode::from(BAD_INPUT);
            };
            let written = with_stdout(|out| plain::read(&pack, only, out));
            return output::finish(written, ExitCode::SUCCESS, plain_lang.catalog());
        }
        Some(Command::ReviewSheet { section }) => {
            let Some(pack) = content_in(plain_lang).map(Translations::into_first) else {
                return ExitCode::from(BAD_INPUT);
            };
            let Ok(only) = which_section(&pack, section.as_deref(), plain_lang.catalog()) else {
                return ExitCode::from(BAD_INPUT);
            };
            let today = content::today().to_string();
            let written = with_stdout(|out| review_sheet::write(&pack, only, &today, out));
            return output::finish(written, ExitCode::SUCCESS, plain_lang.catalog());
        }
        Some(
            Command::Validate { .. }
            | Command::NewPack { .. }
            | Command::Completions { .. }
            | Command::Doctor,
        ) => Ok(()),
        None => {
            let settings = match resolved {
                Ok(settings) => settings,
                Err(problems) => {
                    for problem in &problems.0 {
                        eprintln!("{problem}");
                    }
                    eprintln!("{}", plain_lang.catalog().settings_need_fixing);
                    return ExitCode::from(BAD_INPUT);
                }
            };
            let no_full_screen = why_not_full_screen(settings.lang.catalog());
            // A kiosk runs full screen or not at all: the line menu can be quit, and exit
            // code 2 has the service manager try again.
            if let (Mode::Kiosk, Some(why)) = (settings.mode, no_full_screen) {
                eprintln!("{}", (settings.lang.catalog().kiosk_needs_terminal)(why));
                return ExitCode::from(BAD_INPUT);
            }
            if let Some(failure) = &content_failure {
                let config = settings.config_file.as_deref();
                eprint!(
                    "{}",
                    content_check::report(failure, cli.content.as_deref(), config)
                );
            }
            let full = no_full_screen.is_none();
            // The full-screen app opens on the welcome screen, which needs only the front
            // of the built-in pack; the rest is decoded once that screen is up.
            let content = if built_in && full {
                Translations::built_in_front(settings.lang)
                    .map_err(|problems| report_load_failure(&problems, None))
                    .ok()
            } else {
                content_in(settings.lang)
            };
            let Some(content) = content else {
                return ExitCode::from(BAD_INPUT);
            };
            if full {
                full_screen(content, settings, content_failure.is_some())
            } else {
                let pack = content.first();
                let save = |answers: &[Option<Answer>]| effects::save_summary(pack, answers);
                let save: plain::SaveSummary<'_> = (settings.mode != Mode::Kiosk).then_some(&save);
                with_stdout(|out| plain::menu(pack, &mut io::stdin().lock(), out, save))
            }
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // A reader that closed the pipe early (`lantern read | head`) is not a failure.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("lantern: {err}");
            eprintln!("{}", plain_lang.catalog().error_help);
            ExitCode::from(RUNTIME_ERROR)
        }
    }
}

/// The section a command names, by number or id; `Err` after saying what there is.
fn which_section(
    pack: &content::Pack,
    wanted: Option<&str>,
    text: &Catalog,
) -> Result<Option<usize>, ()> {
    let Some(wanted) = wanted else {
        return Ok(None);
    };
    match plain::find_section(pack, wanted) {
        Some(index) => Ok(Some(index)),
        None => {
            let ids: Vec<&str> = pack.sections.iter().map(|s| s.id.as_str()).collect();
            eprintln!(
                "{}",
                (text.no_such_section)(wanted, pack.sections.len(), &ids.join(", "))
            );
            Err(())
        }
    }
}

fn new_pack(dir: &Path, text: &Catalog) -> ExitCode {
    match new_pack::write(dir) {
        Ok(files) => {
            let mut out = Vec::new();
            let shown = dir.display();
            // Writing to a Vec cannot fail.
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
            output::finish(output::print(&out), ExitCode::SUCCESS, text)
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

/// What the command line asks of the settings.
fn flags(cli: &Cli) -> Flags {
    Flags {
        config: cli.config.clone(),
        mode: cli.mode,
        lang: cli.lang,
        theme: cli.theme,
        ascii: cli.ascii,
        mouse: cli.mouse,
        idle_timeout: cli.idle_timeout,
    }
}

/// Settings from the flags, the environment and the config file.
fn settings(cli: &Cli) -> Result<Settings, config::ConfigError> {
    config::resolve(&flags(cli), &|name| std::env::var(name).ok())
}

/// The `--content` folder in every language, or `None` for the built-in pack. A kiosk (the
/// app with no command, in kiosk mode) checks its content against its pin and falls back to
/// the built-in pack rather than fail; see `content_check`. A config file with a mistake is
/// reported later, where settings are read.
fn load_content(
    cli: &Cli,
    settings: Option<&Settings>,
) -> Result<content_check::Checked, Vec<Problem>> {
    let dir = cli.content.as_deref();
    match settings {
        Some(settings) if cli.command.is_none() && settings.mode == Mode::Kiosk => {
            content_check::load(Mode::Kiosk, settings.content_sha256, dir)
        }
        _ => Ok(content_check::Checked {
            folder: dir.map(content::load_languages).transpose()?,
            failure: None,
        }),
    }
}

fn print_completions(shell: completions::Shell, text: &Catalog) -> ExitCode {
    let written = completions::write(shell, &mut io::stdout().lock());
    output::finish(written, ExitCode::SUCCESS, text)
}

/// The full-screen app, with the saved reading place when the person asked for that. A
/// kiosk whose own content failed its check holds the built-in pack and opens on help.
fn full_screen(
    content: Translations,
    settings: Settings,
    content_check_failed: bool,
) -> io::Result<()> {
    let place = (settings.mode == Mode::Personal && settings.remember_place)
        .then(store::place_file)
        .flatten()
        .and_then(|path| store::load_place(&path));
    let mut app = App::with_translations(content, settings, place);
    if content_check_failed {
        app.show_failed_content_check();
    }
    terminal::run(&mut app)?;
    if let Err(err) = effects::save_place_on_exit(&app) {
        eprintln!("{}", (app.text().place_not_saved)(&err.to_string()));
    }
    // The process ends next: freeing the pack piece by piece would only delay the exit.
    std::mem::forget(app);
    Ok(())
}

/// The content to show, `lang` first when the content is in it: a checked folder in every
/// language it has, or the built-in pack with `lang` decoded now and the other languages
/// when a person switches to them.
fn translations(
    folder: Option<content::Languages>,
    lang: Lang,
) -> Result<Translations, Vec<Problem>> {
    let Some(languages) = folder else {
        return Translations::built_in(lang);
    };
    let (wanted, rest): (Vec<_>, Vec<_>) = languages.into_iter().partition(|(l, _)| *l == lang);
    let mut packs = wanted
        .into_iter()
        .chain(rest)
        .map(|(lang, loaded)| (lang, loaded.pack));
    // load_languages gives at least the folder's own pack.
    let first = packs.next().ok_or_else(Vec::new)?;
    Ok(Translations::new(first, packs.collect()))
}

/// Why the full-screen app cannot run here, in `text`'s words, if it cannot: it needs a
/// real terminal on both ends. Without one, lantern runs the line mode (a kiosk refuses).
fn why_not_full_screen(text: &'static Catalog) -> Option<&'static str> {
    if !io::stdin().is_terminal() {
        Some(text.stdin_not_terminal)
    } else if !io::stdout().is_terminal() {
        Some(text.stdout_not_terminal)
    } else if std::env::var("TERM").is_ok_and(|t| t == "dumb") {
        Some(text.term_is_dumb)
    } else {
        None
    }
}

/// The language of messages from commands that run before the settings are read in full:
/// from the flags and the environment.
fn early_lang(cli: &Cli) -> Lang {
    config::without_file(&flags(cli), &|name| std::env::var(name).ok()).lang
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
fn validate(dir: Option<&Path>, require_review: bool, text: &Catalog) -> ExitCode {
    // Gathered in memory (a Vec cannot fail), so one write says whether it all got out.
    let mut report = Vec::new();
    let done = match validate_report(dir, require_review, &mut report) {
        Some(_) => ExitCode::SUCCESS,
        None => ExitCode::from(BAD_INPUT),
    };
    output::finish(output::print(&report), done, text)
}

/// `validate --print-digest`: the pack's digest alone on standard output when it validates
/// (warnings go to standard error); the report and exit code 2 when it does not.
fn validate_digest(dir: Option<&Path>, require_review: bool, text: &Catalog) -> ExitCode {
    let mut report = Vec::new();
    let Some((files, warnings)) = validate_report(dir, require_review, &mut report) else {
        return output::finish(output::print(&report), ExitCode::from(BAD_INPUT), text);
    };
    for warning in &warnings {
        eprintln!("{warning}");
    }
    let digest = format!("{}\n", digest::of_pack(&files));
    output::finish(output::print(digest.as_bytes()), ExitCode::SUCCESS, text)
}

/// What `validate` prints, written to `out`: each language's report, then where a
/// translation's shape differs from the pack's own. When everything passed: the files that
/// were checked and every warning.
fn validate_report(
    dir: Option<&Path>,
    require_review: bool,
    out: &mut impl Write,
) -> Option<(content::LanguageFiles, Vec<Problem>)> {
    let name = dir.map_or_else(
        || "built-in content".to_string(),
        |d| d.display().to_string(),
    );
    // Always from the source files, built-in ones too, so the dated checks are today's.
    let files = match content::files_languages(dir) {
        Ok(files) => files,
        Err(problems) => {
            report_problems(&name, &problems, out);
            return None;
        }
    };
    let mut warnings = Vec::new();
    let mut own_valid = false;
    let mut all_valid = true;
    for (i, (lang, language_files)) in files.iter().enumerate() {
        let name = if i == 0 {
            name.clone()
        } else {
            let _ = writeln!(out);
            format!("{name}/{}", lang.code())
        };
        match validate_one(&name, language_files, require_review, out) {
            Some(found) => {
                own_valid |= i == 0;
                warnings.extend(found);
            }
            None => all_valid = false,
        }
    }
    // A translation is compared with a pack that validates; while the pack itself is
    // broken, its own problems are the ones worth reading.
    let mismatches = if own_valid {
        content::translation_problems(&files)
    } else {
        Vec::new()
    };
    if !mismatches.is_empty() {
        let _ = writeln!(out);
        report_problems(&name, &mismatches, out);
        all_valid = false;
    }
    all_valid.then_some((files, warnings))
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

/// Validates one language of a pack and reports it; its warnings when it passed.
fn validate_one(
    name: &str,
    files: &content::load::PackFiles,
    require_review: bool,
    out: &mut impl Write,
) -> Option<Vec<Problem>> {
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
                Some(warnings)
            } else if too_hard.is_empty() {
                None
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
                None
            }
        }
        Err(problems) => {
            report_problems(name, &problems, out);
            None
        }
    }
}
