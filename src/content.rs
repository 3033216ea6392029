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

/// A pack in every language it has: the folder's own first, then its translations.
pub type Languages = Vec<(Lang, Loaded)>;

/// A pack's files in every language it has, unchecked: the pack's own first.
pub type LanguageFiles = Vec<(Lang, load::PackFiles)>;

/// A `--content` folder with the translations in its language subfolders (`DIR/es/` beside
/// an English `DIR`), each validated and checked to have the same shape as the folder's own
/// pack (see `validate_languages`). The built-in pack is not loaded this way: it was
/// checked when lantern was built, and `app::Translations::built_in` decodes it.
pub fn load_languages(dir: &Path) -> Result<Languages, Vec<Problem>> {
    validate_languages(&files_languages(Some(dir))?)
}

/// Validates the files of a pack in every language (as `files_languages` returns them),
/// collecting every problem of every language, and, once the pack's own language
/// validates, every place a translation's shape differs from it.
pub fn validate_languages(files: &[(Lang, load::PackFiles)]) -> Result<Languages, Vec<Problem>> {
    let mut languages = Vec::new();
    let mut problems = Vec::new();
    let mut own_valid = false;
    for (i, (lang, files)) in files.iter().enumerate() {
        match validate::validate(files, today()) {
            Ok(loaded) => {
                own_valid |= i == 0;
                languages.push((*lang, loaded));
            }
            Err(found) => problems.extend(found),
        }
    }
    if own_valid {
        problems.extend(translation_problems(files));
    }
    if problems.is_empty() {
        Ok(languages)
    } else {
        Err(problems)
    }
}

/// Where each translation's shape (sections, questions, answers, rules, outcomes, crisis
/// order and numbers) differs from the pack's own, located in the translation. Only worth
/// asking of a pack that validates: a broken one's own problems are the ones to read.
pub fn translation_problems(files: &[(Lang, load::PackFiles)]) -> Vec<Problem> {
    let Some(((_, own), translations)) = files.split_first() else {
        return Vec::new();
    };
    translations
        .iter()
        .flat_map(|(lang, translated)| translation::check(own, translated, lang.code()))
        .collect()
}

/// The files of a pack in every language, the pack's own first: the built-in pack's, or a
/// folder's and those of its language subfolders (`DIR/es/`). Read, not checked.
pub fn files_languages(dir: Option<&Path>) -> Result<LanguageFiles, Vec<Problem>> {
    let Some(dir) = dir else {
        return Ok(Lang::ALL
            .into_iter()
            .map(|lang| (lang, crate::builtin::files(lang)))
            .collect());
    };
    let own = load::read_dir(dir)?;
    let own_lang = own_language(&own);
    let mut problems = Vec::new();
    let mut all = vec![(own_lang.unwrap_or_default(), own)];
    for lang in Lang::ALL.into_iter().filter(|l| Some(*l) != own_lang) {
        let folder: PathBuf = dir.join(lang.code());
        if !folder.is_dir() {
            continue;
        }
        match load::read_dir_within(&folder, dir) {
            Ok(files) => all.push((lang, files)),
            Err(found) => problems.extend(found),
        }
    }
    if problems.is_empty() {
        Ok(all)
    } else {
        Err(problems)
    }
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
