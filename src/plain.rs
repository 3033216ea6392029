//! Line-by-line views for pipes, printing and screen readers: no escape codes, ever.

use std::io::{self, BufRead, Write};

use crate::content::Pack;
use crate::document::{print_section, rich_runs, Lines, Run, Tone, ASCII};
use crate::i18n::{Catalog, Lang};
use crate::screens::selfcheck::lines::{given_text, told};
use crate::screens::selfcheck::privacy::{self, Place};
use crate::selfcheck::{Answer, Answers, Questionnaire, Report};

mod ask;
pub mod plan;

use ask::{Reply, Way};

/// Saves a summary of the answers and says where, or why it could not; `None` where
/// nothing may be saved (a kiosk), and then it is never offered.
pub type SaveSummary<'a> = Option<
    &'a dyn Fn(&[Option<Answer>]) -> Result<std::path::PathBuf, crate::effects::error::EffectError>,
>;

/// lantern's own words around a pack: in the pack's language.
fn words(pack: &Pack) -> &'static Catalog {
    Lang::of_pack(pack).catalog()
}

/// Width plain text is wrapped to: fits a standard terminal and a printed page.
pub const PLAIN_WIDTH: usize = 78;

/// The crisis resources, 988 first, as numbered plain text.
pub fn resources(pack: &Pack, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "{}", words(pack).get_help_now)?;
    resources_body(pack, out)
}

