//! The drawing kit every screen shares, knowing nothing of any screen: sizes and places on
//! screen (`geometry`), the themes, the one scroll limit, a scrolled page with its position,
//! laid-out lines drawn into a buffer, and the ASCII fold.

pub mod ascii;
pub mod geometry;
pub mod page;
pub mod qr;
pub mod scroll;
pub mod theme;

use ratatui::buffer::{Buffer, CellWidth};
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::document::DocLine;
use theme::Theme;

/// The item of `rows` (each a first line and a height) that line `line` falls in.
pub fn item_at(rows: &[(usize, usize)], line: usize) -> Option<usize> {
    rows.iter()
        .position(|&(start, height)| (start..start + height).contains(&line))
}

/// The line of `rect` a position is on, counted from its top.
pub fn line_in(rect: Rect, here: Position) -> Option<usize> {
    rect.contains(here).then(|| usize::from(here.y - rect.y))
}

/// The first option that fits in `width` columns, else the last one cut to fit.
pub fn fit(options: &[&str], width: usize) -> String {
    for option in options {
        if option.width() <= width {
            return (*option).to_string();
        }
    }
    let last = options.last().copied().unwrap_or("");
    let mut out = String::new();
    let mut used = 0;
    for c in last.chars() {
        used += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used > width {
            break;
        }
        out.push(c);
    }
    out
}

/// `text` cut to `width` columns, ending in `ellipsis` ("…", or "..." in ASCII mode) when
/// something was cut.
pub fn ellipsize(text: &str, width: usize, ellipsis: &str) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    if width <= ellipsis.width() {
        return fit(&[ellipsis], width);
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + ellipsis.width() > width {
            break;
        }
        out.push(c);
        used += w;
    }
    format!("{}{ellipsis}", out.trim_end())
}

/// A laid-out line as ratatui spans, styled by the theme.
pub fn to_line<'a>(theme: &Theme, line: &'a DocLine) -> Line<'a> {
    Line::from(
        line.runs
            .iter()
            .map(|run| Span::styled(run.text.as_str(), theme.tone(run.tone)))
            .collect::<Vec<_>>(),
    )
}

/// Draws laid-out lines into `area`, starting at line `scroll`.
pub fn draw_lines(theme: &Theme, lines: &[DocLine], scroll: usize, area: Rect, buf: &mut Buffer) {
    for (row, line) in lines
        .iter()
        .skip(scroll)
        .take(usize::from(area.height))
        .enumerate()
    {
        let y = area.y + u16::try_from(row).unwrap_or(0);
        set_line(buf, area.x, y, &to_line(theme, line), area.width);
    }
}

/// What `Buffer::set_line` does, for less work. `set_line_matches_ratatui` checks that both
/// give the same cells.
pub fn set_line(buf: &mut Buffer, x: u16, y: u16, line: &Line, max_width: u16) {
    let mut x = x;
    let mut remaining = max_width;
    for span in &line.spans {
        if remaining == 0 {
            break;
        }
        let style = line.style.patch(span.style);
        let end = set_span(buf, x, y, span.content.as_ref(), remaining, style);
        remaining = remaining.saturating_sub(end.saturating_sub(x));
        x = end;
    }
}

