//! The self-check's results as lines: never a score, never a diagnosis.

use crate::config::Mode;
use crate::document::{DocLine, Glyphs, Lines, Run, Tone};
use crate::selfcheck::{Report, CRISIS_LINE, NEXT, NO_REASONS, SAY, WHY, YOUR_ANSWERS};

/// The results at a width: the outcome, why, what to do next and what to say, then the
/// answers given. A counselor also sees prompts to talk about.
pub fn results_lines(
    report: &Report,
    mode: Mode,
    notice: Option<&str>,
    glyphs: Glyphs,
    width: usize,
) -> Vec<DocLine> {
    let bullet = glyphs.bullet;
    let mut l = Lines::new(width);
    l.text(&report.title, Tone::Title);
    l.text(&report.summary, Tone::Body);
    l.blank();
    l.text(WHY, Tone::Heading);
    if report.reasons.is_empty() {
        l.bullets(&[NO_REASONS.to_string()], bullet);
    } else {
        l.bullets(&report.reasons, bullet);
    }
    l.blank();
    l.text(NEXT, Tone::Heading);
    l.bullets(&report.next_steps, bullet);
    l.blank();
    l.text(SAY, Tone::Heading);
    l.bullets(&report.say, bullet);
    if mode == Mode::Counselor && !report.prompts.is_empty() {
        l.blank();
        l.text("To talk about together", Tone::Heading);
        l.bullets(&report.prompts, bullet);
    }
    l.blank();
    l.text(CRISIS_LINE, Tone::Urgent);
    l.text(&report.always, Tone::Strong);
    if let Some(notice) = notice {
        l.blank();
        l.text(notice, Tone::Strong);
    }
    l.blank();
    let keys = match mode {
        Mode::Kiosk => "c change my answers · x clear my answers · e end session",
        Mode::Counselor => "c change answers · s save a summary · h handout · x clear answers",
        Mode::Personal => "c change my answers · s save a summary · x clear my answers",
    };
    l.text(keys, Tone::Dim);
    l.blank();
    l.text(YOUR_ANSWERS, Tone::Heading);
    for (i, (question, answer)) in report.answers.iter().enumerate() {
        l.push(
            &[Run::new(question, Tone::Body)],
            &[Run::new(format!("{:>2}. ", i + 1), Tone::Dim)],
            &[Run::new("    ", Tone::Body)],
        );
        l.push(
            &[Run::new(answer, Tone::Strong)],
            &[Run::new("    ", Tone::Body)],
            &[Run::new("    ", Tone::Body)],
        );
    }
    l.into_lines()
}
