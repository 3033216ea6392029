//! The self-check engine: questions, answers, and the rules that lead to one of four
//! outcomes. Pure: no I/O, no terminal. It never produces a score.

use std::fmt;

use serde::{Deserialize, Serialize};

/// The four outcomes, least to most urgent. The most urgent matching outcome wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Outcome {
    KeepAnEye,
    ConsiderTalking,
    TalkSoon,
    ReachOutNow,
}

impl Outcome {
    pub const ALL: [Outcome; 4] = [
        Outcome::KeepAnEye,
        Outcome::ConsiderTalking,
        Outcome::TalkSoon,
        Outcome::ReachOutNow,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Outcome::KeepAnEye => "keep-an-eye",
            Outcome::ConsiderTalking => "consider-talking",
            Outcome::TalkSoon => "talk-soon",
            Outcome::ReachOutNow => "reach-out-now",
        }
    }

    pub fn from_id(id: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.id() == id)
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Questionnaire {
    pub title: String,
    pub intro: Vec<String>,
    /// Shown with every result: help is there whatever the answers.
    pub always: String,
    /// Shown at the top of the crisis panel when an urgent answer opens it.
    pub urgent_message: String,
    pub questions: Vec<Question>,
    pub rules: Vec<Rule>,
    /// The words for each outcome, in the order of [`Outcome::ALL`].
    pub outcomes: Vec<OutcomeText>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub text: String,
    pub options: Vec<Choice>,
    pub prefer_not_to_say: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub id: String,
    pub text: String,
    /// Choosing this opens the crisis panel at once and always leads to "Reach out now".
    pub urgent: bool,
}

/// One condition of a rule: question `question` has one of `options`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Condition {
    pub question: usize,
    pub options: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    pub outcome: Outcome,
    /// Plain words shown as a reason: "You said …".
    pub reason: String,
    /// Words the person could say to a professional about this answer, shown with the
    /// outcome's own when this rule is one of the reasons.
    pub say: Option<String>,
    /// All must hold.
    pub when: Vec<Condition>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeText {
    pub outcome: Outcome,
    pub title: String,
    pub summary: String,
    pub next_steps: Vec<String>,
    /// Words anyone with this outcome could say to a professional, whatever led there.
    pub say: Vec<String>,
    /// Extra prompts for a counselor going through the results with a client.
    pub prompts: Vec<String>,
}

/// One answer: a choice, or "prefer not to say".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Answer {
    Choice(usize),
    PreferNotToSay,
}

/// The answers so far, one slot per question. They live only in memory.
pub type Answers = Vec<Option<Answer>>;

/// What the answers lead to, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evaluation {
    pub outcome: Outcome,
    /// The reasons of the winning outcome's rules that matched, in the questionnaire's order,
    /// each once.
    pub reasons: Vec<String>,
    /// The words those same rules offer to say, each once.
    pub say: Vec<String>,
}

/// The questions left without an answer ("prefer not to say" counts as skipped): the
/// results rest only on the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Skipped {
    pub count: usize,
    pub total: usize,
    /// Whether a question with an urgent answer (the safety question) was among them.
    pub safety: bool,
}

impl Skipped {
    /// When so little was answered that the results must say so: the safety question, or
    /// more than half of the questions, was skipped.
    pub fn is_notable(self) -> bool {
        self.safety || self.count * 2 > self.total
    }
}

impl Questionnaire {
    pub fn outcome_text(&self, outcome: Outcome) -> Option<&OutcomeText> {
        self.outcomes.iter().find(|t| t.outcome == outcome)
    }

    pub fn empty_answers(&self) -> Answers {
        vec![None; self.questions.len()]
    }

    /// Whether an answer to question `question` is urgent (opens the crisis panel).
    pub fn is_urgent(&self, question: usize, answer: Answer) -> bool {
        match answer {
            Answer::Choice(c) => self
                .questions
                .get(question)
                .and_then(|q| q.options.get(c))
                .is_some_and(|c| c.urgent),
            Answer::PreferNotToSay => false,
        }
    }

