//! Benchmarks: `cargo bench --bench lantern`. Figures are in the README ("Performance").
//!
//! - loading and validating the pack: built in, and synthetic packs 10× and 100× larger;
//! - the first frame of each screen at 80×24 and 200×60, from a fresh app;
//! - one key → update → draw at 200×60;
//! - search across the pack, at each pack size.

use std::hint::black_box;

use lantern::app::{Action, App};
use lantern::content::load::PackFiles;
use lantern::content::{validate, Date, Pack};
use lantern::i18n::Lang;
use lantern::layouts::Layouts;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn main() {
    divan::main();
}

const TODAY: Date = Date {
    year: 2026,
    month: 12,
    day: 1,
};

/// The built-in pack's files with every section repeated `times` times (ids made unique),
/// so the pack is that many times larger.
fn scaled_files(times: usize) -> PackFiles {
    let mut files = lantern::builtin::files(lantern::i18n::Lang::En);
    let originals = files.sections.clone();
    files.sections.clear();
    for copy in 0..times {
        for section in &originals {
            let mut section = section.clone();
            if copy > 0 {
                let id_line = section
                    .text
                    .lines()
                    .find(|l| l.starts_with("id = \""))
                    .map(str::to_string);
                if let Some(line) = id_line {
                    let renamed = line.replacen("\"", &format!("\"copy{copy}-"), 1);
                    section.text = section.text.replacen(&line, &renamed, 1);
                }
                section.path = format!("{}-{copy}", section.path);
            }
            files.sections.push(section);
        }
    }
    // Every copy needs its review.toml entry, as the originals have.
    let entries = files.review.text.clone();
    for copy in 1..times {
        let renamed = entries.replace("\nid = \"", &format!("\nid = \"copy{copy}-"));
        let from = renamed.find("[[section]]").unwrap_or(renamed.len());
        files
            .review
            .text
            .push_str(&format!("\n{}", &renamed[from..]));
    }
    files
}

fn scaled_pack(times: usize) -> Pack {
    match validate::validate(&scaled_files(times), TODAY) {
        Ok(loaded) => loaded.pack,
        Err(problems) => panic!("the scaled pack does not load: {problems:#?}"),
    }
}

const SCALES: [usize; 3] = [1, 10, 100];

#[divan::bench(args = SCALES)]
fn load_and_validate(bencher: divan::Bencher, times: usize) {
    let files = scaled_files(times);
    bencher.bench(|| validate::validate(black_box(&files), TODAY).is_ok());
}

#[derive(Debug, Clone, Copy)]
enum Screen {
    Welcome,
    Contents,
    Reader,
    ReaderTable,
    Search,
    Glossary,
    Sources,
    SelfCheckQuestion,
    SelfCheckResults,
    Crisis,
    Help,
}

impl Screen {
    const ALL: [Screen; 11] = [
        Screen::Welcome,
        Screen::Contents,
        Screen::Reader,
        Screen::ReaderTable,
        Screen::Search,
        Screen::Glossary,
        Screen::Sources,
        Screen::SelfCheckQuestion,
        Screen::SelfCheckResults,
        Screen::Crisis,
        Screen::Help,
    ];

    fn actions(self) -> Vec<Action> {
        use Action::*;
        match self {
            Screen::Welcome => vec![],
            Screen::Contents => vec![Choose(0)],
            Screen::Reader => vec![Choose(0), Digit(1)],
            Screen::ReaderTable => vec![Choose(0), Digit(4), PageDown, PageDown],
            Screen::Search => vec![OpenSearch, Input('k'), Input('e'), Input('t')],
            Screen::Glossary => vec![OpenGlossary],
            Screen::Sources => vec![OpenSources],
            Screen::SelfCheckQuestion => vec![Choose(1), Select],
            Screen::SelfCheckResults => {
                let mut all = vec![Choose(1), Select];
                all.extend(std::iter::repeat_n(Choose(1), 12));
                all.push(Back);
                all
            }
            Screen::Crisis => vec![OpenCrisis],
            Screen::Help => vec![Choose(0), Digit(2), ToggleHelp],
        }
    }
}

