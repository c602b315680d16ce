//! The checked model IDs: [`ModelId`], `Copy` and `const`, for IDs whose text is `'static` (every
//! literal `model_id!` checks, every ID the catalog lists); and [`ModelIdBuf`], its owned
//! counterpart, for IDs read at run time, which may own their text (ARNs, account-specific and
//! account-catalog IDs).

mod buf;
mod fast;
#[rustfmt::skip]
pub mod ids;

use std::fmt;

use crate::catalog::{Model, ProvisionedVariant, generated};
use crate::date::Date;
use crate::identified::Identified;
use crate::lifecycle::Status;
use crate::operation::{Operation, Support};
use crate::parse::Form;
use crate::region::Region;

pub use buf::ModelIdBuf;
pub(crate) use fast::always_active;

/// A Bedrock model ID or model ARN that was known and not end-of-life when it was checked.
///
/// Made at compile time by `model_id!` (in `const` and `static` items too, at no run-time
/// cost). It is `Copy`, and its accessors are `const fn`, so a constant works wherever a
/// `&'static str` does:
///
/// ```
/// use bedrock_model_id_core::{ModelId, models};
///
/// const NOVA: ModelId = models::AMAZON_NOVA_PRO_V1_0;
/// const TEXT: &str = NOVA.as_str();
/// let borrowed: &str = NOVA.as_str();
/// assert_eq!(TEXT, borrowed);
/// ```
///
/// IDs read at run time are parsed into [`ModelIdBuf`] (`str::parse`, serde), which owns its
/// text where it must; [`ModelIdBuf::as_model_id`] gives back a `ModelId` for the IDs the catalog
/// lists as written. Compares, hashes and orders as its text.
#[derive(Clone, Copy)]
pub struct ModelId {
    text: &'static str,
    names: Names,
}

const NO_MODEL: u16 = u16::MAX;
const NO_VARIANT: u8 = u8::MAX;
const NO_REGION: u8 = u8::MAX;

/// What a checked ID names besides its text, in `ModelId`'s compact form: shared with
/// [`ModelIdBuf`], so both answer every question alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Names {
    form: Form,
    /// Index into the catalog's models, or [`NO_MODEL`]. An index, not a reference, keeps the
    /// constants the macro expands to plain data: nothing of the catalog is linked unless
    /// `model()` is called.
    model: u16,
    /// Index of the Provisioned Throughput variant, or [`NO_VARIANT`].
    variant: u8,
    /// Index into [`Region::ALL`] of the region an ARN names, or [`NO_REGION`].
    region: u8,
}

impl Names {
    /// The compact form of what judging identified; `region` is the ARN's own.
    fn of(identified: &Identified, region: Option<Region>) -> Names {
        use crate::catalog::Entry;
        let (model, variant) = match identified.entry {
            None => (NO_MODEL, NO_VARIANT),
            Some(Entry::Base(model)) => (model.index, NO_VARIANT),
            Some(Entry::Provisioned(model, variant)) => (model.index, variant),
        };
        Names {
            form: identified.form,
            model,
            variant,
            region: region.map_or(NO_REGION, Region::index),
        }
    }

    const fn model(self) -> Option<&'static Model> {
        let index = self.model as usize;
        if index < generated::MODELS.len() {
            Some(generated::MODELS[index])
        } else {
            None
        }
    }

    const fn provisioned(self) -> Option<&'static ProvisionedVariant> {
        let index = self.variant as usize;
        match self.model() {
            Some(model) if index < model.provisioned.len() => Some(&model.provisioned[index]),
            _ => None,
        }
    }

    const fn region(self) -> Option<Region> {
        let index = self.region as usize;
        if index < Region::ALL.len() {
            Some(Region::ALL[index])
        } else {
            None
        }
    }

    fn status_on(self, date: Date, region: Option<Region>) -> Option<Status> {
        let region = self.region().or(region);
        self.model().map(|m| m.lifecycle().status_on(date, region))
    }

    fn supports(self, operation: Operation) -> Support {
        crate::operation::support(self.model(), self.form, operation)
    }
}

