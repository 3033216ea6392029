//! What lantern writes for paper, in English and Spanish: the counselor's handout, the
//! saved self-check summary, `lantern read`, `lantern resources` and the review sheet.
//! A web address or a DOI is never broken across lines (it could not be typed back in), a
//! handout lists only the sources its own text cites, sends no one to a command they may
//! not have, and heads the crisis help once.

use crate::common;

use lantern::content::Pack;
use lantern::i18n::Lang;
use lantern::plain::PLAIN_WIDTH;
use lantern::selfcheck::{Answer, Answers};
use unicode_width::UnicodeWidthStr;

/// Some answer to every question, one in three "prefer not to say".
fn some_answers(pack: &Pack) -> Answers {
    pack.questionnaire
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            Some(if i % 3 == 2 {
                Answer::PreferNotToSay
            } else {
                Answer::Choice(q.options.len() - 1)
            })
        })
        .collect()
}

fn utf8(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).expect("UTF-8")
}

/// Every printout of a pack, by name.
fn printouts(pack: &Pack) -> Vec<(&'static str, String)> {
    let all: Vec<usize> = (0..pack.sections.len()).collect();
    let answers = some_answers(pack);
    let mut read = Vec::new();
    lantern::plain::read(pack, None, &mut read).expect("read");
    let mut resources = Vec::new();
    lantern::plain::resources(pack, &mut resources).expect("resources");
    let mut sheet = Vec::new();
    lantern::review_sheet::write(pack, None, "2026-12-04", &mut sheet).expect("sheet");
    vec![
        (
            "handout",
            lantern::plain::handout(pack, &all, Some(&answers), None, "2026-12-04"),
        ),
        (
            "summary",
            lantern::plain::summary_text(pack, &answers, "2026-12-04"),
        ),
        ("read", utf8(read)),
        ("resources", utf8(resources)),
        ("review sheet", utf8(sheet)),
    ]
}

fn packs() -> Vec<Pack> {
    Lang::ALL.into_iter().map(common::builtin_in).collect()
}

/// Where each reference can be found, as a source list prints it.
fn addresses(pack: &Pack) -> Vec<String> {
    pack.references
        .iter()
        .flat_map(|r| {
            let doi = r.doi.as_ref().map(|d| format!("doi:{d}"));
            doi.into_iter().chain(r.url.clone())
        })
        .collect()
}

#[test]
fn no_web_address_or_doi_is_broken_across_lines_in_any_printout() {
    for pack in packs() {
        let addresses = addresses(&pack);
        for (what, text) in printouts(&pack) {
            // The text with its line breaks and indents taken out: an address broken
            // across lines is whole again in it.
            let joined: String = text.lines().map(str::trim).collect();
            let mut seen = 0;
            for address in &addresses {
                if !joined.contains(address.as_str()) {
                    continue;
                }
                seen += 1;
                assert!(
                    text.lines().any(|line| line.contains(address.as_str())),
                    "{what} ({}) breaks {address}",
                    pack.meta.language
                );
            }
            if what != "summary" && what != "resources" {
                assert!(seen > 10, "{what}: only {seen} addresses printed");
            }
        }
    }
}

#[test]
fn printed_lines_fit_the_page_but_an_address_alone_on_its_line() {
    for pack in packs() {
        for (what, text) in printouts(&pack) {
            if what == "review sheet" {
                // Its headings and sign-off blocks are written as they are, not wrapped.
                continue;
            }
            for line in text.lines() {
                let alone = !line.trim().contains(' ');
                assert!(
                    line.width() <= PLAIN_WIDTH || alone,
                    "{what} ({}): {line:?}",
                    pack.meta.language
                );
            }
        }
    }
}

/// A handout of one section: the citation numbers its text shows, and the numbers of the
/// sources it lists.
fn cited_and_listed(pack: &Pack, index: usize) -> (Vec<usize>, Vec<usize>) {
    let words = Lang::of_pack(pack).catalog();
    let handout = lantern::plain::handout(pack, &[index], None, None, "2026-12-04");
    let numbers = |text: &str| -> Vec<usize> {
        let mut found: Vec<usize> = text
            .split('[')
            .skip(1)
            .filter_map(|part| part.split(']').next()?.parse().ok())
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    };
    let heading = format!("{}. {}", index + 1, pack.sections[index].title);
    let covered = handout
        .split(&heading)
        .nth(1)
        .expect("the section is there");
    let (text, sources) = covered
        .split_once(words.handout_sources)
        .unwrap_or((covered, ""));
    let listed = sources
        .lines()
        .filter(|l| l.starts_with("- ["))
        .collect::<Vec<_>>()
        .join("\n");
    (numbers(text), numbers(&listed))
}

#[test]
fn a_handout_lists_only_the_sources_its_text_cites() {
    for pack in packs() {
        let mut fewer = 0;
        for (index, section) in pack.sections.iter().enumerate() {
            let (cited, listed) = cited_and_listed(&pack, index);
            assert_eq!(
                listed,
                cited,
                "{} section {}: listed sources are not the cited ones",
                pack.meta.language,
                index + 1
            );
            if cited.len() < section.sources.len() {
                fewer += 1;
            }
        }
        // The handout leaves out text that cites other sources, so many sections list fewer.
        assert!(fewer > 5, "{}: {fewer}", pack.meta.language);
    }
}

#[test]
fn a_handout_sends_no_one_to_a_command() {
    for pack in packs() {
        let all: Vec<usize> = (0..pack.sections.len()).collect();
        let handout = lantern::plain::handout(&pack, &all, None, None, "2026-12-04");
        for command in ["`", "lantern read", "lantern --", " run ", "ejecute"] {
            assert!(
                !handout.contains(command),
                "{}: {command:?} in\n{handout}",
                pack.meta.language
            );
        }
        // Each section says where the whole of it is.
        let words = Lang::of_pack(&pack).catalog();
        let flowing = handout.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flowing.contains(&(words.handout_full_section)(4)));
    }
}

#[test]
fn a_handout_heads_its_crisis_help_once() {
    for pack in packs() {
        let words = Lang::of_pack(&pack).catalog();
        let handout = lantern::plain::handout(&pack, &[0], None, None, "2026-12-04");
        let headings = handout
            .lines()
            .filter(|l| l.trim().to_lowercase() == words.get_help_now.to_lowercase())
            .count();
        assert_eq!(headings, 1, "{}:\n{handout}", pack.meta.language);
        // `lantern resources` keeps its own heading.
        let mut resources = Vec::new();
        lantern::plain::resources(&pack, &mut resources).expect("resources");
        assert!(utf8(resources).starts_with(words.get_help_now));
    }
}

#[test]
fn a_summary_is_wrapped_for_print_and_keeps_each_answer_under_its_question() {
    for pack in packs() {
        let answers = some_answers(&pack);
        let summary = lantern::plain::summary_text(&pack, &answers, "2026-12-04");
        let words = Lang::of_pack(&pack).catalog();
        let heading = format!("{}:", words.your_answers);
        let (_, given) = summary.split_once(&heading).expect("the answers");
        let lines: Vec<&str> = given.lines().filter(|l| !l.is_empty()).collect();
        assert!(
            lines.len() > pack.questionnaire.questions.len() * 2,
            "some wrap"
        );
        for line in lines {
            // A question's number at the margin, everything else indented under it.
            let numbered = line
                .split_once(". ")
                .is_some_and(|(n, _)| n.parse::<usize>().is_ok());
            assert!(numbered || line.starts_with("   "), "{line:?}");
        }
    }
}
