//! The glossary: every term the sections mark, in alphabetical order, with the sections
//! that use it.

use crate::content::Pack;
use crate::document::{DocLine, Lines, Run, Tone};
use crate::i18n::Catalog;

pub fn lines(pack: &Pack, width: usize, text: &Catalog) -> Vec<DocLine> {
    let mut l = Lines::new(width);
    let mut push = |runs: &[Run], first: &[Run], rest: &[Run]| l.push(runs, first, rest);
    push(&[Run::new(text.place_glossary, Tone::Title)], &[], &[]);
    push(&[Run::new(text.glossary_intro, Tone::Dim)], &[], &[]);
    let mut order: Vec<usize> = (0..pack.glossary.len()).collect();
    order.sort_by_key(|&i| pack.glossary[i].term.to_lowercase());
    let indent = [Run::new("  ", Tone::Body)];
    for i in order {
        let term = &pack.glossary[i];
        push(&[], &[], &[]);
        push(&[Run::new(&term.term, Tone::Strong)], &[], &[]);
        push(&[Run::new(&term.definition, Tone::Body)], &indent, &indent);
        let used: Vec<String> = pack
            .sections
            .iter()
            .enumerate()
            .filter(|(_, s)| s.terms.contains(&i))
            .map(|(n, s)| format!("{}. {}", n + 1, s.title))
            .collect();
        if !used.is_empty() {
            push(
                &[Run::new((text.used_in)(&used.join("; ")), Tone::Dim)],
                &indent,
                &indent,
            );
        }
    }
    l.into_lines()
}
