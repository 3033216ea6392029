//! What the self-check's results say, in both languages: they never read as reassurance when
//! little was answered, "What you could say" comes from what was answered, every reason names
//! what its rule checks and is listed once, and Enter alone never answers a question.

use crate::common;

use crate::common::{app, app_es, apply, buffer_lines, draw};
use lantern::app::{Action::*, App, Screen, Stage};
use lantern::i18n::Lang;
use lantern::plain::report_lines;
use lantern::selfcheck::{Answer, Outcome, Questionnaire};

fn questionnaire(lang: Lang) -> Questionnaire {
    common::builtin_in(lang).questionnaire.clone()
}

fn index(q: &Questionnaire, question: &str) -> usize {
    q.questions
        .iter()
        .position(|x| x.id == question)
        .unwrap_or_else(|| panic!("no question {question}"))
}

use crate::common::answers;

fn told(lang: Lang, answers: &[Option<Answer>]) -> String {
    let q = questionnaire(lang);
    report_lines(&q.report(answers), lang.catalog()).join("\n")
}

/// The first answer everywhere: "not at all", "no".
const CALM: Option<Answer> = Some(Answer::Choice(0));

#[test]
fn skipping_everything_says_so_and_points_to_a_person_and_988_in_both_languages() {
    for (lang, skipped, rests, reassurance, okay) in [
        (
            Lang::En,
            "You skipped 12 of the 12 questions, including the one about your safety.",
            "rest only on the answers you gave",
            "None of your answers stood out",
            "I am doing okay",
        ),
        (
            Lang::Es,
            "Usted no respondió 12 de las 12 preguntas, entre ellas la de su seguridad.",
            "se basan solo en las respuestas que dio",
            "Ninguna de sus respuestas mostró",
            "Estoy bien",
        ),
    ] {
        let q = questionnaire(lang);
        assert_eq!(q.questions.len(), 12, "the sentences above name 12");
        for rest in [None, Some(Answer::PreferNotToSay)] {
            let text = told(lang, &[rest; 12]);
            assert!(text.contains(skipped), "{lang:?}: {text}");
            assert!(text.contains(rests), "{lang:?}: {text}");
            assert!(text.contains("988"), "{lang:?}: {text}");
            assert!(
                !text.contains(reassurance),
                "{lang:?} reads as reassurance: {text}"
            );
            assert!(
                !text.contains(okay),
                "{lang:?} puts words in their mouth: {text}"
            );
        }
    }
}

#[test]
fn a_skipped_safety_question_is_said_whatever_the_outcome() {
    let q = questionnaire(Lang::En);
    let safety = index(&q, "safety");
    let mut given = answers(
        &q,
        CALM,
        &[("low-mood", "most-days"), ("how-long", "over-six-weeks")],
    );
    given[safety] = None;
    assert_eq!(q.report(&given).outcome, Outcome::TalkSoon);
    let text = told(Lang::En, &given);
    assert!(
        text.contains("You skipped the question about your safety."),
        "{text}"
    );
    assert!(text.contains("call or text 988 at any time"), "{text}");
    assert!(
        text.contains("It would be good to talk with a doctor"),
        "the outcome's own summary stays: {text}"
    );
    let es = told(Lang::Es, &given);
    assert!(
        es.contains("Usted no respondió la pregunta sobre su seguridad."),
        "{es}"
    );
}

#[test]
fn most_means_more_than_half_and_answering_is_not_noted() {
    let q = questionnaire(Lang::En);
    let note = "rest only on the answers you gave";
    assert!(!told(Lang::En, &[CALM; 12]).contains(note));
    // Six of twelve skipped, the safety question answered: not most.
    let mut given = vec![CALM; 12];
    for slot in given.iter_mut().take(6) {
        *slot = None;
    }
    assert!(!told(Lang::En, &given).contains(note));
    given[6] = Some(Answer::PreferNotToSay);
    let text = told(Lang::En, &given);
    assert!(
        text.contains("You skipped 7 of the 12 questions."),
        "{text}"
    );
    assert!(text.contains(note));
    assert!(q.report(&given).outcome == Outcome::KeepAnEye);
    assert!(!text.contains("I am doing okay"), "{text}");
}

