//! A live model that cannot be called as written, and what to call instead.

use std::fmt::{self, Write as _};

use super::{code_list, echo};
use crate::catalog::Model;
use crate::date::Date;
use crate::identified::Identified;
use crate::region::ProfilePrefix;
use crate::region::Region;

/// Why a live model cannot be called as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Unreachable {
    /// The model works only after customization, through Provisioned Throughput.
    CustomizationOnly,
    /// No region serves the bare ID on demand: it must be called through an inference profile.
    ProfileOnly,
    /// The region does not serve the model at all, in any form.
    NotServedIn(Region),
    /// The region serves the model, but not its bare ID on demand.
    NotOnDemandIn(Region),
    /// An inference-profile ARN whose ID has no profile prefix.
    NoProfilePrefix,
    /// The model offers no inference profile with this prefix.
    PrefixNotOffered(ProfilePrefix),
    /// The listings showed a profile with this prefix until this date, and no longer do.
    ProfileNoLongerListed(ProfilePrefix, Date),
    /// The profile cannot be called from the region.
    PrefixNotFrom(ProfilePrefix, Region),
    /// A Provisioned Throughput ID with an inference-profile prefix: profiles never carry a
    /// Provisioned Throughput suffix.
    ProvisionedProfile,
    /// The region last listed the model on this date, while others still list it.
    NoLongerListedIn(Region, Date),
}

/// A live model that cannot be called in the form given, with what to call instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotCallable {
    input: String,
    identified: Identified,
    reason: Unreachable,
    as_of: Date,
}

impl NotCallable {
    pub(crate) fn new(
        input: &str,
        identified: Identified,
        reason: Unreachable,
        as_of: Date,
    ) -> Self {
        NotCallable {
            input: input.to_owned(),
            identified,
            reason,
            as_of,
        }
    }

    /// The input as given.
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }

    /// What the input was recognized as.
    #[must_use]
    pub const fn identified(&self) -> Identified {
        self.identified
    }

    /// Why it cannot be called.
    #[must_use]
    pub const fn reason(&self) -> Unreachable {
        self.reason
    }

    /// The IDs to call instead: from the region given, or, without one, the model's
    /// inference profiles.
    #[must_use]
    pub fn alternatives(&self) -> Vec<String> {
        let Some(model) = self.identified.model() else {
            return Vec::new();
        };
        if self.reason == Unreachable::ProvisionedProfile {
            return match (self.identified.profile(), self.identified.provisioned()) {
                (Some(prefix), Some(variant)) => {
                    vec![format!("{prefix}.{}", model.id()), variant.id().to_owned()]
                }
                _ => Vec::new(),
            };
        }
        let Some(availability) = model.availability() else {
            return Vec::new();
        };
        match self.identified.region() {
            Some(region) => availability.callable_from(region, model.id()),
            None => availability
                .profile_prefixes()
                .iter()
                .map(|p| format!("{p}.{}", model.id()))
                .collect(),
        }
    }
}

/// The regions that still list the model, for messages: the first few, then how many more.
fn some_regions(regions: &[&str]) -> String {
    const SHOWN: usize = 6;
    if regions.len() <= SHOWN {
        regions.join(", ")
    } else {
        format!(
            "{} and {} more",
            regions[..SHOWN].join(", "),
            regions.len() - SHOWN
        )
    }
}

impl NotCallable {
    /// The verdict and what to call instead, in one sentence (the details follow in
    /// [`NotCallable::details`]).
    #[must_use]
    pub fn headline(&self) -> String {
        let mut out = String::new();
        let _ = self.write_headline(&mut out);
        out
    }

