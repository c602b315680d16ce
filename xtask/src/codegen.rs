//! Turns the validated catalog into `core/src/catalog/generated.rs`.

use std::fmt::Write as _;
use std::path::Path;

use std::collections::BTreeMap;

use crate::availability::{self, Availability};

// --- Version-1 view of the version-2 availability: the minimum for this file and
// `constants.rs` to compile; both are being rewritten against version 2 elsewhere.

/// The version-1 file, as this generator reads it.
pub(crate) struct OldAvailability {
    pub source: String,
    pub snapshot: String,
    pub models: BTreeMap<String, ModelAvailability>,
}

/// A runtime model still listed at the data date, as version 1 described it.
pub(crate) struct ModelAvailability {
    pub status: String,
    pub input: Vec<String>,
    pub output: Vec<String>,
    pub streaming: bool,
    pub customizations: Vec<String>,
    /// Regions still listing it, to ON_DEMAND (on_demand `yes`), PROVISIONED and the profile
    /// prefixes still listed there.
    pub regions: BTreeMap<String, Vec<String>>,
}

pub(crate) fn old_view(av: &Availability) -> OldAvailability {
    let mut models = BTreeMap::new();
    for (id, m) in &av.models {
        let Some(rt) = &m.runtime else { continue };
        if rt.last_listed != av.data_date {
            continue;
        }
        let mut regions = BTreeMap::new();
        for (region, r) in &rt.regions {
            if r.last_listed != rt.last_listed {
                continue;
            }
            let mut types = Vec::new();
            if r.on_demand == "yes" {
                types.push("ON_DEMAND".to_owned());
            }
            if r.provisioned {
                types.push("PROVISIONED".to_owned());
            }
            for (prefix, span) in &r.profiles {
                if span.last_listed == r.last_listed {
                    types.push(prefix.clone());
                }
            }
            types.sort();
            if !types.is_empty() {
                regions.insert(region.clone(), types);
            }
        }
        models.insert(
            id.clone(),
            ModelAvailability {
                status: rt.status.clone(),
                input: rt.input.clone(),
                output: rt.output.clone(),
                streaming: rt.streaming.unwrap_or(false),
                customizations: rt.customizations.clone(),
                regions,
            },
        );
    }
    OldAvailability {
        source: av.source.clone(),
        snapshot: av.data_date.clone(),
        models,
    }
}
use crate::catalog::{Catalog, LifecycleRule, Model, parse_date, static_name};
use crate::exact::{self, ExactId};

const SOURCE: &str = "core/catalog.toml";
const OUTPUT: &str = "core/src/catalog/generated.rs";
const CONSTANTS: &str = "core/src/models.rs";

/// Regenerates the catalog code and the typed constants, and says what changed.
pub fn write(root: &Path) -> Result<String, String> {
    let mut said = Vec::new();
    for (path, rendered) in render_files(root)? {
        let full = root.join(path);
        let old = std::fs::read_to_string(&full).unwrap_or_default();
        if old == rendered {
            said.push(format!("{path} is up to date"));
        } else {
            std::fs::write(&full, rendered).map_err(|e| format!("cannot write {path}: {e}"))?;
            said.push(format!("wrote {path}"));
        }
    }
    Ok(said.join("\n"))
}

/// Fails when committed generated code differs from what the sources generate.
pub fn check(root: &Path) -> Result<String, String> {
    let mut said = Vec::new();
    for (path, rendered) in render_files(root)? {
        let committed = std::fs::read_to_string(root.join(path))
            .map_err(|e| format!("cannot read {path}: {e}"))?;
        if committed != rendered {
            return Err(format!(
                "{path} is stale: run `cargo xtask catalog` and commit the result"
            ));
        }
        said.push(format!("{path} is fresh"));
    }
    Ok(said.join("\n"))
}

