//! Sources: every reference of the pack, with the sections that cite it.

use crate::content::Pack;
use crate::document::{DocLine, Lines, Run, Tone};
use crate::i18n::Catalog;

pub fn lines(pack: &Pack, width: usize, text: &Catalog) -> Vec<DocLine> {
    let mut l = Lines::new(width);
    let mut push = |runs: &[Run], first: &[Run], rest: &[Run]| l.push(runs, first, rest);
    push(&[Run::new(text.place_sources, Tone::Title)], &[], &[]);
    push(&[Run::new(text.sources_intro, Tone::Dim)], &[], &[]);
    let count = pack.references.len();
    let label_width = format!("{count}. ").len();
    let indent = [Run::new(" ".repeat(label_width), Tone::Body)];
    for (i, reference) in pack.references.iter().enumerate() {
        push(&[], &[], &[]);
        let label = format!("{:<label_width$}", format!("{}.", i + 1));
        push(
            &[Run::new(
                reference.citation_text(pack.meta.undated_mark()),
                Tone::Body,
            )],
            &[Run::new(label, Tone::Citation)],
            &indent,
        );
        let cited: Vec<String> = pack
            .sections
            .iter()
            .enumerate()
            .filter(|(_, s)| s.sources.contains(&i))
            .map(|(n, _)| (n + 1).to_string())
            .collect();
        if !cited.is_empty() {
            push(
                &[Run::new(
                    (text.cited_in)(cited.len(), &cited.join(", ")),
                    Tone::Dim,
                )],
                &indent,
                &indent,
            );
        }
    }
    l.into_lines()
}
