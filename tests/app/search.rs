//! Search as a person uses it: type words, see where they are, open the section at the match
//! with the match marked, and still reach help from inside the text field.

use crate::common;

use std::collections::HashMap;

use crate::common::{app, apply, buffer_lines, draw};
use lantern::app::{Action::*, Overlay, Screen};
use lantern::content::readability::section_pieces;
use ratatui::style::Modifier;

fn type_text(app: &mut lantern::app::App, text: &str) {
    for c in text.chars() {
        app.update(Input(c));
    }
}

/// For every section, a word of 7+ letters that appears in that section and no other.
fn distinctive_words() -> Vec<(usize, String)> {
    let pack = common::builtin();
    let words_of = |i: usize| -> Vec<String> {
        section_pieces(&pack.sections[i])
            .join(" ")
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().count() >= 7)
            .map(str::to_lowercase)
            .collect()
    };
    let mut sections_with: HashMap<String, Vec<usize>> = HashMap::new();
    for i in 0..pack.sections.len() {
        let all_text: String = section_pieces(&pack.sections[i]).join(" ").to_lowercase();
        for w in words_of(i) {
            sections_with.entry(w).or_default();
        }
        for (word, list) in sections_with.iter_mut() {
            if all_text.contains(word.as_str()) && !list.contains(&i) {
                list.push(i);
            }
        }
    }
    // Titles, glossary notes and sources also hold words, so check against the whole pack.
    (0..pack.sections.len())
        .map(|i| {
            let word = words_of(i)
                .into_iter()
                .find(|w| sections_with.get(w).is_some_and(|l| l == &vec![i]))
                .unwrap_or_else(|| panic!("section {i} has no word of its own"));
            (i, word)
        })
        .collect()
}

#[test]
fn a_distinctive_word_from_each_section_is_found_there() {
    for (section, word) in distinctive_words() {
        let mut app = app(80, 24);
        apply(&mut app, &[OpenSearch]);
        type_text(&mut app, &word);
        assert!(!app.search.hits.is_empty(), "{word:?} not found");
        assert!(
            app.search.hits.iter().any(|h| h.section == section),
            "{word:?} should be found in section {}",
            section + 1
        );
    }
}

#[test]
fn search_is_case_insensitive_and_finds_phrases_across_line_breaks() {
    let mut app = app(40, 12);
    apply(&mut app, &[OpenSearch]);
    type_text(&mut app, "CALL OR TEXT 988");
    assert!(app.search.total > 3, "{}", app.search.total);
    // At 40 columns this phrase is often broken across lines; it must still be found there.
    let pack = common::builtin();
    let lifeline_section = pack
        .sections
        .iter()
        .position(|s| s.id == "help-right-now")
        .expect("section");
    assert!(app
        .search
        .hits
        .iter()
        .any(|h| h.section == lifeline_section));
}

#[test]
fn enter_opens_the_section_at_the_match_with_the_match_marked() {
    let mut app = app(80, 24);
    apply(&mut app, &[OpenSearch]);
    type_text(&mut app, "ulcerative");
    let hit = app.search.hits[0].clone();
    apply(&mut app, &[Select]);
    assert_eq!(app.screen, Screen::Reader);
    assert_eq!(app.reader.section, hit.section);
    assert!(app.reader.scroll <= hit.line && hit.line < app.reader.scroll + app.reader_page());
    let terminal = draw(&app);
    let buffer = terminal.backend().buffer();
    let lines = buffer_lines(buffer);
    let (row, line) = lines
        .iter()
        .enumerate()
        .find(|(_, l)| l.to_lowercase().contains("ulcerative"))
        .expect("the match is on screen");
    let col = line
        .to_lowercase()
        .find("ulcerative")
        .map(|byte| line[..byte].chars().count())
        .expect("column");
    let cell = &buffer[(
        u16::try_from(col).unwrap_or(0),
        u16::try_from(row).unwrap_or(0),
    )];
    assert!(
        cell.modifier.contains(Modifier::REVERSED) && cell.modifier.contains(Modifier::UNDERLINED),
        "the match is marked without colour alone: {:?}",
        cell.modifier
    );
    // Esc goes back to the results, query kept.
    apply(&mut app, &[Back]);
    assert_eq!(app.screen, Screen::Search);
    assert_eq!(app.search.query, "ulcerative");
}