impl std::fmt::Display for Screen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self:?}")
    }
}

fn frame(app: &App, terminal: &mut Terminal<TestBackend>) {
    let _ = terminal.draw(|f| f.render_widget(app, f.area()));
}

/// From a fresh app (nothing laid out yet) to the first frame of a screen.
#[divan::bench(args = Screen::ALL, consts = [80, 200])]
fn first_frame<const WIDTH: u16>(bencher: divan::Bencher, screen: Screen) {
    let height = if WIDTH == 80 { 24 } else { 60 };
    let pack = scaled_pack(1);
    let actions = screen.actions();
    bencher
        .with_inputs(|| {
            let Ok(terminal) = Terminal::new(TestBackend::new(WIDTH, height));
            (pack.clone(), terminal)
        })
        .bench_local_values(|(pack, mut terminal)| {
            let mut app = App::new(pack);
            app.update(Action::Resize {
                width: WIDTH,
                height,
            });
            for action in &actions {
                app.update(*action);
            }
            frame(&app, &mut terminal);
        });
}

/// An app reading the section with the table, at 200×60.
fn reading_app(times: usize) -> App {
    let mut app = App::new(scaled_pack(times));
    for action in [
        Action::Resize {
            width: 200,
            height: 60,
        },
        Action::Choose(0),
        Action::Digit(4),
        Action::Down,
    ] {
        app.update(action);
    }
    app
}

/// One key press while reading at 200×60: the action, the update, and the redraw.
#[divan::bench(args = SCALES)]
fn key_update_draw(bencher: divan::Bencher, times: usize) {
    let mut app = reading_app(times);
    let Ok(mut terminal) = Terminal::new(TestBackend::new(200, 60));
    frame(&app, &mut terminal);
    let mut down = true;
    bencher.bench_local(|| {
        // Scroll down and back, so every key really changes the screen.
        let key = if down { Action::Down } else { Action::Up };
        down = !down;
        if app.update(key) {
            frame(&app, &mut terminal);
        }
    });
}

/// A search across every section, with the sections already laid out.
#[divan::bench(args = SCALES)]
fn search(bencher: divan::Bencher, times: usize) {
    let pack = scaled_pack(times);
    let layouts = Layouts::new(&pack, Lang::En, 78, lantern::document::UNICODE);
    for i in 0..pack.sections.len() {
        let _ = layouts.section(&pack, i);
    }
    bencher.bench_local(|| lantern::search::find(&pack, &layouts, black_box("ketamine")).1);
}

/// Laying out every section of the pack at one width (what the first search does).
#[divan::bench(args = SCALES)]
fn lay_out_every_section(bencher: divan::Bencher, times: usize) {
    let pack = scaled_pack(times);
    bencher.bench(|| {
        let layouts = Layouts::new(&pack, Lang::En, 78, lantern::document::UNICODE);
        (0..pack.sections.len())
            .map(|i| layouts.section(&pack, i).len())
            .sum::<usize>()
    });
}

/// The parts of a key press at 200×60, apart: the update alone, and drawing alone.
#[divan::bench]
fn update_only(bencher: divan::Bencher) {
    let mut app = reading_app(1);
    let mut down = true;
    bencher.bench_local(|| {
        let key = if down { Action::Down } else { Action::Up };
        down = !down;
        app.update(key)
    });
}

#[divan::bench]
fn draw_only(bencher: divan::Bencher) {
    let app = reading_app(1);
    let Ok(mut terminal) = Terminal::new(TestBackend::new(200, 60));
    bencher.bench_local(|| frame(&app, &mut terminal));
}

/// lantern's own drawing into a buffer at 200×60, without the terminal's diff.
#[divan::bench]
fn render_only(bencher: divan::Bencher) {
    use ratatui::widgets::Widget;
    let app = reading_app(1);
    let area = ratatui::layout::Rect::new(0, 0, 200, 60);
    let mut buffer = ratatui::buffer::Buffer::empty(area);
    bencher.bench_local(|| {
        buffer.reset();
        (&app).render(area, &mut buffer);
    });
}

