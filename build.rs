//! Checks the built-in pack with the same code as `lantern validate` and compiles in the
//! validated model, so lantern starts without parsing or checking TOML. A problem in
//! `content/` fails the build with the same `FILE:LINE:COL: message` lines.

use std::env;
use std::error::Error;
use std::fs;
use std::path::{Path, PathBuf};

use lantern_pack::content::{load, readability, today, translation, validate, Problem};

/// The built-in pack's languages and their folders: English in `content/`, each translation
/// in a subfolder named by its language code.
const LANGUAGES: [(&str, &str); 2] = [("en", "content"), ("es", "content/es")];

fn main() -> Result<(), Box<dyn Error>> {
    // Build scripts run in the package folder, so problems name `content/...` as
    // `lantern validate` does for the built-in pack.
    println!("cargo:rerun-if-changed=content");
    let out = PathBuf::from(env::var("OUT_DIR")?);

    let english = load::read_dir(Path::new("content")).map_err(|problems| failure(&problems))?;
    for (code, folder) in LANGUAGES {
        let content = Path::new(folder);
        let files = load::read_dir(content).map_err(|problems| failure(&problems))?;
        if code != "en" {
            let mismatches = translation::check(&english, &files, code);
            if !mismatches.is_empty() {
                return Err(failure(&mismatches));
            }
        }
        let loaded = validate::validate(&files, today()).map_err(|problems| failure(&problems))?;
        let (_, too_hard) = readability::report(&loaded.pack);
        if !too_hard.is_empty() {
            return Err(failure(&too_hard));
        }
        for warning in &loaded.warnings {
            println!("cargo:warning={warning}");
        }
        fs::write(
            out.join(format!("builtin_pack_{code}.postcard")),
            postcard::to_allocvec(&loaded.pack)?,
        )?;
        // The welcome screen is drawn from this small part while the rest waits.
        fs::write(
            out.join(format!("builtin_front_{code}.postcard")),
            postcard::to_allocvec(&loaded.pack.front())?,
        )?;
        fs::write(
            out.join(format!("builtin_sources_{code}.rs")),
            sources_code(content)?,
        )?;
    }
    Ok(())
}

/// Prints every problem, as `lantern validate` would, and says why the build stopped.
fn failure(problems: &[Problem]) -> Box<dyn Error> {
    for problem in problems {
        eprintln!("{problem}");
    }
    let errors = problems.iter().filter(|p| p.is_error()).count();
    format!("the built-in pack in content/ has {errors} problem(s), listed above").into()
}

/// Rust source that compiles in every file of the pack as one `SOURCES` constant of
/// `builtin::Sources`, sections in file-name order.
fn sources_code(content: &Path) -> Result<String, Box<dyn Error>> {
    let absolute = |name: &str| -> Result<String, Box<dyn Error>> {
        Ok(fs::canonicalize(content.join(name))?.display().to_string())
    };
    let mut code = String::from("pub const SOURCES: super::Sources = super::Sources {\n");
    for (field, name) in [
        ("pack", "pack.toml"),
        ("crisis", "crisis.toml"),
        ("references", "references.toml"),
        ("glossary", "glossary.toml"),
        ("questionnaire", "questionnaire.toml"),
        ("review", "review.toml"),
    ] {
        code.push_str(&format!(
            "    {field}: include_str!({:?}),\n",
            absolute(name)?
        ));
    }
    let mut names: Vec<String> = fs::read_dir(content.join("sections"))?
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| {
            let name = entry.file_name().to_str()?.to_string();
            name.ends_with(".toml").then_some(name)
        })
        .collect();
    names.sort();
    code.push_str("    sections: &[\n");
    for name in &names {
        code.push_str(&format!(
            "        ({name:?}, include_str!({:?})),\n",
            absolute(&format!("sections/{name}"))?
        ));
    }
    code.push_str("    ],\n};\n");
    Ok(code)
}
