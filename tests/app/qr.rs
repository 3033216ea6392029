//! The crisis panel's QR code, read back as a phone's camera would: the panel drawn to
//! cells, the cells turned into an image (a `▀` is two modules, its colour the upper and its
//! background the lower; a space is two of its background), and the image decoded; the payload must be the
//! contact card with 988, in the language on screen. Where it cannot show (ASCII, mono, a
//! small terminal) it is not drawn, and 988 is on the panel either way.

use crate::common;

use lantern::app::{Action, App};
use lantern::config::{Mode, ThemeName};
use ratatui::buffer::Buffer;
use ratatui::style::Color;

/// The panel's QR code read from the drawn cells; anything not black is light. Decoded with
/// rqrr from an image four pixels a module.
pub fn decode(buffer: &Buffer) -> Option<String> {
    let area = buffer.area;
    let dark_at = |x: u16, y: u16| -> bool {
        let cell = &buffer[(x, y / 2)];
        let color = match cell.symbol() {
            "▀" if y.is_multiple_of(2) => cell.fg,
            "▀" | " " => cell.bg,
            _ => return false,
        };
        color == Color::Black
    };
    const SCALE: usize = 4;
    let (w, h) = (usize::from(area.width), usize::from(area.height) * 2);
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(w * SCALE, h * SCALE, |x, y| {
        let dark = dark_at(
            u16::try_from(x / SCALE).unwrap_or(0),
            u16::try_from(y / SCALE).unwrap_or(0),
        );
        if dark {
            0
        } else {
            255
        }
    });
    let grids = image.detect_grids();
    let (_, content) = grids.first()?.decode().ok()?;
    Some(content)
}

/// The crisis panel scrolled to its end, where the code is (it comes after every resource).
fn panel_end(mut app: App) -> (App, Buffer) {
    app.update(Action::OpenCrisis);
    app.update(Action::Bottom);
    let buffer = common::draw(&app).backend().buffer().clone();
    (app, buffer)
}

#[test]
fn the_code_decodes_to_a_contact_card_for_988() {
    let (app, buffer) = panel_end(common::app(80, 40));
    let read = decode(&buffer).expect("a phone can read the code");
    assert_eq!(read, lantern::screens::crisis::card(&app.ctx()));
    assert!(read.contains("TEL;TYPE=VOICE,TEXT:988\r\n"), "{read:?}");
    assert!(
        read.contains("FN:988 Suicide & Crisis Lifeline"),
        "{read:?}"
    );
    let screen = common::screen_text(&app).join("\n");
    assert!(screen.contains("save 988 as a contact"), "{screen}");
}

#[test]
fn in_spanish_and_in_a_kiosk_the_card_is_in_spanish_with_the_local_help() {
    let settings = lantern::config::Settings {
        lang: lantern::i18n::Lang::Es,
        ..common::mode_settings(Mode::Kiosk)
    };
    let (app, buffer) = panel_end(common::app_with_languages(settings, 100, 50));
    let read = decode(&buffer).expect("a phone can read the code");
    assert!(read.contains("FN:Línea 988"), "{read:?}");
    assert!(read.contains("NOTE:"), "the kiosk's own help: {read:?}");
    assert_eq!(read, lantern::screens::crisis::card(&app.ctx()));
}

#[test]
fn no_code_in_ascii_or_mono_or_where_it_does_not_fit_and_988_stays_first() {
    let ascii = lantern::config::Settings {
        ascii: true,
        ..lantern::config::Settings::default()
    };
    let mono = lantern::config::Settings {
        theme: ThemeName::Mono,
        ..lantern::config::Settings::default()
    };
    for (settings, width, height) in [
        (ascii, 80, 40),
        (mono, 80, 40),
        (lantern::config::Settings::default(), 40, 12),
        // Too short for the whole code at once: a camera cannot read part of one.
        (lantern::config::Settings::default(), 80, 24),
    ] {
        let (app, buffer) = panel_end(common::app_with(settings, width, height));
        assert_eq!(decode(&buffer), None);
        let cells: String = buffer.content.iter().map(|c| c.symbol()).collect();
        assert!(!cells.contains('▀'), "no half blocks at {width}x{height}");
        let mut top = app.clone();
        top.update(Action::Top);
        let screen = common::screen_text(&top).join("\n");
        assert!(screen.contains("988"), "{screen}");
    }
}
