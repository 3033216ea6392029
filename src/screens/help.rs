//! The help panel: the keys of the screen under it, generated from the keymap itself.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::widgets::{Block, Widget};
use unicode_width::UnicodeWidthStr;

use super::Ctx;
use crate::document::{DocLine, Lines, Run, Tone};
use crate::i18n::Catalog;
use crate::input::action::{Action, Target};
use crate::input::keymap::{help_rows, Context, KeyMode};
use crate::ui::{clear, draw_lines, geometry as layout, scroll};

/// The keys of `context` (what is under the panel) at a width.
pub fn lines(ctx: &Ctx, context: Context, width: usize) -> Vec<DocLine> {
    lines_for(ctx.keys, context, width, ctx.text())
}

/// The furthest the panel scrolls.
pub fn max_scroll(ctx: &Ctx, context: Context) -> usize {
    let inner = inner(ctx.area);
    scroll::limit(
        lines(ctx, context, usize::from(inner.width)).len(),
        usize::from(inner.height),
    )
}

/// Scrolls the panel; says whether it moved.
pub fn update(position: &mut usize, action: Action, ctx: &Ctx, context: Context) -> bool {
    let page = usize::from(inner(ctx.area).height).max(1);
    scroll::scroll(position, action, max_scroll(ctx, context), page)
}

/// What a click or touch hits: the bottom border closes the panel.
pub fn target(area: Rect, here: Position) -> Option<Target> {
    let panel = layout::panel(area, MAX_WIDTH);
    let bottom = panel.bottom().checked_sub(1)?;
    (here.y == bottom && panel.contains(here)).then_some(Target::Close)
}

/// The label on the bottom border, which a click or touch also closes the panel by; it
/// says when there are more keys below, as the crisis panel does.
fn close_hint(ctx: &Ctx, more_below: bool) -> &'static str {
    let [mouse_more, mouse, more, plain] = ctx.text().help_close_hints;
    match (ctx.settings.mouse, more_below) {
        (true, true) => mouse_more,
        (true, false) => mouse,
        (false, true) => more,
        (false, false) => plain,
    }
}

pub fn render(ctx: &Ctx, scroll: usize, context: Context, area: Rect, buf: &mut Buffer) {
    let theme = ctx.theme();
    if layout::too_small(area) {
        return;
    }
    let panel = layout::panel(area, MAX_WIDTH);
    let inner = inner(area);
    clear(panel, buf, theme.base);
    let words = ctx.text();
    let title = (words.help_title)(context_name(context, words));
    let text = lines(ctx, context, usize::from(inner.width));
    let scroll = scroll.min(scroll::limit(text.len(), usize::from(inner.height)));
    let more_below = scroll + usize::from(inner.height) < text.len();
    Block::bordered()
        .border_style(theme.key)
        .title(ratatui::text::Line::styled(title, theme.key))
        .title_bottom(
            // Not bold as the border is: bold and dim at once are one intensity or two,
            // depending on the terminal, so a cell must never ask for both.
            ratatui::text::Line::styled(
                close_hint(ctx, more_below),
                theme.dim.remove_modifier(ratatui::style::Modifier::BOLD),
            )
            .right_aligned(),
        )
        .render(panel, buf);
    draw_lines(theme, &text, scroll, inner, buf);
}

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
        Context::Cover => text.cover_title,
        Context::Plan | Context::PlanText => text.plan_title,
    }
}

/// The keys of a screen, one row each, from the keymap itself.
pub fn lines_for(keys: KeyMode, context: Context, width: usize, text: &Catalog) -> Vec<DocLine> {
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
    // Said where the key is listed, so no one trusts it for more than it does.
    l.blank();
    l.text(text.help_cover_limits, Tone::Dim);
    l.into_lines()
}
