//! Renders `core/src/models.rs`: a documented `ModelId` constant for each callable form of each
//! model that is not retired on the snapshot's date, for IDE completion.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::availability::{Availability, RuntimeListing};
use crate::catalog::{Catalog, Model, static_name};
use crate::codegen::{offered_prefixes, runtime, string};
use crate::inference::{Basis, Rule, effective_rules, retired_everywhere};

/// One constant: its Rust name, the ID it holds, and its model.
struct Constant<'a> {
    name: String,
    id: String,
    variant: Option<usize>,
    model: &'a Model,
    rules: Vec<Rule>,
    prefix: Option<String>,
}

fn general_rule(rules: &[Rule]) -> Option<&Rule> {
    rules
        .iter()
        .find(|r| r.is_general())
        .or_else(|| rules.first())
}

/// Whether the model has reached its end of life by `day` in every commercial region the
/// listings cover.
fn retired_by(rules: &[Rule], day: &str, available: &Availability) -> bool {
    retired_everywhere(rules, day, &available.covered_regions)
}

fn lifecycle_line(rules: &[Rule]) -> String {
    match general_rule(rules) {
        None => "Active: no Legacy or end-of-life date is announced.".to_owned(),
        Some(rule) => {
            let mut parts = Vec::new();
            if let Some(d) = &rule.legacy {
                match rule.basis {
                    Basis::ListedLegacy { .. } => {
                        parts.push(format!(
                            "listed as Legacy from {d}, no end-of-life date published"
                        ));
                    }
                    _ => parts.push(format!("Legacy from {d}")),
                }
            }
            if let Some(d) = &rule.extended_access {
                parts.push(format!("public extended access from {d}"));
            }
            if let Some(d) = &rule.end_of_life {
                match &rule.basis {
                    Basis::NoLongerListed { last_listed } => {
                        parts.push(format!(
                            "no longer listed since {d} (last listed {last_listed})"
                        ));
                    }
                    _ => parts.push(format!("end of life on {d}")),
                }
            } else if let Some(d) = &rule.end_of_life_no_sooner_than {
                parts.push(format!("end of life no sooner than {d}"));
            }
            if parts.is_empty() {
                parts.push("Active".to_owned());
            }
            let mut line = parts.join(", ");
            match &rule.regions {
                Some(regions) if regions.len() > 6 => {
                    let _ = write!(line, " (in {} regions)", regions.len());
                }
                Some(regions) => {
                    let _ = write!(line, " (in {})", regions.join(", "));
                }
                None => {}
            }
            if let Some(replacement) = &rule.replacement {
                let _ = write!(line, "; use `{replacement}` instead");
            }
            line.push('.');
            line
        }
    }
}

fn deprecation(rules: &[Rule]) -> Option<String> {
    let rule = general_rule(rules)?;
    (rule.legacy.is_some() || rule.end_of_life.is_some()).then(|| lifecycle_line(rules))
}

fn prefix_text(variant: &str) -> String {
    if variant == "UsGov" {
        "us-gov".to_owned()
    } else {
        variant.to_ascii_lowercase()
    }
}

fn constants<'a>(catalog: &'a Catalog, available: &Availability) -> Vec<Constant<'a>> {
    let mut out = Vec::new();
    for model in &catalog.models {
        let rules = effective_rules(model, available, &catalog.sources);
        if retired_by(&rules, &available.data_date, available) {
            continue;
        }
        let listing = runtime(available, &model.id);
        let on_demand = listing.is_none_or(|l| {
            l.regions
                .values()
                .any(|r| r.last_listed == l.last_listed && r.on_demand == "yes")
        });
        let constant = |id: String, variant, prefix| Constant {
            name: static_name(&id),
            id,
            variant,
            model,
            rules: rules.clone(),
            prefix,
        };
        if on_demand && model.on_demand {
            out.push(constant(model.id.clone(), None, None));
        }
        for prefix in listing.map(offered_prefixes).unwrap_or_default() {
            let prefix = prefix_text(prefix);
            out.push(constant(
                format!("{prefix}.{}", model.id),
                None,
                Some(prefix),
            ));
        }
        for (index, variant) in model.provisioned.iter().enumerate() {
            out.push(constant(variant.id.clone(), Some(index), None));
        }
    }
    out
}

