//! The application state and its one pure `update`.
//!
//! `update` does no I/O: it takes an [`Action`] and changes the [`App`]. Drawing reads the
//! state and changes nothing, so every screen can be tested without a terminal.

pub mod action;
pub mod keymap;

use ratatui::layout::Rect;

pub use action::Action;
use keymap::Context;

use crate::content::Pack;
use crate::document::{layout_section, Anchor, DocLine, Glyphs, UNICODE};
use crate::ui::{crisis, help, layout};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Contents,
    Reader,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    Crisis,
}

/// An overlay on screen, with its own scroll position, so closing one that was opened over
/// another gives back the one below exactly as it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenOverlay {
    pub kind: Overlay,
    pub scroll: usize,
}

/// The items of the welcome menu, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WelcomeItem {
    Read,
    GetHelp,
}

pub const WELCOME_ITEMS: [WelcomeItem; 2] = [WelcomeItem::Read, WelcomeItem::GetHelp];

/// The section being read, laid out for the current width.
#[derive(Debug, Clone, PartialEq)]
pub struct Reader {
    pub section: usize,
    /// Index of the first line shown.
    pub scroll: usize,
    pub lines: Vec<DocLine>,
    /// The text width `lines` were laid out for.
    pub width: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct App {
    pub pack: Pack,
    pub screen: Screen,
    /// Open overlays, the last on top. Closing one reveals exactly what was under it.
    pub overlays: Vec<OpenOverlay>,
    pub welcome_selected: usize,
    pub contents_selected: usize,
    pub reader: Reader,
    /// The terminal's size, as last reported.
    pub area: Rect,
    pub glyphs: Glyphs,
    pub should_quit: bool,
}

impl App {
    pub fn new(pack: Pack) -> Self {
        App {
            pack,
            screen: Screen::Welcome,
            overlays: Vec::new(),
            welcome_selected: 0,
            contents_selected: 0,
            reader: Reader {
                section: 0,
                scroll: 0,
                lines: Vec::new(),
                width: 0,
            },
            area: Rect::new(0, 0, 80, 24),
            glyphs: UNICODE,
            should_quit: false,
        }
    }

    pub fn top_overlay(&self) -> Option<Overlay> {
        self.overlays.last().map(|o| o.kind)
    }

    pub fn overlay_kinds(&self) -> Vec<Overlay> {
        self.overlays.iter().map(|o| o.kind).collect()
    }

    pub fn crisis_open(&self) -> bool {
        self.overlays.iter().any(|o| o.kind == Overlay::Crisis)
    }

    /// The scroll position of the top overlay, 0 when none is open.
    pub fn overlay_scroll(&self) -> usize {
        self.overlays.last().map_or(0, |o| o.scroll)
    }

    /// Where keys are read now: the top overlay, else the screen.
    pub fn context(&self) -> Context {
        match (self.top_overlay(), self.screen) {
            (Some(Overlay::Crisis), _) => Context::Crisis,
            (Some(Overlay::Help), _) => Context::Help,
            (None, Screen::Welcome) => Context::Welcome,
            (None, Screen::Contents) => Context::Contents,
            (None, Screen::Reader) => Context::Reader,
        }
    }

    /// Applies one action. Returns whether anything a person could see changed.
    pub fn update(&mut self, action: Action) -> bool {
        let before = self.snapshot();
        match action {
            Action::OpenCrisis => {
                // Already on top: nothing to do. Otherwise it opens over whatever is there,
                // even another crisis panel under help, so closing it restores that exactly.
                if self.top_overlay() != Some(Overlay::Crisis) {
                    self.overlays.push(OpenOverlay {
                        kind: Overlay::Crisis,
                        scroll: 0,
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
                    });
                }
            }
            Action::Back => {
                if self.overlays.pop().is_none() {
                    self.screen = match self.screen {
                        Screen::Reader => Screen::Contents,
                        Screen::Contents | Screen::Welcome => Screen::Welcome,
                    };
                }
            }
            Action::Quit => self.should_quit = true,
            Action::Resize { width, height } => {
                self.area = Rect::new(0, 0, width, height);
                self.relayout_reader();
                self.clamp_scrolls();
            }
            _ => match self.top_overlay() {
                Some(kind) => {
                    let max = self.overlay_max_scroll(kind);
                    let page = self.overlay_page();
                    if let Some(top) = self.overlays.last_mut() {
                        top.scroll = scrolled(top.scroll, action, max, page);
                    }
                }
                None => self.update_screen(action),
            },
        }
        self.snapshot() != before
    }

    /// What a redraw depends on, to tell whether an action changed anything visible.
    fn snapshot(&self) -> (Screen, Vec<OpenOverlay>, [usize; 5], Rect, bool) {
        (
            self.screen,
            self.overlays.clone(),
            [
                self.welcome_selected,
                self.contents_selected,
                self.reader.section,
                self.reader.scroll,
                self.reader.width,
            ],
            self.area,
            self.should_quit,
        )
    }

