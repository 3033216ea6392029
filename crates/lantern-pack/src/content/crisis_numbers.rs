//! The crisis panel must show the numbers it lists. A person dials what they read in
//! `contact`, so it must hold the resource's `number`, and only in the digits 0–9: a
//! look-alike such as a mathematical bold 𝟗 or a fullwidth ９ reads as a digit to a person
//! but not to a phone, a screen reader or a search.

use std::ops::Range;

use super::problem::{Problem, SourceFile};
use super::raw;

/// Every problem with the numbers of one crisis resource, each located in `file`.
/// `required_number` is the number the entry must have whatever its `number` says (the
/// first entry's is 988), so a wrong `number` is not made the contact's to copy.
pub fn check(
    file: &SourceFile,
    resource: &raw::Resource,
    required_number: Option<&str>,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut look_alike_in_number = false;
    let fields = [("number", &resource.number), ("contact", &resource.contact)]
        .into_iter()
        .chain(resource.details.iter().map(|detail| ("details", detail)));
    for (field, value) in fields {
        if let Some(c) = value.get_ref().chars().find(|&c| is_digit_look_alike(c)) {
            look_alike_in_number |= field == "number";
            problems.push(file.error_at(
                locate(file, value.span(), c),
                format!(
                    "`{field}` holds {c} (U+{:04X}), which looks like a digit but is not one of \
                     0–9, so a phone, a screen reader or a search may not read it as a number; \
                     write the digits 0–9",
                    u32::from(c)
                ),
            ));
        }
    }
    let number = match required_number {
        Some(number) => number,
        // The number itself must be fixed first: there is nothing yet to look for.
        None if look_alike_in_number => return problems,
        None => resource.number.get_ref().trim(),
    };
    let wanted: String = number.chars().filter(char::is_ascii_digit).collect();
    if wanted.is_empty() {
        problems.push(file.error_in(
            resource.number.span(),
            "`number` has no digits 0–9; write the number a person dials or texts",
        ));
        return problems;
    }
    let shown = digit_runs(resource.contact.get_ref());
    if !shown.iter().any(|run| run.digits == wanted) {
        let found = if shown.is_empty() {
            "no number".to_string()
        } else {
            shown
                .iter()
                .map(|run| run.written.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        problems.push(file.error_in(
            resource.contact.span(),
            format!(
                "`contact` must show this resource's number, {number}, but it shows {found}; \
                 write the number as in `number` (spaces, hyphens, dots or parentheses may \
                 group its digits)"
            ),
        ));
    }
    problems
}

/// A character that reads as a digit but is not ASCII 0–9: mathematical, fullwidth,
/// Arabic-Indic and other script digits, superscripts, circled numbers, and so on.
fn is_digit_look_alike(c: char) -> bool {
    c.is_numeric() && !c.is_ascii()
}

/// Where `c` is written inside the value at `span`, or the value's start when it was
/// written as an escape.
fn locate(file: &SourceFile, span: Range<usize>, c: char) -> usize {
    file.text
        .get(span.clone())
        .and_then(|written| written.find(c))
        .map_or(span.start, |at| span.start + at)
}

/// One number as written in a text: its digits, and the text from its first digit to its
/// last.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct DigitRun {
    digits: String,
    written: String,
}

/// What may stand between the digits of one number: "1-800-662-4357", "(800) 273.8255".
fn is_separator(c: char) -> bool {
    // Hyphens include the typographic ones a word processor puts in a phone number.
    c.is_whitespace()
        || matches!(
            c,
            '-' | '.' | '(' | ')' | '\u{2010}' | '\u{2011}' | '\u{2012}'
        )
}

/// The numbers in a text, each a longest run of digits that only separators join, so
/// "1-988-555-0100" is one number, not a 988 followed by others.
fn digit_runs(text: &str) -> Vec<DigitRun> {
    let mut runs = Vec::new();
    let mut current: Option<(DigitRun, String)> = None;
    for c in text.chars() {
        if c.is_ascii_digit() {
            let (run, separators) = current.get_or_insert_with(Default::default);
            run.written.push_str(separators);
            separators.clear();
            run.written.push(c);
            run.digits.push(c);
        } else if is_separator(c) {
            // Kept only if another digit follows, so a number never ends in "-" or " (".
            if let Some((_, separators)) = current.as_mut() {
                separators.push(c);
            }
        } else if let Some((run, _)) = current.take() {
            runs.push(run);
        }
    }
    runs.extend(current.map(|(run, _)| run));
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digits_of(text: &str) -> Vec<String> {
        digit_runs(text).into_iter().map(|run| run.digits).collect()
    }

    fn resource(file: &str, number: &str, contact: &str, details: &[&str]) -> SourceFile {
        let details: Vec<String> = details.iter().map(|d| format!("{d:?}")).collect();
        SourceFile {
            path: file.into(),
            text: format!(
                "[[resource]]\nid = \"x\"\nname = \"X\"\nnumber = \"{number}\"\ncontact = \
                 \"{contact}\"\ndetails = [{}]\nlast_verified = 2026-11-21\nsource = \
                 \"https://x.example\"\n",
                details.join(", ")
            ),
        }
    }

    fn messages(number: &str, contact: &str, details: &[&str]) -> Vec<String> {
        let file = resource("crisis.toml", number, contact, details);
        let parsed: raw::CrisisFile = toml::from_str(&file.text).unwrap();
        check(&file, &parsed.resource[0], None)
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn numbers_are_whole_runs_of_digits_joined_by_separators() {
        assert_eq!(
            digits_of("Call 1-800-662-4357 (TTY 1-800-487-4889)"),
            ["18006624357", "18004874889"]
        );
        assert_eq!(
            digits_of("Call or text 988, or chat at 988lifeline.org"),
            ["988", "988"]
        );
        assert_eq!(digits_of("Text HOME to 741741"), ["741741"]);
        assert_eq!(digits_of("Call (800) 273.8255."), ["8002738255"]);
        assert_eq!(digits_of("1-988-555-0100"), ["19885550100"]);
        assert_eq!(digits_of("no number"), Vec::<String>::new());
        assert_eq!(
            digit_runs("call 1-800-222-1222 now")[0].written,
            "1-800-222-1222"
        );
    }

    #[test]
    fn the_built_in_contacts_hold_their_numbers() {
        for (number, contact) in [
            ("988", "Call or text 988, or chat at 988lifeline.org"),
            ("911", "Call 911"),
            ("741741", "Text HOME to 741741"),
            ("1-800-222-1222", "Llame al 1-800-222-1222"),
            ("1-800-662-4357", "Call 1-800-662-4357 (TTY 1-800-487-4889)"),
        ] {
            assert_eq!(
                messages(number, contact, &[]),
                Vec::<String>::new(),
                "{contact}"
            );
        }
    }

    #[test]
    fn a_contact_with_another_number_names_the_one_expected() {
        assert_eq!(
            messages("988", "Call or text 989", &[]),
            [
                "crisis.toml:5:11: `contact` must show this resource's number, 988, but it shows \
              989; write the number as in `number` (spaces, hyphens, dots or parentheses may \
              group its digits)"
            ]
        );
        let inside = messages("988", "Call 1-988-555-0100", &[]);
        assert_eq!(inside.len(), 1);
        assert!(inside[0].contains("number, 988, but it shows 1-988-555-0100"));
        let none = messages("741741", "Text HOME", &[]);
        assert!(none[0].contains("but it shows no number"), "{none:?}");
    }

    #[test]
    fn look_alike_digits_are_located_and_named() {
        let bold = messages("988", "Call or text \u{1D7D7}\u{1D7D6}\u{1D7D6}", &[]);
        assert!(
            bold[0].starts_with("crisis.toml:5:25: `contact` holds 𝟗 (U+1D7D7)"),
            "{bold:?}"
        );
        assert!(bold[0].ends_with("write the digits 0–9"));
        let fullwidth = messages("９８８", "Call ９８８", &[]);
        assert!(fullwidth[0].starts_with("crisis.toml:4:11: `number` holds ９ (U+FF19)"));
        assert!(fullwidth[1].starts_with("crisis.toml:5:17: `contact` holds ９"));
        assert_eq!(fullwidth.len(), 2, "nothing more until the number is fixed");
        for detail in ["Text ٩٨٨", "Press ²", "Press ①"] {
            let found = messages("988", "Call 988", &[detail]);
            assert_eq!(found.len(), 1, "{detail}");
            assert!(found[0].contains("`details` holds"), "{found:?}");
        }
    }

    #[test]
    fn the_first_entry_is_checked_against_988_whatever_its_number_says() {
        let file = resource("crisis.toml", "000", "Call or text 988", &[]);
        let parsed: raw::CrisisFile = toml::from_str(&file.text).unwrap();
        let entry = &parsed.resource[0];
        assert!(
            check(&file, entry, Some("988")).is_empty(),
            "the contact is right"
        );
        let file = resource("crisis.toml", "\u{1D7D7}88", "Call or text 989", &[]);
        let parsed: raw::CrisisFile = toml::from_str(&file.text).unwrap();
        let found = check(&file, &parsed.resource[0], Some("988"));
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[1].message.contains("number, 988, but it shows 989"));
    }

    #[test]
    fn a_number_needs_digits() {
        let found = messages("HOME", "Text HOME", &[]);
        assert_eq!(
            found,
            [
                "crisis.toml:4:10: `number` has no digits 0–9; write the number a person dials or \
              texts"
            ]
        );
    }
}
