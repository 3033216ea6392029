//! Turns the raw TOML files of a pack into a checked [`Pack`], collecting every problem.
//!
//! Nothing here stops at the first problem: a person fixing a pack wants the whole list.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use serde::de::DeserializeOwned;
use toml::de::{DeTable, DeValue};
use toml::value::Datetime;
use toml::Spanned;

use super::crisis_numbers;
use super::inline::{self, Piece};
use super::load::PackFiles;
use super::model::{
    Block, ClinicianReview, CrisisResource, Inline, Origin, Pack, PackMeta, Reference, RichText,
    Section, SectionReview, Term,
};
use super::problem::{Problem, SourceFile};
use super::raw;
use super::urls::{self, Allowed};
use crate::selfcheck;

/// A calendar date, for telling how old a crisis resource's verification is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// More than twelve months between `self` and the later date `today`.
    fn more_than_a_year_before(self, today: Date) -> bool {
        let months = |d: Date| i32::from(d.year) * 12 + i32::from(d.month);
        let gap = months(today) - months(self);
        gap > 12 || (gap == 12 && today.day > self.day)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A pack that passed validation, with any warnings found on the way.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub pack: Pack,
    pub warnings: Vec<Problem>,
}

/// The default reading-grade limit when a pack sets none.
pub const DEFAULT_GRADE_LIMIT: f64 = 8.0;

/// The default lowest Fernández-Huerta ease of a Spanish pack's sections: "bastante fácil".
pub const DEFAULT_EASE_LIMIT: f64 = 70.0;

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

type Index = HashMap<String, (usize, Range<usize>)>;

/// Looks up citations and glossary marks, and remembers which were used.
struct Resolver<'a> {
    references: Option<&'a Index>,
    glossary: Option<&'a Index>,
    cited: HashSet<usize>,
    used_terms: HashSet<usize>,
}

/// What one section has cited and marked so far, in order of first use.
#[derive(Default)]
struct SectionUse {
    sources: Vec<usize>,
    terms: Vec<usize>,
    words: usize,
}

struct Validator {
    problems: Vec<Problem>,
}

impl Validator {
    /// Parses one file: syntax errors, unsafe characters, then the typed model.
    fn parse<T: DeserializeOwned>(&mut self, file: &SourceFile) -> Option<T> {
        let (root, errors) = DeTable::parse_recoverable(&file.text);
        if !errors.is_empty() {
            for err in errors {
                let at = err.span().map_or(0, |s| s.start);
                self.problems.push(file.error_at(at, tidy(err.message())));
            }
            return None;
        }
        for (key, value) in root.get_ref() {
            self.check_characters(file, key.get_ref(), key.span());
            self.check_value_characters(file, value);
        }
        // The typed model comes from the tree already parsed, not from parsing the text again.
        match T::deserialize(toml::de::Deserializer::from(root)) {
            Ok(parsed) => Some(parsed),
            Err(err) => {
                let at = err.span().map_or(0, |s| s.start);
                self.problems.push(file.error_at(at, tidy(err.message())));
                None
            }
        }
    }

    fn check_value_characters(&mut self, file: &SourceFile, value: &Spanned<DeValue<'_>>) {
        match value.get_ref() {
            DeValue::String(text) => self.check_characters(file, text, value.span()),
            DeValue::Array(items) => {
                for item in items.iter() {
                    self.check_value_characters(file, item);
                }
            }
            DeValue::Table(table) => {
                for (key, item) in table {
                    self.check_characters(file, key.get_ref(), key.span());
                    self.check_value_characters(file, item);
                }
            }
            _ => {}
        }
    }

    /// Control characters could drive the reader's terminal (escape injection), and direction
    /// overrides can make text read differently from what it says.
    fn check_characters(&mut self, file: &SourceFile, text: &str, span: Range<usize>) {
        // Printable ASCII and line ends are safe; only other text needs the full check.
        if text
            .bytes()
            .all(|b| (0x20..0x7f).contains(&b) || b == b'\n')
        {
            return;
        }
        if let Some(c) = text.chars().find(|&c| is_unsafe_char(c)) {
            self.problems.push(file.error_in(
                span,
                format!(
                    "text contains the invisible character U+{:04X}; remove it (control and \
                     text-direction characters are not allowed)",
                    u32::from(c)
                ),
            ));
        }
    }