fn regions_line(listing: &RuntimeListing, prefix: Option<&str>) -> String {
    let wanted = prefix.map(|p| {
        if p == "us-gov" {
            "US_GOV".to_owned()
        } else {
            p.to_ascii_uppercase()
        }
    });
    let regions: Vec<&str> = listing
        .regions
        .iter()
        .filter(|(_, r)| r.last_listed == listing.last_listed)
        .filter(|(_, r)| match &wanted {
            Some(t) => r
                .profiles
                .get(t)
                .is_some_and(|span| span.last_listed == r.last_listed),
            None => r.on_demand == "yes",
        })
        .map(|(name, _)| name.as_str())
        .collect();
    regions.join(", ")
}

/// The generated Rust source of the constants module.
pub fn render(catalog: &Catalog, available: &Availability) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "// @generated by `cargo xtask catalog` from `core/catalog.toml` and `core/availability.json`:\n\
         // edit those, not this file.\n"
    );
    let _ = writeln!(
        out,
        "//! Typed constants for every callable Bedrock model ID, for completion in the IDE.\n\
         //!\n\
         //! One constant per form that can be called: the base ID where some region serves it on\n\
         //! demand, `<PREFIX>_...` for each cross-region inference profile, and each Provisioned\n\
         //! Throughput ID. Models retired by {} have none; those with a Legacy or end-of-life\n\
         //! date are `#[deprecated]`. The constants are not re-judged when used: `model_id!`\n\
         //! checks lifecycle as of the build's date.\n",
        available.data_date
    );
    out.push_str("use crate::model_id::ModelId;\n\n");
    let mut seen = BTreeMap::new();
    let all = constants(catalog, available);
    let _ = writeln!(out, "/// Every constant below, in catalog order.");
    let _ = writeln!(out, "#[allow(deprecated)]");
    let _ = writeln!(out, "pub const ALL: &[ModelId] = &[");
    for constant in &all {
        let _ = writeln!(out, "    {},", constant.name);
    }
    out.push_str("];\n\n");
    for constant in all {
        if let Some(other) = seen.insert(constant.name.clone(), constant.id.clone()) {
            let _ = writeln!(
                out,
                "compile_error!(\"`{}` and `{other}` map to one constant name\");",
                constant.id
            );
        }
        let model = constant.model;
        let what = match (&constant.prefix, constant.variant) {
            (Some(prefix), _) => format!("through the `{prefix}.` cross-region inference profile"),
            (None, Some(_)) => "Provisioned Throughput".to_owned(),
            (None, None) => "on-demand base model ID".to_owned(),
        };
        let _ = writeln!(
            out,
            "/// `{}`: {} {}, {what}.",
            constant.id, model.provider, model.name
        );
        let _ = writeln!(out, "///");
        let _ = writeln!(out, "/// - Lifecycle: {}", lifecycle_line(&constant.rules));
        if let Some(facts) = runtime(available, &model.id) {
            if constant.variant.is_none() {
                let _ = writeln!(
                    out,
                    "/// - Callable from ({}): {}",
                    available.data_date,
                    regions_line(facts, constant.prefix.as_deref())
                );
            }
            let profiles: Vec<String> = offered_prefixes(facts)
                .iter()
                .map(|p| format!("`{}.`", prefix_text(p)))
                .collect();
            if !profiles.is_empty() {
                let _ = writeln!(out, "/// - Inference profiles: {}", profiles.join(", "));
            }
            let _ = writeln!(
                out,
                "/// - Input: {}; output: {}",
                facts.input.join(", "),
                facts.output.join(", ")
            );
        }
        let facts = runtime(available, &model.id);
        let _ = writeln!(
            out,
            "/// - {}",
            crate::operations::doc_line(&model.id, facts)
        );
        if let Some(note) = deprecation(&constant.rules) {
            let _ = writeln!(out, "#[deprecated(note = {})]", string(&note));
        }
        // The same value as `model_id!`'s expansion of the ID, defined once in the catalog.
        let value = format!("crate::model_id::ids::{}", static_name(&constant.id));
        let _ = writeln!(out, "pub const {}: ModelId = {value};\n", constant.name);
    }
    out
}
