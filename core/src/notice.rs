//! The lifecycle message: Legacy, public extended access and end of life.

use std::fmt;

use crate::catalog::Model;
use crate::date::Date;
use crate::identified::Identified;
use crate::lifecycle::{Basis, LifecycleRule, Phase, RegionScope, Status};
use crate::parse::Form;
use crate::successor::{self, Replacement, ReplacementBasis};

/// The words AWS's error gives for a model past its end of life.
const FAILS: &str = "\"This model version has reached the end of its life\"";

/// The lifecycle fact that makes an ID warn or fail, with the replacement to use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Notice {
    identified: Identified,
    status: Status,
    as_of: Date,
}

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

    /// The replacement the deciding lifecycle rule's source names, if any.
    #[must_use]
    pub fn recommended_replacement(&self) -> Option<&'static str> {
        self.status.rule().and_then(LifecycleRule::replacement)
    }

    /// The first replacement in the chain of named ones that has not reached its end of life
    /// on [`Notice::as_of`] (the recommended one may itself be retired by then).
    #[must_use]
    pub fn usable_replacement(&self) -> Option<&'static str> {
        self.replacement()
            .filter(Replacement::is_named)
            .map(|r| r.model().id())
    }

    /// What to use instead: the replacement a source names (down the chain while those have
    /// retired too), else the newest live model of the same provider and family, labelled as
    /// the crate's suggestion.
    #[must_use]
    pub fn replacement(&self) -> Option<Replacement> {
        successor::replacement(
            self.model()?,
            self.status.rule(),
            self.as_of,
            self.identified.region(),
        )
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
    /// Regions where a rule for those regions alone keeps the model alive on `as_of`, with
    /// the source that states it.
    fn still_served(&self) -> Vec<(&'static str, &'static crate::source::Source)> {
        let Some(model) = self.model() else {
            return Vec::new();
        };
        model
            .lifecycle()
            .rules()
            .iter()
            .filter(|rule| rule.phase_on(self.as_of) != Phase::EndOfLife)
            .filter_map(|rule| match rule.scope() {
                RegionScope::Only(regions) => Some(regions.iter().map(|r| (*r, rule.source()))),
                _ => None,
            })
            .flatten()
            .collect()
    }

    fn subject(&self, f: &mut impl fmt::Write) -> fmt::Result {
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

    /// What to do instead: the named replacement, or that none is named and the crate's
    /// suggestion.
    fn action(&self) -> String {
        let Some(replacement) = self.replacement() else {
            return format!(
                "{}, and no live model of its provider and kind is listed: choose a current model \
                 from the catalog",
                self.recommended_replacement().map_or_else(
                    || "no source names a replacement".to_owned(),
                    |named| {
                        format!("`{named}`, the replacement a source names, has reached its end of life too")
                    },
                )
            );
        };
        let id = replacement.call_as();
        match replacement.basis() {
            ReplacementBasis::Named(source) => {
                format!("use `{id}` ({} names it)", source.label())
            }
            ReplacementBasis::NamedChain {
                recommended,
                source,
            } => format!(
                "use `{id}` ({} names `{recommended}`, which has reached its end of life too)",
                source.label()
            ),
            ReplacementBasis::Suggested {
                same_family,
                retired,
            } => {
                let named = retired.map_or_else(
                    || "no source names a replacement".to_owned(),
                    |(named, source)| {
                        format!(
                            "`{named}`, the replacement {} names, has reached its end of life too",
                            source.label()
                        )
                    },
                );
                let provider = replacement.model().provider();
                if same_family {
                    format!(
                        "{named}; the crate suggests `{id}`, the newest live {provider} model of \
                         its family"
                    )
                } else {
                    format!(
                        "{named}, and none of its family is live; the crate suggests `{id}`, the \
                         newest live {provider} model of its kind"
                    )
                }
            }
        }
    }

    /// The verdict and what to do, in one sentence: the start of the message, short enough to
    /// read at a glance (the details follow in [`Notice::details`]).
    #[must_use]
    pub fn headline(&self) -> String {
        let mut out = String::new();
        let _ = self.write_headline(&mut out);
        out
    }

    /// The bookkeeping behind the headline: the date judged, the sources and their dates, and
    /// what the listings add.
    #[must_use]
    pub fn details(&self) -> Vec<String> {
        let Some(rule) = self.status.rule() else {
            return Vec::new();
        };
        let mut details = vec![format!("lifecycle as of {}", self.as_of)];
        match rule.basis() {
            Basis::ListedLegacy {
                from_first_listing, ..
            } => details.push(if from_first_listing {
                "the first listing that showed it so; it was Legacy in every listing since it \
                 first appeared, so the status changed then or before"
                    .to_owned()
            } else {
                "the first listing that showed it so".to_owned()
            }),
            Basis::NoLongerListed { last_listed } => details.push(format!(
                "last listed {last_listed}; no source gives its end-of-life date"
            )),
            Basis::NeverListed { .. } => {
                details.push("no source gives its end-of-life date".to_owned());
            }
            // The action already names the source when it names the source's replacement.
            Basis::Stated
                if self
                    .replacement()
                    .is_some_and(|r| r.basis() == ReplacementBasis::Named(rule.source())) => {}
            Basis::Stated => details.push(format!("source: {}", rule.source().cited())),
        }
        if let Some(note) = rule.note() {
            details.push(note.to_owned());
        }
        if let Some(after) = rule.listed_after_end_of_life()
            && self.status.phase() == Phase::EndOfLife
        {
            details.push(format!(
                "bedrock-runtime's listing of {} still showed it in {}; listings keep showing \
                 models after their end of life, so that is no evidence that requests work",
                after.last_listed(),
                crate::text::plain_list(after.regions(), "and")
            ));
        }
        details
    }

    fn write_headline(&self, f: &mut impl fmt::Write) -> fmt::Result {
        let Some(rule) = self.status.rule() else {
            return Ok(());
        };
        if self.status.phase() == Phase::Active {
            return Ok(());
        }
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
        let end = match (eol, rule.end_of_life_no_sooner_than()) {
            (Some(day), _) => format!(" and stops working on {day}, its end of life"),
            (None, Some(day)) => format!("; its end of life is no sooner than {day}"),
            (None, None) if rule.scope().is_regional() => {
                "; no end-of-life date is published for these regions".to_owned()
            }
            (None, None) => "; AWS has published no end-of-life date for it".to_owned(),
        };
        match (self.status.phase(), rule.basis()) {
            (Phase::Active, _) => return Ok(()),
            (Phase::Legacy, Basis::ListedLegacy { since, .. }) => {
                write!(f, " is listed as Legacy since {since}{end}")?;
            }
            (Phase::Legacy, _) => {
                write!(f, " is Legacy{regions} since {}", on(rule.legacy()))?;
                if let Some(period) = rule.legacy_period() {
                    write!(f, " (a Legacy period of {period})")?;
                }
                f.write_str(&end)?;
            }
            (Phase::ExtendedAccess, _) => write!(
                f,
                " is in public extended access{regions} since {} (it still works, at a higher \
                 price){end}",
                on(rule.extended_access())
            )?,
            (Phase::EndOfLife, Basis::NoLongerListed { .. }) => write!(
                f,
                " is no longer listed by bedrock-runtime in any region since {}: requests to it \
                 most likely fail with {FAILS}",
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
                " is not listed by bedrock-runtime in any listing from {first_date} to \
                 {data_date}: it was most likely retired before {first_date}, and requests to it \
                 fail"
            )?,
            (Phase::EndOfLife, _) if self.status.is_regional() && !self.served_elsewhere() => {
                write!(
                    f,
                    " reached its end of life{regions} on {}, and no other region serves it: \
                     requests to it fail with {FAILS}",
                    on(eol)
                )?;
            }
            (Phase::EndOfLife, _) if self.status.is_regional() => write!(
                f,
                " reached its end of life{regions} on {}: requests there fail with {FAILS}; name \
                 the region to check it there",
                on(eol)
            )?,
            (Phase::EndOfLife, _) => {
                write!(
                    f,
                    " reached its end of life{regions} on {}: requests to it fail with {FAILS}",
                    on(eol)
                )?;
                let still_served = self.still_served();
                if let Some((_, source)) = still_served.first()
                    && self.identified.region().is_none()
                {
                    let regions: Vec<&str> = still_served.iter().map(|(r, _)| *r).collect();
                    write!(
                        f,
                        "; {} names it still served in {}: if you call it there, name the \
                         region",
                        source.label(),
                        regions.join(", ")
                    )?;
                }
            }
        }
        write!(f, "; {}", self.action())
    }
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_headline(f)?;
        let details = self.details();
        if !details.is_empty() {
            write!(f, " ({})", details.join("; "))?;
        }
        Ok(())
    }
}
