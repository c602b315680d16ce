//! How facts are weighed: the facts files folded into the catalog and the listings' history
//! before code is generated. The README's "How facts are weighed" section says the same.
//!
//! - **Models and names.** Every ID a lifecycle table names is a model (a retired one the
//!   listings never showed is judged by their absence, as any other). A model whose catalog
//!   name is only its ID gets the name its card (or another AWS page) gives.
//! - **Lifecycle.** Every dated row of a lifecycle table is a stated rule, scoped as the row
//!   is: the regions it names, else the whole partition its table is for. A card that says
//!   Legacy or EOL with a date adds a rule of its own (its Legacy date borrowed from a stated
//!   rule of the same end of life, where one gives it), and a card's note naming regions that
//!   still serve after the end of life adds an exception for those regions. Rules of one scope
//!   are merged field by field, the later-dated source winning (`inference::effective_rules`).
//! - **Availability.** A card's In-Region cell is on-demand evidence of the card's date: it
//!   decides where the listings cannot tell (Mantle's `ON_DEMAND`) and where it is later than
//!   the listing's evidence; a card stating that the base ID cannot be called in-Region says so
//!   for every region. A region no listing scans (`GovCloud`, `ap-east-1`) that a card lists as
//!   serving the model becomes a region of the model, with the `us-gov.` profile where the card
//!   marks Geo there and `global.` where it marks Global. A region a listing scans is never
//!   added from a card older than the listings: the later listing wins.

use std::collections::{BTreeMap, BTreeSet};

use crate::availability::{Availability, RegionListing, RuntimeListing, Span};
use crate::catalog::{Catalog, LifecycleRule, Model};
use crate::facts::{Card, CardRegion, Facts};

/// Card lifecycle values that carry an end of life.
fn card_phase(card: &Card) -> Option<(bool, bool)> {
    // (ended by the card's own words, only in specific regions)
    match card.lifecycle.as_deref()? {
        "Legacy" | "Public extended access" => Some((false, false)),
        "Legacy (specific regions)" => Some((false, true)),
        "EOL" => Some((true, false)),
        "EOL (specific regions)" => Some((true, true)),
        _ => None,
    }
}

/// Whether `name` says nothing but the ID: how the catalog writes a model no source named.
fn is_unnamed(model: &Model) -> bool {
    model
        .id
        .split_once('.')
        .is_some_and(|(_, rest)| rest == model.name)
}

/// The English copy of a card wins over a machine translation of the same date.
fn is_english(facts: &Facts, key: &str) -> bool {
    facts
        .sources
        .get(key)
        .is_some_and(|s| !s.citation().contains("/ja_jp/") && !s.label().contains("ja_jp"))
}

/// Later-dated first; among equal dates, an English copy first.
fn newest_first<'a, T>(facts: &Facts, items: &mut [(&'a T, &'a str)]) {
    items.sort_by(|(_, a), (_, b)| {
        facts
            .date_of(b)
            .cmp(&facts.date_of(a))
            .then_with(|| is_english(facts, b).cmp(&is_english(facts, a)))
    });
}

/// Folds the facts into the catalog and the listings; returns one line per thing it did that
/// a maintainer may want to see (models added, names filled), for `cargo xtask catalog`.
pub fn apply(
    facts: &Facts,
    catalog: &mut Catalog,
    available: &mut Availability,
) -> Result<Vec<String>, String> {
    let mut said = Vec::new();
    for (key, source) in &facts.sources {
        if catalog
            .sources
            .insert(key.clone(), source.clone())
            .is_some()
        {
            return Err(format!(
                "source `{key}` is in both core/catalog.toml and core/facts"
            ));
        }
    }
    add_historical_models(facts, catalog, &mut said)?;
    let cards = cards_by_model(facts, catalog);
    name_models(facts, catalog, &mut said);
    add_rules(facts, catalog, &cards);
    add_capabilities(facts, catalog, &cards);
    pair_twins(facts, catalog, &mut said);
    overlay_availability(facts, catalog, available, &cards);
    catalog.models.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(said)
}

