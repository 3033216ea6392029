//! A section laid out as lines: its blocks, callouts, tables and review lines, on screen or
//! for print.

use super::*;

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
