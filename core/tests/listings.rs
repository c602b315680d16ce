//! Properties of the whole catalog against the listings' facts, judged as of 2026-12-01
//! (after the catalog's data date, 2026-10-27).

use bedrock_model_id_core::{
    Basis, Date, Error, Model, OnDemand, Phase, Region, RegionScope, Uncertainty, Verdict, catalog,
    judge,
};

fn day(text: &str) -> Date {
    Date::parse(text).unwrap()
}

/// The day every property is judged on.
fn as_of() -> Date {
    day("2026-12-01")
}

fn region(name: &str) -> Region {
    Region::parse(name).unwrap()
}

/// The regions `Region::ALL` has and no listing covers.
fn uncovered_regions() -> Vec<Region> {
    let covered: Vec<&str> = catalog::covered_regions().collect();
    Region::ALL
        .iter()
        .copied()
        .filter(|r| !covered.contains(&r.name()))
        .collect()
}

/// The bare ID and every profile ID the model offers.
fn every_form(model: &Model) -> Vec<String> {
    let availability = model.availability().unwrap();
    std::iter::once(model.id().to_owned())
        .chain(
            availability
                .profile_prefixes()
                .iter()
                .map(|p| format!("{p}.{}", model.id())),
        )
        .collect()
}

/// The forms the listings say call the model with no region given: the bare ID where some
/// region serves it on demand (or cannot tell), and every profile it offers.
fn callable_forms(model: &Model) -> Vec<String> {
    let availability = model.availability().unwrap();
    let bare = (availability.on_demand_anywhere() != OnDemand::No).then(|| model.id().to_owned());
    bare.into_iter()
        .chain(
            availability
                .profile_prefixes()
                .iter()
                .map(|p| format!("{p}.{}", model.id())),
        )
        .collect()
}

/// Whether a rule (any scope) puts the model past its end of life by `date`.
fn ends_by(model: &Model, date: Date) -> bool {
    model
        .lifecycle()
        .rules()
        .iter()
        .any(|r| r.end_of_life().is_some_and(|eol| eol <= date))
}

#[test]
fn the_uncovered_regions_are_the_ones_no_listing_names() {
    let names: Vec<&str> = uncovered_regions().iter().map(|r| r.name()).collect();
    assert_eq!(
        names,
        [
            "ap-east-1",
            "cn-north-1",
            "cn-northwest-1",
            "us-gov-east-1",
            "us-gov-west-1",
            "us-iso-east-1",
            "us-iso-west-1",
            "us-isob-east-1",
        ]
    );
    // Every region a listing covers is one `Region::parse` knows.
    for name in catalog::covered_regions() {
        assert_eq!(region(name).name(), name);
    }
}

#[test]
fn uncovered_regions_are_never_not_served() {
    let date = as_of();
    let uncovered = uncovered_regions();
    let mut judged = 0;
    let mut unverified = 0;
    for model in catalog::models().filter(|m| m.availability().is_some()) {
        let availability = model.availability().unwrap();
        // A model card that lists the model in a partition no listing scans covers it there.
        for region in uncovered
            .iter()
            .filter(|r| !availability.covers(r.partition()))
        {
            let retired =
                model.lifecycle().status_on(date, Some(*region)).phase() == Phase::EndOfLife;
            for input in every_form(model) {
                let verdict = judge(&input, date, Some(*region));
                judged += 1;
                match verdict {
                    Verdict::NotCallable(not) => panic!(
                        "`{input}` in {region}: NotCallable ({:?}) where no source covers the \
                         region: {not}",
                        not.reason()
                    ),
                    Verdict::EndOfLife(eol) => {
                        assert!(
                            retired,
                            "`{input}` in {region}: EndOfLife but not retired: {eol}"
                        );
                    }
                    Verdict::Unverified(identified, warning) => {
                        assert!(!retired, "`{input}` in {region}: retired, yet Unverified");
                        assert_eq!(
                            warning.uncertainty(),
                            Uncertainty::RegionNotCovered,
                            "`{input}` in {region}: {warning}"
                        );
                        assert_eq!(identified.region(), Some(*region));
                        assert_eq!(identified.model().map(Model::id), Some(model.id()));
                        let message = warning.to_string();
                        assert!(
                            message.contains(&format!("no source covers {region}")),
                            "{message}"
                        );
                        assert!(message.contains(model.id()), "{message}");
                        unverified += 1;
                    }
                    other => panic!(
                        "`{input}` in {region}: expected Unverified (RegionNotCovered) or \
                         EndOfLife, got {other:?}"
                    ),
                }
            }
        }
    }
    assert!(judged > 1000, "only {judged} inputs judged");
    assert!(unverified > 500, "only {unverified} Unverified verdicts");
}

