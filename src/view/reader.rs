//! The reader's extra lines: a counselor's discussion prompts under the text.

use crate::content::Section;
use crate::document::{DocLine, Glyphs, Lines, Tone};

/// Counselor: the discussion prompts for a section, as shown under the text.
pub fn prompt_lines(section: Option<&Section>, glyphs: Glyphs, width: usize) -> Vec<DocLine> {
    let mut l = Lines::new(width);
    let Some(section) = section else {
        return l.into_lines();
    };
    let rule = glyphs.rule.repeat(width);
    l.text(&rule, Tone::TableRule);
    l.text("To talk about together (d hides these)", Tone::Heading);
    if section.prompts.is_empty() {
        l.text("This section has no discussion prompts.", Tone::Dim);
    } else {
        l.bullets(&section.prompts, glyphs.bullet);
    }
    l.into_lines()
}
