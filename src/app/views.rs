//! Read-only looks at the screens through the app, for the event loop, the line mode and
//! tests: each asks the screen's own module, with the app's `Ctx`.

use super::{App, OpenOverlay, Screen};
use crate::config::LocalHelp;
use crate::document::DocLine;
use crate::screens::pages::{LongPage, Page};
use crate::screens::{crisis, help, selfcheck, settings, welcome};

impl App {
    /// The lines of the section being read, at the reader's width.
    pub fn reader_lines(&self) -> &[DocLine] {
        self.reader.lines(&self.ctx())
    }

    /// Lines of text the reader shows at once (fewer while counselor prompts are shown).
    pub fn reader_page(&self) -> usize {
        self.reader.page(&self.ctx())
    }

    pub fn reader_max_scroll(&self) -> usize {
        self.reader.max_scroll(&self.ctx())
    }

    /// The furthest the glossary or sources page can scroll.
    pub fn page_max_scroll(&self, screen: Screen) -> usize {
        match screen {
            Screen::Glossary => LongPage::max_scroll(&self.ctx(), Page::Glossary),
            Screen::Sources => LongPage::max_scroll(&self.ctx(), Page::Sources),
            _ => 0,
        }
    }

    pub fn results_max_scroll(&self) -> usize {
        self.self_check.results_max_scroll(&self.ctx())
    }

    pub fn results_lines(&self, width: usize) -> Vec<DocLine> {
        self.self_check.results_lines(&self.ctx(), width)
    }

    /// Choices shown for question `i`: its answers, then "prefer not to say" where allowed.
    pub fn choice_count(&self, i: usize) -> usize {
        selfcheck::choice_count(&self.ctx(), i)
    }

    /// The welcome menu: "continue" first when there is a saved place.
    pub fn welcome_items(&self) -> Vec<welcome::WelcomeItem> {
        self.welcome.items()
    }

    /// The rows of the settings screen in this mode.
    pub fn setting_items(&self) -> Vec<settings::SettingItem> {
        settings::items(&self.ctx())
    }

    /// The crisis panel's text, with the self-check's calm note when `urgent`.
    pub fn crisis_lines(&self, urgent: bool, width: usize) -> Vec<DocLine> {
        crisis::lines(
            &self.ctx(),
            self.crisis_extra(&crisis_overlay(urgent)),
            width,
        )
    }

    pub fn crisis_max_scroll(&self, urgent: bool) -> usize {
        crisis::max_scroll(&self.ctx(), self.crisis_extra(&crisis_overlay(urgent)))
    }

    pub fn help_max_scroll(&self) -> usize {
        help::max_scroll(&self.ctx(), self.help_context())
    }

    /// The kiosk's own crisis entries; other modes show only the pack's.
    pub fn local_help(&self) -> Vec<LocalHelp> {
        crisis::local_help(&self.ctx())
    }
}

fn crisis_overlay(urgent: bool) -> OpenOverlay {
    OpenOverlay {
        kind: super::Overlay::Crisis,
        scroll: 0,
        urgent,
    }
}
