//! crisis.toml: the crisis resources, 988 first, each with a number that can be dialled and
//! a recent verification against its official page.

use std::collections::HashMap;

use super::date::Date;
use super::validator::Validator;
use crate::content::crisis_numbers;
use crate::content::model::CrisisResource;
use crate::content::problem::SourceFile;
use crate::content::raw;
use crate::content::text_rules::one_line;
use crate::content::urls::{self, Allowed};

impl Validator {
    pub(super) fn crisis(
        &mut self,
        file: &SourceFile,
        resources: Vec<raw::Resource>,
        today: Date,
    ) -> Vec<CrisisResource> {
        match resources.first() {
            None => self.problems.push(file.error_at(
                0,
                "the crisis list is empty; it must start with the 988 Suicide & Crisis Lifeline",
            )),
            Some(first) if first.number.get_ref().trim() != "988" => {
                self.problems.push(file.error_in(
                    first.number.span(),
                    format!(
                        "the crisis list must start with the 988 Suicide & Crisis Lifeline \
                         (number = \"988\"), but the first entry is `{}`",
                        first.number.get_ref()
                    ),
                ))
            }
            Some(_) => {}
        }
        let mut seen: HashMap<String, ()> = HashMap::new();
        let mut out = Vec::new();
        for (i, r) in resources.into_iter().enumerate() {
            self.check_id(file, &r.id);
            if seen.insert(r.id.get_ref().clone(), ()).is_some() {
                self.problems.push(file.error_in(
                    r.id.span(),
                    format!("duplicate crisis resource id `{}`", r.id.get_ref()),
                ));
            }
            let verified = self.date(file, "last_verified", &r.last_verified);
            if let Some(date) = verified {
                if date.more_than_a_year_before(today) {
                    self.problems.push(file.warning_in(
                        r.last_verified.span(),
                        format!(
                            "`{}` was last verified on {date}, more than 12 months ago; check it \
                             against {} and update last_verified",
                            r.name.get_ref(),
                            r.source.get_ref()
                        ),
                    ));
                }
            }
            let source = self.required(file, "source", &r.source);
            let page = "the service's official page";
            let source_problem = urls::check(file, "source", &r.source, Allowed::Https, page);
            self.problems.extend(source_problem);
            let required_number = (i == 0).then_some("988");
            self.problems
                .extend(crisis_numbers::check(file, &r, required_number));
            out.push(CrisisResource {
                id: r.id.get_ref().clone(),
                name: self.required(file, "name", &r.name),
                number: self.required(file, "number", &r.number),
                contact: self.required(file, "contact", &r.contact),
                when: r.when.map(|w| one_line(&w)).filter(|w| !w.is_empty()),
                details: r.details.iter().map(|d| one_line(d.get_ref())).collect(),
                last_verified: verified.map(|d| d.to_string()).unwrap_or_default(),
                source,
            });
        }
        out
    }
}
