//! Lays a section out as wrapped lines of styled runs for a given width.
//!
//! The reader, the plain-text output and the crisis panel all draw from these lines, so text
//! wraps the same way everywhere. Tones name what a run *is*; the theme decides how it looks.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::content::{Block, CalloutKind, Inline, Pack, RichText, SectionReview};
use crate::i18n::Catalog;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Body,
    Title,
    Heading,
    Dim,
    Strong,
    Term,
    Citation,
    Bullet,
    CalloutBar(CalloutKind),
    CalloutLabel(CalloutKind),
    TableHeader,
    TableRule,
    /// What must stand out most: the crisis resources' names.
    Urgent,
    /// The highlighted item of a list: reverse video, with a marker beside it.
    Selected,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub text: String,
    pub tone: Tone,
}

impl Run {
    pub fn new(text: impl Into<String>, tone: Tone) -> Self {
        Run {
            text: text.into(),
            tone,
        }
    }
}

/// One laid-out line. `anchor` says where in the section the line starts, so a reading
/// position survives a change of width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocLine {
    pub runs: Vec<Run>,
    pub anchor: Anchor,
}

impl DocLine {
    pub fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }

    pub fn width(&self) -> usize {
        self.runs.iter().map(|r| r.text.width()).sum()
    }
}

/// Blocks from here on are the section's appendix (words used, sources): shown and printed,
/// but not searched, since they repeat the glossary and the source list.
pub const APPENDIX_BLOCK: u32 = 1_000_000;

/// A place in a section: the block's position in reading order, and the character offset of
/// the first word of the line within that block's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Anchor {
    pub block: u32,
    pub offset: u32,
}

/// The characters used for structure, so a console without Unicode can get plain ASCII.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Glyphs {
    pub bullet: &'static str,
    pub bar: &'static str,
    pub rule: &'static str,
    pub column_separator: &'static str,
    pub rule_cross: &'static str,
    /// Marks the selected item, beside reverse video, so selection is not colour alone.
    pub marker: &'static str,
    /// Ends (or starts) a text cut to fit.
    pub ellipsis: &'static str,
}

pub const UNICODE: Glyphs = Glyphs {
    bullet: "•",
    bar: "▌",
    rule: "─",
    column_separator: " │ ",
    rule_cross: "─┼─",
    marker: "▶ ",
    ellipsis: "…",
};

pub const ASCII: Glyphs = Glyphs {
    bullet: "*",
    bar: "|",
    rule: "-",
    column_separator: " | ",
    rule_cross: "-+-",
    marker: "> ",
    ellipsis: "...",
};

/// Widest a line of running text gets, however wide the window: long lines are hard to read.
pub const MAX_TEXT_WIDTH: usize = 96;

pub fn callout_label(kind: CalloutKind, text: &Catalog) -> &'static str {
    match kind {
        CalloutKind::KeyFact => text.callout_key_fact,
        CalloutKind::Warning => text.callout_warning,
        CalloutKind::Takeaway => text.callout_takeaway,
    }
}

/// "Reviewed by NAME (ROLE) on DATE", or "Not yet reviewed by a clinician"; a review of
/// another version says so, because the text may have changed since.
pub fn clinician_line(review: &SectionReview, version: &str, text: &Catalog) -> String {
    match (&review.clinician, review.current(version)) {
        (None, _) => text.not_reviewed.to_string(),
        (Some(r), Some(_)) => (text.reviewed_by_on)(&r.name, &r.role, &r.date),
        (Some(r), None) => {
            (text.reviewed_older)(&r.name, &r.role, &r.date, &r.pack_version, version)
        }
    }
}

/// "Last checked against sources: DATE".
pub fn sources_line(review: &SectionReview, text: &Catalog) -> String {
    (text.sources_checked_on)(&review.sources_checked)
}

/// Builds the lines of one section.
struct Builder<'a> {
    width: usize,
    /// Whether a word wider than a line is split (on screen) or kept whole (in print).
    split: Split,
    text: &'a Catalog,
    glyphs: Glyphs,
    lines: Vec<DocLine>,
    block: u32,
    pack: &'a Pack,
}

