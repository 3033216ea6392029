//! glossary.toml: the terms sections mark, each defined once.

use super::validator::{Index, Validator};
use crate::content::model::Term;
use crate::content::problem::SourceFile;
use crate::content::raw;

impl Validator {
    pub(super) fn glossary(
        &mut self,
        file: &SourceFile,
        raw: Vec<raw::Term>,
    ) -> (Vec<Term>, Index) {
        let mut index = Index::new();
        let mut out = Vec::new();
        for t in raw {
            self.check_id(file, &t.id);
            if index.contains_key(t.id.get_ref()) {
                self.problems.push(file.error_in(
                    t.id.span(),
                    format!("duplicate glossary id `{}`", t.id.get_ref()),
                ));
                continue;
            }
            index.insert(t.id.get_ref().clone(), (out.len(), t.id.span()));
            out.push(Term {
                id: t.id.get_ref().clone(),
                term: self.required(file, "term", &t.term),
                definition: self.required(file, "definition", &t.definition),
            });
        }
        (out, index)
    }
}