fn render_files(root: &Path) -> Result<[(&'static str, String); 2], String> {
    let (catalog, availability) = load(root)?;
    Ok([
        (OUTPUT, render(&catalog, &availability)?),
        (CONSTANTS, crate::constants::render(&catalog, &old_view(&availability))),
    ])
}

fn load(root: &Path) -> Result<(Catalog, Availability), String> {
    let text = std::fs::read_to_string(root.join(SOURCE))
        .map_err(|e| format!("cannot read {SOURCE}: {e}"))?;
    let (catalog, _mantle) = crate::import::parse_catalog(&text)?;
    let availability = Availability::load(root)?;
    let current = old_view(&availability);
    let strays: Vec<&str> = current
        .models
        .keys()
        .filter(|id| !catalog.models.iter().any(|m| &m.id == *id))
        .map(String::as_str)
        .collect();
    if !strays.is_empty() {
        return Err(format!(
            "{} lists models {SOURCE} does not: {}; run `cargo xtask import`, which adds them",
            availability::PATH,
            strays.join(", ")
        ));
    }
    Ok((catalog, availability))
}

fn profile_variant(inference_type: &str) -> Option<&'static str> {
    Some(match inference_type {
        "US" => "Us",
        "US_GOV" => "UsGov",
        "EU" => "Eu",
        "APAC" => "Apac",
        "JP" => "Jp",
        "AU" => "Au",
        "CA" => "Ca",
        "IN" => "In",
        "GLOBAL" => "Global",
        _ => return None,
    })
}

fn strings(items: &[String]) -> String {
    list(items)
}

fn availability(out: &mut String, model: &ModelAvailability, snapshot: &str) {
    let _ = writeln!(out, "    availability: Some(&Availability {{");
    let _ = writeln!(out, "        snapshot: {},", date(snapshot));
    let _ = writeln!(out, "        status: {},", string(&model.status));
    let _ = writeln!(out, "        input: {},", strings(&model.input));
    let _ = writeln!(out, "        output: {},", strings(&model.output));
    let _ = writeln!(out, "        streaming: {},", model.streaming);
    let _ = writeln!(
        out,
        "        customizations: {},",
        strings(&model.customizations)
    );
    let _ = writeln!(out, "        regions: &[");
    for (region, types) in &model.regions {
        let has = |t: &str| types.iter().any(|x| x == t);
        let mut profiles: Vec<&str> = types.iter().filter_map(|t| profile_variant(t)).collect();
        profiles.sort_by_key(|p| PROFILE_ORDER.iter().position(|q| q == p));
        let profiles: Vec<String> = profiles
            .iter()
            .map(|p| format!("ProfilePrefix::{p}"))
            .collect();
        let _ = writeln!(
            out,
            "            RegionOffer {{ region: {}, on_demand: {}, provisioned: {}, profiles: &[{}] }},",
            string(region),
            has("ON_DEMAND"),
            has("PROVISIONED"),
            profiles.join(", ")
        );
    }
    let _ = writeln!(out, "        ],");
    let on_demand = model
        .regions
        .values()
        .any(|t| t.iter().any(|x| x == "ON_DEMAND"));
    let offered: Vec<String> = offered_prefixes(model)
        .iter()
        .map(|p| format!("ProfilePrefix::{p}"))
        .collect();
    let _ = writeln!(out, "        on_demand_anywhere: {on_demand},");
    let _ = writeln!(out, "        prefixes: &[{}],", offered.join(", "));
    let _ = writeln!(out, "        source: SOURCE_AVAILABILITY,");
    let _ = writeln!(out, "    }}),");
}

/// The `ProfilePrefix` variants the model has an inference profile for, in `PROFILE_ORDER`.
fn offered_prefixes(model: &ModelAvailability) -> Vec<&'static str> {
    PROFILE_ORDER
        .iter()
        .copied()
        .filter(|p| {
            model
                .regions
                .values()
                .flatten()
                .any(|t| profile_variant(t) == Some(*p))
        })
        .collect()
}

