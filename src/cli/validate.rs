//! `lantern validate`: a pack checked in every language, its problems listed located.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use super::{output, BAD_INPUT};
use crate::content::{self, Loaded, Problem};
use crate::digest;
use crate::i18n::catalog::Catalog;

/// Validates a pack in every language it has (the folder, and `DIR/es/` beside it), each
/// against the same rules, and the translations against the pack's own shape.
pub(super) fn validate(dir: Option<&Path>, require_review: bool, text: &Catalog) -> ExitCode {
    // Gathered in memory (a Vec cannot fail), so one write says whether it all got out.
    let mut report = Vec::new();
    let done = match validate_report(dir, require_review, &mut report) {
        Some(_) => ExitCode::SUCCESS,
        None => ExitCode::from(BAD_INPUT),
    };
    output::finish(output::print(&report), done, text)
}

/// `validate --print-digest`: the pack's digest alone on standard output when it validates
/// (warnings go to standard error); the report and exit code 2 when it does not.
pub(super) fn validate_digest(
    dir: Option<&Path>,
    require_review: bool,
    text: &Catalog,
) -> ExitCode {
    let mut report = Vec::new();
    let Some((files, warnings)) = validate_report(dir, require_review, &mut report) else {
        return output::finish(output::print(&report), ExitCode::from(BAD_INPUT), text);
    };
    for warning in &warnings {
        eprintln!("{warning}");
    }
    let digest = format!("{}\n", digest::of_pack(&files));
    output::finish(output::print(digest.as_bytes()), ExitCode::SUCCESS, text)
}

/// What `validate` prints, written to `out`: each language's report, then where a
/// translation's shape differs from the pack's own. When everything passed: the files that
/// were checked and every warning.
fn validate_report(
    dir: Option<&Path>,
    require_review: bool,
    out: &mut impl Write,
) -> Option<(content::LanguageFiles, Vec<Problem>)> {
    let name = dir.map_or_else(
        || "built-in content".to_string(),
        |d| d.display().to_string(),
    );
    // Always from the source files, built-in ones too, so the dated checks are today's.
    let files = match content::files_languages(dir) {
        Ok(files) => files,
        Err(problems) => {
            report_problems(&name, &problems, out);
            return None;
        }
    };
    let mut warnings = Vec::new();
    let mut own_valid = false;
    let mut all_valid = true;
    for (i, (lang, language_files)) in files.iter().enumerate() {
        let name = if i == 0 {
            name.clone()
        } else {
            let _ = writeln!(out);
            format!("{name}/{}", lang.code())
        };
        match validate_one(&name, language_files, require_review, out) {
            Some(found) => {
                own_valid |= i == 0;
                warnings.extend(found);
            }
            None => all_valid = false,
        }
    }
    // A translation is compared with a pack that validates; while the pack itself is
    // broken, its own problems are the ones worth reading.
    let mismatches = if own_valid {
        content::translation_problems(&files)
    } else {
        Vec::new()
    };
    if !mismatches.is_empty() {
        let _ = writeln!(out);
        report_problems(&name, &mismatches, out);
        all_valid = false;
    }
    all_valid.then_some((files, warnings))
}

fn report_problems(name: &str, problems: &[Problem], out: &mut impl Write) -> ExitCode {
    for problem in problems {
        let _ = writeln!(out, "{problem}");
    }
    let errors = problems.iter().filter(|p| p.is_error()).count();
    let _ = writeln!(
        out,
        "{name}: {errors} error{} found",
        if errors == 1 { "" } else { "s" }
    );
    ExitCode::from(BAD_INPUT)
}

/// Validates one language of a pack and reports it; its warnings when it passed.
fn validate_one(
    name: &str,
    files: &content::load::PackFiles,
    require_review: bool,
    out: &mut impl Write,
) -> Option<Vec<Problem>> {
    match content::validate::validate(files, content::today()) {
        Ok(Loaded { pack, warnings }) => {
            let (table, too_hard) = content::readability::report(&pack);
            let _ = write!(out, "{table}");
            let _ = writeln!(out);
            let _ = write!(out, "{}", content::review::report(&pack));
            for warning in &warnings {
                let _ = writeln!(out, "{warning}");
            }
            for problem in &too_hard {
                let _ = writeln!(out, "{problem}");
            }
            let unreviewed = if require_review {
                content::review::unreviewed(&pack)
            } else {
                Vec::new()
            };
            for problem in &unreviewed {
                let _ = writeln!(out, "{problem}");
            }
            if !unreviewed.is_empty() {
                let _ = writeln!(
                    out,
                    "{name}: {} of {} sections without a clinician review of version {} \
                     (--require-review)",
                    unreviewed.len(),
                    pack.sections.len(),
                    pack.meta.version
                );
            }
            if too_hard.is_empty() && unreviewed.is_empty() {
                let _ = writeln!(
                    out,
                    "{name}: OK — {} sections, {} references, {} glossary terms, {} crisis resources{}",
                    pack.sections.len(),
                    pack.references.len(),
                    pack.glossary.len(),
                    pack.crisis.len(),
                    match warnings.len() {
                        0 => String::new(),
                        1 => ", 1 warning".to_string(),
                        n => format!(", {n} warnings"),
                    }
                );
                Some(warnings)
            } else if too_hard.is_empty() {
                None
            } else {
                let plural = if too_hard.len() == 1 { "" } else { "s" };
                let _ = if content::readability::spanish::is_spanish(&pack.meta.language) {
                    writeln!(
                        out,
                        "{name}: {} section{plural} below reading ease {} (Fernández-Huerta)",
                        too_hard.len(),
                        pack.meta.reading_ease_limit
                    )
                } else {
                    writeln!(
                        out,
                        "{name}: {} section{plural} above reading grade {}",
                        too_hard.len(),
                        pack.meta.reading_grade_limit
                    )
                };
                None
            }
        }
        Err(problems) => {
            report_problems(name, &problems, out);
            None
        }
    }
}