/// What happens to a word wider than a whole line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Split {
    /// Broken at the edge: a screen cannot show past it.
    AtEdge,
    /// Kept whole on a line of its own, however long: on paper a web address or a DOI
    /// broken in two cannot be typed back in.
    Never,
}

/// Lays out section `index` of the pack at `width` columns, with lantern's own words
/// (headings, labels, review lines) from `text`.
pub fn layout_section(
    pack: &Pack,
    index: usize,
    width: usize,
    glyphs: Glyphs,
    text: &Catalog,
) -> Vec<DocLine> {
    layout_with(pack, index, width, glyphs, text, Split::AtEdge)
}

/// A section laid out for print and plain text: as on screen, but no word (a web address,
/// a DOI) is ever broken across lines.
pub fn print_section(
    pack: &Pack,
    index: usize,
    width: usize,
    glyphs: Glyphs,
    text: &Catalog,
) -> Vec<DocLine> {
    layout_with(pack, index, width, glyphs, text, Split::Never)
}

fn layout_with(
    pack: &Pack,
    index: usize,
    width: usize,
    glyphs: Glyphs,
    text: &Catalog,
    split: Split,
) -> Vec<DocLine> {
    let Some(section) = pack.sections.get(index) else {
        return Vec::new();
    };
    let mut b = Builder {
        width: width.max(1),
        split,
        text,
        glyphs,
        lines: Vec::new(),
        block: 0,
        pack,
    };
    b.wrapped(&[Run::new(&section.title, Tone::Title)], &[], &[]);
    b.wrapped(&[Run::new(&section.summary, Tone::Dim)], &[], &[]);
    let minutes = section.reading_minutes();
    b.wrapped(
        &[Run::new(
            (text.section_of_reading)(index + 1, pack.sections.len(), minutes),
            Tone::Dim,
        )],
        &[],
        &[],
    );

    for block in &section.blocks {
        b.next_block();
        match block {
            Block::Heading(text) => {
                b.blank();
                b.wrapped(&[Run::new(text, Tone::Heading)], &[], &[]);
            }
            Block::Paragraph(text) => {
                b.blank();
                b.wrapped(&rich_runs(text, Tone::Body), &[], &[]);
            }
            Block::Bullets(items) => {
                b.blank();
                b.bullets(items);
            }
            Block::Callout { kind, title, text } => {
                b.blank();
                b.callout(*kind, title.as_deref(), |b, prefix| {
                    b.wrapped(&rich_runs(text, Tone::Body), prefix, prefix);
                });
            }
            Block::Table {
                caption,
                header,
                rows,
            } => {
                b.blank();
                if let Some(caption) = caption {
                    b.wrapped(&rich_runs(caption, Tone::Strong), &[], &[]);
                }
                b.table(header, rows);
            }
        }
    }

    b.next_block();
    b.blank();
    b.callout(CalloutKind::Takeaway, Some(text.key_points), |b, prefix| {
        for point in &section.key_points {
            let mut first = prefix.to_vec();
            first.push(Run::new(format!("{} ", glyphs.bullet), Tone::Bullet));
            let mut rest = prefix.to_vec();
            rest.push(Run::new("  ", Tone::Body));
            b.wrapped(&rich_runs(point, Tone::Body), &first, &rest);
        }
    });

    b.next_block();
    b.blank();
    b.wrapped(&[Run::new(text.what_next, Tone::Heading)], &[], &[]);
    b.bullets(&section.next_steps);

    b.block = APPENDIX_BLOCK;
    if !section.terms.is_empty() {
        b.next_block();
        b.blank();
        b.wrapped(&[Run::new(text.words_used_here, Tone::Heading)], &[], &[]);
        for &term_index in &section.terms {
            if let Some(term) = pack.glossary.get(term_index) {
                b.next_block();
                b.wrapped(
                    &[
                        Run::new(&term.term, Tone::Strong),
                        Run::new(format!(": {}", term.definition), Tone::Body),
                    ],
                    &[],
                    &[Run::new("  ", Tone::Body)],
                );
            }
        }
    }

    if !section.sources.is_empty() {
        b.next_block();
        b.blank();
        b.wrapped(&[Run::new(text.place_sources, Tone::Heading)], &[], &[]);
        for (n, &reference_index) in section.sources.iter().enumerate() {
            if let Some(reference) = b.pack.references.get(reference_index) {
                b.next_block();
                let label = format!("[{}] ", n + 1);
                let indent = " ".repeat(label.width());
                b.wrapped(
                    &[Run::new(
                        reference.citation_text(b.pack.meta.undated_mark()),
                        Tone::Body,
                    )],
                    &[Run::new(label, Tone::Citation)],
                    &[Run::new(indent, Tone::Body)],
                );
            }
        }
    }

    // Each section says honestly how far it can be trusted, from review.toml.
    b.next_block();
    b.blank();
    b.wrapped(&[Run::new(text.how_checked, Tone::Heading)], &[], &[]);
    for line in [
        clinician_line(&section.review, &pack.meta.version, text),
        sources_line(&section.review, text),
    ] {
        b.next_block();
        b.wrapped(&[Run::new(format!("{line}."), Tone::Body)], &[], &[]);
    }
    b.lines
}

