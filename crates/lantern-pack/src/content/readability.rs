//! How easy a section's running text is to read: the Flesch–Kincaid grade for English,
//! the Fernández-Huerta ease for Spanish (see `spanish` below).
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

/// Words, sentences and syllables of pieces of running text, counted together as one
/// passage, with `syllables_of` for each word.
fn count<'a>(
    pieces: impl IntoIterator<Item = &'a str>,
    syllables_of: fn(&str) -> usize,
) -> (usize, usize, usize) {
    let (mut words, mut sentence_count, mut syllable_count) = (0, 0, 0);
    for piece in pieces {
        let piece_words: Vec<&str> = piece.split_whitespace().filter(|t| is_word(t)).collect();
        if piece_words.is_empty() {
            continue;
        }
        words += piece_words.len();
        syllable_count += piece_words.iter().map(|w| syllables_of(w)).sum::<usize>();
        sentence_count += sentences(piece);
    }
    (words, sentence_count, syllable_count)
}

/// Scores pieces of English running text together, as one passage.
pub fn score<'a>(pieces: impl IntoIterator<Item = &'a str>) -> Readability {
    let (words, sentence_count, syllable_count) = count(pieces, syllables);
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

/// The readability table, and a located problem for every section harder than the pack's
/// limit: by grade for an English pack, by ease for a Spanish one.
pub fn report(pack: &Pack) -> (String, Vec<Problem>) {
    let spanish = spanish::is_spanish(&pack.meta.language);
    let id_width = pack
        .sections
        .iter()
        .map(|s| s.id.len())
        .max()
        .unwrap_or(0)
        .max("section".len());
    let (measure, bound) = if spanish {
        ("ease", "min")
    } else {
        ("grade", "limit")
    };
    let mut table = format!(
        "{:>2}  {:<id_width$}  {:>5}  {:>9}  {measure:>5}  {bound:>5}\n",
        "#", "section", "words", "sentences"
    );
    let mut too_hard = Vec::new();
    for (i, section) in pack.sections.iter().enumerate() {
        let pieces = section_pieces(section);
        let pieces = pieces.iter().map(String::as_str);
        let (words, sentences, value, limit, hard) = if spanish {
            let r = spanish::score(pieces);
            let limit = pack.meta.reading_ease_limit;
            (r.words, r.sentences, r.ease, limit, r.ease < limit)
        } else {
            let r = score(pieces);
            let limit = pack.meta.reading_grade_limit;
            (r.words, r.sentences, r.grade, limit, r.grade > limit)
        };
        let verdict = match (hard, spanish) {
            (false, _) => "",
            (true, false) => "  above the limit",
            (true, true) => "  below the minimum",
        };
        table.push_str(&format!(
            "{:>2}  {:<id_width$}  {words:>5}  {sentences:>9}  {value:>5.1}  {limit:>5.1}{verdict}\n",
            i + 1,
            section.id,
        ));
        if hard {
            let message = if spanish {
                format!(
                    "section `{}` has a Fernández-Huerta ease of {value:.1}, below the minimum of \
                     {limit} (\"{}\"); use shorter sentences and shorter words",
                    section.id,
                    spanish::band(limit)
                )
            } else {
                format!(
                    "section `{}` reads at grade {value:.1}, above the limit of {limit}; use \
                     shorter sentences and shorter words",
                    section.id
                )
            };
            too_hard.push(Problem {
                file: section.origin.file.clone(),
                position: Some((section.origin.line, section.origin.column)),
                severity: Severity::Error,
                message,
            });
        }
    }
    (table, too_hard)
}

/// Spanish: the Fernández-Huerta ease (1959), Flesch's reading ease adapted to Spanish:
///
/// ease = 206.84 − 0.60 × P − 1.02 × F
///
/// where P is syllables per 100 words and F sentences per 100 words. Higher is easier:
/// 90–100 muy fácil, 80–90 fácil, 70–80 bastante fácil, 60–70 normal, 50–60 bastante
/// difícil, 30–50 difícil, below 30 muy difícil. Words and sentences are counted as for
/// English (above).
///
/// Syllables (the one rule): lowercase the word and keep only its letters; count the groups
/// of consecutive vowels (a, e, i, o, u, with or without an accent or diaeresis); inside a
/// group, two strong vowels side by side (a, e, o, accented or not) are two syllables (a
/// hiatus), and an accented weak vowel (í, ú) is a syllable of its own; any other pair (a
/// weak vowel with any vowel) is a diphthong, one syllable. Every word has at least one.
/// "y" counts as a consonant, and so does the silent "u" of que, qui, gue, gui (a "u"
/// after q or g and before e or i, accented or not; "ü" is never silent).
pub mod spanish {
    /// A Spanish pack: its language tag is `es` or starts with `es-`.
    pub fn is_spanish(language: &str) -> bool {
        let lower = language.to_ascii_lowercase();
        lower == "es" || lower.starts_with("es-") || lower.starts_with("es_")
    }

    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct Ease {
        pub words: usize,
        pub sentences: usize,
        pub syllables: usize,
        pub ease: f64,
    }

    fn is_vowel(c: char) -> bool {
        matches!(
            c,
            'a' | 'e' | 'i' | 'o' | 'u' | 'á' | 'é' | 'í' | 'ó' | 'ú' | 'ü'
        )
    }

    fn is_strong(c: char) -> bool {
        matches!(c, 'a' | 'e' | 'o' | 'á' | 'é' | 'ó')
    }

    fn is_accented_weak(c: char) -> bool {
        matches!(c, 'í' | 'ú')
    }

    /// Syllables in one Spanish word, by the rule above.
    pub fn syllables(word: &str) -> usize {
        let letters: Vec<char> = word
            .chars()
            .flat_map(char::to_lowercase)
            .filter(|c| c.is_alphabetic())
            .collect();
        let mut count = 0;
        let mut previous: Option<char> = None;
        for (i, &c) in letters.iter().enumerate() {
            let silent_u = c == 'u'
                && i > 0
                && matches!(letters[i - 1], 'q' | 'g')
                && letters
                    .get(i + 1)
                    .is_some_and(|n| matches!(n, 'e' | 'i' | 'é' | 'í'));
            if !is_vowel(c) || silent_u {
                previous = None;
                continue;
            }
            let new_syllable = match previous {
                None => true,
                Some(p) => {
                    (is_strong(p) && is_strong(c)) || is_accented_weak(p) || is_accented_weak(c)
                }
            };
            if new_syllable {
                count += 1;
            }
            previous = Some(c);
        }
        count.max(1)
    }

    /// Scores pieces of Spanish running text together, as one passage.
    pub fn score<'a>(pieces: impl IntoIterator<Item = &'a str>) -> Ease {
        let (words, sentences, syllables) = super::count(pieces, self::syllables);
        let ease = if words == 0 || sentences == 0 {
            100.0
        } else {
            let per_100 = |n: usize| n as f64 * 100.0 / words as f64;
            206.84 - 0.60 * per_100(syllables) - 1.02 * per_100(sentences)
        };
        Ease {
            words,
            sentences,
            syllables,
            ease,
        }
    }

    /// The name of the band an ease falls in.
    pub fn band(ease: f64) -> &'static str {
        match ease {
            e if e >= 90.0 => "muy fácil",
            e if e >= 80.0 => "fácil",
            e if e >= 70.0 => "bastante fácil",
            e if e >= 60.0 => "normal",
            e if e >= 50.0 => "bastante difícil",
            e if e >= 30.0 => "difícil",
            _ => "muy difícil",
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn spanish_syllables_follow_the_documented_rule() {
            let cases = [
                ("casa", 2),        // ca-sa
                ("depresión", 3),   // de-pre-sión: "io" is a diphthong
                ("ketamina", 4),    // ke-ta-mi-na
                ("tratamiento", 4), // tra-ta-mien-to
                ("poeta", 3),       // po-e-ta: two strong vowels, a hiatus
                ("día", 2),         // dí-a: an accented weak vowel stands alone
                ("país", 2),        // pa-ís
                ("ciudad", 2),      // ciu-dad: two weak vowels, a diphthong
                ("que", 1),         // the silent u
                ("guerra", 2),      // gue-rra
                ("guía", 2),        // guí-a
                ("Buey", 1),        // "y" is a consonant: bue-y counts as one
                ("y", 1),           // at least one
                ("988", 1),         // no letters: at least one
                ("línea", 3),       // lí-ne-a
                ("ayuda", 3),       // a-yu-da
                ("emergencia", 4),  // e-mer-gen-cia
                ("pingüino", 3),    // pin-güi-no
            ];
            for (word, expected) in cases {
                assert_eq!(syllables(word), expected, "{word}");
            }
        }

        #[test]
        fn the_formula_matches_a_worked_example() {
            // 10 words, 2 sentences, 20 syllables: P = 200, F = 20.
            // 206.84 − 0.60 × 200 − 1.02 × 20 = 66.44.
            let text = "casa casa casa casa casa. casa casa casa casa casa.";
            let r = score([text]);
            assert_eq!((r.words, r.sentences, r.syllables), (10, 2, 20));
            assert!((r.ease - 66.44).abs() < 1e-9, "{}", r.ease);
            assert_eq!(band(r.ease), "normal");
        }

        #[test]
        fn shorter_sentences_and_words_read_easier() {
            let hard = score(
                ["La administración intravenosa de medicamentos anestésicos \
                               requiere supervisión especializada continuada."],
            );
            let easy = score(["Le ponen el remedio en la vena. Un equipo lo cuida."]);
            assert!(
                easy.ease > hard.ease + 30.0,
                "{} vs {}",
                easy.ease,
                hard.ease
            );
        }

        #[test]
        fn spanish_tags() {
            assert!(is_spanish("es") && is_spanish("es-US") && is_spanish("ES"));
            assert!(!is_spanish("en") && !is_spanish("est"));
        }
    }
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
