//! Reading a pack's files from a folder on disk. (The built-in pack's files are compiled
//! into the lantern binary, which builds the same `PackFiles` from them.)

use std::fs;
use std::path::Path;

use super::problem::{line_column, Problem, Severity, SourceFile};
use crate::regular_file::{self, megabytes, ReadError};

/// The most a single content file may hold; real files are a few kilobytes.
const MAX_FILE_BYTES: u64 = 2 * 1024 * 1024;

/// The files of one pack, read but not yet parsed.
#[derive(Debug, Clone)]
pub struct PackFiles {
    pub pack: SourceFile,
    pub crisis: SourceFile,
    pub references: SourceFile,
    pub glossary: SourceFile,
    pub questionnaire: SourceFile,
    pub review: SourceFile,
    /// In file-name order, which is the order sections are numbered in.
    pub sections: Vec<SourceFile>,
}

/// Reads a pack folder, reporting every file that is missing or unreadable.
pub fn read_dir(dir: &Path) -> Result<PackFiles, Vec<Problem>> {
    read_dir_within(dir, dir)
}

/// Reads the pack in `dir`, a folder inside `pack_folder` (a translation's `es/`) or that
/// folder itself. No file is read from outside `pack_folder`, whatever links lead there.
pub fn read_dir_within(dir: &Path, pack_folder: &Path) -> Result<PackFiles, Vec<Problem>> {
    let mut problems = Vec::new();
    if !dir.is_dir() {
        return Err(vec![Problem {
            file: dir.display().to_string(),
            position: None,
            severity: Severity::Error,
            message: "not a folder; give the folder that holds pack.toml".into(),
        }]);
    }
    let pack_folder = match fs::canonicalize(pack_folder) {
        Ok(folder) => folder,
        Err(err) => {
            return Err(vec![Problem {
                file: pack_folder.display().to_string(),
                position: None,
                severity: Severity::Error,
                message: format!("cannot find where this folder is: {err}"),
            }])
        }
    };
    let mut read = |name: &str| read_file(&dir.join(name), &pack_folder, &mut problems);
    let pack = read("pack.toml");
    let crisis = read("crisis.toml");
    let references = read("references.toml");
    let glossary = read("glossary.toml");
    let questionnaire = read("questionnaire.toml");
    let review = read("review.toml");

    let sections_dir = dir.join("sections");
    let mut section_paths = Vec::new();
    match fs::read_dir(&sections_dir) {
        Ok(entries) => {
            for entry in entries.flatten() {
                let path = entry.path();
                if path.extension().is_some_and(|ext| ext == "toml") {
                    section_paths.push(path);
                }
            }
        }
        Err(err) => problems.push(Problem {
            file: sections_dir.display().to_string(),
            position: None,
            severity: Severity::Error,
            message: format!("cannot read the sections folder: {err}"),
        }),
    }
    section_paths.sort();
    let sections: Vec<_> = section_paths
        .iter()
        .filter_map(|path| read_file(path, &pack_folder, &mut problems))
        .collect();

    match (pack, crisis, references, glossary, questionnaire, review) {
        (
            Some(pack),
            Some(crisis),
            Some(references),
            Some(glossary),
            Some(questionnaire),
            Some(review),
        ) if problems.is_empty() => Ok(PackFiles {
            pack,
            crisis,
            references,
            glossary,
            questionnaire,
            review,
            sections,
        }),
        _ => Err(problems),
    }
}

/// Reads one file of the pack: a regular file inside the pack folder, of at most
/// `MAX_FILE_BYTES`, in UTF-8.
fn read_file(path: &Path, pack_folder: &Path, problems: &mut Vec<Problem>) -> Option<SourceFile> {
    let display = path.display().to_string();
    let fail = |message: String| Problem {
        file: display.clone(),
        position: None,
        severity: Severity::Error,
        message,
    };
    if let Some(message) = leads_outside(path, pack_folder) {
        problems.push(fail(message));
        return None;
    }
    let bytes = match regular_file::read(path, MAX_FILE_BYTES) {
        Ok(bytes) => bytes,
        // Most often a pack written before review.toml existed, so say what a pack holds.
        Err(ReadError::Io(err)) if err.kind() == std::io::ErrorKind::NotFound => {
            problems.push(fail(
                "this file is missing; a pack needs pack.toml, crisis.toml, references.toml, \
                 glossary.toml, questionnaire.toml, review.toml and sections/ (see \
                 docs/authoring.md)"
                    .into(),
            ));
            return None;
        }
        Err(ReadError::Io(err)) => {
            problems.push(fail(format!("cannot read this file: {err}")));
            return None;
        }
        Err(err @ ReadError::NotAFile { .. }) => {
            problems.push(fail(format!(
                "this {err}; a pack holds only plain TOML files, so put the file itself here"
            )));
            return None;
        }
        Err(ReadError::TooLarge { size, limit }) => {
            let size = size.map_or_else(|| format!("over {}", megabytes(limit)), megabytes);
            problems.push(fail(format!(
                "file is {size}; a content file may hold at most {}, so split the text into \
                 smaller sections",
                megabytes(limit)
            )));
            return None;
        }
    };
    match String::from_utf8(bytes) {
        Ok(text) => Some(SourceFile {
            path: display,
            text,
        }),
        Err(err) => {
            let valid = err.utf8_error().valid_up_to();
            let prefix = String::from_utf8_lossy(&err.as_bytes()[..valid]);
            problems.push(Problem {
                file: display.clone(),
                position: Some(line_column(&prefix, valid)),
                severity: Severity::Error,
                message: "the file is not valid UTF-8 text; save it as UTF-8".into(),
            });
            None
        }
    }
}

/// Why `path` is not inside the pack folder (a link, or a link on its way, leads out of
/// it), or `None` when it is inside or does not exist (which reading it reports).
fn leads_outside(path: &Path, pack_folder: &Path) -> Option<String> {
    match fs::canonicalize(path) {
        Ok(real) if real.starts_with(pack_folder) => None,
        Ok(real) => Some(format!(
            "this leads outside the pack folder {}, to {}; a pack may link only to files \
             inside its folder, so copy the file into it",
            pack_folder.display(),
            real.display()
        )),
        // A link that leads nowhere would otherwise read as a missing file.
        Err(err) => fs::read_link(path).ok().map(|target| {
            format!(
                "this is a link to {}, which cannot be followed ({err}); put the file itself \
                 here",
                target.display()
            )
        }),
    }
}
