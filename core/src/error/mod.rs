//! Why an input is rejected, and the message that says so: one module per kind of error.

use std::fmt;

mod end_of_life;
mod malformed;
pub(crate) mod mantle;
mod mantle_only;
mod not_callable;
mod unknown;

pub use end_of_life::EndOfLife;
pub use malformed::Malformed;
pub use mantle::{MantleError, MantleProblem};
pub use mantle_only::MantleOnly;
pub use not_callable::{NotCallable, Unreachable};
pub(crate) use unknown::well_formed;
pub use unknown::{Hint, Unknown};

use crate::operation::Unfit;

/// Why an ID cannot be used: unknown, malformed, past its end of life, or not callable as
/// written. The details are boxed, so a `Result<ModelIdBuf, Error>` stays small.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The ID is not in the catalog.
    Unknown(Box<Unknown>),
    /// The input is not a well-formed model ID or ARN.
    Malformed(Box<Malformed>),
    /// The model has reached its end of life.
    EndOfLife(Box<EndOfLife>),
    /// The model cannot be called in the form given, or from the region given.
    NotCallable(Box<NotCallable>),
    /// A Bedrock Mantle model ID given where a bedrock-runtime model ID belongs.
    MantleOnly(Box<MantleOnly>),
    /// Not a usable Bedrock Mantle model ID (from `MantleModelId` and `mantle_model_id!`).
    Mantle(Box<MantleError>),
    /// A model the operation it is meant for refuses (`model_id!(..., api = "...")`).
    Unfit(Box<Unfit>),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Unknown(e) => e.fmt(f),
            Error::Malformed(e) => e.fmt(f),
            Error::EndOfLife(e) => e.fmt(f),
            Error::NotCallable(e) => e.fmt(f),
            Error::MantleOnly(e) => e.fmt(f),
            Error::Mantle(e) => e.fmt(f),
            Error::Unfit(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for Error {}

pub(crate) use crate::text::{code_list, echo, plain_list};
