//! Where and how a model can be called: regions, on-demand throughput and cross-region
//! inference profiles, as of one dated snapshot of AWS's listings.

use std::fmt;

use crate::date::Date;
use crate::region::Region;

/// A cross-region inference-profile prefix: `us` in `us.anthropic.claude-3-haiku-20240307-v1:0`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum ProfilePrefix {
    /// `us.`: US regions.
    Us,
    /// `us-gov.`: AWS GovCloud (US) regions.
    UsGov,
    /// `eu.`: European regions.
    Eu,
    /// `apac.`: Asia Pacific regions.
    Apac,
    /// `jp.`: Japan regions.
    Jp,
    /// `au.`: Australia regions.
    Au,
    /// `ca.`: Canada regions.
    Ca,
    /// `in.`: India regions.
    In,
    /// `global.`: commercial regions worldwide.
    Global,
}

impl ProfilePrefix {
    /// Every prefix.
    pub const ALL: [ProfilePrefix; 9] = [
        ProfilePrefix::Us,
        ProfilePrefix::UsGov,
        ProfilePrefix::Eu,
        ProfilePrefix::Apac,
        ProfilePrefix::Jp,
        ProfilePrefix::Au,
        ProfilePrefix::Ca,
        ProfilePrefix::In,
        ProfilePrefix::Global,
    ];

    /// The prefix as written in a profile ID, without the dot: `us`, `us-gov`, `global`.
    pub const fn as_str(self) -> &'static str {
        match self {
            ProfilePrefix::Us => "us",
            ProfilePrefix::UsGov => "us-gov",
            ProfilePrefix::Eu => "eu",
            ProfilePrefix::Apac => "apac",
            ProfilePrefix::Jp => "jp",
            ProfilePrefix::Au => "au",
            ProfilePrefix::Ca => "ca",
            ProfilePrefix::In => "in",
            ProfilePrefix::Global => "global",
        }
    }

    /// The prefix written as `text` (without the dot).
    pub fn parse(text: &str) -> Option<ProfilePrefix> {
        ProfilePrefix::ALL.into_iter().find(|p| p.as_str() == text)
    }
}

impl fmt::Display for ProfilePrefix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a model can be called from one region.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct RegionOffer {
    pub(crate) region: &'static str,
    pub(crate) on_demand: bool,
    pub(crate) provisioned: bool,
    pub(crate) profiles: &'static [ProfilePrefix],
}

impl RegionOffer {
    /// The region.
    pub const fn region(&self) -> &'static str {
        self.region
    }

    /// Whether the bare model ID can be called here with on-demand throughput.
    pub const fn on_demand(&self) -> bool {
        self.on_demand
    }

    /// Whether Provisioned Throughput can be bought here.
    pub const fn provisioned(&self) -> bool {
        self.provisioned
    }

    /// The inference-profile prefixes callable from here.
    pub const fn profiles(&self) -> &'static [ProfilePrefix] {
        self.profiles
    }
}

/// Where and how a model can be called, with its modalities, as of a snapshot.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Availability {
    pub(crate) snapshot: Date,
    pub(crate) status: &'static str,
    pub(crate) input: &'static [&'static str],
    pub(crate) output: &'static [&'static str],
    pub(crate) streaming: bool,
    pub(crate) customizations: &'static [&'static str],
    pub(crate) regions: &'static [RegionOffer],
    /// Derived by the generator from `regions`: whether any region serves it on demand.
    pub(crate) on_demand_anywhere: bool,
    /// Derived by the generator from `regions`: every prefix offered, in `ProfilePrefix::ALL` order.
    pub(crate) prefixes: &'static [ProfilePrefix],
    pub(crate) source: &'static str,
}

impl Availability {
    /// The day these facts describe.
    pub const fn snapshot(&self) -> Date {
        self.snapshot
    }

    /// The lifecycle status ListFoundationModels gave that day: `ACTIVE` or `LEGACY`.
    pub const fn listed_status(&self) -> &'static str {
        self.status
    }

    /// Input modalities (`TEXT`, `IMAGE`, ...).
    pub const fn input_modalities(&self) -> &'static [&'static str] {
        self.input
    }

    /// Output modalities (`TEXT`, `IMAGE`, `EMBEDDING`, ...).
    pub const fn output_modalities(&self) -> &'static [&'static str] {
        self.output
    }

    /// Whether responses can be streamed.
    pub const fn streaming(&self) -> bool {
        self.streaming
    }

    /// Supported customizations (`FINE_TUNING`, `CONTINUED_PRE_TRAINING`, `DISTILLATION`).
    pub const fn customizations(&self) -> &'static [&'static str] {
        self.customizations
    }

    /// Every region that serves the model, by name.
    pub const fn regions(&self) -> &'static [RegionOffer] {
        self.regions
    }

    /// Where the facts come from.
    pub const fn source(&self) -> &'static str {
        self.source
    }

    /// How the model can be called from `region`, if it is served there.
    pub fn offer(&self, region: Region) -> Option<&'static RegionOffer> {
        self.regions.iter().find(|o| o.region == region.name())
    }

    /// Whether some region serves the bare ID on demand.
    pub const fn on_demand_anywhere(&self) -> bool {
        self.on_demand_anywhere
    }

    /// Every inference-profile prefix the model offers, in [`ProfilePrefix::ALL`] order.
    pub const fn profile_prefixes(&self) -> &'static [ProfilePrefix] {
        self.prefixes
    }

    /// The regions a profile can be called from.
    pub fn profile_source_regions(&self, prefix: ProfilePrefix) -> Vec<&'static str> {
        self.regions
            .iter()
            .filter(|o| o.profiles.contains(&prefix))
            .map(|o| o.region)
            .collect()
    }

    /// The model IDs that call `model_id` from `region`: the bare ID if served on demand there,
    /// then `<prefix>.<model id>` for each profile callable from there.
    pub fn callable_from(&self, region: Region, model_id: &str) -> Vec<String> {
        let Some(offer) = self.offer(region) else {
            return Vec::new();
        };
        let bare = offer.on_demand.then(|| model_id.to_owned());
        bare.into_iter()
            .chain(offer.profiles.iter().map(|p| format!("{p}.{model_id}")))
            .collect()
    }
}
