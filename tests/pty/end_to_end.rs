//! End-to-end: the real binary in a pseudo-terminal, driven by keys, read off the screen.

use crate::common;

use crate::common::pty::PtySession;
use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;

fn send_signal(pid: u32, signal: Signal) {
    let pid = Pid::from_raw(i32::try_from(pid).expect("pid fits"));
    kill(pid, signal).expect("send signal");
}

#[test]
fn read_a_section_get_help_come_back_and_quit_cleanly() {
    let mut s = PtySession::start(&[], 80, 24);
    s.wait_for_text("Call or text 988");
    s.wait_for_text("Welcome");
    assert!(
        s.terminal.screen().alternate_screen(),
        "full screen uses the alternate screen"
    );
    assert!(!s.in_cooked_mode(), "raw mode while running");

    s.send("\r");
    s.wait_for_text("Contents —");
    s.send("2");
    s.wait_for_text("Section 2 of");
    s.send("jjjjj");
    s.wait_for_text("Lines 6–");
    s.settle();
    let reading = s.visible();

    s.send("!");
    s.wait_for_text("988 Suicide & Crisis Lifeline");
    s.wait_for_text("↓ more · Esc close"); // the panel's last row: drawn completely
    let rows = s.rows();
    let row = |needle: &str| rows.iter().position(|r| r.contains(needle));
    let lifeline = row("988 Suicide & Crisis Lifeline").expect("988 on screen");
    for other in ["911 Emergency", "Crisis Text Line"] {
        let other_row = row(other).unwrap_or_else(|| panic!("{other} on screen:\n{}", s.screen()));
        assert!(lifeline < other_row, "988 must come before {other}");
    }
    assert!(row("Get help now").is_some_and(|r| r <= lifeline));

    s.send("\u{1b}");
    let expected = reading.clone();
    s.wait_for("the same section at the same place", move |s| {
        s.visible() == expected
    });

    s.send("q");
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
    s.assert_restored();
    assert!(
        !s.screen().contains("Ketamine"),
        "nothing read is left on screen after quitting:\n{}",
        s.screen()
    );
}

/// The `static-unwinder` setting, and only it, keeps libgcc_s out of the binary; CI also
/// runs this file without it (`--no-default-features`).
#[test]
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn the_unwinder_setting_decides_whether_libgcc_s_is_loaded() {
    let Ok(out) = std::process::Command::new("ldd")
        .arg(env!("CARGO_BIN_EXE_lantern"))
        .output()
    else {
        return; // no ldd here
    };
    let libraries = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        libraries.contains("libgcc_s"),
        !cfg!(feature = "static-unwinder"),
        "{libraries}"
    );
}

#[test]
fn a_panic_restores_the_terminal_and_shows_the_message() {
    let mut s = PtySession::start_with_env(&[], 80, 24, &[("LANTERN_TEST_PANIC", "1")]);
    let status = s.wait_exit();
    // 101 is a panic that unwound out of `main`: the unwinder, linked in statically by the
    // `static-unwinder` setting (src/unwinder.rs) or loaded from libgcc_s without it, works.
    // A broken one would abort instead.
    assert_eq!(status.exit_code(), 101, "{status:?}");
    s.assert_restored();
    assert!(
        s.screen().contains("panicking on purpose"),
        "the panic message is readable on the normal screen:\n{}",
        s.screen()
    );
}

#[test]
fn never_asks_the_terminal_for_keyboard_enhancements() {
    let mut s = PtySession::start(&[], 80, 24);
    s.wait_for_text("Welcome");
    s.send("q");
    assert!(s.wait_exit().success());
    let raw = String::from_utf8_lossy(&s.raw);
    for probe in ["\u{1b}[>", "\u{1b}[?u", "\u{1b}[=", "\u{1b}[6n"] {
        assert!(
            !raw.contains(probe),
            "sent {probe:?}, which a bare terminal may never answer"
        );
    }
}

