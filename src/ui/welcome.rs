//! The welcome screen: what lantern is and is not, and where to go.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::theme::Theme;
use super::{draw_lines, layout};
use crate::app::{App, WelcomeItem};
use crate::config::Mode;
use crate::document::{DocLine, Lines, Run, Tone};

pub const DISCLAIMER: &str = "lantern is not medical advice and it cannot diagnose you. \
     For advice about your own health, talk to a doctor, nurse or counselor.";
pub const PRIVACY: &str =
    "lantern works offline. Nothing you do here is sent anywhere, or saved unless you ask.";
pub const KIOSK_PRIVACY: &str = "Nothing you do here is sent anywhere or saved. When you \
     step away, this screen clears itself; press e or touch End session to clear it now.";
pub const KIOSK_START: &str = "Touch an item below, or press its number, to begin.";
pub const KIOSK_HELP: &str = "Need help right now? Call or text 988. Press ! or touch the \
     help bar at the bottom to see every way to get help here.";

pub fn item_text(app: &App, item: WelcomeItem) -> (String, String) {
    if item == WelcomeItem::Continue {
        let section = app
            .resume
            .and_then(|(i, _)| app.pack.sections.get(i).map(|s| (i, s)));
        return (
            "Continue reading".to_string(),
            match section {
                Some((i, s)) => format!("Where you left off: {}. {}", i + 1, s.title),
                None => "Where you left off".to_string(),
            },
        );
    }
    let (name, about) = fixed_item_text(item);
    if item == WelcomeItem::Read {
        // The pack's topic, not the built-in one's: any pack may be loaded.
        let topic = app.pack.meta.topic();
        return (
            name.to_string(),
            format!("Learn about {topic}, section by section"),
        );
    }
    (name.to_string(), about.to_string())
}

fn fixed_item_text(item: WelcomeItem) -> (&'static str, &'static str) {
    match item {
        WelcomeItem::Continue => ("Continue reading", "Where you left off"),
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

/// What the welcome screen draws and where: its lines, the rectangle they go in, and for
/// each menu item the first line and the number of lines it takes (for clicks).
pub struct WelcomeLayout {
    pub lines: Vec<DocLine>,
    pub rect: Rect,
    pub items: Vec<(usize, usize)>,
}

pub fn layout(app: &App, area: Rect) -> WelcomeLayout {
    let column = layout::text_column(area);
    let width = usize::from(column.width);
    let kiosk = app.mode() == Mode::Kiosk;

    // Each item laid out on its own, so a click can be matched to the item it hits.
    let mut menu: Vec<Vec<DocLine>> = Vec::new();
    for (i, item) in app.welcome_items().iter().enumerate() {
        let (name, about) = item_text(app, *item);
        let selected = i == app.welcome_selected;
        let marker = if selected { app.glyphs.marker } else { "  " };
        let tone = if selected { Tone::Strong } else { Tone::Body };
        let mut lines = Lines::new(width);
        lines.push(
            &[
                Run::new(format!("{}  {name}", i + 1), tone),
                Run::new(format!(" — {about}"), Tone::Dim),
            ],
            &[Run::new(marker, tone)],
            &[Run::new("     ", Tone::Body)],
        );
        menu.push(lines.into_lines());
    }
    let menu_height: usize = menu.iter().map(Vec::len).sum();

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
    let privacy = if kiosk { KIOSK_PRIVACY } else { PRIVACY };

    let mut head = Lines::new(width);
    head.text("lantern", Tone::Title);
    head.text(&app.pack.meta.title, Tone::Heading);
    head.blank();
    head.text(&app.pack.meta.about_text(), Tone::Body);
    head.blank();
    head.text(DISCLAIMER, Tone::Strong);
    head.blank();
    if kiosk {
        head.text(KIOSK_HELP, Tone::Urgent);
        head.blank();
        head.text(KIOSK_START, Tone::Heading);
        head.blank();
    }
    let mut end = Lines::new(width);
    end.blank();
    end.text(privacy, Tone::Body);
    end.text(&review, Tone::Dim);
    let (head, end) = (head.into_lines(), end.into_lines());

    let (head, end, rect) = if head.len() + menu_height + end.len() < usize::from(column.height) {
        let rect = Rect::new(column.x, column.y + 1, column.width, column.height - 1);
        (head, end, rect)
    } else {
        // Too short for everything: the menu and the one line that must never be lost.
        let mut compact = Lines::new(width);
        compact.text("Not medical advice. Not a diagnosis.", Tone::Strong);
        compact.blank();
        let mut end = Lines::new(width);
        end.blank();
        end.text(privacy, Tone::Body);
        (compact.into_lines(), end.into_lines(), column)
    };
    let mut lines = head;
    let mut items = Vec::new();
    for item in menu {
        items.push((lines.len(), item.len()));
        lines.extend(item);
    }
    lines.extend(end);
    WelcomeLayout { lines, rect, items }
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = Theme::of(app);
    let welcome = layout(app, area);
    draw_lines(theme, &welcome.lines, 0, welcome.rect, buf);
}
