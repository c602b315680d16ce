//! What an import adds to `core/catalog.toml`, which it only adds to: a `[[model]]` block per
//! runtime ID the catalog lacks (with, for AWS CLI listings, the `[[model.lifecycle]]` blocks
//! `ListFoundationModels`' dates make), a `[[mantle]]` block per Mantle-only ID it lacks, and the
//! import's source key in `[sources]`. Existing text is never changed, and the edited catalog is
//! parsed and checked before anything is written.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use super::catalog_text::{CATALOG, CatalogEdits, toml_string};
use super::cli::Facts;
use super::lifecycle_rules::lifecycle_rules;
use crate::availability::{self, Availability};
use crate::catalog::Catalog;

/// The comment under a name made from the ID, as in the catalog's snapshot blocks.
pub(super) const NAME_FROM_ID: &str =
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

/// The catalog after an import, and what to say about it.
pub(super) struct ExtendedCatalog {
    /// The new catalog text: the old text with lines inserted and appended.
    pub(super) text: String,
    /// Each model, rule, Mantle ID and source added, one line each.
    pub(super) report: Vec<String>,
    /// What was listed but not added, and why.
    pub(super) notes: Vec<String>,
}

/// Adds what `available` lists and the catalog lacks, cited as source `key`: `old_toml` is the
/// catalog's text, given parsed with its `[[mantle]]` IDs too; `facts` are the AWS CLI listings'
/// names, providers and lifecycle dates. Fails when a provider is unknown or the edited catalog
/// would not hold what it should.
pub(super) fn extend_catalog(
    old_toml: &str,
    (catalog, mantle_ids): (&Catalog, &BTreeSet<String>),
    available: &Availability,
    facts: &BTreeMap<String, Facts>,
    key: &str,
) -> Result<ExtendedCatalog, String> {
    let mut edits = CatalogEdits::new(old_toml);
    let mut added = Additions {
        report: Vec::new(),
        notes: Vec::new(),
        rules: BTreeMap::new(),
        mantle: Vec::new(),
    };
    add_models(catalog, available, facts, key, &mut edits, &mut added)?;
    add_mantle_ids(catalog, mantle_ids, available, key, &mut edits, &mut added)?;
    if (!added.rules.is_empty() || !added.mantle.is_empty()) && !catalog.sources.contains_key(key) {
        let citation = format!("{}; copied into {}", available.source, availability::PATH);
        edits.insert_source(key, &citation)?;
        added
            .report
            .push(format!("added source {key} to [sources] of {CATALOG}"));
    }
    let new_toml = edits.finish();
    let (new_catalog, new_mantle) = parse_catalog(&new_toml)
        .map_err(|e| format!("the import would leave an invalid catalog; nothing written:\n{e}"))?;
    check_catalog(
        (catalog, mantle_ids),
        (&new_catalog, &new_mantle),
        &added,
        available,
    )?;
    Ok(ExtendedCatalog {
        text: new_toml,
        report: added.report,
        notes: added.notes,
    })
}

/// The catalog, and the IDs of its `[[mantle]]` blocks.
pub(super) fn parse_catalog(text: &str) -> Result<(Catalog, BTreeSet<String>), String> {
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
/// lifecycle rules the ones `ListFoundationModels`' dates make (`facts`: AWS CLI listings only).
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
            edits.insert_into(id, &text)?;
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
