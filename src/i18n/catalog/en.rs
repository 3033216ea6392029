//! English: every word lantern itself says. Spanish is in es.rs, field for field.

use super::{plural, Catalog};

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
    handout_plan_question: "Put the plan for hard moments in the handout too? It is the \
                            client's own: ask them first.",
    handout_plan_yes: " Yes, add the plan (y) ",
    handout_plan_no: " No, leave it out (n) ",
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
    plan_title: "My plan for hard moments",
    plan_place: "My plan",
    plan_about: "Write down what helps and whom to reach, in your own words",
    plan_intro: "A plan made ahead of time, for when things get hard: what to notice, what to \
                 do, and whom to reach. It is yours: pick any ideas below, write your own, or \
                 skip a step.",
    plan_kept: "Your plan stays only while lantern is open. Nothing is written to a file.",
    plan_method: "The steps follow the Safety Planning Intervention (Stanley and Brown, \
                  2012).",
    plan_steps: [
        "Signs that a hard time is starting",
        "Things I can do on my own",
        "People and places that take my mind off it",
        "People I can ask for help",
        "Professionals and crisis lines",
        "Making my space safer",
        "My reasons to keep going",
    ],
    plan_prompts: [
        "What do you notice in yourself when things start to get hard?",
        "What helps you get through a hard moment, even a little?",
        "Who or where helps you feel less alone, without talking about it?",
        "Who would you ask for help? Add their name and how to reach them.",
        "Who can you call or text any time? 988 is always first.",
        "What could make your space safer while things are hard? Only what feels right to you.",
        "What matters to you? This step is yours to fill, or to leave for later.",
    ],
    plan_examples: [
        &[
            "I stop answering messages",
            "I sleep much more, or much less",
            "I feel numb, or on edge",
            "I think things will never get better",
            "I drink or use more than usual",
        ],
        &[
            "Go for a walk",
            "Take a shower",
            "Listen to music I like",
            "Write down how I feel",
            "Breathe slowly for a few minutes",
        ],
        &[
            "Call a friend just to chat",
            "Go to a café, a library or a park",
            "Spend time with family",
            "Go to a group I belong to",
        ],
        &["A friend:", "Someone in my family:", "A neighbour:"],
        &["My doctor:", "My counselor:"],
        &[
            "Ask someone I trust to keep anything I could hurt myself with until I feel safer",
            "Stay with someone, or go where other people are",
            "Spend time in a room that feels calm",
        ],
        &[
            "People I love",
            "A pet who needs me",
            "Things I still want to do",
            "My faith or my values",
        ],
    ],
    plan_step_of: |step, steps| format!("Step {step} of {steps}"),
    plan_summary: "My whole plan",
    plan_write_own: "Write my own…",
    plan_typing: "Type, then Enter to add it · Esc cancel",
    plan_empty_step: "(nothing yet)",
    plan_previous: "‹ Previous step",
    plan_next: "Next step ›",
    plan_link: "p  My plan for hard moments: what helps, and whom to reach",
    key_plan: "My plan for hard moments",
    key_plan_item: "Add or take out the selected line",
    key_plan_add: "Add the line typed",
    key_next_step: "Next step",
    key_previous_step: "Previous step",
    key_save_plan: "Save my plan (one file, only you can read it)",
    key_delete_plan: "Delete my saved plan (asks first)",
    plan_kept_personal: "Nothing is saved unless you choose Save my plan. Then it is one \
                         file that only you can read, there the next time you open lantern.",
    plan_save_keys: "s  Save my plan · D  Delete my plan",
    plan_saved: |path| format!("Your plan is saved in {path}. Only you can read it."),
    plan_failed: |err| format!("Your plan was not saved or deleted: {err}"),
    plan_deleted: "Your saved plan is deleted.",
    plan_kept_lines_personal: "Nothing is saved unless you say yes at the end. Then it is one \
                               file that only you can read.",
    plan_lines_how: "Type a number to add that idea, or write your own line. An empty line \
                     goes on to the next step.",
    plan_always_first: "Always first:",
    plan_added: |line| format!("Added: {line}"),
    plan_save_question: "Save this plan? It goes in one file that only you can read. (y/n) ",
    plan_none_saved: "No plan is saved. Make one with `lantern plan`, or in lantern (item 4).",
    plan_unreadable: |err| {
        format!("Your saved plan could not be read, so it is left as it is: {err}")
    },
    plan_delete_title: " Delete my plan ",
    plan_delete_question: "Delete your saved plan? The file goes, and the plan on screen is \
                           cleared. This cannot be undone.",
    plan_delete_yes: " Yes, delete it (y) ",
    plan_delete_no: " No (n) ",
    plan_qr_caption: "Point a phone's camera here to take your plan with you as text:",
    crisis_qr_caption: "Point a phone's camera here to save 988 as a contact:",
    cover_title: "Notes",
    cover_body: "Nothing here yet.",
    cover_badges: [" ! or Ctrl-G  Help ", " ! Help ", " ! "],
    cover_back_hint: "Ctrl-W back",
    cover_kiosk_hint: "Press any key to start",
    hint_cover: "Ctrl-W hide",
    key_cover: "Hide the screen at once; Ctrl-W again brings it back",
    key_cover_kiosk: "Hide the screen at once, and wipe the session",
    help_cover_limits: "Ctrl-W cannot hide what someone already saw, files you saved, \
                        your shell's history, or a window title that names lantern.",
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