    fn rule_matches(rule: &Rule, answers: &[Option<Answer>]) -> bool {
        rule.when.iter().all(|c| match answers.get(c.question) {
            Some(Some(Answer::Choice(choice))) => c.options.contains(choice),
            _ => false,
        })
    }

    /// The outcome alone, without reasons: the most urgent outcome whose rule matches; an
    /// urgent answer always gives "Reach out now". Allocates nothing, for the exhaustive walk.
    pub fn outcome(&self, answers: &[Option<Answer>]) -> Outcome {
        let urgent = answers
            .iter()
            .enumerate()
            .any(|(q, a)| a.is_some_and(|a| self.is_urgent(q, a)));
        if urgent {
            return Outcome::ReachOutNow;
        }
        self.rules
            .iter()
            .filter(|r| Self::rule_matches(r, answers))
            .map(|r| r.outcome)
            .max()
            .unwrap_or(Outcome::KeepAnEye)
    }

    /// The outcome for a set of answers, with every matching reason for it.
    pub fn evaluate(&self, answers: &[Option<Answer>]) -> Evaluation {
        let outcome = self.outcome(answers);
        let mut reasons: Vec<String> = Vec::new();
        let mut say: Vec<String> = Vec::new();
        let matched = self
            .rules
            .iter()
            .filter(|r| r.outcome == outcome && Self::rule_matches(r, answers));
        for rule in matched {
            if !reasons.contains(&rule.reason) {
                reasons.push(rule.reason.clone());
            }
            if let Some(words) = &rule.say {
                if !say.contains(words) {
                    say.push(words.clone());
                }
            }
        }
        Evaluation {
            outcome,
            reasons,
            say,
        }
    }

    /// Which questions the answers leave out.
    pub fn skipped(&self, answers: &[Option<Answer>]) -> Skipped {
        let mut skipped = Skipped {
            count: 0,
            total: self.questions.len(),
            safety: false,
        };
        for (i, question) in self.questions.iter().enumerate() {
            let answered = matches!(answers.get(i), Some(Some(Answer::Choice(_))));
            if !answered {
                skipped.count += 1;
                skipped.safety |= question.options.iter().any(|c| c.urgent);
            }
        }
        skipped
    }

    /// What was answered to question `i`, as a report shows it: the choice's own words, or
    /// which of the two answers without words it was (the app says those in its language).
    pub fn given(&self, question: usize, answer: Option<Answer>) -> Given {
        match answer {
            Some(Answer::PreferNotToSay) => Given::PreferNotToSay,
            Some(Answer::Choice(c)) => self
                .questions
                .get(question)
                .and_then(|q| q.options.get(c))
                .map_or(Given::NotAnswered, |c| Given::Choice(c.text.clone())),
            None => Given::NotAnswered,
        }
    }

    /// Every distinct way the answers can matter to the rules. Answers that appear in exactly
    /// the same conditions are interchangeable, so one of each group stands for all of them;
    /// "prefer not to say" and no answer are the same to the rules and stand as `None`.
    /// Walking every combination of these checks all possible answer sets exactly.
    pub fn answer_classes(&self) -> Vec<Vec<Option<Answer>>> {
        self.questions
            .iter()
            .enumerate()
            .map(|(qi, q)| {
                // No answer matches no rule; a choice in no rule is the same to the engine.
                let mut seen: Vec<(Vec<usize>, bool)> = vec![(Vec::new(), false)];
                let mut classes: Vec<Option<Answer>> = vec![None];
                for (ci, choice) in q.options.iter().enumerate() {
                    let signature: Vec<usize> = self
                        .rules
                        .iter()
                        .enumerate()
                        .filter(|(_, r)| {
                            r.when
                                .iter()
                                .any(|c| c.question == qi && c.options.contains(&ci))
                        })
                        .map(|(ri, _)| ri)
                        .collect();
                    let key = (signature, choice.urgent);
                    if !seen.contains(&key) {
                        seen.push(key);
                        classes.push(Some(Answer::Choice(ci)));
                    }
                }
                classes
            })
            .collect()
    }