/// The crisis resources without their heading, for a printout that heads them itself.
fn resources_body(pack: &Pack, out: &mut impl Write) -> io::Result<()> {
    let text = words(pack);
    // Wrapped for printing; each resource's lines are indented under its number.
    let indented = |text: &str, first: &str, rest: &str| -> Vec<String> {
        let mut l = Lines::for_print(PLAIN_WIDTH);
        l.push(
            &[Run::new(text, Tone::Body)],
            &[Run::new(first, Tone::Body)],
            &[Run::new(rest, Tone::Body)],
        );
        l.into_lines()
            .iter()
            .map(|d| d.text().trim_end().to_string())
            .collect()
    };
    for line in indented(text.crisis_opening, "", "") {
        writeln!(out, "{line}")?;
    }
    for (i, r) in pack.crisis.iter().enumerate() {
        writeln!(out)?;
        let mut lines = indented(&r.name, &format!("{}. ", i + 1), "   ");
        lines.extend(indented(&r.contact, "   ", "   "));
        if let Some(when) = &r.when {
            lines.extend(indented(when, "   ", "   "));
        }
        for detail in &r.details {
            lines.extend(indented(detail, "   - ", "     "));
        }
        for line in lines {
            writeln!(out, "{line}")?;
        }
    }
    writeln!(out)?;
    for line in indented(text.crisis_how, "", "") {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// Finds a section by its number (1-based) or its id.
pub fn find_section(pack: &Pack, wanted: &str) -> Option<usize> {
    if let Ok(n) = wanted.trim().parse::<usize>() {
        return (1..=pack.sections.len()).contains(&n).then(|| n - 1);
    }
    pack.sections.iter().position(|s| s.id == wanted.trim())
}

/// One section as plain text: headings underlined, lists and tables in ASCII.
pub fn section(pack: &Pack, index: usize, out: &mut impl Write) -> io::Result<()> {
    for line in print_section(pack, index, PLAIN_WIDTH, ASCII, words(pack)) {
        let text = line.text();
        writeln!(out, "{}", text.trim_end())?;
        let underline = match line.runs.first().map(|r| r.tone) {
            Some(Tone::Title) => Some('='),
            Some(Tone::Heading) => Some('-'),
            _ => None,
        };
        if let Some(mark) = underline {
            writeln!(out, "{}", mark.to_string().repeat(line.width()))?;
        }
    }
    Ok(())
}

/// Every section, or one, as plain text.
pub fn read(pack: &Pack, only: Option<usize>, out: &mut impl Write) -> io::Result<()> {
    match only {
        Some(index) => section(pack, index, out),
        None => {
            let head = [
                pack.meta.title.clone(),
                words(pack).call_any_time.to_string(),
            ];
            for line in wrap_plain(&head) {
                writeln!(out, "{line}")?;
            }
            for index in 0..pack.sections.len() {
                writeln!(out)?;
                writeln!(out)?;
                section(pack, index, out)?;
            }
            Ok(())
        }
    }
}

/// The accessible line mode: a numbered menu on standard input and output, used when
/// lantern is not attached to a terminal that can show the full-screen app. Every list
/// under it has a way back to it.
pub fn menu(
    pack: &Pack,
    input: &mut impl BufRead,
    out: &mut impl Write,
    save: SaveSummary<'_>,
) -> io::Result<()> {
    let text = words(pack);
    loop {
        writeln!(out)?;
        writeln!(out, "{}", text.call_any_time)?;
        writeln!(out, "lantern: {}", pack.meta.title)?;
        writeln!(out, "1. {}", text.menu_read)?;
        writeln!(out, "2. {}", text.menu_self_check)?;
        writeln!(out, "3. {}", text.menu_get_help)?;
        writeln!(out, "4. {}", text.menu_quit)?;
        match ask::number(input, out, 4, &(text.type_a_number)(4), Way::None, text)? {
            Reply::End | Reply::Number(4) => return Ok(()),
            Reply::Number(1) => {
                writeln!(out)?;
                writeln!(out, "{}", text.sections_label)?;
                for (i, s) in pack.sections.iter().enumerate() {
                    writeln!(out, "{}. {} ({} min)", i + 1, s.title, s.reading_minutes())?;
                }
                let count = pack.sections.len();
                let prompt = (text.type_a_number_or_back)(count);
                match ask::number(input, out, count, &prompt, Way::Leave, text)? {
                    Reply::End => return Ok(()),
                    Reply::Back => {}
                    Reply::Number(n) => {
                        writeln!(out)?;
                        section(pack, n - 1, out)?;
                    }
                }
            }
            Reply::Number(2) => {
                writeln!(out)?;
                self_check(pack, input, out, save)?;
            }
            Reply::Number(_) | Reply::Back => {
                writeln!(out)?;
                resources(pack, out)?;
            }
        }
    }
}

/// The self-check on standard input and output: numbered answers, one number a line, and
/// 0 for the previous question (on the first, 0 stops). An urgent answer prints the crisis
/// resources at once. End of input stops cleanly. At the end, where `save` allows it, a
/// summary is offered, and saved only on a yes.
pub fn self_check(
    pack: &Pack,
    input: &mut impl BufRead,
    out: &mut impl Write,
    save: SaveSummary<'_>,
) -> io::Result<()> {
    let q = &pack.questionnaire;
    let text = words(pack);
    writeln!(out, "{}", text.call_any_time)?;
    writeln!(out)?;
    writeln!(out, "{}", q.title)?;
    for paragraph in &q.intro {
        writeln!(out, "{paragraph}")?;
    }
    let place = Place::Lines {
        offers_summary: save.is_some(),
    };
    writeln!(out, "{}", privacy::self_check(place, text))?;
    let mut answers = q.empty_answers();
    let mut i = 0;
    while let Some(question) = q.questions.get(i) {
        writeln!(out)?;
        writeln!(
            out,
            "{}: {}",
            (text.question_of)(i + 1, q.questions.len()),
            question.text
        )?;
        for (n, choice) in question.options.iter().enumerate() {
            writeln!(out, "{}. {}", n + 1, choice.text)?;
        }
        let mut count = question.options.len();
        if question.prefer_not_to_say {
            count += 1;
            writeln!(out, "{count}. {}", text.prefer_not_to_say)?;
        }
        if let Some(given) = answers[i] {
            let given = match given {
                Answer::Choice(n) => question.options.get(n).map_or("", |c| c.text.as_str()),
                Answer::PreferNotToSay => text.prefer_not_to_say,
            };
            writeln!(out, "{}", (text.your_answer_was)(given))?;
        }
        let prompt = if i == 0 {
            (text.type_a_number_or_stop)(count)
        } else {
            (text.type_a_number_or_previous)(count)
        };
        let n = match ask::number(input, out, count, &prompt, Way::Back, text)? {
            Reply::Number(n) => n,
            Reply::Back if i > 0 => {
                i -= 1;
                continue;
            }
            Reply::Back | Reply::End => {
                writeln!(out, "{}", text.stopped_early)?;
                writeln!(out, "{}", q.always)?;
                return Ok(());
            }
        };
        let answer = if n <= question.options.len() {
            Answer::Choice(n - 1)
        } else {
            Answer::PreferNotToSay
        };
        answers[i] = Some(answer);
        if q.is_urgent(i, answer) {
            writeln!(out)?;
            writeln!(out, "{}", q.urgent_message)?;
            writeln!(out)?;
            resources(pack, out)?;
        }
        i += 1;
    }
    writeln!(out)?;
    for line in report_lines(&q.report(&answers), text) {
        writeln!(out, "{line}")?;
    }
    if let Some(save) = save {
        writeln!(out)?;
        let said = if ask::yes(input, out, text.save_summary_question, text)? {
            match save(&answers) {
                Ok(path) => (text.summary_saved)(&path.display().to_string()),
                Err(err) => (text.summary_failed)(&err.text(text)),
            }
        } else {
            text.nothing_saved.to_string()
        };
        writeln!(out, "{said}")?;
    }
    Ok(())
}

/// The results as plain text lines (no wrapping), for the line mode, a saved summary and
/// a handout, so all say what the screen says.
pub fn report_lines(report: &Report, text: &Catalog) -> Vec<String> {
    let report = &told(report, text);
    let list = |items: &[String]| items.iter().map(|r| format!("- {r}")).collect::<Vec<_>>();
    let mut out = vec![(text.result_label)(&report.title), report.summary.clone()];
    for paragraph in &report.note {
        out.push(String::new());
        out.push(paragraph.clone());
    }
    out.push(String::new());
    out.push(format!("{}:", text.why));
    if report.reasons.is_empty() {
        out.push(format!("- {}", text.no_reasons));
    }
    out.extend(list(&report.reasons));
    out.push(String::new());
    out.push(format!("{}:", text.what_next));
    out.extend(list(&report.next_steps));
    out.push(String::new());
    out.push(format!("{}:", text.say_heading));
    out.extend(list(&report.say));
    out.push(String::new());
    out.push(text.crisis_line.to_string());
    out.push(report.always.clone());
    out
}

/// The results as plain lines, then every question with the answer given.
pub fn report_lines_with_answers(report: &Report, text: &Catalog) -> Vec<String> {
    let mut out = report_lines(report, text);
    out.push(String::new());
    out.push(format!("{}:", text.your_answers));
    for (i, (question, answer)) in report.answers.iter().enumerate() {
        out.push(format!("{}. {question}", i + 1));
        out.push(format!("   {}", given_text(answer, text)));
    }
    out
}

/// The text of a saved summary, in the pack's language: what it is and is not, the
/// results, and every answer. Wrapped for printing, as a handout is.
pub fn summary_text(pack: &Pack, answers: &[Option<Answer>], date: &str) -> String {
    let text = words(pack);
    let questionnaire: &Questionnaire = &pack.questionnaire;
    let mut out = vec![
        (text.summary_heading)(date),
        format!("\"{}\"", questionnaire.title),
        text.summary_note.to_string(),
        String::new(),
    ];
    out.extend(report_lines_with_answers(
        &questionnaire.report(answers),
        text,
    ));
    out.push(String::new());
    wrap_plain(&out).join("\n")
}

/// Wraps plain lines to `PLAIN_WIDTH` for print, never breaking a word. A line keeps its
/// indent and its list mark ("- ", "3. "), and its later lines hang under its first word.
fn wrap_plain(lines: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for line in lines {
        let body = line.trim_start_matches(' ');
        let indent = &line[..line.len() - body.len()];
        let (mark, words) = body.split_at(list_mark(body));
        let hang = " ".repeat(indent.len() + mark.len());
        out.extend(Lines::plain(
            words,
            &format!("{indent}{mark}"),
            &hang,
            PLAIN_WIDTH,
        ));
    }
    out
}

/// How long the list mark at the start of `line` is: "- ", or a number and ". ".
fn list_mark(line: &str) -> usize {
    if line.starts_with("- ") {
        return 2;
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && line[digits..].starts_with(". ") {
        digits + 2
    } else {
        0
    }
}

/// Rich text as plain words (citations kept as `[n]`).
fn plain_words(text: &crate::content::RichText) -> String {
    rich_runs(text, Tone::Body)
        .iter()
        .map(|r| r.text.as_str())
        .collect()
}

/// A counselor's handout: the sections covered with their key points and next steps and
/// the sources those cite, the self-check results only when `answers` is given (the
/// counselor confirmed), and the crisis resources, 988 first. Plain text, wrapped for
/// printing, with no web address broken across lines.
pub fn handout(
    pack: &Pack,
    sections: &[usize],
    answers: Option<&Answers>,
    plan: Option<&plan::Steps>,
    date: &str,
) -> String {
    let text = words(pack);
    let mut lines: Vec<String> = vec![
        (text.handout_heading)(date),
        pack.meta.title.clone(),
        String::new(),
        text.handout_yours.to_string(),
        String::new(),
        text.handout_crisis.to_string(),
        String::new(),
        text.handout_covered.to_string(),
    ];
    if sections.is_empty() {
        lines.push(text.handout_nothing_covered.to_string());
    }
    for &index in sections {
        let Some(section) = pack.sections.get(index) else {
            continue;
        };
        lines.push(String::new());
        lines.push(format!("{}. {}", index + 1, section.title));
        lines.push(section.summary.clone());
        for (label, items) in [
            (text.key_points, &section.key_points),
            (text.next_steps_label, &section.next_steps),
        ] {
            if !items.is_empty() {
                lines.push(format!("{label}:"));
                lines.extend(items.iter().map(|p| format!("- {}", plain_words(p))));
            }
        }
        // Only the sources this text cites, under the numbers it shows them by: the
        // section's other sources back text the handout leaves out.
        let mut cited: Vec<usize> = section
            .key_points
            .iter()
            .chain(&section.next_steps)
            .flat_map(|t| t.citations())
            .collect();
        cited.sort_unstable();
        cited.dedup();
        if !cited.is_empty() {
            lines.push(text.handout_sources.to_string());
        }
        for n in cited {
            let reference = n
                .checked_sub(1)
                .and_then(|i| section.sources.get(i))
                .and_then(|&r| pack.references.get(r));
            if let Some(reference) = reference {
                lines.push(format!(
                    "- [{n}] {}",
                    reference.citation_text(pack.meta.undated_mark())
                ));
            }
        }
        lines.push((text.handout_full_section)(index + 1));
    }
    if let Some(answers) = answers {
        lines.push(String::new());
        lines.push(text.handout_results.to_string());
        lines.extend(report_lines_with_answers(
            &pack.questionnaire.report(answers),
            text,
        ));
    }
    if let Some(steps) = plan {
        lines.push(String::new());
        lines.extend(plan::text(pack, steps).lines().map(str::to_string));
    }
    lines.push(String::new());
    // The handout's own heading, in capitals like its others; the list follows without
    // the heading `lantern resources` gives it.
    lines.push(text.get_help_now.to_uppercase());
    let mut text = wrap_plain(&lines).join("\n");
    text.push('\n');
    let mut resources_text = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = resources_body(pack, &mut resources_text);
    text.push_str(&String::from_utf8_lossy(&resources_text));
    text
}
