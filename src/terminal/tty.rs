//! The terminal's input and output, opened again as files of lantern's own that never block:
//! a read with nothing to read, or a write to a terminal that stopped taking output, returns
//! at once, so the event loop always gets back to its clock and its signals.
//!
//! Opened afresh rather than set on standard input and output, which the shell shares: a
//! non-blocking flag there would outlive lantern and break the shell.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Write};
use std::os::fd::{AsFd, BorrowedFd};
use std::os::unix::fs::OpenOptionsExt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use nix::poll::{poll, PollFd, PollFlags, PollTimeout};

/// The terminal's output, shared by the frame writer and [`super::restore`], which may run
/// from the panic hook.
static OUTPUT: OnceLock<File> = OnceLock::new();

/// How long a blocked write waits between looks at the stop flag.
const WRITE_LOOK: Duration = Duration::from_millis(50);

/// The terminal open on `fd` as a new file of its own, not blocking; when it cannot be
/// opened again (no name for it, say), a copy of `fd` itself, which may block.
fn reopen(fd: BorrowedFd<'_>, write: bool) -> io::Result<File> {
    let flags = nix::libc::O_NONBLOCK | nix::libc::O_NOCTTY | nix::libc::O_CLOEXEC;
    let opened = nix::unistd::ttyname(fd)
        .map_err(io::Error::from)
        .and_then(|path| {
            OpenOptions::new()
                .read(!write)
                .write(write)
                .custom_flags(flags)
                .open(path)
        });
    match opened {
        Ok(file) => Ok(file),
        Err(_) => Ok(File::from(fd.try_clone_to_owned()?)),
    }
}

/// Opens the output for [`output`]; the first call wins, later ones keep it.
pub fn open_output() -> io::Result<&'static File> {
    if let Some(file) = OUTPUT.get() {
        return Ok(file);
    }
    let file = reopen(io::stdout().as_fd(), true)?;
    Ok(OUTPUT.get_or_init(|| file))
}

/// The terminal's output, once opened.
pub fn output() -> Option<&'static File> {
    OUTPUT.get()
}

/// Writes all of `bytes`, waiting while the terminal takes no more, until `deadline` or
/// until `stop` is set: then a `TimedOut` error, and the rest is not written.
pub fn write_all(
    file: &File,
    mut bytes: &[u8],
    deadline: Option<Instant>,
    stop: Option<&AtomicBool>,
) -> io::Result<()> {
    while !bytes.is_empty() {
        match (&*file).write(bytes) {
            Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
            Ok(written) => bytes = &bytes[written..],
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(err) if err.kind() == io::ErrorKind::WouldBlock => {
                if stop.is_some_and(|s| s.load(Ordering::SeqCst)) {
                    return Err(io::ErrorKind::TimedOut.into());
                }
                let mut wait = WRITE_LOOK;
                if let Some(deadline) = deadline {
                    let left = deadline.saturating_duration_since(Instant::now());
                    if left.is_zero() {
                        return Err(io::ErrorKind::TimedOut.into());
                    }
                    wait = wait.min(left);
                }
                let mut fds = [PollFd::new(file.as_fd(), PollFlags::POLLOUT)];
                let _ = poll(&mut fds, timeout(wait));
            }
            Err(err) => return Err(err),
        }
    }
    Ok(())
}

fn timeout(wait: Duration) -> PollTimeout {
    // Rounded up, so a wait of under a millisecond still sleeps rather than spins.
    let millis = wait.as_micros().div_ceil(1000);
    PollTimeout::from(u16::try_from(millis).unwrap_or(u16::MAX))
}

/// The terminal's input.
pub struct Input {
    file: File,
}

/// What ended a wait.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Woken {
    /// The terminal has bytes to read.
    pub input: bool,
    /// The terminal is gone.
    pub hung_up: bool,
}

/// What a read found.
#[derive(Debug, PartialEq, Eq)]
pub enum Got {
    Bytes(usize),
    Nothing,
    HungUp,
}

impl Input {
    pub fn open() -> io::Result<Input> {
        Ok(Input {
            file: reopen(io::stdin().as_fd(), false)?,
        })
    }

    /// Waits up to `wait` for input; a signal cuts the wait short.
    pub fn wait(&self, wait: Duration) -> Woken {
        let mut fds = [PollFd::new(self.file.as_fd(), PollFlags::POLLIN)];
        match poll(&mut fds, timeout(wait)) {
            Ok(_) => {
                let got = fds[0].revents().unwrap_or(PollFlags::empty());
                Woken {
                    input: got.contains(PollFlags::POLLIN),
                    hung_up: got
                        .intersects(PollFlags::POLLHUP | PollFlags::POLLERR | PollFlags::POLLNVAL),
                }
            }
            // Interrupted by a signal: the flags say which.
            Err(_) => Woken::default(),
        }
    }

    /// Reads what there is, at most `buffer.len()` bytes.
    pub fn read(&self, buffer: &mut [u8]) -> Got {
        match (&self.file).read(buffer) {
            Ok(0) => Got::HungUp,
            Ok(n) => Got::Bytes(n),
            Err(err)
                if matches!(
                    err.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::Interrupted
                ) =>
            {
                Got::Nothing
            }
            // EIO: the terminal hung up.
            Err(_) => Got::HungUp,
        }
    }
}
