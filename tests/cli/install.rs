//! Installing lantern: the shell completions shipped in assets/completions, the pack digest
//! a kiosk pins, and `lantern doctor`, each through the real binary with a home folder of
//! its own.

use crate::common;

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

/// The real binary with a fresh home, config and data folder under `home`, and a UTF-8
/// locale, so no test reads or writes the real ones.
fn lantern_at(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lantern"))
        .args(args)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .env("TERM", "xterm-256color")
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_CTYPE")
        .env_remove("NO_COLOR")
        .env_remove("LANTERN_MODE")
        .env_remove("LANTERN_THEME")
        .env_remove("LANTERN_CONFIG")
        .env_remove("LANTERN_LANG")
        .current_dir(home)
        .output()
        .expect("run lantern")
}

fn lantern(args: &[&str]) -> Output {
    let home = tempfile::tempdir().expect("temp home");
    lantern_at(home.path(), args)
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The committed completion scripts are what the binary prints now.
/// LANTERN_UPDATE_COMPLETIONS=1 rewrites them after a change to the command line.
#[test]
fn the_shell_completions_are_up_to_date() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/completions");
    let update = std::env::var_os("LANTERN_UPDATE_COMPLETIONS").is_some();
    for (shell, file, needles) in [
        (
            "bash",
            "lantern.bash",
            &["complete -F", "--print-digest", "doctor"][..],
        ),
        (
            "zsh",
            "_lantern",
            &["#compdef lantern", "--print-digest", "doctor"][..],
        ),
        (
            "fish",
            "lantern.fish",
            &["complete -c lantern", "print-digest", "doctor"][..],
        ),
    ] {
        let out = lantern(&["completions", shell]);
        assert!(out.status.success(), "{shell}: {out:?}");
        assert!(out.stderr.is_empty(), "{shell}: {out:?}");
        let path = folder.join(file);
        if update {
            fs::create_dir_all(&folder).expect("make assets/completions");
            fs::write(&path, &out.stdout).expect("write the completions");
        }
        let committed = fs::read(&path).unwrap_or_default();
        assert!(
            committed == out.stdout,
            "assets/completions/{file} is out of date: run `LANTERN_UPDATE_COMPLETIONS=1 cargo \
             test --test cli the_shell_completions` and commit it"
        );
        let text = stdout(&out);
        for needle in needles {
            assert!(text.contains(needle), "{shell}: {needle} missing");
        }
    }
    let out = lantern(&["completions", "tcsh"]);
    assert_eq!(out.status.code(), Some(2), "an unknown shell is bad input");
}

fn digest_of(dir: &Path) -> String {
    let out = lantern(&["validate", &dir.display().to_string(), "--print-digest"]);
    assert!(out.status.success(), "{out:?}");
    let text = stdout(&out);
    let digest = text.trim_end().to_string();
    assert_eq!(text, format!("{digest}\n"), "only the digest, on one line");
    assert_eq!(digest.len(), 64);
    assert!(digest
        .chars()
        .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()));
    digest
}

#[test]
fn the_digest_is_stable_and_changes_with_one_byte() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pack = dir.path().join("pack");
    common::fixture::copy_builtin(&pack);
    let first = digest_of(&pack);
    assert_eq!(
        first,
        digest_of(&pack),
        "the same files give the same digest"
    );

    // The built-in pack is the same files, compiled in.
    let builtin = lantern(&["validate", "--print-digest"]);
    assert_eq!(stdout(&builtin).trim_end(), first);

    // The same pack in another folder, and files lantern does not read, change nothing.
    let moved = dir.path().join("elsewhere");
    fs::rename(&pack, &moved).expect("move the pack");
    fs::write(moved.join("NOTES.md"), "staff notes").expect("write notes");
    assert_eq!(digest_of(&moved), first);

    // One byte of one section changes it.
    let section = common::fixture::first_section(&moved);
    let path = moved.join(&section);
    let mut bytes = fs::read(&path).expect("read section");
    let at = bytes
        .windows(2)
        .position(|w| w == b"a ")
        .expect("an `a ` in the section");
    bytes[at] = b'A';
    fs::write(&path, &bytes).expect("write section");
    let changed = digest_of(&moved);
    assert_ne!(changed, first);
    bytes[at] = b'a';
    fs::write(&path, &bytes).expect("write section back");
    assert_eq!(digest_of(&moved), first, "and back again");

    // So does one byte of the Spanish translation.
    common::fixture::edit(&moved, "es/crisis.toml", |text| format!("{text}\n"));
    assert_ne!(digest_of(&moved), first);
}

