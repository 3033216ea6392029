//! The settings screen: theme, characters, mouse and (in personal mode) "remember my place".
//! Personal mode saves each change at once; counselor mode keeps changes for the session.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::theme::Theme;
use super::{draw_lines, layout};
use crate::app::{App, SettingItem};
use crate::config::{Mode, ThemeName};
use crate::document::{DocLine, Lines, Run, Tone};

/// A setting's name with its value, and what it does.
pub fn item_text(app: &App, item: SettingItem) -> (String, &'static str) {
    let s = &app.settings;
    let text = app.text();
    let on_off = |on: bool| if on { text.on } else { text.off };
    let (name, value, about) = match item {
        SettingItem::Theme => {
            let theme = match s.theme {
                ThemeName::Default => text.theme_default,
                ThemeName::HighContrast => text.theme_high_contrast,
                ThemeName::Mono => text.theme_mono,
            };
            (text.setting_theme, theme, text.theme_about)
        }
        SettingItem::Ascii => {
            let characters = if s.ascii {
                text.characters_ascii
            } else {
                text.characters_unicode
            };
            (text.setting_characters, characters, text.characters_about)
        }
        SettingItem::Mouse => (text.setting_mouse, on_off(s.mouse), text.mouse_about),
        SettingItem::Language => (
            text.setting_language,
            app.lang.own_name(),
            text.language_about,
        ),
        SettingItem::RememberPlace => (
            text.setting_remember,
            on_off(s.remember_place),
            text.remember_about,
        ),
    };
    (format!("{name}: {value}"), about)
}

/// Where the settings are kept, or why they are not.
fn saved_where(app: &App) -> String {
    let text = app.text();
    match (app.mode(), &app.settings.config_file) {
        (Mode::Personal, Some(path)) => (text.saved_at)(&path.display().to_string()),
        (Mode::Personal, None) => text.no_settings_folder.to_string(),
        _ => text.counselor_saves_nothing.to_string(),
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
    l.text(app.text().place_settings, Tone::Title);
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
    l.text(app.text().settings_how, Tone::Dim);
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
