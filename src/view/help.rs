//! The help panel's text: the keys of the screen under it, from the keymap itself.

use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use super::geometry as layout;
use crate::document::{DocLine, Lines, Run, Tone};
use crate::input::keymap::{help_rows, Context, KeyMode};

pub const MAX_WIDTH: u16 = 64;

pub fn inner(area: Rect) -> Rect {
    layout::panel_inner(area, layout::panel(area, MAX_WIDTH))
}

pub fn context_name(context: Context) -> &'static str {
    match context {
        Context::Welcome => "Welcome",
        Context::Contents => "Contents",
        Context::Reader => "Reading",
        Context::Search => "Search",
        Context::Glossary => "Glossary",
        Context::Sources => "Sources",
        Context::SelfCheckIntro | Context::SelfCheckQuestion | Context::SelfCheckResults => {
            "Self-check"
        }
        Context::Crisis => "Get help now",
        Context::Help => "Keys",
        Context::Settings => "Settings",
        Context::Confirm => "Question",
        Context::AdminPin => "Staff exit",
    }
}

/// The keys of a screen, one row each, from the keymap itself.
pub fn lines(keys: KeyMode, context: Context, width: usize) -> Vec<DocLine> {
    let rows = help_rows(keys, context);
    let key_width = rows.iter().map(|(k, _)| k.width()).max().unwrap_or(0) + 2;
    let key_width = key_width.min(width / 2);
    let mut l = Lines::new(width);
    for (keys, what) in rows {
        let padded = format!("{keys:<key_width$}");
        let first = [Run::new(padded, Tone::Strong)];
        let rest = [Run::new(" ".repeat(key_width), Tone::Body)];
        l.push(&[Run::new(what, Tone::Body)], &first, &rest);
    }
    l.into_lines()
}
