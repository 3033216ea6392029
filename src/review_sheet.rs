//! `lantern review-sheet`: the pack as a sheet a clinician checks and signs. Plain text that
//! also reads as Markdown: each section's text as `lantern read` prints it, then every
//! sentence, list item or table row that cites a source, numbered (C3.4 is section 3's
//! fourth claim), beside the full reference, with boxes to tick and room for comments.

use std::io::{self, Write};

use crate::content::{Block, Inline, Pack, RichText, Section};
use crate::document::Lines;
use crate::i18n::Catalog;
use crate::plain::{self, PLAIN_WIDTH};

/// The sheet is for the clinic's records and is written in English, whatever the pack's
/// language (its section text is the pack's own).
const SHEET_WORDS: &Catalog = &crate::i18n::catalog::EN;

/// One claim to check: what it says, with its citation marks, and the numbers it cites.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub text: String,
    /// Citation numbers as shown in the section (`[n]`), in order, without repeats.
    pub cites: Vec<usize>,
}

/// Prints the sheet: every section, or only `only`. `today` dates the printout.
pub fn write(
    pack: &Pack,
    only: Option<usize>,
    today: &str,
    out: &mut impl Write,
) -> io::Result<()> {
    let meta = &pack.meta;
    writeln!(out, "# Clinician review sheet: {}", meta.title)?;
    writeln!(out)?;
    writeln!(out, "- Pack version: {}", meta.version)?;
    writeln!(out, "- Pack date: {}", meta.last_reviewed)?;
    writeln!(out, "- Language: {}", meta.language)?;
    let scope = match only {
        Some(i) => format!("section {} of {}", i + 1, pack.sections.len()),
        None => format!("all {} sections", pack.sections.len()),
    };
    writeln!(out, "- This sheet covers: {scope}")?;
    writeln!(
        out,
        "- Printed by lantern {} on {today}",
        env!("CARGO_PKG_VERSION")
    )?;
    writeln!(out)?;
    writeln!(out, "## How to use this sheet")?;
    writeln!(out)?;
    for line in wrapped(
        "Read each section as a patient would see it. Then check every numbered claim \
         against the source printed under it, and tick one box: \"agrees with source\" or \
         \"needs change\". Write what should change under \"Comments\". Last, fill in the \
         section's sign-off. A section is recorded as reviewed only when you sign it as \
         approved, and only for the pack version printed above: if the text changes, the \
         version changes and the section needs a new review.",
        "",
        "",
    ) {
        writeln!(out, "{line}")?;
    }
    let indexes: Vec<usize> = match only {
        Some(i) => vec![i],
        None => (0..pack.sections.len()).collect(),
    };
    for &index in &indexes {
        let Some(section) = pack.sections.get(index) else {
            continue;
        };
        writeln!(out)?;
        writeln!(out, "---")?;
        writeln!(out)?;
        section_sheet(pack, index, section, out)?;
    }
    writeln!(out)?;
    writeln!(out, "---")?;
    writeln!(out)?;
    recording(pack, &indexes, out)
}

