//! The real binary in a pseudo-terminal, read off the screen through a terminal emulator: keys, modes, the kiosk, signals, hang-ups, frames and saved files.

#[path = "../common/mod.rs"]
mod common;

mod end_to_end;
mod frames;
mod hangup;
mod kiosk_pin;
mod modes;
mod saved_files;
mod stuck;
