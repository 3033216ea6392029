//! Never stuck: what a keyboard, a touch screen or a window size can send must not freeze
//! lantern, hide the crisis key, stop a kiosk's idle wipe, or leave it spinning. The real
//! binary in a pseudo-terminal, with the exact bytes each problem was found with.

use std::time::{Duration, Instant};

use crate::common::pty::{kiosk_on_question_2, write_config, PtySession};
use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;

fn send_signal(pid: u32, signal: Signal) {
    let pid = Pid::from_raw(i32::try_from(pid).expect("pid fits"));
    kill(pid, signal).expect("send signal");
}

/// Esc as a person presses it: on its own, with time before the next key (Esc and a key in
/// one write is Alt with that key).
fn press_esc(s: &mut PtySession) {
    s.send("\x1b");
    std::thread::sleep(Duration::from_millis(150));
}

/// Alt-[, Alt-O, Alt-[ 1, a lone 0xFF, a Latin-1 é and a mouse report past column 65535:
/// each once left lantern in a read that waited for more, so the idle wipe never came.
const ONE_KEY_FREEZES: &[&[u8]] = &[
    b"\x1b[",
    b"\x1bO",
    b"\x1b[1",
    b"\xff",
    b"\xe9",
    b"\x1b[<0;70000;5M",
];

#[test]
fn one_stray_keystroke_never_stops_the_idle_wipe() {
    for bytes in ONE_KEY_FREEZES {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut s = kiosk_on_question_2(dir.path());
        s.send_bytes(bytes);
        s.wait_for(&format!("the wipe after {bytes:?}"), |s| {
            s.screen().contains("Touch an item below") && !s.screen().contains("Question 2")
        });
        // And it still answers SIGTERM at once, with the terminal put back.
        send_signal(s.pid(), Signal::SIGTERM);
        assert!(s.wait_exit().success());
        s.assert_restored();
    }
}

/// After these starts of a sequence, every key was swallowed until a byte that happened to
/// end it: `u` or `c` after `ESC [ ?`, `m` after `ESC [ <`, and a paste's end after
/// `ESC [ 200 ~`.
const SWALLOWING_STARTS: &[&[u8]] = &[b"\x1b[?", b"\x1b[<", b"\x1b[200~", b"\x1b[", b"\x1bO"];

#[test]
fn the_crisis_keys_work_right_after_an_unfinished_sequence() {
    for start in SWALLOWING_STARTS {
        for crisis_key in ["!", "\x07"] {
            let mut s = PtySession::start(&[], 80, 24);
            s.wait_for_text("Welcome");
            s.settle();
            s.send_bytes(start);
            // A person's next key comes a moment later.
            std::thread::sleep(Duration::from_millis(150));
            s.send(crisis_key);
            s.wait_for(&format!("988 after {start:?} then {crisis_key:?}"), |s| {
                s.screen().contains("988 Suicide & Crisis Lifeline")
            });
            press_esc(&mut s);
            s.send("q");
            assert!(s.wait_exit().success());
        }
    }
}

#[test]
fn a_touch_and_the_staff_chord_work_right_after_an_unfinished_sequence() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = write_config(
        dir.path(),
        "mode = \"kiosk\"\nmouse = true\n[kiosk]\nadmin_pin = \"2468\"\n",
    );
    let mut s = PtySession::start(&["--config", &config], 80, 24);
    s.wait_for_text("Touch an item below");
    s.settle();
    // A touch on the footer's help badge, on the last row, after an unfinished mouse report.
    s.send_bytes(b"\x1b[<");
    std::thread::sleep(Duration::from_millis(150));
    s.send_bytes(b"\x1b[<0;3;24M\x1b[<0;3;24m");
    s.wait_for_text("988 Suicide & Crisis Lifeline");
    press_esc(&mut s);
    s.wait_for("the panel closed", |s| {
        !s.screen().contains("988 Suicide & Crisis Lifeline")
    });
    // The staff chord after `ESC [ ?`.
    s.send_bytes(b"\x1b[?");
    std::thread::sleep(Duration::from_millis(150));
    s.send("\x18");
    s.wait_for_text("PIN");
    s.send("2468\r");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

