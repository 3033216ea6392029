//! Finding words across every section: case-insensitive, across line breaks, and pointing
//! at the laid-out line where each match starts.

use std::ops::Range;

use crate::content::Pack;
use crate::document::APPENDIX_BLOCK;
use crate::layouts::Layouts;

/// The most results listed; a search that finds more says how many there were.
pub const MAX_HITS: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub section: usize,
    /// The laid-out line (at the layouts' width) where the match starts.
    pub line: usize,
    /// Words around the match, on one line.
    pub snippet: String,
    /// Where the match is in `snippet`, in characters.
    pub marked: Range<usize>,
    /// The text goes on before and after the snippet: drawing marks each cut end with an
    /// ellipsis in the characters of the screen ("…", or "..." in ASCII).
    pub more_before: bool,
    pub more_after: bool,
}

/// Lowercases character by character, keeping one character for each, so positions in the
/// folded text are positions in the original.
fn fold(text: &str) -> Vec<char> {
    text.chars()
        .map(|c| c.to_lowercase().next().unwrap_or(c))
        .collect()
}

/// Start positions (in characters) of every match of `needle` in `haystack`, not overlapping.
fn find_all(haystack: &[char], needle: &[char]) -> Vec<usize> {
    let mut found = Vec::new();
    if needle.is_empty() || needle.len() > haystack.len() {
        return found;
    }
    let mut i = 0;
    while i + needle.len() <= haystack.len() {
        if haystack[i..i + needle.len()] == *needle {
            found.push(i);
            i += needle.len();
        } else {
            i += 1;
        }
    }
    found
}

/// Where `query` occurs in one line of text, as character ranges, for marking matches.
pub fn matches_in(text: &str, query: &str) -> Vec<Range<usize>> {
    let needle = fold(query.trim());
    find_all(&fold(text), &needle)
        .into_iter()
        .map(|start| start..start + needle.len())
        .collect()
}

/// Every match of `query` in the pack, in reading order, at most [`MAX_HITS`]; and how
/// many there were in all.
pub fn find(pack: &Pack, layouts: &Layouts, query: &str) -> (Vec<Hit>, usize) {
    let needle = fold(query.trim());
    let mut hits = Vec::new();
    let mut total = 0;
    if needle.is_empty() {
        return (hits, 0);
    }
    for section in 0..pack.sections.len() {
        let all = layouts.section(pack, section);
        let body = all
            .iter()
            .position(|l| l.anchor.block >= APPENDIX_BLOCK)
            .unwrap_or(all.len());
        let lines = &all[..body];
        // Lines of one block are searched as one text, so a phrase broken across lines is
        // still found.
        let mut start = 0;
        while start < lines.len() {
            let block = lines[start].anchor.block;
            let mut end = start;
            while end < lines.len() && lines[end].anchor.block == block {
                end += 1;
            }
            let mut text: Vec<char> = Vec::new();
            let mut line_starts = Vec::new();
            for line in &lines[start..end] {
                if !text.is_empty() {
                    text.push(' ');
                }
                line_starts.push(text.len());
                text.extend(searchable(&line.text()).chars());
            }
            let folded: Vec<char> = text
                .iter()
                .map(|c| c.to_lowercase().next().unwrap_or(*c))
                .collect();
            for at in find_all(&folded, &needle) {
                total += 1;
                if hits.len() >= MAX_HITS {
                    continue;
                }
                let line_in_block = line_starts.iter().rposition(|&s| s <= at).unwrap_or(0);
                let (range, marked) = snippet(&text, at, needle.len());
                hits.push(Hit {
                    section,
                    line: start + line_in_block,
                    snippet: text[range.clone()].iter().collect(),
                    marked,
                    more_before: range.start > 0,
                    more_after: range.end < text.len(),
                });
            }
            start = end;
        }
    }
    (hits, total)
}

/// A line's words without its layout: indentation, bullets and callout bars.
fn searchable(line: &str) -> &str {
    line.trim()
        .trim_start_matches(['•', '▌', '|', '*'])
        .trim_start()
}

/// A few words before the match and the rest of the text after it: the part of `text` to
/// show, and where the match is in that part.
fn snippet(text: &[char], at: usize, len: usize) -> (Range<usize>, Range<usize>) {
    const BEFORE: usize = 24;
    let mut from = at.saturating_sub(BEFORE);
    // Start at a word boundary, unless that would lose everything before the match.
    if from > 0 {
        if let Some(space) = text[from..at].iter().position(|c| c.is_whitespace()) {
            from += space + 1;
        }
    }
    let to = (at + len + 120).min(text.len());
    let start = at - from;
    (from..to, start..start + len)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_positions() {
        assert_eq!(fold("ÄbC").len(), 3);
        assert_eq!(
            matches_in("Ketamine and KETAMINE", "ketamine"),
            vec![0..8, 13..21]
        );
        assert!(matches_in("anything", "  ").is_empty());
    }

    #[test]
    fn find_all_does_not_overlap() {
        let hay: Vec<char> = "aaaa".chars().collect();
        assert_eq!(find_all(&hay, &['a', 'a']), vec![0, 2]);
    }

    #[test]
    fn snippet_marks_the_match() {
        let text: Vec<char> = "one two three four five six seven eight nine ten eleven twelve"
            .chars()
            .collect();
        let at = 49; // "eleven"
        let (range, marked) = snippet(&text, at, 6);
        let shown = &text[range.clone()];
        let word: String = shown[marked].iter().collect();
        assert_eq!(word, "eleven");
        assert!(range.start > 0, "words before it are left out");
        assert_eq!(text[range.start - 1], ' ', "from a word's start: {shown:?}");
    }
}
