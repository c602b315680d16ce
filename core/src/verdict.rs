//! Judging an input: syntax, catalog membership and lifecycle, as of a date and region.

use std::fmt::{self, Write as _};

use crate::availability::OnDemand;
use crate::catalog::mantle;
use crate::catalog::{self, Entry, Model, generated};
use crate::date::Date;
use crate::error::{EndOfLife, Error, Malformed, MantleOnly, NotCallable, Unknown, Unreachable};
use crate::identified::Identified;
use crate::lifecycle::{Phase, Status};
use crate::notice::Notice;
use crate::parse::{self, Form};
use crate::region::Region;
use crate::unverified::{Uncertainty, Unverified};

/// The verdict on one input as of one date: what the macro and `FromStr` act on.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Verdict {
    /// A valid, Active model (or an account-specific ARN, whose syntax alone is checked).
    Active(Identified),
    /// A model that still works but is Legacy, in public extended access, or end-of-life in
    /// some regions only (with no region given): a warning.
    Deprecated(Identified, Notice),
    /// A model past its end of life: requests fail.
    EndOfLife(EndOfLife),
    /// Accepted, but the sources cannot tell whether it can be called as given (a region no
    /// source covers, on-demand availability the listings leave open): a warning that says so.
    Unverified(Identified, Unverified),
    /// A live model that cannot be called in the form given (or from the region given).
    NotCallable(NotCallable),
    /// A Bedrock Mantle model ID, which the runtime does not accept.
    MantleOnly(MantleOnly),
    /// Not in the catalog.
    Unknown(Unknown),
    /// Not a well-formed model ID or ARN.
    Malformed(Malformed),
}

impl Verdict {
    /// `Ok` with the warning, if any, for inputs that work; `Err` for those that fail.
    ///
    /// # Errors
    ///
    /// The verdicts that refuse the input, as an [`Error`].
    pub fn into_result(self) -> Result<(Identified, Option<Warning>), Error> {
        match self {
            Verdict::Active(identified) => Ok((identified, None)),
            Verdict::Deprecated(identified, notice) => {
                Ok((identified, Some(Warning::Lifecycle(notice))))
            }
            Verdict::Unverified(identified, unverified) => {
                Ok((identified, Some(Warning::Unverified(unverified))))
            }
            Verdict::MantleOnly(mantle) => Err(Error::MantleOnly(Box::new(mantle))),
            Verdict::EndOfLife(eol) => Err(Error::EndOfLife(Box::new(eol))),
            Verdict::NotCallable(not_callable) => Err(Error::NotCallable(Box::new(not_callable))),
            Verdict::Unknown(unknown) => Err(Error::Unknown(Box::new(unknown))),
            Verdict::Malformed(malformed) => Err(Error::Malformed(Box::new(malformed))),
        }
    }
}

