//! The run-time API: `FromStr`, judging as of a date and region, serde, and `ModelId`'s traits.

use std::collections::{BTreeSet, HashSet};

use bedrock_model_id::{
    Error, ModelId, ModelIdBuf, catalog,
    catalog::{Form, Region},
    error::Hint,
    lifecycle::{Date, Phase},
    model_id,
    verdict::{Verdict, judge},
};

fn day(text: &str) -> Date {
    Date::parse(text).unwrap()
}

#[expect(
    clippy::unnecessary_wraps,
    reason = "the calls pass it where the API takes an optional region"
)]
fn region(name: &str) -> Option<Region> {
    Some(Region::parse(name).unwrap())
}

#[test]
fn from_str_accepts_known_ids_and_keeps_the_text() {
    let id: ModelIdBuf = "meta.llama3-70b-instruct-v1:0".parse().unwrap();
    assert_eq!(id.as_str(), "meta.llama3-70b-instruct-v1:0");
    assert_eq!(id.to_string(), "meta.llama3-70b-instruct-v1:0");
    assert_eq!(id.form(), Form::OnDemand);
    assert_eq!(
        id.model().map(bedrock_model_id::catalog::Model::name),
        Some("Llama 3 70b Instruct")
    );
    assert_eq!(id.status().map(|s| s.phase()), Some(Phase::Active));
}

#[test]
fn from_str_rejects_unknown_malformed_and_end_of_life_ids() {
    assert!(matches!(
        "meta.llama3-70b".parse::<ModelIdBuf>(),
        Err(Error::Unknown(_))
    ));
    assert!(matches!("".parse::<ModelIdBuf>(), Err(Error::Malformed(_))));
    assert!(matches!(
        "arn:aws:bedrock:us-east-1:12:provisioned-model/abcd1234efgh".parse::<ModelIdBuf>(),
        Err(Error::Malformed(_))
    ));
    let Err(Error::EndOfLife(eol)) = "anthropic.claude-v1".parse::<ModelIdBuf>() else {
        panic!("Claude v1.3 is past its end of life");
    };
    assert_eq!(
        eol.notice().usable_replacement().is_some(),
        eol.to_string().contains("use `")
    );
    let message = eol.to_string();
    assert!(
        message.contains("reached its end of life on 2024-02-28"),
        "{message}"
    );
    // The error is a std error.
    let boxed: Box<dyn std::error::Error> = Box::new(Error::EndOfLife(eol));
    assert!(std::mem::size_of::<Result<ModelIdBuf, Error>>() <= 64);
    assert!(boxed.to_string().contains("anthropic.claude-v1"));
}

#[test]
fn legacy_ids_parse_with_their_lifecycle_inspectable() {
    let id = ModelIdBuf::parse_as_of(
        "anthropic.claude-3-haiku-20240307-v1:0",
        day("2026-04-01"),
        None,
    )
    .unwrap();
    let status = id.status_on(day("2026-04-01"), None).unwrap();
    assert_eq!(status.phase(), Phase::Legacy);
    assert_eq!(
        status
            .rule()
            .and_then(bedrock_model_id::lifecycle::LifecycleRule::end_of_life),
        Some(day("2026-09-10"))
    );
    assert!(matches!(
        judge(id.as_str(), day("2026-04-01"), None),
        Verdict::Deprecated(_, notice) if notice.to_string().contains("is Legacy since 2026-03-10")
    ));
}

#[test]
fn region_scoped_lifecycle_follows_the_region() {
    let on = day("2024-08-01");
    assert!(ModelIdBuf::parse_as_of("ai21.j2-mid-v1", on, region("us-east-1")).is_ok());
    assert!(matches!(
        ModelIdBuf::parse_as_of("ai21.j2-mid-v1", on, region("us-west-2")),
        Err(Error::EndOfLife(_))
    ));
    // Without a region, a regional end of life is a warning, not an error.
    assert!(matches!(
        judge("ai21.j2-mid-v1", on, None),
        Verdict::Deprecated(..)
    ));
    // An ARN carries its own region.
    let arn = "arn:aws:bedrock:us-west-2::foundation-model/ai21.j2-mid-v1";
    assert!(matches!(judge(arn, on, None), Verdict::EndOfLife(_)));
    let arn = "arn:aws:bedrock:eu-west-1::foundation-model/ai21.j2-mid-v1";
    let id = ModelIdBuf::parse_as_of(arn, on, None).unwrap();
    assert_eq!(id.region(), region("eu-west-1"));
    assert_eq!(id.form(), Form::FoundationModelArn);
}

