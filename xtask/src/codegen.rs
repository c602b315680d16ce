//! Turns the validated catalog into `core/src/catalog/generated.rs`.

use std::fmt::Write as _;
use std::path::Path;

use crate::availability::{self, Availability, RegionListing, RuntimeListing};
use std::collections::BTreeMap;

use crate::catalog::{Catalog, Model, SourceEntry, parse_date, static_name};
use crate::inference::{self, Basis, Rule};
use crate::listed;

const SOURCE: &str = "core/catalog.toml";
const OUTPUT: &str = "core/src/catalog/generated.rs";
const CONSTANTS: &str = "core/src/models.rs";
const MODEL_ID_CONSTANTS: &str = "core/src/model_id/ids.rs";
const MANTLE_CONSTANTS: &str = "core/src/mantle/ids.rs";

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

fn render_files(root: &Path) -> Result<[(&'static str, String); 4], String> {
    let (catalog, availability) = load(root)?;
    let ids = listed::listed_ids(&catalog, &availability);
    Ok([
        (OUTPUT, render(&catalog, &availability)?),
        (MODEL_ID_CONSTANTS, listed::render_constants(&ids)?),
        (
            MANTLE_CONSTANTS,
            render_mantle_constants(&catalog, &availability),
        ),
        (CONSTANTS, crate::constants::render(&catalog, &availability)),
    ])
}

/// The catalog and the listings' history, with the facts files folded in.
pub(crate) fn load(root: &Path) -> Result<(Catalog, Availability), String> {
    let text = std::fs::read_to_string(root.join(SOURCE))
        .map_err(|e| format!("cannot read {SOURCE}: {e}"))?;
    let mut catalog = Catalog::parse(&text)?;
    let mut availability = Availability::load(root)?;
    let facts = crate::facts::Facts::load(root)?;
    crate::weigh::apply(&facts, &mut catalog, &mut availability)?;
    let problems = catalog.problems();
    if !problems.is_empty() {
        return Err(format!(
            "core/catalog.toml with core/facts folded in:\n  {}",
            problems.join("\n  ")
        ));
    }
    let is_model = |id: &str| catalog.models.iter().any(|m| m.id == id);
    let is_mantle = |id: &str| catalog.mantle.iter().any(|m| m.id == id);
    let mut problems = Vec::new();
    for (id, facts) in &availability.models {
        match (&facts.runtime, is_model(id), is_mantle(id)) {
            (Some(_), false, _) => problems.push(format!(
                "`{id}` is listed by the runtime but is no [[model]] of {SOURCE}"
            )),
            (None, false, false) => problems.push(format!(
                "`{id}` is served by Mantle only but is no [[mantle]] of {SOURCE}"
            )),
            (None, true, _) => problems.push(format!(
                "`{id}` is a [[model]] of {SOURCE}, but only Mantle lists it: make it a [[mantle]]"
            )),
            _ => {}
        }
    }
    for mantle in &catalog.mantle {
        if availability
            .models
            .get(&mantle.id)
            .is_none_or(|m| m.mantle.is_none())
        {
            problems.push(format!(
                "[[mantle]] `{}` has no Mantle facts in {}",
                mantle.id,
                availability::PATH
            ));
        }
    }
    if problems.is_empty() {
        Ok((catalog, availability))
    } else {
        Err(format!(
            "{} and {SOURCE} disagree (run `cargo xtask import`, which adds new models):\n  {}",
            availability::PATH,
            problems.join("\n  ")
        ))
    }
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

fn on_demand(text: &str) -> &'static str {
    match text {
        "yes" => "OnDemand::Yes",
        "no" => "OnDemand::No",
        _ => "OnDemand::Unknown",
    }
}

/// The profile variants listed in a region at its last listing, in `PROFILE_ORDER`.
fn current_profiles(region: &RegionListing) -> Vec<&'static str> {
    let mut profiles: Vec<&str> = region
        .profiles
        .iter()
        .filter(|(_, span)| span.last_listed == region.last_listed)
        .filter_map(|(t, _)| profile_variant(t))
        .collect();
    profiles.sort_by_key(|p| PROFILE_ORDER.iter().position(|q| q == p));
    profiles
}

/// The regions that still list the model at its last listing.
fn current_regions(listing: &RuntimeListing) -> impl Iterator<Item = &RegionListing> {
    listing
        .regions
        .values()
        .filter(|r| crate::weigh::is_current(listing, r))
}

