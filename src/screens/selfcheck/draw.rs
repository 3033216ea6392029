//! The self-check: an introduction, one question a screen with progress, and results that
//! say why, what to do next and what to say — never a score, never a diagnosis.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::{SelfCheck, Stage};
use crate::config::Mode;
use crate::document::{DocLine, Lines, Run, Tone};
use crate::screens::Ctx;
use crate::selfcheck::Answer;
use crate::ui::{draw_lines, geometry as layout, page};

impl SelfCheck {
    pub fn question_lines(&self, ctx: &Ctx, index: usize, width: usize) -> Vec<DocLine> {
        self.question_layout(ctx, index, width).0
    }

    /// A question's lines, and for each choice its first line and how many lines it takes.
    pub fn question_layout(
        &self,
        ctx: &Ctx,
        index: usize,
        width: usize,
    ) -> (Vec<DocLine>, Vec<(usize, usize)>) {
        let q = &ctx.pack.questionnaire;
        let text = ctx.text();
        let mut l = Lines::new(width);
        let mut choice_rows = Vec::new();
        let Some(question) = q.questions.get(index) else {
            return (l.into_lines(), choice_rows);
        };
        l.text(&(text.question_of)(index + 1, q.questions.len()), Tone::Dim);
        l.blank();
        l.text(&question.text, Tone::Heading);
        l.blank();
        let current = self.answers.get(index).copied().flatten();
        let mut choices: Vec<(String, Option<Answer>)> = question
            .options
            .iter()
            .enumerate()
            .map(|(i, c)| (c.text.clone(), Some(Answer::Choice(i))))
            .collect();
        if question.prefer_not_to_say {
            choices.push((
                text.prefer_not_to_say.to_string(),
                Some(Answer::PreferNotToSay),
            ));
        }
        for (i, (words, answer)) in choices.iter().enumerate() {
            let selected = self.selected == Some(i);
            let marker = if selected { ctx.glyphs.marker } else { "  " };
            let tone = if selected { Tone::Selected } else { Tone::Body };
            let mut runs = vec![Run::new(format!("{}  {words}", i + 1), tone)];
            if *answer == current && current.is_some() {
                runs.push(Run::new(text.your_answer, Tone::Dim));
            }
            let start = l.len();
            l.push(
                &runs,
                &[Run::new(marker, tone)],
                &[Run::new("     ", Tone::Body)],
            );
            choice_rows.push((start, l.len() - start));
        }
        l.blank();
        let how = if ctx.settings.mouse {
            text.how_to_answer_touch
        } else {
            text.how_to_answer
        };
        l.text(how, Tone::Dim);
        (l.into_lines(), choice_rows)
    }

    /// Where a question is drawn: its rectangle and the first line shown, so the highlighted
    /// answer stays in view on short screens.
    pub fn question_view(&self, ctx: &Ctx, index: usize, area: Rect) -> (Rect, usize) {
        let column = layout::text_column(layout::areas(area).body);
        let width = usize::from(layout::reader_text(area).width);
        let lines = self.question_lines(ctx, index, width);
        let selected_row = lines
            .iter()
            .position(|l| l.runs.iter().any(|r| r.tone == Tone::Selected))
            .unwrap_or(0);
        let scroll = (selected_row + 2).saturating_sub(usize::from(column.height));
        (column, scroll)
    }

    pub fn render(&self, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        let theme = ctx.theme();
        let width = usize::from(layout::reader_text(area).width);
        match self.stage {
            Stage::Intro => {
                // It scrolls, so the way to start is never cut off on a small screen.
                let label = ctx.text().intro_status;
                page::render(
                    theme,
                    ctx.text(),
                    &self.intro_lines(ctx, width),
                    self.intro_scroll,
                    &[label],
                    area,
                    buf,
                );
            }
            Stage::Question(i) => {
                let (column, scroll) = self.question_view(ctx, i, area);
                draw_lines(
                    theme,
                    &self.question_lines(ctx, i, width),
                    scroll,
                    column,
                    buf,
                );
            }
            Stage::Results => {
                let lines = self.results_lines(ctx, width);
                let [with_save, without_save, short] = ctx.text().results_status;
                let label = if ctx.mode() == Mode::Kiosk {
                    without_save
                } else {
                    with_save
                };
                page::render(
                    theme,
                    ctx.text(),
                    &lines,
                    self.results_scroll,
                    &[label, short],
                    area,
                    buf,
                );
            }
        }
    }
}
