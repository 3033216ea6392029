//! Inline markup in content text: `[@ref-id]` cites a reference, `{term}` or
//! `{shown words|term-id}` marks a glossary term.

/// A piece of marked-up text, with byte offsets into the text it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Citation {
        id: &'a str,
        at: usize,
    },
    Term {
        text: &'a str,
        id: String,
        at: usize,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkupError {
    pub at: usize,
    pub message: String,
}

impl std::fmt::Display for MarkupError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "at byte {}: {}", self.at, self.message)
    }
}

impl std::error::Error for MarkupError {}

/// Splits marked-up text into pieces, or says where the markup is broken.
pub fn parse(text: &str) -> Result<Vec<Piece<'_>>, MarkupError> {
    let mut pieces = Vec::new();
    let mut rest_start = 0;
    // Byte offset before which everything has been consumed by a mark.
    let mut skip_to = 0;
    for (i, c) in text.char_indices() {
        if i < skip_to {
            continue;
        }
        let rest = &text[i..];
        if rest.starts_with("[@") {
            let Some(len) = rest.find(']') else {
                return Err(MarkupError {
                    at: i,
                    message: "citation `[@` is not closed with `]`".into(),
                });
            };
            push_text(&mut pieces, &text[rest_start..i]);
            let id = &rest[2..len];
            if id.is_empty() {
                return Err(MarkupError {
                    at: i,
                    message: "citation `[@]` names no reference".into(),
                });
            }
            pieces.push(Piece::Citation { id, at: i });
            skip_to = i + len + 1;
            rest_start = skip_to;
        } else if c == '{' {
            let Some(len) = rest.find('}') else {
                return Err(MarkupError {
                    at: i,
                    message: "glossary mark `{` is not closed with `}`".into(),
                });
            };
            push_text(&mut pieces, &text[rest_start..i]);
            let inner = &rest[1..len];
            let (shown, id) = match inner.split_once('|') {
                Some((shown, id)) => (shown, id.trim().to_string()),
                None => (inner, default_term_id(inner)),
            };
            if shown.trim().is_empty() || id.is_empty() {
                return Err(MarkupError {
                    at: i,
                    message: "glossary mark `{}` needs words, like `{term}` or `{words|term-id}`"
                        .into(),
                });
            }
            pieces.push(Piece::Term {
                text: shown,
                id,
                at: i,
            });
            skip_to = i + len + 1;
            rest_start = skip_to;
        } else if c == '}' {
            return Err(MarkupError {
                at: i,
                message: "`}` without an opening `{`".into(),
            });
        }
    }
    push_text(&mut pieces, &text[rest_start..]);
    Ok(pieces)
}

fn push_text<'a>(pieces: &mut Vec<Piece<'a>>, text: &'a str) {
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
}

/// `{Major Depression}` refers to the term with id `major-depression`.
pub fn default_term_id(shown: &str) -> String {
    shown
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("-")
        .to_lowercase()
}

/// The text with markup removed, as a reader sees it (citations dropped).
pub fn strip(text: &str) -> String {
    match parse(text) {
        Ok(pieces) => pieces
            .iter()
            .map(|p| match p {
                Piece::Text(t) => *t,
                Piece::Term { text, .. } => text,
                Piece::Citation { .. } => "",
            })
            .collect(),
        Err(_) => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_citations_and_terms() {
        let pieces =
            parse("Ketamine is {dissociative} [@fda-2023], see {NMDA receptors|nmda-receptor}.")
                .unwrap_or_default();
        assert_eq!(
            pieces,
            vec![
                Piece::Text("Ketamine is "),
                Piece::Term {
                    text: "dissociative",
                    id: "dissociative".into(),
                    at: 12
                },
                Piece::Text(" "),
                Piece::Citation {
                    id: "fda-2023",
                    at: 27
                },
                Piece::Text(", see "),
                Piece::Term {
                    text: "NMDA receptors",
                    id: "nmda-receptor".into(),
                    at: 44
                },
                Piece::Text("."),
            ]
        );
    }

    #[test]
    fn shorthand_term_id_is_lowercase_with_hyphens() {
        assert_eq!(default_term_id(" Major  Depression "), "major-depression");
    }

    #[test]
    fn reports_broken_markup_with_its_offset() {
        assert_eq!(parse("a [@x").map_err(|e| e.at), Err(2));
        assert_eq!(parse("ab {x").map_err(|e| e.at), Err(3));
        assert_eq!(parse("abc }").map_err(|e| e.at), Err(4));
        assert!(parse("[@]").is_err());
        assert!(parse("{ |x}").is_err());
    }

    #[test]
    fn multibyte_text_around_marks_is_fine() {
        let pieces = parse("“é” {ü|u} [@x] ✓").unwrap_or_default();
        assert_eq!(pieces.len(), 5);
        assert!(parse("“{").is_err());
    }

    #[test]
    fn strip_leaves_what_a_reader_sees() {
        assert_eq!(strip("A {b|c} d [@e]."), "A b d .");
    }
}
