//! Content packs. The model, folder reading, validation and reading grades live in the
//! `lantern-pack` crate, which the build script shares; this module adds where lantern's
//! pack comes from: compiled in, or a `--content` folder.

use std::path::Path;

pub use lantern_pack::content::*;

/// Loads the built-in pack, or validates the folder given with `--content`.
pub fn load(dir: Option<&Path>) -> Result<Loaded, Vec<Problem>> {
    match dir {
        Some(dir) => validate::validate(&load::read_dir(dir)?, today()),
        None => crate::builtin::load(),
    }
}

/// The files of the built-in pack or of a folder, unparsed, for checks that work on the
/// source text (`lantern validate`).
pub fn files(dir: Option<&Path>) -> Result<load::PackFiles, Vec<Problem>> {
    match dir {
        Some(dir) => load::read_dir(dir),
        None => Ok(crate::builtin::files()),
    }
}
