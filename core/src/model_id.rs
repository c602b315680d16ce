//! `ModelId`: a Bedrock model ID that has been checked against the catalog.

use std::borrow::{Borrow, Cow};
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use crate::catalog::exact::{self, ExactId, Window};
use crate::catalog::{self, Entry, Model, ProvisionedVariant};
use crate::date::Date;
use crate::error::Error;
use crate::lifecycle::Status;
use crate::parse::{self, Form};
use crate::region::Region;
use crate::verdict::{Identified, judge};

/// A Bedrock model ID or model ARN that was known and not end-of-life when it was checked.
///
/// Made at compile time by `model_id!` (in `const` and `static` items too, at no run-time
/// cost), or at run time by [`str::parse`], [`ModelId::parse_as_of`] or serde. Compares,
/// hashes and orders as its text.
#[derive(Clone)]
pub struct ModelId {
    text: Cow<'static, str>,
    form: Form,
    /// Index into the catalog's models, or [`NO_MODEL`]. An index, not a reference, keeps the
    /// constants the macro expands to plain data: cheaper for rustc to evaluate, and nothing of
    /// the catalog is linked unless `model()` is called.
    model: u16,
    /// Index of the Provisioned Throughput variant, or [`NO_VARIANT`].
    variant: u8,
}

const NO_MODEL: u16 = u16::MAX;
pub(crate) const NO_VARIANT: u8 = u8::MAX;

impl ModelId {
    /// Checks `input` as of `date` in `region`, with the rules of `model_id!`: unknown,
    /// malformed and end-of-life IDs are errors; Legacy ones are accepted.
    pub fn parse_as_of(input: &str, date: Date, region: Option<Region>) -> Result<ModelId, Error> {
        ModelId::parse_with(input, exact::lookup(input), date, region)
    }

    /// The fast path for an ID the catalog lists as written and no region, then the full check.
    #[inline]
    fn parse_with(
        input: &str,
        exact: Option<&'static ExactId>,
        date: Date,
        region: Option<Region>,
    ) -> Result<ModelId, Error> {
        match exact {
            Some(exact) if region.is_none() && exact.window().accepts(date) == Some(true) => {
                Ok(ModelId::exact(exact))
            }
            _ => ModelId::judged(input, exact, date, region),
        }
    }

    /// An ID the catalog lists as written, on a date `judge` accepts it: no judging.
    fn exact(exact: &'static ExactId) -> ModelId {
        ModelId {
            text: Cow::Borrowed(exact.text),
            form: exact.form,
            model: exact.model.index,
            variant: exact.variant,
        }
    }

    /// The full check. An input the catalog lists letter for letter borrows the catalog's own
    /// string: no allocation. Out of line, to keep the fast path short.
    #[cold]
    #[inline(never)]
    fn judged(
        input: &str,
        exact: Option<&'static ExactId>,
        date: Date,
        region: Option<Region>,
    ) -> Result<ModelId, Error> {
        let (identified, _notice) = judge(input, date, region).into_result()?;
        let text = match exact {
            Some(exact) => Cow::Borrowed(exact.text),
            None => Cow::Owned(input.to_owned()),
        };
        Ok(ModelId::from_identified(text, identified))
    }

    pub(crate) fn from_identified(text: Cow<'static, str>, identified: Identified) -> ModelId {
        let (model, variant) = match identified.entry {
            None => (NO_MODEL, NO_VARIANT),
            Some(Entry::Base(model)) => (model.index, NO_VARIANT),
            Some(Entry::Provisioned(model, variant)) => (model.index, variant),
        };
        ModelId {
            text,
            form: identified.form,
            model,
            variant,
        }
    }

