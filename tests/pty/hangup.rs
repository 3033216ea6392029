//! A terminal that goes away without a signal must end lantern, not leave it spinning.
//!
//! In its own test binary: a pseudo-terminal opened here must not be inherited by processes
//! other tests start in parallel, or closing it would not hang it up.

#[test]
fn a_terminal_that_goes_away_without_a_signal_ends_lantern_instead_of_spinning() {
    // Sequentially, not as two tests: see the note at the top.
    goes_away_after(b"");
    // In the middle of a sequence (Alt-[), which once left lantern reading for the rest of
    // it, then spinning on the closed terminal.
    goes_away_after(b"\x1b[");
}

fn goes_away_after(last_keys: &[u8]) {
    use std::io::{Read, Write};
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};
    // A terminal lantern does not control: closing it sends no SIGHUP, like a terminal
    // window killed from outside. Its input then reads as endless end-of-file.
    let size = nix::pty::Winsize {
        ws_row: 24,
        ws_col: 80,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    let pty = nix::pty::openpty(Some(&size), None).expect("openpty");
    // openpty's descriptors are inherited by default: lantern itself would then hold the
    // terminal open and closing it here would hang nothing up.
    use nix::fcntl::{fcntl, FcntlArg, FdFlag};
    use std::os::fd::AsRawFd;
    for fd in [pty.master.as_raw_fd(), pty.slave.as_raw_fd()] {
        fcntl(fd, FcntlArg::F_SETFD(FdFlag::FD_CLOEXEC)).expect("close on exec");
    }
    let slave = std::fs::File::from(pty.slave);
    let mut child = Command::new(env!("CARGO_BIN_EXE_lantern"))
        .env("TERM", "xterm-256color")
        .stdin(Stdio::from(slave.try_clone().expect("dup")))
        .stdout(Stdio::from(slave.try_clone().expect("dup")))
        .stderr(Stdio::from(slave))
        .spawn()
        .expect("spawn lantern");
    let mut master = std::fs::File::from(pty.master);
    // Read until the footer, the last thing drawn, so lantern is waiting for keys.
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    while !String::from_utf8_lossy(&seen).contains("Call or text 988") {
        let n = master.read(&mut buf).unwrap_or(0);
        if n == 0 {
            let _ = child.kill();
            let _ = child.wait();
            panic!("lantern closed the terminal early");
        }
        seen.extend_from_slice(&buf[..n]);
    }
    master.write_all(last_keys).expect("send the last keys");
    std::thread::sleep(Duration::from_millis(20));
    drop(master);
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(20) {
        if let Some(status) = child.try_wait().expect("poll") {
            assert!(status.success() || status.code().is_some(), "{status:?}");
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("lantern kept running after its terminal went away");
}
