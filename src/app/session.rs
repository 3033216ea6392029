//! The parts of `update` that depend on the mode: the kiosk's idle wipe and staff exit, the
//! counselor's handout and new client, settings, section numbers, mouse clicks, and how the
//! effects `update` asked for went.

use std::path::PathBuf;
use std::time::Duration;

use super::{Action, App, Confirm, Effect, Notice, OpenOverlay, Overlay, Screen};
use crate::config::{Mode, SettingValue, ThemeName};
use crate::document::{ASCII, UNICODE};
use crate::effects::EffectError;
use crate::input::action::Target;
use crate::layouts::Layouts;
use crate::screens::cover::Cover;
use crate::screens::pin::{PinEntry, PinMessage, PinStep};
use crate::screens::settings::SettingItem;
use crate::store::Place;

/// How long a first digit waits for a second one (for section 10 and up).
const DIGIT_WAIT: Duration = Duration::from_millis(1500);
/// Lines the mouse wheel scrolls text by.
const WHEEL_LINES: usize = 3;

/// Timers. They are not compared when deciding whether the screen changed: a person sees
/// only what they cause (the countdown, a lock ending), and `tick` reports that itself.
#[derive(Debug, Clone, Copy, Default)]
pub struct Clocks {
    /// Time since the last input.
    pub idle: Duration,
    /// Time left before the staff PIN may be tried again.
    pub pin_lock: Duration,
}

impl PartialEq for Clocks {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl App {
    /// Time passing. Returns whether what is on screen changed.
    pub(super) fn tick(&mut self, elapsed: Duration) -> bool {
        let countdown_before = self.still_there();
        let locked_before = self.pin_locked();
        self.clocks.idle = self.clocks.idle.saturating_add(elapsed);
        self.clocks.pin_lock = self.clocks.pin_lock.saturating_sub(elapsed);
        if locked_before && !self.pin_locked() && self.pin.message == Some(PinMessage::Locked) {
            self.pin.message = None;
        }
        if self.pending_digit.is_some() && self.clocks.idle >= DIGIT_WAIT {
            self.settle_digit();
        }
        let limit = self.settings.idle_timeout + self.settings.countdown;
        if self.mode() == Mode::Kiosk && self.clocks.idle >= limit && !self.is_pristine() {
            self.idle_wipe();
            return true;
        }
        countdown_before != self.still_there() || locked_before != self.pin_locked()
    }

    /// Kiosk: the seconds left on the "Still there?" countdown while it shows. It shows once
    /// the idle time is up, unless there is nothing to wipe, and never over the crisis
    /// panel: someone on the phone with 988 has stopped touching the screen, and the wipe
    /// happens behind the panel without a word.
    pub fn still_there(&self) -> Option<u64> {
        if self.mode() != Mode::Kiosk || self.clocks.idle < self.settings.idle_timeout {
            return None;
        }
        if self.top_overlay() == Some(Overlay::Crisis) {
            return None;
        }
        // A covered kiosk was wiped when the cover went up.
        if !self.covers.is_empty() || self.is_pristine() {
            return None;
        }
        let end = self.settings.idle_timeout + self.settings.countdown;
        let left = end.saturating_sub(self.clocks.idle);
        // Rounded up: the last second shows as 1, not 0.
        Some(left.as_millis().div_ceil(1000).max(1) as u64)
    }

    /// The cover is up with nothing opened over it: keys go to it (`screens::cover`).
    pub fn cover_on_top(&self) -> bool {
        self.covers
            .last()
            .is_some_and(|cover| self.overlays.len() <= cover.below)
    }

    /// Puts the neutral page over everything. A kiosk wipes the session first: the page
    /// may have gone up because someone else walked up.
    pub(super) fn put_cover(&mut self) -> bool {
        if self.mode() == Mode::Kiosk {
            self.wipe();
        }
        self.covers.push(Cover {
            below: self.overlays.len(),
        });
        true
    }

    /// Opens the plan, from wherever it was asked for: the crisis panel it was opened from
    /// closes (Esc from the plan goes back to the screen under it).
    pub(super) fn open_plan(&mut self) -> bool {
        if self.top_overlay() == Some(Overlay::Crisis) {
            self.overlays.pop();
        }
        if !self.overlays.is_empty() {
            return false;
        }
        with_screen!(self.plan, |plan, ctx| plan.open(&ctx));
        self.go_to(Screen::Plan);
        true
    }