fn section_sheet(
    pack: &Pack,
    index: usize,
    section: &Section,
    out: &mut impl Write,
) -> io::Result<()> {
    let number = index + 1;
    writeln!(
        out,
        "## Section {number}: {} (id: {})",
        section.title, section.id
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "- {}",
        crate::document::sources_line(&section.review, SHEET_WORDS)
    )?;
    writeln!(
        out,
        "- Clinician review: {}",
        crate::document::clinician_line(&section.review, &pack.meta.version, SHEET_WORDS)
    )?;
    writeln!(out)?;
    writeln!(out, "### The text, as readers see it")?;
    writeln!(out)?;
    writeln!(out, "```")?;
    plain::section(pack, index, out)?;
    writeln!(out, "```")?;
    writeln!(out)?;
    writeln!(out, "### Claims to check")?;
    let claims = claims(section);
    if claims.is_empty() {
        writeln!(out)?;
        writeln!(
            out,
            "This section cites no sources, so it has no claims to check."
        )?;
    }
    for (i, claim) in claims.iter().enumerate() {
        writeln!(out)?;
        let label = format!("C{number}.{}", i + 1);
        let indent = " ".repeat(label.len() + 2);
        writeln!(out, "{label}  [ ] agrees with source   [ ] needs change")?;
        for line in wrapped(&claim.text, &indent, &indent) {
            writeln!(out, "{line}")?;
        }
        for &n in &claim.cites {
            let Some(reference) = section
                .sources
                .get(n.wrapping_sub(1))
                .and_then(|&r| pack.references.get(r))
            else {
                continue;
            };
            // Where to find it goes on lines of its own, unbroken, so it can be typed or
            // clicked; the source list shows a DOI in place of the address, the sheet both.
            let full = reference.citation_text(pack.meta.undated_mark());
            let mut whereabouts = Vec::new();
            let mut text = full.as_str();
            if let Some(doi) = &reference.doi {
                text = text.strip_suffix(&format!(" doi:{doi}")).unwrap_or(text);
                whereabouts.push(format!("https://doi.org/{doi}"));
            }
            if let Some(url) = &reference.url {
                text = text.strip_suffix(&format!(" {url}")).unwrap_or(text);
                whereabouts.push(url.clone());
            }
            let more = format!("{indent}  ");
            for line in wrapped(&format!("Source [{n}]: {text}"), &indent, &more) {
                writeln!(out, "{line}")?;
            }
            if whereabouts.is_empty() {
                writeln!(out, "{more}(no DOI or address given)")?;
            }
            for place in whereabouts {
                writeln!(out, "{more}{place}")?;
            }
        }
        writeln!(out, "{indent}Comments:")?;
        writeln!(out, "{indent}{}", "_".repeat(PLAIN_WIDTH - indent.len()))?;
    }
    writeln!(out)?;
    writeln!(out, "### Sign-off for section {number}")?;
    writeln!(out)?;
    writeln!(out, "- [ ] Approved as written")?;
    writeln!(out, "- [ ] Approved once the changes marked above are made")?;
    writeln!(out, "- [ ] Not approved")?;
    writeln!(out)?;
    sign_here(pack, out)
}

fn sign_here(pack: &Pack, out: &mut impl Write) -> io::Result<()> {
    let blank = "_".repeat(40);
    writeln!(out, "    Name:                  {blank}")?;
    writeln!(out, "    Role / credentials:    {blank}")?;
    writeln!(out, "    Date (YYYY-MM-DD):     {blank}")?;
    writeln!(out, "    Signature:             {blank}")?;
    writeln!(out, "    Pack version reviewed: {}", pack.meta.version)
}

/// How the clinic records the signed sheet in review.toml.
fn recording(pack: &Pack, indexes: &[usize], out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "## Recording this review")?;
    writeln!(out)?;
    for line in wrapped(
        "For each section signed as approved, add its clinician record to review.toml in \
         the pack folder, under that section's [[section]] entry, exactly as signed above. \
         Then run `lantern validate DIR --require-review`: it fails until every section has \
         a review of this version. Keep the signed sheet with the clinic's records.",
        "",
        "",
    ) {
        writeln!(out, "{line}")?;
    }
    writeln!(out)?;
    writeln!(out, "```toml")?;
    for &index in indexes {
        let Some(section) = pack.sections.get(index) else {
            continue;
        };
        writeln!(out, "[[section]]")?;
        writeln!(out, "id = \"{}\"", section.id)?;
        writeln!(out, "sources_checked = {}", section.review.sources_checked)?;
        writeln!(out, "[section.clinician]")?;
        writeln!(out, "name = \"NAME AS SIGNED\"")?;
        writeln!(out, "role = \"ROLE OR CREDENTIALS AS SIGNED\"")?;
        writeln!(out, "date = YYYY-MM-DD")?;
        writeln!(out, "pack_version = \"{}\"", pack.meta.version)?;
        writeln!(out)?;
    }
    writeln!(out, "```")
}

/// Wraps plain text to the sheet's width, with prefixes for the first and later lines; no
/// word is broken, so an address or a DOI in it can be typed from the printout.
fn wrapped(text: &str, first: &str, rest: &str) -> Vec<String> {
    Lines::plain(text, first, rest, PLAIN_WIDTH)
}

