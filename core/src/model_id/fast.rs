//! The fast path: an ID the catalog lists as written, on a date its verdict is known without
//! judging, becomes its `ModelId` by a copy.
//!
//! `judge`'s verdict on a listed ID with no region depends on the date only through the
//! model's lifecycle dates and first listing, so it is the same on each span between them.
//! Judging the ID once per span (a few microseconds, once per process, on first use) gives its
//! [`Window`]; most IDs need not even that ([`always_active`]).

use std::sync::OnceLock;

use super::{ModelId, NO_REGION, NO_VARIANT, Names};
use crate::availability::{Availability, OnDemand};
use crate::catalog::{self, Kind, Listed, generated};
use crate::date::Date;
use crate::region::Region;
use crate::verdict::judge;

/// A date before every date of the catalog.
const EARLIEST: Date = Date::ymd(1, 1, 1);

/// The dates on which `judge` accepts a listed ID when no region is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Window {
    /// On every date (e.g. end of life in some regions only, served in others).
    Always,
    /// Before this date, and not from it on (its end of life, or the snapshot that found it
    /// callable only through a profile).
    Before(Date),
    /// On no date (e.g. a base ID AWS allows only after customization).
    Never,
    /// Other patterns: judge every time. None in the catalog today; kept so that a future
    /// catalog cannot make the fast path wrong.
    Varies,
}

impl Window {
    /// Whether an ID with this window is accepted on `date`; `None` when only `judge` knows.
    pub(crate) fn accepts(self, date: Date) -> Option<bool> {
        match self {
            Window::Always => Some(true),
            Window::Before(end) => Some(date < end),
            Window::Never => Some(false),
            Window::Varies => None,
        }
    }
}

/// Whether `judge` finds the listed ID Active on every date when no region is given: its model
/// has no lifecycle rule and the ID is callable as written (for a base ID, on demand somewhere
/// by runtime evidence; an unknown answer warns, so it is judged). Checked against `judge` by
/// `tests::always_active_agrees_with_judge`.
pub(crate) fn always_active(listed: &Listed) -> bool {
    let callable = match listed.kind {
        Kind::Base => {
            listed.model.on_demand
                && listed
                    .model
                    .availability
                    .is_none_or(|availability| availability.on_demand_anywhere == OnDemand::Yes)
        }
        // The generator lists only the profiles the listings offer.
        Kind::Provisioned(_) | Kind::Profile(_) => true,
    };
    listed.model.lifecycle.is_empty() && callable
}

/// The `ModelId` of a listed ID: what `ids` holds for it.
pub(crate) fn model_id(text: &'static str, listed: &Listed) -> ModelId {
    ModelId {
        text,
        names: Names {
            form: listed.form(),
            model: listed.model.index,
            variant: match listed.kind {
                Kind::Provisioned(index) => index,
                Kind::Base | Kind::Profile(_) => NO_VARIANT,
            },
            region: NO_REGION,
        },
    }
}

/// The `ModelId` of `input` if the catalog lists it as written and `judge` would accept it on
/// `date` with no region; `None` where only judging can tell.
#[inline]
pub(crate) fn accepted(input: &str, date: Date, region: Option<Region>) -> Option<ModelId> {
    let (text, listed) = catalog::listed(input)?;
    (region.is_none() && window(text, listed).accepts(date) == Some(true))
        .then(|| model_id(text, listed))
}

/// The `ModelId` of `input` if the catalog lists it as written and `judge` would accept it on
/// every date with no region: no date needed.
#[inline]
pub(crate) fn accepted_on_every_date(input: &str) -> Option<ModelId> {
    let (text, listed) = catalog::listed(input)?;
    (window(text, listed) == Window::Always).then(|| model_id(text, listed))
}