    /// Personal: the plan saved before, put back as it was saved; or, when its file could
    /// not be read, a word about it (the file is left as it is).
    pub fn restore_plan(&mut self, saved: std::io::Result<Option<[Vec<String>; 7]>>) {
        match saved {
            Ok(Some(steps)) => {
                self.plan.plan.steps = steps;
                self.plan.saved = true;
                self.plan.prefilled = true;
            }
            Ok(None) => {}
            Err(err) => self.notice = Some(Notice::PlanUnreadable(err.to_string())),
        }
    }

    /// Takes the cover away: everything under it is as it was.
    pub(super) fn take_cover(&mut self) -> bool {
        self.covers.pop().is_some()
    }

    /// Nothing a visitor did is left: the state is as the idle wipe leaves it (a fresh
    /// start, with the crisis panel if it was open).
    pub fn is_pristine(&self) -> bool {
        let mut fresh = self.clone();
        fresh.idle_wipe();
        fresh == *self
    }

    /// Kiosk, left alone: everything a visitor did goes, but an open crisis panel stays open
    /// over the fresh start, in its language and as it was scrolled (it holds nothing of
    /// theirs). The calm words an urgent answer opened it with go: they would tell the next
    /// person what was answered.
    fn idle_wipe(&mut self) {
        let help = self
            .overlays
            .iter()
            .rev()
            .find(|o| o.kind == Overlay::Crisis)
            .copied();
        let lang = self.lang;
        self.wipe();
        if let Some(panel) = help {
            let _ = self.set_language(lang);
            self.overlays.retain(|o| o.kind != Overlay::Crisis);
            self.overlays.push(OpenOverlay {
                urgent: false,
                ..panel
            });
            self.clamp_scrolls();
        }
    }

    /// Forgets everything a person did: answers, searches, places, overlays. Keeps the
    /// content, the settings and the window size.
    pub fn wipe(&mut self) {
        let settings = self.settings.clone();
        // Back to the language the kiosk is set up in, for the next visitor.
        let (lang, pack) = self.translations.start(settings.lang);
        let layouts = if lang == self.lang {
            self.layouts.clone()
        } else {
            Layouts::new(&pack, lang, self.layouts.width(), self.glyphs)
        };
        let mut fresh = App::fresh(
            pack,
            self.translations.clone(),
            lang,
            settings,
            layouts,
            self.area,
            self.glyphs,
        );
        fresh.disk_trouble_reported = self.disk_trouble_reported;
        // A locked staff exit stays locked: waiting out the idle time must not reset it.
        fresh.clocks.pin_lock = self.clocks.pin_lock;
        fresh.pin_guard = self.pin_guard;
        if self.content_check_failed {
            fresh.show_failed_content_check();
        }
        *self = fresh;
    }

    /// Kiosk: the content given did not pass its check and this app holds the built-in
    /// pack instead. It starts, and starts again after every wipe, with the crisis panel
    /// open and a line for staff in it.
    pub fn show_failed_content_check(&mut self) {
        self.content_check_failed = true;
        self.open_crisis(false);
    }

    pub fn pin_locked(&self) -> bool {
        !self.clocks.pin_lock.is_zero()
    }

    /// Kiosk with a staff PIN: opens the PIN field.
    pub(super) fn open_admin_pin(&mut self) -> bool {
        if self.mode() != Mode::Kiosk || self.settings.admin_pin.is_none() {
            return false;
        }
        if self.top_overlay() == Some(Overlay::AdminPin) {
            return false;
        }
        self.pin = PinEntry::opened(self.pin_locked());
        self.overlays.push(OpenOverlay::new(Overlay::AdminPin));
        true
    }

    pub(super) fn update_admin_pin(&mut self, action: Action) -> bool {
        let pin = self.settings.admin_pin.as_deref();
        match self
            .pin
            .update(action, pin, &mut self.pin_guard, &mut self.clocks.pin_lock)
        {
            PinStep::Unchanged => false,
            PinStep::Changed => true,
            PinStep::Right => {
                self.should_quit = true;
                true
            }
        }
    }

    /// Asks `question`, unless it is already open.
    pub(super) fn confirm(&mut self, question: Confirm) -> bool {
        if self
            .overlays
            .iter()
            .any(|o| o.kind == Overlay::Confirm(question))
        {
            return false;
        }
        self.overlays
            .push(OpenOverlay::new(Overlay::Confirm(question)));
        true
    }