/// Every ID a lifecycle table names that the catalog lacks becomes a model of its own.
fn add_historical_models(
    facts: &Facts,
    catalog: &mut Catalog,
    said: &mut Vec<String>,
) -> Result<(), String> {
    let known: BTreeSet<String> = catalog
        .models
        .iter()
        .map(|m| m.id.clone())
        .chain(catalog.mantle.iter().map(|m| m.id.clone()))
        .collect();
    let mut added: BTreeMap<String, Model> = BTreeMap::new();
    for rule in &facts.rules {
        let Some(id) = &rule.id else { continue };
        if known.contains(id) {
            continue;
        }
        let page = facts.names.iter().find(|n| &n.id == id);
        let name = rule
            .name
            .clone()
            .or_else(|| page.map(|n| n.name.clone()))
            .ok_or_else(|| {
                format!("core/facts: `{id}` is named by a lifecycle row, but no source names it")
            })?;
        let model = added.entry(id.clone()).or_insert_with(|| Model {
            id: id.clone(),
            provider: rule.provider.clone(),
            name,
            version: None,
            on_demand: true,
            sources: Vec::new(),
            provisioned: Vec::new(),
            lifecycle: Vec::new(),
            context_window: None,
            max_output_tokens: None,
            launched: None,
        });
        if !model.sources.contains(&rule.source) {
            model.sources.push(rule.source.clone());
        }
        if rule.name.is_none()
            && let Some(page) = page
            && !model.sources.contains(&page.source)
        {
            model.sources.push(page.source.clone());
        }
    }
    for (id, model) in added {
        said.push(format!(
            "added `{id}` ({}): a lifecycle table names it",
            model.name
        ));
        catalog.models.push(model);
    }
    Ok(())
}

/// Each catalog model's cards, newest first: those giving its runtime ID, and those of pages
/// that name the model only (matched by card page, else by a name one card with the ID gives).
fn cards_by_model<'a>(facts: &'a Facts, catalog: &Catalog) -> BTreeMap<String, Vec<&'a Card>> {
    let mut by_page: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let mut by_name: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    for card in &facts.cards {
        if let Some(id) = &card.id {
            if let Some(page) = &card.card_page {
                by_page.entry(page).or_default().insert(id);
            }
            by_name
                .entry(card.name.to_lowercase())
                .or_default()
                .insert(id);
        }
    }
    let unique = |ids: Option<&BTreeSet<&'a str>>| match ids {
        Some(ids) if ids.len() == 1 => ids.iter().next().copied(),
        _ => None,
    };
    let models: BTreeSet<&str> = catalog.models.iter().map(|m| m.id.as_str()).collect();
    let mut out: BTreeMap<String, Vec<(&Card, &str)>> = BTreeMap::new();
    for card in &facts.cards {
        let id = card.id.as_deref().or_else(|| {
            card.card_page
                .as_deref()
                .and_then(|page| unique(by_page.get(page)))
                .or_else(|| unique(by_name.get(&card.name.to_lowercase())))
        });
        if let Some(id) = id
            && models.contains(id)
        {
            out.entry(id.to_owned())
                .or_default()
                .push((card, card.source.as_str()));
        }
    }
    out.into_iter()
        .map(|(id, mut cards)| {
            newest_first(facts, &mut cards);
            (id, cards.into_iter().map(|(card, _)| card).collect())
        })
        .collect()
}

/// Models whose catalog name is only their ID get the name a card (or another AWS page) gives.
fn name_models(facts: &Facts, catalog: &mut Catalog, said: &mut Vec<String>) {
    for mantle in &mut catalog.mantle {
        let unnamed = mantle
            .id
            .split_once('.')
            .is_some_and(|(_, rest)| rest == mantle.name);
        let mut named: Vec<(&Card, &str)> = facts
            .cards
            .iter()
            .filter(|c| unnamed && c.mantle_id.as_deref() == Some(&mantle.id))
            .map(|c| (c, c.source.as_str()))
            .collect();
        newest_first(facts, &mut named);
        if let Some((card, _)) = named.first() {
            said.push(format!(
                "named Mantle `{}` \"{}\" ({})",
                mantle.id, card.name, card.source
            ));
            mantle.name.clone_from(&card.name);
            if !mantle.sources.contains(&card.source) {
                mantle.sources.push(card.source.clone());
            }
        }
    }
    for model in &mut catalog.models {
        if !is_unnamed(model) {
            continue;
        }
        // A card that gives the ID, for either endpoint (one ID on both is one model).
        let mut named: Vec<(&Card, &str)> = facts
            .cards
            .iter()
            .filter(|c| {
                c.id.as_deref() == Some(&model.id) || c.mantle_id.as_deref() == Some(&model.id)
            })
            .map(|c| (c, c.source.as_str()))
            .collect();
        newest_first(facts, &mut named);
        let from_card = named
            .first()
            .map(|(card, _)| (card.name.clone(), card.source.clone()));
        let mut pages: Vec<_> = facts
            .names
            .iter()
            .filter(|n| n.id == model.id)
            .map(|n| (n, n.source.as_str()))
            .collect();
        newest_first(facts, &mut pages);
        let from_page = pages
            .first()
            .map(|(n, source)| (n.name.clone(), (*source).to_owned()));
        if let Some((name, source)) = from_card.or(from_page) {
            // Messages put the provider before the name: "Amazon Nova 2 Sonic" is "Nova 2 Sonic".
            let name = name
                .strip_prefix(&format!("{} ", model.provider))
                .map_or(name.clone(), str::to_owned);
            said.push(format!("named `{}` \"{name}\" ({source})", model.id));
            model.name = name;
            if !model.sources.contains(&source) {
                model.sources.push(source);
            }
        }
    }
}

