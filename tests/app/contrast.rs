//! Every text style of every theme reads on light and dark terminals alike: its foreground
//! against the background it is drawn on has a contrast ratio of at least 4.5:1 (WCAG 2,
//! level AA), computed for xterm's and VTE's (GNOME Terminal's) default 16-colour palettes,
//! each with a white and with a black default background.
//!
//! Checked twice: each style of each theme as the theme defines it (every field, every tone,
//! every callout), and every cell with text on it of many real screens, so styles drawn over
//! one another (a button in the header, a search match over a callout) are checked as drawn.

use crate::common::{app_with, apply, draw};
use lantern::app::{Action, Action::*, App};
use lantern::config::{Mode, Settings, ThemeName};
use lantern::content::CalloutKind;
use lantern::document::Tone;
use lantern::ui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier, Style};

/// WCAG 2's minimum for normal text (success criterion 1.4.3).
const MINIMUM: f64 = 4.5;

type Rgb = [u8; 3];
/// Colours 0 to 15, as 0xRRGGBB.
type Palette = [u32; 16];

const fn hex(value: u32) -> Rgb {
    [(value >> 16) as u8, (value >> 8) as u8, value as u8]
}

const BLACK: Rgb = hex(0x000000);
const WHITE: Rgb = hex(0xffffff);

/// xterm's colour app-defaults, XTerm-col.ad: black, red3, green3, yellow3, blue2, magenta3,
/// cyan3, gray90, gray50, red, green, yellow, rgb:5c/5c/ff, magenta, cyan, white (the names'
/// values from X11's rgb.txt).
const XTERM: Palette = [
    0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd, 0xe5e5e5, 0x7f7f7f,
    0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff,
];

/// GNOME Terminal's default profile palette (its "GNOME" scheme), the `palette` key of
/// gnome-terminal's src/org.gnome.Terminal.gschema.xml (GNOME/gnome-terminal at 707ccd1e,
/// last changed in 84a9222c, 2024: "prefs, schema: Slightly adjust the GNOME palette").
const GNOME_TERMINAL: Palette = [
    0x1e1e1e, 0xc01c28, 0x26a269, 0xa2734c, 0x12488b, 0xa347ba, 0x2aa1b3, 0xcfcfcf, 0x5d5d5d,
    0xf66151, 0x33d17a, 0xe9ad0c, 0x2a7bde, 0xc061cb, 0x33c7de, 0xffffff,
];

/// Tango, GNOME Terminal's default until f3c8464b (2020) replaced it in the same schema key,
/// and still the palette of many VTE terminals.
const TANGO: Palette = [
    0x2e3436, 0xcc0000, 0x4e9a06, 0xc4a000, 0x3465a4, 0x75507b, 0x06989a, 0xd3d7cf, 0x555753,
    0xef2929, 0x8ae234, 0xfce94f, 0x729fcf, 0xad7fa8, 0x34e2e2, 0xeeeeec,
];

/// VTE's own palette, for a VTE terminal that sets none: `Terminal::set_colors` in VTE's
/// src/vte.cc (GNOME/vte at 1f53b481): 0xc000 per channel for 1 to 7, plus 0x3fff for 8 to 15.
const VTE: Palette = [
    0x000000, 0xc00000, 0x00c000, 0xc0c000, 0x0000c0, 0xc000c0, 0x00c0c0, 0xc0c0c0, 0x3f3f3f,
    0xff3f3f, 0x3fff3f, 0xffff3f, 0x3f3fff, 0xff3fff, 0x3fffff, 0xffffff,
];

/// A terminal as lantern sees it: a palette and the default colours (`Color::Reset`).
struct Terminal {
    name: &'static str,
    palette: &'static Palette,
    default_fg: Rgb,
    default_bg: Rgb,
}

const fn light(name: &'static str, palette: &'static Palette) -> Terminal {
    Terminal {
        name,
        palette,
        default_fg: BLACK,
        default_bg: WHITE,
    }
}

const fn dark(name: &'static str, palette: &'static Palette) -> Terminal {
    Terminal {
        name,
        palette,
        default_fg: WHITE,
        default_bg: BLACK,
    }
}

