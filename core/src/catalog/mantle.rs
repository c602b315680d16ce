//! Bedrock Mantle's models: the records of the second endpoint's catalog, and their lookups.

use std::fmt;

use super::generated;
use crate::date::Date;
use crate::source::Source;

/// An API Bedrock Mantle serves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum MantleApi {
    /// The `OpenAI` Chat Completions API (`/v1/chat/completions`).
    ChatCompletions,
    /// The `OpenAI` Responses API (`/v1/responses`).
    Responses,
    /// The Anthropic Messages API (`/anthropic/v1/messages`).
    Messages,
}

impl MantleApi {
    /// The API's name in messages.
    #[must_use]
    pub const fn describe(self) -> &'static str {
        match self {
            MantleApi::ChatCompletions => "OpenAI Chat Completions",
            MantleApi::Responses => "OpenAI Responses",
            MantleApi::Messages => "Anthropic Messages",
        }
    }
}

impl fmt::Display for MantleApi {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.describe())
    }
}

/// A model as Bedrock Mantle serves it, with the regions and APIs it was last listed with.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct MantleModel {
    pub(crate) index: u16,
    pub(crate) id: &'static str,
    pub(crate) provider: &'static str,
    pub(crate) name: &'static str,
    pub(crate) runtime_twin: Option<&'static str>,
    pub(crate) twin_source: Option<&'static Source>,
    pub(crate) runtime_look_alike: Option<&'static str>,
    pub(crate) first_listed: Date,
    pub(crate) last_listed: Date,
    pub(crate) regions: &'static [&'static str],
    pub(crate) apis: &'static [MantleApi],
    pub(crate) input: &'static [&'static str],
    pub(crate) output: &'static [&'static str],
    pub(crate) sources: &'static [&'static Source],
}

impl MantleModel {
    /// The Mantle model ID, e.g. `openai.gpt-oss-120b`.
    #[must_use]
    pub const fn id(&self) -> &'static str {
        self.id
    }

    /// The provider, e.g. `OpenAI`.
    #[must_use]
    pub const fn provider(&self) -> &'static str {
        self.provider
    }

    /// The model name, where a source gives one (else the ID without its provider).
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// How messages name the model: provider and name, or the provider alone when no source
    /// names it.
    #[must_use]
    pub fn describe(&self) -> String {
        super::describe(self.id, self.provider, self.name, None)
    }

    /// The bedrock-runtime model ID of the same model, where a source names one (the same ID
    /// for a model both endpoints list under one ID).
    #[must_use]
    pub const fn runtime_twin(&self) -> Option<&'static str> {
        self.runtime_twin
    }

    /// Where the runtime twin comes from.
    #[must_use]
    pub const fn runtime_twin_source(&self) -> Option<&'static Source> {
        self.twin_source
    }

    /// A runtime ID that looks like the same model's, where no source pairs them: unconfirmed.
    #[must_use]
    pub const fn runtime_look_alike(&self) -> Option<&'static str> {
        self.runtime_look_alike
    }

    /// The first snapshot that listed the model on Mantle.
    #[must_use]
    pub const fn first_listed(&self) -> Date {
        self.first_listed
    }

    /// The last snapshot that listed the model on Mantle.
    #[must_use]
    pub const fn last_listed(&self) -> Date {
        self.last_listed
    }

    /// Whether the catalog's newest listing still lists it.
    #[must_use]
    pub fn is_still_listed(&self) -> bool {
        self.last_listed == generated::DATA_DATE
    }

    /// The regions Mantle served it in at its last listing.
    #[must_use]
    pub const fn regions(&self) -> &'static [&'static str] {
        self.regions
    }

    /// The APIs Mantle offered it through at its last listing.
    #[must_use]
    pub const fn apis(&self) -> &'static [MantleApi] {
        self.apis
    }

    /// Whether Mantle offers the model through `api`.
    #[must_use]
    pub fn supports(&self, api: MantleApi) -> bool {
        self.apis.contains(&api)
    }

    /// Input modalities, where the listings give them.
    #[must_use]
    pub const fn input_modalities(&self) -> &'static [&'static str] {
        self.input
    }

    /// Output modalities, where the listings give them.
    #[must_use]
    pub const fn output_modalities(&self) -> &'static [&'static str] {
        self.output
    }

    /// Where the model's facts come from.
    #[must_use]
    pub const fn sources(&self) -> &'static [&'static Source] {
        self.sources
    }
}

/// Every model Bedrock Mantle serves or served, in ID order.
#[must_use]
pub fn mantle_models() -> impl ExactSizeIterator<Item = &'static MantleModel> + Clone {
    generated::MANTLE.iter().copied()
}

/// The Mantle model with ID `id`, by exact match.
#[must_use]
pub fn mantle_model(id: &str) -> Option<&'static MantleModel> {
    generated::MANTLE
        .binary_search_by(|m| m.id.cmp(id))
        .ok()
        .and_then(|at| generated::MANTLE.get(at).copied())
}

/// The Mantle models whose runtime twin is `runtime_id` (a runtime ID Mantle serves under
/// another ID, or under the same one).
pub fn mantle_twins_of(runtime_id: &str) -> impl Iterator<Item = &'static MantleModel> + '_ {
    mantle_models().filter(move |m| m.runtime_twin == Some(runtime_id))
}

impl PartialOrd for MantleModel {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for MantleModel {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.id.cmp(other.id)
    }
}
