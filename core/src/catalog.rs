//! The catalog: every Bedrock model this crate knows, behind perfect-hash lookups.
//!
//! The data is written by hand in `core/catalog.toml`, each fact with its source, and turned
//! into `catalog/generated.rs` by `cargo xtask catalog`; users compile only the generated Rust.
//! One `phf` map holds every ID the catalog lists as written (base, Provisioned Throughput and
//! inference-profile IDs). This layer holds data and lookups only: judging is `verdict`'s.

use crate::availability::Availability;
use crate::date::Date;
use crate::lifecycle::{Lifecycle, LifecycleRule};
use crate::parse::Form;
use crate::region::ProfilePrefix;
use crate::source::Source;

/// One base model version, e.g. `anthropic.claude-v2:1`.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Model {
    /// Its position in the catalog, as `ModelId` refers to it.
    pub(crate) index: u16,
    pub(crate) id: &'static str,
    pub(crate) provider: &'static str,
    pub(crate) name: &'static str,
    pub(crate) version: Option<&'static str>,
    pub(crate) on_demand: bool,
    pub(crate) provisioned: &'static [ProvisionedVariant],
    pub(crate) lifecycle: &'static [LifecycleRule],
    pub(crate) availability: Option<&'static Availability>,
    pub(crate) context_window: Option<Tokens>,
    pub(crate) max_output_tokens: Option<Tokens>,
    pub(crate) launched: Option<(Date, &'static Source)>,
    pub(crate) sources: &'static [&'static Source],
}

/// A number of tokens a source gives, e.g. a model's context window.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Tokens {
    pub(crate) count: u64,
    pub(crate) source: &'static Source,
}

impl Tokens {
    /// The number of tokens.
    #[must_use]
    pub const fn count(&self) -> u64 {
        self.count
    }

    /// Where the number comes from.
    #[must_use]
    pub const fn source(&self) -> &'static Source {
        self.source
    }
}

impl Model {
    /// The base model ID, e.g. `anthropic.claude-v2:1`.
    #[must_use]
    pub const fn id(&self) -> &'static str {
        self.id
    }

    /// The provider, e.g. `Anthropic`.
    #[must_use]
    pub const fn provider(&self) -> &'static str {
        self.provider
    }

    /// The model name, e.g. `Claude`.
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// How messages name the model: provider, name and version (`Anthropic Claude 2.1`), or the
    /// provider alone when the sources give no name (the ID beside it says the rest).
    #[must_use]
    pub fn describe(&self) -> String {
        describe(self.id, self.provider, self.name, self.version)
    }

    /// The version as AWS lists it, e.g. `2.1` or `1.x`, where a source gives one.
    #[must_use]
    pub const fn version(&self) -> Option<&'static str> {
        self.version
    }

    /// Whether the base ID can be called with on-demand throughput. Some models (Meta Llama 2
    /// 13B and 70B) can be used only after customization, through Provisioned Throughput.
    #[must_use]
    pub const fn supports_on_demand(&self) -> bool {
        self.on_demand
    }

    /// The model's Provisioned Throughput IDs.
    #[must_use]
    pub const fn provisioned(&self) -> &'static [ProvisionedVariant] {
        self.provisioned
    }

    /// The model's dated lifecycle.
    #[must_use]
    pub const fn lifecycle(&self) -> Lifecycle {
        Lifecycle {
            rules: self.lifecycle,
        }
    }

    /// Where and how bedrock-runtime serves the model, read off the listings; `None` for a
    /// model no listing shows.
    #[must_use]
    pub const fn availability(&self) -> Option<&'static Availability> {
        self.availability
    }

    /// The context window, in tokens, where a source (an AWS model card) gives it; `None`
    /// means unknown.
    #[must_use]
    pub const fn context_window(&self) -> Option<Tokens> {
        self.context_window
    }

    /// The maximum output tokens, where a source gives them; `None` means unknown.
    #[must_use]
    pub const fn max_output_tokens(&self) -> Option<Tokens> {
        self.max_output_tokens
    }

    /// The launch date AWS's model card gives, with the card.
    #[must_use]
    pub const fn launched(&self) -> Option<(Date, &'static Source)> {
        self.launched
    }

    /// Where the model's facts come from.
    #[must_use]
    pub const fn sources(&self) -> &'static [&'static Source] {
        self.sources
    }
}

