//! The self-check: its rules, an exhaustive check of every answer set, and the app and line
//! mode as a person uses them.

use crate::common;

use std::collections::HashMap;
use std::io::Write;
use std::process::{Command, Stdio};

use crate::common::{app, apply, buffer_lines, draw};
use lantern::app::{Action::*, Overlay, Screen, Stage};
use lantern::selfcheck::{Answer, Outcome, Questionnaire};

fn questionnaire() -> Questionnaire {
    common::builtin().questionnaire.clone()
}

/// Answers from (question id, answer id) pairs; other questions unanswered.
fn answers(q: &Questionnaire, given: &[(&str, &str)]) -> Vec<Option<Answer>> {
    common::answers(q, None, given)
}

/// The lowest answer to every question.
fn calm(q: &Questionnaire) -> Vec<Option<Answer>> {
    q.questions
        .iter()
        .map(|_| Some(Answer::Choice(0)))
        .collect()
}

/// Answers given (others get their first answer), the outcome, and words of a reason.
type Case<'a> = (&'a [(&'a str, &'a str)], Outcome, &'a str);

#[test]
fn rules_lead_where_they_should() {
    let q = questionnaire();
    let table: &[Case] = &[
        (&[], Outcome::KeepAnEye, ""),
        (
            &[("low-mood", "some-days")],
            Outcome::ConsiderTalking,
            "felt down",
        ),
        (
            &[("interest", "most-days")],
            Outcome::ConsiderTalking,
            "less joy",
        ),
        (
            &[("ketamine-treatment", "thinking")],
            Outcome::ConsiderTalking,
            "thinking about",
        ),
        (
            &[("unsupervised-use", "once-or-twice")],
            Outcome::ConsiderTalking,
            "without a prescription",
        ),
        (
            &[("low-mood", "most-days"), ("how-long", "over-six-weeks")],
            Outcome::TalkSoon,
            "more than two weeks",
        ),
        (
            &[("daily-life", "a-lot")],
            Outcome::TalkSoon,
            "daily life a lot",
        ),
        (
            &[("treatments-tried", "not-enough")],
            Outcome::TalkSoon,
            "not helped enough",
        ),
        (
            &[("cutting-down", "yes")],
            Outcome::TalkSoon,
            "hard to use less",
        ),
        (
            &[("other-substances", "often")],
            Outcome::TalkSoon,
            "often cause problems",
        ),
        (&[("bladder", "yes")], Outcome::TalkSoon, "when you pee"),
        (
            &[("detached", "yes")],
            Outcome::TalkSoon,
            "unreal or detached",
        ),
        (
            &[("safety", "yes")],
            Outcome::ReachOutNow,
            "wished you were not alive",
        ),
        (
            &[
                ("safety", "yes"),
                ("bladder", "yes"),
                ("low-mood", "some-days"),
            ],
            Outcome::ReachOutNow,
            "wished you were not alive",
        ),
    ];
    for (given, outcome, reason) in table {
        let mut set = calm(&q);
        for (i, a) in answers(&q, given).into_iter().enumerate() {
            if a.is_some() {
                set[i] = a;
            }
        }
        let e = q.evaluate(&set);
        assert_eq!(e.outcome, *outcome, "{given:?}");
        if reason.is_empty() {
            assert!(e.reasons.is_empty(), "{given:?}: {:?}", e.reasons);
        } else {
            assert!(
                e.reasons.iter().any(|r| r.contains(reason)),
                "{given:?}: {:?}",
                e.reasons
            );
            assert!(e.reasons.iter().all(|r| r.starts_with("You said")));
        }
    }
}

#[test]
fn prefer_not_to_say_everywhere_is_keep_an_eye_and_never_a_dead_end() {
    let q = questionnaire();
    let set: Vec<Option<Answer>> = q
        .questions
        .iter()
        .map(|question| {
            assert!(
                question.prefer_not_to_say,
                "{} lets people skip",
                question.id
            );
            Some(Answer::PreferNotToSay)
        })
        .collect();
    assert_eq!(q.evaluate(&set).outcome, Outcome::KeepAnEye);
}

