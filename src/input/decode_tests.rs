use super::*;
use proptest::prelude::*;

fn plain(c: char) -> Event {
    let shift = if c.is_uppercase() {
        KeyModifiers::SHIFT
    } else {
        KeyModifiers::NONE
    };
    Event::Key(KeyEvent::new(KeyCode::Char(c), shift))
}

fn with(code: KeyCode, modifiers: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, modifiers))
}

/// Everything `bytes` decode to, with nothing more to come.
fn all(bytes: &[u8]) -> Vec<Event> {
    let mut decoder = Decoder::default();
    let mut out = Vec::new();
    decoder.feed(bytes, &mut out);
    decoder.give_up(&mut out);
    assert!(!decoder.is_waiting());
    out
}

/// What `bytes` decode to while more may come.
fn so_far(decoder: &mut Decoder, bytes: &[u8]) -> Vec<Event> {
    let mut out = Vec::new();
    decoder.feed(bytes, &mut out);
    out
}

#[test]
fn letters_controls_and_text() {
    assert_eq!(all(b"jK"), vec![plain('j'), plain('K')]);
    assert_eq!(
        all(b"\r\t\x7f\x07"),
        vec![
            with(KeyCode::Enter, KeyModifiers::NONE),
            with(KeyCode::Tab, KeyModifiers::NONE),
            with(KeyCode::Backspace, KeyModifiers::NONE),
            with(KeyCode::Char('g'), KeyModifiers::CONTROL),
        ]
    );
    assert_eq!(
        all("é¿ñ😀".as_bytes()),
        vec![plain('é'), plain('¿'), plain('ñ'), plain('😀')]
    );
}

#[test]
fn a_character_split_between_reads_is_put_together() {
    let mut decoder = Decoder::default();
    let bytes = "é".as_bytes();
    assert_eq!(so_far(&mut decoder, &bytes[..1]), vec![]);
    assert!(decoder.is_waiting());
    assert_eq!(so_far(&mut decoder, &bytes[1..]), vec![plain('é')]);
    assert!(!decoder.is_waiting());
}

#[test]
fn bytes_that_are_not_text_are_dropped_and_the_next_key_counts() {
    // A lone 0xFF, and a Latin-1 é (0xE9), which UTF-8 reads as the start of three bytes.
    assert_eq!(all(b"\xffj"), vec![plain('j')]);
    assert_eq!(all(b"\xe9j"), vec![plain('j')]);
    assert_eq!(all(b"\xe9"), vec![]);
    assert_eq!(all(b"\x80\xbf!"), vec![plain('!')]);
}

#[test]
fn arrows_and_named_keys_in_every_encoding() {
    let none = KeyModifiers::NONE;
    assert_eq!(all(b"\x1b[A"), vec![with(KeyCode::Up, none)]);
    assert_eq!(all(b"\x1bOB"), vec![with(KeyCode::Down, none)]);
    assert_eq!(
        all(b"\x1b[1;5C"),
        vec![with(KeyCode::Right, KeyModifiers::CONTROL)]
    );
    assert_eq!(
        all(b"\x1b[5~\x1b[6~"),
        vec![with(KeyCode::PageUp, none), with(KeyCode::PageDown, none)]
    );
    assert_eq!(
        all(b"\x1b[1~\x1b[4~"),
        vec![with(KeyCode::Home, none), with(KeyCode::End, none)]
    );
    assert_eq!(
        all(b"\x1bOP\x1b[[A\x1b[11~"),
        vec![with(KeyCode::F(1), none); 3]
    );
    assert_eq!(all(b"\x1b[24~"), vec![with(KeyCode::F(12), none)]);
    assert_eq!(
        all(b"\x1b[Z"),
        vec![with(KeyCode::BackTab, KeyModifiers::SHIFT)]
    );
}

#[test]
fn esc_alone_waits_for_what_may_follow_then_is_esc() {
    let mut decoder = Decoder::default();
    assert_eq!(so_far(&mut decoder, b"\x1b"), vec![]);
    assert!(decoder.is_waiting());
    let mut out = Vec::new();
    decoder.give_up(&mut out);
    assert_eq!(out, vec![with(KeyCode::Esc, KeyModifiers::NONE)]);
    assert_eq!(
        all(b"\x1b\x1b"),
        vec![with(KeyCode::Esc, KeyModifiers::NONE); 2]
    );
}

#[test]
fn alt_with_a_key() {
    assert_eq!(
        all(b"\x1bj"),
        vec![with(KeyCode::Char('j'), KeyModifiers::ALT)]
    );
    assert_eq!(
        all("\x1bé".as_bytes()),
        vec![with(KeyCode::Char('é'), KeyModifiers::ALT)]
    );
}

