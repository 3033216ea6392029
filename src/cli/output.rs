//! A command's printed output, and what a failed write of it means. A script that sends
//! `lantern validate` to a full disk must not be told it passed: the failure is said on
//! standard error and the exit code is 1. A reader that closed the pipe early
//! (`lantern read | head`) got what it wanted, so that stays a success.

use std::io::{self, Write};
use std::process::ExitCode;

use super::RUNTIME_ERROR;
use crate::i18n::Catalog;

/// Writes `bytes` to standard output and flushes it, so a failure shows here and is not
/// lost when the process ends.
pub fn print(bytes: &[u8]) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()
}

/// `done` when the output was written (or the reader left early); otherwise the failure,
/// said on standard error in the person's language, and exit code 1.
pub fn finish(written: io::Result<()>, done: ExitCode, text: &Catalog) -> ExitCode {
    match written {
        Ok(()) => done,
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => done,
        Err(err) => {
            eprintln!("{}", (text.output_failed)(&err.to_string()));
            eprintln!("{}", text.error_help);
            ExitCode::from(RUNTIME_ERROR)
        }
    }
}