#[test]
fn every_answer_set_gives_exactly_one_outcome_and_every_outcome_is_reachable() {
    let q = questionnaire();
    let safety = q
        .questions
        .iter()
        .position(|x| x.id == "safety")
        .expect("a safety question");
    let mut seen: HashMap<Outcome, usize> = HashMap::new();
    let visited = q.for_each_answer_set(|set| {
        let e = q.evaluate(set);
        *seen.entry(e.outcome).or_default() += 1;
        if e.outcome != Outcome::KeepAnEye {
            assert!(!e.reasons.is_empty(), "{:?} without a reason", e.outcome);
        }
        if let Some(a) = set[safety] {
            if q.is_urgent(safety, a) {
                assert_eq!(e.outcome, Outcome::ReachOutNow);
            }
        }
    });
    assert!(visited > 100, "walked {visited} answer sets");
    for outcome in Outcome::ALL {
        assert!(seen.contains_key(&outcome), "{outcome} is never reached");
    }
    assert!(q.unreachable_outcomes().is_empty());
}

#[test]
fn no_outcome_text_says_there_is_no_need_for_help_or_gives_a_score() {
    let q = questionnaire();
    for outcome in &q.outcomes {
        let all = format!(
            "{} {} {} {}",
            outcome.title,
            outcome.summary,
            outcome.next_steps.join(" "),
            outcome.say.join(" ")
        )
        .to_lowercase();
        for banned in [
            "don't need",
            "do not need",
            "no need",
            "score",
            "diagnos",
            "you are fine",
            "you're fine",
        ] {
            assert!(
                !all.contains(banned),
                "{:?} says {banned:?}",
                outcome.outcome
            );
        }
    }
    assert!(q.always.contains("any time, whatever your answers"));
}

fn answer_all(app: &mut lantern::app::App, choice: usize) {
    apply(app, &[Select]);
    let n = app.pack.questionnaire.questions.len();
    for _ in 0..n {
        app.update(Choose(choice));
    }
}

fn self_check_app(width: u16, height: u16) -> lantern::app::App {
    let mut app = app(width, height);
    apply(&mut app, &[Down, Select]);
    assert_eq!(app.screen, Screen::SelfCheck);
    app
}

#[test]
fn a_whole_run_in_the_app_ends_on_results_with_reasons_help_and_no_score() {
    let mut app = self_check_app(80, 24);
    apply(&mut app, &[Select]);
    assert_eq!(app.self_check.stage, Stage::Question(0));
    // Second answer to everything: "some days" and the like, no safety concern.
    let n = app.pack.questionnaire.questions.len();
    for i in 0..n {
        let urgent = app.pack.questionnaire.questions[i].options[1].urgent;
        app.update(Choose(if urgent { 0 } else { 1 }));
    }
    assert_eq!(app.self_check.stage, Stage::Results);
    assert!(app.overlays.is_empty());
    let mut screen = String::new();
    loop {
        screen.push_str(&buffer_lines(draw(&app).backend().buffer()).join("\n"));
        let before = app.self_check.results_scroll;
        app.update(PageDown);
        if app.self_check.results_scroll == before {
            break;
        }
    }
    assert!(screen.contains("Talk to a professional soon"), "{screen}");
    assert!(screen.contains("You said"));
    assert!(screen.contains("What you could say to a professional"));
    assert!(screen.contains("988"));
    assert!(screen.contains("You can talk to a professional any time, whatever your answers."));
    assert!(!screen.to_lowercase().contains("score:"));
}

