//! A kiosk shows only content that passed its check. The real binary in a pseudo-terminal,
//! read off the screen: a pack that differs from its pin, or that does not validate, is
//! never shown; the kiosk opens on the built-in pack's crisis panel, 988 first, with a line
//! for staff. Also the same rule in the state, across the idle wipe.

use crate::common;

use std::fs;
use std::path::Path;
use std::time::Duration;

use crate::common::pty::PtySession;
use lantern::app::{Action, Overlay, Screen};
use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;

/// Words put into a tampered pack; they must never reach the screen.
/// The staff line in Spanish, for a kiosk set up in Spanish.
const STAFF_ES: &str = "El contenido de este quiosco no pasó su control";
const TAMPERED: &str = "TAMPERED";
const FAKE_NUMBER: &str = "555-0100";
const STAFF: &str = "This kiosk's content did not pass its check";

fn stop(s: &mut PtySession) {
    let pid = Pid::from_raw(i32::try_from(s.pid()).expect("pid fits"));
    kill(pid, Signal::SIGTERM).expect("send SIGTERM");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

fn write_config(dir: &Path, text: &str) -> String {
    let path = dir.join("kiosk.toml");
    fs::write(&path, text).expect("write config");
    path.display().to_string()
}

fn digest_of(dir: &Path) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_lantern"))
        .args(["validate", &dir.display().to_string(), "--print-digest"])
        .output()
        .expect("run lantern validate");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// The row of the first line on screen that contains `needle`.
fn row_of(s: &PtySession, needle: &str) -> Option<usize> {
    s.rows().iter().position(|row| row.contains(needle))
}

/// The crisis panel is open, 988 is the first place to get help and the first words are
/// help, the staff line is below all of it, and nothing of the tampered pack is anywhere
/// on screen.
fn assert_fallback(s: &mut PtySession, first_entry: &str) {
    s.wait_for_text(first_entry);
    s.wait_for_text("↓ more");
    s.settle();
    let screen = s.screen();
    assert!(screen.contains("Get help now"), "{screen}");
    let first = row_of(s, first_entry).expect("988");
    let front_desk = row_of(s, "Tell the front desk").expect("the kiosk's own entry");
    assert!(first < front_desk, "988 first:\n{screen}");
    assert!(
        s.rows()[1].contains("You are not alone"),
        "help first:\n{screen}"
    );
    assert!(
        row_of(s, STAFF).is_none(),
        "help before the staff line:\n{screen}"
    );
    assert_clean(s);
    // At the end of the panel, after every place to get help.
    s.send("G");
    s.wait_for_text(STAFF);
    s.settle();
    let last_help = row_of(s, "Use any phone").expect("the panel's last help line");
    assert!(
        row_of(s, STAFF).is_some_and(|staff| staff > last_help),
        "{}",
        s.screen()
    );
    assert_clean(s);
    s.send("g");
    s.wait_for_text(first_entry);
}

/// Nothing of the tampered pack on screen.
fn assert_clean(s: &PtySession) {
    let screen = s.screen();
    assert!(
        !screen.contains(TAMPERED),
        "tampered text on screen:\n{screen}"
    );
    assert!(
        !screen.contains(FAKE_NUMBER),
        "tampered number on screen:\n{screen}"
    );
}

/// Closes the panel and walks the contents and the first section: the built-in pack's,
/// never the tampered one's.
fn assert_builtin_behind(s: &mut PtySession) {
    s.send("\u{1b}");
    s.wait_for_text("Touch an item below");
    s.send("1");
    s.wait_for_text("Contents");
    s.send("1");
    s.wait_for_text("Section 1 of 11");
    s.settle();
    assert!(!s.screen().contains(TAMPERED), "{}", s.screen());
    // Help is still one key away, with the staff line at its end.
    s.send("!");
    s.wait_for_text("988 Suicide & Crisis Lifeline");
    s.send("G");
    s.wait_for_text(STAFF);
}

#[test]
fn a_kiosk_whose_pack_differs_from_its_pin_shows_only_built_in_help() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pack = dir.path().join("pack");
    common::fixture::copy_builtin(&pack);
    let pinned = digest_of(&pack);
    // Changed after it was pinned: a valid pack, just not the one that was checked.
    let section = common::fixture::first_section(&pack);
    common::fixture::edit(&pack, &section, |text| {
        text.replacen("title = \"", &format!("title = \"{TAMPERED} "), 1)
    });
    common::fixture::edit(&pack, "crisis.toml", |text| {
        text.replacen(
            "name = \"911 Emergency\"",
            &format!("name = \"{TAMPERED} call {FAKE_NUMBER}\""),
            1,
        )
    });
    let config = write_config(
        dir.path(),
        &format!("mode = \"kiosk\"\n[kiosk]\ncontent_sha256 = \"{pinned}\"\n"),
    );
    let pack_arg = pack.display().to_string();
    let mut s = PtySession::start(&["--config", &config, "--content", &pack_arg], 80, 24);
    assert_fallback(&mut s, "988 Suicide & Crisis Lifeline");
    assert_builtin_behind(&mut s);
    stop(&mut s);
}

