//! What to use instead of a model that retires: the replacement a source names, or, where no
//! source names one, the crate's own suggestion, labelled as such.

use std::cmp::Ordering;

use crate::availability::OnDemand;
use crate::catalog::{self, Model};
use crate::date::Date;
use crate::lifecycle::{LifecycleRule, Phase};
use crate::region::{ProfilePrefix, Region};
use crate::source::Source;

/// How many named replacements to follow before giving up on a chain of retired models.
const REPLACEMENT_HOPS: usize = 8;

/// Why a replacement is offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ReplacementBasis {
    /// A source names it as the replacement.
    Named(&'static Source),
    /// A source names `recommended`, which has retired too; this is the first live model down
    /// that chain of named replacements.
    NamedChain {
        /// The replacement the source names.
        recommended: &'static str,
        /// The source that names it.
        source: &'static Source,
    },
    /// No source names a replacement: the crate's suggestion, the newest live model of the
    /// same provider and family (by name) or, when none of the family is live, of the provider.
    Suggested {
        /// Whether it is of the same family.
        same_family: bool,
        /// The replacement a source names, where it has retired too, with that source.
        retired: Option<(&'static str, &'static Source)>,
    },
}

/// A model to use instead, and the ID to call it by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replacement {
    model: &'static Model,
    call_as: String,
    basis: ReplacementBasis,
}

impl Replacement {
    /// The replacement model.
    #[must_use]
    pub const fn model(&self) -> &'static Model {
        self.model
    }

    /// The ID to call it by: its base ID where it is served on demand, else an inference
    /// profile (one callable from the region judged for, where one was given).
    #[must_use]
    pub fn call_as(&self) -> &str {
        &self.call_as
    }

    /// Whether a source names it or the crate suggests it.
    #[must_use]
    pub const fn basis(&self) -> ReplacementBasis {
        self.basis
    }

    /// Whether a source names it (directly or down a chain of named replacements).
    #[must_use]
    pub const fn is_named(&self) -> bool {
        !matches!(self.basis, ReplacementBasis::Suggested { .. })
    }
}

/// Whether `model` is live on `date` (in `region`, where given): not past its end of life.
fn live(model: &Model, date: Date, region: Option<Region>) -> bool {
    let status = model.lifecycle().status_on(date, region);
    status.phase() != Phase::EndOfLife || status.is_regional()
}

/// The replacement for `model` on `date`: the one its deciding rule names (following the
/// chain while the named ones have retired too), else the crate's suggestion.
pub(crate) fn replacement(
    model: &'static Model,
    rule: Option<&'static LifecycleRule>,
    date: Date,
    region: Option<Region>,
) -> Option<Replacement> {
    // The deciding rule's replacement; else the one another rule of the model names (a table
    // that names replacements may state the end of life for another scope), the latest-dated.
    let named = rule.filter(|r| r.replacement().is_some()).or_else(|| {
        model
            .lifecycle()
            .rules()
            .iter()
            .filter(|r| r.replacement().is_some())
            .max_by_key(|r| r.source().date())
    });
    let mut retired = None;
    if let Some(rule) = named
        && let Some(recommended) = rule.replacement()
    {
        retired = Some((recommended, rule.source()));
        let mut candidate = recommended;
        for _ in 0..REPLACEMENT_HOPS {
            let Some(next) = catalog::model(candidate) else {
                break;
            };
            if live(next, date, region) {
                let basis = if candidate == recommended {
                    ReplacementBasis::Named(rule.source())
                } else {
                    ReplacementBasis::NamedChain {
                        recommended,
                        source: rule.source(),
                    }
                };
                return Some(Replacement {
                    model: next,
                    call_as: call_as(next, region),
                    basis,
                });
            }
            let status = next.lifecycle().status_on(date, region);
            match status.rule().and_then(LifecycleRule::replacement) {
                Some(further) => candidate = further,
                None => break,
            }
        }
    }
    suggestion(model, date, region).map(|(next, same_family)| Replacement {
        model: next,
        call_as: call_as(next, region),
        basis: ReplacementBasis::Suggested {
            same_family,
            retired,
        },
    })
}

