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
mod lifecycle;
pub mod mantle;
mod model_id;
#[rustfmt::skip]
pub mod models;
mod notice;
pub mod operation;
mod parse;
#[doc(hidden)]
pub mod plan;
mod region;
mod suggest;
mod unverified;
mod verdict;

#[cfg(all(feature = "aws-json", feature = "serde"))]
pub use account_catalog::AccountModelIdSeed;
#[cfg(feature = "aws-json")]
pub use account_catalog::{AccountCatalog, AccountCatalogError, CATALOG_VAR};
pub use as_of::{AS_OF_VAR, AsOfError, SOURCE_DATE_EPOCH_VAR, as_of};
pub use availability::{Availability, OnDemand, ProfilePrefix, RegionOffer};
pub use caller::CallingCrate;
pub use catalog::{Model, ProvisionedVariant};
pub use date::{Date, DateError};
pub use error::{EndOfLife, Error, Hint, Malformed, MantleOnly, NotCallable, Unknown, Unreachable};
pub use lifecycle::{Basis, Lifecycle, LifecycleRule, Phase, RegionScope, Status};
pub use mantle::{MantleApi, MantleError, MantleModel, MantleModelId, MantleProblem, judge_mantle};
pub use model_id::ModelId;
pub use notice::Notice;
pub use operation::{Operation, OperationError, Reason, Support, Unfit};
pub use parse::{Form, MAX_LEN, Malformation};
pub use region::{Partition, Region, RegionError};
pub use suggest::LookAlike;
pub use unverified::{Uncertainty, Unverified};
pub use verdict::{Identified, Verdict, Warning, judge};

/// For `model_id!`'s expansion: one `ModelId` constant per ID the catalog lists as written.
#[doc(hidden)]
pub use catalog::generated::expansions as __expansions;

/// For `mantle_model_id!`'s expansion: one `MantleModelId` constant per Mantle ID.
#[doc(hidden)]
pub use catalog::generated::mantle_ids as __mantle_ids;
