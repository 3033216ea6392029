//! A content pack's SHA-256, which a kiosk's config can pin (`content_sha256`) so that the
//! kiosk shows only the pack its owner checked.
//!
//! The digest covers exactly the files lantern reads from a pack, in every language:
//! `pack.toml`, `crisis.toml`, `references.toml`, `glossary.toml`, `questionnaire.toml`,
//! `review.toml` and `sections/*.toml` of the folder, and the same files of each
//! translation subfolder (`es/pack.toml`, `es/sections/01-....toml`, ...). Each file is
//! named by its path relative to the pack folder, with `/` between folders. The files are
//! sorted by that path, byte by byte, and the digest is the SHA-256 of one line per file:
//!
//! ```text
//! <SHA-256 of the file's bytes, 64 lowercase hex digits><two spaces><relative path>\n
//! ```
//!
//! which is what `sha256sum` prints, so the digest can be checked without lantern:
//! `cd DIR && sha256sum FILES... | LC_ALL=C sort -k 2 | sha256sum`. Other files in the
//! folder (notes, a README) are not read by lantern and not part of the digest. The
//! built-in pack's digest is taken over its source files as they were compiled in, so
//! `lantern validate --print-digest` and `lantern validate content --print-digest` agree.
//!
//! The digest is computed from the same bytes that are then validated and shown: a file is
//! read once, so it cannot change between the check and its use.

use std::fmt;
use std::path::Path;

use sha2::{Digest as _, Sha256};

use crate::content::load::PackFiles;
use crate::i18n::Lang;

/// A SHA-256 digest.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Digest([u8; 32]);

impl Digest {
    /// The SHA-256 of some bytes.
    pub fn of(bytes: &[u8]) -> Digest {
        Digest(Sha256::digest(bytes).into())
    }

    /// Reads 64 hexadecimal digits (either case); `None` for anything else.
    pub fn parse(text: &str) -> Option<Digest> {
        let text = text.as_bytes();
        if text.len() != 64 {
            return None;
        }
        let mut bytes = [0u8; 32];
        for (byte, pair) in bytes.iter_mut().zip(text.chunks_exact(2)) {
            let high = hex_value(pair[0])?;
            let low = hex_value(pair[1])?;
            *byte = (high << 4) | low;
        }
        Some(Digest(bytes))
    }
}

fn hex_value(digit: u8) -> Option<u8> {
    match digit {
        b'0'..=b'9' => Some(digit - b'0'),
        b'a'..=b'f' => Some(digit - b'a' + 10),
        b'A'..=b'F' => Some(digit - b'A' + 10),
        _ => None,
    }
}

/// 64 lowercase hexadecimal digits, as `sha256sum` prints.
impl fmt::Display for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for byte in self.0 {
            write!(f, "{byte:02x}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Digest({self})")
    }
}

/// The digest of a pack in every language it has, the pack's own first (as
/// `content::files_languages` returns them).
pub fn of_pack(languages: &[(Lang, PackFiles)]) -> Digest {
    Digest::of(manifest(languages).as_bytes())
}

/// The `sha256sum`-style lines the digest is taken over, sorted by path.
pub fn manifest(languages: &[(Lang, PackFiles)]) -> String {
    let mut files: Vec<(String, &str)> = Vec::new();
    for (i, (lang, pack)) in languages.iter().enumerate() {
        // The pack's own language is the folder itself; a translation is its subfolder.
        let folder = if i == 0 {
            String::new()
        } else {
            format!("{}/", lang.code())
        };
        for (name, file) in [
            ("pack.toml", &pack.pack),
            ("crisis.toml", &pack.crisis),
            ("references.toml", &pack.references),
            ("glossary.toml", &pack.glossary),
            ("questionnaire.toml", &pack.questionnaire),
            ("review.toml", &pack.review),
        ] {
            files.push((format!("{folder}{name}"), &file.text));
        }
        for section in &pack.sections {
            let name = Path::new(&section.path).file_name().map_or_else(
                || section.path.clone(),
                |n| n.to_string_lossy().into_owned(),
            );
            files.push((format!("{folder}sections/{name}"), &section.text));
        }
    }
    files.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    files
        .iter()
        .map(|(path, text)| format!("{}  {path}\n", Digest::of(text.as_bytes())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::problem::SourceFile;

    fn file(path: &str, text: &str) -> SourceFile {
        SourceFile {
            path: path.into(),
            text: text.into(),
        }
    }

    fn pack(folder: &str, section_text: &str) -> PackFiles {
        PackFiles {
            pack: file(&format!("{folder}/pack.toml"), "p"),
            crisis: file(&format!("{folder}/crisis.toml"), "c"),
            references: file(&format!("{folder}/references.toml"), "r"),
            glossary: file(&format!("{folder}/glossary.toml"), "g"),
            questionnaire: file(&format!("{folder}/questionnaire.toml"), "q"),
            review: file(&format!("{folder}/review.toml"), "v"),
            sections: vec![file(&format!("{folder}/sections/01-a.toml"), section_text)],
        }
    }

    #[test]
    fn known_values_and_hex_round_trip() {
        // The SHA-256 of "abc" (FIPS 180-2, appendix B.1).
        let abc = Digest::of(b"abc");
        let hex = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assert_eq!(abc.to_string(), hex);
        assert_eq!(Digest::parse(hex), Some(abc));
        assert_eq!(Digest::parse(&hex.to_uppercase()), Some(abc));
        assert_eq!(Digest::parse(&hex[1..]), None);
        assert_eq!(Digest::parse(&format!("{}g", &hex[1..])), None);
        assert_eq!(Digest::parse(&format!("{hex}0")), None);
    }

    #[test]
    fn the_manifest_is_sorted_relative_paths_in_every_language() {
        let languages = vec![
            (Lang::En, pack("/srv/my pack", "one")),
            (Lang::Es, pack("/srv/my pack/es", "uno")),
        ];
        let manifest = manifest(&languages);
        let paths: Vec<&str> = manifest
            .lines()
            .map(|line| line.split_once("  ").map_or("", |(_, path)| path))
            .collect();
        assert_eq!(
            paths,
            [
                "crisis.toml",
                "es/crisis.toml",
                "es/glossary.toml",
                "es/pack.toml",
                "es/questionnaire.toml",
                "es/references.toml",
                "es/review.toml",
                "es/sections/01-a.toml",
                "glossary.toml",
                "pack.toml",
                "questionnaire.toml",
                "references.toml",
                "review.toml",
                "sections/01-a.toml",
            ]
        );
        assert!(manifest.starts_with(&format!("{}  crisis.toml\n", Digest::of(b"c"))));
    }

    #[test]
    fn the_digest_ignores_where_the_pack_is_but_not_one_byte_of_it() {
        let here = of_pack(&[(Lang::En, pack("/a", "text"))]);
        assert_eq!(here, of_pack(&[(Lang::En, pack("content", "text"))]));
        assert_ne!(here, of_pack(&[(Lang::En, pack("/a", "texT"))]));
        assert_ne!(
            here,
            of_pack(&[
                (Lang::En, pack("/a", "text")),
                (Lang::Es, pack("/a/es", "x"))
            ]),
            "a translation is part of the pack"
        );
    }
}
