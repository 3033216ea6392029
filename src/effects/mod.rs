//! Carries out the side effects `update` asks for: files a person asked for (a self-check
//! summary, a counselor's handout) and, in personal mode, settings and the reading place.

use std::path::PathBuf;

use crate::app::{App, Effect};
use crate::config::Settings;
use crate::content::Pack;
use crate::selfcheck::Answer;
use crate::store;

pub mod error;
pub use error::EffectError;

/// Runs an effect: the file it wrote (or removed), or why it could not. Files are written
/// in the pack's language, which is the language on screen.
pub fn run(pack: &Pack, settings: &Settings, effect: &Effect) -> Result<PathBuf, EffectError> {
    let date = crate::content::today().to_string();
    let in_folder = |folder: &PathBuf| {
        let folder = folder.clone();
        move |source| EffectError::InFolder { folder, source }
    };
    match effect {
        Effect::SaveSummary(answers) => save_summary(pack, answers),
        Effect::SaveHandout {
            sections,
            answers,
            plan,
        } => {
            let text =
                crate::plain::handout(pack, sections, answers.as_ref(), plan.as_ref(), &date);
            write_document(&format!("lantern-handout-{date}"), &text)
        }
        Effect::SaveSetting(key, value) => {
            let path = settings
                .config_file
                .clone()
                .ok_or(EffectError::NoSettingsFile)?;
            store::save_setting(&path, key, value.clone()).map_err(EffectError::Setting)?;
            Ok(path)
        }
        Effect::SavePlace(place) => {
            let path = store::place_file().ok_or(EffectError::NoDataFolder)?;
            store::save_place(&path, place).map_err(in_folder(&path))?;
            Ok(path)
        }
        Effect::ForgetPlace => {
            let path = store::place_file().ok_or(EffectError::NoDataFolder)?;
            store::forget_place(&path).map_err(in_folder(&path))?;
            Ok(path)
        }
        Effect::SavePlan(steps) => save_plan(steps),
        Effect::DeletePlan => {
            let path = store::plan_file().ok_or(EffectError::NoDataFolder)?;
            store::delete_plan(&path).map_err(in_folder(&path))?;
            Ok(path)
        }
    }
}

/// Saves a self-check summary, as `s` on the results does and as the line mode does when
/// asked: a new file in the documents folder, written whole. Where it went, or why not.
pub fn save_summary(pack: &Pack, answers: &[Option<Answer>]) -> Result<PathBuf, EffectError> {
    let date = crate::content::today().to_string();
    let text = crate::plain::summary_text(pack, answers, &date);
    write_document(&format!("lantern-self-check-{date}"), &text)
}

/// Saves the plan, as "Save my plan" and `lantern plan` do: where it went, or why not.
pub fn save_plan(steps: &crate::plain::plan::Steps) -> Result<PathBuf, EffectError> {
    let path = store::plan_file().ok_or(EffectError::NoDataFolder)?;
    store::save_plan(&path, steps).map_err(|source| EffectError::InFolder {
        folder: path.clone(),
        source,
    })?;
    Ok(path)
}

/// A new file in the documents folder (or the nearest thing), never over an existing one.
fn write_document(stem: &str, text: &str) -> Result<PathBuf, EffectError> {
    let folder = store::summary_dir().ok_or(EffectError::NoDocumentsFolder)?;
    store::write_new(&folder, stem, text).map_err(|source| EffectError::InFolder { folder, source })
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
pub fn save_place_on_exit(app: &App) -> Result<(), EffectError> {
    if !app.settings.saves_settings() || !app.settings.remember_place {
        return Ok(());
    }
    run(&app.pack, &app.settings, &Effect::SavePlace(app.place())).map(|_| ())
}
