//! Settings: the config file, the environment and the command line, resolved into one
//! [`Settings`]. Flags win over the environment, the environment over the file, the file over
//! the defaults. A broken config file is reported with its line and column, and never
//! written over.
//!
//! `settings.rs` says what the settings are, `resolution.rs` how they are resolved, `file.rs`
//! how the file is read (its shape checked by `shape.rs`) and how one setting is saved in it.

mod file;
mod resolution;
mod settings;
mod shape;

pub use crate::i18n::Lang;
pub use file::{with_setting, FileState, SettingValue};
pub use resolution::{
    config_path, default_config_file, needs_ascii, resolve, resolve_all, without_file, Resolved,
};
pub use settings::*;

#[cfg(test)]
mod tests;
