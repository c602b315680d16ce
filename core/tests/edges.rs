//! The verdicts at the edges users hit (issue 17), one test per cause, each case a model, a
//! date, a region, the verdict and reason expected, and the source that decides it.
//!
//! 1. A listing does not revive a model past the end of life a source states.
//! 2. A lifecycle rule that names no regions covers its whole partition.
//! 3. Legacy status and dates come from AWS's model cards as well as the lifecycle pages.
//! 4. `GovCloud` (and any partition the listings do not scan) is judged from the model cards,
//!    and a partition no source covers is unknown, never "not served".
//! 5. A model card that says the base ID cannot be called in-Region makes it profile-only.
//! 6. Messages claim only what a source says: named replacements are cited, retired IDs the
//!    lifecycle tables name are known, every model has a name.

use bedrock_model_id_core::{
    Date, Error, Phase, Region, Uncertainty, Unreachable, Verdict, catalog, judge,
};

fn day(text: &str) -> Date {
    Date::parse(text).unwrap()
}

/// A region to judge in, as `judge` takes it.
#[expect(clippy::unnecessary_wraps, reason = "`judge` takes an optional region")]
fn region(name: &str) -> Option<Region> {
    Some(Region::parse(name).unwrap())
}

/// The date the audit judges as of.
fn audit() -> Date {
    day("2026-12-01")
}

/// The message of a verdict that warns or refuses.
fn message(verdict: &Verdict) -> String {
    match verdict {
        Verdict::Active(_) => String::new(),
        Verdict::Deprecated(_, notice) => notice.to_string(),
        Verdict::Unverified(_, unverified) => unverified.to_string(),
        other => other
            .clone()
            .into_result()
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default(),
    }
}

fn assert_contains(message: &str, parts: &[&str]) {
    for part in parts {
        assert!(message.contains(part), "{part:?} missing from: {message}");
    }
}

// ---- 1. A stated end of life wins over a later listing ------------------------------------

#[test]
fn a_later_listing_does_not_revive_a_retired_model() {
    // Claude 3 Haiku: end of life 2026-09-10 (AWS's lifecycle rows, awslabs/startups); the
    // listings of 2026-10-27 still show it in seven regions, AWS's card names four.
    let id = "anthropic.claude-3-haiku-20240307-v1:0";
    for listed_only in ["eu-west-3", "ap-south-1", "ap-southeast-1"] {
        let verdict = judge(id, audit(), region(listed_only));
        assert!(
            matches!(verdict, Verdict::EndOfLife(_)),
            "{listed_only}: {verdict:?}"
        );
        assert_contains(
            &message(&verdict),
            &["reached its end of life", "on 2026-09-10"],
        );
    }
    // Where the card itself names the region as still serving, it is a warning that cites it.
    let verdict = judge(id, audit(), region("ca-central-1"));
    let Verdict::Deprecated(_, notice) = &verdict else {
        panic!("the card names ca-central-1: {verdict:?}");
    };
    assert_eq!(notice.status().phase(), Phase::Legacy);
    assert_eq!(
        notice.status().rule().unwrap().source().label(),
        "AWS's model card \"Claude 3 Haiku\""
    );
    // Without a region: the end of life, with the card's regions and the listing as a note.
    let text = message(&judge(id, audit(), None));
    assert_contains(
        &text,
        &[
            "AWS's model card \"Claude 3 Haiku\" names it still served in ap-northeast-2, \
             ca-central-1, eu-central-2, sa-east-1",
            "still showed it in ap-south-1 and ap-southeast-1",
            "no evidence that requests work",
        ],
    );
}

// ---- 2. A rule that names no regions covers its partition ---------------------------------

