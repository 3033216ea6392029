//! The validated content pack that the rest of lantern reads.
//!
//! Everything here has been checked: ids resolve, citations are numbered per section, and no
//! text holds a control character.

use serde::{Deserialize, Serialize};

pub use super::raw::CalloutKind;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pack {
    pub meta: PackMeta,
    pub sections: Vec<Section>,
    pub references: Vec<Reference>,
    pub glossary: Vec<Term>,
    pub crisis: Vec<CrisisResource>,
    pub questionnaire: crate::selfcheck::Questionnaire,
}

impl Pack {
    /// The pack without what the welcome screen does not show: the sections' text, prompts
    /// and points, the sources, the glossary, and the questionnaire but for its title
    /// (it was most of what was left). Titles, summaries, review records and the crisis
    /// resources stay. Enough for the welcome screen, so lantern can put it up before
    /// decoding the rest; the sections' `sources` and `terms` indexes then point into lists
    /// that are empty, and there are no questions to answer, so nothing may act on it until
    /// the whole pack replaces it.
    pub fn front(&self) -> Pack {
        Pack {
            meta: self.meta.clone(),
            sections: self
                .sections
                .iter()
                .map(|section| Section {
                    blocks: Vec::new(),
                    key_points: Vec::new(),
                    next_steps: Vec::new(),
                    prompts: Vec::new(),
                    ..section.clone()
                })
                .collect(),
            references: Vec::new(),
            glossary: Vec::new(),
            crisis: self.crisis.clone(),
            questionnaire: crate::selfcheck::Questionnaire {
                title: self.questionnaire.title.clone(),
                intro: Vec::new(),
                always: String::new(),
                urgent_message: String::new(),
                questions: Vec::new(),
                rules: Vec::new(),
                outcomes: Vec::new(),
            },
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PackMeta {
    pub title: String,
    /// What the pack covers, for the welcome screen; lantern says one from the title when
    /// there is none.
    pub about: Option<String>,
    pub language: String,
    /// The pack's version, as clinician reviews in review.toml name it.
    pub version: String,
    /// `YYYY-MM-DD`: when the pack's authors last went over it.
    pub last_reviewed: String,
    /// Derived from review.toml, never written by hand: the clinicians who reviewed this
    /// version, `"NAME (ROLE)"` joined by "; ", when every section has a review of it;
    /// `None` otherwise (not reviewed, or only in part).
    pub reviewer: Option<String>,
    pub reading_grade_limit: f64,
    /// Spanish packs: the lowest Fernández-Huerta ease a section may have.
    pub reading_ease_limit: f64,
}

impl PackMeta {
    /// How a source list in the pack's language marks a page with no date: "n.d." in
    /// English, "s. f." (sin fecha) in Spanish.
    pub fn undated_mark(&self) -> &'static str {
        if self.language.to_ascii_lowercase().starts_with("es") {
            "s. f."
        } else {
            "n.d."
        }
    }

    /// The title as it reads inside a sentence: "Ketamine and depression" becomes
    /// "ketamine and depression", but "COVID-19 vaccines" keeps its capitals.
    pub fn topic(&self) -> String {
        let mut chars = self.title.chars();
        match (chars.next(), chars.next()) {
            (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() => first
                .to_lowercase()
                .chain(self.title.chars().skip(1))
                .collect(),
            _ => self.title.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub blocks: Vec<Block>,
    pub key_points: Vec<RichText>,
    pub next_steps: Vec<RichText>,
    pub prompts: Vec<String>,
    /// Indexes into `Pack::references`, in the order this section first cites them; the
    /// citation shown as `[n]` is `sources[n - 1]`.
    pub sources: Vec<usize>,
    /// Indexes into `Pack::glossary`, in the order this section first marks them.
    pub terms: Vec<usize>,
    pub word_count: usize,
    /// Where the section's id is written, for problems found after loading.
    pub origin: Origin,
    /// From review.toml.
    pub review: SectionReview,
}

/// What review.toml records for one section.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SectionReview {
    /// `YYYY-MM-DD`: when its claims were last checked against the sources it cites.
    pub sources_checked: String,
    pub clinician: Option<ClinicianReview>,
    /// Where the section's entry is written in review.toml.
    pub origin: Origin,
}

/// A clinician's sign-off on a section, of one version of the pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClinicianReview {
    pub name: String,
    /// Role or credentials, as the reviewer wants them shown: "MD, psychiatrist".
    pub role: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub pack_version: String,
}

impl SectionReview {
    /// The clinician review of `version` (the pack's current one), if there is one.
    pub fn current(&self, version: &str) -> Option<&ClinicianReview> {
        self.clinician
            .as_ref()
            .filter(|review| review.pack_version == version)
    }
}

/// A place in a pack file.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Origin {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

impl Section {
    /// Minutes to read at an unhurried 200 words a minute, never less than one.
    pub fn reading_minutes(&self) -> usize {
        self.word_count.div_ceil(200).max(1)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Block {
    Heading(String),
    Paragraph(RichText),
    Bullets(Vec<RichText>),
    Callout {
        kind: CalloutKind,
        title: Option<String>,
        text: RichText,
    },
    Table {
        caption: Option<RichText>,
        header: Vec<String>,
        rows: Vec<Vec<RichText>>,
    },
}

/// Text with inline citations and glossary terms resolved.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RichText(pub Vec<Inline>);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Inline {
    Text(String),
    /// The number shown, `[n]`, 1-based within the section.
    Citation(usize),
    /// Words marked as a glossary term; `term` indexes `Pack::glossary`.
    Term {
        text: String,
        term: usize,
    },
}

impl RichText {
    /// The words a reader sees, without citation marks.
    pub fn plain(&self) -> String {
        let mut out = String::new();
        for inline in &self.0 {
            match inline {
                Inline::Text(t) | Inline::Term { text: t, .. } => out.push_str(t),
                Inline::Citation(_) => {}
            }
        }
        out
    }

    /// The citation numbers (`[n]`) this text shows, in order, repeats included.
    pub fn citations(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().filter_map(|inline| match inline {
            Inline::Citation(n) => Some(*n),
            _ => None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reference {
    pub id: String,
    pub authors: String,
    pub title: String,
    pub publication: String,
    /// `None` for a web page that shows no date: cited as "n.d.", never a guessed year.
    pub year: Option<u16>,
    pub doi: Option<String>,
    pub url: Option<String>,
}

impl Reference {
    /// One line for a source list: authors, year, title, publication, and where to find it.
    /// `undated` stands in for the year of an undated page ([`PackMeta::undated_mark`]).
    pub fn citation_text(&self, undated: &str) -> String {
        // A title that ends in its own "?" or "!" needs no added full stop.
        let stop = |text: &str| {
            let text = text.trim_end_matches('.');
            if text.ends_with(['?', '!']) {
                text.to_string()
            } else {
                format!("{text}.")
            }
        };
        let year = self
            .year
            .map_or_else(|| undated.to_string(), |y| y.to_string());
        let mut text = format!(
            "{} ({year}). {} {}",
            stop(&self.authors),
            stop(&self.title),
            stop(&self.publication)
        );
        if let Some(doi) = &self.doi {
            text.push_str(&format!(" doi:{doi}"));
        } else if let Some(url) = &self.url {
            text.push_str(&format!(" {url}"));
        }
        text
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Term {
    pub id: String,
    pub term: String,
    pub definition: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CrisisResource {
    pub id: String,
    pub name: String,
    pub number: String,
    pub contact: String,
    pub when: Option<String>,
    pub details: Vec<String>,
    pub last_verified: String,
    pub source: String,
}
