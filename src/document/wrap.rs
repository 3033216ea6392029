//! Wrapping styled runs to a width: the one wrapper for everything lantern lays out.

use super::*;

/// Collects wrapped lines for panels and pages that are not sections (the crisis panel,
/// help, glossary, sources, the self-check, the welcome screen).
pub struct Lines {
    width: usize,
    split: Split,
    lines: Vec<DocLine>,
}

impl Lines {
    pub fn new(width: usize) -> Self {
        Lines {
            width,
            split: Split::AtEdge,
            lines: Vec::new(),
        }
    }

    /// Lines for print and plain text, where no word is ever broken.
    pub fn for_print(width: usize) -> Self {
        Lines {
            split: Split::Never,
            ..Lines::new(width)
        }
    }

    /// Plain text wrapped for print at `width`, never breaking a word: the first line
    /// starts with `first`, the rest with `rest`, and no line ends in spaces. The line
    /// mode, printouts and the review sheet all wrap plain text with this.
    pub fn plain(text: &str, first: &str, rest: &str, width: usize) -> Vec<String> {
        let mut lines = Lines::for_print(width);
        lines.push(
            &[Run::new(text, Tone::Body)],
            &[Run::new(first, Tone::Body)],
            &[Run::new(rest, Tone::Body)],
        );
        lines
            .into_lines()
            .iter()
            .map(|l| l.text().trim_end().to_string())
            .collect()
    }

    /// Wraps `runs`, the first line starting with `first` and the rest with `rest`.
    pub fn push(&mut self, runs: &[Run], first: &[Run], rest: &[Run]) {
        for (runs, _) in wrap_with(runs, self.width, first, rest, self.split) {
            self.lines.push(DocLine {
                runs,
                anchor: Anchor::default(),
            });
        }
    }

    pub fn text(&mut self, text: &str, tone: Tone) {
        self.push(&[Run::new(text, tone)], &[], &[]);
    }

    /// One line exactly as given, not wrapped: for a line built to fit, whose columns
    /// matter (what is drawn where is clicked there).
    pub fn line(&mut self, runs: Vec<Run>) {
        self.lines.push(DocLine {
            runs,
            anchor: Anchor::default(),
        });
    }

    pub fn blank(&mut self) {
        self.push(&[], &[], &[]);
    }

    pub fn bullets(&mut self, items: &[String], bullet: &str) {
        for item in items {
            self.push(
                &[Run::new(item, Tone::Body)],
                &[Run::new(format!("{bullet} "), Tone::Bullet)],
                &[Run::new("  ", Tone::Body)],
            );
        }
    }

    /// Lines made so far.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    pub fn into_lines(self) -> Vec<DocLine> {
        self.lines
    }
}

/// Runs for rich text: citations as `[n]`, glossary terms in their own tone.
pub fn rich_runs(text: &RichText, base: Tone) -> Vec<Run> {
    text.0
        .iter()
        .map(|inline| match inline {
            Inline::Text(t) => Run::new(t, base),
            Inline::Citation(n) => Run::new(format!("[{n}]"), Tone::Citation),
            Inline::Term { text, .. } => Run::new(text, Tone::Term),
        })
        .collect()
}

/// A word made of one or more runs (a glossary term followed by a comma is one word).
struct Word {
    /// Its pieces, `pieces[start..end]` of the text's pieces (a word crosses runs when a
    /// term is followed by punctuation).
    pieces: std::ops::Range<usize>,
    width: usize,
    offset: usize,
    /// Tone of the space before this word, so an underlined two-word term stays whole.
    space_tone: Tone,
}

/// Part of a word inside one run: the run's index and a byte range of its text.
struct Piece {
    run: usize,
    bytes: std::ops::Range<usize>,
}