impl Verdict {
    /// The verdict when the caller accepts IDs the catalog does not know yet
    /// (`model_id!(.., allow_unknown)`): a well-formed unknown ID becomes a warning that gives
    /// the catalog's data date; a known ID gets a warning that the option is unnecessary.
    /// Retired, malformed, not-callable and Mantle IDs stay errors, and so do unknown IDs that
    /// only misspell a catalog ID's profile prefix. `region` is the one the input was judged
    /// for.
    #[must_use]
    pub fn allowing_unknown(self, region: Option<Region>) -> Verdict {
        let unnecessary = |id: &str| {
            format!(
                "`allow_unknown` is unnecessary: the catalog knows `{id}`; remove the option, \
                 so the full check applies"
            )
        };
        match self {
            Verdict::Unknown(unknown) => match unknown_accepted(&unknown, region) {
                Some(identified) => Verdict::Unverified(
                    identified,
                    Unverified {
                        uncertainty: Uncertainty::NotInCatalog,
                        message: format!(
                            "`{}` is not in the catalog, whose listings end on {}: accepted \
                             because of `allow_unknown`, unchecked; remove the option once a \
                             release of bedrock-model-id knows the ID",
                            unknown.input().escape_debug(),
                            generated::DATA_DATE
                        ),
                    },
                ),
                None => Verdict::Unknown(unknown),
            },
            Verdict::Active(identified) => {
                let id = identified
                    .model()
                    .map_or_else(|| "this ID".to_owned(), |m| m.id().to_owned());
                Verdict::Unverified(
                    identified,
                    Unverified {
                        uncertainty: Uncertainty::AllowUnknownUnnecessary,
                        message: unnecessary(&id),
                    },
                )
            }
            Verdict::Deprecated(identified, notice) => {
                let id = identified.model().map_or("this ID", Model::id);
                let message = format!("{notice}; and {}", unnecessary(id));
                Verdict::Unverified(
                    identified,
                    Unverified {
                        uncertainty: Uncertainty::AllowUnknownUnnecessary,
                        message,
                    },
                )
            }
            Verdict::Unverified(identified, unverified) => {
                let id = identified.model().map_or("this ID", Model::id);
                let message = format!("{unverified}; and {}", unnecessary(id));
                Verdict::Unverified(
                    identified,
                    Unverified {
                        uncertainty: unverified.uncertainty,
                        message,
                    },
                )
            }
            other => other,
        }
    }

    /// [`Verdict::into_result`], for a literal in `caller`: in a dependency its users cannot
    /// edit, date-driven errors become warnings. Unknown, malformed and not-callable IDs stay
    /// errors everywhere: they do not change with the date.
    ///
    /// # Errors
    ///
    /// As [`Verdict::into_result`], less the date-driven ones in a dependency.
    pub fn into_result_for(
        self,
        caller: crate::caller::CallingCrate,
    ) -> Result<(Identified, Option<Warning>), Error> {
        let dated = match &self {
            Verdict::EndOfLife(eol) => Some(eol.identified()),
            Verdict::NotCallable(not_callable)
                if matches!(
                    not_callable.reason(),
                    Unreachable::NoLongerListedIn(..) | Unreachable::ProfileNoLongerListed(..)
                ) =>
            {
                Some(not_callable.identified())
            }
            _ => None,
        };
        match (caller, dated) {
            (crate::caller::CallingCrate::Dependency, Some(identified)) => {
                let error = self.into_result().err();
                Ok((
                    identified,
                    error.map(|e| Warning::InDependency(Box::new(e))),
                ))
            }
            _ => self.into_result(),
        }
    }
}

/// Why an accepted ID warns: a lifecycle phase, or something the sources cannot tell.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Warning {
    /// Legacy, public extended access, or end of life elsewhere.
    Lifecycle(Notice),
    /// What the sources cannot tell.
    Unverified(Unverified),
    /// A date-driven error (an end of life, a model no longer listed in the region) in a
    /// dependency its users cannot edit: reported, but not allowed to break their build.
    InDependency(Box<Error>),
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::Lifecycle(notice) => notice.fmt(f),
            Warning::Unverified(unverified) => unverified.fmt(f),
            Warning::InDependency(error) => write!(
                f,
                "{error}; a warning here, not an error, because this crate is a dependency \
                 from a registry or git that its users cannot edit (in your own crates it is an \
                 error)"
            ),
        }
    }
}

