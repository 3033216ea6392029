//! A pack and its translation as an author and a reader meet them: a translation that
//! drifts from the pack it translates is refused with a located error, and a person whose
//! locale is Spanish gets the Spanish crisis list, 988 first.

mod common;

use std::process::{Command, Output};

use common::fixture::{copy_builtin, edit};

fn lantern(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_lantern"));
    command
        .args(args)
        .env_remove("LANTERN_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("HOME", env!("CARGO_TARGET_TMPDIR"))
        .env("XDG_CONFIG_HOME", env!("CARGO_TARGET_TMPDIR"));
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().expect("run lantern")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).to_string()
}

/// A copy of the built-in pack with one edit to its Spanish translation; returns what
/// `validate` printed after checking that it, and loading the pack, are refused.
fn refused(file: &str, change: impl FnOnce(&str) -> String) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_builtin(dir.path());
    edit(dir.path(), &format!("es/{file}"), change);
    let path = dir.path().to_string_lossy().to_string();
    let report = lantern(&["validate", &path], &[]);
    assert_eq!(report.status.code(), Some(2), "{}", text(&report.stdout));
    let run = lantern(&["--content", &path, "resources"], &[]);
    assert_eq!(run.status.code(), Some(2), "loading is refused too");
    assert!(run.stdout.is_empty(), "nothing shown from a refused pack");
    (dir, text(&report.stdout))
}

/// The report has a line `DIR/es/FILE:LINE:COL: ...` containing `message`.
fn assert_located(dir: &tempfile::TempDir, report: &str, file: &str, message: &str) {
    let prefix = format!("{}:", dir.path().join("es").join(file).display());
    let line = report
        .lines()
        .find(|l| l.starts_with(&prefix) && l.contains(message))
        .unwrap_or_else(|| panic!("no line {prefix}… with {message:?}:\n{report}"));
    let place: Vec<&str> = line[prefix.len()..].splitn(3, ':').collect();
    assert!(
        place.len() == 3 && place[0].parse::<usize>().is_ok() && place[1].parse::<usize>().is_ok(),
        "LINE:COL after the file: {line}"
    );
}

#[test]
fn the_built_in_pack_and_its_translation_validate_together() {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_builtin(dir.path());
    let path = dir.path().to_string_lossy().to_string();
    let report = lantern(&["validate", &path], &[]);
    assert_eq!(report.status.code(), Some(0), "{}", text(&report.stdout));
    // Both languages are checked: the Spanish one under its own name.
    assert!(
        text(&report.stdout).contains(&format!("{path}/es")),
        "{}",
        text(&report.stdout)
    );
}

#[test]
fn sections_in_another_order_are_refused_where_the_translation_differs() {
    let (dir, report) = refused("sections/02-what-ketamine-is.toml", |t| {
        t.replacen(
            "id = \"what-is-ketamine\"",
            "id = \"ketamine-as-treatment\"",
            1,
        )
    });
    assert_located(
        &dir,
        &report,
        "sections/02-what-ketamine-is.toml",
        "`what-is-ketamine` in the pack it translates",
    );
}

#[test]
fn a_changed_crisis_number_is_refused() {
    let (dir, report) = refused("crisis.toml", |t| {
        t.replacen("number = \"911\"", "number = \"912\"", 1)
    });
    assert_located(&dir, &report, "crisis.toml", "numbers must be the same");
}

#[test]
fn crisis_resources_in_another_order_are_refused() {
    let (dir, report) = refused("crisis.toml", |t| {
        t.replacen("id = \"988\"", "id = \"swap\"", 1)
            .replacen("id = \"911\"", "id = \"988\"", 1)
            .replacen("id = \"swap\"", "id = \"911\"", 1)
    });
    assert_located(&dir, &report, "crisis.toml", "crisis resource");
}

#[test]
fn a_missing_answer_is_refused() {
    let (dir, report) = refused("questionnaire.toml", |t| {
        t.replacen("  { id = \"yes\", text = \"Sí\", urgent = true },\n", "", 1)
    });
    assert_located(
        &dir,
        &report,
        "questionnaire.toml",
        "answer of question `safety`",
    );
}

#[test]
fn a_rule_with_another_outcome_is_refused() {
    let (dir, report) = refused("questionnaire.toml", |t| {
        t.replacen("outcome = \"reach-out-now\"", "outcome = \"talk-soon\"", 1)
    });
    assert_located(&dir, &report, "questionnaire.toml", "rule");
}

#[test]
fn a_translation_that_names_another_language_is_refused() {
    let (dir, report) = refused("pack.toml", |t| {
        t.replacen("language = \"es\"", "language = \"en\"", 1)
    });
    assert_located(&dir, &report, "pack.toml", "its language must be `es`");
}

#[test]
fn a_spanish_locale_gets_the_spanish_crisis_list_with_988_first() {
    let out = lantern(&["resources"], &[("LANG", "es_US.UTF-8")]);
    assert_eq!(out.status.code(), Some(0));
    let printed = text(&out.stdout);
    let first_number = printed
        .lines()
        .find(|l| l.contains("988") || l.contains("911"))
        .unwrap_or_default();
    assert!(first_number.contains("988"), "988 comes first:\n{printed}");
    assert!(
        printed.contains("marque 2"),
        "press 2 for Spanish:\n{printed}"
    );
    assert!(printed.contains("AYUDA"), "text AYUDA:\n{printed}");
    // The flag outranks the locale.
    let english = text(&lantern(&["--lang", "en", "resources"], &[("LANG", "es_US.UTF-8")]).stdout);
    assert!(!english.contains("Llame"), "{english}");
    assert!(english.contains("988"));
}
