//! The modes end to end: the real binary in a pseudo-terminal, with a home folder of its
//! own, driven by keys and signals, read off the screen and the disk.

use crate::common;

use std::fs;
use std::path::{Path, PathBuf};

use crate::common::pty::{write_config, PtySession};
use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;

fn send_signal(pid: u32, signal: Signal) {
    let pid = Pid::from_raw(i32::try_from(pid).expect("pid fits"));
    kill(pid, signal).expect("send signal");
}

/// Every file and folder under `dir`, with each file's bytes.
fn tree(dir: &Path) -> Vec<(PathBuf, Option<Vec<u8>>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(here) = stack.pop() {
        let Ok(entries) = fs::read_dir(&here) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                out.push((path.clone(), None));
                stack.push(path);
            } else {
                out.push((path.clone(), fs::read(&path).ok()));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn a_kiosk_ignores_every_quit_key() {
    let mut s = PtySession::start(&["--mode", "kiosk"], 80, 24);
    s.wait_for_text("End session");
    s.settle();
    let attract = s.visible();
    // q, Esc, Ctrl-C, Ctrl-D, Ctrl-Z, Ctrl-\ (raw bytes, as a keyboard sends them).
    for (name, key) in [
        ("q", "q"),
        ("Esc", "\u{1b}"),
        ("Ctrl-C", "\u{3}"),
        ("Ctrl-D", "\u{4}"),
        ("Ctrl-Z", "\u{1a}"),
        ("Ctrl-\\", "\u{1c}"),
    ] {
        s.send(key);
        s.settle();
        assert!(s.is_running(), "{name} ended the kiosk");
        assert_eq!(s.visible(), attract, "{name} changed the screen");
    }
    // Deeper in, too: reading, a quit key leaves the text as it was.
    s.send("1");
    s.wait_for_text("Contents —");
    s.send("3");
    s.wait_for_text("Section 3 of 11");
    s.settle();
    let reading = s.visible();
    for key in ["q", "\u{3}", "\u{4}", "\u{1a}", "\u{1c}"] {
        s.send(key);
        s.settle();
        assert!(s.is_running());
        assert_eq!(s.visible(), reading);
    }
    assert!(s.terminal.screen().alternate_screen());
    send_signal(s.pid(), Signal::SIGTERM);
    assert!(s.wait_exit().success());
}

#[test]
fn a_kiosk_wipes_answers_after_idle_time() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut s = common::pty::kiosk_on_question_2_with(
        dir.path(),
        "mode = \"kiosk\"\n[kiosk]\nidle_timeout = 1\ncountdown = 2\n",
    );
    // Hands off: first the question, with its countdown, then the attract screen again.
    s.wait_for_text("Still there?");
    s.wait_for_text("Starting over in");
    s.wait_for("the attract screen", |s| {
        s.screen().contains("Touch an item below") && !s.screen().contains("Still there?")
    });
    s.send("2");
    s.wait_for_text("Touch this page, or press Enter, to start.");
    assert!(!s.screen().contains("You have answered"), "{}", s.screen());
    s.send("\r");
    s.wait_for_text("Question 1 of");
    s.settle();
    assert!(!s.screen().contains("(your answer)"), "{}", s.screen());
    send_signal(s.pid(), Signal::SIGTERM);
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn a_kiosk_writes_nothing_to_disk() {
    let home = tempfile::tempdir().expect("temp home");
    let before = tree(home.path());
    let mut s = PtySession::start_at(home.path(), &["--mode", "kiosk"], 80, 24, &[]);
    s.wait_for_text("End session");
    // The self-check to its results, then every key that saves anything elsewhere.
    s.send("2");
    s.wait_for_text("Touch this page, or press Enter, to start.");
    s.send("\r");
    s.wait_for_text("Question 1 of");
    // The first answer everywhere; a safety answer opens the crisis panel: close it, go on.
    for _ in 0..30 {
        s.settle();
        if s.screen().contains("Self-check results") {
            break;
        }
        if s.screen().contains("Get help now ═") {
            s.send("\u{1b}");
        } else {
            s.send("1");
        }
    }
    s.wait_for_text("Self-check results");
    for key in ["s", "h", "N", "o", "e"] {
        s.send(key);
        s.settle();
    }
    send_signal(s.pid(), Signal::SIGTERM);
    assert!(s.wait_exit().success());
    s.assert_restored();
    assert_eq!(
        tree(home.path()),
        before,
        "the kiosk wrote to its home folder"
    );
}

#[test]
fn sigterm_and_sigint_end_a_kiosk_cleanly() {
    for signal in [Signal::SIGTERM, Signal::SIGINT] {
        let mut s = PtySession::start(&["--mode", "kiosk"], 80, 24);
        s.wait_for_text("End session");
        s.send("2");
        s.wait_for_text("Touch this page, or press Enter, to start.");
        send_signal(s.pid(), signal);
        let status = s.wait_exit();
        assert!(status.success(), "{signal:?}: {status:?}");
        s.assert_restored();
        assert!(!s.screen().contains("self-check"), "{}", s.screen());
    }
}

#[test]
fn the_staff_pin_ends_a_kiosk() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = write_config(
        dir.path(),
        "mode = \"kiosk\"\n[kiosk]\nadmin_pin = \"2468\"\n",
    );
    let mut s = PtySession::start(&["--config", &config], 80, 24);
    s.wait_for_text("End session");
    s.send("\u{18}"); // Ctrl-X
    s.wait_for_text("Staff exit");
    s.send("1357\r");
    s.wait_for_text("not right");
    assert!(s.is_running());
    s.send("2468\r");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn flags_beat_environment_beat_the_config_file() {
    let home = tempfile::tempdir().expect("temp home");
    let config_dir = home.path().join(".config/lantern");
    fs::create_dir_all(&config_dir).expect("config dir");
    fs::write(config_dir.join("config.toml"), "mode = \"counselor\"\n").expect("write");

    let mut from_file = PtySession::start_at(home.path(), &[], 100, 24, &[]);
    from_file.wait_for_text("lantern · counselor");
    from_file.send("q");
    assert!(from_file.wait_exit().success());

    let kiosk = [("LANTERN_MODE", "kiosk")];
    let mut from_env = PtySession::start_at(home.path(), &[], 100, 24, &kiosk);
    from_env.wait_for_text("End session");
    assert!(!from_env.screen().contains("lantern · counselor"));
    send_signal(from_env.pid(), Signal::SIGTERM);
    assert!(from_env.wait_exit().success());

    let mut from_flag = PtySession::start_at(home.path(), &["--mode", "personal"], 100, 24, &kiosk);
    from_flag.wait_for_text("Welcome");
    from_flag.settle();
    let screen = from_flag.screen();
    assert!(
        !screen.contains("lantern · counselor") && !screen.contains("End session"),
        "{screen}"
    );
    from_flag.send("q");
    assert!(from_flag.wait_exit().success());
}

#[test]
fn a_broken_config_file_is_reported_and_left_untouched() {
    let home = tempfile::tempdir().expect("temp home");
    let config_dir = home.path().join(".config/lantern");
    fs::create_dir_all(&config_dir).expect("config dir");
    let path = config_dir.join("config.toml");
    let broken = b"# my settings\nmode = \"kiosc\"\ntheme = \"mono\"\n".to_vec();
    fs::write(&path, &broken).expect("write");

    let mut s = PtySession::start_at(home.path(), &[], 80, 24, &[]);
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 2, "{}", s.screen());
    let screen = s.screen();
    assert!(
        screen.contains(&format!("{}:2:8: unknown mode `kiosc`", path.display())),
        "{screen}"
    );
    assert!(screen.contains("The file was not changed"), "{screen}");
    let raw = String::from_utf8_lossy(&s.raw);
    assert!(!raw.contains("\u{1b}[?1049h"), "never went full screen");
    assert!(s.in_cooked_mode());
    assert_eq!(fs::read(&path).expect("read"), broken, "byte for byte");
    // The crisis resources still print: a config mistake never stands in the way.
    let mut resources = PtySession::start_at(home.path(), &["resources"], 80, 24, &[]);
    assert!(resources.wait_exit().success());
    assert!(String::from_utf8_lossy(&resources.raw).contains("988 Suicide & Crisis Lifeline"));
    assert_eq!(fs::read(&path).expect("read"), broken);
}

#[test]
fn a_changed_setting_is_saved_keeping_the_file_comments() {
    let home = tempfile::tempdir().expect("temp home");
    let config_dir = home.path().join(".config/lantern");
    fs::create_dir_all(&config_dir).expect("config dir");
    let path = config_dir.join("config.toml");
    fs::write(
        &path,
        "# chosen for my old laptop\nascii = false # Unicode is fine\n",
    )
    .expect("write");
    let mut s = PtySession::start_at(home.path(), &[], 80, 24, &[]);
    s.wait_for_text("Welcome");
    s.send("o");
    s.wait_for_text("Characters: Unicode");
    s.send("j\r");
    s.wait_for_text("Characters: plain ASCII");
    s.send("q");
    assert!(s.wait_exit().success());
    assert_eq!(
        fs::read_to_string(&path).expect("read"),
        "# chosen for my old laptop\nascii = true # Unicode is fine\n"
    );
    let leftovers: Vec<_> = tree(&config_dir)
        .into_iter()
        .filter(|(p, _)| p.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_counselor_handout_has_the_sections_and_help() {
    let mut s = PtySession::start(&["--mode", "counselor"], 100, 30);
    s.wait_for_text("lantern · counselor");
    s.send("1");
    s.wait_for_text("Contents —");
    s.send("2");
    s.wait_for_text("Section 2 of 11");
    s.send("d");
    s.wait_for_text("To talk about together");
    s.send("h");
    s.wait_for_text("Handout saved to");
    s.settle();
    let handouts: Vec<PathBuf> = tree(&s.home)
        .into_iter()
        .map(|(p, _)| p)
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("lantern-handout-"))
        })
        .collect();
    assert_eq!(handouts.len(), 1, "{handouts:?}");
    let shown = s.screen().replace('\n', "");
    assert!(
        shown.contains(&handouts[0].display().to_string()),
        "the whole path is shown: {shown}"
    );
    let text = fs::read_to_string(&handouts[0]).expect("read handout");
    assert!(text.contains("2. What ketamine is"), "{text}");
    assert!(text.contains("1. 988 Suicide & Crisis Lifeline"), "{text}");
    assert!(!text.contains("SELF-CHECK"), "{text}");
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn remember_my_place_round_trip() {
    let home = tempfile::tempdir().expect("temp home");
    let mut first = PtySession::start_at(home.path(), &[], 80, 24, &[]);
    first.wait_for_text("Welcome");
    first.send("o");
    first.wait_for_text("Remember my place: off");
    first.send("G\r");
    first.wait_for_text("Remember my place: on");
    first.send("\u{1b}");
    first.wait_for_text("Welcome");
    first.send("1");
    first.wait_for_text("Contents —");
    first.send("4");
    first.wait_for_text("Section 4 of 11");
    first.send("jjjjjj");
    first.wait_for_text("Lines 7–");
    first.settle();
    let text_rows = |s: &PtySession| -> Vec<String> {
        s.rows()[1..8]
            .iter()
            .map(|r| r.trim_end().to_string())
            .collect()
    };
    let reading = text_rows(&first);
    first.send("q");
    assert!(first.wait_exit().success());
    let place = home.path().join(".local/share/lantern/place.toml");
    assert!(place.exists(), "saved at {}", place.display());

    let mut second = PtySession::start_at(home.path(), &[], 80, 24, &[]);
    second.wait_for_text("Continue reading");
    second.wait_for_text("Side effects and risks");
    second.send("\r");
    second.wait_for_text("Section 4 of 11");
    second.settle();
    assert_eq!(text_rows(&second), reading);
    // Turning it off forgets the place.
    second.send("o");
    second.wait_for_text("Remember my place: on");
    second.send("G\r");
    second.wait_for_text("Remember my place: off");
    second.send("q");
    assert!(second.wait_exit().success());
    assert!(!place.exists(), "forgotten");

    let mut third = PtySession::start_at(home.path(), &[], 80, 24, &[]);
    third.wait_for_text("Welcome");
    third.settle();
    assert!(!third.screen().contains("Continue reading"));
    third.send("q");
    assert!(third.wait_exit().success());
}

#[test]
fn an_unwritable_folder_is_reported_once_and_lantern_carries_on() {
    let home = tempfile::tempdir().expect("temp home");
    // A file where the folders should be: no one, not even root, can write under it.
    let blocker = home.path().join("not-a-folder");
    fs::write(&blocker, "").expect("write");
    let config = blocker.join("lantern");
    let blocked = blocker.display().to_string();
    let env = [
        ("XDG_CONFIG_HOME", blocked.as_str()),
        ("XDG_DATA_HOME", blocked.as_str()),
    ];
    let mut s = PtySession::start_at(home.path(), &[], 80, 24, &env);
    s.wait_for_text("Welcome");
    s.send("o");
    s.wait_for_text("Settings");
    s.send("\r");
    s.wait_for_text("Could not save settings");
    s.wait_for_text("Theme: high-contrast");
    // The next change works on screen and says nothing more.
    s.send("\r");
    s.wait_for_text("Theme: mono");
    s.settle();
    assert!(
        !s.screen().contains("Could not save"),
        "said once: {}",
        s.screen()
    );
    s.send("G\r");
    s.wait_for_text("Remember my place: on");
    s.settle();
    assert!(!s.screen().contains("Could not save"));
    s.send("q");
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
    s.assert_restored();
    // The place could not be saved either, and lantern said so after restoring the screen.
    assert!(
        s.screen().contains("could not save your reading place"),
        "{}",
        s.screen()
    );
    assert!(!config.exists());
}

#[test]
fn in_spanish_a_safety_yes_opens_help_at_once_and_closing_it_keeps_the_answers() {
    let questions = common::builtin_in(lantern::i18n::Lang::Es)
        .questionnaire
        .questions
        .len();
    let mut s = PtySession::start(&["--lang", "es"], 80, 24);
    s.wait_for_text("Llame o escriba al 988");
    s.send("2");
    s.wait_for_text("Presione Enter para empezar.");
    s.send("\r");
    s.wait_for_text(&format!("Pregunta 1 de {questions}"));
    s.send("3");
    for n in 2..questions {
        s.wait_for_text(&format!("Pregunta {n} de {questions}"));
        s.send("1");
    }
    s.wait_for_text(&format!("Pregunta {questions} de {questions}"));
    assert!(s.screen().contains("2 Sí"), "{}", s.screen());
    s.send("2");
    // At once, in Spanish: the calm note, then 988 before anything else.
    s.wait_for_text("No tiene que cargar con esto a solas");
    s.settle();
    let rows = s.rows();
    assert!(rows[0].contains("Obtenga ayuda ahora"), "{rows:#?}");
    let first = |needle: &str| rows.iter().position(|r| r.contains(needle));
    let lifeline = first("Línea 988").expect("988 is listed");
    let emergency = first("911").unwrap_or(usize::MAX);
    assert!(lifeline < emergency, "{rows:#?}");
    assert!(s.screen().contains("marque 2"), "{}", s.screen());
    // Closing it returns to the self-check, every answer kept.
    s.send("\u{1b}");
    s.wait_for("the results", |s| {
        s.screen().contains("Pida ayuda ahora")
            && !s.screen().contains("No tiene que cargar con esto a solas")
    });
    s.send("c");
    s.wait_for_text(&format!("Pregunta 1 de {questions}"));
    s.wait_for_text("La mayoría de los días (su respuesta)");
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

/// Someone on the phone with 988 stops touching the kiosk: the crisis panel stays, with no
/// "Still there?" over it, while the answers behind it are wiped on time.
#[test]
fn a_kiosk_keeps_the_crisis_panel_through_the_idle_wipe() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut s = common::pty::kiosk_on_question_2(dir.path());
    s.send("!");
    s.wait_for_text("988 Suicide & Crisis Lifeline");
    // Past the idle time and the countdown, twice over, watching all the while.
    let start = std::time::Instant::now();
    while start.elapsed() < std::time::Duration::from_secs(5) {
        s.settle();
        assert!(
            s.screen().contains("988 Suicide & Crisis Lifeline"),
            "{}",
            s.screen()
        );
        assert!(!s.screen().contains("Still there?"), "{}", s.screen());
    }
    // Closed by the next visitor: a fresh start, nothing answered.
    s.send("\x1b");
    s.wait_for_text("Touch an item below");
    s.send("2");
    s.wait_for_text("Touch this page, or press Enter, to start.");
    assert!(!s.screen().contains("You have answered"), "{}", s.screen());
    send_signal(s.pid(), Signal::SIGTERM);
    assert!(s.wait_exit().success());
}
