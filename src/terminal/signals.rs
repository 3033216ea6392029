//! Signals, as flags the event loop reads: a handler does nothing else (nothing else is safe
//! in one), and the loop does the rest.

use std::io;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use signal_hook::consts::signal::*;

/// Every signal whose default is to end the process and that a process may catch: each ends
/// lantern the same way, with the terminal restored. (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP
/// and SIGSYS are left alone: they come from a fault, which returning from a handler repeats.)
const STOP: &[i32] = &[
    SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGXCPU, SIGXFSZ, SIGVTALRM,
    SIGPROF, SIGABRT, SIGIO,
];

pub struct Signals {
    stop: Arc<AtomicBool>,
    resized: Arc<AtomicBool>,
    suspend: Arc<AtomicBool>,
    resumed: Arc<AtomicBool>,
}

impl Signals {
    /// One flag per signal, nothing more: each registration copies signal-hook's table of
    /// handlers, so a second per signal (a wake-up pipe) would cost start-up several times
    /// over. The wait needs none: a signal cuts `poll` short (it is never restarted), and
    /// one that comes just before it is seen at the next wake, a tick later at most.
    pub fn register() -> io::Result<Signals> {
        let signals = Signals {
            stop: Arc::default(),
            resized: Arc::default(),
            suspend: Arc::default(),
            resumed: Arc::default(),
        };
        let on = |signal: i32, flag: &Arc<AtomicBool>| -> io::Result<()> {
            signal_hook::flag::register(signal, Arc::clone(flag)).map(|_| ())
        };
        for &signal in STOP {
            on(signal, &signals.stop)?;
        }
        #[cfg(target_os = "linux")]
        on(nix::libc::SIGPWR, &signals.stop)?;
        on(SIGWINCH, &signals.resized)?;
        on(SIGTSTP, &signals.suspend)?;
        on(SIGCONT, &signals.resumed)?;
        Ok(signals)
    }

    /// The stop flag, for writers that must give up when lantern is asked to end.
    pub fn stop_flag(&self) -> Arc<AtomicBool> {
        Arc::clone(&self.stop)
    }

    pub fn stop_requested(&self) -> bool {
        self.stop.load(Ordering::SeqCst)
    }

    /// Whether the window changed size since the last call.
    pub fn take_resized(&self) -> bool {
        self.resized.swap(false, Ordering::SeqCst)
    }

    /// Whether someone asked lantern to stop for a while (SIGTSTP) since the last call.
    pub fn take_suspend(&self) -> bool {
        self.suspend.swap(false, Ordering::SeqCst)
    }

    /// Whether lantern was continued since the last call (after a stop of any kind).
    pub fn take_resumed(&self) -> bool {
        self.resumed.swap(false, Ordering::SeqCst)
    }
}
