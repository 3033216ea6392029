//! The content pack as written in TOML, before validation.
//!
//! Fields that validation points at keep their source span (`Spanned`), so every problem can be
//! reported with its file, line and column. Every table refuses unknown fields.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::value::Datetime;
use toml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackFile {
    pub pack: PackMeta,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackMeta {
    pub title: Spanned<String>,
    /// One or two sentences for the welcome screen: what the pack covers.
    pub about: Option<Spanned<String>>,
    pub language: Spanned<String>,
    /// What a clinician's review in review.toml names, so a review of older text shows.
    pub version: Spanned<String>,
    pub last_reviewed: Spanned<Datetime>,
    /// Retired: clinician review lives in review.toml. Read only to say so at its place.
    pub review_status: Option<Spanned<toml::Value>>,
    /// Retired with `review_status`.
    pub reviewer: Option<Spanned<toml::Value>>,
    pub reading_grade_limit: Option<Spanned<f64>>,
    /// Spanish packs: the lowest Fernández-Huerta ease allowed (70 when absent).
    pub reading_ease_limit: Option<Spanned<f64>>,
}

/// review.toml: per section, when it was checked against its sources and its clinician review.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewFile {
    #[serde(default)]
    pub section: Vec<SectionReview>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionReview {
    pub id: Spanned<String>,
    pub sources_checked: Spanned<Datetime>,
    pub clinician: Option<ClinicianReview>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClinicianReview {
    pub name: Spanned<String>,
    pub role: Spanned<String>,
    pub date: Spanned<Datetime>,
    pub pack_version: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrisisFile {
    pub resource: Vec<Resource>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    pub id: Spanned<String>,
    pub name: Spanned<String>,
    pub number: Spanned<String>,
    pub contact: Spanned<String>,
    pub when: Option<String>,
    #[serde(default)]
    pub details: Vec<Spanned<String>>,
    pub last_verified: Spanned<Datetime>,
    pub source: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReferencesFile {
    pub reference: Vec<Reference>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    pub id: Spanned<String>,
    pub authors: String,
    pub title: Spanned<String>,
    pub publication: String,
    /// Absent for a web page that shows no date (cited as "n.d.").
    pub year: Option<u16>,
    pub doi: Option<String>,
    pub url: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryFile {
    pub term: Vec<Term>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: Spanned<String>,
    pub term: Spanned<String>,
    pub definition: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionFile {
    pub section: SectionMeta,
    #[serde(default)]
    pub block: Vec<Block>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionMeta {
    pub id: Spanned<String>,
    pub title: Spanned<String>,
    pub summary: Spanned<String>,
    pub key_points: Spanned<Vec<Spanned<String>>>,
    pub next_steps: Spanned<Vec<Spanned<String>>>,
    pub prompts: Spanned<Vec<String>>,
}

/// One block of a section: a TOML table with exactly one of these keys.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Block {
    Heading(Spanned<String>),
    Paragraph(Spanned<String>),
    Bullets(Vec<Spanned<String>>),
    Callout(Callout),
    Table(Table),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Callout {
    pub kind: CalloutKind,
    pub title: Option<String>,
    pub text: Spanned<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CalloutKind {
    KeyFact,
    Warning,
    Takeaway,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    pub caption: Option<Spanned<String>>,
    pub header: Spanned<Vec<String>>,
    pub rows: Vec<Spanned<Vec<Spanned<String>>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireFile {
    pub questionnaire: QuestionnaireMeta,
    pub question: Vec<Question>,
    #[serde(default)]
    pub rule: Vec<Rule>,
    pub outcome: Vec<OutcomeText>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireMeta {
    pub title: Spanned<String>,
    pub intro: Vec<String>,
    pub always: Spanned<String>,
    pub urgent_message: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: Spanned<String>,
    pub text: Spanned<String>,
    #[serde(default)]
    pub prefer_not_to_say: bool,
    pub options: Spanned<Vec<Choice>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: Spanned<String>,
    pub text: Spanned<String>,
    #[serde(default)]
    pub urgent: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub outcome: Spanned<String>,
    pub reason: Spanned<String>,
    /// What the person could say to a professional about the answers this rule names.
    #[serde(default)]
    pub say: Option<Spanned<String>>,
    /// Question id → the answers (option ids) that satisfy this condition.
    pub when: Spanned<BTreeMap<String, Vec<Spanned<String>>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeText {
    pub id: Spanned<String>,
    pub title: Spanned<String>,
    pub summary: Spanned<String>,
    pub next_steps: Vec<String>,
    pub say: Vec<String>,
    #[serde(default)]
    pub prompts: Vec<String>,
}
