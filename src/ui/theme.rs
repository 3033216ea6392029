//! Every style lantern uses, in one place, in three themes:
//!
//! - `default`: the terminal's own foreground and background and its 16 named colours, so
//!   the person's colour scheme applies;
//! - `high-contrast`: bright colours and bold on a black background, with the crisis help in
//!   black on yellow;
//! - `mono`: no colour at all, only bold, underline, dim and reverse video.
//!
//! Nothing depends on colour alone: selections also have a marker and reverse video, search
//! matches are also bold and underlined, and the crisis help is reversed or bold in every
//! theme.

use ratatui::style::{Color, Modifier, Style};

use crate::config::ThemeName;
use crate::content::CalloutKind;
use crate::document::Tone;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Everything not styled otherwise, including the background.
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
    /// Something to click or touch: bold and underlined, so it reads as a button without
    /// colour.
    pub button: Style,
    /// A one-line message, such as where a file was saved.
    pub notice: Style,
    pub title: Style,
    pub heading: Style,
    pub strong: Style,
    pub term: Style,
    pub citation: Style,
    pub bullet: Style,
    /// The bar down a callout's left edge: key fact, warning, takeaway.
    pub callout_bars: [Style; 3],
    /// A callout's label ("WARNING · ..."): key fact, warning, takeaway.
    pub callout_labels: [Style; 3],
}

const BOLD: Modifier = Modifier::BOLD;
const REVERSED: Modifier = Modifier::REVERSED;
const UNDERLINED: Modifier = Modifier::UNDERLINED;

pub const DEFAULT: Theme = Theme {
    base: Style::new(),
    header: Style::new().add_modifier(REVERSED),
    header_title: Style::new().add_modifier(REVERSED).add_modifier(BOLD),
    dim: Style::new().add_modifier(Modifier::DIM),
    selected: Style::new().add_modifier(REVERSED).add_modifier(BOLD),
    crisis_badge: Style::new()
        .fg(Color::White)
        .bg(Color::Red)
        .add_modifier(BOLD),
    crisis_border: Style::new().fg(Color::Red).add_modifier(BOLD),
    crisis_title: Style::new()
        .fg(Color::White)
        .bg(Color::Red)
        .add_modifier(BOLD),
    crisis_name: Style::new().fg(Color::Red).add_modifier(BOLD),
    key: Style::new().add_modifier(BOLD),
    search_match: Style::new()
        .add_modifier(REVERSED)
        .add_modifier(BOLD)
        .add_modifier(UNDERLINED),
    field: Style::new().add_modifier(UNDERLINED),
    cursor: Style::new().add_modifier(REVERSED),
    button: Style::new().add_modifier(BOLD).add_modifier(UNDERLINED),
    notice: Style::new().add_modifier(REVERSED).add_modifier(BOLD),
    title: Style::new()
        .fg(Color::Cyan)
        .add_modifier(BOLD)
        .add_modifier(UNDERLINED),
    heading: Style::new().fg(Color::Cyan).add_modifier(BOLD),
    strong: Style::new().add_modifier(BOLD),
    term: Style::new().add_modifier(UNDERLINED),
    citation: Style::new().fg(Color::Cyan),
    bullet: Style::new().fg(Color::Cyan),
    callout_bars: [
        Style::new().fg(Color::Blue),
        Style::new().fg(Color::Yellow),
        Style::new().fg(Color::Green),
    ],
    callout_labels: [
        Style::new().fg(Color::Blue).add_modifier(BOLD),
        Style::new().fg(Color::Yellow).add_modifier(BOLD),
        Style::new().fg(Color::Green).add_modifier(BOLD),
    ],
};

