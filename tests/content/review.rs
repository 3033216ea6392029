//! Review status, the reviewer's kit and packs for other topics, as a clinic meets them:
//! review.toml's validation, the status shown in the reader and `lantern read`,
//! `validate --require-review`, `review-sheet`, `new-pack`, and the example pack.

use crate::common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use crate::common::fixture::{copy_builtin, edit};
use lantern::app::{Action, App};

fn lantern(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lantern"))
        .args(args)
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .output()
        .expect("run lantern")
}

fn lantern_with_input(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_lantern"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run lantern");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write input");
    child.wait_with_output().expect("lantern output")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).to_string()
}

fn path(dir: &Path) -> String {
    dir.to_string_lossy().to_string()
}

fn example_pack() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/packs/sleep")
}

/// A copy of the built-in pack.
fn builtin_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_builtin(dir.path());
    dir
}

/// Line (1-based) of the first line of `file` containing `needle`.
fn line_of(dir: &Path, file: &str, needle: &str) -> usize {
    fs::read_to_string(dir.join(file))
        .expect("read")
        .lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("{needle:?} not in {file}"))
}

/// Adds a clinician record to every section of review.toml, of `version`.
fn review_every_section(dir: &Path, version: &str) {
    // The pack and its Spanish translation each keep their own review record.
    for file in ["review.toml", "es/review.toml"] {
        if !dir.join(file).exists() {
            continue;
        }
        edit(dir, file, |t| {
            t.replace(
                "sources_checked = 2026-12-01\n",
                &format!(
                    "sources_checked = 2026-12-01\n[section.clinician]\nname = \"Dr. Test Reviewer\"\n\
                     role = \"MD, psychiatrist\"\ndate = 2026-12-01\npack_version = \"{version}\"\n"
                ),
            )
        });
    }
}

/// `validate DIR`: its exit code and report.
fn validate(dir: &Path, extra: &[&str]) -> (Option<i32>, String) {
    let mut args = vec!["validate", dir.to_str().expect("utf-8 path")];
    args.extend_from_slice(extra);
    let out = lantern(&args);
    (out.status.code(), text(&out.stdout))
}

/// Asserts a report line starts `DIR/file:line:` and contains `message`.
fn assert_reports(report: &str, dir: &Path, file: &str, line: usize, message: &str) {
    let prefix = format!("{}:{line}:", dir.join(file).display());
    assert!(
        report
            .lines()
            .any(|l| l.starts_with(&prefix) && l.contains(message)),
        "expected a line starting {prefix} containing {message:?}; got:\n{report}"
    );
}

// --- review.toml validation ---------------------------------------------------------------

#[test]
fn an_unknown_section_in_review_toml_is_refused_at_its_id() {
    let dir = builtin_copy();
    edit(dir.path(), "review.toml", |t| {
        format!("{t}\n[[section]]\nid = \"no-such-section\"\nsources_checked = 2026-12-01\n")
    });
    let (code, report) = validate(dir.path(), &[]);
    assert_eq!(code, Some(2), "{report}");
    let line = line_of(dir.path(), "review.toml", "no-such-section");
    assert_reports(
        &report,
        dir.path(),
        "review.toml",
        line,
        "there is no section `no-such-section` in the pack",
    );
}

#[test]
fn a_section_missing_from_review_toml_is_refused() {
    let dir = builtin_copy();
    edit(dir.path(), "review.toml", |t| {
        t.replace(
            "[[section]]\nid = \"help-right-now\"\nsources_checked = 2026-12-01\n",
            "",
        )
    });
    let (code, report) = validate(dir.path(), &[]);
    assert_eq!(code, Some(2), "{report}");
    // Pointed at the end of the file, where the entry goes.
    let lines = fs::read_to_string(dir.path().join("review.toml"))
        .expect("read")
        .lines()
        .count();
    assert_reports(
        &report,
        dir.path(),
        "review.toml",
        lines + 1,
        "section `help-right-now` (",
    );
}

/// A copy whose review.toml has its first `sources_checked` date replaced by `date`.
fn with_first_date(date: &str) -> (tempfile::TempDir, Option<i32>, String) {
    let dir = builtin_copy();
    edit(dir.path(), "review.toml", |t| {
        t.replacen(
            "\nsources_checked = 2026-12-01",
            &format!("\nsources_checked = {date}"),
            1,
        )
    });
    let (code, report) = validate(dir.path(), &[]);
    (dir, code, report)
}