/// What `Buffer::set_stringn` does, with a shortcut for printable ASCII: a byte of it is one
/// grapheme of one column, so its cells are set directly instead of being split into
/// graphemes and measured (most of the time a page took to draw). Only the stretches around
/// anything else go through grapheme splitting, cut where two printable ASCII bytes meet:
/// no grapheme spans such a place, so the graphemes are the ones the whole text gives.
/// Returns the column after the last cell set.
fn set_span(buf: &mut Buffer, mut x: u16, y: u16, text: &str, max_width: u16, style: Style) -> u16 {
    let plain = |byte: u8| byte == b' ' || byte.is_ascii_graphic();
    let bytes = text.as_bytes();
    let mut room = buf.area.right().saturating_sub(x).min(max_width);
    let mut at = 0;
    while at < bytes.len() {
        // A run of printable ASCII, but for its last byte when something else follows: a
        // combining accent, say, would join that one.
        let run = bytes[at..].iter().take_while(|&&byte| plain(byte)).count();
        let fast_end = if at + run == bytes.len() {
            bytes.len()
        } else {
            at + run.saturating_sub(1)
        };
        while at < fast_end {
            if room == 0 {
                return x;
            }
            if let Some(cell) = buf.cell_mut((x, y)) {
                cell.set_char(char::from(bytes[at])).set_style(style);
            }
            x += 1;
            room -= 1;
            at += 1;
        }
        if at >= bytes.len() {
            break;
        }
        let slow_end = (at + 1..bytes.len())
            .find(|&i| plain(bytes[i - 1]) && plain(bytes[i]))
            .unwrap_or(bytes.len());
        let Some(stretch) = text.get(at..slow_end) else {
            break;
        };
        for grapheme in stretch.graphemes(true) {
            if grapheme.contains(char::is_control) {
                continue;
            }
            let width = usize::from(grapheme.cell_width());
            if width == 0 {
                continue;
            }
            let Some(left) = usize::from(room).checked_sub(width) else {
                return x;
            };
            room = u16::try_from(left).unwrap_or(0);
            if let Some(cell) = buf.cell_mut((x, y)) {
                cell.set_symbol(grapheme).set_style(style);
            }
            // The cells a wide grapheme covers are reset, as ratatui does.
            let next = x.saturating_add(u16::try_from(width).unwrap_or(u16::MAX));
            x += 1;
            while x < next {
                if let Some(cell) = buf.cell_mut((x, y)) {
                    cell.reset();
                }
                x += 1;
            }
        }
        at = slow_end;
    }
    x
}

/// Fills a rectangle with blanks in a style, so an overlay hides what is under it.
pub fn clear(area: Rect, buf: &mut Buffer, style: Style) {
    ratatui::widgets::Clear.render(area, buf);
    buf.set_style(area, style);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::style::{Color, Modifier};

    /// Spans of plain ASCII, accents, wide characters, combining marks, emoji and control
    /// characters, so both ways through `set_line` are taken.
    fn span_text() -> impl Strategy<Value = String> {
        prop_oneof![
            "[ -~]{0,30}",
            "[a-zA-Z áéíóúñ¿¡«»—]{0,30}",
            "[a-z 日本語한국어]{0,12}",
            "[a-z\u{0301}\u{200b}\u{1F600}\u{7}\t]{0,12}",
            // Graphemes that join across ASCII: a prepended mark, flags, joined emoji, CR LF.
            "[a-z .\u{0600}\u{1F1FA}\u{1F1F8}\u{200D}\u{1F469}\u{0301}\r\n’—]{0,20}",
        ]
    }

    fn span_style() -> impl Strategy<Value = Style> {
        (any::<bool>(), any::<bool>(), 0u8..16).prop_map(|(bold, reversed, colour)| {
            let mut style = Style::default().fg(Color::Indexed(colour));
            if bold {
                style = style.add_modifier(Modifier::BOLD);
            }
            if reversed {
                style = style.add_modifier(Modifier::REVERSED);
            }
            style
        })
    }

    proptest! {
        #[test]
        fn set_line_matches_ratatui(
            spans in proptest::collection::vec((span_text(), span_style()), 0..6),
            line_bold in any::<bool>(),
            x in 0u16..30,
            max_width in 0u16..40,
        ) {
            let mut line = Line::from(
                spans
                    .into_iter()
                    .map(|(text, style)| Span::styled(text, style))
                    .collect::<Vec<_>>(),
            );
            if line_bold {
                line = line.style(Style::default().add_modifier(Modifier::BOLD));
            }
            let area = Rect::new(0, 0, 30, 2);
            let mut ours = Buffer::empty(area);
            let mut theirs = Buffer::empty(area);
            // Something already there, as when a frame is drawn over a reset buffer's styles.
            ours.set_string(0, 1, "under", Style::default().fg(Color::Red));
            theirs.set_string(0, 1, "under", Style::default().fg(Color::Red));
            set_line(&mut ours, x, 1, &line, max_width);
            theirs.set_line(x, 1, &line, max_width);
            prop_assert_eq!(ours, theirs);
        }
    }
}