#[test]
fn ctrl_g_opens_the_crisis_panel_from_the_reader() {
    let mut s = PtySession::start(&[], 80, 24);
    s.wait_for_text("Welcome");
    s.send("13");
    s.wait_for_text("Section 3 of");
    s.send("\u{7}");
    s.wait_for_text("988 Suicide & Crisis Lifeline");
    s.send("\u{1b}");
    s.wait_for("the crisis panel to close", |s| {
        !s.screen().contains("988 Suicide")
    });
    s.send("q");
    assert!(s.wait_exit().success());
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut s = PtySession::start(&[], 80, 24);
    s.wait_for_text("Welcome");
    s.send("1");
    s.wait_for_text("Contents —");
    send_signal(s.pid(), Signal::SIGTERM);
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
    s.assert_restored();
}

#[test]
fn sighup_restores_the_terminal() {
    let mut s = PtySession::start(&[], 80, 24);
    s.wait_for_text("Welcome");
    s.send("!");
    s.wait_for_text("988 Suicide");
    send_signal(s.pid(), Signal::SIGHUP);
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
    s.assert_restored();
}

#[test]
fn tiny_terminal_still_shows_988_and_opens_help() {
    let mut s = PtySession::start(&[], 20, 6);
    s.wait_for_text("Call or text 988");
    s.send("!");
    s.wait_for_text("Esc close");
    assert!(s.rows()[0].contains("988"));
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

/// Resizes the terminal to 40×12, waits for lantern's 40-column footer on its last row,
/// and quits.
fn shrinks_to_40_by_12(s: &mut PtySession) {
    s.master()
        .resize(portable_pty::PtySize {
            rows: 12,
            cols: 40,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("resize");
    s.terminal.resize(40, 12);
    s.wait_for("the 40-column footer", |s| {
        s.rows()
            .get(11)
            .is_some_and(|r| r.contains("! Get help now · Call or text 988"))
    });
    s.send("q");
    assert!(s.wait_exit().success());
}

#[test]
fn resizing_the_terminal_redraws_at_the_new_size() {
    let mut s = PtySession::start(&[], 80, 24);
    s.wait_for_text("Welcome");
    s.settle();
    shrinks_to_40_by_12(&mut s);
}

/// lantern starts listening for size changes only after its first frame (and its first
/// pause); a resize in between, when the terminal's signal finds no one listening, must
/// still be noticed.
#[test]
fn a_resize_right_after_the_first_frame_is_not_lost() {
    let mut s = PtySession::start(&[], 80, 24);
    s.wait_for_text("Call or text 988");
    shrinks_to_40_by_12(&mut s);
}

#[test]
fn bad_content_exits_2_without_touching_the_terminal() {
    let dir = tempfile::tempdir().expect("temp dir");
    common::fixture::copy_builtin(dir.path());
    common::fixture::edit(dir.path(), "crisis.toml", |text| {
        text.replacen("number = \"988\"", "number = \"911\"", 1)
    });
    let path = dir.path().to_string_lossy().to_string();
    let mut s = PtySession::start(&["--content", &path], 80, 24);
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 2);
    let raw = String::from_utf8_lossy(&s.raw).to_string();
    assert!(
        !raw.contains("\u{1b}[?1049h"),
        "entered full screen: {raw:?}"
    );
    assert!(raw.contains("crisis.toml:"), "{raw}");
    assert!(raw.contains("must start with the 988"), "{raw}");
    assert!(s.in_cooked_mode());
}

/// Every file under a folder, with its size, to tell whether anything was written.
fn tree(dir: &std::path::Path) -> Vec<(String, u64)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let len = entry.metadata().map(|m| m.len()).unwrap_or(0);
                out.push((path.display().to_string(), len));
            }
        }
    }
    out.sort();
    out
}

/// HOME and every XDG folder inside one temporary folder, so nothing outside is touched.
fn private_home(home: &std::path::Path) -> Vec<(&'static str, String)> {
    let at = |p: &str| home.join(p).display().to_string();
    vec![
        ("HOME", home.display().to_string()),
        ("XDG_CONFIG_HOME", at(".config")),
        ("XDG_DATA_HOME", at(".local/share")),
        ("XDG_STATE_HOME", at(".local/state")),
        ("XDG_CACHE_HOME", at(".cache")),
    ]
}

