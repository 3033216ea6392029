//! questionnaire.toml: the self-check's questions, rules and outcome texts.

use std::collections::HashMap;

use super::validator::Validator;
use crate::content::problem::SourceFile;
use crate::content::raw;
use crate::content::text_rules::one_line;
use crate::selfcheck;

impl Validator {
    /// Checks the self-check: ids resolve, the four outcomes are written, urgent answers have
    /// a reason, and every outcome can be reached by some set of answers.
    pub(super) fn questionnaire(
        &mut self,
        file: &SourceFile,
        raw: raw::QuestionnaireFile,
    ) -> Option<selfcheck::Questionnaire> {
        let errors_before = self.problems.len();
        let mut questions = Vec::new();
        let mut question_ids: HashMap<String, usize> = HashMap::new();
        for q in &raw.question {
            self.check_id(file, &q.id);
            if question_ids.contains_key(q.id.get_ref()) {
                self.problems.push(file.error_in(
                    q.id.span(),
                    format!("duplicate question id `{}`", q.id.get_ref()),
                ));
                continue;
            }
            if q.options.get_ref().len() < 2 {
                self.problems.push(file.error_in(
                    q.options.span(),
                    "a question needs at least two answers to choose from",
                ));
            }
            let mut options = Vec::new();
            let mut option_ids: Vec<&str> = Vec::new();
            for c in q.options.get_ref() {
                self.check_id(file, &c.id);
                if option_ids.contains(&c.id.get_ref().as_str()) {
                    self.problems.push(file.error_in(
                        c.id.span(),
                        format!(
                            "duplicate answer id `{}` in question `{}`",
                            c.id.get_ref(),
                            q.id.get_ref()
                        ),
                    ));
                }
                option_ids.push(c.id.get_ref());
                options.push(selfcheck::Choice {
                    id: c.id.get_ref().clone(),
                    text: self.required(file, "text", &c.text),
                    urgent: c.urgent,
                });
            }
            question_ids.insert(q.id.get_ref().clone(), questions.len());
            questions.push(selfcheck::Question {
                id: q.id.get_ref().clone(),
                text: self.required(file, "text", &q.text),
                options,
                prefer_not_to_say: q.prefer_not_to_say,
            });
        }
        if !questions.iter().flat_map(|q| &q.options).any(|c| c.urgent) {
            self.problems.push(file.error_at(
                0,
                "the self-check needs a safety question with an answer marked `urgent = true`",
            ));
        }

        let mut rules = Vec::new();
        for r in &raw.rule {
            let Some(outcome) = selfcheck::Outcome::from_id(r.outcome.get_ref()) else {
                self.problems.push(file.error_in(
                    r.outcome.span(),
                    format!(
                        "unknown outcome `{}`; use reach-out-now, talk-soon, consider-talking or keep-an-eye",
                        r.outcome.get_ref()
                    ),
                ));
                continue;
            };
            let reason = self.required(file, "reason", &r.reason);
            if r.when.get_ref().is_empty() {
                self.problems
                    .push(file.error_in(r.when.span(), "`when` must name at least one question"));
            }
            let mut when = Vec::new();
            for (question_id, answers) in r.when.get_ref() {
                let Some(&qi) = question_ids.get(question_id) else {
                    self.problems.push(file.error_in(
                        r.when.span(),
                        format!("rule names question `{question_id}`, which does not exist"),
                    ));
                    continue;
                };
                let mut options = Vec::new();
                for answer in answers {
                    match questions[qi]
                        .options
                        .iter()
                        .position(|c| &c.id == answer.get_ref())
                    {
                        Some(ci) => options.push(ci),
                        None => self.problems.push(file.error_in(
                            answer.span(),
                            format!(
                                "question `{question_id}` has no answer `{}`",
                                answer.get_ref()
                            ),
                        )),
                    }
                }
                if answers.is_empty() {
                    self.problems.push(file.error_in(
                        r.when.span(),
                        format!("the condition on `{question_id}` lists no answers"),
                    ));
                }
                when.push(selfcheck::Condition {
                    question: qi,
                    options,
                });
            }
            let say = r.say.as_ref().map(|say| self.required(file, "say", say));
            rules.push(selfcheck::Rule {
                outcome,
                reason,
                say,
                when,
            });
        }
        // Each urgent answer must have a rule that says why it leads to "Reach out now".
        for (qi, q) in questions.iter().enumerate() {
            for (ci, c) in q.options.iter().enumerate() {
                let explained = rules.iter().any(|r| {
                    r.outcome == selfcheck::Outcome::ReachOutNow
                        && r.when.len() == 1
                        && r.when[0].question == qi
                        && r.when[0].options.contains(&ci)
                });
                if c.urgent && !explained {
                    let span = raw
                        .question
                        .iter()
                        .find(|rq| rq.id.get_ref() == &q.id)
                        .map_or(0..0, |rq| rq.id.span());
                    self.problems.push(file.error_in(
                        span,
                        format!(
                            "urgent answer `{}` of `{}` needs a reach-out-now rule on it alone, \
                             to give the reason",
                            c.id, q.id
                        ),
                    ));
                }
            }
        }

        let mut outcomes = Vec::new();
        for o in &raw.outcome {
            let Some(outcome) = selfcheck::Outcome::from_id(o.id.get_ref()) else {
                self.problems.push(
                    file.error_in(o.id.span(), format!("unknown outcome `{}`", o.id.get_ref())),
                );
                continue;
            };
            if outcomes
                .iter()
                .any(|t: &selfcheck::OutcomeText| t.outcome == outcome)
            {
                self.problems.push(file.error_in(
                    o.id.span(),
                    format!("outcome `{}` is written twice", o.id.get_ref()),
                ));
                continue;
            }
            if o.next_steps.is_empty() || o.say.is_empty() {
                self.problems.push(file.error_in(
                    o.id.span(),
                    "an outcome needs `next_steps` and `say` (what to tell a professional)",
                ));
            }
            outcomes.push(selfcheck::OutcomeText {
                outcome,
                title: self.required(file, "title", &o.title),
                summary: self.required(file, "summary", &o.summary),
                next_steps: o.next_steps.iter().map(|t| one_line(t)).collect(),
                say: o.say.iter().map(|t| one_line(t)).collect(),
                prompts: o.prompts.iter().map(|t| one_line(t)).collect(),
            });
        }
        for outcome in selfcheck::Outcome::ALL {
            if !outcomes.iter().any(|t| t.outcome == outcome) {
                self.problems
                    .push(file.error_at(0, format!("outcome `{outcome}` has no [[outcome]] text")));
            }
        }
        outcomes.sort_by_key(|t| t.outcome);

        let questionnaire = selfcheck::Questionnaire {
            title: self.required(file, "title", &raw.questionnaire.title),
            intro: raw
                .questionnaire
                .intro
                .iter()
                .map(|t| one_line(t))
                .collect(),
            always: self.required(file, "always", &raw.questionnaire.always),
            urgent_message: self.required(
                file,
                "urgent_message",
                &raw.questionnaire.urgent_message,
            ),
            questions,
            rules,
            outcomes,
        };
        if self.problems.len() > errors_before {
            return None;
        }
        for outcome in questionnaire.unreachable_outcomes() {
            let span = raw
                .outcome
                .iter()
                .find(|o| o.id.get_ref() == outcome.id())
                .map_or(0..0, |o| o.id.span());
            self.problems.push(file.error_in(
                span,
                format!("no set of answers leads to `{outcome}`; add or change a rule"),
            ));
        }
        (self.problems.len() == errors_before).then_some(questionnaire)
    }
}
