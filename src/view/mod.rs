//! What the screens show before it is styled: where things go at a terminal size, and the
//! lines of the panels and pages. Below both `app` (which needs the sizes to keep scroll
//! positions in range) and `ui` (which draws them), so the two always agree and neither
//! imports the other's internals.

pub mod crisis;
pub mod geometry;
pub mod glossary;
pub mod help;
pub mod privacy;
pub mod reader;
pub mod selfcheck;
pub mod sources;
