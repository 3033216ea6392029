//! Turns the raw TOML files of a pack into a checked [`Pack`], collecting every problem.
//!
//! Nothing here stops at the first problem: a person fixing a pack wants the whole list.
//!
//! One module per file kind of the pack; this one reads them all and joins them into a pack.

use std::collections::{HashMap, HashSet};

use super::load::PackFiles;
use super::model::Pack;
use super::problem::{Problem, SourceFile};
use super::raw;

mod crisis;
mod date;
mod glossary;
mod pack;
mod questionnaire;
mod references;
mod review;
mod sections;
mod validator;

pub use date::Date;
pub use pack::{DEFAULT_EASE_LIMIT, DEFAULT_GRADE_LIMIT};
use review::reviewers;
use sections::Resolver;
use validator::Validator;

/// A pack that passed validation, with any warnings found on the way.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub pack: Pack,
    pub warnings: Vec<Problem>,
}

/// Parses and checks every file of a pack. `today` dates the crisis-verification warnings.
pub fn validate(files: &PackFiles, today: Date) -> Result<Loaded, Vec<Problem>> {
    let mut v = Validator {
        problems: Vec::new(),
    };
    let meta_raw: Option<raw::PackFile> = v.parse(&files.pack);
    let crisis_raw: Option<raw::CrisisFile> = v.parse(&files.crisis);
    let references_raw: Option<raw::ReferencesFile> = v.parse(&files.references);
    let glossary_raw: Option<raw::GlossaryFile> = v.parse(&files.glossary);
    let questionnaire_raw: Option<raw::QuestionnaireFile> = v.parse(&files.questionnaire);
    let review_raw: Option<raw::ReviewFile> = v.parse(&files.review);
    let sections_raw: Vec<(&SourceFile, raw::SectionFile)> = files
        .sections
        .iter()
        .filter_map(|file| v.parse(file).map(|s| (file, s)))
        .collect();
    if files.sections.is_empty() {
        v.problems.push(Problem {
            file: "sections/".into(),
            position: None,
            severity: super::problem::Severity::Error,
            message: "the pack has no sections; add at least one sections/*.toml file".into(),
        });
    }

    let mut meta = meta_raw.and_then(|m| v.meta(&files.pack, m.pack));
    let crisis = crisis_raw.map(|c| v.crisis(&files.crisis, c.resource, today));
    let references = references_raw.map(|r| v.references(&files.references, r.reference));
    let glossary = glossary_raw.map(|g| v.glossary(&files.glossary, g.term));
    let questionnaire = questionnaire_raw.and_then(|q| v.questionnaire(&files.questionnaire, q));

    let mut resolver = Resolver {
        references: references.as_ref().map(|(_, index)| index),
        glossary: glossary.as_ref().map(|(_, index)| index),
        cited: HashSet::new(),
        used_terms: HashSet::new(),
    };
    // Where each section id was first defined, to point a duplicate at its original.
    let mut section_ids: HashMap<String, String> = HashMap::new();
    let mut sections = Vec::new();
    for (file, raw_section) in &sections_raw {
        let id = &raw_section.section.id;
        v.check_id(file, id);
        if let Some(first) = section_ids.get(id.get_ref()) {
            v.problems.push(file.error_in(
                id.span(),
                format!(
                    "duplicate section id `{}`; it is already used by {first}",
                    id.get_ref()
                ),
            ));
        } else {
            let (line, column) = super::problem::line_column(&file.text, id.span().start);
            section_ids.insert(
                id.get_ref().clone(),
                format!("{}:{line}:{column}", file.path),
            );
        }
        sections.push(v.section(file, raw_section, &mut resolver));
    }

    // Unused references and terms are only known when every section could be read;
    // otherwise one broken section would make everything it cites look unused.
    let all_sections_read = sections_raw.len() == files.sections.len();
    if let Some(review) = review_raw {
        let version = meta.as_ref().map(|m| m.version.clone());
        v.reviews(
            &files.review,
            review,
            &mut sections,
            version.as_deref(),
            today,
            all_sections_read,
        );
    }
    if let Some(meta) = meta.as_mut() {
        meta.reviewer = reviewers(&sections, &meta.version);
    }
    if let Some((refs, index)) = references.as_ref().filter(|_| all_sections_read) {
        for (i, reference) in refs.iter().enumerate() {
            if !resolver.cited.contains(&i) {
                if let Some(span) = index.get(&reference.id).map(|(_, span)| span.clone()) {
                    v.problems.push(files.references.error_in(
                        span,
                        format!(
                            "reference `{}` is never cited; cite it with [@{}] or remove it",
                            reference.id, reference.id
                        ),
                    ));
                }
            }
        }
    }
    if let Some((terms, index)) = glossary.as_ref().filter(|_| all_sections_read) {
        for (i, term) in terms.iter().enumerate() {
            if !resolver.used_terms.contains(&i) {
                if let Some(span) = index.get(&term.id).map(|(_, span)| span.clone()) {
                    v.problems.push(files.glossary.error_in(
                        span,
                        format!(
                            "glossary term `{}` is never marked in a section; mark it with {{{}}} or remove it",
                            term.id, term.term
                        ),
                    ));
                }
            }
        }
    }

    let has_errors = v.problems.iter().any(Problem::is_error);
    match (meta, crisis, references, glossary, questionnaire) {
        (
            Some(meta),
            Some(crisis),
            Some((references, _)),
            Some((glossary, _)),
            Some(questionnaire),
        ) if !has_errors => Ok(Loaded {
            pack: Pack {
                meta,
                sections,
                references,
                glossary,
                crisis,
                questionnaire,
            },
            warnings: v.problems,
        }),
        _ => {
            let mut problems = v.problems;
            problems.sort_by_key(|p| !p.is_error());
            Err(problems)
        }
    }
}
