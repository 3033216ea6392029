//! Drawing the app: a pure function of its state. The frame around the screen, the screen
//! on show, then the panels and boxes open over it, in the order they stack; each is drawn
//! by its own module.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::{App, OpenOverlay, Overlay, Screen, Stage};
use crate::screens::cover::Cover;
use crate::screens::pages::Page;
use crate::screens::{chrome, crisis, dialog, help, Ctx};
use crate::ui::{ascii, geometry as layout};

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.is_empty() {
            return;
        }
        render_app(self, area, buf);
        if self.settings.ascii {
            ascii::fold(area, buf);
        }
    }
}

fn render_app(app: &App, area: Rect, buf: &mut Buffer) {
    let ctx = app.ctx();
    let theme = ctx.theme();
    // The default theme's base is the terminal's own colours: nothing to paint.
    if theme.base != ratatui::style::Style::new() {
        buf.set_style(area, theme.base);
    }
    if let Some(cover) = app.covers.last() {
        // The neutral page hides everything under it; only panels opened since (the
        // crisis panel) are drawn over it.
        Cover::render(&ctx, area, buf);
        for overlay in app.overlays.iter().skip(cover.below) {
            render_overlay(app, &ctx, overlay, area, buf);
        }
        return;
    }
    if layout::too_small(area) {
        match app
            .overlays
            .iter()
            .rev()
            .find(|o| o.kind == Overlay::Crisis)
        {
            Some(top) => crisis::render(&ctx, top.scroll, app.crisis_extra(top), area, buf),
            None => chrome::render_too_small(&ctx, area, buf),
        }
        return;
    }
    let areas = layout::areas(area);
    chrome::render_header(&ctx, &place(app), app.can_go_back(), areas.header, buf);
    let body = areas.body;
    match app.screen {
        Screen::Welcome => app.welcome.render(&ctx, body, buf),
        Screen::Contents => app.contents.render(&ctx, &app.visited, body, buf),
        Screen::Reader => app.reader.render(&ctx, area, buf),
        Screen::Search => app.search.render(&ctx, body, buf),
        Screen::Glossary => app.glossary.render(&ctx, Page::Glossary, area, buf),
        Screen::Sources => app.sources.render(&ctx, Page::Sources, area, buf),
        Screen::SelfCheck => app.self_check.render(&ctx, area, buf),
        Screen::Settings => app.settings_screen.render(&ctx, body, buf),
        Screen::Plan => app.plan.render(&ctx, body, buf),
    }
    chrome::render_footer(&ctx, app.context(), areas.footer, buf);
    if let Some(notice) = &app.notice {
        chrome::render_notice(theme, &notice.text(ctx.text()), areas, buf);
    }
    for overlay in &app.overlays {
        render_overlay(app, &ctx, overlay, area, buf);
    }
    if let Some(seconds) = app.still_there() {
        dialog::render_still_there(&ctx, seconds, area, buf);
    }
}

fn render_overlay(app: &App, ctx: &Ctx, overlay: &OpenOverlay, area: Rect, buf: &mut Buffer) {
    match overlay.kind {
        Overlay::Help => help::render(ctx, overlay.scroll, app.help_context(), area, buf),
        Overlay::Crisis => {
            crisis::render(ctx, overlay.scroll, app.crisis_extra(overlay), area, buf)
        }
        Overlay::Confirm(question) => dialog::render_confirm(ctx, question, area, buf),
        Overlay::AdminPin => app.pin.render(ctx, area, buf),
    }
}

/// Where the person is, as the header says it.
fn place(app: &App) -> String {
    let text = app.text();
    match app.screen {
        Screen::Welcome => text.place_welcome.to_string(),
        Screen::Contents => text.place_contents.to_string(),
        Screen::Reader => (text.place_section)(app.reader.section + 1, app.pack.sections.len()),
        Screen::Search => text.place_search.to_string(),
        Screen::Glossary => text.place_glossary.to_string(),
        Screen::Sources => text.place_sources.to_string(),
        Screen::Settings => text.place_settings.to_string(),
        Screen::Plan => text.plan_place.to_string(),
        Screen::SelfCheck => match app.self_check.stage {
            Stage::Question(i) => {
                (text.place_question)(i + 1, app.pack.questionnaire.questions.len())
            }
            _ => text.place_self_check.to_string(),
        },
    }
}

impl App {
    /// There is a screen or a panel to go back from (the header's "‹ Back" shows).
    pub fn can_go_back(&self) -> bool {
        self.screen != Screen::Welcome || !self.overlays.is_empty()
    }
}
