//! Where the 2026 sources disagree, the later-dated fact wins (see the comments at the rules in
//! `catalog.toml`); these tests pin each outcome.

use bedrock_model_id_core::{Date, Phase, Region, Verdict, catalog, judge};

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

#[test]
fn claude_3_sonnet_lives_on_where_the_later_snapshot_still_lists_it() {
    let id = "anthropic.claude-3-sonnet-20240229-v1:0";
    // The lifecycle page (2026-05..07) retires it on 2026-07-30 ...
    assert_eq!(phase(id, "2026-08-01", "us-east-1"), Phase::EndOfLife);
    // ... but the snapshot of 2026-08-21 still lists it in five regions: the later fact wins.
    for region in [
        "ap-south-1",
        "ap-southeast-1",
        "ca-central-1",
        "eu-west-2",
        "sa-east-1",
    ] {
        assert_eq!(
            phase(id, "2026-11-23", region),
            Phase::ExtendedAccess,
            "{region}"
        );
    }
    // Without a region it is an error that says where it is still served.
    let Verdict::EndOfLife(eol) = judge(id, day("2026-11-23"), None) else {
        panic!("retired in most regions");
    };
    assert!(
        eol.to_string()
            .contains("it is still served in ap-south-1, ap-southeast-1")
    );
}

#[test]
fn claude_3_5_sonnet_june_lives_on_in_three_regions() {
    let id = "anthropic.claude-3-5-sonnet-20240620-v1:0";
    assert_eq!(phase(id, "2026-08-01", "us-east-1"), Phase::EndOfLife);
    assert_eq!(phase(id, "2026-06-01", "eu-central-2"), Phase::EndOfLife);
    for region in ["ap-northeast-2", "ap-south-1", "ap-southeast-1"] {
        assert_eq!(
            phase(id, "2026-11-23", region),
            Phase::ExtendedAccess,
            "{region}"
        );
    }
}

#[test]
fn seed_models_the_snapshot_no_longer_lists_are_retired_by_its_date() {
    for id in [
        "anthropic.claude-v2:1",
        "amazon.titan-text-express-v1",
        "anthropic.claude-3-opus-20240229-v1:0",
    ] {
        assert_eq!(phase(id, "2026-08-20", "us-east-1"), Phase::Active, "{id}");
        let Verdict::EndOfLife(eol) = judge(id, day("2026-08-21"), None) else {
            panic!("{id} is retired by the snapshot's date");
        };
        let message = eol.to_string();
        assert!(
            message.contains("reached its end of life on 2026-08-21"),
            "{message}"
        );
        assert!(
            message.contains("no longer listed by ListFoundationModels"),
            "{message}"
        );
    }
    // A dated source wins over the snapshot's date: Claude 2.0 retired on 2025-07-21.
    let Verdict::EndOfLife(eol) = judge("anthropic.claude-v2", day("2026-11-23"), None) else {
        panic!("Claude 2.0 is retired");
    };
    assert!(eol.to_string().contains("on 2025-07-21"));
}