/// A `ProfilePrefix` variant's text in IDs: `UsGov` is `us-gov`.
fn prefix_text(variant: &str) -> String {
    if variant == "UsGov" {
        "us-gov".to_owned()
    } else {
        variant.to_ascii_lowercase()
    }
}

/// Every ID the catalog accepts as written: each model's base ID, its Provisioned Throughput
/// IDs and its inference-profile IDs.
fn exact_ids(catalog: &Catalog, available: &OldAvailability) -> Vec<ExactId> {
    let mut ids = Vec::new();
    for (model_index, m) in catalog.models.iter().enumerate() {
        let name = static_name(&m.id);
        let id = |text: String, kind: String, form, variant| ExactId {
            text,
            model: name.clone(),
            model_index,
            kind,
            form,
            variant,
        };
        ids.push(id(m.id.clone(), "Base".to_owned(), "OnDemand", None));
        for (index, variant) in m.provisioned.iter().enumerate() {
            let kind = format!("Provisioned({index})");
            ids.push(id(variant.id.clone(), kind, "Provisioned", Some(index)));
        }
        if let Some(offer) = available.models.get(&m.id) {
            for prefix in offered_prefixes(offer) {
                ids.push(id(
                    format!("{}.{}", prefix_text(prefix), m.id),
                    format!("Profile(ProfilePrefix::{prefix})"),
                    "InferenceProfile",
                    None,
                ));
            }
        }
    }
    ids
}

/// `ProfilePrefix::ALL`'s order, so generated lists read like the docs.
const PROFILE_ORDER: [&str; 9] = [
    "Us", "UsGov", "Eu", "Apac", "Jp", "Au", "Ca", "In", "Global",
];

pub(crate) fn string(s: &str) -> String {
    format!("{s:?}")
}

fn option(value: Option<&str>, f: impl Fn(&str) -> String) -> String {
    value.map_or_else(|| "None".to_owned(), |v| format!("Some({})", f(v)))
}

fn date(text: &str) -> String {
    let (y, m, d) = parse_date(text).unwrap_or_default();
    format!("Date::ymd({y}, {m}, {d})")
}

fn source_const(key: &str) -> String {
    format!("SOURCE_{}", static_name(key))
}

fn list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| string(s)).collect();
    format!("&[{}]", quoted.join(", "))
}

fn rule(out: &mut String, rule: &LifecycleRule) {
    let scope = match (&rule.regions, &rule.except_regions) {
        (Some(only), _) => format!("RegionScope::Only({})", list(only)),
        (None, Some(except)) => format!("RegionScope::AllExcept({})", list(except)),
        (None, None) => "RegionScope::All".to_owned(),
    };
    let _ = writeln!(out, "        LifecycleRule {{");
    let _ = writeln!(out, "            scope: {scope},");
    let _ = writeln!(
        out,
        "            legacy: {},",
        option(rule.legacy.as_deref(), date)
    );
    let _ = writeln!(
        out,
        "            extended_access: {},",
        option(rule.extended_access.as_deref(), date)
    );
    let _ = writeln!(
        out,
        "            end_of_life: {},",
        option(rule.end_of_life.as_deref(), date)
    );
    let _ = writeln!(
        out,
        "            replacement: {},",
        option(rule.replacement.as_deref(), string)
    );
    let _ = writeln!(
        out,
        "            note: {},",
        option(rule.note.as_deref(), string)
    );
    let _ = writeln!(out, "            source: {},", source_const(&rule.source));
    let _ = writeln!(out, "        }},");
}