#[test]
fn custom_models_live_only_as_long_as_their_base() {
    let arn =
        "arn:aws:bedrock:us-east-1:123456789012:custom-model/meta.llama2-13b-v1:0:4k/qdllw9a421u9";
    let before = ModelIdBuf::parse_as_of(arn, day("2024-08-11"), None).unwrap();
    assert_eq!(before.form(), Form::CustomModelArn);
    assert_eq!(
        before
            .provisioned()
            .map(bedrock_model_id::catalog::ProvisionedVariant::id),
        Some("meta.llama2-13b-v1:0:4k")
    );
    let Err(Error::EndOfLife(eol)) = ModelIdBuf::parse_as_of(arn, day("2024-08-12"), None) else {
        panic!("the base model reached its end of life on 2024-08-12");
    };
    assert!(
        eol.to_string()
            .contains("a custom model works only until its base model's end of life")
    );
}

#[test]
fn account_specific_arns_are_checked_for_syntax_only() {
    for arn in [
        "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcd1234efgh",
        "arn:aws:bedrock:us-east-1:123456789012:imported-model/abcd1234efgh",
        "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123123",
        "arn:aws:bedrock:ap-south-1:123456789012:default-prompt-router/anthropic.claude:1",
    ] {
        let id: ModelIdBuf = arn.parse().unwrap_or_else(|e| panic!("{arn}: {e}"));
        assert!(
            id.model().is_none() && id.form().is_account_specific(),
            "{arn}"
        );
        assert_eq!(id.status(), None);
    }
}

#[test]
fn unknown_ids_come_with_hints() {
    let hint = |input: &str| match judge(input, day("2024-06-01"), None) {
        Verdict::Unknown(unknown) => unknown.hint().cloned(),
        other => panic!("{input}: {other:?}"),
    };
    assert!(matches!(
        hint("META.LLAMA3-70B-INSTRUCT-V1:0"),
        Some(Hint::Lowercase { .. })
    ));
    assert!(matches!(
        hint("meta.llama3-70b-instruct-v1:0\n"),
        Some(Hint::Whitespace { .. })
    ));
    assert!(matches!(
        hint("meta.llama3-70b-instruct-v1"),
        Some(Hint::MissingVersion { .. })
    ));
    assert!(matches!(
        hint("cohere.embed-english-v3:0:1024"),
        Some(Hint::ProvisionedSuffix { .. })
    ));
    let Some(Hint::LookAlike {
        position,
        look_alike,
        corrected,
    }) = hint("meta.llama3\u{2013}70b-instruct-v1:0")
    else {
        panic!("an en dash is a look-alike");
    };
    assert_eq!((position, look_alike.ascii), (12, '-'));
    assert_eq!(corrected.as_deref(), Some("meta.llama3-70b-instruct-v1:0"));
}

#[test]
fn model_id_compares_hashes_and_converts_as_its_text() {
    const LLAMA: ModelId = model_id!("meta.llama3-70b-instruct-v1:0");
    let parsed: ModelIdBuf = "meta.llama3-70b-instruct-v1:0".parse().unwrap();
    assert_eq!(LLAMA, parsed);
    assert_eq!(LLAMA, "meta.llama3-70b-instruct-v1:0");
    assert_eq!("meta.llama3-70b-instruct-v1:0", LLAMA);
    assert_eq!(LLAMA.as_ref(), "meta.llama3-70b-instruct-v1:0");
    assert_eq!(String::from(LLAMA), "meta.llama3-70b-instruct-v1:0");
    assert_eq!(<&str>::from(LLAMA), "meta.llama3-70b-instruct-v1:0");
    assert_eq!(String::from(&parsed), "meta.llama3-70b-instruct-v1:0");
    assert_eq!(parsed.as_model_id(), Some(LLAMA));
    assert_eq!(
        format!("{LLAMA:?}"),
        "ModelId(\"meta.llama3-70b-instruct-v1:0\")"
    );
    let set: HashSet<ModelIdBuf> = [LLAMA.into(), parsed].into_iter().collect();
    assert_eq!(set.len(), 1);
    assert!(set.contains("meta.llama3-70b-instruct-v1:0"));
    let ordered: BTreeSet<ModelIdBuf> = [
        "meta.llama3-8b-instruct-v1:0",
        "amazon.titan-embed-text-v2:0",
    ]
    .iter()
    .map(|s| s.parse().unwrap())
    .collect();
    assert_eq!(
        ordered.first().map(ModelIdBuf::as_str),
        Some("amazon.titan-embed-text-v2:0")
    );
}

