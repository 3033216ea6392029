//! Starting the app: from one pack or several languages of it, with a saved reading place;
//! completing the built-in pack once the first frame is drawn; and switching languages,
//! which keeps the place.

use std::collections::BTreeSet;

use ratatui::layout::Rect;

use super::{App, Clocks, Contents, PinEntry, PinGuard, Reader, Screen, Search};
use super::{SelfCheck, SettingsScreen, SharedPack, Translations, Welcome};
use crate::config::{SettingValue, Settings};
use crate::content::{Pack, Problem};
use crate::document::{Anchor, Glyphs, ASCII, UNICODE};
use crate::i18n::Lang;
use crate::layouts::Layouts;
use crate::screens::pages::LongPage;
use crate::screens::plan::PlanScreen;
use crate::store::Place;
use crate::ui::geometry as layout;

impl App {
    pub fn new(pack: Pack) -> Self {
        Self::with_settings(pack, Settings::default(), None)
    }

    /// An app in a mode, with a saved reading place to offer when there is one.
    pub fn with_settings(pack: Pack, settings: Settings, place: Option<Place>) -> Self {
        let lang = Lang::of_tag(&pack.meta.language).unwrap_or(settings.lang);
        Self::with_packs((lang, pack), Vec::new(), settings, place)
    }

    /// An app with the content in several languages (`first`, and `others` with the same
    /// sections and questions), showing the one `settings` asks for, or `first`.
    pub fn with_packs(
        first: (Lang, Pack),
        others: Vec<(Lang, Pack)>,
        settings: Settings,
        place: Option<Place>,
    ) -> Self {
        Self::with_translations(Translations::new(first, others), settings, place)
    }

    /// An app showing the language `settings` asks for, when the content is in it.
    pub fn with_translations(
        translations: Translations,
        settings: Settings,
        place: Option<Place>,
    ) -> Self {
        let area = Rect::new(0, 0, 80, 24);
        let glyphs = if settings.ascii { ASCII } else { UNICODE };
        let (lang, pack) = translations.start(settings.lang);
        let width = usize::from(layout::reader_text(area).width);
        let layouts = Layouts::new(&pack, lang, width, glyphs);
        let index_of = |id: &str| pack.sections.iter().position(|s| s.id == id);
        let (resume, visited) = match &place {
            Some(place) => (
                index_of(&place.section).map(|i| {
                    (
                        i,
                        Anchor {
                            block: place.block,
                            offset: place.offset,
                        },
                    )
                }),
                place.read.iter().filter_map(|id| index_of(id)).collect(),
            ),
            None => (None, BTreeSet::new()),
        };
        let mut app = App::fresh(pack, translations, lang, settings, layouts, area, glyphs);
        app.welcome.resume = resume;
        app.visited = visited;
        app
    }

    /// Puts the whole built-in pack in place of the front the app was started with
    /// (`Translations::built_in_front`), before the first key is read. The front has the
    /// same sections and crisis resources, so every place still holds; the laid-out text,
    /// made from the front's empty sections, and the self-check's answers, one per question
    /// and the front has none, are started afresh (no key has been read, so nothing was
    /// answered).
    /// Says whether anything changed; a flag's check when there is nothing to complete, so
    /// the event loop asks every time round.
    pub fn complete_content(&mut self) -> Result<bool, Vec<Problem>> {
        if !self.translations.complete()? {
            return Ok(false);
        }
        if let Some(pack) = self.translations.get(self.lang) {
            self.pack = pack.clone();
        }
        self.layouts = Layouts::new(&self.pack, self.lang, self.layouts.width(), self.glyphs);
        self.self_check.answers = self.pack.questionnaire.empty_answers();
        Ok(true)
    }

    /// Whether the content is still only the front of the built-in pack.
    pub fn content_is_front(&self) -> bool {
        self.translations.is_front()
    }

    /// The languages the content is in, to offer a switch when there is more than one.
    pub fn languages(&self) -> Vec<Lang> {
        self.languages.clone()
    }

    /// Shows everything in `lang`, keeping the place: the same section, about the same
    /// text at the top, the answers given (the packs' questions match, as validation
    /// checks). Personal mode remembers the choice as a setting.
    /// Says whether anything changed.
    pub(crate) fn set_language(&mut self, lang: Lang) -> bool {
        let Some(pack) = self.translations.get(lang).cloned() else {
            return false;
        };
        if lang == self.lang {
            return false;
        }
        let anchor = self.reader.anchor(&self.ctx());
        self.lang = lang;
        self.pack = pack;
        self.layouts = Layouts::new(&self.pack, lang, self.layouts.width(), self.glyphs);
        with_screen!(self.reader, |reader, ctx| reader.reanchor(&ctx, anchor));
        self.glossary = LongPage::default();
        self.sources = LongPage::default();
        if !self.search.query.is_empty() {
            with_screen!(self.search, |search, ctx| search.run(&ctx));
        }
        if self.settings.saves_settings() {
            self.settings.lang = lang;
            self.save_setting("lang", SettingValue::Text(lang.code().to_string()));
        }
        self.clamp_scrolls();
        true
    }

    /// The language after the one on screen, among those the content is in: what the
    /// welcome screen's switch and the settings row change to.
    pub fn next_language(&self) -> Lang {
        let languages = self.languages();
        let at = languages.iter().position(|l| *l == self.lang).unwrap_or(0);
        languages
            .get((at + 1) % languages.len().max(1))
            .copied()
            .unwrap_or(self.lang)
    }

    /// The state of a fresh start, keeping what does not belong to a visitor.
    pub(super) fn fresh(
        pack: SharedPack,
        translations: Translations,
        lang: Lang,
        settings: Settings,
        layouts: Layouts,
        area: Rect,
        glyphs: Glyphs,
    ) -> Self {
        let answers = pack.questionnaire.empty_answers();
        let languages = translations.languages();
        App {
            pack,
            translations,
            lang,
            languages,
            screen: Screen::Welcome,
            back: Vec::new(),
            overlays: Vec::new(),
            welcome: Welcome::default(),
            contents: Contents::default(),
            reader: Reader::default(),
            search: Search::default(),
            glossary: LongPage::default(),
            sources: LongPage::default(),
            self_check: SelfCheck::new(answers),
            settings_screen: SettingsScreen::default(),
            plan: PlanScreen::default(),
            effects: Vec::new(),
            layouts,
            area,
            glyphs,
            should_quit: false,
            settings,
            clocks: Clocks::default(),
            notice: None,
            disk_trouble_reported: false,
            visited: BTreeSet::new(),
            pending_digit: None,
            pin: PinEntry::default(),
            pin_guard: PinGuard::default(),
            content_check_failed: false,
            covers: Vec::new(),
            handout_answers: None,
        }
    }
}