    pub(super) fn answer_confirm(&mut self, yes: bool) {
        let Some(Overlay::Confirm(question)) = self.top_overlay() else {
            return;
        };
        self.overlays.pop();
        match question {
            Confirm::NewClient if yes => {
                self.wipe();
                self.notice = Some(Notice::NewClientReady);
            }
            Confirm::NewClient => {}
            Confirm::DeletePlan if yes => {
                self.plan.plan = Default::default();
                self.plan.saved = false;
                self.effects.push(Effect::DeletePlan);
            }
            Confirm::DeletePlan => {}
            Confirm::HandoutResults => {
                let answers = yes.then(|| self.self_check.answers.clone());
                self.handout_with(answers);
            }
            Confirm::HandoutPlan => {
                let answers = self.handout_answers.take().flatten();
                let plan = yes.then(|| self.plan.plan.steps.clone());
                self.write_handout(answers, plan);
            }
        }
    }

    /// Counselor: write a handout, asking first whether to include the self-check's answers
    /// and then the plan, each only when there is one.
    pub(super) fn handout(&mut self) {
        if self.self_check.answered() > 0 {
            self.confirm(Confirm::HandoutResults);
        } else {
            self.handout_with(None);
        }
    }

    /// The handout with these answers (or none): asks about the plan first when there is one.
    fn handout_with(&mut self, answers: Option<crate::selfcheck::Answers>) {
        if self.plan.plan.is_empty() {
            self.write_handout(answers, None);
        } else {
            self.handout_answers = Some(answers);
            self.confirm(Confirm::HandoutPlan);
        }
    }

    fn write_handout(
        &mut self,
        answers: Option<crate::selfcheck::Answers>,
        plan: Option<[Vec<String>; 7]>,
    ) {
        self.effects.push(Effect::SaveHandout {
            sections: self.visited.iter().copied().collect(),
            answers,
            plan,
        });
    }

    pub(super) fn change_setting(&mut self, item: SettingItem) {
        let (key, value) = match item {
            // Saved, in personal mode, by the switch itself.
            SettingItem::Language => {
                self.set_language(self.next_language());
                return;
            }
            SettingItem::Theme => {
                let all = ThemeName::ALL;
                let at = all
                    .iter()
                    .position(|t| *t == self.settings.theme)
                    .unwrap_or(0);
                self.settings.theme = all[(at + 1) % all.len()];
                (
                    "theme",
                    SettingValue::Text(self.settings.theme.name().into()),
                )
            }
            SettingItem::Ascii => {
                self.settings.ascii = !self.settings.ascii;
                self.glyphs = if self.settings.ascii { ASCII } else { UNICODE };
                self.relayout();
                ("ascii", SettingValue::Bool(self.settings.ascii))
            }
            SettingItem::Mouse => {
                self.settings.mouse = !self.settings.mouse;
                ("mouse", SettingValue::Bool(self.settings.mouse))
            }
            SettingItem::RememberPlace => {
                self.settings.remember_place = !self.settings.remember_place;
                self.effects.push(if self.settings.remember_place {
                    Effect::SavePlace(self.place())
                } else {
                    Effect::ForgetPlace
                });
                (
                    "remember_place",
                    SettingValue::Bool(self.settings.remember_place),
                )
            }
        };
        self.save_setting(key, value);
    }

    /// Personal mode with a config file: asks for one setting to be saved.
    pub(super) fn save_setting(&mut self, key: &'static str, value: SettingValue) {
        if self.settings.saves_settings() && self.settings.config_file.is_some() {
            self.effects.push(Effect::SaveSetting(key, value));
        }
    }

    /// Where the person is reading now, and what they have opened, to save.
    pub fn place(&self) -> Place {
        // Leaving while a second digit could still follow: what is on screen was read.
        let mut read = self.visited.clone();
        read.extend(self.pending_section());
        let (section, anchor) = if read.is_empty() {
            self.welcome.resume.unwrap_or_default()
        } else {
            let anchor = self
                .reader_lines()
                .get(self.reader.scroll)
                .map(|l| l.anchor)
                .unwrap_or_default();
            (self.reader.section, anchor)
        };
        let id = |i: usize| self.pack.sections.get(i).map(|s| s.id.clone());
        Place {
            section: id(section).unwrap_or_default(),
            block: anchor.block,
            offset: anchor.offset,
            read: read.iter().filter_map(|i| id(*i)).collect(),
        }
    }

