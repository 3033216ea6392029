//! Content packs as an author and a clinic meet them: loading, the facts checked against sources, hostile packs, pack files, review.

#[path = "../common/mod.rs"]
mod common;

mod facts;
mod hostile;
mod loading;
mod pack_files;
mod review;
