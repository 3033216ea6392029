//! The welcome screen: what lantern is and is not, and where to go.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use unicode_width::UnicodeWidthStr;

use super::{Ctx, Screen, Step};
use crate::config::Mode;
use crate::content::{Pack, PackMeta};
use crate::document::{Anchor, DocLine, Lines, Run, Tone};
use crate::i18n::{Catalog, Lang};
use crate::input::action::{Action, Target};
use crate::input::keymap::{CONTINUE_KEY, LANGUAGE_KEY};
use crate::ui::{draw_lines, geometry as layout, item_at, line_in};

/// The items of the welcome menu, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WelcomeItem {
    /// Back to the saved reading place (only when there is one).
    Continue,
    Read,
    SelfCheck,
    GetHelp,
    /// My plan for hard moments.
    Plan,
}

impl WelcomeItem {
    /// The number shown beside it and typed to open it; the same whether "Continue" (which
    /// has a letter instead, `keymap::CONTINUE_KEY`) is there or not.
    pub fn number(self) -> Option<usize> {
        match self {
            WelcomeItem::Continue => None,
            WelcomeItem::Read => Some(1),
            WelcomeItem::SelfCheck => Some(2),
            WelcomeItem::GetHelp => Some(3),
            WelcomeItem::Plan => Some(4),
        }
    }
}

/// The welcome screen's state: the item highlighted, and the saved reading place it offers
/// to go back to (section and place in it), when there is one.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Welcome {
    pub selected: usize,
    pub resume: Option<(usize, Anchor)>,
}

impl Welcome {
    /// The menu: "continue" first when there is a saved place.
    pub fn items(&self) -> Vec<WelcomeItem> {
        let mut items = Vec::with_capacity(4);
        if self.resume.is_some() {
            items.push(WelcomeItem::Continue);
        }
        items.extend([
            WelcomeItem::Read,
            WelcomeItem::SelfCheck,
            WelcomeItem::GetHelp,
            WelcomeItem::Plan,
        ]);
        items
    }

    pub fn update(&mut self, action: Action) -> Step {
        let last = self.items().len() - 1;
        let before = self.selected;
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(last),
            Action::Select => return self.open(self.selected),
            Action::Click(Target::WelcomeItem(i)) => {
                self.selected = i.min(last);
                return self.open(self.selected);
            }
            Action::Choose(_) | Action::ContinueReading => {
                let wanted = match action {
                    Action::Choose(n) => Some(n + 1),
                    _ => None,
                };
                if let Some(i) = self.items().iter().position(|item| item.number() == wanted) {
                    self.selected = i;
                    return self.open(i);
                }
            }
            _ => {}
        }
        Step::changed_if(self.selected != before)
    }

    fn open(&self, index: usize) -> Step {
        match self.items().get(index) {
            Some(WelcomeItem::Continue) => Step::Resume,
            Some(WelcomeItem::Read) => Step::GoTo(Screen::Contents),
            Some(WelcomeItem::SelfCheck) => Step::GoTo(Screen::SelfCheck),
            Some(WelcomeItem::GetHelp) => Step::OpenCrisis { urgent: false },
            Some(WelcomeItem::Plan) => Step::OpenPlan,
            None => Step::Unchanged,
        }
    }

    /// What a click or touch in the body hits: a menu item or a language's name.
    pub fn target(&self, ctx: &Ctx, body: Rect, here: Position) -> Option<Target> {
        let welcome = self.layout(ctx, body);
        let line = line_in(welcome.rect, here)?;
        if let Some((at, spots)) = &welcome.switch {
            if line == *at {
                let column = usize::from(here.x - welcome.rect.x);
                return spots
                    .iter()
                    .find(|s| (s.column..s.column + s.width).contains(&column))
                    .map(|s| Target::Language(s.lang));
            }
        }
        item_at(&welcome.items, line).map(Target::WelcomeItem)
    }
}

/// A menu item's name and what it leads to.
pub fn item_text(ctx: &Ctx, resume: Option<usize>, item: WelcomeItem) -> (String, String) {
    let text = ctx.text();
    match item {
        WelcomeItem::Continue => {
            let section = resume.and_then(|i| ctx.pack.sections.get(i).map(|s| (i, s)));
            (
                text.continue_reading.to_string(),
                match section {
                    Some((i, s)) => (text.where_you_left_off_in)(i + 1, &s.title),
                    None => text.where_you_left_off.to_string(),
                },
            )
        }
        // The pack's topic, not the built-in one's: any pack may be loaded.
        WelcomeItem::Read => (
            text.item_read.to_string(),
            (text.item_read_about)(&ctx.pack.meta.topic()),
        ),
        WelcomeItem::SelfCheck => (
            text.item_self_check.to_string(),
            text.item_self_check_about.to_string(),
        ),
        WelcomeItem::GetHelp => (
            text.get_help_now.to_string(),
            text.item_get_help_about.to_string(),
        ),
        WelcomeItem::Plan => (text.plan_title.to_string(), text.plan_about.to_string()),
    }
}

