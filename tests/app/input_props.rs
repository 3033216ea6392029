//! Properties over raw terminal input, fed the way the event loop feeds it: bytes in slices,
//! the clock moving on, resizes arriving with keys. Whatever comes — unfinished escape
//! sequences, bytes that are not text, floods, key and resize together — the crisis key
//! shows 988 within a frame, and a kiosk left alone wipes itself on time.
//!
//! The long run (`long_run_of_random_input`, over 100,000 events) is not part of every test
//! run; the README says how to start it.

use crate::common;

use std::time::{Duration, Instant};

use lantern::app::{Action, App, Overlay};
use lantern::config::{Mode, Settings};
use lantern::i18n::Lang;
use lantern::terminal::{Intake, INPUT_SLICE};
use proptest::prelude::*;

/// What a person's hardware sends in one go.
#[derive(Debug, Clone)]
struct Burst {
    bytes: Vec<u8>,
    /// A new window size that arrives with the bytes.
    resize: Option<(u16, u16)>,
    /// Time until the next burst, in milliseconds.
    gap: u64,
}

fn piece() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        4 => proptest::sample::select(vec![
            b"j".to_vec(), b"k".to_vec(), b"q".to_vec(), b"\r".to_vec(), b"1".to_vec(),
            b"2".to_vec(), b"3".to_vec(), b"/".to_vec(), b"?".to_vec(), b"e".to_vec(),
            b"y".to_vec(), b"n".to_vec(), b"s".to_vec(), b"l".to_vec(), b"G".to_vec(),
            b" ".to_vec(), b"\x7f".to_vec(), b"\x18".to_vec(), b"\x03".to_vec(),
            b"\x1b[A".to_vec(), b"\x1b[B".to_vec(), b"\x1b[6~".to_vec(), b"\x1bOB".to_vec(),
            b"\x1b[<0;5;5M".to_vec(), b"\x1b[<64;5;5M".to_vec(), b"\x1b[<0;3;24M".to_vec(),
            b"\x1b[200~pasted words\x1b[201~".to_vec(),
        ]),
        // Unfinished starts, each of which once held every key after it.
        2 => proptest::sample::select(vec![
            b"\x1b".to_vec(), b"\x1b[".to_vec(), b"\x1bO".to_vec(), b"\x1b[1".to_vec(),
            b"\x1b[?".to_vec(), b"\x1b[<".to_vec(), b"\x1b[<0;12".to_vec(), b"\x1b[M".to_vec(),
            b"\x1b[200~".to_vec(), b"\x1b[[".to_vec(),
        ]),
        // Bytes that are not text, and reports past any screen.
        2 => prop_oneof![
            any::<u8>().prop_map(|b| vec![b]),
            Just(b"\xff".to_vec()),
            Just(b"\xe9".to_vec()),
            Just(b"\x1b[<0;70000;5M".to_vec()),
            Just(b"\x1b[<35;99999;99999M".to_vec()),
        ],
        // Floods: a key held down, a scanner, a touch screen's stream of motion reports.
        1 => (1usize..6000, proptest::sample::select(vec![b'j', b'k', b'x', b'9']))
            .prop_map(|(n, b)| vec![b; n]),
        1 => (1usize..400).prop_map(|n| b"\x1b[<35;40;12M".repeat(n)),
    ]
}

fn burst() -> impl Strategy<Value = Burst> {
    (
        proptest::collection::vec(piece(), 1..6),
        proptest::option::weighted(0.2, (0u16..260, 0u16..90)),
        proptest::sample::select(vec![0u64, 10, 40, 60, 300, 1500, 2600]),
    )
        .prop_map(|(pieces, resize, gap)| Burst {
            bytes: pieces.concat(),
            resize,
            gap,
        })
}

/// An app with the clock and the input as the event loop keeps them.
#[derive(Clone)]
struct Session {
    app: App,
    intake: Intake,
    now: Instant,
    /// Whether the person quit (Ctrl-C, say) since this was last cleared: a real session
    /// would have ended there, and the keys read after the quit were never acted on.
    quit: bool,
}

impl Session {
    fn new(mode: Mode, spanish: bool, width: u16, height: u16) -> Session {
        let app = common::app_with_languages(
            Settings {
                mode,
                lang: if spanish { Lang::Es } else { Lang::En },
                mouse: true,
                admin_pin: Some("73915".into()),
                idle_timeout: Duration::from_secs(1),
                countdown: Duration::from_secs(1),
                ..Settings::default()
            },
            width,
            height,
        );
        let now = Instant::now();
        Session {
            app,
            intake: Intake::new(now),
            now,
            quit: false,
        }
    }

    /// One wake of the event loop with these bytes read (at most a slice of them).
    fn wake(&mut self, bytes: &[u8], resize: Option<(u16, u16)>) {
        if !bytes.is_empty() {
            self.intake.bytes(bytes, self.now);
        }
        if let Some((width, height)) = resize {
            self.app.update(Action::Resize { width, height });
        }
        self.intake.apply(&mut self.app, self.now, |_| false);
        // Quitting ends a real session; here the walk goes on.
        self.quit |= self.app.should_quit;
        self.app.should_quit = false;
    }