/// Judges `input` as of `date` in `region` (an ARN's own region takes precedence).
///
/// ```
/// use bedrock_model_id_core::{judge, Date, Verdict};
///
/// let day = Date::new(2024, 6, 1).unwrap();
/// assert!(matches!(judge("anthropic.claude-v2:1", day, None), Verdict::Active(_)));
/// assert!(matches!(judge("anthropic.claude-v1", day, None), Verdict::EndOfLife(_)));
/// assert!(matches!(judge("anthropic.claude-v9", day, None), Verdict::Unknown(_)));
/// ```
#[must_use]
pub fn judge(input: &str, date: Date, region: Option<Region>) -> Verdict {
    let parsed = match parse::parse(input) {
        Ok(parsed) => parsed,
        Err(problem) => return Verdict::Malformed(Malformed::new(input, problem)),
    };
    if let (Some(arn), Some(given)) = (parsed.region, region)
        && arn != given
    {
        let conflict = parse::Malformation::RegionConflict { arn, given };
        return Verdict::Malformed(Malformed::new(input, conflict));
    }
    let region = parsed.region.or(region);
    let Some(model_id) = parsed.model_id else {
        return Verdict::Active(Identified {
            form: parsed.form,
            entry: None,
            region,
            profile: None,
        });
    };
    let Some(entry) = catalog::entry(model_id) else {
        if let Some(mantle) = mantle::mantle_model(model_id) {
            return Verdict::MantleOnly(MantleOnly::new(input, mantle, date));
        }
        return Verdict::Unknown(Unknown::new(input, model_id, parsed.form, date));
    };
    let form = match (parsed.form, entry) {
        (Form::OnDemand, Entry::Provisioned(..)) => Form::Provisioned,
        (form, _) => form,
    };
    let identified = Identified {
        form,
        entry: Some(entry),
        region,
        profile: parsed.profile,
    };
    // Profiles route on-demand requests; Provisioned Throughput is bought for a bare model.
    if identified.profile.is_some() && identified.provisioned().is_some() {
        return Verdict::NotCallable(NotCallable::new(
            input,
            identified,
            Unreachable::ProvisionedProfile,
            date,
        ));
    }
    let status: Status = entry.model().lifecycle().status_on(date, region);
    let notice = Notice::new(identified, status, date);
    if status.phase() == Phase::EndOfLife && (!status.is_regional() || !notice.served_elsewhere()) {
        let absent = status.rule().is_some_and(|r| r.basis().is_absence());
        let provisioned = identified.provisioned().is_some() || form == Form::CustomModelArn;
        if absent && provisioned {
            // The listings omit models sold only as Provisioned Throughput.
            return Verdict::Unverified(identified, provisioned_not_listed(identified, status));
        }
        return Verdict::EndOfLife(EndOfLife {
            input: input.to_owned(),
            identified,
            notice,
        });
    }
    match reach(identified, date) {
        Reach::Callable => {}
        Reach::Not(reason) => {
            return Verdict::NotCallable(NotCallable::new(input, identified, reason, date));
        }
        Reach::Unknown(unverified) if status.phase() == Phase::Active => {
            return Verdict::Unverified(identified, unverified);
        }
        // A lifecycle warning says more than an availability caveat; both go in one message.
        Reach::Unknown(unverified) => {
            return Verdict::Unverified(
                identified,
                Unverified {
                    uncertainty: unverified.uncertainty,
                    message: format!("{notice}; and {unverified}"),
                },
            );
        }
    }
    match status.phase() {
        Phase::Active => Verdict::Active(identified),
        _ => Verdict::Deprecated(identified, notice),
    }
}

/// The warning for a Provisioned Throughput ID (or custom model) whose model the listings do
/// not show: they omit models sold only as Provisioned Throughput, so they cannot tell.
fn provisioned_not_listed(identified: Identified, status: Status) -> Unverified {
    let model = identified.model().map_or_else(String::new, Model::describe);
    let subject = match (identified.provisioned(), identified.model()) {
        (Some(variant), _) => format!("`{}` (Provisioned Throughput for {model})", variant.id()),
        (None, Some(base)) => format!("the custom model's base model `{}` ({model})", base.id()),
        (None, None) => "the model".to_owned(),
    };
    let when = match status.rule().map(crate::lifecycle::LifecycleRule::basis) {
        Some(crate::lifecycle::Basis::NoLongerListed { last_listed }) => {
            format!(
                "is no longer listed by bedrock-runtime since {}",
                last_listed.next_day()
            )
        }
        _ => format!(
            "is not listed by bedrock-runtime in any listing from {} to {}",
            generated::FIRST_DATE,
            generated::DATA_DATE
        ),
    };
    Unverified {
        uncertainty: Uncertainty::ProvisionedNotListed,
        message: format!(
            "{subject}: its model {when}, so it cannot be called on demand; the listings omit \
             models sold only as Provisioned Throughput, so whether this still works is \
             unknown: check your account's provisioned models"
        ),
    }
}

