//! A message for the person about something that just happened: shown over the footer
//! until the next key, or on the self-check's start page.

use crate::i18n::Catalog;

/// Kept as what happened, not as words, so it is said in the language on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Where the summary was written.
    SummarySaved(String),
    /// Why it was not.
    SummaryFailed(String),
    HandoutSaved(String),
    HandoutFailed(String),
    /// Why the settings or the reading place could not be saved.
    SettingsFailed(String),
    /// Where the plan was saved.
    PlanSaved(String),
    /// Why the plan could not be saved or deleted.
    PlanFailed(String),
    PlanDeleted,
    /// At the start: why the saved plan could not be read.
    PlanUnreadable(String),
    NewClientReady,
    AnswersCleared,
}

impl Notice {
    pub fn text(&self, text: &Catalog) -> String {
        match self {
            Notice::SummarySaved(path) => (text.summary_saved)(path),
            Notice::SummaryFailed(err) => (text.summary_failed)(err),
            Notice::HandoutSaved(path) => (text.handout_saved)(path),
            Notice::HandoutFailed(err) => (text.handout_failed)(err),
            Notice::SettingsFailed(err) => (text.settings_failed)(err),
            Notice::PlanSaved(path) => (text.plan_saved)(path),
            Notice::PlanFailed(err) => (text.plan_failed)(err),
            Notice::PlanDeleted => text.plan_deleted.to_string(),
            Notice::PlanUnreadable(err) => (text.plan_unreadable)(err),
            Notice::NewClientReady => text.new_client_ready.to_string(),
            Notice::AnswersCleared => text.answers_cleared.to_string(),
        }
    }
}