/// How messages name a model, runtime or Mantle: provider, name and version, or the provider
/// alone when no source names it (its name is then the ID without the provider).
pub(crate) fn describe(id: &str, provider: &str, name: &str, version: Option<&str>) -> String {
    let unnamed = id.split_once('.').is_some_and(|(_, rest)| rest == name);
    match (unnamed, version) {
        (true, _) => provider.to_owned(),
        (false, Some(version)) => format!("{provider} {name} {version}"),
        (false, None) => format!("{provider} {name}"),
    }
}

/// A Provisioned Throughput ID of a base model, e.g. `anthropic.claude-v2:1:200k`.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct ProvisionedVariant {
    pub(crate) id: &'static str,
    pub(crate) name: &'static str,
    pub(crate) context: Option<&'static str>,
    pub(crate) no_commitment: Option<bool>,
    pub(crate) source: &'static Source,
}

impl ProvisionedVariant {
    /// The Provisioned Throughput model ID.
    #[must_use]
    pub const fn id(&self) -> &'static str {
        self.id
    }

    /// The name AWS gives this variant, e.g. `Anthropic Claude v2.1 200K`.
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The context window suffix (`8k`, `200k`, `512`: `Nk` is N thousand tokens), if any.
    #[must_use]
    pub const fn context_window(&self) -> Option<&'static str> {
        self.context
    }

    /// Whether Provisioned Throughput can be bought for it with no commitment term; `None`
    /// where the source does not say.
    #[must_use]
    pub const fn no_commitment_purchase(&self) -> Option<bool> {
        self.no_commitment
    }

    /// Where the fact comes from.
    #[must_use]
    pub const fn source(&self) -> &'static Source {
        self.source
    }
}

/// What a catalog key names: a base model, or one of its Provisioned Throughput IDs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Entry {
    Base(&'static Model),
    Provisioned(&'static Model, u8),
}

impl Entry {
    pub(crate) fn model(self) -> &'static Model {
        match self {
            Entry::Base(model) | Entry::Provisioned(model, _) => model,
        }
    }

    pub(crate) fn variant(self) -> Option<&'static ProvisionedVariant> {
        match self {
            Entry::Base(_) => None,
            Entry::Provisioned(model, index) => model.provisioned.get(usize::from(index)),
        }
    }
}

/// What an ID the catalog lists as written names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// The model's base ID.
    Base,
    /// One of its Provisioned Throughput IDs, by index.
    Provisioned(u8),
    /// One of its inference-profile IDs.
    Profile(ProfilePrefix),
}

/// One ID the catalog lists as written, the value of the `phf` map.
#[derive(Debug)]
pub(crate) struct Listed {
    /// The model it names.
    pub(crate) model: &'static Model,
    /// What it names of the model.
    pub(crate) kind: Kind,
    /// Its position among the listed IDs, below [`generated::LISTED_COUNT`]: an index for
    /// caches kept beside the map.
    pub(crate) position: u16,
}

impl Listed {
    /// The catalog entry of the model or Provisioned Throughput ID it names.
    pub(crate) const fn entry(&self) -> Entry {
        match self.kind {
            Kind::Provisioned(index) => Entry::Provisioned(self.model, index),
            Kind::Base | Kind::Profile(_) => Entry::Base(self.model),
        }
    }

    /// The form the ID has as written.
    pub(crate) const fn form(&self) -> Form {
        match self.kind {
            Kind::Base => Form::OnDemand,
            Kind::Provisioned(_) => Form::Provisioned,
            Kind::Profile(_) => Form::InferenceProfile,
        }
    }
}