impl ModelId {
    /// The ID as written.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        self.text
    }

    /// Its form: base ID, Provisioned Throughput ID, or one of the ARNs.
    #[must_use]
    pub const fn form(self) -> Form {
        self.names.form
    }

    /// The catalog model it names or is based on; `None` for account-specific ARNs.
    #[must_use]
    pub const fn model(self) -> Option<&'static Model> {
        self.names.model()
    }

    /// The Provisioned Throughput variant, for a PT ID (bare or inside an ARN).
    #[must_use]
    pub const fn provisioned(self) -> Option<&'static ProvisionedVariant> {
        self.names.provisioned()
    }

    /// The region an ARN names.
    #[must_use]
    pub const fn region(self) -> Option<Region> {
        self.names.region()
    }

    /// The lifecycle status on `date` in `region` (an ARN's own region takes precedence);
    /// `None` for account-specific ARNs.
    #[must_use]
    pub fn status_on(self, date: Date, region: Option<Region>) -> Option<Status> {
        self.names.status_on(date, region)
    }

    /// The lifecycle status today (UTC) in the ARN's region, if any.
    #[must_use]
    pub fn status(self) -> Option<Status> {
        self.status_on(Date::today_utc(), None)
    }

    /// Whether `operation` serves this ID's model, as the sources say: supported, not
    /// supported (the call fails), or unknown (an account-specific ARN, a model no source
    /// covers), each with its reason and sources.
    ///
    /// ```
    /// use bedrock_model_id_core::{Operation, Support, models};
    ///
    /// let embed = models::AMAZON_TITAN_EMBED_TEXT_V2_0;
    /// assert!(embed.supports(Operation::InvokeModel).is_supported());
    /// let Support::NotSupported(reason) = embed.supports(Operation::Converse) else {
    ///     panic!("Converse supports no embedding model");
    /// };
    /// assert!(reason.text().contains("without Converse support"));
    /// ```
    #[must_use]
    pub fn supports(self, operation: Operation) -> Support {
        self.names.supports(operation)
    }
}

/// The constructors behind `__private`: what `model_id!` expands to. None can pair a text
/// with a model it does not name.
impl ModelId {
    /// An ID with no catalog model (an account-specific ARN, an account-catalog or allowed
    /// unknown ID), whose syntax the macro checked; `region` indexes [`Region::ALL`] or is
    /// `u8::MAX`.
    pub(crate) const fn unlisted(text: &'static str, form: Form, region: u8) -> ModelId {
        ModelId {
            text,
            names: Names {
                form,
                model: NO_MODEL,
                variant: NO_VARIANT,
                region: checked_region(text, region),
            },
        }
    }

    /// `text`, another spelling of the listed ID `of` (a constant of `ids`) that holds `of`'s
    /// text at byte `at`: an ARN of it, say, in the region `region` indexes. Fails to compile
    /// unless `of`'s text stands at `at` and the region's name in the ARN's region field. The
    /// checks compare bytes at known places, so const evaluation stays cheap.
    pub(crate) const fn spelling_of(
        text: &'static str,
        form: Form,
        of: ModelId,
        at: usize,
        region: u8,
    ) -> ModelId {
        assert!(
            occurs_at(text.as_bytes(), of.text.as_bytes(), at),
            "the text does not hold the ID it names where it says"
        );
        ModelId {
            text,
            names: Names {
                form,
                model: of.names.model,
                variant: of.names.variant,
                region: checked_region(text, region),
            },
        }
    }

    /// What `model_id!` expands to after its compile error: keeps the expression's type, so
    /// the error comes alone. Never reaches a program that compiles.
    pub(crate) const AFTER_ERROR: ModelId = ModelId::unlisted("", Form::OnDemand, NO_REGION);
}

/// `region`, after checking it indexes a region whose name is the region field of the ARN
/// `text` (`arn:<partition>:<service>:<region>:...`), or is [`NO_REGION`].
const fn checked_region(text: &str, region: u8) -> u8 {
    if region != NO_REGION {
        let index = region as usize;
        assert!(index < Region::ALL.len(), "no such region");
        let name = Region::ALL[index].name().as_bytes();
        let field = after_colons(text.as_bytes(), 3);
        assert!(
            occurs_at(text.as_bytes(), name, field)
                && field + name.len() < text.len()
                && text.as_bytes()[field + name.len()] == b':',
            "the ARN's region field is not the region given"
        );
    }
    region
}

/// The position just after the `n`th `:` of `bytes`, or its length if it has fewer.
const fn after_colons(bytes: &[u8], n: usize) -> usize {
    let (mut at, mut seen) = (0, 0);
    while at < bytes.len() && seen < n {
        if bytes[at] == b':' {
            seen += 1;
        }
        at += 1;
    }
    at
}

/// Whether `needle` stands in `haystack` at byte `at`, for `const` checks.
const fn occurs_at(haystack: &[u8], needle: &[u8], at: usize) -> bool {
    if at > haystack.len() || needle.len() > haystack.len() - at {
        return false;
    }
    let mut i = 0;
    while i < needle.len() {
        if haystack[at + i] != needle[i] {
            return false;
        }
        i += 1;
    }
    true
}

impl fmt::Debug for ModelId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ModelId").field(&self.text).finish()
    }
}

