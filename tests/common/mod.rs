//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod emulator;
pub mod fixture;
pub mod pty;

use lantern::app::{Action, App};
use lantern::content::Pack;
use lantern::i18n::Lang;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::Terminal;

pub fn builtin() -> Pack {
    match lantern::content::load(None) {
        Ok(loaded) => loaded.pack,
        Err(problems) => panic!("built-in pack does not load: {problems:#?}"),
    }
}

/// The built-in pack in one language.
pub fn builtin_in(lang: Lang) -> Pack {
    match lantern::builtin::load(lang) {
        Ok(loaded) => loaded.pack,
        Err(problems) => panic!("built-in pack in {lang:?} does not load: {problems:#?}"),
    }
}

/// An app with the built-in content in every language, as the real binary has it, showing
/// `settings.lang`.
pub fn app_with_languages(settings: lantern::config::Settings, width: u16, height: u16) -> App {
    let others = vec![(Lang::Es, builtin_in(Lang::Es))];
    let mut app = App::with_packs((Lang::En, builtin_in(Lang::En)), others, settings, None);
    app.update(Action::Resize { width, height });
    app
}

/// A personal-mode app in Spanish, with English to switch to.
pub fn app_es(width: u16, height: u16) -> App {
    app_with_languages(
        lantern::config::Settings {
            lang: Lang::Es,
            ..lantern::config::Settings::default()
        },
        width,
        height,
    )
}

/// An app over the built-in pack, sized as a terminal of `width`×`height` would report.
pub fn app(width: u16, height: u16) -> App {
    let mut app = App::new(builtin());
    app.update(Action::Resize { width, height });
    app
}

pub fn apply(app: &mut App, actions: &[Action]) {
    for action in actions {
        app.update(*action);
    }
}

/// Draws the app into an off-screen terminal of its own size.
pub fn draw(app: &App) -> Terminal<TestBackend> {
    let mut terminal =
        Terminal::new(TestBackend::new(app.area.width, app.area.height)).expect("test backend");
    terminal
        .draw(|frame| frame.render_widget(app, frame.area()))
        .expect("draw");
    terminal
}

pub fn buffer_lines(buffer: &Buffer) -> Vec<String> {
    let area = buffer.area;
    (0..area.height)
        .map(|y| {
            let mut line = String::new();
            for x in 0..area.width {
                line.push_str(buffer[(x, y)].symbol());
            }
            line
        })
        .collect()
}

pub fn screen_text(app: &App) -> Vec<String> {
    buffer_lines(draw(app).backend().buffer())
}

/// The row of the first screen line containing `needle`.
pub fn row_of(lines: &[String], needle: &str) -> Option<usize> {
    lines.iter().position(|l| l.contains(needle))
}

/// An app in a mode, over the built-in pack, at a size.
pub fn app_in(mode: lantern::config::Mode, width: u16, height: u16) -> App {
    app_with(mode_settings(mode), width, height)
}

/// A mode's settings as lantern resolves them with no config file.
pub fn mode_settings(mode: lantern::config::Mode) -> lantern::config::Settings {
    lantern::config::Settings {
        mode,
        mouse: mode == lantern::config::Mode::Kiosk,
        local_help: if mode == lantern::config::Mode::Kiosk {
            vec![lantern::config::LocalHelp::front_desk()]
        } else {
            Vec::new()
        },
        ..lantern::config::Settings::default()
    }
}

pub fn app_with(settings: lantern::config::Settings, width: u16, height: u16) -> App {
    let mut app = App::with_settings(builtin(), settings, None);
    app.update(Action::Resize { width, height });
    app
}

/// From the welcome screen: start the self-check and answer every question with a choice
/// that raises no safety concern, ending on the results.
pub fn answer_calmly(app: &mut App) {
    use lantern::selfcheck::Answer;
    app.update(Action::Choose(1));
    app.update(Action::Select);
    for i in 0..app.pack.questionnaire.questions.len() {
        let calm = (0..app.pack.questionnaire.questions[i].options.len())
            .find(|&c| !app.pack.questionnaire.is_urgent(i, Answer::Choice(c)))
            .expect("a calm answer exists");
        app.update(Action::Choose(calm));
    }
}

/// The screen column where `needle` starts on a line (counting cells, not bytes).
pub fn column_of(line: &str, needle: &str) -> Option<u16> {
    let byte = line.find(needle)?;
    u16::try_from(unicode_width::UnicodeWidthStr::width(&line[..byte])).ok()
}

/// Self-check answers from (question id, answer id) pairs; the other questions get `rest`.
pub fn answers(
    q: &lantern::selfcheck::Questionnaire,
    rest: Option<lantern::selfcheck::Answer>,
    given: &[(&str, &str)],
) -> Vec<Option<lantern::selfcheck::Answer>> {
    let mut out = vec![rest; q.questions.len()];
    for (question, answer) in given {
        let qi = q
            .questions
            .iter()
            .position(|x| x.id == *question)
            .unwrap_or_else(|| panic!("no question {question}"));
        let ci = q.questions[qi]
            .options
            .iter()
            .position(|c| c.id == *answer)
            .unwrap_or_else(|| panic!("no answer {answer} for {question}"));
        out[qi] = Some(lantern::selfcheck::Answer::Choice(ci));
    }
    out
}

/// A failed write, as `effects::run` reports one, saying `why`.
#[allow(dead_code)]
pub fn io_error(why: &str) -> lantern::effects::EffectError {
    lantern::effects::EffectError::Setting(std::io::Error::other(why.to_string()))
}
