//! Every style lantern uses, in one place, in three themes:
//!
//! - `default`: the terminal's own foreground and background for all running text, so it
//!   reads on light and dark terminals alike (a colour on the default background that holds
//!   on white holds poorly on black, and the other way round). Colour comes only in pairs
//!   that set their own background too: white on red for the crisis help, and the callout
//!   labels in white on blue, black on bright yellow and black on bright green;
//! - `high-contrast`: bright colours and bold on a black background it paints itself, with
//!   the crisis help in black on yellow;
//! - `mono`: no colour at all, only bold, underline, dim and reverse video.
//!
//! Nothing depends on colour alone: selections also have a marker and reverse video, search
//! matches are also bold and underlined, the crisis help is reversed or bold in every
//! theme, and callouts are named in words. tests/app/contrast.rs checks every style of every
//! theme at 4.5:1 or more on white and black terminals with xterm's and VTE's palettes.

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
    // No red reads on both a white and a black default background (xterm's red is 3.6:1 on
    // black, its bright red 4:1 on white): bold and the double border mark the panel.
    crisis_border: Style::new().add_modifier(BOLD),
    crisis_title: Style::new()
        .fg(Color::White)
        .bg(Color::Red)
        .add_modifier(BOLD),
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
    // Blue is dark in every common palette, so it takes white; yellow and green are light,
    // so they take black, in their bright forms (GNOME Terminal's yellow is a dark ochre).
    callout_labels: [
        Style::new()
            .fg(Color::White)
            .bg(Color::Blue)
            .add_modifier(BOLD),
        Style::new()
            .fg(Color::Black)
            .bg(Color::LightYellow)
            .add_modifier(BOLD),
        Style::new()
            .fg(Color::Black)
            .bg(Color::LightGreen)
            .add_modifier(BOLD),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn styles(theme: &Theme) -> Vec<Style> {
        let mut all = vec![
            theme.base,
            theme.header,
            theme.header_title,
            theme.dim,
            theme.selected,
            theme.crisis_badge,
            theme.crisis_border,
            theme.crisis_title,
            theme.crisis_name,
            theme.key,
            theme.search_match,
            theme.field,
            theme.cursor,
            theme.button,
            theme.notice,
            theme.title,
            theme.heading,
            theme.strong,
            theme.term,
            theme.citation,
            theme.bullet,
        ];
        all.extend(theme.callout_bars);
        all.extend(theme.callout_labels);
        all
    }

    /// The rule that keeps `default` readable on any background: text on the terminal's own
    /// background is in its own foreground, and a colour always comes with its background.
    #[test]
    fn default_sets_colours_only_in_pairs() {
        for style in styles(&DEFAULT) {
            assert_eq!(style.fg.is_some(), style.bg.is_some(), "{style:?}");
        }
    }

    #[test]
    fn mono_sets_no_colour() {
        for style in styles(&MONO) {
            assert_eq!((style.fg, style.bg), (None, None), "{style:?}");
        }
    }
}
