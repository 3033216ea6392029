//! Small boxes over the screen: a yes-or-no question and the kiosk's "Still there?"
//! countdown (the staff PIN field, in `pin`, uses the same box). The footer, with the
//! crisis key, stays visible under all of them.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::widgets::{Block, BorderType, Widget};
use unicode_width::UnicodeWidthStr;

use super::Ctx;
use crate::document::{DocLine, Lines, Tone};
use crate::i18n::Catalog;
use crate::input::action::Target;
use crate::ui::{clear, draw_lines, geometry as layout};

const MAX_WIDTH: u16 = 64;

/// A yes-or-no question the app asks before doing something that cannot be undone or that
/// shares something private.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    /// Counselor: wipe everything for the next client?
    NewClient,
    /// Counselor: put the self-check results in the handout?
    HandoutResults,
    /// Personal: delete the saved plan?
    DeletePlan,
    /// Counselor: put the plan in the handout?
    HandoutPlan,
}

/// What a click or touch on a question hits: its Yes or No button.
pub fn target(ctx: &Ctx, question: Confirm, here: Position) -> Option<Target> {
    let (_, yes, no) = confirm_layout(question, ctx.area, ctx.text());
    if yes.contains(here) {
        Some(Target::Yes)
    } else if no.contains(here) {
        Some(Target::No)
    } else {
        None
    }
}

/// A box of `text_rows` rows of text (plus border and padding), centred over the body.
pub(super) fn boxed(area: Rect, text_rows: u16) -> Rect {
    let body = layout::areas(area).body;
    let width = body.width.saturating_sub(4).min(MAX_WIDTH);
    let height = (text_rows + 2).min(body.height);
    let x = body.x + (body.width - width) / 2;
    let y = body.y + (body.height - height) / 2;
    Rect::new(x, y, width, height)
}

pub(super) fn inner(panel: Rect) -> Rect {
    Rect::new(
        panel.x + 2,
        panel.y + 1,
        panel.width.saturating_sub(4),
        panel.height.saturating_sub(2),
    )
}

pub(super) fn text_width(area: Rect) -> usize {
    usize::from(inner(boxed(area, 0)).width)
}

/// A question's title, its words, and its Yes and No buttons.
pub fn question_text(
    question: Confirm,
    text: &Catalog,
) -> (&'static str, &'static str, [&'static str; 2]) {
    match question {
        Confirm::NewClient => (
            text.new_client_title,
            text.new_client_question,
            [text.new_client_yes, text.new_client_no],
        ),
        Confirm::HandoutResults => (
            text.handout_title,
            text.handout_question,
            [text.handout_yes, text.handout_no],
        ),
        Confirm::HandoutPlan => (
            text.handout_title,
            text.handout_plan_question,
            [text.handout_plan_yes, text.handout_plan_no],
        ),
        Confirm::DeletePlan => (
            text.plan_delete_title,
            text.plan_delete_question,
            [text.plan_delete_yes, text.plan_delete_no],
        ),
    }
}

fn question_lines(question: Confirm, width: usize, text: &Catalog) -> Vec<DocLine> {
    let (_, words, _) = question_text(question, text);
    let mut l = Lines::new(width);
    l.text(words, Tone::Body);
    l.into_lines()
}

/// The box of a question, and its Yes and No buttons: side by side, or one above the
/// other when the box is too narrow for both.
pub fn confirm_layout(question: Confirm, area: Rect, words: &Catalog) -> (Rect, Rect, Rect) {
    let width = text_width(area);
    let lines = question_lines(question, width, words).len();
    let (_, _, [yes, no]) = question_text(question, words);
    let stacked = yes.width() + 2 + no.width() > width;
    let button_rows = if stacked { 2 } else { 1 };
    let rows = u16::try_from(lines)
        .unwrap_or(u16::MAX)
        .saturating_add(1 + button_rows);
    let panel = boxed(area, rows);
    let text = inner(panel);
    let clip = |label: &str| u16::try_from(label.width()).unwrap_or(0).min(text.width);
    let last = text.bottom().saturating_sub(1);
    if stacked {
        let yes = Rect::new(text.x, last.saturating_sub(1), clip(yes), 1);
        let no = Rect::new(text.x, last, clip(no), 1);
        (panel, yes, no)
    } else {
        let yes = Rect::new(text.x, last, clip(yes), 1);
        let no = Rect::new(yes.right() + 2, last, clip(no), 1);
        (panel, yes, no)
    }
}

pub fn render_confirm(ctx: &Ctx, question: Confirm, area: Rect, buf: &mut Buffer) {
    let theme = ctx.theme();
    let words = ctx.text();
    let (panel, yes, no) = confirm_layout(question, area, words);
    if panel.height < 3 {
        return;
    }
    let (title, _, [yes_label, no_label]) = question_text(question, words);
    clear(panel, buf, theme.base);
    Block::bordered()
        .border_style(theme.key)
        .title(ratatui::text::Line::styled(title, theme.key))
        .render(panel, buf);
    let text = inner(panel);
    draw_lines(
        theme,
        &question_lines(question, usize::from(text.width), words),
        0,
        Rect {
            height: yes.y.saturating_sub(text.y + 1),
            ..text
        },
        buf,
    );
    buf.set_stringn(
        yes.x,
        yes.y,
        yes_label,
        usize::from(yes.width),
        theme.selected,
    );
    buf.set_stringn(no.x, no.y, no_label, usize::from(no.width), theme.selected);
}

/// The kiosk's countdown before it wipes everything.
pub fn render_still_there(ctx: &Ctx, seconds: u64, area: Rect, buf: &mut Buffer) {
    if layout::too_small(area) {
        return;
    }
    let theme = ctx.theme();
    let words = ctx.text();
    let width = text_width(area);
    let countdown = (words.starting_over)(usize::try_from(seconds).unwrap_or(usize::MAX));
    let keep_going = words.keep_going;
    let with_gaps = |gaps: bool| {
        let mut l = Lines::new(width);
        l.text(words.still_there, Tone::Title);
        if gaps {
            l.blank();
        }
        l.text(&countdown, Tone::Strong);
        if gaps {
            l.blank();
        }
        l.text(keep_going, Tone::Body);
        l.into_lines()
    };
    // Without the blank lines when the window is short, so every word still shows.
    let body = usize::from(layout::areas(area).body.height);
    let mut lines = with_gaps(true);
    if lines.len() + 2 > body {
        lines = with_gaps(false);
    }
    let panel = boxed(area, u16::try_from(lines.len()).unwrap_or(u16::MAX));
    clear(panel, buf, theme.base);
    Block::bordered()
        .border_type(BorderType::Double)
        .border_style(theme.key)
        .render(panel, buf);
    draw_lines(theme, &lines, 0, inner(panel), buf);
}
