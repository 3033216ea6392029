//! Content loading as an author meets it: the built-in pack is clean, and each kind of
//! broken pack is refused with exit code 2 and a FILE:LINE:COL message that points at it.

use crate::common;

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use crate::common::fixture::{copy_builtin, edit, first_section};

fn lantern(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lantern"))
        .args(args)
        .env_remove("NO_COLOR")
        .output()
        .expect("run lantern")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).to_string()
}

/// A copy of the built-in pack with one edit, and what `validate` says of it.
struct Broken {
    dir: tempfile::TempDir,
}

impl Broken {
    fn new(file: &str, change: impl FnOnce(&str) -> String) -> Broken {
        let dir = tempfile::tempdir().expect("temp dir");
        copy_builtin(dir.path());
        let file = if file == "FIRST_SECTION" {
            first_section(dir.path())
        } else {
            file.to_string()
        };
        edit(dir.path(), &file, change);
        Broken { dir }
    }

    /// An unchanged copy, for tests that break it by other means.
    fn copy() -> Broken {
        let dir = tempfile::tempdir().expect("temp dir");
        copy_builtin(dir.path());
        Broken { dir }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn display(&self, file: &str) -> String {
        self.path().join(file).display().to_string()
    }

    /// Line (1-based) of the first line of `file` containing `needle`.
    fn line_of(&self, file: &str, needle: &str) -> usize {
        let content = fs::read_to_string(self.path().join(file)).expect("read");
        content
            .lines()
            .position(|l| l.contains(needle))
            .map(|i| i + 1)
            .unwrap_or_else(|| panic!("{needle:?} not in {file}"))
    }

    /// Runs `validate` and `--content DIR resources`: both must exit 2; returns validate's
    /// report.
    fn refused(&self) -> String {
        let dir = self.path().to_string_lossy().to_string();
        let report = lantern(&["validate", &dir]);
        assert_eq!(report.status.code(), Some(2), "{}", text(&report.stdout));
        let run = lantern(&["--content", &dir, "resources"]);
        assert_eq!(run.status.code(), Some(2));
        assert!(
            run.stdout.is_empty(),
            "nothing printed to stdout on bad content"
        );
        assert!(
            text(&run.stderr).contains("fix"),
            "says what to do: {}",
            text(&run.stderr)
        );
        text(&report.stdout)
    }

    /// Asserts the report has `file:line:COL: ...message...`.
    fn assert_reports(&self, report: &str, file: &str, line: usize, message: &str) {
        let prefix = format!("{}:{line}:", self.display(file));
        assert!(
            report
                .lines()
                .any(|l| l.starts_with(&prefix) && l.contains(message)),
            "expected a line starting {prefix} containing {message:?}; got:\n{report}"
        );
    }
}

#[test]
fn the_built_in_pack_validates_clean() {
    let out = lantern(&["validate"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    let report = text(&out.stdout);
    assert!(report.contains("OK"), "{report}");
    assert!(!report.contains("warning"), "{report}");
}

#[test]
fn the_built_in_pack_folder_validates_clean_from_disk_too() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let out = lantern(&["validate", &dir.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
}

#[test]
fn the_built_in_pack_meets_the_content_guide() {
    let pack = common::builtin();
    assert_eq!(
        pack.sections.len(),
        11,
        "one section or more for each of the guide's 11 topics"
    );
    for section in &pack.sections {
        assert!(
            (2..=3).contains(&section.prompts.len()),
            "{}: 2-3 counselor prompts",
            section.id
        );
        assert!(!section.key_points.is_empty() && !section.next_steps.is_empty());
        use lantern::content::Block;
        assert!(
            section
                .blocks
                .iter()
                .any(|b| matches!(b, Block::Callout { .. })),
            "{} has a callout",
            section.id
        );
        assert!(
            section
                .blocks
                .iter()
                .any(|b| matches!(b, Block::Heading(_))),
            "{} has headings",
            section.id
        );
        assert!(
            section
                .blocks
                .iter()
                .any(|b| matches!(b, Block::Bullets(_))),
            "{} has a list",
            section.id
        );
        assert!(
            !section.sources.is_empty(),
            "{} cites its sources",
            section.id
        );
    }
    assert_eq!(
        pack.meta.reviewer, None,
        "honest: not yet clinically reviewed"
    );
}

#[test]
fn crisis_resources_are_the_guides_in_its_order() {
    let pack = common::builtin();
    let numbers: Vec<&str> = pack.crisis.iter().map(|r| r.number.as_str()).collect();
    assert_eq!(
        numbers,
        ["988", "911", "741741", "1-800-222-1222", "1-800-662-4357"]
    );
    let lifeline = &pack.crisis[0];
    assert!(lifeline.contact.contains("Call or text 988"));
    let details = lifeline.details.join(" ");
    for must in ["AYUDA", "press 2", "press 1", "838255", "ASL Now"] {
        assert!(details.contains(must), "988 entry mentions {must}");
    }
    assert!(
        !details.contains("press 3"),
        "the ended LGBTQ+ option is not listed"
    );
    assert!(pack.crisis[2].contact.contains("HOME"));
    assert!(pack.crisis[4].contact.contains("1-800-487-4889"));
    for r in &pack.crisis {
        assert!(r.source.starts_with("https://"));
        assert_eq!(r.last_verified.len(), 10);
    }
}

#[test]
fn broken_toml_is_refused_with_its_place() {
    let b = Broken::new("pack.toml", |t| format!("{t}broken = \n"));
    let report = b.refused();
    let line = b.line_of("pack.toml", "broken =");
    b.assert_reports(&report, "pack.toml", line, "");
}

#[test]
fn a_missing_required_field_is_refused() {
    let b = Broken::new("FIRST_SECTION", |t| {
        t.lines()
            .filter(|l| !l.starts_with("summary ="))
            .collect::<Vec<_>>()
            .join("\n")
    });
    let report = b.refused();
    let file = first_section(b.path());
    assert!(
        report.contains(&format!("{}:", b.display(&file)))
            && report.contains("missing field `summary`"),
        "{report}"
    );
}

#[test]
fn an_unknown_field_is_refused() {
    let b = Broken::new("pack.toml", |t| {
        t.replace("language =", "colour = \"red\"\nlanguage =")
    });
    let report = b.refused();
    b.assert_reports(
        &report,
        "pack.toml",
        b.line_of("pack.toml", "colour"),
        "unknown field `colour`",
    );
}

#[test]
fn a_crisis_list_that_does_not_start_with_988_is_refused() {
    let b = Broken::new("crisis.toml", |t| {
        t.replacen("number = \"988\"", "number = \"911\"", 1)
    });
    let report = b.refused();
    b.assert_reports(
        &report,
        "crisis.toml",
        b.line_of("crisis.toml", "number = \"911\""),
        "must start with the 988",
    );
}

#[test]
fn a_citation_to_a_missing_reference_is_refused() {
    let b = Broken::new("FIRST_SECTION", |t| {
        t.replacen("[@", "[@no-such-source][@", 1)
    });
    let report = b.refused();
    let file = first_section(b.path());
    b.assert_reports(
        &report,
        &file,
        b.line_of(&file, "[@no-such-source]"),
        "citation [@no-such-source] names no reference",
    );
}

#[test]
fn a_glossary_mark_for_a_missing_term_is_refused() {
    let b = Broken::new("FIRST_SECTION", |t| {
        t.replacen("paragraph = \"", "paragraph = \"{no-such-term} ", 1)
    });
    let report = b.refused();
    let file = first_section(b.path());
    b.assert_reports(
        &report,
        &file,
        b.line_of(&file, "{no-such-term}"),
        "glossary term `no-such-term` is not defined",
    );
}

#[test]
fn duplicate_reference_ids_are_refused() {
    let b = Broken::new("references.toml", |t| {
        let first = t.find("[[reference]]").expect("a reference");
        let second = t[first + 1..]
            .find("[[reference]]")
            .map_or(t.len(), |i| first + 1 + i);
        format!("{t}\n{}", &t[first..second])
    });
    let report = b.refused();
    assert!(report.contains("duplicate reference id"), "{report}");
    let content = fs::read_to_string(b.path().join("references.toml")).expect("read");
    let id_line = content
        .lines()
        .find(|l| l.starts_with("id ="))
        .expect("id line");
    let lines: Vec<&str> = content.lines().collect();
    let last = lines.iter().rposition(|l| *l == id_line).expect("dup") + 1;
    b.assert_reports(&report, "references.toml", last, "duplicate reference id");
}

/// A reader or reviewer must be able to find every source, so each needs a doi or a url.
#[test]
fn a_reference_with_neither_doi_nor_url_is_refused() {
    let b = Broken::new("references.toml", |t| {
        t.replacen("doi = \"10.1002/da.22968\"\n", "", 1)
    });
    let report = b.refused();
    b.assert_reports(
        &report,
        "references.toml",
        b.line_of("references.toml", "id = \"gaynes-2020\""),
        "reference `gaynes-2020` has neither a doi nor a url",
    );
}

#[test]
fn every_built_in_reference_has_a_doi_or_url_and_no_guessed_year() {
    let pack = common::builtin();
    for reference in &pack.references {
        assert!(
            reference.doi.is_some() || reference.url.is_some(),
            "{} has no doi or url",
            reference.id
        );
    }
    // Undated pages are cited "n.d."; the sources page shows it.
    assert!(pack
        .references
        .iter()
        .any(|r| r.year.is_none() && r.citation_text(pack.meta.undated_mark()).contains("(n.d.)")));
}

#[test]
fn duplicate_section_ids_are_refused() {
    let b = Broken::copy();
    let file = first_section(b.path());
    fs::copy(b.path().join(&file), b.path().join("sections/99-copy.toml")).expect("copy");
    let report = b.refused();
    b.assert_reports(&report, "sections/99-copy.toml", 2, "duplicate section id");
}

#[test]
fn control_characters_are_refused() {
    let b = Broken::new("FIRST_SECTION", |t| {
        t.replacen("paragraph = \"", "paragraph = \"\\u001b[2J", 1)
    });
    let report = b.refused();
    let file = first_section(b.path());
    b.assert_reports(&report, &file, b.line_of(&file, "\\u001b"), "U+001B");
}

#[test]
fn text_direction_overrides_are_refused() {
    let b = Broken::new("glossary.toml", |t| {
        t.replacen("definition = \"", "definition = \"\u{202E}", 1)
    });
    let report = b.refused();
    b.assert_reports(
        &report,
        "glossary.toml",
        b.line_of("glossary.toml", "\u{202E}"),
        "U+202E",
    );
}

#[test]
fn invalid_utf8_is_refused_with_its_place() {
    let b = Broken::copy();
    let path = b.path().join("pack.toml");
    let mut bytes = fs::read(&path).expect("read");
    bytes.extend_from_slice(b"title2 = \"\xff\"\n");
    fs::write(&path, bytes).expect("write");
    let report = b.refused();
    assert!(report.contains("not valid UTF-8"), "{report}");
    assert!(report.contains(&format!("{}:", b.display("pack.toml"))));
}

#[test]
fn a_table_row_of_the_wrong_length_is_refused() {
    let b = Broken::new("sections/04-side-effects-and-risks.toml", |t| {
        t.replacen(
            "[\"Dissociation\", \"41%\", \"9%\"]",
            "[\"Dissociation\", \"41%\"]",
            1,
        )
    });
    let report = b.refused();
    let file = "sections/04-side-effects-and-risks.toml";
    b.assert_reports(
        &report,
        file,
        b.line_of(file, "[\"Dissociation\""),
        "this row has 2 cells",
    );
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let b = Broken::new("crisis.toml", |t| {
        t.replacen("number = \"988\"", "number = \"000\"", 1)
    });
    edit(b.path(), "pack.toml", |t| {
        t.replace("language =", "colour = 1\nlanguage =")
    });
    edit(b.path(), "glossary.toml", |t| {
        t.replacen("definition = \"", "definition = \"\\u0007", 1)
    });
    let report = b.refused();
    for needle in ["crisis.toml:", "pack.toml:", "glossary.toml:"] {
        assert!(report.contains(needle), "{needle} missing from:\n{report}");
    }
    assert!(report.contains("3 errors"), "{report}");
}

#[test]
fn an_uncited_reference_and_an_unused_term_are_refused() {
    let b = Broken::new("references.toml", |t| {
        format!("{t}\n[[reference]]\nid = \"never-cited\"\nauthors = \"A\"\ntitle = \"T\"\npublication = \"P\"\nyear = 2020\n")
    });
    edit(b.path(), "glossary.toml", |t| {
        format!(
            "{t}\n[[term]]\nid = \"unused\"\nterm = \"unused\"\ndefinition = \"Never marked.\"\n"
        )
    });
    let report = b.refused();
    b.assert_reports(
        &report,
        "references.toml",
        b.line_of("references.toml", "never-cited"),
        "never cited",
    );
    b.assert_reports(
        &report,
        "glossary.toml",
        b.line_of("glossary.toml", "id = \"unused\""),
        "never marked",
    );
}

#[test]
fn a_crisis_number_not_verified_for_a_year_is_a_warning() {
    let b = Broken::new("crisis.toml", |t| {
        t.replacen(
            "last_verified = 2026-12-07",
            "last_verified = 2020-01-01",
            1,
        )
    });
    let dir = b.path().to_string_lossy().to_string();
    let out = lantern(&["validate", &dir]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "a warning does not fail validation"
    );
    let report = text(&out.stdout);
    b.assert_reports(
        &report,
        "crisis.toml",
        b.line_of("crisis.toml", "2020-01-01"),
        "warning: `988 Suicide",
    );
}

#[test]
fn a_missing_folder_or_file_is_refused_clearly() {
    let out = lantern(&["--content", "/no/such/folder", "resources"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("/no/such/folder"));
    let b = Broken::copy();
    fs::remove_file(b.path().join("glossary.toml")).expect("remove");
    let report = b.refused();
    assert!(report.contains("glossary.toml"), "{report}");
}

#[test]
fn a_section_with_no_text_is_refused() {
    let b = Broken::copy();
    let file = first_section(b.path());
    edit(b.path(), &file, |t| {
        let cut = t.find("[[block]]").expect("blocks");
        t[..cut].to_string()
    });
    let report = b.refused();
    b.assert_reports(
        &report,
        &file,
        b.line_of(&file, "id ="),
        "the section has no text",
    );
}

#[test]
fn sections_above_the_reading_grade_limit_fail_validation_with_their_place() {
    let b = Broken::new("pack.toml", |t| {
        t.replace("reading_grade_limit = 8", "reading_grade_limit = 4")
    });
    let dir = b.path().to_string_lossy().to_string();
    let out = lantern(&["validate", &dir]);
    assert_eq!(out.status.code(), Some(2));
    let report = text(&out.stdout);
    assert!(report.contains("section"), "{report}");
    assert!(report.contains("grade"), "the table is printed: {report}");
    let file = first_section(b.path());
    b.assert_reports(
        &report,
        &file,
        b.line_of(&file, "id ="),
        "above the limit of 4",
    );
}

#[test]
fn validate_prints_a_grade_table_with_every_section_at_or_below_8() {
    let out = lantern(&["validate"]);
    let report = text(&out.stdout);
    let pack = common::builtin();
    let header = report.lines().next().unwrap_or("");
    for column in ["section", "words", "sentences", "grade", "limit"] {
        assert!(header.contains(column), "{header}");
    }
    for section in &pack.sections {
        let row = report
            .lines()
            .find(|l| l.split_whitespace().nth(1) == Some(section.id.as_str()))
            .unwrap_or_else(|| panic!("no row for {}", section.id));
        let grade: f64 = row
            .split_whitespace()
            .nth(4)
            .and_then(|g| g.parse().ok())
            .expect("grade column");
        assert!(grade <= 8.0, "{}: grade {grade}", section.id);
    }
}

#[test]
fn an_unreachable_self_check_outcome_is_refused() {
    let b = Broken::new("questionnaire.toml", |t| {
        t.replace("outcome = \"consider-talking\"", "outcome = \"talk-soon\"")
    });
    let report = b.refused();
    b.assert_reports(
        &report,
        "questionnaire.toml",
        b.line_of("questionnaire.toml", "id = \"consider-talking\""),
        "no set of answers leads to `consider-talking`",
    );
}

#[test]
fn self_check_rules_must_name_real_questions_and_answers() {
    let b = Broken::new("questionnaire.toml", |t| {
        t.replacen(
            "when = { bladder = [\"yes\"] }",
            "when = { bladder = [\"maybe\"] }",
            1,
        )
        .replacen(
            "when = { detached = [\"yes\"] }",
            "when = { no-such = [\"yes\"] }",
            1,
        )
    });
    let report = b.refused();
    b.assert_reports(
        &report,
        "questionnaire.toml",
        b.line_of("questionnaire.toml", "bladder = [\"maybe\"]"),
        "question `bladder` has no answer `maybe`",
    );
    b.assert_reports(
        &report,
        "questionnaire.toml",
        b.line_of("questionnaire.toml", "no-such = "),
        "rule names question `no-such`",
    );
}

#[test]
fn an_urgent_answer_needs_its_own_reach_out_now_rule() {
    let b = Broken::new("questionnaire.toml", |t| {
        t.replacen(
            "when = { safety = [\"yes\"] }",
            "when = { safety = [\"yes\"], bladder = [\"yes\"] }",
            1,
        )
    });
    let report = b.refused();
    assert!(
        report.contains("urgent answer `yes` of `safety`"),
        "{report}"
    );
}

#[test]
fn every_outcome_needs_its_words() {
    let b = Broken::new("questionnaire.toml", |t| {
        let cut = t.rfind("[[outcome]]").expect("outcomes");
        t[..cut].to_string()
    });
    let report = b.refused();
    assert!(
        report.contains("outcome `keep-an-eye` has no [[outcome]] text"),
        "{report}"
    );
}

/// lantern starts from a model that build.rs validated and encoded; it must be exactly what
/// validating `content/` on disk gives, or the app would show something `validate` never saw.
#[test]
fn the_compiled_in_model_is_what_loading_content_gives() {
    let compiled = match lantern::builtin::load(lantern::i18n::Lang::En) {
        Ok(loaded) => loaded.pack,
        Err(problems) => panic!("the compiled-in model does not decode: {problems:?}"),
    };
    let files = lantern::content::load::read_dir(Path::new("content")).expect("read content/");
    let from_disk = lantern::content::validate::validate(&files, lantern::content::today())
        .expect("content/ validates")
        .pack;
    assert_eq!(compiled, from_disk);
    // The compiled-in sources that `lantern validate` checks are the files on disk too.
    assert_eq!(
        lantern::builtin::files(lantern::i18n::Lang::En).pack.text,
        files.pack.text
    );
    assert_eq!(
        lantern::builtin::files(lantern::i18n::Lang::En)
            .sections
            .len(),
        from_disk.sections.len()
    );
}

/// Issue 23: a pack cannot know where it runs, so what happens to the answers is lantern's
/// to say, mode by mode. No self-check introduction of ours speaks of saving or of a
/// summary, which a kiosk (that saves nothing) or the line mode would make untrue.
#[test]
fn no_pack_of_ours_speaks_of_saving_in_its_self_check_introduction() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut packs = vec![
        ("built-in", common::builtin_in(lantern::i18n::Lang::En)),
        ("built-in es", common::builtin_in(lantern::i18n::Lang::Es)),
    ];
    // The starter pack as `lantern new-pack` writes it, and the example pack.
    let starter = tempfile::tempdir().expect("temp dir");
    let starter = starter.path().join("pack");
    lantern::new_pack::write(&starter).expect("write the starter pack");
    for (name, dir) in [
        ("starter", starter),
        ("sleep example", root.join("examples/packs/sleep")),
    ] {
        match lantern::content::load(Some(&dir)) {
            Ok(loaded) => packs.push((name, loaded.pack)),
            Err(problems) => panic!("{name} does not load: {problems:#?}"),
        }
    }
    for (name, pack) in &packs {
        for paragraph in &pack.questionnaire.intro {
            let lower = paragraph.to_lowercase();
            for word in ["save", "summary", "guarda", "resumen"] {
                assert!(!lower.contains(word), "{name}: `{word}` in {paragraph:?}");
            }
        }
    }
}