const TERMINALS: [Terminal; 9] = [
    light("xterm, white", &XTERM),
    dark("xterm, black", &XTERM),
    // XTerm-col.ad itself: black on gray90.
    Terminal {
        name: "xterm, gray90",
        palette: &XTERM,
        default_fg: BLACK,
        default_bg: hex(0xe5e5e5),
    },
    light("GNOME Terminal, white", &GNOME_TERMINAL),
    dark("GNOME Terminal, black", &GNOME_TERMINAL),
    light("Tango, white", &TANGO),
    dark("Tango, black", &TANGO),
    light("VTE, white", &VTE),
    dark("VTE, black", &VTE),
];

/// The 256-colour indices past 16 are the same in xterm and VTE: a 6×6×6 cube, then greys.
fn indexed(index: u8, palette: &Palette) -> Rgb {
    match index {
        0..=15 => hex(palette[usize::from(index)]),
        16..=231 => {
            let level = |n: u8| if n == 0 { 0 } else { 55 + 40 * n };
            let n = index - 16;
            [level(n / 36), level(n / 6 % 6), level(n % 6)]
        }
        _ => {
            let grey = 8 + 10 * (index - 232);
            [grey; 3]
        }
    }
}

fn rgb(color: Color, terminal: &Terminal, default: Rgb) -> Rgb {
    match (color, lantern::frames::palette_index(color)) {
        (Color::Rgb(r, g, b), _) => [r, g, b],
        (_, Some(index)) => indexed(index, terminal.palette),
        (_, None) => default,
    }
}

/// The colours a terminal shows for text in these colours and modifiers.
///
/// - Dim: xterm and VTE both take two thirds of each channel of the foreground ("magic
///   formula taken from xterm", VTE's `rgb_from_index`), of palette colours only, before
///   reverse video.
/// - Bold changes no colour here. xterm's `boldColors` (on by default) turns colours 0-7 to
///   8-15 only when set by SGR 30-37, never by `38;5;n` (`setExtendedFG`, charproc.c); VTE
///   brightens only its legacy 30-37 colours and only with bold-is-bright, off by default
///   (`determine_colors`, vte.cc). lantern writes every colour as `38;5;n`:
///   `colours_are_written_as_256_colour_indices` below keeps that true.
fn shown(fg: Color, bg: Color, modifier: Modifier, terminal: &Terminal) -> (Rgb, Rgb) {
    let mut fore = rgb(fg, terminal, terminal.default_fg);
    let back = rgb(bg, terminal, terminal.default_bg);
    if modifier.contains(Modifier::DIM) && !matches!(fg, Color::Rgb(..)) {
        fore = fore.map(|c| (u16::from(c) * 2 / 3) as u8);
    }
    if modifier.contains(Modifier::REVERSED) {
        (back, fore)
    } else {
        (fore, back)
    }
}

/// WCAG 2 relative luminance: sRGB channels linearised (0.03928 threshold), then weighted.
fn luminance(colour: Rgb) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(colour[0]) + 0.7152 * linear(colour[1]) + 0.0722 * linear(colour[2])
}

