//! Judging an input: syntax, catalog membership and lifecycle, as of a date and region.

use crate::availability::ProfilePrefix;
use crate::catalog::{self, Entry, Model, ProvisionedVariant};
use crate::date::Date;
use crate::error::{EndOfLife, Error, Malformed, NotCallable, Unknown, Unreachable};
use crate::lifecycle::{Phase, Status};
use crate::notice::Notice;
use crate::parse::{self, Form};
use crate::region::Region;

/// What an input was recognized as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Identified {
    pub(crate) form: Form,
    pub(crate) entry: Option<Entry>,
    pub(crate) region: Option<Region>,
    pub(crate) profile: Option<ProfilePrefix>,
}

impl Identified {
    /// The form of the input.
    pub const fn form(&self) -> Form {
        self.form
    }

    /// The catalog model the input names or is based on; `None` for account-specific ARNs.
    pub fn model(&self) -> Option<&'static Model> {
        self.entry.map(Entry::model)
    }

    /// The Provisioned Throughput variant, for a PT ID (bare or inside an ARN).
    pub fn provisioned(&self) -> Option<&'static ProvisionedVariant> {
        self.entry.and_then(Entry::variant)
    }

    /// For `model_id!`'s expansion: the index of the Provisioned Throughput variant.
    #[doc(hidden)]
    pub fn __provisioned_index(&self) -> Option<u8> {
        match self.entry {
            Some(Entry::Provisioned(_, index)) => Some(index),
            _ => None,
        }
    }

    /// The inference-profile prefix, for a profile ID or inference-profile ARN.
    pub const fn profile(&self) -> Option<ProfilePrefix> {
        self.profile
    }

    /// The region the input was judged for: an ARN's own, else the one given.
    pub const fn region(&self) -> Option<Region> {
        self.region
    }
}

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
    /// A live model that cannot be called in the form given (or from the region given).
    NotCallable(NotCallable),
    /// Not in the catalog.
    Unknown(Unknown),
    /// Not a well-formed model ID or ARN.
    Malformed(Malformed),
}

impl Verdict {
    /// `Ok` with the warning, if any, for inputs that work; `Err` for those that fail.
    pub fn into_result(self) -> Result<(Identified, Option<Notice>), Error> {
        match self {
            Verdict::Active(identified) => Ok((identified, None)),
            Verdict::Deprecated(identified, notice) => Ok((identified, Some(notice))),
            Verdict::EndOfLife(eol) => Err(Error::EndOfLife(Box::new(eol))),
            Verdict::NotCallable(not_callable) => Err(Error::NotCallable(Box::new(not_callable))),
            Verdict::Unknown(unknown) => Err(Error::Unknown(Box::new(unknown))),
            Verdict::Malformed(malformed) => Err(Error::Malformed(Box::new(malformed))),
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
pub fn judge(input: &str, date: Date, region: Option<Region>) -> Verdict {
    let parsed = match parse::parse(input) {
        Ok(parsed) => parsed,
        Err(problem) => return Verdict::Malformed(Malformed::new(input, problem)),
    };
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
    let status: Status = entry.model().lifecycle().status_on(date, region);
    let notice = Notice::new(identified, status, date);
    if status.phase() == Phase::EndOfLife && (!status.is_regional() || !notice.served_elsewhere()) {
        return Verdict::EndOfLife(EndOfLife {
            input: input.to_owned(),
            identified,
            notice,
        });
    }
    if let Some(reason) = unreachable(identified, date) {
        return Verdict::NotCallable(NotCallable::new(input, identified, reason, date));
    }
    match status.phase() {
        Phase::Active => Verdict::Active(identified),
        _ => Verdict::Deprecated(identified, notice),
    }
}

/// Why a live model cannot be called as `identified` says, by the snapshot's facts.
///
/// The snapshot describes Bedrock on its date: before that date, and for models it does not
/// list, only the lifecycle decides.
fn unreachable(identified: Identified, date: Date) -> Option<Unreachable> {
    let model = identified.model()?;
    // A foundation-model ARN of a Provisioned Throughput ID names the PT resource, not a call.
    let called_on_demand = matches!(identified.form, Form::OnDemand | Form::FoundationModelArn)
        && identified.provisioned().is_none();
    if called_on_demand && !model.supports_on_demand() {
        return Some(Unreachable::CustomizationOnly);
    }
    let availability = model.availability()?;
    if date < availability.snapshot() {
        return None;
    }
    let region = identified.region;
    match identified.form {
        Form::OnDemand | Form::FoundationModelArn if called_on_demand => match region {
            Some(region) => match availability.offer(region) {
                Some(offer) if offer.on_demand() => None,
                _ => Some(Unreachable::NotOnDemandIn(region)),
            },
            None if availability.on_demand_anywhere() => None,
            None => Some(Unreachable::ProfileOnly),
        },
        Form::InferenceProfile | Form::InferenceProfileArn => {
            let Some(prefix) = identified.profile else {
                return Some(Unreachable::NoProfilePrefix);
            };
            if !availability.profile_prefixes().contains(&prefix) {
                return Some(Unreachable::PrefixNotOffered(prefix));
            }
            match region {
                Some(region)
                    if !availability
                        .offer(region)
                        .is_some_and(|offer| offer.profiles().contains(&prefix)) =>
                {
                    Some(Unreachable::PrefixNotFrom(prefix, region))
                }
                _ => None,
            }
        }
        _ => None,
    }
}
