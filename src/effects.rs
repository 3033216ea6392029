//! Carries out the side effects `update` asks for. The only one: saving a self-check summary
//! that the person asked for.

use crate::app::Effect;
use crate::store;

/// Runs an effect; the result is what the person is told.
pub fn run(effect: Effect) -> Result<String, String> {
    match effect {
        Effect::SaveSummary(text) => {
            let dir = store::summary_dir()
                .ok_or_else(|| "no documents or home folder was found".to_string())?;
            let stem = format!("lantern-self-check-{}", crate::content::today());
            store::write_new(&dir, &stem, &text)
                .map(|path| path.display().to_string())
                .map_err(|err| format!("{err} (in {})", dir.display()))
        }
    }
}
