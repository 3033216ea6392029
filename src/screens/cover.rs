//! The cover: one key (Ctrl-W) puts a neutral page over everything, a page that says
//! nothing about health, for when someone walks up. The crisis keys still work on it, and
//! its footer says how to get help in words that name nothing. In personal and counselor
//! modes the same key brings back exactly what was there; a kiosk wipes the session when
//! it is covered, so any key or touch then starts afresh.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use unicode_width::UnicodeWidthStr;

use super::Ctx;
use crate::config::Mode;
use crate::input::action::{Action, Target};
use crate::ui::clear;

/// The cover, up. `below` is how many panels were open when it went up: those stay hidden
/// under it; any opened since (the crisis panel) are over it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cover {
    pub below: usize,
}

/// What an action does while the cover is on top.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CoverStep {
    /// Nothing: the cover stays, and nothing under it changes.
    Stay,
    /// Take the cover away.
    Uncover,
    /// Handled as anywhere else: the crisis panel, a new size, the clock, quitting.
    Pass,
}

impl Cover {
    /// What `action` does while the cover is on top, in `mode`.
    pub fn update(action: Action, mode: Mode) -> CoverStep {
        match action {
            Action::OpenCrisis
            | Action::Resize { .. }
            | Action::Tick(_)
            | Action::Click(Target::Crisis) => CoverStep::Pass,
            Action::Quit if mode != Mode::Kiosk => CoverStep::Pass,
            Action::Cover => CoverStep::Uncover,
            // The kiosk's session is already wiped: whoever comes next starts afresh.
            _ if mode == Mode::Kiosk => CoverStep::Uncover,
            _ => CoverStep::Stay,
        }
    }

    /// What a click or touch hits: the footer's help badge opens the crisis panel.
    pub fn target(ctx: &Ctx, area: Rect, here: Position) -> Option<Target> {
        let footer = footer_row(area)?;
        let badge = badge(ctx, usize::from(area.width));
        let on_badge = here.y == footer && here.x < area.x + width_u16(badge);
        on_badge.then_some(Target::Crisis)
    }

    /// The neutral page: a title, a line, and a footer, at any size.
    pub fn render(ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        let theme = ctx.theme();
        let text = ctx.text();
        clear(area, buf, theme.base);
        if area.is_empty() {
            return;
        }
        let width = usize::from(area.width);
        if area.height >= 3 {
            buf.set_stringn(
                area.x + 1,
                area.y,
                text.cover_title,
                width.saturating_sub(1),
                theme.header,
            );
            buf.set_stringn(
                area.x + 1,
                area.y + 2,
                text.cover_body,
                width.saturating_sub(1),
                theme.dim,
            );
        }
        let Some(footer) = footer_row(area) else {
            return;
        };
        let badge = badge(ctx, width);
        buf.set_stringn(area.x, footer, badge, width, theme.crisis_badge);
        let hint = match ctx.mode() {
            Mode::Kiosk => text.cover_kiosk_hint,
            Mode::Personal | Mode::Counselor => text.cover_back_hint,
        };
        let hint = format!(" {hint} ");
        if badge.width() + hint.width() <= width {
            let x = area.right() - width_u16(&hint);
            buf.set_stringn(x, footer, &hint, hint.width(), theme.dim);
        }
    }
}

/// The last row, where the footer goes.
fn footer_row(area: Rect) -> Option<u16> {
    area.bottom().checked_sub(1).filter(|_| !area.is_empty())
}

/// The longest help badge that fits, leaving room for a short hint where there is some.
fn badge(ctx: &Ctx, width: usize) -> &'static str {
    let badges = &ctx.text().cover_badges;
    badges
        .iter()
        .find(|b| b.width() + 12 <= width)
        .or_else(|| badges.iter().find(|b| b.width() <= width))
        .copied()
        .unwrap_or(badges[badges.len() - 1])
}

fn width_u16(text: &str) -> u16 {
    u16::try_from(text.width()).unwrap_or(u16::MAX)
}