    /// The bookkeeping behind the headline: the date of the facts and of the judgement.
    #[must_use]
    pub fn details(&self) -> Vec<String> {
        let Some(availability) = self.identified.model().and_then(Model::availability) else {
            return Vec::new();
        };
        if matches!(
            self.reason,
            Unreachable::CustomizationOnly | Unreachable::ProvisionedProfile
        ) {
            return Vec::new();
        }
        let mut details = Vec::new();
        let offer = self.identified.region().and_then(|r| availability.offer(r));
        if let (Unreachable::NotOnDemandIn(region), Some(offer)) = (self.reason, offer) {
            match (offer.on_demand_source(), offer.on_demand_seen()) {
                (Some(source), _) if offer.stated_by() == Some(source) => details.push(format!(
                    "{} lists {region}, which no listing scans, with no In-Region calls",
                    source.cited()
                )),
                (Some(source), _) => details.push(format!(
                    "{} gives no In-Region calls in {region}",
                    source.cited()
                )),
                (None, Some(seen)) if seen < availability.last_listed() => {
                    details.push(format!(
                        "bedrock-runtime's listing of {seen} in {region}; later listings there \
                         are ambiguous, as Bedrock Mantle serves it there too"
                    ));
                }
                _ => {}
            }
        }
        if self.reason == Unreachable::ProfileOnly {
            let mut cards: Vec<String> = availability
                .current_regions()
                .filter_map(super::super::availability::RegionOffer::on_demand_source)
                .map(crate::source::Source::cited)
                .collect();
            cards.sort();
            cards.dedup();
            if !cards.is_empty() {
                details.push(format!(
                    "where the listings cannot tell, {} gives no In-Region calls",
                    cards.join(" and ")
                ));
            }
        }
        if let Some(offer) = offer
            && let Some(source) = offer.stated_by()
            && offer.on_demand_source() != Some(source)
        {
            details.push(format!(
                "no listing scans {}; there: {}",
                offer.region(),
                source.cited()
            ));
        }
        if let Unreachable::NotServedIn(_) | Unreachable::NoLongerListedIn(..) = self.reason {
            let current: Vec<&str> = availability
                .current_regions()
                .map(super::super::availability::RegionOffer::region)
                .collect();
            if current.len() > 6 {
                details.push(format!(
                    "every region that lists it: {}",
                    current.join(", ")
                ));
            }
        }
        if let Unreachable::ProfileNoLongerListed(_, last) = self.reason {
            details.push(format!("last listed {last}"));
        }
        // The facts are those of the model's last listing.
        let facts_of = availability.last_listed();
        let mut when = if availability.is_still_listed() {
            format!("availability as of {facts_of}")
        } else {
            format!("availability as last listed, on {facts_of}")
        };
        if self.as_of != facts_of {
            let _ = write!(when, ", judged on {}", self.as_of);
        }
        details.push(when);
        details
    }
}

impl fmt::Display for NotCallable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_headline(f)?;
        let details = self.details();
        if !details.is_empty() {
            write!(f, " ({})", details.join("; "))?;
        }
        Ok(())
    }
}

