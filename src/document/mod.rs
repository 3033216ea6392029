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

pub mod layouts;
pub mod search;
mod section;
#[cfg(test)]
mod tests;
mod wrap;

pub use section::{
    callout_label, clinician_line, layout_section, print_section, sources_line, Split,
};
pub use wrap::{rich_runs, wrap, wrap_with, Lines};
