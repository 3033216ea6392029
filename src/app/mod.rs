//! The application: which screens are open, the checks that come before any screen (the
//! crisis keys, quit, the kiosk's lock), the kiosk and counselor sessions, and the effects.
//! Each screen's own state and behaviour is in its module under `screens`; `update` hands it
//! the actions it takes, with a [`Ctx`], and carries out the [`Step`] it asks for.
//!
//! `update` does no I/O: it takes an [`Action`] and changes the [`App`]. Drawing (`draw`)
//! reads the state and changes nothing, so every screen can be tested without a terminal.

pub use crate::input::{action, keymap};

/// Runs `$body` with a screen's state taken out of the app, and the app's [`Ctx`] beside
/// it, then puts the state back: the screen changes only itself, and reads the rest.
macro_rules! with_screen {
    ($app:ident . $field:ident, |$state:ident, $ctx:ident| $body:expr) => {{
        let mut $state = std::mem::take(&mut $app.$field);
        let result = {
            let $ctx = $app.ctx();
            $body
        };
        $app.$field = $state;
        result
    }};
}

pub mod clicks;
mod draw;
mod effect;
mod scroll_view;
mod session;
mod start;
mod translations;
mod views;

use std::collections::BTreeSet;
use std::ops::Deref;
use std::rc::Rc;
use std::time::Duration;

use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

pub use action::Action;
pub use effect::Effect;
use keymap::{Context, KeyMode};
pub use scroll_view::{scroll_view, ScrollText, ScrollView};
pub use session::Clocks;
pub use translations::Translations;

use crate::config::{Mode, Settings};
use crate::content::Pack;
use crate::document::Glyphs;
use crate::i18n::{Catalog, Lang};
use crate::layouts::Layouts;
use crate::screens::cover::{Cover, CoverStep};
use crate::screens::crisis::{self, Extra};
use crate::screens::pages::{LongPage, Page};
use crate::screens::{help, Ctx, Step};
use crate::selfcheck::Answers;

pub use crate::screens::contents::{Contents, ContentsEntry};
pub use crate::screens::dialog::Confirm;
pub use crate::screens::pin::{PinEntry, PinGuard, PinMessage};
pub use crate::screens::plan::{Plan, PlanScreen};
pub use crate::screens::reader::Reader;
pub use crate::screens::search::Search;
pub use crate::screens::selfcheck::{SelfCheck, Stage};
pub use crate::screens::settings::{SettingItem, SettingsScreen};
pub use crate::screens::welcome::{Welcome, WelcomeItem};
pub use crate::screens::{Notice, Screen};

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

impl OpenOverlay {
    fn new(kind: Overlay) -> Self {
        OpenOverlay {
            kind,
            scroll: 0,
            urgent: false,
        }
    }
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
    /// The languages the content is in (they never change while lantern runs).
    languages: Vec<Lang>,
    pub screen: Screen,
    /// Screens to return to with Esc, the last most recent.
    pub back: Vec<Screen>,
    /// Open overlays, the last on top. Closing one reveals exactly what was under it.
    pub overlays: Vec<OpenOverlay>,
    pub welcome: Welcome,
    pub contents: Contents,
    pub reader: Reader,
    pub search: Search,
    pub glossary: LongPage,
    pub sources: LongPage,
    pub self_check: SelfCheck,
    pub settings_screen: SettingsScreen,
    pub plan: PlanScreen,
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
    /// Time without input and other timers, which a person does not see directly.
    pub clocks: Clocks,
    /// A one-line message over the footer until the next key, such as where a file went.
    pub notice: Option<Notice>,
    /// A failed write has been reported; later ones are not, so it says so once.
    pub disk_trouble_reported: bool,
    /// Sections opened, in this session or (with "remember my place") before.
    pub visited: BTreeSet<usize>,
    /// The first digit of a two-digit section number, while the second may follow.
    pub pending_digit: Option<u8>,
    pub pin: PinEntry,
    /// Wrong staff PINs so far; unlike `pin`, kept by closing the field and by a wipe.
    pub pin_guard: PinGuard,
    /// Kiosk: the content given did not pass its check, so this is the built-in pack, and
    /// every fresh start opens the crisis panel with a line for staff (`content_check`).
    pub content_check_failed: bool,
    /// Counselor: the answers the handout was said to take, while it asks about the plan.
    pub handout_answers: Option<Option<Answers>>,
    /// The neutral page over everything (the cover key), while it is up: one for each time
    /// the key was pressed over what was showing, the crisis panel opened over a cover
    /// included, so each press of it again gives back the one below.
    pub covers: Vec<Cover>,
}