pub(crate) mod mantle;
#[rustfmt::skip]
// Written by `cargo xtask catalog` (phf_codegen's hash keys included): data, not code to lint.
#[allow(clippy::all, clippy::pedantic)]
pub(crate) mod generated;

/// The catalog's own text and record of `id`, if the catalog lists it letter for letter.
#[inline]
pub(crate) fn listed(id: &str) -> Option<(&'static str, &'static Listed)> {
    generated::LISTED
        .get_entry(id)
        .map(|(text, listed)| (*text, listed))
}

/// Every ID the catalog lists as written, with its record, in the map's order.
#[cfg(test)]
pub(crate) fn all_listed() -> impl Iterator<Item = (&'static str, &'static Listed)> {
    generated::LISTED
        .entries()
        .map(|(text, listed)| (*text, listed))
}

/// The catalog entry for a base or Provisioned Throughput ID, by exact match.
pub(crate) fn entry(id: &str) -> Option<Entry> {
    listed(id)
        .filter(|(_, listed)| !matches!(listed.kind, Kind::Profile(_)))
        .map(|(_, listed)| listed.entry())
}

/// The date of the newest listing the catalog read: its facts describe Bedrock up to that day.
#[must_use]
pub const fn data_date() -> Date {
    generated::DATA_DATE
}

/// The date of the oldest listing the catalog read.
#[must_use]
pub const fn first_listing_date() -> Date {
    generated::FIRST_DATE
}

/// The regions the listings cover (every region some listing names). Of other regions
/// (`GovCloud`, China, the ISO regions, `ap-east-1`), the catalog says availability is unknown.
#[must_use]
pub fn covered_regions() -> impl ExactSizeIterator<Item = &'static str> + Clone {
    generated::COVERED_REGIONS.iter().copied()
}

/// Every source the catalog's facts cite: AWS pages (dated copies), the listings' history, and
/// the public repositories and threads that quote AWS, in key order.
#[must_use]
pub fn sources() -> impl ExactSizeIterator<Item = &'static Source> + Clone {
    generated::SOURCES.iter().copied()
}

/// Every model in the catalog, in ID order.
#[must_use]
pub fn models() -> impl ExactSizeIterator<Item = &'static Model> + Clone {
    generated::MODELS.iter().copied()
}

/// The model with base ID `id`, by exact match.
#[must_use]
pub fn model(id: &str) -> Option<&'static Model> {
    listed(id)
        .filter(|(_, listed)| listed.kind == Kind::Base)
        .map(|(_, listed)| listed.model)
}

/// Every base and Provisioned Throughput ID the catalog knows (not the inference-profile IDs),
/// in no particular order.
pub fn ids() -> impl Iterator<Item = &'static str> + Clone {
    generated::LISTED
        .entries()
        .filter(|(_, listed)| !matches!(listed.kind, Kind::Profile(_)))
        .map(|(text, _)| *text)
}

// Shared with xtask, which writes the items this names (as uuid shares its parser).
#[path = "shared/names.rs"]
mod names;
/// For `model_id!`'s expansion: the name of the generated constant of an ID.
#[doc(hidden)]
pub use names::static_name;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_model_has_the_static_the_macro_names() {
        let source = include_str!("catalog/generated.rs");
        for model in models() {
            let declaration = format!("pub static {}: Model", static_name(model.id()));
            assert!(source.contains(&declaration), "missing `{declaration}`");
        }
    }

    #[test]
    fn every_model_knows_its_index() {
        for (position, model) in models().enumerate() {
            assert_eq!(usize::from(model.index), position, "{}", model.id());
        }
    }

    #[test]
    fn every_key_maps_back_to_its_id() {
        for id in ids() {
            let entry = entry(id).unwrap();
            let listed = entry.variant().map_or(entry.model().id(), |v| v.id());
            assert_eq!(listed, id);
        }
        assert_eq!(
            ids().count(),
            models().map(|m| 1 + m.provisioned().len()).sum::<usize>()
        );
    }
}