fn availability(out: &mut String, listing: &RuntimeListing, data_date: &str) {
    let _ = writeln!(out, "    availability: Some(&Availability {{");
    let _ = writeln!(out, "        data_date: {},", date(data_date));
    let _ = writeln!(
        out,
        "        first_listed: {},",
        date(&listing.first_listed)
    );
    let _ = writeln!(out, "        last_listed: {},", date(&listing.last_listed));
    let _ = writeln!(out, "        status: {},", string(&listing.status));
    let _ = writeln!(
        out,
        "        legacy_since: {},",
        option(listing.legacy_since.as_deref(), date)
    );
    let _ = writeln!(out, "        input: {},", strings(&listing.input));
    let _ = writeln!(out, "        output: {},", strings(&listing.output));
    let streaming = listing
        .streaming
        .map_or_else(|| "None".to_owned(), |s| format!("Some({s})"));
    let _ = writeln!(out, "        streaming: {streaming},");
    let _ = writeln!(
        out,
        "        customizations: {},",
        strings(&listing.customizations)
    );
    let _ = writeln!(out, "        regions: &[");
    for (region, offer) in &listing.regions {
        let profiles: Vec<String> = current_profiles(offer)
            .iter()
            .map(|p| format!("ProfilePrefix::{p}"))
            .collect();
        let _ = writeln!(
            out,
            "            RegionOffer {{ region: {}, first_listed: {}, last_listed: {}, on_demand: {}, on_demand_seen: {}, on_demand_by: {}, provisioned: {}, profiles: &[{}], stated_by: {} }},",
            string(region),
            date(&offer.first_listed),
            date(&offer.last_listed),
            on_demand(&offer.on_demand),
            option(offer.on_demand_seen.as_deref(), date),
            option(offer.on_demand_by.as_deref(), source_ref),
            offer.provisioned,
            profiles.join(", "),
            option(offer.stated_by.as_deref(), source_ref),
        );
    }
    let _ = writeln!(out, "        ],");
    let anywhere = |answer: &str| current_regions(listing).any(|r| r.on_demand == answer);
    let anywhere = if anywhere("yes") {
        "OnDemand::Yes"
    } else if anywhere("unknown") {
        "OnDemand::Unknown"
    } else {
        "OnDemand::No"
    };
    let offered: Vec<String> = offered_prefixes(listing)
        .iter()
        .map(|p| format!("ProfilePrefix::{p}"))
        .collect();
    let _ = writeln!(out, "        on_demand_anywhere: {anywhere},");
    let _ = writeln!(out, "        prefixes: &[{}],", offered.join(", "));
    let past: Vec<String> = past_prefixes(listing)
        .iter()
        .map(|(p, last)| format!("(ProfilePrefix::{p}, {})", date(last)))
        .collect();
    let _ = writeln!(out, "        past_prefixes: &[{}],", past.join(", "));
    let _ = writeln!(out, "        source: &SOURCE_AVAILABILITY,");
    let _ = writeln!(out, "    }}),");
}

/// The `ProfilePrefix` variants the model has an inference profile for in the regions that
/// still list it, in `PROFILE_ORDER`.
pub(crate) fn offered_prefixes(listing: &RuntimeListing) -> Vec<&'static str> {
    PROFILE_ORDER
        .iter()
        .copied()
        .filter(|p| current_regions(listing).any(|r| current_profiles(r).contains(p)))
        .collect()
}

/// The `ProfilePrefix` variants some region once listed for the model and none lists at its
/// last listing, each with the last day one was listed, in `PROFILE_ORDER`.
fn past_prefixes(listing: &RuntimeListing) -> Vec<(&'static str, String)> {
    let offered = offered_prefixes(listing);
    PROFILE_ORDER
        .iter()
        .copied()
        .filter(|p| !offered.contains(p))
        .filter_map(|p| {
            listing
                .regions
                .values()
                .flat_map(|r| &r.profiles)
                .filter(|(t, _)| profile_variant(t) == Some(p))
                .map(|(_, span)| span.last_listed.clone())
                .max()
                .map(|last| (p, last))
        })
        .collect()
}

/// A `ProfilePrefix` variant's text in IDs: `UsGov` is `us-gov`.
pub(crate) fn prefix_text(variant: &str) -> String {
    if variant == "UsGov" {
        "us-gov".to_owned()
    } else {
        variant.to_ascii_lowercase()
    }
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

/// A reference to the generated `Source` static of `key`.
fn source_const(key: &str) -> String {
    format!("SOURCE_{}", static_name(key))
}

fn source_ref(key: &str) -> String {
    format!("&{}", source_const(key))
}

fn list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| string(s)).collect();
    format!("&[{}]", quoted.join(", "))
}

