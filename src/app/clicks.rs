//! What a click or touch at a cell hits. The frame's own parts (the footer's crisis badge,
//! the header's buttons) are found here; inside a panel or a screen, its module says,
//! from the same layout its drawing uses, so what is clicked is what was drawn there.

use ratatui::layout::Position;
use unicode_width::UnicodeWidthStr;

use super::{Action, App, Overlay, Screen};
pub use crate::input::action::Target;
use crate::screens::cover::Cover;
use crate::screens::{chrome, crisis, dialog, help};
use crate::ui::geometry as layout;

/// A click or touch at a cell, as an action: what it hit. A touch on nothing is still
/// someone there (it answers a kiosk's "Still there?").
pub fn click(app: &App, column: u16, row: u16) -> Action {
    at(app, column, row).map_or(Action::Activity, Action::Click)
}

pub fn at(app: &App, column: u16, row: u16) -> Option<Target> {
    let ctx = app.ctx();
    let area = app.area;
    let here = Position::new(column, row);
    if !area.contains(here) {
        return None;
    }
    if app.cover_on_top() {
        return Cover::target(&ctx, area, here);
    }
    if layout::too_small(area) {
        // The whole notice says how to get help; touching it opens the panel, and inside
        // the panel the last row says how to close it.
        return match app.top_overlay() {
            Some(Overlay::Crisis) => crisis::target(area, here),
            _ => Some(Target::Crisis),
        };
    }
    let areas = layout::areas(area);
    if areas.footer.contains(here) {
        let badge = chrome::badge(&ctx, app.context(), usize::from(areas.footer.width));
        let badge_end = areas.footer.x + u16::try_from(badge.width()).unwrap_or(0);
        return (column < badge_end).then_some(Target::Crisis);
    }
    if let Some(top) = app.top_overlay() {
        return match top {
            Overlay::Crisis => crisis::target(area, here),
            Overlay::Help => help::target(area, here),
            Overlay::Confirm(question) => dialog::target(&ctx, question, here),
            Overlay::AdminPin => None,
        };
    }
    if areas.header.contains(here) {
        let buttons = chrome::header_buttons(&ctx, app.can_go_back(), areas.header);
        if buttons.back.is_some_and(|r| r.contains(here)) {
            return Some(Target::Back);
        }
        if buttons.end_session.is_some_and(|r| r.contains(here)) {
            return Some(Target::EndSession);
        }
        return None;
    }
    let body = areas.body;
    match app.screen {
        Screen::Welcome => app.welcome.target(&ctx, body, here),
        Screen::Contents => app.contents.target(&ctx, body, here),
        Screen::Search => app.search.target(body, here),
        Screen::Reader => app.reader.target(&ctx, here),
        Screen::SelfCheck => app.self_check.target(&ctx, here),
        Screen::Settings => app.settings_screen.target(&ctx, body, here),
        Screen::Plan => app.plan.target(&ctx, body, here),
        Screen::Glossary | Screen::Sources => None,
    }
}
