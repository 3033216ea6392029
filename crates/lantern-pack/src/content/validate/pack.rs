//! pack.toml: the pack's title, language, version, review date and reading limits.

use super::validator::Validator;
use crate::content::model::PackMeta;
use crate::content::problem::SourceFile;
use crate::content::raw;

/// The default reading-grade limit when a pack sets none.
pub const DEFAULT_GRADE_LIMIT: f64 = 8.0;

/// The default lowest Fernández-Huerta ease of a Spanish pack's sections: "bastante fácil".
pub const DEFAULT_EASE_LIMIT: f64 = 70.0;

impl Validator {
    pub(super) fn meta(&mut self, file: &SourceFile, raw: raw::PackMeta) -> Option<PackMeta> {
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
}
