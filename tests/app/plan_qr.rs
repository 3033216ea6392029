//! The plan's QR code, read back as a phone's camera would: the whole plan drawn, the
//! cells turned into an image and decoded. It holds the plan as text, 988 first among the
//! professionals; there is none with nothing in the plan, in ASCII, or where it does not fit.

use crate::common;

use lantern::app::{Action, App};
use lantern::screens::plan::STEPS;

/// The whole plan page with the first idea of steps 1 and 2 chosen.
fn whole_plan(mut app: App) -> App {
    app.update(Action::Choose(3));
    app.update(Action::Select);
    app.update(Action::NextSection);
    app.update(Action::Choose(0));
    for _ in 1..STEPS {
        app.update(Action::NextSection);
    }
    app.update(Action::Bottom);
    app
}

#[test]
fn the_plans_code_decodes_to_the_plan() {
    let app = whole_plan(common::app(120, 60));
    let buffer = common::draw(&app).backend().buffer().clone();
    let read = crate::qr::decode(&buffer).expect("a phone can read the plan's code");
    assert_eq!(read, lantern::screens::plan::payload(&app.plan, &app.ctx()));
    assert!(read.starts_with("My plan for hard moments"), "{read}");
    assert!(read.contains("- I stop answering messages"), "{read}");
    assert!(read.contains("- Go for a walk"), "{read}");
    let lifeline = read.find("988 Suicide & Crisis Lifeline").expect("988");
    assert!(read
        .find("Professionals and crisis lines")
        .is_some_and(|p| p < lifeline));

    let spanish = whole_plan(common::app_es(120, 60));
    let buffer = common::draw(&spanish).backend().buffer().clone();
    let read = crate::qr::decode(&buffer).expect("the Spanish code");
    assert!(
        read.starts_with("Mi plan para los momentos difíciles"),
        "{read}"
    );
    assert!(read.contains("- Dejo de contestar mensajes"), "{read}");
}

#[test]
fn no_plan_code_with_an_empty_plan_in_ascii_or_at_80x24() {
    let mut empty = common::app(120, 60);
    empty.update(Action::Choose(3));
    for _ in 0..STEPS {
        empty.update(Action::NextSection);
    }
    let ascii = lantern::config::Settings {
        ascii: true,
        ..lantern::config::Settings::default()
    };
    for app in [
        empty,
        whole_plan(common::app_with(ascii, 120, 60)),
        whole_plan(common::app(80, 24)),
    ] {
        let buffer = common::draw(&app).backend().buffer().clone();
        assert_eq!(crate::qr::decode(&buffer), None);
    }
}