    fn check_id(&mut self, file: &SourceFile, id: &Spanned<String>) {
        let ok = id
            .get_ref()
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            && id
                .get_ref()
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !ok {
            self.problems.push(file.error_in(
                id.span(),
                format!(
                    "id `{}` must use only lowercase letters, digits and hyphens",
                    id.get_ref()
                ),
            ));
        }
    }

    fn required(&mut self, file: &SourceFile, field: &str, value: &Spanned<String>) -> String {
        let text = one_line(value.get_ref());
        if text.is_empty() {
            self.problems
                .push(file.error_in(value.span(), format!("`{field}` must not be empty")));
        }
        text
    }

    fn date(&mut self, file: &SourceFile, field: &str, value: &Spanned<Datetime>) -> Option<Date> {
        let dt = value.get_ref();
        match (dt.date, dt.time, dt.offset) {
            (Some(d), None, None) => Some(Date {
                year: d.year,
                month: d.month,
                day: d.day,
            }),
            _ => {
                self.problems.push(file.error_in(
                    value.span(),
                    format!("`{field}` must be a date like 2026-11-21, without a time"),
                ));
                None
            }
        }
    }

    fn meta(&mut self, file: &SourceFile, raw: raw::PackMeta) -> Option<PackMeta> {
        let title = self.required(file, "title", &raw.title);
        let language = self.required(file, "language", &raw.language);
        let version = self.required(file, "version", &raw.version);
        let last_reviewed = self.date(file, "last_reviewed", &raw.last_reviewed);
        // One record of clinician review, review.toml, so the two can never disagree.
        for (field, value) in [
            ("review_status", &raw.review_status),
            ("reviewer", &raw.reviewer),
        ] {
            if let Some(value) = value {
                self.problems.push(file.error_in(
                    value.span(),
                    format!(
                        "`{field}` is no longer used: clinician review is recorded per section \
                         in review.toml; remove this line (see docs/authoring.md)"
                    ),
                ));
            }
        }
        let reading_grade_limit = match raw.reading_grade_limit {
            Some(limit) if !(1.0..=20.0).contains(limit.get_ref()) => {
                self.problems.push(file.error_in(
                    limit.span(),
                    "`reading_grade_limit` must be between 1 and 20",
                ));
                DEFAULT_GRADE_LIMIT
            }
            Some(limit) => *limit.get_ref(),
            None => DEFAULT_GRADE_LIMIT,
        };
        let reading_ease_limit = match raw.reading_ease_limit {
            Some(limit) if !(0.0..=100.0).contains(limit.get_ref()) => {
                self.problems.push(file.error_in(
                    limit.span(),
                    "`reading_ease_limit` must be between 0 and 100 (70 is \"bastante fácil\")",
                ));
                DEFAULT_EASE_LIMIT
            }
            Some(limit) => *limit.get_ref(),
            None => DEFAULT_EASE_LIMIT,
        };
        Some(PackMeta {
            title,
            about: raw.about.map(|about| self.required(file, "about", &about)),
            language,
            version,
            last_reviewed: last_reviewed?.to_string(),
            // Filled in from review.toml once the sections are read.
            reviewer: None,
            reading_grade_limit,
            reading_ease_limit,
        })
    }