/// Starts lantern and opens the self-check at its first question.
fn start_self_check(cols: u16, rows: u16, env: &[(&str, &str)]) -> PtySession {
    let mut s = PtySession::start_with_env(&[], cols, rows, env);
    s.wait_for_text("Welcome");
    s.send("2");
    s.wait_for_text("Press Enter to start");
    s.send("\r");
    s.wait_for_text("Question 1 of");
    s
}

/// Answers questions `from..to` (1-based) with answer `choice`, waiting for each.
fn answer(s: &mut PtySession, from: usize, to: usize, choice: &str) {
    for n in from..to {
        s.wait_for_text(&format!("Question {n} of"));
        s.send(choice);
    }
}

#[test]
fn a_whole_self_check_writes_nothing_to_disk() {
    let home = tempfile::tempdir().expect("temp home");
    let env = private_home(home.path());
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let before = tree(home.path());
    let mut s = start_self_check(80, 24, &env);
    answer(&mut s, 1, 12, "2");
    answer(&mut s, 12, 13, "1");
    s.wait_for_text("Talk to a professional soon");
    s.wait_for_text("You said");
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
    assert_eq!(tree(home.path()), before, "the self-check wrote a file");
}

#[test]
fn a_safety_yes_brings_up_988_at_once_and_closing_carries_on() {
    let mut s = start_self_check(80, 24, &[]);
    answer(&mut s, 1, 12, "1");
    s.wait_for_text("hurting yourself?");
    s.send("2");
    s.wait_for_text("You do not have to carry this alone");
    s.wait_for_text("988 Suicide & Crisis Lifeline");
    s.send("\u{1b}");
    s.wait_for_text("Reach out now");
    s.send("q");
    assert!(s.wait_exit().success());
}

#[test]
fn save_a_summary_writes_a_new_file_and_shows_its_path_never_overwriting() {
    let home = tempfile::tempdir().expect("temp home");
    let env = private_home(home.path());
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut s = start_self_check(120, 30, &env);
    answer(&mut s, 1, 13, "1");
    s.wait_for_text("Keep an eye on how you feel");
    s.send("s");
    s.wait_for_text("Saved your summary to");
    s.send("s");
    s.settle();
    s.send("q");
    assert!(s.wait_exit().success());
    let files = tree(home.path());
    let summaries: Vec<&(String, u64)> = files
        .iter()
        .filter(|(p, _)| p.contains("lantern-self-check-"))
        .collect();
    assert_eq!(summaries.len(), 2, "two saves, two files: {files:?}");
    assert!(summaries.iter().any(|(p, _)| p.ends_with("-2.txt")));
    let text = std::fs::read_to_string(&summaries[0].0).expect("read summary");
    assert!(text.contains("Keep an eye on how you feel"));
    assert!(text.contains("not a diagnosis"));
    assert!(files.iter().all(|(p, _)| !p.ends_with(".tmp")));
}

/// `s` on the results at 80×24, in English and Spanish: the confirmation, with the whole
/// path of the file made, shows on the screen the person is looking at (over the footer),
/// not far down the results.
#[test]
fn saving_at_80x24_confirms_on_the_visible_screen() {
    use lantern::i18n::Lang;
    let languages = [
        (
            Lang::En,
            "Press Enter to start",
            "Question",
            "Saved your summary to",
        ),
        (
            Lang::Es,
            "Presione Enter para empezar",
            "Pregunta",
            "Su resumen se guardó en",
        ),
    ];
    for (lang, start, question, saved) in languages {
        let home = tempfile::tempdir().expect("temp home");
        let env = private_home(home.path());
        let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let mut s = PtySession::start_with_env(&["--lang", lang.code()], 80, 24, &env);
        s.wait_for_text("988");
        s.send("2");
        s.wait_for_text(start);
        s.send("\r");
        let questions = common::builtin_in(lang).questionnaire.questions.len();
        for n in 1..=questions {
            s.wait_for_text(&format!("{question} {n} "));
            s.send("1");
        }
        s.wait_for("the results", |s| !s.screen().contains(question));
        s.settle();
        assert!(!s.screen().contains(saved), "{}", s.screen());
        s.send("s");
        s.wait_for_text(saved);
        s.settle();
        let files = tree(home.path());
        let summary = files
            .iter()
            .find(|(p, _)| p.contains("lantern-self-check-"))
            .unwrap_or_else(|| panic!("no summary: {files:?}"));
        let shown: String = s.rows().iter().map(|r| r.trim()).collect();
        assert!(
            shown.contains(&summary.0),
            "{lang:?}: the whole path: {shown}"
        );
        // Just over the footer, where the handout's confirmation goes, in place of the
        // status row until the next key; the footer's way to help stays under it.
        let rows = s.rows();
        assert!(rows[22].trim_end().ends_with(".txt"), "{rows:#?}");
        assert!(rows[23].contains("988"), "{rows:#?}");
        s.send("j");
        s.wait_for("the status row back", |s| s.rows()[22].contains("2–"));
        s.send("q");
        assert!(s.wait_exit().success());
    }
}

