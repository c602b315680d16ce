//! Why an input is rejected, and the message that says so: one module per kind of error.

use std::fmt;

use crate::mantle::MantleError;

mod end_of_life;
mod malformed;
mod mantle_only;
mod not_callable;
mod unknown;

pub use end_of_life::EndOfLife;
pub use malformed::Malformed;
pub use mantle_only::MantleOnly;
pub use not_callable::{NotCallable, Unreachable};
pub(crate) use unknown::well_formed;
pub use unknown::{Hint, Unknown};

/// Why an ID cannot be used: unknown, malformed, past its end of life, or not callable as
/// written. The details are boxed, so a `Result<ModelId, Error>` stays small.
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
    Unfit(Box<crate::operation::Unfit>),
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

/// How long an echoed input may be before it is shortened in messages.
const ECHO_LIMIT: usize = 120;

pub(crate) fn echo(input: &str) -> String {
    let escaped = input.escape_debug().to_string();
    match escaped.char_indices().nth(ECHO_LIMIT) {
        Some((cut, _)) => format!("{}…", &escaped[..cut]),
        None => escaped,
    }
}

/// `a`, `b` or `c`, from items already formatted.
pub(crate) fn plain_list(items: &[&str], conjunction: &str) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} {conjunction} {last}", rest.join(", ")),
    }
}

/// `` `a`, `b` or `c` ``: each item in backticks.
pub(crate) fn code_list(items: &[&str], conjunction: &str) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("`{s}`")).collect();
    let quoted: Vec<&str> = quoted.iter().map(String::as_str).collect();
    plain_list(&quoted, conjunction)
}