    fn send(&mut self, burst: &Burst) {
        let mut slices = burst.bytes.chunks(INPUT_SLICE);
        self.wake(slices.next().unwrap_or_default(), burst.resize);
        for slice in slices {
            self.wake(slice, None);
        }
    }

    /// Time passing as the loop sees it: it wakes when it said it would.
    fn wait(&mut self, time: Duration) {
        let end = self.now + time;
        while self.now < end {
            let step = self
                .intake
                .wait(&self.app, self.now)
                .max(Duration::from_millis(1));
            self.now = (self.now + step).min(end);
            self.wake(&[], None);
        }
    }

    /// The crisis key for where the keys go now: `!`, or Ctrl-G in a text field.
    fn crisis_key(&self) -> &'static [u8] {
        if self.app.context().is_text_entry() {
            b"\x07"
        } else {
            b"!"
        }
    }
}

/// The crisis panel is on top and, where there is room, 988 is on screen.
fn shows_988(app: &App) -> Result<(), TestCaseError> {
    prop_assert_eq!(app.top_overlay(), Some(Overlay::Crisis));
    if app.area.width >= 3 && app.area.height >= 1 {
        let screen = common::screen_text(app).join("\n");
        prop_assert!(
            screen.contains("988"),
            "no 988 at {:?}:\n{}",
            app.area,
            screen
        );
    }
    Ok(())
}

fn check(session: &mut Session, bursts: &[Burst]) -> Result<(), TestCaseError> {
    for burst in bursts {
        session.send(burst);
        // Right away: once anything unfinished is given up (within one wait), the key works.
        // A paste left open takes what comes as its text, so that case waits first.
        let mut now = session.clone();
        if now.intake.is_in_paste() {
            now.wait(Duration::from_millis(60));
        }
        // The key for the screen the held bytes lead to (they may open the PIN field, where
        // `!` is text and Ctrl-G is the key).
        let key = {
            let mut settled = now.clone();
            settled.wait(Duration::from_millis(60));
            settled.crisis_key()
        };
        now.quit = false;
        now.wake(key, None);
        now.wait(Duration::from_millis(60));
        // Unless the bytes still held ended in a quit the key came after (the session is over).
        if !now.quit {
            shows_988(&now.app)?;
        }

        session.wait(Duration::from_millis(burst.gap));
        // After a pause, on the very frame the key is read.
        let mut later = session.clone();
        later.wait(Duration::from_millis(60));
        let key = later.crisis_key();
        later.wake(key, None);
        shows_988(&later.app)?;

        if session.app.mode() == Mode::Kiosk {
            prop_assert!(!session.app.should_quit, "a kiosk quit");
            // Left alone for the idle time and the countdown (and one tick): wiped.
            let mut alone = session.clone();
            alone.wait(Duration::from_millis(2200));
            prop_assert!(alone.app.is_pristine(), "not wiped after 2.2 s alone");
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn any_input_leaves_the_crisis_key_working(
        bursts in proptest::collection::vec(burst(), 1..25),
        mode in proptest::sample::select(vec![Mode::Personal, Mode::Counselor, Mode::Kiosk]),
        spanish in any::<bool>(),
        width in 0u16..260,
        height in 0u16..90,
    ) {
        let mut session = Session::new(mode, spanish, width, height);
        check(&mut session, &bursts)?;
    }
}

/// The keys, mouse reports, pastes and resizes in a burst, as lantern decodes them.
fn event_count(burst: &Burst) -> usize {
    let mut decoder = lantern::input::decode::Decoder::default();
    let mut events = Vec::new();
    decoder.feed(&burst.bytes, &mut events);
    decoder.give_up(&mut events);
    events.len() + usize::from(burst.resize.is_some())
}

/// Over 100,000 random input events, and at least 60 sessions, in every mode and both
/// languages, checked after every burst as above. Slow in a debug build:
/// `cargo test --release --test app -- --ignored input_props` (README, "Tests").
#[test]
#[ignore]
fn long_run_of_random_input() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let mut events = 0usize;
    let mut sessions = 0usize;
    while events < 100_000 || sessions < 60 {
        for mode in [Mode::Personal, Mode::Counselor, Mode::Kiosk] {
            for spanish in [false, true] {
                let bursts = proptest::collection::vec(burst(), 20..60)
                    .new_tree(&mut runner)
                    .expect("bursts")
                    .current();
                let size = (0u16..260, 0u16..90)
                    .new_tree(&mut runner)
                    .expect("size")
                    .current();
                events += bursts.iter().map(event_count).sum::<usize>();
                let mut session = Session::new(mode, spanish, size.0, size.1);
                if let Err(failure) = check(&mut session, &bursts) {
                    panic!("{failure} in session {sessions}: {bursts:?}");
                }
                sessions += 1;
            }
        }
    }
    println!("{events} input events over {sessions} sessions");
}
