//! What a person can do, as the app understands it: the one `Action` vocabulary, the keymap
//! that turns key presses into actions, and the on-screen targets a click or touch can hit.
//! Below both the state (`app`) and the drawing (`ui`), so each can use it.

pub mod action;
pub mod decode;
pub mod keymap;
