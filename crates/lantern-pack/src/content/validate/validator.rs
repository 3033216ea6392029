//! What every file kind's check shares: the list of problems, parsing a file (syntax, unsafe
//! characters, the typed model), and the checks of ids, required texts and dates.

use std::collections::HashMap;
use std::ops::Range;

use serde::de::DeserializeOwned;
use toml::de::{DeTable, DeValue};
use toml::value::Datetime;
use toml::Spanned;

use super::date::Date;
use crate::content::model::Origin;
use crate::content::problem::{line_column, Problem, SourceFile};
use crate::content::text_rules::{is_unsafe_char, one_line};

/// Where each id of a file is: its place in the list and its span.
pub(super) type Index = HashMap<String, (usize, Range<usize>)>;

/// The problems found so far in every file: nothing stops at the first.
pub(super) struct Validator {
    pub(super) problems: Vec<Problem>,
}

impl Validator {
    /// Parses one file: syntax errors, unsafe characters, then the typed model.
    pub(super) fn parse<T: DeserializeOwned>(&mut self, file: &SourceFile) -> Option<T> {
        let (root, errors) = DeTable::parse_recoverable(&file.text);
        if !errors.is_empty() {
            for err in errors {
                let at = err.span().map_or(0, |s| s.start);
                self.problems.push(file.error_at(at, tidy(err.message())));
            }
            return None;
        }
        for (key, value) in root.get_ref() {
            self.check_characters(file, key.get_ref(), key.span());
            self.check_value_characters(file, value);
        }
        // The typed model comes from the tree already parsed, not from parsing the text again.
        match T::deserialize(toml::de::Deserializer::from(root)) {
            Ok(parsed) => Some(parsed),
            Err(err) => {
                let at = err.span().map_or(0, |s| s.start);
                self.problems.push(file.error_at(at, tidy(err.message())));
                None
            }
        }
    }

    fn check_value_characters(&mut self, file: &SourceFile, value: &Spanned<DeValue<'_>>) {
        match value.get_ref() {
            DeValue::String(text) => self.check_characters(file, text, value.span()),
            DeValue::Array(items) => {
                for item in items.iter() {
                    self.check_value_characters(file, item);
                }
            }
            DeValue::Table(table) => {
                for (key, item) in table {
                    self.check_characters(file, key.get_ref(), key.span());
                    self.check_value_characters(file, item);
                }
            }
            _ => {}
        }
    }

    /// Control characters could drive the reader's terminal (escape injection), and direction
    /// overrides can make text read differently from what it says.
    fn check_characters(&mut self, file: &SourceFile, text: &str, span: Range<usize>) {
        // Printable ASCII and line ends are safe; only other text needs the full check.
        if text
            .bytes()
            .all(|b| (0x20..0x7f).contains(&b) || b == b'\n')
        {
            return;
        }
        if let Some(c) = text.chars().find(|&c| is_unsafe_char(c)) {
            self.problems.push(file.error_in(
                span,
                format!(
                    "text contains the invisible character U+{:04X}; remove it (control and \
                     text-direction characters are not allowed)",
                    u32::from(c)
                ),
            ));
        }
    }

    pub(super) fn check_id(&mut self, file: &SourceFile, id: &Spanned<String>) {
        let ok = id
            .get_ref()
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            && id
                .get_ref()
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !ok {
            self.problems.push(file.error_in(
                id.span(),
                format!(
                    "id `{}` must use only lowercase letters, digits and hyphens",
                    id.get_ref()
                ),
            ));
        }
    }

    pub(super) fn required(
        &mut self,
        file: &SourceFile,
        field: &str,
        value: &Spanned<String>,
    ) -> String {
        let text = one_line(value.get_ref());
        if text.is_empty() {
            self.problems
                .push(file.error_in(value.span(), format!("`{field}` must not be empty")));
        }
        text
    }

    pub(super) fn date(
        &mut self,
        file: &SourceFile,
        field: &str,
        value: &Spanned<Datetime>,
    ) -> Option<Date> {
        let dt = value.get_ref();
        match (dt.date, dt.time, dt.offset) {
            (Some(d), None, None) => Some(Date {
                year: d.year,
                month: d.month,
                day: d.day,
            }),
            _ => {
                self.problems.push(file.error_in(
                    value.span(),
                    format!("`{field}` must be a date like 2026-11-21, without a time"),
                ));
                None
            }
        }
    }
}

/// Where a span starts, as an [`Origin`].
pub(super) fn origin(file: &SourceFile, span: Range<usize>) -> Origin {
    let (line, column) = line_column(&file.text, span.start);
    Origin {
        file: file.path.clone(),
        line,
        column,
    }
}

fn tidy(message: &str) -> String {
    one_line(message)
}
