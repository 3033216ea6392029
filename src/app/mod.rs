//! The application state and its one pure `update`.
//!
//! `update` does no I/O: it takes an [`Action`] and changes the [`App`]. Drawing reads the
//! state and changes nothing, so every screen can be tested without a terminal.

pub use crate::input::{action, keymap};

mod session;
mod translations;

use std::collections::BTreeSet;
use std::ops::Deref;
use std::rc::Rc;
use std::time::Duration;

use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

pub use action::Action;
use keymap::{Context, KeyMode};
pub use session::{Clocks, Confirm, PinEntry, PinGuard, PinMessage, SettingItem};
pub use translations::Translations;

use crate::config::{LocalHelp, Mode, SettingValue, Settings};
use crate::content::{Pack, Problem};
use crate::document::{Anchor, DocLine, Glyphs, ASCII, UNICODE};
use crate::i18n::{Catalog, Lang};
use crate::layouts::{Layouts, Page};
use crate::search::{self, Hit};
use crate::selfcheck::{Answer, Answers};
use crate::store::Place;
use crate::view::geometry as layout;
use crate::view::{self, crisis, help};

/// The most characters a search holds.
const MAX_QUERY: usize = 100;

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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    Crisis,
    /// A yes-or-no question.
    Confirm(Confirm),
    /// The kiosk's staff PIN field.
    AdminPin,
}

/// An overlay on screen, with its own scroll position, so closing one that was opened over
/// another gives back the one below exactly as it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenOverlay {
    pub kind: Overlay,
    pub scroll: usize,
    /// Opened by an urgent self-check answer: the panel starts with a calm message.
    pub urgent: bool,
}

/// Where the person is in the self-check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Stage {
    #[default]
    Intro,
    Question(usize),
    Results,
}

/// The self-check in progress. Answers live only here, in memory.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SelfCheck {
    pub stage: Stage,
    pub answers: Answers,
    /// The highlighted choice of the current question ("prefer not to say" is last). None
    /// until the person moves to one: Enter alone never answers a question for them.
    pub selected: Option<usize>,
    pub results_scroll: usize,
    /// The first line shown of the start page, which scrolls on small screens.
    pub intro_scroll: usize,
    /// A line to show on the self-check's start, such as that the answers were cleared.
    pub notice: Option<Notice>,
}

/// A message for the person about something that just happened. Kept as what happened,
/// not as words, so it is said in the language on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Where the summary was written.
    SummarySaved(String),
    /// Why it was not.
    SummaryFailed(String),
    HandoutSaved(String),
    HandoutFailed(String),
    /// Why the settings or the reading place could not be saved.
    SettingsFailed(String),
    NewClientReady,
    AnswersCleared,
}

impl Notice {
    pub fn text(&self, text: &Catalog) -> String {
        match self {
            Notice::SummarySaved(path) => (text.summary_saved)(path),
            Notice::SummaryFailed(err) => (text.summary_failed)(err),
            Notice::HandoutSaved(path) => (text.handout_saved)(path),
            Notice::HandoutFailed(err) => (text.handout_failed)(err),
            Notice::SettingsFailed(err) => (text.settings_failed)(err),
            Notice::NewClientReady => text.new_client_ready.to_string(),
            Notice::AnswersCleared => text.answers_cleared.to_string(),
        }
    }
}

/// Work with side effects that `update` asks for and the event loop carries out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write a summary of these self-check answers to a new file. The date is put in by
    /// the event loop: reading the clock is not `update`'s business.
    SaveSummary(Answers),
    /// Counselor: write a handout of these sections (indexes), the crisis resources, and
    /// the self-check results when the counselor said yes to including them.
    SaveHandout {
        sections: Vec<usize>,
        answers: Option<Answers>,
    },
    /// Personal: save one setting to the config file.
    SaveSetting(&'static str, SettingValue),
    /// Personal, "remember my place" on: save where the person is.
    SavePlace(Place),
    /// "Remember my place" turned off: delete the saved place.
    ForgetPlace,
}

/// The items of the welcome menu, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WelcomeItem {
    /// Back to the saved reading place (only when there is one).
    Continue,
    Read,
    SelfCheck,
    GetHelp,
}

impl WelcomeItem {
    /// The number shown beside it and typed to open it; the same whether "Continue" (which
    /// has a letter instead, `keymap::CONTINUE_KEY`) is there or not.
    pub fn number(self) -> Option<usize> {
        match self {
            WelcomeItem::Continue => None,
            WelcomeItem::Read => Some(1),
            WelcomeItem::SelfCheck => Some(2),
            WelcomeItem::GetHelp => Some(3),
        }
    }
}

