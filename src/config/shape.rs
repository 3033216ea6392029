//! The shape of a config file: every key lantern knows, the table it goes in and the kind
//! of value it takes. Checking a file against it finds every unknown key (with the key it
//! was probably meant to be) and every value of the wrong kind in one pass, where serde
//! stops at the first. What does not fit is taken out, so the rest can still be read and
//! checked.

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use crate::content::problem::SourceFile;
use crate::content::Problem;

#[derive(Clone, Copy)]
enum Kind {
    Text,
    Bool,
    Integer,
    /// A list of texts.
    Texts,
    Table(&'static [Key]),
    /// An array of tables, `[[name]]`.
    Tables(&'static [Key]),
}

struct Key {
    name: &'static str,
    kind: Kind,
    required: bool,
}

const fn key(name: &'static str, kind: Kind) -> Key {
    Key {
        name,
        kind,
        required: false,
    }
}

const fn required(name: &'static str, kind: Kind) -> Key {
    Key {
        name,
        kind,
        required: true,
    }
}

const LOCAL_HELP: &[Key] = &[
    required("name", Kind::Text),
    required("contact", Kind::Text),
    key("when", Kind::Text),
    key("details", Kind::Texts),
];

const KIOSK: &[Key] = &[
    key("idle_timeout", Kind::Integer),
    key("countdown", Kind::Integer),
    key("admin_pin", Kind::Text),
    key("content_sha256", Kind::Text),
    key("local_help", Kind::Tables(LOCAL_HELP)),
];

const TOP: &[Key] = &[
    key("mode", Kind::Text),
    key("lang", Kind::Text),
    key("theme", Kind::Text),
    key("ascii", Kind::Bool),
    key("mouse", Kind::Bool),
    key("remember_place", Kind::Bool),
    key("kiosk", Kind::Table(KIOSK)),
];

/// What the check found: every problem, and the keys (dotted: `kiosk.admin_pin`) whose
/// value is not known because of one, the keys an unknown one was probably meant to be
/// among them.
#[derive(Debug, Default)]
pub struct Found {
    pub problems: Vec<Problem>,
    pub unsure: Vec<String>,
}

/// Checks the file's top table and takes out every key that does not fit.
pub fn check(file: &SourceFile, root: &mut Spanned<DeTable<'_>>) -> Found {
    let mut found = Found::default();
    let at = root.span().start;
    walk(file, root.get_mut(), TOP, "", at, &mut found);
    found
}

/// Checks one table against `keys`; `path` is its dotted name ("" at the top), `at` where
/// it starts (for a key it is missing).
fn walk(
    file: &SourceFile,
    table: &mut DeTable<'_>,
    keys: &'static [Key],
    path: &str,
    at: usize,
    found: &mut Found,
) {
    let mut out: Vec<String> = Vec::new();
    for (name, value) in table.iter_mut() {
        let dotted = dotted(path, name.get_ref());
        match keys.iter().find(|k| k.name == name.get_ref().as_ref()) {
            None => {
                let (message, meant) = unknown(name.get_ref(), keys, path);
                found.problems.push(file.error_in(name.span(), message));
                found.unsure.extend(meant);
                out.push(name.get_ref().to_string());
            }
            Some(key) => {
                if !fits(file, key, value, &dotted, found) {
                    found.unsure.push(dotted);
                    out.push(name.get_ref().to_string());
                }
            }
        }
    }
    for key in keys.iter().filter(|k| k.required) {
        if !table.iter().any(|(name, _)| name.get_ref() == key.name) {
            found.problems.push(file.error_at(
                at,
                format!(
                    "[[{path}]] needs `{}`; add it, or remove this entry",
                    key.name
                ),
            ));
        }
    }
    for name in &out {
        table.remove(name.as_str());
    }
}

/// Whether `value` is of the key's kind, checking inside tables. A table keeps what fits
/// in it; a list with anything wrong in it is taken out whole.
fn fits(
    file: &SourceFile,
    key: &Key,
    value: &mut Spanned<DeValue<'_>>,
    dotted: &str,
    found: &mut Found,
) -> bool {
    let span = value.span();
    let wrong = |what: String, found: &mut Found| {
        found.problems.push(file.error_in(span.clone(), what));
        false
    };
    let name = key.name;
    let is = plain_kind(value.get_ref());
    match (key.kind, value.get_mut()) {
        (Kind::Text, DeValue::String(_))
        | (Kind::Bool, DeValue::Boolean(_))
        | (Kind::Integer, DeValue::Integer(_)) => true,
        (Kind::Text, _) => wrong(format!("{name} must be text in quotes, not {is}"), found),
        (Kind::Bool, _) => wrong(
            format!("{name} must be true or false (without quotes), not {is}"),
            found,
        ),
        (Kind::Integer, _) => wrong(
            format!("{name} must be a whole number (without quotes), not {is}"),
            found,
        ),
        (Kind::Texts, DeValue::Array(items)) => {
            let mut all = true;
            for item in items
                .iter()
                .filter(|i| !matches!(i.get_ref(), DeValue::String(_)))
            {
                found.problems.push(file.error_in(
                    item.span(),
                    format!(
                        "each of {name} must be text in quotes, not {}",
                        plain_kind(item.get_ref())
                    ),
                ));
                all = false;
            }
            all
        }
        (Kind::Texts, _) => wrong(
            format!("{name} must be a list of texts, such as [\"...\", \"...\"], not {is}"),
            found,
        ),
        (Kind::Table(keys), DeValue::Table(table)) => {
            walk(file, table, keys, dotted, span.start, found);
            true
        }
        (Kind::Table(_), _) => wrong(
            format!("{name} must be a table: a line [{dotted}] with its keys under it, not {is}"),
            found,
        ),
        (Kind::Tables(keys), DeValue::Array(items)) => {
            let before = found.problems.len();
            for item in items.iter_mut() {
                let at = item.span();
                match item.get_mut() {
                    DeValue::Table(table) => walk(file, table, keys, dotted, at.start, found),
                    other => found.problems.push(file.error_in(
                        at,
                        format!(
                            "each {name} must be a [[{dotted}]] table, not {}",
                            plain_kind(other)
                        ),
                    )),
                }
            }
            // An entry missing its name or contact cannot be shown; the list is left out.
            found.problems.len() == before
        }
        (Kind::Tables(_), _) => wrong(
            format!("{name} must be one or more [[{dotted}]] tables, not {is}"),
            found,
        ),
    }
}

/// What a value is, in plain words.
fn plain_kind(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "text",
        DeValue::Integer(_) | DeValue::Float(_) => "a number",
        DeValue::Boolean(_) => "true or false",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a table",
    }
}

fn dotted(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}.{name}")
    }
}

