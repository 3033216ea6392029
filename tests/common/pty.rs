//! Runs the real lantern binary in a pseudo-terminal, sends keys, and reads the screen
//! through a terminal emulator (vt100), as a person at a terminal would see it.

use std::io::{Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, Receiver};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use super::emulator::Emulator;
use portable_pty::{native_pty_system, Child, CommandBuilder, ExitStatus, MasterPty, PtySize};

/// How long to wait for something to appear. Generous: CI machines can be slow. This is a
/// deadline for waiting, never a performance assertion.
const PATIENCE: Duration = Duration::from_secs(20);

pub struct PtySession {
    /// The terminal lantern draws on, as a person sees it.
    pub terminal: Emulator,
    /// Every byte lantern wrote, for checks on the raw escape sequences.
    pub raw: Vec<u8>,
    output: Receiver<Vec<u8>>,
    writer: Option<Box<dyn Write + Send>>,
    child: Box<dyn Child + Send + Sync>,
    master: Option<Box<dyn MasterPty + Send>>,
    /// While set, nothing reads what lantern writes: a terminal that stopped taking output.
    paused: Arc<AtomicBool>,
    /// The writer, handed back by a thread sending a flood ([`PtySession::send_in_background`]).
    writer_back: Option<Receiver<Box<dyn Write + Send>>>,
    /// The home folder lantern was given, so no test reads or writes the real one: a
    /// temporary one of its own unless the test passed one in.
    pub home: std::path::PathBuf,
    _own_home: Option<tempfile::TempDir>,
}

impl PtySession {
    pub fn start(args: &[&str], cols: u16, rows: u16) -> PtySession {
        Self::start_with_env(args, cols, rows, &[])
    }

    pub fn start_with_env(args: &[&str], cols: u16, rows: u16, env: &[(&str, &str)]) -> PtySession {
        let home = tempfile::tempdir().expect("a temporary home");
        let mut session = Self::start_at(home.path(), args, cols, rows, env);
        session._own_home = Some(home);
        session
    }

