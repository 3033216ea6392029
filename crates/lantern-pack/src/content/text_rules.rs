//! The text rules shared by every file lantern reads (a pack's files and the config file):
//! which characters are refused, and how whitespace in a value is read.

/// A character that must not reach the terminal: a control (other than a line end), which
/// could drive it, or a text-direction override, which makes text read differently from
/// what it says.
pub fn is_unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Any run of whitespace (TOML multi-line strings hold newlines) becomes one space.
pub fn collapse_whitespace(text: &str) -> String {
    // Most text has nothing to collapse: single ASCII spaces only.
    let bytes = text.as_bytes();
    let plain = text.is_ascii()
        && !bytes
            .windows(2)
            .any(|w| w[0].is_ascii_whitespace() && w[1].is_ascii_whitespace())
        && bytes.iter().all(|b| !b.is_ascii_whitespace() || *b == b' ');
    if plain {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

/// The text on one line: whitespace collapsed, and none at either end.
pub fn one_line(text: &str) -> String {
    collapse_whitespace(text).trim().to_string()
}

/// Words as a reader counts them: tokens with at least one letter or digit.
pub fn count_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsafe_characters_are_controls_and_direction_overrides() {
        assert!(is_unsafe_char('\u{1b}'));
        assert!(is_unsafe_char('\u{7}'));
        assert!(is_unsafe_char('\u{9b}'));
        assert!(is_unsafe_char('\u{202E}'));
        assert!(is_unsafe_char('\t'));
        assert!(!is_unsafe_char('\n'));
        assert!(!is_unsafe_char('é'));
        assert!(!is_unsafe_char('\u{200D}'));
    }

    #[test]
    fn whitespace_collapses() {
        assert_eq!(collapse_whitespace("a \n  b\n"), "a b ");
        assert_eq!(one_line("  a\n b "), "a b");
        assert_eq!(
            count_words("It is 41% — not 9%."),
            5,
            "a lone dash is not a word"
        );
    }
}