/// A model's family, as its name tells: the words without digits, lowercased
/// (`Claude 3 Haiku` and `Claude Haiku 4.5` are both `claude haiku`).
pub(crate) fn family(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || c == '-' || c == '(' || c == ')')
        .filter(|word| {
            !word.is_empty()
                && !word.bytes().any(|b| b.is_ascii_digit())
                && word.chars().any(char::is_alphanumeric)
        })
        .map(str::to_lowercase)
        .collect()
}

/// The numbers in an ID, in order: how two models of one family compare when the listings
/// first showed both on the same day (`claude-sonnet-5` after `claude-sonnet-4-6`).
fn version(id: &str) -> Vec<u64> {
    id.split(|c: char| !c.is_ascii_digit())
        .filter_map(|digits| digits.parse().ok())
        .collect()
}

/// Newer first: the later first listing, then the higher version numbers.
fn newer(a: &Model, b: &Model) -> Ordering {
    let first = |m: &Model| {
        m.availability()
            .map(crate::availability::Availability::first_listed)
    };
    first(a)
        .cmp(&first(b))
        .then_with(|| version(a.id()).cmp(&version(b.id())))
}

/// The newest model of `model`'s provider and family that is Active on `date`, still listed
/// and (where a region is given) callable from it; else the newest such model of the provider.
/// The flag says whether it is of the family.
fn suggestion(
    model: &'static Model,
    date: Date,
    region: Option<Region>,
) -> Option<(&'static Model, bool)> {
    let family = family(model.name());
    // A replacement makes what the model makes: text for text, video for video.
    let outputs = |m: &Model| {
        m.availability()
            .map(crate::availability::Availability::output_modalities)
    };
    let kind = outputs(model).filter(|o| !o.is_empty());
    let candidates = || {
        catalog::models().filter(move |other| {
            other.id() != model.id()
                && other.provider() == model.provider()
                && kind.is_none_or(|kind| outputs(other) == Some(kind))
                && other.lifecycle().status_on(date, region).phase() == Phase::Active
                && other.availability().is_some_and(|a| {
                    a.is_still_listed()
                        && region.is_none_or(|r| !a.callable_from(r, other.id()).is_empty())
                })
        })
    };
    candidates()
        .filter(|other| !family.is_empty() && self::family(other.name()) == family)
        .max_by(|a, b| newer(a, b))
        .map(|m| (m, true))
        .or_else(|| candidates().max_by(|a, b| newer(a, b)).map(|m| (m, false)))
}

/// The ID to call `model` by: its base ID where it is served on demand, else a profile.
fn call_as(model: &Model, region: Option<Region>) -> String {
    let Some(availability) = model.availability() else {
        return model.id().to_owned();
    };
    match region {
        Some(region) => availability
            .callable_from(region, model.id())
            .into_iter()
            .next()
            .unwrap_or_else(|| model.id().to_owned()),
        None if availability.on_demand_anywhere() == OnDemand::No => {
            let prefixes = availability.profile_prefixes();
            prefixes
                .iter()
                .find(|p| **p == ProfilePrefix::Global)
                .or_else(|| prefixes.first())
                .map_or_else(|| model.id().to_owned(), |p| format!("{p}.{}", model.id()))
        }
        None => model.id().to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_family_is_the_name_without_numbers() {
        assert_eq!(family("Claude 3 Haiku"), ["claude", "haiku"]);
        assert_eq!(family("Claude Haiku 4.5"), ["claude", "haiku"]);
        assert_eq!(family("claude-opus-4-6-v1"), ["claude", "opus"]);
        assert_eq!(
            family("Titan Text G1 - Express"),
            ["titan", "text", "express"]
        );
        assert_eq!(family("Mistral Large (24.07)"), ["mistral", "large"]);
    }

    #[test]
    fn versions_order_by_their_numbers() {
        assert!(version("anthropic.claude-sonnet-5") > version("anthropic.claude-sonnet-4-6"));
        assert!(
            version("anthropic.claude-sonnet-4-6")
                > version("anthropic.claude-sonnet-4-5-20250929-v1:0")
        );
    }
}
