//! Pins every fact the two 2024 seeds state against the catalog.
//!
//! The tables below are transcribed from `shared/seeds/000_d7cdba5c9603593b.txt` (model IDs)
//! and `shared/seeds/002_1f2e8af162d96d1f.txt` (lifecycle), independently of `catalog.toml`,
//! so an edit to the catalog that contradicts a seed fails here.

use bedrock_model_id_core::{Date, Phase, Region, RegionScope, Verdict, catalog, judge};

/// Provider, model name, version, model ID: the seed's on-demand base model table.
const BASE_IDS: [(&str, &str, &str, &str); 31] = [
    (
        "Amazon",
        "Titan Text G1 - Express",
        "1.x",
        "amazon.titan-text-express-v1",
    ),
    (
        "Amazon",
        "Titan Text G1 - Lite",
        "1.x",
        "amazon.titan-text-lite-v1",
    ),
    (
        "Amazon",
        "Titan Text Premier",
        "1.x",
        "amazon.titan-text-premier-v1:0",
    ),
    (
        "Amazon",
        "Titan Embeddings G1 - Text",
        "1.x",
        "amazon.titan-embed-text-v1",
    ),
    (
        "Amazon",
        "Titan Embedding Text v2",
        "1.x",
        "amazon.titan-embed-text-v2:0",
    ),
    (
        "Amazon",
        "Titan Multimodal Embeddings G1",
        "1.x",
        "amazon.titan-embed-image-v1",
    ),
    (
        "Amazon",
        "Titan Image Generator G1",
        "1.x",
        "amazon.titan-image-generator-v1",
    ),
    ("Anthropic", "Claude", "2.0", "anthropic.claude-v2"),
    ("Anthropic", "Claude", "2.1", "anthropic.claude-v2:1"),
    (
        "Anthropic",
        "Claude 3 Sonnet",
        "1.0",
        "anthropic.claude-3-sonnet-20240229-v1:0",
    ),
    (
        "Anthropic",
        "Claude 3 Haiku",
        "1.0",
        "anthropic.claude-3-haiku-20240307-v1:0",
    ),
    (
        "Anthropic",
        "Claude 3 Opus",
        "1.0",
        "anthropic.claude-3-opus-20240229-v1:0",
    ),
    (
        "Anthropic",
        "Claude Instant",
        "1.x",
        "anthropic.claude-instant-v1",
    ),
    ("AI21 Labs", "Jurassic-2 Mid", "1.x", "ai21.j2-mid-v1"),
    ("AI21 Labs", "Jurassic-2 Ultra", "1.x", "ai21.j2-ultra-v1"),
    ("Cohere", "Command", "14.x", "cohere.command-text-v14"),
    (
        "Cohere",
        "Command Light",
        "15.x",
        "cohere.command-light-text-v14",
    ),
    ("Cohere", "Command R", "1.x", "cohere.command-r-v1:0"),
    ("Cohere", "Command R+", "1.x", "cohere.command-r-plus-v1:0"),
    ("Cohere", "Embed English", "3.x", "cohere.embed-english-v3"),
    (
        "Cohere",
        "Embed Multilingual",
        "3.x",
        "cohere.embed-multilingual-v3",
    ),
    ("Meta", "Llama 2 Chat 13B", "1.x", "meta.llama2-13b-chat-v1"),
    ("Meta", "Llama 2 Chat 70B", "1.x", "meta.llama2-70b-chat-v1"),
    (
        "Meta",
        "Llama 3 8b Instruct",
        "1.x",
        "meta.llama3-8b-instruct-v1:0",
    ),
    (
        "Meta",
        "Llama 3 70b Instruct",
        "1.x",
        "meta.llama3-70b-instruct-v1:0",
    ),
    (
        "Mistral AI",
        "Mistral 7B Instruct",
        "0.x",
        "mistral.mistral-7b-instruct-v0:2",
    ),
    (
        "Mistral AI",
        "Mixtral 8X7B Instruct",
        "0.x",
        "mistral.mixtral-8x7b-instruct-v0:1",
    ),
    (
        "Mistral AI",
        "Mistral Large",
        "1.x",
        "mistral.mistral-large-2402-v1:0",
    ),
    (
        "Mistral AI",
        "Mistral Small",
        "1.x",
        "mistral.mistral-small-2402-v1:0",
    ),
    (
        "Stability AI",
        "Stable Diffusion XL",
        "0.x",
        "stability.stable-diffusion-xl-v0",
    ),
    (
        "Stability AI",
        "Stable Diffusion XL",
        "1.x",
        "stability.stable-diffusion-xl-v1",
    ),
];