/// `End`, `g`, `G` and `Home` on the results, as in the reader.
#[test]
fn home_and_end_move_through_the_self_check_results() {
    let mut s = start_self_check(80, 24, &[]);
    answer(&mut s, 1, 13, "1");
    s.wait_for_text("Lines 1–");
    let at_end = |s: &PtySession| s.screen().contains("· 100%");
    let at_start = |s: &PtySession| s.screen().contains("Lines 1–");
    for (key, what, moved) in [
        ("\u{1b}[F", "End", at_end as fn(&PtySession) -> bool),
        ("g", "g", at_start),
        ("G", "G", at_end),
        ("\u{1b}[H", "Home", at_start),
    ] {
        s.send(key);
        s.wait_for(what, moved);
    }
    s.send("q");
    assert!(s.wait_exit().success());
}

/// The colour-setting SGR parameters in `raw`: foreground, background and underline
/// colours (30–38, 40–48, 58, 90–97, 100–107). Resets to the default (39, 49, 59) are not
/// colours.
fn colour_codes(raw: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(raw);
    let mut found = Vec::new();
    let mut rest = text.as_ref();
    while let Some(start) = rest.find("\u{1b}[") {
        rest = &rest[start + 2..];
        let end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == ';' || c == ':'))
            .unwrap_or(rest.len());
        let (params, after) = rest.split_at(end);
        if after.starts_with('m') {
            let sets_colour = params.split([';', ':']).any(|p| {
                matches!(
                    p.parse::<u16>(),
                    Ok(30..=38 | 40..=48 | 58 | 90..=97 | 100..=107)
                )
            });
            if sets_colour {
                found.push(params.to_string());
            }
        }
    }
    found
}

#[test]
fn no_color_writes_no_colour_codes() {
    // Without NO_COLOR the same walk does write colours, so the check below can fail.
    for (no_color, expect_colour) in [(None, true), (Some("1"), false)] {
        let env: Vec<(&str, &str)> = no_color.map(|v| ("NO_COLOR", v)).into_iter().collect();
        let mut s = PtySession::start_with_env(&[], 80, 24, &env);
        s.wait_for_text("Welcome");
        s.send("1");
        s.wait_for_text("Contents —");
        s.send("4");
        s.wait_for_text("Section 4 of 11");
        s.send("   ");
        s.send("!");
        s.wait_for_text("988 Suicide & Crisis Lifeline");
        s.send("\u{1b}");
        s.wait_for("the panel to close", |s| {
            !s.screen().contains("Get help now ═")
        });
        s.send("/bladder");
        s.wait_for_text("bladder");
        s.send("\r");
        s.wait_for_text("Section");
        s.settle();
        s.send("q");
        assert!(s.wait_exit().success());
        let codes = colour_codes(&s.raw);
        assert_eq!(
            !codes.is_empty(),
            expect_colour,
            "NO_COLOR={no_color:?}: {codes:?}"
        );
    }
}

#[test]
fn the_linux_console_and_a_c_locale_get_plain_ascii() {
    for env in [
        &[("TERM", "linux")][..],
        &[("LANG", "C"), ("TERM", "xterm-256color")][..],
    ] {
        let mut s = PtySession::start_with_env(&[], 80, 24, env);
        s.wait_for_text("Welcome");
        s.send("1");
        s.wait_for_text("Contents -");
        s.send("4");
        s.wait_for_text("Section 4 of 11");
        s.send("  !");
        s.wait_for_text("988 Suicide & Crisis Lifeline");
        s.settle();
        let screen = s.screen();
        assert!(screen.is_ascii(), "{env:?}:\n{screen}");
        assert!(screen.contains("+ Get help now -"), "{env:?}:\n{screen}");
        s.send("q");
        assert!(s.wait_exit().success());
    }
}

