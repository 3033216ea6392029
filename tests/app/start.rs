//! lantern puts its first screen up from the front of the built-in pack (titles, crisis
//! resources, the self-check's title) and decodes the rest once that screen is on the
//! terminal.
//! That is only right if nobody can tell: the first screen must be the one the whole pack
//! gives, and once completed the app must be the app the whole pack makes.

use crate::common;

use lantern::app::{Action, App, Translations};
use lantern::config::{Mode, Settings};
use lantern::i18n::Lang;
use lantern::store::Place;
use ratatui::buffer::Buffer;
use ratatui::widgets::Widget;

fn drawn(app: &App) -> Buffer {
    let mut buffer = Buffer::empty(app.area);
    app.render(app.area, &mut buffer);
    buffer
}

fn started(translations: Translations, settings: &Settings, place: Option<Place>) -> App {
    App::with_translations(translations, settings.clone(), place)
}

#[test]
fn the_front_encoded_at_build_time_is_the_front_of_the_whole_pack() {
    for lang in Lang::ALL {
        let whole = common::builtin_in(lang);
        match lantern::builtin::front(lang) {
            Ok(front) => assert!(front == whole.front(), "{lang:?}: front differs"),
            Err(problems) => panic!("{lang:?}: the front does not decode: {problems:#?}"),
        }
    }
}

#[test]
fn the_first_screen_from_the_front_is_the_one_the_whole_pack_gives() {
    let place = Place {
        section: common::builtin().sections[2].id.clone(),
        block: 3,
        offset: 0,
        read: vec![common::builtin().sections[0].id.clone()],
    };
    let sizes = [(80, 24), (200, 60), (40, 12), (20, 6), (120, 40)];
    let mut compared = 0;
    for lang in Lang::ALL {
        for mode in [Mode::Personal, Mode::Counselor, Mode::Kiosk] {
            for ascii in [false, true] {
                for place in [None, Some(place.clone())] {
                    for content_check_failed in [false, true] {
                        for (width, height) in sizes {
                            let settings = Settings {
                                lang,
                                mode,
                                ascii,
                                ..Settings::default()
                            };
                            let (Ok(front), Ok(whole)) = (
                                Translations::built_in_front(lang),
                                Translations::built_in(lang),
                            ) else {
                                panic!("the built-in pack decodes");
                            };
                            let mut from_front = started(front, &settings, place.clone());
                            let mut from_whole = started(whole, &settings, place.clone());
                            for app in [&mut from_front, &mut from_whole] {
                                if content_check_failed {
                                    app.show_failed_content_check();
                                }
                                app.update(Action::Resize { width, height });
                            }
                            let case = format!(
                                "{lang:?} {mode:?} ascii={ascii} place={} failed check={content_check_failed} {width}x{height}",
                                place.is_some()
                            );
                            assert_eq!(drawn(&from_front), drawn(&from_whole), "{case}");
                            assert!(from_front != from_whole, "{case}: the front is not whole");
                            assert_eq!(from_front.complete_content(), Ok(true), "{case}");
                            assert!(from_front == from_whole, "{case}: completed app differs");
                            assert_eq!(from_front.complete_content(), Ok(false), "{case}");
                            compared += 1;
                        }
                    }
                }
            }
        }
    }
    assert_eq!(compared, 2 * 3 * 2 * 2 * 2 * sizes.len());
}

#[test]
fn a_completed_app_reads_sections_sources_and_glossary_as_the_whole_pack_does() {
    let Ok(front) = Translations::built_in_front(Lang::En) else {
        panic!("the front decodes");
    };
    let mut app = App::with_translations(front, Settings::default(), None);
    app.update(Action::Resize {
        width: 80,
        height: 24,
    });
    assert_eq!(app.complete_content(), Ok(true));
    let mut whole = common::app(80, 24);
    let sections = whole.pack.sections.len();
    let mut steps = vec![Action::Select, Action::Select, Action::PageDown];
    for _ in 1..sections {
        steps.extend([Action::NextSection, Action::PageDown]);
    }
    steps.extend([
        Action::OpenSources,
        Action::PageDown,
        Action::Back,
        Action::OpenGlossary,
        Action::PageDown,
        Action::Back,
        Action::OpenSearch,
        Action::Input('d'),
        Action::Input('o'),
        Action::Input('s'),
        Action::Input('e'),
    ]);
    for (step, action) in steps.into_iter().enumerate() {
        app.update(action);
        whole.update(action);
        assert_eq!(drawn(&app), drawn(&whole), "after step {step}: {action:?}");
    }
}