/// Model name, no-commitment purchase, PT ID (lowercased: see catalog.toml), base ID, context
/// window: the seed's Provisioned Throughput table.
const PROVISIONED: [(&str, bool, &str, &str, Option<&str>); 23] = [
    (
        "Amazon Titan Text G1 - Express",
        true,
        "amazon.titan-text-express-v1:0:8k",
        "amazon.titan-text-express-v1",
        Some("8k"),
    ),
    (
        "Amazon Titan Text G1 - Lite",
        true,
        "amazon.titan-text-lite-v1:0:4k",
        "amazon.titan-text-lite-v1",
        Some("4k"),
    ),
    (
        "Amazon Titan Text Premier (preview)",
        true,
        "amazon.titan-text-premier-v1:0:32k",
        "amazon.titan-text-premier-v1:0",
        Some("32k"),
    ),
    (
        "Amazon Titan Embeddings G1 - Text",
        true,
        "amazon.titan-embed-text-v1:2:8k",
        "amazon.titan-embed-text-v1",
        Some("8k"),
    ),
    (
        "Amazon Titan Embeddings G1 - Text v2",
        true,
        "amazon.titan-embed-text-v2:0:8k",
        "amazon.titan-embed-text-v2:0",
        Some("8k"),
    ),
    (
        "Amazon Titan Multimodal Embeddings G1",
        true,
        "amazon.titan-embed-image-v1:0",
        "amazon.titan-embed-image-v1",
        None,
    ),
    (
        "Amazon Titan Image Generator G1",
        false,
        "amazon.titan-image-generator-v1:0",
        "amazon.titan-image-generator-v1",
        None,
    ),
    (
        "Anthropic Claude v2 18K",
        true,
        "anthropic.claude-v2:0:18k",
        "anthropic.claude-v2",
        Some("18k"),
    ),
    (
        "Anthropic Claude v2 100K",
        true,
        "anthropic.claude-v2:0:100k",
        "anthropic.claude-v2",
        Some("100k"),
    ),
    (
        "Anthropic Claude v2.1 18K",
        true,
        "anthropic.claude-v2:1:18k",
        "anthropic.claude-v2:1",
        Some("18k"),
    ),
    (
        "Anthropic Claude v2.1 200K",
        true,
        "anthropic.claude-v2:1:200k",
        "anthropic.claude-v2:1",
        Some("200k"),
    ),
    (
        "Anthropic Claude 3 Sonnet 28K",
        true,
        "anthropic.claude-3-sonnet-20240229-v1:0:28k",
        "anthropic.claude-3-sonnet-20240229-v1:0",
        Some("28k"),
    ),
    (
        "Anthropic Claude 3 Sonnet 200K",
        true,
        "anthropic.claude-3-sonnet-20240229-v1:0:200k",
        "anthropic.claude-3-sonnet-20240229-v1:0",
        Some("200k"),
    ),
    (
        "Anthropic Claude 3 Haiku 48K",
        true,
        "anthropic.claude-3-haiku-20240307-v1:0:48k",
        "anthropic.claude-3-haiku-20240307-v1:0",
        Some("48k"),
    ),
    (
        "Anthropic Claude 3 Haiku 200K",
        true,
        "anthropic.claude-3-haiku-20240307-v1:0:200k",
        "anthropic.claude-3-haiku-20240307-v1:0",
        Some("200k"),
    ),
    (
        "Anthropic Claude Instant v1 100K",
        true,
        "anthropic.claude-instant-v1:2:100k",
        "anthropic.claude-instant-v1",
        Some("100k"),
    ),
    (
        "AI21 Labs Jurassic-2 Ultra",
        true,
        "ai21.j2-ultra-v1:0:8k",
        "ai21.j2-ultra-v1",
        Some("8k"),
    ),
    (
        "Cohere Command",
        true,
        "cohere.command-text-v14:7:4k",
        "cohere.command-text-v14",
        Some("4k"),
    ),
    (
        "Cohere Command Light",
        true,
        "cohere.command-light-text-v14:7:4k",
        "cohere.command-light-text-v14",
        Some("4k"),
    ),
    (
        "Cohere Embed English",
        true,
        "cohere.embed-english-v3:0:512",
        "cohere.embed-english-v3",
        Some("512"),
    ),
    (
        "Cohere Embed Multilingual",
        true,
        "cohere.embed-multilingual-v3:0:512",
        "cohere.embed-multilingual-v3",
        Some("512"),
    ),
    (
        "Stable Diffusion XL 1.0",
        false,
        "stability.stable-diffusion-xl-v1:0",
        "stability.stable-diffusion-xl-v1",
        None,
    ),
    (
        "Meta Llama 2 Chat 13B",
        false,
        "meta.llama2-13b-chat-v1:0:4k",
        "meta.llama2-13b-chat-v1",
        Some("4k"),
    ),
];