/// The lifecycle rows of the lifecycle tables and of the cards, as stated rules.
fn add_rules(facts: &Facts, catalog: &mut Catalog, cards: &BTreeMap<String, Vec<&Card>>) {
    let ids: BTreeSet<String> = catalog.models.iter().map(|m| m.id.clone()).collect();
    let known = |id: &str| ids.contains(id);
    for model in &mut catalog.models {
        for row in facts
            .rules
            .iter()
            .filter(|r| r.id.as_ref() == Some(&model.id))
        {
            if !model.sources.contains(&row.source) {
                model.sources.push(row.source.clone());
            }
            if row.is_dated() {
                model.lifecycle.push(row.to_rule(&known));
            }
        }
        let own: Vec<&Card> = cards
            .get(&model.id)
            .into_iter()
            .flatten()
            .copied()
            .filter(|c| c.id.as_deref() == Some(&model.id))
            .collect();
        if let Some(card) = own.iter().find(|c| card_phase(c).is_some()) {
            card_rules(card, &mut model.lifecycle, facts);
        }
        // A note naming regions that still serve after the end of life is a statement of its
        // own: a newer copy of the card that lacks it does not take it back.
        if let Some(card) = own.iter().find(|c| !c.eol_exception_regions.is_empty())
            && let Some(rule) = exception_rule(card, &model.lifecycle)
        {
            model.lifecycle.push(rule);
        }
    }
}

/// The rules a card's lifecycle states: its end of life, in every region or in those its
/// cells mark, and the regions a note names as still serving after it.
fn card_rules(card: &Card, rules: &mut Vec<LifecycleRule>, facts: &Facts) {
    let Some((_, specific)) = card_phase(card) else {
        return;
    };
    let Some(eol) = card.end_of_life.clone() else {
        return;
    };
    // The Legacy and extended-access dates of the same end of life, where a table gives them.
    let same_end = rules
        .iter()
        .filter(|r| r.end_of_life.as_deref() == Some(eol.as_str()) && r.legacy.is_some())
        .max_by_key(|r| facts.date_of(&r.source).unwrap_or_default().to_owned());
    let (legacy, extended_access) = same_end.map_or_else(
        || {
            (
                facts.date_of(&card.source).map(str::to_owned),
                None::<String>,
            )
        },
        |r| (r.legacy.clone(), r.extended_access.clone()),
    );
    let borrowed = same_end.is_some();
    let note = (!borrowed).then(|| {
        "the card gives it as Legacy and its end of life; it does not say since when Legacy, so \
         the card's date stands for it"
            .to_owned()
    });
    let regions: Option<Vec<String>> = specific.then(|| {
        let mut marked: Vec<String> = card
            .region
            .iter()
            .filter(|row| row.endpoint.is_none())
            .filter(|row| {
                row.eol.is_some()
                    || [&row.in_region, &row.geo, &row.global]
                        .into_iter()
                        .flatten()
                        .any(|cell| matches!(cell.as_str(), "legacy" | "eol"))
            })
            .map(|row| row.region.clone())
            .collect();
        marked.sort();
        marked
    });
    if regions.as_ref().is_some_and(Vec::is_empty) {
        // "specific regions" with no region marked: the lifecycle tables name them instead.
    } else {
        let commercial: Option<Vec<String>> = regions.map(|regions| {
            regions
                .into_iter()
                .filter(|r| crate::partition_of(r) == Some("aws"))
                .collect()
        });
        if commercial.as_ref().is_none_or(|r| !r.is_empty()) {
            rules.push(LifecycleRule {
                partition: None,
                regions: commercial,
                except_regions: None,
                legacy: legacy.clone(),
                extended_access: extended_access.clone(),
                end_of_life: Some(eol.clone()),
                end_of_life_no_sooner_than: None,
                legacy_period: card.legacy_period.clone(),
                replacement: None,
                note: note.clone(),
                source: card.source.clone(),
            });
        }
    }
}

