//! Pack and config files as someone may leave them: a FIFO, a link to a device, a link out
//! of the pack, a `file:` address, a crisis contact that does not show its number. Each
//! is refused at once with the file named, through the real binary, which is killed (and
//! the test failed) if it is still running after 20 seconds, so a regression cannot hang
//! the suite.

use std::fs;
use std::io::Read;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use crate::common::fixture::{copy_builtin, edit, first_section};
use nix::sys::stat::Mode;

const DEADLINE: Duration = Duration::from_secs(20);

/// What the binary did.
struct Ran {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Ran {
    fn all(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }
}

/// Runs lantern with no input and a home, config and data folder of its own under `home`,
/// and fails the test if it has not finished within `DEADLINE`.
fn lantern(home: &Path, args: &[&str]) -> Ran {
    // Under a 2 GB address-space limit, so a lantern that reads /dev/zero runs out of
    // memory of its own instead of the machine's.
    let mut child = Command::new("sh")
        .arg("-c")
        .arg("ulimit -v 2097152 && exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_lantern"))
        .args(args)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .env("TERM", "xterm-256color")
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_CTYPE")
        .env_remove("NO_COLOR")
        .env_remove("LANTERN_MODE")
        .env_remove("LANTERN_THEME")
        .env_remove("LANTERN_CONFIG")
        .env_remove("LANTERN_LANG")
        .current_dir(home)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start lantern");
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        thread::spawn(move || {
            let mut text = String::new();
            if let Some(mut pipe) = pipe {
                let mut bytes = Vec::new();
                let _ = pipe.read_to_end(&mut bytes);
                text = String::from_utf8_lossy(&bytes).into_owned();
            }
            text
        })
    };
    let stdout = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let stderr = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("poll lantern") {
            break status;
        }
        if started.elapsed() > DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            panic!("lantern {args:?} was still running after {DEADLINE:?}: it is stuck");
        }
        thread::sleep(Duration::from_millis(20));
    };
    Ran {
        code: status.code(),
        stdout: stdout.join().expect("stdout"),
        stderr: stderr.join().expect("stderr"),
    }
}

/// A copy of the built-in pack, and a home folder beside it (not inside it).
struct Pack {
    root: tempfile::TempDir,
}

impl Pack {
    fn new() -> Pack {
        let root = tempfile::tempdir().expect("temp dir");
        copy_builtin(&root.path().join("pack"));
        fs::create_dir_all(root.path().join("home")).expect("home");
        Pack { root }
    }

    fn dir(&self) -> PathBuf {
        self.root.path().join("pack")
    }

    fn home(&self) -> PathBuf {
        self.root.path().join("home")
    }

    fn file(&self, name: &str) -> PathBuf {
        self.dir().join(name)
    }

    /// Puts a FIFO where `name` was.
    fn fifo(&self, name: &str) -> PathBuf {
        let path = self.file(name);
        let _ = fs::remove_file(&path);
        nix::unistd::mkfifo(&path, Mode::S_IRUSR | Mode::S_IWUSR).expect("mkfifo");
        path
    }

    /// Puts a symbolic link to `target` where `name` was.
    fn link(&self, name: &str, target: &Path) -> PathBuf {
        let path = self.file(name);
        let _ = fs::remove_file(&path);
        symlink(target, &path).expect("symlink");
        path
    }

    fn validate(&self) -> Ran {
        lantern(
            &self.home(),
            &["validate", &self.dir().display().to_string()],
        )
    }

    /// `lantern validate DIR` must exit 2 with a line for `file` that says `message`.
    fn assert_refused(&self, file: &Path, message: &str) -> Ran {
        let ran = self.validate();
        assert_eq!(ran.code, Some(2), "{}", ran.all());
        let prefix = format!("{}:", file.display());
        assert!(
            ran.stdout
                .lines()
                .any(|line| line.starts_with(&prefix) && line.contains(message)),
            "expected a line starting {prefix} containing {message:?}; got:\n{}",
            ran.all()
        );
        ran
    }

    /// `file:LINE:COL:` of the first `needle` in the pack's `name`, where the value after
    /// `key = ` starts on that line.
    fn place(&self, name: &str, needle: &str) -> String {
        let text = fs::read_to_string(self.file(name)).expect("read");
        let (line, at) = text
            .lines()
            .enumerate()
            .find(|(_, l)| l.contains(needle))
            .unwrap_or_else(|| panic!("{needle:?} not in {name}"));
        let column = at.find('"').map_or(1, |i| at[..i].chars().count() + 1);
        format!("{}:{}:{column}:", self.file(name).display(), line + 1)
    }

