//! The welcome screen: what lantern is and is not, and where to go.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::{draw_lines, layout};
use crate::app::{App, WelcomeItem, WELCOME_ITEMS};
use crate::document::{Lines, Run, Tone};

pub const DISCLAIMER: &str = "lantern is not medical advice and it cannot diagnose you. \
     For advice about your own health, talk to a doctor, nurse or counselor.";
pub const ABOUT: &str = "Plain, sourced facts about ketamine, esketamine and depression: what \
     they are, what they can and cannot do, their risks, and where to find help.";
pub const PRIVACY: &str =
    "lantern works offline. Nothing you do here is sent anywhere, or saved unless you ask.";

pub fn item_text(item: WelcomeItem) -> (&'static str, &'static str) {
    match item {
        WelcomeItem::Read => (
            "Read",
            "Learn about ketamine and depression, section by section",
        ),
        WelcomeItem::SelfCheck => (
            "Self-check",
            "Should I talk to a professional? Short questions, no score",
        ),
        WelcomeItem::GetHelp => ("Get help now", "Crisis lines to call or text, 988 first"),
    }
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let column = layout::text_column(area);
    let width = usize::from(column.width);

    let mut menu = Lines::new(width);
    for (i, item) in WELCOME_ITEMS.iter().enumerate() {
        let (name, about) = item_text(*item);
        let selected = i == app.welcome_selected;
        let marker = if selected { app.glyphs.marker } else { "  " };
        let tone = if selected { Tone::Strong } else { Tone::Body };
        menu.push(
            &[
                Run::new(format!("{}  {name}", i + 1), tone),
                Run::new(format!(" — {about}"), Tone::Dim),
            ],
            &[Run::new(marker, tone)],
            &[Run::new("     ", Tone::Body)],
        );
    }
    let menu = menu.into_lines();

    let review = match &app.pack.meta.reviewer {
        Some(reviewer) => format!(
            "Content last reviewed {} by {reviewer}.",
            app.pack.meta.last_reviewed
        ),
        None => format!(
            "Content last reviewed {}. It has not yet been reviewed by a clinician.",
            app.pack.meta.last_reviewed
        ),
    };

    let mut full = Lines::new(width);
    full.text("lantern", Tone::Title);
    full.text(&app.pack.meta.title, Tone::Heading);
    full.blank();
    full.text(ABOUT, Tone::Body);
    full.blank();
    full.text(DISCLAIMER, Tone::Strong);
    full.blank();
    let mut lines = full.into_lines();
    lines.extend(menu.iter().cloned());
    let mut end = Lines::new(width);
    end.blank();
    end.text(PRIVACY, Tone::Body);
    end.text(&review, Tone::Dim);
    lines.extend(end.into_lines());

    if lines.len() < usize::from(column.height) {
        let top = Rect::new(column.x, column.y + 1, column.width, column.height - 1);
        draw_lines(&lines, 0, top, buf);
    } else {
        // Too short for everything: the menu and the one line that must never be lost.
        let mut compact = Lines::new(width);
        compact.text("Not medical advice. Not a diagnosis.", Tone::Strong);
        compact.blank();
        let mut lines = compact.into_lines();
        lines.extend(menu);
        let mut end = Lines::new(width);
        end.blank();
        end.text(PRIVACY, Tone::Body);
        lines.extend(end.into_lines());
        draw_lines(&lines, 0, column, buf);
    }
}
