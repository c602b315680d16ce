//! Where the sources disagree, the later-dated fact wins; where they are silent, the catalog
//! says what the listings show instead of a date no source gives. These tests pin each outcome.

use bedrock_model_id_core::{Basis, Date, Phase, Region, Verdict, catalog, judge};

fn day(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn phase(id: &str, on: &str, region: &str) -> Phase {
    let region = Region::parse(region).unwrap();
    catalog::model(id)
        .unwrap()
        .lifecycle()
        .status_on(day(on), Some(region))
        .phase()
}

fn end_of_life_message(id: &str, on: &str) -> String {
    match judge(id, day(on), None) {
        Verdict::EndOfLife(eol) => eol.to_string(),
        other => panic!("{id} on {on}: {other:?}"),
    }
}

/// Listings keep showing models after their end of life, so a listing after a stated end of
/// of life is a note on the message, never the verdict.
fn listed_after_is_a_note(id: &str, stated: &str, regions: &[&str]) {
    for region in regions {
        assert_eq!(
            phase(id, "2026-12-01", region),
            Phase::EndOfLife,
            "{id} in {region}"
        );
    }
    let region = Region::parse(regions[0]).unwrap();
    let Verdict::EndOfLife(eol) = judge(id, day("2026-12-01"), Some(region)) else {
        panic!("{id}: a stated end of life wins over a later listing");
    };
    let message = eol.to_string();
    assert!(
        message.contains(&format!("reached its end of life on {stated}")),
        "{message}"
    );
    assert!(
        message.contains("bedrock-runtime's listing of 2026-10-27 still showed it in"),
        "{message}"
    );
    assert!(
        message.contains("that is no evidence that requests work"),
        "{message}"
    );
}

#[test]
fn claude_3_sonnet_stays_retired_where_later_listings_still_list_it() {
    // The lifecycle page (2026-05..07) retires it on 2026-07-30; the listings of 2026-10-27
    // still show it in five regions.
    listed_after_is_a_note(
        "anthropic.claude-3-sonnet-20240229-v1:0",
        "2026-07-30",
        &[
            "ap-south-1",
            "ap-southeast-1",
            "ca-central-1",
            "eu-west-2",
            "sa-east-1",
        ],
    );
}

#[test]
fn claude_3_5_sonnet_june_stays_retired_where_later_listings_still_list_it() {
    let id = "anthropic.claude-3-5-sonnet-20240620-v1:0";
    assert_eq!(phase(id, "2026-06-01", "eu-central-2"), Phase::EndOfLife);
    listed_after_is_a_note(
        id,
        "2026-07-30",
        &["ap-northeast-2", "ap-south-1", "ap-southeast-1"],
    );
}

#[test]
fn a_model_the_listings_stopped_showing_is_judged_from_the_day_after_its_last_listing() {
    // Claude 3 Opus: no source gives an end of life; the listings last show it on 2026-02-20.
    let id = "anthropic.claude-3-opus-20240229-v1:0";
    let listing = catalog::model(id).unwrap().availability().unwrap();
    assert_eq!(listing.last_listed(), day("2026-02-20"));
    // Listed as Legacy (and through a `us.` profile only) until then.
    assert!(matches!(
        judge(&format!("us.{id}"), day("2026-02-20"), None),
        Verdict::Deprecated(..)
    ));
    let message = end_of_life_message(id, "2026-02-21");
    assert!(
        message.contains("is no longer listed by bedrock-runtime in any region since 2026-02-21"),
        "{message}"
    );
    assert!(message.contains("last listed 2026-02-20"), "{message}");
    assert!(
        message.contains("no source gives its end-of-life date"),
        "{message}"
    );
    assert!(!message.contains("reached its end of life on"), "{message}");
}

#[test]
fn a_seed_model_no_listing_shows_is_judged_from_the_first_listing_date() {
    let first = catalog::first_listing_date();
    assert_eq!(first, day("2025-11-23"));
    for id in ["anthropic.claude-v2:1", "ai21.j2-mid-v1"] {
        let model = catalog::model(id).unwrap();
        assert!(model.availability().is_none(), "{id} is listed");
        let rule = model.lifecycle().status_on(first, None).rule().unwrap();
        assert!(
            matches!(rule.basis(), Basis::NeverListed { .. }),
            "{id}: {rule:?}"
        );
        let message = end_of_life_message(id, "2025-11-23");
        assert!(
            message.contains("in any listing from 2025-11-23 to 2026-10-27"),
            "{message}"
        );
    }
}

#[test]
fn a_stated_end_of_life_wins_over_an_inference() {
    // Claude 2.0 retired on 2025-07-21 (stated), before any listing.
    assert!(end_of_life_message("anthropic.claude-v2", "2026-12-01").contains("on 2025-07-21"));
    // Nova Canvas: the lifecycle page says 2026-09-30; the listings last show it that day.
    let message = end_of_life_message("amazon.nova-canvas-v1:0", "2026-12-01");
    assert!(
        message.contains("reached its end of life on 2026-09-30"),
        "{message}"
    );
}

#[test]
fn a_legacy_status_without_a_published_date_warns_and_says_so() {
    let id = "writer.palmyra-x5-v1:0";
    let rule = catalog::model(id)
        .unwrap()
        .lifecycle()
        .status_on(day("2026-12-01"), None)
        .rule()
        .copied()
        .unwrap();
    assert_eq!(
        rule.basis(),
        Basis::ListedLegacy {
            since: day("2026-10-16"),
            from_first_listing: false
        }
    );
    assert_eq!(rule.end_of_life(), None);
    let us = Region::parse("us-east-1").unwrap();
    let Verdict::Deprecated(_, notice) =
        judge("us.writer.palmyra-x5-v1:0", day("2026-12-01"), Some(us))
    else {
        panic!("Legacy is a warning");
    };
    let message = notice.to_string();
    assert!(
        message.contains("is listed as Legacy since 2026-10-16"),
        "{message}"
    );
    assert!(
        message.contains("AWS has published no end-of-life date for it"),
        "{message}"
    );
}
