//! The crisis panel: free help to call or text, 988 always first. It opens over any screen
//! with one key and closes back to exactly where the person was.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, BorderType, Widget};

use super::{clear, draw_lines, fit, layout};
use crate::app::{App, OpenOverlay};
use crate::config::{LocalHelp, Mode};
use crate::content::Pack;
use crate::document::{DocLine, Glyphs, Lines, Run, Tone};

pub const MAX_WIDTH: u16 = 80;

pub const OPENING: &str = "You are not alone. Free, confidential help is here, any time.";
pub const HOW: &str = "Use any phone. lantern itself does not call or connect to anything.";

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
/// with a kiosk's own entries (`local`) right after 988, and `note` first when an urgent
/// self-check answer opened the panel.
pub fn lines(
    pack: &Pack,
    local: &[LocalHelp],
    note: Option<&str>,
    width: usize,
    glyphs: Glyphs,
) -> Vec<DocLine> {
    let mut l = Lines::new(width);
    let mut push = |runs: &[Run], first: &[Run], rest: &[Run]| l.push(runs, first, rest);
    // The calm note replaces the opening line, so 988 stays near the top even when small.
    match note {
        Some(note) => push(&[Run::new(note, Tone::Strong)], &[], &[]),
        None => push(&[Run::new(OPENING, Tone::Strong)], &[], &[]),
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
    push(&[Run::new(HOW, Tone::Dim)], &[], &[]);
    l.into_lines()
}

/// The kiosk's own entries; other modes show only the pack's.
pub fn local_help(app: &App) -> &[LocalHelp] {
    if app.mode() == Mode::Kiosk {
        &app.settings.local_help
    } else {
        &[]
    }
}

/// The text of one open panel: with the self-check's calm note when an urgent answer
/// opened it. Drawing and scrolling both use this, so they always agree on its length.
pub fn panel_lines(app: &App, urgent: bool, width: usize) -> Vec<DocLine> {
    let note = urgent.then_some(app.pack.questionnaire.urgent_message.as_str());
    lines(&app.pack, local_help(app), note, width, app.glyphs)
}

/// The label on the panel's bottom border, which a click or touch also closes it by.
fn close_hint(app: &App, more_below: bool) -> &'static str {
    match (app.settings.mouse, more_below) {
        (true, true) => " ↓ more · [ Close ] Esc ",
        (true, false) => " [ Close ] Esc ",
        (false, true) => " ↓ more · Esc close ",
        (false, false) => " Esc close ",
    }
}

pub fn render(app: &App, overlay: &OpenOverlay, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let panel = layout::panel(area, MAX_WIDTH);
    let inner = inner(area);
    clear(panel, buf, theme.base);
    let text = panel_lines(app, overlay.urgent, usize::from(inner.width));
    let scroll = overlay
        .scroll
        .min(text.len().saturating_sub(usize::from(inner.height)));
    let more_below = scroll + usize::from(inner.height) < text.len();

    if layout::too_small(area) {
        // No room for a border: 988 first, the text, then one row saying how to close it.
        let first = fit(
            &["Call or text 988", "Text 988", "988"],
            usize::from(area.width),
        );
        buf.set_stringn(
            area.x,
            area.y,
            &first,
            usize::from(area.width),
            theme.crisis_badge,
        );
        draw_lines(theme, &text, scroll, inner, buf);
        if area.height >= 2 {
            let hint = fit(
                &[
                    if more_below {
                        "Esc close · ↓ more"
                    } else {
                        "Esc close"
                    },
                    "Esc close",
                    "Esc",
                ],
                usize::from(area.width),
            );
            let y = area.y + area.height - 1;
            buf.set_stringn(
                area.x,
                y,
                &hint,
                usize::from(area.width),
                theme.crisis_badge,
            );
        }
        return;
    }

    let hint = close_hint(app, more_below);
    Block::bordered()
        .border_type(BorderType::Double)
        .border_style(theme.crisis_border)
        .title(ratatui::text::Line::styled(
            " Get help now ",
            theme.crisis_title,
        ))
        .title_bottom(ratatui::text::Line::styled(hint, theme.key).right_aligned())
        .render(panel, buf);
    draw_lines(theme, &text, scroll, inner, buf);
}
