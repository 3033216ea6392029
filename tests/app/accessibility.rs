//! Accessibility: each theme, colour never the only signal, ASCII mode, and text that is
//! hard to lay out (wide characters, combining marks, long words) at many sizes.

use crate::common;

use crate::common::{app_with, apply, buffer_lines, draw, fixture};
use lantern::app::{Action::*, App};
use lantern::config::{Settings, ThemeName};
use lantern::ui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

fn themed(theme: ThemeName, width: u16, height: u16) -> App {
    app_with(
        Settings {
            theme,
            ..Settings::default()
        },
        width,
        height,
    )
}

fn buffer(app: &App) -> Buffer {
    draw(app).backend().buffer().clone()
}

/// The cells of a row whose text contains `needle`, from where it starts.
fn cells_of<'a>(buf: &'a Buffer, needle: &str) -> Vec<&'a ratatui::buffer::Cell> {
    let lines = buffer_lines(buf);
    let row = lines
        .iter()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle:?} not on screen:\n{}", lines.join("\n")));
    let column = common::column_of(&lines[row], needle).expect("column");
    let width = u16::try_from(unicode_width::UnicodeWidthStr::width(needle)).expect("fits");
    (column..column + width)
        .map(|x| &buf[(x, u16::try_from(row).expect("fits"))])
        .collect()
}

/// Whether a cell stands out from running text without relying on hue alone: reverse
/// video, or a background of its own, and bold.
fn stands_out(cell: &ratatui::buffer::Cell, theme: &Theme) -> bool {
    let base_bg = theme.base.bg.unwrap_or(Color::Reset);
    let own_background = cell.modifier.contains(Modifier::REVERSED) || cell.bg != base_bg;
    own_background && cell.modifier.contains(Modifier::BOLD)
}

#[test]
fn the_crisis_help_stands_out_in_every_theme() {
    for name in ThemeName::ALL {
        let theme = Theme::named(name);
        let mut app = themed(name, 80, 24);
        // The footer badge, on a plain screen.
        let buf = buffer(&app);
        for cell in cells_of(&buf, "Call or text 988") {
            assert!(stands_out(cell, theme), "{name:?} badge: {cell:?}");
        }
        // The panel: its title stands out, its border is bold, 988's name is marked.
        apply(&mut app, &[OpenCrisis]);
        let buf = buffer(&app);
        for cell in cells_of(&buf, " Get help now ") {
            assert!(stands_out(cell, theme), "{name:?} title: {cell:?}");
        }
        let border = &buf[(0, 5)];
        assert_eq!(border.symbol(), "║", "double border");
        assert!(
            border.modifier.contains(Modifier::BOLD),
            "{name:?}: {border:?}"
        );
        for cell in cells_of(&buf, "988 Suicide & Crisis Lifeline") {
            assert!(cell.modifier.contains(Modifier::BOLD), "{name:?}: {cell:?}");
        }
    }
}

#[test]
fn selection_and_search_matches_never_rely_on_colour() {
    for name in ThemeName::ALL {
        let mut app = themed(name, 80, 24);
        apply(&mut app, &[Choose(0)]);
        let buf = buffer(&app);
        let selected = cells_of(&buf, "▶  1  When depression");
        for cell in &selected {
            assert!(cell.modifier.contains(Modifier::BOLD), "{name:?}: {cell:?}");
        }
        assert!(
            selected
                .iter()
                .all(|c| c.modifier.contains(Modifier::REVERSED) || c.bg != Color::Reset),
            "{name:?}: the selected row is reversed or has its own background"
        );
        apply(
            &mut app,
            &[
                OpenSearch,
                Input('b'),
                Input('l'),
                Input('a'),
                Input('d'),
                Input('d'),
                Input('e'),
                Input('r'),
                Select,
            ],
        );
        let buf = buffer(&app);
        let marked: Vec<_> = buf
            .content()
            .iter()
            .filter(|c| {
                c.modifier.contains(Modifier::BOLD | Modifier::UNDERLINED)
                    && c.symbol().chars().all(char::is_alphabetic)
            })
            .collect();
        assert!(
            marked.len() >= 7,
            "{name:?}: the match is bold and underlined"
        );
    }
}