#[test]
fn a_kiosk_whose_pack_does_not_validate_shows_only_built_in_help() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pack = dir.path().join("pack");
    common::fixture::copy_builtin(&pack);
    // A crisis list that no longer starts with 988, and a changed section: never shown.
    common::fixture::edit(&pack, "crisis.toml", |text| {
        text.replacen(
            "name = \"988 Suicide & Crisis Lifeline\"",
            &format!("name = \"{TAMPERED} line\""),
            1,
        )
        .replacen(
            "number = \"988\"",
            &format!("number = \"{FAKE_NUMBER}\""),
            1,
        )
    });
    let section = common::fixture::first_section(&pack);
    common::fixture::edit(&pack, &section, |text| {
        text.replacen("title = \"", &format!("title = \"{TAMPERED} "), 1)
    });
    let config = write_config(dir.path(), "mode = \"kiosk\"\n");
    let pack_arg = pack.display().to_string();
    let mut s = PtySession::start(&["--config", &config, "--content", &pack_arg], 80, 24);
    assert_fallback(&mut s, "988 Suicide & Crisis Lifeline");
    assert_builtin_behind(&mut s);
    stop(&mut s);
}

#[test]
fn a_spanish_kiosk_falls_back_to_the_built_in_spanish_pack() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pack = dir.path().join("pack");
    common::fixture::copy_builtin(&pack);
    let pinned = digest_of(&pack);
    // Only the translation was changed; the whole pack is refused, in every language.
    let section = common::fixture::first_section(&pack.join("es"));
    common::fixture::edit(&pack.join("es"), &section, |text| {
        text.replacen("title = \"", &format!("title = \"{TAMPERED} "), 1)
    });
    let config = write_config(
        dir.path(),
        &format!("mode = \"kiosk\"\nlang = \"es\"\n[kiosk]\ncontent_sha256 = \"{pinned}\"\n"),
    );
    let pack_arg = pack.display().to_string();
    let mut s = PtySession::start(&["--config", &config, "--content", &pack_arg], 80, 24);
    s.wait_for_text("Línea 988");
    s.wait_for_text("↓ más");
    s.settle();
    assert!(
        row_of(&s, STAFF_ES).is_none(),
        "help first:\n{}",
        s.screen()
    );
    assert!(!s.screen().contains(TAMPERED), "{}", s.screen());
    s.send("G");
    s.wait_for_text(STAFF_ES);
    s.settle();
    let last_help = row_of(&s, "Use cualquier teléfono").expect("the last help line");
    assert!(row_of(&s, STAFF_ES).is_some_and(|staff| staff > last_help));
    assert!(!s.screen().contains(TAMPERED), "{}", s.screen());
    // The contents, in Spanish, are the built-in pack's.
    s.send("\u{1b}");
    s.wait_for("the panel to close", |s| !s.screen().contains(STAFF_ES));
    s.send("1");
    s.wait_for("the contents", |s| {
        s.rows().iter().any(|r| r.contains(" 1  "))
    });
    s.settle();
    assert!(!s.screen().contains(TAMPERED), "{}", s.screen());
    stop(&mut s);
}

