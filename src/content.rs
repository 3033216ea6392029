//! Content packs. The model, folder reading, validation and reading grades live in the
//! `lantern-pack` crate, which the build script shares; this module adds where lantern's
//! pack comes from: compiled in, or a `--content` folder, each in every language it has.

use std::path::{Path, PathBuf};

pub use lantern_pack::content::*;

use crate::i18n::Lang;

/// Loads the built-in pack, or validates the folder given with `--content`, in its own
/// language only.
pub fn load(dir: Option<&Path>) -> Result<Loaded, Vec<Problem>> {
    match dir {
        Some(dir) => validate::validate(&load::read_dir(dir)?, today()),
        None => crate::builtin::load(Lang::En),
    }
}

/// The files of the built-in pack or of a folder, unparsed, for checks that work on the
/// source text (`lantern validate`).
pub fn files(dir: Option<&Path>) -> Result<load::PackFiles, Vec<Problem>> {
    match dir {
        Some(dir) => load::read_dir(dir),
        None => Ok(crate::builtin::files(Lang::En)),
    }
}

/// A pack in every language it has: the folder's own first, then its translations.
pub type Languages = Vec<(Lang, Loaded)>;

/// The built-in pack in every language, or a `--content` folder with the translations in its
/// language subfolders (`DIR/es/` beside an English `DIR`), each validated and checked to
/// have the same shape as the folder's own pack.
pub fn load_languages(dir: Option<&Path>) -> Result<Languages, Vec<Problem>> {
    match dir {
        None => crate::builtin::load_all(),
        Some(dir) => validate_languages(&files_languages(Some(dir))?),
    }
}

/// Validates the files of a pack in every language (as `files_languages` returns them),
/// collecting every problem of every language.
pub fn validate_languages(files: &[(Lang, load::PackFiles)]) -> Result<Languages, Vec<Problem>> {
    let mut languages = Vec::new();
    let mut problems = Vec::new();
    for (lang, files) in files {
        match validate::validate(files, today()) {
            Ok(loaded) => languages.push((*lang, loaded)),
            Err(found) => problems.extend(found),
        }
    }
    if problems.is_empty() {
        Ok(languages)
    } else {
        Err(problems)
    }
}

/// The files of a pack in every language, the pack's own first. A translation's files are
/// returned only when they have the same shape as the pack's own; otherwise the problems
/// say where they differ. A pack that does not validate is returned with its translations
/// unchecked, so that its own problems are reported first.
pub fn files_languages(dir: Option<&Path>) -> Result<Vec<(Lang, load::PackFiles)>, Vec<Problem>> {
    let Some(dir) = dir else {
        return Ok(Lang::ALL
            .into_iter()
            .map(|lang| (lang, crate::builtin::files(lang)))
            .collect());
    };
    let own = load::read_dir(dir)?;
    let own_lang = own_language(&own);
    // A translation is compared with a pack that validates; while the pack itself is
    // broken, its own problems are the ones worth reading, and the comparison would only
    // echo them.
    let compare = validate::validate(&own, today()).is_ok();
    let mut problems = Vec::new();
    let mut all = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| Some(*l) != own_lang) {
        let folder: PathBuf = dir.join(lang.code());
        if !folder.is_dir() {
            continue;
        }
        match load::read_dir(&folder) {
            Ok(files) => {
                let mismatches = if compare {
                    translation::check(&own, &files, lang.code())
                } else {
                    Vec::new()
                };
                if mismatches.is_empty() {
                    all.push((lang, files));
                } else {
                    problems.extend(mismatches);
                }
            }
            Err(found) => problems.extend(found),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    all.insert(0, (own_lang.unwrap_or_default(), own));
    Ok(all)
}

/// The language a pack's pack.toml names, when lantern speaks it; read without validating,
/// since validation reports a broken file on its own.
fn own_language(files: &load::PackFiles) -> Option<Lang> {
    #[derive(serde::Deserialize)]
    struct Meta {
        language: String,
    }
    #[derive(serde::Deserialize)]
    struct File {
        pack: Meta,
    }
    let file: File = toml::from_str(&files.pack.text).ok()?;
    Lang::of_tag(&file.pack.language)
}