#[test]
fn an_unfinished_sequence_given_up_is_the_keys_it_was_typed_with() {
    // Alt-[ and Alt-O start sequences; alone they are only what was typed.
    for (bytes, typed) in [(b"\x1b[" as &[u8], '['), (b"\x1bO", 'O')] {
        let mut decoder = Decoder::default();
        assert_eq!(so_far(&mut decoder, bytes), vec![]);
        let mut out = Vec::new();
        decoder.give_up(&mut out);
        assert_eq!(out, vec![with(KeyCode::Char(typed), KeyModifiers::ALT)]);
        // And the next key is itself.
        assert_eq!(so_far(&mut decoder, b"?"), vec![plain('?')]);
    }
    // Alt-[ then `?`, `1` or `<`, with nothing after them.
    assert_eq!(
        all(b"\x1b[?"),
        vec![with(KeyCode::Char('['), KeyModifiers::ALT), plain('?')]
    );
    assert_eq!(
        all(b"\x1b[<"),
        vec![with(KeyCode::Char('['), KeyModifiers::ALT), plain('<')]
    );
    assert_eq!(
        all(b"\x1b[1"),
        vec![with(KeyCode::Char('['), KeyModifiers::ALT), plain('1')]
    );
}

#[test]
fn a_crisis_key_typed_into_a_sequence_is_never_swallowed() {
    for prefix in [
        b"\x1b[" as &[u8],
        b"\x1b[?",
        b"\x1b[<",
        b"\x1b[<0;1",
        b"\x1b[1;",
        b"\x1bO",
    ] {
        for key in [b'!', 0x07] {
            let mut bytes = prefix.to_vec();
            bytes.push(key);
            let events = all(&bytes);
            let wanted = if key == b'!' {
                plain('!')
            } else {
                with(KeyCode::Char('g'), KeyModifiers::CONTROL)
            };
            assert!(events.contains(&wanted), "{bytes:?} gave {events:?}");
        }
    }
}

#[test]
fn mouse_reports() {
    let click = all(b"\x1b[<0;10;5M");
    assert_eq!(
        click,
        vec![Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: 9,
            row: 4,
            modifiers: KeyModifiers::NONE,
        })]
    );
    let kinds: Vec<MouseEventKind> = all(b"\x1b[<0;1;1m\x1b[<64;1;1M\x1b[<65;1;1M\x1b[<35;3;3M")
        .into_iter()
        .filter_map(|e| match e {
            Event::Mouse(m) => Some(m.kind),
            _ => None,
        })
        .collect();
    assert_eq!(
        kinds,
        vec![
            MouseEventKind::Up(MouseButton::Left),
            MouseEventKind::ScrollUp,
            MouseEventKind::ScrollDown,
            MouseEventKind::Moved,
        ]
    );
    // The old encoding: 32 more than each value, 1-based.
    assert_eq!(
        all(b"\x1b[M !!"),
        vec![Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: 0,
            row: 0,
            modifiers: KeyModifiers::NONE,
        })]
    );
}

#[test]
fn a_mouse_report_past_any_screen_is_off_the_screen_not_a_stall() {
    let events = all(b"\x1b[<0;70000;99999999999999M!");
    assert_eq!(
        events,
        vec![
            Event::Mouse(MouseEvent {
                kind: MouseEventKind::Down(MouseButton::Left),
                column: u16::MAX,
                row: u16::MAX,
                modifiers: KeyModifiers::NONE,
            }),
            plain('!'),
        ]
    );
}

#[test]
fn a_paste_is_one_event_even_split_between_reads() {
    assert_eq!(
        all(b"\x1b[200~hello there\x1b[201~j"),
        vec![Event::Paste("hello there".into()), plain('j')]
    );
    let mut decoder = Decoder::default();
    assert_eq!(so_far(&mut decoder, b"\x1b[200~hel"), vec![]);
    assert_eq!(so_far(&mut decoder, b"lo\x1b[20"), vec![]);
    assert!(decoder.is_waiting());
    assert_eq!(
        so_far(&mut decoder, b"1~!"),
        vec![Event::Paste("hello".into()), plain('!')]
    );
}

#[test]
fn a_paste_that_never_ends_ends_when_nothing_more_comes() {
    let mut decoder = Decoder::default();
    assert_eq!(so_far(&mut decoder, b"\x1b[200~abc"), vec![]);
    let mut out = Vec::new();
    decoder.give_up(&mut out);
    assert_eq!(out, vec![Event::Paste("abc".into())]);
    assert_eq!(so_far(&mut decoder, b"!"), vec![plain('!')]);
}

