//! The self-check: a start page, one question a screen, and results that say why, what to
//! do next and what to say — never a score, never a diagnosis. Answers live only here, in
//! memory.

pub mod draw;
pub mod lines;
pub mod privacy;

use ratatui::layout::Position;

use super::{Ctx, Notice, Step};
use crate::config::Mode;
use crate::document::DocLine;
use crate::input::action::{Action, Target};
use crate::selfcheck::{Answer, Answers};
use crate::ui::{item_at, line_in, scroll};

/// Where the person is in the self-check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Stage {
    #[default]
    Intro,
    Question(usize),
    Results,
}

/// The self-check in progress.
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

impl SelfCheck {
    /// A self-check with nothing answered, for the questionnaire of `ctx`'s pack.
    pub fn new(answers: Answers) -> Self {
        SelfCheck {
            answers,
            ..SelfCheck::default()
        }
    }

    pub fn update(&mut self, action: Action, ctx: &Ctx) -> Step {
        if action == Action::ClearAnswers {
            *self = SelfCheck {
                notice: Some(Notice::AnswersCleared),
                ..SelfCheck::new(ctx.pack.questionnaire.empty_answers())
            };
            return Step::Changed;
        }
        let questions = ctx.pack.questionnaire.questions.len();
        match self.stage {
            Stage::Intro => match action {
                Action::Select | Action::Click(Target::Start) => {
                    self.notice = None;
                    self.show_question(0, ctx);
                    Step::Changed
                }
                _ => {
                    let max = self.intro_max_scroll(ctx);
                    Step::changed_if(scroll::scroll(
                        &mut self.intro_scroll,
                        action,
                        max,
                        ctx.page(),
                    ))
                }
            },
            Stage::Question(i) => {
                let choices = choice_count(ctx, i);
                let before = self.selected;
                match action {
                    Action::Up => {
                        self.selected = Some(self.selected.map_or(0, |s| s.saturating_sub(1)))
                    }
                    Action::Down => {
                        let last = choices.saturating_sub(1);
                        self.selected = Some(self.selected.map_or(0, |s| (s + 1).min(last)))
                    }
                    Action::Select => {
                        if let Some(choice) = self.selected {
                            return self.answer(i, choice, ctx);
                        }
                    }
                    Action::Choose(n) | Action::Click(Target::Choice(n)) if n < choices => {
                        return self.answer(i, n, ctx)
                    }
                    Action::PreviousQuestion => {
                        match i.checked_sub(1) {
                            Some(previous) => self.show_question(previous, ctx),
                            None => self.stage = Stage::Intro,
                        }
                        return Step::Changed;
                    }
                    _ => {}
                }
                Step::changed_if(self.selected != before)
            }
            Stage::Results => match action {
                Action::ChangeAnswers => {
                    self.notice = None;
                    self.show_question(0, ctx);
                    Step::Changed
                }
                Action::PreviousQuestion => {
                    self.show_question(questions.saturating_sub(1), ctx);
                    Step::Changed
                }
                Action::SaveSummary if ctx.mode() != Mode::Kiosk => Step::SaveSummary,
                _ => {
                    let max = self.results_max_scroll(ctx);
                    Step::changed_if(scroll::scroll(
                        &mut self.results_scroll,
                        action,
                        max,
                        ctx.page(),
                    ))
                }
            },
        }
    }

    fn show_question(&mut self, i: usize, ctx: &Ctx) {
        self.stage = Stage::Question(i);
        // Highlight the answer already given, so changing it starts from there.
        self.selected = match self.answers.get(i).copied().flatten() {
            Some(Answer::Choice(c)) => Some(c),
            Some(Answer::PreferNotToSay) => Some(choice_count(ctx, i).saturating_sub(1)),
            None => None,
        };
    }

