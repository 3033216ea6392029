//! "My plan for hard moments": a personal safety plan, step by step, in the person's own
//! words. The steps follow the Safety Planning Intervention's (Stanley and Brown, 2012):
//! the signs that a hard time is starting, what I can do on my own, people and places that
//! take my mind off it, people I can ask for help, professionals and crisis lines (988
//! always first), making my space safer, and my reasons to keep going. Each step offers
//! ideas to pick and a line to write, with keys or touch, and any step can be skipped. The
//! last page shows the whole plan.
//!
//! The plan is held in memory only: a kiosk's wipe, a counselor's "new client" and quitting
//! all end it.

mod draw;

pub use draw::payload;

use super::{Ctx, Step};
use crate::content::Pack;
use crate::document::Lines;
use crate::i18n::Catalog;
use crate::input::action::{Action, Target};
use crate::ui::scroll;

/// The steps of the method.
pub const STEPS: usize = 7;
/// The step whose first line is always 988 (and then the local help).
pub const PROFESSIONALS: usize = 4;
/// The most characters one line of the plan holds.
const MAX_LINE: usize = 200;

/// What the person put in their plan, step by step, in the order they added it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    pub steps: [Vec<String>; STEPS],
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.steps.iter().all(Vec::is_empty)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PlanScreen {
    pub plan: Plan,
    /// The page on show: a step, or [`STEPS`] for the whole plan.
    pub page: usize,
    /// The selected line of a step; on the whole plan, how far it is scrolled.
    pub selected: usize,
    /// A line being typed, when the field is open.
    pub typing: Option<String>,
    /// The local help has been put in the professionals' step (once: the person may take
    /// it out).
    pub prefilled: bool,
    /// Personal: the plan is saved (it was opened from its file or saved since).
    pub saved: bool,
}

/// A line of a step that can be chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanItem {
    /// A line in the plan (its index in the step): choosing it takes it out.
    Entry(usize),
    /// An idea not in the plan yet: choosing it puts it in.
    Idea(&'static str),
    /// Open the field to write a line.
    WriteOwn,
}

impl PlanScreen {
    /// Opening the plan: the local help, if any, goes into the professionals' step the
    /// first time, after 988.
    pub fn open(&mut self, ctx: &Ctx) {
        if !self.prefilled {
            self.prefilled = true;
            for help in super::crisis::local_help(ctx) {
                self.plan.steps[PROFESSIONALS].push(format!("{}: {}", help.name, help.contact));
            }
        }
    }

    /// Whether keys type into the field.
    pub fn is_typing(&self) -> bool {
        self.typing.is_some()
    }

    /// The lines of the step on show that can be chosen, in order: what is in the plan,
    /// the ideas not in it yet, and "Write my own".
    pub fn items(&self, ctx: &Ctx) -> Vec<PlanItem> {
        let Some(entries) = self.plan.steps.get(self.page) else {
            return Vec::new();
        };
        let ideas = ctx.text().plan_examples[self.page];
        (0..entries.len())
            .map(PlanItem::Entry)
            .chain(
                ideas
                    .iter()
                    .filter(|idea| !entries.iter().any(|e| e == *idea))
                    .map(|idea| PlanItem::Idea(idea)),
            )
            .chain([PlanItem::WriteOwn])
            .collect()
    }

