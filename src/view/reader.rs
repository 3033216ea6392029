//! The reader's extra lines: a counselor's discussion prompts under the text.

use crate::content::Section;
use crate::document::{DocLine, Glyphs, Lines, Tone};
use crate::i18n::Catalog;

/// Counselor: the discussion prompts for a section, as shown under the text.
pub fn prompt_lines(
    section: Option<&Section>,
    glyphs: Glyphs,
    width: usize,
    text: &Catalog,
) -> Vec<DocLine> {
    let mut l = Lines::new(width);
    let Some(section) = section else {
        return l.into_lines();
    };
    let rule = glyphs.rule.repeat(width);
    l.text(&rule, Tone::TableRule);
    l.text(text.prompts_heading, Tone::Heading);
    if section.prompts.is_empty() {
        l.text(text.no_prompts, Tone::Dim);
    } else {
        l.bullets(&section.prompts, glyphs.bullet);
    }
    l.into_lines()
}