    fn crisis(
        &mut self,
        file: &SourceFile,
        resources: Vec<raw::Resource>,
        today: Date,
    ) -> Vec<CrisisResource> {
        match resources.first() {
            None => self.problems.push(file.error_at(
                0,
                "the crisis list is empty; it must start with the 988 Suicide & Crisis Lifeline",
            )),
            Some(first) if first.number.get_ref().trim() != "988" => {
                self.problems.push(file.error_in(
                    first.number.span(),
                    format!(
                        "the crisis list must start with the 988 Suicide & Crisis Lifeline \
                         (number = \"988\"), but the first entry is `{}`",
                        first.number.get_ref()
                    ),
                ))
            }
            Some(_) => {}
        }
        let mut seen: HashMap<String, ()> = HashMap::new();
        let mut out = Vec::new();
        for (i, r) in resources.into_iter().enumerate() {
            self.check_id(file, &r.id);
            if seen.insert(r.id.get_ref().clone(), ()).is_some() {
                self.problems.push(file.error_in(
                    r.id.span(),
                    format!("duplicate crisis resource id `{}`", r.id.get_ref()),
                ));
            }
            let verified = self.date(file, "last_verified", &r.last_verified);
            if let Some(date) = verified {
                if date.more_than_a_year_before(today) {
                    self.problems.push(file.warning_in(
                        r.last_verified.span(),
                        format!(
                            "`{}` was last verified on {date}, more than 12 months ago; check it \
                             against {} and update last_verified",
                            r.name.get_ref(),
                            r.source.get_ref()
                        ),
                    ));
                }
            }
            let source = self.required(file, "source", &r.source);
            let page = "the service's official page";
            let source_problem = urls::check(file, "source", &r.source, Allowed::Https, page);
            self.problems.extend(source_problem);
            let required_number = (i == 0).then_some("988");
            self.problems
                .extend(crisis_numbers::check(file, &r, required_number));
            out.push(CrisisResource {
                id: r.id.get_ref().clone(),
                name: self.required(file, "name", &r.name),
                number: self.required(file, "number", &r.number),
                contact: self.required(file, "contact", &r.contact),
                when: r.when.map(|w| one_line(&w)).filter(|w| !w.is_empty()),
                details: r.details.iter().map(|d| one_line(d.get_ref())).collect(),
                last_verified: verified.map(|d| d.to_string()).unwrap_or_default(),
                source,
            });
        }
        out
    }

    fn references(
        &mut self,
        file: &SourceFile,
        raw: Vec<raw::Reference>,
    ) -> (Vec<Reference>, Index) {
        let mut index = Index::new();
        let mut out = Vec::new();
        for r in raw {
            self.check_id(file, &r.id);
            if index.contains_key(r.id.get_ref()) {
                self.problems.push(file.error_in(
                    r.id.span(),
                    format!("duplicate reference id `{}`", r.id.get_ref()),
                ));
                continue;
            }
            if r.doi.is_none() && r.url.is_none() {
                self.problems.push(file.error_in(
                    r.id.span(),
                    format!(
                        "reference `{}` has neither a doi nor a url; give one, so a reader and a \
                         reviewer can find the source",
                        r.id.get_ref()
                    ),
                ));
            }
            if let Some(url) = &r.url {
                let url_problem =
                    urls::check(file, "url", url, Allowed::HttpOrHttps, "the source itself");
                self.problems.extend(url_problem);
            }
            index.insert(r.id.get_ref().clone(), (out.len(), r.id.span()));
            out.push(Reference {
                id: r.id.get_ref().clone(),
                authors: one_line(&r.authors),
                title: self.required(file, "title", &r.title),
                publication: one_line(&r.publication),
                year: r.year,
                doi: r.doi.map(|d| one_line(&d)),
                url: r.url.map(|u| one_line(u.get_ref())),
            });
        }
        (out, index)
    }

    fn glossary(&mut self, file: &SourceFile, raw: Vec<raw::Term>) -> (Vec<Term>, Index) {
        let mut index = Index::new();
        let mut out = Vec::new();
        for t in raw {
            self.check_id(file, &t.id);
            if index.contains_key(t.id.get_ref()) {
                self.problems.push(file.error_in(
                    t.id.span(),
                    format!("duplicate glossary id `{}`", t.id.get_ref()),
                ));
                continue;
            }
            index.insert(t.id.get_ref().clone(), (out.len(), t.id.span()));
            out.push(Term {
                id: t.id.get_ref().clone(),
                term: self.required(file, "term", &t.term),
                definition: self.required(file, "definition", &t.definition),
            });
        }
        (out, index)
    }

