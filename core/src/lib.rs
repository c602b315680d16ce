//! The logic behind [`bedrock-model-id`](https://docs.rs/bedrock-model-id): the catalog of
//! Amazon Bedrock model IDs, the parser for every form of ID, lifecycle rules and every
//! diagnostic message. The `model_id!` macro and the run-time API both call into this crate,
//! so a literal and a string from a config file are judged by the same code.
//!
//! Depend on `bedrock-model-id`, which re-exports what is public here.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[cfg(feature = "aws-json")]
mod account_catalog;
mod as_of;
mod availability;
mod caller;
pub mod catalog;
mod date;
mod error;
mod identified;
mod lifecycle;
pub mod mantle;
mod mantle_judge;
mod model_id;
#[rustfmt::skip]
pub mod models;
mod notice;
pub mod operation;
mod parse;
#[doc(hidden)]
pub mod plan;
mod region;
mod source;
mod successor;
mod suggest;
mod text;
mod unverified;
mod verdict;

#[cfg(all(feature = "aws-json", feature = "serde"))]
pub use account_catalog::AccountModelIdSeed;
#[cfg(feature = "aws-json")]
pub use account_catalog::{AccountCatalog, AccountCatalogError, CATALOG_VAR};
pub use as_of::{AS_OF_VAR, AsOfError, SOURCE_DATE_EPOCH_VAR, as_of};
pub use availability::{Availability, OnDemand, RegionOffer};
pub use caller::CallingCrate;
pub use catalog::{Model, ProvisionedVariant};
pub use date::{Date, DateError};
pub use error::{EndOfLife, Error, Hint, Malformed, MantleOnly, NotCallable, Unknown, Unreachable};
pub use identified::Identified;
pub use lifecycle::{Basis, Lifecycle, LifecycleRule, ListedAfter, Phase, RegionScope, Status};
pub use mantle::{MantleApi, MantleError, MantleModel, MantleModelId, MantleProblem, judge_mantle};
pub use model_id::{ModelId, ModelIdBuf};
pub use notice::Notice;
pub use operation::{Operation, OperationError, Reason, Support, Unfit};
pub use parse::{Form, MAX_LEN, Malformation};
pub use region::{Partition, ProfilePrefix, Region, RegionError};
pub use source::{Dated, Source};
pub use successor::{Replacement, ReplacementBasis};
pub use suggest::LookAlike;
pub use unverified::{Uncertainty, Unverified};
pub use verdict::{Verdict, Warning, judge};

/// What the macros' expansions name. Not public API: nothing here is covered by semver.
#[doc(hidden)]
pub mod __private {
    pub use crate::parse::Form;
    use crate::{MantleModelId, ModelId};

    /// `mantle_model_id!`'s expansion of each Mantle ID.
    pub use crate::mantle::ids as mantle_ids;
    /// `model_id!`'s expansion of each ID the catalog lists as written.
    pub use crate::model_id::ids;

    /// An ID with no catalog model (an account-specific ARN, an account-catalog or allowed
    /// unknown ID) whose syntax the macro checked; `region` indexes `Region::ALL`, or is
    /// `u8::MAX` for none.
    #[must_use]
    pub const fn unlisted(text: &'static str, form: Form, region: u8) -> ModelId {
        ModelId::unlisted(text, form, region)
    }

    /// Another spelling (an ARN, say) of the listed ID `of`, whose text stands at byte `at`:
    /// fails to compile unless it does, and the ARN's region field names the region.
    #[must_use]
    pub const fn spelling_of(
        text: &'static str,
        form: Form,
        of: ModelId,
        at: usize,
        region: u8,
    ) -> ModelId {
        ModelId::spelling_of(text, form, of, at, region)
    }

    /// What `model_id!` expands to after its error, so that the error comes alone.
    pub const AFTER_ERROR: ModelId = ModelId::AFTER_ERROR;

    /// What `mantle_model_id!` expands to after its error.
    pub const MANTLE_AFTER_ERROR: MantleModelId = crate::mantle::ids::AFTER_ERROR;
}