/// Reads lantern's CPU time over `wall`, to tell a loop that waits from one that spins.
fn cpu_over(s: &PtySession, wall: Duration) -> Duration {
    let before = s.cpu_time();
    std::thread::sleep(wall);
    s.cpu_time().saturating_sub(before)
}

#[test]
fn a_window_of_any_size_is_drawn_without_running_out_of_memory() {
    for (cols, rows) in [(65535, 65535), (5000, 5000), (65535, 1), (1, 65535)] {
        let mut s = PtySession::start(&[], 80, 24);
        s.wait_for_text("Welcome");
        s.settle();
        s.resize_terminal_only(cols, rows);
        // The frame at the new size is drawn (or, once, lantern aborted trying).
        s.settle();
        std::thread::sleep(Duration::from_millis(300));
        assert!(s.is_running(), "lantern ended at {cols}×{rows}");
        s.send("!");
        s.settle();
        assert!(s.is_running(), "lantern ended at {cols}×{rows}");
        // Drawn at the largest size lantern draws: a few megabytes, not gigabytes.
        let peak = s.peak_memory_kb();
        assert!(peak < 64 * 1024, "{peak} kB at {cols}×{rows}");
        s.resize(80, 24);
        s.wait_for_text("988 Suicide & Crisis Lifeline");
        send_signal(s.pid(), Signal::SIGTERM);
        assert!(s.wait_exit().success());
        s.assert_restored();
    }
}

#[test]
fn a_resize_that_comes_with_a_key_is_never_lost() {
    let mut s = PtySession::start(&[], 120, 40);
    s.wait_for_text("Welcome");
    s.send("1");
    s.wait_for_text("Contents");
    for round in 0..10 {
        s.resize(120, 40);
        s.settle();
        // The key and the new size together, as a window manager and a keyboard send them.
        s.send("j");
        s.resize(45, 13);
        s.send("!");
        // Drawn for 45×13: the footer on the last row, and 988 in the panel above it.
        s.wait_for(&format!("988 at 45×13, round {round}"), |s| {
            s.screen().contains("988 Suicide & Crisis Lifeline")
                && s.rows().get(12).is_some_and(|r| r.contains("988"))
        });
        press_esc(&mut s);
        s.settle();
    }
    s.send("q");
    assert!(s.wait_exit().success());
}

/// lantern at 80×24, reading the first section.
fn reading_section_1() -> PtySession {
    let mut s = PtySession::start(&[], 80, 24);
    s.wait_for_text("Welcome");
    s.send("1");
    s.wait_for_text("Contents");
    s.send("\r");
    s.wait_for_text("Lines 1");
    s
}

#[test]
fn a_flood_of_keys_does_not_starve_the_crisis_key() {
    let mut s = reading_section_1();
    // 200 KB of `j`, as a key held down on a stuck keyboard or a scanner would send, then the
    // crisis key.
    crisis_key_after(&mut s, vec![b'j'; 200 * 1024]);
}

/// `flood`, then `!`: the crisis panel shows, and after it lantern waits, it does not spin.
fn crisis_key_after(s: &mut PtySession, mut flood: Vec<u8>) {
    flood.push(b'!');
    s.send_in_background(flood);
    s.wait_for_text("988 Suicide & Crisis Lifeline");
    s.finish_sending();
    s.settle();
    let used = cpu_over(s, Duration::from_secs(2));
    assert!(
        used < Duration::from_millis(800),
        "{used:?} of CPU while idle"
    );
    send_signal(s.pid(), Signal::SIGTERM);
    assert!(s.wait_exit().success());
}

#[test]
fn a_flood_of_touch_screen_reports_does_not_starve_the_crisis_key() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = write_config(dir.path(), "mode = \"kiosk\"\nmouse = true\n");
    let mut s = PtySession::start(&["--config", &config], 80, 24);
    s.wait_for_text("Touch an item below");
    s.settle();
    let mut flood = Vec::new();
    for i in 0..20_000u32 {
        flood.extend_from_slice(format!("\x1b[<35;{};{}M", i % 80 + 1, i % 24 + 1).as_bytes());
    }
    crisis_key_after(&mut s, flood);
}