    fn section(
        &mut self,
        file: &SourceFile,
        raw: &raw::SectionFile,
        resolver: &mut Resolver<'_>,
    ) -> Section {
        let meta = &raw.section;
        let mut usage = SectionUse::default();
        if raw.block.is_empty() {
            self.problems.push(file.error_in(
                meta.id.span(),
                "the section has no text; add at least one [[block]]",
            ));
        }
        let mut blocks = Vec::new();
        for block in &raw.block {
            blocks.push(match block {
                raw::Block::Heading(text) => Block::Heading(self.required(file, "heading", text)),
                raw::Block::Paragraph(text) => {
                    Block::Paragraph(self.rich(file, text, resolver, &mut usage))
                }
                raw::Block::Bullets(items) => Block::Bullets(
                    items
                        .iter()
                        .map(|item| self.rich(file, item, resolver, &mut usage))
                        .collect(),
                ),
                raw::Block::Callout(callout) => Block::Callout {
                    kind: callout.kind,
                    title: callout
                        .title
                        .as_deref()
                        .map(one_line)
                        .filter(|t| !t.is_empty()),
                    text: self.rich(file, &callout.text, resolver, &mut usage),
                },
                raw::Block::Table(table) => self.table(file, table, resolver, &mut usage),
            });
        }
        let mut list = |field: &str, items: &Spanned<Vec<Spanned<String>>>, v: &mut Self| {
            if items.get_ref().is_empty() {
                v.problems.push(
                    file.error_in(items.span(), format!("`{field}` needs at least one item")),
                );
            }
            items
                .get_ref()
                .iter()
                .map(|item| v.rich(file, item, resolver, &mut usage))
                .collect::<Vec<_>>()
        };
        let key_points = list("key_points", &meta.key_points, self);
        let next_steps = list("next_steps", &meta.next_steps, self);
        Section {
            id: meta.id.get_ref().clone(),
            title: self.required(file, "title", &meta.title),
            summary: self.required(file, "summary", &meta.summary),
            blocks,
            key_points,
            next_steps,
            prompts: meta.prompts.get_ref().iter().map(|p| one_line(p)).collect(),
            sources: usage.sources,
            terms: usage.terms,
            word_count: usage.words,
            origin: origin(file, meta.id.span()),
            review: SectionReview::default(),
        }
    }

    /// Reads review.toml into the sections: every section listed once, known ids, dates
    /// that are real and not in the future, and a warning for a review of another version.
    fn reviews(
        &mut self,
        file: &SourceFile,
        raw: raw::ReviewFile,
        sections: &mut [Section],
        version: Option<&str>,
        today: Date,
        all_sections_read: bool,
    ) {
        let mut listed: HashMap<String, Origin> = HashMap::new();
        for entry in raw.section {
            let id = entry.id.get_ref().clone();
            self.check_id(file, &entry.id);
            if let Some(first) = listed.get(&id) {
                self.problems.push(file.error_in(
                    entry.id.span(),
                    format!("section `{id}` is listed twice; it is already listed at {first}"),
                ));
                continue;
            }
            let at = origin(file, entry.id.span());
            listed.insert(id.clone(), at.clone());
            let checked = self.date(file, "sources_checked", &entry.sources_checked);
            if let Some(date) = checked.filter(|d| *d > today) {
                self.problems.push(file.error_in(
                    entry.sources_checked.span(),
                    format!(
                        "`sources_checked` is {date}, after today ({today}); write the date the \
                         section was checked against its sources"
                    ),
                ));
            }
            let clinician = entry.clinician.map(|c| {
                let date = self.date(file, "date", &c.date);
                if let Some(date) = date.filter(|d| *d > today) {
                    self.problems.push(file.error_in(
                        c.date.span(),
                        format!(
                            "the review is dated {date}, after today ({today}); write the date \
                             the clinician signed it"
                        ),
                    ));
                }
                let pack_version = self.required(file, "pack_version", &c.pack_version);
                if let Some(current) = version.filter(|v| *v != pack_version) {
                    self.problems.push(file.warning_in(
                        c.pack_version.span(),
                        format!(
                            "section `{id}` was reviewed as version {pack_version}, but the pack \
                             is now version {current}; the text may have changed since, so ask \
                             the reviewer to check it again and record the new version"
                        ),
                    ));
                }
                ClinicianReview {
                    name: self.required(file, "name", &c.name),
                    role: self.required(file, "role", &c.role),
                    date: date.map(|d| d.to_string()).unwrap_or_default(),
                    pack_version,
                }
            });
            match sections.iter_mut().find(|s| s.id == id) {
                Some(section) => {
                    section.review = SectionReview {
                        sources_checked: checked.map(|d| d.to_string()).unwrap_or_default(),
                        clinician,
                        origin: at,
                    }
                }
                // With a section that could not be read, its id is unknown: not a mismatch.
                None if all_sections_read => {
                    let ids: Vec<&str> = sections.iter().map(|s| s.id.as_str()).collect();
                    self.problems.push(file.error_in(
                        entry.id.span(),
                        format!(
                            "there is no section `{id}` in the pack; the section ids are: {}",
                            ids.join(", ")
                        ),
                    ));
                }
                None => {}
            }
        }
        // Where a missing entry would go: the end of the file.
        for section in sections.iter().filter(|s| !listed.contains_key(&s.id)) {
            self.problems.push(file.error_at(
                file.text.len(),
                format!(
                    "section `{}` ({}) is not listed; add a [[section]] with id = \"{}\" and the \
                     date it was last checked against its sources (sources_checked)",
                    section.id, section.origin.file, section.id
                ),
            ));
        }
    }

