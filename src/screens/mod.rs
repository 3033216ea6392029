//! One module per screen and per panel, each holding that screen's state, its `update` for
//! the actions it takes, its lines, its drawing, its click and touch targets and its scroll
//! limit. A screen is given a [`Ctx`] (the content, the layouts, the words, the theme, the
//! mode, the size) and never reaches into `App`; what it cannot do itself (open another
//! screen, open the crisis panel, ask for a file) it asks for with a [`Step`].
//!
//! `chrome` is the frame around every screen: the header, the footer with the crisis badge,
//! and the notice shown instead when the terminal is too small.

pub mod chrome;
pub mod contents;
pub mod cover;
pub mod crisis;
pub mod dialog;
pub mod help;
pub mod notice;
pub mod pages;
pub mod pin;
pub mod plan;
pub mod reader;
pub mod search;
pub mod selfcheck;
pub mod settings;
pub mod welcome;

use ratatui::layout::Rect;

use crate::config::{Mode, Settings};
use crate::content::Pack;
use crate::document::Glyphs;
use crate::i18n::{Catalog, Lang};
use crate::input::keymap::KeyMode;
use crate::layouts::Layouts;
use crate::ui::geometry as layout;
use crate::ui::theme::Theme;

pub use notice::Notice;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Contents,
    Reader,
    Search,
    Glossary,
    Sources,
    SelfCheck,
    Settings,
    Plan,
}

/// What every screen may read: the same for all of them, and nothing of another screen's.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub pack: &'a Pack,
    /// Sections and long pages laid out for the reader's width.
    pub layouts: &'a Layouts,
    pub settings: &'a Settings,
    /// The language on screen.
    pub lang: Lang,
    /// The languages the content is in, the first being the one it was started with.
    pub languages: &'a [Lang],
    pub glyphs: Glyphs,
    /// The terminal's size, as last reported.
    pub area: Rect,
    /// What the keymap needs to know of the mode, for help and hints.
    pub keys: KeyMode,
}

impl Ctx<'_> {
    /// Every word lantern itself shows, in the language on screen.
    pub fn text(&self) -> &'static Catalog {
        self.lang.catalog()
    }

    pub fn theme(&self) -> &'static Theme {
        Theme::named(self.settings.theme)
    }

    pub fn mode(&self) -> Mode {
        self.settings.mode
    }

    /// The width text is laid out at: the reader's text column.
    pub fn text_width(&self) -> usize {
        usize::from(layout::reader_text(self.area).width)
    }

    /// Lines of text a long page shows at once: the reader's text area.
    pub fn page(&self) -> usize {
        usize::from(layout::reader_text(self.area).height).max(1)
    }
}

/// What a screen's `update` did, or asks `App` to do beyond its own state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Nothing a person could see changed.
    Unchanged,
    /// The screen's own state changed.
    Changed,
    GoTo(Screen),
    /// Open section `index` in the reader at line `scroll`, marking `highlight` (a search).
    OpenSection {
        index: usize,
        scroll: usize,
        highlight: Option<String>,
    },
    /// Welcome: back to the saved reading place.
    Resume,
    /// Open the crisis panel; `urgent` when a self-check answer asked for it (the screen's
    /// own state may have changed too).
    OpenCrisis {
        urgent: bool,
    },
    /// Open the plan (the local help put in, the first time).
    OpenPlan,
    /// The plan: save it, or ask whether to delete the saved one.
    SavePlan,
    DeletePlan,
    /// Self-check results: write a summary of the answers.
    SaveSummary,
    /// Settings: change this setting, which belongs to the whole app.
    ChangeSetting(settings::SettingItem),
}

impl Step {
    /// `Changed` when `changed`, else `Unchanged`.
    pub fn changed_if(changed: bool) -> Step {
        if changed {
            Step::Changed
        } else {
            Step::Unchanged
        }
    }
}
