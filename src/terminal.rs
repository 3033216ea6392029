//! The terminal session: enter full screen, run the event loop, and restore the terminal on
//! every way out — quit, error, panic, SIGTERM, SIGHUP, SIGINT.

use std::io::{self, BufWriter, Write};
use std::os::fd::AsFd;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEvent,
    MouseEventKind,
};
use ratatui::crossterm::style::{Attribute, ResetColor, SetAttribute};
use ratatui::crossterm::terminal::{
    self, disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use ratatui::crossterm::{cursor, execute, queue};
use ratatui::layout::Rect;

use crate::app::{Action, App};
use crate::frames::Frames;
use crate::ui;

/// How often the loop wakes without input, to notice a stop signal.
const TICK: Duration = Duration::from_millis(100);

/// How long the first frame has the machine to itself, for the terminal to show it, before
/// the rest of the content is decoded (sooner if a key comes first).
const FIRST_PAUSE: Duration = Duration::from_millis(20);

/// Whether the terminal is in lantern's full-screen state and needs restoring.
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Raw mode and the alternate screen, undone when dropped (also on early return or unwind).
struct Session;

impl Session {
    /// Raw mode; the alternate screen comes with the first frame (see [`Session::screen`]).
    fn enter() -> io::Result<Session> {
        enable_raw_mode()?;
        ACTIVE.store(true, Ordering::SeqCst);
        // From here on, any failure still restores the terminal through Drop.
        Ok(Session)
    }

    /// Puts the codes for the alternate screen in `out`, the frame writer, so they reach the
    /// terminal with the first frame in one write: no blank screen is shown before it, and
    /// there is one write less to wait for.
    fn screen(&self, out: &mut impl Write) -> io::Result<()> {
        queue!(
            out,
            EnterAlternateScreen,
            terminal::Clear(terminal::ClearType::All),
            cursor::Hide
        )
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
pub fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut out = io::stdout();
    let _ = execute!(
        out,
        SetAttribute(Attribute::Reset),
        ResetColor,
        terminal::Clear(terminal::ClearType::All),
        DisableMouseCapture,
        cursor::Show,
        LeaveAlternateScreen
    );
    let _ = disable_raw_mode();
    let _ = out.flush();
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

#[derive(Debug, PartialEq, Eq)]
enum Input {
    /// Something to read, or the wait ran out (resizes arrive by signal, not as input).
    Check,
    /// The terminal is gone.
    HungUp,
}

/// Waits up to `timeout` for standard input, the terminal, to have something to read.
fn wait_for_input(timeout: Duration) -> Input {
    use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
    let stdin = io::stdin();
    let mut fds = [PollFd::new(stdin.as_fd(), PollFlags::POLLIN)];
    let timeout = PollTimeout::try_from(timeout).unwrap_or(PollTimeout::ZERO);
    match poll(&mut fds, timeout) {
        Ok(_) => {
            let gone = fds[0].revents().is_some_and(|r| {
                r.intersects(PollFlags::POLLHUP | PollFlags::POLLERR | PollFlags::POLLNVAL)
            });
            if gone {
                Input::HungUp
            } else {
                Input::Check
            }
        }
        // Interrupted by a signal, say: check the stop flag and carry on.
        Err(_) => Input::Check,
    }
}

/// A click, a touch or the wheel as an action.
fn mouse_action(app: &App, mouse: &MouseEvent) -> Option<Action> {
    match mouse.kind {
        MouseEventKind::Down(MouseButton::Left) => {
            Some(ui::targets::click(app, mouse.column, mouse.row))
        }
        MouseEventKind::ScrollDown => Some(Action::Wheel { down: true }),
        MouseEventKind::ScrollUp => Some(Action::Wheel { down: false }),
        _ => None,
    }
}

/// Turns mouse reporting on or off to match the setting (which the settings screen can
/// change). Off by default outside a kiosk: it takes over the terminal's copy and paste.
fn sync_mouse(app: &App, mouse_on: &mut bool) -> io::Result<()> {
    if app.settings.mouse != *mouse_on {
        if app.settings.mouse {
            execute!(io::stdout(), EnableMouseCapture)?;
        } else {
            execute!(io::stdout(), DisableMouseCapture)?;
        }
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

/// Where frames are written: standard output, but not through `io::stdout()`, whose line
/// buffering would split a frame at its last line feed (the scrolling moves use them) into
/// two writes, and a terminal could show the half-drawn frame between them.
fn frame_writer() -> io::Result<std::fs::File> {
    Ok(std::fs::File::from(
        io::stdout().as_fd().try_clone_to_owned()?,
    ))
}

/// The terminal as frames are written to it. Once the terminal is restored it takes nothing
/// more: whatever a frame writer still holds then (after a failure or a panic part way
/// through a frame) must not land on the person's normal screen.
struct FrameOut(std::fs::File);

impl Write for FrameOut {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        if ACTIVE.load(Ordering::SeqCst) {
            self.0.write(bytes)
        } else {
            Ok(bytes.len())
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

/// Runs the full-screen app until the person quits or a stop signal arrives.
pub fn run(app: &mut App) -> io::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGQUIT,
    ] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    install_panic_hook();

    let session = Session::enter()?;
    let (width, height) = terminal::size()?;
    let mut out = BufWriter::with_capacity(FRAME_BUFFER, FrameOut(frame_writer()?));
    session.screen(&mut out)?;
    let mut frames = Frames::new(out, Rect::new(0, 0, width, height), scroll_regions_wanted());
    app.update(Action::Resize { width, height });
    frames.draw(app)?;
    let mut mouse_on = false;
    sync_mouse(app, &mut mouse_on)?;
    // Lets the test suite prove a panic restores the terminal; compiled out of release builds.
    if cfg!(debug_assertions) && std::env::var_os("LANTERN_TEST_PANIC").is_some() {
        panic!("LANTERN_TEST_PANIC is set: panicking on purpose");
    }

    let mut last_tick = Instant::now();
    let mut listening = false;
    'session: while !stop.load(Ordering::Relaxed) {
        // Wait for input ourselves first: a terminal that went away without a signal (its
        // window killed, say) reads as endless end-of-file, which crossterm retries forever
        // inside its own poll. Here it shows as a hang-up, and lantern ends.
        // The welcome screen may have come from the front of the built-in pack alone; the
        // rest is decoded once the terminal has had a moment to show it, or at the first key.
        let wait = if app.content_is_front() {
            FIRST_PAUSE
        } else {
            TICK
        };
        if wait_for_input(wait) == Input::HungUp {
            // Nothing to restore on a terminal that is gone. Writing to it fails, and
            // ratatui's drop would then report that on the closed stderr, which panics.
            ACTIVE.store(false, Ordering::SeqCst);
            std::mem::forget(frames);
            return Ok(());
        }
        // The screen stays the same (a test checks), so this draw normally writes nothing.
        let completed = app.complete_content().map_err(|problems| {
            let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
            io::Error::other(messages.join("\n"))
        })?;
        if completed {
            frames.draw(app)?;
        }
        let now = Instant::now();
        let mut changed = app.update(Action::Tick(now.duration_since(last_tick)));
        last_tick = now;
        if !listening {
            // crossterm starts listening for input and window-size changes at its first
            // poll: here, after the first frame, which does not need it, and after the
            // check above that the terminal is still there (crossterm would read a gone
            // one's end-of-file forever). A resize that came before is caught by reading
            // the size again.
            listening = true;
            let _ = event::poll(Duration::ZERO)?;
            let (width, height) = terminal::size()?;
            let area = Rect::new(0, 0, width, height);
            if area != frames.area() {
                frames.resize(area)?;
                app.update(Action::Resize { width, height });
                changed = true;
            }
        }
        // Everything that arrived, including resizes, which crossterm reports on its own.
        loop {
            let event = match event::poll(Duration::ZERO) {
                Ok(true) => event::read()?,
                Ok(false) => break,
                Err(err) if err.kind() == io::ErrorKind::Interrupted => break,
                Err(err) => return Err(err),
            };
            changed |= match event {
                // Presses only: releases and repeats would act twice on terminals that send
                // them.
                Event::Key(key) if key.kind == KeyEventKind::Press => {
                    match app.action_for(&key) {
                        Some(action) => app.update(action),
                        // An unbound key is still someone at the keyboard: it answers
                        // "Still there?" and restarts the idle time.
                        None => app.update(Action::Activity),
                    }
                }
                Event::Mouse(mouse) => match mouse_action(app, &mouse) {
                    Some(action) if app.settings.mouse => app.update(action),
                    _ => false,
                },
                Event::Resize(width, height) => {
                    frames.resize(Rect::new(0, 0, width, height))?;
                    app.update(Action::Resize { width, height });
                    true
                }
                _ => false,
            };
            changed |= crate::effects::run_all(app);
            sync_mouse(app, &mut mouse_on)?;
            if app.should_quit {
                break 'session;
            }
        }
        if changed {
            frames.draw(app)?;
        }
    }
    drop(frames);
    drop(session);
    Ok(())
}
