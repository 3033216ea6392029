//! sections/*.toml: each section's blocks, key points and next steps, with its citations and
//! glossary marks resolved against references.toml and glossary.toml.

use std::collections::HashSet;

use toml::Spanned;

use super::validator::{origin, Index, Validator};
use crate::content::inline::{self, Piece};
use crate::content::model::{Block, Inline, RichText, Section, SectionReview};
use crate::content::problem::SourceFile;
use crate::content::raw;
use crate::content::text_rules::{collapse_whitespace, count_words, one_line};

/// Looks up citations and glossary marks, and remembers which were used.
pub(super) struct Resolver<'a> {
    pub(super) references: Option<&'a Index>,
    pub(super) glossary: Option<&'a Index>,
    pub(super) cited: HashSet<usize>,
    pub(super) used_terms: HashSet<usize>,
}

/// What one section has cited and marked so far, in order of first use.
#[derive(Default)]
pub(super) struct SectionUse {
    sources: Vec<usize>,
    terms: Vec<usize>,
    words: usize,
}

impl Validator {
    pub(super) fn section(
        &mut self,
        file: &SourceFile,
        raw: &raw::SectionFile,
        resolver: &mut Resolver<'_>,
    ) -> Section {
        let meta = &raw.section;
        let mut usage = SectionUse::default();
        if raw.block.is_empty() {
            self.problems.push(file.error_in(
                meta.id.span(),
                "the section has no text; add at least one [[block]]",
            ));
        }
        let mut blocks = Vec::new();
        for block in &raw.block {
            blocks.push(match block {
                raw::Block::Heading(text) => Block::Heading(self.required(file, "heading", text)),
                raw::Block::Paragraph(text) => {
                    Block::Paragraph(self.rich(file, text, resolver, &mut usage))
                }
                raw::Block::Bullets(items) => Block::Bullets(
                    items
                        .iter()
                        .map(|item| self.rich(file, item, resolver, &mut usage))
                        .collect(),
                ),
                raw::Block::Callout(callout) => Block::Callout {
                    kind: callout.kind,
                    title: callout
                        .title
                        .as_deref()
                        .map(one_line)
                        .filter(|t| !t.is_empty()),
                    text: self.rich(file, &callout.text, resolver, &mut usage),
                },
                raw::Block::Table(table) => self.table(file, table, resolver, &mut usage),
            });
        }
        let mut list = |field: &str, items: &Spanned<Vec<Spanned<String>>>, v: &mut Self| {
            if items.get_ref().is_empty() {
                v.problems.push(
                    file.error_in(items.span(), format!("`{field}` needs at least one item")),
                );
            }
            items
                .get_ref()
                .iter()
                .map(|item| v.rich(file, item, resolver, &mut usage))
                .collect::<Vec<_>>()
        };
        let key_points = list("key_points", &meta.key_points, self);
        let next_steps = list("next_steps", &meta.next_steps, self);
        Section {
            id: meta.id.get_ref().clone(),
            title: self.required(file, "title", &meta.title),
            summary: self.required(file, "summary", &meta.summary),
            blocks,
            key_points,
            next_steps,
            prompts: meta.prompts.get_ref().iter().map(|p| one_line(p)).collect(),
            sources: usage.sources,
            terms: usage.terms,
            word_count: usage.words,
            origin: origin(file, meta.id.span()),
            review: SectionReview::default(),
        }
    }

    fn table(
        &mut self,
        file: &SourceFile,
        table: &raw::Table,
        resolver: &mut Resolver<'_>,
        usage: &mut SectionUse,
    ) -> Block {
        let header: Vec<String> = table.header.get_ref().iter().map(|h| one_line(h)).collect();
        if header.is_empty() {
            self.problems
                .push(file.error_in(table.header.span(), "a table needs a header row"));
        }
        let caption = table
            .caption
            .as_ref()
            .map(|c| self.rich(file, c, resolver, usage));
        let mut rows = Vec::new();
        for row in &table.rows {
            if row.get_ref().len() != header.len() {
                self.problems.push(file.error_in(
                    row.span(),
                    format!(
                        "this row has {} cells but the header has {}",
                        row.get_ref().len(),
                        header.len()
                    ),
                ));
            }
            rows.push(
                row.get_ref()
                    .iter()
                    .map(|cell| self.rich(file, cell, resolver, usage))
                    .collect(),
            );
        }
        Block::Table {
            caption,
            header,
            rows,
        }
    }

    /// Resolves a text's citations and glossary marks, numbering citations per section.
    fn rich(
        &mut self,
        file: &SourceFile,
        text: &Spanned<String>,
        resolver: &mut Resolver<'_>,
        usage: &mut SectionUse,
    ) -> RichText {
        let source = text.get_ref();
        // Points at the markup itself when it appears verbatim in the file, else at the string.
        let locate = |needle: &str| -> usize {
            let span = text.span();
            file.text
                .get(span.clone())
                .and_then(|slice| slice.find(needle))
                .map_or(span.start, |i| span.start + i)
        };
        let pieces = match inline::parse(source) {
            Ok(pieces) => pieces,
            Err(err) => {
                let snippet: String = source[err.at..].chars().take(12).collect();
                self.problems
                    .push(file.error_at(locate(&snippet), err.message));
                return RichText(vec![Inline::Text(one_line(source))]);
            }
        };
        if one_line(&inline::strip(source)).is_empty() {
            self.problems
                .push(file.error_in(text.span(), "this text must not be empty"));
        }
        let mut out = Vec::new();
        for piece in pieces {
            match piece {
                Piece::Text(t) => {
                    usage.words += count_words(t);
                    out.push(Inline::Text(collapse_whitespace(t)));
                }
                Piece::Citation { id, .. } => {
                    let Some(index) = resolver.references else {
                        continue;
                    };
                    match index.get(id) {
                        Some((i, _)) => {
                            resolver.cited.insert(*i);
                            let number = match usage.sources.iter().position(|s| s == i) {
                                Some(n) => n + 1,
                                None => {
                                    usage.sources.push(*i);
                                    usage.sources.len()
                                }
                            };
                            out.push(Inline::Citation(number));
                        }
                        None => self.problems.push(file.error_at(
                            locate(&format!("[@{id}]")),
                            format!("citation [@{id}] names no reference in references.toml"),
                        )),
                    }
                }
                Piece::Term {
                    text: shown,
                    id,
                    at,
                } => {
                    usage.words += count_words(shown);
                    let shown_text = collapse_whitespace(shown);
                    let Some(index) = resolver.glossary else {
                        out.push(Inline::Text(shown_text));
                        continue;
                    };
                    match index.get(&id) {
                        Some((i, _)) => {
                            resolver.used_terms.insert(*i);
                            if !usage.terms.contains(i) {
                                usage.terms.push(*i);
                            }
                            out.push(Inline::Term {
                                text: shown_text,
                                term: *i,
                            });
                        }
                        None => {
                            let mark: String =
                                source[at..].chars().take_while(|&c| c != '}').collect();
                            self.problems.push(file.error_at(
                                locate(&mark),
                                format!("glossary term `{id}` is not defined in glossary.toml"),
                            ));
                            out.push(Inline::Text(shown_text));
                        }
                    }
                }
            }
        }
        trim_ends(&mut out);
        RichText(out)
    }
}

fn trim_ends(inlines: &mut [Inline]) {
    if let Some(Inline::Text(first)) = inlines.first_mut() {
        *first = first.trim_start().to_string();
    }
    if let Some(Inline::Text(last)) = inlines.last_mut() {
        *last = last.trim_end().to_string();
    }
}
