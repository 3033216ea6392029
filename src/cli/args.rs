//! The command line's definitions: flags, commands and their help, for clap, the man page
//! and the shell completions. Nothing here acts; `cli` does.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::config::{Lang, Mode, ThemeName};

const EXAMPLES: &str = "\
Examples:
  lantern                      open the full-screen app
  lantern --mode counselor     section numbers, discussion prompts, handouts
  lantern --mode kiosk --config /etc/lantern/kiosk.toml
                               a locked waiting-room kiosk (see the README)
  lantern resources            print crisis lines (988 first) and exit
  lantern read 2               print section 2 as plain text
  lantern self-check           answer the self-check line by line
  lantern validate ./my-pack   check a content pack folder
  lantern new-pack ./my-pack   start your own pack from a small, valid example
  lantern review-sheet > sheet.md
                               a sheet for a clinician to check and sign
  lantern validate ./my-pack --print-digest
                               the pack's SHA-256, to pin on a kiosk
  lantern doctor --mode kiosk --config /etc/lantern/kiosk.toml
                               check a kiosk's settings, folders and content

In the app, press ! (or Ctrl-G) on any screen for help now, ? for keys, q to quit.
If you are in crisis, call or text 988.";

#[derive(Debug, Default, PartialEq, Parser)]
#[command(
    name = "lantern",
    version,
    about = "Offline, plain-language information about ketamine and depression, with help one key away.",
    long_about = "lantern is an offline, full-screen terminal companion for patient education. \
Its built-in content is about ketamine, esketamine and depression. It is not medical advice \
and it cannot diagnose anyone. It never uses the network and keeps nothing you do unless you ask it to.",
    after_help = EXAMPLES
)]
pub struct Cli {
    /// Use the content pack in this folder instead of the built-in one.
    #[arg(long, value_name = "DIR", global = true)]
    pub content: Option<PathBuf>,

    /// Where lantern is used: personal (default), counselor, or kiosk. Also LANTERN_MODE.
    #[arg(long, value_enum, global = true)]
    pub mode: Option<Mode>,

    /// Config file to use (default: config.toml in your config folder). Also LANTERN_CONFIG.
    #[arg(long, value_name = "FILE", global = true)]
    pub config: Option<PathBuf>,

    /// Colours: default (your terminal's), high-contrast, or mono. Also LANTERN_THEME; a
    /// non-empty NO_COLOR means mono.
    #[arg(long, value_enum, global = true)]
    pub theme: Option<ThemeName>,

    /// Draw with plain ASCII characters only (automatic on the Linux console and when the
    /// locale is not UTF-8).
    #[arg(long, global = true)]
    pub ascii: bool,

    /// The language of the app and its content: en or es (default: from the locale,
    /// LC_ALL, LC_MESSAGES or LANG).
    #[arg(long, value_enum, global = true)]
    pub lang: Option<Lang>,

    /// Turn the mouse on: click or touch to choose, the wheel to scroll. On by default in
    /// kiosk mode.
    #[arg(long, global = true)]
    pub mouse: bool,

    /// Kiosk: seconds without input before "Still there?" (default 120).
    #[arg(long, value_name = "SECONDS", global = true, value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub idle_timeout: Option<u64>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, PartialEq, Subcommand)]
pub enum Command {
    /// Print the crisis resources, 988 first, as plain text.
    Resources,
    /// The self-check as numbered questions: type one answer number a line.
    SelfCheck,
    /// Print the content as plain text: every section, or one by number or id.
    Read {
        /// A section number (1, 2, ...) or id.
        section: Option<String>,
    },
    /// Check a content pack and list every problem as FILE:LINE:COL: message, with each
    /// section's reading grade and review status.
    Validate {
        /// The pack folder (default: the --content folder, or the built-in pack).
        dir: Option<PathBuf>,
        /// Also fail (exit 2) if a section has no clinician review of the pack's current
        /// version in review.toml.
        #[arg(long)]
        require_review: bool,
        /// Print only the pack's SHA-256 (over every file lantern reads from it, in every
        /// language), for content_sha256 in a kiosk's config. Problems are printed instead,
        /// with exit code 2.
        #[arg(long)]
        print_digest: bool,
    },
    /// Print a sheet for a clinician to check and sign: each section's text, its cited claims
    /// numbered beside their sources, and a sign-off block.
    ReviewSheet {
        /// A section number (1, 2, ...) or id; every section when left out.
        section: Option<String>,
    },
    /// Write a small, valid starter pack into a new folder, to make your own topic from.
    NewPack {
        /// The folder to create; it must not exist yet (or be empty).
        dir: PathBuf,
    },
    /// Print shell completions for bash, zsh or fish.
    Completions {
        /// The shell to complete lantern's commands and flags in.
        #[arg(value_enum)]
        shell: Shell,
    },
    /// My plan for hard moments, line by line: each step's ideas numbered, or your own
    /// words. In personal mode it offers to save the plan at the end (one file, yours only).
    Plan {
        /// Print the saved plan instead.
        #[arg(long)]
        print: bool,
    },
    /// Check what lantern needs where it runs (terminal, characters, colours, config file,
    /// writable folders, content and, in kiosk mode, its settings) and say what to fix.
    /// Exit code 0 when all is well, 1 when something is a problem.
    Doctor,
}

/// The shells lantern writes completions for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
}

impl Cli {
    /// The command line, parsed. Most starts have no arguments, and then there is nothing to
    /// parse: clap's whole command tree (a tenth of start-up, and memory) is built only when
    /// there are arguments. With none, everything comes from the settings: every field is
    /// empty, as `Default` makes it (a test checks clap agrees).
    pub fn from_command_line() -> Result<Self, clap::Error> {
        if std::env::args_os().len() <= 1 {
            return Ok(Cli::default());
        }
        Cli::try_parse()
    }
}