    pub fn update(&mut self, action: Action, ctx: &Ctx) -> Step {
        if let Some(typed) = &mut self.typing {
            return match action {
                Action::Input(c) if typed.chars().count() < MAX_LINE => {
                    typed.push(c);
                    Step::Changed
                }
                Action::DeleteBack => Step::changed_if(typed.pop().is_some()),
                Action::Select => {
                    let line = typed.trim().to_string();
                    self.typing = None;
                    if let Some(entries) = self.plan.steps.get_mut(self.page) {
                        if !line.is_empty() {
                            entries.push(line);
                            self.selected = entries.len() - 1;
                        }
                    }
                    Step::Changed
                }
                Action::Back => {
                    self.typing = None;
                    Step::Changed
                }
                _ => Step::Unchanged,
            };
        }
        match action {
            // Only personal mode has these keys (the keymap); a kiosk writes nothing ever.
            Action::SavePlan if ctx.mode() == crate::config::Mode::Personal => Step::SavePlan,
            Action::DeletePlan if ctx.mode() == crate::config::Mode::Personal && self.saved => {
                Step::DeletePlan
            }
            Action::NextSection | Action::Click(Target::NextSection) if self.page < STEPS => {
                self.turn_to(self.page + 1)
            }
            Action::PreviousSection | Action::Click(Target::PreviousSection) if self.page > 0 => {
                self.turn_to(self.page - 1)
            }
            Action::Choose(i) | Action::Click(Target::PlanItem(i)) if self.page < STEPS => {
                if i >= self.items(ctx).len() {
                    return Step::Unchanged;
                }
                self.selected = i;
                self.choose(ctx)
            }
            Action::Select if self.page < STEPS => self.choose(ctx),
            _ if self.page == STEPS => {
                let (lines, height) = self.whole_plan_size(ctx);
                let limit = scroll::limit(lines, height);
                Step::changed_if(scroll::scroll(&mut self.selected, action, limit, height))
            }
            _ => {
                let last = self.items(ctx).len().saturating_sub(1);
                Step::changed_if(scroll::scroll(&mut self.selected, action, last, 5))
            }
        }
    }

    fn turn_to(&mut self, page: usize) -> Step {
        self.page = page;
        self.selected = 0;
        Step::Changed
    }

    /// Acts on the selected line: an idea goes in (one that ends in ":" opens the field
    /// with it, for a name and a number), a line in the plan comes out, "Write my own"
    /// opens the field.
    fn choose(&mut self, ctx: &Ctx) -> Step {
        let items = self.items(ctx);
        let Some(item) = items.get(self.selected).copied() else {
            return Step::Unchanged;
        };
        let Some(entries) = self.plan.steps.get_mut(self.page) else {
            return Step::Unchanged;
        };
        match item {
            PlanItem::Entry(i) => {
                if i < entries.len() {
                    entries.remove(i);
                }
                let last = self.items(ctx).len().saturating_sub(1);
                self.selected = self.selected.min(last);
            }
            PlanItem::Idea(idea) if idea.ends_with(':') => {
                self.typing = Some(format!("{idea} "));
            }
            PlanItem::Idea(idea) => {
                entries.push(idea.to_string());
                self.selected = entries.len() - 1;
            }
            PlanItem::WriteOwn => self.typing = Some(String::new()),
        }
        Step::Changed
    }
}

/// The professionals' step always starts with 988: the first crisis resource, as the
/// crisis panel lists it.
pub fn always_first(pack: &Pack) -> Option<String> {
    pack.crisis
        .first()
        .map(|first| format!("{}: {}", first.name, first.contact))
}

/// The whole plan as plain text at `width`: each step's name and its lines, 988 first
/// among the professionals. What `lantern plan --print` prints, a handout holds, and the
/// plan's QR code carries.
pub fn as_text(pack: &Pack, text: &Catalog, steps: &[Vec<String>; STEPS], width: usize) -> String {
    let mut out = format!("{}\n", text.plan_title);
    for (i, lines) in steps.iter().enumerate() {
        out.push('\n');
        out.push_str(text.plan_steps[i]);
        out.push('\n');
        let mut all: Vec<String> = Vec::new();
        if i == PROFESSIONALS {
            all.extend(always_first(pack));
        }
        all.extend(lines.iter().cloned());
        if all.is_empty() {
            out.push_str(&format!("  {}\n", text.plan_empty_step));
        }
        for line in all {
            for wrapped in Lines::plain(&line, "  - ", "    ", width) {
                out.push_str(&wrapped);
                out.push('\n');
            }
        }
    }
    out.push('\n');
    out.push_str(text.plan_method);
    out.push('\n');
    out
}
