//! What comes in from the terminal, applied to the app: bytes decoded into events, an
//! unfinished sequence given up when its time is up, the clock ticked, and each event
//! turned into actions. No I/O and no clock of its own (the time is passed in), so tests
//! drive it exactly as the event loop does, with time that passes as they say.

use std::time::{Duration, Instant};

use ratatui::crossterm::event::{Event, KeyEventKind, MouseButton, MouseEvent, MouseEventKind};

use crate::app::{keymap, Action, App};
use crate::input::decode::{Decoder, SEQUENCE_WAIT};

/// How often the loop wakes without input: the kiosk's idle clock.
pub const TICK: Duration = Duration::from_millis(100);

/// How long the first frame has the machine to itself, for the terminal to show it, before
/// the rest of the content is decoded (sooner if a key comes first).
pub const FIRST_PAUSE: Duration = Duration::from_millis(20);

#[derive(Debug, Clone)]
pub struct Intake {
    decoder: Decoder,
    events: Vec<Event>,
    last_byte: Instant,
    last_tick: Instant,
}

impl Intake {
    pub fn new(now: Instant) -> Intake {
        Intake {
            decoder: Decoder::default(),
            events: Vec::new(),
            last_byte: now,
            last_tick: now,
        }
    }

    /// How long the loop may wait for input before [`Intake::apply`] has work to do anyway.
    pub fn wait(&self, app: &App, now: Instant) -> Duration {
        if self.decoder.is_waiting() {
            SEQUENCE_WAIT.saturating_sub(now.saturating_duration_since(self.last_byte))
        } else if app.content_is_front() {
            FIRST_PAUSE
        } else {
            TICK
        }
    }

    /// Whether a paste has begun and not ended: what comes until it ends is its text.
    pub fn is_in_paste(&self) -> bool {
        self.decoder.is_in_paste()
    }

    /// Bytes read from the terminal.
    pub fn bytes(&mut self, bytes: &[u8], now: Instant) {
        self.decoder.feed(bytes, &mut self.events);
        self.last_byte = now;
    }

    /// The time passed and everything decoded, applied to `app`; `after_each` runs after each
    /// event (the loop carries out effects there) and says whether it changed the screen.
    /// Stops at a quit. Returns whether the screen changed.
    pub fn apply(
        &mut self,
        app: &mut App,
        now: Instant,
        mut after_each: impl FnMut(&mut App) -> bool,
    ) -> bool {
        if self.decoder.is_waiting()
            && now.saturating_duration_since(self.last_byte) >= SEQUENCE_WAIT
        {
            self.decoder.give_up(&mut self.events);
        }
        let mut changed = app.update(Action::Tick(now.saturating_duration_since(self.last_tick)));
        self.last_tick = now;
        for event in self.events.drain(..) {
            changed |= apply(app, event);
            changed |= after_each(app);
            if app.should_quit {
                break;
            }
        }
        self.events.clear();
        changed
    }
}

/// One input event, acted on. Returns whether the screen changed.
fn apply(app: &mut App, event: Event) -> bool {
    match event {
        // Presses only: releases and repeats would act twice on terminals that send them.
        Event::Key(key) if key.kind == KeyEventKind::Press => match app.action_for(&key) {
            Some(action) => app.update(action),
            // An unbound key is still someone at the keyboard: it answers "Still there?" and
            // restarts the idle time.
            None => app.update(Action::Activity),
        },
        Event::Mouse(mouse) => match mouse_action(app, &mouse) {
            Some(action) if app.settings.mouse => app.update(action),
            _ => false,
        },
        Event::Paste(text) => keymap::paste_actions(app.context(), &text)
            .into_iter()
            .fold(false, |changed, action| app.update(action) | changed),
        _ => false,
    }
}

/// A click, a touch or the wheel as an action.
fn mouse_action(app: &App, mouse: &MouseEvent) -> Option<Action> {
    match mouse.kind {
        MouseEventKind::Down(MouseButton::Left) => {
            Some(crate::app::clicks::click(app, mouse.column, mouse.row))
        }
        MouseEventKind::ScrollDown => Some(Action::Wheel { down: true }),
        MouseEventKind::ScrollUp => Some(Action::Wheel { down: false }),
        _ => None,
    }
}