    /// Visits every combination of answer classes (see [`Self::answer_classes`]), calling
    /// `visit` with each full set of answers. Returns how many were visited.
    pub fn for_each_answer_set(&self, mut visit: impl FnMut(&[Option<Answer>])) -> usize {
        let classes = self.answer_classes();
        let mut index = vec![0usize; classes.len()];
        let mut answers: Vec<Option<Answer>> = classes.iter().map(|c| c[0]).collect();
        let mut count = 0;
        loop {
            count += 1;
            visit(&answers);
            // Advance like an odometer.
            let mut q = 0;
            loop {
                if q == classes.len() {
                    return count;
                }
                index[q] += 1;
                if index[q] < classes[q].len() {
                    answers[q] = classes[q][index[q]];
                    break;
                }
                index[q] = 0;
                answers[q] = classes[q][0];
                q += 1;
            }
        }
    }

    /// The outcomes no set of answers can lead to. A complete depth-first search over the
    /// answer classes: adding an answer can only make more rules match, so a partial set
    /// that already leads past the target is abandoned, and one that leads to the target can
    /// be finished with unanswered questions. Exact, and fast enough to run at every start.
    pub fn unreachable_outcomes(&self) -> Vec<Outcome> {
        let classes = self.answer_classes();
        Outcome::ALL
            .into_iter()
            .filter(|&target| {
                let mut answers = vec![None; classes.len()];
                !self.reaches(target, 0, &classes, &mut answers)
            })
            .collect()
    }

