//! Laid-out sections for one text width, made on first use and kept until the width changes,
//! so scrolling and searching never re-wrap text.

use std::cell::OnceCell;
use std::rc::Rc;

use crate::content::Pack;
use crate::document::{layout_section, DocLine, Glyphs};
use crate::i18n::{Catalog, Lang};

/// The two pages that list the whole pack rather than one section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Glossary,
    Sources,
}

#[derive(Debug, Clone)]
pub struct Layouts {
    /// The language of lantern's own words around the text.
    lang: Lang,
    width: usize,
    glyphs: Glyphs,
    /// Shared between copies of the app state: a cell is only ever filled, never changed.
    sections: Rc<Vec<OnceCell<Vec<DocLine>>>>,
    pages: Rc<[OnceCell<Vec<DocLine>>; 2]>,
}

impl Layouts {
    pub fn new(pack: &Pack, lang: Lang, width: usize, glyphs: Glyphs) -> Self {
        Layouts {
            lang,
            width,
            glyphs,
            sections: Rc::new(vec![OnceCell::new(); pack.sections.len()]),
            pages: Rc::new([OnceCell::new(), OnceCell::new()]),
        }
    }

    pub fn width(&self) -> usize {
        self.width
    }

    pub fn glyphs(&self) -> Glyphs {
        self.glyphs
    }

    /// Section `index` laid out at this width (empty for an index past the end).
    pub fn section(&self, pack: &Pack, index: usize) -> &[DocLine] {
        match self.sections.get(index) {
            Some(cell) => cell.get_or_init(|| {
                layout_section(pack, index, self.width, self.glyphs, self.lang.catalog())
            }),
            None => &[],
        }
    }

    /// The glossary or the sources page laid out at this width by `lines`, the page's own
    /// line maker (each long page's screen module has one), made once and then kept.
    pub fn page(&self, pack: &Pack, page: Page, lines: PageLines) -> &[DocLine] {
        let (width, text) = (self.width, self.lang.catalog());
        let slot = match page {
            Page::Glossary => &self.pages[0],
            Page::Sources => &self.pages[1],
        };
        slot.get_or_init(|| lines(pack, width, text))
    }
}

/// Lays out a long page of a pack at a width, in a language's words.
pub type PageLines = fn(&Pack, usize, &Catalog) -> Vec<DocLine>;

/// Two caches are the same when they lay out the same way; what they have made so far is a
/// detail of when they were asked.
impl PartialEq for Layouts {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && self.width == other.width
            && self.glyphs == other.glyphs
            && self.sections.len() == other.sections.len()
    }
}