pub const HIGH_CONTRAST: Theme = Theme {
    base: Style::new().fg(Color::White).bg(Color::Black),
    header: Style::new().fg(Color::Black).bg(Color::White),
    header_title: Style::new()
        .fg(Color::Black)
        .bg(Color::White)
        .add_modifier(BOLD),
    dim: Style::new().fg(Color::White),
    selected: Style::new()
        .fg(Color::Black)
        .bg(Color::LightCyan)
        .add_modifier(BOLD),
    crisis_badge: Style::new()
        .fg(Color::Black)
        .bg(Color::LightYellow)
        .add_modifier(BOLD),
    crisis_border: Style::new().fg(Color::LightYellow).add_modifier(BOLD),
    crisis_title: Style::new()
        .fg(Color::Black)
        .bg(Color::LightYellow)
        .add_modifier(BOLD),
    crisis_name: Style::new().fg(Color::LightYellow).add_modifier(BOLD),
    key: Style::new().fg(Color::White).add_modifier(BOLD),
    search_match: Style::new()
        .fg(Color::Black)
        .bg(Color::LightYellow)
        .add_modifier(BOLD)
        .add_modifier(UNDERLINED),
    field: Style::new().fg(Color::White).add_modifier(UNDERLINED),
    cursor: Style::new().add_modifier(REVERSED),
    button: Style::new().add_modifier(BOLD).add_modifier(UNDERLINED),
    notice: Style::new()
        .fg(Color::Black)
        .bg(Color::White)
        .add_modifier(BOLD),
    title: Style::new()
        .fg(Color::LightCyan)
        .add_modifier(BOLD)
        .add_modifier(UNDERLINED),
    heading: Style::new().fg(Color::LightCyan).add_modifier(BOLD),
    strong: Style::new().fg(Color::White).add_modifier(BOLD),
    term: Style::new().fg(Color::White).add_modifier(UNDERLINED),
    citation: Style::new().fg(Color::LightCyan),
    bullet: Style::new().fg(Color::LightCyan),
    callout_bars: [
        Style::new().fg(Color::LightCyan),
        Style::new().fg(Color::LightYellow),
        Style::new().fg(Color::LightGreen),
    ],
    callout_labels: [
        Style::new().fg(Color::LightCyan).add_modifier(BOLD),
        Style::new().fg(Color::LightYellow).add_modifier(BOLD),
        Style::new().fg(Color::LightGreen).add_modifier(BOLD),
    ],
};

pub const MONO: Theme = Theme {
    base: Style::new(),
    header: Style::new().add_modifier(REVERSED),
    header_title: Style::new().add_modifier(REVERSED).add_modifier(BOLD),
    dim: Style::new().add_modifier(Modifier::DIM),
    selected: Style::new().add_modifier(REVERSED).add_modifier(BOLD),
    crisis_badge: Style::new().add_modifier(REVERSED).add_modifier(BOLD),
    crisis_border: Style::new().add_modifier(BOLD),
    crisis_title: Style::new().add_modifier(REVERSED).add_modifier(BOLD),
    crisis_name: Style::new().add_modifier(BOLD).add_modifier(UNDERLINED),
    key: Style::new().add_modifier(BOLD),
    search_match: Style::new()
        .add_modifier(REVERSED)
        .add_modifier(BOLD)
        .add_modifier(UNDERLINED),
    field: Style::new().add_modifier(UNDERLINED),
    cursor: Style::new().add_modifier(REVERSED),
    button: Style::new().add_modifier(BOLD).add_modifier(UNDERLINED),
    notice: Style::new().add_modifier(REVERSED).add_modifier(BOLD),
    title: Style::new().add_modifier(BOLD).add_modifier(UNDERLINED),
    heading: Style::new().add_modifier(BOLD),
    strong: Style::new().add_modifier(BOLD),
    term: Style::new().add_modifier(UNDERLINED),
    citation: Style::new(),
    bullet: Style::new(),
    callout_bars: [Style::new(); 3],
    callout_labels: [Style::new().add_modifier(BOLD); 3],
};

impl Theme {
    /// The theme the person chose.
    pub fn of(app: &crate::app::App) -> &'static Theme {
        Theme::named(app.settings.theme)
    }

    pub fn named(name: ThemeName) -> &'static Theme {
        match name {
            ThemeName::Default => &DEFAULT,
            ThemeName::HighContrast => &HIGH_CONTRAST,
            ThemeName::Mono => &MONO,
        }
    }

    pub fn tone(&self, tone: Tone) -> Style {
        match tone {
            Tone::Body => self.base,
            Tone::Title => self.title,
            Tone::Heading => self.heading,
            Tone::Dim => self.dim,
            Tone::Strong => self.strong,
            Tone::Term => self.term,
            Tone::Citation => self.citation,
            Tone::Bullet => self.bullet,
            Tone::CalloutBar(kind) => self.callout_bars[callout_index(kind)],
            Tone::CalloutLabel(kind) => self.callout_labels[callout_index(kind)],
            Tone::TableHeader => self.strong,
            Tone::TableRule => self.dim,
            Tone::Urgent => self.crisis_name,
            Tone::Selected => self.selected,
        }
    }
}

fn callout_index(kind: CalloutKind) -> usize {
    match kind {
        CalloutKind::KeyFact => 0,
        CalloutKind::Warning => 1,
        CalloutKind::Takeaway => 2,
    }
}
