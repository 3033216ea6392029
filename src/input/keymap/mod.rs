//! Key bindings, per screen. The help overlay is generated from these same tables, so the
//! keys it lists are always the keys that work.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use crate::config::Mode;
use crate::i18n::{Catalog, Lang};

mod keys;
mod tables;
#[cfg(test)]
mod tests;

use keys::bind;
pub use keys::{Binding, Context, HelpText, Key, KeyMode};
use tables::*;
pub use tables::{CONTINUE_KEY, GLOBAL, LANGUAGE_KEY, TEXT_GLOBAL};

/// A screen's own bindings, in groups.
pub fn bindings(context: Context) -> Table {
    match context {
        Context::Welcome => WELCOME,
        Context::Contents => CONTENTS,
        Context::Reader => READER,
        Context::Search => SEARCH,
        Context::Glossary | Context::Sources => PAGE,
        Context::SelfCheckIntro => SELF_CHECK_INTRO,
        Context::SelfCheckQuestion => SELF_CHECK_QUESTION,
        Context::SelfCheckResults => SELF_CHECK_RESULTS,
        Context::Crisis => CRISIS_PANEL,
        Context::Help => OVERLAY,
        Context::Plan => PLAN,
        Context::PlanText => PLAN_TEXT,
        Context::Settings => SETTINGS,
        Context::Confirm => CONFIRM,
        Context::AdminPin => ADMIN_PIN,
        // Only the keys that work everywhere: the crisis keys and the cover key itself.
        Context::Cover => &[],
    }
}

/// The keys that work everywhere in a context: all of them, or the text-field subset.
pub fn global(context: Context) -> &'static [Binding] {
    if context.is_text_entry() {
        TEXT_GLOBAL
    } else {
        GLOBAL
    }
}

/// Every binding that works in a context and mode, in the order keys are looked up: the
/// global keys first (so the crisis key always wins), then the mode's, then the screen's.
/// A kiosk has no quit key and saves nothing, so those bindings are not there at all.
pub fn active(keys: KeyMode, context: Context) -> Vec<Binding> {
    let mut all = shared(keys, context);
    all.extend(own(keys, context));
    all
}

/// The screen's own bindings in this mode and language.
fn own(keys: KeyMode, context: Context) -> impl Iterator<Item = Binding> {
    let kiosk = keys.mode == Mode::Kiosk;
    let own = match context {
        Context::Confirm if keys.lang == Lang::Es => CONFIRM_ES,
        _ => bindings(context),
    };
    let personal = keys.mode == Mode::Personal;
    own.iter()
        .flat_map(|group| group.iter())
        .filter(move |b| !(kiosk && b.action == Action::SaveSummary))
        // Only a person at home keeps a plan in a file.
        .filter(move |b| personal || !matches!(b.action, Action::SavePlan | Action::DeletePlan))
        .copied()
}

/// The global and the mode's bindings in a context.
fn shared(keys: KeyMode, context: Context) -> Vec<Binding> {
    let kiosk = keys.mode == Mode::Kiosk;
    let mut all: Vec<Binding> = global(context)
        .iter()
        .filter(|b| !(kiosk && b.action == Action::Quit))
        .map(|b| match b.action {
            Action::Cover if kiosk => COVER_KIOSK,
            _ => *b,
        })
        .collect();
    if kiosk && keys.admin_pin && context != Context::AdminPin {
        all.push(ADMIN_CHORD);
    }
    if !context.is_text_entry() && !context.is_overlay() && context != Context::Settings {
        match keys.mode {
            Mode::Personal => {}
            Mode::Counselor => {
                all.extend_from_slice(COUNSELOR);
                if context == Context::Reader {
                    all.push(COUNSELOR_READER);
                }
            }
            Mode::Kiosk => all.extend_from_slice(KIOSK),
        }
        let has_settings = matches!(
            context,
            Context::Welcome | Context::Contents | Context::Reader
        );
        if !kiosk && has_settings {
            all.push(SETTINGS_KEY);
        }
        if context == Context::Welcome && keys.languages {
            all.push(LANGUAGE_KEY);
        }
        if context == Context::Welcome && keys.resume {
            all.push(CONTINUE_KEY);
        }
    }
    all
}

/// The action for a key press in a context: global keys first, so help always wins; in a
/// text field, any other plain character is typed.
pub fn action_for(keys: KeyMode, context: Context, event: &KeyEvent) -> Option<Action> {
    let bound = active(keys, context)
        .into_iter()
        .find(|b| b.keys.iter().any(|k| k.matches(event)))
        .map(|b| b.action);
    if bound.is_none() && event.modifiers.contains(KeyModifiers::ALT) {
        // A crisis key pressed with Alt held down (a visitor leaning on it) still opens help,
        // in a text field too: Alt-`!` is never text, though `!` alone is typed there.
        let mut without_alt = *event;
        without_alt.modifiers.remove(KeyModifiers::ALT);
        if CRISIS.keys.iter().any(|k| k.matches(&without_alt)) {
            return Some(Action::OpenCrisis);
        }
    }
    if bound.is_some() || !context.is_text_entry() {
        return bound;
    }
    let plain = !event
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    match event.code {
        KeyCode::Char(c) if plain && !c.is_control() => Some(Action::Input(c)),
        _ => None,
    }
}

/// The most characters of one paste that are typed into a text field: a search or a PIN
/// never needs more.
const MAX_PASTED: usize = 200;

/// A paste as actions: in a text field, its characters typed in (line breaks and tabs as
/// spaces); anywhere else it is no command, only someone at the keyboard.
pub fn paste_actions(context: Context, text: &str) -> Vec<Action> {
    if !context.is_text_entry() {
        return vec![Action::Activity];
    }
    let typed: Vec<Action> = text
        .chars()
        .filter_map(|c| match c {
            '\n' | '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .take(MAX_PASTED)
        .map(Action::Input)
        .collect();
    if typed.is_empty() {
        vec![Action::Activity]
    } else {
        typed
    }
}

/// The rows of the help overlay for a context: keys, and what they do. The screen's own
/// keys come first, then the mode's and the global ones.
pub fn help_rows(keys: KeyMode, context: Context, text: &Catalog) -> Vec<(String, &'static str)> {
    let typing = match context {
        Context::Search => Some(("a-z …".to_string(), text.type_words)),
        Context::AdminPin => Some(("0-9 …".to_string(), text.type_pin)),
        _ => None,
    };
    let rows: Vec<Binding> = own(keys, context).chain(shared(keys, context)).collect();
    typing
        .into_iter()
        .chain(help_rows_from(rows.iter(), text))
        .collect()
}

fn help_rows_from<'a>(
    bindings: impl Iterator<Item = &'a Binding>,
    text: &Catalog,
) -> Vec<(String, &'static str)> {
    bindings
        .filter_map(|b| {
            let help = b.help?;
            let keys = match b.keys_label {
                Some(label) => label.to_string(),
                None => b
                    .keys
                    .iter()
                    .map(|k| k.label(text))
                    .collect::<Vec<_>>()
                    .join(" "),
            };
            Some((keys, help(text)))
        })
        .collect()
}