fn basis(basis: &Basis) -> String {
    match basis {
        Basis::Stated => "Basis::Stated".to_owned(),
        Basis::NoLongerListed { last_listed } => {
            format!(
                "Basis::NoLongerListed {{ last_listed: {} }}",
                date(last_listed)
            )
        }
        Basis::NeverListed {
            first_date,
            data_date,
        } => format!(
            "Basis::NeverListed {{ first_date: {}, data_date: {} }}",
            date(first_date),
            date(data_date)
        ),
        Basis::ListedLegacy {
            since,
            from_first_listing,
        } => format!(
            "Basis::ListedLegacy {{ since: {}, from_first_listing: {from_first_listing} }}",
            date(since)
        ),
    }
}

/// The `Partition` variant of a partition as ARNs spell it (`catalog.rs` checks the spelling).
fn partition_variant(partition: &str) -> &'static str {
    match partition {
        "aws-us-gov" => "AwsUsGov",
        _ => "Aws",
    }
}

fn rule(out: &mut String, rule: &Rule) {
    let partition = partition_variant(rule.partition());
    let scope = match (&rule.regions, &rule.except_regions) {
        (Some(only), _) => format!("RegionScope::Only({})", list(only)),
        (None, Some(except)) => {
            format!(
                "RegionScope::AllExcept(Partition::{partition}, {})",
                list(except)
            )
        }
        (None, None) => format!("RegionScope::Partition(Partition::{partition})"),
    };
    let listed_after = rule.listed_after.as_ref().map_or_else(
        || "None".to_owned(),
        |after| {
            format!(
                "Some(ListedAfter {{ regions: {}, last_listed: {} }})",
                list(&after.regions),
                date(&after.last_listed)
            )
        },
    );
    let dated = |name: &str, value: &Option<String>| {
        format!("            {name}: {},", option(value.as_deref(), date))
    };
    let _ = writeln!(out, "        LifecycleRule {{");
    let _ = writeln!(out, "            scope: {scope},");
    let _ = writeln!(out, "{}", dated("legacy", &rule.legacy));
    let _ = writeln!(out, "{}", dated("extended_access", &rule.extended_access));
    let _ = writeln!(out, "{}", dated("end_of_life", &rule.end_of_life));
    let _ = writeln!(
        out,
        "{}",
        dated(
            "end_of_life_no_sooner_than",
            &rule.end_of_life_no_sooner_than
        )
    );
    let _ = writeln!(
        out,
        "            legacy_period: {},",
        option(rule.legacy_period.as_deref(), string)
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
    let _ = writeln!(out, "            listed_after: {listed_after},");
    let _ = writeln!(out, "            source: {},", source_ref(&rule.source));
    let _ = writeln!(out, "            basis: {},", basis(&rule.basis));
    let _ = writeln!(out, "        }},");
}

/// The runtime facts of `id`, if the runtime ever listed it.
pub(crate) fn runtime<'a>(available: &'a Availability, id: &str) -> Option<&'a RuntimeListing> {
    available.models.get(id).and_then(|m| m.runtime.as_ref())
}

/// A `(tokens, source)` fact as the Rust of `Option<Tokens>`.
fn tokens(fact: Option<&(u64, String)>) -> String {
    fact.map_or_else(
        || "None".to_owned(),
        |(count, source)| {
            format!(
                "Some(Tokens {{ count: {count}, source: {} }})",
                source_ref(source)
            )
        },
    )
}

