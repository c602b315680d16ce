//! The run-time fast path: every ID the catalog accepts as written (base, Provisioned
//! Throughput and inference-profile IDs) behind a small generated perfect hash.
//!
//! `ENTRIES`, the phf map, stays the catalog's lookup for judging. But phf hashes with
//! SipHash-1-3, which alone costs more than a `std` `HashMap` lookup, and run-time parsing is
//! meant to be at least that fast (BENCHMARKS.md). This index uses a cheaper, unkeyed hash
//! (`exact_hash`) with one pilot byte per bucket, found by `cargo xtask catalog`; a hit is
//! confirmed by comparing the whole ID, so any other input misses. The hash tables take under
//! 1 KiB and the 302 entries about 15 KiB more; all are linked only into programs that parse
//! at run time.

use super::exact_hash::{bucket, digest, slot};
use super::{Model, generated};
use std::sync::OnceLock;

use crate::availability::{Availability, ProfilePrefix};
use crate::date::Date;
use crate::model_id::NO_VARIANT;
use crate::parse::Form;
use crate::verdict::judge;

/// A date before every date of the catalog.
const EARLIEST: Date = Date::ymd(1, 1, 1);

/// What an exact ID names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// The model's base ID.
    Base,
    /// One of its Provisioned Throughput IDs, by index.
    Provisioned(u8),
    /// One of its inference-profile IDs.
    Profile(ProfilePrefix),
}

/// One ID the catalog accepts as written.
#[derive(Debug)]
pub(crate) struct ExactId {
    pub(crate) text: &'static str,
    pub(crate) model: &'static Model,
    pub(crate) kind: Kind,
    /// The form `judge` gives this ID.
    pub(crate) form: Form,
    /// The index of its Provisioned Throughput variant, or `NO_VARIANT`: with `form`, what
    /// `ModelId` stores, so the fast path only copies.
    pub(crate) variant: u8,
    /// Whether `judge` accepts the ID as Active on every date when no region is given: the
    /// model has no lifecycle rule and the ID is callable from some region (or, for a
    /// Provisioned Throughput ID, names a purchase). Computed from the model's data when the
    /// crate compiles; `tests::fast_path_agrees_with_judge` checks it against `judge`.
    pub(crate) always_active: bool,
    /// For the other IDs, the dates on which `judge` accepts it: found on first use.
    window: OnceLock<Window>,
}

/// The dates on which `judge` accepts an ID when no region is given.
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

impl ExactId {
    /// For the generated table.
    pub(crate) const fn new(text: &'static str, model: &'static Model, kind: Kind) -> ExactId {
        let callable = match kind {
            Kind::Base => {
                model.on_demand
                    && match model.availability {
                        // Only a yes skips judging: an unknown one warns.
                        Some(availability) => matches!(
                            availability.on_demand_anywhere,
                            crate::availability::OnDemand::Yes
                        ),
                        None => true,
                    }
            }
            // The generator lists only the profiles the snapshot offers.
            Kind::Provisioned(_) | Kind::Profile(_) => true,
        };
        let always_active = model.lifecycle.is_empty() && callable;
        let (form, variant) = match kind {
            Kind::Base => (Form::OnDemand, NO_VARIANT),
            Kind::Provisioned(index) => (Form::Provisioned, index),
            Kind::Profile(_) => (Form::InferenceProfile, NO_VARIANT),
        };
        ExactId {
            text,
            model,
            kind,
            form,
            variant,
            always_active,
            window: OnceLock::new(),
        }
    }

    /// The dates on which `judge` accepts this ID when no region is given.
    ///
    /// `judge`'s verdict depends on the date only through comparisons with the model's
    /// lifecycle dates and its first listing, so it is the same on each span between
    /// them: judging the ID once per span (a few microseconds, once per process) tells the
    /// whole story.
    pub(crate) fn window(&self) -> Window {
        if self.always_active {
            return Window::Always;
        }
        *self.window.get_or_init(|| {
            let accepted = |date| judge(self.text, date, None).into_result().is_ok();
            let spans: Vec<(Date, bool)> = [EARLIEST]
                .into_iter()
                .chain(self.verdict_changes())
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
        })
    }

    /// The dates on which `judge`'s verdict of this ID can change, in order: its model's
    /// lifecycle dates and first listing.
    fn verdict_changes(&self) -> Vec<Date> {
        let mut dates: Vec<Date> = self
            .model
            .lifecycle
            .iter()
            .flat_map(|rule| [rule.legacy, rule.extended_access, rule.end_of_life])
            .chain([self.model.availability.map(Availability::first_listed)])
            .flatten()
            .collect();
        dates.sort_unstable();
        dates.dedup();
        dates
    }

    /// The catalog entry of the model or Provisioned Throughput ID it names.
    #[cfg(test)]
    pub(crate) const fn entry(&self) -> super::Entry {
        match self.kind {
            Kind::Provisioned(index) => super::Entry::Provisioned(self.model, index),
            Kind::Base | Kind::Profile(_) => super::Entry::Base(self.model),
        }
    }
}

