//! ASCII mode: after drawing, every cell that is not plain ASCII becomes its nearest ASCII
//! look-alike, so a console without Unicode fonts shows no boxes or question marks where
//! lantern's own lines, arrows and markers would be. Each cell keeps its width of one, so
//! nothing moves.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// The ASCII stand-in for one character.
pub fn fold_char(c: char) -> char {
    match c {
        c if c.is_ascii() => c,
        '─' | '━' | '═' | '┄' | '┈' | '╌' | '—' | '–' | '‒' | '−' | '‐' | '‑' | '·' | '⋅' => {
            '-'
        }
        '│' | '┃' | '║' | '▌' | '▐' | '█' | '▕' | '▏' => '|',
        '┌' | '┐' | '└' | '┘' | '╔' | '╗' | '╚' | '╝' | '╭' | '╮' | '╯' | '╰' | '├' | '┤' | '┬'
        | '┴' | '┼' | '╠' | '╣' | '╦' | '╩' | '╬' | '╟' | '╢' | '╤' | '╧' | '╪' => {
            '+'
        }
        '•' | '●' | '◦' | '∙' | '■' | '□' => '*',
        '▶' | '▸' | '►' | '›' | '→' | '⟩' => '>',
        '◀' | '◂' | '◄' | '‹' | '←' | '⟨' => '<',
        '↑' | '▲' | '△' => '^',
        '↓' | '▼' | '▽' => 'v',
        '‘' | '’' | '‚' | '′' | '´' | '`' => '\'',
        '“' | '”' | '„' | '″' | '«' | '»' => '"',
        '…' => '.',
        '×' => 'x',
        '÷' => '/',
        '≤' => '<',
        '≥' => '>',
        '±' => '+',
        '°' => 'o',
        '\u{a0}' | '\u{2002}'..='\u{200a}' => ' ',
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' => 'A',
        'ç' | 'ć' | 'č' => 'c',
        'Ç' | 'Ć' | 'Č' => 'C',
        'è' | 'é' | 'ê' | 'ë' | 'ē' => 'e',
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' => 'E',
        'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' => 'I',
        'ñ' | 'ń' => 'n',
        'Ñ' | 'Ń' => 'N',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => 'o',
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' => 'O',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' => 'U',
        'ý' | 'ÿ' => 'y',
        'Ý' => 'Y',
        'ß' => 's',
        'º' => 'o',
        'ª' => 'a',
        // Spanish opens a question or an exclamation with these; ASCII closes it only, so
        // the opening mark becomes a blank (each cell keeps its place).
        '¿' | '¡' => ' ',
        _ => '?',
    }
}

/// The ASCII stand-in for a cell's text: its ASCII characters if it has any (a letter with
/// combining marks keeps the letter), else its first character folded.
fn fold_symbol(symbol: &str) -> Option<char> {
    if symbol.is_ascii() {
        return None;
    }
    let kept: String = symbol.chars().filter(char::is_ascii).collect();
    Some(match kept.chars().next() {
        Some(c) => c,
        None => symbol.chars().next().map_or(' ', fold_char),
    })
}

/// Folds every cell of `area` to ASCII.
pub fn fold(area: Rect, buf: &mut Buffer) {
    let area = area.intersection(buf.area);
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            let cell = &mut buf[(x, y)];
            if let Some(c) = fold_symbol(cell.symbol()) {
                cell.set_char(c);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_lantern_chrome_and_typography() {
        let folded: String = "╔═ ‹ Back · ▶ 1 “quoted” — ↑↓ 40×12 … café •"
            .chars()
            .map(fold_char)
            .collect();
        assert_eq!(folded, "+- < Back - > 1 \"quoted\" - ^v 40x12 . cafe *");
        assert_eq!(fold_symbol("e\u{301}"), Some('e'));
        assert_eq!(fold_symbol("中"), Some('?'));
        assert_eq!(fold_symbol("a"), None);
    }

    #[test]
    fn folds_spanish_to_plain_letters() {
        let fold = |text: &str| text.chars().map(fold_char).collect::<String>();
        assert_eq!(fold("á é í ó ú ü ñ"), "a e i o u u n");
        assert_eq!(fold("Á É Í Ó Ú Ü Ñ"), "A E I O U U N");
        assert_eq!(fold("¿Sigue ahí?"), " Sigue ahi?");
        assert_eq!(fold("¡Gracias!"), " Gracias!");
        assert_eq!(fold("«Sí» — año 1.º"), "\"Si\" - ano 1.o");
        assert_eq!(
            fold("Línea 988 de Prevención del Suicidio y Crisis · Español"),
            "Linea 988 de Prevencion del Suicidio y Crisis - Espanol"
        );
        // Every character of the Spanish catalog and pack folds to something readable.
        for c in "áéíóúüñÁÉÍÓÚÜÑ¿¡«»—–·“”‘’…".chars() {
            assert!(fold_char(c).is_ascii() && fold_char(c) != '?', "{c}");
        }
    }
}
