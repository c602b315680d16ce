//! Amazon Bedrock model IDs checked at compile time.
//!
//! A typo, a retired model or a malformed ARN in a Bedrock model ID normally surfaces only at
//! run time, as a `ValidationException` or "This model version has reached the end of its
//! life". With this crate it is a compile error, spanned on the literal, naming what to use
//! instead:
//!
//! ```
//! use bedrock_model_id::{model_id, ModelId, ModelIdBuf};
//!
//! const LLAMA: ModelId = model_id!("meta.llama3-70b-instruct-v1:0");
//!
//! // Anything that takes `impl Into<String>`, such as the AWS SDK's `.model_id(...)`:
//! fn model_id_param(id: impl Into<String>) -> String {
//!     id.into()
//! }
//! assert_eq!(model_id_param(LLAMA), "meta.llama3-70b-instruct-v1:0");
//! assert_eq!(LLAMA.model().unwrap().provider(), "Meta");
//! ```
//!
//! An unknown ID does not compile, and the error says which IDs are close:
//!
//! ```compile_fail
//! let id = bedrock_model_id::model_id!("meta.llama3-70b-instruct-v1"); // lacks `:0`
//! ```
//!
//! Nor does a model past its end of life:
//!
//! ```compile_fail
//! // Claude v1.3 reached its end of life on 2024-02-28.
//! let id = bedrock_model_id::model_id!("anthropic.claude-v1");
//! ```
//!
//! [`ModelId`] is `Copy` and its accessors are `const fn`: a constant works where a
//! `&'static str` does (`const TEXT: &str = LLAMA.as_str();`). [`model_id_str!`] checks the
//! same way and expands to the literal itself, for `match` patterns and `&str` constants.
//!
//! IDs read at run time go through the same rules, into [`ModelIdBuf`], the owned counterpart
//! (`FromStr`, and serde with the `serde` feature); an ARN read at run time owns its text:
//!
//! ```
//! use bedrock_model_id::ModelIdBuf;
//!
//! let id: ModelIdBuf = "cohere.embed-english-v3:0:512".parse()?;
//! assert_eq!(id.provisioned().and_then(|pt| pt.context_window()), Some("512"));
//!
//! let error = "amazon.nova-prov1:0".parse::<ModelIdBuf>().unwrap_err();
//! assert!(error.to_string().contains("did you mean `amazon.nova-pro-v1:0`"));
//! # Ok::<(), bedrock_model_id::Error>(())
//! ```
//!
//! # Features
//!
//! - `serde`: `Serialize` for [`ModelId`]; `Serialize` and `Deserialize` for [`ModelIdBuf`]
//!   and [`MantleModelId`], with the same checks as `FromStr`.
//! - `account-catalog`: `model_id!` also accepts the IDs of the file `BEDROCK_MODEL_ID_CATALOG`
//!   names (`aws bedrock list-foundation-models` output), and `account::AccountCatalog` loads the same
//!   file at run time for `parse` and serde.
//!
//! # When lifecycle is judged
//!
//! Lifecycle is judged as of `BEDROCK_MODEL_ID_AS_OF` (`YYYY-MM-DD`) if set, else
//! `SOURCE_DATE_EPOCH` if set, else today's UTC date. A model that passes its end-of-life
//! date therefore becomes a compile error at the next build that compiles the calling crate.
//! Changing either variable makes cargo re-run the check; a malformed value is a compile
//! error, never a silent fallback.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub use bedrock_model_id_core::{Error, MantleModelId, ModelId, ModelIdBuf};

/// The catalog: every model this crate knows, its IDs and their forms, where bedrock-runtime
/// serves it, and the sources of each fact.
pub mod catalog {
    pub use bedrock_model_id_core::catalog::{
        covered_regions, data_date, first_listing_date, ids, model, models,
    };
    pub use bedrock_model_id_core::{
        Availability, Dated, Form, MAX_LEN, Model, OnDemand, Partition, ProfilePrefix,
        ProvisionedVariant, Region, RegionOffer, Source,
    };
}