impl Builder<'_> {
    fn next_block(&mut self) {
        self.block += 1;
    }

    fn anchor(&self, offset: usize) -> Anchor {
        Anchor {
            block: self.block,
            offset: u32::try_from(offset).unwrap_or(u32::MAX),
        }
    }

    fn blank(&mut self) {
        let anchor = self.anchor(0);
        self.lines.push(DocLine {
            runs: Vec::new(),
            anchor,
        });
    }

    fn wrapped(&mut self, runs: &[Run], first_prefix: &[Run], rest_prefix: &[Run]) {
        for (line, offset) in wrap_with(runs, self.width, first_prefix, rest_prefix, self.split) {
            let anchor = self.anchor(offset);
            self.lines.push(DocLine { runs: line, anchor });
        }
    }

    fn bullets(&mut self, items: &[RichText]) {
        let bullet = format!("{} ", self.glyphs.bullet);
        let indent = " ".repeat(bullet.width());
        for item in items {
            self.next_block();
            self.wrapped(
                &rich_runs(item, Tone::Body),
                &[Run::new(bullet.clone(), Tone::Bullet)],
                &[Run::new(indent.clone(), Tone::Body)],
            );
        }
    }

    /// A callout: a coloured bar down its left edge *and* a text label, so it does not
    /// depend on colour to be seen.
    fn callout(
        &mut self,
        kind: CalloutKind,
        title: Option<&str>,
        body: impl FnOnce(&mut Self, &[Run]),
    ) {
        let prefix = vec![Run::new(
            format!("{} ", self.glyphs.bar),
            Tone::CalloutBar(kind),
        )];
        let mut label = vec![Run::new(
            match title {
                Some(t) if kind == CalloutKind::Takeaway => t.to_uppercase(),
                Some(t) => format!("{} · {t}", callout_label(kind, self.text)),
                None => callout_label(kind, self.text).to_string(),
            },
            Tone::CalloutLabel(kind),
        )];
        label.retain(|r| !r.text.is_empty());
        self.wrapped(&label, &prefix, &prefix);
        body(self, &prefix);
    }

    fn table(&mut self, header: &[String], rows: &[Vec<RichText>]) {
        let columns = header.len();
        if columns == 0 {
            return;
        }
        let cell_runs: Vec<Vec<Vec<Run>>> = rows
            .iter()
            .map(|row| row.iter().map(|c| rich_runs(c, Tone::Body)).collect())
            .collect();
        let separator = self.glyphs.column_separator.width();
        let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
        for row in &cell_runs {
            for (i, cell) in row.iter().enumerate().take(columns) {
                let w: usize = cell.iter().map(|r| r.text.width()).sum();
                widths[i] = widths[i].max(w);
            }
        }
        // A column may narrow down to its longest word, never splitting a word.
        let mut min_widths: Vec<usize> = header.iter().map(|h| longest_word(h)).collect();
        for row in &cell_runs {
            for (i, cell) in row.iter().enumerate().take(columns) {
                let text: String = cell.iter().map(|r| r.text.as_str()).collect();
                min_widths[i] = min_widths[i].max(longest_word(&text));
            }
        }
        let total = |widths: &[usize]| widths.iter().sum::<usize>() + separator * (columns - 1);
        // Shrink the widest column that can still shrink until the grid fits; if it cannot
        // fit, fall back to one "header: value" line per cell.
        while total(&widths) > self.width {
            let shrinkable = widths
                .iter()
                .zip(&min_widths)
                .enumerate()
                .filter(|(_, (w, min))| w > min)
                .max_by_key(|(_, (w, _))| **w)
                .map(|(i, _)| i);
            let Some(widest) = shrinkable else {
                break;
            };
            widths[widest] -= 1;
        }
        if total(&widths) > self.width {
            self.stacked_table(header, &cell_runs);
            return;
        }

        let header_cells: Vec<Vec<Run>> = header
            .iter()
            .map(|h| vec![Run::new(h, Tone::TableHeader)])
            .collect();
        self.grid_row(&header_cells, &widths);
        let rule: Vec<String> = widths.iter().map(|w| self.glyphs.rule.repeat(*w)).collect();
        let anchor = self.anchor(0);
        self.lines.push(DocLine {
            runs: vec![Run::new(rule.join(self.glyphs.rule_cross), Tone::TableRule)],
            anchor,
        });
        for row in &cell_runs {
            self.next_block();
            self.grid_row(row, &widths);
        }
    }

    fn grid_row(&mut self, cells: &[Vec<Run>], widths: &[usize]) {
        let wrapped: Vec<Vec<Vec<Run>>> = widths
            .iter()
            .enumerate()
            .map(|(i, &w)| {
                let cell = cells.get(i).map(Vec::as_slice).unwrap_or(&[]);
                wrap_with(cell, w, &[], &[], self.split)
                    .into_iter()
                    .map(|(l, _)| l)
                    .collect()
            })
            .collect();
        let height = wrapped.iter().map(Vec::len).max().unwrap_or(0).max(1);
        for line_index in 0..height {
            let mut runs = Vec::new();
            for (i, &w) in widths.iter().enumerate() {
                if i > 0 {
                    runs.push(Run::new(self.glyphs.column_separator, Tone::TableRule));
                }
                let part = wrapped
                    .get(i)
                    .and_then(|lines| lines.get(line_index))
                    .cloned()
                    .unwrap_or_default();
                let used: usize = part.iter().map(|r| r.text.width()).sum();
                runs.extend(part);
                if i + 1 < widths.len() && used < w {
                    runs.push(Run::new(" ".repeat(w - used), Tone::Body));
                }
            }
            let anchor = self.anchor(line_index);
            self.lines.push(DocLine { runs, anchor });
        }
    }

    fn stacked_table(&mut self, header: &[String], rows: &[Vec<Vec<Run>>]) {
        for row in rows {
            self.next_block();
            for (i, cell) in row.iter().enumerate() {
                let name = header.get(i).cloned().unwrap_or_default();
                let (first, rest) = if i == 0 {
                    (
                        vec![Run::new(format!("{} ", self.glyphs.bullet), Tone::Bullet)],
                        vec![Run::new("  ", Tone::Body)],
                    )
                } else {
                    (
                        vec![Run::new("  ", Tone::Body)],
                        vec![Run::new("    ", Tone::Body)],
                    )
                };
                let mut runs = vec![Run::new(format!("{name}: "), Tone::TableHeader)];
                runs.extend(cell.iter().cloned());
                self.wrapped(&runs, &first, &rest);
            }
        }
    }
}

fn longest_word(text: &str) -> usize {
    text.split_whitespace()
        .map(|w| w.width())
        .max()
        .unwrap_or(0)
}

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

fn runs_width(runs: &[Run]) -> usize {
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

#[cfg(test)]
mod tests {
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
}