#[test]
fn bad_and_future_dates_are_refused_at_their_place() {
    for (date, message) in [
        ("\"last week\"", "expected a TOML datetime"),
        (
            "2026-12-01T10:00:00",
            "`sources_checked` must be a date like 2026-11-21, without a time",
        ),
        ("2026-02-30", ""),
        ("2999-01-01", "`sources_checked` is 2999-01-01, after today"),
    ] {
        let (dir, code, report) = with_first_date(date);
        assert_eq!(code, Some(2), "{date}: {report}");
        let line = line_of(
            dir.path(),
            "review.toml",
            &format!("sources_checked = {date}"),
        );
        assert_reports(&report, dir.path(), "review.toml", line, message);
    }
}

#[test]
fn a_clinician_review_dated_in_the_future_is_refused() {
    let dir = builtin_copy();
    review_every_section(dir.path(), "1.1.0");
    edit(dir.path(), "review.toml", |t| {
        t.replacen("\ndate = 2026-12-01", "\ndate = 2030-01-01", 1)
    });
    let (code, report) = validate(dir.path(), &[]);
    assert_eq!(code, Some(2), "{report}");
    assert_reports(
        &report,
        dir.path(),
        "review.toml",
        line_of(dir.path(), "review.toml", "date = 2030-01-01"),
        "the review is dated 2030-01-01, after today",
    );
}

#[test]
fn a_review_of_another_version_is_a_warning_and_shown_as_such() {
    let dir = builtin_copy();
    review_every_section(dir.path(), "1.1.0");
    edit(dir.path(), "review.toml", |t| {
        t.replacen(
            "\npack_version = \"1.1.0\"",
            "\npack_version = \"0.9.0\"",
            1,
        )
    });
    let (code, report) = validate(dir.path(), &[]);
    assert_eq!(code, Some(0), "a warning, not an error: {report}");
    assert_reports(
        &report,
        dir.path(),
        "review.toml",
        line_of(dir.path(), "review.toml", "0.9.0"),
        "warning: section `hard-to-treat-depression` was reviewed as version 0.9.0, but the pack is now version 1.1.0",
    );
    let read = lantern(&["--content", &path(dir.path()), "read", "1"]);
    let words = text(&read.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        words.contains(
            "on 2026-12-01, for version 0.9.0 (this is version 1.1.0; the text may have changed since)."
        ),
        "{words}"
    );
    // Not a current review, so a clinic that insists is refused.
    let (code, report) = validate(dir.path(), &["--require-review"]);
    assert_eq!(code, Some(2), "{report}");
    assert!(
        report.contains("1 of 11 sections without a clinician review"),
        "{report}"
    );
}

#[test]
fn a_duplicate_entry_points_at_the_first() {
    let dir = builtin_copy();
    edit(dir.path(), "review.toml", |t| {
        format!("{t}\n[[section]]\nid = \"help-right-now\"\nsources_checked = 2026-12-01\n")
    });
    let (code, report) = validate(dir.path(), &[]);
    assert_eq!(code, Some(2), "{report}");
    let content = fs::read_to_string(dir.path().join("review.toml")).expect("read");
    let last = content
        .lines()
        .collect::<Vec<_>>()
        .iter()
        .rposition(|l| l.contains("\"help-right-now\""))
        .expect("dup")
        + 1;
    assert_reports(
        &report,
        dir.path(),
        "review.toml",
        last,
        "section `help-right-now` is listed twice; it is already listed at",
    );
}

#[test]
fn unknown_fields_in_review_toml_are_refused() {
    let dir = builtin_copy();
    review_every_section(dir.path(), "1.1.0");
    edit(dir.path(), "review.toml", |t| {
        t.replacen("\nrole = ", "\nlicense = \"X\"\nrole = ", 1)
    });
    let (code, report) = validate(dir.path(), &[]);
    assert_eq!(code, Some(2), "{report}");
    assert_reports(
        &report,
        dir.path(),
        "review.toml",
        line_of(dir.path(), "review.toml", "license"),
        "unknown field `license`",
    );
}