/// Lifecycle: Active, Legacy, extended access and end of life, by date and region, and the
/// date a check judges as of.
pub mod lifecycle {
    pub use bedrock_model_id_core::{
        AS_OF_VAR, Basis, Date, Lifecycle, LifecycleRule, ListedAfter, Phase, RegionScope,
        Replacement, ReplacementBasis, SOURCE_DATE_EPOCH_VAR, Status, as_of,
    };
}

/// Judging an input as `model_id!` does, with the verdict's parts: what it was recognized as,
/// and the warning to give.
pub mod verdict {
    pub use bedrock_model_id_core::{
        CallingCrate, Identified, Notice, Uncertainty, Unverified, Verdict, Warning, judge,
    };
}

/// Why an input is refused, one type per kind of error, each with what to use instead.
pub mod error {
    pub use bedrock_model_id_core::{
        AsOfError, DateError, EndOfLife, Error, Hint, LookAlike, Malformation, Malformed,
        MantleError, MantleOnly, MantleProblem, NotCallable, OperationError, RegionError, Unfit,
        Unknown, Unreachable,
    };
}

/// Fit for the call: which bedrock-runtime operations (InvokeModel, Converse and their
/// streaming forms) serve a model, as dated sources say; `model_id!(.., api = "...")` and
/// [`ModelId::supports`] answer from it.
pub mod operation {
    pub use bedrock_model_id_core::operation::{Operation, Reason, Support, sources, support};
}

/// Bedrock Mantle, the second inference endpoint, whose model IDs are not bedrock-runtime's.
pub mod mantle {
    pub use bedrock_model_id_core::mantle::{
        MantleApi, MantleModel, MantleModelId, judge_mantle, mantle_model, mantle_models,
        mantle_twins_of,
    };
}

pub use bedrock_model_id_core::models;

/// The model IDs of your own account: the file `BEDROCK_MODEL_ID_CATALOG` names, read by
/// `model_id!` and, at run time, by [`AccountCatalog`](account::AccountCatalog).
#[cfg(feature = "account-catalog")]
pub mod account {
    #[cfg(feature = "serde")]
    pub use bedrock_model_id_core::AccountModelIdSeed;
    pub use bedrock_model_id_core::{AccountCatalog, AccountCatalogError, CATALOG_VAR};
}

/// Checks a Bedrock model ID literal at compile time and expands to a [`ModelId`].
///
/// ```
/// use bedrock_model_id::{model_id, ModelId, catalog::Form};
///
/// const EMBED: ModelId = model_id!("amazon.titan-embed-text-v2:0");
/// static PROVISIONED: ModelId = model_id!("cohere.embed-english-v3:0:512");
/// let arn = model_id!("arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcd1234efgh");
/// let in_region = model_id!("eu.amazon.nova-pro-v1:0", region = "eu-west-1");
///
/// assert_eq!(PROVISIONED.form(), Form::Provisioned);
/// assert_eq!(arn.form(), Form::ProvisionedModelArn);
/// assert_eq!(in_region.form(), Form::InferenceProfile);
/// # let _ = EMBED;
/// ```
///
/// - Unknown, malformed and end-of-life IDs are one compile error on the literal.
/// - Legacy and public-extended-access IDs are one warning through the standard `deprecated`
///   lint: `#[allow(deprecated)]` silences it, `#![deny(deprecated)]` makes it an error.
/// - `region = "..."` applies region-scoped lifecycle (an ARN carries its own region).
///   Without it, an end of life that holds in some regions only is a warning naming them.
/// - `api = "..."` (`invoke`, `invoke-stream`, `converse` or `converse-stream`) names the
///   operation the ID is meant for: an error when the sources say that operation refuses the
///   model (an embedding model for Converse, a model without response streaming for a
///   streaming call, an imported model for Converse), naming what the model offers; nothing
///   when they do not say. [`ModelId::supports`] answers the same at run time.
/// - Escapes and raw strings are judged by their value. Anything but one string literal
///   (a constant's name, `concat!`, a byte string, ...) is an error: for IDs known only at
///   run time, use `str::parse::<ModelIdBuf>()`.
///
/// The expansion is a constant expression: no lookup and no allocation at run time.
#[macro_export]
macro_rules! model_id {
    ($($input:tt)*) => {
        $crate::__private::model_id!($crate, $($input)*)
    };
}

