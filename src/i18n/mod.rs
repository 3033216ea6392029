//! The languages lantern speaks. Every word the app shows comes from one catalog per
//! language; the content comes from the pack in that language.

pub mod catalog;

use serde::Deserialize;

pub use catalog::Catalog;

/// A language of the app and its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, clap::ValueEnum, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Spanish (español).
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];
    pub const NAMES: &'static str = "en or es";

    /// The BCP 47 code, as a pack's `language` names it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language's name in itself, as a language switch shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }

    pub fn parse(text: &str) -> Option<Lang> {
        Self::ALL.into_iter().find(|l| l.code() == text)
    }

    /// The language a pack's `language` tag (such as `es-US`) is in, if lantern speaks it.
    pub fn of_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        Self::parse(&primary.to_ascii_lowercase())
    }

    /// The language the locale asks for: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// that is set decides, as the C library does; Spanish when it starts with `es`.
    pub fn from_locale(env: &dyn Fn(&str) -> Option<String>) -> Lang {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|name| env(name).filter(|v| !v.is_empty()))
            .unwrap_or_default();
        if locale.to_ascii_lowercase().starts_with("es") {
            Lang::Es
        } else {
            Lang::En
        }
    }

    /// Every word lantern itself says in this language.
    pub fn catalog(self) -> &'static Catalog {
        match self {
            Lang::En => &catalog::EN,
            Lang::Es => &catalog::ES,
        }
    }

    /// The language a pack is written in, for the words lantern puts around it; English
    /// when lantern does not speak the pack's language.
    pub fn of_pack(pack: &lantern_pack::content::Pack) -> Lang {
        Self::of_tag(&pack.meta.language).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_locale_picks_spanish_by_its_first_set_variable() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            Lang::from_locale(&env(&[("LANG", "es_US.UTF-8")])),
            Lang::Es
        );
        assert_eq!(
            Lang::from_locale(&env(&[("LANG", "en_US.UTF-8")])),
            Lang::En
        );
        assert_eq!(Lang::from_locale(&env(&[])), Lang::En);
        assert_eq!(
            Lang::from_locale(&env(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "es_MX.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            Lang::from_locale(&env(&[("LC_MESSAGES", "es_ES.UTF-8"), ("LANG", "en_US")])),
            Lang::Es
        );
        assert_eq!(
            Lang::from_locale(&env(&[("LC_ALL", ""), ("LANG", "es")])),
            Lang::Es
        );
    }

    #[test]
    fn pack_tags_name_their_language() {
        assert_eq!(Lang::of_tag("es-US"), Some(Lang::Es));
        assert_eq!(Lang::of_tag("en"), Some(Lang::En));
        assert_eq!(Lang::of_tag("fr"), None);
    }
}