/// What an unknown ID is, if `allow_unknown` may accept it: well-formed, and not a catalog ID
/// behind a wrong or repeated profile prefix.
fn unknown_accepted(unknown: &Unknown, region: Option<Region>) -> Option<Identified> {
    use crate::error::Hint;
    let misspelt = matches!(
        unknown.hint(),
        Some(Hint::ProfilePrefix { .. } | Hint::RepeatedPrefix { .. })
    );
    if misspelt || !crate::error::well_formed(unknown.model_id()) {
        return None;
    }
    let parsed = parse::parse(unknown.input()).ok()?;
    Some(Identified {
        form: unknown.form(),
        entry: None,
        region: parsed.region.or(region),
        profile: parsed.profile,
    })
}

/// Whether `region` is one the listings cover (they scan the commercial regions only).
pub(crate) fn covered(region: Region) -> bool {
    generated::COVERED_REGIONS.contains(&region.name())
}

/// What the listings say about calling a live model as `identified` says.
enum Reach {
    Callable,
    Not(Unreachable),
    Unknown(Unverified),
}

fn region_not_covered(model: &Model, region: Region) -> Reach {
    Reach::Unknown(Unverified {
        uncertainty: Uncertainty::RegionNotCovered,
        message: format!(
            "no source covers {region}: whether it serves `{}` ({}) is unknown (the listings to {} \
             scan the commercial regions only, and no AWS model card in the catalog lists a region \
             of the {} partition for it)",
            model.id(),
            model.describe(),
            generated::DATA_DATE,
            region.partition()
        ),
    })
}

fn on_demand_unknown(model: &Model, region: Option<Region>) -> Reach {
    let availability = model.availability();
    let profiles: Vec<String> = match (availability, region) {
        (Some(a), Some(region)) => a.callable_from(region, model.id()),
        (Some(a), None) => a
            .profile_prefixes()
            .iter()
            .map(|p| format!("{p}.{}", model.id()))
            .collect(),
        (None, _) => Vec::new(),
    };
    let place = region.map_or_else(|| "in any region".to_owned(), |r| format!("in {r}"));
    let mut message = format!(
        "the listings cannot tell whether bedrock-runtime serves `{}` ({}) on demand by its \
         bare ID {place}: wherever they list it on demand, Bedrock Mantle serves it too, and \
         the dataset marks `ON_DEMAND` wherever Mantle does (listings as of {})",
        model.id(),
        model.describe(),
        generated::DATA_DATE
    );
    if !profiles.is_empty() {
        let profiles: Vec<String> = profiles.iter().map(|p| format!("`{p}`")).collect();
        let _ = write!(
            message,
            "; the inference profiles {} are known to route it",
            profiles.join(", ")
        );
    }
    Reach::Unknown(Unverified {
        uncertainty: Uncertainty::OnDemandUnknown,
        message,
    })
}