/// Checks a Bedrock model ID literal exactly as [`model_id!`] does and expands to the literal
/// itself, a `&'static str`: for APIs that take `&str`, `const` items and `match` patterns.
///
/// ```
/// use bedrock_model_id::model_id_str;
///
/// const NOVA: &str = model_id_str!("amazon.nova-pro-v1:0");
///
/// fn family(id: &str) -> &'static str {
///     match id {
///         model_id_str!("amazon.nova-pro-v1:0") | model_id_str!("amazon.nova-lite-v1:0") => "nova",
///         _ => "other",
///     }
/// }
/// assert_eq!(family(NOVA), "nova");
/// ```
///
/// A wrong ID is the same compile error as with `model_id!`:
///
/// ```compile_fail
/// const OLD: &str = bedrock_model_id::model_id_str!("anthropic.claude-v1");
/// ```
///
/// An ID that warns (Legacy, or what the sources cannot tell) expands to a block, which serves
/// as an expression but not as a pattern. The expansion carries none of the tokens that make
/// cargo re-run the check when `BEDROCK_MODEL_ID_AS_OF` or `SOURCE_DATE_EPOCH` change (a
/// pattern cannot hold them): a crate whose only calls are `model_id_str!` is re-checked at
/// its next source change, one with a `model_id!` call at the next change of either.
#[macro_export]
macro_rules! model_id_str {
    ($($input:tt)*) => {
        $crate::__private::model_id_str!($crate, $($input)*)
    };
}

/// Checks a Bedrock Mantle model ID literal at compile time and expands to a
/// [`MantleModelId`].
///
/// Bedrock Mantle (`bedrock-mantle.<region>.api.aws`) serves the `OpenAI` Chat Completions and
/// Responses APIs and the Anthropic Messages API, with model IDs of its own: `openai.gpt-oss-120b`
/// there is `openai.gpt-oss-120b-1:0` on bedrock-runtime. `model_id!` refuses Mantle-only IDs;
/// this macro takes them, and nothing else.
///
/// ```
/// use bedrock_model_id::{mantle_model_id, MantleModelId, mantle::MantleApi};
///
/// const GPT_OSS: MantleModelId = mantle_model_id!("openai.gpt-oss-120b");
/// let in_region = mantle_model_id!("openai.gpt-oss-120b", region = "us-west-2");
/// assert_eq!(GPT_OSS.as_str(), "openai.gpt-oss-120b");
/// assert!(GPT_OSS.supports(MantleApi::Responses));
/// assert_eq!(GPT_OSS.model().runtime_twin(), Some("openai.gpt-oss-120b-1:0"));
/// # let _ = in_region;
/// ```
///
/// A bedrock-runtime ID is an error that names Mantle's ID for the same model:
///
/// ```compile_fail
/// let id = bedrock_model_id::mantle_model_id!("openai.gpt-oss-120b-1:0");
/// ```
///
/// - An ID Mantle no longer lists, or does not serve in the `region` given, is an error.
/// - A region no source covers (`GovCloud`, China, ...) is a warning through the `deprecated`
///   lint: whether Mantle serves the model there is unknown.
#[macro_export]
macro_rules! mantle_model_id {
    ($($input:tt)*) => {
        $crate::__private::mantle_model_id!($crate, $($input)*)
    };
}

/// What the macros' expansions name. Not public API: nothing here is covered by semver.
#[doc(hidden)]
pub mod __private {
    pub use bedrock_model_id_core::__private::*;
    pub use bedrock_model_id_macros::{mantle_model_id, model_id, model_id_str};
}
