//! Why an input is not a usable Bedrock Mantle model ID, and what to use instead.

use std::fmt;

use super::Error;
use crate::catalog::generated;
use crate::catalog::mantle::MantleModel;
use crate::date::Date;
use crate::region::Region;

/// Why an input is not a usable Bedrock Mantle model ID.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum MantleProblem {
    /// A bedrock-runtime model ID (or profile ID or ARN) that Mantle does not serve under that
    /// ID; `mantle_ids` are Mantle's IDs for the same model, where a source names them.
    RuntimeId {
        /// Mantle's IDs for the same model.
        mantle_ids: Vec<&'static str>,
    },
    /// Not an ID Mantle lists; `suggestions` are the closest Mantle IDs.
    Unknown {
        /// The closest Mantle IDs, closest first.
        suggestions: Vec<&'static str>,
    },
    /// Mantle last listed it on `last_listed`.
    NoLongerListed {
        /// The last snapshot that listed it.
        last_listed: Date,
    },
    /// Mantle does not serve it in `region`.
    NotServedIn {
        /// The region given.
        region: Region,
    },
}

/// An input that is not a usable Bedrock Mantle model ID, with what to use instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MantleError {
    input: String,
    model: Option<&'static MantleModel>,
    problem: MantleProblem,
    as_of: Date,
}

impl MantleError {
    /// The input as given.
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }

    /// Why it cannot be used.
    #[must_use]
    pub const fn problem(&self) -> &MantleProblem {
        &self.problem
    }

    /// The Mantle model the input names, where it names one.
    #[must_use]
    pub const fn model(&self) -> Option<&'static MantleModel> {
        self.model
    }
}

fn ticked(ids: &[&str]) -> String {
    let ticked: Vec<String> = ids.iter().map(|id| format!("`{id}`")).collect();
    match ticked.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

impl fmt::Display for MantleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let input = self.input.escape_debug().to_string();
        match (&self.problem, self.model) {
            (MantleProblem::RuntimeId { mantle_ids }, _) if mantle_ids.is_empty() => write!(
                f,
                "`{input}` is a bedrock-runtime model ID (InvokeModel, Converse), not a Bedrock \
                 Mantle model ID, and no source names a Mantle ID for the same model: call it \
                 through bedrock-runtime with `model_id!`"
            )?,
            (MantleProblem::RuntimeId { mantle_ids }, _) => write!(
                f,
                "`{input}` is a bedrock-runtime model ID (InvokeModel, Converse), not a Bedrock \
                 Mantle model ID; Mantle serves the same model as {}",
                ticked(mantle_ids)
            )?,
            (MantleProblem::Unknown { suggestions }, _) => {
                write!(f, "unknown Bedrock Mantle model ID `{input}`")?;
                if !suggestions.is_empty() {
                    write!(f, ": did you mean {}?", ticked(suggestions))?;
                }
                write!(
                    f,
                    " (Mantle models as listed to {}; a model launched since needs a newer \
                     release of bedrock-model-id)",
                    generated::DATA_DATE
                )?;
                return Ok(());
            }
            (MantleProblem::NoLongerListed { last_listed }, Some(model)) => write!(
                f,
                "`{}` ({}) is no longer listed by Bedrock Mantle since {} (last listed \
                 {last_listed}): requests to it most likely fail",
                model.id,
                model.describe(),
                last_listed.next_day()
            )?,
            (MantleProblem::NotServedIn { region }, Some(model)) => write!(
                f,
                "`{}` ({}) is not served by Bedrock Mantle in {region}; regions that serve it: {}",
                model.id,
                model.describe(),
                model.regions.join(", ")
            )?,
            (_, None) => write!(f, "`{input}` is not a usable Bedrock Mantle model ID")?,
        }
        write!(
            f,
            " (Mantle listings as of {}, judged on {})",
            generated::DATA_DATE,
            self.as_of
        )
    }
}

pub(crate) fn error(
    input: &str,
    model: Option<&'static MantleModel>,
    problem: MantleProblem,
    as_of: Date,
) -> Error {
    Error::Mantle(Box::new(MantleError {
        input: input.to_owned(),
        model,
        problem,
        as_of,
    }))
}