#[test]
fn back_change_and_clear_answers() {
    let mut app = self_check_app(80, 24);
    apply(&mut app, &[Select, Choose(2), Choose(1)]);
    assert_eq!(app.self_check.stage, Stage::Question(2));
    apply(&mut app, &[PreviousQuestion]);
    assert_eq!(app.self_check.stage, Stage::Question(1));
    assert_eq!(
        app.self_check.selected,
        Some(1),
        "the earlier answer is highlighted"
    );
    apply(&mut app, &[Down, Select]);
    assert_eq!(
        app.self_check.answers[1],
        Some(Answer::Choice(2)),
        "answer changed"
    );
    apply(&mut app, &[ClearAnswers]);
    assert_eq!(app.self_check.stage, Stage::Intro);
    assert!(app.self_check.answers.iter().all(Option::is_none));
    let screen = buffer_lines(draw(&app).backend().buffer()).join("\n");
    assert!(screen.contains("Your answers were cleared."));
    // From the results, "change my answers" goes back to the first question, answers kept.
    answer_all(&mut app, 0);
    apply(&mut app, &[ChangeAnswers]);
    assert_eq!(app.self_check.stage, Stage::Question(0));
    assert!(app.self_check.answers.iter().all(Option::is_some));
}

#[test]
fn leaving_and_coming_back_keeps_the_place_until_cleared() {
    let mut app = self_check_app(80, 24);
    apply(&mut app, &[Select, Choose(1), Back]);
    assert_eq!(app.screen, Screen::Welcome);
    apply(&mut app, &[Choose(1)]);
    assert_eq!(app.self_check.stage, Stage::Question(1));
}

#[test]
fn a_safety_yes_opens_the_crisis_panel_at_once_with_a_calm_message() {
    let mut app = self_check_app(80, 24);
    apply(&mut app, &[Select]);
    let q = app.pack.questionnaire.clone();
    let safety = q
        .questions
        .iter()
        .position(|x| x.id == "safety")
        .expect("safety");
    let yes = q.questions[safety]
        .options
        .iter()
        .position(|c| c.urgent)
        .expect("urgent");
    for _ in 0..safety {
        app.update(Choose(0));
    }
    app.update(Choose(yes));
    assert_eq!(app.top_overlay(), Some(Overlay::Crisis), "opened at once");
    assert!(app.overlays[0].urgent);
    let lines = buffer_lines(draw(&app).backend().buffer());
    let screen = lines.join("\n");
    assert!(
        screen.contains("You do not have to carry this alone"),
        "{screen}"
    );
    // Nothing leaves the machine: no word may say that someone was told.
    assert!(!screen.contains("telling us"), "{screen}");
    assert!(
        screen.contains("Call or text 988"),
        "988 in view at once: {screen}"
    );
    let lifeline = lines
        .iter()
        .position(|l| l.contains("988 Suicide"))
        .expect("988");
    assert!(
        lines.iter().all(|l| !l.contains("911 Emergency"))
            || lines.iter().position(|l| l.contains("911 Emergency")) > Some(lifeline)
    );
    apply(&mut app, &[Back]);
    assert!(app.overlays.is_empty());
    assert_eq!(
        app.screen,
        Screen::SelfCheck,
        "back in the self-check, to carry on"
    );
    assert_eq!(
        q.evaluate(&app.self_check.answers).outcome,
        Outcome::ReachOutNow
    );
}

#[test]
fn save_asks_the_event_loop_for_a_summary_and_shows_where_it_went() {
    let mut app = self_check_app(80, 24);
    answer_all(&mut app, 0);
    assert!(app.effects.is_empty(), "nothing is saved unless asked");
    apply(&mut app, &[SaveSummary]);
    let effects = app.take_effects();
    let [lantern::app::Effect::SaveSummary(answers)] = effects.as_slice() else {
        panic!("no save asked for: {effects:?}");
    };
    let answers = answers.clone();
    assert_eq!(answers, app.self_check.answers);
    let text = lantern::plain::summary_text(&app.pack, &answers, "2026-11-22");
    assert!(text.starts_with("lantern self-check summary, 2026-11-22"));
    assert!(text.contains("not a diagnosis"));
    assert!(text.contains("Your answers:"));
    assert!(text.contains("You can talk to a professional any time"));
    app.effect_done(&effects[0], Ok("/tmp/x/lantern-self-check.txt".into()));
    let screen = buffer_lines(draw(&app).backend().buffer()).join("\n");
    assert!(screen.contains("/tmp/x/lantern-self-check.txt"), "{screen}");
}

