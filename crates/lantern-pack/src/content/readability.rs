//! Reading grade (Flesch–Kincaid) of a section's running text.
//!
//! grade = 0.39 × words/sentences + 11.8 × syllables/words − 15.59
//!
//! What counts, so writers can predict the score:
//! - Text: paragraphs, bullets, callout text, key points and next steps, each as its own
//!   piece, with citations removed. Headings, titles, table cells and counselor prompts do not
//!   count: they are labels and questions, not running prose.
//! - Sentences: in each piece, every run of `.`, `!` or `?` followed by white space or the
//!   end; a piece that does not end with one counts as one more sentence (a list item is a
//!   sentence even without a full stop).
//! - Words: white-space separated tokens holding at least one letter or digit.
//! - Syllables (the one rule): lowercase the word and keep only the letters a–z; count the
//!   groups of consecutive vowels (a, e, i, o, u, y); if the word ends in "e" but not "le"
//!   and the count is above one, take one off (a silent e); every word has at least one.

use super::model::{Block, Pack, Section};
use super::problem::{Problem, Severity};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Readability {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
    pub grade: f64,
}

/// Syllables in one word, by the rule above.
pub fn syllables(word: &str) -> usize {
    let letters: Vec<char> = word
        .chars()
        .flat_map(char::to_lowercase)
        .filter(char::is_ascii_lowercase)
        .collect();
    let is_vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut groups = 0;
    let mut in_vowels = false;
    for &c in &letters {
        if is_vowel(c) {
            if !in_vowels {
                groups += 1;
            }
            in_vowels = true;
        } else {
            in_vowels = false;
        }
    }
    let ends_in_e = letters.last() == Some(&'e');
    let ends_in_le = letters.len() >= 2 && letters[letters.len() - 2..] == ['l', 'e'];
    if ends_in_e && !ends_in_le && groups > 1 {
        groups -= 1;
    }
    groups.max(1)
}

fn is_word(token: &str) -> bool {
    token.chars().any(char::is_alphanumeric)
}

fn sentences(text: &str) -> usize {
    let chars: Vec<char> = text.trim_end().chars().collect();
    let mut count = 0;
    let mut i = 0;
    while i < chars.len() {
        if matches!(chars[i], '.' | '!' | '?') {
            let mut end = i;
            while end + 1 < chars.len() && matches!(chars[end + 1], '.' | '!' | '?') {
                end += 1;
            }
            if end + 1 == chars.len() || chars[end + 1].is_whitespace() {
                count += 1;
            }
            i = end + 1;
        } else {
            i += 1;
        }
    }
    if !matches!(chars.last(), Some('.' | '!' | '?')) && !chars.is_empty() {
        count += 1;
    }
    count
}

/// Scores pieces of running text together, as one passage.
pub fn score<'a>(pieces: impl IntoIterator<Item = &'a str>) -> Readability {
    let (mut words, mut sentence_count, mut syllable_count) = (0, 0, 0);
    for piece in pieces {
        let piece_words: Vec<&str> = piece.split_whitespace().filter(|t| is_word(t)).collect();
        if piece_words.is_empty() {
            continue;
        }
        words += piece_words.len();
        syllable_count += piece_words.iter().map(|w| syllables(w)).sum::<usize>();
        sentence_count += sentences(piece);
    }
    let grade = if words == 0 || sentence_count == 0 {
        0.0
    } else {
        0.39 * words as f64 / sentence_count as f64 + 11.8 * syllable_count as f64 / words as f64
            - 15.59
    };
    Readability {
        words,
        sentences: sentence_count,
        syllables: syllable_count,
        grade,
    }
}

/// The pieces of a section that count, as a reader sees them (citations removed).
pub fn section_pieces(section: &Section) -> Vec<String> {
    let mut pieces = Vec::new();
    for block in &section.blocks {
        match block {
            Block::Paragraph(text) | Block::Callout { text, .. } => pieces.push(text.plain()),
            Block::Bullets(items) => pieces.extend(items.iter().map(|i| i.plain())),
            Block::Heading(_) | Block::Table { .. } => {}
        }
    }
    pieces.extend(section.key_points.iter().map(|p| p.plain()));
    pieces.extend(section.next_steps.iter().map(|p| p.plain()));
    pieces
}

