//! The web addresses a pack holds: a reference's `url` and a crisis resource's `source`.
//! They are pages a reader opens somewhere else, so they must be web addresses, never a
//! `file:` address, which names a file on whatever computer the address is opened on.

use toml::Spanned;

use super::problem::{Problem, SourceFile};
use super::text_rules::one_line;

/// The kinds of web address a field accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Allowed {
    /// `https://` only: a crisis resource's official page.
    Https,
    /// `https://` or `http://`: a source, some of which are served only over http.
    HttpOrHttps,
}

/// The problem with the address in `value`, located at it, if it is not one `allowed`;
/// `page` says what it should be the address of ("the service's official page").
pub fn check(
    file: &SourceFile,
    field: &str,
    value: &Spanned<String>,
    allowed: Allowed,
    page: &str,
) -> Option<Problem> {
    refusal(field, &one_line(value.get_ref()), allowed, page)
        .map(|message| file.error_in(value.span(), message))
}

fn refusal(field: &str, url: &str, allowed: Allowed, page: &str) -> Option<String> {
    // URL schemes are case-blind, so `FILE:` and `File:` are refused as `file:` is.
    if url
        .get(..5)
        .is_some_and(|scheme| scheme.eq_ignore_ascii_case("file:"))
    {
        return Some(format!(
            "`{field}` is a file: address, which names a file on the computer it is opened \
             on, not a page on the web; give the https:// address of {page}"
        ));
    }
    match allowed {
        Allowed::Https if !url.starts_with("https://") => {
            Some(format!("`{field}` must be the https:// address of {page}"))
        }
        Allowed::HttpOrHttps if !(url.starts_with("https://") || url.starts_with("http://")) => {
            Some(format!(
                "`{field}` must be a web address starting with https:// (or http://): the \
                 address of {page}"
            ))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "the source itself";

    #[test]
    fn file_addresses_are_refused_in_any_case() {
        for url in [
            "file:///etc/passwd",
            "FILE:///etc/passwd",
            "File:/x",
            "file:x",
        ] {
            for allowed in [Allowed::Https, Allowed::HttpOrHttps] {
                let message = refusal("url", url, allowed, PAGE).unwrap_or_default();
                assert!(message.starts_with("`url` is a file: address"), "{url}");
            }
        }
    }

    #[test]
    fn web_addresses_pass_as_the_field_allows() {
        assert_eq!(
            refusal("url", "https://www.nimh.nih.gov", Allowed::Https, PAGE),
            None
        );
        assert_eq!(
            refusal("url", "http://www.who.int", Allowed::HttpOrHttps, PAGE),
            None
        );
        assert_eq!(
            refusal(
                "source",
                "http://988lifeline.org",
                Allowed::Https,
                "the page"
            )
            .as_deref(),
            Some("`source` must be the https:// address of the page")
        );
        for url in [
            "javascript:alert(1)",
            "www.who.int",
            "ftp://x",
            "",
            "files.example",
        ] {
            assert!(
                refusal("url", url, Allowed::HttpOrHttps, PAGE).is_some(),
                "{url}"
            );
        }
    }

    #[test]
    fn the_problem_is_located_at_the_value() {
        let file = SourceFile {
            path: "pack/references.toml".into(),
            text: "[[reference]]\nurl = \"file:///etc/passwd\"\n".into(),
        };
        let start = file.text.find('"').unwrap_or(0);
        let value = Spanned::new(start..file.text.len() - 1, "file:///etc/passwd".to_string());
        let problem = check(&file, "url", &value, Allowed::HttpOrHttps, PAGE);
        assert_eq!(problem.and_then(|p| p.position), Some((2, 7)));
    }
}
