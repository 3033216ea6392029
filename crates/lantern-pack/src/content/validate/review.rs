//! review.toml: when each section was checked against its sources, and its clinician review.

use std::collections::HashMap;

use super::date::Date;
use super::validator::{origin, Validator};
use crate::content::model::{ClinicianReview, Origin, Section, SectionReview};
use crate::content::problem::SourceFile;
use crate::content::raw;

impl Validator {
    /// Reads review.toml into the sections: every section listed once, known ids, dates
    /// that are real and not in the future, and a warning for a review of another version.
    pub(super) fn reviews(
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
}

/// The reviewers of `version`, when every section has a clinician review of it.
pub(super) fn reviewers(sections: &[Section], version: &str) -> Option<String> {
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