/// The words of `runs` and their pieces, as ranges into the runs' text: nothing is copied
/// until a word is placed on a line.
fn words(runs: &[Run]) -> (Vec<Word>, Vec<Piece>) {
    let mut words = Vec::new();
    let mut pieces: Vec<Piece> = Vec::new();
    let mut first_piece = 0;
    let mut in_word = false;
    let mut width = 0;
    let mut offset = 0;
    let mut start = 0;
    let mut space_tone = Tone::Body;
    let mut pending_space = Tone::Body;
    for (index, run) in runs.iter().enumerate() {
        for (at, c) in run.text.char_indices() {
            if c.is_whitespace() {
                if in_word {
                    words.push(Word {
                        pieces: first_piece..pieces.len(),
                        width,
                        offset: start,
                        space_tone,
                    });
                    in_word = false;
                    width = 0;
                }
                pending_space = run.tone;
            } else {
                if !in_word {
                    in_word = true;
                    first_piece = pieces.len();
                    start = offset;
                    space_tone = pending_space;
                }
                let end = at + c.len_utf8();
                // A piece continues only within this word and this run.
                let continues = first_piece < pieces.len();
                match pieces.last_mut() {
                    Some(last) if continues && last.run == index && last.bytes.end == at => {
                        last.bytes.end = end;
                    }
                    _ => pieces.push(Piece {
                        run: index,
                        bytes: at..end,
                    }),
                }
                width += c.width().unwrap_or(0);
            }
            offset += 1;
        }
    }
    if in_word {
        words.push(Word {
            pieces: first_piece..pieces.len(),
            width,
            offset: start,
            space_tone,
        });
    }
    (words, pieces)
}

pub(super) fn runs_width(runs: &[Run]) -> usize {
    runs.iter().map(|r| r.text.width()).sum()
}

/// Adds `text` to the end of `line`: to its last run when that has the same tone, so a line
/// holds one run per change of tone rather than one per word.
fn append(line: &mut Vec<Run>, text: &str, tone: Tone) {
    match line.last_mut() {
        Some(last) if last.tone == tone => last.text.push_str(text),
        _ => line.push(Run::new(text, tone)),
    }
}

/// Greedy word wrap of styled runs into lines no wider than `width`, each line starting with
/// a prefix (the first line's may differ, for bullets). Words longer than a line are split.
/// Returns each line with the character offset of its first word in the text.
pub fn wrap(
    runs: &[Run],
    width: usize,
    first_prefix: &[Run],
    rest_prefix: &[Run],
) -> Vec<(Vec<Run>, usize)> {
    wrap_with(runs, width, first_prefix, rest_prefix, Split::AtEdge)
}

/// [`wrap`], with a word longer than a line split or, with [`Split::Never`], kept whole on
/// a line of its own (the only way a line gets wider than `width`).
pub fn wrap_with(
    runs: &[Run],
    width: usize,
    first_prefix: &[Run],
    rest_prefix: &[Run],
    split: Split,
) -> Vec<(Vec<Run>, usize)> {
    if width == 0 {
        return Vec::new();
    }
    // A prefix that leaves no room for text is dropped rather than looping forever.
    let fit_prefix = |prefix: &[Run]| -> Vec<Run> {
        if runs_width(prefix) < width {
            prefix.to_vec()
        } else {
            Vec::new()
        }
    };
    let (words, pieces) = words(runs);
    let mut lines = Vec::new();
    let mut line = fit_prefix(first_prefix);
    let mut line_width = runs_width(&line);
    let mut line_offset = 0;
    let mut has_word = false;

    for word in words {
        let gap = usize::from(has_word);
        if has_word && line_width + gap + word.width > width {
            lines.push((std::mem::take(&mut line), line_offset));
            line = fit_prefix(rest_prefix);
            line_width = runs_width(&line);
            has_word = false;
        }
        if !has_word {
            line_offset = word.offset;
        }
        if has_word {
            append(&mut line, " ", word.space_tone);
            line_width += 1;
        }
        let word_pieces = pieces
            .get(word.pieces.clone())
            .unwrap_or_default()
            .iter()
            .filter_map(|piece| {
                let run = runs.get(piece.run)?;
                Some((run.text.get(piece.bytes.clone())?, run.tone))
            });
        if line_width + word.width <= width || split == Split::Never {
            for (text, tone) in word_pieces {
                append(&mut line, text, tone);
            }
            line_width += word.width;
            has_word = true;
            continue;
        }
        // The word is wider than a whole line: break it at character boundaries.
        let mut offset = word.offset;
        for (text, tone) in word_pieces {
            for c in text.chars() {
                let w = c.width().unwrap_or(0);
                if has_word && line_width + w > width {
                    lines.push((std::mem::take(&mut line), line_offset));
                    line = fit_prefix(rest_prefix);
                    line_width = runs_width(&line);
                    line_offset = offset;
                }
                append(&mut line, c.encode_utf8(&mut [0; 4]), tone);
                line_width += w;
                has_word = true;
                offset += 1;
            }
        }
    }
    if has_word || lines.is_empty() {
        lines.push((line, line_offset));
    }
    lines
}
