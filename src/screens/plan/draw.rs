//! The plan's pages drawn: a step with its lines to choose and its field, or the whole
//! plan; and what a click or touch on them hits.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use unicode_width::UnicodeWidthStr;

use super::{PlanItem, PlanScreen, PROFESSIONALS, STEPS};
use crate::document::{DocLine, Lines, Run, Tone};
use crate::input::action::Target;
use crate::screens::Ctx;
use crate::ui::qr::QrCells;
use crate::ui::{draw_lines, geometry as layout, item_at, line_in, scroll};

/// A page laid out: its lines, for each choosable line its first line and how many it
/// takes, the line of the step buttons, and the line to keep in view.
struct Page {
    lines: Vec<DocLine>,
    /// The QR code and its first line, on the whole plan.
    code: Option<(usize, QrCells)>,
    items: Vec<(usize, usize)>,
    buttons: Option<usize>,
    focus: usize,
}

impl PlanScreen {
    pub fn render(&self, ctx: &Ctx, body: Rect, buf: &mut Buffer) {
        let column = layout::text_column(body);
        if column.height == 0 {
            return;
        }
        let page = self.page_at(ctx, usize::from(column.width));
        let first = self.first_line(&page, column);
        draw_lines(ctx.theme(), &page.lines, first, column, buf);
        if let Some((start, code)) = &page.code {
            let below = u16::try_from(start.saturating_sub(first)).unwrap_or(u16::MAX);
            let x = column.x + (column.width - code.width()) / 2;
            code.render(
                first.saturating_sub(*start),
                (x, column.y.saturating_add(below)),
                column,
                buf,
            );
        }
    }

    /// What a click or touch in the body hits: a line to choose, or a step button.
    pub fn target(&self, ctx: &Ctx, body: Rect, here: Position) -> Option<Target> {
        let column = layout::text_column(body);
        let page = self.page_at(ctx, usize::from(column.width));
        let line = line_in(column, here)? + self.first_line(&page, column);
        if page.buttons == Some(line) {
            let previous = ctx.text().plan_previous.width() + 2;
            let x = usize::from(here.x - column.x);
            return Some(if self.page > 0 && x < previous {
                Target::PreviousSection
            } else {
                Target::NextSection
            });
        }
        item_at(&page.items, line).map(Target::PlanItem)
    }

    /// The whole plan's length in lines, and the rows it is shown in (for its scrolling).
    pub(super) fn whole_plan_size(&self, ctx: &Ctx) -> (usize, usize) {
        let column = layout::text_column(layout::areas(ctx.area).body);
        let page = self.page_at(ctx, usize::from(column.width));
        (page.lines.len(), usize::from(column.height).max(1))
    }

    /// The first line shown: the whole plan scrolls; a step keeps its selected line, or
    /// the field, in view.
    fn first_line(&self, page: &Page, column: Rect) -> usize {
        let height = usize::from(column.height).max(1);
        if self.page == STEPS {
            return self.selected.min(scroll::limit(page.lines.len(), height));
        }
        (page.focus + 1).saturating_sub(height)
    }

    fn page_at(&self, ctx: &Ctx, width: usize) -> Page {
        if self.page >= STEPS {
            self.whole_plan(ctx, width)
        } else {
            self.step_page(ctx, width)
        }
    }

    fn step_page(&self, ctx: &Ctx, width: usize) -> Page {
        let text = ctx.text();
        let step = self.page;
        let mut l = Lines::new(width);
        if step == 0 {
            l.text(text.plan_intro, Tone::Dim);
            l.blank();
        }
        l.text(
            &format!(
                "{} · {}",
                (text.plan_step_of)(step + 1, STEPS),
                text.plan_steps[step]
            ),
            Tone::Heading,
        );
        l.text(text.plan_prompts[step], Tone::Body);
        l.blank();
        if step == PROFESSIONALS {
            for line in always_first(ctx) {
                l.text(&line, Tone::Urgent);
            }
        }
        let mut items = Vec::new();
        let mut focus = 0;
        let entries = &self.plan.steps[step];
        for (i, item) in self.items(ctx).iter().enumerate() {
            let selected = i == self.selected && self.typing.is_none();
            let marker = if selected { ctx.glyphs.marker } else { "  " };
            let tone = if selected { Tone::Strong } else { Tone::Body };
            let label = match item {
                PlanItem::Entry(e) => format!("[x] {}", entries[*e]),
                PlanItem::Idea(idea) => format!("[ ] {idea}"),
                PlanItem::WriteOwn => format!(" +  {}", text.plan_write_own),
            };
            let start = l.len();
            l.push(
                &[Run::new(label, tone)],
                &[Run::new(marker, tone)],
                &[Run::new("      ", Tone::Body)],
            );
            items.push((start, l.len() - start));
            if selected {
                focus = l.len() - 1;
            }
        }
        if let Some(typed) = &self.typing {
            l.blank();
            l.push(
                &[Run::new(format!("{typed}_"), Tone::Strong)],
                &[Run::new("> ", Tone::Strong)],
                &[Run::new("  ", Tone::Body)],
            );
            l.text(text.plan_typing, Tone::Dim);
            focus = l.len() - 1;
        }
        l.blank();
        let buttons = l.len();
        l.text(&buttons_text(ctx, step), Tone::Strong);
        if self.typing.is_none() && self.selected + 1 >= items.len() {
            focus = buttons;
        }
        Page {
            lines: l.into_lines(),
            code: None,
            items,
            buttons: Some(buttons),
            focus,
        }
    }

