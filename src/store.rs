//! Files lantern writes, only when a person asks: atomically (a temporary file, then a link
//! or a rename), so a reader never sees half a file, and readable by their owner only, from
//! the moment they exist: a summary holds a person's answers, the safety one among them.

use std::fs::{self, DirBuilder, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use directories::{ProjectDirs, UserDirs};
use serde::{Deserialize, Serialize};

use crate::config::{self, SettingValue};

/// Where a summary or a handout goes: the documents folder, else the home folder (easy to
/// find, unlike a hidden data folder), else lantern's data folder.
pub fn summary_dir() -> Option<PathBuf> {
    UserDirs::new()
        .and_then(|dirs| dirs.document_dir().map(Path::to_path_buf))
        .or_else(|| UserDirs::new().map(|d| d.home_dir().to_path_buf()))
        .or_else(|| ProjectDirs::from("", "", "lantern").map(|d| d.data_dir().to_path_buf()))
}

/// Writes `text` to a new file `stem.txt` in `dir` (or `stem-2.txt`, `stem-3.txt`, … if
/// taken) and returns its path. The text is written to a temporary file first and then
/// linked into place, so a reader never sees half a file, and an existing file is never
/// replaced.
pub fn write_new(dir: &Path, stem: &str, text: &str) -> io::Result<PathBuf> {
    make_folder(dir)?;
    let temp = dir.join(format!(".{stem}.{}.tmp", std::process::id()));
    let result = (|| {
        write_temp(&temp, text, PRIVATE)?;
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

/// Replaces `path` with `text` atomically: a temporary file beside it, synced, then renamed
/// over it. The folder is made if needed.
pub fn replace(path: &Path, text: &str) -> io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    make_folder(dir)?;
    let name = path
        .file_name()
        .map_or_else(|| "lantern".into(), |n| n.to_string_lossy().into_owned());
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    // A file the person already has keeps its owner's bits (narrowed to at most 0600), so a
    // save never makes it readable to more people than before.
    let mode = match fs::metadata(path) {
        Ok(meta) => meta.permissions().mode() & PRIVATE,
        Err(_) => PRIVATE,
    };
    let result = (|| {
        write_temp(&temp, text, mode)?;
        fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Read and write for the owner, nothing for anyone else.
const PRIVATE: u32 = 0o600;

/// Makes `dir` and the folders above it that are missing, open to their owner only (0700);
/// folders that exist are left as they are.
fn make_folder(dir: &Path) -> io::Result<()> {
    DirBuilder::new().recursive(true).mode(0o700).create(dir)
}

/// Writes `text` to a new file at `temp` with `mode`, synced. The mode is set as the file is
/// made, so it is never readable by others, even for a moment. One left by an earlier run
/// with the same process id is removed first (only a name is removed: a link is not
/// followed).
fn write_temp(temp: &Path, text: &str, mode: u32) -> io::Result<()> {
    match fs::remove_file(temp) {
        Err(err) if err.kind() != io::ErrorKind::NotFound => return Err(err),
        _ => {}
    }
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(mode)
        .open(temp)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}

/// Saves one setting into the config file, keeping everything else in it as it was. A file
/// that no longer parses is never written over.
pub fn save_setting(path: &Path, key: &str, value: SettingValue) -> io::Result<()> {
    let current = match read_small(path) {
        Ok(text) => text,
        Err(err) if err.kind() == io::ErrorKind::NotFound => String::new(),
        Err(err) => return Err(err),
    };
    let updated = config::with_setting(&current, key, value).ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!(
                "{} has a mistake in it now, so it was left as it is",
                path.display()
            ),
        )
    })?;
    replace(path, &updated)
}

/// Where the person was reading, kept only when they turned "remember my place" on.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// The section's id, so a changed content pack cannot send the person to the wrong one.
    pub section: String,
    /// The first line shown, as a place in the text (not a line number, which depends on the
    /// window's width).
    pub block: u32,
    pub offset: u32,
    /// Ids of the sections the person has opened.
    #[serde(default)]
    pub read: Vec<String>,
}

/// The reading-place file in lantern's data folder (which honours `XDG_DATA_HOME`).
pub fn place_file() -> Option<PathBuf> {
    ProjectDirs::from("", "", "lantern").map(|d| d.data_dir().join("place.toml"))
}

/// The saved place, if there is one that can be read. A damaged file is ignored (and
/// replaced at the next save): it holds nothing the person wrote.
pub fn load_place(path: &Path) -> Option<Place> {
    let text = read_small(path).ok()?;
    toml::from_str(&text).ok()
}

/// The most a file lantern saves for itself holds, as read back: a config or a place is a
/// few hundred bytes.
const MAX_OWN_FILE: u64 = 1024 * 1024;

/// A file of lantern's own, read back only if it is a regular file of a sane size: a FIFO or
/// a device put in its place must not hold up the start or a save.
fn read_small(path: &Path) -> io::Result<String> {
    match lantern_pack::regular_file::read(path, MAX_OWN_FILE) {
        Ok(bytes) => {
            String::from_utf8(bytes).map_err(|err| io::Error::new(io::ErrorKind::InvalidData, err))
        }
        Err(lantern_pack::regular_file::ReadError::Io(err)) => Err(err),
        Err(err) => Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("{} {err}", path.display()),
        )),
    }
}

pub fn save_place(path: &Path, place: &Place) -> io::Result<()> {
    let text = toml::to_string(place).map_err(|err| io::Error::other(err.to_string()))?;
    replace(
        path,
        &format!("# lantern's reading place. Delete this file to forget it.\n{text}"),
    )
}

