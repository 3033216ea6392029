//! The bytes a terminal sends, decoded into keys, mouse reports and pastes, without ever
//! waiting for a byte that may not come.
//!
//! crossterm's own reader is not used for this: it keeps reading until what it holds parses,
//! so an unfinished sequence (Alt-`[` is `ESC [`) blocks it, and the keys typed after it are
//! swallowed into the sequence until one happens to end it. Here an unfinished sequence is
//! held only until the event loop says nothing more came in time ([`Decoder::give_up`]), and
//! its bytes then count as the keys they are. Bytes that are not text are dropped.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

/// How long an unfinished sequence waits for the rest of it. A terminal sends a whole
/// sequence in one write, so the rest comes at once or not at all; a person's next key
/// comes later than this.
pub const SEQUENCE_WAIT: std::time::Duration = std::time::Duration::from_millis(50);

/// The longest escape sequence lantern waits to see the end of. Real ones are under 20 bytes.
const MAX_SEQUENCE: usize = 32;
/// The most of one paste that is kept (text fields are short); the rest is dropped.
const MAX_PASTE: usize = 16 * 1024;

const ESC: u8 = 0x1b;
const PASTE_END: &[u8] = b"\x1b[201~";

/// Decodes terminal input as it arrives, keeping only the unfinished end of it.
#[derive(Debug, Default, Clone)]
pub struct Decoder {
    /// The unfinished end of the input: part of a sequence or of a character.
    pending: Vec<u8>,
    /// Inside a bracketed paste: the text so far.
    paste: Option<Vec<u8>>,
}

/// What the bytes at the front of the input are.
#[derive(Debug, PartialEq)]
enum Step {
    /// An event, made of this many bytes.
    Event(Event, usize),
    /// This many bytes that mean nothing lantern uses, or are broken: dropped.
    Skip(usize),
    /// A bracketed paste starts after this many bytes.
    PasteStart(usize),
    /// The bytes may be the start of something longer.
    Unfinished,
}

impl Decoder {
    /// Decodes `bytes` after whatever was left unfinished, adding the events to `out`.
    pub fn feed(&mut self, bytes: &[u8], out: &mut Vec<Event>) {
        let carried = self.pending.len();
        self.pending.extend_from_slice(bytes);
        if self.paste.is_none() && crisis_key_ends_old_mouse_report(&self.pending, carried) {
            // What was held counts as the keys it was typed with, so the `!` is read.
            let rest = self.pending.split_off(carried);
            self.decode(true, out);
            self.pending.extend_from_slice(&rest);
        }
        self.decode(false, out);
    }

    /// Whether the input ends in an unfinished sequence, character or paste, which
    /// [`Decoder::give_up`] settles if nothing more comes.
    pub fn is_waiting(&self) -> bool {
        !self.pending.is_empty() || self.paste.is_some()
    }

    /// Whether the input is inside a paste, where every key is text until the paste ends.
    pub fn is_in_paste(&self) -> bool {
        self.paste.is_some()
    }

    /// Nothing more came: an unfinished sequence counts as the keys it was typed with (a
    /// lone `ESC` is Esc, `ESC [` is Alt-`[`), a paste ends with what it has, and a broken
    /// character is dropped.
    pub fn give_up(&mut self, out: &mut Vec<Event>) {
        self.decode(true, out);
    }

    fn decode(&mut self, finished: bool, out: &mut Vec<Event>) {
        let mut at = 0;
        loop {
            if self.paste.is_some() {
                at += take_paste(&mut self.paste, &self.pending[at..], finished, out);
                if self.paste.is_some() {
                    break;
                }
                continue;
            }
            if at >= self.pending.len() {
                break;
            }
            match step(&self.pending[at..], finished) {
                Step::Event(event, used) => {
                    out.push(event);
                    at += used;
                }
                Step::Skip(used) => at += used,
                Step::PasteStart(used) => {
                    at += used;
                    self.paste = Some(Vec::new());
                }
                Step::Unfinished => break,
            }
        }
        self.pending.drain(..at.min(self.pending.len()));
    }
}