/// The exception a card's note states: the regions it names serve the model after its end of
/// life elsewhere, in the phase before that end (with the Legacy date of the stated rule of the
/// same end of life, where one gives it).
fn exception_rule(card: &Card, rules: &[LifecycleRule]) -> Option<LifecycleRule> {
    let eol = card.end_of_life.clone()?;
    let legacy = rules
        .iter()
        .filter(|r| r.end_of_life.as_deref() == Some(eol.as_str()))
        .find_map(|r| r.legacy.clone());
    let mut regions = card.eol_exception_regions.clone();
    regions.sort();
    let quote = card.quote.clone().unwrap_or_default();
    Some(LifecycleRule {
        partition: None,
        regions: Some(regions),
        except_regions: None,
        legacy,
        extended_access: None,
        end_of_life: None,
        end_of_life_no_sooner_than: None,
        legacy_period: None,
        replacement: None,
        note: Some(format!(
            "the card names these regions as still serving it after its {eol} end of life \
             elsewhere{}",
            if quote.is_empty() {
                String::new()
            } else {
                format!(": {quote}")
            }
        )),
        source: card.source.clone(),
    })
}

/// Context window, maximum output and launch date, from the newest card that gives each.
fn add_capabilities(facts: &Facts, catalog: &mut Catalog, cards: &BTreeMap<String, Vec<&Card>>) {
    let _ = facts;
    for model in &mut catalog.models {
        let Some(cards) = cards.get(&model.id) else {
            continue;
        };
        let own = || cards.iter().filter(|c| c.id.as_deref() == Some(&model.id));
        model.context_window = own().find_map(|c| c.context_window.map(|t| (t, c.source.clone())));
        model.max_output_tokens =
            own().find_map(|c| c.max_output_tokens.map(|t| (t, c.source.clone())));
        model.launched = own().find_map(|c| c.launched.clone().map(|d| (d, c.source.clone())));
    }
}

/// A card that gives both a bedrock-runtime and a Bedrock Mantle ID names one model on both
/// endpoints: the Mantle ID's runtime twin, where no source paired them yet.
fn pair_twins(facts: &Facts, catalog: &mut Catalog, said: &mut Vec<String>) {
    let runtime: BTreeSet<String> = catalog.models.iter().map(|m| m.id.clone()).collect();
    for mantle in &mut catalog.mantle {
        if mantle.runtime_twin.is_some() {
            continue;
        }
        let mut cards: Vec<(&Card, &str)> = facts
            .cards
            .iter()
            .filter(|c| c.mantle_id.as_deref() == Some(&mantle.id))
            .filter(|c| {
                c.id.as_ref()
                    .is_some_and(|id| runtime.contains(id) && *id != mantle.id)
            })
            .map(|c| (c, c.source.as_str()))
            .collect();
        newest_first(facts, &mut cards);
        if let Some((card, _)) = cards.first()
            && let Some(id) = &card.id
        {
            said.push(format!(
                "paired Mantle `{}` with runtime `{id}` ({})",
                mantle.id, card.source
            ));
            mantle.runtime_twin = Some(id.clone());
            mantle.twin_source = Some(card.source.clone());
            mantle.runtime_look_alike = None;
            if !mantle.sources.contains(&card.source) {
                mantle.sources.push(card.source.clone());
            }
        }
    }
}

/// A card's rows that describe bedrock-runtime: not Mantle's table; and of a table whose
/// endpoint the copy lost on a card that has both endpoints, only the rows that mark a Geo or
/// Global profile, which only bedrock-runtime has.
fn runtime_rows(card: &Card) -> impl Iterator<Item = &CardRegion> {
    let serves_runtime =
        card.endpoints.is_empty() || card.endpoints.iter().any(|e| e == "bedrock-runtime");
    let both = card.endpoints.iter().any(|e| e == "bedrock-mantle");
    let ambiguous = card.regions_endpoint_unknown && both;
    card.region.iter().filter(move |row| {
        let profile = [&row.geo, &row.global]
            .into_iter()
            .any(|cell| matches!(cell.as_deref(), Some("yes" | "legacy")));
        serves_runtime
            && row.endpoint.as_deref() != Some("bedrock-mantle")
            && (!ambiguous || profile)
    })
}