fn self_check_cli(input: &str) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lantern"))
        .arg("self-check")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(!text.contains('\u{1b}'));
    text
}

#[test]
fn line_mode_runs_the_same_questionnaire_with_the_same_results() {
    let q = questionnaire();
    let input = "1\n".repeat(q.questions.len());
    let text = self_check_cli(&input);
    assert!(text.starts_with("Call or text 988"));
    for (i, question) in q.questions.iter().enumerate() {
        assert!(text.contains(&format!(
            "Question {} of {}: {}",
            i + 1,
            q.questions.len(),
            question.text
        )));
    }
    assert!(text.contains("1. Not at all, or only now and then"));
    let report = q.report(&calm(&q));
    for line in lantern::plain::report_lines(&report, lantern::i18n::Lang::En.catalog()) {
        assert!(text.contains(&line), "missing {line:?}");
    }
}

#[test]
fn line_mode_reasks_on_bad_input_and_stops_cleanly_at_end_of_input() {
    let text = self_check_cli("nine\n9\n2\n");
    assert!(text.contains("\"nine\" is not one of the numbers"));
    assert!(text.contains("\"9\" is not one of the numbers"));
    assert!(text.contains("Question 2 of"));
    assert!(text.contains("Stopped before the end. Your answers were not saved."));
    assert!(!text.contains("Result:"));
    // 0 is the way back: on the first question, it stops.
    let text = self_check_cli("0\n");
    assert!(!text.contains("is not one of the numbers"), "{text}");
    assert!(!text.contains("Question 2 of"), "{text}");
    assert!(text.contains("Stopped before the end. Your answers were not saved."));
}

#[test]
fn line_mode_prints_crisis_resources_right_after_a_safety_yes() {
    let q = questionnaire();
    let safety = q
        .questions
        .iter()
        .position(|x| x.id == "safety")
        .expect("safety");
    let yes = q.questions[safety]
        .options
        .iter()
        .position(|c| c.urgent)
        .expect("urgent")
        + 1;
    let mut input = "1\n".repeat(safety);
    input.push_str(&format!("{yes}\n"));
    input.push_str(&"1\n".repeat(q.questions.len() - safety - 1));
    let text = self_check_cli(&input);
    let asked = text.find(&q.questions[safety].text).expect("asked");
    let lifeline = text[asked..]
        .find("1. 988 Suicide & Crisis Lifeline")
        .expect("resources")
        + asked;
    let result = text.find("Result: Reach out now").expect("result");
    assert!(asked < lifeline && lifeline < result);
    assert!(text[asked..lifeline].contains("You do not have to carry this alone"));
    assert!(!text.contains("telling us"));
}

#[test]
fn the_urgent_crisis_panel_scrolls_all_the_way_to_its_last_line() {
    let mut app = self_check_app(40, 12);
    apply(&mut app, &[Select]);
    let q = app.pack.questionnaire.clone();
    for (i, question) in q.questions.iter().enumerate() {
        let urgent = question.options.iter().position(|c| c.urgent);
        app.update(Choose(urgent.unwrap_or(0)));
        let _ = i;
    }
    assert!(app.overlays.first().is_some_and(|o| o.urgent));
    apply(&mut app, &[Bottom]);
    let screen = buffer_lines(draw(&app).backend().buffer()).join("\n");
    assert!(
        screen.contains("connect to anything"),
        "the panel's last line is reachable with the calm note above 988:\n{screen}"
    );
}
