//! Every style lantern uses, in one place. Colours come from the terminal's own 16-colour
//! palette, so the person's colour scheme applies; nothing depends on colour alone.

use ratatui::style::{Color, Modifier, Style};

use crate::content::CalloutKind;
use crate::document::Tone;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub base: Style,
    pub header: Style,
    pub header_title: Style,
    pub dim: Style,
    pub selected: Style,
    pub crisis_badge: Style,
    pub crisis_border: Style,
    pub crisis_title: Style,
    pub crisis_name: Style,
    pub key: Style,
    /// A search match: reverse video, bold and underlined, so it shows without colour.
    pub search_match: Style,
    pub field: Style,
    pub cursor: Style,
    /// Something to click or touch: reverse video and bold, so it reads as a button
    /// without colour.
    pub button: Style,
    /// A one-line message, such as where a file was saved.
    pub notice: Style,
}

pub const THEME: Theme = Theme {
    base: Style::new(),
    header: Style::new().add_modifier(Modifier::REVERSED),
    header_title: Style::new()
        .add_modifier(Modifier::REVERSED)
        .add_modifier(Modifier::BOLD),
    dim: Style::new().add_modifier(Modifier::DIM),
    selected: Style::new()
        .add_modifier(Modifier::REVERSED)
        .add_modifier(Modifier::BOLD),
    crisis_badge: Style::new()
        .fg(Color::White)
        .bg(Color::Red)
        .add_modifier(Modifier::BOLD),
    crisis_border: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
    crisis_title: Style::new()
        .fg(Color::White)
        .bg(Color::Red)
        .add_modifier(Modifier::BOLD),
    crisis_name: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
    key: Style::new().add_modifier(Modifier::BOLD),
    search_match: Style::new()
        .add_modifier(Modifier::REVERSED)
        .add_modifier(Modifier::BOLD)
        .add_modifier(Modifier::UNDERLINED),
    field: Style::new().add_modifier(Modifier::UNDERLINED),
    cursor: Style::new().add_modifier(Modifier::REVERSED),
    button: Style::new()
        .add_modifier(Modifier::BOLD)
        .add_modifier(Modifier::UNDERLINED),
    notice: Style::new()
        .add_modifier(Modifier::REVERSED)
        .add_modifier(Modifier::BOLD),
};

impl Theme {
    pub fn tone(&self, tone: Tone) -> Style {
        match tone {
            Tone::Body => self.base,
            Tone::Title => Style::new()
                .fg(Color::Cyan)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            Tone::Heading => Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            Tone::Dim => self.dim,
            Tone::Strong => Style::new().add_modifier(Modifier::BOLD),
            Tone::Term => Style::new().add_modifier(Modifier::UNDERLINED),
            Tone::Citation => Style::new().fg(Color::Cyan),
            Tone::Bullet => Style::new().fg(Color::Cyan),
            Tone::CalloutBar(kind) => Style::new().fg(callout_colour(kind)),
            Tone::CalloutLabel(kind) => Style::new()
                .fg(callout_colour(kind))
                .add_modifier(Modifier::BOLD),
            Tone::TableHeader => Style::new().add_modifier(Modifier::BOLD),
            Tone::TableRule => self.dim,
            Tone::Urgent => self.crisis_name,
            Tone::Selected => self.selected,
        }
    }
}

fn callout_colour(kind: CalloutKind) -> Color {
    match kind {
        CalloutKind::KeyFact => Color::Blue,
        CalloutKind::Warning => Color::Yellow,
        CalloutKind::Takeaway => Color::Green,
    }
}
