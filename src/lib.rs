//! lantern: an offline, full-screen terminal companion for patient education and self-checks.

#![forbid(unsafe_code)]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod app;
pub mod builtin;
pub mod cli;
pub mod config;
pub mod content;
pub mod content_check;
pub mod digest;
pub mod doctor;
pub mod document;
pub mod effects;
pub mod frames;
pub mod i18n;
pub mod input;
pub mod new_pack;
pub mod plain;
pub mod review_sheet;
pub mod screens;
pub mod store;
pub mod terminal;
pub mod ui;
mod unwinder;

pub use lantern_pack::selfcheck;

// The layouts cache and the search live beside the document layout they read.
pub use document::{layouts, search};
