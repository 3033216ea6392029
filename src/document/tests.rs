//! Tests of the document layout.

use super::wrap::runs_width;
use super::*;

fn texts(lines: &[(Vec<Run>, usize)]) -> Vec<String> {
    lines
        .iter()
        .map(|(runs, _)| runs.iter().map(|r| r.text.as_str()).collect())
        .collect()
}

#[test]
fn wraps_at_word_boundaries() {
    let runs = [Run::new("one two three four", Tone::Body)];
    assert_eq!(
        texts(&wrap(&runs, 9, &[], &[])),
        vec!["one two", "three", "four"]
    );
}

#[test]
fn prefixes_give_a_hanging_indent() {
    let runs = [Run::new("alpha beta gamma", Tone::Body)];
    let lines = wrap(
        &runs,
        10,
        &[Run::new("• ", Tone::Bullet)],
        &[Run::new("  ", Tone::Body)],
    );
    assert_eq!(texts(&lines), vec!["• alpha", "  beta", "  gamma"]);
}

#[test]
fn long_words_are_split_and_nothing_is_wider_than_the_width() {
    let runs = [Run::new("a supercalifragilistic word", Tone::Body)];
    let lines = wrap(&runs, 6, &[], &[]);
    for (line, _) in &lines {
        assert!(runs_width(line) <= 6, "{line:?}");
    }
    assert_eq!(texts(&lines).concat(), "asupercalifragilisticword");
}

#[test]
fn in_print_a_word_longer_than_a_line_is_kept_whole_on_its_own() {
    let url = "https://example.org/a/very/long/address/that/does/not/fit";
    let runs = [Run::new(format!("see {url} now"), Tone::Body)];
    let lines = wrap_with(&runs, 20, &[], &[Run::new("  ", Tone::Body)], Split::Never);
    assert_eq!(
        texts(&lines),
        vec!["see".to_string(), format!("  {url}"), "  now".into()]
    );
}

#[test]
fn wide_characters_count_two_columns() {
    let runs = [Run::new("日本語 テキスト", Tone::Body)];
    for (line, _) in wrap(&runs, 5, &[], &[]) {
        assert!(runs_width(&line) <= 5);
    }
}

#[test]
fn a_term_followed_by_punctuation_stays_one_word() {
    let runs = [
        Run::new("see ", Tone::Body),
        Run::new("dissociation", Tone::Term),
        Run::new(", then", Tone::Body),
    ];
    let lines = wrap(&runs, 16, &[], &[]);
    assert_eq!(texts(&lines), vec!["see", "dissociation,", "then"]);
}

#[test]
fn a_line_holds_one_run_per_change_of_tone() {
    let runs = [
        Run::new("take ", Tone::Body),
        Run::new("nasal spray", Tone::Term),
        Run::new(" at the clinic", Tone::Body),
    ];
    let lines = wrap(&runs, 40, &[Run::new("• ", Tone::Bullet)], &[]);
    let [(line, 0)] = lines.as_slice() else {
        panic!("one line: {lines:?}");
    };
    let parts: Vec<(&str, Tone)> = line.iter().map(|r| (r.text.as_str(), r.tone)).collect();
    assert_eq!(
        parts,
        [
            ("• ", Tone::Bullet),
            ("take ", Tone::Body),
            ("nasal spray", Tone::Term),
            (" at the clinic", Tone::Body)
        ]
    );
}

#[test]
fn offsets_mark_where_each_line_starts() {
    let runs = [Run::new("ab cd ef", Tone::Body)];
    let lines = wrap(&runs, 2, &[], &[]);
    let offsets: Vec<usize> = lines.iter().map(|(_, o)| *o).collect();
    assert_eq!(offsets, vec![0, 3, 6]);
}

#[test]
fn zero_width_gives_no_lines_and_tiny_widths_do_not_loop() {
    let runs = [Run::new("text", Tone::Body)];
    assert!(wrap(&runs, 0, &[], &[]).is_empty());
    assert_eq!(
        texts(&wrap(&runs, 1, &[Run::new("• ", Tone::Bullet)], &[])).len(),
        4
    );
}