/// What a row of the contents opens: a section, or one of the two reference screens after
/// the sections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContentsEntry {
    Section(usize),
    Glossary,
    Sources,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reader {
    pub section: usize,
    /// Index of the first line shown.
    pub scroll: usize,
    /// Search words to mark in the text, when the section was opened from a search.
    pub highlight: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Search {
    pub query: String,
    pub selected: usize,
    /// Shared between copies of the state; replaced, never changed, on each new search.
    pub hits: Rc<Vec<Hit>>,
    /// Matches in all, which may be more than the hits listed.
    pub total: usize,
}

/// The content pack, shared: it never changes while the app runs, so copies of the state
/// share it and comparing two states does not compare the whole pack.
#[derive(Debug, Clone)]
pub struct SharedPack(Rc<Pack>);

impl Deref for SharedPack {
    type Target = Pack;

    fn deref(&self) -> &Pack {
        &self.0
    }
}

impl PartialEq for SharedPack {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0) || *self.0 == *other.0
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct App {
    /// The content in the language on screen.
    pub pack: SharedPack,
    /// The content in every language there is.
    pub translations: Translations,
    /// The language on screen. A kiosk visitor may switch it; a wipe returns to the one in
    /// `settings`.
    pub lang: Lang,
    pub screen: Screen,
    /// Screens to return to with Esc, the last most recent.
    pub back: Vec<Screen>,
    /// Open overlays, the last on top. Closing one reveals exactly what was under it.
    pub overlays: Vec<OpenOverlay>,
    pub welcome_selected: usize,
    pub contents_selected: usize,
    pub reader: Reader,
    pub search: Search,
    pub glossary_scroll: usize,
    pub sources_scroll: usize,
    pub self_check: SelfCheck,
    /// Side effects asked for by the last update, for the event loop to carry out.
    pub effects: Vec<Effect>,
    /// Sections laid out for the reader's current text width.
    pub layouts: Layouts,
    /// The terminal's size, as last reported.
    pub area: Rect,
    pub glyphs: Glyphs,
    pub should_quit: bool,
    /// Mode, theme and the rest, resolved at start; some change in the settings screen.
    pub settings: Settings,
    pub settings_selected: usize,
    /// Time without input and other timers, which a person does not see directly.
    pub clocks: Clocks,
    /// A one-line message over the footer until the next key, such as where a file went.
    pub notice: Option<Notice>,
    /// A failed write has been reported; later ones are not, so it says so once.
    pub disk_trouble_reported: bool,
    /// Sections opened, in this session or (with "remember my place") before.
    pub visited: BTreeSet<usize>,
    /// A saved reading place to go back to: section and place in it.
    pub resume: Option<(usize, Anchor)>,
    /// Counselor: the discussion prompts shown under the text being read.
    pub show_prompts: bool,
    /// The first digit of a two-digit section number, while the second may follow.
    pub pending_digit: Option<u8>,
    pub pin: PinEntry,
    /// Wrong staff PINs so far; unlike `pin`, kept by closing the field and by a wipe.
    pub pin_guard: PinGuard,
    /// Kiosk: the content given did not pass its check, so this is the built-in pack, and
    /// every fresh start opens the crisis panel with a line for staff (`content_check`).
    pub content_check_failed: bool,
}

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
        app.resume = resume;
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
        self.translations.languages()
    }

    /// Shows everything in `lang`, keeping the place: the same section, about the same
    /// text at the top, the answers given (the packs' questions match, as validation
    /// checks). Personal mode remembers the choice as a setting.
    pub(crate) fn set_language(&mut self, lang: Lang) {
        let Some(pack) = self.translations.get(lang).cloned() else {
            return;
        };
        if lang == self.lang {
            return;
        }
        let anchor = (self.reader.scroll > 0)
            .then(|| {
                self.reader_lines()
                    .get(self.reader.scroll)
                    .map(|l| l.anchor)
            })
            .flatten();
        self.lang = lang;
        self.pack = pack;
        self.layouts = Layouts::new(&self.pack, lang, self.layouts.width(), self.glyphs);
        self.reanchor(anchor);
        self.glossary_scroll = 0;
        self.sources_scroll = 0;
        if !self.search.query.is_empty() {
            self.run_search();
        }
        if self.settings.saves_settings() {
            self.settings.lang = lang;
            self.save_setting("lang", SettingValue::Text(lang.code().to_string()));
        }
        self.clamp_scrolls();
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
    fn fresh(
        pack: SharedPack,
        translations: Translations,
        lang: Lang,
        settings: Settings,
        layouts: Layouts,
        area: Rect,
        glyphs: Glyphs,
    ) -> Self {
        let answers = pack.questionnaire.empty_answers();
        App {
            pack,
            translations,
            lang,
            screen: Screen::Welcome,
            back: Vec::new(),
            overlays: Vec::new(),
            welcome_selected: 0,
            contents_selected: 0,
            reader: Reader::default(),
            search: Search::default(),
            glossary_scroll: 0,
            sources_scroll: 0,
            self_check: SelfCheck {
                answers,
                ..SelfCheck::default()
            },
            effects: Vec::new(),
            layouts,
            area,
            glyphs,
            should_quit: false,
            settings,
            settings_selected: 0,
            clocks: Clocks::default(),
            notice: None,
            disk_trouble_reported: false,
            visited: BTreeSet::new(),
            resume: None,
            show_prompts: false,
            pending_digit: None,
            pin: PinEntry::default(),
            pin_guard: PinGuard::default(),
            content_check_failed: false,
        }
    }

    pub fn mode(&self) -> Mode {
        self.settings.mode
    }

    /// The language everything on screen is in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Every word lantern itself shows, in the language on screen.
    pub fn text(&self) -> &'static Catalog {
        self.lang.catalog()
    }

    pub fn key_mode(&self) -> KeyMode {
        KeyMode {
            mode: self.settings.mode,
            admin_pin: self.settings.admin_pin.is_some(),
            languages: self.languages().len() > 1,
            lang: self.lang,
            resume: self.resume.is_some(),
        }
    }

    /// The action a key press stands for here and now.
    pub fn action_for(&self, event: &KeyEvent) -> Option<Action> {
        keymap::action_for(self.key_mode(), self.context(), event)
    }

    /// The welcome menu: "continue" first when there is a saved place.
    pub fn welcome_items(&self) -> Vec<WelcomeItem> {
        let mut items = Vec::with_capacity(4);
        if self.resume.is_some() {
            items.push(WelcomeItem::Continue);
        }
        items.extend([
            WelcomeItem::Read,
            WelcomeItem::SelfCheck,
            WelcomeItem::GetHelp,
        ]);
        items
    }

    pub fn top_overlay(&self) -> Option<Overlay> {
        self.overlays.last().map(|o| o.kind)
    }

    pub fn overlay_kinds(&self) -> Vec<Overlay> {
        self.overlays.iter().map(|o| o.kind).collect()
    }

    /// The scroll position of the top overlay, 0 when none is open.
    pub fn overlay_scroll(&self) -> usize {
        self.overlays.last().map_or(0, |o| o.scroll)
    }

    /// Where keys are read now: the top overlay, else the screen.
    pub fn context(&self) -> Context {
        match self.top_overlay() {
            Some(Overlay::Crisis) => Context::Crisis,
            Some(Overlay::Help) => Context::Help,
            Some(Overlay::Confirm(_)) => Context::Confirm,
            Some(Overlay::AdminPin) => Context::AdminPin,
            None => self.screen_context(),
        }
    }

    /// The context the help overlay describes: what is under it.
    pub fn help_context(&self) -> Context {
        let under = self
            .overlays
            .iter()
            .rev()
            .map(|o| o.kind)
            .find(|kind| *kind != Overlay::Help);
        match under {
            Some(Overlay::Crisis) => Context::Crisis,
            Some(Overlay::Confirm(_)) => Context::Confirm,
            Some(Overlay::AdminPin) => Context::AdminPin,
            _ => self.screen_context(),
        }
    }

    /// The key context of the current screen (the self-check's depends on its stage).
    fn screen_context(&self) -> Context {
        match self.screen {
            Screen::SelfCheck => match self.self_check.stage {
                Stage::Intro => Context::SelfCheckIntro,
                Stage::Question(_) => Context::SelfCheckQuestion,
                Stage::Results => Context::SelfCheckResults,
            },
            screen => screen_context(screen),
        }
    }

    /// The lines of the section being read, at the reader's width.
    pub fn reader_lines(&self) -> &[crate::document::DocLine] {
        self.layouts.section(&self.pack, self.reader.section)
    }

    /// Applies one action. Returns whether anything a person could see changed.
    pub fn update(&mut self, action: Action) -> bool {
        if let Action::Tick(elapsed) = action {
            return self.tick(elapsed);
        }
        // Cheap: the pack is shared, not copied, and compared by pointer.
        let before = self.clone();
        let mut answered_still_there = false;
        if !matches!(action, Action::Resize { .. }) {
            // A person did something: the kiosk's idle time starts again. If "Still there?"
            // was showing, this input was the answer to it and does nothing else, unless it
            // asks for help.
            answered_still_there = self.still_there().is_some();
            self.clocks.idle = Duration::ZERO;
            // A passing notice, or the first digit of a section number, goes with the next
            // thing done, but not with opening or closing the crisis panel: help must never
            // cost a person anything.
            let crisis_in_or_out = action == Action::OpenCrisis
                || (action == Action::Back && self.top_overlay() == Some(Overlay::Crisis));
            if !crisis_in_or_out {
                self.notice = None;
                if !matches!(action, Action::Digit(_)) {
                    self.settle_digit();
                }
            }
            if answered_still_there && action != Action::OpenCrisis {
                return true;
            }
        }
        match action {
            Action::OpenCrisis => {
                // Already on top: nothing to do. Otherwise it opens over whatever is there,
                // even another crisis panel under help, so closing it restores that exactly.
                if self.top_overlay() != Some(Overlay::Crisis) {
                    self.overlays.push(OpenOverlay {
                        kind: Overlay::Crisis,
                        scroll: 0,
                        urgent: false,
                    });
                }
            }
            Action::ToggleHelp => {
                if self.top_overlay() == Some(Overlay::Help) {
                    self.overlays.pop();
                } else {
                    self.overlays.push(OpenOverlay {
                        kind: Overlay::Help,
                        scroll: 0,
                        urgent: false,
                    });
                }
            }
            Action::Back => match self.overlays.pop() {
                // Nothing typed into the PIN field outlives it.
                Some(closed) if closed.kind == Overlay::AdminPin => self.pin = PinEntry::default(),
                Some(_) => {}
                None => self.screen = self.back.pop().unwrap_or(Screen::Welcome),
            },
            // A kiosk cannot be quit by a visitor: only by a signal, or the staff PIN.
            Action::Quit if self.mode() == Mode::Kiosk => {}
            Action::Quit => self.should_quit = true,
            Action::Resize { width, height } => {
                self.area = Rect::new(0, 0, width, height);
                self.relayout();
            }
            Action::Click(target) => self.click(target),
            Action::SetLanguage(lang) => self.set_language(lang),
            Action::NextLanguage => self.set_language(self.next_language()),
            Action::Wheel { down } => self.wheel(down),
            Action::EndSession if self.mode() == Mode::Kiosk => self.wipe(),
            Action::AdminExit => self.open_admin_pin(),
            Action::NewClient if self.mode() == Mode::Counselor => {
                self.confirm(Confirm::NewClient);
            }
            Action::Handout if self.mode() == Mode::Counselor => self.handout(),
            Action::Yes | Action::No if self.top_overlay().is_some_and(is_confirm) => {
                self.answer_confirm(action == Action::Yes);
            }
            _ if self.top_overlay() == Some(Overlay::AdminPin) => self.update_admin_pin(action),
            _ => match self.overlays.last().copied() {
                Some(top) => {
                    let max = self.overlay_max_scroll(&top);
                    let page = self.overlay_page();
                    if let Some(top) = self.overlays.last_mut() {
                        top.scroll = scrolled(top.scroll, action, max, page);
                    }
                }
                None => self.update_screen(action),
            },
        }
        answered_still_there || *self != before
    }

    /// Shows `screen`, remembering the current one for Esc. Returning to a screen already
    /// in the history goes back to it rather than piling up copies.
    fn go_to(&mut self, screen: Screen) {
        if screen == self.screen {
            return;
        }
        if let Some(at) = self.back.iter().position(|s| *s == screen) {
            self.back.truncate(at);
        } else {
            self.back.push(self.screen);
        }
        self.screen = screen;
    }

    fn update_screen(&mut self, action: Action) {
        match action {
            Action::OpenSearch => return self.go_to(Screen::Search),
            Action::OpenGlossary => return self.go_to(Screen::Glossary),
            Action::OpenSources => return self.go_to(Screen::Sources),
            Action::OpenSelfCheck => return self.go_to(Screen::SelfCheck),
            Action::OpenSettings if self.mode() != Mode::Kiosk => {
                return self.go_to(Screen::Settings)
            }
            Action::TogglePrompts if self.mode() == Mode::Counselor => {
                self.show_prompts = !self.show_prompts;
                self.reader.scroll = self.reader.scroll.min(self.reader_max_scroll());
                return;
            }
            Action::Digit(d) if matches!(self.screen, Screen::Contents | Screen::Reader) => {
                return self.section_digit(d)
            }
            _ => {}
        }
        match self.screen {
            Screen::Welcome => {
                let count = self.welcome_items().len();
                match action {
                    Action::Up => self.welcome_selected = self.welcome_selected.saturating_sub(1),
                    Action::Down => {
                        self.welcome_selected = (self.welcome_selected + 1).min(count - 1)
                    }
                    Action::Select => self.open_welcome_item(self.welcome_selected),
                    Action::Choose(_) | Action::ContinueReading => {
                        let wanted = match action {
                            Action::Choose(n) => Some(n + 1),
                            _ => None,
                        };
                        let items = self.welcome_items();
                        if let Some(i) = items.iter().position(|item| item.number() == wanted) {
                            self.welcome_selected = i;
                            self.open_welcome_item(i);
                        }
                    }
                    _ => {}
                }
            }
            Screen::Settings => self.update_settings(action),
            Screen::Contents => {
                let last = self.contents_len() - 1;
                let page = usize::from(layout::areas(self.area).body.height / 2).max(1);
                match action {
                    Action::Up => self.contents_selected = self.contents_selected.saturating_sub(1),
                    Action::Down => self.contents_selected = (self.contents_selected + 1).min(last),
                    Action::PageUp => {
                        self.contents_selected = self.contents_selected.saturating_sub(page)
                    }
                    Action::PageDown => {
                        self.contents_selected = (self.contents_selected + page).min(last)
                    }
                    Action::Top => self.contents_selected = 0,
                    Action::Bottom => self.contents_selected = last,
                    Action::Select => match self.contents_entry(self.contents_selected) {
                        ContentsEntry::Section(n) => self.open_section(n, 0, None),
                        ContentsEntry::Glossary => self.go_to(Screen::Glossary),
                        ContentsEntry::Sources => self.go_to(Screen::Sources),
                    },
                    _ => {}
                }
            }
            Screen::Reader => match action {
                Action::NextSection if self.reader.section + 1 < self.pack.sections.len() => {
                    self.open_section(self.reader.section + 1, 0, None)
                }
                Action::PreviousSection if self.reader.section > 0 => {
                    self.open_section(self.reader.section - 1, 0, None)
                }
                _ => {
                    let max = self.reader_max_scroll();
                    let page = self.reader_page();
                    self.reader.scroll = scrolled(self.reader.scroll, action, max, page);
                }
            },
            Screen::Search => match action {
                // Longer than any search a person types: a flood of keys into the field
                // must not make every key a slower search.
                Action::Input(c) if self.search.query.chars().count() < MAX_QUERY => {
                    self.search.query.push(c);
                    self.run_search();
                }
                Action::DeleteBack => {
                    self.search.query.pop();
                    self.run_search();
                }
                Action::Select => {
                    if let Some(hit) = self.search.hits.get(self.search.selected).cloned() {
                        // Two lines of context above the match.
                        let scroll = hit.line.saturating_sub(2);
                        let query = self.search.query.trim().to_string();
                        self.open_section(hit.section, scroll, Some(query));
                    }
                }
                _ => {
                    let last = self.search.hits.len().saturating_sub(1);
                    let page = usize::from(layout::areas(self.area).body.height / 2).max(1);
                    self.search.selected = scrolled(self.search.selected, action, last, page);
                }
            },
            Screen::Glossary => {
                let max = self.page_max_scroll(Screen::Glossary);
                self.glossary_scroll =
                    scrolled(self.glossary_scroll, action, max, self.reader_page());
            }
            Screen::Sources => {
                let max = self.page_max_scroll(Screen::Sources);
                self.sources_scroll =
                    scrolled(self.sources_scroll, action, max, self.reader_page());
            }
            Screen::SelfCheck => self.update_self_check(action),
        }
    }

    fn update_self_check(&mut self, action: Action) {
        if action == Action::ClearAnswers {
            return self.clear_answers();
        }
        let questions = self.pack.questionnaire.questions.len();
        match self.self_check.stage {
            Stage::Intro => {
                if action == Action::Select {
                    self.self_check.notice = None;
                    self.show_question(0);
                } else {
                    let max = self.intro_max_scroll();
                    self.self_check.intro_scroll = scrolled(
                        self.self_check.intro_scroll,
                        action,
                        max,
                        self.reader_page(),
                    );
                }
            }
            Stage::Question(i) => {
                let choices = self.choice_count(i);
                match action {
                    Action::Up => {
                        self.self_check.selected =
                            Some(self.self_check.selected.map_or(0, |s| s.saturating_sub(1)))
                    }
                    Action::Down => {
                        let last = choices.saturating_sub(1);
                        self.self_check.selected =
                            Some(self.self_check.selected.map_or(0, |s| (s + 1).min(last)))
                    }
                    Action::Select => {
                        if let Some(choice) = self.self_check.selected {
                            self.answer(i, choice)
                        }
                    }
                    Action::Choose(n) if n < choices => self.answer(i, n),
                    Action::PreviousQuestion => match i.checked_sub(1) {
                        Some(previous) => self.show_question(previous),
                        None => self.self_check.stage = Stage::Intro,
                    },
                    _ => {}
                }
            }
            Stage::Results => match action {
                Action::ChangeAnswers => {
                    self.self_check.notice = None;
                    self.show_question(0);
                }
                Action::PreviousQuestion => self.show_question(questions.saturating_sub(1)),
                Action::SaveSummary if self.mode() != Mode::Kiosk => {
                    self.effects
                        .push(Effect::SaveSummary(self.self_check.answers.clone()));
                }
                _ => {
                    let max = self.results_max_scroll();
                    self.self_check.results_scroll = scrolled(
                        self.self_check.results_scroll,
                        action,
                        max,
                        self.reader_page(),
                    );
                }
            },
        }
    }

    /// Choices shown for question `i`: its answers, then "prefer not to say" where allowed.
    pub fn choice_count(&self, i: usize) -> usize {
        self.pack
            .questionnaire
            .questions
            .get(i)
            .map_or(0, |q| q.options.len() + usize::from(q.prefer_not_to_say))
    }

    fn show_question(&mut self, i: usize) {
        self.self_check.stage = Stage::Question(i);
        // Highlight the answer already given, so changing it starts from there.
        self.self_check.selected = match self.self_check.answers.get(i).copied().flatten() {
            Some(Answer::Choice(c)) => Some(c),
            Some(Answer::PreferNotToSay) => Some(self.choice_count(i).saturating_sub(1)),
            None => None,
        };
    }

    /// Records choice `choice` of question `i` and moves on. An urgent answer opens the
    /// crisis panel at once, over the next screen, so closing it lets the person carry on.
    fn answer(&mut self, i: usize, choice: usize) {
        let Some(question) = self.pack.questionnaire.questions.get(i) else {
            return;
        };
        let answer = if choice < question.options.len() {
            Answer::Choice(choice)
        } else {
            Answer::PreferNotToSay
        };
        if let Some(slot) = self.self_check.answers.get_mut(i) {
            *slot = Some(answer);
        }
        if i + 1 < self.pack.questionnaire.questions.len() {
            self.show_question(i + 1);
        } else {
            self.self_check.stage = Stage::Results;
            self.self_check.results_scroll = 0;
        }
        if self.pack.questionnaire.is_urgent(i, answer) {
            self.overlays.push(OpenOverlay {
                kind: Overlay::Crisis,
                scroll: 0,
                urgent: true,
            });
        }
    }

    pub fn intro_max_scroll(&self) -> usize {
        let width = usize::from(layout::reader_text(self.area).width);
        self.intro_lines(width)
            .len()
            .saturating_sub(self.reader_page())
    }

    pub fn results_max_scroll(&self) -> usize {
        let width = usize::from(layout::reader_text(self.area).width);
        self.results_lines(width)
            .len()
            .saturating_sub(self.reader_page())
    }

    /// Takes the side effects the last updates asked for, oldest first.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    /// Tells the app how a side effect went, so the person sees it. Returns whether the
    /// screen changed.
    pub fn effect_done(&mut self, effect: &Effect, result: Result<String, String>) -> bool {
        let before = self.clone();
        match (effect, result) {
            // Said where the person is looking, just above the footer as the handout is, not
            // in the results, which may be scrolled far from it (and, when it is in view,
            // would say it twice).
            (Effect::SaveSummary(_), Ok(path)) => {
                self.notice = Some(Notice::SummarySaved(path));
            }
            (Effect::SaveSummary(_), Err(err)) => {
                self.notice = Some(Notice::SummaryFailed(err));
            }
            (Effect::SaveHandout { .. }, Ok(path)) => {
                self.notice = Some(Notice::HandoutSaved(path));
            }
            (Effect::SaveHandout { .. }, Err(err)) => {
                self.notice = Some(Notice::HandoutFailed(err));
            }
            (_, Ok(_)) => {}
            // Settings and the reading place: say so once, then carry on without them.
            (_, Err(err)) => {
                if !self.disk_trouble_reported {
                    self.disk_trouble_reported = true;
                    self.notice = Some(Notice::SettingsFailed(err));
                }
            }
        }
        *self != before
    }

    /// Sections, then Glossary, then Sources.
    pub fn contents_len(&self) -> usize {
        self.pack.sections.len() + 2
    }

    pub fn contents_entry(&self, row: usize) -> ContentsEntry {
        let sections = self.pack.sections.len();
        match row.checked_sub(sections) {
            None => ContentsEntry::Section(row),
            Some(0) => ContentsEntry::Glossary,
            Some(_) => ContentsEntry::Sources,
        }
    }

    fn open_welcome_item(&mut self, index: usize) {
        match self.welcome_items().get(index) {
            Some(WelcomeItem::Continue) => {
                if let Some((section, anchor)) = self.resume {
                    self.open_section(section, 0, None);
                    self.reader.scroll =
                        line_at(self.reader_lines(), anchor).min(self.reader_max_scroll());
                }
            }
            Some(WelcomeItem::Read) => self.go_to(Screen::Contents),
            Some(WelcomeItem::SelfCheck) => self.go_to(Screen::SelfCheck),
            Some(WelcomeItem::GetHelp) => {
                self.update(Action::OpenCrisis);
            }
            None => {}
        }
    }

    fn open_section(&mut self, index: usize, scroll: usize, highlight: Option<String>) {
        if index >= self.pack.sections.len() {
            return;
        }
        self.go_to(Screen::Reader);
        self.contents_selected = index;
        self.visited.insert(index);
        self.reader = Reader {
            section: index,
            scroll: 0,
            highlight,
        };
        self.reader.scroll = scroll.min(self.reader_max_scroll());
    }

    fn run_search(&mut self) {
        let (hits, total) = search::find(&self.pack, &self.layouts, &self.search.query);
        self.search.hits = Rc::new(hits);
        self.search.total = total;
        self.search.selected = 0;
    }

    /// After a size change: lay text out for the new width, keeping the first visible line's
    /// place in the section, and keep every scroll position in range.
    fn relayout(&mut self) {
        let width = usize::from(layout::reader_text(self.area).width);
        if width != self.layouts.width() || self.glyphs != self.layouts.glyphs() {
            let anchor = (self.reader.scroll > 0)
                .then(|| {
                    self.reader_lines()
                        .get(self.reader.scroll)
                        .map(|l| l.anchor)
                })
                .flatten();
            self.layouts = Layouts::new(&self.pack, self.lang, width, self.glyphs);
            self.reanchor(anchor);
            if !self.search.query.is_empty() {
                let selected = self.search.selected;
                self.run_search();
                self.search.selected = selected.min(self.search.hits.len().saturating_sub(1));
            }
        }
        self.clamp_scrolls();
    }

    /// After new layouts: the first line shown is the last one that starts at or before
    /// `anchor`, the place in the text that was at the top.
    fn reanchor(&mut self, anchor: Option<Anchor>) {
        self.reader.scroll = match anchor {
            Some(anchor) => line_at(self.reader_lines(), anchor),
            None => 0,
        };
    }

    /// Keeps every scroll position within what there is to scroll.
    /// A position of 0 is always in range, so nothing is laid out just to check it.
    pub(super) fn clamp_scrolls(&mut self) {
        if self.reader.scroll > 0 {
            self.reader.scroll = self.reader.scroll.min(self.reader_max_scroll());
        }
        if self.glossary_scroll > 0 {
            self.glossary_scroll = self
                .glossary_scroll
                .min(self.page_max_scroll(Screen::Glossary));
        }
        if self.sources_scroll > 0 {
            self.sources_scroll = self
                .sources_scroll
                .min(self.page_max_scroll(Screen::Sources));
        }
        let limits: Vec<usize> = self
            .overlays
            .iter()
            .map(|o| {
                if o.scroll > 0 {
                    self.overlay_max_scroll(o)
                } else {
                    0
                }
            })
            .collect();
        for (overlay, max) in self.overlays.iter_mut().zip(limits) {
            overlay.scroll = overlay.scroll.min(max);
        }
    }

    /// Lines of text the reader shows at once (fewer while counselor prompts are shown).
    pub fn reader_page(&self) -> usize {
        usize::from(self.reader_text_area(self.area).height).max(1)
    }

    pub fn reader_max_scroll(&self) -> usize {
        self.reader_lines().len().saturating_sub(self.reader_page())
    }

    /// The furthest the glossary or sources page can scroll.
    pub fn page_max_scroll(&self, screen: Screen) -> usize {
        let lines = match screen {
            Screen::Glossary => self.layouts.page(&self.pack, Page::Glossary).len(),
            Screen::Sources => self.layouts.page(&self.pack, Page::Sources).len(),
            _ => 0,
        };
        lines.saturating_sub(self.reader_page())
    }

    fn overlay_page(&self) -> usize {
        usize::from(crisis::inner(self.area).height).max(1)
    }

    pub fn overlay_max_scroll(&self, overlay: &OpenOverlay) -> usize {
        match overlay.kind {
            Overlay::Crisis => self.crisis_max_scroll(overlay.urgent),
            Overlay::Help => self.help_max_scroll(),
            Overlay::Confirm(_) | Overlay::AdminPin => 0,
        }
    }

    /// The furthest the crisis panel scrolls; `urgent` panels start with a calm note, so
    /// they are longer.
    pub fn crisis_max_scroll(&self, urgent: bool) -> usize {
        let inner = crisis::inner(self.area);
        let lines = self.crisis_lines(urgent, usize::from(inner.width)).len();
        lines.saturating_sub(usize::from(inner.height))
    }

    /// The self-check results for the answers given so far.
    /// The self-check's start page at a width.
    pub fn intro_lines(&self, width: usize) -> Vec<DocLine> {
        let text = self.text();
        let notice = self.self_check.notice.as_ref().map(|n| n.text(text));
        let state = view::selfcheck::IntroState {
            mode: self.mode(),
            touch: self.mode() == Mode::Kiosk && self.settings.mouse,
            notice: notice.as_deref(),
            answered: self
                .self_check
                .answers
                .iter()
                .filter(|a| a.is_some())
                .count(),
        };
        view::selfcheck::intro_lines(&self.pack.questionnaire, &state, width, text)
    }

    pub fn results_lines(&self, width: usize) -> Vec<DocLine> {
        let report = self.pack.questionnaire.report(&self.self_check.answers);
        let text = self.text();
        let notice = self.self_check.notice.as_ref().map(|n| n.text(text));
        let notice = notice.as_deref();
        view::selfcheck::results_lines(&report, self.mode(), notice, self.glyphs, width, text)
    }

    /// Counselor: the current section's discussion prompts, as shown under the text.
    pub fn prompt_lines(&self, width: usize) -> Vec<DocLine> {
        let section = self.pack.sections.get(self.reader.section);
        view::reader::prompt_lines(section, self.glyphs, width, self.text())
    }

    /// Where the section's text goes at a size: the reader's text area, less the counselor's
    /// prompts when shown (at most half of it).
    pub fn reader_text_area(&self, area: Rect) -> Rect {
        let text = layout::reader_text(area);
        let shown =
            self.mode() == Mode::Counselor && self.show_prompts && self.screen == Screen::Reader;
        if !shown {
            return text;
        }
        let lines = self.prompt_lines(usize::from(text.width)).len();
        let prompts = u16::try_from(lines)
            .unwrap_or(u16::MAX)
            .min(text.height / 2);
        Rect {
            height: text.height - prompts,
            ..text
        }
    }

    /// The help panel's rows for the screen under it.
    pub fn help_lines(&self, width: usize) -> Vec<DocLine> {
        help::lines(self.key_mode(), self.help_context(), width, self.text())
    }

    /// The kiosk's own entries; other modes show only the pack's. The built-in "tell the
    /// front desk" entry is said in the language on screen; a kiosk's own are as written.
    pub fn local_help(&self) -> Vec<LocalHelp> {
        if self.mode() != Mode::Kiosk {
            return Vec::new();
        }
        let default = LocalHelp::front_desk();
        self.settings
            .local_help
            .iter()
            .map(|entry| {
                if *entry == default {
                    LocalHelp::front_desk_in(self.text())
                } else {
                    entry.clone()
                }
            })
            .collect()
    }

    /// The text of an open crisis panel: with the self-check's calm note when an urgent
    /// answer opened it. Drawing and scrolling both use this, so they agree on its length.
    pub fn crisis_lines(&self, urgent: bool, width: usize) -> Vec<DocLine> {
        let note = urgent.then_some(self.pack.questionnaire.urgent_message.as_str());
        // Below the minimum size there is room for 988 only, not the staff line.
        let staff = (self.content_check_failed && !layout::too_small(self.area))
            .then_some(self.text().kiosk_content_failed);
        crisis::lines(
            &self.pack,
            &self.local_help(),
            note,
            staff,
            width,
            self.glyphs,
            self.text(),
        )
    }

    pub fn help_max_scroll(&self) -> usize {
        let inner = help::inner(self.area);
        self.help_lines(usize::from(inner.width))
            .len()
            .saturating_sub(usize::from(inner.height))
    }
}