#[test]
fn a_pin_without_content_applies_to_the_built_in_pack() {
    let dir = tempfile::tempdir().expect("temp dir");
    let wrong = "0".repeat(64);
    let config = write_config(
        dir.path(),
        &format!("mode = \"kiosk\"\n[kiosk]\ncontent_sha256 = \"{wrong}\"\n"),
    );
    let mut s = PtySession::start(&["--config", &config], 80, 24);
    assert_fallback(&mut s, "988 Suicide & Crisis Lifeline");
    stop(&mut s);

    // The built-in pack's own digest passes: the kiosk opens as usual.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_lantern"))
        .args(["validate", "--print-digest"])
        .output()
        .expect("run lantern validate");
    let builtin = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let config = write_config(
        dir.path(),
        &format!("mode = \"kiosk\"\n[kiosk]\ncontent_sha256 = \"{builtin}\"\n"),
    );
    let mut s = PtySession::start(&["--config", &config], 80, 24);
    s.wait_for_text("Touch an item below");
    s.settle();
    assert!(!s.screen().contains(STAFF));
    assert!(!s.screen().contains("Get help now ═"), "{}", s.screen());
    stop(&mut s);
}

#[test]
fn outside_a_kiosk_a_bad_pack_is_still_refused_with_its_location() {
    let dir = tempfile::tempdir().expect("temp dir");
    common::fixture::copy_builtin(dir.path());
    common::fixture::edit(dir.path(), "crisis.toml", |text| {
        text.replacen("number = \"988\"", "number = \"555\"", 1)
    });
    for mode in ["personal", "counselor"] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_lantern"))
            .args([
                "--mode",
                mode,
                "--content",
                &dir.path().display().to_string(),
            ])
            .env("HOME", dir.path())
            .env("XDG_CONFIG_HOME", dir.path().join(".config"))
            .env_remove("LANTERN_CONFIG")
            .output()
            .expect("run lantern");
        assert_eq!(out.status.code(), Some(2), "{mode}: {out:?}");
        let errors = String::from_utf8_lossy(&out.stderr);
        assert!(errors.contains("crisis.toml:"), "{mode}: {errors}");
    }
}

/// In the state: every fresh start of a kiosk that fell back opens on help with the staff
/// line, the idle wipe included, and such a start counts as untouched (no "Still there?").
#[test]
fn the_fallback_survives_the_idle_wipe() {
    let mut app = common::app_in(lantern::config::Mode::Kiosk, 80, 24);
    app.show_failed_content_check();
    assert_eq!(app.top_overlay(), Some(Overlay::Crisis));
    assert!(app.is_pristine(), "a fallback start is a fresh start");
    assert!(shows_staff_line_at_the_end(&app));

    app.update(Action::Back);
    app.update(Action::Choose(0));
    assert_eq!(app.screen, Screen::Contents);
    assert_eq!(app.top_overlay(), None);
    let limit = app.settings.idle_timeout + app.settings.countdown;
    app.update(Action::Tick(limit + Duration::from_secs(1)));
    assert_eq!(app.screen, Screen::Welcome);
    assert_eq!(app.top_overlay(), Some(Overlay::Crisis));
    assert!(shows_staff_line_at_the_end(&app));
    // End session does the same.
    app.update(Action::Back);
    assert_eq!(app.top_overlay(), None);
    app.update(Action::EndSession);
    assert_eq!(app.top_overlay(), Some(Overlay::Crisis));
    assert!(app.is_pristine());
    // Below the minimum size there is room for 988 only: the staff line gives way.
    app.update(Action::Resize {
        width: 30,
        height: 8,
    });
    let small = common::screen_text(&app).join("\n");
    assert!(small.contains("988 Suicide & Crisis"), "{small}");
    assert!(!small.contains("This kiosk"), "{small}");
    assert!(!shows_staff_line_at_the_end(&app));
}