/// Whether a live model can be called as `identified` says, by the listings' facts.
///
/// The facts describe the model from its first listing on: before that date, and for models
/// no listing shows, only the lifecycle decides. The reason given is the first true one of:
/// not in this region (or a region no source covers), needs an inference profile, profile
/// prefix not offered (or no longer listed).
fn reach(identified: Identified, date: Date) -> Reach {
    let Some(model) = identified.model() else {
        return Reach::Callable;
    };
    // A foundation-model ARN of a Provisioned Throughput ID names the PT resource, not a call.
    let called_on_demand = matches!(identified.form, Form::OnDemand | Form::FoundationModelArn)
        && identified.provisioned().is_none();
    if called_on_demand && !model.supports_on_demand() {
        return Reach::Not(Unreachable::CustomizationOnly);
    }
    let Some(availability) = model.availability() else {
        return Reach::Callable;
    };
    if date < availability.first_listed() {
        return Reach::Callable;
    }
    let region = identified.region;
    if let Some(region) = region {
        if !covered(region) && !availability.covers(region.partition()) {
            return region_not_covered(model, region);
        }
        // The listings omit models sold only as Provisioned Throughput: a PT ID says nothing here.
        if identified.provisioned().is_none() {
            match availability.offer(region) {
                Some(offer)
                    if offer.stated_by().is_none()
                        && offer.last_listed() < availability.last_listed()
                        && date > offer.last_listed() =>
                {
                    return Reach::Not(Unreachable::NoLongerListedIn(region, offer.last_listed()));
                }
                None if matches!(
                    identified.form,
                    Form::OnDemand
                        | Form::FoundationModelArn
                        | Form::InferenceProfile
                        | Form::InferenceProfileArn
                ) =>
                {
                    return Reach::Not(Unreachable::NotServedIn(region));
                }
                _ => {}
            }
        }
    }
    match identified.form {
        Form::OnDemand | Form::FoundationModelArn if called_on_demand => match region {
            Some(region) => match availability
                .offer(region)
                .map(super::availability::RegionOffer::on_demand)
            {
                Some(OnDemand::Yes) => Reach::Callable,
                Some(OnDemand::Unknown) => on_demand_unknown(model, Some(region)),
                Some(OnDemand::No) => Reach::Not(Unreachable::NotOnDemandIn(region)),
                None => Reach::Not(Unreachable::NotServedIn(region)),
            },
            None => match availability.on_demand_anywhere() {
                OnDemand::Yes => Reach::Callable,
                OnDemand::Unknown => on_demand_unknown(model, None),
                OnDemand::No => Reach::Not(Unreachable::ProfileOnly),
            },
        },
        Form::InferenceProfile | Form::InferenceProfileArn => {
            let Some(prefix) = identified.profile else {
                return Reach::Not(Unreachable::NoProfilePrefix);
            };
            if !availability.profile_prefixes().contains(&prefix) {
                if !partition_covered(prefix.partition())
                    && !availability.covers(prefix.partition())
                {
                    return partition_not_covered(model, prefix);
                }
                if let Some((_, last)) = availability
                    .past_profile_prefixes()
                    .iter()
                    .find(|(past, _)| *past == prefix)
                {
                    return if date > *last {
                        Reach::Not(Unreachable::ProfileNoLongerListed(prefix, *last))
                    } else {
                        Reach::Callable
                    };
                }
                return Reach::Not(Unreachable::PrefixNotOffered(prefix));
            }
            match region {
                Some(region)
                    if !availability
                        .offer(region)
                        .is_some_and(|offer| offer.profiles().contains(&prefix)) =>
                {
                    Reach::Not(Unreachable::PrefixNotFrom(prefix, region))
                }
                _ => Reach::Callable,
            }
        }
        _ => Reach::Callable,
    }
}

/// Whether some source covers `partition` (the listings scan the commercial one only).
fn partition_covered(partition: crate::region::Partition) -> bool {
    Region::ALL
        .iter()
        .any(|region| region.partition() == partition && covered(*region))
}

fn partition_not_covered(model: &Model, prefix: crate::region::ProfilePrefix) -> Reach {
    Reach::Unknown(Unverified {
        uncertainty: Uncertainty::PartitionNotCovered,
        message: format!(
            "whether `{}` ({}) has a `{prefix}.` inference profile is unknown: no source covers \
             the {} partition, whose regions `{prefix}.` profiles route between (listings to {} \
             scan the commercial regions only)",
            model.id(),
            model.describe(),
            prefix.partition(),
            generated::DATA_DATE
        ),
    })
}
