//! `ModelIdBuf`: a checked model ID that may own its text, what run-time parsing produces.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use super::fast;
use super::{ModelId, Names};
use crate::catalog::{Model, ProvisionedVariant};
use crate::date::Date;
use crate::error::Error;
use crate::identified::Identified;
use crate::lifecycle::Status;
use crate::operation::{Operation, Support};
use crate::parse::{self, Form};
use crate::region::Region;
use crate::verdict::{Verdict, Warning, judge};

/// A checked Bedrock model ID or model ARN read at run time: the owned counterpart of
/// [`ModelId`], as `String` is of `&str`.
///
/// Made by [`str::parse`], [`ModelIdBuf::parse_as_of`], [`ModelIdBuf::parse_allowing_unknown`]
/// and serde, with the rules of `model_id!`. An ID the catalog lists as written borrows the
/// catalog's text (no allocation, and [`ModelIdBuf::as_model_id`] gives the `Copy` value);
/// ARNs and account-specific IDs own theirs. Compares, hashes and orders as its text, with
/// `ModelId` too.
///
/// ```
/// use bedrock_model_id_core::{ModelId, ModelIdBuf};
///
/// let id: ModelIdBuf = "amazon.nova-pro-v1:0".parse()?;
/// let copy: ModelId = id.as_model_id().expect("a catalog ID borrows the catalog's text");
/// assert_eq!(copy, id);
/// let arn: ModelIdBuf = "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0".parse()?;
/// assert!(arn.as_model_id().is_none());
/// assert_eq!(arn.model(), copy.model());
/// # Ok::<(), bedrock_model_id_core::Error>(())
/// ```
#[derive(Clone)]
pub struct ModelIdBuf {
    text: Cow<'static, str>,
    names: Names,
}

impl ModelIdBuf {
    /// Checks `input` as of `date` in `region`, with the rules of `model_id!`: unknown,
    /// malformed and end-of-life IDs are errors; Legacy ones are accepted.
    ///
    /// # Errors
    ///
    /// The verdict's error: unknown, malformed, end-of-life and not-callable IDs, and Mantle IDs.
    pub fn parse_as_of(
        input: &str,
        date: Date,
        region: Option<Region>,
    ) -> Result<ModelIdBuf, Error> {
        match fast::accepted(input, date, region) {
            Some(id) => Ok(ModelIdBuf::from(id)),
            None => ModelIdBuf::judged(input, date, region),
        }
    }

    /// The full check, out of line to keep the fast path short.
    #[cold]
    #[inline(never)]
    fn judged(input: &str, date: Date, region: Option<Region>) -> Result<ModelIdBuf, Error> {
        let (identified, _notice) = judge(input, date, region).into_result()?;
        Ok(ModelIdBuf::from_identified(input, &identified))
    }

    /// An ID judging accepted: the catalog's text where it lists the input letter for letter.
    pub(crate) fn from_identified(input: &str, identified: &Identified) -> ModelIdBuf {
        let text = match crate::catalog::listed(input) {
            Some((listed, _)) => Cow::Borrowed(listed),
            None => Cow::Owned(input.to_owned()),
        };
        let own_region = parse::parse(input).ok().and_then(|parsed| parsed.region);
        ModelIdBuf {
            text,
            names: Names::of(identified, own_region),
        }
    }

    /// Checks `input` like [`ModelIdBuf::parse_as_of`], but accepts a well-formed ID the
    /// catalog does not know yet (a model launched after its data date), returning the warning
    /// to log. The default [`FromStr`] stays strict; this is the explicit way for config files.
    ///
    /// ```
    /// use bedrock_model_id_core::{Date, ModelIdBuf};
    ///
    /// let day = Date::new(2026, 12, 1).unwrap();
    /// let (id, warning) = ModelIdBuf::parse_allowing_unknown("acme.launched-today-v1:0", day, None)?;
    /// assert_eq!(id, "acme.launched-today-v1:0");
    /// assert!(id.model().is_none());
    /// assert!(warning.unwrap().to_string().contains("is not in the catalog"));
    /// // Retired and malformed IDs are refused all the same.
    /// assert!(ModelIdBuf::parse_allowing_unknown("anthropic.claude-v1", day, None).is_err());
    /// # Ok::<(), bedrock_model_id_core::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// Malformed, retired and not-callable IDs, Mantle IDs, and unknown IDs that only misspell a
    /// catalog ID's profile prefix.
    pub fn parse_allowing_unknown(
        input: &str,
        date: Date,
        region: Option<Region>,
    ) -> Result<(ModelIdBuf, Option<Warning>), Error> {
        let verdict = match judge(input, date, region) {
            unknown @ Verdict::Unknown(_) => unknown.allowing_unknown(region),
            known => known,
        };
        let (identified, warning) = verdict.into_result()?;
        Ok((ModelIdBuf::from_identified(input, &identified), warning))
    }