/// Folds the cards' per-region facts into each model's listing (see the module's rules).
fn overlay_availability(
    facts: &Facts,
    catalog: &Catalog,
    available: &mut Availability,
    cards: &BTreeMap<String, Vec<&Card>>,
) {
    let scanned: BTreeSet<String> = available.covered_regions.iter().cloned().collect();
    for model in &catalog.models {
        let Some(cards) = cards.get(&model.id) else {
            continue;
        };
        // The newest row of each region, and the newest statement about the base ID.
        let mut rows: BTreeMap<&str, (&CardRegion, &Card)> = BTreeMap::new();
        for card in cards {
            for row in runtime_rows(card) {
                rows.entry(row.region.as_str()).or_insert((row, card));
            }
        }
        let no_base_id = cards.iter().find(|c| c.base_id_in_region == Some(false));
        if rows.is_empty() && no_base_id.is_none() {
            continue;
        }
        let Some(listing) = available
            .models
            .get_mut(&model.id)
            .and_then(|m| m.runtime.as_mut())
        else {
            continue;
        };
        for (region, (row, card)) in &rows {
            let Some(date) = facts.date_of(&card.source) else {
                continue;
            };
            if let Some(offer) = listing.regions.get_mut(*region) {
                let evidence = row.in_region_on_demand();
                let later = offer
                    .on_demand_seen
                    .as_deref()
                    .is_none_or(|seen| date > seen);
                if let Some(value) = evidence
                    && (offer.on_demand == "unknown" || later)
                    && offer.on_demand != value
                {
                    value.clone_into(&mut offer.on_demand);
                    offer.on_demand_seen = Some(date.to_owned());
                    offer.on_demand_by = Some(card.source.clone());
                }
            } else if !scanned.contains(*region) && row.serves() {
                listing
                    .regions
                    .insert((*region).to_owned(), stated_region(row, card, date));
            }
        }
        if let Some(card) = no_base_id
            && let Some(date) = facts.date_of(&card.source)
        {
            for offer in listing.regions.values_mut() {
                let later = offer
                    .on_demand_seen
                    .as_deref()
                    .is_none_or(|seen| date > seen);
                if offer.on_demand == "unknown" || (later && offer.on_demand == "yes") {
                    "no".clone_into(&mut offer.on_demand);
                    offer.on_demand_seen = Some(date.to_owned());
                    offer.on_demand_by = Some(card.source.clone());
                }
            }
        }
    }
}

/// A region a card lists, for a region no listing scans.
fn stated_region(row: &CardRegion, card: &Card, date: &str) -> RegionListing {
    let span = || Span {
        first_listed: date.to_owned(),
        last_listed: date.to_owned(),
    };
    let mut profiles = BTreeMap::new();
    // Geo marked in the row, or a `us-gov.` ID among the card's Geo inference IDs.
    let geo = matches!(row.geo.as_deref(), Some("yes" | "legacy"))
        || card.geo_profiles.iter().any(|id| id.starts_with("us-gov."));
    if geo && crate::partition_of(&row.region) == Some("aws-us-gov") {
        profiles.insert("US_GOV".to_owned(), span());
    }
    if matches!(row.global.as_deref(), Some("yes" | "legacy"))
        && crate::partition_of(&row.region) == Some("aws")
    {
        profiles.insert("GLOBAL".to_owned(), span());
    }
    let (on_demand, seen): (String, Option<String>) = match row.in_region_on_demand() {
        Some(value) => (value.to_owned(), Some(date.to_owned())),
        None => ("unknown".to_owned(), None),
    };
    let on_demand_by = seen.is_some().then(|| card.source.clone());
    RegionListing {
        first_listed: date.to_owned(),
        last_listed: date.to_owned(),
        on_demand,
        on_demand_seen: seen,
        provisioned: false,
        profiles,
        stated_by: Some(card.source.clone()),
        on_demand_by,
    }
}