#[test]
fn typing_q_and_bang_in_the_field_types_them_and_ctrl_g_still_opens_help() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let mut app = app(80, 24);
    apply(&mut app, &[OpenSearch]);
    for c in ['q', '!', '?'] {
        let action = app.action_for(&KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        assert_eq!(action, Some(Input(c)));
        app.update(Input(c));
    }
    assert_eq!(app.search.query, "q!?");
    assert!(!app.should_quit);
    let ctrl_g = KeyEvent::new(KeyCode::Char('g'), KeyModifiers::CONTROL);
    let action = app.action_for(&ctrl_g).expect("Ctrl-G is bound");
    let before = app.clone();
    app.update(action);
    assert_eq!(app.top_overlay(), Some(Overlay::Crisis));
    app.update(Back);
    assert_eq!(
        app, before,
        "closing the crisis panel keeps the field as it was"
    );
    let footer = buffer_lines(draw(&app).backend().buffer())[23].clone();
    assert!(
        footer.contains("Ctrl-G") && footer.contains("Call or text 988"),
        "{footer}"
    );
    assert!(
        !footer.contains(" ! "),
        "the footer must not offer ! where it types: {footer}"
    );
}

#[test]
fn backspace_edits_and_no_match_says_so() {
    let mut app = app(80, 24);
    apply(&mut app, &[OpenSearch]);
    type_text(&mut app, "zzzqx");
    assert_eq!(app.search.total, 0);
    let screen = buffer_lines(draw(&app).backend().buffer()).join("\n");
    assert!(screen.contains("No matches"), "{screen}");
    for _ in 0..5 {
        app.update(DeleteBack);
    }
    assert!(app.search.query.is_empty());
    app.update(DeleteBack);
    assert!(app.search.query.is_empty());
}

#[test]
fn results_follow_a_resize() {
    let mut app = app(80, 24);
    apply(&mut app, &[OpenSearch]);
    type_text(&mut app, "bladder");
    let count = app.search.total;
    app.update(Resize {
        width: 40,
        height: 12,
    });
    assert_eq!(app.search.total, count, "same matches at another width");
    apply(&mut app, &[Select]);
    let hit_line = app.reader.scroll;
    assert!(hit_line <= app.reader_max_scroll());
    let screen = buffer_lines(draw(&app).backend().buffer())
        .join("\n")
        .to_lowercase();
    assert!(screen.contains("bladder"), "{screen}");
}

#[test]
fn glossary_and_sources_are_reachable_from_the_contents_and_list_everything() {
    let mut app = app(80, 24);
    let pack = common::builtin();
    apply(&mut app, &[Choose(0), Bottom]);
    apply(&mut app, &[Up, Select]);
    assert_eq!(app.screen, Screen::Glossary);
    apply(&mut app, &[Back, Bottom, Select]);
    assert_eq!(app.screen, Screen::Sources);
    apply(&mut app, &[Back]);
    assert_eq!(app.screen, Screen::Contents);
    apply(&mut app, &[OpenGlossary, Bottom]);
    let glossary = lantern::screens::pages::glossary_lines(&pack, 78, app.text());
    let text: String = glossary.iter().map(|l| l.text() + "\n").collect();
    for term in &pack.glossary {
        assert!(
            text.contains(&term.term),
            "{} missing from the glossary",
            term.term
        );
    }
    let sources = lantern::screens::pages::sources_lines(&pack, 78, app.text());
    let text: String = sources.iter().map(|l| l.text() + " ").collect::<String>();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for reference in &pack.references {
        let start: String = reference
            .title
            .split_whitespace()
            .take(4)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            text.contains(&start),
            "{} missing from sources",
            reference.id
        );
    }
    assert_eq!(app.glossary.scroll, app.page_max_scroll(Screen::Glossary));
}

#[test]
fn a_snippet_cut_short_says_so_with_an_ellipsis_in_both_character_sets() {
    for (ascii, mark) in [(false, "…"), (true, "...")] {
        // Widths at which the text column starts at the left edge (wider, it is centred).
        for width in [40u16, 60, 80] {
            let settings = lantern::config::Settings {
                ascii,
                ..lantern::config::Settings::default()
            };
            let mut app = common::app_with(settings, width, 24);
            apply(&mut app, &[OpenSearch]);
            type_text(&mut app, "ketamine");
            // The snippet rows, in order: indented under each result's section.
            let rows: Vec<String> = common::screen_text(&app)
                .into_iter()
                .filter(|l| l.starts_with("     ") && !l.trim().is_empty())
                .collect();
            assert!(rows.len() > 3, "{rows:?}");
            let mut cut = 0;
            for (row, hit) in rows.iter().zip(app.search.hits.iter()) {
                let shown = row.trim();
                if hit.more_after || !shown.contains(hit.snippet.trim()) {
                    assert!(shown.ends_with(mark), "{width} ascii {ascii}: {shown:?}");
                    cut += 1;
                }
                if hit.more_before {
                    assert!(shown.starts_with(mark), "{width} ascii {ascii}: {shown:?}");
                }
            }
            assert!(cut > 2, "{width}: only {cut} snippets cut");
        }
    }
}