/// The message for an unknown key in the table at `path`, and the dotted key it was
/// probably meant to be: a known key spelled nearly the same, or the same key in another
/// table.
fn unknown(name: &str, keys: &'static [Key], path: &str) -> (String, Option<String>) {
    let here = if path.is_empty() {
        String::new()
    } else {
        format!(" in [{path}]")
    };
    if let Some(near) = nearest(name, keys) {
        return (
            format!("unknown key `{name}`{here}; did you mean `{near}`?"),
            Some(dotted(path, near)),
        );
    }
    if let Some(table) = table_of(name, TOP, "").filter(|t| t != path) {
        let place = if table.is_empty() {
            "at the top of the file, before any [table]".to_string()
        } else {
            format!("in the [{table}] table")
        };
        return (
            format!("`{name}` belongs {place}, not{}", here_or_top(&here)),
            Some(dotted(&table, name)),
        );
    }
    let names: Vec<&str> = keys.iter().map(|k| k.name).collect();
    (
        format!(
            "unknown key `{name}`{here}; the keys here are {}",
            names.join(", ")
        ),
        None,
    )
}

fn here_or_top(here: &str) -> String {
    if here.is_empty() {
        " at the top".to_string()
    } else {
        here.to_string()
    }
}

/// The dotted table a key of this name belongs in, if any.
fn table_of(name: &str, keys: &'static [Key], path: &str) -> Option<String> {
    keys.iter().find_map(|key| {
        if key.name == name {
            return Some(path.to_string());
        }
        match key.kind {
            Kind::Table(inner) | Kind::Tables(inner) => {
                table_of(name, inner, &dotted(path, key.name))
            }
            _ => None,
        }
    })
}

