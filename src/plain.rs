//! Line-by-line views for pipes, printing and screen readers: no escape codes, ever.

use std::io::{self, BufRead, Write};

use crate::content::Pack;
use crate::document::{layout_section, rich_runs, Lines, Run, Tone, ASCII};
use crate::selfcheck::Answers;
use crate::view::crisis::{HOW, OPENING};

/// Width plain text is wrapped to: fits a standard terminal and a printed page.
pub const PLAIN_WIDTH: usize = 78;

/// The crisis resources, 988 first, as numbered plain text.
pub fn resources(pack: &Pack, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "Get help now")?;
    writeln!(out, "{OPENING}")?;
    // Wrapped for printing; each resource's lines are indented under its number.
    let indented = |text: &str, first: &str, rest: &str| -> Vec<String> {
        let mut l = Lines::new(PLAIN_WIDTH);
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
    writeln!(out, "{HOW}")?;
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
    for line in layout_section(pack, index, PLAIN_WIDTH, ASCII) {
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
            writeln!(out, "{}", pack.meta.title)?;
            writeln!(
                out,
                "Call or text 988 any time for free, confidential help."
            )?;
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
/// lantern is not attached to a terminal that can show the full-screen app.
pub fn menu(pack: &Pack, input: &mut impl BufRead, out: &mut impl Write) -> io::Result<()> {
    loop {
        writeln!(out)?;
        writeln!(
            out,
            "Call or text 988 any time for free, confidential help."
        )?;
        writeln!(out, "lantern: {}", pack.meta.title)?;
        writeln!(out, "1. Read a section")?;
        writeln!(out, "2. Self-check: should I talk to a professional?")?;
        writeln!(out, "3. Get help now (crisis lines, 988 first)")?;
        writeln!(out, "4. Quit")?;
        match ask(input, out, 4)? {
            None | Some(4) => return Ok(()),
            Some(1) => {
                writeln!(out)?;
                writeln!(out, "Sections:")?;
                for (i, s) in pack.sections.iter().enumerate() {
                    writeln!(out, "{}. {} ({} min)", i + 1, s.title, s.reading_minutes())?;
                }
                match ask(input, out, pack.sections.len())? {
                    None => return Ok(()),
                    Some(n) => {
                        writeln!(out)?;
                        section(pack, n - 1, out)?;
                    }
                }
            }
            Some(2) => {
                writeln!(out)?;
                self_check(pack, input, out)?;
            }
            Some(_) => {
                writeln!(out)?;
                resources(pack, out)?;
            }
        }
    }
}

/// Reads a number from 1 to `max`, asking again on anything else. `None` at end of input.
fn ask(input: &mut impl BufRead, out: &mut impl Write, max: usize) -> io::Result<Option<usize>> {
    loop {
        write!(out, "Type a number from 1 to {max} and press Enter: ")?;
        out.flush()?;
        let mut line = String::new();
        if input.read_line(&mut line)? == 0 {
            writeln!(out)?;
            return Ok(None);
        }
        match line.trim().parse::<usize>() {
            Ok(n) if (1..=max).contains(&n) => return Ok(Some(n)),
            _ => writeln!(out, "Sorry, \"{}\" is not one of the numbers.", line.trim())?,
        }
    }
}

/// The self-check on standard input and output: numbered answers, one number a line. An
/// urgent answer prints the crisis resources at once. End of input stops cleanly.
pub fn self_check(pack: &Pack, input: &mut impl BufRead, out: &mut impl Write) -> io::Result<()> {
    let q = &pack.questionnaire;
    writeln!(
        out,
        "Call or text 988 any time for free, confidential help."
    )?;
    writeln!(out)?;
    writeln!(out, "{}", q.title)?;
    for paragraph in &q.intro {
        writeln!(out, "{paragraph}")?;
    }
    let mut answers = q.empty_answers();
    for (i, question) in q.questions.iter().enumerate() {
        writeln!(out)?;
        writeln!(
            out,
            "Question {} of {}: {}",
            i + 1,
            q.questions.len(),
            question.text
        )?;
        for (n, choice) in question.options.iter().enumerate() {
            writeln!(out, "{}. {}", n + 1, choice.text)?;
        }
        let mut count = question.options.len();
        if question.prefer_not_to_say {
            count += 1;
            writeln!(out, "{count}. Prefer not to say")?;
        }
        let Some(n) = ask(input, out, count)? else {
            writeln!(out, "Stopped before the end. Your answers were not saved.")?;
            writeln!(out, "{}", q.always)?;
            return Ok(());
        };
        let answer = if n <= question.options.len() {
            crate::selfcheck::Answer::Choice(n - 1)
        } else {
            crate::selfcheck::Answer::PreferNotToSay
        };
        answers[i] = Some(answer);
        if q.is_urgent(i, answer) {
            writeln!(out)?;
            writeln!(out, "{}", q.urgent_message)?;
            writeln!(out)?;
            resources(pack, out)?;
        }
    }
    writeln!(out)?;
    for line in q.report(&answers).plain_lines() {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// Wraps plain lines to `PLAIN_WIDTH`; a line starting "- " keeps its list indent.
fn wrap_plain(lines: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for line in lines {
        let mut l = Lines::new(PLAIN_WIDTH);
        match line.strip_prefix("- ") {
            Some(item) => l.push(
                &[Run::new(item, Tone::Body)],
                &[Run::new("- ", Tone::Body)],
                &[Run::new("  ", Tone::Body)],
            ),
            None => l.text(line, Tone::Body),
        }
        out.extend(
            l.into_lines()
                .iter()
                .map(|d| d.text().trim_end().to_string()),
        );
    }
    out
}

/// Rich text as plain words (citations kept as `[n]`).
fn plain_words(text: &crate::content::RichText) -> String {
    rich_runs(text, Tone::Body)
        .iter()
        .map(|r| r.text.as_str())
        .collect()
}

/// A counselor's handout: the sections covered with their key points and next steps, the
/// self-check results only when `answers` is given (the counselor confirmed), and the
/// crisis resources, 988 first. Plain text, wrapped for printing.
pub fn handout(pack: &Pack, sections: &[usize], answers: Option<&Answers>, date: &str) -> String {
    let mut lines: Vec<String> = vec![
        format!("lantern handout, {date}"),
        pack.meta.title.clone(),
        String::new(),
        "This handout is yours to keep. It is general information, not medical advice and \
         not a diagnosis. Talk to your own doctor, nurse or counselor about your health."
            .to_string(),
        String::new(),
        "If you are in crisis or thinking about suicide, call or text 988, any time, free."
            .to_string(),
        String::new(),
        "WHAT WE COVERED".to_string(),
    ];
    if sections.is_empty() {
        lines.push("We did not open any sections together this time.".to_string());
    }
    for &index in sections {
        let Some(section) = pack.sections.get(index) else {
            continue;
        };
        lines.push(String::new());
        lines.push(format!("{}. {}", index + 1, section.title));
        lines.push(section.summary.clone());
        if !section.key_points.is_empty() {
            lines.push("Key points:".to_string());
            lines.extend(
                section
                    .key_points
                    .iter()
                    .map(|p| format!("- {}", plain_words(p))),
            );
        }
        if !section.next_steps.is_empty() {
            lines.push("Next steps:".to_string());
            lines.extend(
                section
                    .next_steps
                    .iter()
                    .map(|p| format!("- {}", plain_words(p))),
            );
        }
        if !section.sources.is_empty() {
            lines.push("Sources (the numbers in brackets above):".to_string());
            for (n, reference) in section.sources.iter().enumerate() {
                if let Some(reference) = pack.references.get(*reference) {
                    lines.push(format!(
                        "- [{}] {}",
                        n + 1,
                        reference.citation_text(pack.meta.undated_mark())
                    ));
                }
            }
        }
        lines.push(format!(
            "To read it all again: run `lantern read {}`.",
            index + 1
        ));
    }
    if let Some(answers) = answers {
        lines.push(String::new());
        lines.push("SELF-CHECK RESULTS (not a diagnosis)".to_string());
        lines.extend(
            pack.questionnaire
                .report(answers)
                .plain_lines_with_answers(),
        );
    }
    lines.push(String::new());
    lines.push("GET HELP NOW".to_string());
    let mut text = wrap_plain(&lines).join("\n");
    text.push('\n');
    let mut resources_text = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = resources(pack, &mut resources_text);
    text.push_str(&String::from_utf8_lossy(&resources_text));
    text
}