fn model(
    out: &mut String,
    index: usize,
    model: &Model,
    available: Option<&ModelAvailability>,
    snapshot: &str,
) {
    let _ = writeln!(
        out,
        "pub static {}: Model = Model {{",
        static_name(&model.id)
    );
    let _ = writeln!(out, "    index: {index},");
    let _ = writeln!(out, "    id: {},", string(&model.id));
    let _ = writeln!(out, "    provider: {},", string(&model.provider));
    let _ = writeln!(out, "    name: {},", string(&model.name));
    let _ = writeln!(
        out,
        "    version: {},",
        option(model.version.as_deref(), string)
    );
    let _ = writeln!(out, "    on_demand: {},", model.on_demand);
    let _ = writeln!(out, "    provisioned: &[");
    for variant in &model.provisioned {
        let _ = writeln!(out, "        ProvisionedVariant {{");
        let _ = writeln!(out, "            id: {},", string(&variant.id));
        let _ = writeln!(out, "            name: {},", string(&variant.name));
        let _ = writeln!(
            out,
            "            context: {},",
            option(variant.context.as_deref(), string)
        );
        let _ = writeln!(out, "            no_commitment: {},", variant.no_commitment);
        let _ = writeln!(
            out,
            "            source: {},",
            source_const(&variant.source)
        );
        let _ = writeln!(out, "        }},");
    }
    let _ = writeln!(out, "    ],");
    let _ = writeln!(out, "    lifecycle: &[");
    for r in &model.lifecycle {
        rule(out, r);
    }
    let _ = writeln!(out, "    ],");
    match available {
        Some(facts) => availability(out, facts, snapshot),
        None => {
            let _ = writeln!(out, "    availability: None,");
        }
    }
    let sources: Vec<String> = model.sources.iter().map(|s| source_const(s)).collect();
    let _ = writeln!(out, "    sources: &[{}],", sources.join(", "));
    let _ = writeln!(out, "}};\n");
}

/// The generated Rust source for `catalog`.
pub fn render(catalog: &Catalog, available: &Availability) -> Result<String, String> {
    let available = &old_view(available);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "// @generated by `cargo xtask catalog` from `{SOURCE}`: edit that file, not this one.\n"
    );
    out.push_str("use super::exact::{ExactId, Index, Kind};\n");
    out.push_str("use super::{Entry, Model, ProvisionedVariant};\n");
    out.push_str("use crate::availability::{Availability, ProfilePrefix, RegionOffer};\n");
    out.push_str("use crate::date::Date;\n");
    out.push_str("use crate::lifecycle::{LifecycleRule, RegionScope};\n\n");
    for (key, citation) in &catalog.sources {
        let _ = writeln!(
            out,
            "const {}: &str = {};",
            source_const(key),
            string(citation)
        );
    }
    let _ = writeln!(
        out,
        "const SOURCE_AVAILABILITY: &str = {};",
        string(&available.source)
    );
    out.push('\n');
    for (index, m) in catalog.models.iter().enumerate() {
        model(
            &mut out,
            index,
            m,
            available.models.get(&m.id),
            &available.snapshot,
        );
    }
    let _ = writeln!(
        out,
        "pub(crate) static MODELS: [&Model; {}] = [",
        catalog.models.len()
    );
    for m in &catalog.models {
        let _ = writeln!(out, "    &{},", static_name(&m.id));
    }
    out.push_str("];\n\n");

    let mut map = phf_codegen::Map::new();
    for m in &catalog.models {
        let name = static_name(&m.id);
        map.entry(m.id.as_str(), format!("Entry::Base(&{name})"));
        for (index, variant) in m.provisioned.iter().enumerate() {
            map.entry(
                variant.id.as_str(),
                format!("Entry::Provisioned(&{name}, {index})"),
            );
        }
    }
    let _ = writeln!(
        out,
        "pub(crate) static ENTRIES: ::phf::Map<&'static str, Entry> = {};",
        map.build()
    );
    out.push('\n');
    exact::render(&mut out, &exact_ids(catalog, available))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committed_catalog_code_is_fresh() {
        let root = crate::workspace_root();
        if let Err(problem) = check(&root) {
            panic!("{problem}");
        }
    }
}