// ---- the start path, step by step ------------------------------------------------------------
// What `lantern` does between exec and its first frame, each step on its own, so the README
// can say where start-up time goes. Terminal set-up and exec itself are measured by
// `vs_less` (its `--version` row), since they need a real process and terminal.

mod start {
    use super::*;
    use lantern::frames::Frames;
    use ratatui::layout::Rect;

    /// The command line, as clap parses it (a start with no arguments skips this: see
    /// `Cli::from_command_line`).
    #[divan::bench]
    fn parse_arguments() -> bool {
        use clap::Parser;
        lantern::cli::Cli::try_parse_from(["lantern"]).is_ok()
    }

    /// Settings: flags, environment and a config file that is not there.
    #[divan::bench]
    fn resolve_settings() -> bool {
        let flags = lantern::config::Flags {
            config: None,
            mode: None,
            lang: None,
            theme: None,
            ascii: false,
            mouse: false,
            idle_timeout: None,
        };
        let env = |name: &str| match name {
            "XDG_CONFIG_HOME" => Some("/nonexistent-lantern-bench".to_string()),
            _ => None,
        };
        lantern::config::resolve(&flags, &env).is_ok()
    }

    /// What the first frame is drawn from: the front of the built-in pack (titles, crisis
    /// panel, self-check), decoded.
    #[divan::bench]
    fn load_front_of_built_in_pack() -> bool {
        lantern::builtin::front(lantern::i18n::Lang::En).is_ok()
    }

    /// The whole built-in pack: decoding the model build.rs checked (done once the first
    /// frame is on screen).
    #[divan::bench]
    fn load_built_in_pack() -> bool {
        lantern::builtin::load(lantern::i18n::Lang::En).is_ok()
    }

    /// The same pack parsed and checked from TOML, as every start did before build-time
    /// checking (and as `--content DIR` still does).
    #[divan::bench]
    fn parse_and_validate_built_in_pack() -> bool {
        validate::validate(&lantern::builtin::files(lantern::i18n::Lang::En), TODAY).is_ok()
    }

    /// A new app at the terminal's size and its first frame written out, as to a terminal.
    #[divan::bench(consts = [80, 200])]
    fn app_and_first_frame<const WIDTH: u16>(bencher: divan::Bencher) {
        let height = if WIDTH == 80 { 24 } else { 60 };
        let pack = scaled_pack(1);
        bencher
            .with_inputs(|| pack.clone())
            .bench_local_values(|pack| {
                let mut app = App::new(pack);
                app.update(Action::Resize {
                    width: WIDTH,
                    height,
                });
                let mut frames = Frames::new(
                    Vec::with_capacity(64 * 1024),
                    Rect::new(0, 0, WIDTH, height),
                    true,
                );
                frames.draw(&app).is_ok()
            });
    }

    /// One line down while reading, drawn and written: with scrolling regions (the default)
    /// and without (every changed cell written).
    #[divan::bench(args = [true, false], consts = [80, 200])]
    fn line_down_written<const WIDTH: u16>(bencher: divan::Bencher, scroll_regions: bool) {
        let height = if WIDTH == 80 { 24 } else { 60 };
        let mut app = App::new(scaled_pack(1));
        for action in [
            Action::Resize {
                width: WIDTH,
                height,
            },
            Action::Choose(0),
            Action::Digit(4),
        ] {
            app.update(action);
        }
        let mut frames = Frames::new(
            std::io::sink(),
            Rect::new(0, 0, WIDTH, height),
            scroll_regions,
        );
        let _ = frames.draw(&app);
        let mut down = true;
        bencher.bench_local(|| {
            // Down then up, then down again: the text moves a line each time.
            app.update(if down { Action::Down } else { Action::Up });
            down = !down;
            frames.draw(&app).is_ok()
        });
    }
}
