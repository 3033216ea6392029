//! The terminal session: enter full screen, run the event loop, and restore the terminal on
//! every way out — quit, error, panic, a hang-up, and every signal that would end lantern —
//! and before a stop (SIGTSTP), entering it again after.
//!
//! The loop never blocks on the terminal. It waits for input, a signal or its own clock,
//! whichever comes first; reads what there is, a bounded slice at a time; and decodes it
//! itself ([`crate::input::decode`]), so an unfinished sequence is given up after a moment
//! instead of holding every key after it.

mod intake;
mod signals;
mod tty;

use std::io::{self, BufWriter, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::style::{Attribute, ResetColor, SetAttribute};
use ratatui::crossterm::terminal::{
    self, disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use ratatui::crossterm::{cursor, queue};
use ratatui::layout::Rect;

use crate::app::{Action, App};
use crate::frames::{self, Frames};
pub use intake::Intake;
use signals::Signals;
use tty::{Got, Input};

/// The most input read at one wake. A flood (a paste, a scanner, a touch screen's stream of
/// mouse reports) is taken a slice at a time with a frame between slices, so the crisis key
/// in it is acted on as soon as it is read, and the clock still runs.
pub const INPUT_SLICE: usize = 4096;

/// How long restoring the terminal may wait for a terminal that takes no output.
const RESTORE_WAIT: Duration = Duration::from_millis(300);

/// Whether the terminal is in lantern's full-screen state and needs restoring.
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// The codes that put the terminal in lantern's full-screen state, after raw mode.
fn enter_codes(out: &mut impl Write) -> io::Result<()> {
    queue!(
        out,
        EnterAlternateScreen,
        terminal::Clear(terminal::ClearType::All),
        cursor::Hide,
        EnableBracketedPaste
    )
}

/// Raw mode, undone when dropped (also on early return or unwind) with the rest of the
/// terminal state; the alternate screen comes with the first frame.
struct Session;

impl Session {
    fn enter() -> io::Result<Session> {
        enable_raw_mode()?;
        ACTIVE.store(true, Ordering::SeqCst);
        // From here on, any failure still restores the terminal through Drop.
        Ok(Session)
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        restore();
    }
}

/// Puts the terminal back as it was. The alternate screen is wiped first so nothing a person
/// read stays in any terminal's memory of it. Only the first call acts, so a second call
/// (the panic hook, then unwinding) cannot wipe the normal screen and the panic message.
/// A terminal that takes no output is given a moment, then left: raw mode is still undone.
pub fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut codes = Vec::new();
    let _ = queue!(
        codes,
        SetAttribute(Attribute::Reset),
        ResetColor,
        terminal::Clear(terminal::ClearType::All),
        DisableMouseCapture,
        DisableBracketedPaste,
        cursor::Show,
        LeaveAlternateScreen
    );
    match tty::output() {
        Some(out) => {
            let _ = tty::write_all(out, &codes, Some(Instant::now() + RESTORE_WAIT), None);
        }
        None => {
            let _ = io::stdout().write_all(&codes);
            let _ = io::stdout().flush();
        }
    }
    let _ = disable_raw_mode();
}

/// Restores the terminal before the panic message is printed, so the message is readable and
/// the shell is usable.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// Turns mouse reporting on or off to match the setting (which the settings screen can
/// change). Off by default outside a kiosk: it takes over the terminal's copy and paste.
fn sync_mouse<W: Write>(app: &App, frames: &mut Frames<W>, mouse_on: &mut bool) -> io::Result<()> {
    if app.settings.mouse != *mouse_on {
        if app.settings.mouse {
            queue!(frames.out(), EnableMouseCapture)?;
        } else {
            queue!(frames.out(), DisableMouseCapture)?;
        }
        frames.out().flush()?;
        *mouse_on = app.settings.mouse;
    }
    Ok(())
}

/// Scrolling regions move scrolled text with the terminal's own line feeds. Every terminal
/// lantern knows of supports them; `LANTERN_SCROLL_REGIONS=0` turns them off for one that
/// draws wrongly, and every frame is then a plain comparison.
fn scroll_regions_wanted() -> bool {
    std::env::var_os("LANTERN_SCROLL_REGIONS").is_none_or(|v| v != "0")
}

/// Room for a whole frame, so that each frame reaches the terminal in one write.
const FRAME_BUFFER: usize = 64 * 1024;

/// The terminal as frames are written to it. Once the terminal is restored it takes nothing
/// more: whatever a frame writer still holds then (after a failure or a panic part way
/// through a frame) must not land on the person's normal screen. A terminal that takes no
/// output holds a write only until lantern is asked to end.
struct FrameOut {
    file: &'static std::fs::File,
    stop: Arc<AtomicBool>,
}

impl Write for FrameOut {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        if ACTIVE.load(Ordering::SeqCst) {
            match tty::write_all(self.file, bytes, None, Some(&self.stop)) {
                // Lantern is ending: the rest of the frame is not wanted.
                Err(err) if err.kind() == io::ErrorKind::TimedOut => {}
                other => other?,
            }
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The terminal's size, as much of it as lantern draws.
fn terminal_area() -> io::Result<Rect> {
    let (width, height) = terminal::size()?;
    Ok(frames::drawn_area(width, height))
}

/// Runs the full-screen app until the person quits or a stop signal arrives.
pub fn run(app: &mut App) -> io::Result<()> {
    let signals = Signals::register()?;
    install_panic_hook();
    let input = Input::open()?;
    let output = tty::open_output()?;

    let session = Session::enter()?;
    let area = terminal_area()?;
    let mut out = BufWriter::with_capacity(
        FRAME_BUFFER,
        FrameOut {
            file: output,
            stop: signals.stop_flag(),
        },
    );
    // The codes for the alternate screen go out with the first frame, in one write: no
    // blank screen is shown before it.
    enter_codes(&mut out)?;
    let mut frames = Frames::new(out, area, scroll_regions_wanted());
    app.update(Action::Resize {
        width: area.width,
        height: area.height,
    });
    frames.draw(app)?;
    let mut mouse_on = false;
    sync_mouse(app, &mut frames, &mut mouse_on)?;
    // Lets the test suite prove a panic restores the terminal; compiled out of release builds.
    if cfg!(debug_assertions) && std::env::var_os("LANTERN_TEST_PANIC").is_some() {
        panic!("LANTERN_TEST_PANIC is set: panicking on purpose");
    }

    let ended = event_loop(app, &signals, &input, &mut frames, &mut mouse_on);
    if matches!(ended, Ok(Ended::HungUp)) {
        // Nothing to restore on a terminal that is gone.
        ACTIVE.store(false, Ordering::SeqCst);
        let _ = disable_raw_mode();
        std::mem::forget(frames);
        return Ok(());
    }
    drop(frames);
    drop(session);
    ended.map(|_| ())
}

enum Ended {
    /// Quit, or a signal asked lantern to end.
    Asked,
    /// The terminal went away.
    HungUp,
}

fn event_loop<W: Write>(
    app: &mut App,
    signals: &Signals,
    input: &Input,
    frames: &mut Frames<W>,
    mouse_on: &mut bool,
) -> io::Result<Ended> {
    let mut intake = Intake::new(Instant::now());
    let mut bytes = vec![0u8; INPUT_SLICE];
    // The size is read again once: a resize may have come before the signal was watched.
    let mut size_unsure = true;
    while !signals.stop_requested() {
        let woken = input.wait(intake.wait(app, Instant::now()));
        if woken.input {
            match input.read(&mut bytes) {
                Got::Bytes(n) => intake.bytes(&bytes[..n], Instant::now()),
                Got::Nothing => {}
                Got::HungUp => return Ok(Ended::HungUp),
            }
        } else if woken.hung_up {
            return Ok(Ended::HungUp);
        }
        if signals.stop_requested() {
            break;
        }
        let mut changed = false;
        if signals.take_suspend() {
            suspend(frames, *mouse_on)?;
            changed = true;
        }
        if signals.take_resumed() {
            reenter(frames, *mouse_on)?;
            changed = true;
        }
        // The screen stays the same (a test checks), so this draw normally writes nothing.
        let completed = app.complete_content().map_err(|problems| {
            let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
            io::Error::other(messages.join("\n"))
        })?;
        if completed {
            frames.draw(app)?;
        }
        // A new size first, so keys that came with it act on the screen as it now is.
        if signals.take_resized() || std::mem::take(&mut size_unsure) {
            let area = terminal_area()?;
            if area != frames.area() {
                frames.resize(area)?;
                app.update(Action::Resize {
                    width: area.width,
                    height: area.height,
                });
                changed = true;
            }
        }
        let mut mouse_failed = Ok(());
        changed |= intake.apply(app, Instant::now(), |app| {
            let changed = crate::effects::run_all(app);
            if mouse_failed.is_ok() {
                mouse_failed = sync_mouse(app, frames, mouse_on);
            }
            changed
        });
        mouse_failed?;
        if app.should_quit {
            return Ok(Ended::Asked);
        }
        if changed {
            frames.draw(app)?;
        }
    }
    Ok(Ended::Asked)
}

/// SIGTSTP: the terminal is given back as it was, lantern stops, and when it is continued
/// the full screen comes back as it was left.
fn suspend<W: Write>(frames: &mut Frames<W>, mouse_on: bool) -> io::Result<()> {
    restore();
    let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGTSTP);
    reenter(frames, mouse_on)
}

/// Raw mode and the full screen again, after a stop (the shell may have changed the
/// terminal meanwhile), with the whole frame drawn anew.
fn reenter<W: Write>(frames: &mut Frames<W>, mouse_on: bool) -> io::Result<()> {
    let _ = disable_raw_mode();
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    enter_codes(frames.out())?;
    if mouse_on {
        queue!(frames.out(), EnableMouseCapture)?;
    }
    let area = frames.area();
    frames.resize(area)
}
