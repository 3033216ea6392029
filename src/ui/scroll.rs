//! Scrolling, for every screen and panel: the one limit a scroll position is kept within,
//! and how one scrolling action moves it. Drawing and `update` both use `limit`, so what is
//! drawn is always where the position says.

use crate::input::action::Action;

/// The furthest a text of `lines` lines scrolls when `page` of them show at once.
pub fn limit(lines: usize, page: usize) -> usize {
    lines.saturating_sub(page.max(1))
}

/// Moves a scroll position (or a selection) by one scrolling action, within `0..=max`. A page
/// moves one line less than a page, so the line at the edge stays in view.
pub fn scrolled(position: usize, action: Action, max: usize, page: usize) -> usize {
    let step = page.saturating_sub(1).max(1);
    match action {
        Action::Up => position.saturating_sub(1),
        Action::Down => position.saturating_add(1),
        Action::PageUp => position.saturating_sub(step),
        Action::PageDown => position.saturating_add(step),
        Action::Top => 0,
        Action::Bottom => max,
        _ => position,
    }
    .min(max)
}

/// Moves `position` by `action` within `max`, and says whether it moved.
pub fn scroll(position: &mut usize, action: Action, max: usize, page: usize) -> bool {
    let moved = scrolled(*position, action, max, page);
    let changed = moved != *position;
    *position = moved;
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_keeps_one_line_in_view_and_never_passes_the_limit() {
        assert_eq!(scrolled(0, Action::PageDown, 100, 10), 9);
        assert_eq!(scrolled(95, Action::PageDown, 100, 10), 100);
        assert_eq!(scrolled(3, Action::PageUp, 100, 10), 0);
        assert_eq!(scrolled(7, Action::Bottom, 20, 10), 20);
        assert_eq!(scrolled(50, Action::Up, 20, 10), 20, "clamped to the limit");
    }

    #[test]
    fn the_limit_shows_a_whole_last_page() {
        assert_eq!(limit(30, 10), 20);
        assert_eq!(limit(5, 10), 0);
        assert_eq!(limit(5, 0), 4, "a zero-row page counts as one row");
    }
}
