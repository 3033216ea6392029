//! What happens to self-check answers, said where the self-check starts: each sentence is
//! true where it is shown. The pack's own introduction says nothing about it, because only
//! lantern knows the mode it runs in and what it can save there.

use crate::config::Mode;
use crate::i18n::Catalog;

/// Where the self-check runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The full-screen app, in a mode.
    Screen(Mode),
    /// The line mode; whether it offers to save a summary at the end (never in a kiosk).
    Lines { offers_summary: bool },
}

/// The sentence about the answers for `place`, in `text`'s words.
pub fn self_check(place: Place, text: &Catalog) -> &'static str {
    match place {
        Place::Screen(Mode::Personal) => text.self_check_privacy_personal,
        Place::Screen(Mode::Counselor) => text.self_check_privacy_counselor,
        Place::Screen(Mode::Kiosk) => text.self_check_privacy_kiosk,
        Place::Lines {
            offers_summary: true,
        } => text.line_privacy_save,
        Place::Lines {
            offers_summary: false,
        } => text.line_privacy_nothing,
    }
}