#[test]
fn uncovered_regions_pinned() {
    let date = as_of();
    // Claude Opus 4.7 offers `global.` and `us.`; no source speaks of it in GovCloud, so it is
    // unknown whether either reaches it, not "not from this region".
    for input in [
        "anthropic.claude-opus-4-7",
        "us.anthropic.claude-opus-4-7",
        "global.anthropic.claude-opus-4-7",
    ] {
        let Verdict::Unverified(_, warning) = judge(input, date, Some(region("us-gov-west-1")))
        else {
            panic!("`{input}` in us-gov-west-1 is not Unverified");
        };
        assert_eq!(warning.uncertainty(), Uncertainty::RegionNotCovered);
    }
    // The same profile from a covered region that does not route it is NotCallable.
    assert!(matches!(
        judge(
            "us.anthropic.claude-opus-4-7",
            date,
            Some(region("eu-west-1"))
        ),
        Verdict::NotCallable(_)
    ));
    // A model the commercial listings no longer show is past its end of life in the
    // commercial regions; of another partition's regions they say nothing, so there it is
    // unknown rather than retired.
    assert!(matches!(
        judge("amazon.titan-tg1-large", date, Some(region("us-east-1"))),
        Verdict::EndOfLife(_)
    ));
    let Verdict::Unverified(_, warning) =
        judge("amazon.titan-tg1-large", date, Some(region("cn-north-1")))
    else {
        panic!("the commercial listings say nothing of cn-north-1");
    };
    assert_eq!(warning.uncertainty(), Uncertainty::RegionNotCovered);
}

#[test]
fn the_newest_models_are_accepted() {
    let date = as_of();
    let mut checked = 0;
    for model in catalog::models() {
        let Some(availability) = model.availability() else {
            continue;
        };
        if !availability.is_still_listed() || ends_by(model, date) {
            continue;
        }
        let forms = callable_forms(model);
        assert!(
            !forms.is_empty(),
            "`{}` offers no callable form",
            model.id()
        );
        let accepted: Vec<&String> = forms
            .iter()
            .filter(|input| judge(input, date, None).into_result().is_ok())
            .collect();
        assert!(
            !accepted.is_empty(),
            "`{}`: none of {forms:?} is accepted on {date}: {:?}",
            model.id(),
            forms
                .iter()
                .map(|f| judge(f, date, None))
                .collect::<Vec<_>>()
        );
        // Where the runtime serves the bare ID on demand somewhere, the bare ID is accepted.
        if availability.on_demand_anywhere() == OnDemand::Yes {
            assert!(
                judge(model.id(), date, None).into_result().is_ok(),
                "`{}`: served on demand, but the bare ID is refused",
                model.id()
            );
        }
        checked += 1;
    }
    assert!(checked > 50, "only {checked} models checked");
}

#[test]
fn the_newest_models_are_accepted_pinned() {
    let date = as_of();
    let launched_after = day("2026-08-21");
    // The ID, the forms that must be accepted, and the forms that must be refused.
    let pinned: [(&str, &[&str], &[&str]); 5] = [
        (
            "anthropic.claude-opus-5-5",
            &[
                "global.anthropic.claude-opus-5-5",
                "us.anthropic.claude-opus-5-5",
                "eu.anthropic.claude-opus-5-5",
            ],
            &["in.anthropic.claude-opus-5-5"],
        ),
        (
            "openai.gpt-6-sol",
            &["us.openai.gpt-6-sol", "global.openai.gpt-6-sol"],
            &["eu.openai.gpt-6-sol"],
        ),
        (
            "amazon.nova-2-5-sonic",
            &["amazon.nova-2-5-sonic"],
            &["us.amazon.nova-2-5-sonic"],
        ),
        (
            "xai.grok-4.7",
            &["us.xai.grok-4.7", "global.xai.grok-4.7"],
            &["xai.grok-4.7", "eu.xai.grok-4.7"],
        ),
        (
            "twelvelabs.pegasus-1-5-v1:0",
            &[
                "us.twelvelabs.pegasus-1-5-v1:0",
                "global.twelvelabs.pegasus-1-5-v1:0",
            ],
            &["twelvelabs.pegasus-1-5-v1:0"],
        ),
    ];
    for (id, accepted, refused) in pinned {
        let model = catalog::model(id).unwrap_or_else(|| panic!("`{id}` is not in the catalog"));
        let availability = model.availability().unwrap();
        assert!(availability.first_listed() > launched_after, "{id}");
        assert!(availability.is_still_listed(), "{id}");
        for input in accepted {
            let (identified, _) = judge(input, date, None)
                .into_result()
                .unwrap_or_else(|e| panic!("`{input}` is refused: {e}"));
            assert_eq!(identified.model().map(Model::id), Some(id));
        }
        for input in refused {
            assert!(
                matches!(
                    judge(input, date, None).into_result(),
                    Err(Error::NotCallable(_))
                ),
                "`{input}` is not NotCallable"
            );
        }
    }
    // Profile-only models: the bare ID is refused because the listings show it only through
    // profiles.
    assert_eq!(
        catalog::model("xai.grok-4.7")
            .and_then(Model::availability)
            .map(bedrock_model_id_core::Availability::on_demand_anywhere),
        Some(OnDemand::No)
    );
    assert_eq!(
        catalog::model("amazon.nova-2-5-sonic")
            .and_then(Model::availability)
            .map(bedrock_model_id_core::Availability::on_demand_anywhere),
        Some(OnDemand::Yes)
    );
    // Nova 2.5 Sonic in a region that lists it, and in one that does not.
    assert!(matches!(
        judge("amazon.nova-2-5-sonic", date, Some(region("eu-north-1"))),
        Verdict::Active(_)
    ));
    assert!(matches!(
        judge("amazon.nova-2-5-sonic", date, Some(region("eu-west-1"))),
        Verdict::NotCallable(_)
    ));
}