#[test]
fn serde_deserializes_with_validation() {
    let id: ModelIdBuf = serde_json::from_str("\"meta.llama3-8b-instruct-v1:0\"").unwrap();
    assert_eq!(id, "meta.llama3-8b-instruct-v1:0");
    assert_eq!(
        serde_json::to_string(&id).unwrap(),
        "\"meta.llama3-8b-instruct-v1:0\""
    );
    let error = serde_json::from_str::<ModelIdBuf>("\"anthropic.claude-v1\"").unwrap_err();
    assert!(error.to_string().contains("end of life"), "{error}");
    let error = serde_json::from_str::<ModelIdBuf>("42").unwrap_err();
    assert!(
        error.to_string().contains("a Bedrock model ID string"),
        "{error}"
    );
}

#[test]
fn the_catalog_is_iterable() {
    assert!(catalog::models().len() >= 34);
    assert!(catalog::ids().any(|id| id == "anthropic.claude-v2:1:200k"));
    assert_eq!(
        catalog::model("anthropic.claude-v2:1").map(|m| m.provisioned().len()),
        Some(2)
    );
}

#[test]
fn every_typed_constant_is_callable_on_the_snapshot_date() {
    use bedrock_model_id::models;
    let snapshot = day("2026-08-21");
    assert!(models::ALL.len() > 200);
    for id in models::ALL {
        match judge(id.as_str(), snapshot, None) {
            Verdict::Active(identified) | Verdict::Deprecated(identified, _) => {
                assert_eq!(identified.form(), id.form(), "{id}");
                assert_eq!(
                    identified.model().map(bedrock_model_id::catalog::Model::id),
                    id.model().map(bedrock_model_id::catalog::Model::id),
                    "{id}"
                );
            }
            other => panic!("{id}: {other:?}"),
        }
    }
    assert_eq!(
        models::AMAZON_TITAN_EMBED_TEXT_V2_0,
        "amazon.titan-embed-text-v2:0"
    );
    assert_eq!(
        models::EU_AMAZON_NOVA_PRO_V1_0.form(),
        Form::InferenceProfile
    );
    // A model served only through profiles has no bare constant; retired ones have none.
    let bare_haiku = "anthropic.claude-haiku-4-5-20251001-v1:0";
    assert!(!models::ALL.iter().any(|id| id == bare_haiku));
    assert!(!models::ALL.iter().any(|id| id == "anthropic.claude-v1"));
}

#[test]
fn the_examples_messages_give_are_live_on_the_catalogs_last_date() {
    let last = catalog::models()
        .flat_map(|m| m.lifecycle().rules())
        .flat_map(|r| [r.legacy(), r.extended_access(), r.end_of_life()])
        .flatten()
        .max()
        .unwrap();
    // Named by the unknown-ID message and the macro's input message.
    for example in [
        "amazon.titan-embed-text-v2:0",
        "eu.amazon.nova-pro-v1:0",
        "cohere.embed-english-v3:0:512",
    ] {
        assert!(
            matches!(judge(example, last, None), Verdict::Active(_)),
            "{example} on {last}"
        );
        let unknown = judge("x", last, None)
            .into_result()
            .unwrap_err()
            .to_string();
        assert!(unknown.contains(example), "{unknown}");
    }
}

#[test]
fn a_model_retired_in_every_region_that_serves_it_is_an_error() {
    // Nova Reel v1:1: AWS's lifecycle rows retire it in us-east-1 (the one region that ever
    // served it); awslabs/startups' table gives the same end of life with no region, which
    // holds in every commercial region.
    let id = "amazon.nova-reel-v1:1";
    assert!(matches!(
        judge(id, day("2026-09-01"), None),
        Verdict::Deprecated(..)
    ));
    let Verdict::EndOfLife(eol) = judge(id, day("2026-09-30"), None) else {
        panic!("retired on 2026-09-30");
    };
    let message = eol.to_string();
    assert!(
        message.contains("reached its end of life on 2026-09-30"),
        "{message}"
    );
    // And in a region that never served it, the end of life is the first true reason.
    let Verdict::EndOfLife(_) = judge(id, day("2026-11-23"), region("eu-west-1")) else {
        panic!("retired in every commercial region");
    };
}

#[test]
fn suggestions_put_live_models_first_and_mark_retired_ones() {
    let Verdict::Unknown(unknown) = judge("anthropic.claud-v2:1", day("2026-11-23"), None) else {
        panic!("a typo is unknown");
    };
    assert_eq!(unknown.suggestions()[0], "anthropic.claude-v2:1");
    let message = unknown.to_string();
    assert!(
        message.contains("`anthropic.claude-v2:1` (not listed since 2025-11-23)"),
        "{message}"
    );
    assert!(
        message.contains("`anthropic.claude-v2` (end of life 2025-07-21)"),
        "{message}"
    );
    let Verdict::Unknown(unknown) = judge("meta.llama3-8b-instruct-v1", day("2026-11-23"), None)
    else {
        panic!("a missing version is unknown");
    };
    let message = unknown.to_string();
    assert!(
        message
            .contains("it lacks the `:N` version: `meta.llama3-8b-instruct-v1:0`; or did you mean"),
        "{message}"
    );
}