#[test]
fn the_readme_describes_the_welcome_selection_as_it_is_drawn() {
    for name in ThemeName::ALL {
        let buf = buffer(&themed(name, 80, 24));
        // Marker and bold, not reverse video: the welcome menu is not a list of rows.
        for cell in cells_of(&buf, "▶ 1 Read") {
            assert!(cell.modifier.contains(Modifier::BOLD), "{name:?}: {cell:?}");
            assert!(
                !cell.modifier.contains(Modifier::REVERSED),
                "{name:?}: {cell:?}"
            );
        }
        for cell in cells_of(&buf, "2 Self-check") {
            assert!(
                !cell.modifier.contains(Modifier::BOLD),
                "{name:?}: {cell:?}"
            );
        }
    }
    let readme = include_str!("../../README.md");
    let bullet = readme
        .split("- **Colour is never the only signal.**")
        .nth(1)
        .and_then(|rest| rest.split("\n- ").next())
        .expect("the README's bullet on colour");
    let said = bullet.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(said.contains("on the welcome menu it is bold"), "{said}");
}

#[test]
fn mono_uses_no_colour_at_all() {
    let mut app = themed(ThemeName::Mono, 80, 24);
    let screens: &[&[lantern::app::Action]] = &[
        &[],
        &[Choose(0)],
        &[Digit(4), PageDown, PageDown],
        &[OpenCrisis],
        &[Back, OpenSearch, Input('k')],
        &[Back, Back, Back, Choose(1), Select, Choose(1)],
        &[ToggleHelp],
    ];
    for actions in screens {
        apply(&mut app, actions);
        let buf = buffer(&app);
        for cell in buf.content() {
            assert_eq!(cell.fg, Color::Reset, "{actions:?}: {cell:?}");
            assert_eq!(cell.bg, Color::Reset, "{actions:?}: {cell:?}");
        }
    }
}

#[test]
fn high_contrast_paints_its_own_background() {
    let app = themed(ThemeName::HighContrast, 80, 24);
    let buf = buffer(&app);
    let body = &buf[(40, 12)];
    assert_eq!(body.bg, Color::Black);
}

/// Reader and crisis panel in each theme, styles included, so a change to any style shows.
#[test]
fn theme_snapshots() {
    for name in ThemeName::ALL {
        let mut app = themed(name, 80, 24);
        apply(&mut app, &[Choose(0), Digit(4)]);
        let reader = app
            .reader_lines()
            .iter()
            .position(|l| l.text().contains("Side effect"));
        for _ in 0..reader.unwrap_or(0).saturating_sub(4) {
            app.update(Down);
        }
        insta::assert_debug_snapshot!(format!("theme_{}_reader", name.name()), buffer(&app));
        apply(&mut app, &[OpenCrisis]);
        insta::assert_debug_snapshot!(format!("theme_{}_crisis", name.name()), buffer(&app));
    }
}

fn ascii_app(width: u16, height: u16) -> App {
    app_with(
        Settings {
            ascii: true,
            mouse: true,
            ..Settings::default()
        },
        width,
        height,
    )
}

fn assert_all_ascii(app: &App, what: &str) {
    let lines = buffer_lines(&buffer(app));
    for line in &lines {
        assert!(
            line.is_ascii(),
            "{what} at {:?}: {line:?}\n{}",
            app.area,
            lines.join("\n")
        );
    }
}