fn screen_context(screen: Screen) -> Context {
    match screen {
        Screen::Welcome => Context::Welcome,
        Screen::Contents => Context::Contents,
        Screen::Reader => Context::Reader,
        Screen::Search => Context::Search,
        Screen::Glossary => Context::Glossary,
        Screen::Sources => Context::Sources,
        Screen::SelfCheck => Context::SelfCheckIntro,
        Screen::Settings => Context::Settings,
    }
}

/// The line where a place in the text is: the first line with words of those that start at
/// the last anchor at or before it (a table's rows share one anchor; its header comes first).
fn line_at(lines: &[crate::document::DocLine], anchor: Anchor) -> usize {
    let Some(last) = lines.iter().rposition(|l| l.anchor <= anchor) else {
        return 0;
    };
    let found = lines[last].anchor;
    let mut first = lines[..last]
        .iter()
        .rposition(|l| l.anchor != found)
        .map_or(0, |before| before + 1);
    // A blank line that opens a block is not where its words are.
    while first < last && lines[first].text().trim().is_empty() {
        first += 1;
    }
    first
}

fn is_confirm(overlay: Overlay) -> bool {
    matches!(overlay, Overlay::Confirm(_))
}

/// Moves a scroll position by one scrolling action, within `0..=max`.
fn scrolled(position: usize, action: Action, max: usize, page: usize) -> usize {
    let step = page.saturating_sub(1).max(1);
    match action {
        Action::Up => position.saturating_sub(1),
        Action::Down => position.saturating_add(1),
        Action::PageUp => position.saturating_sub(step),
        Action::PageDown => position.saturating_add(step),
        Action::Top => 0,
        Action::Bottom => max,
        _ => position,
    }
    .min(max)
}
