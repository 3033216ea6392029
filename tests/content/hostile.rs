//! Hostile content: whatever a content pack holds, loading never panics and ends in either a
//! pack that draws safely or problems that say where they are.

use crate::common;

use std::fs;

use crate::common::fixture;
use lantern::app::{Action, App};
use lantern::content::load::PackFiles;
use lantern::content::problem::SourceFile;
use lantern::content::{validate, Date, Problem};
use proptest::prelude::*;

const TODAY: Date = Date {
    year: 2026,
    month: 12,
    day: 1,
};

fn files_mut(files: &mut PackFiles) -> Vec<&mut SourceFile> {
    let mut all = vec![
        &mut files.pack,
        &mut files.crisis,
        &mut files.references,
        &mut files.glossary,
        &mut files.questionnaire,
        &mut files.review,
    ];
    all.extend(files.sections.iter_mut());
    all
}

/// A change to a file's text, as a fuzzer would make.
#[derive(Debug, Clone)]
enum Mutation {
    Delete { at: usize, len: usize },
    Insert { at: usize, text: String },
    DuplicateLine { at: usize },
    Truncate { at: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let text = prop_oneof![
        any::<String>(),
        proptest::sample::select(vec![
            "\"",
            "[",
            "]",
            "{",
            "}",
            "=",
            "\n",
            "[[block]]\n",
            "#",
            "'''",
            "\"\"\"",
            "\\u001b[2J",
            "\u{202e}",
            "\u{200d}",
            "\u{0}",
            "[@",
            "{",
            "{x|",
            "1e999",
            "-0",
            "inf",
            "nan",
            "[@nope]",
            "{nope}",
            "id = \"x\"\n",
            "\u{fe0f}",
            "👩‍👩‍👧",
            "\r\n",
        ])
        .prop_map(str::to_string),
    ];
    prop_oneof![
        (any::<usize>(), 0usize..40).prop_map(|(at, len)| Mutation::Delete { at, len }),
        (any::<usize>(), text).prop_map(|(at, text)| Mutation::Insert { at, text }),
        any::<usize>().prop_map(|at| Mutation::DuplicateLine { at }),
        any::<usize>().prop_map(|at| Mutation::Truncate { at }),
    ]
}

fn boundary(text: &str, at: usize) -> usize {
    let mut at = at % (text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn apply(text: &mut String, mutation: &Mutation) {
    match mutation {
        Mutation::Delete { at, len } => {
            let start = boundary(text, *at);
            let end = boundary(text, start.saturating_add(*len).min(text.len()));
            if end > start {
                text.replace_range(start..end, "");
            }
        }
        Mutation::Insert { at, text: new } => {
            let at = boundary(text, *at);
            text.insert_str(at, new);
        }
        Mutation::DuplicateLine { at } => {
            let lines: Vec<&str> = text.split_inclusive('\n').collect();
            if !lines.is_empty() {
                let i = at % lines.len();
                let mut out = String::new();
                for (n, line) in lines.iter().enumerate() {
                    out.push_str(line);
                    if n == i {
                        out.push_str(line);
                    }
                }
                *text = out;
            }
        }
        Mutation::Truncate { at } => {
            let at = boundary(text, *at);
            text.truncate(at);
        }
    }
}

/// A load that failed must say where: every problem names one of the pack's files, and a
/// place in it.
fn assert_located(files: &PackFiles, problems: &[Problem]) -> Result<(), TestCaseError> {
    let names: Vec<String> = {
        let mut copy = files.clone();
        files_mut(&mut copy)
            .iter()
            .map(|f| f.path.clone())
            .collect()
    };
    prop_assert!(problems.iter().any(Problem::is_error), "{problems:#?}");
    for problem in problems {
        prop_assert!(names.contains(&problem.file), "{problem}");
        prop_assert!(problem.position.is_some(), "no line and column: {problem}");
        prop_assert!(!problem.message.trim().is_empty());
    }
    Ok(())
}

/// A pack that loaded draws every kind of screen without panicking.
fn draw_safely(pack: lantern::content::Pack) {
    for (width, height) in [(80, 24), (40, 12), (200, 60)] {
        let mut app = App::new(pack.clone());
        app.update(Action::Resize { width, height });
        for action in [
            Action::Choose(0),
            Action::Select,
            Action::PageDown,
            Action::Bottom,
            Action::NextSection,
            Action::OpenGlossary,
            Action::Bottom,
            Action::OpenSources,
            Action::OpenSearch,
            Action::Input('a'),
            Action::Back,
            Action::OpenCrisis,
            Action::Bottom,
        ] {
            app.update(action);
            let _ = common::draw(&app);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// Random text in place of one file: never a panic, always located problems.
    #[test]
    fn random_text_in_any_file_is_refused_with_its_place(
        which in 0usize..16,
        text in any::<String>(),
    ) {
        let mut files = lantern::builtin::files(lantern::i18n::Lang::En);
        let count = 5 + files.sections.len();
        if let Some(file) = files_mut(&mut files).into_iter().nth(which % count) {
            file.text = text;
        }
        match validate::validate(&files, TODAY) {
            Ok(loaded) => draw_safely(loaded.pack),
            Err(problems) => assert_located(&files, &problems)?,
        }
    }

    /// Small changes to real files, which often still parse: a pack that loads draws
    /// safely, one that does not says where.
    #[test]
    fn mutated_files_load_or_say_where(
        which in 0usize..16,
        mutations in proptest::collection::vec(mutation(), 1..6),
    ) {
        let mut files = lantern::builtin::files(lantern::i18n::Lang::En);
        let count = 5 + files.sections.len();
        if let Some(file) = files_mut(&mut files).into_iter().nth(which % count) {
            for m in &mutations {
                apply(&mut file.text, m);
            }
        }
        match validate::validate(&files, TODAY) {
            Ok(loaded) => draw_safely(loaded.pack),
            Err(problems) => assert_located(&files, &problems)?,
        }
    }
}

fn broken_pack(change: impl FnOnce(&std::path::Path)) -> (tempfile::TempDir, Vec<Problem>) {
    let dir = tempfile::tempdir().expect("temp dir");
    fixture::copy_builtin(dir.path());
    change(dir.path());
    let problems = match lantern::content::load(Some(dir.path())) {
        Ok(_) => Vec::new(),
        Err(problems) => problems,
    };
    (dir, problems)
}

#[test]
fn a_ten_megabyte_file_is_refused_without_being_read_whole() {
    let (_dir, problems) = broken_pack(|dir| {
        let section = dir.join(fixture::first_section(dir));
        let mut text = fs::read_to_string(&section).expect("read");
        text.push_str(&format!("\n# {}\n", "x".repeat(10 * 1024 * 1024)));
        fs::write(&section, text).expect("write");
    });
    assert_eq!(problems.len(), 1, "{problems:#?}");
    let message = problems[0].to_string();
    assert!(message.contains("sections/"), "{message}");
    assert!(message.contains("MB"), "says why: {message}");
}

#[test]
fn deeply_nested_values_are_refused_with_their_place() {
    for nested in [
        format!("x = {}{}", "[".repeat(100_000), "]".repeat(100_000)),
        format!("x = {}1{}", "{a=".repeat(50_000), "}".repeat(50_000)),
        format!("[{}]\nb = 1", vec!["a"; 100_000].join(".")),
    ] {
        let (_dir, problems) = broken_pack(|dir| {
            let path = dir.join("pack.toml");
            let text = fs::read_to_string(&path).expect("read");
            fs::write(&path, format!("{text}\n{nested}\n")).expect("write");
        });
        assert!(!problems.is_empty());
        for problem in &problems {
            assert!(problem.file.ends_with("pack.toml"), "{problem}");
            assert!(problem.position.is_some(), "{problem}");
        }
    }
}

#[test]
fn long_lines_words_and_joiners_load_and_draw_safely() {
    let long_word = "a".repeat(100_000);
    let long_line = "word ".repeat(40_000);
    let (dir, problems) = broken_pack(|dir| {
        let file = fixture::first_section(dir);
        fixture::edit(dir, &file, |text| {
            text.replacen(
                "[[block]]\nheading = \"You are not the problem\"",
                &format!(
                    "[[block]]\nheading = \"You are not the problem\"\n\n[[block]]\n\
                     paragraph = \"{long_word}\"\n\n[[block]]\nparagraph = \"{long_line}\"\n\n\
                     [[block]]\nparagraph = \"A family 👩\u{200d}👩\u{200d}👧 and a \
                     zero\u{200b}width space and a word\u{2060}joiner.\"",
                ),
                1,
            )
        });
    });
    assert!(problems.is_empty(), "{problems:#?}");
    let pack = match lantern::content::load(Some(dir.path())) {
        Ok(loaded) => loaded.pack,
        Err(problems) => panic!("{problems:#?}"),
    };
    let mut app = App::new(pack.clone());
    app.update(Action::Resize {
        width: 80,
        height: 24,
    });
    app.update(Action::Choose(0));
    app.update(Action::Digit(1));
    // The long word is broken to the width; nothing is wider than the text.
    let width = app.layouts.width();
    assert!(app.reader_lines().iter().all(|l| l.width() <= width));
    assert!(app.reader_lines().len() > 100_000 / width);
    for _ in 0..20 {
        app.update(Action::PageDown);
        let _ = common::draw(&app);
    }
    app.update(Action::Bottom);
    let _ = common::draw(&app);
    draw_safely(pack);
}

#[test]
fn escape_sequences_in_any_string_are_refused_everywhere() {
    // One file of each kind, each with an escape character in a string.
    for file in [
        "pack.toml",
        "crisis.toml",
        "references.toml",
        "glossary.toml",
        "questionnaire.toml",
        "review.toml",
    ] {
        let (_dir, problems) = broken_pack(|dir| {
            fixture::edit(dir, file, |text| {
                // review.toml's header comment shows examples; edit a real string.
                let at = if file == "review.toml" {
                    "\nid = \""
                } else {
                    "= \""
                };
                text.replacen(at, &format!("{at}\\u001b]0;owned\\u0007"), 1)
            });
        });
        assert!(
            problems.iter().any(|p| p.file.ends_with(file)
                && p.position.is_some()
                && p.message.contains("U+001B")),
            "{file}: {problems:#?}"
        );
    }
}