pub fn forget_place(path: &Path) -> io::Result<()> {
    remove_if_there(path)
}

fn remove_if_there(path: &Path) -> io::Result<()> {
    match fs::remove_file(path) {
        Err(err) if err.kind() != io::ErrorKind::NotFound => Err(err),
        _ => Ok(()),
    }
}

/// The saved plan ("My plan for hard moments") in lantern's data folder, when the person
/// chose to save it.
pub fn plan_file() -> Option<PathBuf> {
    ProjectDirs::from("", "", "lantern").map(|d| d.data_dir().join("plan.toml"))
}

/// A saved plan as it is written: one list of lines for each of the seven steps, named.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PlanFile {
    #[serde(default)]
    warning_signs: Vec<String>,
    #[serde(default)]
    on_my_own: Vec<String>,
    #[serde(default)]
    people_and_places: Vec<String>,
    #[serde(default)]
    people_to_ask: Vec<String>,
    #[serde(default)]
    professionals: Vec<String>,
    #[serde(default)]
    safer_space: Vec<String>,
    #[serde(default)]
    reasons: Vec<String>,
}

/// The saved plan's steps; none when no plan was saved. A file that cannot be read is an
/// error, and is left as it is: it holds what the person wrote.
pub fn load_plan(path: &Path) -> io::Result<Option<[Vec<String>; 7]>> {
    let text = match read_small(path) {
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(None),
        other => other?,
    };
    let file: PlanFile = toml::from_str(&text)
        .map_err(|err| io::Error::new(io::ErrorKind::InvalidData, err.to_string()))?;
    Ok(Some([
        file.warning_signs,
        file.on_my_own,
        file.people_and_places,
        file.people_to_ask,
        file.professionals,
        file.safer_space,
        file.reasons,
    ]))
}

/// Saves the plan, atomically and readable by its owner only. A saved plan that can no
/// longer be read is never written over: the person may want what is in it.
pub fn save_plan(path: &Path, steps: &[Vec<String>; 7]) -> io::Result<()> {
    load_plan(path)?;
    let [a, b, c, d, e, f, g] = steps.clone();
    let file = PlanFile {
        warning_signs: a,
        on_my_own: b,
        people_and_places: c,
        people_to_ask: d,
        professionals: e,
        safer_space: f,
        reasons: g,
    };
    let text = toml::to_string(&file).map_err(|err| io::Error::other(err.to_string()))?;
    replace(
        path,
        &format!(
            "# My plan for hard moments, saved by lantern at your request. Only you can read\n\
             # this file. \"Delete my plan\" in lantern removes it, as does deleting this file.\n{text}"
        ),
    )
}

/// Deletes the saved plan; nothing to delete is not an error.
pub fn delete_plan(path: &Path) -> io::Result<()> {
    remove_if_there(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A FIFO where the place or the config should be: reading it would wait for a writer
    /// for ever, holding up the start or a save.
    #[test]
    fn a_fifo_in_place_of_a_saved_file_is_not_waited_on() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let fifo = dir.path().join("place.toml");
        nix::unistd::mkfifo(&fifo, nix::sys::stat::Mode::S_IRWXU)?;
        assert_eq!(load_place(&fifo), None);
        let saved = save_setting(&fifo, "theme", SettingValue::Text("mono".into()));
        assert!(saved.is_err(), "{saved:?}");
        Ok(())
    }

    #[test]
    fn a_plan_round_trips_readable_by_its_owner_only_and_a_broken_one_is_kept() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("data").join("plan.toml");
        assert!(load_plan(&path)?.is_none(), "no plan saved: none");
        let mut steps: [Vec<String>; 7] = Default::default();
        steps[0].push("I stop answering \"messages\"".into());
        steps[4].push("My doctor: 555-0100".into());
        steps[6].push("Mi perro, Canelo".into());
        save_plan(&path, &steps)?;
        assert_eq!(load_plan(&path)?, Some(steps.clone()));
        let mode = fs::metadata(&path)?.permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "only its owner can read it");
        // A plan that can no longer be read is left as it is, not written over.
        fs::write(&path, "warning_signs = [unfinished")?;
        assert!(load_plan(&path).is_err());
        assert!(save_plan(&path, &steps).is_err());
        assert_eq!(fs::read_to_string(&path)?, "warning_signs = [unfinished");
        delete_plan(&path)?;
        assert!(!path.exists());
        delete_plan(&path)?;
        Ok(())
    }

    #[test]
    fn place_round_trips_and_settings_keep_comments() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let place_path = dir.path().join("data/place.toml");
        let place = Place {
            section: "risks".into(),
            block: 4,
            offset: 17,
            read: vec!["what-is-ketamine".into(), "risks".into()],
        };
        save_place(&place_path, &place)?;
        assert_eq!(load_place(&place_path), Some(place));
        forget_place(&place_path)?;
        assert_eq!(load_place(&place_path), None);
        forget_place(&place_path)?;

        let config = dir.path().join("config/config.toml");
        fs::create_dir_all(dir.path().join("config"))?;
        fs::write(&config, "# mine\ntheme = \"mono\"\n")?;
        save_setting(&config, "ascii", SettingValue::Bool(true))?;
        assert_eq!(
            fs::read_to_string(&config)?,
            "# mine\ntheme = \"mono\"\nascii = true\n"
        );
        fs::write(&config, "theme = \n")?;
        assert!(save_setting(&config, "ascii", SettingValue::Bool(true)).is_err());
        assert_eq!(
            fs::read_to_string(&config)?,
            "theme = \n",
            "never written over"
        );
        Ok(())
    }

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
