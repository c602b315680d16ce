//! `MantleModelId`: a Bedrock Mantle model ID checked against the catalog.

use std::fmt;
use std::str::FromStr;

use crate::catalog::mantle::{MantleApi, MantleModel};
use crate::date::Date;
use crate::error::Error;
use crate::region::Region;

/// A Bedrock Mantle model ID (for the `OpenAI` Chat Completions and Responses APIs and the
/// Anthropic Messages API at `bedrock-mantle.<region>.api.aws`) that the catalog knows and
/// that was still listed when it was checked.
///
/// Made at compile time by `mantle_model_id!`, or at run time by [`str::parse`],
/// [`MantleModelId::parse_as_of`] or serde. It is `Copy`, and it is a different type from
/// `ModelId`: a Mantle ID is not a bedrock-runtime model ID.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MantleModelId {
    model: &'static MantleModel,
}

impl MantleModelId {
    /// Checks `input` as of `date`, and in `region` if given, with the rules of
    /// `mantle_model_id!`.
    ///
    /// # Errors
    ///
    /// An ID Mantle does not list (with the runtime-ID hint where the input is one), an ID no
    /// longer listed on `date`, or one not served in `region`.
    pub fn parse_as_of(
        input: &str,
        date: Date,
        region: Option<Region>,
    ) -> Result<MantleModelId, Error> {
        crate::mantle_judge::judge_mantle(input, date, region)
            .map(|(model, _caveat)| MantleModelId { model })
    }

    /// The ID of a catalog entry: for the generated constants and `judge_mantle`.
    pub(crate) const fn of(model: &'static MantleModel) -> MantleModelId {
        MantleModelId { model }
    }

    /// The ID as Mantle's APIs take it in their `model` field.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        self.model.id
    }

    /// The catalog's facts about the model.
    #[must_use]
    pub const fn model(self) -> &'static MantleModel {
        self.model
    }

    /// Whether Mantle offers the model through `api`.
    #[must_use]
    pub fn supports(self, api: MantleApi) -> bool {
        self.model.supports(api)
    }
}

/// Judges as of today's UTC date, with no region.
impl FromStr for MantleModelId {
    type Err = Error;

    fn from_str(input: &str) -> Result<MantleModelId, Error> {
        MantleModelId::parse_as_of(input, Date::today_utc(), None)
    }
}

impl fmt::Display for MantleModelId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl AsRef<str> for MantleModelId {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<MantleModelId> for String {
    fn from(id: MantleModelId) -> String {
        id.as_str().to_owned()
    }
}

impl PartialEq<str> for MantleModelId {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for MantleModelId {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for MantleModelId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for MantleModelId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = MantleModelId;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a Bedrock Mantle model ID such as \"openai.gpt-oss-120b\"")
            }
            fn visit_str<E: serde::de::Error>(self, input: &str) -> Result<MantleModelId, E> {
                input.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}
