//! The run-time API of `MantleModelId`: parsing, the runtime/Mantle boundary, serde, APIs,
//! regions and listing dates; and the constants `mantle_model_id!` expands to.

use bedrock_model_id::{
    Error, MantleModelId, ModelIdBuf, catalog,
    catalog::Region,
    error::MantleProblem,
    lifecycle::Date,
    mantle,
    mantle::{MantleApi, judge_mantle},
    mantle_model_id,
    verdict::{Uncertainty, Verdict, judge},
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

/// After the catalog's data date (2026-10-27).
fn as_of() -> Date {
    day("2026-12-01")
}

#[expect(
    clippy::unnecessary_box_returns,
    reason = "Error::Mantle holds it boxed; unboxing only to compare would copy it"
)]
fn mantle_error(result: Result<MantleModelId, Error>) -> Box<bedrock_model_id::error::MantleError> {
    match result {
        Err(Error::Mantle(error)) => error,
        other => panic!("expected Error::Mantle, got {other:?}"),
    }
}

#[test]
fn parses_a_mantle_id() {
    let id: MantleModelId = "openai.gpt-oss-120b".parse().unwrap();
    assert_eq!(id.as_str(), "openai.gpt-oss-120b");
    assert_eq!(id.to_string(), "openai.gpt-oss-120b");
    assert_eq!(id, "openai.gpt-oss-120b");
    assert_eq!(String::from(id), "openai.gpt-oss-120b");
    assert_eq!(AsRef::<str>::as_ref(&id), "openai.gpt-oss-120b");
    assert_eq!(id.model().provider(), "OpenAI");
    assert_eq!(id.model().runtime_twin(), Some("openai.gpt-oss-120b-1:0"));
    assert_eq!(
        Some(id.model()),
        mantle::mantle_model("openai.gpt-oss-120b")
    );
    // The same ID judged on a date gives the same value.
    assert_eq!(
        MantleModelId::parse_as_of("openai.gpt-oss-120b", as_of(), None).unwrap(),
        id
    );
}

#[test]
fn a_runtime_id_is_not_a_mantle_id() {
    let error = mantle_error("openai.gpt-oss-120b-1:0".parse::<MantleModelId>());
    assert_eq!(error.input(), "openai.gpt-oss-120b-1:0");
    assert_eq!(
        error.problem(),
        &MantleProblem::RuntimeId {
            mantle_ids: vec!["openai.gpt-oss-120b"]
        }
    );
    let message = error.to_string();
    assert!(message.contains("`openai.gpt-oss-120b`"), "{message}");
    assert!(message.contains("bedrock-runtime"), "{message}");
    // A runtime ID of a model Mantle does not serve: no Mantle ID to name.
    let error = mantle_error("meta.llama3-70b-instruct-v1:0".parse::<MantleModelId>());
    assert_eq!(
        error.problem(),
        &MantleProblem::RuntimeId { mantle_ids: vec![] }
    );
    assert!(error.to_string().contains("`model_id!`"), "{error}");
    // A profile ID of a model Mantle serves under the same ID names that ID.
    let error = mantle_error(MantleModelId::parse_as_of(
        "us.openai.gpt-6-sol",
        as_of(),
        None,
    ));
    assert_eq!(
        error.problem(),
        &MantleProblem::RuntimeId {
            mantle_ids: vec!["openai.gpt-6-sol"]
        }
    );
}

#[test]
fn a_mantle_only_id_is_not_a_runtime_id() {
    let Err(Error::MantleOnly(mantle)) = "openai.gpt-oss-120b".parse::<ModelIdBuf>() else {
        panic!("`openai.gpt-oss-120b` is not MantleOnly as a runtime ID");
    };
    assert_eq!(mantle.input(), "openai.gpt-oss-120b");
    assert_eq!(mantle.runtime_twin(), Some("openai.gpt-oss-120b-1:0"));
    assert_eq!(mantle.model().id(), "openai.gpt-oss-120b");
    let message = mantle.to_string();
    assert!(message.contains("`openai.gpt-oss-120b-1:0`"), "{message}");
    assert!(matches!(
        judge("openai.gpt-oss-120b", as_of(), None),
        Verdict::MantleOnly(_)
    ));
    // The runtime twin is a runtime ID.
    let runtime: ModelIdBuf = "openai.gpt-oss-120b-1:0".parse().unwrap();
    assert_eq!(runtime.as_str(), "openai.gpt-oss-120b-1:0");
}