/// The generated perfect hash over `EXACT`.
pub(crate) struct Index {
    /// Mixed into every hash; the generator's first seed that places every ID.
    pub(crate) seed: u64,
    /// One pilot byte per bucket.
    pub(crate) pilots: &'static [u8],
    /// Slot to position in `EXACT`; [`EMPTY`] for a free slot.
    pub(crate) slots: &'static [u16],
}

/// A free slot of [`Index::slots`]: past the end of `EXACT`, so `lookup` misses.
#[cfg(test)]
pub(crate) const EMPTY: u16 = u16::MAX;

/// The catalog's entry for `input` if it is, letter for letter, an ID the catalog lists.
#[inline]
pub(crate) fn lookup(input: &str) -> Option<&'static ExactId> {
    let index = &generated::EXACT_INDEX;
    let digest = digest(input.as_bytes());
    // The generator keeps both lengths within u32 (it fails otherwise).
    let pilot = *index
        .pilots
        .get(bucket(digest, index.seed, index.pilots.len() as u32))?;
    let position = *index
        .slots
        .get(slot(digest, index.seed, pilot, index.slots.len() as u32))?;
    let exact = generated::EXACT.get(usize::from(position))?;
    (exact.text == input).then_some(exact)
}

/// Every ID of the index, in the generator's order.
#[cfg(test)]
pub(crate) fn all() -> impl Iterator<Item = &'static ExactId> {
    generated::EXACT.iter()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::ids;
    use crate::verdict::Verdict;

    #[test]
    fn finds_every_id_it_holds_and_each_in_its_own_slot() {
        for exact in all() {
            let found = lookup(exact.text).map(|e| e.text);
            assert_eq!(found, Some(exact.text));
        }
        let taken = generated::EXACT_INDEX
            .slots
            .iter()
            .filter(|s| **s != EMPTY)
            .count();
        assert_eq!(taken, generated::EXACT.len());
    }

    #[test]
    fn holds_every_catalog_id_and_every_offered_profile() {
        for id in ids() {
            assert!(lookup(id).is_some(), "{id}");
        }
        for model in crate::catalog::models() {
            let Some(availability) = model.availability() else {
                continue;
            };
            for prefix in availability.profile_prefixes() {
                let id = format!("{prefix}.{}", model.id());
                let exact = lookup(&id).unwrap_or_else(|| panic!("{id}"));
                assert_eq!(exact.kind, Kind::Profile(*prefix));
            }
        }
    }

    #[test]
    fn misses_every_near_miss() {
        for exact in all() {
            let text = exact.text;
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
                let found = lookup(&input);
                assert!(found.is_none_or(|e| e.text == input), "{input}");
            }
        }
        for input in ["", "a", "anthropic.", ":", "\u{1F600}", &"x".repeat(5000)] {
            assert!(lookup(input).is_none(), "{input:?}");
        }
    }

    /// `always_active` may skip `judge` only where `judge` would say Active: on every date,
    /// with no region, for every ID of the index.
    #[test]
    fn fast_path_agrees_with_judge() {
        let dates = [
            "1970-01-01",
            "2023-01-01",
            "2026-08-20",
            "2026-08-21",
            "2100-01-01",
        ]
        .map(|d| Date::parse(d).unwrap());
        let mut always = 0;
        for exact in all() {
            for date in dates {
                let verdict = judge(exact.text, date, None);
                if exact.always_active {
                    let Verdict::Active(identified) = verdict else {
                        panic!("{} on {date}: {verdict:?}", exact.text);
                    };
                    assert_eq!(identified.form, exact.form, "{}", exact.text);
                    assert_eq!(identified.entry, Some(exact.entry()), "{}", exact.text);
                    assert_eq!(
                        identified.profile,
                        match exact.kind {
                            Kind::Profile(prefix) => Some(prefix),
                            _ => None,
                        }
                    );
                }
            }
            always += usize::from(exact.always_active);
        }
        // Most IDs never change verdict.
        assert!(always > generated::EXACT.len() / 2, "{always}");
    }

    /// Every window says what `judge` says, on every date where a verdict can change, the
    /// day before each, and a few others.
    #[test]
    fn windows_agree_with_judge() {
        let mut seen = std::collections::BTreeMap::new();
        for exact in all() {
            let window = exact.window();
            let kind = format!("{window:?}");
            *seen
                .entry(kind.split('(').next().unwrap_or_default().to_owned())
                .or_insert(0) += 1;
            let mut dates = exact.verdict_changes();
            let before: Vec<Date> = dates.iter().filter_map(|d| day_before(*d)).collect();
            dates.extend(before);
            let fixed = ["1970-01-01", "2024-06-30", "2026-11-23", "2100-01-01"];
            dates.extend(fixed.map(|d| Date::parse(d).unwrap()));
            for date in dates {
                let judged = judge(exact.text, date, None).into_result().is_ok();
                assert_eq!(
                    window.accepts(date),
                    Some(judged),
                    "{} on {date}: {window:?}",
                    exact.text
                );
            }
        }
        // Every kind of window but `Varies` occurs in the catalog.
        assert_eq!(
            seen.keys().collect::<Vec<_>>(),
            ["Always", "Before", "Never"],
            "{seen:?}"
        );
    }

    fn day_before(date: Date) -> Option<Date> {
        let (year, month, day) = (date.year(), date.month(), date.day());
        if day > 1 {
            return Date::new(year, month, day - 1);
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