/// Takes paste text from `bytes` up to the paste's end, returning how many bytes it used.
/// Holds back a tail that may be the start of the end marker.
fn take_paste(
    paste: &mut Option<Vec<u8>>,
    bytes: &[u8],
    finished: bool,
    out: &mut Vec<Event>,
) -> usize {
    let Some(text) = paste.as_mut() else {
        return 0;
    };
    let (body, used, ended) = match find(bytes, PASTE_END) {
        Some(end) => (&bytes[..end], end + PASTE_END.len(), true),
        None if finished => (bytes, bytes.len(), true),
        None => {
            let keep = marker_start_at_end(bytes, PASTE_END);
            (&bytes[..bytes.len() - keep], bytes.len() - keep, false)
        }
    };
    let room = MAX_PASTE.saturating_sub(text.len());
    text.extend_from_slice(&body[..body.len().min(room)]);
    if ended {
        let text = paste.take().unwrap_or_default();
        out.push(Event::Paste(String::from_utf8_lossy(&text).into_owned()));
    }
    used
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// How many bytes at the end of `bytes` are the start of `marker`.
fn marker_start_at_end(bytes: &[u8], marker: &[u8]) -> usize {
    (1..marker.len().min(bytes.len() + 1))
        .rev()
        .find(|&n| bytes.ends_with(&marker[..n]))
        .unwrap_or(0)
}

fn key(code: KeyCode, modifiers: KeyModifiers, used: usize) -> Step {
    Step::Event(Event::Key(KeyEvent::new(code, modifiers)), used)
}

/// The first thing in `bytes` (never empty). When `finished`, nothing more is coming, so
/// the answer is never [`Step::Unfinished`].
fn step(bytes: &[u8], finished: bool) -> Step {
    let none = KeyModifiers::NONE;
    let ctrl = KeyModifiers::CONTROL;
    match bytes[0] {
        ESC => escape(bytes, finished),
        b'\r' => key(KeyCode::Enter, none, 1),
        b'\t' => key(KeyCode::Tab, none, 1),
        0x7f => key(KeyCode::Backspace, none, 1),
        0x00 => key(KeyCode::Char(' '), ctrl, 1),
        c @ 0x01..=0x1a => key(KeyCode::Char(char::from(c - 1 + b'a')), ctrl, 1),
        c @ 0x1c..=0x1f => key(KeyCode::Char(char::from(c - 0x1c + b'4')), ctrl, 1),
        c @ 0x20..=0x7e => {
            let c = char::from(c);
            let shift = if c.is_ascii_uppercase() {
                KeyModifiers::SHIFT
            } else {
                none
            };
            key(KeyCode::Char(c), shift, 1)
        }
        _ => character(bytes, finished),
    }
}

/// A character of more than one byte in UTF-8. A byte that cannot start or continue one
/// (a Latin-1 `é`, say) is dropped.
fn character(bytes: &[u8], finished: bool) -> Step {
    let len = match bytes[0] {
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return Step::Skip(1),
    };
    let available = bytes.len().min(len);
    if bytes[1..available]
        .iter()
        .any(|b| !(0x80..=0xbf).contains(b))
    {
        return Step::Skip(1);
    }
    if bytes.len() < len {
        return if finished {
            Step::Skip(1)
        } else {
            Step::Unfinished
        };
    }
    match std::str::from_utf8(&bytes[..len])
        .ok()
        .and_then(|s| s.chars().next())
    {
        Some(c) => {
            let shift = if c.is_uppercase() {
                KeyModifiers::SHIFT
            } else {
                KeyModifiers::NONE
            };
            key(KeyCode::Char(c), shift, len)
        }
        // Overlong forms and surrogates.
        None => Step::Skip(1),
    }
}

/// `ESC` and what follows it: a sequence, Alt with a key, or Esc.
fn escape(bytes: &[u8], finished: bool) -> Step {
    let Some(&next) = bytes.get(1) else {
        return if finished {
            key(KeyCode::Esc, KeyModifiers::NONE, 1)
        } else {
            Step::Unfinished
        };
    };
    match next {
        b'[' => csi(bytes, finished),
        b'O' => ss3(bytes, finished),
        // Esc pressed twice: the second starts afresh.
        ESC => key(KeyCode::Esc, KeyModifiers::NONE, 1),
        _ => match step(&bytes[1..], finished) {
            Step::Event(Event::Key(mut pressed), used) => {
                pressed.modifiers |= KeyModifiers::ALT;
                Step::Event(Event::Key(pressed), used + 1)
            }
            Step::Unfinished => Step::Unfinished,
            // Esc, then bytes that are dropped on their own.
            _ => key(KeyCode::Esc, KeyModifiers::NONE, 1),
        },
    }
}

/// Alt-`[` or Alt-`O`: what an unfinished `ESC [` or `ESC O` was typed as.
fn alt(c: char) -> Step {
    key(KeyCode::Char(c), KeyModifiers::ALT, 2)
}

/// `ESC O` and one byte: keys in the terminal's application mode.
fn ss3(bytes: &[u8], finished: bool) -> Step {
    let Some(&last) = bytes.get(2) else {
        return if finished { alt('O') } else { Step::Unfinished };
    };
    let none = KeyModifiers::NONE;
    match last {
        b'A' => key(KeyCode::Up, none, 3),
        b'B' => key(KeyCode::Down, none, 3),
        b'C' => key(KeyCode::Right, none, 3),
        b'D' => key(KeyCode::Left, none, 3),
        b'H' => key(KeyCode::Home, none, 3),
        b'F' => key(KeyCode::End, none, 3),
        b'M' => key(KeyCode::Enter, none, 3),
        c @ b'P'..=b'S' => key(KeyCode::F(c - b'P' + 1), none, 3),
        0x40..=0x7e => Step::Skip(3),
        // Not a sequence after all: Alt-O, then that byte on its own.
        _ => alt('O'),
    }
}

/// `ESC [`, parameters and a final byte. Only the forms terminals send as input are taken:
/// an optional `<`, `=`, `>` or `?`, digits, `;` and `:`, and a final byte. Anything else
/// ends the sequence as broken, so a key typed into it (`!`, Ctrl-G) is never swallowed.
fn csi(bytes: &[u8], finished: bool) -> Step {
    match bytes.get(2) {
        // Mouse, in the old encoding: three bytes follow, each 32 more than its value.
        Some(b'M') => return x10_mouse(bytes, finished),
        // The Linux console's F1 to F5.
        Some(b'[') => {
            return match bytes.get(3) {
                Some(c @ b'A'..=b'E') => key(KeyCode::F(c - b'A' + 1), KeyModifiers::NONE, 4),
                None if !finished => Step::Unfinished,
                _ => alt('['),
            }
        }
        _ => {}
    }
    let start = 2 + usize::from(matches!(bytes.get(2), Some(b'<' | b'=' | b'>' | b'?')));
    for (at, &b) in bytes.iter().enumerate().skip(start) {
        match b {
            b'0'..=b'9' | b';' | b':' if at < MAX_SEQUENCE => {}
            0x40..=0x7e => return csi_event(&bytes[2..at], b, at + 1),
            // Broken: the bytes so far are dropped, and this one is read on its own.
            _ => return Step::Skip(at),
        }
    }
    if finished {
        alt('[')
    } else {
        Step::Unfinished
    }
}

/// The numbers of a sequence's parameters; a missing or oversized one is 0 or saturates.
fn numbers(params: &[u8]) -> Vec<u32> {
    params
        .split(|&b| b == b';')
        .map(|p| {
            p.iter()
                .take_while(|b| b.is_ascii_digit())
                .fold(0u32, |n, &d| {
                    n.saturating_mul(10).saturating_add(u32::from(d - b'0'))
                })
        })
        .collect()
}

/// Shift, Alt and Ctrl from a parameter such as the 5 of `ESC [ 1 ; 5 A`.
fn modifiers(param: Option<&u32>) -> KeyModifiers {
    held(param.map_or(0, |p| p.saturating_sub(1)), [1, 2, 4])
}

/// The keys held, from the bits of `code` that stand for Shift, Alt and Ctrl.
fn held(code: u32, [shift, alt, ctrl]: [u32; 3]) -> KeyModifiers {
    let mut modifiers = KeyModifiers::NONE;
    for (bit, key) in [
        (shift, KeyModifiers::SHIFT),
        (alt, KeyModifiers::ALT),
        (ctrl, KeyModifiers::CONTROL),
    ] {
        if code & bit != 0 {
            modifiers |= key;
        }
    }
    modifiers
}

fn csi_event(params: &[u8], last: u8, used: usize) -> Step {
    if params.first() == Some(&b'<') {
        return match sgr_mouse(&numbers(&params[1..]), last == b'm') {
            Some(mouse) => Step::Event(Event::Mouse(mouse), used),
            None => Step::Skip(used),
        };
    }
    if matches!(params.first(), Some(b'=' | b'>' | b'?')) {
        // Replies to questions lantern never asks.
        return Step::Skip(used);
    }
    let n = numbers(params);
    let held = modifiers(n.get(1));
    let code = match last {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'Z' => return key(KeyCode::BackTab, KeyModifiers::SHIFT, used),
        b'P'..=b'S' => KeyCode::F(last - b'P' + 1),
        b'M' if n.len() >= 3 => {
            // The rxvt mouse encoding: button + 32, column, row.
            let button = n[0].saturating_sub(32);
            return Step::Event(Event::Mouse(mouse_report(button, n[1], n[2], false)), used);
        }
        b'~' => match n.first().copied().unwrap_or(0) {
            1 | 7 => KeyCode::Home,
            2 => KeyCode::Insert,
            3 => KeyCode::Delete,
            4 | 8 => KeyCode::End,
            5 => KeyCode::PageUp,
            6 => KeyCode::PageDown,
            f @ 11..=15 => KeyCode::F(f as u8 - 10),
            f @ 17..=21 => KeyCode::F(f as u8 - 11),
            f @ 23..=24 => KeyCode::F(f as u8 - 12),
            200 => return Step::PasteStart(used),
            _ => return Step::Skip(used),
        },
        _ => return Step::Skip(used),
    };
    key(code, held, used)
}

/// Whether a later read would finish an old-style mouse report (`ESC [ M` and three bytes,
/// any of which may be `!`) held from an earlier one with a `!`. A terminal writes a report
/// whole, so a `!` that comes later is the person pressing the crisis key.
fn crisis_key_ends_old_mouse_report(pending: &[u8], carried: usize) -> bool {
    pending.starts_with(b"\x1b[M")
        && carried < X10_REPORT
        && pending
            .get(carried..pending.len().min(X10_REPORT))
            .is_some_and(|later| later.contains(&b'!'))
}

/// The length of an old-style mouse report.
const X10_REPORT: usize = 6;

fn x10_mouse(bytes: &[u8], finished: bool) -> Step {
    if bytes.len() < X10_REPORT {
        return if finished { alt('[') } else { Step::Unfinished };
    }
    let value = |b: u8| u32::from(b).checked_sub(32);
    match (value(bytes[3]), value(bytes[4]), value(bytes[5])) {
        (Some(button), Some(column), Some(row)) => Step::Event(
            Event::Mouse(mouse_report(button, column, row, false)),
            X10_REPORT,
        ),
        _ => Step::Skip(3),
    }
}

/// `ESC [ < button ; column ; row M` (or `m` for a release).
fn sgr_mouse(n: &[u32], released: bool) -> Option<MouseEvent> {
    match n {
        [button, column, row] => Some(mouse_report(*button, *column, *row, released)),
        _ => None,
    }
}

/// A mouse report's button code and 1-based position as an event. Positions past the
/// largest screen saturate: they can only be off the screen lantern draws.
fn mouse_report(code: u32, column: u32, row: u32, released: bool) -> MouseEvent {
    let position = |n: u32| u16::try_from(n.saturating_sub(1)).unwrap_or(u16::MAX);
    let button = match code & 0b11 {
        0 => MouseButton::Left,
        1 => MouseButton::Middle,
        2 => MouseButton::Right,
        _ => MouseButton::Left,
    };
    let kind = if code & 64 != 0 {
        match code & 0b11 {
            0 => MouseEventKind::ScrollUp,
            1 => MouseEventKind::ScrollDown,
            2 => MouseEventKind::ScrollLeft,
            _ => MouseEventKind::ScrollRight,
        }
    } else if code & 32 != 0 {
        if code & 0b11 == 3 {
            MouseEventKind::Moved
        } else {
            MouseEventKind::Drag(button)
        }
    } else if released || code & 0b11 == 3 {
        MouseEventKind::Up(button)
    } else {
        MouseEventKind::Down(button)
    };
    MouseEvent {
        kind,
        column: position(column),
        row: position(row),
        modifiers: held(code, [4, 8, 16]),
    }
}

#[cfg(test)]
#[path = "decode_tests.rs"]
mod tests;
