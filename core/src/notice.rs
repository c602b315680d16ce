//! The lifecycle message: Legacy, public extended access and end of life.

use std::fmt;

use crate::catalog::{self, Model};
use crate::date::Date;
use crate::identified::Identified;
use crate::lifecycle::{Basis, LifecycleRule, Phase, RegionScope, Status};
use crate::parse::Form;

/// The lifecycle fact that makes an ID warn or fail, with the replacement to use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Notice {
    identified: Identified,
    status: Status,
    as_of: Date,
}

/// How many replacements to follow before giving up on a chain of retired models.
const REPLACEMENT_HOPS: usize = 8;

impl Notice {
    pub(crate) fn new(identified: Identified, status: Status, as_of: Date) -> Notice {
        Notice {
            identified,
            status,
            as_of,
        }
    }

    /// The model concerned.
    #[must_use]
    pub fn model(&self) -> Option<&'static Model> {
        self.identified.model()
    }

    /// The lifecycle phase, with the rule that decides it.
    #[must_use]
    pub const fn status(&self) -> Status {
        self.status
    }

    /// The date the ID was judged as of.
    #[must_use]
    pub const fn as_of(&self) -> Date {
        self.as_of
    }

    /// The replacement the lifecycle source recommends.
    pub fn recommended_replacement(&self) -> Option<&'static str> {
        self.status.rule().and_then(LifecycleRule::replacement)
    }

    /// The first replacement in the chain of recommendations that has not reached its end of
    /// life on [`Notice::as_of`] (the recommended one may itself be retired by then).
    #[must_use]
    pub fn usable_replacement(&self) -> Option<&'static str> {
        let mut candidate = self.recommended_replacement()?;
        for _ in 0..REPLACEMENT_HOPS {
            let model = catalog::model(candidate)?;
            let status = model
                .lifecycle()
                .status_on(self.as_of, self.identified.region());
            if status.phase() != Phase::EndOfLife || status.is_regional() {
                return Some(candidate);
            }
            candidate = status.rule()?.replacement()?;
        }
        None
    }

    /// For an end of life in some regions only, with no region given: whether another region
    /// still serves the model. Unknown (no snapshot for it, or an earlier date) counts as yes.
    pub(crate) fn served_elsewhere(&self) -> bool {
        let Some(model) = self.model() else {
            return true;
        };
        let Some(availability) = model.availability() else {
            return true;
        };
        if self.as_of < availability.first_listed() {
            return true;
        }
        availability.current_regions().any(|offer| {
            crate::region::Region::parse(offer.region()).is_ok_and(|region| {
                model
                    .lifecycle()
                    .status_on(self.as_of, Some(region))
                    .phase()
                    != Phase::EndOfLife
            })
        })
    }

    /// Regions where a rule for those regions alone keeps the model alive on `as_of`.
    fn still_served(&self) -> Vec<&'static str> {
        let Some(model) = self.model() else {
            return Vec::new();
        };
        model
            .lifecycle()
            .rules()
            .iter()
            .filter(|rule| rule.phase_on(self.as_of) != Phase::EndOfLife)
            .filter_map(|rule| match rule.scope() {
                RegionScope::Only(regions) => Some(regions),
                _ => None,
            })
            .flatten()
            .copied()
            .collect()
    }

    fn subject(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(model) = self.model() else {
            return Ok(());
        };
        let what = model.describe();
        match (self.identified.form(), self.identified.provisioned()) {
            (Form::CustomModelArn, _) => write!(
                f,
                "the custom model's base model `{}` ({what}; a custom model works only until \
                 its base model's end of life)",
                self.identified.provisioned().map_or(model.id(), |v| v.id())
            ),
            (_, Some(variant)) => {
                write!(f, "`{}` (Provisioned Throughput for {what})", variant.id())
            }
            _ => write!(f, "`{}` ({what})", model.id()),
        }
    }

    fn replacement(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.recommended_replacement(), self.usable_replacement()) {
            (Some(recommended), Some(usable)) if recommended == usable => {
                write!(f, "use `{usable}` instead")
            }
            (Some(recommended), Some(usable)) => write!(
                f,
                "use `{usable}` instead (the recommended `{recommended}` has reached its end of life too)"
            ),
            (Some(recommended), None) => write!(
                f,
                "the recommended replacement `{recommended}` has reached its end of life too: \
                 choose a current model from the catalog"
            ),
            (None, _) => {
                f.write_str("AWS names no replacement: choose a current model from the catalog")
            }
        }
    }
}