/// Model ID, legacy date, EOL date, recommended replacement, regions: the seed's Legacy table,
/// with the IDs it names only by name resolved (bedrock-lifecycle-2026.csv, aws-cdk).
/// "Titan Embeddings - Text v1.1" is left out: no source confirms its ID (see catalog.toml).
/// A row of the Legacy table: ID, legacy date, EOL date, replacement, regions.
type LegacyRow = (
    &'static str,
    Date,
    Date,
    Option<&'static str>,
    Option<&'static [&'static str]>,
);

const LEGACY: [LegacyRow; 8] = [
    (
        "stability.stable-diffusion-xl-v0",
        ymd(2024, 2, 2),
        ymd(2024, 4, 30),
        Some("stability.stable-diffusion-xl-v1"),
        None,
    ),
    (
        "anthropic.claude-v1",
        ymd(2023, 11, 28),
        ymd(2024, 2, 28),
        Some("anthropic.claude-v2:1"),
        None,
    ),
    (
        "meta.llama2-13b-chat-v1",
        ymd(2024, 8, 12),
        ymd(2024, 8, 12),
        Some("meta.llama3-8b-instruct-v1:0"),
        None,
    ),
    (
        "meta.llama2-70b-chat-v1",
        ymd(2024, 8, 12),
        ymd(2024, 8, 12),
        Some("meta.llama3-70b-instruct-v1:0"),
        None,
    ),
    (
        "meta.llama2-13b-v1",
        ymd(2024, 8, 12),
        ymd(2024, 8, 12),
        Some("meta.llama3-8b-instruct-v1:0"),
        None,
    ),
    (
        "meta.llama2-70b-v1",
        ymd(2024, 8, 12),
        ymd(2024, 8, 12),
        Some("meta.llama3-70b-instruct-v1:0"),
        None,
    ),
    (
        "ai21.j2-mid-v1",
        ymd(2024, 7, 30),
        ymd(2024, 7, 30),
        None,
        Some(&["us-west-2"]),
    ),
    (
        "ai21.j2-ultra-v1",
        ymd(2024, 7, 30),
        ymd(2024, 7, 30),
        None,
        Some(&["us-west-2"]),
    ),
];

const fn ymd(year: u16, month: u8, day: u8) -> Date {
    match Date::new(year, month, day) {
        Some(date) => date,
        None => panic!("bad date in the seed table"),
    }
}

