//! What a click or touch at a cell hits. Computed from the same layout functions drawing
//! uses, so what is clicked is what was drawn there.

use ratatui::layout::{Position, Rect};

use super::{contents, crisis, dialog, footer, header_buttons, help, layout, reader, search};
use super::{selfcheck, settings, welcome};
use crate::app::{Action, App, Overlay, Screen, Stage};
pub use crate::input::action::Target;
use unicode_width::UnicodeWidthStr;

/// The line of `rows` (each a first line and a height) that row `line` falls in.
fn item_at(rows: &[(usize, usize)], line: usize) -> Option<usize> {
    rows.iter()
        .position(|&(start, height)| (start..start + height).contains(&line))
}

/// A click or touch at a cell, as an action: what it hit. A touch on nothing is still
/// someone there (it answers a kiosk's "Still there?").
pub fn click(app: &App, column: u16, row: u16) -> Action {
    at(app, column, row).map_or(Action::Activity, Action::Click)
}

pub fn at(app: &App, column: u16, row: u16) -> Option<Target> {
    let area = app.area;
    let here = Position::new(column, row);
    if !area.contains(here) {
        return None;
    }
    if layout::too_small(area) {
        // The whole notice says how to get help; touching it opens the panel, and inside
        // the panel the last row says how to close it.
        return match app.top_overlay() {
            Some(Overlay::Crisis) if row + 1 == area.bottom() => Some(Target::Close),
            Some(Overlay::Crisis) => None,
            _ => Some(Target::Crisis),
        };
    }
    let areas = layout::areas(area);
    if areas.footer.contains(here) {
        let badge = footer::badge(app, usize::from(areas.footer.width));
        let badge_end = areas.footer.x + u16::try_from(badge.width()).unwrap_or(0);
        return (column < badge_end).then_some(Target::Crisis);
    }
    if let Some(top) = app.top_overlay() {
        return overlay_target(app, top, here);
    }
    if areas.header.contains(here) {
        let buttons = header_buttons(app, areas.header);
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
        Screen::Welcome => {
            let welcome = welcome::layout(app, body);
            let line = line_in(welcome.rect, here)?;
            if let Some((at, spots)) = &welcome.switch {
                if line == *at {
                    let column = usize::from(column - welcome.rect.x);
                    return spots
                        .iter()
                        .find(|s| (s.column..s.column + s.width).contains(&column))
                        .map(|s| Target::Language(s.lang));
                }
            }
            item_at(&welcome.items, line).map(Target::WelcomeItem)
        }
        Screen::Contents => {
            let (list, first, visible) = contents::list(app, body);
            let offset = usize::from(row.checked_sub(list.y)?);
            if !list.contains(here) {
                return None;
            }
            let index = first + offset / usize::from(contents::ROWS_PER_ITEM);
            (index < first + visible && index < app.contents_len())
                .then_some(Target::ContentsRow(index))
        }
        Screen::Search => {
            let (list, first, visible) = search::list(app, body);
            if !list.contains(here) {
                return None;
            }
            let index = first + usize::from(row - list.y) / usize::from(search::ROWS_PER_HIT);
            (index < first + visible && index < app.search.hits.len())
                .then_some(Target::SearchHit(index))
        }
        Screen::Reader => {
            let (previous, next) = reader::nav_buttons(app, area)?;
            if previous.contains(here) {
                Some(Target::PreviousSection)
            } else if next.contains(here) {
                Some(Target::NextSection)
            } else {
                None
            }
        }
        Screen::SelfCheck => match app.self_check.stage {
            Stage::Intro => Some(Target::Start),
            Stage::Question(i) => {
                let width = usize::from(layout::reader_text(area).width);
                let (_, rows) = selfcheck::question_layout(app, i, width);
                let (rect, scroll) = selfcheck::question_view(app, i, area);
                line_in(rect, here)
                    .and_then(|line| item_at(&rows, line + scroll))
                    .map(Target::Choice)
            }
            Stage::Results => None,
        },
        Screen::Settings => {
            let settings = settings::layout(app, body);
            line_in(settings.rect, here)
                .and_then(|line| item_at(&settings.rows, line + settings.scroll))
                .map(Target::Setting)
        }
        Screen::Glossary | Screen::Sources => None,
    }
}

/// The line of `rect` a position is on, counted from its top.
fn line_in(rect: Rect, here: Position) -> Option<usize> {
    rect.contains(here).then(|| usize::from(here.y - rect.y))
}

fn overlay_target(app: &App, top: Overlay, here: Position) -> Option<Target> {
    let area = app.area;
    match top {
        Overlay::Crisis | Overlay::Help => {
            let panel = match top {
                Overlay::Crisis => layout::panel(area, crisis::MAX_WIDTH),
                _ => layout::panel(area, help::MAX_WIDTH),
            };
            let bottom = panel.bottom().checked_sub(1)?;
            (here.y == bottom && panel.contains(here)).then_some(Target::Close)
        }
        Overlay::Confirm(question) => {
            let (_, yes, no) = dialog::confirm_layout(question, area, app.text());
            if yes.contains(here) {
                Some(Target::Yes)
            } else if no.contains(here) {
                Some(Target::No)
            } else {
                None
            }
        }
        Overlay::AdminPin => None,
    }
}