#[test]
fn no_on_demand_answer_rests_on_a_mantle_region_alone() {
    let mut yes = 0;
    let mut unknown = 0;
    for model in catalog::models() {
        let Some(availability) = model.availability() else {
            continue;
        };
        for offer in availability.regions() {
            let what = format!("`{}` in {}", model.id(), offer.region());
            match offer.on_demand() {
                OnDemand::Yes | OnDemand::No => {
                    let seen = offer.on_demand_seen().unwrap_or_else(|| {
                        panic!("{what}: {:?} rests on no listing", offer.on_demand())
                    });
                    // Either a listing of the region, or a dated AWS model card that says so.
                    match offer.on_demand_source() {
                        Some(card) => assert_eq!(card.date(), Some(seen), "{what}"),
                        None => assert!(
                            offer.first_listed() <= seen && seen <= offer.last_listed(),
                            "{what}: on_demand_seen {seen} outside {}..={}",
                            offer.first_listed(),
                            offer.last_listed()
                        ),
                    }
                    if offer.on_demand() == OnDemand::Yes {
                        yes += 1;
                    }
                }
                OnDemand::Unknown => {
                    assert_eq!(offer.on_demand_seen(), None, "{what}");
                    unknown += 1;
                }
            }
        }
    }
    assert!(yes > 100, "only {yes} on-demand offers");
    assert!(unknown > 0, "no offer is unknown");
}

#[test]
fn on_demand_unknown_pinned() {
    // Mantle serves GPT-6.1 Terra in us-east-1, so the listing's ON_DEMAND there says nothing,
    // and no model card in the catalog speaks of it: unknown, a warning.
    let model = catalog::model("openai.gpt-6.1-terra").unwrap();
    let offer = model
        .availability()
        .unwrap()
        .offer(region("us-east-1"))
        .unwrap();
    assert_eq!(offer.on_demand(), OnDemand::Unknown);
    assert_eq!(offer.on_demand_seen(), None);
    let Verdict::Unverified(_, warning) =
        judge("openai.gpt-6.1-terra", as_of(), Some(region("us-east-1")))
    else {
        panic!("the bare ID in us-west-2 is not Unverified");
    };
    assert_eq!(warning.uncertainty(), Uncertainty::OnDemandUnknown);
}

#[test]
fn a_model_card_decides_where_the_listings_cannot_tell() {
    // GPT-6 Sol: the listing of us-east-1 is ambiguous (Mantle serves it there), and AWS's model
    // card says the base ID cannot be called in-Region: the bare ID is refused, with the card.
    let model = catalog::model("openai.gpt-6-sol").unwrap();
    let offer = model
        .availability()
        .unwrap()
        .offer(region("us-east-1"))
        .unwrap();
    assert_eq!(offer.on_demand(), OnDemand::No);
    let card = offer.on_demand_source().unwrap();
    assert_eq!(card.label(), "AWS's model card \"GPT-6 Sol\"");
    let Verdict::NotCallable(not) = judge("openai.gpt-6-sol", as_of(), Some(region("us-east-1")))
    else {
        panic!("the card says the base ID cannot be called in-Region");
    };
    assert!(not.to_string().contains("`us.openai.gpt-6-sol`"), "{not}");
}

