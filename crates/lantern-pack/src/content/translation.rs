//! Checks that a translation of a pack has the same shape as the pack it translates: the
//! same sections in the same order, the same self-check (questions, answers, rules and
//! outcomes, so an answer means the same in every language), the same crisis resources in
//! the same order with the same numbers, and, for each source both packs cite, the same year
//! and DOI. Words may differ; structure and numbers may not.
//!
//! Both packs have already passed validation, so parsing them again cannot fail in a way
//! that matters here; a file that does not parse is simply not compared.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::de::DeserializeOwned;
use toml::Spanned;

use super::load::PackFiles;
use super::problem::{line_column, SourceFile};
use super::raw;
use super::Problem;

/// Every way `translation` differs in shape from `original`, located in the translation's
/// files, each naming the place in the original it should match. `language` is the code the
/// translation's folder stands for (`es` for `DIR/es/`); its pack.toml must say the same.
pub fn check(original: &PackFiles, translation: &PackFiles, language: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    if let Some(meta) = parse::<raw::PackFile>(&translation.pack) {
        let tag = meta.pack.language.get_ref();
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        if !primary.eq_ignore_ascii_case(language) {
            problems.push(translation.pack.error_in(
                meta.pack.language.span(),
                format!(
                    "this pack is in the `{language}` folder of a pack, so its language must be \
                     `{language}` (or `{language}-XX`), not `{tag}`"
                ),
            ));
        }
    }
    let pair = Pair {
        original,
        translation,
    };
    pair.sections(&mut problems);
    pair.questionnaire(&mut problems);
    pair.crisis(&mut problems);
    pair.references(&mut problems);
    problems
}

struct Pair<'a> {
    original: &'a PackFiles,
    translation: &'a PackFiles,
}

/// One comparable item: what it is called, and where it is.
struct Item<'a> {
    key: String,
    file: &'a SourceFile,
    span: Range<usize>,
}

impl Item<'_> {
    fn place(&self) -> String {
        let (line, column) = line_column(&self.file.text, self.span.start);
        format!("{}:{line}:{column}", self.file.path)
    }
}

impl Pair<'_> {
    fn sections(&self, problems: &mut Vec<Problem>) {
        let ids = |files: &PackFiles| -> Vec<(String, Range<usize>, usize)> {
            files
                .sections
                .iter()
                .enumerate()
                .filter_map(|(i, file)| {
                    let parsed: raw::SectionFile = parse(file)?;
                    let id = parsed.section.id;
                    Some((id.get_ref().clone(), id.span(), i))
                })
                .collect()
        };
        let original: Vec<Item> = ids(self.original)
            .into_iter()
            .map(|(key, span, i)| Item {
                key,
                file: &self.original.sections[i],
                span,
            })
            .collect();
        let translated: Vec<Item> = ids(self.translation)
            .into_iter()
            .map(|(key, span, i)| Item {
                key,
                file: &self.translation.sections[i],
                span,
            })
            .collect();
        let end = self
            .translation
            .sections
            .last()
            .unwrap_or(&self.translation.pack);
        compare_lists("section", &original, &translated, end, problems);
    }

    fn questionnaire(&self, problems: &mut Vec<Problem>) {
        let (Some(original), Some(translated)) = (
            parse::<raw::QuestionnaireFile>(&self.original.questionnaire),
            parse::<raw::QuestionnaireFile>(&self.translation.questionnaire),
        ) else {
            return;
        };
        let of = &self.original.questionnaire;
        let tf = &self.translation.questionnaire;
        let item = |file, key: String, span| Item { key, file, span };

        // Questions, and within each the answers with their urgent marks.
        let questions = |file, q: &[raw::Question]| -> Vec<Item> {
            q.iter()
                .map(|q| item(file, q.id.get_ref().clone(), q.id.span()))
                .collect()
        };
        let before = problems.len();
        compare_lists(
            "question",
            &questions(of, &original.question),
            &questions(tf, &translated.question),
            tf,
            problems,
        );
        if problems.len() == before {
            for (oq, tq) in original.question.iter().zip(&translated.question) {
                let answers = |file, q: &raw::Question| -> Vec<Item> {
                    q.options
                        .get_ref()
                        .iter()
                        .map(|c| {
                            let urgent = if c.urgent { " (urgent)" } else { "" };
                            item(file, format!("{}{urgent}", c.id.get_ref()), c.id.span())
                        })
                        .collect()
                };
                let label = format!("answer of question `{}`", oq.id.get_ref());
                compare_lists(&label, &answers(of, oq), &answers(tf, tq), tf, problems);
                if oq.prefer_not_to_say != tq.prefer_not_to_say {
                    problems.push(tf.error_in(
                        tq.id.span(),
                        format!(
                            "question `{}` has prefer_not_to_say = {}, but {} has {}; a \
                             translation must offer the same answers",
                            tq.id.get_ref(),
                            tq.prefer_not_to_say,
                            item(of, String::new(), oq.id.span()).place(),
                            oq.prefer_not_to_say
                        ),
                    ));
                }
            }
        }

        // Rules: the same outcome for the same answers, in the same order.
        let rules = |file, rules: &[raw::Rule]| -> Vec<Item> {
            rules
                .iter()
                .map(|r| item(file, rule_key(r), r.outcome.span()))
                .collect()
        };
        compare_lists(
            "rule",
            &rules(of, &original.rule),
            &rules(tf, &translated.rule),
            tf,
            problems,
        );

        let outcomes = |file, o: &[raw::OutcomeText]| -> Vec<Item> {
            o.iter()
                .map(|o| item(file, o.id.get_ref().clone(), o.id.span()))
                .collect()
        };
        compare_lists(
            "outcome",
            &outcomes(of, &original.outcome),
            &outcomes(tf, &translated.outcome),
            tf,
            problems,
        );
    }

    fn crisis(&self, problems: &mut Vec<Problem>) {
        let (Some(original), Some(translated)) = (
            parse::<raw::CrisisFile>(&self.original.crisis),
            parse::<raw::CrisisFile>(&self.translation.crisis),
        ) else {
            return;
        };
        let resources = |file, list: &[raw::Resource]| -> Vec<Item> {
            list.iter()
                .map(|r| Item {
                    key: r.id.get_ref().clone(),
                    file,
                    span: r.id.span(),
                })
                .collect()
        };
        let before = problems.len();
        compare_lists(
            "crisis resource",
            &resources(&self.original.crisis, &original.resource),
            &resources(&self.translation.crisis, &translated.resource),
            &self.translation.crisis,
            problems,
        );
        if problems.len() != before {
            return;
        }
        // A number is the one thing a translation must never change.
        for (o, t) in original.resource.iter().zip(&translated.resource) {
            if o.number.get_ref() != t.number.get_ref() {
                let (line, column) = line_column(&self.original.crisis.text, o.number.span().start);
                problems.push(self.translation.crisis.error_in(
                    t.number.span(),
                    format!(
                        "crisis resource `{}` has number \"{}\", but the pack it translates has \
                         \"{}\" ({}:{line}:{column}); numbers must be the same in every language",
                        t.id.get_ref(),
                        t.number.get_ref(),
                        o.number.get_ref(),
                        self.original.crisis.path
                    ),
                ));
            }
        }
    }

    /// A source is the same publication in every language: its year and DOI may not differ
    /// (a year one pack confirmed and the other left out cites one of them wrongly).
    fn references(&self, problems: &mut Vec<Problem>) {
        let (Some(original), Some(translated)) = (
            parse::<raw::ReferencesFile>(&self.original.references),
            parse::<raw::ReferencesFile>(&self.translation.references),
        ) else {
            return;
        };
        let shown = |value: Option<String>| value.unwrap_or_else(|| "none".to_string());
        for t in &translated.reference {
            let Some(o) = original
                .reference
                .iter()
                .find(|o| o.id.get_ref() == t.id.get_ref())
            else {
                continue;
            };
            let differences = [
                (
                    "year",
                    o.year.map(|y| y.to_string()),
                    t.year.map(|y| y.to_string()),
                ),
                ("doi", o.doi.clone(), t.doi.clone()),
            ];
            for (field, theirs, ours) in differences {
                if theirs != ours {
                    let (line, column) =
                        line_column(&self.original.references.text, o.id.span().start);
                    problems.push(self.translation.references.error_in(
                        t.id.span(),
                        format!(
                            "reference `{}` has {field} {}, but the pack it translates has {} \
                             ({}:{line}:{column}); a source's year and DOI must be the same in \
                             every language",
                            t.id.get_ref(),
                            shown(ours),
                            shown(theirs),
                            self.original.references.path
                        ),
                    ));
                }
            }
        }
    }
}