    /// A digit typed on the contents or in the reader: opens that section. A first digit
    /// that could begin a two-digit number waits a moment for a second one; its section is
    /// shown at once but counts as opened (read, covered in a handout) only if no second
    /// digit replaces it (`settle_digit`).
    pub(super) fn section_digit(&mut self, digit: u8) -> bool {
        let count = self.pack.sections.len();
        let digit = usize::from(digit);
        if let Some(first) = self.pending_digit.take() {
            let number = usize::from(first) * 10 + digit;
            if (1..=count).contains(&number) {
                return self.open_section(number - 1, 0, None);
            }
        }
        if !(1..=count).contains(&digit) {
            return false;
        }
        let read_before = self.visited.contains(&(digit - 1));
        self.open_section(digit - 1, 0, None);
        if digit * 10 <= count {
            self.pending_digit = u8::try_from(digit).ok();
            if !read_before {
                self.visited.remove(&(digit - 1));
            }
        }
        true
    }

    /// The wait for a second digit is over without one (time ran out, or the person did
    /// something else): the section the first digit showed was really read.
    /// Says whether the section's read mark changed.
    pub(super) fn settle_digit(&mut self) -> bool {
        let newly_read = self
            .pending_section()
            .is_some_and(|section| self.visited.insert(section));
        self.pending_digit = None;
        newly_read
    }

    /// The section a first digit is showing while a second may follow.
    fn pending_section(&self) -> Option<usize> {
        let first = usize::from(self.pending_digit?);
        (1..=self.pack.sections.len())
            .contains(&first)
            .then(|| first - 1)
    }

    /// A click or touch: what is under it acts as its key would. What is on a screen goes
    /// to that screen, which knows its own targets.
    pub(super) fn click(&mut self, target: Target) -> bool {
        let action = match target {
            Target::Crisis => Action::OpenCrisis,
            Target::Close | Target::Back => Action::Back,
            Target::EndSession => Action::EndSession,
            Target::Language(lang) => Action::SetLanguage(lang),
            Target::Yes => Action::Yes,
            Target::No => Action::No,
            Target::WelcomeItem(_)
            | Target::ContentsRow(_)
            | Target::SearchHit(_)
            | Target::Setting(_)
            | Target::PlanItem(_)
            | Target::Choice(_)
            | Target::Start
            | Target::PreviousSection
            | Target::NextSection => {
                if !self.overlays.is_empty() {
                    return false;
                }
                return self.update_screen(Action::Click(target));
            }
        };
        self.update(action)
    }

    /// The wheel scrolls text by a few lines, and moves a selection by one.
    pub(super) fn wheel(&mut self, down: bool) -> bool {
        let step = if down { Action::Down } else { Action::Up };
        let scrolls_text = self.top_overlay().is_some()
            || matches!(
                self.screen,
                Screen::Reader | Screen::Glossary | Screen::Sources
            )
            || (self.screen == Screen::SelfCheck && self.self_check.scrolls_text());
        let times = if scrolls_text { WHEEL_LINES } else { 1 };
        (0..times).fold(false, |changed, _| self.update(step) | changed)
    }

    /// Takes the side effects the last updates asked for, oldest first.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    /// Tells the app how a side effect went, so the person sees it. Returns whether the
    /// screen changed.
    pub fn effect_done(&mut self, effect: &Effect, result: Result<PathBuf, EffectError>) -> bool {
        let words = self.text();
        let result = result
            .map(|path| path.display().to_string())
            .map_err(|err| err.text(words));
        let notice = match (effect, result) {
            // Said where the person is looking, just above the footer as the handout is, not
            // in the results, which may be scrolled far from it (and, when it is in view,
            // would say it twice).
            (Effect::SaveSummary(_), Ok(path)) => Notice::SummarySaved(path),
            (Effect::SaveSummary(_), Err(err)) => Notice::SummaryFailed(err),
            (Effect::SaveHandout { .. }, Ok(path)) => Notice::HandoutSaved(path),
            (Effect::SaveHandout { .. }, Err(err)) => Notice::HandoutFailed(err),
            (Effect::SavePlan(_), Ok(path)) => Notice::PlanSaved(path),
            (Effect::SavePlan(_), Err(err)) => Notice::PlanFailed(err),
            (Effect::DeletePlan, Ok(_)) => Notice::PlanDeleted,
            (Effect::DeletePlan, Err(err)) => Notice::PlanFailed(err),
            (_, Ok(_)) => return false,
            // Settings and the reading place: say so once, then carry on without them.
            (_, Err(err)) => {
                if self.disk_trouble_reported {
                    return false;
                }
                self.disk_trouble_reported = true;
                Notice::SettingsFailed(err)
            }
        };
        self.notice = Some(notice);
        true
    }
}
