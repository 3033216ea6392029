//! lantern's content packs and self-check engine: the model, reading a pack folder,
//! validation with located problems, reading grades, and the pure questionnaire engine;
//! and the bounded reading of a regular file that pack and config files both go through.
//!
//! The lantern binary uses this crate twice: its build script validates the built-in pack
//! and embeds the validated model, and at run time it loads `--content` folders.

#![forbid(unsafe_code)]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod content;
pub mod regular_file;
pub mod selfcheck;