    /// Checks `input` like [`ModelId::parse_as_of`], but accepts a well-formed ID the catalog
    /// does not know yet (a model launched after its data date), returning the warning to log.
    /// The default [`FromStr`] stays strict; this is the explicit way for config files.
    ///
    /// ```
    /// use bedrock_model_id_core::{Date, ModelId};
    ///
    /// let day = Date::new(2026, 12, 1).unwrap();
    /// let (id, warning) = ModelId::parse_allowing_unknown("acme.launched-today-v1:0", day, None)?;
    /// assert_eq!(id, "acme.launched-today-v1:0");
    /// assert!(id.model().is_none());
    /// assert!(warning.unwrap().to_string().contains("is not in the catalog"));
    /// // Retired and malformed IDs are refused all the same.
    /// assert!(ModelId::parse_allowing_unknown("anthropic.claude-v1", day, None).is_err());
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
    ) -> Result<(ModelId, Option<crate::verdict::Warning>), Error> {
        let verdict = match judge(input, date, region) {
            unknown @ crate::verdict::Verdict::Unknown(_) => unknown.allowing_unknown(region),
            known => known,
        };
        let (identified, warning) = verdict.into_result()?;
        Ok((
            ModelId::from_identified(Cow::Owned(input.to_owned()), identified),
            warning,
        ))
    }

    /// For `model_id!`'s expansion: an ID the macro found in the catalog.
    #[doc(hidden)]
    #[must_use]
    pub const fn __catalog(text: &'static str, form: Form, model: u16) -> ModelId {
        ModelId {
            text: Cow::Borrowed(text),
            form,
            model,
            variant: NO_VARIANT,
        }
    }

    /// For `model_id!`'s expansion: a Provisioned Throughput ID the macro found in the catalog.
    #[doc(hidden)]
    #[must_use]
    pub const fn __provisioned(text: &'static str, form: Form, model: u16, variant: u8) -> ModelId {
        ModelId {
            text: Cow::Borrowed(text),
            form,
            model,
            variant,
        }
    }

    /// For `model_id!`'s expansion: an account-specific ARN, whose syntax the macro checked.
    #[doc(hidden)]
    #[must_use]
    pub const fn __account_specific(text: &'static str, form: Form) -> ModelId {
        ModelId {
            text: Cow::Borrowed(text),
            form,
            model: NO_MODEL,
            variant: NO_VARIANT,
        }
    }

    /// For `model_id!`'s expansion after a compile error: keeps the expression's type, so the
    /// error comes alone. Never reaches a program that compiles.
    #[doc(hidden)]
    #[must_use]
    pub const fn __after_error() -> ModelId {
        ModelId {
            text: Cow::Borrowed(""),
            form: Form::OnDemand,
            model: NO_MODEL,
            variant: NO_VARIANT,
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
        self.form
    }

    /// The catalog model it names or is based on; `None` for account-specific ARNs.
    #[must_use]
    pub fn model(&self) -> Option<&'static Model> {
        catalog::generated::MODELS
            .get(usize::from(self.model))
            .copied()
    }

    /// The Provisioned Throughput variant, for a PT ID (bare or inside an ARN).
    #[must_use]
    pub fn provisioned(&self) -> Option<&'static ProvisionedVariant> {
        self.model()?.provisioned.get(usize::from(self.variant))
    }

    /// The region an ARN names.
    #[must_use]
    pub fn region(&self) -> Option<Region> {
        parse::parse(&self.text)
            .ok()
            .and_then(|parsed| parsed.region)
    }

    /// The lifecycle status on `date` in `region` (an ARN's own region takes precedence);
    /// `None` for account-specific ARNs.
    #[must_use]
    pub fn status_on(&self, date: Date, region: Option<Region>) -> Option<Status> {
        let region = self.region().or(region);
        self.model().map(|m| m.lifecycle().status_on(date, region))
    }

    /// Whether `operation` serves this ID's model, as the sources say: supported, not
    /// supported (the call fails), or unknown (an account-specific ARN, a model no source
    /// covers), each with its reason and sources.
    ///
    /// ```
    /// use bedrock_model_id_core::{ModelId, Operation, Support};
    ///
    /// let embed: ModelId = "amazon.titan-embed-text-v2:0".parse()?;
    /// assert!(embed.supports(Operation::InvokeModel).is_supported());
    /// let Support::NotSupported(reason) = embed.supports(Operation::Converse) else {
    ///     panic!("Converse supports no embedding model");
    /// };
    /// assert!(reason.text().contains("without Converse support"));
    /// # Ok::<(), bedrock_model_id_core::Error>(())
    /// ```
    #[must_use]
    pub fn supports(&self, operation: crate::operation::Operation) -> crate::operation::Support {
        crate::operation::support(self.model(), self.form, operation)
    }

    /// The lifecycle status today (UTC) in the ARN's region, if any.
    #[must_use]
    pub fn status(&self) -> Option<Status> {
        self.status_on(Date::today_utc(), None)
    }
}

/// Judges as of today's UTC date, whatever `BEDROCK_MODEL_ID_AS_OF` or `SOURCE_DATE_EPOCH`
/// say: those variables are the build's, and a running program reads the clock. To judge with
/// the date the build used, capture the variables at compile time and pass the date:
///
/// ```
/// use bedrock_model_id_core::{Date, ModelId, as_of};
///
/// let build_date = as_of(
///     option_env!("BEDROCK_MODEL_ID_AS_OF"),
///     option_env!("SOURCE_DATE_EPOCH"),
///     Date::today_utc,
/// )?;
/// let id = ModelId::parse_as_of("amazon.nova-pro-v1:0", build_date, None)?;
/// # let _ = id;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl FromStr for ModelId {
    type Err = Error;

    /// Applies `model_id!`'s rules as of today's UTC date: errors for unknown, malformed and
    /// end-of-life IDs; Legacy IDs are accepted, their lifecycle available through
    /// [`ModelId::status`].
    fn from_str(input: &str) -> Result<ModelId, Error> {
        // Today's date only when the verdict depends on it: reading the clock costs about as
        // much as the rest of the fast path.
        let exact = exact::lookup(input);
        match exact {
            Some(exact) if exact.window() == Window::Always => Ok(ModelId::exact(exact)),
            _ => ModelId::parse_with(input, exact, Date::today_utc(), None),
        }
    }
}