/// The known key spelled most nearly like `name`: at most two letters off, or one holding
/// the other (`pin` for `admin_pin`).
fn nearest(name: &str, keys: &'static [Key]) -> Option<&'static str> {
    let name = name.to_lowercase();
    keys.iter()
        .map(|k| (distance(&name, k.name), k.name))
        .filter(|(d, known)| {
            *d <= 2
                || (name.chars().count() >= 3 && (known.contains(&name) || name.contains(known)))
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, known)| known)
}

/// Edit distance: letters added, removed or changed to turn `a` into `b`.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let here = row[j + 1];
            row[j + 1] = if ca == *cb {
                previous
            } else {
                1 + previous.min(row[j]).min(here)
            };
            previous = here;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Found {
        let file = SourceFile {
            path: "config.toml".into(),
            text: text.into(),
        };
        let mut root = DeTable::parse(text).expect("parses");
        check(&file, &mut root)
    }

    /// The problems in the order of the file.
    fn messages(found: &Found) -> Vec<String> {
        let mut problems = found.problems.clone();
        problems.sort_by_key(|p| p.position);
        problems.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn every_unknown_key_is_found_with_the_one_it_was_meant_to_be() {
        let found =
            found("theme = \"mono\"\nmous = true\n[kiosk]\nidle_timout = 120\npin = \"2468\"\n");
        let all = messages(&found);
        assert_eq!(
            all,
            vec![
                "config.toml:2:1: unknown key `mous`; did you mean `mouse`?",
                "config.toml:4:1: unknown key `idle_timout` in [kiosk]; did you mean \
                 `idle_timeout`?",
                "config.toml:5:1: unknown key `pin` in [kiosk]; did you mean `admin_pin`?",
            ]
        );
        let mut unsure = found.unsure.clone();
        unsure.sort();
        assert_eq!(unsure, ["kiosk.admin_pin", "kiosk.idle_timeout", "mouse"]);
    }

    #[test]
    fn a_key_in_the_wrong_table_is_told_where_it_goes() {
        let found = found("idle_timeout = 60\n[kiosk]\ntheme = \"mono\"\ncolour = 1\n");
        let all = messages(&found);
        assert_eq!(all.len(), 3, "{all:#?}");
        assert!(all[0].starts_with("config.toml:1:1: `idle_timeout` belongs in the [kiosk] table"));
        assert!(all[1].starts_with("config.toml:3:1: `theme` belongs at the top of the file"));
        assert!(all[2]
            .starts_with("config.toml:4:1: unknown key `colour` in [kiosk]; the keys here are"));
    }

    #[test]
    fn every_value_of_the_wrong_kind_is_found_and_taken_out() {
        let text = "ascii = \"yes\"\nmouse = 1\nmode = true\n[kiosk]\nidle_timeout = \"90\"\n\
                    countdown = 15\n[[kiosk.local_help]]\nname = \"Desk\"\n[[kiosk.local_help]]\n\
                    contact = \"x\"\ndetails = [\"a\", 2]\n";
        let file = SourceFile {
            path: "config.toml".into(),
            text: text.into(),
        };
        let mut root = DeTable::parse(text).expect("parses");
        let found = check(&file, &mut root);
        let all = messages(&found);
        let expected = [
            "config.toml:1:9: ascii must be true or false",
            "config.toml:2:9: mouse must be true or false",
            "config.toml:3:8: mode must be text in quotes, not true or false",
            "config.toml:5:16: idle_timeout must be a whole number",
            "config.toml:7:1: [[kiosk.local_help]] needs `contact`",
            "config.toml:9:1: [[kiosk.local_help]] needs `name`",
            "config.toml:11:17: each of details must be text in quotes, not a number",
        ];
        assert_eq!(all.len(), expected.len(), "{all:#?}");
        for (got, want) in all.iter().zip(expected) {
            assert!(got.starts_with(want), "{got} does not start with {want}");
        }
        // What fits is kept, what does not is gone: serde reads the rest.
        let kept: Vec<String> = root
            .get_ref()
            .iter()
            .map(|(k, _)| k.get_ref().to_string())
            .collect();
        assert_eq!(kept, ["kiosk"]);
        let kiosk = root.get_ref().get("kiosk").map(|k| k.get_ref().clone());
        let Some(DeValue::Table(kiosk)) = kiosk else {
            panic!("kiosk kept");
        };
        let inner: Vec<String> = kiosk.iter().map(|(k, _)| k.get_ref().to_string()).collect();
        assert_eq!(inner, ["countdown"]);
    }

    #[test]
    fn a_good_file_has_nothing_to_say() {
        let found = found(
            "mode = \"kiosk\"\n[kiosk]\nadmin_pin = \"2468\"\n[[kiosk.local_help]]\n\
             name = \"Desk\"\ncontact = \"Here\"\ndetails = [\"a\"]\n",
        );
        assert!(found.problems.is_empty(), "{:#?}", found.problems);
        assert!(found.unsure.is_empty());
    }

    #[test]
    fn edit_distance() {
        assert_eq!(distance("idle_timout", "idle_timeout"), 1);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("theme", "theme"), 0);
        assert_eq!(distance("kitten", "sitting"), 3);
    }
}
