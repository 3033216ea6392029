//! The plain commands, run as a person or a script would: through pipes, no terminal.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn lantern(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lantern"))
        .args(args)
        .output()
        .expect("run lantern")
}

fn lantern_with_input(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lantern"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn lantern");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("wait")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).to_string()
}

fn assert_no_escape_codes(text: &str) {
    assert!(!text.contains('\u{1b}'), "escape code in plain output");
}

#[test]
fn resources_lists_988_first_then_the_rest_in_order() {
    let out = lantern(&["resources"]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert_no_escape_codes(&text);
    let order = [
        "1. 988 Suicide & Crisis Lifeline",
        "2. 911",
        "3. Crisis Text Line",
        "4. Poison Help",
        "5. SAMHSA National Helpline",
    ];
    let positions: Vec<usize> = order
        .iter()
        .map(|name| {
            text.find(name)
                .unwrap_or_else(|| panic!("{name} missing:\n{text}"))
        })
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{text}");
    assert!(text.contains("Call or text 988"));
    // 988 is the first phone number a reader meets.
    let first_digits = text
        .find(|c: char| c.is_ascii_digit() && c != '1')
        .unwrap_or(0);
    assert_eq!(&text[first_digits..first_digits + 3], "988");
}

#[test]
fn help_and_version() {
    let help = lantern(&["--help"]);
    assert!(help.status.success());
    let text = stdout(&help);
    for must in [
        "Examples:",
        "lantern resources",
        "validate",
        "988",
        "--content",
    ] {
        assert!(text.contains(must), "--help mentions {must}");
    }
    let version = lantern(&["--version"]);
    assert!(version.status.success());
    assert!(stdout(&version).contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn bad_arguments_exit_2_with_a_hint() {
    let out = lantern(&["--no-such-flag"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--help"));
}

#[test]
fn read_prints_one_section_by_number_or_id_as_plain_text() {
    let by_number = lantern(&["read", "2"]);
    let by_id = lantern(&["read", "what-is-ketamine"]);
    assert!(by_number.status.success());
    assert_eq!(stdout(&by_number), stdout(&by_id));
    let text = stdout(&by_number);
    assert_no_escape_codes(&text);
    assert!(
        text.starts_with("What ketamine is\n================"),
        "{text}"
    );
    assert!(text.contains("\nSources\n-------"));
    assert!(text.contains("[1] "));
}

#[test]
fn read_prints_every_section_and_its_tables_in_text() {
    let out = lantern(&["read"]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert_no_escape_codes(&text);
    let pack = match lantern::content::load(None) {
        Ok(loaded) => loaded.pack,
        Err(problems) => panic!("{problems:?}"),
    };
    for section in &pack.sections {
        assert!(text.contains(&section.title), "{} missing", section.title);
    }
    assert!(
        text.contains("Dissociation"),
        "the side-effects table is laid out"
    );
    assert!(text.contains(" | "), "ASCII table separators");
    // Only a web address too long for a line is longer: kept whole, on its own line.
    assert!(text
        .lines()
        .all(|l| unicode_width::UnicodeWidthStr::width(l) <= 78 || !l.trim().contains(' ')));
}

#[test]
fn read_an_unknown_section_exits_2_and_lists_the_choices() {
    let out = lantern(&["read", "nope"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("what-is-ketamine"), "{err}");
    assert_eq!(lantern(&["read", "0"]).status.code(), Some(2));
}

#[test]
fn bare_lantern_without_a_terminal_runs_the_line_menu() {
    let out = lantern_with_input(&[], "3\n1\n2\n4\n");
    assert!(out.status.success());
    let text = stdout(&out);
    assert_no_escape_codes(&text);
    assert!(
        text.starts_with("\nCall or text 988"),
        "988 at the top: {text}"
    );
    assert!(text.contains("1. 988 Suicide & Crisis Lifeline"));
    assert!(
        text.contains("What ketamine is\n===="),
        "section 2 was read"
    );
}

#[test]
fn line_menu_reasks_on_bad_input_and_ends_cleanly_at_end_of_input() {
    let out = lantern_with_input(&[], "seven\n9\n");
    let text = stdout(&out);
    assert!(
        text.contains("2. Self-check"),
        "the self-check is on the menu"
    );
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.contains("\"seven\" is not one of the numbers"));
    assert!(text.contains("\"9\" is not one of the numbers"));
}

#[test]
fn term_dumb_gets_the_line_menu_even_on_a_terminal_like_setup() {
    let out = Command::new(env!("CARGO_BIN_EXE_lantern"))
        .env("TERM", "dumb")
        .stdin(Stdio::null())
        .output()
        .expect("run");
    assert!(out.status.success());
    assert_no_escape_codes(&stdout(&out));
    assert!(stdout(&out).contains("Call or text 988"));
}

#[test]
fn line_menu_offers_the_self_check() {
    let mut input = String::from("2\n");
    input.push_str(&"1\n".repeat(12));
    input.push_str("4\n");
    let out = lantern_with_input(&[], &input);
    assert!(out.status.success());
    let text = stdout(&out);
    assert_no_escape_codes(&text);
    assert!(
        text.contains("Result: Keep an eye on how you feel"),
        "{text}"
    );
    assert!(text.contains("You can talk to a professional any time, whatever your answers."));
}

/// The man page in assets/ is generated from the command-line definition. Set
/// LANTERN_UPDATE_MAN=1 to write it after changing a flag or its help.
#[test]
fn the_man_page_is_up_to_date() {
    use clap::CommandFactory;
    let mut page = Vec::new();
    clap_mangen::Man::new(lantern::cli::Cli::command())
        .render(&mut page)
        .expect("render the man page");
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/lantern.1");
    if std::env::var_os("LANTERN_UPDATE_MAN").is_some() {
        std::fs::write(&path, &page).expect("write the man page");
    }
    let committed = std::fs::read(&path).unwrap_or_default();
    assert!(
        committed == page,
        "assets/lantern.1 is out of date: run `LANTERN_UPDATE_MAN=1 cargo test --test cli \
         the_man_page` and commit it"
    );
    let text = String::from_utf8_lossy(&page);
    for needle in ["\\-\\-mode", "kiosk", "988", "resources", "validate"] {
        assert!(text.contains(needle), "{needle} missing from the man page");
    }
}

/// With no arguments lantern skips clap (most starts have none); what it uses instead must be
/// exactly what clap would have parsed, and any argument still goes through clap.
#[test]
fn no_arguments_mean_what_clap_would_parse() {
    use clap::Parser;
    use lantern::cli::Cli;
    assert_eq!(
        Cli::try_parse_from(["lantern"]).expect("no arguments parse"),
        Cli::default()
    );
    assert_ne!(
        Cli::try_parse_from(["lantern", "--ascii"]).expect("--ascii parses"),
        Cli::default()
    );
    // A mistake is still reported as one, with exit code 2.
    let out = lantern(&["--no-such-flag"]);
    assert_eq!(out.status.code(), Some(2));
}

/// lantern with a home of its own (no config file of the person running the tests), with
/// `stdin`, `stdout` and `TERM` as given; standard error is captured.
fn lantern_at(
    home: &std::path::Path,
    args: &[&str],
    term: &str,
    stdin: Stdio,
    stdout: Stdio,
) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_lantern"))
        .args(args)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .env("TERM", term)
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANTERN_CONFIG")
        .env_remove("LANTERN_MODE")
        .stdin(stdin)
        .stdout(stdout)
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn lantern")
}

/// Checks a kiosk refused to start: exit code 2, why and what to do on standard error, and
/// no menu with a way out on standard output.
fn assert_kiosk_refused(out: &Output, why: &str) {
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let errors = String::from_utf8_lossy(&out.stderr);
    assert!(
        errors.contains("kiosk mode needs a full-screen terminal"),
        "{errors}"
    );
    assert!(errors.contains(why), "{errors}");
    assert!(
        errors.contains("assets/kiosk/"),
        "says what to do: {errors}"
    );
    let text = stdout(out);
    assert!(!text.contains("Quit"), "a way out was offered: {text}");
    assert!(!text.contains("Type a number"), "the line menu ran: {text}");
}

#[test]
fn a_kiosk_on_term_dumb_refuses_to_start() {
    let home = tempfile::tempdir().expect("a home");
    let mut child = lantern_at(
        home.path(),
        &["--mode", "kiosk"],
        "dumb",
        Stdio::piped(),
        Stdio::piped(),
    );
    // What a visitor would type into the line menu to leave it.
    let _ = child.stdin.take().expect("stdin").write_all(b"4\n");
    let out = child.wait_with_output().expect("wait");
    assert_kiosk_refused(&out, "its input is not a terminal");

    // In Spanish when the kiosk is set up in Spanish.
    let mut child = lantern_at(
        home.path(),
        &["--mode", "kiosk", "--lang", "es"],
        "dumb",
        Stdio::piped(),
        Stdio::piped(),
    );
    drop(child.stdin.take());
    let out = child.wait_with_output().expect("wait");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let errors = String::from_utf8_lossy(&out.stderr);
    assert!(errors.contains("el modo quiosco necesita"), "{errors}");
    assert!(!stdout(&out).contains("Salir"), "{}", stdout(&out));
}

/// Waits for `child` to end, as `wait_with_output` does, but gives up (and fails) after a
/// while: a lantern waiting for keys on a terminal nobody types on would never end.
fn finished(mut child: std::process::Child) -> Output {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while child.try_wait().expect("wait").is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("lantern is still running: {:?}", child.wait_with_output());
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.wait_with_output().expect("wait")
}

/// A pseudo-terminal's two ends: what lantern is given as a terminal, and the end that
/// reads what it writes there.
fn pty_pair() -> (std::fs::File, std::fs::File) {
    let pty = nix::pty::openpty(
        None::<&nix::pty::Winsize>,
        None::<&nix::sys::termios::Termios>,
    )
    .expect("open a pty");
    (
        std::fs::File::from(pty.slave),
        std::fs::File::from(pty.master),
    )
}

#[test]
fn a_kiosk_whose_output_is_not_a_terminal_refuses_to_start() {
    let home = tempfile::tempdir().expect("a home");
    // Input from a real terminal, output to a pipe.
    let (terminal, _master) = pty_pair();
    let child = lantern_at(
        home.path(),
        &["--mode", "kiosk"],
        "xterm-256color",
        Stdio::from(terminal),
        Stdio::piped(),
    );
    let out = finished(child);
    assert_kiosk_refused(&out, "its output is not a terminal");
}

#[test]
fn a_kiosk_on_a_terminal_with_term_dumb_refuses_to_start() {
    use std::io::Read;
    let home = tempfile::tempdir().expect("a home");
    let (terminal, mut master) = pty_pair();
    let child = lantern_at(
        home.path(),
        &["--mode", "kiosk"],
        "dumb",
        Stdio::from(terminal.try_clone().expect("clone the pty")),
        Stdio::from(terminal),
    );
    let out = finished(child);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let errors = String::from_utf8_lossy(&out.stderr);
    assert!(errors.contains("TERM is \"dumb\""), "{errors}");
    // What it wrote on the terminal: nothing to quit by. The last end of the terminal is
    // closed, so reading ends (with an error on Linux) once it is all read.
    let mut shown = Vec::new();
    let mut chunk = [0u8; 4096];
    while let Ok(n @ 1..) = master.read(&mut chunk) {
        shown.extend_from_slice(&chunk[..n]);
    }
    let shown = String::from_utf8_lossy(&shown);
    assert!(!shown.contains("Quit"), "{shown}");
}

#[test]
fn lines_that_are_not_utf8_are_asked_again_not_fatal() {
    let home = tempfile::tempdir().expect("a home");
    // Two bytes that are never UTF-8, a Latin-1 "é", then "3" (get help) and "4" (quit).
    let input: &[u8] = b"\xff\xfe\n\xe9\n3\n4\n";
    let mut child = lantern_at(home.path(), &[], "dumb", Stdio::piped(), Stdio::piped());
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("write stdin");
    let out = child.wait_with_output().expect("wait");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text = stdout(&out);
    assert_eq!(
        text.matches("is not one of the numbers").count(),
        2,
        "{text}"
    );
    assert!(
        text.contains("1. 988 Suicide & Crisis Lifeline"),
        "went on: {text}"
    );

    // The self-check too: the bad lines are asked again, then the first answer counts.
    let mut child = lantern_at(
        home.path(),
        &["self-check"],
        "dumb",
        Stdio::piped(),
        Stdio::piped(),
    );
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"\xff\xfe\n\xe9\n1\n")
        .expect("write stdin");
    let out = child.wait_with_output().expect("wait");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text = stdout(&out);
    assert_eq!(
        text.matches("is not one of the numbers").count(),
        2,
        "{text}"
    );
    assert!(text.contains("Question 2 of"), "went on: {text}");
}

/// The commands that print something, each with its arguments.
const PRINTING_COMMANDS: [&[&str]; 11] = [
    &["--help"],
    &["--version"],
    &["resources"],
    &["read"],
    &["read", "2"],
    &["review-sheet"],
    &["validate"],
    &["validate", "--print-digest"],
    &["completions", "bash"],
    &["doctor"],
    &["new-pack", "NEW"],
];

/// `args` with `NEW` as a folder that does not exist yet, in `home`.
fn with_new_folder(args: &[&str], home: &std::path::Path) -> Vec<String> {
    args.iter()
        .map(|a| {
            if *a == "NEW" {
                home.join("new-pack").display().to_string()
            } else {
                (*a).to_string()
            }
        })
        .collect()
}

#[test]
fn output_that_cannot_be_written_is_an_error() {
    for args in PRINTING_COMMANDS {
        let home = tempfile::tempdir().expect("a home");
        let args = with_new_folder(args, home.path());
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let full = std::fs::File::options()
            .write(true)
            .open("/dev/full")
            .expect("open /dev/full");
        let child = lantern_at(home.path(), &args, "dumb", Stdio::null(), Stdio::from(full));
        let out = child.wait_with_output().expect("wait");
        assert_eq!(out.status.code(), Some(1), "{args:?}: {out:?}");
        let errors = String::from_utf8_lossy(&out.stderr);
        assert!(
            errors.contains("could not write the output"),
            "{args:?}: {errors}"
        );
        assert!(errors.contains("988"), "{args:?}: {errors}");
    }
}

#[test]
fn a_reader_that_leaves_early_is_not_an_error() {
    for args in PRINTING_COMMANDS {
        if args == ["doctor"] {
            // Its exit code says how the checks went, which depends on where it runs.
            continue;
        }
        let home = tempfile::tempdir().expect("a home");
        let args = with_new_folder(args, home.path());
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let mut child = lantern_at(home.path(), &args, "dumb", Stdio::null(), Stdio::piped());
        // The reading end is closed before lantern writes anything.
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("wait");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {out:?}");
        let errors = String::from_utf8_lossy(&out.stderr);
        assert!(!errors.contains("could not write"), "{args:?}: {errors}");
    }
}

/// The line menu says a wrong answer back; escape codes typed into it are never said back to
/// the terminal, and a very long line is one wrong answer.
#[test]
fn an_answer_said_back_carries_no_escape_codes() {
    let home = tempfile::tempdir().expect("a home");
    let mut input = b"\x1b[2J\x1b]0;title\x07red\n".to_vec();
    input.extend(std::iter::repeat_n(b'x', 100_000));
    input.extend_from_slice(b"\n4\n");
    let mut child = lantern_at(home.path(), &[], "dumb", Stdio::piped(), Stdio::piped());
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(&input)
        .expect("write stdin");
    let out = child.wait_with_output().expect("wait");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(!out.stdout.contains(&0x1b), "an escape code was said back");
    let text = stdout(&out);
    assert_eq!(
        text.matches("is not one of the numbers").count(),
        2,
        "{text}"
    );
    assert!(text.len() < 20_000, "the long line was said back whole");
}

/// Issue 23: the app, started on a terminal with a config file that has two mistakes,
/// lists both, each located, and exits with code 2 before it touches the terminal.
#[test]
fn the_app_lists_every_config_mistake_and_leaves_the_terminal_alone() {
    use std::io::Read;
    let home = tempfile::tempdir().expect("a home");
    let config = home.path().join("config.toml");
    std::fs::write(
        &config,
        "theme = \"dark\"\n[kiosk]\nidle_timout = 120\ncountdown = \"20\"\n",
    )
    .expect("write config");
    let shown = config.display().to_string();
    let (terminal, mut master) = pty_pair();
    let child = lantern_at(
        home.path(),
        &["--config", &shown],
        "xterm-256color",
        Stdio::from(terminal.try_clone().expect("clone the pty")),
        Stdio::from(terminal.try_clone().expect("clone the pty")),
    );
    let out = finished(child);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let errors = String::from_utf8_lossy(&out.stderr);
    for line in [
        format!("{shown}:1:9: unknown theme `dark`"),
        format!("{shown}:3:1: unknown key `idle_timout` in [kiosk]; did you mean `idle_timeout`?"),
        format!("{shown}:4:13: countdown must be a whole number"),
        "The file was not changed.".to_string(),
    ] {
        assert!(errors.contains(&line), "{line} missing from:\n{errors}");
    }
    // The terminal is as it was: in cooked mode, and nothing was drawn on it.
    let mode = nix::sys::termios::tcgetattr(&terminal).expect("terminal mode");
    assert!(mode
        .local_flags
        .contains(nix::sys::termios::LocalFlags::ICANON | nix::sys::termios::LocalFlags::ECHO));
    drop(terminal);
    let mut shown_on_terminal = Vec::new();
    let mut chunk = [0u8; 4096];
    while let Ok(n @ 1..) = master.read(&mut chunk) {
        shown_on_terminal.extend_from_slice(&chunk[..n]);
    }
    assert!(
        !shown_on_terminal.contains(&0x1b),
        "{}",
        String::from_utf8_lossy(&shown_on_terminal)
    );
}

/// Every answer "1", then what is typed at the end.
fn all_answers_then(end: &str) -> String {
    let mut input = "1\n".repeat(12);
    input.push_str(end);
    input
}

/// The files a run left in its home folder.
fn files_in(home: &std::path::Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut folders = vec![home.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).into_iter().flatten().flatten() {
            if entry.path().is_dir() {
                folders.push(entry.path());
            } else {
                found.push(entry.path().display().to_string());
            }
        }
    }
    found
}

fn self_check_with(home: &std::path::Path, args: &[&str], input: &str) -> Output {
    let mut child = lantern_at(home, args, "dumb", Stdio::piped(), Stdio::piped());
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    finished(child)
}

/// Issue 23: `lantern self-check` says what happens to the answers where it runs: it offers
/// a summary at the end, saves nothing by default (Enter), and one only on a yes.
#[test]
fn the_line_self_check_offers_a_summary_and_saves_only_on_yes() {
    let home = tempfile::tempdir().expect("a home");
    let out = self_check_with(home.path(), &["self-check"], &all_answers_then("\n"));
    assert!(out.status.success(), "{out:?}");
    let text = stdout(&out);
    assert!(
        text.contains("Nothing is saved unless, at the end, you say yes to saving a summary."),
        "{text}"
    );
    assert!(
        text.contains("Save a summary of your answers to a file?"),
        "{text}"
    );
    assert!(text.contains("Nothing was saved."), "{text}");
    assert_eq!(files_in(home.path()), Vec::<String>::new());

    let out = self_check_with(home.path(), &["self-check"], &all_answers_then("y\n"));
    let text = stdout(&out);
    let saved = files_in(home.path());
    assert_eq!(saved.len(), 1, "{saved:?}\n{text}");
    assert!(saved[0].contains("lantern-self-check-"), "{saved:?}");
    assert!(
        text.contains(&format!("Saved your summary to {}", saved[0])),
        "{text}"
    );

    // In Spanish, "s" is yes.
    let out = self_check_with(
        home.path(),
        &["--lang", "es", "self-check"],
        &all_answers_then("s\n"),
    );
    let text = stdout(&out);
    assert!(text.contains("Su resumen se guardó en"), "{text}");
    assert_eq!(files_in(home.path()).len(), 2);
}

/// A kiosk's self-check, even in the line mode, never offers a summary nor says one could
/// be saved, and writes nothing whatever is typed.
#[test]
fn a_kiosk_line_self_check_promises_no_summary_and_saves_nothing() {
    let home = tempfile::tempdir().expect("a home");
    for lang in ["en", "es"] {
        let out = self_check_with(
            home.path(),
            &["--mode", "kiosk", "--lang", lang, "self-check"],
            &all_answers_then("y\ns\n"),
        );
        assert!(out.status.success(), "{out:?}");
        let text = stdout(&out).to_lowercase();
        for promise in ["summary", "resumen", "a menos que"] {
            assert!(!text.contains(promise), "{lang}: {promise} in:\n{text}");
        }
        let nothing = if lang == "en" {
            "nothing is saved."
        } else {
            "no se guarda nada."
        };
        assert!(text.contains(nothing), "{text}");
    }
    assert_eq!(files_in(home.path()), Vec::<String>::new());
}

fn is_an_error<E: std::error::Error>() {}

/// Errors are `std::error::Error`s, so callers can chain and report them alike; a failed
/// read keeps the I/O error as its source.
#[test]
fn every_error_lantern_returns_is_a_std_error() {
    is_an_error::<lantern_pack::regular_file::ReadError>();
    is_an_error::<lantern_pack::content::inline::MarkupError>();
    is_an_error::<lantern::content::Problem>();
    is_an_error::<lantern::config::ConfigError>();
    is_an_error::<lantern::new_pack::NewPackError>();
    is_an_error::<lantern::effects::EffectError>();
    // A failed save keeps the I/O error, and says the folder, in the person's language.
    let failed = lantern::effects::EffectError::InFolder {
        folder: "/home/ana/Documents".into(),
        source: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
    };
    let denied = std::io::Error::from(std::io::ErrorKind::PermissionDenied).to_string();
    assert_eq!(
        std::error::Error::source(&failed).map(|e| e.to_string()),
        Some(denied.clone())
    );
    let spanish = failed.text(lantern::i18n::Lang::Es.catalog());
    assert!(spanish.contains("/home/ana/Documents") && spanish.contains(&denied));
    assert_ne!(spanish, failed.to_string(), "said in Spanish, not English");
    let missing = lantern_pack::regular_file::ReadError::Io(std::io::Error::from(
        std::io::ErrorKind::NotFound,
    ));
    let source = std::error::Error::source(&missing).map(|e| e.to_string());
    assert_eq!(
        source,
        Some(std::io::Error::from(std::io::ErrorKind::NotFound).to_string())
    );
}