/// Whether a listing's region is current: listed at the model's last listing, or stated by a
/// source the generator folded in.
pub fn is_current(listing: &RuntimeListing, region: &RegionListing) -> bool {
    region.stated_by.is_some() || region.last_listed == listing.last_listed
}

#[cfg(test)]
mod tests {
    use super::*;

    const DATA_DATE: &str = "2026-10-27";

    /// One model `p.model-v1`, listed in us-east-1 (on demand as given) and eu-west-1 (no).
    fn world(us_east_on_demand: &str) -> (Catalog, Availability) {
        let catalog = Catalog::parse(
            "[sources]\ns = \"a source\"\n\
             [[model]]\nid = \"p.model-v1\"\nprovider = \"P\"\nname = \"model-v1\"\nsources = [\"s\"]\n",
        )
        .unwrap();
        let seen = if us_east_on_demand == "unknown" {
            serde_json::Value::Null
        } else {
            DATA_DATE.into()
        };
        let region = |on_demand: &str, seen: serde_json::Value| {
            serde_json::json!({
                "first_listed": "2025-11-23", "last_listed": DATA_DATE, "on_demand": on_demand,
                "on_demand_seen": seen, "provisioned": false,
                "profiles": {"US": {"first_listed": "2025-11-23", "last_listed": DATA_DATE}},
            })
        };
        let text = serde_json::json!({
            "source": "test", "data_date": DATA_DATE, "first_date": "2025-11-23", "snapshots": 2,
            "covered_regions": ["eu-west-1", "us-east-1", "us-west-2"],
            "models": {"p.model-v1": {"runtime": {
                "first_listed": "2025-11-23", "last_listed": DATA_DATE, "status": "ACTIVE",
                "legacy_since": null, "legacy_from_first_listing": false, "input": ["TEXT"],
                "output": ["TEXT"], "streaming": true, "customizations": [],
                "regions": {
                    "us-east-1": region(us_east_on_demand, seen),
                    "eu-west-1": region("no", DATA_DATE.into()),
                },
            }}},
        })
        .to_string();
        (catalog, Availability::parse(&text).unwrap())
    }

    fn source(key: &str, date: &str) -> String {
        format!(
            "[sources.{key}]\ntitle = \"t\"\nlabel = \"AWS's model card \\\"M\\\"\"\n\
             url = \"https://docs.aws.amazon.com/m.html\"\ncopy = \"c\"\ndate = \"{date}\"\n\
             date_kind = \"latest-stated\"\n"
        )
    }

    fn facts(cards: &str, rules: &str) -> Facts {
        Facts::from_texts(cards, rules).unwrap_or_else(|e| panic!("{e}"))
    }

    fn applied(cards: &str, rules: &str, us_east: &str) -> (Catalog, Availability, Vec<String>) {
        let (mut catalog, mut available) = world(us_east);
        let said = apply(&facts(cards, rules), &mut catalog, &mut available).unwrap();
        (catalog, available, said)
    }

