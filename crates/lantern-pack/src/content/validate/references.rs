//! references.toml: the sources sections cite, each with a doi or a web address.

use super::validator::{Index, Validator};
use crate::content::model::Reference;
use crate::content::problem::SourceFile;
use crate::content::raw;
use crate::content::text_rules::one_line;
use crate::content::urls::{self, Allowed};

impl Validator {
    pub(super) fn references(
        &mut self,
        file: &SourceFile,
        raw: Vec<raw::Reference>,
    ) -> (Vec<Reference>, Index) {
        let mut index = Index::new();
        let mut out = Vec::new();
        for r in raw {
            self.check_id(file, &r.id);
            if index.contains_key(r.id.get_ref()) {
                self.problems.push(file.error_in(
                    r.id.span(),
                    format!("duplicate reference id `{}`", r.id.get_ref()),
                ));
                continue;
            }
            if r.doi.is_none() && r.url.is_none() {
                self.problems.push(file.error_in(
                    r.id.span(),
                    format!(
                        "reference `{}` has neither a doi nor a url; give one, so a reader and a \
                         reviewer can find the source",
                        r.id.get_ref()
                    ),
                ));
            }
            if let Some(url) = &r.url {
                let url_problem =
                    urls::check(file, "url", url, Allowed::HttpOrHttps, "the source itself");
                self.problems.extend(url_problem);
            }
            index.insert(r.id.get_ref().clone(), (out.len(), r.id.span()));
            out.push(Reference {
                id: r.id.get_ref().clone(),
                authors: one_line(&r.authors),
                title: self.required(file, "title", &r.title),
                publication: one_line(&r.publication),
                year: r.year,
                doi: r.doi.map(|d| one_line(&d)),
                url: r.url.map(|u| one_line(u.get_ref())),
            });
        }
        (out, index)
    }
}