fn model(
    out: &mut String,
    index: usize,
    model: &Model,
    available: &Availability,
    sources: &BTreeMap<String, SourceEntry>,
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
        let no_commitment = variant
            .no_commitment
            .map_or_else(|| "None".to_owned(), |b| format!("Some({b})"));
        let _ = writeln!(out, "            no_commitment: {no_commitment},");
        let _ = writeln!(out, "            source: {},", source_ref(&variant.source));
        let _ = writeln!(out, "        }},");
    }
    let _ = writeln!(out, "    ],");
    let _ = writeln!(out, "    lifecycle: &[");
    for r in &inference::effective_rules(model, available, sources) {
        rule(out, r);
    }
    let _ = writeln!(out, "    ],");
    match runtime(available, &model.id) {
        Some(listing) => availability(out, listing, &available.data_date),
        None => {
            let _ = writeln!(out, "    availability: None,");
        }
    }
    let _ = writeln!(
        out,
        "    context_window: {},",
        tokens(model.context_window.as_ref())
    );
    let _ = writeln!(
        out,
        "    max_output_tokens: {},",
        tokens(model.max_output_tokens.as_ref())
    );
    let launched = model.launched.as_ref().map_or_else(
        || "None".to_owned(),
        |(day, source)| format!("Some(({}, {}))", date(day), source_ref(source)),
    );
    let _ = writeln!(out, "    launched: {launched},");
    let sources: Vec<String> = model.sources.iter().map(|s| source_ref(s)).collect();
    let _ = writeln!(out, "    sources: &[{}],", sources.join(", "));
    let _ = writeln!(out, "}};\n");
}

fn render_data_dates(out: &mut String, available: &Availability) {
    let _ = writeln!(
        out,
        "/// The date of the newest listing the catalog read.\npub(crate) const DATA_DATE: Date = {};",
        date(&available.data_date)
    );
    let _ = writeln!(
        out,
        "/// The date of the oldest listing the catalog read.\npub(crate) const FIRST_DATE: Date = {};",
        date(&available.first_date)
    );
    let _ = writeln!(
        out,
        "/// Every region a listing names: the regions the sources cover, sorted.\npub(crate) static COVERED_REGIONS: &[&str] = {};\n",
        list(&available.covered_regions)
    );
}

fn mantle_api(api: &str) -> Option<&'static str> {
    Some(match api {
        "completions" => "MantleApi::ChatCompletions",
        "responses" => "MantleApi::Responses",
        "messages" => "MantleApi::Messages",
        _ => return None,
    })
}

/// Every ID Mantle serves: the `[[mantle]]` IDs and the `[[model]]` IDs Mantle serves too.
/// The Mantle IDs the generated code holds, in `MANTLE`'s order: those the listings show
/// that `core/catalog.toml` describes, as a `[[mantle]]` block or as a runtime model.
fn mantle_ids<'a>(catalog: &Catalog, available: &'a Availability) -> Vec<&'a str> {
    available
        .models
        .iter()
        .filter(|(id, facts)| {
            facts.mantle.is_some()
                && (catalog.mantle.iter().any(|m| &m.id == *id)
                    || catalog.models.iter().any(|m| &m.id == *id))
        })
        .map(|(id, _)| id.as_str())
        .collect()
}

/// `core/src/mantle/ids.rs`: one `MantleModelId` constant per Mantle ID, what
/// `mantle_model_id!` expands to.
fn render_mantle_constants(catalog: &Catalog, available: &Availability) -> String {
    let mut out = format!(
        "// @generated by `cargo xtask catalog` from `{SOURCE}`: edit that file, not this one.\n\n\
         //! `mantle_model_id!`'s expansion of each Mantle ID: a `MantleModelId` constant.\n\n\
         use super::MantleModelId;\nuse crate::catalog::generated;\n\n"
    );
    for id in mantle_ids(catalog, available) {
        let name = static_name(id);
        let _ = writeln!(
            out,
            "/// `{id}`\npub const {name}: MantleModelId = MantleModelId::of(&generated::MANTLE_{name});"
        );
    }
    if let Some(first) = mantle_ids(catalog, available).first() {
        let _ = writeln!(
            out,
            "\n/// What `mantle_model_id!` expands to after its error, so no second error follows.\n\
             pub(crate) const AFTER_ERROR: MantleModelId = {};",
            static_name(first)
        );
    }
    out
}

