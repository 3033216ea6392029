//! The crisis panel: free help to call or text, 988 always first. It opens over any screen
//! with one key and closes back to exactly where the person was.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::widgets::{Block, BorderType, Widget};

use super::Ctx;
use crate::config::{LocalHelp, Mode};
use crate::content::Pack;
use crate::document::{DocLine, Glyphs, Lines, Run, Tone};
use crate::i18n::Catalog;
use crate::input::action::{Action, Target};
use crate::ui::qr::QrCells;
use crate::ui::{clear, draw_lines, fit, geometry as layout, scroll};

/// What an open panel shows beyond the help itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Extra {
    /// Opened by an urgent self-check answer: the panel starts with a calm message.
    pub urgent: bool,
    /// A kiosk whose content failed its check: a line for staff comes last.
    pub staff: bool,
}

/// The kiosk's own entries; other modes show only the pack's. The built-in "tell the
/// front desk" entry is said in the language on screen; a kiosk's own are as written.
pub fn local_help(ctx: &Ctx) -> Vec<LocalHelp> {
    if ctx.mode() != Mode::Kiosk {
        return Vec::new();
    }
    let default = LocalHelp::front_desk();
    ctx.settings
        .local_help
        .iter()
        .map(|entry| {
            if *entry == default {
                LocalHelp::front_desk_in(ctx.text())
            } else {
                entry.clone()
            }
        })
        .collect()
}

/// The contact card the panel's QR code holds: 988 by its name, number and web address,
/// and a kiosk's own help as a note. A phone's camera offers to save it or to call.
pub fn card(ctx: &Ctx) -> String {
    let mut card = String::from("BEGIN:VCARD\r\nVERSION:3.0\r\n");
    if let Some(first) = ctx.pack.crisis.first() {
        card.push_str(&format!(
            "FN:{}\r\nTEL;TYPE=VOICE,TEXT:{}\r\n",
            vcard_text(&first.name),
            vcard_text(&first.number)
        ));
    }
    for help in local_help(ctx) {
        card.push_str(&format!(
            "NOTE:{}\r\n",
            vcard_text(&format!("{}: {}", help.name, help.contact))
        ));
    }
    card.push_str("END:VCARD\r\n");
    card
}

/// A vCard text value: its commas, semicolons and backslashes escaped, on one line.
fn vcard_text(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '\\' | ',' | ';' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The panel's QR code, where it can be shown: characters beyond ASCII, colours (not the
/// mono theme), the normal layout, and room in the panel for the whole code at once (a
/// camera cannot read part of one). 988 and the rest are in the text above it whether it
/// shows or not.
pub fn code(ctx: &Ctx, width: usize) -> Option<QrCells> {
    if ctx.settings.ascii
        || ctx.settings.theme == crate::config::ThemeName::Mono
        || layout::too_small(ctx.area)
    {
        return None;
    }
    let rows = inner(ctx.area).height;
    QrCells::of(&card(ctx))
        .filter(|code| usize::from(code.width()) <= width && code.height() <= rows)
}

/// The text of an open panel at a width. Drawing and scrolling both use this, so they
/// agree on its length. Where the QR code shows, its rows are kept blank at the end.
pub fn lines(ctx: &Ctx, extra: Extra, width: usize) -> Vec<DocLine> {
    laid_out(ctx, extra, width).0
}

/// The panel's text, and where its QR code goes in it (its first line) when it shows: after
/// every resource, before the closing lines, blank rows the code is drawn over.
fn laid_out(ctx: &Ctx, extra: Extra, width: usize) -> (Vec<DocLine>, Option<(usize, QrCells)>) {
    let note = extra
        .urgent
        .then_some(ctx.pack.questionnaire.urgent_message.as_str());
    // Below the minimum size there is room for 988 only, not the staff line.
    let staff =
        (extra.staff && !layout::too_small(ctx.area)).then_some(ctx.text().kiosk_content_failed);
    let code = code(ctx, width);
    let (lines, start) = lines_for(
        ctx.pack,
        &local_help(ctx),
        Words {
            note,
            staff,
            code_rows: code.as_ref().map(QrCells::height),
        },
        width,
        ctx.glyphs,
        ctx.text(),
    );
    (lines, start.zip(code))
}

/// What the panel says beyond the resources: the calm note, the staff line, and the rows
/// kept for the QR code.
struct Words<'a> {
    note: Option<&'a str>,
    staff: Option<&'a str>,
    code_rows: Option<u16>,
}

/// The furthest the panel scrolls.
pub fn max_scroll(ctx: &Ctx, extra: Extra) -> usize {
    let inner = inner(ctx.area);
    scroll::limit(
        lines(ctx, extra, usize::from(inner.width)).len(),
        usize::from(inner.height),
    )
}