/// Whether the open crisis panel, scrolled to its end, shows the staff line.
fn shows_staff_line_at_the_end(app: &lantern::app::App) -> bool {
    let mut app = app.clone();
    app.update(Action::Bottom);
    common::screen_text(&app)
        .join("\n")
        .contains("This kiosk's content")
}

/// A visitor's first words are help, 988 first; the staff line is after every place to
/// get help, at 80×24 and the minimum size, in English and Spanish.
#[test]
fn the_fallback_panel_opens_on_help_with_the_staff_line_last() {
    use lantern::i18n::Lang;
    let languages = [
        (
            Lang::En,
            "You are not alone",
            "This kiosk's content",
            "Use any phone",
        ),
        (
            Lang::Es,
            "No tiene que pasar",
            "El contenido de este",
            "Use cualquier",
        ),
    ];
    for (lang, opening, staff, last_help) in languages {
        for (width, height) in [(80, 24), (40, 12)] {
            let settings = lantern::config::Settings {
                lang,
                ..common::mode_settings(lantern::config::Mode::Kiosk)
            };
            let mut app = common::app_with_languages(settings, width, height);
            app.show_failed_content_check();
            let rows = common::screen_text(&app);
            assert!(
                rows[1].contains(opening),
                "{lang:?} {width}×{height}: {rows:#?}"
            );
            assert!(
                !rows.join("\n").contains(staff),
                "{lang:?} {width}×{height}: {rows:#?}"
            );
            // In the panel's text: after the last help line.
            let lines: Vec<String> = app
                .crisis_lines(false, usize::from(width))
                .iter()
                .map(|l| l.text())
                .collect();
            let at = |needle: &str| lines.iter().position(|l| l.contains(needle));
            let lifeline = at("988").expect("988");
            let help_ends = at(last_help).expect("the last help line");
            let staff_at = at(staff).expect("the staff line");
            assert!(lifeline < help_ends && help_ends < staff_at, "{lines:#?}");
            // Scrolled to the end, staff read it there.
            app.update(Action::Bottom);
            let rows = common::screen_text(&app);
            assert!(rows.join("\n").contains(staff), "{rows:#?}");
        }
    }
}

/// A kiosk with the staff PIN 2468, a 10-second idle time and a 5-second countdown.
fn kiosk_with_pin() -> lantern::app::App {
    let settings = lantern::config::Settings {
        idle_timeout: Duration::from_secs(10),
        countdown: Duration::from_secs(5),
        admin_pin: Some("2468".to_string()),
        ..common::mode_settings(lantern::config::Mode::Kiosk)
    };
    common::app_with(settings, 80, 24)
}

/// Types `pin` into the open PIN field and presses Enter.
fn try_pin(app: &mut lantern::app::App, pin: &str) {
    for c in pin.chars() {
        app.update(Action::Input(c));
    }
    app.update(Action::Select);
}

/// Opens the PIN field, tries a wrong PIN and closes the field with Esc.
fn wrong_try_then_close(app: &mut lantern::app::App) {
    app.update(Action::AdminExit);
    assert_eq!(app.top_overlay(), Some(Overlay::AdminPin));
    try_pin(app, "1111");
    app.update(Action::Back);
    assert_eq!(app.top_overlay(), None);
}

/// Opens the field and tries the right PIN: whether lantern would end.
fn right_pin_exits(app: &mut lantern::app::App) -> bool {
    app.update(Action::AdminExit);
    try_pin(app, "2468");
    let exits = app.should_quit;
    app.update(Action::Back);
    exits
}

fn pin_box_says_locked(app: &lantern::app::App) -> bool {
    common::screen_text(app)
        .join("\n")
        .contains("Too many tries")
}

#[test]
fn closing_the_pin_field_between_wrong_tries_does_not_undo_the_lock() {
    let mut app = kiosk_with_pin();
    for _ in 0..5 {
        wrong_try_then_close(&mut app);
    }
    // Reopened while locked, the field says so before anything is typed.
    app.update(Action::AdminExit);
    assert!(
        pin_box_says_locked(&app),
        "{:#?}",
        common::screen_text(&app)
    );
    app.update(Action::Back);
    assert!(!right_pin_exits(&mut app), "five wrong tries lock the exit");
    // What was typed is still forgotten on close.
    app.update(Action::AdminExit);
    app.update(Action::Input('2'));
    app.update(Action::Back);
    assert!(app.pin.typed.is_empty());
}

