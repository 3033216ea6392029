//! `lantern plan`: "My plan for hard moments" line by line, for screen readers and pipes, the
//! same steps, ideas and words as the full screen; and the plan as plain text, for
//! `lantern plan --print` (the saved plan).

use std::io::{self, BufRead, Write};
use std::path::PathBuf;

use super::ask::{self, read_answer};
use super::{words, PLAIN_WIDTH};
use crate::content::Pack;
use crate::document::Lines;
use crate::effects::error::EffectError;
use crate::i18n::Catalog;
use crate::screens::plan::{PROFESSIONALS, STEPS};

/// The plan's lines, one list a step.
pub type Steps = [Vec<String>; STEPS];

/// Saves the plan and says where, or why not; `None` where nothing may be saved (a kiosk, a
/// counselor's session), and then it is never offered.
pub type SavePlan<'a> = Option<&'a dyn Fn(&Steps) -> Result<PathBuf, EffectError>>;

/// The whole plan as plain text: each step's name and its lines, 988 first among the
/// professionals.
pub fn text(pack: &Pack, steps: &Steps) -> String {
    crate::screens::plan::as_text(pack, words(pack), steps, PLAIN_WIDTH)
}

/// Prints the saved plan, or says there is none (or why it cannot be read).
pub fn print(
    pack: &Pack,
    saved: io::Result<Option<Steps>>,
    out: &mut impl Write,
) -> io::Result<()> {
    let text = words(pack);
    match saved {
        Ok(Some(steps)) => write!(out, "{}", self::text(pack, &steps)),
        Ok(None) => writeln!(out, "{}", text.plan_none_saved),
        Err(err) => writeln!(out, "{}", (text.plan_unreadable)(&err.to_string())),
    }
}

/// The plan, step by step: for each, its ideas numbered; a number adds one, other words are
/// the person's own line, and an empty line goes on. Then the whole plan, and, where it may
/// be saved, the question whether to.
pub fn fill_in(
    pack: &Pack,
    input: &mut impl BufRead,
    out: &mut impl Write,
    save: SavePlan<'_>,
) -> io::Result<()> {
    let text = words(pack);
    writeln!(out, "{}", text.call_any_time)?;
    writeln!(out)?;
    writeln!(out, "{}", text.plan_title)?;
    say(out, text.plan_intro)?;
    say(
        out,
        if save.is_some() {
            text.plan_kept_lines_personal
        } else {
            text.plan_kept
        },
    )?;
    let mut steps: Steps = Default::default();
    for (i, lines) in steps.iter_mut().enumerate() {
        if !step(pack, text, i, lines, input, out)? {
            break;
        }
    }
    writeln!(out)?;
    write!(out, "{}", self::text(pack, &steps))?;
    let Some(save) = save else {
        return Ok(());
    };
    if steps.iter().all(Vec::is_empty) {
        return Ok(());
    }
    writeln!(out)?;
    if ask::yes(input, out, text.plan_save_question, text)? {
        match save(&steps) {
            Ok(path) => writeln!(out, "{}", (text.plan_saved)(&path.display().to_string()))?,
            Err(err) => writeln!(out, "{}", (text.plan_failed)(&err.text(text)))?,
        }
    }
    Ok(())
}

/// One step; `false` when the input ended.
fn step(
    pack: &Pack,
    text: &'static Catalog,
    i: usize,
    lines: &mut Vec<String>,
    input: &mut impl BufRead,
    out: &mut impl Write,
) -> io::Result<bool> {
    writeln!(out)?;
    writeln!(
        out,
        "{} · {}",
        (text.plan_step_of)(i + 1, STEPS),
        text.plan_steps[i]
    )?;
    say(out, text.plan_prompts[i])?;
    if i == PROFESSIONALS {
        if let Some(first) = crate::screens::plan::always_first(pack) {
            writeln!(out, "{} {first}", text.plan_always_first)?;
        }
    }
    let ideas = text.plan_examples[i];
    for (n, idea) in ideas.iter().enumerate() {
        writeln!(out, "  {}. {idea}", n + 1)?;
    }
    say(out, text.plan_lines_how)?;
    loop {
        write!(out, "> ")?;
        out.flush()?;
        let Some(typed) = read_answer(input)? else {
            writeln!(out)?;
            return Ok(false);
        };
        let typed = typed.trim();
        if typed.is_empty() {
            return Ok(true);
        }
        let line = match typed.parse::<usize>() {
            Ok(n) if (1..=ideas.len()).contains(&n) => {
                let idea = ideas[n - 1];
                if idea.ends_with(':') {
                    write!(out, "{} ", idea)?;
                    out.flush()?;
                    let Some(more) = read_answer(input)? else {
                        writeln!(out)?;
                        return Ok(false);
                    };
                    format!("{idea} {}", more.trim()).trim().to_string()
                } else {
                    idea.to_string()
                }
            }
            _ => typed.chars().take(200).collect(),
        };
        writeln!(out, "{}", (text.plan_added)(&line))?;
        lines.push(line);
    }
}

fn say(out: &mut impl Write, words: &str) -> io::Result<()> {
    for line in Lines::plain(words, "", "", PLAIN_WIDTH) {
        writeln!(out, "{line}")?;
    }
    Ok(())
}