#[test]
fn a_rule_without_regions_covers_every_commercial_region() {
    // Claude 3.7 Sonnet: AWS's rows cover GovCloud; awslabs/startups (2026-04-10) and a saved
    // copy of AWS's page give 2026-04-28 with no region: an error with no region named.
    let verdict = judge("anthropic.claude-3-7-sonnet-20250219-v1:0", audit(), None);
    assert!(matches!(verdict, Verdict::EndOfLife(_)), "{verdict:?}");
    assert_contains(&message(&verdict), &["on 2026-04-28"]);
    // Nova Reel v1:1: AWS's rows name us-east-1, awslabs/startups gives 2026-09-30 for all.
    let verdict = judge("amazon.nova-reel-v1:1", audit(), region("eu-west-1"));
    assert!(matches!(verdict, Verdict::EndOfLife(_)), "{verdict:?}");
    // Claude 3.5 Sonnet v2 through `us.`: the end of life, not "has no `us.` inference profile".
    let verdict = judge(
        "us.anthropic.claude-3-5-sonnet-20241022-v2:0",
        audit(),
        None,
    );
    assert!(matches!(verdict, Verdict::EndOfLife(_)), "{verdict:?}");
    let text = message(&verdict);
    assert_contains(&text, &["reached its end of life on 2026-07-30"]);
    assert!(!text.contains("inference profile; it offers"), "{text}");
}

#[test]
fn a_profile_that_existed_and_is_gone_is_no_longer_listed() {
    // Claude 3.5 Sonnet (June): its `us.` profile was last listed on 2026-03-31; before its end
    // of life the reason is the profile's disappearance, dated.
    let id = "us.anthropic.claude-3-5-sonnet-20240620-v1:0";
    let verdict = judge(id, day("2026-04-15"), None);
    let Verdict::NotCallable(not) = &verdict else {
        panic!("{verdict:?}");
    };
    assert!(
        matches!(not.reason(), Unreachable::ProfileNoLongerListed(..)),
        "{not:?}"
    );
    assert_contains(&not.to_string(), &["is no longer listed since 2026-04-01"]);
}

// ---- 3. Legacy from the model cards -------------------------------------------------------

#[test]
fn a_card_that_says_legacy_makes_the_model_legacy_everywhere_it_says() {
    // Claude Opus 4.1: AWS's lifecycle rows name three US regions; its card says Legacy, EOL
    // 2027-01-08, for the model as a whole.
    let model = catalog::model("anthropic.claude-opus-4-1-20250805-v1:0").unwrap();
    let status = model.lifecycle().status_on(audit(), None);
    assert_eq!(status.phase(), Phase::ExtendedAccess);
    assert_eq!(
        status.rule().unwrap().end_of_life(),
        Some(day("2027-01-08"))
    );
    let verdict = judge(
        "us.anthropic.claude-opus-4-1-20250805-v1:0",
        audit(),
        region("us-east-1"),
    );
    assert!(matches!(verdict, Verdict::Deprecated(..)), "{verdict:?}");
}

// ---- 4. GovCloud ------------------------------------------------------------------------

#[test]
fn govcloud_is_judged_from_the_model_cards() {
    // The case: the `us-gov.` profile of Claude Sonnet 4.5 from us-gov-west-1.
    let verdict = judge(
        "us-gov.anthropic.claude-sonnet-4-5-20250929-v1:0",
        audit(),
        region("us-gov-west-1"),
    );
    assert!(matches!(verdict, Verdict::Active(_)), "{verdict:?}");
    // Nova Pro in-Region in us-gov-west-1 (its card); not in us-gov-east-1, which its card omits.
    assert!(matches!(
        judge("amazon.nova-pro-v1:0", audit(), region("us-gov-west-1")),
        Verdict::Active(_)
    ));
    let verdict = judge("amazon.nova-pro-v1:0", audit(), region("us-gov-east-1"));
    assert!(
        matches!(&verdict, Verdict::NotCallable(n) if n.reason() == Unreachable::NotServedIn(Region::parse("us-gov-east-1").unwrap())),
        "{verdict:?}"
    );
}

#[test]
fn a_partition_no_source_covers_is_unknown_never_refused() {
    // No source in the catalog speaks of Claude Opus 4.7 in GovCloud.
    let verdict = judge("us-gov.anthropic.claude-opus-4-7", audit(), None);
    let Verdict::Unverified(_, unverified) = &verdict else {
        panic!("{verdict:?}");
    };
    assert_eq!(unverified.uncertainty(), Uncertainty::PartitionNotCovered);
    // The China regions: no source covers them for any model.
    let verdict = judge("amazon.nova-pro-v1:0", audit(), region("cn-north-1"));
    let Verdict::Unverified(_, unverified) = &verdict else {
        panic!("{verdict:?}");
    };
    assert_eq!(unverified.uncertainty(), Uncertainty::RegionNotCovered);
}