#[test]
fn date_driven_errors_are_warnings_only_in_a_dependency() {
    use bedrock_model_id::verdict::CallingCrate;
    let retired = judge("anthropic.claude-v1", day("2026-11-23"), None);
    let Ok((_, Some(warning))) = retired.clone().into_result_for(CallingCrate::Dependency) else {
        panic!("an end of life in a dependency is a warning");
    };
    let message = warning.to_string();
    assert!(
        message.contains("reached its end of life on 2024-02-28"),
        "{message}"
    );
    assert!(
        message.contains("a warning here, not an error"),
        "{message}"
    );
    assert!(retired.into_result_for(CallingCrate::Editable).is_err());
    // Unknown and not-callable IDs do not change with the date: errors everywhere.
    for input in [
        "anthropic.claude-v9",
        "anthropic.claude-haiku-4-5-20251001-v1:0",
    ] {
        let verdict = judge(input, day("2026-11-23"), None);
        assert!(
            verdict.into_result_for(CallingCrate::Dependency).is_err(),
            "{input}"
        );
    }
}

#[test]
fn model_ids_compare_with_strings_both_ways() {
    let id: ModelIdBuf = "amazon.nova-pro-v1:0".parse().unwrap();
    let text = String::from("amazon.nova-pro-v1:0");
    assert!(id == text);
    assert!(text == id);
    let other = String::from("amazon.nova-lite-v1:0");
    assert!(id != other);
}

/// The typed constants follow `model_id!`'s rules: none for a model retired by the catalog's
/// data date, and `#[deprecated]` (with the date in its note) for every model with a known
/// end-of-life date, read off the generated module's source.
#[test]
fn typed_constants_follow_the_macros_rules() {
    let source = include_str!("../core/src/models.rs");
    let data_date = bedrock_model_id::catalog::data_date();
    let mut checked = 0;
    let mut attributes = Vec::new();
    for line in source.lines() {
        if line.starts_with("#[deprecated") {
            attributes.push(line.to_owned());
            continue;
        }
        let Some(rest) = line.strip_prefix("pub const ") else {
            if !line.starts_with("///") && !line.trim().is_empty() {
                attributes.clear();
            }
            continue;
        };
        let name = rest.split(':').next().unwrap();
        if name == "ALL" {
            attributes.clear();
            continue;
        }
        let id = bedrock_model_id::models::ALL
            .iter()
            .find(|id| {
                id.as_str()
                    .chars()
                    .map(|c| {
                        if c.is_ascii_alphanumeric() {
                            c.to_ascii_uppercase()
                        } else {
                            '_'
                        }
                    })
                    .collect::<String>()
                    == name
            })
            .unwrap_or_else(|| panic!("{name} is not in models::ALL"));
        let model = id.model().expect("every constant names a catalog model");
        let general = model
            .lifecycle()
            .rules()
            .iter()
            .find(|r| r.scope() == bedrock_model_id::lifecycle::RegionScope::COMMERCIAL)
            .or_else(|| model.lifecycle().rules().first());
        if let Some(eol) = general.and_then(bedrock_model_id::lifecycle::LifecycleRule::end_of_life)
        {
            // Retired everywhere: the commercial rule ended, and no rule keeps a region alive.
            let kept_alive = model
                .lifecycle()
                .rules()
                .iter()
                .any(|r| r.end_of_life().is_none_or(|end| end > data_date));
            let retired_everywhere = !kept_alive
                && general.is_some_and(|r| {
                    r.scope() == bedrock_model_id::lifecycle::RegionScope::COMMERCIAL
                });
            assert!(
                !(retired_everywhere && eol <= data_date),
                "{name}: retired on {eol}, before the data date"
            );
            assert!(
                attributes.iter().any(|a| a.contains(&eol.to_string())),
                "{name}: end of life {eol} but no #[deprecated] naming it: {attributes:?}"
            );
        }
        checked += 1;
        attributes.clear();
    }
    assert_eq!(checked, bedrock_model_id::models::ALL.len());
}

/// `Model::sources()` cites what a user can follow: no path of this repository or of the
/// data it was built from.
#[test]
fn sources_cite_what_a_user_can_follow() {
    let mut seen = 0;
    for model in bedrock_model_id::catalog::models() {
        for source in model.sources() {
            seen += 1;
            for local in [
                "/work/",
                "shared/seeds",
                "shared/data",
                "core/src",
                ".csv",
                "availability.json",
            ] {
                assert!(
                    !source.citation().contains(local),
                    "{}: {source}",
                    model.id()
                );
            }
        }
    }
    assert!(seen > 100, "{seen} citations");
}
