//! A kiosk shows only content that passed its check: the pack must validate, and when the
//! config pins a digest (`content_sha256`), the pack must have it. A kiosk whose content
//! fails does not show one word of it: it starts with the built-in pack's crisis panel
//! open (988 first) and a line for staff, and says why on standard error (the journal,
//! under systemd). A kiosk never exits over its content, because a service that keeps
//! restarting shows visitors a blank screen instead of help.
//!
//! Personal and counselor modes are unchanged: a pack with problems is refused with every
//! problem located, and exit code 2. The pin belongs to the kiosk settings and applies
//! only in kiosk mode.

use std::path::Path;

use crate::config::Mode;
use crate::content::{self, Languages, Problem};
use crate::digest::{self, Digest};

/// Why a kiosk's content was not shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// The pack is not the one the config pins.
    Mismatch { pinned: Digest, found: Digest },
    /// The pack could not be read, or it did not validate.
    Invalid(Vec<Problem>),
}

/// What was found where the content should be: read once, digested, validated.
#[derive(Debug, Clone)]
pub struct Found {
    /// The pack's digest; `None` when its files could not be read as a pack at all (then
    /// `validated` holds the problems).
    pub digest: Option<Digest>,
    /// A folder's pack in every language, or `None` for the built-in pack (checked when
    /// lantern was built, and decoded only when shown); or every problem.
    pub validated: Result<Option<Languages>, Vec<Problem>>,
}

/// What to do with the content found.
#[derive(Debug, Clone)]
pub enum Decision {
    /// Show it: the folder's packs, or the built-in pack (`None`).
    Show(Option<Languages>),
    /// A kiosk: show the built-in pack's crisis panel and the staff notice instead.
    Fallback(Failure),
    /// Personal or counselor mode: report the problems and exit with code 2.
    Refuse(Vec<Problem>),
}

/// The rule, pure: a kiosk shows content only when it matches the pin (if there is one)
/// and validates; other modes show valid content and refuse the rest.
pub fn decide(mode: Mode, pin: Option<Digest>, found: Found) -> Decision {
    if mode != Mode::Kiosk {
        return match found.validated {
            Ok(languages) => Decision::Show(languages),
            Err(problems) => Decision::Refuse(problems),
        };
    }
    // The pin first: a pack that is not the one pinned is not looked at any further.
    if let (Some(pinned), Some(found)) = (pin, found.digest) {
        if pinned != found {
            return Decision::Fallback(Failure::Mismatch { pinned, found });
        }
    }
    match found.validated {
        Ok(languages) => Decision::Show(languages),
        Err(problems) => Decision::Fallback(Failure::Invalid(problems)),
    }
}

/// What a session needs to know of its content: a folder is read once, in every language,
/// and its digest and validation taken from the same bytes. The built-in pack was validated
/// when lantern was built; its digest (over the source files compiled in with it) is taken
/// only when a pin asks for it.
pub fn read(dir: Option<&Path>, pinned: bool) -> Found {
    match dir {
        None => Found {
            digest: if pinned { examine(None).0 } else { None },
            validated: Ok(None),
        },
        Some(dir) => {
            let (digest, validated) = examine(Some(dir));
            Found {
                digest,
                validated: validated.map(Some),
            }
        }
    }
}

/// A pack's files, built-in or in a folder, read once in every language: their digest
/// (`None` when they could not be read as a pack) and their validation, as `lantern
/// validate` does it.
pub fn examine(dir: Option<&Path>) -> (Option<Digest>, Result<Languages, Vec<Problem>>) {
    match content::files_languages(dir) {
        Ok(files) => (
            Some(digest::of_pack(&files)),
            content::validate_languages(&files),
        ),
        Err(problems) => (None, Err(problems)),
    }
}

/// The content a session shows, and whether a kiosk fell back from the content it was
/// given.
#[derive(Debug, Clone)]
pub struct Checked {
    /// A folder's pack in every language, or `None` for the built-in pack.
    pub folder: Option<Languages>,
    pub failure: Option<Failure>,
}

/// The content to show in `mode`: checked as `decide` says, with the built-in pack (in
/// every language it has) in place of a kiosk's content that failed. `Err` holds the
/// problems to report with exit code 2.
pub fn load(mode: Mode, pin: Option<Digest>, dir: Option<&Path>) -> Result<Checked, Vec<Problem>> {
    match decide(mode, pin, read(dir, pin.is_some())) {
        Decision::Show(folder) => Ok(Checked {
            folder,
            failure: None,
        }),
        // Nothing of the content that failed is kept.
        Decision::Fallback(failure) => Ok(Checked {
            folder: None,
            failure: Some(failure),
        }),
        Decision::Refuse(problems) => Err(problems),
    }
}

