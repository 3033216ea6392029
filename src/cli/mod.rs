//! The command line: what each command does. Its definitions (clap) are in `args`, which
//! nothing else of lantern's depends on; `validate` and `completions` are beside this.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use crate::app::{App, Translations};
use crate::config::{self, Flags, Lang, Mode, Settings};
use crate::content::{self, Problem};
use crate::i18n::catalog::Catalog;
use crate::selfcheck::Answer;
use crate::{content_check, doctor, effects, new_pack, plain, review_sheet, store, terminal};

mod args;
pub mod completions;
mod output;
mod validate;

pub use args::{Cli, Command};
use validate::{validate, validate_digest};

/// Exit codes: 0 ok, 1 a runtime failure, 2 bad input (content, arguments).
const BAD_INPUT: u8 = 2;
const RUNTIME_ERROR: u8 = 1;

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
        Some(Command::Plan { print }) => {
            let Some(pack) = content_in(plain_lang).map(Translations::into_first) else {
                return ExitCode::from(BAD_INPUT);
            };
            let personal = resolved.as_ref().is_ok_and(|s| s.mode == Mode::Personal);
            if *print {
                let saved = store::plan_file().map_or(Ok(None), |path| store::load_plan(&path));
                let written = with_stdout(|out| plain::plan::print(&pack, saved, out));
                return output::finish(written, ExitCode::SUCCESS, plain_lang.catalog());
            }
            // Saving is offered only in personal mode: a kiosk writes nothing, and a
            // counselor's client takes the plan away on paper.
            let save = |steps: &plain::plan::Steps| effects::save_plan(steps);
            let save: plain::plan::SavePlan<'_> = personal.then_some(&save);
            with_stdout(|out| plain::plan::fill_in(&pack, &mut io::stdin().lock(), out, save))
        }
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
    let saved_plan = (settings.mode == Mode::Personal)
        .then(store::plan_file)
        .flatten()
        .map(|path| store::load_plan(&path));
    let mut app = App::with_translations(content, settings, place);
    if let Some(saved) = saved_plan {
        app.restore_plan(saved);
    }
    if content_check_failed {
        app.show_failed_content_check();
    }
    terminal::run(&mut app)?;
    if let Err(err) = effects::save_place_on_exit(&app) {
        eprintln!("{}", (app.text().place_not_saved)(&err.text(app.text())));
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
