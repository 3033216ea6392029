//! Every check, each a pure function of the facts.

use super::*;

/// Every check, in the order they are printed.
pub fn checks(facts: &Facts) -> Vec<Check> {
    let mut checks = vec![
        terminal(facts),
        characters(facts),
        colours(facts),
        mouse(facts),
        config_file(facts),
    ];
    checks.extend(folders(facts));
    checks.push(content_pack(facts));
    checks.push(language(facts));
    if facts.mode() == Mode::Kiosk {
        checks.push(content_pin(facts));
        checks.push(idle(facts));
        checks.push(staff_exit(facts));
        checks.push(local_help(facts));
    }
    unknown::mark(facts, &mut checks);
    checks
}

fn terminal(facts: &Facts) -> Check {
    let need = format!("{MIN_WIDTH}x{MIN_HEIGHT}");
    match facts.terminal {
        None => Check::new(
            Status::Note,
            "terminal",
            format!(
                "standard output is not a terminal, so its size cannot be checked; lantern \
                 needs at least {need} (run lantern doctor on the screen it will use)"
            ),
        ),
        Some((width, height)) if width < MIN_WIDTH || height < MIN_HEIGHT => Check::new(
            Status::Problem,
            "terminal",
            format!(
                "{width}x{height} is smaller than the {need} lantern needs; it would show only \
                 a short notice with 988. Make the window or the console font bigger"
            ),
        ),
        Some((width, height)) => Check::new(
            Status::Ok,
            "terminal",
            format!("{width}x{height}, at least the {need} lantern needs"),
        ),
    }
}

/// The first of the locale variables that is set, as the C library picks it.
fn locale(facts: &Facts) -> Option<(&'static str, &str)> {
    ["LC_ALL", "LC_CTYPE", "LANG"]
        .into_iter()
        .find_map(|name| facts.var(name).map(|value| (name, value)))
}

fn characters(facts: &Facts) -> Check {
    let linux_console = facts.var("TERM") == Some("linux");
    let utf8 = locale(facts).is_some_and(|(_, value)| {
        let value = value.to_ascii_lowercase();
        value.contains("utf-8") || value.contains("utf8")
    });
    let named = locale(facts).map_or_else(
        || "no locale is set (LANG, LC_CTYPE, LC_ALL)".to_string(),
        |(name, value)| format!("{name}={value}"),
    );
    let ascii = facts.settings.ascii;
    match (utf8 && !linux_console, ascii) {
        (true, false) => Check::new(
            Status::Ok,
            "characters",
            format!("{named} is UTF-8: lantern draws lines, arrows and accents"),
        ),
        (true, true) => Check::new(
            Status::Ok,
            "characters",
            format!("{named} is UTF-8, and ASCII mode is on: plain ASCII characters only"),
        ),
        (false, true) => Check::new(
            Status::Ok,
            "characters",
            if linux_console {
                "the Linux console (TERM=linux) has few characters: lantern draws plain ASCII"
                    .to_string()
            } else {
                format!("{named} is not UTF-8: lantern draws plain ASCII")
            },
        ),
        (false, false) => Check::new(
            Status::Problem,
            "characters",
            format!(
                "{} but the config file sets ascii = false: lines and arrows may show as \
                 garbage. Remove that line, or use a UTF-8 locale (such as C.UTF-8)",
                if linux_console {
                    "this is the Linux console (TERM=linux)".to_string()
                } else {
                    format!("{named} is not UTF-8")
                }
            ),
        ),
    }
}

fn colours(facts: &Facts) -> Check {
    let term = facts.var("TERM");
    let mut text = match term {
        Some(term) => format!("TERM={term}"),
        None => "TERM is not set".to_string(),
    };
    if let Some(colorterm) = facts.var("COLORTERM") {
        let _ = write!(text, ", COLORTERM={colorterm}");
    }
    let theme = facts.settings.theme;
    if facts.var("NO_COLOR").is_some() && theme == ThemeName::Mono {
        text.push_str("; NO_COLOR is set, so no colour at all (theme mono)");
    } else {
        let _ = write!(
            text,
            "; theme {}{}",
            theme.name(),
            match theme {
                ThemeName::Default => " (the terminal's own colours)",
                ThemeName::HighContrast => " (bright colours and bold on black)",
                ThemeName::Mono => " (no colour: bold, underline and reverse video)",
            }
        );
    }
    if term == Some("dumb") {
        let status = if facts.mode() == Mode::Kiosk {
            Status::Problem
        } else {
            Status::Note
        };
        text.push_str(
            "; with TERM=dumb lantern runs its line-by-line menu, not the full-screen app",
        );
        return Check::new(status, "colours", text);
    }
    Check::new(Status::Ok, "colours", text)
}

