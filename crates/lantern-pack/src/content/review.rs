//! Review status as `lantern validate` reports it: per section, when it was checked against
//! its sources and whether a clinician reviewed the pack's current version.

use super::model::Pack;
use super::problem::{Problem, Severity};

/// A table of every section's review status.
pub fn report(pack: &Pack) -> String {
    let version = &pack.meta.version;
    let id_width = pack
        .sections
        .iter()
        .map(|s| s.id.len())
        .max()
        .unwrap_or(0)
        .max("section".len());
    let mut table = format!(
        "{:>2}  {:<id_width$}  {:<15}  clinician review (pack version {version})\n",
        "#", "section", "sources checked"
    );
    for (i, section) in pack.sections.iter().enumerate() {
        let review = &section.review;
        let clinician = match (&review.clinician, review.current(version)) {
            (_, Some(r)) => format!("{} ({}) on {}", r.name, r.role, r.date),
            (Some(r), None) => format!(
                "{} ({}) on {}, of version {}: review again",
                r.name, r.role, r.date, r.pack_version
            ),
            (None, None) => "not yet reviewed".to_string(),
        };
        table.push_str(&format!(
            "{:>2}  {:<id_width$}  {:<15}  {clinician}\n",
            i + 1,
            section.id,
            review.sources_checked,
        ));
    }
    table
}

/// Sections without a clinician review of the current version, each located at its entry
/// in review.toml: what `lantern validate --require-review` refuses.
pub fn unreviewed(pack: &Pack) -> Vec<Problem> {
    let version = &pack.meta.version;
    pack.sections
        .iter()
        .filter(|s| s.review.current(version).is_none())
        .map(|s| {
            let why = match &s.review.clinician {
                Some(r) => format!(
                    "its review is of version {}, and the pack is now version {version}",
                    r.pack_version
                ),
                None => "it has no [section.clinician] record".to_string(),
            };
            Problem {
                file: s.review.origin.file.clone(),
                position: Some((s.review.origin.line, s.review.origin.column)),
                severity: Severity::Error,
                message: format!(
                    "section `{}` is not reviewed by a clinician: {why}; --require-review needs \
                     a review of version {version} for every section (lantern review-sheet \
                     prints the sheet to sign)",
                    s.id
                ),
            }
        })
        .collect()
}
