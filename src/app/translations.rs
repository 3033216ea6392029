//! The content in every language the app can switch to. A start needs only the language it
//! shows, so the built-in packs of the other languages are decoded the first time a person
//! switches to one (a `--content` folder's are all checked, and so loaded, before start).

use std::cell::OnceCell;
use std::fmt;
use std::rc::Rc;

use super::SharedPack;
use crate::content::{Pack, Problem};
use crate::i18n::Lang;

/// A pack in one language, there from the start or decoded when first asked for.
#[derive(Clone)]
struct Slot {
    lang: Lang,
    /// Shared by copies of the state, so a pack is decoded once however often the state is
    /// copied. `None` once decoding has failed, which only a broken build could cause.
    pack: Rc<OnceCell<Option<SharedPack>>>,
}

/// The pack in each language: the one shown first, and the others.
#[derive(Clone)]
pub struct Translations {
    first: (Lang, SharedPack),
    /// `first` is only the front of the built-in pack (`Pack::front`), enough for the
    /// welcome screen, until `complete` puts the whole pack in its place.
    first_is_front: bool,
    others: Vec<Slot>,
    /// How a pack not yet in memory is made.
    decode: fn(Lang) -> Option<Pack>,
}

impl Translations {
    /// Packs already loaded: `first`, and `others` with the same sections and questions.
    pub fn new(first: (Lang, Pack), others: Vec<(Lang, Pack)>) -> Self {
        let others = others
            .into_iter()
            .map(|(lang, pack)| Slot {
                lang,
                pack: Rc::new(OnceCell::from(Some(SharedPack(Rc::new(pack))))),
            })
            .collect();
        Translations {
            first: (first.0, SharedPack(Rc::new(first.1))),
            first_is_front: false,
            others,
            decode: |_| None,
        }
    }

    /// The built-in pack in every language, `wanted` decoded now and the rest when needed.
    pub fn built_in(wanted: Lang) -> Result<Self, Vec<Problem>> {
        let pack = crate::builtin::load(wanted)?.pack;
        Ok(Self::built_in_with(wanted, pack, false))
    }

    /// The built-in pack with only the front of `wanted` decoded: the welcome screen can be
    /// drawn from it, and `complete` decodes the rest once that screen is up.
    pub fn built_in_front(wanted: Lang) -> Result<Self, Vec<Problem>> {
        let front = crate::builtin::front(wanted)?;
        Ok(Self::built_in_with(wanted, front, true))
    }

    fn built_in_with(wanted: Lang, first: Pack, first_is_front: bool) -> Self {
        let others = Lang::ALL
            .into_iter()
            .filter(|lang| *lang != wanted)
            .map(|lang| Slot {
                lang,
                pack: Rc::new(OnceCell::new()),
            })
            .collect();
        Translations {
            first: (wanted, SharedPack(Rc::new(first))),
            first_is_front,
            others,
            decode: |lang| crate::builtin::load(lang).ok().map(|loaded| loaded.pack),
        }
    }

    /// Whether the first pack is only a front (`built_in_front`), not yet completed.
    pub fn is_front(&self) -> bool {
        self.first_is_front
    }

    /// Puts the whole pack in place of a front (`built_in_front`); says whether there was
    /// one to replace.
    pub fn complete(&mut self) -> Result<bool, Vec<Problem>> {
        if !self.first_is_front {
            return Ok(false);
        }
        let pack = crate::builtin::load(self.first.0)?.pack;
        self.first.1 = SharedPack(Rc::new(pack));
        self.first_is_front = false;
        Ok(true)
    }

    /// The pack in `lang`, if there is one.
    pub fn get(&self, lang: Lang) -> Option<&SharedPack> {
        if lang == self.first.0 {
            return Some(&self.first.1);
        }
        let slot = self.others.iter().find(|slot| slot.lang == lang)?;
        slot.pack
            .get_or_init(|| (self.decode)(lang).map(|pack| SharedPack(Rc::new(pack))))
            .as_ref()
    }

    pub fn languages(&self) -> Vec<Lang> {
        std::iter::once(self.first.0)
            .chain(self.others.iter().map(|slot| slot.lang))
            .collect()
    }

    /// The language to start in: `wanted` when the content is in it, else the first.
    pub fn start(&self, wanted: Lang) -> (Lang, SharedPack) {
        match self.get(wanted) {
            Some(pack) => (wanted, pack.clone()),
            None => (self.first.0, self.first.1.clone()),
        }
    }

    /// The first pack: the one the app was started in.
    pub fn first(&self) -> &SharedPack {
        &self.first.1
    }

    pub fn into_first(self) -> SharedPack {
        self.first.1
    }
}

impl PartialEq for Translations {
    fn eq(&self, other: &Self) -> bool {
        self.first == other.first
            && self.first_is_front == other.first_is_front
            && self.others.len() == other.others.len()
            && self.others.iter().zip(&other.others).all(|(a, b)| {
                a.lang == b.lang && (Rc::ptr_eq(&a.pack, &b.pack) || a.pack.get() == b.pack.get())
            })
    }
}

impl fmt::Debug for Translations {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let decoded: Vec<(Lang, bool)> = std::iter::once((self.first.0, true))
            .chain(
                self.others
                    .iter()
                    .map(|slot| (slot.lang, slot.pack.get().is_some())),
            )
            .collect();
        f.debug_struct("Translations")
            .field("languages_decoded", &decoded)
            .field("first_is_front", &self.first_is_front)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_packs_decode_when_first_asked_for() {
        let Ok(translations) = Translations::built_in(Lang::Es) else {
            panic!("the built-in Spanish pack decodes");
        };
        assert_eq!(translations.languages(), vec![Lang::Es, Lang::En]);
        assert_eq!(translations.first().meta.language, "es");
        let copy = translations.clone();
        assert!(
            translations.others[0].pack.get().is_none(),
            "not yet decoded"
        );
        let english = translations.get(Lang::En).map(|p| p.meta.language.clone());
        assert_eq!(english.as_deref(), Some("en"));
        // Copies share what was decoded.
        assert!(copy.others[0].pack.get().is_some());
        assert_eq!(copy, translations);
    }

    #[test]
    fn start_falls_back_to_the_first_pack() {
        let Ok(built_in) = Translations::built_in(Lang::En) else {
            panic!("the built-in pack decodes");
        };
        let english = Pack::clone(built_in.first());
        let only_english = Translations::new((Lang::En, english), Vec::new());
        let (lang, pack) = only_english.start(Lang::Es);
        assert_eq!(lang, Lang::En);
        assert_eq!(pack.meta.language, "en");
    }
}