impl App {
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

    /// What every screen is given to read.
    pub fn ctx(&self) -> Ctx<'_> {
        Ctx {
            pack: &self.pack,
            layouts: &self.layouts,
            settings: &self.settings,
            lang: self.lang,
            languages: &self.languages,
            glyphs: self.glyphs,
            area: self.area,
            keys: self.key_mode(),
        }
    }

    pub fn key_mode(&self) -> KeyMode {
        KeyMode {
            mode: self.settings.mode,
            admin_pin: self.settings.admin_pin.is_some(),
            languages: self.languages.len() > 1,
            lang: self.lang,
            resume: self.welcome.resume.is_some(),
        }
    }

    /// The action a key press stands for here and now.
    pub fn action_for(&self, event: &KeyEvent) -> Option<Action> {
        keymap::action_for(self.key_mode(), self.context(), event)
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
        if self.cover_on_top() {
            return Context::Cover;
        }
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
            Screen::Welcome => Context::Welcome,
            Screen::Contents => Context::Contents,
            Screen::Reader => Context::Reader,
            Screen::Search => Context::Search,
            Screen::Glossary => Context::Glossary,
            Screen::Sources => Context::Sources,
            Screen::Settings => Context::Settings,
            Screen::Plan if self.plan.is_typing() => Context::PlanText,
            Screen::Plan => Context::Plan,
            Screen::SelfCheck => match self.self_check.stage {
                Stage::Intro => Context::SelfCheckIntro,
                Stage::Question(_) => Context::SelfCheckQuestion,
                Stage::Results => Context::SelfCheckResults,
            },
        }
    }

    /// What an open crisis panel shows beyond the help itself.
    pub fn crisis_extra(&self, overlay: &OpenOverlay) -> Extra {
        Extra {
            urgent: overlay.urgent,
            staff: self.content_check_failed,
        }
    }

    /// Applies one action. Returns whether anything a person could see changed: each
    /// handler says so itself.
    pub fn update(&mut self, action: Action) -> bool {
        if let Action::Tick(elapsed) = action {
            return self.tick(elapsed);
        }
        let mut changed = false;
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
                changed |= self.notice.take().is_some();
                if !matches!(action, Action::Digit(_)) {
                    changed |= self.settle_digit();
                }
            }
            // Help and the cover key act at once, "Still there?" or not.
            if answered_still_there && !matches!(action, Action::OpenCrisis | Action::Cover) {
                return true;
            }
        }
        if self.cover_on_top() {
            match Cover::update(action, self.mode()) {
                CoverStep::Stay => return changed,
                CoverStep::Uncover => return self.take_cover(),
                CoverStep::Pass => {}
            }
        }
        changed |= match action {
            Action::OpenCrisis => self.open_crisis(false),
            Action::Cover => self.put_cover(),
            Action::OpenPlan => self.open_plan(),
            Action::ToggleHelp => {
                if self.top_overlay() == Some(Overlay::Help) {
                    self.overlays.pop();
                } else {
                    self.overlays.push(OpenOverlay::new(Overlay::Help));
                }
                true
            }
            Action::Back => match self.overlays.pop() {
                // Nothing typed into the PIN field outlives it.
                Some(closed) if closed.kind == Overlay::AdminPin => {
                    self.pin = PinEntry::default();
                    true
                }
                Some(_) => true,
                // Esc in the plan's field closes the field, not the plan.
                None if self.screen == Screen::Plan && self.plan.is_typing() => {
                    self.update_screen(action)
                }
                None => {
                    let before = (self.screen, self.back.len());
                    self.screen = self.back.pop().unwrap_or(Screen::Welcome);
                    (self.screen, self.back.len()) != before
                }
            },
            // A kiosk cannot be quit by a visitor: only by a signal, or the staff PIN.
            Action::Quit if self.mode() == Mode::Kiosk => false,
            Action::Quit => {
                self.should_quit = true;
                true
            }
            Action::Resize { width, height } => {
                let before = self.area;
                self.area = Rect::new(0, 0, width, height);
                self.relayout();
                self.area != before
            }
            Action::Click(target) => self.click(target),
            Action::SetLanguage(lang) => self.set_language(lang),
            Action::NextLanguage => self.set_language(self.next_language()),
            Action::Wheel { down } => self.wheel(down),
            Action::EndSession if self.mode() == Mode::Kiosk => {
                self.wipe();
                true
            }
            Action::AdminExit => self.open_admin_pin(),
            Action::NewClient if self.mode() == Mode::Counselor => self.confirm(Confirm::NewClient),
            Action::Handout if self.mode() == Mode::Counselor => {
                self.handout();
                true
            }
            Action::Yes | Action::No if self.top_overlay().is_some_and(is_confirm) => {
                self.answer_confirm(action == Action::Yes);
                true
            }
            _ if self.top_overlay() == Some(Overlay::AdminPin) => self.update_admin_pin(action),
            _ => match self.overlays.last().copied() {
                Some(top) => self.scroll_overlay(top, action),
                None => self.update_screen(action),
            },
        };
        answered_still_there || changed
    }

    /// Opens the crisis panel over whatever is there, even another crisis panel under help,
    /// so closing it restores that exactly; already on top, nothing to do. An urgent answer
    /// always opens one, with its calm note.
    fn open_crisis(&mut self, urgent: bool) -> bool {
        if !urgent && self.top_overlay() == Some(Overlay::Crisis) && !self.cover_on_top() {
            return false;
        }
        self.overlays.push(OpenOverlay {
            urgent,
            ..OpenOverlay::new(Overlay::Crisis)
        });
        true
    }

    /// Scrolls the top overlay, when it scrolls.
    fn scroll_overlay(&mut self, top: OpenOverlay, action: Action) -> bool {
        let mut scroll = top.scroll;
        let ctx = self.ctx();
        let moved = match top.kind {
            Overlay::Crisis => crisis::update(&mut scroll, action, &ctx, self.crisis_extra(&top)),
            Overlay::Help => help::update(&mut scroll, action, &ctx, self.help_context()),
            Overlay::Confirm(_) | Overlay::AdminPin => false,
        };
        if let Some(top) = self.overlays.last_mut() {
            top.scroll = scroll;
        }
        moved
    }

    /// Shows `screen`, remembering the current one for Esc. Returning to a screen already
    /// in the history goes back to it rather than piling up copies.
    fn go_to(&mut self, screen: Screen) -> bool {
        if screen == self.screen {
            return false;
        }
        if let Some(at) = self.back.iter().position(|s| *s == screen) {
            self.back.truncate(at);
        } else {
            self.back.push(self.screen);
        }
        self.screen = screen;
        true
    }

    /// An action for the screen on show: the moves between screens any of them takes, then
    /// the screen's own `update`.
    fn update_screen(&mut self, action: Action) -> bool {
        match action {
            Action::OpenSearch => return self.go_to(Screen::Search),
            Action::OpenGlossary => return self.go_to(Screen::Glossary),
            Action::OpenSources => return self.go_to(Screen::Sources),
            Action::OpenSelfCheck => return self.go_to(Screen::SelfCheck),
            Action::OpenSettings if self.mode() != Mode::Kiosk => {
                return self.go_to(Screen::Settings)
            }
            Action::Digit(d) if matches!(self.screen, Screen::Contents | Screen::Reader) => {
                return self.section_digit(d)
            }
            _ => {}
        }
        let step = match self.screen {
            Screen::Welcome => with_screen!(self.welcome, |welcome, _ctx| welcome.update(action)),
            Screen::Contents => {
                with_screen!(self.contents, |contents, ctx| contents.update(action, &ctx))
            }
            Screen::Reader => with_screen!(self.reader, |reader, ctx| reader.update(action, &ctx)),
            Screen::Search => with_screen!(self.search, |search, ctx| search.update(action, &ctx)),
            Screen::Glossary => with_screen!(self.glossary, |page, ctx| page.update(
                action,
                &ctx,
                Page::Glossary
            )),
            Screen::Sources => with_screen!(self.sources, |page, ctx| page.update(
                action,
                &ctx,
                Page::Sources
            )),
            Screen::SelfCheck => {
                with_screen!(self.self_check, |check, ctx| check.update(action, &ctx))
            }
            Screen::Settings => {
                with_screen!(self.settings_screen, |screen, ctx| screen
                    .update(action, &ctx))
            }
            Screen::Plan => with_screen!(self.plan, |plan, ctx| plan.update(action, &ctx)),
        };
        self.apply(step)
    }

    /// Carries out what a screen asked for. Says whether anything changed.
    fn apply(&mut self, step: Step) -> bool {
        match step {
            Step::Unchanged => false,
            Step::Changed => true,
            Step::GoTo(screen) => self.go_to(screen),
            Step::OpenSection {
                index,
                scroll,
                highlight,
            } => self.open_section(index, scroll, highlight),
            Step::Resume => match self.welcome.resume {
                Some((section, anchor)) => {
                    self.open_section(section, 0, None);
                    with_screen!(self.reader, |reader, ctx| reader.go_to_anchor(&ctx, anchor));
                    true
                }
                None => false,
            },
            Step::OpenCrisis { urgent } => {
                self.open_crisis(urgent);
                true
            }
            Step::OpenPlan => self.open_plan(),
            Step::SavePlan => {
                self.effects
                    .push(Effect::SavePlan(self.plan.plan.steps.clone()));
                self.plan.saved = true;
                true
            }
            Step::DeletePlan => self.confirm(Confirm::DeletePlan),
            Step::SaveSummary => {
                self.effects
                    .push(Effect::SaveSummary(self.self_check.answers.clone()));
                true
            }
            Step::ChangeSetting(item) => {
                self.change_setting(item);
                true
            }
        }
    }

    /// Opens section `index` in the reader at line `scroll`; the contents highlight it and
    /// it counts as read.
    fn open_section(&mut self, index: usize, scroll: usize, highlight: Option<String>) -> bool {
        if index >= self.pack.sections.len() {
            return false;
        }
        self.go_to(Screen::Reader);
        self.contents.selected = index;
        self.visited.insert(index);
        with_screen!(self.reader, |reader, ctx| reader
            .open(&ctx, index, scroll, highlight));
        true
    }

    /// After a size change: lay text out for the new width, keeping the first visible line's
    /// place in the section, and keep every scroll position in range.
    fn relayout(&mut self) {
        let ctx = self.ctx();
        let width = ctx.text_width();
        if width != self.layouts.width() || self.glyphs != self.layouts.glyphs() {
            let anchor = self.reader.anchor(&ctx);
            self.layouts = Layouts::new(&self.pack, self.lang, width, self.glyphs);
            with_screen!(self.reader, |reader, ctx| reader.reanchor(&ctx, anchor));
            with_screen!(self.search, |search, ctx| search.rerun(&ctx));
        }
        self.clamp_scrolls();
    }

    /// Keeps every scroll position within what there is to scroll, each by its screen's
    /// or panel's own limit.
    pub(super) fn clamp_scrolls(&mut self) {
        with_screen!(self.reader, |reader, ctx| reader.clamp(&ctx));
        with_screen!(self.glossary, |page, ctx| page.clamp(&ctx, Page::Glossary));
        with_screen!(self.sources, |page, ctx| page.clamp(&ctx, Page::Sources));
        with_screen!(self.self_check, |check, ctx| check.clamp(&ctx));
        let ctx = self.ctx();
        let limits: Vec<usize> = self
            .overlays
            .iter()
            .map(|o| match o.kind {
                _ if o.scroll == 0 => 0,
                Overlay::Crisis => crisis::max_scroll(&ctx, self.crisis_extra(o)),
                Overlay::Help => help::max_scroll(&ctx, self.help_context()),
                Overlay::Confirm(_) | Overlay::AdminPin => 0,
            })
            .collect();
        for (overlay, max) in self.overlays.iter_mut().zip(limits) {
            overlay.scroll = overlay.scroll.min(max);
        }
    }
}

fn is_confirm(overlay: Overlay) -> bool {
    matches!(overlay, Overlay::Confirm(_))
}
