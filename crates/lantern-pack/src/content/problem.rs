//! Problems found in a content pack, each located by file, line and column.

use std::fmt;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// 1-based line and column (in characters), where the problem has a place in the file.
    pub position: Option<(usize, usize)>,
    pub severity: Severity,
    pub message: String,
}

impl Problem {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some((line, column)) = self.position {
            write!(f, ":{line}:{column}")?;
        }
        if self.severity == Severity::Warning {
            write!(f, ": warning")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for Problem {}

/// A file of the pack with its display path, for locating problems in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

impl SourceFile {
    pub fn error_at(&self, offset: usize, message: impl Into<String>) -> Problem {
        self.problem_at(offset, Severity::Error, message)
    }

    pub fn error_in(&self, span: Range<usize>, message: impl Into<String>) -> Problem {
        self.error_at(span.start, message)
    }

    pub fn warning_in(&self, span: Range<usize>, message: impl Into<String>) -> Problem {
        self.problem_at(span.start, Severity::Warning, message)
    }

    fn problem_at(&self, offset: usize, severity: Severity, message: impl Into<String>) -> Problem {
        Problem {
            file: self.path.clone(),
            position: Some(line_column(&self.text, offset)),
            severity,
            message: message.into(),
        }
    }
}

/// 1-based line and column (counted in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_column_counts_from_one_in_characters() {
        let text = "a = 1\nb = \"é x\"\n";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 6), (2, 1));
        // 'x' is after the two-byte 'é'
        assert_eq!(line_column(text, text.find('x').unwrap_or(0)), (2, 8));
        assert_eq!(line_column(text, 999), (3, 1));
    }

    #[test]
    fn display_is_file_line_column_message() {
        let file = SourceFile {
            path: "content/pack.toml".into(),
            text: "x\ny".into(),
        };
        assert_eq!(
            file.error_at(2, "bad").to_string(),
            "content/pack.toml:2:1: bad"
        );
        assert_eq!(
            file.warning_in(0..1, "old").to_string(),
            "content/pack.toml:1:1: warning: old"
        );
    }
}
