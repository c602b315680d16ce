//! What judging recognized an input as: its form, catalog entry, region and profile prefix.

use crate::catalog::{Entry, Model, ProvisionedVariant};
use crate::parse::Form;
use crate::region::{ProfilePrefix, Region};

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
    #[must_use]
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

    /// The inference-profile prefix, for a profile ID or inference-profile ARN.
    #[must_use]
    pub const fn profile(&self) -> Option<ProfilePrefix> {
        self.profile
    }

    /// The region the input was judged for: an ARN's own, else the one given.
    #[must_use]
    pub const fn region(&self) -> Option<Region> {
        self.region
    }
}