// ---- 5. Profile-only from the model cards --------------------------------------------------

#[test]
fn a_card_that_forbids_in_region_calls_makes_the_bare_id_profile_only() {
    // GPT-6 Sol: "You cannot use the base model ID for in-Region calls on this endpoint."
    let verdict = judge("openai.gpt-6-sol", audit(), None);
    let Verdict::NotCallable(not) = &verdict else {
        panic!("{verdict:?}");
    };
    assert_eq!(not.reason(), Unreachable::ProfileOnly);
    assert_contains(
        &not.to_string(),
        &["`us.openai.gpt-6-sol`", "AWS's model card \"GPT-6 Sol\""],
    );
    let verdict = judge("openai.gpt-6-sol", audit(), region("us-east-1"));
    assert!(
        matches!(&verdict, Verdict::NotCallable(n) if matches!(n.reason(), Unreachable::NotOnDemandIn(_))),
        "{verdict:?}"
    );
}

// ---- 6. Messages claim only what a source says ---------------------------------------------

#[test]
fn no_message_claims_aws_names_no_replacement() {
    for model in catalog::models() {
        for date in ["2024-06-01", "2026-04-01", "2026-12-01"] {
            let text = message(&judge(model.id(), day(date), None));
            assert!(
                !text.contains("AWS names no replacement"),
                "{}: {text}",
                model.id()
            );
        }
    }
}

#[test]
fn a_named_replacement_is_cited_with_its_source() {
    let text = message(&judge(
        "anthropic.claude-3-haiku-20240307-v1:0",
        audit(),
        None,
    ));
    assert_contains(
        &text,
        &[
            "use `global.anthropic.claude-haiku-4-5-20251001-v1:0` (awslabs/startups' Bedrock \
             lifecycle table names it)",
        ],
    );
    // Where none is named, the suggestion says it is the crate's.
    let text = message(&judge(
        "anthropic.claude-3-5-sonnet-20241022-v2:0",
        audit(),
        None,
    ));
    assert_contains(
        &text,
        &["no source names a replacement", "the crate suggests `"],
    );
}

#[test]
fn retired_ids_the_lifecycle_tables_name_are_known() {
    for id in [
        "ai21.jamba-instruct-v1:0",
        "ai21.j2-grande-instruct",
        "ai21.j2-jumbo-instruct",
        "stability.sd3-large-v1:0",
        "stability.stable-image-core-v1:0",
        "stability.stable-image-ultra-v1:0",
    ] {
        let verdict = judge(id, audit(), None);
        assert!(
            matches!(verdict.clone().into_result(), Err(Error::EndOfLife(_))),
            "{id}: {verdict:?}"
        );
    }
}

/// Models no source in reach names: no AWS card, listing or page with its name was found (the
/// search is in the closing note of issue 17). Messages name them by their provider and ID.
const UNNAMED: [&str; 1] = ["amazon.nova-2-5-sonic"];

#[test]
fn every_model_has_a_name() {
    for model in catalog::models() {
        let unnamed = model
            .id()
            .split_once('.')
            .is_some_and(|(_, rest)| rest == model.name());
        assert_eq!(
            unnamed,
            UNNAMED.contains(&model.id()),
            "`{}` named {:?}",
            model.id(),
            model.name()
        );
    }
}

#[test]
fn every_id_of_the_lifecycle_tables_is_in_the_catalog() {
    // The rows of core/facts/lifecycle.toml, the generator's input, as plain text: each
    // `[[rule]]` block's `id = "..."` line.
    let facts = include_str!("../facts/lifecycle.toml");
    let mut in_rule = false;
    let mut checked = 0;
    for line in facts.lines() {
        if line.starts_with("[[") || line.starts_with('[') {
            in_rule = line == "[[rule]]";
        } else if in_rule && let Some(id) = line.strip_prefix("id = \"") {
            let id = id.trim_end_matches('"');
            assert!(catalog::model(id).is_some(), "`{id}` is not in the catalog");
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} rows read");
}