/// The pack's own `about`, or a plain line built from its title, so a pack on any topic
/// never shows another topic's words.
pub fn about_text(meta: &PackMeta, text: &Catalog) -> String {
    meta.about
        .clone()
        .unwrap_or_else(|| (text.about_fallback)(&meta.topic()))
}

/// What the welcome screen draws and where: its lines, the rectangle they go in, for
/// each menu item the first line and the number of lines it takes, and the language
/// switch's line with each language's columns on it (for clicks).
pub struct WelcomeLayout {
    pub lines: Vec<DocLine>,
    pub rect: Rect,
    pub items: Vec<(usize, usize)>,
    pub switch: Option<(usize, Vec<LanguageSpot>)>,
}

/// Where a language's name is on the switch's line: its first column and its width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LanguageSpot {
    pub lang: Lang,
    pub column: usize,
    pub width: usize,
}

/// The language switch, when the content is in more than one: "l  English · Español",
/// each name in its own language, so a reader of either finds theirs; the one on screen
/// is shown selected. The runs, and where each name is, counted from the switch's start.
fn language_switch(ctx: &Ctx) -> Option<(Vec<Run>, Vec<LanguageSpot>)> {
    let languages = ctx.languages;
    if languages.len() < 2 {
        return None;
    }
    // The key the keymap binds, so what is shown is what works.
    let key = LANGUAGE_KEY
        .keys
        .iter()
        .map(|k| k.label(ctx.text()))
        .collect::<Vec<_>>();
    let mut runs = vec![Run::new(format!("{}  ", key.join(" ")), Tone::Strong)];
    let mut spots = Vec::new();
    let mut column = runs[0].text.width();
    for (i, &lang) in languages.iter().enumerate() {
        if i > 0 {
            runs.push(Run::new(" · ", Tone::Dim));
            column += 3;
        }
        let name = lang.own_name();
        let tone = if lang == ctx.lang {
            Tone::Selected
        } else {
            Tone::Term
        };
        runs.push(Run::new(name, tone));
        spots.push(LanguageSpot {
            lang,
            column,
            width: name.width(),
        });
        column += name.width();
    }
    Some((runs, spots))
}

/// The menu, each item laid out on its own so a click can be matched to the item it hits;
/// `about` adds what each item leads to.
fn menu(welcome: &Welcome, ctx: &Ctx, width: usize, about: bool) -> Vec<Vec<DocLine>> {
    let mut menu = Vec::new();
    let resume = welcome.resume.map(|(i, _)| i);
    for (i, item) in welcome.items().iter().enumerate() {
        let (name, leads_to) = item_text(ctx, resume, *item);
        let selected = i == welcome.selected;
        let marker = if selected { ctx.glyphs.marker } else { "  " };
        let tone = if selected { Tone::Strong } else { Tone::Body };
        // The key that opens it, as the keymap binds it.
        let key = match item.number() {
            Some(n) => n.to_string(),
            None => CONTINUE_KEY
                .keys
                .iter()
                .map(|k| k.label(ctx.text()))
                .collect(),
        };
        let mut runs = vec![Run::new(format!("{key}  {name}"), tone)];
        if about {
            runs.push(Run::new(format!(" — {leads_to}"), Tone::Dim));
        }
        let mut lines = Lines::new(width);
        lines.push(
            &runs,
            &[Run::new(marker, tone)],
            &[Run::new("     ", Tone::Body)],
        );
        menu.push(lines.into_lines());
    }
    menu
}

/// The parts of the screen around the menu, as built for one level of detail.
struct Parts {
    head: Lines,
    /// The switch's line in `head`, and where its names are on it.
    switch: Option<(usize, Vec<LanguageSpot>)>,
    menu: Vec<Vec<DocLine>>,
    end: Lines,
}

/// How much the screen shows, most first: the first that fits is drawn.
#[derive(Clone, Copy)]
struct Detail {
    /// A blank row above everything.
    padded: bool,
    review: bool,
    about: bool,
}

const DETAILS: [Detail; 4] = [
    Detail {
        padded: true,
        review: true,
        about: true,
    },
    Detail {
        padded: false,
        review: true,
        about: true,
    },
    Detail {
        padded: false,
        review: true,
        about: false,
    },
    Detail {
        padded: false,
        review: false,
        about: false,
    },
];