/// The digest can be checked without lantern: it is the SHA-256 of what `sha256sum` prints
/// for the pack's files, sorted by path (as the README says).
#[test]
fn the_digest_is_what_sha256sum_says() {
    let Ok(probe) = Command::new("sha256sum").arg("--version").output() else {
        eprintln!("sha256sum is not installed; skipping");
        return;
    };
    assert!(probe.status.success());
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let script = "F='pack.toml crisis.toml references.toml glossary.toml questionnaire.toml \
                  review.toml'; sha256sum $F sections/*.toml $(for f in $F; do echo es/$f; \
                  done) es/sections/*.toml | LC_ALL=C sort -k 2 | sha256sum";
    let out = Command::new("sh")
        .args(["-c", script])
        .current_dir(&content)
        .output()
        .expect("run sha256sum");
    assert!(out.status.success(), "{out:?}");
    let by_hand = stdout(&out);
    assert_eq!(
        by_hand.split_whitespace().next(),
        Some(digest_of(&content).as_str())
    );
}

#[test]
fn print_digest_refuses_a_broken_pack_with_its_location() {
    let dir = tempfile::tempdir().expect("temp dir");
    common::fixture::copy_builtin(dir.path());
    common::fixture::edit(dir.path(), "crisis.toml", |text| {
        text.replacen("number = \"988\"", "number = \"555\"", 1)
    });
    let out = lantern(&[
        "validate",
        &dir.path().display().to_string(),
        "--print-digest",
    ]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let text = stdout(&out);
    assert!(text.contains("crisis.toml:"), "{text}");
    assert!(text.contains("988"), "{text}");
}

fn write_private(path: &Path, text: &str) {
    use std::os::unix::fs::PermissionsExt;
    fs::write(path, text).expect("write config");
    fs::set_permissions(path, fs::Permissions::from_mode(0o640)).expect("chmod config");
}

#[test]
fn doctor_passes_a_good_kiosk_and_a_good_personal_setup() {
    let home = tempfile::tempdir().expect("temp home");
    let builtin = stdout(&lantern(&["validate", "--print-digest"]));
    let config = home.path().join("kiosk.toml");
    write_private(
        &config,
        &format!(
            "mode = \"kiosk\"\n[kiosk]\nadmin_pin = \"2468\"\ncontent_sha256 = \"{}\"\n",
            builtin.trim()
        ),
    );
    let out = lantern_at(
        home.path(),
        &["doctor", "--config", &config.display().to_string()],
    );
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.is_ascii(), "{text}");
    for line in [
        "OK       config file:",
        "OK       files: a kiosk writes nothing",
        "OK       content pin: the pack matches content_sha256",
        "OK       staff exit: admin_pin is set (not shown here)",
        "OK       local help: after 988 the crisis panel lists \"Tell the front desk\"",
        "OK       idle timeout: after 120 seconds",
        "NOTE     terminal: standard output is not a terminal",
        "Summary: no problems",
    ] {
        assert!(text.contains(line), "{line} missing from:\n{text}");
    }
    assert!(!text.contains("2468"), "the PIN is never printed");

    let personal = lantern_at(home.path(), &["doctor", "--lang", "es"]);
    let text = stdout(&personal);
    assert_eq!(personal.status.code(), Some(0), "{text}");
    for line in [
        "OK       summaries:",
        "OK       settings:",
        "OK       reading place:",
        "OK       language: es",
    ] {
        assert!(text.contains(line), "{line} missing from:\n{text}");
    }
    let left: Vec<_> = fs::read_dir(home.path())
        .expect("read home")
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .collect();
    assert_eq!(
        left,
        vec![std::ffi::OsString::from("kiosk.toml")],
        "doctor left nothing"
    );
}