#[test]
fn ascii_mode_draws_only_ascii_on_every_screen() {
    for (width, height) in [(80, 24), (40, 12), (30, 8), (160, 50)] {
        let mut app = ascii_app(width, height);
        let steps: &[(&str, &[lantern::app::Action])] = &[
            ("welcome", &[]),
            ("contents", &[Choose(0)]),
            ("reader table", &[Digit(4), PageDown, PageDown]),
            ("reader end", &[Bottom]),
            ("crisis", &[OpenCrisis]),
            ("help", &[Back, ToggleHelp]),
            (
                "search",
                &[ToggleHelp, OpenSearch, Input('k'), Input('e'), Input('t')],
            ),
            ("glossary", &[Back, OpenGlossary]),
            ("sources", &[OpenSources]),
            (
                "self-check",
                &[Back, Back, Back, Back, Back, Choose(1), Select, Choose(1)],
            ),
            ("settings", &[Back, Back, OpenSettings]),
        ];
        for (what, actions) in steps {
            apply(&mut app, actions);
            assert_all_ascii(&app, what);
        }
    }
    let mut app = ascii_app(80, 24);
    apply(&mut app, &[Choose(0), Digit(4), PageDown, PageDown]);
    insta::assert_snapshot!("ascii_reader_80x24", draw(&app).backend());
    apply(&mut app, &[OpenCrisis]);
    insta::assert_snapshot!("ascii_crisis_80x24", draw(&app).backend());
}

/// A pack whose first section is full of text that is hard to lay out.
fn hard_text_pack() -> lantern::content::Pack {
    let dir = tempfile::tempdir().expect("temp dir");
    fixture::copy_builtin(dir.path());
    let file = fixture::first_section(dir.path());
    fixture::edit(dir.path(), &file, |text| {
        text.replacen(
            "title = \"When depression is hard to treat\"",
            "title = \"抑郁症 治疗 When depression 😊 is hard to treat 👩‍👩‍👧 too\"",
            1,
        )
        .replacen(
            "[[block]]\nheading = \"You are not the problem\"",
            "[[block]]\nheading = \"You are not the problem 你不是问题\"\n\n\
             [[block]]\nparagraph = \"日本語の文章はスペースなしで続きますので折り返しは文字ごとに行われる必要があります。\
             Cafe\\u0301 nai\\u0308ve re\\u0301sume\\u0301 — a\\u0300\\u0301\\u0302 stacked marks. \
             Emoji 👍🏽 and 🇺🇸 flags. Averyveryverylongwordwithoutanybreakswhatsoeverthatkeepsgoingandgoingandgoingandgoingpastanywidth end.\"",
            1,
        )
    });
    match lantern::content::load(Some(dir.path())) {
        Ok(loaded) => loaded.pack,
        Err(problems) => panic!("the hard-text pack should load: {problems:#?}"),
    }
}

#[test]
fn wide_and_combining_characters_never_break_the_layout() {
    let pack = hard_text_pack();
    for ascii in [false, true] {
        for (width, height) in [
            (250, 80),
            (80, 24),
            (41, 13),
            (40, 12),
            (39, 11),
            (12, 4),
            (1, 1),
        ] {
            let mut app = App::with_settings(
                pack.clone(),
                Settings {
                    ascii,
                    ..Settings::default()
                },
                None,
            );
            app.update(Resize { width, height });
            apply(&mut app, &[Choose(0)]);
            let _ = draw(&app);
            apply(&mut app, &[Digit(1)]);
            for _ in 0..40 {
                let _ = draw(&app);
                // A wide character needs two columns; only a one-column text cannot hold it.
                for line in app.reader_lines() {
                    assert!(
                        line.width() <= app.layouts.width().max(2),
                        "a line wider than the text at {width}x{height}: {:?}",
                        line.text()
                    );
                }
                app.update(PageDown);
            }
            apply(&mut app, &[OpenSearch, Input('文'), Back, OpenCrisis]);
            let _ = draw(&app);
            if ascii {
                assert_all_ascii(&app, "hard text");
            }
        }
    }
    // The title keeps its characters whole: no cell starts with a combining mark.
    let mut app = App::with_settings(pack, Settings::default(), None);
    app.update(Resize {
        width: 41,
        height: 20,
    });
    apply(&mut app, &[Choose(0), Digit(1), Down, Down, Down, Down]);
    let buf = buffer(&app);
    for cell in buf.content() {
        let first = cell.symbol().chars().next().unwrap_or(' ');
        assert!(
            !('\u{300}'..='\u{36f}').contains(&first),
            "a combining mark split from its letter: {:?}",
            cell.symbol()
        );
    }
}