/// Everything: what lantern is and is not, help, the menu, privacy and review status.
/// The language switch shares the title's line, at its right end.
fn full(welcome: &Welcome, ctx: &Ctx, width: usize, detail: Detail) -> Parts {
    let text = ctx.text();
    let meta = &ctx.pack.meta;
    let kiosk = ctx.mode() == Mode::Kiosk;
    let mut head = Lines::new(width);
    let mut switch = None;
    let title = Run::new("lantern", Tone::Title);
    match language_switch(ctx) {
        Some((runs, spots)) => {
            // At the right end of the line, at least two columns after the title.
            let switch_width: usize = runs.iter().map(|r| r.text.width()).sum();
            let title_width = title.text.width();
            let start = width.saturating_sub(switch_width).max(title_width + 2);
            let mut line = vec![title, Run::new(" ".repeat(start - title_width), Tone::Body)];
            line.extend(runs);
            let spots = spots
                .into_iter()
                .map(|s| LanguageSpot {
                    column: s.column + start,
                    ..s
                })
                .filter(|s| s.column + s.width <= width)
                .collect();
            switch = Some((head.len(), spots));
            head.line(line);
        }
        None => head.push(&[title], &[], &[]),
    }
    head.text(&meta.title, Tone::Heading);
    head.blank();
    if detail.about {
        head.text(&about_text(meta, text), Tone::Body);
        head.blank();
    }
    head.text(text.disclaimer, Tone::Strong);
    head.blank();
    if kiosk {
        head.text(text.kiosk_help, Tone::Urgent);
        head.blank();
        head.text(text.kiosk_start, Tone::Heading);
        head.blank();
    }
    let mut end = Lines::new(width);
    end.blank();
    end.text(privacy(ctx), Tone::Body);
    if detail.review {
        end.text(&review_line(ctx.pack, text), Tone::Dim);
    }
    Parts {
        head,
        switch,
        menu: menu(welcome, ctx, width, true),
        end,
    }
}

/// Too short for everything: the one line that must never be lost, the switch, the menu
/// (without what each item leads to, if even that is too long), and privacy.
fn compact(welcome: &Welcome, ctx: &Ctx, width: usize, rows: usize) -> Parts {
    let text = ctx.text();
    let mut head = Lines::new(width);
    head.text(text.not_advice_short, Tone::Strong);
    let switch = language_switch(ctx).map(|(runs, spots)| {
        let at = head.len();
        head.line(runs);
        (
            at,
            spots
                .into_iter()
                .filter(|s| s.column + s.width <= width)
                .collect(),
        )
    });
    head.blank();
    let mut menu = menu(welcome, ctx, width, true);
    if head.len() + menu.iter().map(Vec::len).sum::<usize>() > rows {
        menu = self::menu(welcome, ctx, width, false);
    }
    let mut end = Lines::new(width);
    end.blank();
    end.text(privacy(ctx), Tone::Body);
    Parts {
        head,
        switch,
        menu,
        end,
    }
}

/// What review.toml says of the whole pack: when its facts were checked against their
/// sources (the sections' dates, oldest to newest), and whether a clinician reviewed it.
/// Not pack.toml's `last_reviewed`: that says only when its authors last went over it.
pub fn review_line(pack: &Pack, text: &Catalog) -> String {
    let dates = pack
        .sections
        .iter()
        .map(|s| s.review.sources_checked.as_str())
        .filter(|d| !d.is_empty());
    // ISO dates sort as text.
    let checked = match (dates.clone().min(), dates.max()) {
        (Some(oldest), Some(newest)) if oldest == newest => (text.facts_checked_on)(oldest),
        (Some(oldest), Some(newest)) => (text.facts_checked_between)(oldest, newest),
        _ => String::new(),
    };
    let clinician = match &pack.meta.reviewer {
        Some(reviewers) => (text.reviewed_by)(reviewers),
        None => text.reviewed_no_clinician.to_string(),
    };
    format!("{checked} {clinician}").trim().to_string()
}

fn privacy(ctx: &Ctx) -> &'static str {
    if ctx.mode() == Mode::Kiosk {
        ctx.text().kiosk_privacy
    } else {
        ctx.text().privacy
    }
}

impl Welcome {
    /// What the screen draws in `area`, at the most detail that fits.
    pub fn layout(&self, ctx: &Ctx, area: Rect) -> WelcomeLayout {
        let column = layout::text_column(area);
        let width = usize::from(column.width);
        let rows = usize::from(column.height);
        let fits = |parts: &Parts, padded: bool| {
            let menu: usize = parts.menu.iter().map(Vec::len).sum();
            parts.head.len() + menu + parts.end.len() + usize::from(padded) <= rows
        };
        let chosen = DETAILS.iter().find_map(|detail| {
            let parts = full(self, ctx, width, *detail);
            fits(&parts, detail.padded).then_some((parts, detail.padded))
        });
        let (parts, padded) = chosen.unwrap_or_else(|| (compact(self, ctx, width, rows), false));
        let rect = if padded {
            Rect::new(column.x, column.y + 1, column.width, column.height - 1)
        } else {
            column
        };
        let Parts {
            head,
            switch,
            menu,
            end,
        } = parts;
        let mut lines = head.into_lines();
        let mut items = Vec::new();
        for item in menu {
            items.push((lines.len(), item.len()));
            lines.extend(item);
        }
        lines.extend(end.into_lines());
        WelcomeLayout {
            lines,
            rect,
            items,
            switch,
        }
    }

    pub fn render(&self, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
        let welcome = self.layout(ctx, area);
        draw_lines(ctx.theme(), &welcome.lines, 0, welcome.rect, buf);
    }
}