    /// The `Copy` [`ModelId`] of this ID, when its text is `'static`: for every ID the catalog
    /// lists as written (base, Provisioned Throughput and inference-profile IDs); `None` for
    /// ARNs and account-specific IDs, which own their text.
    #[must_use]
    pub fn as_model_id(&self) -> Option<ModelId> {
        match self.text {
            Cow::Borrowed(text) => Some(ModelId {
                text,
                names: self.names,
            }),
            Cow::Owned(_) => None,
        }
    }

    /// The ID as written.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Its form: base ID, Provisioned Throughput ID, or one of the ARNs.
    #[must_use]
    pub const fn form(&self) -> Form {
        self.names.form
    }

    /// The catalog model it names or is based on; `None` for account-specific ARNs.
    #[must_use]
    pub const fn model(&self) -> Option<&'static Model> {
        self.names.model()
    }

    /// The Provisioned Throughput variant, for a PT ID (bare or inside an ARN).
    #[must_use]
    pub const fn provisioned(&self) -> Option<&'static ProvisionedVariant> {
        self.names.provisioned()
    }

    /// The region an ARN names.
    #[must_use]
    pub const fn region(&self) -> Option<Region> {
        self.names.region()
    }

    /// The lifecycle status on `date` in `region` (an ARN's own region takes precedence);
    /// `None` for account-specific ARNs.
    #[must_use]
    pub fn status_on(&self, date: Date, region: Option<Region>) -> Option<Status> {
        self.names.status_on(date, region)
    }

    /// The lifecycle status today (UTC) in the ARN's region, if any.
    #[must_use]
    pub fn status(&self) -> Option<Status> {
        self.status_on(Date::today_utc(), None)
    }

    /// Whether `operation` serves this ID's model, as the sources say; see
    /// [`ModelId::supports`].
    #[must_use]
    pub fn supports(&self, operation: Operation) -> Support {
        self.names.supports(operation)
    }

    /// The ID's text, owned.
    #[must_use]
    pub fn into_string(self) -> String {
        self.text.into_owned()
    }
}

/// Judges as of today's UTC date, whatever `BEDROCK_MODEL_ID_AS_OF` or `SOURCE_DATE_EPOCH`
/// say: those variables are the build's, and a running program reads the clock. To judge with
/// the date the build used, capture the variables at compile time and pass the date:
///
/// ```
/// use bedrock_model_id_core::{Date, ModelIdBuf, as_of};
///
/// let build_date = as_of(
///     option_env!("BEDROCK_MODEL_ID_AS_OF"),
///     option_env!("SOURCE_DATE_EPOCH"),
///     Date::today_utc,
/// )?;
/// let id = ModelIdBuf::parse_as_of("amazon.nova-pro-v1:0", build_date, None)?;
/// # let _ = id;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl FromStr for ModelIdBuf {
    type Err = Error;

    /// Applies `model_id!`'s rules as of today's UTC date: errors for unknown, malformed and
    /// end-of-life IDs; Legacy IDs are accepted, their lifecycle available through
    /// [`ModelIdBuf::status`].
    fn from_str(input: &str) -> Result<ModelIdBuf, Error> {
        // Today's date only when the verdict depends on it: reading the clock costs about as
        // much as the rest of the fast path.
        match fast::accepted_on_every_date(input) {
            Some(id) => Ok(ModelIdBuf::from(id)),
            None => ModelIdBuf::parse_as_of(input, Date::today_utc(), None),
        }
    }
}

impl From<ModelId> for ModelIdBuf {
    fn from(id: ModelId) -> ModelIdBuf {
        ModelIdBuf {
            text: Cow::Borrowed(id.text),
            names: id.names,
        }
    }
}

impl fmt::Debug for ModelIdBuf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ModelIdBuf").field(&self.as_str()).finish()
    }
}

impl From<ModelIdBuf> for String {
    fn from(id: ModelIdBuf) -> String {
        id.into_string()
    }
}

impl From<&ModelIdBuf> for String {
    fn from(id: &ModelIdBuf) -> String {
        id.as_str().to_owned()
    }
}

super::behaves_as_text!(ModelIdBuf; str, &str, String);

#[cfg(feature = "serde")]
impl serde::Serialize for ModelIdBuf {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for ModelIdBuf {
    /// Deserializes from a string with [`FromStr`]'s validation.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<ModelIdBuf, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = ModelIdBuf;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a Bedrock model ID string such as `amazon.nova-pro-v1:0`")
            }
            fn visit_str<E: serde::de::Error>(self, input: &str) -> Result<ModelIdBuf, E> {
                input.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}