/// The window of a listed ID.
pub(crate) fn window(text: &'static str, listed: &Listed) -> Window {
    /// One slot per listed ID, by `Listed::position`, filled on first use.
    static WINDOWS: [OnceLock<Window>; generated::LISTED_COUNT] =
        [const { OnceLock::new() }; generated::LISTED_COUNT];
    if always_active(listed) {
        return Window::Always;
    }
    match WINDOWS.get(usize::from(listed.position)) {
        Some(cached) => *cached.get_or_init(|| judged_window(text, listed)),
        None => Window::Varies,
    }
}

/// The window, found by judging the ID once per span between the dates its verdict can
/// change on.
fn judged_window(text: &str, listed: &Listed) -> Window {
    let accepted = |date| judge(text, date, None).into_result().is_ok();
    let spans: Vec<(Date, bool)> = [EARLIEST]
        .into_iter()
        .chain(verdict_changes(listed))
        .map(|date| (date, accepted(date)))
        .collect();
    match spans.iter().position(|(_, accepted)| !accepted) {
        None => Window::Always,
        Some(0) if spans.iter().all(|(_, accepted)| !accepted) => Window::Never,
        Some(refused) if spans[refused..].iter().all(|(_, accepted)| !accepted) => {
            Window::Before(spans[refused].0)
        }
        Some(_) => Window::Varies,
    }
}