#[test]
fn the_retired_review_fields_of_pack_toml_are_refused_with_where_they_went() {
    let dir = builtin_copy();
    edit(dir.path(), "pack.toml", |t| {
        t.replace(
            "reading_grade_limit",
            "review_status = \"clinically-reviewed\"\nreviewer = \"Someone\"\nreading_grade_limit",
        )
    });
    let (code, report) = validate(dir.path(), &[]);
    assert_eq!(code, Some(2), "{report}");
    for field in ["review_status", "reviewer"] {
        assert_reports(
            &report,
            dir.path(),
            "pack.toml",
            line_of(dir.path(), "pack.toml", &format!("{field} =")),
            &format!("`{field}` is no longer used: clinician review is recorded per section in review.toml"),
        );
    }
}

#[test]
fn a_pack_without_review_toml_says_what_a_pack_needs() {
    let dir = builtin_copy();
    fs::remove_file(dir.path().join("review.toml")).expect("remove");
    let (code, report) = validate(dir.path(), &[]);
    assert_eq!(code, Some(2), "{report}");
    assert!(
        report.contains(&format!(
            "{}: this file is missing; a pack needs",
            dir.path().join("review.toml").display()
        )),
        "{report}"
    );
}

// --- the status shown --------------------------------------------------------------------

#[test]
fn the_built_in_pack_is_honestly_unreviewed_and_checked_today() {
    let pack = common::builtin();
    assert_eq!(pack.meta.version, "1.1.0");
    assert_eq!(pack.meta.reviewer, None);
    for section in &pack.sections {
        assert_eq!(
            section.review.clinician, None,
            "{}: never invent a reviewer",
            section.id
        );
        assert_eq!(
            section.review.sources_checked, "2026-12-01",
            "{}",
            section.id
        );
    }
}

#[test]
fn the_reader_shows_the_review_status_at_the_end_of_each_section() {
    let mut app = common::app(80, 24);
    common::apply(
        &mut app,
        &[Action::Choose(0), Action::Digit(1), Action::Bottom],
    );
    let screen = common::screen_text(&app).join("\n");
    assert!(screen.contains("How this was checked"), "{screen}");
    assert!(
        screen.contains("Not yet reviewed by a clinician."),
        "{screen}"
    );
    assert!(
        screen.contains("Last checked against sources: 2026-12-01."),
        "{screen}"
    );
}

#[test]
fn a_reviewed_section_names_its_reviewer_in_the_reader_and_in_read() {
    let dir = builtin_copy();
    review_every_section(dir.path(), "1.1.0");
    let pack = lantern::content::load(Some(dir.path()))
        .expect("the reviewed copy loads")
        .pack;
    assert_eq!(
        pack.meta.reviewer.as_deref(),
        Some("Dr. Test Reviewer (MD, psychiatrist)"),
        "every section reviewed: the pack-level status follows"
    );
    let mut app = App::new(pack);
    app.update(Action::Resize {
        width: 100,
        height: 30,
    });
    common::apply(
        &mut app,
        &[Action::Choose(0), Action::Digit(3), Action::Bottom],
    );
    let screen = common::screen_text(&app).join("\n");
    assert!(
        screen.contains("Reviewed by Dr. Test Reviewer (MD, psychiatrist) on 2026-12-01."),
        "{screen}"
    );
    let read = lantern(&["--content", &path(dir.path()), "read", "3"]);
    assert_eq!(read.status.code(), Some(0));
    let out = text(&read.stdout);
    assert!(
        out.contains("Reviewed by Dr. Test Reviewer (MD, psychiatrist) on 2026-12-01.")
            && out.contains("Last checked against sources: 2026-12-01."),
        "{out}"
    );
}

#[test]
fn lantern_read_shows_the_status_of_every_section() {
    let out = lantern(&["read"]);
    assert_eq!(out.status.code(), Some(0));
    let all = text(&out.stdout);
    assert_eq!(all.matches("Not yet reviewed by a clinician.").count(), 11);
    assert_eq!(
        all.matches("Last checked against sources: 2026-12-01.")
            .count(),
        11
    );
}

// --- validate's report and --require-review ------------------------------------------------

#[test]
fn validate_lists_each_sections_review_status() {
    let out = lantern(&["validate"]);
    assert_eq!(out.status.code(), Some(0));
    let report = text(&out.stdout);
    assert!(
        report.contains("sources checked  clinician review (pack version 1.1.0)"),
        "{report}"
    );
    // Both languages of the built-in pack are listed, each with its 11 sections.
    let rows = report
        .lines()
        .filter(|l| l.contains("2026-12-01       not yet reviewed"))
        .count();
    // Eleven sections in English and eleven in the Spanish translation.
    assert_eq!(rows, 22, "{report}");
}