/// What the kiosk writes to standard error when its content failed: every problem, what it
/// shows instead, and what staff can do.
pub fn report(failure: &Failure, dir: Option<&Path>, config: Option<&Path>) -> String {
    let pack = dir.map_or_else(
        || "the built-in pack".to_string(),
        |d| d.display().to_string(),
    );
    let validate = dir.map_or_else(
        || "lantern validate".to_string(),
        |d| format!("lantern validate {}", d.display()),
    );
    let doctor = format!(
        "lantern doctor --mode kiosk{}{}",
        config.map_or_else(String::new, |c| format!(" --config {}", c.display())),
        dir.map_or_else(String::new, |d| format!(" --content {}", d.display())),
    );
    let config = config.map_or_else(
        || "the config file".to_string(),
        |c| c.display().to_string(),
    );
    let mut text = String::new();
    match failure {
        Failure::Mismatch { pinned, found } => {
            text.push_str(&format!(
                "lantern: kiosk content check failed: {pack} has SHA-256 {found}, but \
                 content_sha256 in {config} is {pinned}.\n\
                 lantern: if the pack was changed on purpose, check it and pin its digest \
                 ({validate} --print-digest); if not, put the pinned pack back.\n"
            ));
        }
        Failure::Invalid(problems) => {
            for problem in problems {
                text.push_str(&format!("{problem}\n"));
            }
            let errors = problems.iter().filter(|p| p.is_error()).count();
            text.push_str(&format!(
                "lantern: kiosk content check failed: {pack} has {errors} problem{} (listed \
                 above); fix {} and check with {validate}.\n",
                if errors == 1 { "" } else { "s" },
                if errors == 1 { "it" } else { "them" },
            ));
        }
    }
    text.push_str(&format!(
        "lantern: the kiosk shows the built-in pack's crisis panel (988 first) instead, and \
         none of the content that failed. To check the whole setup: {doctor}\n"
    ));
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Severity;

    fn problem() -> Problem {
        Problem {
            file: "pack/crisis.toml".into(),
            position: Some((3, 7)),
            severity: Severity::Error,
            message: "the first resource must be 988".into(),
        }
    }

    fn found(digest: Option<Digest>, valid: bool) -> Found {
        Found {
            digest,
            validated: if valid {
                Ok(Some(Vec::new()))
            } else {
                Err(vec![problem()])
            },
        }
    }

    fn shown(decision: &Decision) -> &'static str {
        match decision {
            Decision::Show(_) => "show",
            Decision::Fallback(Failure::Mismatch { .. }) => "fallback: mismatch",
            Decision::Fallback(Failure::Invalid(_)) => "fallback: invalid",
            Decision::Refuse(_) => "refuse",
        }
    }

    #[test]
    fn a_kiosk_shows_only_content_that_matches_its_pin_and_validates() {
        let good = Digest::of(b"the pack");
        let other = Digest::of(b"another pack");
        let kiosk = Mode::Kiosk;
        let cases = [
            (Some(good), Some(good), true, "show"),
            (None, Some(good), true, "show"),
            (Some(good), Some(other), true, "fallback: mismatch"),
            // The pin is checked first: a pack that is not the pinned one is not read on.
            (Some(good), Some(other), false, "fallback: mismatch"),
            (Some(good), Some(good), false, "fallback: invalid"),
            (None, Some(good), false, "fallback: invalid"),
            // Files that could not be read as a pack: no digest to compare, invalid.
            (Some(good), None, false, "fallback: invalid"),
            (None, None, false, "fallback: invalid"),
        ];
        for (pin, digest, valid, expected) in cases {
            let decision = decide(kiosk, pin, found(digest, valid));
            assert_eq!(shown(&decision), expected, "{pin:?} {digest:?} {valid}");
        }
    }

    #[test]
    fn other_modes_refuse_a_bad_pack_and_ignore_the_pin() {
        let good = Digest::of(b"the pack");
        let other = Digest::of(b"another pack");
        for mode in [Mode::Personal, Mode::Counselor] {
            let bad = decide(mode, Some(good), found(Some(good), false));
            assert_eq!(shown(&bad), "refuse");
            let unpinned = decide(mode, Some(good), found(Some(other), true));
            assert_eq!(shown(&unpinned), "show");
        }
    }

    #[test]
    fn the_report_says_why_what_is_shown_and_what_to_do() {
        let pinned = Digest::of(b"a");
        let found = Digest::of(b"b");
        let text = report(
            &Failure::Mismatch { pinned, found },
            Some(Path::new("/srv/pack")),
            Some(Path::new("/etc/lantern/kiosk.toml")),
        );
        assert!(
            text.contains(&format!("/srv/pack has SHA-256 {found}")),
            "{text}"
        );
        assert!(text.contains(&format!("/etc/lantern/kiosk.toml is {pinned}")));
        assert!(text.contains("lantern validate /srv/pack --print-digest"));
        assert!(text.contains("crisis panel (988 first)"));
        assert!(text.contains(
            "lantern doctor --mode kiosk --config /etc/lantern/kiosk.toml --content /srv/pack"
        ));

        let text = report(&Failure::Invalid(vec![problem()]), None, None);
        assert!(text.starts_with("pack/crisis.toml:3:7: the first resource must be 988\n"));
        assert!(text.contains("the built-in pack has 1 problem (listed above)"));
    }

    #[test]
    fn the_built_in_pack_is_digested_only_when_pinned() {
        assert!(
            read(None, false).digest.is_none(),
            "no work a start does not need"
        );
        let found = read(None, true);
        assert!(found.digest.is_some());
        assert!(
            matches!(found.validated, Ok(None)),
            "checked when lantern was built"
        );
    }

    #[test]
    fn a_failed_kiosk_keeps_nothing_of_its_content() -> Result<(), Vec<Problem>> {
        let dir = tempfile::tempdir().map_err(|_| Vec::new())?;
        let checked = load(Mode::Kiosk, None, Some(dir.path()))?;
        assert!(checked.folder.is_none(), "the built-in pack instead");
        assert!(matches!(checked.failure, Some(Failure::Invalid(_))));
        Ok(())
    }
}
