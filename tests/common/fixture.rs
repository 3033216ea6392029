//! Content pack fixtures: a copy of the built-in pack with one thing broken.

use std::fs;
use std::path::Path;

pub fn copy_builtin(to: &Path) {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    copy_dir(&from, to);
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create dir");
    for entry in fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// Rewrites one file of the pack; panics if the edit changed nothing, so a fixture can
/// never silently stop testing what it claims to.
pub fn edit(dir: &Path, file: &str, change: impl FnOnce(&str) -> String) {
    let path = dir.join(file);
    let before = fs::read_to_string(&path).expect("read fixture file");
    let after = change(&before);
    assert_ne!(before, after, "the edit to {file} changed nothing");
    fs::write(path, after).expect("write fixture file");
}

/// The first section file's name, under `sections/`.
pub fn first_section(dir: &Path) -> String {
    let mut names: Vec<String> = fs::read_dir(dir.join("sections"))
        .expect("sections")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    names.sort();
    format!("sections/{}", names[0])
}