/// Scrolls the panel; says whether it moved.
pub fn update(position: &mut usize, action: Action, ctx: &Ctx, extra: Extra) -> bool {
    let page = usize::from(inner(ctx.area).height).max(1);
    scroll::scroll(position, action, max_scroll(ctx, extra), page)
}

/// What a click or touch hits: the bottom border (or, when small, the last row) closes it.
pub fn target(area: Rect, here: Position) -> Option<Target> {
    if layout::too_small(area) {
        return (here.y + 1 == area.bottom()).then_some(Target::Close);
    }
    let panel = layout::panel(area, MAX_WIDTH);
    let bottom = panel.bottom().checked_sub(1)?;
    (here.y == bottom && panel.contains(here)).then_some(Target::Close)
}

/// The label on the panel's bottom border, which a click or touch also closes it by.
fn close_hint(ctx: &Ctx, more_below: bool) -> &'static str {
    let [mouse_more, mouse, more, plain] = ctx.text().crisis_close_hints;
    match (ctx.settings.mouse, more_below) {
        (true, true) => mouse_more,
        (true, false) => mouse,
        (false, true) => more,
        (false, false) => plain,
    }
}

pub fn render(ctx: &Ctx, scroll: usize, extra: Extra, area: Rect, buf: &mut Buffer) {
    let theme = ctx.theme();
    let words = ctx.text();
    let panel = layout::panel(area, MAX_WIDTH);
    let inner = inner(area);
    clear(panel, buf, theme.base);
    let (text, code) = laid_out(ctx, extra, usize::from(inner.width));
    let scroll = scroll.min(scroll::limit(text.len(), usize::from(inner.height)));
    let more_below = scroll + usize::from(inner.height) < text.len();

    if layout::too_small(area) {
        // No room for a border: 988 first, the text, then one row saying how to close it.
        let first = fit(&words.call_or_text_988, usize::from(area.width));
        buf.set_stringn(
            area.x,
            area.y,
            &first,
            usize::from(area.width),
            theme.crisis_badge,
        );
        draw_lines(theme, &text, scroll, inner, buf);
        if area.height >= 2 {
            let [with_more, close, esc] = words.crisis_compact_hints;
            let hint = fit(
                &[if more_below { with_more } else { close }, close, esc],
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

    let hint = close_hint(ctx, more_below);
    Block::bordered()
        .border_type(BorderType::Double)
        .border_style(theme.crisis_border)
        .title(ratatui::text::Line::styled(
            format!(" {} ", words.get_help_now),
            theme.crisis_title,
        ))
        .title_bottom(ratatui::text::Line::styled(hint, theme.key).right_aligned())
        .render(panel, buf);
    draw_lines(theme, &text, scroll, inner, buf);
    if let Some((start, code)) = code {
        // The rows of the code scrolled above the view are not drawn.
        let below = u16::try_from(start.saturating_sub(scroll)).unwrap_or(u16::MAX);
        let x = inner.x + (inner.width - code.width()) / 2;
        code.render(
            scroll.saturating_sub(start),
            (x, inner.y.saturating_add(below)),
            inner,
            buf,
        );
    }
}

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
fn lines_for(
    pack: &Pack,
    local: &[LocalHelp],
    words: Words,
    width: usize,
    glyphs: Glyphs,
    text: &Catalog,
) -> (Vec<DocLine>, Option<usize>) {
    let Words {
        note,
        staff,
        code_rows,
    } = words;
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
    let mut code_start = None;
    if let Some(rows) = code_rows {
        push(&[], &[], &[]);
        push(&[Run::new(text.crisis_qr_caption, Tone::Dim)], &[], &[]);
        code_start = Some(l.len());
        for _ in 0..rows {
            l.blank();
        }
    }
    let mut push = |runs: &[Run], first: &[Run], rest: &[Run]| l.push(runs, first, rest);
    push(&[], &[], &[]);
    push(&[Run::new(text.crisis_how, Tone::Dim)], &[], &[]);
    // After every line of help: the way to the plan, for when the worst has passed.
    push(&[], &[], &[]);
    push(&[Run::new(text.plan_link, Tone::Strong)], &[], &[]);
    // A line for staff (a kiosk whose content failed its check) comes after all the help:
    // the first words a visitor reads are where to get it. The border's "↓ more" leads
    // staff down to it.
    if let Some(staff) = staff {
        push(&[], &[], &[]);
        push(&[Run::new(staff, Tone::Dim)], &[], &[]);
    }
    (l.into_lines(), code_start)
}
