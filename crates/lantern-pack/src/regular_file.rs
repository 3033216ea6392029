//! Reading a file that must be a regular file of bounded size: a pack's files and the
//! config file.
//!
//! Opening a FIFO waits for a writer, for ever if none comes, and a device such as
//! `/dev/zero` reports a length of 0 and never ends. So the file's type is looked at before
//! it is opened, the open cannot wait (`O_NONBLOCK`), the opened file is looked at again
//! (another file may have been put in its place in between), and reading stops one byte
//! past the limit whatever the file says its length is.

use std::fmt;
use std::fs::{self, File, Metadata};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// Why a file was not read.
#[derive(Debug)]
pub enum ReadError {
    /// It could not be looked at, opened or read: missing, not permitted, and so on.
    Io(io::Error),
    /// It is there but is not a regular file.
    NotAFile {
        /// What it is instead, as "a FIFO (named pipe)".
        kind: &'static str,
        /// Where the link leads, when the path is a symbolic link.
        link_to: Option<PathBuf>,
    },
    /// It holds more than the limit; `size` is its length when it said so up front.
    TooLarge { size: Option<u64>, limit: u64 },
}

impl fmt::Display for ReadError {
    /// What is wrong, to follow "the file" or "this": "is a FIFO (named pipe), not a file".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Io(err) => write!(f, "cannot be read: {err}"),
            ReadError::NotAFile {
                kind,
                link_to: None,
            } => write!(f, "is {kind}, not a file"),
            ReadError::NotAFile {
                kind,
                link_to: Some(target),
            } => write!(
                f,
                "is a link to {}, which is {kind}, not a file",
                target.display()
            ),
            ReadError::TooLarge { size, limit } => match size {
                Some(size) => write!(
                    f,
                    "is {}, more than the {} this file may hold",
                    megabytes(*size),
                    megabytes(*limit)
                ),
                None => write!(f, "is larger than the {} it may hold", megabytes(*limit)),
            },
        }
    }
}

impl std::error::Error for ReadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ReadError::Io(err) => Some(err),
            _ => None,
        }
    }
}

/// A size for people: "2 MB", "3.1 MB".
pub fn megabytes(bytes: u64) -> String {
    let mb = bytes as f64 / (1024.0 * 1024.0);
    if bytes.is_multiple_of(1024 * 1024) {
        format!("{mb:.0} MB")
    } else {
        format!("{mb:.1} MB")
    }
}

/// Reads `path`, following links, when it is a regular file of at most `max_bytes` bytes.
pub fn read(path: &Path, max_bytes: u64) -> Result<Vec<u8>, ReadError> {
    let before = fs::metadata(path).map_err(ReadError::Io)?;
    ensure_regular(path, &before)?;
    if before.len() > max_bytes {
        return Err(ReadError::TooLarge {
            size: Some(before.len()),
            limit: max_bytes,
        });
    }
    let file = open_without_waiting(path).map_err(ReadError::Io)?;
    let opened = file.metadata().map_err(ReadError::Io)?;
    ensure_regular(path, &opened)?;
    let capacity = usize::try_from(opened.len().min(max_bytes)).unwrap_or(0);
    let mut bytes = Vec::with_capacity(capacity);
    file.take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if u64::try_from(bytes.len()).map_or(true, |len| len > max_bytes) {
        return Err(ReadError::TooLarge {
            size: None,
            limit: max_bytes,
        });
    }
    Ok(bytes)
}

#[cfg(unix)]
fn open_without_waiting(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    // O_NONBLOCK: a FIFO swapped in after the look opens at once instead of waiting for a
    // writer (it is then refused by its type); it changes nothing for a regular file.
    // O_NOCTTY: a terminal swapped in never becomes lantern's controlling terminal.
    fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
}

#[cfg(not(unix))]
fn open_without_waiting(path: &Path) -> io::Result<File> {
    File::open(path)
}

fn ensure_regular(path: &Path, metadata: &Metadata) -> Result<(), ReadError> {
    if metadata.is_file() {
        return Ok(());
    }
    let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    Err(ReadError::NotAFile {
        kind: kind_of(metadata),
        link_to: if is_link {
            fs::read_link(path).ok()
        } else {
            None
        },
    })
}

/// What a file that is not a regular file is, in words.
fn kind_of(metadata: &Metadata) -> &'static str {
    let file_type = metadata.file_type();
    if file_type.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if file_type.is_char_device() {
            return "a character device";
        }
        if file_type.is_block_device() {
            return "a block device";
        }
        if file_type.is_socket() {
            return "a socket";
        }
    }
    "a special file"
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    fn temp_dir() -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "lantern-pack-regular-file-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn a_regular_file_within_the_limit_is_read_whole() {
        let dir = temp_dir();
        let path = dir.join("a.toml");
        fs::write(&path, "x = 1\n").unwrap();
        assert_eq!(read(&path, 6).unwrap(), b"x = 1\n");
        assert!(matches!(
            read(&path, 5),
            Err(ReadError::TooLarge {
                size: Some(6),
                limit: 5
            })
        ));
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_missing_file_keeps_its_io_error_kind() {
        let dir = temp_dir();
        let err = read(&dir.join("none.toml"), 10).unwrap_err();
        assert!(matches!(&err, ReadError::Io(e) if e.kind() == io::ErrorKind::NotFound));
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_folder_is_not_a_file() {
        let dir = temp_dir();
        let err = read(&dir, 10).unwrap_err();
        assert_eq!(err.to_string(), "is a folder, not a file");
        fs::remove_dir_all(dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_device_and_a_link_to_it_are_refused_before_reading() {
        let started = Instant::now();
        let err = read(Path::new("/dev/zero"), 1024).unwrap_err();
        assert_eq!(err.to_string(), "is a character device, not a file");

        let dir = temp_dir();
        let link = dir.join("zero.toml");
        std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
        let err = read(&link, 1024).unwrap_err();
        assert_eq!(
            err.to_string(),
            "is a link to /dev/zero, which is a character device, not a file"
        );
        assert!(started.elapsed() < Duration::from_secs(5));
        fs::remove_dir_all(dir).unwrap();
    }

    /// The open itself must not wait, so that a FIFO swapped in after the first look is
    /// still refused at once. (A FIFO at the path from the start is refused before opening.)
    #[cfg(unix)]
    #[test]
    fn a_fifo_opens_without_waiting_and_is_then_refused() {
        let dir = temp_dir();
        let fifo = dir.join("crisis.toml");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let (sender, receiver) = std::sync::mpsc::channel();
        let path = fifo.clone();
        std::thread::spawn(move || {
            let opened = open_without_waiting(&path).and_then(|file| file.metadata());
            let _ = sender.send(opened.map(|m| ensure_regular(&path, &m)));
        });
        let refused = receiver
            .recv_timeout(Duration::from_secs(10))
            .expect("opening a FIFO waited");
        let err = refused.unwrap().unwrap_err();
        assert_eq!(err.to_string(), "is a FIFO (named pipe), not a file");
        assert_eq!(
            read(&fifo, 10).unwrap_err().to_string(),
            "is a FIFO (named pipe), not a file"
        );
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn sizes_read_as_megabytes() {
        assert_eq!(megabytes(2 * 1024 * 1024), "2 MB");
        assert_eq!(megabytes(3 * 1024 * 1024 + 100 * 1024), "3.1 MB");
    }
}