#[test]
fn require_review_fails_the_unreviewed_built_in_pack() {
    let out = lantern(&["validate", "--require-review"]);
    assert_eq!(out.status.code(), Some(2));
    let report = text(&out.stdout);
    assert!(
        report.contains("content/review.toml:")
            && report.contains("section `hard-to-treat-depression` is not reviewed by a clinician"),
        "{report}"
    );
    assert!(
        report.contains("11 of 11 sections without a clinician review of version 1.1.0"),
        "{report}"
    );
}

#[test]
fn require_review_passes_a_pack_with_every_section_reviewed() {
    let dir = builtin_copy();
    review_every_section(dir.path(), "1.1.0");
    let (code, report) = validate(dir.path(), &["--require-review"]);
    assert_eq!(code, Some(0), "{report}");
    assert!(report.contains("OK"), "{report}");
    assert!(
        report.contains("Dr. Test Reviewer (MD, psychiatrist) on 2026-12-01"),
        "{report}"
    );
    // The --content form of the same.
    let out = lantern(&[
        "--content",
        &path(dir.path()),
        "validate",
        "--require-review",
    ]);
    assert_eq!(out.status.code(), Some(0));
}

// --- the review sheet ----------------------------------------------------------------------

#[test]
fn the_review_sheet_numbers_every_cited_claim_beside_its_source() {
    let out = lantern(&["review-sheet", "4"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let sheet = text(&out.stdout);
    for needed in [
        "# Clinician review sheet: Ketamine and depression",
        "- Pack version: 1.1.0",
        "## Section 4: Side effects and risks (id: side-effects-and-risks)",
        "- Last checked against sources: 2026-12-01",
        "- Clinician review: Not yet reviewed by a clinician",
        "C4.1  [ ] agrees with source   [ ] needs change",
        "Source [3]: Janssen",
        "Table row: Side effect: Dissociation; Esketamine spray: 41%; Placebo",
        "Comments:",
        "### Sign-off for section 4",
        "Signature:",
        "Pack version reviewed: 1.1.0",
        "pack_version = \"1.1.0\"",
    ] {
        assert!(sheet.contains(needed), "{needed:?} missing from:\n{sheet}");
    }
    // The section's text as `lantern read` prints it.
    let read = text(&lantern(&["read", "4"]).stdout);
    assert!(
        sheet.contains(&read),
        "the sheet holds the section as read shows it"
    );
    // Every source the section cites is beside some claim.
    let pack = common::builtin();
    let section = &pack.sections[3];
    for n in 1..=section.sources.len() {
        assert!(
            sheet.contains(&format!("Source [{n}]: ")),
            "source {n} unused"
        );
    }
    // No escape codes: it is for printing.
    assert!(!sheet.contains('\u{1b}'));
}

#[test]
fn the_review_sheet_covers_every_section_by_default() {
    let out = lantern(&["review-sheet"]);
    assert_eq!(out.status.code(), Some(0));
    let sheet = text(&out.stdout);
    for n in 1..=11 {
        assert!(sheet.contains(&format!("### Sign-off for section {n}\n")));
        assert!(
            sheet.contains(&format!("C{n}.1  [ ]")),
            "section {n} has claims"
        );
    }
    let bad = lantern(&["review-sheet", "99"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(text(&bad.stderr).contains("there is no section `99`"));
}

// --- new-pack ------------------------------------------------------------------------------

#[test]
fn the_starter_pack_round_trip() {
    let root = tempfile::tempdir().expect("temp dir");
    let dir = root.path().join("clinic-pack");
    let made = lantern(&["new-pack", &path(&dir)]);
    assert_eq!(made.status.code(), Some(0), "{}", text(&made.stderr));
    let said = text(&made.stdout);
    assert!(
        said.contains("lantern validate") && said.contains("review.toml"),
        "{said}"
    );
    // Nothing left beside it: the temporary folder was renamed into place.
    let beside: Vec<_> = fs::read_dir(root.path())
        .expect("read")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(beside, [std::ffi::OsString::from("clinic-pack")]);

    let (code, report) = validate(&dir, &["--require-review"]);
    assert_eq!(code, Some(2), "not reviewed yet: {report}");
    let (code, report) = validate(&dir, &[]);
    assert_eq!(code, Some(0), "{report}");
    assert!(!report.contains("warning"), "{report}");

    let content = path(&dir);
    let read = lantern(&["--content", &content, "read"]);
    assert_eq!(read.status.code(), Some(0));
    let read = text(&read.stdout);
    assert!(read.contains("How much sleep adults need"), "{read}");
    assert!(read.contains("Not yet reviewed by a clinician."));

    let resources = text(&lantern(&["--content", &content, "resources"]).stdout);
    assert!(
        resources.contains("1. 988 Suicide & Crisis Lifeline"),
        "{resources}"
    );

    // Two questions: most days of poor sleep, no safety concern.
    let check = lantern_with_input(&["--content", &content, "self-check"], "3\n1\n");
    assert_eq!(check.status.code(), Some(0));
    assert!(text(&check.stdout).contains("Talk to a professional soon"));
    // The line menu, as a screen reader gets it.
    let menu = lantern_with_input(&["--content", &content], "1\n1\n4\n");
    assert!(text(&menu.stdout).contains("lantern: Sleep and how you feel"));
    assert!(text(&menu.stdout).contains("Section 1 of 1"));
}

#[test]
fn the_starter_pack_opens_full_screen() {
    let root = tempfile::tempdir().expect("temp dir");
    let dir = root.path().join("pack");
    assert_eq!(lantern(&["new-pack", &path(&dir)]).status.code(), Some(0));
    let content = path(&dir);
    let mut session = common::pty::PtySession::start(&["--content", &content], 80, 24);
    session.wait_for_text("Sleep and how you feel");
    session.send("1");
    session.wait_for_text("How much sleep adults need");
    session.send("1");
    session.wait_for_text("Section 1 of 1");
    session.send("!");
    session.wait_for_text("988 Suicide & Crisis Lifeline");
    // Esc alone, then q: sent together they would read as Alt-q.
    session.send("\u{1b}");
    session.wait_for("the panel to close", |s| {
        !s.screen().contains("Get help now ═")
    });
    session.send("q");
    let status = session.wait_exit();
    assert!(status.success());
}

#[test]
fn new_pack_never_writes_over_anything() {
    let root = tempfile::tempdir().expect("temp dir");
    let full = root.path().join("full");
    fs::create_dir(&full).expect("mkdir");
    fs::write(full.join("notes.txt"), "mine").expect("write");
    let out = lantern(&["new-pack", &path(&full)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("already exists and is not an empty folder"));
    assert_eq!(
        fs::read_dir(&full).expect("read").count(),
        1,
        "left as it was"
    );
    assert_eq!(
        fs::read_to_string(full.join("notes.txt")).expect("read"),
        "mine"
    );

    let file = root.path().join("a-file");
    fs::write(&file, "x").expect("write");
    assert_eq!(lantern(&["new-pack", &path(&file)]).status.code(), Some(2));
    assert_eq!(fs::read_to_string(&file).expect("read"), "x");

    // An empty folder made for it is fine.
    let empty = root.path().join("empty");
    fs::create_dir(&empty).expect("mkdir");
    assert_eq!(lantern(&["new-pack", &path(&empty)]).status.code(), Some(0));
    assert!(empty.join("review.toml").is_file());
}

#[test]
fn the_starter_crisis_list_is_the_built_in_one() {
    let starter = lantern::new_pack::crisis_toml();
    assert!(!starter.to_lowercase().contains("ketamine"), "made general");
    let root = tempfile::tempdir().expect("temp dir");
    let dir = root.path().join("pack");
    lantern::new_pack::write(&dir).expect("write the starter");
    let pack = lantern::content::load(Some(&dir)).expect("loads").pack;
    let builtin = common::builtin();
    assert_eq!(pack.crisis.len(), builtin.crisis.len());
    for (mine, theirs) in pack.crisis.iter().zip(&builtin.crisis) {
        assert_eq!(
            (&mine.name, &mine.number, &mine.contact, &mine.details),
            (
                &theirs.name,
                &theirs.number,
                &theirs.contact,
                &theirs.details
            )
        );
        assert_eq!(
            (&mine.last_verified, &mine.source),
            (&theirs.last_verified, &theirs.source)
        );
    }
    assert_eq!(pack.sections.len(), 1);
    assert_eq!(pack.glossary.len(), 1);
    assert_eq!(pack.references.len(), 1);
    assert_eq!(pack.questionnaire.questions.len(), 2);
}

// --- the example pack and references -------------------------------------------------------

#[test]
fn the_example_pack_validates_and_runs() {
    let dir = example_pack();
    let (code, report) = validate(&dir, &[]);
    assert_eq!(code, Some(0), "{report}");
    assert!(!report.contains("warning"), "{report}");
    let pack = lantern::content::load(Some(&dir)).expect("loads").pack;
    assert!((2..=3).contains(&pack.sections.len()));
    assert_eq!(pack.crisis[0].number, "988");
    let all_text = text(&lantern(&["--content", &path(&dir), "read"]).stdout).to_lowercase();
    assert!(!all_text.contains("ketamine"), "a different topic");
}

#[test]
fn another_topic_never_shows_the_built_in_topic_on_the_welcome_screen() {
    let pack = lantern::content::load(Some(&example_pack()))
        .expect("loads")
        .pack;
    let mut app = App::new(pack);
    app.update(Action::Resize {
        width: 80,
        height: 24,
    });
    let screen = common::screen_text(&app).join("\n");
    assert!(
        screen.contains("Learn about sleep and mood, section by section"),
        "{screen}"
    );
    assert!(!screen.to_lowercase().contains("ketamine"), "{screen}");
    // A pack without `about` gets a line made from its title.
    let mut meta = app.pack.meta.clone();
    meta.about = None;
    assert_eq!(
        lantern::screens::welcome::about_text(&meta, lantern::i18n::Lang::En.catalog()),
        "Plain, sourced information about sleep and mood, section by section, and where to \
         find help."
    );
    meta.title = "COVID-19 vaccines".into();
    assert_eq!(meta.topic(), "COVID-19 vaccines");
}

/// References a reader cannot find are claims nobody can check.
fn references_without_doi_or_url(pack: &lantern::content::Pack) -> Vec<String> {
    pack.references
        .iter()
        .filter(|r| r.doi.is_none() && r.url.is_none())
        .map(|r| r.id.clone())
        .collect()
}

#[test]
fn every_reference_of_the_example_and_starter_packs_has_a_doi_or_url() {
    let example = lantern::content::load(Some(&example_pack()))
        .expect("example loads")
        .pack;
    assert_eq!(
        references_without_doi_or_url(&example),
        Vec::<String>::new()
    );
    let root = tempfile::tempdir().expect("temp dir");
    let dir = root.path().join("pack");
    lantern::new_pack::write(&dir).expect("write the starter");
    let starter = lantern::content::load(Some(&dir)).expect("loads").pack;
    assert_eq!(
        references_without_doi_or_url(&starter),
        Vec::<String>::new()
    );
}

/// The welcome screen's words, at a size that shows the review line.
fn welcome_text(pack: lantern::content::Pack) -> String {
    let mut app = App::new(pack);
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    common::screen_text(&app)
        .iter()
        .map(|l| l.trim())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_welcome_screen_says_what_its_date_is_from_the_review_record() {
    for lang in lantern::i18n::Lang::ALL {
        let words = lang.catalog();
        let mut pack = common::builtin_in(lang);
        let checked = pack.sections[0].review.sources_checked.clone();
        assert!(pack
            .sections
            .iter()
            .all(|s| s.review.sources_checked == checked));
        // The authors' own date is not the day the facts were checked: it is not shown.
        pack.meta.last_reviewed = "2020-02-02".into();
        let shown = welcome_text(pack.clone());
        assert!(
            shown.contains(&(words.facts_checked_on)(&checked)),
            "{shown}"
        );
        assert!(shown.contains(words.reviewed_no_clinician), "{shown}");
        assert!(!shown.contains("2020-02-02"), "{shown}");

        // Sections checked on different days: the oldest and the newest.
        pack.sections[2].review.sources_checked = "2026-10-15".into();
        let shown = welcome_text(pack.clone());
        let between = (words.facts_checked_between)("2026-10-15", &checked);
        assert!(shown.contains(&between), "{shown}");

        // Reviewed by a clinician (every section, this version): who.
        pack.meta.reviewer = Some("Dr A Example (MD)".into());
        let shown = welcome_text(pack);
        assert!(
            shown.contains(&(words.reviewed_by)("Dr A Example (MD)")),
            "{shown}"
        );
    }
}