fn render_mantle(out: &mut String, catalog: &Catalog, available: &Availability) {
    let mut names = Vec::new();
    for (id, facts) in &available.models {
        let Some(mantle) = &facts.mantle else {
            continue;
        };
        let entry = catalog.mantle.iter().find(|m| &m.id == id);
        let model = catalog.models.iter().find(|m| &m.id == id);
        let (provider, name, twin, twin_source, look_alike, sources) = match (entry, model) {
            (Some(e), _) => (
                e.provider.as_str(),
                e.name.as_str(),
                e.runtime_twin.as_deref(),
                e.twin_source.as_deref(),
                e.runtime_look_alike.as_deref(),
                e.sources.clone(),
            ),
            (None, Some(m)) => (
                m.provider.as_str(),
                m.name.as_str(),
                Some(m.id.as_str()),
                Some(inference::HISTORY_SOURCE),
                None,
                m.sources.clone(),
            ),
            (None, None) => continue,
        };
        let index = names.len();
        let static_id = format!("MANTLE_{}", static_name(id));
        let apis: Vec<&str> = mantle.apis.iter().filter_map(|a| mantle_api(a)).collect();
        let sources: Vec<String> = sources.iter().map(|s| source_ref(s)).collect();
        let _ = writeln!(out, "pub static {static_id}: MantleModel = MantleModel {{");
        let _ = writeln!(out, "    index: {index},");
        let _ = writeln!(out, "    id: {},", string(id));
        let _ = writeln!(out, "    provider: {},", string(provider));
        let _ = writeln!(out, "    name: {},", string(name));
        let _ = writeln!(out, "    runtime_twin: {},", option(twin, string));
        let _ = writeln!(out, "    twin_source: {},", option(twin_source, source_ref));
        let _ = writeln!(
            out,
            "    runtime_look_alike: {},",
            option(look_alike, string)
        );
        let _ = writeln!(out, "    first_listed: {},", date(&mantle.first_listed));
        let _ = writeln!(out, "    last_listed: {},", date(&mantle.last_listed));
        let _ = writeln!(out, "    regions: {},", list(&mantle.regions));
        let _ = writeln!(out, "    apis: &[{}],", apis.join(", "));
        let _ = writeln!(out, "    input: {},", strings(&mantle.input));
        let _ = writeln!(out, "    output: {},", strings(&mantle.output));
        let _ = writeln!(out, "    sources: &[{}],", sources.join(", "));
        let _ = writeln!(out, "}};\n");
        names.push(static_id);
    }
    let _ = writeln!(out, "pub(crate) static MANTLE: &[&MantleModel] = &[");
    for name in &names {
        let _ = writeln!(out, "    &{name},");
    }
    out.push_str("];\n\n");
}

/// The generated Rust source for `catalog`.
pub fn render(catalog: &Catalog, available: &Availability) -> Result<String, String> {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "// @generated by `cargo xtask catalog` from `{SOURCE}`: edit that file, not this one.\n"
    );
    out.push_str("use super::mantle::{MantleApi, MantleModel};\n");
    out.push_str("use super::{Kind, Listed, Model, ProvisionedVariant, Tokens};\n");
    out.push_str("use crate::availability::{Availability, OnDemand, RegionOffer};\n");
    out.push_str("use crate::date::Date;\n");
    out.push_str("use crate::lifecycle::{Basis, LifecycleRule, ListedAfter, RegionScope};\n");
    out.push_str("use crate::region::{Partition, ProfilePrefix};\n");
    out.push_str("use crate::source::{Dated, Source};\n\n");
    for (key, source) in &catalog.sources {
        let dated = match source.dated() {
            "latest-stated" => "Dated::LatestStated",
            "snapshot" => "Dated::Snapshot",
            _ => "Dated::Stated",
        };
        let _ = writeln!(
            out,
            "static {}: Source = Source {{ key: {}, label: {}, citation: {}, date: {}, dated: {dated} }};",
            source_const(key),
            string(key),
            string(source.label()),
            string(source.citation()),
            option(source.day(), date),
        );
    }
    let _ = writeln!(out, "/// Every source the catalog cites, by key.");
    let _ = writeln!(out, "pub(crate) static SOURCES: &[&Source] = &[");
    for key in catalog.sources.keys() {
        let _ = writeln!(out, "    {},", source_ref(key));
    }
    let _ = writeln!(out, "    &SOURCE_AVAILABILITY,");
    let _ = writeln!(out, "];");
    let _ = writeln!(
        out,
        "static SOURCE_AVAILABILITY: Source = Source {{ key: \"availability\", label: {}, citation: {}, date: Some({}), dated: Dated::Snapshot }};",
        string("bedrock-runtime's listings"),
        string(&available.source),
        date(&available.data_date),
    );
    out.push('\n');
    for (index, m) in catalog.models.iter().enumerate() {
        model(&mut out, index, m, available, &catalog.sources);
    }
    let _ = writeln!(out, "pub(crate) static MODELS: &[&Model] = &[");
    for m in &catalog.models {
        let _ = writeln!(out, "    &{},", static_name(&m.id));
    }
    out.push_str("];\n\n");

    render_data_dates(&mut out, available);
    render_mantle(&mut out, catalog, available);

    listed::render_map(&mut out, &listed::listed_ids(catalog, available))?;
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
