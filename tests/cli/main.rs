//! The plain commands through pipes, no terminal: their output, the manual page and completions, printouts, and the offline guarantee.

#[path = "../common/mod.rs"]
mod common;

mod commands;
mod install;
mod offline;
mod plan;
mod printouts;
