//! The report: a heading, one line per check with its details under it, and a summary.

use super::checks::{pack_name, plural};
use super::*;

/// The report: a heading, one line per check with its details under it, and a summary.
pub fn report(facts: &Facts, checks: &[Check]) -> String {
    let mut out = String::new();
    let config = facts
        .config
        .path
        .as_ref()
        .map_or_else(|| "none".to_string(), |p| p.display().to_string());
    let _ = writeln!(
        out,
        "lantern doctor {}: {} mode, config {config}, content {}",
        env!("CARGO_PKG_VERSION"),
        facts.mode().name(),
        pack_name(facts)
    );
    for check in checks {
        let _ = writeln!(
            out,
            "{:<8} {}: {}",
            check.status.label(),
            check.topic,
            check.text
        );
        for detail in &check.details {
            let _ = writeln!(out, "           {detail}");
        }
    }
    let problems: Vec<&str> = checks
        .iter()
        .filter(|c| c.status == Status::Problem)
        .map(|c| c.topic)
        .collect();
    let notes = checks.iter().filter(|c| c.status == Status::Note).count();
    if problems.is_empty() {
        let _ = writeln!(
            out,
            "Summary: no problems in {} checks ({notes} note{}).",
            checks.len(),
            plural(notes)
        );
    } else {
        let _ = writeln!(
            out,
            "Summary: {} problem{} ({}). Fix each one above, then run lantern doctor again.",
            problems.len(),
            plural(problems.len()),
            problems.join(", ")
        );
    }
    // A path or a file's text could hold a terminal escape; show it, harmlessly.
    out.chars()
        .map(|c| if c.is_control() && c != '\n' { '?' } else { c })
        .collect()
}