/// How many times `what` was written so far.
fn times(s: &PtySession, what: &str) -> usize {
    String::from_utf8_lossy(&s.raw).matches(what).count()
}

/// Issue 23: the line mode (`TERM=dumb`) on a terminal. The section list says how to go
/// back, and 0, an empty line, q and "back" all do; a question goes back with 0 and says
/// the answer given; at the end a summary is offered, and saved only on a yes.
#[test]
fn the_line_mode_has_a_way_back_and_offers_the_summary() {
    let mut s = PtySession::start_with_env(&[], 80, 24, &[("TERM", "dumb")]);
    s.wait_for_text("4. Quit");
    for (n, back) in ["0", "", "q", "back", "volver"].iter().enumerate() {
        s.send("1\r");
        s.wait_for("the section list", |s| {
            times(
                s,
                "Type a number from 1 to 11 and press Enter, or 0 to go back: ",
            ) == n + 1
        });
        s.send(&format!("{back}\r"));
        s.wait_for("the menu again", |s| times(s, "4. Quit") == n + 2);
    }
    assert_eq!(times(&s, "is not one of the numbers"), 0);

    s.send("2\r");
    s.wait_for_text("Nothing is saved unless, at the end, you say yes to saving a summary.");
    s.wait_for_text("or 0 to stop: ");
    s.send("2\r");
    s.wait_for_text("Question 2 of");
    s.wait_for_text("or 0 for the previous question: ");
    s.send("0\r");
    s.wait_for("question 1 again", |s| times(s, "Question 1 of") == 2);
    s.wait_for_text("Your answer was: On some days");
    for n in 1..=12 {
        s.wait_for("the question", |s| {
            times(s, &format!("Question {n} of")) >= 1
        });
        s.send("1\r");
    }
    s.wait_for_text("Save a summary of your answers to a file?");
    let summaries = |home: &std::path::Path| -> Vec<String> {
        tree(home)
            .into_iter()
            .map(|(path, _)| path)
            .filter(|path| path.contains("lantern-self-check-"))
            .collect()
    };
    assert!(summaries(&s.home).is_empty(), "saved before the yes");
    s.send("y\r");
    s.wait_for_text("Saved your summary to");
    let saved = summaries(&s.home);
    assert_eq!(saved.len(), 1, "{saved:?}");
    use std::os::unix::fs::PermissionsExt;
    let meta = std::fs::metadata(&saved[0]).expect("the summary");
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    let text = std::fs::read_to_string(&saved[0]).expect("read the summary");
    assert!(text.contains("lantern self-check summary"), "{text}");
    assert!(text.contains("Keep an eye on how you feel"), "{text}");
    s.wait_for("the menu again", |s| times(s, "4. Quit") == 7);
    s.send("4\r");
    assert!(s.wait_exit().success());
}

/// The cover key on the real binary: Ctrl-W (byte 0x17) replaces the whole screen with the
/// neutral page at once, in a text field too, and Ctrl-W again draws exactly what was there.
#[test]
fn ctrl_w_covers_the_screen_and_brings_it_back() {
    let mut s = PtySession::start(&[], 80, 24);
    s.wait_for_text("Call or text 988");
    s.send("1");
    s.wait_for_text("Contents —");
    s.send("/ket");
    s.wait_for_text("ket");
    s.settle();
    let searching = s.visible();
    s.send_bytes(&[0x17]);
    s.wait_for_text("Nothing here yet.");
    s.settle();
    let covered = s.visible().to_lowercase();
    for word in ["988", "ketamin", "search", "lantern", "depress"] {
        assert!(
            !covered.contains(word),
            "the cover shows {word:?}:\n{covered}"
        );
    }
    assert!(covered.contains("! or ctrl-g  help"), "{covered}");
    s.send_bytes(&[0x17]);
    s.wait_for_text("Call or text 988");
    s.settle();
    assert_eq!(s.visible(), searching);
    s.send_bytes(&[0x03]);
    assert!(s.wait_exit().success());
}