/// The dates on which `judge`'s verdict of a listed ID can change, in order: its model's
/// lifecycle dates and first listing.
fn verdict_changes(listed: &Listed) -> Vec<Date> {
    let mut dates: Vec<Date> = listed
        .model
        .lifecycle
        .iter()
        .flat_map(|rule| [rule.legacy, rule.extended_access, rule.end_of_life])
        .chain([listed.model.availability.map(Availability::first_listed)])
        .flatten()
        .collect();
    dates.sort_unstable();
    dates.dedup();
    dates
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model_id::{ModelIdBuf, ids};
    use crate::verdict::Verdict;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    /// `always_active` may skip `judge` only where `judge` would say Active: on every date,
    /// with no region, for every listed ID, with what the fast path builds.
    #[test]
    fn always_active_agrees_with_judge() {
        let dates = ["1970-01-01", "2023-01-01", "2026-08-21", "2100-01-01"].map(date);
        let mut always = 0;
        for (text, listed) in catalog::all_listed() {
            if !always_active(listed) {
                continue;
            }
            always += 1;
            for day in dates {
                let Verdict::Active(identified) = judge(text, day, None) else {
                    panic!("{text} on {day}");
                };
                assert_eq!(identified.form, listed.form(), "{text}");
                assert_eq!(identified.entry, Some(listed.entry()), "{text}");
                let profile = match listed.kind {
                    Kind::Profile(prefix) => Some(prefix),
                    _ => None,
                };
                assert_eq!(identified.profile, profile, "{text}");
            }
        }
        // Most IDs never change verdict.
        assert!(always > generated::LISTED_COUNT / 2, "{always}");
    }

    /// Every window says what `judge` says, on every date where a verdict can change, the
    /// day before each, and a few others.
    #[test]
    fn windows_agree_with_judge() {
        let mut seen = std::collections::BTreeSet::new();
        for (text, listed) in catalog::all_listed() {
            let window = window(text, listed);
            seen.insert(format!("{window:?}").split('(').next().map(str::to_owned));
            let mut dates = verdict_changes(listed);
            let before: Vec<Date> = dates.iter().filter_map(|d| day_before(*d)).collect();
            dates.extend(before);
            dates.extend(["1970-01-01", "2024-06-30", "2026-11-23", "2100-01-01"].map(date));
            for day in dates {
                let judged = judge(text, day, None).into_result().is_ok();
                assert_eq!(
                    window.accepts(day),
                    Some(judged),
                    "{text} on {day}: {window:?}"
                );
            }
        }
        // Every kind of window but `Varies` occurs in the catalog.
        let seen: Vec<String> = seen.into_iter().flatten().collect();
        assert_eq!(seen, ["Always", "Before", "Never"]);
    }

    /// The fast path builds exactly what judging builds, on every date, and `FromStr` agrees.
    #[test]
    fn fast_path_builds_what_judging_builds() {
        let dates = ["1970-01-01", "2026-08-21", "2026-11-23", "2100-01-01"].map(date);
        for (text, listed) in catalog::all_listed() {
            for day in dates {
                let fast = accepted(text, day, None);
                let judged = judge(text, day, None)
                    .into_result()
                    .map(|(identified, _)| ModelIdBuf::from_identified(text, &identified));
                match (fast, &judged) {
                    (Some(fast), Ok(judged)) => {
                        assert_eq!(Some(fast.names), judged.as_model_id().map(|id| id.names));
                    }
                    (Some(_), Err(error)) => panic!("{text} on {day}: fast path, but {error}"),
                    (None, _) => assert_ne!(window(text, listed).accepts(day), Some(true)),
                }
                let parsed = ModelIdBuf::parse_as_of(text, day, None);
                assert_eq!(
                    parsed.as_ref().ok(),
                    judged.as_ref().ok(),
                    "{text} on {day}"
                );
            }
            let today = judge(text, Date::today_utc(), None).into_result().is_ok();
            assert_eq!(text.parse::<ModelIdBuf>().is_ok(), today, "{text}");
        }
    }

    /// `model_id!` expands a listed ID to its constant in `ids`: each is what the fast path
    /// builds, and there is one per listed ID.
    #[test]
    fn the_ids_constants_are_what_the_fast_path_builds() {
        assert_eq!(ids::ALL.len(), generated::LISTED_COUNT);
        for constant in ids::ALL {
            let (text, listed) = catalog::listed(constant.as_str()).unwrap();
            let built = model_id(text, listed);
            assert_eq!(constant.names, built.names, "{text}");
            assert!(std::ptr::eq(constant.as_str(), text) || constant.as_str() == text);
        }
    }

    /// The one index finds every listed ID and nothing near it.
    #[test]
    fn the_index_misses_every_near_miss() {
        for (text, _) in catalog::all_listed() {
            let mut near: Vec<String> = vec![
                format!("{text} "),
                format!(" {text}"),
                format!("{text}0"),
                text[..text.len() - 1].to_owned(),
                text.to_uppercase(),
                format!("us.{text}"),
            ];
            for (at, c) in text.char_indices() {
                let replaced = if c == 'a' { 'b' } else { 'a' };
                near.push(format!("{}{replaced}{}", &text[..at], &text[at + 1..]));
            }
            for input in near {
                let found = catalog::listed(&input).map(|(t, _)| t);
                assert!(found.is_none_or(|t| t == input), "{input}");
            }
        }
        for input in ["", "a", "anthropic.", ":", "\u{1F600}", &"x".repeat(5000)] {
            assert!(catalog::listed(input).is_none(), "{input:?}");
        }
    }

    #[test]
    fn the_index_holds_every_catalog_id_and_every_offered_profile() {
        for id in catalog::ids() {
            assert!(catalog::listed(id).is_some(), "{id}");
        }
        for model in catalog::models() {
            let prefixes = model
                .availability()
                .map_or(&[][..], |a| a.profile_prefixes());
            for prefix in prefixes {
                let id = format!("{prefix}.{}", model.id());
                let (_, listed) = catalog::listed(&id).unwrap_or_else(|| panic!("{id}"));
                assert_eq!(listed.kind, Kind::Profile(*prefix));
            }
        }
        let positions: std::collections::BTreeSet<u16> =
            catalog::all_listed().map(|(_, l)| l.position).collect();
        assert_eq!(positions.len(), generated::LISTED_COUNT);
        assert!(
            positions
                .iter()
                .all(|p| usize::from(*p) < generated::LISTED_COUNT)
        );
    }

    fn day_before(day: Date) -> Option<Date> {
        let (year, month, d) = (day.year(), day.month(), day.day());
        if d > 1 {
            return Date::new(year, month, d - 1);
        }
        let (year, month) = if month == 1 {
            (year - 1, 12)
        } else {
            (year, month - 1)
        };
        (28..=31)
            .rev()
            .find_map(|last| Date::new(year, month, last))
    }
}
