//! The kiosk's staff PIN field: the one way staff quit a kiosk. What is typed shows as dots
//! and is forgotten when the field closes; wrong tries lock it for a while.

use std::time::Duration;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Widget};

use super::dialog::{boxed, inner, text_width};
use super::Ctx;
use crate::document::{Lines, Tone};
use crate::input::action::Action;
use crate::ui::{clear, draw_lines};

/// Wrong PINs in a row before the staff exit locks for a while.
const PIN_TRIES: u8 = 5;
/// The first lock. Each one after it is twice as long as the one before, up to
/// `PIN_LOCK_MAX`: at five guesses a minute a four-digit PIN falls within a day and a half,
/// at five an hour (the cap, reached by the seventh lock) it takes months, and staff who
/// mistype a few times wait only a minute or two.
const PIN_LOCK: Duration = Duration::from_secs(60);
/// The longest lock: long enough to stop guessing, short enough that staff are not kept
/// out of their kiosk for the day.
const PIN_LOCK_MAX: Duration = Duration::from_secs(60 * 60);
/// The most characters the field holds.
const MAX_PIN: usize = 32;

/// The field: what is typed in it, forgotten when it closes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PinEntry {
    pub typed: String,
    pub message: Option<PinMessage>,
}

/// Wrong staff PINs, kept as long as lantern runs: closing the field, the idle wipe and
/// "End session" keep them, or closing the field between guesses would undo the lock.
/// Only the right PIN clears them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PinGuard {
    /// Wrong PINs since the last lock (or the start).
    pub wrong_tries: u8,
    /// Locks so far: the next one is longer than the last.
    pub locks: u32,
}

impl PinGuard {
    /// How long the next lock lasts: `PIN_LOCK`, doubled for each lock before it, at most
    /// `PIN_LOCK_MAX`.
    fn next_lock(&self) -> Duration {
        let doublings = self.locks.min(16);
        PIN_LOCK.saturating_mul(1 << doublings).min(PIN_LOCK_MAX)
    }
}

/// What the PIN field says after a try.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinMessage {
    Wrong,
    /// Too many wrong tries: wait.
    Locked,
}

/// What a key in the field led to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinStep {
    Unchanged,
    Changed,
    /// The right PIN: lantern quits.
    Right,
}

impl PinEntry {
    /// A fresh field; opened while locked, it says so before anything is typed.
    pub fn opened(locked: bool) -> Self {
        PinEntry {
            typed: String::new(),
            message: locked.then_some(PinMessage::Locked),
        }
    }

    /// Types, deletes or tries the PIN. `lock` is the time left on the lock, which a
    /// wrong try may start.
    pub fn update(
        &mut self,
        action: Action,
        pin: Option<&str>,
        guard: &mut PinGuard,
        lock: &mut Duration,
    ) -> PinStep {
        match action {
            Action::Input(c) if self.typed.chars().count() < MAX_PIN => self.typed.push(c),
            Action::DeleteBack if !self.typed.is_empty() => {
                self.typed.pop();
            }
            Action::Select => {
                if !lock.is_zero() {
                    self.message = Some(PinMessage::Locked);
                } else if pin == Some(self.typed.as_str()) {
                    *guard = PinGuard::default();
                    self.typed.clear();
                    return PinStep::Right;
                } else {
                    guard.wrong_tries = guard.wrong_tries.saturating_add(1);
                    self.message = Some(PinMessage::Wrong);
                    if guard.wrong_tries >= PIN_TRIES {
                        *lock = guard.next_lock();
                        guard.wrong_tries = 0;
                        guard.locks = guard.locks.saturating_add(1);
                        self.message = Some(PinMessage::Locked);
                    }
                }
                self.typed.clear();
            }
            _ => return PinStep::Unchanged,
        }
        PinStep::Changed
    }

    /// The staff PIN field: what is typed shows as dots.
    pub fn render(&self, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        let theme = ctx.theme();
        let words = ctx.text();
        let width = text_width(area);
        let mut l = Lines::new(width);
        l.text(words.pin_prompt, Tone::Body);
        l.blank();
        let dots = "*".repeat(self.typed.chars().count());
        l.text(&format!("PIN: {dots}_"), Tone::Strong);
        if let Some(message) = self.message {
            l.blank();
            let message = match message {
                PinMessage::Wrong => words.pin_wrong,
                PinMessage::Locked => words.pin_locked,
            };
            l.text(message, Tone::Urgent);
        }
        let lines = l.into_lines();
        let panel = boxed(area, u16::try_from(lines.len()).unwrap_or(u16::MAX));
        clear(panel, buf, theme.base);
        Block::bordered()
            .border_style(theme.key)
            .title(ratatui::text::Line::styled(
                format!(" {} ", words.staff_exit),
                theme.key,
            ))
            .render(panel, buf);
        draw_lines(theme, &lines, 0, inner(panel), buf);
    }
}