    /// `validate` must exit 2 with a problem at `place` saying `message`.
    fn assert_located(&self, place: &str, message: &str) {
        let ran = self.validate();
        assert_eq!(ran.code, Some(2), "{}", ran.all());
        assert!(
            ran.stdout
                .lines()
                .any(|line| line.starts_with(place) && line.contains(message)),
            "expected a line starting {place} containing {message:?}; got:\n{}",
            ran.all()
        );
    }
}

#[test]
fn a_fifo_crisis_toml_is_refused_at_once_not_waited_on() {
    let pack = Pack::new();
    let fifo = pack.fifo("crisis.toml");
    pack.assert_refused(&fifo, "this is a FIFO (named pipe), not a file");

    // The app with this content, and doctor checking it for a kiosk, end too.
    let dir = pack.dir().display().to_string();
    let ran = lantern(&pack.home(), &["--content", &dir, "resources"]);
    assert_eq!(ran.code, Some(2), "{}", ran.all());
    assert!(ran.stderr.contains("FIFO (named pipe)"), "{}", ran.stderr);
    let ran = lantern(
        &pack.home(),
        &["doctor", "--mode", "kiosk", "--content", &dir],
    );
    assert_eq!(ran.code, Some(1), "{}", ran.all());
    assert!(ran.stdout.contains("FIFO (named pipe)"), "{}", ran.stdout);
}

#[test]
fn a_fifo_among_the_sections_is_refused() {
    let pack = Pack::new();
    let fifo = pack.fifo("sections/99-more.toml");
    pack.assert_refused(&fifo, "is a FIFO (named pipe), not a file");
}

#[test]
fn a_fifo_in_a_translation_is_refused() {
    let pack = Pack::new();
    let fifo = pack.fifo("es/crisis.toml");
    pack.assert_refused(&fifo, "is a FIFO (named pipe), not a file");
}

#[test]
fn a_link_to_dev_zero_is_refused_not_read_until_memory_runs_out() {
    let pack = Pack::new();
    let link = pack.link("crisis.toml", Path::new("/dev/zero"));
    pack.assert_refused(&link, "/dev/zero");
}

#[test]
fn a_link_out_of_the_pack_is_refused_and_one_inside_it_is_fine() {
    let pack = Pack::new();
    // Inside: a section kept in another folder of the pack.
    let section = first_section(&pack.dir());
    fs::create_dir_all(pack.file("drafts")).expect("drafts");
    let kept = pack.file("drafts/section.toml");
    fs::rename(pack.file(&section), &kept).expect("move");
    pack.link(&section, &kept);
    let ran = pack.validate();
    assert_eq!(
        ran.code,
        Some(0),
        "a link inside the pack is fine: {}",
        ran.all()
    );

    // Outside: crisis.toml, a good copy, kept beside the pack.
    let outside = pack.root.path().join("crisis.toml");
    fs::copy(pack.file("crisis.toml"), &outside).expect("copy");
    let link = pack.link("crisis.toml", &outside);
    let ran = pack.assert_refused(&link, "leads outside the pack folder");
    assert!(
        ran.stdout.contains(&outside.display().to_string()),
        "names where it leads: {}",
        ran.stdout
    );
}

#[test]
fn a_translation_folder_that_links_out_of_the_pack_is_refused() {
    let pack = Pack::new();
    let elsewhere = pack.root.path().join("elsewhere-es");
    fs::rename(pack.file("es"), &elsewhere).expect("move es");
    symlink(&elsewhere, pack.file("es")).expect("symlink es");
    pack.assert_refused(
        &pack.file("es/crisis.toml"),
        "leads outside the pack folder",
    );
}

#[test]
fn a_file_address_is_refused_where_the_pack_holds_addresses() {
    let pack = Pack::new();
    edit(&pack.dir(), "references.toml", |text| {
        let line = text
            .lines()
            .find(|l| l.starts_with("url = "))
            .expect("a url");
        text.replacen(line, "url = \"FILE:///etc/passwd\"", 1)
    });
    let place = pack.place("references.toml", "FILE:///etc/passwd");
    pack.assert_located(&place, "`url` is a file: address");

    let pack = Pack::new();
    edit(&pack.dir(), "crisis.toml", |text| {
        text.replacen(
            "source = \"https://988lifeline.org/get-help/what-to-expect\"",
            "source = \"file:///srv/988.html\"",
            1,
        )
    });
    let place = pack.place("crisis.toml", "file:///srv/988.html");
    pack.assert_located(&place, "`source` is a file: address");
}

