//! Every file lantern writes is readable by its owner only (0600), from the moment it
//! exists, and the folders it makes for them are its owner's only (0700): a saved
//! self-check summary holds a person's answers, the safety one among them.

use crate::common;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::common::pty::PtySession;
use lantern::app::Effect;
use lantern::config::{Mode, SettingValue, Settings};
use lantern::store;

/// The usual umask, so a file made without an explicit mode would be readable by all
/// (0644), as on most systems. Every test sets the same one.
fn usual_umask() {
    nix::sys::stat::umask(nix::sys::stat::Mode::from_bits_truncate(0o022));
}

/// The permission bits of `path`.
fn mode_of(path: &Path) -> u32 {
    fs::metadata(path)
        .unwrap_or_else(|err| panic!("{}: {err}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

fn assert_private(path: &Path) {
    assert_eq!(
        mode_of(path),
        0o600,
        "{} is readable by others",
        path.display()
    );
}

#[test]
fn summaries_and_handouts_are_written_for_their_owner_only() {
    usual_umask();
    let home = tempfile::tempdir().expect("temp dir");
    let pack = common::builtin();
    let answers = pack.questionnaire.empty_answers();
    let summary = lantern::plain::summary_text(&pack, &answers, "2026-01-01");
    // A folder that does not exist yet is made, for its owner only.
    let dir = home.path().join("Documents/lantern");
    let first = store::write_new(&dir, "lantern-self-check-2026-01-01", &summary).expect("save");
    let second = store::write_new(&dir, "lantern-self-check-2026-01-01", &summary).expect("save");
    assert_private(&first);
    assert_private(&second);
    assert_eq!(mode_of(&dir), 0o700);
    assert_eq!(mode_of(&home.path().join("Documents")), 0o700);

    let handout = lantern::plain::handout(&pack, &[0, 1], Some(&answers), None, "2026-01-01");
    let path = store::write_new(home.path(), "lantern-handout-2026-01-01", &handout).expect("save");
    assert_private(&path);
    // A folder that was there already is left as it was.
    let shared = home.path().join("shared");
    fs::create_dir(&shared).expect("make folder");
    fs::set_permissions(&shared, fs::Permissions::from_mode(0o755)).expect("chmod");
    assert_private(&store::write_new(&shared, "handout", "text").expect("save"));
    assert_eq!(mode_of(&shared), 0o755);
}

#[test]
fn the_reading_place_is_written_for_its_owner_only() {
    usual_umask();
    let home = tempfile::tempdir().expect("temp dir");
    let path = home.path().join("data/lantern/place.toml");
    let place = store::Place {
        section: "risks".into(),
        ..store::Place::default()
    };
    store::save_place(&path, &place).expect("save");
    assert_private(&path);
    assert_eq!(mode_of(&home.path().join("data/lantern")), 0o700);
    // Saved again over the first: still private.
    store::save_place(&path, &place).expect("save again");
    assert_private(&path);
}

#[test]
fn settings_are_saved_for_their_owner_only_and_never_widened() {
    usual_umask();
    let home = tempfile::tempdir().expect("temp dir");
    let config = home.path().join("config/lantern/config.toml");
    let settings = Settings {
        mode: Mode::Personal,
        config_file: Some(config.clone()),
        ..Settings::default()
    };
    let pack = common::builtin();
    let save = |key, value| {
        lantern::effects::run(&pack, &settings, &Effect::SaveSetting(key, value))
            .unwrap_or_else(|err| panic!("{err}"))
    };
    // A new config file.
    save("ascii", SettingValue::Bool(true));
    assert_private(&config);
    assert_eq!(mode_of(&home.path().join("config/lantern")), 0o700);
    // One the person made readable to all is narrowed, not left open.
    fs::set_permissions(&config, fs::Permissions::from_mode(0o644)).expect("chmod");
    save("mouse", SettingValue::Bool(true));
    assert_private(&config);
    // One the person made read-only for themselves is not made writable.
    fs::set_permissions(&config, fs::Permissions::from_mode(0o400)).expect("chmod");
    save("ascii", SettingValue::Bool(false));
    assert_eq!(mode_of(&config), 0o400);
    let text = fs::read_to_string(&config).expect("read");
    assert!(
        text.contains("ascii = false") && text.contains("mouse = true"),
        "{text}"
    );
    // The atomic replace (a temporary file, then a rename) is kept: nothing left behind.
    let leftovers: Vec<_> = fs::read_dir(home.path().join("config/lantern"))
        .expect("list")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// The real binary: the settings file, the reading place and a counselor's handout, as a
/// person saves them.
#[test]
fn files_saved_in_the_app_are_their_owners_only() {
    usual_umask();
    let home = tempfile::tempdir().expect("temp home");
    let mut s = PtySession::start_at(home.path(), &[], 80, 24, &[]);
    s.wait_for_text("Welcome");
    s.send("o");
    s.wait_for_text("Remember my place: off");
    s.send("G\r");
    s.wait_for_text("Remember my place: on");
    s.send("q");
    assert!(s.wait_exit().success());
    let config_dir = home.path().join(".config/lantern");
    let data_dir = home.path().join(".local/share/lantern");
    assert_private(&config_dir.join("config.toml"));
    assert_private(&data_dir.join("place.toml"));
    assert_eq!(mode_of(&config_dir), 0o700);
    assert_eq!(mode_of(&data_dir), 0o700);

    let mut s = PtySession::start_at(home.path(), &["--mode", "counselor"], 100, 30, &[]);
    s.wait_for_text("lantern · counselor");
    s.send("1");
    s.wait_for_text("Contents —");
    s.send("2");
    s.wait_for_text("Section 2 of 11");
    s.send("h");
    s.wait_for_text("Handout saved to");
    s.send("q");
    assert!(s.wait_exit().success());
    let handouts = files_under(home.path(), "lantern-handout-");
    assert_eq!(handouts.len(), 1, "{handouts:?}");
    assert_private(&handouts[0]);
}

/// Files anywhere under `dir` whose names start with `prefix`.
fn files_under(dir: &Path, prefix: &str) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).expect("list").filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files_under(&path, prefix));
        } else if entry.file_name().to_string_lossy().starts_with(prefix) {
            found.push(path);
        }
    }
    found
}

