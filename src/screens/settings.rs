//! The settings screen: theme, characters, mouse and (in personal mode) "remember my place".
//! Personal mode saves each change at once; counselor mode keeps changes for the session.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use ratatui::layout::Position;

use super::{Ctx, Step};
use crate::config::{Mode, ThemeName};
use crate::document::{DocLine, Lines, Run, Tone};
use crate::input::action::{Action, Target};
use crate::ui::{draw_lines, geometry as layout, item_at, line_in};

/// The rows of the settings screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingItem {
    Theme,
    Ascii,
    Mouse,
    /// Only when the content is in more than one language.
    Language,
    RememberPlace,
}

/// The settings screen's state: the row highlighted.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SettingsScreen {
    pub selected: usize,
}

/// The rows of the settings screen in this mode.
pub fn items(ctx: &Ctx) -> Vec<SettingItem> {
    let mut items = vec![SettingItem::Theme, SettingItem::Ascii, SettingItem::Mouse];
    if ctx.languages.len() > 1 {
        items.push(SettingItem::Language);
    }
    if ctx.mode() == Mode::Personal {
        items.push(SettingItem::RememberPlace);
    }
    items
}

impl SettingsScreen {
    /// Moves the highlight; Enter (or a click) asks for the highlighted setting to change.
    pub fn update(&mut self, action: Action, ctx: &Ctx) -> Step {
        let items = items(ctx);
        let last = items.len().saturating_sub(1);
        let before = self.selected;
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(last),
            Action::Top => self.selected = 0,
            Action::Bottom => self.selected = last,
            Action::Click(Target::Setting(i)) if i <= last => {
                self.selected = i;
                return self.change(&items);
            }
            Action::Select => return self.change(&items),
            _ => {}
        }
        Step::changed_if(self.selected != before)
    }

    fn change(&self, items: &[SettingItem]) -> Step {
        match items.get(self.selected) {
            Some(item) => Step::ChangeSetting(*item),
            None => Step::Unchanged,
        }
    }

    /// What a click or touch in the body hits: a setting's row.
    pub fn target(&self, ctx: &Ctx, body: Rect, here: Position) -> Option<Target> {
        let settings = self.layout(ctx, body);
        line_in(settings.rect, here)
            .and_then(|line| item_at(&settings.rows, line + settings.scroll))
            .map(Target::Setting)
    }
}

/// A setting's name with its value, and what it does.
pub fn item_text(ctx: &Ctx, item: SettingItem) -> (String, &'static str) {
    let s = ctx.settings;
    let text = ctx.text();
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
            ctx.lang.own_name(),
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
fn saved_where(ctx: &Ctx) -> String {
    let text = ctx.text();
    match (ctx.mode(), &ctx.settings.config_file) {
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

impl SettingsScreen {
    pub fn layout(&self, ctx: &Ctx, area: Rect) -> SettingsLayout {
        let column = layout::text_column(area);
        let rect = Rect::new(
            column.x,
            column.y + 1,
            column.width,
            column.height.saturating_sub(1),
        );
        let width = usize::from(column.width);
        let mut l = Lines::new(width);
        l.text(ctx.text().place_settings, Tone::Title);
        l.blank();
        let mut rows = Vec::new();
        for (i, item) in items(ctx).into_iter().enumerate() {
            let (name, about) = item_text(ctx, item);
            let selected = i == self.selected;
            let marker = if selected { ctx.glyphs.marker } else { "  " };
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
        l.text(&saved_where(ctx), Tone::Body);
        l.text(ctx.text().settings_how, Tone::Dim);
        let (start, height) = rows.get(self.selected).copied().unwrap_or((0, 0));
        let scroll = (start + height).saturating_sub(usize::from(rect.height));
        SettingsLayout {
            lines: l.into_lines(),
            rect,
            scroll,
            rows,
        }
    }

    pub fn render(&self, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        let settings = self.layout(ctx, area);
        draw_lines(
            ctx.theme(),
            &settings.lines,
            settings.scroll,
            settings.rect,
            buf,
        );
    }
}