    /// Starts lantern with `home` as its home folder (config and data under it, and its
    /// working folder), so a second run can find what the first left.
    pub fn start_at(
        home: &std::path::Path,
        args: &[&str],
        cols: u16,
        rows: u16,
        env: &[(&str, &str)],
    ) -> PtySession {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_lantern"));
        command.args(args);
        command.env("TERM", "xterm-256color");
        command.env_remove("NO_COLOR");
        command.env_remove("LANTERN_MODE");
        command.env_remove("LANTERN_THEME");
        command.env_remove("LANTERN_CONFIG");
        // A UTF-8 locale, as most desktops have; tests of ASCII mode set their own.
        command.env_remove("LC_ALL");
        command.env_remove("LC_CTYPE");
        command.env("LANG", "C.UTF-8");
        command.env("HOME", home);
        command.env("XDG_CONFIG_HOME", home.join(".config"));
        command.env("XDG_DATA_HOME", home.join(".local/share"));
        command.cwd(home);
        for (key, value) in env {
            command.env(key, value);
        }
        let child = pair.slave.spawn_command(command).expect("spawn lantern");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let (send, output) = channel();
        let paused = Arc::new(AtomicBool::new(false));
        let reading_paused = Arc::clone(&paused);
        thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                while reading_paused.load(Ordering::SeqCst) {
                    thread::sleep(Duration::from_millis(10));
                }
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        if send.send(buf[..n].to_vec()).is_err() {
                            break;
                        }
                    }
                }
            }
        });
        PtySession {
            terminal: Emulator::new(cols, rows),
            raw: Vec::new(),
            output,
            writer: Some(writer),
            child,
            master: Some(pair.master),
            paused,
            writer_back: None,
            home: home.to_path_buf(),
            _own_home: None,
        }
    }

    fn pump(&mut self, wait: Duration) {
        if let Ok(bytes) = self.output.recv_timeout(wait) {
            self.terminal.process(&bytes);
            self.raw.extend_from_slice(&bytes);
        }
        while let Ok(bytes) = self.output.try_recv() {
            self.terminal.process(&bytes);
            self.raw.extend_from_slice(&bytes);
        }
    }

    pub fn send(&mut self, keys: &str) {
        let writer = self.writer.as_mut().expect("the terminal is open");
        writer.write_all(keys.as_bytes()).expect("send keys");
        writer.flush().expect("flush keys");
    }

    /// Sends bytes as they are, which need not be text (a stray 0xFF, half a sequence).
    pub fn send_bytes(&mut self, bytes: &[u8]) {
        let writer = self.writer.as_mut().expect("the terminal is open");
        writer.write_all(bytes).expect("send bytes");
        writer.flush().expect("flush bytes");
    }

    /// Sends bytes from a thread, so that a lantern that stops reading its input makes the
    /// test fail (waiting for the screen) instead of hang; [`PtySession::finish_sending`]
    /// waits for the thread.
    pub fn send_in_background(&mut self, bytes: Vec<u8>) {
        let mut writer = self.writer.take().expect("the terminal is open");
        let (back, writer_back) = channel();
        thread::spawn(move || {
            let _ = writer.write_all(&bytes);
            let _ = writer.flush();
            let _ = back.send(writer);
        });
        self.writer_back = Some(writer_back);
    }

    /// Waits for a background send to be taken in whole.
    pub fn finish_sending(&mut self) {
        if let Some(writer_back) = self.writer_back.take() {
            match writer_back.recv_timeout(PATIENCE) {
                Ok(writer) => self.writer = Some(writer),
                Err(_) => panic!(
                    "lantern stopped reading its input; screen:\n{}",
                    self.screen()
                ),
            }
        }
    }

    /// Resizes the terminal, and the emulator reading it, to `cols`×`rows`.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.resize_terminal_only(cols, rows);
        self.terminal.resize(cols, rows);
    }

    /// Tells lantern its terminal is `cols`×`rows` without resizing the emulator here (for
    /// sizes no emulator could hold).
    pub fn resize_terminal_only(&mut self, cols: u16, rows: u16) {
        self.master()
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize");
    }

    /// Stops or starts reading lantern's output, as a terminal that hangs would.
    pub fn pause_reading(&self, paused: bool) {
        self.paused.store(paused, Ordering::SeqCst);
    }

    /// CPU time lantern has used so far (user and system), from /proc.
    pub fn cpu_time(&self) -> Duration {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.pid())).expect("stat");
        // The fields after the command name, which is in parentheses and may hold spaces.
        let after = stat.rsplit_once(')').map(|(_, rest)| rest).unwrap_or("");
        let fields: Vec<&str> = after.split_whitespace().collect();
        let ticks: u64 =
            fields[11].parse::<u64>().expect("utime") + fields[12].parse::<u64>().expect("stime");
        // Linux counts in clock ticks of 1/100 s (USER_HZ).
        Duration::from_millis(ticks * 10)
    }

    /// The most memory lantern has held at once, in kilobytes (VmHWM).
    pub fn peak_memory_kb(&self) -> u64 {
        let status =
            std::fs::read_to_string(format!("/proc/{}/status", self.pid())).expect("status");
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .expect("VmHWM")
    }

    pub fn master(&self) -> &dyn MasterPty {
        self.master.as_deref().expect("the terminal is open")
    }

    pub fn screen(&self) -> String {
        self.terminal.contents()
    }

    /// The screen as text with line ends trimmed: what a person sees, ignoring whether a
    /// blank cell was erased or written as a space.
    pub fn visible(&self) -> String {
        self.rows()
            .iter()
            .map(|r| r.trim_end())
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn rows(&self) -> Vec<String> {
        self.terminal.rows()
    }

    /// Waits until the screen satisfies `ready`, or fails showing what was on screen.
    pub fn wait_for(&mut self, what: &str, ready: impl Fn(&PtySession) -> bool) {
        let start = Instant::now();
        while start.elapsed() < PATIENCE {
            self.pump(Duration::from_millis(20));
            if ready(self) {
                return;
            }
        }
        panic!("timed out waiting for {what}; screen:\n{:?}", self.screen());
    }

    /// Waits until lantern has written nothing for a moment: the screen is fully drawn.
    pub fn settle(&mut self) {
        let start = Instant::now();
        while start.elapsed() < PATIENCE {
            match self.output.recv_timeout(Duration::from_millis(300)) {
                Ok(bytes) => {
                    self.terminal.process(&bytes);
                    self.raw.extend_from_slice(&bytes);
                }
                Err(_) => return,
            }
        }
    }

    pub fn wait_for_text(&mut self, text: &str) {
        let owned = text.to_string();
        self.wait_for(text, move |s| s.screen().contains(&owned));
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("child pid")
    }

    /// Waits for lantern to exit, then reads everything it wrote.
    pub fn wait_exit(&mut self) -> ExitStatus {
        let start = Instant::now();
        while start.elapsed() < PATIENCE {
            if let Some(status) = self.child.try_wait().expect("poll child") {
                // Drain what is left once the child is gone.
                for _ in 0..10 {
                    self.pump(Duration::from_millis(20));
                }
                return status;
            }
            self.pump(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        panic!("lantern did not exit; screen:\n{}", self.screen());
    }

    pub fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// Whether the pty is in the terminal's normal line mode (echo and canonical input).
    pub fn in_cooked_mode(&self) -> bool {
        use nix::sys::termios::LocalFlags;
        let termios = self.master().get_termios().expect("termios");
        termios
            .local_flags
            .contains(LocalFlags::ECHO | LocalFlags::ICANON)
    }

    /// Everything a restored terminal must be: main screen, cursor shown, no mouse capture,
    /// normal line mode.
    pub fn assert_restored(&self) {
        let screen = self.terminal.screen();
        assert!(!screen.alternate_screen(), "still on the alternate screen");
        assert!(!screen.hide_cursor(), "cursor still hidden");
        assert_eq!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse capture still on"
        );
        let raw = String::from_utf8_lossy(&self.raw);
        assert!(
            raw.contains("\u{1b}[?1049l"),
            "never left the alternate screen"
        );
        assert!(self.in_cooked_mode(), "raw mode was not turned off");
    }
}

/// Writes a kiosk's config file into `dir`, returning its path for `--config`.
pub fn write_config(dir: &std::path::Path, text: &str) -> String {
    let path = dir.join("kiosk.toml");
    std::fs::write(&path, text).expect("write config");
    path.display().to_string()
}

/// A kiosk on question 2 of the self-check, set to wipe after 1 s and a 1 s countdown (its
/// config in `config_dir`).
pub fn kiosk_on_question_2(config_dir: &std::path::Path) -> PtySession {
    kiosk_on_question_2_with(
        config_dir,
        "mode = \"kiosk\"\nmouse = true\n[kiosk]\nidle_timeout = 1\ncountdown = 1\n",
    )
}

/// As `kiosk_on_question_2`, with this config file.
pub fn kiosk_on_question_2_with(config_dir: &std::path::Path, config: &str) -> PtySession {
    let config = write_config(config_dir, config);
    let mut s = PtySession::start(&["--config", &config], 80, 24);
    s.wait_for_text("Touch an item below");
    s.send("2");
    s.wait_for_text("Touch this page, or press Enter, to start.");
    s.send("\r");
    s.wait_for_text("Question 1 of");
    s.send("2");
    s.wait_for_text("Question 2 of");
    s
}

impl Drop for PtySession {
    fn drop(&mut self) {
        self.pause_reading(false);
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
    }
}
