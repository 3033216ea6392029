//! Every word lantern itself says, once per language. The pack brings the content; this
//! brings the rest: headers, footers, keys, dialogs, notices, line-mode menus and files.
//!
//! `Catalog` is a plain struct, so a language that leaves out a field does not compile: no
//! message can be missing in either language. Messages with numbers or names in them are
//! functions, so each language orders its own words.

/// Declares the catalog and a list of its fields, so checks that compare languages (such
/// as "no English left on a Spanish screen") always cover every field.
macro_rules! catalog {
    ($( $(#[doc = $doc:literal])* $field:ident : $ty:ty, )*) => {
        /// The words of one language.
        pub struct Catalog {
            $( $(#[doc = $doc])* pub $field: $ty, )*
        }

        impl Catalog {
            /// Every field by name, with what it says: messages with arguments are said
            /// with [`SAMPLE_NUMBER`] for numbers and [`SAMPLE_TEXT`] for names.
            pub fn phrases(&self) -> Vec<(&'static str, Vec<String>)> {
                vec![ $( (stringify!($field), Phrase::said(&self.$field)), )* ]
            }
        }
    };
}

/// The number [`Catalog::phrases`] puts in messages that take numbers.
pub const SAMPLE_NUMBER: usize = 7;
/// The text [`Catalog::phrases`] puts in messages that take a name, a path or a date.
pub const SAMPLE_TEXT: &str = "\u{1}";

/// What a catalog field says, for comparing languages.
pub trait Phrase {
    fn said(&self) -> Vec<String>;
}

impl Phrase for &'static str {
    fn said(&self) -> Vec<String> {
        vec![(*self).to_string()]
    }
}

impl<const N: usize> Phrase for [&'static str; N] {
    fn said(&self) -> Vec<String> {
        self.iter().map(|s| (*s).to_string()).collect()
    }
}

/// A sample value for one argument of a message.
trait Sample {
    fn sample(n: usize) -> Self;
}

impl Sample for usize {
    fn sample(n: usize) -> Self {
        n
    }
}

impl Sample for &'static str {
    fn sample(_: usize) -> Self {
        SAMPLE_TEXT
    }
}

/// Messages with arguments are said with each argument at its sample value, and numbers
/// also at 1, so both singular and plural forms are compared.
macro_rules! phrase_fn {
    ($($arg:ty),*) => {
        impl Phrase for fn($($arg),*) -> String {
            fn said(&self) -> Vec<String> {
                [1, SAMPLE_NUMBER]
                    .into_iter()
                    .map(|n| self($(<$arg as Sample>::sample(n)),*))
                    .collect()
            }
        }
    };
}

phrase_fn!(usize);
phrase_fn!(usize, usize);
phrase_fn!(usize, usize, usize);
phrase_fn!(usize, usize, usize, usize);
phrase_fn!(&str);
phrase_fn!(&str, &str);
phrase_fn!(&str, &str, &str);
phrase_fn!(&str, &str, &str, &str, &str);
phrase_fn!(usize, &str);
phrase_fn!(&str, usize, &str);

catalog! {
    // ---- Help, on every screen ----------------------------------------------------------
    /// The crisis panel's name, the welcome item and the line-mode heading.
    get_help_now: &'static str,
    /// The footer's crisis badge, longest first; the footer shows the longest that fits.
    badges: [&'static str; 4],
    /// The badge in a text field, where `!` is typed and Ctrl-G opens the panel.
    text_badges: [&'static str; 4],
    /// The first line of the compact notice and of the compact crisis panel, longest first.
    call_or_text_988: [&'static str; 3],
    /// Below the minimum size: how to open the panel, longest first.
    press_for_help: [&'static str; 3],
    too_small: [&'static str; 2],
    make_larger: [&'static str; 2],

    // ---- Header ---------------------------------------------------------------------------
    back_button: &'static str,
    end_session_button: &'static str,
    counselor_mode: &'static str,
    place_welcome: &'static str,
    place_contents: &'static str,
    /// The reader's place: section N of M.
    place_section: fn(usize, usize) -> String,
    place_search: &'static str,
    place_glossary: &'static str,
    place_sources: &'static str,
    place_settings: &'static str,
    place_self_check: &'static str,
    /// The self-check's place: question N of M.
    place_question: fn(usize, usize) -> String,

    // ---- Footer hints ---------------------------------------------------------------------
    hint_close: &'static str,
    hint_check: &'static str,
    hint_cancel: &'static str,
    hint_keys_f1: &'static str,
    hint_back: &'static str,
    hint_keys: &'static str,
    hint_end_session: &'static str,
    hint_handout: &'static str,
    hint_new_client: &'static str,
    hint_quit: &'static str,

    // ---- Welcome --------------------------------------------------------------------------
    disclaimer: &'static str,
    privacy: &'static str,
    kiosk_privacy: &'static str,
    kiosk_start: &'static str,
    kiosk_help: &'static str,
    /// What the welcome screen keeps when it is too short for everything.
    not_advice_short: &'static str,
    continue_reading: &'static str,
    where_you_left_off: &'static str,
    /// Section number and title.
    where_you_left_off_in: fn(usize, &str) -> String,
    item_read: &'static str,
    /// The pack's topic.
    item_read_about: fn(&str) -> String,
    item_self_check: &'static str,
    item_self_check_about: &'static str,
    item_get_help_about: &'static str,
    /// The welcome screen's review line, from review.toml: when the facts were checked
    /// against their sources (one date, or the oldest and newest of the sections')...
    facts_checked_on: fn(&str) -> String,
    facts_checked_between: fn(&str, &str) -> String,
    /// ...then whether a clinician reviewed this version of every section (reviewers).
    reviewed_by: fn(&str) -> String,
    reviewed_no_clinician: &'static str,
    /// What a pack without its own `about` covers, from its topic.
    about_fallback: fn(&str) -> String,

    // ---- Contents -------------------------------------------------------------------------
    /// The number of sections.
    contents_heading: fn(usize) -> String,
    contents_heading_short: fn(usize) -> String,
    /// After a section that has been opened: a mark in words, not colour.
    read_mark: &'static str,
    terms_count: fn(usize) -> String,
    glossary_row_about: &'static str,
    sources_count: fn(usize) -> String,
    sources_row_about: &'static str,

    // ---- Crisis panel ---------------------------------------------------------------------
    crisis_opening: &'static str,
    crisis_how: &'static str,
    /// The bottom border: with the mouse and more below, mouse only, more below, neither.
    crisis_close_hints: [&'static str; 4],
    /// The last row of the compact panel, longest first.
    crisis_compact_hints: [&'static str; 3],
    /// The entry a kiosk shows after 988 when its config names none.
    front_desk_name: &'static str,
    front_desk_contact: &'static str,

    // ---- Dialogs --------------------------------------------------------------------------
    new_client_title: &'static str,
    new_client_question: &'static str,
    new_client_yes: &'static str,
    new_client_no: &'static str,
    handout_title: &'static str,
    handout_question: &'static str,
    handout_yes: &'static str,
    handout_no: &'static str,
    still_there: &'static str,
    /// Over a kiosk's crisis panel when its content failed its check (for staff).
    kiosk_content_failed: &'static str,
    /// Seconds left.
    starting_over: fn(usize) -> String,
    keep_going: &'static str,
    pin_prompt: &'static str,
    staff_exit: &'static str,
    pin_wrong: &'static str,
    pin_locked: &'static str,

    // ---- Help panel -----------------------------------------------------------------------
    /// The screen the keys are for.
    help_title: fn(&str) -> String,
    /// The bottom border: with the mouse and more below, mouse only, more below, neither.
    help_close_hints: [&'static str; 4],
    context_reading: &'static str,
    context_keys: &'static str,
    context_question: &'static str,
    type_words: &'static str,
    type_pin: &'static str,
    key_space: &'static str,

    // ---- What each key does (the help panel) ----------------------------------------------
    key_get_help: &'static str,
    key_help: &'static str,
    key_back: &'static str,
    key_back_text: &'static str,
    key_quit: &'static str,
    key_search: &'static str,
    key_glossary: &'static str,
    key_sources: &'static str,
    key_move_up: &'static str,
    key_move_down: &'static str,
    key_scroll_up: &'static str,
    key_scroll_down: &'static str,
    key_page_up: &'static str,
    key_page_down: &'static str,
    key_open_number: &'static str,
    key_open_item: &'static str,
    key_list_page_up: &'static str,
    key_list_page_down: &'static str,
    key_first_section: &'static str,
    key_last_section: &'static str,
    key_open_row: &'static str,
    key_start: &'static str,
    key_end: &'static str,
    key_next_section: &'static str,
    key_previous_section: &'static str,
    key_previous_result: &'static str,
    key_next_result: &'static str,
    key_results_page_up: &'static str,
    key_results_page_down: &'static str,
    key_first_result: &'static str,
    key_last_result: &'static str,
    key_read_match: &'static str,
    key_delete_letter: &'static str,
    key_settings: &'static str,
    key_section_number: &'static str,
    key_clear_answers: &'static str,
    key_start_self_check: &'static str,
    key_give_selected: &'static str,
    key_give_number: &'static str,
    key_previous_question: &'static str,
    key_change_answers: &'static str,
    key_last_question: &'static str,
    key_save_summary: &'static str,
    key_top: &'static str,
    key_first_setting: &'static str,
    key_last_setting: &'static str,
    key_change_setting: &'static str,
    key_yes: &'static str,
    key_no: &'static str,
    key_check_pin: &'static str,
    key_delete_digit: &'static str,
    key_handout: &'static str,
    key_new_client: &'static str,
    key_prompts: &'static str,
    key_end_session: &'static str,
    key_language: &'static str,
    key_continue_reading: &'static str,

    // ---- Scrolled pages -------------------------------------------------------------------
    all_shown: &'static str,
    /// First line, last line, lines in all, per cent.
    lines_of: fn(usize, usize, usize, usize) -> String,
    glossary_status: [&'static str; 2],
    sources_status: [&'static str; 2],

    // ---- Reader ---------------------------------------------------------------------------
    previous_button: &'static str,
    next_button: &'static str,
    /// After "3/11" on the status row, longest first.
    reader_status: [&'static str; 2],
    prompts_heading: &'static str,
    no_prompts: &'static str,
    callout_key_fact: &'static str,
    callout_warning: &'static str,
    callout_takeaway: &'static str,
    /// Section number, sections, minutes.
    section_of_reading: fn(usize, usize, usize) -> String,
    key_points: &'static str,
    /// Also the heading over the self-check's next steps.
    what_next: &'static str,
    words_used_here: &'static str,
    how_checked: &'static str,
    not_reviewed: &'static str,
    /// Name, role, date.
    reviewed_by_on: fn(&str, &str, &str) -> String,
    /// Name, role, date, the version reviewed, the pack's version.
    reviewed_older: fn(&str, &str, &str, &str, &str) -> String,
    /// Date.
    sources_checked_on: fn(&str) -> String,

    // ---- Search ---------------------------------------------------------------------------
    search_label: &'static str,
    search_empty: &'static str,
    search_none: &'static str,
    /// Matches, sections.
    search_count: fn(usize, usize) -> String,
    /// Matches listed.
    search_first_listed: fn(usize) -> String,

    // ---- Self-check -----------------------------------------------------------------------
    not_a_test: &'static str,
    /// Answered, questions.
    press_enter_to_go_on: fn(usize, usize) -> String,
    press_enter_to_start: &'static str,
    /// A kiosk with touch on: the whole page starts. Answered, questions.
    touch_to_go_on: fn(usize, usize) -> String,
    touch_to_start: &'static str,
    /// What happens to the answers, on the self-check's first page, as each mode does it.
    self_check_privacy_personal: &'static str,
    self_check_privacy_counselor: &'static str,
    self_check_privacy_kiosk: &'static str,
    /// Question number, questions.
    question_of: fn(usize, usize) -> String,
    prefer_not_to_say: &'static str,
    not_answered: &'static str,
    your_answer: &'static str,
    how_to_answer_touch: &'static str,
    how_to_answer: &'static str,
    /// The results' status row: with the save key, without, short.
    results_status: [&'static str; 3],
    /// The self-check start page's status row.
    intro_status: &'static str,
    why: &'static str,
    no_reasons: &'static str,
    /// Said when the safety question or most questions were skipped: what was skipped…
    skipped_count: fn(usize, usize) -> String,
    skipped_count_and_safety: fn(usize, usize) -> String,
    skipped_safety_only: &'static str,
    /// …what the results rest on, and where help is whatever was skipped.
    skipped_rests_on: &'static str,
    skipped_help: &'static str,
    /// In place of "nothing stood out", reasons and words to say when little was answered.
    skipped_summary: &'static str,
    skipped_no_reasons: &'static str,
    skipped_say: &'static str,
    say_heading: &'static str,
    talk_together: &'static str,
    crisis_line: &'static str,
    results_keys_kiosk: &'static str,
    results_keys_counselor: &'static str,
    results_keys_personal: &'static str,
    your_answers: &'static str,
    /// The outcome's title.
    result_label: fn(&str) -> String,

    // ---- Settings -------------------------------------------------------------------------
    on: &'static str,
    off: &'static str,
    setting_theme: &'static str,
    setting_characters: &'static str,
    setting_mouse: &'static str,
    setting_remember: &'static str,
    /// In both languages, so either reader finds it.
    setting_language: &'static str,
    theme_default: &'static str,
    theme_high_contrast: &'static str,
    theme_mono: &'static str,
    characters_ascii: &'static str,
    characters_unicode: &'static str,
    theme_about: &'static str,
    characters_about: &'static str,
    mouse_about: &'static str,
    remember_about: &'static str,
    language_about: &'static str,
    /// The config file.
    saved_at: fn(&str) -> String,
    no_settings_folder: &'static str,
    counselor_saves_nothing: &'static str,
    settings_how: &'static str,

    // ---- Glossary and sources pages -------------------------------------------------------
    glossary_intro: &'static str,
    /// Sections, as "1. Title; 2. Title".
    used_in: fn(&str) -> String,
    sources_intro: &'static str,
    /// How many sections, and their numbers.
    cited_in: fn(usize, &str) -> String,

    // ---- Line mode ------------------------------------------------------------------------
    call_any_time: &'static str,
    menu_read: &'static str,
    menu_self_check: &'static str,
    menu_get_help: &'static str,
    menu_quit: &'static str,
    sections_label: &'static str,
    /// The highest number.
    type_a_number: fn(usize) -> String,
    /// What was typed.
    not_a_number: fn(&str) -> String,
    stopped_early: &'static str,
    /// The highest number; in a list with a way back, in the first question, in the others.
    type_a_number_or_back: fn(usize) -> String,
    type_a_number_or_stop: fn(usize) -> String,
    type_a_number_or_previous: fn(usize) -> String,
    /// Words that go back, besides 0 (both languages' are understood).
    back_words: [&'static str; 2],
    /// The answer given, when a question is asked again.
    your_answer_was: fn(&str) -> String,
    /// What happens to the answers in the line mode: a summary can be saved, or not.
    line_privacy_save: &'static str,
    line_privacy_nothing: &'static str,
    save_summary_question: &'static str,
    /// Words that say yes (both languages' are understood).
    yes_words: [&'static str; 2],
    /// What was typed.
    not_yes_or_no: fn(&str) -> String,
    nothing_saved: &'static str,

    // ---- Files: the handout and the self-check summary ------------------------------------
    /// Date.
    handout_heading: fn(&str) -> String,
    handout_yours: &'static str,
    handout_crisis: &'static str,
    handout_covered: &'static str,
    handout_nothing_covered: &'static str,
    next_steps_label: &'static str,
    handout_sources: &'static str,
    /// Where the whole section is (a client may have no lantern to run). Section number.
    handout_full_section: fn(usize) -> String,
    handout_results: &'static str,
    /// Date.
    summary_heading: fn(&str) -> String,
    summary_note: &'static str,

    // ---- Notices and errors ---------------------------------------------------------------
    /// Where.
    summary_saved: fn(&str) -> String,
    /// Why not.
    summary_failed: fn(&str) -> String,
    handout_saved: fn(&str) -> String,
    handout_failed: fn(&str) -> String,
    settings_failed: fn(&str) -> String,
    new_client_ready: &'static str,
    answers_cleared: &'static str,
    no_settings_folder_error: &'static str,
    no_data_folder: &'static str,
    no_documents_folder: &'static str,
    /// The error, and the folder it happened in.
    in_folder: fn(&str, &str) -> String,
    /// After an error that ends lantern.
    error_help: &'static str,
    /// After the located problems of a config file, before the full-screen app.
    settings_need_fixing: &'static str,
    /// The section asked for, how many there are, and their ids.
    no_such_section: fn(&str, usize, &str) -> String,
    /// The error, when the reading place could not be saved at exit.
    place_not_saved: fn(&str) -> String,
    /// The error, when a command's output could not be written.
    output_failed: fn(&str) -> String,
    /// What is wrong (one of the three below): a kiosk started without a full-screen
    /// terminal refuses to start.
    kiosk_needs_terminal: fn(&str) -> String,
    stdin_not_terminal: &'static str,
    stdout_not_terminal: &'static str,
    term_is_dumb: &'static str,
}

fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}

pub const EN: Catalog = Catalog {
    get_help_now: "Get help now",
    badges: [
        " ! or Ctrl-G  Get help now · Call or text 988 ",
        " ! Get help now · Call or text 988 ",
        " ! Help · Call or text 988 ",
        " ! Call or text 988 ",
    ],
    text_badges: [
        " Ctrl-G  Get help now · Call or text 988 ",
        " Ctrl-G Help · Call or text 988 ",
        " Ctrl-G · Call or text 988 ",
        " Call or text 988 ",
    ],
    call_or_text_988: ["Call or text 988", "Text 988", "988"],
    press_for_help: ["Press ! for help now", "! for help", "! help"],
    too_small: ["Window too small", "Too small"],
    make_larger: ["Make it 40×12 or larger", "Need 40×12"],

    back_button: " ‹ Back ",
    end_session_button: " End session ",
    counselor_mode: " · counselor",
    place_welcome: "Welcome",
    place_contents: "Contents",
    place_section: |n, of| format!("Section {n} of {of}"),
    place_search: "Search",
    place_glossary: "Glossary",
    place_sources: "Sources",
    place_settings: "Settings",
    place_self_check: "Self-check",
    place_question: |n, of| format!("Self-check {n} of {of}"),

    hint_close: "Esc close",
    hint_check: "Enter check",
    hint_cancel: "Esc cancel",
    hint_keys_f1: "F1 keys",
    hint_back: "Esc back",
    hint_keys: "? keys",
    hint_end_session: "e end session",
    hint_handout: "h handout",
    hint_new_client: "N new client",
    hint_quit: "q quit",

    disclaimer: "lantern is not medical advice and it cannot diagnose you. For advice about \
                 your own health, talk to a doctor, nurse or counselor.",
    privacy: "lantern works offline. Nothing you do here is sent anywhere, or saved unless you \
              ask.",
    kiosk_privacy: "Nothing you do here is sent anywhere or saved. When you step away, this \
                    screen clears itself; press e or touch End session to clear it now.",
    kiosk_start: "Touch an item below, or press its number, to begin.",
    kiosk_help: "Need help right now? Call or text 988. Press ! or touch the help bar at the \
                 bottom to see every way to get help here.",
    not_advice_short: "Not medical advice. Not a diagnosis.",
    continue_reading: "Continue reading",
    where_you_left_off: "Where you left off",
    where_you_left_off_in: |n, title| format!("Where you left off: {n}. {title}"),
    item_read: "Read",
    item_read_about: |topic| format!("Learn about {topic}, section by section"),
    item_self_check: "Self-check",
    item_self_check_about: "Should I talk to a professional? Short questions, no score",
    item_get_help_about: "Crisis lines to call or text, 988 first",
    facts_checked_on: |date| format!("Facts checked against sources on {date}."),
    facts_checked_between: |oldest, newest| {
        format!("Facts checked against sources between {oldest} and {newest}.")
    },
    reviewed_by: |reviewers| format!("Reviewed by a clinician: {reviewers}."),
    reviewed_no_clinician: "Not yet reviewed by a clinician.",
    about_fallback: |topic| {
        format!(
            "Plain, sourced information about {topic}, section by section, and where to find \
             help."
        )
    },

    contents_heading: |n| format!("Contents — {n} sections. Pick one to read."),
    contents_heading_short: |n| format!("Contents — {n} sections"),
    read_mark: " read ·",
    terms_count: |n| format!(" {n} terms"),
    glossary_row_about: "Medical words used in the sections, explained",
    sources_count: |n| format!(" {n} sources"),
    sources_row_about: "Every study, label and agency page the sections cite",

    crisis_opening: "You are not alone. Free, confidential help is here, any time.",
    crisis_how: "Use any phone. lantern itself does not call or connect to anything.",
    crisis_close_hints: [
        " ↓ more · [ Close ] Esc ",
        " [ Close ] Esc ",
        " ↓ more · Esc close ",
        " Esc close ",
    ],
    crisis_compact_hints: ["Esc close · ↓ more", "Esc close", "Esc"],
    front_desk_name: "Tell the front desk",
    front_desk_contact: "Staff here can help you right now. Ask anyone at the desk.",

    new_client_title: " New client ",
    new_client_question: "Start fresh for the next client? This clears the self-check \
                          answers, the sections covered and every place in the text.",
    new_client_yes: " Yes, clear everything (y) ",
    new_client_no: " No (n) ",
    handout_title: " Handout ",
    handout_question: "Put the self-check results in the handout too? They are private: \
                       include them only if your client agrees. Esc cancels the handout.",
    handout_yes: " Yes, include them (y) ",
    handout_no: " No, leave them out (n) ",
    still_there: "Still there?",
    kiosk_content_failed: "This kiosk's content did not pass its check; staff: see the log or \
                           run lantern doctor.",
    starting_over: |seconds| {
        format!(
            "Starting over in {seconds} s, so the next person sees nothing of yours. Your \
             answers will be cleared."
        )
    },
    keep_going: "Touch the screen or press any key to keep going.",
    pin_prompt: "Type the staff PIN, then press Enter. Esc cancels.",
    staff_exit: "Staff exit",
    pin_wrong: "That PIN is not right.",
    pin_locked: "Too many tries. Please wait a while, then try again. Each wait is longer \
                 than the last.",

    help_title: |screen| format!(" Keys: {screen} "),
    help_close_hints: [
        " ↓ more · [ Close ] ? or Esc ",
        " [ Close ] ? or Esc ",
        " ↓ more · ? or Esc close ",
        " ? or Esc close ",
    ],
    context_reading: "Reading",
    context_keys: "Keys",
    context_question: "Question",
    type_words: "Type the words to find",
    type_pin: "Type the staff PIN",
    key_space: "Space",

    key_get_help: "Get help now: crisis lines, 988 first",
    key_help: "Show or hide these keys",
    key_back: "Close this, or go back",
    key_back_text: "Go back",
    key_quit: "Quit at once (leaves nothing on screen)",
    key_search: "Search every section",
    key_glossary: "Glossary: words explained",
    key_sources: "Sources: every reference",
    key_move_up: "Move up",
    key_move_down: "Move down",
    key_scroll_up: "Scroll up a line",
    key_scroll_down: "Scroll down a line",
    key_page_up: "Scroll up a page",
    key_page_down: "Scroll down a page",
    key_open_number: "Open item by its number",
    key_open_item: "Open the selected item",
    key_list_page_up: "Up a page",
    key_list_page_down: "Down a page",
    key_first_section: "First section",
    key_last_section: "Last section",
    key_open_row: "Open the selected row",
    key_start: "Go to the start",
    key_end: "Go to the end",
    key_next_section: "Next section",
    key_previous_section: "Previous section",
    key_previous_result: "Previous result",
    key_next_result: "Next result",
    key_results_page_up: "Up a page of results",
    key_results_page_down: "Down a page of results",
    key_first_result: "First result",
    key_last_result: "Last result",
    key_read_match: "Read the section at this match",
    key_delete_letter: "Delete a letter",
    key_settings: "Settings: theme, characters, mouse",
    key_section_number: "Open a section by number (10 and up: two digits)",
    key_clear_answers: "Clear my answers now",
    key_start_self_check: "Start the self-check",
    key_give_selected: "Give the selected answer",
    key_give_number: "Give the answer with that number",
    key_previous_question: "Back to the previous question",
    key_change_answers: "Change my answers",
    key_last_question: "Back to the last question",
    key_save_summary: "Save a summary to a file",
    key_top: "Go to the top",
    key_first_setting: "First setting",
    key_last_setting: "Last setting",
    key_change_setting: "Change the selected setting",
    key_yes: "Yes",
    key_no: "No",
    key_check_pin: "Check the PIN",
    key_delete_digit: "Delete a digit",
    key_handout: "Handout: write a plain-text file to give the client",
    key_new_client: "New client: wipe everything (asks first)",
    key_prompts: "Show or hide discussion prompts",
    key_end_session: "End session: wipe everything and start again",
    key_language: "Switch language: English · Español",
    key_continue_reading: "Continue reading where you left off",

    all_shown: "All shown",
    lines_of: |first, last, total, percent| format!("Lines {first}–{last} of {total} · {percent}%"),
    glossary_status: [" Glossary · s sources · / search", " Glossary"],
    sources_status: [" Sources · w glossary · / search", " Sources"],

    previous_button: " ‹ Previous ",
    next_button: " Next › ",
    reader_status: [" · ← → sections · / search", " · ← → sections"],
    prompts_heading: "To talk about together (d hides these)",
    no_prompts: "This section has no discussion prompts.",
    callout_key_fact: "KEY FACT",
    callout_warning: "WARNING",
    callout_takeaway: "TAKEAWAY",
    section_of_reading: |n, of, minutes| {
        format!("Section {n} of {of} · about {minutes} min to read")
    },
    key_points: "Key points",
    what_next: "What you can do next",
    words_used_here: "Words used here",
    how_checked: "How this was checked",
    not_reviewed: "Not yet reviewed by a clinician",
    reviewed_by_on: |name, role, date| format!("Reviewed by {name} ({role}) on {date}"),
    reviewed_older: |name, role, date, reviewed, version| {
        format!(
            "Reviewed by {name} ({role}) on {date}, for version {reviewed} (this is version \
             {version}; the text may have changed since)"
        )
    },
    sources_checked_on: |date| format!("Last checked against sources: {date}"),

    search_label: "Search: ",
    search_empty: "Type a word or phrase. Enter opens the section at the match.",
    search_none: "No matches. Try a shorter or different word.",
    search_count: |matches, sections| {
        format!(
            "{matches} match{} in {sections} section{}",
            plural(matches, "", "es"),
            plural(sections, "", "s")
        )
    },
    search_first_listed: |n| format!(" (first {n} listed)"),

    not_a_test: "A self-check, not a test",
    press_enter_to_go_on: |answered, of| {
        format!("Press Enter to go on. You have answered {answered} of {of}.")
    },
    press_enter_to_start: "Press Enter to start.",
    touch_to_go_on: |answered, of| {
        format!("Touch this page, or press Enter, to go on. You have answered {answered} of {of}.")
    },
    touch_to_start: "Touch this page, or press Enter, to start.",
    self_check_privacy_personal: "Your answers stay on this screen, only while lantern is open. \
                                  They are forgotten when you quit or clear them. Nothing is \
                                  saved unless you ask for a summary at the end.",
    self_check_privacy_counselor: "Your answers stay on this screen, only while lantern is \
                                   open. They are forgotten when you start over for the next \
                                   client, quit or clear them. Nothing is saved unless you ask \
                                   for a summary or a handout.",
    self_check_privacy_kiosk: "Your answers stay on this screen only while you use it. They \
                               are wiped when you end the session or step away. Nothing is \
                               ever saved here.",
    question_of: |n, of| format!("Question {n} of {of}"),
    prefer_not_to_say: "Prefer not to say",
    not_answered: "(not answered)",
    your_answer: " (your answer)",
    how_to_answer_touch: "Touch an answer, or use ↑ ↓ and Enter, or a number · ← back · x \
                          clear my answers",
    how_to_answer: "↑ ↓ and Enter, or a number, to answer · ← back · x clear my answers",
    intro_status: " Self-check",
    results_status: [
        " Self-check results · c change · s save",
        " Self-check results · c change",
        " Results",
    ],
    why: "Why",
    no_reasons: "None of your answers pointed to one clear reason. Your feelings still matter.",
    skipped_count: |n, of| format!("You skipped {n} of the {of} questions."),
    skipped_count_and_safety: |n, of| {
        format!("You skipped {n} of the {of} questions, including the one about your safety.")
    },
    skipped_safety_only: "You skipped the question about your safety.",
    skipped_rests_on: "These results rest only on the answers you gave, so they cannot tell you \
        that all is well. Your answers, at the end, show what you skipped.",
    skipped_help: "Whatever you skipped, a doctor, nurse or counselor can talk it through with \
        you. If things feel hard, you can call or text 988 at any time.",
    skipped_summary: "There were too few answers to go on. How you feel matters, whatever you \
        chose to answer.",
    skipped_no_reasons: "There were too few answers to point to a reason.",
    skipped_say: "“I would like to talk to someone about how I have been feeling.”",
    say_heading: "What you could say to a professional",
    talk_together: "To talk about together",
    crisis_line: "If you ever feel unsafe, call or text 988, any time. It is free and private.",
    results_keys_kiosk: "c change my answers · x clear my answers · e end session",
    results_keys_counselor: "c change answers · s save a summary · h handout · x clear answers",
    results_keys_personal: "c change my answers · s save a summary · x clear my answers",
    your_answers: "Your answers",
    result_label: |title| format!("Result: {title}"),

    on: "on",
    off: "off",
    setting_theme: "Theme",
    setting_characters: "Characters",
    setting_mouse: "Mouse",
    setting_remember: "Remember my place",
    setting_language: "Language / Idioma",
    theme_default: "default",
    theme_high_contrast: "high-contrast",
    theme_mono: "mono",
    characters_ascii: "plain ASCII",
    characters_unicode: "Unicode",
    theme_about: "Colours: default (your terminal's), high-contrast, or mono (none)",
    characters_about: "Plain ASCII suits consoles that show boxes or question marks",
    mouse_about: "Click and scroll. While on, your terminal's own copy and paste may need Shift",
    remember_about: "Keep your last section and read marks on this computer. Off forgets them",
    language_about: "The words on screen and the content",
    saved_at: |path| format!("Changes are saved at once to {path}"),
    no_settings_folder: "No settings folder was found, so changes last until you quit.",
    counselor_saves_nothing: "Counselor mode saves nothing: changes last until you quit.",
    settings_how: "Enter or Space changes the selected setting. Esc goes back.",

    glossary_intro: "Words the sections use, in plain language. Each is underlined where it \
                     first appears.",
    used_in: |sections| format!("Used in {sections}"),
    sources_intro: "Every source the sections cite: government agencies, the product label, \
                    and research papers. Inside a section, [1] points to that section's own \
                    list.",
    cited_in: |count, numbers| format!("Cited in section{} {numbers}", plural(count, "", "s")),

    call_any_time: "Call or text 988 any time for free, confidential help.",
    menu_read: "Read a section",
    menu_self_check: "Self-check: should I talk to a professional?",
    menu_get_help: "Get help now (crisis lines, 988 first)",
    menu_quit: "Quit",
    sections_label: "Sections:",
    type_a_number: |max| format!("Type a number from 1 to {max} and press Enter: "),
    not_a_number: |typed| format!("Sorry, \"{typed}\" is not one of the numbers."),
    stopped_early: "Stopped before the end. Your answers were not saved.",
    type_a_number_or_back: |max| {
        format!("Type a number from 1 to {max} and press Enter, or 0 to go back: ")
    },
    type_a_number_or_stop: |max| {
        format!("Type a number from 1 to {max} and press Enter, or 0 to stop: ")
    },
    type_a_number_or_previous: |max| {
        format!("Type a number from 1 to {max} and press Enter, or 0 for the previous question: ")
    },
    back_words: ["back", "b"],
    your_answer_was: |given| format!("Your answer was: {given}"),
    line_privacy_save: "Your answers are forgotten when this ends. Nothing is saved unless, at \
                        the end, you say yes to saving a summary.",
    line_privacy_nothing: "Your answers are forgotten when this ends. Nothing is saved.",
    save_summary_question: "Save a summary of your answers to a file? Type y and press Enter \
                            to save it, or just press Enter to save nothing: ",
    yes_words: ["y", "yes"],
    not_yes_or_no: |typed| format!("Sorry, \"{typed}\" is not y or n."),
    nothing_saved: "Nothing was saved.",

    handout_heading: |date| format!("lantern handout, {date}"),
    handout_yours: "This handout is yours to keep. It is general information, not medical \
                    advice and not a diagnosis. Talk to your own doctor, nurse or counselor \
                    about your health.",
    handout_crisis: "If you are in crisis or thinking about suicide, call or text 988, any \
                     time, free.",
    handout_covered: "WHAT WE COVERED",
    handout_nothing_covered: "We did not open any sections together this time.",
    next_steps_label: "Next steps",
    handout_sources: "Sources (the numbers in brackets above):",
    handout_full_section: |n| {
        format!(
            "This is a short version: the whole section is number {n} in lantern, the \
             program we used together."
        )
    },
    handout_results: "SELF-CHECK RESULTS (not a diagnosis)",
    summary_heading: |date| format!("lantern self-check summary, {date}"),
    summary_note: "This is not a diagnosis and not medical advice. It is a note of your \
                   answers to help you talk with a professional.",

    summary_saved: |path| format!("Saved your summary to {path}"),
    summary_failed: |err| format!("Could not save the summary: {err}"),
    handout_saved: |path| format!("Handout saved to {path}"),
    handout_failed: |err| format!("Could not save the handout: {err}"),
    settings_failed: |err| {
        format!("Could not save settings ({err}). lantern carries on; changes last until you quit.")
    },
    new_client_ready: "Ready for the next client: everything was cleared.",
    answers_cleared: "Your answers were cleared.",
    no_settings_folder_error: "no settings folder was found",
    no_data_folder: "no data folder was found",
    no_documents_folder: "no documents or home folder was found",
    in_folder: |err, folder| format!("{err} (in {folder})"),
    error_help: "If you need help now, call or text 988.",
    settings_need_fixing: "lantern: the settings above have a problem; fix them and try again. \
                           The file was not changed.",
    no_such_section: |wanted, count, ids| {
        format!(
            "lantern: there is no section `{wanted}`. Give a number from 1 to {count} or one \
             of these ids: {ids}"
        )
    },
    place_not_saved: |err| format!("lantern: could not save your reading place: {err}"),
    output_failed: |err| format!("lantern: could not write the output: {err}"),
    kiosk_needs_terminal: |why| {
        format!(
            "lantern: kiosk mode needs a full-screen terminal, and {why}, so the kiosk did not \
             start. A kiosk never falls back to the line-by-line menu, which a visitor could \
             quit. Run it on a real terminal: the systemd unit in assets/kiosk/ does this (its \
             README says how). `lantern doctor --mode kiosk` checks the set-up."
        )
    },
    stdin_not_terminal: "its input is not a terminal",
    stdout_not_terminal: "its output is not a terminal",
    term_is_dumb: "TERM is \"dumb\", a terminal that cannot show it",
};

/// Spanish: plain US and Latin American Spanish, "usted", short and warm; the crisis words
/// match the Spanish pack's own (`content/es/crisis.toml`, `questionnaire.toml`).
pub const ES: Catalog = Catalog {
    get_help_now: "Obtenga ayuda ahora",
    // Short enough that Ctrl-G shows wherever it does in English (Spanish words are longer).
    badges: [
        " ! o Ctrl-G  Obtenga ayuda ahora · Llame o escriba al 988 ",
        " ! o Ctrl-G  Ayuda · Llame o escriba al 988 ",
        " ! Ayuda · Llame o escriba al 988 ",
        " ! Llame o escriba al 988 ",
    ],
    text_badges: [
        " Ctrl-G  Obtenga ayuda ahora · Llame o escriba al 988 ",
        " Ctrl-G Ayuda · Llame o escriba al 988 ",
        " Ctrl-G · Llame o escriba al 988 ",
        " Ctrl-G · Llame al 988 ",
    ],
    call_or_text_988: ["Llame o escriba al 988", "Llame al 988", "988"],
    press_for_help: ["Presione ! para pedir ayuda", "! para ayuda", "! ayuda"],
    too_small: ["Ventana muy pequeña", "Muy pequeña"],
    make_larger: ["Agrándela a 40×12 o más", "Mínimo 40×12"],

    back_button: " ‹ Atrás ",
    end_session_button: " Terminar sesión ",
    counselor_mode: " · consejero",
    place_welcome: "Inicio",
    place_contents: "Contenido",
    place_section: |n, of| format!("Sección {n} de {of}"),
    place_search: "Buscar",
    place_glossary: "Glosario",
    place_sources: "Fuentes",
    place_settings: "Ajustes",
    place_self_check: "Autoevaluación",
    place_question: |n, of| format!("Autoevaluación {n} de {of}"),

    hint_close: "Esc cerrar",
    hint_check: "Enter comprobar",
    hint_cancel: "Esc cancelar",
    hint_keys_f1: "F1 teclas",
    hint_back: "Esc atrás",
    hint_keys: "? teclas",
    hint_end_session: "e terminar sesión",
    hint_handout: "h folleto",
    hint_new_client: "N nuevo cliente",
    hint_quit: "q salir",

    disclaimer: "lantern no es consejo médico y no puede darle un diagnóstico. Para consejos \
                 sobre su propia salud, hable con un médico, una enfermera o un consejero.",
    privacy: "lantern funciona sin internet. Nada de lo que haga aquí se envía a ningún \
              lugar, ni se guarda a menos que usted lo pida.",
    kiosk_privacy: "Nada de lo que haga aquí se envía ni se guarda. Cuando se vaya, esta \
                    pantalla se borra sola; presione e o toque Terminar sesión para borrarla \
                    ahora.",
    kiosk_start: "Toque una opción de abajo, o presione su número, para empezar.",
    kiosk_help: "¿Necesita ayuda ahora mismo? Llame o envíe un mensaje de texto al 988. \
                 Presione ! o toque la barra de ayuda de abajo para ver todas las formas de \
                 recibir ayuda aquí.",
    not_advice_short: "No es consejo médico. No es un diagnóstico.",
    continue_reading: "Seguir leyendo",
    where_you_left_off: "Donde se quedó",
    where_you_left_off_in: |n, title| format!("Donde se quedó: {n}. {title}"),
    item_read: "Leer",
    item_read_about: |topic| format!("Aprenda sobre {topic}, sección por sección"),
    item_self_check: "Autoevaluación",
    item_self_check_about: "¿Debo hablar con un profesional? Preguntas cortas, sin puntaje",
    item_get_help_about: "Líneas de crisis para llamar o escribir, el 988 primero",
    facts_checked_on: |date| format!("Datos comprobados con sus fuentes el {date}."),
    facts_checked_between: |oldest, newest| {
        format!("Datos comprobados con sus fuentes entre el {oldest} y el {newest}.")
    },
    reviewed_by: |reviewers| format!("Revisado por un profesional clínico: {reviewers}."),
    reviewed_no_clinician: "Aún sin revisión de un profesional clínico.",
    about_fallback: |topic| {
        format!(
            "Información clara y con fuentes sobre {topic}, sección por sección, y dónde \
             buscar ayuda."
        )
    },

    contents_heading: |n| format!("Contenido — {n} secciones. Elija una para leer."),
    contents_heading_short: |n| format!("Contenido — {n} secciones"),
    read_mark: " leída ·",
    terms_count: |n| format!(" {n} término{}", plural(n, "", "s")),
    glossary_row_about: "Las palabras médicas de las secciones, explicadas",
    sources_count: |n| format!(" {n} fuente{}", plural(n, "", "s")),
    sources_row_about: "Cada estudio, etiqueta de medicamento y página oficial que citan las \
                        secciones",

    crisis_opening: "No tiene que pasar por esto a solas. Hay ayuda gratis y confidencial, a \
                     cualquier hora.",
    crisis_how: "Use cualquier teléfono. lantern no hace llamadas ni se conecta a nada.",
    crisis_close_hints: [
        " ↓ más · [ Cerrar ] Esc ",
        " [ Cerrar ] Esc ",
        " ↓ más · Esc cerrar ",
        " Esc cerrar ",
    ],
    crisis_compact_hints: ["Esc cerrar · ↓ más", "Esc cerrar", "Esc"],
    front_desk_name: "Avise en la recepción",
    front_desk_contact: "El personal puede ayudarle ahora mismo. Hable con cualquier persona \
                         de la recepción.",

    new_client_title: " Nuevo cliente ",
    new_client_question: "¿Empezar de nuevo para el siguiente cliente? Esto borra las \
                          respuestas de la autoevaluación, las secciones vistas y cada lugar \
                          en el texto.",
    new_client_yes: " Sí, borrar todo (s) ",
    new_client_no: " No (n) ",
    handout_title: " Folleto ",
    handout_question: "¿Poner también los resultados de la autoevaluación en el folleto? Son \
                       privados: inclúyalos solo si su cliente está de acuerdo. Esc cancela el \
                       folleto.",
    handout_yes: " Sí, incluirlos (s) ",
    handout_no: " No, dejarlos fuera (n) ",
    still_there: "¿Sigue ahí?",
    kiosk_content_failed: "El contenido de este quiosco no pasó su control; personal: vea el \
                           registro o ejecute lantern doctor.",
    starting_over: |seconds| {
        format!(
            "Todo empezará de nuevo en {seconds} s, para que la próxima persona no vea nada \
             suyo. Sus respuestas se borrarán."
        )
    },
    keep_going: "Toque la pantalla o presione cualquier tecla para continuar.",
    pin_prompt: "Escriba el PIN del personal y presione Enter. Esc cancela.",
    staff_exit: "Salida del personal",
    pin_wrong: "Ese PIN no es correcto.",
    pin_locked: "Demasiados intentos. Espere un rato y vuelva a intentarlo. Cada espera es \
                 más larga que la anterior.",

    help_title: |screen| format!(" Teclas: {screen} "),
    help_close_hints: [
        " ↓ más · [ Cerrar ] ? o Esc ",
        " [ Cerrar ] ? o Esc ",
        " ↓ más · ? o Esc cerrar ",
        " ? o Esc cerrar ",
    ],
    context_reading: "Lectura",
    context_keys: "Teclas",
    context_question: "Pregunta",
    type_words: "Escriba las palabras que busca",
    type_pin: "Escriba el PIN del personal",
    key_space: "Espacio",

    key_get_help: "Obtenga ayuda ahora: líneas de crisis, el 988 primero",
    key_help: "Mostrar u ocultar estas teclas",
    key_back: "Cerrar esto, o volver atrás",
    key_back_text: "Volver atrás",
    key_quit: "Salir de inmediato (no deja nada en la pantalla)",
    key_search: "Buscar en todas las secciones",
    key_glossary: "Glosario: palabras explicadas",
    key_sources: "Fuentes: todas las referencias",
    key_move_up: "Subir",
    key_move_down: "Bajar",
    key_scroll_up: "Subir una línea",
    key_scroll_down: "Bajar una línea",
    key_page_up: "Subir una página",
    key_page_down: "Bajar una página",
    key_open_number: "Abrir una opción por su número",
    key_open_item: "Abrir la opción marcada",
    key_list_page_up: "Una página hacia arriba",
    key_list_page_down: "Una página hacia abajo",
    key_first_section: "Primera sección",
    key_last_section: "Última sección",
    key_open_row: "Abrir la fila marcada",
    key_start: "Ir al principio",
    key_end: "Ir al final",
    key_next_section: "Sección siguiente",
    key_previous_section: "Sección anterior",
    key_previous_result: "Resultado anterior",
    key_next_result: "Resultado siguiente",
    key_results_page_up: "Una página de resultados hacia arriba",
    key_results_page_down: "Una página de resultados hacia abajo",
    key_first_result: "Primer resultado",
    key_last_result: "Último resultado",
    key_read_match: "Leer la sección en este resultado",
    key_delete_letter: "Borrar una letra",
    key_settings: "Ajustes: tema, caracteres, ratón",
    key_section_number: "Abrir una sección por su número (del 10 en adelante: dos dígitos)",
    key_clear_answers: "Borrar mis respuestas ahora",
    key_start_self_check: "Empezar la autoevaluación",
    key_give_selected: "Dar la respuesta marcada",
    key_give_number: "Dar la respuesta con ese número",
    key_previous_question: "Volver a la pregunta anterior",
    key_change_answers: "Cambiar mis respuestas",
    key_last_question: "Volver a la última pregunta",
    key_save_summary: "Guardar un resumen en un archivo",
    key_top: "Ir arriba",
    key_first_setting: "Primer ajuste",
    key_last_setting: "Último ajuste",
    key_change_setting: "Cambiar el ajuste marcado",
    key_yes: "Sí",
    key_no: "No",
    key_check_pin: "Comprobar el PIN",
    key_delete_digit: "Borrar un dígito",
    key_handout: "Folleto: escribir un archivo de texto para darle al cliente",
    key_new_client: "Nuevo cliente: borrar todo (pregunta antes)",
    key_prompts: "Mostrar u ocultar las preguntas para conversar",
    key_end_session: "Terminar sesión: borrar todo y empezar de nuevo",
    key_language: "Cambiar de idioma: English · Español",
    key_continue_reading: "Seguir leyendo donde lo dejó",

    all_shown: "Todo a la vista",
    lines_of: |first, last, total, percent| {
        format!("Líneas {first}–{last} de {total} · {percent}%")
    },
    glossary_status: [" Glosario · s fuentes · / buscar", " Glosario"],
    sources_status: [" Fuentes · w glosario · / buscar", " Fuentes"],

    previous_button: " ‹ Anterior ",
    next_button: " Siguiente › ",
    reader_status: [" · ← → secciones · / buscar", " · ← → secciones"],
    prompts_heading: "Para conversar juntos (d las oculta)",
    no_prompts: "Esta sección no tiene preguntas para conversar.",
    callout_key_fact: "DATO CLAVE",
    callout_warning: "ADVERTENCIA",
    callout_takeaway: "EN RESUMEN",
    section_of_reading: |n, of, minutes| {
        format!("Sección {n} de {of} · unos {minutes} min de lectura")
    },
    key_points: "Puntos clave",
    what_next: "Lo que puede hacer ahora",
    words_used_here: "Palabras usadas aquí",
    how_checked: "Cómo se revisó",
    not_reviewed: "Todavía no lo ha revisado un profesional clínico",
    reviewed_by_on: |name, role, date| format!("Revisado por {name} ({role}) el {date}"),
    reviewed_older: |name, role, date, reviewed, version| {
        format!(
            "Revisado por {name} ({role}) el {date}, para la versión {reviewed} (esta es la \
             versión {version}; el texto puede haber cambiado desde entonces)"
        )
    },
    sources_checked_on: |date| format!("Última comprobación con las fuentes: {date}"),

    search_label: "Buscar: ",
    search_empty: "Escriba una palabra o una frase. Enter abre la sección donde aparece.",
    search_none: "No hay resultados. Pruebe con una palabra más corta o distinta.",
    search_count: |matches, sections| {
        format!(
            "{matches} resultado{} en {sections} secci{}",
            plural(matches, "", "s"),
            plural(sections, "ón", "ones")
        )
    },
    search_first_listed: |n| format!(" (se muestran los primeros {n})"),

    not_a_test: "Una autoevaluación, no un examen",
    press_enter_to_go_on: |answered, of| {
        format!("Presione Enter para seguir. Ha contestado {answered} de {of}.")
    },
    press_enter_to_start: "Presione Enter para empezar.",
    touch_to_go_on: |answered, of| {
        format!(
            "Toque esta página, o presione Enter, para seguir. Ha contestado {answered} de {of}."
        )
    },
    touch_to_start: "Toque esta página, o presione Enter, para empezar.",
    self_check_privacy_personal: "Sus respuestas se quedan en esta pantalla, solo mientras \
                                  lantern está abierto. Se borran cuando usted sale o las \
                                  borra. No se guarda nada, a menos que usted pida un resumen \
                                  al final.",
    self_check_privacy_counselor: "Sus respuestas se quedan en esta pantalla, solo mientras \
                                   lantern está abierto. Se borran al empezar de nuevo con el \
                                   siguiente cliente, al salir o al borrarlas. No se guarda \
                                   nada, a menos que pida un resumen o un folleto.",
    self_check_privacy_kiosk: "Sus respuestas se quedan en esta pantalla solo mientras la usa. \
                               Se borran cuando termina la sesión o se va. Aquí nunca se \
                               guarda nada.",
    question_of: |n, of| format!("Pregunta {n} de {of}"),
    prefer_not_to_say: "Prefiero no contestar",
    not_answered: "(sin respuesta)",
    your_answer: " (su respuesta)",
    how_to_answer_touch: "Toque una respuesta, o use ↑ ↓ y Enter, o un número · ← volver · x \
                          borrar mis respuestas",
    how_to_answer: "↑ ↓ y Enter, o un número, para contestar · ← volver · x borrar mis \
                    respuestas",
    intro_status: " Autoevaluación",
    results_status: [
        " Resultados · c cambiar · s guardar",
        " Resultados · c cambiar",
        " Resultados",
    ],
    why: "Por qué",
    no_reasons: "Ninguna de sus respuestas apuntó a una sola razón clara. Lo que usted siente \
                 importa de todos modos.",
    skipped_count: |n, of| format!("Usted no respondió {n} de las {of} preguntas."),
    skipped_count_and_safety: |n, of| {
        format!("Usted no respondió {n} de las {of} preguntas, entre ellas la de su seguridad.")
    },
    skipped_safety_only: "Usted no respondió la pregunta sobre su seguridad.",
    skipped_rests_on: "Estos resultados se basan solo en las respuestas que dio, así que no \
        pueden decirle que todo está bien. Al final, sus respuestas muestran lo que no respondió.",
    skipped_help: "Sea lo que sea que no respondió, un médico, una enfermera o un consejero \
        puede hablarlo con usted. Si las cosas se sienten difíciles, puede llamar o enviar un \
        mensaje de texto al 988 en cualquier momento.",
    skipped_summary: "Hubo muy pocas respuestas para sacar algo en claro. Lo que usted siente \
        importa, haya respondido lo que haya respondido.",
    skipped_no_reasons: "Hubo muy pocas respuestas para señalar una razón.",
    skipped_say: "“Me gustaría hablar con alguien de cómo me he estado sintiendo.”",
    say_heading: "Lo que podría decirle a un profesional",
    talk_together: "Para conversar juntos",
    crisis_line: "Si en algún momento siente que no está a salvo, llame o envíe un mensaje de \
                  texto al 988, a cualquier hora. Es gratis y privado.",
    results_keys_kiosk: "c cambiar mis respuestas · x borrar mis respuestas · e terminar sesión",
    results_keys_counselor: "c cambiar respuestas · s guardar un resumen · h folleto · x \
                             borrar respuestas",
    results_keys_personal: "c cambiar mis respuestas · s guardar un resumen · x borrar mis \
                            respuestas",
    your_answers: "Sus respuestas",
    result_label: |title| format!("Resultado: {title}"),

    on: "activado",
    off: "desactivado",
    setting_theme: "Tema",
    setting_characters: "Caracteres",
    setting_mouse: "Ratón",
    setting_remember: "Recordar dónde me quedé",
    setting_language: "Idioma / Language",
    theme_default: "predeterminado",
    theme_high_contrast: "alto contraste",
    theme_mono: "monocromo",
    characters_ascii: "solo ASCII",
    characters_unicode: "Unicode",
    theme_about: "Colores: predeterminado (los de su terminal), alto contraste, o monocromo \
                  (sin color)",
    characters_about: "Solo ASCII sirve en consolas que muestran cuadritos o signos de \
                       interrogación",
    mouse_about: "Hacer clic y desplazarse. Mientras esté activado, copiar y pegar en su \
                  terminal puede necesitar la tecla Mayús (Shift)",
    remember_about: "Guarda su última sección y lo que ya leyó en esta computadora. \
                     Desactivarlo lo olvida",
    language_about: "Las palabras de la pantalla y el contenido",
    saved_at: |path| format!("Los cambios se guardan de inmediato en {path}"),
    no_settings_folder: "No se encontró una carpeta de ajustes, así que los cambios duran \
                         hasta que salga.",
    counselor_saves_nothing: "El modo consejero no guarda nada: los cambios duran hasta que \
                              salga.",
    settings_how: "Enter o Espacio cambia el ajuste marcado. Esc vuelve atrás.",

    glossary_intro: "Las palabras que usan las secciones, en lenguaje sencillo. Cada una está \
                     subrayada donde aparece por primera vez.",
    used_in: |sections| format!("Se usa en {sections}"),
    sources_intro: "Todas las fuentes que citan las secciones: agencias del gobierno, la \
                    etiqueta del producto y artículos de investigación. Dentro de una sección, \
                    [1] remite a la lista propia de esa sección.",
    cited_in: |count, numbers| {
        format!(
            "Se cita en {} {numbers}",
            plural(count, "la sección", "las secciones")
        )
    },

    call_any_time: "Llame o envíe un mensaje de texto al 988 a cualquier hora para recibir \
                    ayuda gratis y confidencial.",
    menu_read: "Leer una sección",
    menu_self_check: "Autoevaluación: ¿debo hablar con un profesional?",
    menu_get_help: "Obtenga ayuda ahora (líneas de crisis, el 988 primero)",
    menu_quit: "Salir",
    sections_label: "Secciones:",
    type_a_number: |max| format!("Escriba un número del 1 al {max} y presione Enter: "),
    not_a_number: |typed| format!("Perdón, \"{typed}\" no es uno de los números."),
    stopped_early: "Se detuvo antes del final. Sus respuestas no se guardaron.",
    type_a_number_or_back: |max| {
        format!("Escriba un número del 1 al {max} y presione Enter, o 0 para volver: ")
    },
    type_a_number_or_stop: |max| {
        format!("Escriba un número del 1 al {max} y presione Enter, o 0 para parar: ")
    },
    type_a_number_or_previous: |max| {
        format!(
            "Escriba un número del 1 al {max} y presione Enter, o 0 para volver a la pregunta \
             anterior: "
        )
    },
    back_words: ["volver", "atrás"],
    your_answer_was: |given| format!("Su respuesta fue: {given}"),
    line_privacy_save: "Sus respuestas se olvidan cuando esto termina. No se guarda nada, a \
                        menos que al final diga que sí a guardar un resumen.",
    line_privacy_nothing: "Sus respuestas se olvidan cuando esto termina. No se guarda nada.",
    save_summary_question: "¿Guardar un resumen de sus respuestas en un archivo? Escriba s y \
                            presione Enter para guardarlo, o solo presione Enter para no \
                            guardar nada: ",
    yes_words: ["s", "sí"],
    not_yes_or_no: |typed| format!("Perdón, \"{typed}\" no es s ni n."),
    nothing_saved: "No se guardó nada.",

    handout_heading: |date| format!("Folleto de lantern, {date}"),
    handout_yours: "Este folleto es para usted. Es información general: no es consejo médico \
                    ni un diagnóstico. Hable de su salud con su propio médico, enfermera o \
                    consejero.",
    handout_crisis: "Si está en crisis o piensa en el suicidio, llame o envíe un mensaje de \
                     texto al 988, a cualquier hora, gratis.",
    handout_covered: "LO QUE VIMOS",
    handout_nothing_covered: "Esta vez no abrimos ninguna sección juntos.",
    next_steps_label: "Próximos pasos",
    handout_sources: "Fuentes (los números entre corchetes de arriba):",
    handout_full_section: |n| {
        format!(
            "Esto es un resumen: la sección completa es la número {n} de lantern, el \
             programa que usamos juntos."
        )
    },
    handout_results: "RESULTADOS DE LA AUTOEVALUACIÓN (no es un diagnóstico)",
    summary_heading: |date| format!("Resumen de la autoevaluación de lantern, {date}"),
    summary_note: "Esto no es un diagnóstico ni un consejo médico. Es una nota de sus \
                   respuestas para ayudarle a hablar con un profesional.",

    summary_saved: |path| format!("Su resumen se guardó en {path}"),
    summary_failed: |err| format!("No se pudo guardar el resumen: {err}"),
    handout_saved: |path| format!("El folleto se guardó en {path}"),
    handout_failed: |err| format!("No se pudo guardar el folleto: {err}"),
    settings_failed: |err| {
        format!(
            "No se pudieron guardar los ajustes ({err}). lantern sigue funcionando; los \
             cambios duran hasta que salga."
        )
    },
    new_client_ready: "Listo para el siguiente cliente: se borró todo.",
    answers_cleared: "Sus respuestas se borraron.",
    no_settings_folder_error: "no se encontró una carpeta de ajustes",
    no_data_folder: "no se encontró una carpeta de datos",
    no_documents_folder: "no se encontró la carpeta de documentos ni la carpeta personal",
    in_folder: |err, folder| format!("{err} (en {folder})"),
    error_help: "Si necesita ayuda ahora, llame o envíe un mensaje de texto al 988.",
    settings_need_fixing: "lantern: la configuración de arriba tiene un problema; corríjalo y \
                           vuelva a intentarlo. El archivo no se cambió.",
    no_such_section: |wanted, count, ids| {
        format!(
            "lantern: no hay ninguna sección `{wanted}`. Escriba un número del 1 al {count} o \
             uno de estos identificadores: {ids}"
        )
    },
    place_not_saved: |err| format!("lantern: no se pudo guardar el lugar donde iba leyendo: {err}"),
    output_failed: |err| format!("lantern: no se pudo escribir la salida: {err}"),
    kiosk_needs_terminal: |why| {
        format!(
            "lantern: el modo quiosco necesita una terminal de pantalla completa, y {why}, así \
             que el quiosco no se inició. Un quiosco nunca pasa al menú línea por línea, que un \
             visitante podría cerrar. Ejecútelo en una terminal real: la unidad de systemd de \
             assets/kiosk/ lo hace (su README explica cómo). `lantern doctor --mode kiosk` \
             revisa la instalación."
        )
    },
    stdin_not_terminal: "su entrada no es una terminal",
    stdout_not_terminal: "su salida no es una terminal",
    term_is_dumb: "TERM es \"dumb\", una terminal que no puede mostrarlo",
};
