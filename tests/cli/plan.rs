//! `lantern plan`: the plan line by line through a pipe, as a screen reader or a script
//! meets it, and `lantern plan --print` for the saved one. Only personal mode offers to save.

use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::process::{Command, Output, Stdio};

/// `lantern plan ARGS` with a home of its own, in `lang`, `input` on standard input.
fn plan(home: &std::path::Path, args: &[&str], lang: &str, input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lantern"))
        .arg("plan")
        .args(args)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .env("LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANTERN_CONFIG")
        .env_remove("LANTERN_MODE")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn lantern");
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(input.as_bytes()).expect("write input");
    }
    child.wait_with_output().expect("lantern ends")
}

fn text(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_plan_made_line_by_line_is_saved_on_a_yes_and_printed_back() {
    let home = tempfile::tempdir().expect("home");
    let file = home.path().join(".local/share/lantern/plan.toml");
    // Step 1: idea 1 and my own line; step 4: "A friend:" with a name and number; then on.
    let input = "1\nI pace at night\n\n\n\n1\nMaria 555-0100\n\n\n\n\ny\n";
    let out = plan(home.path(), &[], "en_US.UTF-8", input);
    assert!(out.status.success(), "{out:?}");
    let said = text(&out);
    assert!(said.starts_with("Call or text 988"), "{said}");
    assert!(said.contains("Added: I pace at night"), "{said}");
    assert!(
        said.contains("Always first: 988 Suicide & Crisis Lifeline"),
        "{said}"
    );
    assert!(said.contains("Your plan is saved in"), "{said}");
    assert!(!said.contains('\u{1b}'), "no escape codes");
    let mode = std::fs::metadata(&file)
        .expect("saved")
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600);

    let printed = text(&plan(home.path(), &["--print"], "en_US.UTF-8", ""));
    let signs = printed.find("I stop answering messages").expect("step 1");
    let own = printed.find("I pace at night").expect("my own line");
    let lifeline = printed.find("988 Suicide & Crisis Lifeline").expect("988");
    let friend = printed
        .find("A friend: Maria 555-0100")
        .expect("the friend");
    assert!(signs < own && friend < lifeline, "{printed}");
}

#[test]
fn without_a_yes_nothing_is_written_and_a_kiosk_is_never_asked() {
    let home = tempfile::tempdir().expect("home");
    let file = home.path().join(".local/share/lantern/plan.toml");
    let out = plan(home.path(), &[], "en_US.UTF-8", "1\n\n\n\n\n\n\n\nn\n");
    assert!(text(&out).contains("Save this plan?"));
    assert!(!file.exists());
    let out = plan(
        home.path(),
        &["--mode", "kiosk"],
        "en_US.UTF-8",
        "1\n\n\n\n\n\n\n\ny\n",
    );
    let said = text(&out);
    assert!(!said.contains("Save this plan?"), "{said}");
    assert!(said.contains("Nothing is written to a file"), "{said}");
    assert!(!file.exists());
}

#[test]
fn print_says_when_no_plan_is_saved_in_either_language() {
    let home = tempfile::tempdir().expect("home");
    assert!(text(&plan(home.path(), &["--print"], "en_US.UTF-8", "")).contains("No plan is saved."));
    let spanish = text(&plan(home.path(), &["--print"], "es_US.UTF-8", ""));
    assert!(
        spanish.contains("No hay ningún plan guardado."),
        "{spanish}"
    );
}

#[test]
fn the_spanish_plan_asks_in_spanish() {
    let home = tempfile::tempdir().expect("home");
    let out = plan(home.path(), &[], "es_US.UTF-8", "2\n\n\n\n\n\n\n\ns\n");
    let said = text(&out);
    assert!(said.contains("Paso 1 de 7"), "{said}");
    assert!(
        said.contains("Añadido: Duermo mucho más, o mucho menos"),
        "{said}"
    );
    assert!(said.contains("Su plan se guardó en"), "{said}");
}