    fn region<'a>(available: &'a Availability, name: &str) -> &'a RegionListing {
        &available.models["p.model-v1"]
            .runtime
            .as_ref()
            .unwrap()
            .regions[name]
    }

    const CARD: &str = "[[card]]\nid = \"p.model-v1\"\nname = \"Model One\"\nprovider = \"P\"\n\
                        source = \"card\"\n";

    #[test]
    fn a_card_names_a_model_its_catalog_entry_names_by_id() {
        let cards = format!("{}{CARD}", source("card", "2026-09-01"));
        let (catalog, _, said) = applied(&cards, "[sources]\n", "yes");
        assert_eq!(catalog.models[0].name, "Model One");
        assert!(catalog.models[0].sources.contains(&"card".to_owned()));
        assert_eq!(said, ["named `p.model-v1` \"Model One\" (card)"]);
    }

    #[test]
    fn a_card_decides_on_demand_where_the_listing_cannot_tell() {
        let cards = format!(
            "{}{CARD}[[card.region]]\nregion = \"us-east-1\"\nin_region = \"no\"\n",
            source("card", "2026-09-01")
        );
        let (_, available, _) = applied(&cards, "[sources]\n", "unknown");
        let us_east = region(&available, "us-east-1");
        assert_eq!(us_east.on_demand, "no");
        assert_eq!(us_east.on_demand_seen.as_deref(), Some("2026-09-01"));
        assert_eq!(us_east.on_demand_by.as_deref(), Some("card"));
    }

    #[test]
    fn an_older_card_does_not_overrule_a_later_listing() {
        let cards = format!(
            "{}{CARD}[[card.region]]\nregion = \"us-east-1\"\nin_region = \"no\"\n",
            source("card", "2026-09-01")
        );
        let (_, available, _) = applied(&cards, "[sources]\n", "yes");
        let us_east = region(&available, "us-east-1");
        assert_eq!(
            (us_east.on_demand.as_str(), us_east.on_demand_by.as_deref()),
            ("yes", None)
        );
    }

    #[test]
    fn a_card_that_forbids_in_region_calls_says_no_everywhere() {
        let cards = format!(
            "{}{CARD}base_id_in_region = false\nquote = \"You cannot use the base model ID\"\n",
            source("card", "2026-09-01")
        );
        let (_, available, _) = applied(&cards, "[sources]\n", "unknown");
        assert_eq!(region(&available, "us-east-1").on_demand, "no");
        assert_eq!(region(&available, "eu-west-1").on_demand, "no");
    }

    #[test]
    fn a_govcloud_row_becomes_a_stated_region_with_its_us_gov_profile() {
        let cards = format!(
            "{}{CARD}[[card.region]]\nregion = \"us-gov-west-1\"\nin_region = \"no\"\ngeo = \"yes\"\n\
             [[card.region]]\nregion = \"us-west-2\"\nin_region = \"yes\"\n",
            source("card", "2026-09-01")
        );
        let (_, available, _) = applied(&cards, "[sources]\n", "yes");
        let gov = region(&available, "us-gov-west-1");
        assert_eq!(gov.stated_by.as_deref(), Some("card"));
        assert_eq!(gov.on_demand, "no");
        assert_eq!(gov.profiles.keys().collect::<Vec<_>>(), ["US_GOV"]);
        // A region the listings scan is never added from a card older than them.
        let listing = available.models["p.model-v1"].runtime.as_ref().unwrap();
        assert!(!listing.regions.contains_key("us-west-2"));
    }

    #[test]
    fn a_retired_id_a_lifecycle_table_names_becomes_a_model() {
        let rules = format!(
            "{}[[rule]]\nid = \"p.old-v1\"\nprovider = \"P\"\npartition = \"aws\"\nsource = \"table\"\n\
             [[name]]\nid = \"p.old-v1\"\nname = \"Old One\"\nprovider = \"P\"\nsource = \"table\"\n",
            source("table", "2025-11-10")
        );
        let (catalog, _, said) = applied("[sources]\n", &rules, "yes");
        let old = catalog.models.iter().find(|m| m.id == "p.old-v1").unwrap();
        assert_eq!(old.name, "Old One");
        assert!(old.lifecycle.is_empty(), "the row gives no date");
        assert!(
            said.iter().any(|s| s.starts_with("added `p.old-v1`")),
            "{said:?}"
        );
    }

    #[test]
    fn a_card_that_says_legacy_states_a_rule_and_its_exceptions() {
        let cards = format!(
            "{}{CARD}lifecycle = \"EOL (specific regions)\"\nend_of_life = \"2026-09-10\"\n\
             eol_exception_regions = [\"eu-west-1\"]\nquote = \"still available in eu-west-1\"\n",
            source("card", "2026-09-10")
        );
        let rules = format!(
            "{}[[rule]]\nid = \"p.model-v1\"\nprovider = \"P\"\npartition = \"aws\"\n\
             regions = [\"us-east-1\"]\nlegacy = \"2026-03-10\"\nend_of_life = \"2026-09-10\"\n\
             source = \"table\"\n",
            source("table", "2026-05-01")
        );
        let (catalog, _, _) = applied(&cards, &rules, "yes");
        let rules = &catalog.models[0].lifecycle;
        // The table's row, and the card's exception with the Legacy date of the same end of
        // life ("specific regions" with no region marked adds no rule of its own).
        assert_eq!(rules.len(), 2, "{rules:?}");
        let exception = &rules[1];
        assert_eq!(
            exception.regions.as_deref(),
            Some(&["eu-west-1".to_owned()][..])
        );
        assert_eq!(exception.end_of_life, None);
        assert_eq!(exception.legacy.as_deref(), Some("2026-03-10"));
        assert!(
            exception
                .note
                .as_deref()
                .unwrap()
                .contains("still available in eu-west-1")
        );
    }
}
