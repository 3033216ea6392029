//! The crisis panel's text: free help to call or text, 988 always first.

use ratatui::layout::Rect;

use super::geometry as layout;
use crate::config::LocalHelp;
use crate::content::Pack;
use crate::document::{DocLine, Glyphs, Lines, Run, Tone};
use crate::i18n::Catalog;

pub const MAX_WIDTH: u16 = 80;

/// Where the panel's text goes at this terminal size.
pub fn inner(area: Rect) -> Rect {
    let inner = layout::panel_inner(area, layout::panel(area, MAX_WIDTH));
    if layout::too_small(area) {
        // The top row is kept for "Call or text 988".
        Rect::new(
            inner.x,
            inner.y + 1,
            inner.width,
            inner.height.saturating_sub(1),
        )
    } else {
        inner
    }
}

/// One place to get help, as the panel shows it.
struct Entry<'a> {
    name: &'a str,
    contact: &'a str,
    when: Option<&'a str>,
    details: &'a [String],
}

/// A pack's resource and a kiosk's own entry have the same four parts.
macro_rules! entry_from {
    ($source:ty) => {
        impl<'a> From<&'a $source> for Entry<'a> {
            fn from(r: &'a $source) -> Self {
                Entry {
                    name: &r.name,
                    contact: &r.contact,
                    when: r.when.as_deref(),
                    details: &r.details,
                }
            }
        }
    };
}
entry_from!(crate::content::CrisisResource);
entry_from!(LocalHelp);

/// The panel's text at a width: the resources in the pack's order, which starts with 988,
/// with a kiosk's own entries (`local`) right after 988, `note` first when an urgent
/// self-check answer opened the panel, and a `staff` line last when there is one.
pub fn lines(
    pack: &Pack,
    local: &[LocalHelp],
    note: Option<&str>,
    staff: Option<&str>,
    width: usize,
    glyphs: Glyphs,
    text: &Catalog,
) -> Vec<DocLine> {
    let mut l = Lines::new(width);
    let mut push = |runs: &[Run], first: &[Run], rest: &[Run]| l.push(runs, first, rest);
    // The calm note replaces the opening line, so 988 stays near the top even when small.
    match note {
        Some(note) => push(&[Run::new(note, Tone::Strong)], &[], &[]),
        None => push(&[Run::new(text.crisis_opening, Tone::Strong)], &[], &[]),
    }
    let bullet = [Run::new(format!("{} ", glyphs.bullet), Tone::Bullet)];
    let indent = [Run::new("  ", Tone::Body)];
    let mut from_pack = pack.crisis.iter().map(Entry::from);
    let from_config = local.iter().map(Entry::from);
    // 988 is always first; validation guarantees the pack starts with it.
    let first = from_pack.next();
    let entries = first.into_iter().chain(from_config).chain(from_pack);
    for entry in entries {
        push(&[], &[], &[]);
        push(&[Run::new(entry.name, Tone::Urgent)], &[], &[]);
        push(&[Run::new(entry.contact, Tone::Strong)], &indent, &indent);
        if let Some(when) = entry.when {
            push(&[Run::new(when, Tone::Body)], &indent, &indent);
        }
        for detail in entry.details {
            let mut first = indent.to_vec();
            first.extend(bullet.iter().cloned());
            push(
                &[Run::new(detail, Tone::Body)],
                &first,
                &[Run::new("    ", Tone::Body)],
            );
        }
    }
    push(&[], &[], &[]);
    push(&[Run::new(text.crisis_how, Tone::Dim)], &[], &[]);
    // A line for staff (a kiosk whose content failed its check) comes after all the help:
    // the first words a visitor reads are where to get it. The border's "↓ more" leads
    // staff down to it.
    if let Some(staff) = staff {
        push(&[], &[], &[]);
        push(&[Run::new(staff, Tone::Dim)], &[], &[]);
    }
    l.into_lines()
}