fn mouse(facts: &Facts) -> Check {
    let on = facts.settings.mouse;
    match (facts.mode(), on) {
        (Mode::Kiosk, true) => Check::new(
            Status::Ok,
            "mouse and touch",
            "on, as always in a kiosk: visitors can touch items, buttons and the help badge",
        ),
        (Mode::Kiosk, false) => Check::new(
            Status::Note,
            "mouse and touch",
            "off (mouse = false in the config file): visitors can use only the keyboard",
        ),
        (_, true) => Check::new(
            Status::Ok,
            "mouse and touch",
            "on: clicks and the wheel work; hold Shift to select text to copy",
        ),
        (_, false) => Check::new(
            Status::Ok,
            "mouse and touch",
            "off, so the terminal's own copy and paste works (turn it on with --mouse or o)",
        ),
    }
}

fn config_file(facts: &Facts) -> Check {
    let config = &facts.config;
    let Some(path) = &config.path else {
        return Check::new(
            Status::Note,
            "config file",
            "there is no config folder (no home folder?); the defaults apply",
        );
    };
    let shown = path.display();
    if !config.problems.is_empty() {
        let count = config.problems.len();
        return Check::new(
            Status::Problem,
            "config file",
            format!(
                "{shown} has {count} mistake{} (below); lantern will not start until {} fixed",
                plural(count),
                if count == 1 { "it is" } else { "they are" }
            ),
        )
        .with_details(config.problems.iter().map(ToString::to_string).collect());
    }
    if !config.exists {
        return Check::new(
            Status::Ok,
            "config file",
            format!("{shown} does not exist, so the defaults apply"),
        );
    }
    if facts.mode() == Mode::Kiosk
        && facts.settings.admin_pin.is_some()
        && config.readable_by_others
    {
        return Check::new(
            Status::Problem,
            "config file",
            format!(
                "{shown} reads well, but it holds the staff PIN and every account can read \
                 it: chown root:lantern {shown} && chmod 640 {shown}"
            ),
        );
    }
    Check::new(Status::Ok, "config file", format!("{shown} reads well"))
}

fn folders(facts: &Facts) -> Vec<Check> {
    if facts.mode() == Mode::Kiosk {
        return vec![Check::new(
            Status::Ok,
            "files",
            "a kiosk writes nothing to disk, so no folder needs to be writable",
        )];
    }
    facts
        .folders
        .iter()
        .map(|folder| {
            let Some(path) = &folder.path else {
                return Check::new(
                    Status::Problem,
                    folder.purpose,
                    "there is no such folder (no home folder?), so this cannot be saved",
                );
            };
            let shown = path.display();
            match &folder.probe {
                Probe::Writable => {
                    Check::new(Status::Ok, folder.purpose, format!("{shown} is writable"))
                }
                Probe::WouldCreate(parent) => Check::new(
                    Status::Ok,
                    folder.purpose,
                    format!(
                        "{shown} does not exist yet; lantern would create it ({} is writable)",
                        parent.display()
                    ),
                ),
                Probe::NotWritable(why) => Check::new(
                    Status::Problem,
                    folder.purpose,
                    format!(
                        "{shown} cannot be written ({why}); lantern would carry on without \
                         saving. Fix the folder's owner or permissions"
                    ),
                ),
            }
        })
        .collect()
}

pub(super) fn pack_name(facts: &Facts) -> String {
    facts.content.dir.as_ref().map_or_else(
        || "the built-in pack".to_string(),
        |d| d.display().to_string(),
    )
}

fn content_pack(facts: &Facts) -> Check {
    let content = &facts.content;
    let name = pack_name(facts);
    match &content.validated {
        Ok(languages) => {
            let sections = languages.first().map_or(0, |(_, n)| *n);
            let codes: Vec<&str> = languages.iter().map(|(l, _)| l.code()).collect();
            let digest = content
                .digest
                .map_or_else(|| "unknown".to_string(), |d| d.to_string());
            let warnings = content.warnings.len();
            let status = if warnings == 0 {
                Status::Ok
            } else {
                Status::Note
            };
            let mut text = format!(
                "{name} validates: {sections} sections in {}; SHA-256 {digest}",
                codes.join(", ")
            );
            if warnings > 0 {
                let _ = write!(text, "; {warnings} warning{} (below)", plural(warnings));
            }
            Check::new(status, "content", text)
                .with_details(content.warnings.iter().map(ToString::to_string).collect())
        }
        Err(problems) => {
            let errors = problems.iter().filter(|p| p.is_error()).count();
            let what_happens = if facts.mode() == Mode::Kiosk {
                "a kiosk would show only the built-in crisis panel"
            } else {
                "lantern will not start with it"
            };
            Check::new(
                Status::Problem,
                "content",
                format!(
                    "{name} has {errors} problem{} (below); {what_happens}",
                    plural(errors)
                ),
            )
            .with_details(problems.iter().map(ToString::to_string).collect())
        }
    }
}