fn region(name: &str) -> Region {
    Region::parse(name).unwrap()
}

fn phase(id: &str, day: Date, region: Option<&str>) -> Phase {
    let model = catalog::model(id).unwrap_or_else(|| panic!("`{id}` missing"));
    model
        .lifecycle()
        .status_on(day, region.map(self::region))
        .phase()
}

#[test]
fn every_seed_base_id_is_in_the_catalog_with_its_names() {
    for (provider, name, version, id) in BASE_IDS {
        let model = catalog::model(id).unwrap_or_else(|| panic!("`{id}` missing"));
        let facts = (model.provider(), model.name(), model.version());
        assert_eq!(facts, (provider, name, Some(version)), "{id}");
        assert!(model.supports_on_demand(), "{id}");
    }
}

#[test]
fn every_seed_provisioned_id_is_in_the_catalog_with_its_facts() {
    for (name, no_commitment, pt, base, context) in PROVISIONED {
        let model = catalog::model(base).unwrap_or_else(|| panic!("`{base}` missing"));
        let variant = model
            .provisioned()
            .iter()
            .find(|v| v.id() == pt)
            .unwrap_or_else(|| panic!("`{pt}` is not a PT ID of `{base}`"));
        assert_eq!(variant.name(), name, "{pt}");
        assert_eq!(
            variant.no_commitment_purchase(),
            Some(no_commitment),
            "{pt}"
        );
        assert_eq!(variant.context_window(), context, "{pt}");
        let verdict = judge(pt, ymd(2024, 1, 1), None);
        let Verdict::Active(identified) = verdict else {
            panic!("`{pt}` on 2024-01-01: {verdict:?}");
        };
        assert_eq!(
            identified
                .provisioned()
                .map(bedrock_model_id_core::ProvisionedVariant::id),
            Some(pt)
        );
        assert_eq!(
            identified.model().map(bedrock_model_id_core::Model::id),
            Some(base)
        );
    }
}

#[test]
fn the_seeds_uppercase_pt_spelling_gets_the_lowercase_hint() {
    let error = judge("amazon.titan-text-premier-v1:0:32K", ymd(2024, 6, 1), None)
        .into_result()
        .unwrap_err()
        .to_string();
    assert!(error.contains("model IDs are lowercase"), "{error}");
    assert!(
        error.contains("`amazon.titan-text-premier-v1:0:32k`"),
        "{error}"
    );
}

/// Seed rows whose replacement a later-dated source changes: AWS's lifecycle table as quoted on
/// 2025-09-19 names Claude Sonnet 4 for Claude v1.3, where the 2024 page named Claude v2.1.
const LATER_REPLACEMENTS: [(&str, &str); 1] = [(
    "anthropic.claude-v1",
    "anthropic.claude-sonnet-4-20250514-v1:0",
)];

#[test]
fn every_seed_lifecycle_row_has_its_dates_replacement_and_regions() {
    for (id, legacy, eol, replacement, regions) in LEGACY {
        let model = catalog::model(id).unwrap_or_else(|| panic!("`{id}` missing"));
        let rule = model
            .lifecycle()
            .rules()
            .iter()
            .find(|r| r.legacy() == Some(legacy) && r.end_of_life() == Some(eol))
            .unwrap_or_else(|| panic!("`{id}` has no rule {legacy}..{eol}"));
        // Where a later-dated source names another replacement, it wins (core/tests/conflicts.rs
        // pins each such case); otherwise the seed's stands.
        let later = LATER_REPLACEMENTS
            .iter()
            .find(|(m, _)| *m == id)
            .map(|(_, r)| *r);
        assert_eq!(rule.replacement(), later.or(replacement), "{id}");
        let scope = regions.map_or(RegionScope::COMMERCIAL, RegionScope::Only);
        assert_eq!(rule.scope(), scope, "{id}");
        if let Some(replacement) = replacement {
            assert!(catalog::model(replacement).is_some(), "{replacement}");
        }
    }
    // The unconfirmed ID of Titan Embeddings v1.1 stays out; its replacement stays in.
    assert!(catalog::model("amazon.titan-e1t-medium").is_none());
    assert!(catalog::model("amazon.titan-embed-text-v1").is_some());
}