#[test]
fn the_app_shows_the_same_note_on_the_results_screen() {
    let mut app = app(80, 24);
    apply(&mut app, &[Down, Select]);
    assert_eq!(app.screen, Screen::SelfCheck);
    apply(&mut app, &[Select]);
    let n = app.pack.questionnaire.questions.len();
    for _ in 0..n {
        app.update(Choose(n)); // past the last answer: ignored
        let last = app.choice_count(match app.self_check.stage {
            Stage::Question(i) => i,
            _ => break,
        });
        app.update(Choose(last - 1)); // "prefer not to say"
    }
    assert_eq!(app.self_check.stage, Stage::Results);
    let screen = buffer_lines(draw(&app).backend().buffer()).join("\n");
    assert!(screen.contains("You skipped 12 of the 12"), "{screen}");
    assert!(
        !screen.contains("None of your answers stood out"),
        "{screen}"
    );
}

/// Words a line to say may hold only when some answer gave grounds for them.
fn say_is_grounded(q: &Questionnaire, given: &[Option<Answer>], line: &str) -> bool {
    let chose = |question: &str, ids: &[&str]| {
        let qi = index(q, question);
        matches!(given[qi], Some(Answer::Choice(c)) if ids.contains(&q.questions[qi].options[c].id.as_str()))
    };
    let lower = line.to_lowercase();
    let ketamine = chose("ketamine-treatment", &["thinking", "getting"])
        || chose("unsupervised-use", &["once-or-twice", "more-often"])
        || chose("cutting-down", &["yes"]);
    let substances =
        chose("other-substances", &["sometimes", "often"]) || chose("detached", &["yes"]);
    let okay = !q.skipped(given).is_notable();
    (!lower.contains("ketamin") || ketamine)
        && (!(lower.contains("alcohol") || lower.contains("drug") || lower.contains("droga"))
            || substances)
        && (!(lower.contains("doing okay") || lower.contains("estoy bien")) || okay)
}

#[test]
fn what_you_could_say_comes_only_from_what_was_answered_for_every_answer_set() {
    for lang in Lang::ALL {
        let q = questionnaire(lang);
        let mut checked = 0;
        q.for_each_answer_set(|given| {
            let report = lantern::screens::selfcheck::lines::told(&q.report(given), lang.catalog());
            for line in &report.say {
                assert!(
                    say_is_grounded(&q, given, line),
                    "{lang:?}: {line:?} offered for {given:?}"
                );
            }
            let mut seen = report.say.clone();
            seen.dedup();
            assert_eq!(
                seen.len(),
                report.say.len(),
                "a line twice: {:?}",
                report.say
            );
            checked += 1;
        });
        assert!(checked > 1000, "the walk covered {checked} sets");
    }
}

#[test]
fn no_to_ketamine_and_drugs_is_never_offered_words_about_them() {
    // The case a new user found: low mood, No to both.
    let q = questionnaire(Lang::En);
    let given = answers(
        &q,
        CALM,
        &[("low-mood", "most-days"), ("how-long", "over-six-weeks")],
    );
    let report = q.report(&given);
    assert_eq!(report.outcome, Outcome::TalkSoon);
    assert!(
        report.say.iter().any(|l| l.contains("down most days")),
        "{:?}",
        report.say
    );
    for line in &report.say {
        assert!(
            !line.contains("ketamine") && !line.contains("drugs"),
            "{line}"
        );
    }
}

/// For each question, words its reasons use, and that no other question's reason uses.
const NAMES: &[(Lang, &[(&str, &str)])] = &[
    (
        Lang::En,
        &[
            ("low-mood", "down"),
            ("interest", "joy"),
            ("how-long", "weeks"),
            ("daily-life", "daily life"),
            ("treatments-tried", "treatment has not helped"),
            ("ketamine-treatment", "esketamine treatment"),
            ("unsupervised-use", "without a prescription"),
            ("cutting-down", "use less ketamine"),
            ("other-substances", "alcohol"),
            ("bladder", "pee"),
            ("detached", "unreal"),
            ("safety", "not alive"),
        ],
    ),
    (
        Lang::Es,
        &[
            ("low-mood", "triste"),
            ("interest", "alegría"),
            ("how-long", "semanas"),
            ("daily-life", "vida diaria"),
            ("treatments-tried", "tratamiento no le ha ayudado"),
            ("ketamine-treatment", "tratamiento con ketamina"),
            ("unsupervised-use", "sin receta"),
            ("cutting-down", "usar menos ketamina"),
            ("other-substances", "alcohol"),
            ("bladder", "orinar"),
            ("detached", "irreal"),
            ("safety", "no seguir con vida"),
        ],
    ),
];