#[test]
fn a_pasted_search_is_typed_into_the_search_box() {
    let mut s = PtySession::start(&[], 80, 24);
    s.wait_for_text("Welcome");
    assert!(
        String::from_utf8_lossy(&s.raw).contains("\x1b[?2004h"),
        "bracketed paste is not asked for"
    );
    s.send("/");
    s.wait_for_text("Search");
    s.settle();
    s.send_bytes(b"\x1b[200~esketamine\x1b[201~");
    s.wait_for("the pasted words and their matches", |s| {
        s.screen().contains("esketamine") && s.screen().contains("match")
    });
    s.send("\x03");
    assert!(s.wait_exit().success());
    assert!(String::from_utf8_lossy(&s.raw).contains("\x1b[?2004l"));
}

#[test]
fn pasted_text_outside_a_text_field_is_not_taken_as_commands() {
    let mut s = PtySession::start(&[], 80, 24);
    s.wait_for_text("Welcome");
    s.settle();
    // `q` would quit and `2` open the self-check, were they keys.
    s.send_bytes(b"\x1b[200~2q\x1b[201~");
    s.settle();
    assert!(s.is_running());
    assert!(s.screen().contains("Welcome"), "{}", s.screen());
    s.send("q");
    assert!(s.wait_exit().success());
}

/// Holds the terminal's output until it stops taking any: lantern's next write waits.
fn block_output(s: &mut PtySession) {
    s.pause_reading(true);
    // Each of these redraws most of the screen, one frame each as they come one at a time:
    // far more than a terminal's buffer holds.
    for _ in 0..300 {
        for key in ["G", "g"] {
            s.send(key);
            std::thread::sleep(Duration::from_millis(5));
        }
    }
}

#[test]
fn sigterm_is_honoured_while_output_is_blocked() {
    let mut s = reading_section_1();
    block_output(&mut s);
    send_signal(s.pid(), Signal::SIGTERM);
    let start = Instant::now();
    while s.is_running() && start.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(20));
    }
    let ended = !s.is_running();
    s.pause_reading(false);
    assert!(ended, "lantern did not end while its output was blocked");
    assert!(s.in_cooked_mode(), "raw mode was not turned off");
}

/// Every signal that would end lantern restores the terminal first.
#[test]
fn every_ending_signal_restores_the_terminal() {
    for signal in [
        Signal::SIGUSR1,
        Signal::SIGUSR2,
        Signal::SIGALRM,
        Signal::SIGXCPU,
        Signal::SIGABRT,
        Signal::SIGQUIT,
        Signal::SIGVTALRM,
        Signal::SIGPROF,
        Signal::SIGXFSZ,
        Signal::SIGIO,
        Signal::SIGPWR,
    ] {
        let mut s = PtySession::start(&[], 80, 24);
        s.wait_for_text("Welcome");
        s.settle();
        send_signal(s.pid(), signal);
        s.wait_exit();
        s.assert_restored();
    }
}

#[test]
fn a_stop_gives_the_terminal_back_and_continuing_brings_lantern_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = write_config(dir.path(), "mouse = true\n");
    let mut s = PtySession::start(&["--config", &config], 80, 24);
    s.wait_for_text("Welcome");
    s.send("1");
    s.wait_for_text("Contents");
    s.settle();
    assert_ne!(
        s.terminal.screen().mouse_protocol_mode(),
        vt100::MouseProtocolMode::None
    );
    send_signal(s.pid(), Signal::SIGTSTP);
    s.wait_for("the terminal given back", |s| {
        !s.terminal.screen().alternate_screen() && s.in_cooked_mode()
    });
    s.assert_restored();
    assert!(s.is_running(), "a stop is not an end");
    send_signal(s.pid(), Signal::SIGCONT);
    s.wait_for("lantern back", |s| {
        s.terminal.screen().alternate_screen() && s.screen().contains("Contents")
    });
    assert!(!s.in_cooked_mode());
    assert_ne!(
        s.terminal.screen().mouse_protocol_mode(),
        vt100::MouseProtocolMode::None
    );
    s.send("!");
    s.wait_for_text("988 Suicide & Crisis Lifeline");
    press_esc(&mut s);
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}