#[test]
fn an_unknown_id_gets_suggestions() {
    let error = mantle_error(MantleModelId::parse_as_of(
        "openai.gpt-oss-120",
        as_of(),
        None,
    ));
    let MantleProblem::Unknown { suggestions } = error.problem() else {
        panic!("not Unknown: {error}");
    };
    assert_eq!(suggestions.first(), Some(&"openai.gpt-oss-120b"));
    assert!(error.to_string().contains("did you mean"), "{error}");
}

#[test]
fn serde_round_trips_and_refuses_runtime_ids() {
    let id = MantleModelId::parse_as_of("openai.gpt-oss-120b", as_of(), None).unwrap();
    let json = serde_json::to_string(&id).unwrap();
    assert_eq!(json, "\"openai.gpt-oss-120b\"");
    let back: MantleModelId = serde_json::from_str(&json).unwrap();
    assert_eq!(back, id);
    let list: Vec<MantleModelId> =
        serde_json::from_str(r#"["openai.gpt-oss-120b", "anthropic.claude-haiku-4-5"]"#).unwrap();
    assert_eq!(
        list.iter().map(|id| id.as_str()).collect::<Vec<_>>(),
        ["openai.gpt-oss-120b", "anthropic.claude-haiku-4-5"]
    );
    let error = serde_json::from_str::<MantleModelId>("\"openai.gpt-oss-120b-1:0\"").unwrap_err();
    let message = error.to_string();
    assert!(message.contains("`openai.gpt-oss-120b`"), "{message}");
    assert!(message.contains("bedrock-runtime"), "{message}");
    let error = serde_json::from_str::<MantleModelId>("42").unwrap_err();
    assert!(
        error.to_string().contains("a Bedrock Mantle model ID"),
        "{error}"
    );
}

#[test]
fn supports_follows_the_catalog_apis() {
    let apis = [
        MantleApi::ChatCompletions,
        MantleApi::Responses,
        MantleApi::Messages,
    ];
    let mut checked = 0;
    for model in mantle::mantle_models().filter(|m| m.is_still_listed()) {
        let id = MantleModelId::parse_as_of(model.id(), as_of(), None).unwrap();
        assert!(!model.apis().is_empty(), "`{}` has no API", model.id());
        for api in apis {
            assert_eq!(
                id.supports(api),
                model.apis().contains(&api),
                "`{}` {api}",
                model.id()
            );
            assert_eq!(id.supports(api), model.supports(api));
        }
        checked += 1;
    }
    assert!(checked > 40, "only {checked} Mantle models checked");
    let gpt = MantleModelId::parse_as_of("openai.gpt-oss-120b", as_of(), None).unwrap();
    assert!(gpt.supports(MantleApi::ChatCompletions));
    assert!(gpt.supports(MantleApi::Responses));
    assert!(!gpt.supports(MantleApi::Messages));
    let haiku = MantleModelId::parse_as_of("anthropic.claude-haiku-4-5", as_of(), None).unwrap();
    assert_eq!(haiku.model().apis(), [MantleApi::Messages]);
    assert!(!haiku.supports(MantleApi::ChatCompletions));
}

#[test]
fn regions_mantle_does_not_serve_are_errors_and_uncovered_ones_caveats() {
    let id = "openai.gpt-oss-120b";
    // Served there.
    let (served, caveat) = judge_mantle(id, as_of(), region("us-west-2")).unwrap();
    assert_eq!(served, id);
    assert_eq!(caveat, None);
    // A covered region Mantle does not serve it in.
    let error = mantle_error(MantleModelId::parse_as_of(id, as_of(), region("us-west-1")));
    assert_eq!(
        error.problem(),
        &MantleProblem::NotServedIn {
            region: Region::parse("us-west-1").unwrap()
        }
    );
    let message = error.to_string();
    assert!(
        message.contains("not served by Bedrock Mantle in us-west-1"),
        "{message}"
    );
    assert!(message.contains("us-west-2"), "{message}");
    // A region no listing covers: accepted, with a caveat.
    let gov = region("us-gov-west-1");
    assert_eq!(
        MantleModelId::parse_as_of(id, as_of(), gov).unwrap(),
        "openai.gpt-oss-120b"
    );
    let (accepted, caveat) = judge_mantle(id, as_of(), gov).unwrap();
    assert_eq!(accepted, id);
    let caveat = caveat.expect("no caveat for an uncovered region");
    assert_eq!(caveat.uncertainty(), Uncertainty::RegionNotCovered);
    assert!(
        caveat
            .to_string()
            .contains("no source covers us-gov-west-1"),
        "{caveat}"
    );
    let (_, caveat) = judge_mantle(id, as_of(), region("cn-north-1")).unwrap();
    assert_eq!(
        caveat.map(|c| c.uncertainty()),
        Some(Uncertainty::RegionNotCovered)
    );
}

#[test]
fn a_mantle_model_no_longer_listed_fails_after_its_last_listing() {
    let id = "anthropic.claude-fern-trn2-1024k";
    let model = mantle::mantle_model(id).unwrap();
    assert!(!model.is_still_listed());
    assert_eq!(model.last_listed(), day("2026-09-02"));
    assert!(model.last_listed() < catalog::data_date());
    // On its last listed day (and its first), it is accepted.
    for date in ["2026-09-01", "2026-09-02"] {
        let parsed = MantleModelId::parse_as_of(id, day(date), None).unwrap();
        assert_eq!(parsed, id);
        assert_eq!(
            MantleModelId::parse_as_of(id, day(date), region("us-east-2")).unwrap(),
            id
        );
    }
    // From the day after, it is an error that says since when.
    for date in ["2026-09-03", "2026-12-01"] {
        let error = mantle_error(MantleModelId::parse_as_of(id, day(date), None));
        assert_eq!(
            error.problem(),
            &MantleProblem::NoLongerListed {
                last_listed: day("2026-09-02")
            }
        );
        assert_eq!(
            error.model().map(bedrock_model_id_core::MantleModel::id),
            Some(id)
        );
        let message = error.to_string();
        assert!(
            message.contains("no longer listed by Bedrock Mantle since 2026-09-03"),
            "{message}"
        );
    }
    // Today (whatever the day, it is after 2026-10-27) `FromStr` refuses it too.
    assert!(matches!(id.parse::<MantleModelId>(), Err(Error::Mantle(_))));
}

#[test]
fn every_mantle_id_still_listed_parses() {
    let mut listed = 0;
    let mut retired = 0;
    for model in mantle::mantle_models() {
        let result = MantleModelId::parse_as_of(model.id(), as_of(), None);
        if model.is_still_listed() {
            let id = result.unwrap_or_else(|e| panic!("`{}` is refused: {e}", model.id()));
            assert_eq!(id.as_str(), model.id());
            assert_eq!(id.model(), model);
            for &name in model.regions() {
                assert!(
                    judge_mantle(model.id(), as_of(), region(name))
                        .is_ok_and(|(_, caveat)| caveat.is_none()),
                    "`{}` in {name}",
                    model.id()
                );
            }
            listed += 1;
        } else {
            assert!(result.is_err(), "`{}` is no longer listed", model.id());
            retired += 1;
        }
    }
    assert!(listed > 40, "only {listed} still-listed Mantle models");
    assert!(retired >= 1, "no Mantle model is no longer listed");
}

/// `mantle_model_id!` expands to `__private::mantle_ids::<static_name(id)>`; every Mantle ID
/// the catalog lists must have that constant, holding its own model.
#[test]
fn every_mantle_id_has_the_constant_the_macro_names() {
    let module = include_str!("../core/src/mantle/ids.rs");
    for model in mantle::mantle_models() {
        let name = bedrock_model_id_core::catalog::static_name(model.id());
        let declaration = format!(
            "pub const {name}: MantleModelId = MantleModelId::of(&generated::MANTLE_{name});"
        );
        assert!(module.contains(&declaration), "missing `{declaration}`");
    }
}

#[test]
fn the_macro_and_the_constants_agree_with_parsing() {
    use bedrock_model_id::__private::mantle_ids as ids;
    let pairs = [
        (
            mantle_model_id!("openai.gpt-oss-120b"),
            ids::OPENAI_GPT_OSS_120B,
        ),
        (
            mantle_model_id!("anthropic.claude-haiku-4-5"),
            ids::ANTHROPIC_CLAUDE_HAIKU_4_5,
        ),
        (
            mantle_model_id!("openai.gpt-6-sol", region = "us-east-1"),
            ids::OPENAI_GPT_6_SOL,
        ),
        (
            mantle_model_id!("qwen.qwen3-coder-next", region = "eu-west-2"),
            ids::QWEN_QWEN3_CODER_NEXT,
        ),
    ];
    for (from_macro, constant) in pairs {
        assert_eq!(from_macro, constant);
        let parsed = MantleModelId::parse_as_of(constant.as_str(), as_of(), None).unwrap();
        assert_eq!(parsed, from_macro);
        assert!(parsed.model().is_still_listed());
    }
    // A constant exists for a model no longer listed too; only judging refuses it.
    assert_eq!(
        ids::ANTHROPIC_CLAUDE_FERN_TRN2_1024K.as_str(),
        "anthropic.claude-fern-trn2-1024k"
    );
}