    fn whole_plan(&self, ctx: &Ctx, width: usize) -> Page {
        let text = ctx.text();
        let mut l = Lines::new(width);
        l.text(text.plan_summary, Tone::Heading);
        for (step, entries) in self.plan.steps.iter().enumerate() {
            l.blank();
            l.text(text.plan_steps[step], Tone::Strong);
            if step == PROFESSIONALS {
                for line in always_first(ctx) {
                    bullet(&mut l, ctx, &line, Tone::Urgent);
                }
            } else if entries.is_empty() {
                l.text(text.plan_empty_step, Tone::Dim);
            }
            for entry in entries {
                bullet(&mut l, ctx, entry, Tone::Body);
            }
        }
        l.blank();
        if ctx.mode() == crate::config::Mode::Personal {
            l.text(text.plan_kept_personal, Tone::Dim);
            l.text(text.plan_save_keys, Tone::Strong);
        } else {
            l.text(text.plan_kept, Tone::Dim);
        }
        l.text(text.plan_method, Tone::Dim);
        let code = plan_code(self, ctx, width).map(|code| {
            l.blank();
            l.text(text.plan_qr_caption, Tone::Dim);
            let start = l.len();
            for _ in 0..code.height() {
                l.blank();
            }
            (start, code)
        });
        l.blank();
        let buttons = l.len();
        l.text(text.plan_previous, Tone::Strong);
        Page {
            lines: l.into_lines(),
            code,
            items: Vec::new(),
            buttons: Some(buttons),
            focus: 0,
        }
    }
}

fn bullet(l: &mut Lines, ctx: &Ctx, text: &str, tone: Tone) {
    l.push(
        &[Run::new(text, tone)],
        &[Run::new(format!("{} ", ctx.glyphs.bullet), Tone::Bullet)],
        &[Run::new("  ", Tone::Body)],
    );
}

/// The professionals' step always starts with 988.
fn always_first(ctx: &Ctx) -> Vec<String> {
    super::always_first(ctx.pack).into_iter().collect()
}

/// The plan's QR code, the plan as text for a phone to keep: where it can be shown
/// (characters beyond ASCII, colours, the whole code in view at once) and there is a plan.
fn plan_code(screen: &PlanScreen, ctx: &Ctx, width: usize) -> Option<QrCells> {
    if screen.plan.is_empty()
        || ctx.settings.ascii
        || ctx.settings.theme == crate::config::ThemeName::Mono
    {
        return None;
    }
    let rows = layout::text_column(layout::areas(ctx.area).body).height;
    QrCells::of(&payload(screen, ctx))
        .filter(|code| usize::from(code.width()) <= width && code.height() <= rows)
}

/// What the plan's code holds: the plan as short as it reads, for a phone to keep as a
/// note: its name, then each step that has lines (the professionals' always, 988 first).
pub fn payload(screen: &PlanScreen, ctx: &Ctx) -> String {
    let text = ctx.text();
    let mut out = String::from(text.plan_title);
    for (step, entries) in screen.plan.steps.iter().enumerate() {
        let mut lines = if step == PROFESSIONALS {
            always_first(ctx)
        } else {
            Vec::new()
        };
        lines.extend(entries.iter().cloned());
        if lines.is_empty() {
            continue;
        }
        out.push_str(&format!("\n\n{}:", text.plan_steps[step]));
        for line in lines {
            out.push_str(&format!("\n- {line}"));
        }
    }
    out
}

/// "‹ Previous step   Next step ›", each where there is one to go to.
fn buttons_text(ctx: &Ctx, step: usize) -> String {
    let text = ctx.text();
    if step == 0 {
        text.plan_next.to_string()
    } else {
        format!("{}  {}", text.plan_previous, text.plan_next)
    }
}