fn language(facts: &Facts) -> Check {
    let has: Vec<Lang> = match &facts.content.validated {
        Ok(languages) => languages.iter().map(|(l, _)| *l).collect(),
        Err(_) => Vec::new(),
    };
    let lang = facts.settings.lang;
    let codes = has.iter().map(|l| l.code()).collect::<Vec<_>>().join(", ");
    if has.is_empty() || has.contains(&lang) {
        Check::new(
            Status::Ok,
            "language",
            format!(
                "{} ({}){}",
                lang.code(),
                lang.own_name(),
                if codes.is_empty() {
                    String::new()
                } else {
                    format!("; the content is in {codes}")
                }
            ),
        )
    } else {
        let status = if facts.lang_asked.is_some() {
            Status::Note
        } else {
            Status::Ok
        };
        Check::new(
            status,
            "language",
            format!(
                "{} was asked for, but the content is only in {codes}, so lantern shows {}",
                lang.code(),
                has.first().map_or("en", |l| l.code())
            ),
        )
    }
}

fn content_pin(facts: &Facts) -> Check {
    let pin = facts.settings.content_sha256;
    match (&facts.content.kiosk_failure, pin) {
        (Some(Failure::Mismatch { pinned, found }), _) => Check::new(
            Status::Problem,
            "content pin",
            format!(
                "{} has SHA-256 {found}, but content_sha256 is {pinned}: the kiosk would \
                 show only the built-in crisis panel. Put the pinned pack back, or pin this \
                 one once it is checked",
                pack_name(facts)
            ),
        ),
        // The problem itself is counted once, under "content"; this says what the pin
        // has to do with it.
        (Some(Failure::Invalid(_)), pin) => Check::new(
            Status::Note,
            "content pin",
            format!(
                "{}, but the pack does not pass its checks (see content), so the kiosk does \
                 not show it",
                match (pin, facts.content.digest) {
                    (Some(_), Some(_)) => "the pack matches content_sha256",
                    (Some(_), None) => "the pack could not be read to compare with content_sha256",
                    (None, _) => "no content_sha256 is set",
                }
            ),
        ),
        (None, Some(_)) => Check::new(
            Status::Ok,
            "content pin",
            "the pack matches content_sha256 in the config file",
        ),
        (None, None) => Check::new(
            Status::Note,
            "content pin",
            format!(
                "no content_sha256 in [kiosk]: the kiosk shows whatever {} holds. To pin \
                 it: content_sha256 = \"{}\"",
                pack_name(facts),
                facts
                    .content
                    .digest
                    .map_or_else(String::new, |d| d.to_string())
            ),
        ),
    }
}

fn idle(facts: &Facts) -> Check {
    let settings = &facts.settings;
    Check::new(
        Status::Ok,
        "idle timeout",
        format!(
            "after {} without input \"Still there?\" counts down {}, then everything is wiped",
            seconds(settings.idle_timeout),
            seconds(settings.countdown)
        ),
    )
}

fn staff_exit(facts: &Facts) -> Check {
    match facts.settings.admin_pin.as_deref() {
        // The PIN itself is never printed.
        Some(EXAMPLE_PIN) => Check::new(
            Status::Problem,
            "staff exit",
            "admin_pin is still the example's: change it before visitors use the kiosk",
        ),
        Some(_) => Check::new(
            Status::Ok,
            "staff exit",
            "admin_pin is set (not shown here): Ctrl-X, the PIN, Enter ends lantern",
        ),
        None => Check::new(
            Status::Note,
            "staff exit",
            "no admin_pin: only the service manager (systemctl stop) can end the kiosk",
        ),
    }
}

fn local_help(facts: &Facts) -> Check {
    let entries = &facts.settings.local_help;
    if entries.is_empty() {
        return Check::new(
            Status::Note,
            "local help",
            "no local entries: the crisis panel shows only the pack's resources, 988 first",
        );
    }
    let names: Vec<String> = entries.iter().map(|e| format!("\"{}\"", e.name)).collect();
    let unfinished = entries.iter().any(|e| {
        [&e.name, &e.contact]
            .into_iter()
            .chain(e.when.as_ref())
            .chain(&e.details)
            .any(|text| text.contains(PLACEHOLDER))
    });
    if unfinished {
        return Check::new(
            Status::Problem,
            "local help",
            format!(
                "an entry still says {PLACEHOLDER}: put in your clinic's own, checked \
                 details, or remove it ({})",
                names.join(", ")
            ),
        );
    }
    Check::new(
        Status::Ok,
        "local help",
        format!("after 988 the crisis panel lists {}", names.join(", ")),
    )
}

fn seconds(duration: Duration) -> String {
    let n = duration.as_secs();
    format!("{n} second{}", plural(usize::try_from(n).unwrap_or(2)))
}

pub(super) fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