/// Every claim of a section that cites a source, in reading order: sentences of
/// paragraphs, callouts and list items (key points and next steps too), a table's caption,
/// and whole table rows (a cell alone, such as "41%", means nothing without its row); a
/// row that cites nothing itself is checked against the sources its caption cites.
pub fn claims(section: &Section) -> Vec<Claim> {
    let mut out = Vec::new();
    let from_text = |text: &RichText, out: &mut Vec<Claim>| {
        out.extend(sentences(text).into_iter().filter(|c| !c.cites.is_empty()));
    };
    for block in &section.blocks {
        match block {
            Block::Heading(_) => {}
            Block::Paragraph(text) | Block::Callout { text, .. } => from_text(text, &mut out),
            Block::Bullets(items) => items.iter().for_each(|i| from_text(i, &mut out)),
            Block::Table {
                caption,
                header,
                rows,
            } => {
                // A citation in the caption covers the rows that cite nothing themselves.
                let mut caption_cites = Vec::new();
                if let Some(caption) = caption {
                    from_text(caption, &mut out);
                    for inline in &caption.0 {
                        if let Inline::Citation(n) = inline {
                            if !caption_cites.contains(n) {
                                caption_cites.push(*n);
                            }
                        }
                    }
                }
                for row in rows {
                    let mut cites = Vec::new();
                    let cells: Vec<String> = row
                        .iter()
                        .zip(
                            header
                                .iter()
                                .map(String::as_str)
                                .chain(std::iter::repeat("")),
                        )
                        .map(|(cell, head)| {
                            for inline in &cell.0 {
                                if let Inline::Citation(n) = inline {
                                    if !cites.contains(n) {
                                        cites.push(*n);
                                    }
                                }
                            }
                            let text = marked(&cell.0);
                            if head.is_empty() {
                                text
                            } else {
                                format!("{head}: {text}")
                            }
                        })
                        .collect();
                    if cites.is_empty() {
                        cites.clone_from(&caption_cites);
                    }
                    if !cites.is_empty() {
                        out.push(Claim {
                            text: format!("Table row: {}", cells.join("; ")),
                            cites,
                        });
                    }
                }
            }
        }
    }
    for text in section.key_points.iter().chain(&section.next_steps) {
        from_text(text, &mut out);
    }
    out
}

/// Rich text as a reader sees it, citations as `[n]`.
fn marked(inlines: &[Inline]) -> String {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text(t) | Inline::Term { text: t, .. } => t.clone(),
            Inline::Citation(n) => format!("[{n}]"),
        })
        .collect()
}

/// Splits rich text into sentences: a sentence ends at `.`, `!` or `?` followed by a
/// space. A citation written just after a sentence's stop ("... works. [2] Next") belongs
/// to the sentence before it.
pub fn sentences(text: &RichText) -> Vec<Claim> {
    let mut out: Vec<Claim> = Vec::new();
    let mut current = Claim {
        text: String::new(),
        cites: Vec::new(),
    };
    let finish = |current: &mut Claim, out: &mut Vec<Claim>| {
        let text = current.text.trim().to_string();
        if !text.is_empty() {
            out.push(Claim {
                text,
                cites: std::mem::take(&mut current.cites),
            });
        }
        current.text.clear();
        current.cites.clear();
    };
    for inline in &text.0 {
        match inline {
            Inline::Citation(n) => {
                let mark = format!("[{n}]");
                match out.last_mut() {
                    // Nothing of the next sentence yet: the mark follows the last stop.
                    Some(previous) if current.text.trim().is_empty() => {
                        previous.text.push(' ');
                        previous.text.push_str(&mark);
                        if !previous.cites.contains(n) {
                            previous.cites.push(*n);
                        }
                    }
                    _ => {
                        current.text.push_str(&mark);
                        if !current.cites.contains(n) {
                            current.cites.push(*n);
                        }
                    }
                }
            }
            Inline::Text(t) | Inline::Term { text: t, .. } => {
                let chars: Vec<char> = t.chars().collect();
                for (i, &c) in chars.iter().enumerate() {
                    current.text.push(c);
                    let stop = matches!(c, '.' | '!' | '?');
                    let next_is_space = chars.get(i + 1).is_some_and(|n| n.is_whitespace());
                    if stop && next_is_space {
                        finish(&mut current, &mut out);
                    }
                }
            }
        }
    }
    finish(&mut current, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rich(parts: &[Result<&str, usize>]) -> RichText {
        RichText(
            parts
                .iter()
                .map(|p| match p {
                    Ok(t) => Inline::Text((*t).to_string()),
                    Err(n) => Inline::Citation(*n),
                })
                .collect(),
        )
    }

    #[test]
    fn citations_attach_to_their_sentence() {
        let text = rich(&[
            Ok("One claim "),
            Err(1),
            Ok(". No source here. Another one. "),
            Err(2),
            Ok(" Last"),
        ]);
        let found = sentences(&text);
        let texts: Vec<&str> = found.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "One claim [1].",
                "No source here.",
                "Another one. [2]",
                "Last"
            ]
        );
        assert_eq!(found[0].cites, [1]);
        assert!(found[1].cites.is_empty());
        assert_eq!(found[2].cites, [2]);
    }

    #[test]
    fn a_decimal_point_does_not_end_a_sentence() {
        let found = sentences(&rich(&[Ok("It was 55.4% versus 41.2% "), Err(3), Ok(".")]));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].cites, [3]);
    }
}
