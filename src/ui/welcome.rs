//! The welcome screen: what lantern is and is not, and where to go.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::{draw_lines, layout};
use crate::app::{App, WelcomeItem, WELCOME_ITEMS};
use crate::document::{wrap, DocLine, Run, Tone};

pub const DISCLAIMER: &str = "lantern is not medical advice and it cannot diagnose you. \
     For advice about your own health, talk to a doctor, nurse or counselor.";
pub const ABOUT: &str = "Plain, sourced facts about ketamine, esketamine and depression: what \
     they are, what they can and cannot do, their risks, and where to find help.";
pub const PRIVACY: &str = "lantern works offline. Nothing you do here is saved or sent anywhere.";

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
    let mut lines: Vec<DocLine> = Vec::new();
    let push = |runs: &[Run], prefix: &[Run], rest: &[Run], lines: &mut Vec<DocLine>| {
        for (runs, _) in wrap(runs, width, prefix, rest) {
            lines.push(DocLine {
                runs,
                anchor: Default::default(),
            });
        }
    };
    let blank = |lines: &mut Vec<DocLine>| {
        lines.push(DocLine {
            runs: Vec::new(),
            anchor: Default::default(),
        })
    };

    let mut menu = Vec::new();
    for (i, item) in WELCOME_ITEMS.iter().enumerate() {
        let (name, about) = item_text(*item);
        let selected = i == app.welcome_selected;
        let marker = if selected { app.glyphs.marker } else { "  " };
        let tone = if selected { Tone::Strong } else { Tone::Body };
        push(
            &[
                Run::new(format!("{}  {name}", i + 1), tone),
                Run::new(format!(" — {about}"), Tone::Dim),
            ],
            &[Run::new(marker, tone)],
            &[Run::new("     ", Tone::Body)],
            &mut menu,
        );
    }

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

    push(&[Run::new("lantern", Tone::Title)], &[], &[], &mut lines);
    push(
        &[Run::new(&app.pack.meta.title, Tone::Heading)],
        &[],
        &[],
        &mut lines,
    );
    blank(&mut lines);
    push(&[Run::new(ABOUT, Tone::Body)], &[], &[], &mut lines);
    blank(&mut lines);
    push(&[Run::new(DISCLAIMER, Tone::Strong)], &[], &[], &mut lines);
    blank(&mut lines);
    lines.extend(menu.iter().cloned());
    blank(&mut lines);
    push(&[Run::new(PRIVACY, Tone::Body)], &[], &[], &mut lines);
    push(&[Run::new(review, Tone::Dim)], &[], &[], &mut lines);

    let height = usize::from(column.height);
    if lines.len() < height {
        let top = Rect::new(column.x, column.y + 1, column.width, column.height - 1);
        draw_lines(&lines, 0, top, buf);
    } else {
        // Too short for everything: the menu and the one line that must never be lost.
        let mut compact = Vec::new();
        push(
            &[Run::new(
                "Not medical advice. Not a diagnosis.",
                Tone::Strong,
            )],
            &[],
            &[],
            &mut compact,
        );
        blank(&mut compact);
        compact.extend(menu);
        blank(&mut compact);
        push(&[Run::new(PRIVACY, Tone::Body)], &[], &[], &mut compact);
        draw_lines(&compact, 0, column, buf);
    }
}
