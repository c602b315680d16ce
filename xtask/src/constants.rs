//! Renders `core/src/models.rs`: a documented `ModelId` constant for each callable form of each
//! model that is not retired on the snapshot's date, for IDE completion.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::codegen::{ModelAvailability, OldAvailability as Availability};
use crate::catalog::{Catalog, LifecycleRule, Model, static_name};
use crate::codegen::string;

/// One constant: its Rust name, the ID it holds, and its model.
struct Constant<'a> {
    name: String,
    id: String,
    variant: Option<usize>,
    model: &'a Model,
    prefix: Option<String>,
}

fn general_rule(model: &Model) -> Option<&LifecycleRule> {
    model
        .lifecycle
        .iter()
        .find(|r| r.regions.is_none())
        .or_else(|| model.lifecycle.first())
}

fn retired_by(model: &Model, day: &str) -> bool {
    model
        .lifecycle
        .iter()
        .any(|r| r.regions.is_none() && r.end_of_life.as_deref().is_some_and(|eol| eol <= day))
}

fn lifecycle_line(model: &Model) -> String {
    match general_rule(model) {
        None => "Active: no Legacy or end-of-life date is announced.".to_owned(),
        Some(rule) => {
            let mut parts = Vec::new();
            if let Some(d) = &rule.legacy {
                parts.push(format!("Legacy from {d}"));
            }
            if let Some(d) = &rule.extended_access {
                parts.push(format!("public extended access from {d}"));
            }
            if let Some(d) = &rule.end_of_life {
                parts.push(format!("end of life on {d}"));
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

fn deprecation(model: &Model) -> Option<String> {
    let rule = general_rule(model)?;
    (rule.legacy.is_some() || rule.end_of_life.is_some()).then(|| lifecycle_line(model))
}

fn prefix_name(inference_type: &str) -> Option<String> {
    let prefix = match inference_type {
        "ON_DEMAND" | "PROVISIONED" => return None,
        "US_GOV" => "us-gov".to_owned(),
        other => other.to_ascii_lowercase(),
    };
    Some(prefix)
}

fn constants<'a>(catalog: &'a Catalog, available: &Availability) -> Vec<Constant<'a>> {
    let mut out = Vec::new();
    for model in &catalog.models {
        if retired_by(model, &available.snapshot) {
            continue;
        }
        let facts = available.models.get(&model.id);
        let on_demand = facts.is_none_or(|f| {
            f.regions
                .values()
                .any(|t| t.iter().any(|x| x == "ON_DEMAND"))
        });
        if on_demand && model.on_demand {
            out.push(Constant {
                name: static_name(&model.id),
                id: model.id.clone(),
                variant: None,
                model,
                prefix: None,
            });
        }
        let mut prefixes: Vec<String> = facts
            .map(|f| {
                f.regions
                    .values()
                    .flatten()
                    .filter_map(|t| prefix_name(t))
                    .collect()
            })
            .unwrap_or_default();
        prefixes.sort();
        prefixes.dedup();
        for prefix in prefixes {
            let id = format!("{prefix}.{}", model.id);
            out.push(Constant {
                name: static_name(&id),
                id,
                variant: None,
                model,
                prefix: Some(prefix),
            });
        }
        for (index, variant) in model.provisioned.iter().enumerate() {
            out.push(Constant {
                name: static_name(&variant.id),
                id: variant.id.clone(),
                variant: Some(index),
                model,
                prefix: None,
            });
        }
    }
    out
}

fn regions_line(facts: &ModelAvailability, prefix: Option<&str>) -> String {
    let wanted = prefix.map(|p| {
        if p == "us-gov" {
            "US_GOV".to_owned()
        } else {
            p.to_ascii_uppercase()
        }
    });
    let regions: Vec<&str> = facts
        .regions
        .iter()
        .filter(|(_, types)| match &wanted {
            Some(t) => types.contains(t),
            None => types.iter().any(|t| t == "ON_DEMAND"),
        })
        .map(|(r, _)| r.as_str())
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
        available.snapshot
    );
    out.push_str("use crate::ModelId;\n\n");
    let mut seen = BTreeMap::new();
    let all = constants(catalog, available);
    let _ = writeln!(out, "/// Every constant below, in catalog order.");
    let _ = writeln!(out, "#[allow(deprecated)]");
    let _ = writeln!(out, "pub const ALL: [ModelId; {}] = [", all.len());
    for constant in &all {
        let _ = writeln!(out, "    {},", constant.name);
    }
    out.push_str("];\n\n");
    for constant in all {
        if let Some(other) = seen.insert(constant.name.clone(), constant.id.clone()) {
            out.push_str(&format!(
                "compile_error!(\"`{}` and `{other}` map to one constant name\");\n",
                constant.id
            ));
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
        let _ = writeln!(out, "/// - Lifecycle: {}", lifecycle_line(model));
        if let Some(facts) = available.models.get(&model.id) {
            if constant.variant.is_none() {
                let _ = writeln!(
                    out,
                    "/// - Callable from ({}): {}",
                    available.snapshot,
                    regions_line(facts, constant.prefix.as_deref())
                );
            }
            let mut profiles: Vec<String> = facts
                .regions
                .values()
                .flatten()
                .filter_map(|t| prefix_name(t))
                .map(|p| format!("`{p}.`"))
                .collect();
            profiles.sort();
            profiles.dedup();
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
        if let Some(note) = deprecation(model) {
            let _ = writeln!(out, "#[deprecated(note = {})]", string(&note));
        }
        // The same value as `model_id!`'s expansion of the ID, defined once in the catalog.
        let value = format!("crate::__expansions::{}", static_name(&constant.id));
        let _ = writeln!(out, "pub const {}: ModelId = {value};\n", constant.name);
    }
    out
}
