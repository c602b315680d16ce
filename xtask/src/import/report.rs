//! What an import says about the availability it derived: what changed from the old file, one
//! line each, and a line of counts.

use std::collections::{BTreeMap, BTreeSet};

use crate::availability::{Availability, RuntimeListing};

/// What changed from `old` (`None`: nothing) to `new`, one line each.
pub(super) fn report(old: Option<&Availability>, new: &Availability) -> Vec<String> {
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
pub(super) fn counts(av: &Availability) -> String {
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

#[cfg(test)]
mod tests {
    use super::report;
    use crate::import::fixtures::s;
    use crate::import::fold::fold;
    use crate::import::history::fixture_snapshots;

    #[test]
    fn an_incremental_report_names_gained_regions_and_evidence_changes() {
        let all = fixture_snapshots();
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
}