#[test]
fn each_lock_is_longer_than_the_last_up_to_an_hour() {
    let mut app = kiosk_with_pin();
    let mut last = Duration::ZERO;
    for lock in 0..10 {
        for _ in 0..5 {
            wrong_try_then_close(&mut app);
        }
        assert!(app.pin_locked(), "lock {lock}");
        // Waited out to the second: how long this lock lasts.
        let mut waited = Duration::ZERO;
        while app.pin_locked() {
            app.update(Action::Tick(Duration::from_secs(1)));
            waited += Duration::from_secs(1);
        }
        if lock == 0 {
            assert_eq!(
                waited,
                Duration::from_secs(60),
                "the first lock is a minute"
            );
        } else if waited < Duration::from_secs(3600) {
            assert!(waited > last, "lock {lock}: {waited:?} after {last:?}");
        } else {
            assert_eq!(waited, Duration::from_secs(3600), "never more than an hour");
        }
        // Once a lock is over, the field no longer says to wait.
        app.update(Action::AdminExit);
        assert!(!pin_box_says_locked(&app));
        app.update(Action::Back);
        last = waited;
    }
    assert_eq!(last, Duration::from_secs(3600));
}

/// Five wrong PINs in a row with the field left open.
fn five_wrong_tries(app: &mut lantern::app::App) {
    app.update(Action::AdminExit);
    for _ in 0..5 {
        try_pin(app, "1111");
    }
    assert!(app.pin_locked());
    app.update(Action::Back);
}

#[test]
fn the_second_lock_outlasts_the_first() {
    let mut app = kiosk_with_pin();
    five_wrong_tries(&mut app);
    app.update(Action::Tick(Duration::from_secs(61)));
    assert!(!app.pin_locked());
    five_wrong_tries(&mut app);
    app.update(Action::Tick(Duration::from_secs(61)));
    assert!(!right_pin_exits(&mut app), "still locked after a minute");
    app.update(Action::Tick(Duration::from_secs(60)));
    assert!(right_pin_exits(&mut app), "unlocked after two minutes");
}

#[test]
fn the_idle_wipe_and_end_session_keep_the_wrong_tries() {
    let mut app = kiosk_with_pin();
    app.update(Action::AdminExit);
    try_pin(&mut app, "1111");
    try_pin(&mut app, "2222");
    // Left open, the field is wiped with everything else when the kiosk sits idle.
    app.update(Action::Tick(Duration::from_secs(16)));
    assert_eq!(app.top_overlay(), None, "wiped");
    assert!(app.is_pristine());
    assert!(app.pin.typed.is_empty());
    app.update(Action::AdminExit);
    try_pin(&mut app, "3333");
    // "End session" wipes too.
    app.update(Action::EndSession);
    assert_eq!(app.top_overlay(), None, "ended");
    app.update(Action::AdminExit);
    try_pin(&mut app, "4444");
    assert!(!app.pin_locked(), "four wrong tries so far");
    try_pin(&mut app, "5555");
    assert!(app.pin_locked(), "the fifth locks, wipes or not");
    app.update(Action::Back);
    assert!(!right_pin_exits(&mut app));
}

#[test]
fn the_right_pin_after_a_lock_ends_exits_and_clears_the_count() {
    let mut app = kiosk_with_pin();
    for _ in 0..5 {
        wrong_try_then_close(&mut app);
    }
    assert!(!right_pin_exits(&mut app), "refused while locked");
    app.update(Action::Tick(Duration::from_secs(60)));
    wrong_try_then_close(&mut app);
    assert!(right_pin_exits(&mut app), "the right PIN ends lantern");
    assert_eq!(app.pin_guard, lantern::app::PinGuard::default());
}
