//! The self-check's results as lines: never a score, never a diagnosis.

use super::privacy::{self, Place};
use crate::config::Mode;
use crate::document::{DocLine, Glyphs, Lines, Run, Tone};
use crate::i18n::Catalog;
use crate::selfcheck::{Given, Outcome, Questionnaire, Report};

/// An answer as the results, a summary and a handout say it.
pub fn given_text<'a>(given: &'a Given, text: &Catalog) -> &'a str {
    match given {
        Given::Choice(words) => words,
        Given::PreferNotToSay => text.prefer_not_to_say,
        Given::NotAnswered => text.not_answered,
    }
}

/// What the self-check's start page needs to know besides the questionnaire.
pub struct IntroState<'a> {
    pub mode: Mode,
    /// A kiosk's visitor may have only the touch screen: the whole page starts.
    pub touch: bool,
    pub notice: Option<&'a str>,
    pub answered: usize,
}

/// The self-check's start page at a width: what it is and is not, what is kept, that help
/// is there whatever the answers, and how to start (or go on).
pub fn intro_lines(
    q: &Questionnaire,
    state: &IntroState,
    width: usize,
    text: &Catalog,
) -> Vec<DocLine> {
    let mut l = Lines::new(width);
    l.text(&q.title, Tone::Title);
    l.text(text.not_a_test, Tone::Dim);
    for paragraph in &q.intro {
        l.blank();
        l.text(paragraph, Tone::Body);
    }
    l.blank();
    l.text(
        privacy::self_check(Place::Screen(state.mode), text),
        Tone::Body,
    );
    l.blank();
    l.text(&q.always, Tone::Strong);
    if let Some(notice) = state.notice {
        l.blank();
        l.text(notice, Tone::Strong);
    }
    l.blank();
    let (answered, of) = (state.answered, q.questions.len());
    let start = match (answered > 0, state.touch) {
        (true, false) => (text.press_enter_to_go_on)(answered, of),
        (true, true) => (text.touch_to_go_on)(answered, of),
        (false, false) => text.press_enter_to_start.to_string(),
        (false, true) => text.touch_to_start.to_string(),
    };
    l.text(&start, Tone::Heading);
    l.into_lines()
}

/// The report as the person is told it: when the safety question or most questions were
/// skipped, it says so, says it rests only on the answers given, and points to a person and
/// to 988; and where nothing stood out, it does not read as reassurance.
pub fn told(report: &Report, text: &Catalog) -> Report {
    let mut report = report.clone();
    let skipped = report.skipped;
    if !skipped.is_notable() {
        return report;
    }
    let what = match (skipped.safety, skipped.count) {
        (true, 1) => text.skipped_safety_only.to_string(),
        (true, n) => (text.skipped_count_and_safety)(n, skipped.total),
        (false, n) => (text.skipped_count)(n, skipped.total),
    };
    report.note = vec![what, text.skipped_rests_on.into(), text.skipped_help.into()];
    if report.outcome == Outcome::KeepAnEye {
        report.summary = text.skipped_summary.into();
        report.say = vec![text.skipped_say.into()];
    }
    if report.reasons.is_empty() {
        report.reasons = vec![text.skipped_no_reasons.into()];
    }
    report
}

/// The results at a width: the outcome, why, what to do next and what to say, then the
/// answers given. A counselor also sees prompts to talk about.
pub fn results_lines(
    report: &Report,
    mode: Mode,
    notice: Option<&str>,
    glyphs: Glyphs,
    width: usize,
    text: &Catalog,
) -> Vec<DocLine> {
    let report = &told(report, text);
    let bullet = glyphs.bullet;
    let mut l = Lines::new(width);
    l.text(&report.title, Tone::Title);
    l.text(&report.summary, Tone::Body);
    for paragraph in &report.note {
        l.blank();
        l.text(paragraph, Tone::Strong);
    }
    l.blank();
    l.text(text.why, Tone::Heading);
    if report.reasons.is_empty() {
        l.bullets(&[text.no_reasons.to_string()], bullet);
    } else {
        l.bullets(&report.reasons, bullet);
    }
    l.blank();
    l.text(text.what_next, Tone::Heading);
    l.bullets(&report.next_steps, bullet);
    l.blank();
    l.text(text.say_heading, Tone::Heading);
    l.bullets(&report.say, bullet);
    if mode == Mode::Counselor && !report.prompts.is_empty() {
        l.blank();
        l.text(text.talk_together, Tone::Heading);
        l.bullets(&report.prompts, bullet);
    }
    l.blank();
    l.text(text.crisis_line, Tone::Urgent);
    l.text(&report.always, Tone::Strong);
    l.blank();
    l.text(text.plan_link, Tone::Strong);
    if let Some(notice) = notice {
        l.blank();
        l.text(notice, Tone::Strong);
    }
    l.blank();
    let keys = match mode {
        Mode::Kiosk => text.results_keys_kiosk,
        Mode::Counselor => text.results_keys_counselor,
        Mode::Personal => text.results_keys_personal,
    };
    l.text(keys, Tone::Dim);
    l.blank();
    l.text(text.your_answers, Tone::Heading);
    for (i, (question, answer)) in report.answers.iter().enumerate() {
        l.push(
            &[Run::new(question, Tone::Body)],
            &[Run::new(format!("{:>2}. ", i + 1), Tone::Dim)],
            &[Run::new("    ", Tone::Body)],
        );
        l.push(
            &[Run::new(given_text(answer, text), Tone::Strong)],
            &[Run::new("    ", Tone::Body)],
            &[Run::new("    ", Tone::Body)],
        );
    }
    l.into_lines()
}