    fn table(
        &mut self,
        file: &SourceFile,
        table: &raw::Table,
        resolver: &mut Resolver<'_>,
        usage: &mut SectionUse,
    ) -> Block {
        let header: Vec<String> = table.header.get_ref().iter().map(|h| one_line(h)).collect();
        if header.is_empty() {
            self.problems
                .push(file.error_in(table.header.span(), "a table needs a header row"));
        }
        let caption = table
            .caption
            .as_ref()
            .map(|c| self.rich(file, c, resolver, usage));
        let mut rows = Vec::new();
        for row in &table.rows {
            if row.get_ref().len() != header.len() {
                self.problems.push(file.error_in(
                    row.span(),
                    format!(
                        "this row has {} cells but the header has {}",
                        row.get_ref().len(),
                        header.len()
                    ),
                ));
            }
            rows.push(
                row.get_ref()
                    .iter()
                    .map(|cell| self.rich(file, cell, resolver, usage))
                    .collect(),
            );
        }
        Block::Table {
            caption,
            header,
            rows,
        }
    }

    /// Resolves a text's citations and glossary marks, numbering citations per section.
    fn rich(
        &mut self,
        file: &SourceFile,
        text: &Spanned<String>,
        resolver: &mut Resolver<'_>,
        usage: &mut SectionUse,
    ) -> RichText {
        let source = text.get_ref();
        // Points at the markup itself when it appears verbatim in the file, else at the string.
        let locate = |needle: &str| -> usize {
            let span = text.span();
            file.text
                .get(span.clone())
                .and_then(|slice| slice.find(needle))
                .map_or(span.start, |i| span.start + i)
        };
        let pieces = match inline::parse(source) {
            Ok(pieces) => pieces,
            Err(err) => {
                let snippet: String = source[err.at..].chars().take(12).collect();
                self.problems
                    .push(file.error_at(locate(&snippet), err.message));
                return RichText(vec![Inline::Text(one_line(source))]);
            }
        };
        if one_line(&inline::strip(source)).is_empty() {
            self.problems
                .push(file.error_in(text.span(), "this text must not be empty"));
        }
        let mut out = Vec::new();
        for piece in pieces {
            match piece {
                Piece::Text(t) => {
                    usage.words += count_words(t);
                    out.push(Inline::Text(collapse_whitespace(t)));
                }
                Piece::Citation { id, .. } => {
                    let Some(index) = resolver.references else {
                        continue;
                    };
                    match index.get(id) {
                        Some((i, _)) => {
                            resolver.cited.insert(*i);
                            let number = match usage.sources.iter().position(|s| s == i) {
                                Some(n) => n + 1,
                                None => {
                                    usage.sources.push(*i);
                                    usage.sources.len()
                                }
                            };
                            out.push(Inline::Citation(number));
                        }
                        None => self.problems.push(file.error_at(
                            locate(&format!("[@{id}]")),
                            format!("citation [@{id}] names no reference in references.toml"),
                        )),
                    }
                }
                Piece::Term {
                    text: shown,
                    id,
                    at,
                } => {
                    usage.words += count_words(shown);
                    let shown_text = collapse_whitespace(shown);
                    let Some(index) = resolver.glossary else {
                        out.push(Inline::Text(shown_text));
                        continue;
                    };
                    match index.get(&id) {
                        Some((i, _)) => {
                            resolver.used_terms.insert(*i);
                            if !usage.terms.contains(i) {
                                usage.terms.push(*i);
                            }
                            out.push(Inline::Term {
                                text: shown_text,
                                term: *i,
                            });
                        }
                        None => {
                            let mark: String =
                                source[at..].chars().take_while(|&c| c != '}').collect();
                            self.problems.push(file.error_at(
                                locate(&mark),
                                format!("glossary term `{id}` is not defined in glossary.toml"),
                            ));
                            out.push(Inline::Text(shown_text));
                        }
                    }
                }
            }
        }
        trim_ends(&mut out);
        RichText(out)
    }
}