impl fmt::Display for ModelId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl fmt::Debug for ModelId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ModelId").field(&self.as_str()).finish()
    }
}

impl AsRef<str> for ModelId {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

impl Borrow<str> for ModelId {
    fn borrow(&self) -> &str {
        &self.text
    }
}

impl From<ModelId> for String {
    fn from(id: ModelId) -> String {
        id.text.into_owned()
    }
}

impl From<&ModelId> for String {
    fn from(id: &ModelId) -> String {
        id.text.clone().into_owned()
    }
}

impl PartialEq for ModelId {
    fn eq(&self, other: &ModelId) -> bool {
        self.text == other.text
    }
}

impl Eq for ModelId {}

impl PartialEq<str> for ModelId {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}

impl PartialEq<&str> for ModelId {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

impl PartialEq<String> for ModelId {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<ModelId> for String {
    fn eq(&self, other: &ModelId) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<ModelId> for str {
    fn eq(&self, other: &ModelId) -> bool {
        self == other.text
    }
}

impl PartialEq<ModelId> for &str {
    fn eq(&self, other: &ModelId) -> bool {
        *self == other.text
    }
}

impl PartialOrd for ModelId {
    fn partial_cmp(&self, other: &ModelId) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ModelId {
    fn cmp(&self, other: &ModelId) -> Ordering {
        self.text.cmp(&other.text)
    }
}

impl Hash for ModelId {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.text.hash(state);
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for ModelId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for ModelId {
    /// Deserializes from a string with [`FromStr`]'s validation.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<ModelId, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = ModelId;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a Bedrock model ID string such as `amazon.nova-pro-v1:0`")
            }
            fn visit_str<E: serde::de::Error>(self, input: &str) -> Result<ModelId, E> {
                input.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast path builds exactly the `ModelId` the full check builds.
    #[test]
    fn fast_path_builds_what_judging_builds() {
        let dates = ["1970-01-01", "2026-08-21", "2026-11-23", "2100-01-01"]
            .map(|d| Date::parse(d).unwrap());
        let same = |a: &ModelId, b: &ModelId| {
            a.text == b.text && a.form == b.form && a.model == b.model && a.variant == b.variant
        };
        for exact in exact::all() {
            let fast = ModelId::exact(exact);
            assert!(matches!(fast.text, Cow::Borrowed(_)));
            for date in dates {
                let judged = ModelId::judged(exact.text, Some(exact), date, None);
                let parsed = ModelId::parse_as_of(exact.text, date, None);
                match (judged, parsed) {
                    (Ok(judged), Ok(parsed)) => {
                        assert!(
                            same(&fast, &judged),
                            "{}: {fast:?} vs {judged:?}",
                            exact.text
                        );
                        assert!(same(&parsed, &judged), "{}", exact.text);
                    }
                    (Err(judged), Err(parsed)) => assert_eq!(judged, parsed),
                    (judged, parsed) => {
                        panic!("{} on {date}: {judged:?} vs {parsed:?}", exact.text)
                    }
                }
            }
            let today = ModelId::judged(exact.text, Some(exact), Date::today_utc(), None);
            assert_eq!(
                exact.text.parse::<ModelId>().ok().map(|id| id.text),
                today.ok().map(|id| id.text)
            );
        }
    }

    /// `model_id!` expands an ID the catalog lists as written to its constant in
    /// `__expansions`: each is the `ModelId` run-time parsing builds.
    #[test]
    fn expansion_constants_are_what_parsing_builds() {
        let constants = crate::catalog::generated::expansions::ALL;
        assert_eq!(constants.len(), exact::all().count());
        for (constant, exact) in constants.iter().zip(exact::all()) {
            let parsed = ModelId::exact(exact);
            assert_eq!(
                (
                    constant.as_str(),
                    constant.form,
                    constant.model,
                    constant.variant
                ),
                (parsed.as_str(), parsed.form, parsed.model, parsed.variant),
            );
        }
    }

    /// IDs whose verdict depends on the date still get it: a retired one is refused.
    #[test]
    fn dated_ids_are_judged() {
        let retired = "anthropic.claude-instant-v1";
        let exact = exact::lookup(retired).unwrap();
        assert!(!exact.always_active);
        assert!(ModelId::parse_as_of(retired, Date::parse("2100-01-01").unwrap(), None).is_err());
        let profile = exact::all()
            .find(|e| matches!(e.kind, exact::Kind::Profile(_)) && !e.always_active)
            .map(|e| e.text);
        let profile = profile.expect("the catalog has a profile ID with a lifecycle rule");
        let late = ModelId::parse_as_of(profile, Date::parse("2100-01-01").unwrap(), None);
        assert!(late.is_err(), "{profile}");
    }
}
