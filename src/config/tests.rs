//! Tests of the settings' resolution, and of saving one setting into the file.

use std::time::Duration;

use super::*;

fn with_file(text: &str) -> (tempfile::TempDir, Flags) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("config.toml");
    std::fs::write(&path, text).expect("write config");
    let flags = Flags {
        config: Some(path),
        ..Flags::default()
    };
    (dir, flags)
}

fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
    let pairs: Vec<(String, String)> = pairs
        .iter()
        .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
        .collect();
    move |name| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }
}

#[test]
fn flags_beat_environment_beat_file_beat_defaults() -> Result<(), ConfigError> {
    let (_dir, mut flags) = with_file("mode = \"counselor\"\ntheme = \"mono\"\n");
    let none = env_of(&[]);
    let from_file = resolve(&flags, &none)?;
    assert_eq!(from_file.mode, Mode::Counselor);
    assert_eq!(from_file.theme, ThemeName::Mono);

    let env = env_of(&[
        ("LANTERN_MODE", "kiosk"),
        ("LANTERN_THEME", "high-contrast"),
    ]);
    let from_env = resolve(&flags, &env)?;
    assert_eq!(from_env.mode, Mode::Kiosk);
    assert_eq!(from_env.theme, ThemeName::HighContrast);
    assert!(from_env.mouse, "the mouse is on by default in a kiosk");

    flags.mode = Some(Mode::Personal);
    flags.theme = Some(ThemeName::Default);
    let from_flags = resolve(&flags, &env)?;
    assert_eq!(from_flags.mode, Mode::Personal);
    assert_eq!(from_flags.theme, ThemeName::Default);
    assert!(!from_flags.mouse, "off by default outside a kiosk");

    // An empty file gives the defaults.
    let (_dir, flags) = with_file("");
    let empty = resolve(&flags, &none)?;
    assert_eq!(empty.mode, Mode::Personal);
    assert_eq!(empty.idle_timeout, DEFAULT_IDLE_TIMEOUT);
    assert_eq!(empty.countdown, DEFAULT_COUNTDOWN);
    assert_eq!(empty.local_help, vec![LocalHelp::front_desk()]);
    Ok(())
}

#[test]
fn config_file_comes_from_the_flag_then_the_environment() -> Result<(), ConfigError> {
    let (_dir, flags) = with_file("mode = \"kiosk\"\n");
    let path = flags.config.clone().unwrap_or_default();
    let text = path.display().to_string();
    let via_env = resolve(&Flags::default(), &env_of(&[("LANTERN_CONFIG", &text)]))?;
    assert_eq!(via_env.mode, Mode::Kiosk);
    assert_eq!(via_env.config_file.as_deref(), Some(path.as_path()));
    Ok(())
}

#[test]
fn flags_override_kiosk_settings_from_the_file() -> Result<(), ConfigError> {
    let (_dir, mut flags) =
        with_file("mode = \"kiosk\"\nmouse = false\n[kiosk]\nidle_timeout = 300\n");
    let from_file = resolve(&flags, &env_of(&[]))?;
    assert_eq!(from_file.idle_timeout, Duration::from_secs(300));
    assert!(!from_file.mouse, "the file can turn a kiosk's mouse off");
    flags.idle_timeout = Some(30);
    flags.mouse = true;
    let with_flags = resolve(&flags, &env_of(&[]))?;
    assert_eq!(with_flags.idle_timeout, Duration::from_secs(30));
    assert!(with_flags.mouse);
    Ok(())
}

#[test]
fn a_named_file_must_exist_and_bad_environment_values_are_named() {
    let flags = Flags {
        config: Some("/nonexistent/lantern/config.toml".into()),
        ..Flags::default()
    };
    let Err(ConfigError(problems)) = resolve(&flags, &env_of(&[])) else {
        panic!("a missing named file is an error");
    };
    assert!(problems[0]
        .to_string()
        .starts_with("/nonexistent/lantern/config.toml: cannot read"));

    let (_dir, flags) = with_file("");
    let Err(ConfigError(problems)) = resolve(&flags, &env_of(&[("LANTERN_MODE", "kiosc")])) else {
        panic!("a bad mode is an error");
    };
    assert!(problems[0].to_string().contains("LANTERN_MODE"));
    assert!(problems[0]
        .to_string()
        .contains("personal, counselor or kiosk"));
}

#[test]
fn no_color_means_mono_unless_a_flag_says_otherwise() -> Result<(), ConfigError> {
    let (_dir, mut flags) = with_file("theme = \"high-contrast\"\n");
    let env = env_of(&[("NO_COLOR", "1"), ("LANG", "en_US.UTF-8")]);
    assert_eq!(resolve(&flags, &env)?.theme, ThemeName::Mono);
    let empty = env_of(&[("NO_COLOR", ""), ("LANG", "en_US.UTF-8")]);
    assert_eq!(resolve(&flags, &empty)?.theme, ThemeName::HighContrast);
    flags.theme = Some(ThemeName::Default);
    assert_eq!(resolve(&flags, &env)?.theme, ThemeName::Default);
    Ok(())
}

#[test]
fn ascii_is_guessed_from_the_terminal_and_locale() -> Result<(), ConfigError> {
    for (pairs, ascii) in [
        (&[("TERM", "linux"), ("LANG", "en_US.UTF-8")][..], true),
        (&[("TERM", "xterm"), ("LANG", "en_US.UTF-8")][..], false),
        (&[("TERM", "xterm"), ("LANG", "C.utf8")][..], false),
        (&[("TERM", "xterm"), ("LANG", "de_DE.ISO-8859-1")][..], true),
        (
            &[("TERM", "xterm"), ("LC_ALL", "C"), ("LANG", "en_US.UTF-8")][..],
            true,
        ),
        (&[("TERM", "xterm")][..], true),
    ] {
        let (_dir, flags) = with_file("");
        assert_eq!(resolve(&flags, &env_of(pairs))?.ascii, ascii, "{pairs:?}");
    }
    // The file's choice beats the guess; the flag beats the file.
    let linux = env_of(&[("TERM", "linux")]);
    let (_dir, mut flags) = with_file("ascii = false\n");
    assert!(!resolve(&flags, &linux)?.ascii);
    flags.ascii = true;
    assert!(resolve(&flags, &env_of(&[("LANG", "C.UTF-8")]))?.ascii);
    Ok(())
}

#[test]
fn remember_place_is_personal_only() -> Result<(), ConfigError> {
    let (_dir, flags) = with_file("remember_place = true\n");
    assert!(resolve(&flags, &env_of(&[]))?.remember_place);
    let env = env_of(&[("LANTERN_MODE", "counselor")]);
    assert!(!resolve(&flags, &env)?.remember_place);
    Ok(())
}

#[test]
fn saving_a_setting_keeps_comments() {
    let text = "# my settings\ntheme = \"mono\" # I like it plain\nascii = false\n";
    let saved = with_setting(text, "ascii", SettingValue::Bool(true));
    assert_eq!(
        saved.as_deref(),
        Some("# my settings\ntheme = \"mono\" # I like it plain\nascii = true\n")
    );
    assert_eq!(
        with_setting("mode = ", "ascii", SettingValue::Bool(true)),
        None
    );
}
