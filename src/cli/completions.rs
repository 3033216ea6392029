//! Shell completions, generated from the same clap definition as `--help` and the man
//! page, so they always offer the real commands and flags. Copies are kept in
//! `assets/completions/` for packages to install (a test keeps them up to date).

use std::io::{self, Write};

use clap::CommandFactory;

use super::args::Cli;
pub use super::args::Shell;

impl Shell {
    pub const ALL: [Shell; 3] = [Shell::Bash, Shell::Zsh, Shell::Fish];

    /// The file's name in `assets/completions/`, as each shell looks for it.
    pub fn file_name(self) -> &'static str {
        match self {
            Shell::Bash => "lantern.bash",
            Shell::Zsh => "_lantern",
            Shell::Fish => "lantern.fish",
        }
    }
}

/// Writes the completion script for `shell`.
pub fn write(shell: Shell, out: &mut dyn Write) -> io::Result<()> {
    let generator = match shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Zsh => clap_complete::Shell::Zsh,
        Shell::Fish => clap_complete::Shell::Fish,
    };
    // clap_complete writes straight to `out` and cannot report a failed write, so it
    // writes to memory first and the write to `out` is checked.
    let mut script = Vec::new();
    clap_complete::generate(generator, &mut Cli::command(), "lantern", &mut script);
    out.write_all(&script)?;
    out.flush()
}
