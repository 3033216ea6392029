//! lantern side by side with `less`, in the same pseudo-terminal set-up at 80×24 and 200×60:
//! `cargo bench --bench vs_less`. `less` shows the same text, from `lantern read`.
//!
//! For each program, 49 runs, alternating which goes first (keys in the first 9):
//! - time to first frame: from starting the process to its first screen being complete;
//! - key to redraw: from sending `j` (one line down) to the screen showing the change,
//!   20 keys a run;
//! - peak memory: the process's VmHWM (peak resident set) from /proc, just before quitting;
//! - start and exit: `--version`, which starts the process and ends without touching the
//!   terminal (the floor under "first frame").
//!
//! Medians and the ratios lantern ÷ less are printed as a Markdown table.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::mpsc::{channel, Receiver};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{native_pty_system, Child, CommandBuilder, MasterPty, PtySize};

const RUNS: usize = 9;
/// Start-up is a few milliseconds on a shared machine that moves by more than the
/// differences measured: first frames (and `--version`) get more runs than keys do, so their
/// medians hold still. Every run, with keys or not, gives a first-frame sample.
const START_RUNS: usize = 40;
const KEYS: usize = 20;
const PATIENCE: Duration = Duration::from_secs(20);

struct Session {
    parser: vt100::Parser,
    output: Receiver<Vec<u8>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
}

impl Session {
    fn start(program: &str, args: &[&str], home: &Path, size: Size) -> Session {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: size.rows,
                cols: size.cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut command = CommandBuilder::new(program);
        command.args(args);
        command.env("TERM", "xterm-256color");
        command.env("LANG", "C.UTF-8");
        command.env("HOME", home);
        command.env("XDG_CONFIG_HOME", home.join(".config"));
        command.env("LESS", "");
        command.env("LESSHISTFILE", "-");
        let child = pair.slave.spawn_command(command).expect("spawn");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let (send, output) = channel();
        thread::spawn(move || {
            let mut buf = [0u8; 16384];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || send.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Session {
            parser: vt100::Parser::new(
                NonZeroU16::MIN.saturating_add(size.rows - 1),
                NonZeroU16::MIN.saturating_add(size.cols - 1),
                0,
            ),
            output,
            writer,
            child,
            _master: pair.master,
        }
    }

    /// Reads output until `ready` holds; returns when it first did.
    fn until(&mut self, ready: impl Fn(&vt100::Screen) -> bool) -> Instant {
        let deadline = Instant::now() + PATIENCE;
        while Instant::now() < deadline {
            if let Ok(bytes) = self.output.recv_timeout(Duration::from_millis(50)) {
                self.parser.process(&bytes);
                while let Ok(more) = self.output.try_recv() {
                    self.parser.process(&more);
                }
                if ready(self.parser.screen()) {
                    return Instant::now();
                }
            }
        }
        panic!("timed out; screen:\n{}", self.parser.screen().contents());
    }

    /// Waits until nothing more arrives for a moment.
    fn settle(&mut self) {
        while let Ok(bytes) = self.output.recv_timeout(Duration::from_millis(150)) {
            self.parser.process(&bytes);
        }
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("send");
        self.writer.flush().expect("flush");
    }

    /// Peak resident memory in kB, from /proc.
    fn peak_kb(&self) -> u64 {
        let pid = self.child.process_id().unwrap_or(0);
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
        status
            .lines()
            .find(|l| l.starts_with("VmHWM:"))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|n| n.parse().ok())
            .unwrap_or(0)
    }

    fn quit(mut self) {
        self.send("q");
        let deadline = Instant::now() + PATIENCE;
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            thread::sleep(Duration::from_millis(10));
        }
        let _ = self.child.kill();
    }
}

#[derive(Debug, Clone, Copy)]
struct Size {
    cols: u16,
    rows: u16,
}

#[derive(Default)]
struct Samples {
    first_frame: Vec<f64>,
    key: Vec<f64>,
    peak_kb: Vec<f64>,
    version: Vec<f64>,
}

/// Time for `program --version` to start, print and exit.
fn time_version(program: &str, samples: &mut Samples) {
    let started = Instant::now();
    let _ = std::process::Command::new(program)
        .arg("--version")
        .stdout(std::process::Stdio::null())
        .status();
    samples.version.push(ms(started.elapsed()));
}

fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    match sorted.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => sorted[n / 2],
        n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
    }
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// Sends `j` and times until the screen differs.
fn time_keys(session: &mut Session, samples: &mut Samples) {
    for _ in 0..KEYS {
        let before = session.parser.screen().contents();
        let sent = Instant::now();
        session.send("j");
        let shown = session.until(|screen| screen.contents() != before);
        samples.key.push(ms(shown - sent));
        session.settle();
    }
}

fn run_lantern(bin: &str, home: &Path, size: Size, samples: &mut Samples, keys: bool) {
    time_version(bin, samples);
    let started = Instant::now();
    let mut s = Session::start(bin, &[], home, size);
    // lantern's first screen is complete when its footer is on the last row (it writes the
    // frame top to bottom in one write); the same check as `less`'s prompt below, so both
    // cost the harness the same.
    let shown = s.until(|screen| {
        screen
            .rows(0, size.cols)
            .last()
            .is_some_and(|row| row.contains("Call or text 988"))
    });
    samples.first_frame.push(ms(shown - started));
    if !keys {
        s.quit();
        return;
    }
    s.settle();
    // Into the first section, then line by line.
    s.send("1");
    s.until(|screen| screen.contents().contains("Contents —"));
    s.send("1");
    s.until(|screen| screen.contents().contains("Lines 1–"));
    s.settle();
    time_keys(&mut s, samples);
    samples.peak_kb.push(s.peak_kb() as f64);
    s.quit();
}

fn run_less(text: &Path, home: &Path, size: Size, samples: &mut Samples, keys: bool) {
    time_version("less", samples);
    let started = Instant::now();
    let path = text.display().to_string();
    let mut s = Session::start("less", &[&path], home, size);
    let name = text
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // less's first screen is complete when its prompt (the file name) is on the last row.
    let shown = s.until(|screen| {
        screen
            .rows(0, size.cols)
            .last()
            .is_some_and(|row| row.contains(&name))
    });
    samples.first_frame.push(ms(shown - started));
    if !keys {
        s.quit();
        return;
    }
    s.settle();
    time_keys(&mut s, samples);
    samples.peak_kb.push(s.peak_kb() as f64);
    s.quit();
}

fn main() {
    // `cargo bench` passes `--bench`; any other run (such as `cargo test --benches`) only
    // checks that this builds.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    if std::process::Command::new("less")
        .arg("--version")
        .output()
        .is_err()
    {
        println!("less is not installed; nothing to compare against.");
        return;
    }
    let bin = env!("CARGO_BIN_EXE_lantern");
    let home = tempfile::tempdir().expect("temp home");
    let text = home.path().join("lantern.txt");
    let plain = std::process::Command::new(bin)
        .arg("read")
        .output()
        .expect("lantern read");
    std::fs::write(&text, &plain.stdout).expect("write the text");

    for size in [
        Size { cols: 80, rows: 24 },
        Size {
            cols: 200,
            rows: 60,
        },
    ] {
        compare(bin, &text, home.path(), size);
    }
}

fn compare(bin: &str, text: &Path, home: &Path, size: Size) {
    let mut lantern = Samples::default();
    let mut less = Samples::default();
    for run in 0..RUNS + START_RUNS {
        // Keys in the first RUNS runs, start-up only after them.
        let keys = run < RUNS;
        // Alternate which goes first, so neither always meets a warm or a cold machine.
        if run % 2 == 0 {
            run_lantern(bin, home, size, &mut lantern, keys);
            run_less(text, home, size, &mut less, keys);
        } else {
            run_less(text, home, size, &mut less, keys);
            run_lantern(bin, home, size, &mut lantern, keys);
        }
    }

    println!(
        "\nlantern vs less at {}x{}: {} runs each, alternating; {KEYS} keys a run in {RUNS} of \
         them. Medians:\n",
        size.cols,
        size.rows,
        RUNS + START_RUNS
    );
    println!("| measure | lantern | less | lantern / less |");
    println!("|---|---|---|---|");
    let rows = [
        (
            "start and exit, `--version` (ms)",
            median(&lantern.version),
            median(&less.version),
        ),
        (
            "time to first frame (ms)",
            median(&lantern.first_frame),
            median(&less.first_frame),
        ),
        (
            "key to redraw (ms)",
            median(&lantern.key),
            median(&less.key),
        ),
        (
            "peak memory (MB)",
            median(&lantern.peak_kb) / 1024.0,
            median(&less.peak_kb) / 1024.0,
        ),
    ];
    for (name, ours, theirs) in rows {
        println!(
            "| {name} | {ours:.2} | {theirs:.2} | {:.2} |",
            ours / theirs
        );
    }
}