/// A config file that is a FIFO or a device ends `doctor`, `resources` and the app at
/// once; `doctor` and the app report it with its path, `resources` prints the crisis
/// resources whatever the config file holds.
fn assert_config_refused(config: &Path, home: &Path, what: &str) {
    let config_arg = config.display().to_string();
    let ran = lantern(home, &["doctor", "--config", &config_arg]);
    assert_eq!(ran.code, Some(1), "{}", ran.all());
    let reported = format!("{config_arg}: the config file {what}");
    assert!(ran.stdout.contains(&reported), "{reported}: {}", ran.all());

    let ran = lantern(home, &["--config", &config_arg, "resources"]);
    assert_eq!(ran.code, Some(0), "{}", ran.all());
    assert!(ran.stdout.contains("988"), "{}", ran.stdout);

    let ran = lantern(home, &["--config", &config_arg]);
    assert_eq!(ran.code, Some(2), "{}", ran.all());
    assert!(ran.stderr.contains(&reported), "{reported}: {}", ran.all());
}

#[test]
fn a_fifo_config_is_reported_not_waited_on() {
    let home = tempfile::tempdir().expect("home");
    let config = home.path().join("config.toml");
    nix::unistd::mkfifo(&config, Mode::S_IRUSR | Mode::S_IWUSR).expect("mkfifo");
    assert_config_refused(&config, home.path(), "is a FIFO (named pipe), not a file");
}

#[test]
fn a_dev_zero_config_is_reported_not_read_for_ever() {
    let home = tempfile::tempdir().expect("home");
    assert_config_refused(
        Path::new("/dev/zero"),
        home.path(),
        "is a character device, not a file",
    );
    let link = home.path().join("config.toml");
    symlink("/dev/zero", &link).expect("symlink");
    assert_config_refused(
        &link,
        home.path(),
        "is a link to /dev/zero, which is a character device, not a file",
    );
}

/// The built-in pack with one line of crisis.toml (or es/crisis.toml) changed.
fn crisis_with(file: &str, from: &str, to: &str) -> Pack {
    let pack = Pack::new();
    edit(&pack.dir(), file, |text| text.replacen(from, to, 1));
    pack
}

const CONTACT_988: &str = "contact = \"Call or text 988, or chat at 988lifeline.org\"";

#[test]
fn a_crisis_contact_that_shows_another_number_is_refused() {
    let pack = crisis_with("crisis.toml", CONTACT_988, "contact = \"Call or text 989\"");
    let place = pack.place("crisis.toml", "Call or text 989");
    pack.assert_located(
        &place,
        "`contact` must show this resource's number, 988, but it shows 989",
    );
}

#[test]
fn a_number_inside_a_longer_number_does_not_count() {
    let pack = crisis_with(
        "crisis.toml",
        CONTACT_988,
        "contact = \"Call 1-988-555-0100\"",
    );
    let place = pack.place("crisis.toml", "Call 1-988-555-0100");
    pack.assert_located(
        &place,
        "must show this resource's number, 988, but it shows 1-988-555-0100",
    );
}

#[test]
fn bold_look_alike_digits_are_refused_with_their_code_point() {
    let pack = crisis_with(
        "crisis.toml",
        CONTACT_988,
        "contact = \"Call or text \u{1D7D7}\u{1D7D6}\u{1D7D6}\"",
    );
    let at = pack.place("crisis.toml", "Call or text \u{1D7D7}");
    // The column of the first bold digit, not of the value.
    let column: usize = at
        .rsplit(':')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .expect("col");
    let place = at.replace(&format!(":{column}:"), &format!(":{}:", column + 14));
    pack.assert_located(&place, "`contact` holds 𝟗 (U+1D7D7)");
    pack.assert_located(&place, "write the digits 0–9");
}

#[test]
fn fullwidth_digits_are_refused_in_every_language() {
    let pack = crisis_with(
        "es/crisis.toml",
        "contact = \"Llame al 911\"",
        "contact = \"Llame al ９１１\"",
    );
    let at = pack.place("es/crisis.toml", "Llame al ９１１");
    let column: usize = at
        .rsplit(':')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .expect("col");
    let place = at.replace(&format!(":{column}:"), &format!(":{}:", column + 10));
    pack.assert_located(&place, "`contact` holds ９ (U+FF19)");
    pack.assert_located(
        &at,
        "must show this resource's number, 911, but it shows no number",
    );

    let pack = crisis_with(
        "crisis.toml",
        "\"Free, 24 hours a day, 7 days a week.\"",
        "\"Free, ２４ hours a day, 7 days a week.\"",
    );
    pack.assert_refused(&pack.file("crisis.toml"), "`details` holds ２ (U+FF12)");
}
