//! The settings screen: theme, characters, mouse and (in personal mode) "remember my place".
//! Personal mode saves each change at once; counselor mode keeps changes for the session.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::theme::Theme;
use super::{draw_lines, layout};
use crate::app::{App, SettingItem};
use crate::config::Mode;
use crate::document::{DocLine, Lines, Run, Tone};

fn on_off(on: bool) -> &'static str {
    if on {
        "on"
    } else {
        "off"
    }
}

/// A setting's name with its value, and what it does.
pub fn item_text(app: &App, item: SettingItem) -> (String, &'static str) {
    let s = &app.settings;
    match item {
        SettingItem::Theme => (
            format!("Theme: {}", s.theme.name()),
            "Colours: default (your terminal's), high-contrast, or mono (none)",
        ),
        SettingItem::Ascii => (
            format!(
                "Characters: {}",
                if s.ascii { "plain ASCII" } else { "Unicode" }
            ),
            "Plain ASCII suits consoles that show boxes or question marks",
        ),
        SettingItem::Mouse => (
            format!("Mouse: {}", on_off(s.mouse)),
            "Click and scroll. While on, your terminal's own copy and paste may need Shift",
        ),
        SettingItem::RememberPlace => (
            format!("Remember my place: {}", on_off(s.remember_place)),
            "Keep your last section and read marks on this computer. Off forgets them",
        ),
    }
}

/// Where the settings are kept, or why they are not.
fn saved_where(app: &App) -> String {
    match (app.mode(), &app.settings.config_file) {
        (Mode::Personal, Some(path)) => format!("Changes are saved at once to {}", path.display()),
        (Mode::Personal, None) => {
            "No settings folder was found, so changes last until you quit.".to_string()
        }
        _ => "Counselor mode saves nothing: changes last until you quit.".to_string(),
    }
}

/// The screen laid out: its lines, where they go, the first line shown (so the selected
/// setting is always in view) and each setting's first line and height.
pub struct SettingsLayout {
    pub lines: Vec<DocLine>,
    pub rect: Rect,
    pub scroll: usize,
    pub rows: Vec<(usize, usize)>,
}

pub fn layout(app: &App, area: Rect) -> SettingsLayout {
    let column = layout::text_column(area);
    let rect = Rect::new(
        column.x,
        column.y + 1,
        column.width,
        column.height.saturating_sub(1),
    );
    let width = usize::from(column.width);
    let mut l = Lines::new(width);
    l.text("Settings", Tone::Title);
    l.blank();
    let mut rows = Vec::new();
    for (i, item) in app.setting_items().into_iter().enumerate() {
        let (name, about) = item_text(app, item);
        let selected = i == app.settings_selected;
        let marker = if selected { app.glyphs.marker } else { "  " };
        let tone = if selected {
            Tone::Selected
        } else {
            Tone::Strong
        };
        let start = l.len();
        l.push(&[Run::new(name, tone)], &[Run::new(marker, tone)], &[]);
        l.push(
            &[Run::new(about, Tone::Dim)],
            &[Run::new("    ", Tone::Body)],
            &[Run::new("    ", Tone::Body)],
        );
        rows.push((start, l.len() - start));
    }
    l.blank();
    l.text(&saved_where(app), Tone::Body);
    l.text(
        "Enter or Space changes the selected setting. Esc goes back.",
        Tone::Dim,
    );
    let (start, height) = rows.get(app.settings_selected).copied().unwrap_or((0, 0));
    let scroll = (start + height).saturating_sub(usize::from(rect.height));
    SettingsLayout {
        lines: l.into_lines(),
        rect,
        scroll,
        rows,
    }
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = Theme::of(app);
    let settings = layout(app, area);
    draw_lines(theme, &settings.lines, settings.scroll, settings.rect, buf);
}
