//! `core/availability.json`: where and how each model can be called, as of one snapshot.
//!
//! Machine-owned: `cargo xtask import` writes it from AWS listings; people edit `catalog.toml`.
//! Written with sorted keys and two-space indentation, so an import changes only what changed.

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
    /// Where the facts come from.
    pub source: String,
    /// The day the facts describe, `YYYY-MM-DD`.
    pub snapshot: String,
    /// Model ID to its facts.
    pub models: BTreeMap<String, ModelAvailability>,
}

/// One model's facts.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ModelAvailability {
    /// `ACTIVE` or `LEGACY`, as ListFoundationModels says.
    pub status: String,
    /// Input modalities, sorted (`TEXT`, `IMAGE`, ...).
    pub input: Vec<String>,
    /// Output modalities, sorted.
    pub output: Vec<String>,
    /// Whether responses can be streamed.
    pub streaming: bool,
    /// Customizations supported, sorted (`FINE_TUNING`, ...).
    pub customizations: Vec<String>,
    /// Region to the inference types callable from there, sorted.
    pub regions: BTreeMap<String, Vec<String>>,
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

    fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if crate::catalog::parse_date(&self.snapshot).is_none() {
            problems.push(format!(
                "snapshot `{}` is not a YYYY-MM-DD date",
                self.snapshot
            ));
        }
        for (id, model) in &self.models {
            for types in model.regions.values() {
                for t in types {
                    if !INFERENCE_TYPES.contains(&t.as_str()) {
                        problems.push(format!("`{id}`: unknown inference type `{t}`"));
                    }
                }
            }
        }
        problems
    }
}