fn ratio(a: Rgb, b: Rgb) -> f64 {
    let (a, b) = (luminance(a), luminance(b));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

/// The lowest contrast of text in these colours over all the terminals, and where.
fn worst(fg: Color, bg: Color, modifier: Modifier) -> (f64, &'static str) {
    TERMINALS
        .iter()
        .map(|t| {
            let (fore, back) = shown(fg, bg, modifier, t);
            (ratio(fore, back), t.name)
        })
        .fold((f64::INFINITY, ""), |a, b| if b.0 < a.0 { b } else { a })
}

/// A style as drawn: what it sets, over what is under it.
fn worst_of(style: Style, under: Style) -> (f64, &'static str) {
    let drawn = under.patch(style);
    worst(
        drawn.fg.unwrap_or(Color::Reset),
        drawn.bg.unwrap_or(Color::Reset),
        drawn.add_modifier - drawn.sub_modifier,
    )
}

const KINDS: [CalloutKind; 3] = [
    CalloutKind::KeyFact,
    CalloutKind::Warning,
    CalloutKind::Takeaway,
];

/// Every tone, so a theme's `tone` is checked for each; the match fails to compile when a
/// tone is added, to be added here too.
fn all_tones() -> Vec<Tone> {
    let mut tones = vec![
        Tone::Body,
        Tone::Title,
        Tone::Heading,
        Tone::Dim,
        Tone::Strong,
        Tone::Term,
        Tone::Citation,
        Tone::Bullet,
        Tone::TableHeader,
        Tone::TableRule,
        Tone::Urgent,
        Tone::Selected,
    ];
    for kind in KINDS {
        tones.push(Tone::CalloutBar(kind));
        tones.push(Tone::CalloutLabel(kind));
    }
    for tone in &tones {
        match tone {
            Tone::Body
            | Tone::Title
            | Tone::Heading
            | Tone::Dim
            | Tone::Strong
            | Tone::Term
            | Tone::Citation
            | Tone::Bullet
            | Tone::CalloutBar(_)
            | Tone::CalloutLabel(_)
            | Tone::TableHeader
            | Tone::TableRule
            | Tone::Urgent
            | Tone::Selected => {}
        }
    }
    tones
}

/// Every style a theme has, by name: each field (taken apart with no `..`, so a new field
/// fails to compile until it is listed) and what each tone gives.
fn styles_of(theme: &Theme) -> Vec<(String, Style)> {
    let Theme {
        base,
        header,
        header_title,
        dim,
        selected,
        crisis_badge,
        crisis_border,
        crisis_title,
        crisis_name,
        key,
        search_match,
        field,
        cursor,
        button,
        notice,
        title,
        heading,
        strong,
        term,
        citation,
        bullet,
        callout_bars,
        callout_labels,
    } = *theme;
    let mut styles: Vec<(String, Style)> = [
        ("base", base),
        ("header", header),
        ("header_title", header_title),
        ("dim", dim),
        ("selected", selected),
        ("crisis_badge", crisis_badge),
        ("crisis_border", crisis_border),
        ("crisis_title", crisis_title),
        ("crisis_name", crisis_name),
        ("key", key),
        ("search_match", search_match),
        ("field", field),
        ("cursor", cursor),
        ("button", button),
        ("notice", notice),
        ("title", title),
        ("heading", heading),
        ("strong", strong),
        ("term", term),
        ("citation", citation),
        ("bullet", bullet),
    ]
    .into_iter()
    .map(|(name, style)| (name.to_string(), style))
    .collect();
    for (i, kind) in KINDS.iter().enumerate() {
        styles.push((format!("callout_bars[{kind:?}]"), callout_bars[i]));
        styles.push((format!("callout_labels[{kind:?}]"), callout_labels[i]));
    }
    for tone in all_tones() {
        styles.push((format!("tone({tone:?})"), theme.tone(tone)));
    }
    // The header's buttons are drawn over the header, not over the page.
    styles.push(("button over header".into(), header.patch(button)));
    styles
}

#[test]
fn every_style_of_every_theme_reads_on_light_and_dark_terminals() {
    let mut failures = Vec::new();
    for name in ThemeName::ALL {
        let theme = Theme::named(name);
        let mut lowest = (f64::INFINITY, String::new());
        for (what, style) in styles_of(theme) {
            let (contrast, terminal) = worst_of(style, theme.base);
            if contrast < lowest.0 {
                lowest = (contrast, format!("{what} in {terminal}"));
            }
            if contrast < MINIMUM {
                failures.push(format!(
                    "{}: {what} {style:?} is {contrast:.2}:1 in {terminal}",
                    name.name()
                ));
            }
        }
        eprintln!("{}: lowest {:.2}:1 ({})", name.name(), lowest.0, lowest.1);
    }
    assert!(
        failures.is_empty(),
        "styles below {MINIMUM}:1:\n{}",
        failures.join("\n")
    );
}

/// Screens to draw: the settings they start from, and the actions that lead to them.
fn screens() -> Vec<(&'static str, Settings, Vec<Action>)> {
    let personal = Settings::default();
    let kiosk = Settings {
        mode: Mode::Kiosk,
        mouse: true,
        admin_pin: Some("2468".into()),
        local_help: vec![lantern::config::LocalHelp::front_desk()],
        ..Settings::default()
    };
    let counselor = Settings {
        mode: Mode::Counselor,
        ..Settings::default()
    };
    let mut search = vec![Choose(0), OpenSearch];
    search.extend("ketamine".chars().map(Input));
    let mut found = search.clone();
    found.extend([Down, Select]);
    let p = || personal.clone();
    vec![
        ("welcome", p(), vec![]),
        ("contents", p(), vec![Choose(0), Down]),
        ("help", p(), vec![Choose(0), Digit(1), ToggleHelp]),
        ("crisis", p(), vec![Choose(0), Digit(2), OpenCrisis]),
        ("crisis end", p(), vec![OpenCrisis, Bottom]),
        ("search", p(), search),
        ("search match", p(), found),
        ("glossary", p(), vec![Choose(0), OpenGlossary]),
        ("sources", p(), vec![Choose(0), OpenSources, PageDown]),
        ("self-check intro", p(), vec![Choose(1)]),
        ("self-check", p(), vec![Choose(1), Select, Choose(2), Down]),
        ("safety", p(), vec![Choose(1), Select, Choose(1)]),
        ("settings", p(), vec![OpenSettings, Down]),
        ("kiosk", kiosk.clone(), vec![]),
        ("kiosk crisis", kiosk.clone(), vec![OpenCrisis]),
        ("kiosk reader", kiosk.clone(), vec![Choose(0), Digit(3)]),
        (
            "still there",
            kiosk.clone(),
            vec![
                Choose(0),
                Digit(2),
                Tick(std::time::Duration::from_secs(127)),
            ],
        ),
        (
            "staff PIN",
            kiosk,
            vec![AdminExit, Input('1'), Input('2'), Select, Input('3')],
        ),
        (
            "prompts",
            counselor.clone(),
            vec![Choose(0), Digit(5), TogglePrompts],
        ),
        ("new client", counselor, vec![Choose(0), NewClient]),
    ]
}

/// What was found on screens: the lowest contrast, each style below the minimum with the
/// first place it was seen, and every style text was drawn in.
struct Findings {
    lowest: (f64, String),
    failing: std::collections::BTreeMap<String, String>,
    seen: Vec<(Color, Color, Modifier)>,
}

impl Findings {
    fn new() -> Self {
        Findings {
            lowest: (f64::INFINITY, String::new()),
            failing: Default::default(),
            seen: Vec::new(),
        }
    }

    /// Every cell with text on it.
    fn check(&mut self, buffer: &Buffer, what: &str) {
        let width = usize::from(buffer.area.width);
        for (i, cell) in buffer.content().iter().enumerate() {
            if cell.symbol().trim().is_empty() {
                continue;
            }
            let drawn = (cell.fg, cell.bg, cell.modifier);
            if !self.seen.contains(&drawn) {
                self.seen.push(drawn);
            }
            let (contrast, terminal) = worst(cell.fg, cell.bg, cell.modifier);
            let place = format!(
                "{what}, {:?} at ({}, {})",
                cell.symbol(),
                i % width,
                i / width
            );
            let colours = format!("{:?} on {:?}, {:?}", cell.fg, cell.bg, cell.modifier);
            if contrast < self.lowest.0 {
                self.lowest = (contrast, format!("{colours} in {terminal}: {place}"));
            }
            if contrast < MINIMUM {
                self.failing
                    .entry(format!("{colours}: {contrast:.2}:1 in {terminal}"))
                    .or_insert(place);
            }
        }
    }
}

fn themed(settings: &Settings, theme: ThemeName, width: u16, height: u16) -> App {
    app_with(
        Settings {
            theme,
            ..settings.clone()
        },
        width,
        height,
    )
}

#[test]
fn every_cell_with_text_reads_on_light_and_dark_terminals() {
    let mut failures = Vec::new();
    for name in ThemeName::ALL {
        let mut found = Findings::new();
        for (width, height) in [(80, 24), (40, 12)] {
            for (what, settings, actions) in screens() {
                let mut app = themed(&settings, name, width, height);
                apply(&mut app, &actions);
                found.check(draw(&app).backend().buffer(), what);
            }
            // Every page of every section: headings, callouts, tables, citations, sources.
            let mut app = themed(&Settings::default(), name, width, height);
            apply(&mut app, &[Choose(0), Digit(1)]);
            for section in 0..app.pack.sections.len() {
                let mut last = None;
                for page in 0..200 {
                    let buffer = draw(&app).backend().buffer().clone();
                    if last.as_ref() == Some(&buffer) {
                        break;
                    }
                    found.check(&buffer, &format!("section {} page {page}", section + 1));
                    last = Some(buffer);
                    app.update(PageDown);
                }
                app.update(NextSection);
            }
        }
        // Below the minimum size: the compact notice, and the crisis panel without a border.
        for actions in [&[][..], &[OpenCrisis]] {
            let mut app = themed(&Settings::default(), name, 30, 8);
            apply(&mut app, actions);
            found.check(draw(&app).backend().buffer(), "compact");
        }
        eprintln!(
            "{} on screen: lowest {:.2}:1 ({})",
            name.name(),
            found.lowest.0,
            found.lowest.1
        );
        // The screens do reach the callouts, so their labels' colours are checked as drawn.
        let theme = Theme::named(name);
        for kind in KINDS {
            let label = theme.base.patch(theme.tone(Tone::CalloutLabel(kind)));
            let drawn = (
                label.fg.unwrap_or(Color::Reset),
                label.bg.unwrap_or(Color::Reset),
                label.add_modifier,
            );
            assert!(found.seen.contains(&drawn), "{name:?}: no {kind:?} label");
        }
        for (colours, place) in found.failing {
            failures.push(format!("{}: {colours}, first at {place}", name.name()));
        }
    }
    assert!(
        failures.is_empty(),
        "text below {MINIMUM}:1:\n{}",
        failures.join("\n")
    );
}

/// Mono draws no colour at all, so it holds on any terminal whatever its palette.
#[test]
fn mono_sets_no_colour_in_any_style() {
    for (what, style) in styles_of(Theme::named(ThemeName::Mono)) {
        assert_eq!(style.fg, None, "{what}");
        assert_eq!(style.bg, None, "{what}");
    }
}

/// The bold rule above rests on this: lantern writes every colour as a 256-colour index
/// (`38;5;n`, `48;5;n`), never as SGR 30-37 or 90-97, which xterm would brighten when bold.
#[test]
fn colours_are_written_as_256_colour_indices() {
    let mut app = themed(&Settings::default(), ThemeName::HighContrast, 80, 24);
    apply(&mut app, &[Choose(0), Digit(4), OpenCrisis]);
    let mut frames = lantern::frames::Frames::new(Vec::new(), app.area, false);
    frames.draw(&app).expect("draw to memory");
    let bytes = String::from_utf8_lossy(frames.out()).into_owned();
    let mut sgr_seen = 0;
    for sequence in bytes.split("\x1b[").skip(1) {
        let Some(end) = sequence.find(|c: char| c.is_ascii_alphabetic()) else {
            continue;
        };
        if !sequence[end..].starts_with('m') {
            continue;
        }
        sgr_seen += 1;
        let params: Vec<&str> = sequence[..end].split(';').collect();
        let mut i = 0;
        while i < params.len() {
            match params[i] {
                // 38;5;n and 38;2;r;g;b: skip the colour's own numbers.
                "38" | "48" | "58" => {
                    i += if params.get(i + 1) == Some(&"2") {
                        5
                    } else {
                        3
                    }
                }
                p => {
                    let n: u32 = p.parse().unwrap_or(0);
                    assert!(
                        !(30..=37).contains(&n) && !(90..=97).contains(&n),
                        "a legacy colour code in {sequence:?}"
                    );
                    i += 1;
                }
            }
        }
    }
    assert!(sgr_seen > 0, "the frame sets some attributes");
    if std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) {
        assert!(bytes.contains("38;5;"), "colours are written: {bytes:?}");
    }
}
