//! The line mode's questions: a number, with a way back where there is somewhere to go
//! back to, or yes or no. One answer a line; the end of input ends the question.

use std::io::{self, BufRead, Read, Write};

use crate::i18n::{Catalog, Lang};

/// What a person answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reply {
    Number(usize),
    /// 0, or a word that means back.
    Back,
    /// The input ended.
    End,
}

/// Which way back a question has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Way {
    /// None: the question itself has a choice that ends (the menu's Quit).
    None,
    /// 0 or a back word.
    Back,
    /// In a list, as well: an empty line and `q`, since nothing is lost by leaving it.
    Leave,
}

/// Reads a number from 1 to `max` after `prompt`, asking again on anything else. A question
/// with a way back also takes 0 and the words for back, in either language.
pub fn number(
    input: &mut impl BufRead,
    out: &mut impl Write,
    max: usize,
    prompt: &str,
    way: Way,
    text: &Catalog,
) -> io::Result<Reply> {
    loop {
        write!(out, "{prompt}")?;
        out.flush()?;
        let Some(line) = read_answer(input)? else {
            writeln!(out)?;
            return Ok(Reply::End);
        };
        let typed = line.trim();
        if way != Way::None && means_back(typed, way) {
            return Ok(Reply::Back);
        }
        match typed.parse::<usize>() {
            Ok(n) if (1..=max).contains(&n) => return Ok(Reply::Number(n)),
            _ => writeln!(out, "{}", (text.not_a_number)(typed))?,
        }
    }
}

/// Asks `prompt` until the answer is yes, or no (an empty line is no). `false` at the end
/// of input: nothing is done that was not asked for.
pub fn yes(
    input: &mut impl BufRead,
    out: &mut impl Write,
    prompt: &str,
    text: &Catalog,
) -> io::Result<bool> {
    loop {
        write!(out, "{prompt}")?;
        out.flush()?;
        let Some(line) = read_answer(input)? else {
            writeln!(out)?;
            return Ok(false);
        };
        let typed = folded(line.trim());
        if both(|c| c.yes_words).any(|w| folded(w) == typed) {
            return Ok(true);
        }
        if typed.is_empty() || typed == "n" || typed == "no" {
            return Ok(false);
        }
        writeln!(out, "{}", (text.not_yes_or_no)(line.trim()))?;
    }
}

fn means_back(typed: &str, way: Way) -> bool {
    let typed = folded(typed);
    typed == "0"
        || both(|c| c.back_words).any(|w| folded(w) == typed)
        || (way == Way::Leave && (typed.is_empty() || typed == "q"))
}

/// A word from each language's catalog: a person may answer in either.
fn both(words: impl Fn(&Catalog) -> [&'static str; 2]) -> impl Iterator<Item = &'static str> {
    [Lang::En, Lang::Es]
        .into_iter()
        .flat_map(move |lang| words(lang.catalog()))
}

/// Lowercase and without accents, so `Atras`, `SÍ` and `si` are understood.
fn folded(word: &str) -> String {
    word.to_lowercase()
        .chars()
        .map(|c| match c {
            'á' => 'a',
            'é' => 'e',
            'í' => 'i',
            'ó' => 'o',
            'ú' => 'u',
            other => other,
        })
        .collect()
}

/// One line of input, `None` at its end. Bytes that are not UTF-8 (a Latin-1 terminal, a
/// stray key) are read as replacement characters, so such a line is an answer that was not
/// understood, asked again, rather than an error that ends lantern (`read_line` fails on
/// them).
/// Control characters are dropped, so an answer said back ("… is not one of the numbers")
/// can carry no escape code to the terminal, and a line is kept to its first kilobyte.
pub fn read_answer(input: &mut impl BufRead) -> io::Result<Option<String>> {
    const MAX_LINE: u64 = 1024;
    let mut bytes = Vec::new();
    if Read::take(&mut *input, MAX_LINE).read_until(b'\n', &mut bytes)? == 0 {
        return Ok(None);
    }
    if bytes.last() != Some(&b'\n') {
        input.skip_until(b'\n')?;
    }
    let line = String::from_utf8_lossy(&bytes);
    Ok(Some(line.chars().filter(|c| !c.is_control()).collect()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(typed: &str, way: Way) -> Reply {
        let mut out = Vec::new();
        number(
            &mut typed.as_bytes(),
            &mut out,
            3,
            "? ",
            way,
            Lang::En.catalog(),
        )
        .expect("in memory")
    }

    #[test]
    fn a_way_back_takes_zero_and_the_words_for_back_in_either_language() {
        for typed in ["0\n", "back\n", "B\n", "volver\n", "Atrás\n", "atras\n"] {
            assert_eq!(reply(typed, Way::Back), Reply::Back, "{typed:?}");
        }
        // In a list, leaving loses nothing, so an empty line and q leave too.
        assert_eq!(reply("\n", Way::Leave), Reply::Back);
        assert_eq!(reply("q\n", Way::Leave), Reply::Back);
        // In a question, they are asked again (here until the input ends).
        assert_eq!(reply("\nq\n", Way::Back), Reply::End);
        // Without a way back, 0 is not one of the numbers.
        assert_eq!(reply("0\n2\n", Way::None), Reply::Number(2));
        assert_eq!(reply("2\n", Way::Back), Reply::Number(2));
    }

    #[test]
    fn yes_is_only_what_says_yes() {
        let answer = |typed: &str| {
            let mut out = Vec::new();
            yes(&mut typed.as_bytes(), &mut out, "? ", Lang::En.catalog()).expect("in memory")
        };
        for typed in ["y\n", "YES\n", "s\n", "Sí\n", "si\n", "maybe\ny\n"] {
            assert!(answer(typed), "{typed:?}");
        }
        for typed in ["\n", "n\n", "no\n", "", "maybe\n"] {
            assert!(!answer(typed), "{typed:?}");
        }
    }
}