impl Validator {
    /// Checks the self-check: ids resolve, the four outcomes are written, urgent answers have
    /// a reason, and every outcome can be reached by some set of answers.
    fn questionnaire(
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

/// Where a span starts, as an [`Origin`].
fn origin(file: &SourceFile, span: Range<usize>) -> Origin {
    let (line, column) = super::problem::line_column(&file.text, span.start);
    Origin {
        file: file.path.clone(),
        line,
        column,
    }
}

/// The reviewers of `version`, when every section has a clinician review of it.
fn reviewers(sections: &[Section], version: &str) -> Option<String> {
    let mut names: Vec<String> = Vec::new();
    for section in sections {
        let review = section.review.current(version)?;
        let name = format!("{} ({})", review.name, review.role);
        if !names.contains(&name) {
            names.push(name);
        }
    }
    (!names.is_empty()).then(|| names.join("; "))
}

pub fn is_unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

fn tidy(message: &str) -> String {
    one_line(message)
}

/// Any run of whitespace (TOML multi-line strings hold newlines) becomes one space.
fn collapse_whitespace(text: &str) -> String {
    // Most text has nothing to collapse: single ASCII spaces only.
    let bytes = text.as_bytes();
    let plain = text.is_ascii()
        && !bytes
            .windows(2)
            .any(|w| w[0].is_ascii_whitespace() && w[1].is_ascii_whitespace())
        && bytes.iter().all(|b| !b.is_ascii_whitespace() || *b == b' ');
    if plain {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

pub fn one_line(text: &str) -> String {
    collapse_whitespace(text).trim().to_string()
}

fn trim_ends(inlines: &mut [Inline]) {
    if let Some(Inline::Text(first)) = inlines.first_mut() {
        *first = first.trim_start().to_string();
    }
    if let Some(Inline::Text(last)) = inlines.last_mut() {
        *last = last.trim_end().to_string();
    }
}

/// Words as a reader counts them: tokens with at least one letter or digit.
pub fn count_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_is_twelve_months_to_the_day() {
        let d = |year, month, day| Date { year, month, day };
        assert!(!d(2025, 11, 21).more_than_a_year_before(d(2026, 11, 21)));
        assert!(d(2025, 11, 20).more_than_a_year_before(d(2026, 11, 21)));
        assert!(d(2025, 10, 30).more_than_a_year_before(d(2026, 11, 1)));
        assert!(!d(2026, 1, 1).more_than_a_year_before(d(2026, 11, 21)));
    }

    #[test]
    fn unsafe_characters_are_controls_and_direction_overrides() {
        assert!(is_unsafe_char('\u{1b}'));
        assert!(is_unsafe_char('\u{7}'));
        assert!(is_unsafe_char('\u{9b}'));
        assert!(is_unsafe_char('\u{202E}'));
        assert!(is_unsafe_char('\t'));
        assert!(!is_unsafe_char('\n'));
        assert!(!is_unsafe_char('é'));
        assert!(!is_unsafe_char('\u{200D}'));
    }

    #[test]
    fn whitespace_collapses() {
        assert_eq!(collapse_whitespace("a \n  b\n"), "a b ");
        assert_eq!(one_line("  a\n b "), "a b");
        assert_eq!(
            count_words("It is 41% — not 9%."),
            5,
            "a lone dash is not a word"
        );
    }
}