impl NotCallable {
    #[expect(
        clippy::too_many_lines,
        reason = "one message per reason an ID is not callable, read best side by side"
    )]
    fn write_headline(&self, f: &mut impl fmt::Write) -> fmt::Result {
        if let (Unreachable::CustomizationOnly, Some(model)) =
            (self.reason, self.identified.model())
        {
            return customization_only(f, model);
        }
        let (Some(model), Some(availability)) = (
            self.identified.model(),
            self.identified.model().and_then(Model::availability),
        ) else {
            return write!(f, "`{}` cannot be called", echo(&self.input));
        };
        let id = model.id();
        let what = model.describe();
        let alternatives = self.alternatives();
        let alternatives: Vec<&str> = alternatives.iter().map(String::as_str).collect();
        let prefixes: Vec<String> = availability
            .profile_prefixes()
            .iter()
            .map(|p| format!("{p}."))
            .collect();
        let prefixes: Vec<&str> = prefixes.iter().map(String::as_str).collect();
        match self.reason {
            Unreachable::CustomizationOnly => return customization_only(f, model),
            Unreachable::ProvisionedProfile => {
                return match alternatives.as_slice() {
                    [profile, pt] => write!(
                        f,
                        "`{}`: inference profiles never carry a Provisioned Throughput suffix; \
                         call the profile `{profile}`, or buy Provisioned Throughput for \
                         `{pt}` and call the provisioned model's ARN",
                        echo(&self.input)
                    ),
                    _ => write!(
                        f,
                        "`{}`: inference profiles never carry a Provisioned Throughput suffix",
                        echo(&self.input)
                    ),
                };
            }
            Unreachable::ProfileOnly => write!(
                f,
                "`{id}` ({what}) cannot be called by its bare model ID: no region serves it with on-demand throughput (\"on-demand throughput isn't supported\"); call it through an inference profile: {}",
                code_list(&alternatives, "or")
            )?,
            Unreachable::NoLongerListedIn(region, last) => {
                write!(
                    f,
                    "`{id}` ({what}) is no longer listed in {region} since {} (last listed there \
                     {last})",
                    last.next_day()
                )?;
                let current: Vec<&str> = availability
                    .current_regions()
                    .map(super::super::availability::RegionOffer::region)
                    .collect();
                if !current.is_empty() {
                    write!(
                        f,
                        "; regions that still list it: {}",
                        some_regions(&current)
                    )?;
                }
            }
            Unreachable::NotServedIn(region) | Unreachable::NotOnDemandIn(region)
                if alternatives.is_empty() =>
            {
                let served: Vec<&str> = availability
                    .current_regions()
                    .map(super::super::availability::RegionOffer::region)
                    .collect();
                write!(
                    f,
                    "`{id}` ({what}) is not served in {region}; regions that serve it: {}",
                    some_regions(&served)
                )?;
            }
            Unreachable::NotServedIn(region) => {
                write!(
                    f,
                    "`{id}` ({what}) is not served in {region}; callable from {region}: {}",
                    code_list(&alternatives, "or")
                )?;
            }
            Unreachable::NotOnDemandIn(region) => {
                write!(
                    f,
                    "`{id}` ({what}) is not served with on-demand throughput in {region}"
                )?;
                write!(
                    f,
                    "; callable from {region}: {}",
                    code_list(&alternatives, "or")
                )?;
            }
            Unreachable::NoProfilePrefix => write!(
                f,
                "an inference-profile ARN names a profile ID `<prefix>.{id}`; `{id}` offers {}",
                if prefixes.is_empty() {
                    "no inference profiles".to_owned()
                } else {
                    code_list(&prefixes, "and")
                }
            )?,
            Unreachable::PrefixNotOffered(_) if prefixes.is_empty() => write!(
                f,
                "`{}`: `{id}` ({what}) offers no inference profiles; call it by its model ID",
                echo(&self.input)
            )?,
            Unreachable::PrefixNotOffered(prefix) => write!(
                f,
                "`{}`: `{id}` ({what}) has no `{prefix}.` inference profile; it offers {}",
                echo(&self.input),
                code_list(&prefixes, "and")
            )?,
            Unreachable::ProfileNoLongerListed(prefix, last) => {
                write!(
                    f,
                    "`{}`: the `{prefix}.` inference profile of `{id}` ({what}) is no longer \
                     listed since {}",
                    echo(&self.input),
                    last.next_day()
                )?;
                if prefixes.is_empty() {
                    f.write_str("; it offers no inference profiles now: call it by its model ID")?;
                } else {
                    write!(f, "; it offers {} now", code_list(&prefixes, "and"))?;
                }
            }
            Unreachable::PrefixNotFrom(prefix, region) => {
                write!(
                    f,
                    "`{}` cannot be called from {region}: the `{prefix}.` profile of `{id}` is \
                     callable from {}",
                    echo(&self.input),
                    availability.profile_source_regions(prefix).join(", ")
                )?;
                if alternatives.is_empty() {
                    write!(f, "; nothing of it is callable from {region}")?;
                } else {
                    write!(
                        f,
                        "; callable from {region}: {}",
                        code_list(&alternatives, "or")
                    )?;
                }
            }
        }
        Ok(())
    }
}

fn customization_only(f: &mut impl fmt::Write, model: &Model) -> fmt::Result {
    write!(
        f,
        "`{}` ({}) cannot be called on demand: it can be used only after customization, \
         through Provisioned Throughput",
        model.id(),
        model.describe()
    )?;
    let pt: Vec<&str> = model
        .provisioned()
        .iter()
        .map(super::super::catalog::ProvisionedVariant::id)
        .collect();
    if !pt.is_empty() {
        write!(f, " ({})", code_list(&pt, "or"))?;
    }
    Ok(())
}