impl fmt::Display for Notice {
    #[expect(
        clippy::too_many_lines,
        reason = "one sentence per lifecycle phase and basis, read best side by side"
    )]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(rule) = self.status.rule() else {
            return Ok(());
        };
        self.subject(f)?;
        let eol = rule.end_of_life();
        let on = |date: Option<Date>| {
            date.map_or_else(|| "an unannounced date".to_owned(), |d| d.to_string())
        };
        let regions = if rule.scope().is_regional() {
            format!(" in {}", rule.scope())
        } else {
            String::new()
        };
        let no_sooner = rule.end_of_life_no_sooner_than();
        let overridden = matches!(rule.basis(), Basis::ListedAfterEndOfLife { .. });
        let end = |f: &mut fmt::Formatter<'_>| match (eol, no_sooner) {
            (Some(day), _) => write!(f, "reaches its end of life on {day}"),
            (None, Some(day)) => write!(f, "reaches its end of life no sooner than {day}"),
            (None, None) if overridden => f.write_str("its end of life there is not known"),
            (None, None) => f.write_str("AWS has published no end-of-life date for it"),
        };
        match (self.status.phase(), rule.basis()) {
            (Phase::Active, _) => return Ok(()),
            (
                Phase::Legacy,
                Basis::ListedLegacy {
                    since,
                    from_first_listing,
                },
            ) => {
                if from_first_listing {
                    write!(
                        f,
                        " is listed as Legacy in every listing since it first appeared, on {since} \
                         (the status changed then or before)"
                    )?;
                } else {
                    write!(f, " is listed as Legacy since {since}")?;
                }
                f.write_str(" (the first listing that showed it so)")?;
                f.write_str("; ")?;
                end(f)?;
            }
            (Phase::Legacy, _) => {
                write!(f, " is Legacy{regions} since {}", on(rule.legacy()))?;
                if let Some(period) = rule.legacy_period() {
                    write!(f, " (a Legacy period of {period})")?;
                }
                f.write_str(" and ")?;
                end(f)?;
                if eol.is_some() {
                    f.write_str(", when requests to it start to fail")?;
                }
            }
            (Phase::ExtendedAccess, _) => {
                write!(
                    f,
                    " is in public extended access{regions} since {} (it still works, at a \
                     higher price) and ",
                    on(rule.extended_access())
                )?;
                end(f)?;
            }
            (Phase::EndOfLife, Basis::NoLongerListed { last_listed }) => write!(
                f,
                " is no longer listed by bedrock-runtime in any region since {} (last listed \
                 {last_listed}): requests to it most likely fail with \"This model version has \
                 reached the end of its life\"; no source gives its end-of-life date",
                on(eol)
            )?,
            (
                Phase::EndOfLife,
                Basis::NeverListed {
                    first_date,
                    data_date,
                },
            ) => write!(
                f,
                " is not listed by bedrock-runtime in any region in any listing from \
                 {first_date} to {data_date}: it was most likely retired before {first_date}, \
                 and requests to it fail; no source gives its end-of-life date"
            )?,
            (Phase::EndOfLife, _) if self.status.is_regional() && !self.served_elsewhere() => {
                write!(
                    f,
                    " reached its end of life{regions} on {}, and no other region serves it: \
                     requests to it fail with \"This model version has reached the end of its \
                     life\"",
                    on(eol)
                )?;
            }
            (Phase::EndOfLife, _) if self.status.is_regional() => write!(
                f,
                " reached its end of life{regions} on {}: requests there fail with \"This model \
                 version has reached the end of its life\"; name the region to check it there",
                on(eol)
            )?,
            (Phase::EndOfLife, _) => {
                write!(
                    f,
                    " reached its end of life{regions} on {}: requests to it fail with \"This \
                     model version has reached the end of its life\"",
                    on(eol)
                )?;
                let still_served = self.still_served();
                if !still_served.is_empty() && self.identified.region().is_none() {
                    write!(
                        f,
                        "; it is still listed in {}: if you call it there, name the region",
                        still_served.join(", ")
                    )?;
                }
            }
        }
        if let Basis::ListedAfterEndOfLife {
            stated_end_of_life,
            last_listed,
        } = rule.basis()
        {
            write!(
                f,
                " (AWS's lifecycle page gives {stated_end_of_life} as its end of life, but \
                 bedrock-runtime still listed it{regions} on {last_listed}: the later listing \
                 wins there)"
            )?;
        }
        if let Some(note) = rule.note() {
            write!(f, " ({note})")?;
        }
        f.write_str("; ")?;
        self.replacement(f)?;
        write!(f, " (lifecycle as of {})", self.as_of)
    }
}
