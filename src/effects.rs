//! Carries out the side effects `update` asks for: files a person asked for (a self-check
//! summary, a counselor's handout) and, in personal mode, settings and the reading place.

use crate::app::{App, Effect};
use crate::config::Settings;
use std::path::Path;

use crate::content::Pack;
use crate::i18n::{Catalog, Lang};
use crate::selfcheck::Answer;
use crate::store;

/// Runs an effect; the result is what the person is told. Files are written in the
/// pack's language, which is the language on screen.
pub fn run(pack: &Pack, settings: &Settings, effect: &Effect) -> Result<String, String> {
    let date = crate::content::today().to_string();
    let words = Lang::of_pack(pack).catalog();
    let place_file = || store::place_file().ok_or_else(|| words.no_data_folder.to_string());
    match effect {
        Effect::SaveSummary(answers) => save_summary(pack, answers),
        Effect::SaveHandout { sections, answers } => {
            let text = crate::plain::handout(pack, sections, answers.as_ref(), &date);
            write_document(&format!("lantern-handout-{date}"), &text, words)
        }
        Effect::SaveSetting(key, value) => {
            let path = settings
                .config_file
                .as_deref()
                .ok_or_else(|| words.no_settings_folder_error.to_string())?;
            store::save_setting(path, key, value.clone())
                .map(|()| path.display().to_string())
                .map_err(|err| err.to_string())
        }
        Effect::SavePlace(place) => {
            let path = place_file()?;
            store::save_place(&path, place)
                .map(|()| path.display().to_string())
                .map_err(|err| in_folder(words, &err, &path))
        }
        Effect::ForgetPlace => {
            let path = place_file()?;
            store::forget_place(&path)
                .map(|()| path.display().to_string())
                .map_err(|err| in_folder(words, &err, &path))
        }
    }
}

/// Saves a self-check summary, as `s` on the results does and as the line mode does when
/// asked: a new file in the documents folder, written whole. Where it went, or why not.
pub fn save_summary(pack: &Pack, answers: &[Option<Answer>]) -> Result<String, String> {
    let date = crate::content::today().to_string();
    let text = crate::plain::summary_text(pack, answers, &date);
    let words = Lang::of_pack(pack).catalog();
    write_document(&format!("lantern-self-check-{date}"), &text, words)
}

/// A new file in the documents folder (or the nearest thing), never over an existing one.
fn write_document(stem: &str, text: &str, words: &Catalog) -> Result<String, String> {
    let dir = store::summary_dir().ok_or_else(|| words.no_documents_folder.to_string())?;
    store::write_new(&dir, stem, text)
        .map(|path| path.display().to_string())
        .map_err(|err| in_folder(words, &err, &dir))
}

/// An error, and the folder it happened in.
fn in_folder(words: &Catalog, err: &dyn std::fmt::Display, folder: &Path) -> String {
    (words.in_folder)(&err.to_string(), &folder.display().to_string())
}

/// Runs every effect the app has asked for and tells it how each went. Returns whether the
/// screen changed.
pub fn run_all(app: &mut App) -> bool {
    let mut changed = false;
    let effects = app.take_effects();
    // A kiosk writes nothing to disk, ever: `update` asks for nothing there, and this makes
    // sure of it.
    if app.mode() == crate::config::Mode::Kiosk {
        return false;
    }
    for effect in effects {
        let result = run(&app.pack, &app.settings, &effect);
        changed |= app.effect_done(&effect, result);
    }
    changed
}

/// At the end of a personal session with "remember my place" on: save where the person is.
pub fn save_place_on_exit(app: &App) -> Result<(), String> {
    if !app.settings.saves_settings() || !app.settings.remember_place {
        return Ok(());
    }
    run(&app.pack, &app.settings, &Effect::SavePlace(app.place())).map(|_| ())
}