#[test]
fn models_no_longer_listed_reach_their_end_of_life_the_day_after() {
    let data_date = catalog::data_date();
    let mut checked = Vec::new();
    for model in catalog::models() {
        let Some(availability) = model.availability() else {
            continue;
        };
        let last = availability.last_listed();
        if last >= data_date {
            continue;
        }
        let stated_everywhere = model.lifecycle().rules().iter().any(|r| {
            r.scope() == RegionScope::COMMERCIAL
                && r.basis() == Basis::Stated
                && r.end_of_life().is_some()
        });
        if stated_everywhere {
            continue;
        }
        let id = model.id();
        let next = last.next_day();
        // The general rule says so, on the listings' authority.
        let general = model
            .lifecycle()
            .rules()
            .iter()
            .find(|r| r.scope() == RegionScope::COMMERCIAL)
            .unwrap_or_else(|| panic!("`{id}` has no general rule"));
        assert_eq!(
            general.basis(),
            Basis::NoLongerListed { last_listed: last },
            "{id}"
        );
        assert_eq!(general.end_of_life(), Some(next), "{id}");
        // A callable form: the bare ID if some region served it on demand, else a profile.
        let input = match (
            availability.on_demand_anywhere(),
            availability.profile_prefixes().first(),
        ) {
            (OnDemand::Yes | OnDemand::Unknown, _) | (OnDemand::No, None) => id.to_owned(),
            (OnDemand::No, Some(prefix)) => format!("{prefix}.{id}"),
        };
        // On its last listed day it still works, unless a stated (regional) end of life is
        // that day or earlier: the listing on the day of a stated end of life does not
        // outweigh it (Nova Reel 1.1 in us-east-1, 2026-09-30).
        let stated_end_by_last =
            model.lifecycle().rules().iter().any(|r| {
                r.basis() == Basis::Stated && r.end_of_life().is_some_and(|eol| eol <= last)
            });
        match judge(&input, last, None).into_result() {
            Ok(_) => assert!(
                !stated_end_by_last,
                "`{input}` accepted past a stated end of life"
            ),
            Err(Error::EndOfLife(_)) if stated_end_by_last => {}
            Err(error) => panic!("`{input}` is refused on its last listed day {last}: {error}"),
        }
        let Verdict::EndOfLife(eol) = judge(&input, next, None) else {
            panic!("`{input}` is not EndOfLife on {next}");
        };
        let message = eol.to_string();
        let expected = format!("no longer listed by bedrock-runtime in any region since {next}");
        assert!(message.contains(&expected), "`{input}`: {message}");
        assert!(
            message.contains(&format!("last listed {last}")),
            "{message}"
        );
        // Every form is past its end of life from then on.
        for form in every_form(model) {
            assert!(
                matches!(judge(&form, next, None), Verdict::EndOfLife(_)),
                "`{form}` on {next}"
            );
        }
        checked.push(id);
    }
    for id in [
        "amazon.titan-tg1-large",
        "amazon.titan-text-express-v1",
        "anthropic.claude-3-opus-20240229-v1:0",
    ] {
        assert!(checked.contains(&id), "`{id}` not checked: {checked:?}");
    }
}

#[test]
fn no_longer_listed_pinned() {
    // Titan TG1 Large: last listed 2026-04-22, no stated lifecycle.
    let last = day("2026-04-22");
    assert!(matches!(
        judge("amazon.titan-tg1-large", last, None),
        Verdict::Active(_)
    ));
    let Verdict::EndOfLife(eol) = judge("amazon.titan-tg1-large", day("2026-04-23"), None) else {
        panic!("not EndOfLife the day after its last listing");
    };
    assert!(
        eol.to_string()
            .contains("no longer listed by bedrock-runtime in any region since 2026-04-23"),
        "{eol}"
    );
    // Claude 3 Opus: us-west-2 stopped a day before us-east-1, which served it only through
    // `us.`: on the last listed day the bare ID is not callable, the profile is.
    let opus = "anthropic.claude-3-opus-20240229-v1:0";
    assert!(
        judge(&format!("us.{opus}"), day("2026-02-20"), None)
            .into_result()
            .is_ok()
    );
    assert!(matches!(
        judge(opus, day("2026-02-20"), None),
        Verdict::NotCallable(_)
    ));
    assert!(matches!(
        judge(&format!("us.{opus}"), day("2026-02-21"), None),
        Verdict::EndOfLife(_)
    ));
}