    fn update_screen(&mut self, action: Action) {
        match self.screen {
            Screen::Welcome => match action {
                Action::Up => self.welcome_selected = self.welcome_selected.saturating_sub(1),
                Action::Down => {
                    self.welcome_selected = (self.welcome_selected + 1).min(WELCOME_ITEMS.len() - 1)
                }
                Action::Select => self.open_welcome_item(self.welcome_selected),
                Action::Choose(n) if n < WELCOME_ITEMS.len() => {
                    self.welcome_selected = n;
                    self.open_welcome_item(n);
                }
                _ => {}
            },
            Screen::Contents => {
                let last = self.pack.sections.len().saturating_sub(1);
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
                    Action::Select => self.open_section(self.contents_selected),
                    Action::Choose(n) if n < self.pack.sections.len() => {
                        self.contents_selected = n;
                        self.open_section(n);
                    }
                    _ => {}
                }
            }
            Screen::Reader => match action {
                Action::NextSection if self.reader.section + 1 < self.pack.sections.len() => {
                    self.open_section(self.reader.section + 1)
                }
                Action::PreviousSection if self.reader.section > 0 => {
                    self.open_section(self.reader.section - 1)
                }
                _ => {
                    let max = self.reader_max_scroll();
                    let page = self.reader_page();
                    self.reader.scroll = scrolled(self.reader.scroll, action, max, page);
                }
            },
        }
    }

    fn open_welcome_item(&mut self, index: usize) {
        match WELCOME_ITEMS.get(index) {
            Some(WelcomeItem::Read) => self.screen = Screen::Contents,
            Some(WelcomeItem::GetHelp) => {
                self.update(Action::OpenCrisis);
            }
            None => {}
        }
    }

    fn open_section(&mut self, index: usize) {
        if index >= self.pack.sections.len() {
            return;
        }
        self.screen = Screen::Reader;
        self.contents_selected = index;
        self.reader.section = index;
        self.reader.scroll = 0;
        self.reader.lines.clear();
        self.relayout_reader();
    }

    /// Lays the section out again for the current width, keeping the first visible line's
    /// place in the text.
    fn relayout_reader(&mut self) {
        let width = usize::from(layout::reader_text(self.area).width);
        if self.screen != Screen::Reader && self.reader.lines.is_empty() {
            return; // nothing opened yet
        }
        if width == self.reader.width && !self.reader.lines.is_empty() {
            return;
        }
        let anchor = self
            .reader
            .lines
            .get(self.reader.scroll)
            .map(|l| l.anchor)
            .unwrap_or_default();
        self.reader.lines = layout_section(&self.pack, self.reader.section, width, self.glyphs);
        self.reader.width = width;
        self.reader.scroll = if anchor == Anchor::default() {
            0
        } else {
            // The last line that starts at or before the old first line's place.
            self.reader
                .lines
                .iter()
                .rposition(|l| l.anchor <= anchor)
                .unwrap_or(0)
        };
        self.clamp_scrolls();
    }

    fn clamp_scrolls(&mut self) {
        self.reader.scroll = self.reader.scroll.min(self.reader_max_scroll());
        let limits: Vec<usize> = self
            .overlays
            .iter()
            .map(|o| self.overlay_max_scroll(o.kind))
            .collect();
        for (overlay, max) in self.overlays.iter_mut().zip(limits) {
            overlay.scroll = overlay.scroll.min(max);
        }
    }

    pub fn overlay_max_scroll(&self, kind: Overlay) -> usize {
        match kind {
            Overlay::Crisis => self.crisis_max_scroll(),
            Overlay::Help => self.help_max_scroll(),
        }
    }

    pub fn reader_page(&self) -> usize {
        usize::from(layout::reader_text(self.area).height).max(1)
    }

    pub fn reader_max_scroll(&self) -> usize {
        self.reader.lines.len().saturating_sub(self.reader_page())
    }

    fn overlay_page(&self) -> usize {
        usize::from(crisis::inner(self.area).height).max(1)
    }

    pub fn crisis_max_scroll(&self) -> usize {
        let inner = crisis::inner(self.area);
        let lines = crisis::lines(&self.pack, usize::from(inner.width), self.glyphs).len();
        lines.saturating_sub(usize::from(inner.height))
    }

    pub fn help_max_scroll(&self) -> usize {
        let inner = help::inner(self.area);
        help::rows_height(self, usize::from(inner.width)).saturating_sub(usize::from(inner.height))
    }

    /// The context the help overlay describes: what is under it.
    pub fn help_context(&self) -> Context {
        let under = self
            .overlays
            .iter()
            .rev()
            .map(|o| o.kind)
            .find(|kind| *kind != Overlay::Help);
        match (under, self.screen) {
            (Some(Overlay::Crisis), _) => Context::Crisis,
            (_, Screen::Welcome) => Context::Welcome,
            (_, Screen::Contents) => Context::Contents,
            (_, Screen::Reader) => Context::Reader,
        }
    }
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