impl From<ModelId> for &'static str {
    fn from(id: ModelId) -> &'static str {
        id.text
    }
}

impl From<ModelId> for String {
    fn from(id: ModelId) -> String {
        id.text.to_owned()
    }
}

/// What makes a checked ID behave as its text: `Display`, `AsRef<str>`, `Borrow<str>`, and
/// equality, order and hash of the text, also against each type listed after the `;`.
macro_rules! behaves_as_text {
    ($id:ty; $($other:ty),*) => {
        impl std::fmt::Display for $id {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl AsRef<str> for $id {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl std::borrow::Borrow<str> for $id {
            fn borrow(&self) -> &str {
                self.as_str()
            }
        }

        impl PartialEq for $id {
            fn eq(&self, other: &$id) -> bool {
                self.as_str() == other.as_str()
            }
        }

        impl Eq for $id {}

        impl PartialOrd for $id {
            fn partial_cmp(&self, other: &$id) -> Option<std::cmp::Ordering> {
                Some(self.cmp(other))
            }
        }

        impl Ord for $id {
            fn cmp(&self, other: &$id) -> std::cmp::Ordering {
                self.as_str().cmp(other.as_str())
            }
        }

        impl std::hash::Hash for $id {
            fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
                self.as_str().hash(state);
            }
        }

        $(
            impl PartialEq<$other> for $id {
                fn eq(&self, other: &$other) -> bool {
                    self.as_str() == AsRef::<str>::as_ref(other)
                }
            }

            impl PartialEq<$id> for $other {
                fn eq(&self, other: &$id) -> bool {
                    AsRef::<str>::as_ref(self) == other.as_str()
                }
            }
        )*
    };
}
use behaves_as_text;

behaves_as_text!(ModelId; str, &str, String, ModelIdBuf);

#[cfg(feature = "serde")]
impl serde::Serialize for ModelId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HAIKU: ModelId = ids::ANTHROPIC_CLAUDE_3_5_HAIKU_20241022_V1_0;
    static STATIC_HAIKU: ModelId = HAIKU;

    fn takes(id: ModelId) -> &'static str {
        id.as_str()
    }

    /// The uses a `Cow` made impossible: a `&str` borrowed from a constant, a `const &str`,
    /// `const` accessors, a `static` passed by value.
    #[test]
    fn constants_work_where_a_static_str_does() {
        const TEXT: &str = HAIKU.as_str();
        const FORM: Form = HAIKU.form();
        const KIND: &str = match HAIKU.form() {
            Form::OnDemand => "base",
            _ => "other",
        };
        const PROVIDER: Option<&str> = match HAIKU.model() {
            Some(model) => Some(model.provider()),
            None => None,
        };
        let borrowed: &str = HAIKU.as_str();
        assert_eq!(borrowed, TEXT);
        assert_eq!(FORM, Form::OnDemand);
        assert_eq!(KIND, "base");
        assert_eq!(PROVIDER, Some("Anthropic"));
        assert_eq!(takes(STATIC_HAIKU), TEXT);
        assert_eq!(std::mem::size_of::<ModelId>(), 24);
    }

    #[test]
    fn a_spelling_names_its_constants_model_and_region() {
        let region = Region::parse("us-east-1").unwrap();
        let nova = ids::AMAZON_NOVA_PRO_V1_0;
        let text = "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0";
        let arn = ModelId::spelling_of(
            text,
            Form::FoundationModelArn,
            nova,
            text.len() - nova.as_str().len(),
            region.index(),
        );
        assert_eq!(arn.model(), nova.model());
        assert_eq!(arn.region(), Some(region));
        let parsed: crate::ModelIdBuf = arn.as_str().parse().unwrap();
        assert_eq!(
            (parsed.model(), parsed.region()),
            (arn.model(), arn.region())
        );
    }

    #[test]
    fn every_region_fits_a_byte() {
        assert!(Region::ALL.len() < usize::from(NO_REGION));
        for region in Region::ALL {
            assert_eq!(Region::ALL[usize::from(region.index())], *region);
        }
    }

    #[test]
    fn finds_a_needle_where_it_stands() {
        assert!(occurs_at(b"abc", b"", 3));
        assert!(occurs_at(b"abc", b"bc", 1));
        assert!(!occurs_at(b"abc", b"bc", 0));
        assert!(!occurs_at(b"abc", b"abcd", 0));
        assert!(!occurs_at(b"abc", b"c", 4));
        assert_eq!(after_colons(b"arn:aws:bedrock:us-east-1::x", 3), 16);
        assert_eq!(after_colons(b"a:b", 3), 3);
    }
}
