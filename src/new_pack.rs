//! `lantern new-pack DIR`: a small, valid starter pack in a new folder, for a clinic to
//! make its own topic from. The text comes from `assets/starter/`; the crisis list is the
//! built-in pack's own, verified entries (never numbers written for the starter).

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::content::{self, Problem};

/// The starter's files, by path inside the pack, except crisis.toml.
const STARTER: &[(&str, &str)] = &[
    ("pack.toml", include_str!("../assets/starter/pack.toml")),
    (
        "references.toml",
        include_str!("../assets/starter/references.toml"),
    ),
    (
        "glossary.toml",
        include_str!("../assets/starter/glossary.toml"),
    ),
    (
        "questionnaire.toml",
        include_str!("../assets/starter/questionnaire.toml"),
    ),
    ("review.toml", include_str!("../assets/starter/review.toml")),
    (
        "sections/01-how-much-sleep.toml",
        include_str!("../assets/starter/sections/01-how-much-sleep.toml"),
    ),
];

#[derive(Debug)]
pub enum NewPackError {
    /// The folder is there and holds something: never written over.
    Exists(PathBuf),
    Io(PathBuf, io::Error),
    /// The starter failed its own validation: a bug in lantern, not in the person's input.
    Invalid(Vec<Problem>),
}

impl fmt::Display for NewPackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NewPackError::Exists(dir) => write!(
                f,
                "{} already exists and is not an empty folder; new-pack never writes over \
                 anything. Give the path of a new folder.",
                dir.display()
            ),
            NewPackError::Io(path, err) => write!(f, "{}: {err}", path.display()),
            NewPackError::Invalid(problems) => {
                writeln!(f, "the starter pack did not validate (a bug in lantern):")?;
                for problem in problems {
                    writeln!(f, "{problem}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for NewPackError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            NewPackError::Io(_, err) => Some(err),
            _ => None,
        }
    }
}

/// The built-in crisis list, with its one ketamine-specific line made general, and a note
/// that it was copied.
pub fn crisis_toml() -> String {
    let builtin = crate::builtin::files(crate::i18n::Lang::En).crisis.text;
    format!(
        "# Copied from lantern's built-in pack: real services, verified on the dates given.\n\
         # Keep 988 first. Re-check every entry against its source before you publish, and\n\
         # add local services after 988 only from their own official pages.\n\n{}",
        builtin.replace(
            "took too much ketamine or another substance",
            "took too much of a medicine or another substance"
        )
    )
}

/// Every file of the starter pack, by path inside the pack.
pub fn files() -> Vec<(&'static str, String)> {
    let mut files: Vec<(&'static str, String)> = STARTER
        .iter()
        .map(|(name, text)| (*name, (*text).to_string()))
        .collect();
    files.push(("crisis.toml", crisis_toml()));
    files
}

/// Writes the starter pack to `dir`, which must not exist or be an empty folder. The files
/// go into a temporary folder beside it, are validated there, and the folder is renamed
/// into place: `dir` appears complete or not at all.
pub fn write(dir: &Path) -> Result<Vec<&'static str>, NewPackError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |err| NewPackError::Io(path, err)
    };
    if let Ok(meta) = fs::symlink_metadata(dir) {
        let empty_dir = meta.is_dir() && fs::read_dir(dir).map_err(io(dir))?.next().is_none();
        if !empty_dir {
            return Err(NewPackError::Exists(dir.to_path_buf()));
        }
    }
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| "pack".to_string());
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(io(&parent))?;
    let temp = parent.join(format!(".{name}.new-pack-{}", std::process::id()));
    let result = fill(&temp).and_then(|written| {
        // Checked with the same code as `lantern validate` before it is put in place.
        content::validate::validate(
            &content::load::read_dir(&temp).map_err(NewPackError::Invalid)?,
            content::today(),
        )
        .map_err(NewPackError::Invalid)?;
        if dir.exists() {
            // The empty folder the person made for it.
            fs::remove_dir(dir).map_err(io(dir))?;
        }
        fs::rename(&temp, dir).map_err(io(dir))?;
        Ok(written)
    });
    if result.is_err() {
        let _ = fs::remove_dir_all(&temp);
    }
    result
}

fn fill(temp: &Path) -> Result<Vec<&'static str>, NewPackError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |err| NewPackError::Io(path, err)
    };
    fs::create_dir(temp).map_err(io(temp))?;
    fs::create_dir(temp.join("sections")).map_err(io(temp))?;
    let mut written = Vec::new();
    for (name, text) in files() {
        let path = temp.join(name);
        fs::write(&path, text).map_err(io(&path))?;
        written.push(name);
    }
    written.sort_unstable();
    Ok(written)
}