    fn reaches(
        &self,
        target: Outcome,
        question: usize,
        classes: &[Vec<Option<Answer>>],
        answers: &mut [Option<Answer>],
    ) -> bool {
        let now = self.outcome(answers);
        if now == target {
            return true;
        }
        if now > target || question == classes.len() {
            return false;
        }
        for class in &classes[question] {
            answers[question] = *class;
            if self.reaches(target, question + 1, classes, answers) {
                return true;
            }
        }
        answers[question] = None;
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(id: &str, urgent: bool) -> Choice {
        Choice {
            id: id.into(),
            text: id.into(),
            urgent,
        }
    }

    fn tiny() -> Questionnaire {
        let question = |id: &str, options: Vec<Choice>| Question {
            id: id.into(),
            text: id.into(),
            options,
            prefer_not_to_say: true,
        };
        let rule = |outcome, reason: &str, when: Vec<Condition>| Rule {
            outcome,
            reason: reason.into(),
            say: Some(format!("say {reason}")),
            when,
        };
        Questionnaire {
            title: "t".into(),
            intro: vec![],
            always: "a".into(),
            urgent_message: "u".into(),
            questions: vec![
                question("mood", vec![choice("ok", false), choice("low", false)]),
                question("safety", vec![choice("no", false), choice("yes", true)]),
            ],
            rules: vec![
                rule(
                    Outcome::ConsiderTalking,
                    "low",
                    vec![Condition {
                        question: 0,
                        options: vec![1],
                    }],
                ),
                rule(
                    Outcome::ReachOutNow,
                    "safety",
                    vec![Condition {
                        question: 1,
                        options: vec![1],
                    }],
                ),
            ],
            outcomes: vec![],
        }
    }

    #[test]
    fn no_rule_means_keep_an_eye_with_no_reasons() {
        let q = tiny();
        let e = q.evaluate(&[Some(Answer::Choice(0)), Some(Answer::Choice(0))]);
        assert_eq!(e.outcome, Outcome::KeepAnEye);
        assert!(e.reasons.is_empty());
    }

    #[test]
    fn the_most_urgent_matching_outcome_wins_with_its_reasons() {
        let q = tiny();
        let e = q.evaluate(&[Some(Answer::Choice(1)), Some(Answer::Choice(1))]);
        assert_eq!(e.outcome, Outcome::ReachOutNow);
        assert_eq!(e.reasons, vec!["safety".to_string()]);
        assert_eq!(
            e.say,
            vec!["say safety".to_string()],
            "only the winning rules' words"
        );
    }

    #[test]
    fn a_reason_two_rules_share_is_listed_once() {
        let mut q = tiny();
        let mut twin = q.rules[0].clone();
        twin.when[0].options = vec![1];
        q.rules.push(twin);
        let e = q.evaluate(&[Some(Answer::Choice(1)), Some(Answer::Choice(0))]);
        assert_eq!(e.reasons, vec!["low".to_string()]);
        assert_eq!(e.say, vec!["say low".to_string()]);
    }

    #[test]
    fn skipped_counts_unanswered_and_prefer_not_to_say_and_names_the_safety_question() {
        let q = tiny();
        let all = q.skipped(&[Some(Answer::Choice(0)), Some(Answer::Choice(0))]);
        assert_eq!((all.count, all.total, all.safety), (0, 2, false));
        assert!(!all.is_notable());
        let safety = q.skipped(&[Some(Answer::Choice(1)), Some(Answer::PreferNotToSay)]);
        assert_eq!((safety.count, safety.safety), (1, true));
        assert!(
            safety.is_notable(),
            "a skipped safety question is always said"
        );
        let mood = q.skipped(&[None, Some(Answer::Choice(0))]);
        assert_eq!((mood.count, mood.safety), (1, false));
        assert!(!mood.is_notable(), "half is not most");
    }

    #[test]
    fn prefer_not_to_say_and_unanswered_match_no_rule() {
        let q = tiny();
        let e = q.evaluate(&[Some(Answer::PreferNotToSay), None]);
        assert_eq!(e.outcome, Outcome::KeepAnEye);
    }

    #[test]
    fn an_urgent_answer_always_reaches_out_now_even_without_a_rule() {
        let mut q = tiny();
        q.rules.retain(|r| r.outcome != Outcome::ReachOutNow);
        let e = q.evaluate(&[None, Some(Answer::Choice(1))]);
        assert_eq!(e.outcome, Outcome::ReachOutNow);
    }

    #[test]
    fn exhaustive_walk_finds_unreachable_outcomes() {
        let q = tiny();
        // mood: {none, ok} and {low}; safety: {none, no} and {yes}.
        let visited = q.for_each_answer_set(|_| {});
        assert_eq!(visited, 2 * 2);
        assert_eq!(q.unreachable_outcomes(), vec![Outcome::TalkSoon]);
    }
}

/// Everything the results say, in order, for the screen, the line mode and a saved summary
/// alike, so all three always say the same.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub outcome: Outcome,
    pub title: String,
    pub summary: String,
    pub reasons: Vec<String>,
    pub next_steps: Vec<String>,
    /// The outcome's own words to say, then those of the rules that gave the reasons.
    pub say: Vec<String>,
    pub always: String,
    /// What was left unanswered, so the results can say what they rest on.
    pub skipped: Skipped,
    /// Words the app adds under the summary about what the results rest on: empty here.
    pub note: Vec<String>,
    /// Questions for a counselor to talk through with the client.
    pub prompts: Vec<String>,
    /// Each question with the answer given, in order.
    pub answers: Vec<(String, Given)>,
}

/// An answer as a report shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Given {
    /// The words of the choice.
    Choice(String),
    PreferNotToSay,
    NotAnswered,
}

impl Questionnaire {
    pub fn report(&self, answers: &[Option<Answer>]) -> Report {
        let evaluation = self.evaluate(answers);
        let text = self.outcome_text(evaluation.outcome);
        let mut say = text.map_or_else(Vec::new, |t| t.say.clone());
        for words in evaluation.say {
            if !say.contains(&words) {
                say.push(words);
            }
        }
        Report {
            outcome: evaluation.outcome,
            title: text.map_or_else(|| evaluation.outcome.id().to_string(), |t| t.title.clone()),
            summary: text.map_or_else(String::new, |t| t.summary.clone()),
            reasons: evaluation.reasons,
            next_steps: text.map_or_else(Vec::new, |t| t.next_steps.clone()),
            say,
            always: self.always.clone(),
            skipped: self.skipped(answers),
            note: Vec::new(),
            prompts: text.map_or_else(Vec::new, |t| t.prompts.clone()),
            answers: self
                .questions
                .iter()
                .enumerate()
                .map(|(i, q)| {
                    (
                        q.text.clone(),
                        self.given(i, answers.get(i).copied().flatten()),
                    )
                })
                .collect(),
        }
    }
}
