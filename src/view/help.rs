//! The help panel's text: the keys of the screen under it, from the keymap itself.

use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use super::geometry as layout;
use crate::document::{DocLine, Lines, Run, Tone};
use crate::i18n::Catalog;
use crate::input::keymap::{help_rows, Context, KeyMode};

pub const MAX_WIDTH: u16 = 64;

pub fn inner(area: Rect) -> Rect {
    layout::panel_inner(area, layout::panel(area, MAX_WIDTH))
}

pub fn context_name(context: Context, text: &Catalog) -> &'static str {
    match context {
        Context::Welcome => text.place_welcome,
        Context::Contents => text.place_contents,
        Context::Reader => text.context_reading,
        Context::Search => text.place_search,
        Context::Glossary => text.place_glossary,
        Context::Sources => text.place_sources,
        Context::SelfCheckIntro | Context::SelfCheckQuestion | Context::SelfCheckResults => {
            text.place_self_check
        }
        Context::Crisis => text.get_help_now,
        Context::Help => text.context_keys,
        Context::Settings => text.place_settings,
        Context::Confirm => text.context_question,
        Context::AdminPin => text.staff_exit,
    }
}

/// The keys of a screen, one row each, from the keymap itself.
pub fn lines(keys: KeyMode, context: Context, width: usize, text: &Catalog) -> Vec<DocLine> {
    let rows = help_rows(keys, context, text);
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
