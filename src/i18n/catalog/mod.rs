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

impl<const N: usize> Phrase for [&'static [&'static str]; N] {
    fn said(&self) -> Vec<String> {
        self.iter()
            .flat_map(|list| list.iter().map(|s| (*s).to_string()))
            .collect()
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
    handout_plan_question: &'static str,
    handout_plan_yes: &'static str,
    handout_plan_no: &'static str,
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

    // ---- My plan for hard moments (a safety plan) ------------------------------------------
    /// Its name: the welcome item, the header, the keys panel.
    plan_title: &'static str,
    plan_about: &'static str,
    /// Its short name, for the header.
    plan_place: &'static str,
    /// Above the first step: what the plan is, and that it is the person's own.
    plan_intro: &'static str,
    /// Where the plan stays: only while lantern is open.
    plan_kept: &'static str,
    /// The method the steps follow, with its paper.
    plan_method: &'static str,
    /// Each step's name, in the order of the method.
    plan_steps: [&'static str; 7],
    /// What each step asks, in a line.
    plan_prompts: [&'static str; 7],
    /// Ideas to choose from, per step.
    plan_examples: [&'static [&'static str]; 7],
    /// "Step 3 of 7".
    plan_step_of: fn(usize, usize) -> String,
    /// The last page: the whole plan.
    plan_summary: &'static str,
    plan_write_own: &'static str,
    /// Under the field where a line is typed.
    plan_typing: &'static str,
    /// A step with nothing in it yet, on the last page.
    plan_empty_step: &'static str,
    plan_previous: &'static str,
    plan_next: &'static str,
    /// The crisis panel's and the results' way to the plan.
    plan_link: &'static str,
    key_plan: &'static str,
    key_plan_item: &'static str,
    key_plan_add: &'static str,
    key_next_step: &'static str,
    key_previous_step: &'static str,
    key_save_plan: &'static str,
    key_delete_plan: &'static str,
    /// Personal: where the plan stays, and how to keep it.
    plan_kept_personal: &'static str,
    /// Personal: the keys that save and delete it, under every page.
    plan_save_keys: &'static str,
    plan_saved: fn(&str) -> String,
    plan_failed: fn(&str) -> String,
    plan_deleted: &'static str,
    /// `lantern plan`: where the plan stays in personal mode, and how it is kept.
    plan_kept_lines_personal: &'static str,
    /// `lantern plan`: how a step is answered.
    plan_lines_how: &'static str,
    /// `lantern plan`: before 988 in the professionals' step.
    plan_always_first: &'static str,
    plan_added: fn(&str) -> String,
    plan_save_question: &'static str,
    /// `lantern plan --print` with no plan saved.
    plan_none_saved: &'static str,
    /// At the start: the saved plan's file could not be read (it is left as it is).
    plan_unreadable: fn(&str) -> String,
    plan_delete_title: &'static str,
    plan_delete_question: &'static str,
    plan_delete_yes: &'static str,
    plan_delete_no: &'static str,

    /// Above the plan's QR code.
    plan_qr_caption: &'static str,
    /// Above the crisis panel's QR code.
    crisis_qr_caption: &'static str,

    // ---- The cover: a neutral page that says nothing about health ------------------------
    cover_title: &'static str,
    cover_body: &'static str,
    /// The cover's footer badge, longest first: how to get help, in words that name nothing.
    cover_badges: [&'static str; 3],
    /// The cover's footer hint, personal and counselor: the key that brings the screen back.
    cover_back_hint: &'static str,
    /// The cover's footer hint in a kiosk, whose session the cover wiped.
    cover_kiosk_hint: &'static str,
    /// The footer hint for the cover key.
    hint_cover: &'static str,
    key_cover: &'static str,
    key_cover_kiosk: &'static str,
    /// At the end of the help panel: what the cover key cannot hide.
    help_cover_limits: &'static str,

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

pub(super) fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}

mod en;
mod es;
pub use en::EN;
pub use es::ES;