    /// Records choice `choice` of question `i` and moves on. An urgent answer opens the
    /// crisis panel at once, over the next screen, so closing it lets the person carry on.
    fn answer(&mut self, i: usize, choice: usize, ctx: &Ctx) -> Step {
        let questionnaire = &ctx.pack.questionnaire;
        let Some(question) = questionnaire.questions.get(i) else {
            return Step::Unchanged;
        };
        let answer = if choice < question.options.len() {
            Answer::Choice(choice)
        } else {
            Answer::PreferNotToSay
        };
        if let Some(slot) = self.answers.get_mut(i) {
            *slot = Some(answer);
        }
        if i + 1 < questionnaire.questions.len() {
            self.show_question(i + 1, ctx);
        } else {
            self.stage = Stage::Results;
            self.results_scroll = 0;
        }
        if questionnaire.is_urgent(i, answer) {
            Step::OpenCrisis { urgent: true }
        } else {
            Step::Changed
        }
    }

    /// How many questions have an answer (or "prefer not to say").
    pub fn answered(&self) -> usize {
        self.answers.iter().filter(|a| a.is_some()).count()
    }

    /// The start page at a width.
    pub fn intro_lines(&self, ctx: &Ctx, width: usize) -> Vec<DocLine> {
        let text = ctx.text();
        let notice = self.notice.as_ref().map(|n| n.text(text));
        let state = lines::IntroState {
            mode: ctx.mode(),
            touch: ctx.mode() == Mode::Kiosk && ctx.settings.mouse,
            notice: notice.as_deref(),
            answered: self.answered(),
        };
        lines::intro_lines(&ctx.pack.questionnaire, &state, width, text)
    }

    /// The results for the answers given so far, at a width.
    pub fn results_lines(&self, ctx: &Ctx, width: usize) -> Vec<DocLine> {
        let report = ctx.pack.questionnaire.report(&self.answers);
        let text = ctx.text();
        let notice = self.notice.as_ref().map(|n| n.text(text));
        let notice = notice.as_deref();
        lines::results_lines(&report, ctx.mode(), notice, ctx.glyphs, width, text)
    }

    pub fn intro_max_scroll(&self, ctx: &Ctx) -> usize {
        scroll::limit(self.intro_lines(ctx, ctx.text_width()).len(), ctx.page())
    }

    pub fn results_max_scroll(&self, ctx: &Ctx) -> usize {
        scroll::limit(self.results_lines(ctx, ctx.text_width()).len(), ctx.page())
    }

    /// Keeps the scroll positions within their pages after a change of size or language.
    pub fn clamp(&mut self, ctx: &Ctx) {
        if self.intro_scroll > 0 {
            self.intro_scroll = self.intro_scroll.min(self.intro_max_scroll(ctx));
        }
        if self.results_scroll > 0 {
            self.results_scroll = self.results_scroll.min(self.results_max_scroll(ctx));
        }
    }

    /// What a click or touch hits: the start page starts; a question's choices answer it.
    pub fn target(&self, ctx: &Ctx, here: Position) -> Option<Target> {
        match self.stage {
            Stage::Intro => Some(Target::Start),
            Stage::Question(i) => {
                let (_, rows) = self.question_layout(ctx, i, ctx.text_width());
                let (rect, scroll) = self.question_view(ctx, i, ctx.area);
                line_in(rect, here)
                    .and_then(|line| item_at(&rows, line + scroll))
                    .map(Target::Choice)
            }
            Stage::Results => None,
        }
    }

    /// Whether the wheel scrolls text here by several lines (the results) rather than one
    /// step.
    pub fn scrolls_text(&self) -> bool {
        self.stage == Stage::Results
    }
}

/// Choices shown for question `i`: its answers, then "prefer not to say" where allowed.
pub fn choice_count(ctx: &Ctx, i: usize) -> usize {
    ctx.pack
        .questionnaire
        .questions
        .get(i)
        .map_or(0, |q| q.options.len() + usize::from(q.prefer_not_to_say))
}
