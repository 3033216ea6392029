# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_lantern_global_optspecs
    string join \n content= mode= config= theme= ascii lang= mouse idle-timeout= h/help V/version
end

function __fish_lantern_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_lantern_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_lantern_using_subcommand
    set -l cmd (__fish_lantern_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c lantern -n "__fish_lantern_needs_command" -l content -d 'Use the content pack in this folder instead of the built-in one' -r -F
complete -c lantern -n "__fish_lantern_needs_command" -l mode -d 'Where lantern is used: personal (default), counselor, or kiosk. Also LANTERN_MODE' -r -f -a "personal\t'One person on their own computer'
counselor\t'A counselor and a client together'
kiosk\t'A shared terminal in a waiting room: cannot be quit, wipes itself, writes nothing'"
complete -c lantern -n "__fish_lantern_needs_command" -l config -d 'Config file to use (default: config.toml in your config folder). Also LANTERN_CONFIG' -r -F
complete -c lantern -n "__fish_lantern_needs_command" -l theme -d 'Colours: default (your terminal\'s), high-contrast, or mono. Also LANTERN_THEME; a non-empty NO_COLOR means mono' -r -f -a "default\t'The terminal\'s own colours and its 16-colour palette'
high-contrast\t'Bright colours and bold on black'
mono\t'No colour at all: bold, underline and reverse video only'"
complete -c lantern -n "__fish_lantern_needs_command" -l lang -d 'The language of the app and its content: en or es (default: from the locale, LC_ALL, LC_MESSAGES or LANG)' -r -f -a "en\t'English'
es\t'Spanish (español)'"
complete -c lantern -n "__fish_lantern_needs_command" -l idle-timeout -d 'Kiosk: seconds without input before "Still there?" (default 120)' -r
complete -c lantern -n "__fish_lantern_needs_command" -l ascii -d 'Draw with plain ASCII characters only (automatic on the Linux console and when the locale is not UTF-8)'
complete -c lantern -n "__fish_lantern_needs_command" -l mouse -d 'Turn the mouse on: click or touch to choose, the wheel to scroll. On by default in kiosk mode'
complete -c lantern -n "__fish_lantern_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lantern -n "__fish_lantern_needs_command" -s V -l version -d 'Print version'
complete -c lantern -n "__fish_lantern_needs_command" -f -a "resources" -d 'Print the crisis resources, 988 first, as plain text'
complete -c lantern -n "__fish_lantern_needs_command" -f -a "self-check" -d 'The self-check as numbered questions: type one answer number a line'
complete -c lantern -n "__fish_lantern_needs_command" -f -a "read" -d 'Print the content as plain text: every section, or one by number or id'
complete -c lantern -n "__fish_lantern_needs_command" -f -a "validate" -d 'Check a content pack and list every problem as FILE:LINE:COL: message, with each section\'s reading grade and review status'
complete -c lantern -n "__fish_lantern_needs_command" -f -a "review-sheet" -d 'Print a sheet for a clinician to check and sign: each section\'s text, its cited claims numbered beside their sources, and a sign-off block'
complete -c lantern -n "__fish_lantern_needs_command" -f -a "new-pack" -d 'Write a small, valid starter pack into a new folder, to make your own topic from'
complete -c lantern -n "__fish_lantern_needs_command" -f -a "completions" -d 'Print shell completions for bash, zsh or fish'
complete -c lantern -n "__fish_lantern_needs_command" -f -a "plan" -d 'My plan for hard moments, line by line: each step\'s ideas numbered, or your own words. In personal mode it offers to save the plan at the end (one file, yours only)'
complete -c lantern -n "__fish_lantern_needs_command" -f -a "doctor" -d 'Check what lantern needs where it runs (terminal, characters, colours, config file, writable folders, content and, in kiosk mode, its settings) and say what to fix. Exit code 0 when all is well, 1 when something is a problem'
complete -c lantern -n "__fish_lantern_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lantern -n "__fish_lantern_using_subcommand resources" -l content -d 'Use the content pack in this folder instead of the built-in one' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand resources" -l mode -d 'Where lantern is used: personal (default), counselor, or kiosk. Also LANTERN_MODE' -r -f -a "personal\t'One person on their own computer'
counselor\t'A counselor and a client together'
kiosk\t'A shared terminal in a waiting room: cannot be quit, wipes itself, writes nothing'"
complete -c lantern -n "__fish_lantern_using_subcommand resources" -l config -d 'Config file to use (default: config.toml in your config folder). Also LANTERN_CONFIG' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand resources" -l theme -d 'Colours: default (your terminal\'s), high-contrast, or mono. Also LANTERN_THEME; a non-empty NO_COLOR means mono' -r -f -a "default\t'The terminal\'s own colours and its 16-colour palette'
high-contrast\t'Bright colours and bold on black'
mono\t'No colour at all: bold, underline and reverse video only'"
complete -c lantern -n "__fish_lantern_using_subcommand resources" -l lang -d 'The language of the app and its content: en or es (default: from the locale, LC_ALL, LC_MESSAGES or LANG)' -r -f -a "en\t'English'
es\t'Spanish (español)'"
complete -c lantern -n "__fish_lantern_using_subcommand resources" -l idle-timeout -d 'Kiosk: seconds without input before "Still there?" (default 120)' -r
complete -c lantern -n "__fish_lantern_using_subcommand resources" -l ascii -d 'Draw with plain ASCII characters only (automatic on the Linux console and when the locale is not UTF-8)'
complete -c lantern -n "__fish_lantern_using_subcommand resources" -l mouse -d 'Turn the mouse on: click or touch to choose, the wheel to scroll. On by default in kiosk mode'
complete -c lantern -n "__fish_lantern_using_subcommand resources" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lantern -n "__fish_lantern_using_subcommand self-check" -l content -d 'Use the content pack in this folder instead of the built-in one' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand self-check" -l mode -d 'Where lantern is used: personal (default), counselor, or kiosk. Also LANTERN_MODE' -r -f -a "personal\t'One person on their own computer'
counselor\t'A counselor and a client together'
kiosk\t'A shared terminal in a waiting room: cannot be quit, wipes itself, writes nothing'"
complete -c lantern -n "__fish_lantern_using_subcommand self-check" -l config -d 'Config file to use (default: config.toml in your config folder). Also LANTERN_CONFIG' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand self-check" -l theme -d 'Colours: default (your terminal\'s), high-contrast, or mono. Also LANTERN_THEME; a non-empty NO_COLOR means mono' -r -f -a "default\t'The terminal\'s own colours and its 16-colour palette'
high-contrast\t'Bright colours and bold on black'
mono\t'No colour at all: bold, underline and reverse video only'"
complete -c lantern -n "__fish_lantern_using_subcommand self-check" -l lang -d 'The language of the app and its content: en or es (default: from the locale, LC_ALL, LC_MESSAGES or LANG)' -r -f -a "en\t'English'
es\t'Spanish (español)'"
complete -c lantern -n "__fish_lantern_using_subcommand self-check" -l idle-timeout -d 'Kiosk: seconds without input before "Still there?" (default 120)' -r
complete -c lantern -n "__fish_lantern_using_subcommand self-check" -l ascii -d 'Draw with plain ASCII characters only (automatic on the Linux console and when the locale is not UTF-8)'
complete -c lantern -n "__fish_lantern_using_subcommand self-check" -l mouse -d 'Turn the mouse on: click or touch to choose, the wheel to scroll. On by default in kiosk mode'
complete -c lantern -n "__fish_lantern_using_subcommand self-check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lantern -n "__fish_lantern_using_subcommand read" -l content -d 'Use the content pack in this folder instead of the built-in one' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand read" -l mode -d 'Where lantern is used: personal (default), counselor, or kiosk. Also LANTERN_MODE' -r -f -a "personal\t'One person on their own computer'
counselor\t'A counselor and a client together'
kiosk\t'A shared terminal in a waiting room: cannot be quit, wipes itself, writes nothing'"
complete -c lantern -n "__fish_lantern_using_subcommand read" -l config -d 'Config file to use (default: config.toml in your config folder). Also LANTERN_CONFIG' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand read" -l theme -d 'Colours: default (your terminal\'s), high-contrast, or mono. Also LANTERN_THEME; a non-empty NO_COLOR means mono' -r -f -a "default\t'The terminal\'s own colours and its 16-colour palette'
high-contrast\t'Bright colours and bold on black'
mono\t'No colour at all: bold, underline and reverse video only'"
complete -c lantern -n "__fish_lantern_using_subcommand read" -l lang -d 'The language of the app and its content: en or es (default: from the locale, LC_ALL, LC_MESSAGES or LANG)' -r -f -a "en\t'English'
es\t'Spanish (español)'"
complete -c lantern -n "__fish_lantern_using_subcommand read" -l idle-timeout -d 'Kiosk: seconds without input before "Still there?" (default 120)' -r
complete -c lantern -n "__fish_lantern_using_subcommand read" -l ascii -d 'Draw with plain ASCII characters only (automatic on the Linux console and when the locale is not UTF-8)'
complete -c lantern -n "__fish_lantern_using_subcommand read" -l mouse -d 'Turn the mouse on: click or touch to choose, the wheel to scroll. On by default in kiosk mode'
complete -c lantern -n "__fish_lantern_using_subcommand read" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lantern -n "__fish_lantern_using_subcommand validate" -l content -d 'Use the content pack in this folder instead of the built-in one' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand validate" -l mode -d 'Where lantern is used: personal (default), counselor, or kiosk. Also LANTERN_MODE' -r -f -a "personal\t'One person on their own computer'
counselor\t'A counselor and a client together'
kiosk\t'A shared terminal in a waiting room: cannot be quit, wipes itself, writes nothing'"
complete -c lantern -n "__fish_lantern_using_subcommand validate" -l config -d 'Config file to use (default: config.toml in your config folder). Also LANTERN_CONFIG' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand validate" -l theme -d 'Colours: default (your terminal\'s), high-contrast, or mono. Also LANTERN_THEME; a non-empty NO_COLOR means mono' -r -f -a "default\t'The terminal\'s own colours and its 16-colour palette'
high-contrast\t'Bright colours and bold on black'
mono\t'No colour at all: bold, underline and reverse video only'"
complete -c lantern -n "__fish_lantern_using_subcommand validate" -l lang -d 'The language of the app and its content: en or es (default: from the locale, LC_ALL, LC_MESSAGES or LANG)' -r -f -a "en\t'English'
es\t'Spanish (español)'"
complete -c lantern -n "__fish_lantern_using_subcommand validate" -l idle-timeout -d 'Kiosk: seconds without input before "Still there?" (default 120)' -r
complete -c lantern -n "__fish_lantern_using_subcommand validate" -l require-review -d 'Also fail (exit 2) if a section has no clinician review of the pack\'s current version in review.toml'
complete -c lantern -n "__fish_lantern_using_subcommand validate" -l print-digest -d 'Print only the pack\'s SHA-256 (over every file lantern reads from it, in every language), for content_sha256 in a kiosk\'s config. Problems are printed instead, with exit code 2'
complete -c lantern -n "__fish_lantern_using_subcommand validate" -l ascii -d 'Draw with plain ASCII characters only (automatic on the Linux console and when the locale is not UTF-8)'
complete -c lantern -n "__fish_lantern_using_subcommand validate" -l mouse -d 'Turn the mouse on: click or touch to choose, the wheel to scroll. On by default in kiosk mode'
complete -c lantern -n "__fish_lantern_using_subcommand validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lantern -n "__fish_lantern_using_subcommand review-sheet" -l content -d 'Use the content pack in this folder instead of the built-in one' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand review-sheet" -l mode -d 'Where lantern is used: personal (default), counselor, or kiosk. Also LANTERN_MODE' -r -f -a "personal\t'One person on their own computer'
counselor\t'A counselor and a client together'
kiosk\t'A shared terminal in a waiting room: cannot be quit, wipes itself, writes nothing'"
complete -c lantern -n "__fish_lantern_using_subcommand review-sheet" -l config -d 'Config file to use (default: config.toml in your config folder). Also LANTERN_CONFIG' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand review-sheet" -l theme -d 'Colours: default (your terminal\'s), high-contrast, or mono. Also LANTERN_THEME; a non-empty NO_COLOR means mono' -r -f -a "default\t'The terminal\'s own colours and its 16-colour palette'
high-contrast\t'Bright colours and bold on black'
mono\t'No colour at all: bold, underline and reverse video only'"
complete -c lantern -n "__fish_lantern_using_subcommand review-sheet" -l lang -d 'The language of the app and its content: en or es (default: from the locale, LC_ALL, LC_MESSAGES or LANG)' -r -f -a "en\t'English'
es\t'Spanish (español)'"
complete -c lantern -n "__fish_lantern_using_subcommand review-sheet" -l idle-timeout -d 'Kiosk: seconds without input before "Still there?" (default 120)' -r
complete -c lantern -n "__fish_lantern_using_subcommand review-sheet" -l ascii -d 'Draw with plain ASCII characters only (automatic on the Linux console and when the locale is not UTF-8)'
complete -c lantern -n "__fish_lantern_using_subcommand review-sheet" -l mouse -d 'Turn the mouse on: click or touch to choose, the wheel to scroll. On by default in kiosk mode'
complete -c lantern -n "__fish_lantern_using_subcommand review-sheet" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lantern -n "__fish_lantern_using_subcommand new-pack" -l content -d 'Use the content pack in this folder instead of the built-in one' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand new-pack" -l mode -d 'Where lantern is used: personal (default), counselor, or kiosk. Also LANTERN_MODE' -r -f -a "personal\t'One person on their own computer'
counselor\t'A counselor and a client together'
kiosk\t'A shared terminal in a waiting room: cannot be quit, wipes itself, writes nothing'"
complete -c lantern -n "__fish_lantern_using_subcommand new-pack" -l config -d 'Config file to use (default: config.toml in your config folder). Also LANTERN_CONFIG' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand new-pack" -l theme -d 'Colours: default (your terminal\'s), high-contrast, or mono. Also LANTERN_THEME; a non-empty NO_COLOR means mono' -r -f -a "default\t'The terminal\'s own colours and its 16-colour palette'
high-contrast\t'Bright colours and bold on black'
mono\t'No colour at all: bold, underline and reverse video only'"
complete -c lantern -n "__fish_lantern_using_subcommand new-pack" -l lang -d 'The language of the app and its content: en or es (default: from the locale, LC_ALL, LC_MESSAGES or LANG)' -r -f -a "en\t'English'
es\t'Spanish (español)'"
complete -c lantern -n "__fish_lantern_using_subcommand new-pack" -l idle-timeout -d 'Kiosk: seconds without input before "Still there?" (default 120)' -r
complete -c lantern -n "__fish_lantern_using_subcommand new-pack" -l ascii -d 'Draw with plain ASCII characters only (automatic on the Linux console and when the locale is not UTF-8)'
complete -c lantern -n "__fish_lantern_using_subcommand new-pack" -l mouse -d 'Turn the mouse on: click or touch to choose, the wheel to scroll. On by default in kiosk mode'
complete -c lantern -n "__fish_lantern_using_subcommand new-pack" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lantern -n "__fish_lantern_using_subcommand completions" -l content -d 'Use the content pack in this folder instead of the built-in one' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand completions" -l mode -d 'Where lantern is used: personal (default), counselor, or kiosk. Also LANTERN_MODE' -r -f -a "personal\t'One person on their own computer'
counselor\t'A counselor and a client together'
kiosk\t'A shared terminal in a waiting room: cannot be quit, wipes itself, writes nothing'"
complete -c lantern -n "__fish_lantern_using_subcommand completions" -l config -d 'Config file to use (default: config.toml in your config folder). Also LANTERN_CONFIG' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand completions" -l theme -d 'Colours: default (your terminal\'s), high-contrast, or mono. Also LANTERN_THEME; a non-empty NO_COLOR means mono' -r -f -a "default\t'The terminal\'s own colours and its 16-colour palette'
high-contrast\t'Bright colours and bold on black'
mono\t'No colour at all: bold, underline and reverse video only'"
complete -c lantern -n "__fish_lantern_using_subcommand completions" -l lang -d 'The language of the app and its content: en or es (default: from the locale, LC_ALL, LC_MESSAGES or LANG)' -r -f -a "en\t'English'
es\t'Spanish (español)'"
complete -c lantern -n "__fish_lantern_using_subcommand completions" -l idle-timeout -d 'Kiosk: seconds without input before "Still there?" (default 120)' -r
complete -c lantern -n "__fish_lantern_using_subcommand completions" -l ascii -d 'Draw with plain ASCII characters only (automatic on the Linux console and when the locale is not UTF-8)'
complete -c lantern -n "__fish_lantern_using_subcommand completions" -l mouse -d 'Turn the mouse on: click or touch to choose, the wheel to scroll. On by default in kiosk mode'
complete -c lantern -n "__fish_lantern_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lantern -n "__fish_lantern_using_subcommand plan" -l content -d 'Use the content pack in this folder instead of the built-in one' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand plan" -l mode -d 'Where lantern is used: personal (default), counselor, or kiosk. Also LANTERN_MODE' -r -f -a "personal\t'One person on their own computer'
counselor\t'A counselor and a client together'
kiosk\t'A shared terminal in a waiting room: cannot be quit, wipes itself, writes nothing'"
complete -c lantern -n "__fish_lantern_using_subcommand plan" -l config -d 'Config file to use (default: config.toml in your config folder). Also LANTERN_CONFIG' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand plan" -l theme -d 'Colours: default (your terminal\'s), high-contrast, or mono. Also LANTERN_THEME; a non-empty NO_COLOR means mono' -r -f -a "default\t'The terminal\'s own colours and its 16-colour palette'
high-contrast\t'Bright colours and bold on black'
mono\t'No colour at all: bold, underline and reverse video only'"
complete -c lantern -n "__fish_lantern_using_subcommand plan" -l lang -d 'The language of the app and its content: en or es (default: from the locale, LC_ALL, LC_MESSAGES or LANG)' -r -f -a "en\t'English'
es\t'Spanish (español)'"
complete -c lantern -n "__fish_lantern_using_subcommand plan" -l idle-timeout -d 'Kiosk: seconds without input before "Still there?" (default 120)' -r
complete -c lantern -n "__fish_lantern_using_subcommand plan" -l print -d 'Print the saved plan instead'
complete -c lantern -n "__fish_lantern_using_subcommand plan" -l ascii -d 'Draw with plain ASCII characters only (automatic on the Linux console and when the locale is not UTF-8)'
complete -c lantern -n "__fish_lantern_using_subcommand plan" -l mouse -d 'Turn the mouse on: click or touch to choose, the wheel to scroll. On by default in kiosk mode'
complete -c lantern -n "__fish_lantern_using_subcommand plan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lantern -n "__fish_lantern_using_subcommand doctor" -l content -d 'Use the content pack in this folder instead of the built-in one' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand doctor" -l mode -d 'Where lantern is used: personal (default), counselor, or kiosk. Also LANTERN_MODE' -r -f -a "personal\t'One person on their own computer'
counselor\t'A counselor and a client together'
kiosk\t'A shared terminal in a waiting room: cannot be quit, wipes itself, writes nothing'"
complete -c lantern -n "__fish_lantern_using_subcommand doctor" -l config -d 'Config file to use (default: config.toml in your config folder). Also LANTERN_CONFIG' -r -F
complete -c lantern -n "__fish_lantern_using_subcommand doctor" -l theme -d 'Colours: default (your terminal\'s), high-contrast, or mono. Also LANTERN_THEME; a non-empty NO_COLOR means mono' -r -f -a "default\t'The terminal\'s own colours and its 16-colour palette'
high-contrast\t'Bright colours and bold on black'
mono\t'No colour at all: bold, underline and reverse video only'"
complete -c lantern -n "__fish_lantern_using_subcommand doctor" -l lang -d 'The language of the app and its content: en or es (default: from the locale, LC_ALL, LC_MESSAGES or LANG)' -r -f -a "en\t'English'
es\t'Spanish (español)'"
complete -c lantern -n "__fish_lantern_using_subcommand doctor" -l idle-timeout -d 'Kiosk: seconds without input before "Still there?" (default 120)' -r
complete -c lantern -n "__fish_lantern_using_subcommand doctor" -l ascii -d 'Draw with plain ASCII characters only (automatic on the Linux console and when the locale is not UTF-8)'
complete -c lantern -n "__fish_lantern_using_subcommand doctor" -l mouse -d 'Turn the mouse on: click or touch to choose, the wheel to scroll. On by default in kiosk mode'
complete -c lantern -n "__fish_lantern_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lantern -n "__fish_lantern_using_subcommand help; and not __fish_seen_subcommand_from resources self-check read validate review-sheet new-pack completions plan doctor help" -f -a "resources" -d 'Print the crisis resources, 988 first, as plain text'
complete -c lantern -n "__fish_lantern_using_subcommand help; and not __fish_seen_subcommand_from resources self-check read validate review-sheet new-pack completions plan doctor help" -f -a "self-check" -d 'The self-check as numbered questions: type one answer number a line'
complete -c lantern -n "__fish_lantern_using_subcommand help; and not __fish_seen_subcommand_from resources self-check read validate review-sheet new-pack completions plan doctor help" -f -a "read" -d 'Print the content as plain text: every section, or one by number or id'
complete -c lantern -n "__fish_lantern_using_subcommand help; and not __fish_seen_subcommand_from resources self-check read validate review-sheet new-pack completions plan doctor help" -f -a "validate" -d 'Check a content pack and list every problem as FILE:LINE:COL: message, with each section\'s reading grade and review status'
complete -c lantern -n "__fish_lantern_using_subcommand help; and not __fish_seen_subcommand_from resources self-check read validate review-sheet new-pack completions plan doctor help" -f -a "review-sheet" -d 'Print a sheet for a clinician to check and sign: each section\'s text, its cited claims numbered beside their sources, and a sign-off block'
complete -c lantern -n "__fish_lantern_using_subcommand help; and not __fish_seen_subcommand_from resources self-check read validate review-sheet new-pack completions plan doctor help" -f -a "new-pack" -d 'Write a small, valid starter pack into a new folder, to make your own topic from'
complete -c lantern -n "__fish_lantern_using_subcommand help; and not __fish_seen_subcommand_from resources self-check read validate review-sheet new-pack completions plan doctor help" -f -a "completions" -d 'Print shell completions for bash, zsh or fish'
complete -c lantern -n "__fish_lantern_using_subcommand help; and not __fish_seen_subcommand_from resources self-check read validate review-sheet new-pack completions plan doctor help" -f -a "plan" -d 'My plan for hard moments, line by line: each step\'s ideas numbered, or your own words. In personal mode it offers to save the plan at the end (one file, yours only)'
complete -c lantern -n "__fish_lantern_using_subcommand help; and not __fish_seen_subcommand_from resources self-check read validate review-sheet new-pack completions plan doctor help" -f -a "doctor" -d 'Check what lantern needs where it runs (terminal, characters, colours, config file, writable folders, content and, in kiosk mode, its settings) and say what to fix. Exit code 0 when all is well, 1 when something is a problem'
complete -c lantern -n "__fish_lantern_using_subcommand help; and not __fish_seen_subcommand_from resources self-check read validate review-sheet new-pack completions plan doctor help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