#[test]
fn seed_states_before_on_and_after_their_dates() {
    assert_eq!(
        phase("stability.stable-diffusion-xl-v0", ymd(2024, 2, 1), None),
        Phase::Active
    );
    assert_eq!(
        phase("stability.stable-diffusion-xl-v0", ymd(2024, 2, 2), None),
        Phase::Legacy
    );
    assert_eq!(
        phase("stability.stable-diffusion-xl-v0", ymd(2024, 4, 30), None),
        Phase::EndOfLife
    );
    assert_eq!(
        phase("anthropic.claude-v1", ymd(2024, 1, 1), None),
        Phase::Legacy
    );
    assert_eq!(
        phase("anthropic.claude-v1", ymd(2024, 2, 28), None),
        Phase::EndOfLife
    );
    assert_eq!(
        phase("meta.llama2-70b-chat-v1", ymd(2024, 8, 11), None),
        Phase::Active
    );
    assert_eq!(
        phase("meta.llama2-70b-chat-v1", ymd(2024, 8, 12), None),
        Phase::EndOfLife
    );
    // AI21 Jurassic-2: end of life only in us-west-2.
    let after = ymd(2024, 8, 1);
    assert_eq!(
        phase("ai21.j2-mid-v1", after, Some("us-west-2")),
        Phase::EndOfLife
    );
    assert_eq!(
        phase("ai21.j2-mid-v1", after, Some("us-east-1")),
        Phase::Active
    );
    assert_eq!(
        phase("ai21.j2-ultra-v1", ymd(2024, 7, 29), Some("us-west-2")),
        Phase::Active
    );
    let model = catalog::model("ai21.j2-ultra-v1").unwrap();
    let anywhere = model.lifecycle().status_on(after, None);
    assert!(anywhere.is_regional() && anywhere.phase() == Phase::EndOfLife);
    // On the seed's date, every other seed model is Active.
    let seed_day = ymd(2024, 6, 1);
    for (_, _, _, id) in BASE_IDS {
        let retired = LEGACY.iter().any(|row| row.0 == id && row.2 <= seed_day);
        let expected = if retired {
            Phase::EndOfLife
        } else {
            Phase::Active
        };
        assert_eq!(phase(id, seed_day, None), expected, "{id} on {seed_day}");
    }
}

#[test]
fn verdicts_on_the_seeds_dates() {
    let day = ymd(2024, 8, 1);
    let message = |id: &str, region: Option<&str>| match judge(id, day, region.map(self::region)) {
        Verdict::Active(_) => "active".to_owned(),
        Verdict::Deprecated(_, notice) => format!("warning: {notice}"),
        Verdict::EndOfLife(eol) => format!("error: {eol}"),
        other => format!("{other:?}"),
    };
    let eol = message("stability.stable-diffusion-xl-v0", None);
    assert!(
        eol.starts_with(
            "error: `stability.stable-diffusion-xl-v0` (Stability AI Stable Diffusion XL 0.x) \
             reached its end of life on 2024-04-30"
        ),
        "{eol}"
    );
    assert!(
        eol.contains(
            "use `stability.stable-diffusion-xl-v1` (AWS's \"Model lifecycle\" page names it)"
        ),
        "{eol}"
    );
    let regional = message("ai21.j2-mid-v1", None);
    assert!(regional.starts_with("warning:"), "{regional}");
    assert!(
        regional.contains("end of life in us-west-2 on 2024-07-30"),
        "{regional}"
    );
    assert!(message("ai21.j2-mid-v1", Some("us-west-2")).starts_with("error:"));
    assert_eq!(message("ai21.j2-mid-v1", Some("us-east-1")), "active");
}
