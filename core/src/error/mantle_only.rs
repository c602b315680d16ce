//! A Bedrock Mantle model ID where a bedrock-runtime one belongs.

use std::fmt;

use super::echo;
use crate::catalog::generated;
use crate::catalog::mantle::MantleModel;
use crate::date::Date;

/// A Bedrock Mantle model ID given where a bedrock-runtime model ID belongs, with the
/// runtime ID of the same model where a source names one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MantleOnly {
    input: String,
    model: &'static MantleModel,
    as_of: Date,
}

impl MantleOnly {
    pub(crate) fn new(input: &str, model: &'static MantleModel, as_of: Date) -> MantleOnly {
        MantleOnly {
            input: input.to_owned(),
            model,
            as_of,
        }
    }

    /// The input as given.
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }

    /// The Mantle model it names.
    #[must_use]
    pub const fn model(&self) -> &'static MantleModel {
        self.model
    }

    /// The runtime ID of the same model, where a source names one.
    #[must_use]
    pub const fn runtime_twin(&self) -> Option<&'static str> {
        self.model.runtime_twin()
    }
}

impl fmt::Display for MantleOnly {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let model = self.model;
        let apis: Vec<&str> = model.apis().iter().map(|api| api.describe()).collect();
        let apis = match apis.len() {
            1 => format!("{} API", apis.join("")),
            _ => format!("{} APIs", apis.join(" and ")),
        };
        write!(
            f,
            "`{}` is a Bedrock Mantle model ID ({}; Mantle's {apis} at \
             bedrock-mantle.<region>.api.aws), not a bedrock-runtime model ID: InvokeModel and \
             Converse answer \"The provided model identifier is invalid\"",
            echo(&self.input),
            model.describe(),
        )?;
        if let Some(twin) = model.runtime_twin() {
            write!(f, "; the bedrock-runtime ID of the same model is `{twin}`")?;
            if let Some(source) = model.runtime_twin_source() {
                write!(f, " ({})", source.label())?;
            }
        } else {
            f.write_str("; no source names a bedrock-runtime ID for the same model")?;
            if let Some(look_alike) = model.runtime_look_alike() {
                write!(
                    f,
                    " (the runtime lists `{look_alike}`, whose ID looks alike, but no source \
                     says it is the same model)"
                )?;
            }
        }
        write!(
            f,
            "; for Mantle, use `mantle_model_id!` or `MantleModelId` (listings as of {}, judged \
             on {})",
            generated::DATA_DATE,
            self.as_of
        )
    }
}
