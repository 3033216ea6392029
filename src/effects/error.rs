//! Why an effect could not be carried out, apart from the effects themselves so the line
//! mode can name it without depending on them.

use std::fmt;
use std::io;
use std::path::PathBuf;

use crate::i18n::{Catalog, Lang};

/// Why an effect could not be carried out. The person is told in the language on screen
/// (`text`); `Display` says it in English, for logs.
#[derive(Debug)]
pub enum EffectError {
    /// There is no documents folder (nor a home) to put a summary or handout in.
    NoDocumentsFolder,
    /// There is no data folder to keep the reading place in.
    NoDataFolder,
    /// Settings are saved only to a config file, and there is none.
    NoSettingsFile,
    /// The config file could not be written (the error names the file).
    Setting(io::Error),
    /// Writing in `folder` failed.
    InFolder { folder: PathBuf, source: io::Error },
}

impl EffectError {
    /// What went wrong, in `words`' language.
    pub fn text(&self, words: &Catalog) -> String {
        match self {
            EffectError::NoDocumentsFolder => words.no_documents_folder.to_string(),
            EffectError::NoDataFolder => words.no_data_folder.to_string(),
            EffectError::NoSettingsFile => words.no_settings_folder_error.to_string(),
            EffectError::Setting(err) => err.to_string(),
            EffectError::InFolder { folder, source } => {
                (words.in_folder)(&source.to_string(), &folder.display().to_string())
            }
        }
    }
}

impl fmt::Display for EffectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En.catalog()))
    }
}

impl std::error::Error for EffectError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            EffectError::Setting(err) | EffectError::InFolder { source: err, .. } => Some(err),
            _ => None,
        }
    }
}
