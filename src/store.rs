//! Files lantern writes, only when a person asks: atomically, and never over an existing file.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use directories::{ProjectDirs, UserDirs};

/// Where a summary goes: the documents folder, else lantern's data folder, else home.
pub fn summary_dir() -> Option<PathBuf> {
    UserDirs::new()
        .and_then(|dirs| dirs.document_dir().map(Path::to_path_buf))
        .or_else(|| ProjectDirs::from("", "", "lantern").map(|d| d.data_dir().to_path_buf()))
        .or_else(|| UserDirs::new().map(|d| d.home_dir().to_path_buf()))
}

/// Writes `text` to a new file `stem.txt` in `dir` (or `stem-2.txt`, `stem-3.txt`, … if
/// taken) and returns its path. The text is written to a temporary file first and then
/// linked into place, so a reader never sees half a file, and an existing file is never
/// replaced.
pub fn write_new(dir: &Path, stem: &str, text: &str) -> io::Result<PathBuf> {
    fs::create_dir_all(dir)?;
    let temp = dir.join(format!(".{stem}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = File::create(&temp)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        for n in 1..1000 {
            let name = if n == 1 {
                format!("{stem}.txt")
            } else {
                format!("{stem}-{n}.txt")
            };
            let target = dir.join(name);
            // A hard link fails if the target exists: atomic and never overwriting.
            match fs::hard_link(&temp, &target) {
                Ok(()) => return Ok(target),
                Err(err) if err.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(err) => return Err(err),
            }
        }
        Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            "too many summaries with this name already",
        ))
    })();
    let _ = fs::remove_file(&temp);
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_new_files_and_never_overwrites() -> io::Result<()> {
        let dir = std::env::temp_dir().join(format!("lantern-store-test-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let first = write_new(&dir, "summary", "one")?;
        let second = write_new(&dir, "summary", "two")?;
        assert_ne!(first, second);
        assert_eq!(fs::read_to_string(&first)?, "one");
        assert_eq!(fs::read_to_string(&second)?, "two");
        assert!(second.ends_with("summary-2.txt"));
        let leftovers = fs::read_dir(&dir)?
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .count();
        assert_eq!(leftovers, 0, "no temporary file left behind");
        fs::remove_dir_all(&dir)?;
        Ok(())
    }
}
