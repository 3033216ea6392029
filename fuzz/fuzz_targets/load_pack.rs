//! Any bytes in place of one file of the built-in pack: loading must not panic, and a pack
//! that loads must draw without panicking.
#![no_main]

use lantern::app::{Action, App};
use lantern::content::{validate, Date};
use libfuzzer_sys::fuzz_target;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

const TODAY: Date = Date {
    year: 2026,
    month: 12,
    day: 1,
};

fuzz_target!(|data: &[u8]| {
    let Some((&which, text)) = data.split_first() else {
        return;
    };
    let mut files = lantern::builtin::files(lantern::i18n::Lang::En);
    let text = String::from_utf8_lossy(text).into_owned();
    match which % 7 {
        0 => files.pack.text = text,
        1 => files.crisis.text = text,
        2 => files.references.text = text,
        3 => files.glossary.text = text,
        4 => files.questionnaire.text = text,
        5 => files.review.text = text,
        _ => {
            let i = usize::from(which) % files.sections.len();
            files.sections[i].text = text;
        }
    }
    match validate::validate(&files, TODAY) {
        Ok(loaded) => {
            let mut app = App::new(loaded.pack);
            let Ok(mut terminal) = Terminal::new(TestBackend::new(80, 24));
            app.update(Action::Resize {
                width: 80,
                height: 24,
            });
            for action in [
                Action::Choose(0),
                Action::Select,
                Action::Bottom,
                Action::OpenGlossary,
                Action::OpenSources,
                Action::OpenCrisis,
            ] {
                app.update(action);
                let _ = terminal.draw(|f| f.render_widget(&app, f.area()));
            }
        }
        Err(problems) => assert!(problems.iter().all(|p| p.position.is_some())),
    }
});
