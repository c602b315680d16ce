//! A warning where the sources cannot tell: the crate says it does not know rather than guess.

use std::fmt;

/// What the sources cannot tell about an ID that is otherwise accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Uncertainty {
    /// No source covers the region (`GovCloud`, China, the ISO regions, ...): whether it serves
    /// the model is unknown.
    RegionNotCovered,
    /// An inference-profile prefix of a partition no source covers for the model (`us-gov.`
    /// where no source speaks of `GovCloud`): whether the profile exists is unknown.
    PartitionNotCovered,
    /// The listings cannot tell whether bedrock-runtime serves the bare ID on demand (the
    /// dataset marks `ON_DEMAND` wherever Mantle serves the model).
    OnDemandUnknown,
    /// An ID the catalog does not list, accepted because the caller asked for it
    /// (`model_id!(.., allow_unknown)`, [`ModelIdBuf::parse_allowing_unknown`](crate::ModelIdBuf::parse_allowing_unknown)).
    NotInCatalog,
    /// `allow_unknown` was given for an ID the catalog knows: it is unnecessary.
    AllowUnknownUnnecessary,
    /// A Provisioned Throughput ID (or a custom model) of a model the listings no longer show:
    /// they omit models sold only as Provisioned Throughput, so it may still work.
    ProvisionedNotListed,
}

/// An ID accepted without a fact to back every part of it, and the message that says which.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unverified {
    pub(crate) uncertainty: Uncertainty,
    pub(crate) message: String,
}

impl Unverified {
    /// What is uncertain.
    #[must_use]
    pub const fn uncertainty(&self) -> Uncertainty {
        self.uncertainty
    }
}

impl fmt::Display for Unverified {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}