/// "Save my plan" on the real binary: one file, its owner's only, there the next time
/// lantern opens; "Delete my plan" removes it and says so. A kiosk never writes one.
#[test]
fn a_saved_plan_is_its_owners_only_comes_back_and_is_deleted_on_request() {
    usual_umask();
    let home = tempfile::tempdir().expect("temp home");
    let plan = home.path().join(".local/share/lantern/plan.toml");
    let mut s = PtySession::start_at(home.path(), &[], 80, 24, &[]);
    s.wait_for_text("Welcome");
    s.send("4");
    s.wait_for_text("Step 1 of 7");
    s.send("\r");
    s.wait_for_text("[x] I stop answering messages");
    assert!(!plan.exists(), "nothing is written until the person asks");
    s.send("s");
    s.wait_for_text("Your plan is saved in");
    assert_private(&plan);
    let saved = fs::read_to_string(&plan).expect("the plan file");
    assert!(saved.contains("I stop answering messages"), "{saved}");
    s.send("q");
    assert!(s.wait_exit().success());

    let mut s = PtySession::start_at(home.path(), &[], 80, 24, &[]);
    s.wait_for_text("Welcome");
    s.send("4");
    s.wait_for_text("[x] I stop answering messages");
    s.send("D");
    s.wait_for_text("Delete your saved plan?");
    s.send("y");
    s.wait_for_text("Your saved plan is deleted.");
    assert!(!plan.exists());
    s.send("q");
    assert!(s.wait_exit().success());

    let config = common::pty::write_config(home.path(), "mode = \"kiosk\"\n");
    let mut s = PtySession::start_at(home.path(), &["--config", &config], 80, 24, &[]);
    s.wait_for_text("Welcome");
    s.send("4");
    s.wait_for_text("Step 1 of 7");
    s.send("\rs");
    s.settle();
    assert!(!plan.exists(), "a kiosk writes no plan");
    s.send_bytes(&[0x03]);
}