#[test]
fn doctor_lists_every_problem_of_a_broken_setup() {
    let home = tempfile::tempdir().expect("temp home");
    // A broken config file: an unknown key, located.
    let config = home.path().join("config.toml");
    write_private(&config, "mode = \"personal\"\ncolour = \"red\"\n");
    // A file where the data folder should be: no one, not even root, can write under it.
    let blocker = home.path().join("not-a-folder");
    fs::write(&blocker, "").expect("write blocker");
    let out = Command::new(env!("CARGO_BIN_EXE_lantern"))
        .args(["doctor", "--config", &config.display().to_string()])
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join(".config"))
        .env("XDG_DATA_HOME", &blocker)
        .env("LANG", "C.UTF-8")
        .env_remove("LANTERN_MODE")
        .env_remove("LANTERN_CONFIG")
        .output()
        .expect("run lantern");
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    let config_shown = config.display().to_string();
    for line in [
        format!("PROBLEM  config file: {config_shown} has 1 mistake"),
        format!("           {config_shown}:2:1:"),
        "PROBLEM  reading place:".to_string(),
        "Summary: 2 problems (config file, reading place).".to_string(),
    ] {
        assert!(text.contains(&line), "{line} missing from:\n{text}");
    }

    // A kiosk whose pack is not the one pinned.
    let pack = home.path().join("pack");
    common::fixture::copy_builtin(&pack);
    let pinned = digest_of(&pack);
    let section = common::fixture::first_section(&pack);
    common::fixture::edit(&pack, &section, |text| {
        text.replacen("title = \"", "title = \"Changed ", 1)
    });
    let kiosk = home.path().join("kiosk.toml");
    write_private(
        &kiosk,
        &format!("mode = \"kiosk\"\n[kiosk]\ncontent_sha256 = \"{pinned}\"\n"),
    );
    let out = lantern_at(
        home.path(),
        &[
            "doctor",
            "--config",
            &kiosk.display().to_string(),
            "--content",
            &pack.display().to_string(),
        ],
    );
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains(&format!("PROBLEM  content pin: {}", pack.display())),
        "{text}"
    );
    assert!(
        text.contains(&format!("content_sha256 is {pinned}")),
        "{text}"
    );
    assert!(text.contains("Summary: 1 problem (content pin)."), "{text}");
}

/// Issue 23: a kiosk config with two mistakes has both listed, each located; and one that
/// is not TOML leaves the staff PIN and the content pin unchecked, never "not set".
#[test]
fn doctor_lists_both_mistakes_and_never_calls_an_unread_key_missing() {
    let home = tempfile::tempdir().expect("temp home");
    let config = home.path().join("kiosk.toml");
    write_private(
        &config,
        "mode = \"kiosk\"\ntheme = \"dark\"\n[kiosk]\nidle_timout = 120\nadmin_pin = \"2468\"\n",
    );
    let shown = config.display().to_string();
    let out = lantern_at(home.path(), &["doctor", "--config", &shown]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    for line in [
        format!("PROBLEM  config file: {shown} has 2 mistakes"),
        format!("           {shown}:2:9: unknown theme `dark`"),
        format!(
            "           {shown}:4:1: unknown key `idle_timout` in [kiosk]; did you mean \
             `idle_timeout`?"
        ),
        // What is right in the file still counts.
        "OK       staff exit: admin_pin is set".to_string(),
        format!("NOTE     idle timeout: could not check: idle_timeout in {shown} has a mistake"),
        "Summary: 1 problem (config file).".to_string(),
    ] {
        assert!(text.contains(&line), "{line} missing from:\n{text}");
    }

    write_private(
        &config,
        "mode = \"kiosk\"\n[kiosk]\nadmin_pin = \"2468\"\ncontent_sha256 = \"ab\nidle_timeout = 60\n",
    );
    let out = lantern_at(
        home.path(),
        &["doctor", "--mode", "kiosk", "--config", &shown],
    );
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(!text.contains("no admin_pin"), "{text}");
    assert!(!text.contains("no content_sha256"), "{text}");
    for topic in ["staff exit", "content pin", "idle timeout", "local help"] {
        let line = format!("NOTE     {topic}: could not check: {shown} could not be read");
        assert!(text.contains(&line), "{line} missing from:\n{text}");
    }
    assert!(text.contains("Summary: 1 problem (config file)."), "{text}");
}
