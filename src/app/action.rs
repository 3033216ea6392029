//! The one vocabulary between input and state: every key press becomes one of these.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Open the crisis panel over whatever is on screen.
    OpenCrisis,
    ToggleHelp,
    /// Close the top overlay, or go back one screen.
    Back,
    Quit,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    /// Open what is selected.
    Select,
    /// Pick item `n` (0-based) of the current menu or list and open it.
    Choose(usize),
    NextSection,
    PreviousSection,
    OpenSearch,
    OpenGlossary,
    OpenSources,
    OpenSelfCheck,
    /// Back to the previous question of the self-check.
    PreviousQuestion,
    /// Back to the first question, answers kept, to change any of them.
    ChangeAnswers,
    /// Forget every self-check answer at once.
    ClearAnswers,
    /// Ask to write the self-check results to a new file.
    SaveSummary,
    /// A character typed into a text field.
    Input(char),
    /// Delete the character before the cursor of a text field.
    DeleteBack,
    Resize {
        width: u16,
        height: u16,
    },
}
