//! The crisis panel: free help to call or text, 988 always first. It opens over any screen
//! with one key and closes back to exactly where the person was.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, BorderType, Widget};

use super::theme::THEME;
use super::{clear, draw_lines, fit, layout};
use crate::app::{App, OpenOverlay};
use crate::content::Pack;
use crate::document::{DocLine, Glyphs, Lines, Run, Tone};

const MAX_WIDTH: u16 = 80;

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

/// The panel's text at a width: the resources in the pack's order, which starts with 988,
/// after `note` when an urgent self-check answer opened the panel.
pub fn lines(pack: &Pack, note: Option<&str>, width: usize, glyphs: Glyphs) -> Vec<DocLine> {
    let mut l = Lines::new(width);
    let mut push = |runs: &[Run], first: &[Run], rest: &[Run]| l.push(runs, first, rest);
    // The calm note replaces the opening line, so 988 stays near the top even when small.
    match note {
        Some(note) => push(&[Run::new(note, Tone::Strong)], &[], &[]),
        None => push(&[Run::new(OPENING, Tone::Strong)], &[], &[]),
    }
    let bullet = [Run::new(format!("{} ", glyphs.bullet), Tone::Bullet)];
    let indent = [Run::new("  ", Tone::Body)];
    for resource in &pack.crisis {
        push(&[], &[], &[]);
        push(&[Run::new(&resource.name, Tone::Urgent)], &[], &[]);
        push(
            &[Run::new(&resource.contact, Tone::Strong)],
            &indent,
            &indent,
        );
        if let Some(when) = &resource.when {
            push(&[Run::new(when, Tone::Body)], &indent, &indent);
        }
        for detail in &resource.details {
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

/// The text of one open panel: with the self-check's calm note when an urgent answer
/// opened it. Drawing and scrolling both use this, so they always agree on its length.
pub fn panel_lines(app: &App, urgent: bool, width: usize) -> Vec<DocLine> {
    let note = urgent.then_some(app.pack.questionnaire.urgent_message.as_str());
    lines(&app.pack, note, width, app.glyphs)
}

pub fn render(app: &App, overlay: &OpenOverlay, area: Rect, buf: &mut Buffer) {
    let panel = layout::panel(area, MAX_WIDTH);
    let inner = inner(area);
    clear(panel, buf, THEME.base);
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
            THEME.crisis_badge,
        );
        draw_lines(&text, scroll, inner, buf);
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
                THEME.crisis_badge,
            );
        }
        return;
    }

    let hint = if more_below {
        " ↓ more · Esc close "
    } else {
        " Esc close "
    };
    Block::bordered()
        .border_type(BorderType::Double)
        .border_style(THEME.crisis_border)
        .title(ratatui::text::Line::styled(
            " Get help now ",
            THEME.crisis_title,
        ))
        .title_bottom(ratatui::text::Line::styled(hint, THEME.key).right_aligned())
        .render(panel, buf);
    draw_lines(&text, scroll, inner, buf);
}
