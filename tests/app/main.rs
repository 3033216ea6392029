//! lantern's app state as a person drives it, with no terminal: updates, screens drawn off-screen (snapshots), properties over random input, contrast, translation.

#[path = "../common/mod.rs"]
mod common;

mod accessibility;
mod contrast;
mod cover;
mod input_props;
mod modes;
mod plan;
mod plan_qr;
mod properties;
mod qr;
mod search;
mod selfcheck;
mod selfcheck_words;
mod snapshots;
mod start;
mod translation;
mod update;