#[test]
fn a_huge_paste_keeps_a_bounded_part() {
    let mut bytes = b"\x1b[200~".to_vec();
    bytes.extend(std::iter::repeat_n(b'a', MAX_PASTE * 3));
    bytes.extend_from_slice(b"\x1b[201~");
    match all(&bytes).as_slice() {
        [Event::Paste(text)] => assert_eq!(text.len(), MAX_PASTE),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_long_run_of_garbage_is_dropped_not_held() {
    let mut decoder = Decoder::default();
    let mut bytes = b"\x1b[".to_vec();
    bytes.extend(std::iter::repeat_n(b'1', 10_000));
    let mut out = Vec::new();
    decoder.feed(&bytes, &mut out);
    assert!(decoder.pending.len() <= MAX_SEQUENCE);
}

/// An old-style mouse report is written whole by a terminal: a `!` in a later read is the
/// crisis key, not the report's last byte. A report split by a read with no `!` still counts.
#[test]
fn a_crisis_key_after_an_unfinished_old_mouse_report_is_read() {
    let bang = plain('!');
    for split in [
        &[&b"\x1b[M"[..], b" j", b"!"][..],
        &[b"\x1b[M j", b"!"],
        &[b"\x1b[M", b" j!"],
    ] {
        let mut decoder = Decoder::default();
        let mut events = Vec::new();
        for bytes in split {
            events.extend(so_far(&mut decoder, bytes));
        }
        decoder.give_up(&mut events);
        assert!(
            events.contains(&bang),
            "{split:?} lost the crisis key: {events:?}"
        );
    }
    let mut decoder = Decoder::default();
    let mut events = so_far(&mut decoder, b"\x1b[M ");
    events.extend(so_far(&mut decoder, b"jk"));
    assert_eq!(
        events,
        vec![Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: 73,
            row: 74,
            modifiers: KeyModifiers::NONE,
        })]
    );
}

/// Bytes as a person's hardware sends them: keys, sequences, their unfinished starts,
/// mouse reports, broken UTF-8, stray bytes.
fn input_bytes() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        any::<u8>().prop_map(|b| vec![b]),
        "[ -~]{1,4}".prop_map(String::into_bytes),
        proptest::sample::select(vec![
            b"\x1b".to_vec(),
            b"\x1b[".to_vec(),
            b"\x1bO".to_vec(),
            b"\x1b[?".to_vec(),
            b"\x1b[<".to_vec(),
            b"\x1b[<0;12".to_vec(),
            b"\x1b[M".to_vec(),
            b"\x1b[200~".to_vec(),
            b"\x1b[201~".to_vec(),
            b"\x1b[A".to_vec(),
            b"\x1b[1;5B".to_vec(),
            b"\x1b[<0;70000;5M".to_vec(),
            b"\x1b[<35;10;10M".to_vec(),
            b"\xe9".to_vec(),
            b"\xff".to_vec(),
            "é".as_bytes()[..1].to_vec(),
            b"\x07".to_vec(),
        ]),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

proptest! {
    /// However the bytes are split between reads, nothing panics, what is held stays small,
    /// and once nothing more comes, nothing is held.
    #[test]
    fn any_bytes_in_any_reads_never_stall(bytes in input_bytes(), cuts in proptest::collection::vec(any::<usize>(), 0..6)) {
        let mut decoder = Decoder::default();
        let mut out = Vec::new();
        let mut cuts: Vec<usize> = cuts.into_iter().map(|c| c % (bytes.len() + 1)).collect();
        cuts.sort_unstable();
        let mut from = 0;
        for cut in cuts.into_iter().chain([bytes.len()]) {
            decoder.feed(&bytes[from..cut], &mut out);
            from = cut;
            prop_assert!(decoder.pending.len() <= MAX_SEQUENCE + 8);
        }
        decoder.give_up(&mut out);
        prop_assert!(!decoder.is_waiting());
    }

    /// After any input, once it is given up, the crisis keys are read as themselves.
    #[test]
    fn after_any_input_the_crisis_keys_work(bytes in input_bytes()) {
        let mut decoder = Decoder::default();
        let mut out = Vec::new();
        decoder.feed(&bytes, &mut out);
        decoder.give_up(&mut out);
        out.clear();
        decoder.feed(b"!\x07", &mut out);
        decoder.give_up(&mut out);
        prop_assert_eq!(out, vec![plain('!'), with(KeyCode::Char('g'), KeyModifiers::CONTROL)]);
    }

    /// Ctrl-G ends any unfinished sequence it is typed into, outside a paste.
    #[test]
    fn ctrl_g_is_never_part_of_a_sequence(bytes in input_bytes()) {
        let mut decoder = Decoder::default();
        let mut out = Vec::new();
        decoder.feed(&bytes, &mut out);
        prop_assume!(decoder.paste.is_none());
        out.clear();
        decoder.feed(b"\x07", &mut out);
        decoder.give_up(&mut out);
        let ctrl_g = out.iter().any(|e| matches!(e, Event::Key(k)
            if k.code == KeyCode::Char('g') && k.modifiers.contains(KeyModifiers::CONTROL)));
        prop_assert!(ctrl_g, "{:?}", out);
    }
}
