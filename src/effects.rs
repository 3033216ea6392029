//! Carries out the side effects `update` asks for. The only one: saving a self-check summary
//! that the person asked for.

use crate::app::Effect;
use crate::content::Pack;
use crate::store;

/// Runs an effect; the result is what the person is told.
pub fn run(pack: &Pack, effect: Effect) -> Result<String, String> {
    match effect {
        Effect::SaveSummary(answers) => {
            let date = crate::content::today().to_string();
            let text = crate::selfcheck::summary_text(&pack.questionnaire, &answers, &date);
            let dir = store::summary_dir()
                .ok_or_else(|| "no documents or home folder was found".to_string())?;
            let stem = format!("lantern-self-check-{date}");
            store::write_new(&dir, &stem, &text)
                .map(|path| path.display().to_string())
                .map_err(|err| format!("{err} (in {})", dir.display()))
        }
    }
}