/// A rule as its meaning: the outcome, and every question with the answers that satisfy it.
fn rule_key(rule: &raw::Rule) -> String {
    let when: BTreeMap<&String, Vec<&String>> = rule
        .when
        .get_ref()
        .iter()
        .map(|(question, answers)| {
            let mut answers: Vec<&String> = answers.iter().map(Spanned::get_ref).collect();
            answers.sort();
            (question, answers)
        })
        .collect();
    let when: Vec<String> = when
        .iter()
        .map(|(q, a)| {
            let a: Vec<&str> = a.iter().map(|s| s.as_str()).collect();
            format!("{q} = {}", a.join("|"))
        })
        .collect();
    // A translation that drops a rule's words to say would offer the person fewer.
    let say = if rule.say.is_some() { ", with say" } else { "" };
    format!("{} when {}{say}", rule.outcome.get_ref(), when.join(", "))
}

/// Compares two lists item by item; the first difference of each kind is reported, at the
/// translation's item (or at `end` when the translation has too few).
fn compare_lists(
    what: &str,
    original: &[Item],
    translated: &[Item],
    end: &SourceFile,
    problems: &mut Vec<Problem>,
) {
    for (i, o) in original.iter().enumerate() {
        match translated.get(i) {
            Some(t) if t.key == o.key => {}
            Some(t) => {
                problems.push(t.file.error_in(
                    t.span.clone(),
                    format!(
                        "{what} {} is `{}` here but `{}` in the pack it translates ({}); a \
                         translation must keep the same {what}s in the same order",
                        i + 1,
                        t.key,
                        o.key,
                        o.place()
                    ),
                ));
                // After one shift every later item differs too; one message says it.
                return;
            }
            None => {
                problems.push(end.error_at(
                    end.text.len(),
                    format!(
                        "the translation has {} {what}(s) but the pack it translates has {}; \
                         `{}` ({}) is missing",
                        translated.len(),
                        original.len(),
                        o.key,
                        o.place()
                    ),
                ));
                return;
            }
        }
    }
    if let Some(extra) = translated.get(original.len()) {
        problems.push(extra.file.error_in(
            extra.span.clone(),
            format!(
                "{what} `{}` is not in the pack it translates, which has {} {what}(s); remove it \
                 or add it to both",
                extra.key,
                original.len()
            ),
        ));
    }
}

fn parse<T: DeserializeOwned>(file: &SourceFile) -> Option<T> {
    toml::from_str(&file.text).ok()
}