#[test]
fn every_reason_names_what_its_rule_checks_and_nothing_else() {
    for (lang, names) in NAMES {
        let q = questionnaire(*lang);
        assert_eq!(
            names.len(),
            q.questions.len(),
            "{lang:?}: a name per question"
        );
        for rule in &q.rules {
            let checked: Vec<&str> = rule
                .when
                .iter()
                .map(|c| q.questions[c.question].id.as_str())
                .collect();
            for (question, word) in *names {
                let named = rule.reason.to_lowercase().contains(word);
                assert_eq!(
                    named,
                    checked.contains(question),
                    "{lang:?}: {:?} and `{question}` ({word:?}); the rule checks {checked:?}",
                    rule.reason
                );
            }
        }
    }
}

#[test]
fn low_mood_and_little_joy_together_give_two_different_reasons() {
    for lang in Lang::ALL {
        let q = questionnaire(lang);
        let given = answers(
            &q,
            CALM,
            &[
                ("low-mood", "most-days"),
                ("interest", "most-days"),
                ("how-long", "over-six-weeks"),
            ],
        );
        let report = q.report(&given);
        assert_eq!(report.reasons.len(), 2, "{lang:?}: {:?}", report.reasons);
        let (words, other) = match lang {
            Lang::En => ("joy", "down"),
            Lang::Es => ("alegría", "triste"),
        };
        let joy: Vec<_> = report
            .reasons
            .iter()
            .filter(|r| r.contains(words))
            .collect();
        let down: Vec<_> = report
            .reasons
            .iter()
            .filter(|r| r.contains(other))
            .collect();
        assert_eq!(
            (joy.len(), down.len()),
            (1, 1),
            "{lang:?}: {:?}",
            report.reasons
        );
    }
}

fn at_first_question(app: &mut App) {
    apply(app, &[Down, Select, Select]);
    assert_eq!(app.self_check.stage, Stage::Question(0));
}

#[test]
fn enter_alone_never_answers_a_question_and_the_safety_question_starts_with_nothing_chosen() {
    for mut app in [app(80, 24), app_es(80, 24)] {
        at_first_question(&mut app);
        let n = app.pack.questionnaire.questions.len();
        for i in 0..n {
            assert_eq!(
                app.self_check.selected, None,
                "question {i} starts unchosen"
            );
            for _ in 0..5 {
                app.update(Select);
            }
            assert_eq!(
                app.self_check.stage,
                Stage::Question(i),
                "Enter answered {i}"
            );
            assert_eq!(app.self_check.answers[i], None);
            // Moving to an answer, then Enter, answers it.
            apply(&mut app, &[Down, Select]);
            assert_eq!(app.self_check.answers[i], Some(Answer::Choice(0)));
        }
        assert_eq!(app.self_check.stage, Stage::Results);
        assert!(app.overlays.is_empty(), "No to safety opens nothing");
    }
}

#[test]
fn an_unchosen_question_shows_no_highlight_and_up_starts_at_the_first_answer() {
    let mut app = app(80, 24);
    at_first_question(&mut app);
    let screen = buffer_lines(draw(&app).backend().buffer());
    let marker = app.glyphs.marker.trim();
    assert!(
        !screen.iter().any(|l| l.trim_start().starts_with(marker)),
        "{screen:#?}"
    );
    apply(&mut app, &[Up]);
    assert_eq!(app.self_check.selected, Some(0));
    let screen = buffer_lines(draw(&app).backend().buffer());
    assert!(
        screen.iter().any(|l| l.trim_start().starts_with(marker)),
        "{screen:#?}"
    );
}

/// On a small screen the start page scrolls, so its privacy sentence and the way to start
/// are never out of reach; Enter starts from anywhere on it.
#[test]
fn the_start_page_scrolls_to_the_way_to_start_on_a_small_screen() {
    for (mut app, start) in [
        (app(40, 12), "Press Enter to start"),
        (app_es(40, 12), "Presione Enter para empezar"),
    ] {
        apply(&mut app, &[Down, Select]);
        assert_eq!(app.self_check.stage, Stage::Intro);
        let first = buffer_lines(draw(&app).backend().buffer()).join("\n");
        assert!(
            !first.contains(start),
            "the small screen hides it at first:\n{first}"
        );
        apply(&mut app, &[Bottom]);
        let end = buffer_lines(draw(&app).backend().buffer()).join("\n");
        assert!(end.contains(start), "{end}");
        assert!(
            end.lines().last().is_some_and(|l| l.contains("988")),
            "{end}"
        );
        apply(&mut app, &[Top]);
        assert_eq!(app.self_check.intro_scroll, 0);
        apply(&mut app, &[PageDown, Select]);
        assert_eq!(app.self_check.stage, Stage::Question(0));
    }
}
