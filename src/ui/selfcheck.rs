//! The self-check: an introduction, one question a screen with progress, and results that
//! say why, what to do next and what to say — never a score, never a diagnosis.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::theme::Theme;
use super::{draw_lines, layout, page};
use crate::app::{App, Stage};
use crate::config::Mode;
use crate::document::{DocLine, Lines, Run, Tone};
use crate::selfcheck::Answer;

pub fn question_lines(app: &App, index: usize, width: usize) -> Vec<DocLine> {
    question_layout(app, index, width).0
}

/// A question's lines, and for each choice its first line and how many lines it takes.
pub fn question_layout(
    app: &App,
    index: usize,
    width: usize,
) -> (Vec<DocLine>, Vec<(usize, usize)>) {
    let q = &app.pack.questionnaire;
    let text = app.text();
    let mut l = Lines::new(width);
    let mut choice_rows = Vec::new();
    let Some(question) = q.questions.get(index) else {
        return (l.into_lines(), choice_rows);
    };
    l.text(&(text.question_of)(index + 1, q.questions.len()), Tone::Dim);
    l.blank();
    l.text(&question.text, Tone::Heading);
    l.blank();
    let current = app.self_check.answers.get(index).copied().flatten();
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
        let selected = app.self_check.selected == Some(i);
        let marker = if selected { app.glyphs.marker } else { "  " };
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
    let how = if app.settings.mouse {
        text.how_to_answer_touch
    } else {
        text.how_to_answer
    };
    l.text(how, Tone::Dim);
    (l.into_lines(), choice_rows)
}

/// Where a question is drawn: its rectangle and the first line shown, so the highlighted
/// answer stays in view on short screens.
pub fn question_view(app: &App, index: usize, area: Rect) -> (Rect, usize) {
    let column = layout::text_column(layout::areas(area).body);
    let width = usize::from(layout::reader_text(area).width);
    let lines = question_lines(app, index, width);
    let selected_row = lines
        .iter()
        .position(|l| l.runs.iter().any(|r| r.tone == Tone::Selected))
        .unwrap_or(0);
    let scroll = (selected_row + 2).saturating_sub(usize::from(column.height));
    (column, scroll)
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = Theme::of(app);
    let width = usize::from(layout::reader_text(area).width);
    match app.self_check.stage {
        Stage::Intro => {
            // It scrolls, so the way to start is never cut off on a small screen.
            let label = app.text().intro_status;
            page::render(
                app,
                &app.intro_lines(width),
                app.self_check.intro_scroll,
                &[label],
                area,
                buf,
            );
        }
        Stage::Question(i) => {
            let (column, scroll) = question_view(app, i, area);
            draw_lines(theme, &question_lines(app, i, width), scroll, column, buf);
        }
        Stage::Results => {
            let lines = app.results_lines(width);
            let [with_save, without_save, short] = app.text().results_status;
            let label = if app.mode() == Mode::Kiosk {
                without_save
            } else {
                with_save
            };
            page::render(
                app,
                &lines,
                app.self_check.results_scroll,
                &[label, short],
                area,
                buf,
            );
        }
    }
}