pub fn section(section: &Section) -> Readability {
    let pieces = section_pieces(section);
    score(pieces.iter().map(String::as_str))
}

/// The reading-grade table, and a located problem for every section above the pack's limit.
pub fn report(pack: &Pack) -> (String, Vec<Problem>) {
    let limit = pack.meta.reading_grade_limit;
    let id_width = pack
        .sections
        .iter()
        .map(|s| s.id.len())
        .max()
        .unwrap_or(0)
        .max("section".len());
    let mut table = format!(
        "{:>2}  {:<id_width$}  {:>5}  {:>9}  {:>5}  {:>5}\n",
        "#", "section", "words", "sentences", "grade", "limit"
    );
    let mut too_hard = Vec::new();
    for (i, section) in pack.sections.iter().enumerate() {
        let r = self::section(section);
        let verdict = if r.grade > limit {
            "  above the limit"
        } else {
            ""
        };
        table.push_str(&format!(
            "{:>2}  {:<id_width$}  {:>5}  {:>9}  {:>5.1}  {:>5.1}{verdict}\n",
            i + 1,
            section.id,
            r.words,
            r.sentences,
            r.grade,
            limit
        ));
        if r.grade > limit {
            too_hard.push(Problem {
                file: section.origin.file.clone(),
                position: Some((section.origin.line, section.origin.column)),
                severity: Severity::Error,
                message: format!(
                    "section `{}` reads at grade {:.1}, above the limit of {limit}; use shorter \
                     sentences and shorter words",
                    section.id, r.grade
                ),
            });
        }
    }
    (table, too_hard)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_follow_the_documented_rule() {
        let cases = [
            ("the", 1),
            ("cat", 1),
            ("make", 1),       // silent e
            ("table", 2),      // "le" keeps its syllable
            ("ketamine", 3),   // ke-ta-mine, silent e
            ("depression", 3), // de-pre-ssion: "io" is one group
            ("anesthetic", 4),
            ("esketamine", 4),
            ("dissociation", 4), // di-sso-cia-tion: "ia" and "io" are single groups
            ("you", 1),
            ("every", 3), // e, e, y: the rule over-counts some words; it is applied the same way to all
            ("2019", 1),  // no letters: at least one
            ("US", 1),
            ("Don't", 1),
            ("be", 1),
        ];
        for (word, expected) in cases {
            assert_eq!(syllables(word), expected, "{word}");
        }
    }

    #[test]
    fn sentences_end_at_stops_followed_by_space_or_the_end() {
        assert_eq!(sentences("One. Two! Three?"), 3);
        assert_eq!(
            sentences("It is 41.5% of people."),
            1,
            "a decimal point is not a stop"
        );
        assert_eq!(sentences("A list item without a stop"), 1);
        assert_eq!(sentences("Wait... what?"), 2);
        // The closing quote follows the stop, so the stop does not count, but the piece does
        // not end in a stop either: still one sentence.
        assert_eq!(sentences("Ask: “Is this safe?”"), 1);
    }

    #[test]
    fn a_fixed_passage_has_a_fixed_grade() {
        // 2 sentences, 14 words; syllables: The(1) cat(1) sat(1) on(1) the(1) mat(1)
        // It(1) was(1) a(1) very(2) happy(2) and(1) calm(1) cat(1) = 16.
        let r = score(["The cat sat on the mat. It was a very happy and calm cat."]);
        assert_eq!((r.words, r.sentences, r.syllables), (14, 2, 16));
        let expected = 0.39 * 14.0 / 2.0 + 11.8 * 16.0 / 14.0 - 15.59;
        assert!((r.grade - expected).abs() < 1e-9);
        assert!((r.grade - 0.6257).abs() < 1e-3, "{}", r.grade);
    }

    #[test]
    fn pieces_are_scored_as_one_passage() {
        let r = score(["Short one.", "Another short one", ""]);
        assert_eq!((r.words, r.sentences), (5, 2));
    }

    #[test]
    fn empty_text_scores_zero() {
        assert_eq!(score([]).grade, 0.0);
    }
}
