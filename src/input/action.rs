//! The one vocabulary between input and state: every key press becomes one of these.

use std::time::Duration;

use crate::i18n::Lang;

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
    /// A digit typed where sections are listed or read: opens that section (two digits in a
    /// row for 10 and up).
    Digit(u8),
    /// Time passed with no input (the event loop sends these): drives the kiosk's idle
    /// countdown. Not something a person did, so it does not count as activity.
    Tick(Duration),
    /// A mouse click or touch on something that acts. Drawing knows what is where, so the
    /// event loop asks it (`ui::targets::click`).
    Click(Target),
    /// The mouse wheel turned.
    Wheel {
        down: bool,
    },
    /// Answer "yes" to the question on screen.
    Yes,
    /// Answer "no" to the question on screen.
    No,
    OpenSettings,
    /// Show the app and its content in this language (when the content is in it).
    SetLanguage(Lang),
    /// Show the next language the content is in: the welcome screen's one-key switch.
    NextLanguage,
    /// Welcome: back to the saved reading place, when there is one.
    ContinueReading,
    /// Counselor: show or hide the discussion prompts of the section being read.
    TogglePrompts,
    /// Counselor: write a plain-text handout.
    Handout,
    /// Counselor: wipe everything for the next client (after a yes).
    NewClient,
    /// Kiosk: wipe everything and return to the start at once.
    EndSession,
    /// Kiosk: the staff chord; asks for the PIN.
    AdminExit,
    /// Open "My plan for hard moments" (from the welcome screen, the crisis panel or the
    /// self-check's results).
    OpenPlan,
    /// Personal: write the plan to its file.
    SavePlan,
    /// Personal: ask, then delete the saved plan.
    DeletePlan,
    /// Hide the screen at once behind a neutral page, or bring it back (a kiosk wipes the
    /// session instead of keeping it).
    Cover,
    /// A key with no meaning here: still someone at the keyboard, so it answers "Still
    /// there?" and restarts the idle time, and does nothing else.
    Activity,
}

/// Something on screen that a click or touch acts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The footer's crisis badge (or anywhere on the too-small notice).
    Crisis,
    /// A panel's close label.
    Close,
    /// The header's "Back" button.
    Back,
    /// The kiosk's "End session" button.
    EndSession,
    WelcomeItem(usize),
    ContentsRow(usize),
    SearchHit(usize),
    /// An answer of the current self-check question.
    Choice(usize),
    /// The self-check's introduction: start (or go on).
    Start,
    PreviousSection,
    NextSection,
    Setting(usize),
    /// A line of the plan's step to choose.
    PlanItem(usize),
    /// A language's name in the welcome screen's switch.
    Language(Lang),
    Yes,
    No,
}
