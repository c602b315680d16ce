//! Dated, region-scoped lifecycle facts, and a model's lifecycle phase on a given day.

use std::fmt;

use crate::date::Date;
use crate::region::{Partition, Region};
use crate::source::Source;

/// The phase of a model version on a given day, from best to worst.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Phase {
    /// Supported; no end of life is announced as having begun.
    Active,
    /// Superseded: it still works, and an end-of-life date is set.
    Legacy,
    /// Public extended access: it still works, at a higher price, until its end of life.
    ExtendedAccess,
    /// End of life: every request to it fails.
    EndOfLife,
}

impl Phase {
    /// The phase as AWS's lifecycle pages name it.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Phase::Active => "Active",
            Phase::Legacy => "Legacy",
            Phase::ExtendedAccess => "public extended access",
            Phase::EndOfLife => "end of life",
        }
    }
}

impl fmt::Display for Phase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// The regions a lifecycle rule applies to.
///
/// A rule that names no regions holds in the partition its source is published for: AWS's
/// commercial lifecycle pages say nothing about `GovCloud`, whose rules are separate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegionScope {
    /// Every region of one partition.
    Partition(Partition),
    /// Only these regions.
    Only(&'static [&'static str]),
    /// Every region of the partition but these.
    AllExcept(Partition, &'static [&'static str]),
}

impl RegionScope {
    /// Every commercial region: what a rule of AWS's commercial lifecycle pages covers.
    pub const COMMERCIAL: RegionScope = RegionScope::Partition(Partition::Aws);

    /// Whether the rule applies in `region`.
    #[must_use]
    pub fn contains(self, region: Region) -> bool {
        match self {
            RegionScope::Partition(partition) => region.partition() == partition,
            RegionScope::Only(regions) => regions.contains(&region.name()),
            RegionScope::AllExcept(partition, regions) => {
                region.partition() == partition && !regions.contains(&region.name())
            }
        }
    }

    /// Whether the rule holds in the commercial partition as a whole: what decides when no
    /// region is given. Every other scope is regional then.
    #[must_use]
    pub const fn is_commercial(self) -> bool {
        matches!(
            self,
            RegionScope::Partition(Partition::Aws) | RegionScope::AllExcept(Partition::Aws, _)
        )
    }

    /// Whether the rule applies only to some regions, from the view of a caller who names no
    /// region: a list of regions, or another partition than the commercial one.
    #[must_use]
    pub const fn is_regional(self) -> bool {
        !self.is_commercial()
    }

    /// Ranks scopes so that the narrowest rule that applies to a region wins.
    const fn specificity(self) -> u8 {
        match self {
            RegionScope::Partition(_) => 0,
            RegionScope::AllExcept(..) => 1,
            RegionScope::Only(_) => 2,
        }
    }
}

/// How messages name a partition's regions as a whole.
const fn partition_regions(partition: Partition) -> &'static str {
    match partition {
        Partition::Aws => "every commercial region",
        Partition::AwsCn => "every China region",
        Partition::AwsUsGov => "every GovCloud region",
        Partition::AwsIso | Partition::AwsIsoB => "every ISO region",
    }
}

impl fmt::Display for RegionScope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RegionScope::Partition(partition) => f.write_str(partition_regions(*partition)),
            // A long list says less than its length: the rule's `regions()` has the names.
            RegionScope::Only(regions) if regions.len() > 6 => {
                write!(f, "{} regions", regions.len())
            }
            RegionScope::Only(regions) => f.write_str(&regions.join(", ")),
            RegionScope::AllExcept(partition, regions) => {
                write!(
                    f,
                    "{} except {}",
                    partition_regions(*partition),
                    regions.join(", ")
                )
            }
        }
    }
}

/// Why a lifecycle rule holds: a source states it, or the catalog read it off the history of
/// listings (and the message says so instead of claiming a date no source gives).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Basis {
    /// A source states the dates (AWS's lifecycle pages, the seeds).
    Stated,
    /// The runtime last listed the model on `last_listed`, in every region; its end of life is
    /// taken as the day after, since no source gives one.
    NoLongerListed {
        /// The last snapshot that listed it.
        last_listed: Date,
    },
    /// No snapshot from `first_date` to `data_date` lists the model on the runtime.
    NeverListed {
        /// The oldest snapshot the catalog read.
        first_date: Date,
        /// The newest.
        data_date: Date,
    },
    /// The listings mark the model `LEGACY` from `since`; no end-of-life date is published.
    ListedLegacy {
        /// The first listing of the final run of `LEGACY` listings.
        since: Date,
        /// True when it was never listed `ACTIVE`: the change happened on or before `since`.
        from_first_listing: bool,
    },
}

impl Basis {
    /// Whether the rule's end of life is inferred from the model's absence from the listings.
    #[must_use]
    pub const fn is_absence(self) -> bool {
        matches!(
            self,
            Basis::NoLongerListed { .. } | Basis::NeverListed { .. }
        )
    }
}

/// One dated lifecycle fact: when a model became Legacy, entered public extended access and
/// reaches its end of life, in which regions, what replaces it, and who says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LifecycleRule {
    pub(crate) scope: RegionScope,
    pub(crate) legacy: Option<Date>,
    pub(crate) extended_access: Option<Date>,
    pub(crate) end_of_life: Option<Date>,
    pub(crate) end_of_life_no_sooner_than: Option<Date>,
    pub(crate) legacy_period: Option<&'static str>,
    pub(crate) replacement: Option<&'static str>,
    pub(crate) note: Option<&'static str>,
    pub(crate) listed_after: Option<ListedAfter>,
    pub(crate) source: &'static Source,
    pub(crate) basis: Basis,
}

/// Regions whose listings still showed a model after the end of life a source states.
///
/// A listing is no evidence that requests work: `ListFoundationModels` keeps showing models
/// after they stop serving (AWS's own Claude 3 Haiku card names 4 regions excepted from its
/// 2026-09-10 end of life, while the listings of 2026-10-27 show 7). So this is a note on the
/// stated rule, never the verdict; a regional exception needs a source that states it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ListedAfter {
    pub(crate) regions: &'static [&'static str],
    pub(crate) last_listed: Date,
}

impl ListedAfter {
    /// The regions that still listed the model.
    #[must_use]
    pub const fn regions(&self) -> &'static [&'static str] {
        self.regions
    }

    /// The last listing that showed it there.
    #[must_use]
    pub const fn last_listed(&self) -> Date {
        self.last_listed
    }
}

impl LifecycleRule {
    /// The regions this rule applies to.
    #[must_use]
    pub const fn scope(&self) -> RegionScope {
        self.scope
    }

    /// The day the model became Legacy.
    #[must_use]
    pub const fn legacy(&self) -> Option<Date> {
        self.legacy
    }

    /// The day public extended access began.
    #[must_use]
    pub const fn extended_access(&self) -> Option<Date> {
        self.extended_access
    }

    /// The day of end of life: from this day on, requests fail.
    #[must_use]
    pub const fn end_of_life(&self) -> Option<Date> {
        self.end_of_life
    }

    /// For models launched from 2026-09-07: the "end of life no sooner than" date AWS publishes
    /// at launch.
    #[must_use]
    pub const fn end_of_life_no_sooner_than(&self) -> Option<Date> {
        self.end_of_life_no_sooner_than
    }

    /// For those models: the Legacy period AWS announces (`6 months` or `45 days`).
    #[must_use]
    pub const fn legacy_period(&self) -> Option<&'static str> {
        self.legacy_period
    }

    /// Whether a source states the rule or the catalog inferred it from the listings.
    #[must_use]
    pub const fn basis(&self) -> Basis {
        self.basis
    }

    /// The recommended replacement model ID, where the source names one.
    #[must_use]
    pub const fn replacement(&self) -> Option<&'static str> {
        self.replacement
    }

    /// What the catalog adds to the source's fact, e.g. how a date was inferred.
    #[must_use]
    pub const fn note(&self) -> Option<&'static str> {
        self.note
    }

    /// Where the fact comes from.
    #[must_use]
    pub const fn source(&self) -> &'static Source {
        self.source
    }

    /// Regions whose listings still showed the model after this rule's end of life: a note,
    /// not a verdict (see [`ListedAfter`]).
    #[must_use]
    pub const fn listed_after_end_of_life(&self) -> Option<ListedAfter> {
        self.listed_after
    }

    /// The phase this rule gives on `date`.
    #[must_use]
    pub fn phase_on(&self, date: Date) -> Phase {
        let reached = |day: Option<Date>| day.is_some_and(|day| day <= date);
        if reached(self.end_of_life) {
            Phase::EndOfLife
        } else if reached(self.extended_access) {
            Phase::ExtendedAccess
        } else if reached(self.legacy) {
            Phase::Legacy
        } else {
            Phase::Active
        }
    }

    /// The day the phase given on `date` began.
    #[must_use]
    pub fn phase_start(&self, date: Date) -> Option<Date> {
        match self.phase_on(date) {
            Phase::Active => None,
            Phase::Legacy => self.legacy,
            Phase::ExtendedAccess => self.extended_access,
            Phase::EndOfLife => self.end_of_life,
        }
    }
}

/// A model's lifecycle: its dated rules, of which at most one applies in each region.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Lifecycle {
    pub(crate) rules: &'static [LifecycleRule],
}

/// A model's lifecycle phase on one day, and the rule that decides it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Status {
    phase: Phase,
    rule: Option<&'static LifecycleRule>,
    regional: bool,
}

impl Status {
    /// The phase.
    #[must_use]
    pub const fn phase(&self) -> Phase {
        self.phase
    }

    /// The rule that gives the phase; `None` for a model with no lifecycle facts (Active).
    #[must_use]
    pub const fn rule(&self) -> Option<&'static LifecycleRule> {
        self.rule
    }

    /// True when no region was given and the phase holds only in the rule's regions
    /// (e.g. AI21 Jurassic-2's end of life in `us-west-2` alone).
    #[must_use]
    pub const fn is_regional(&self) -> bool {
        self.regional
    }
}

impl Lifecycle {
    /// Every rule, as the catalog lists them.
    #[must_use]
    pub const fn rules(&self) -> &'static [LifecycleRule] {
        self.rules
    }

    /// The phase on `date` in `region`.
    ///
    /// With a region, the narrowest rule that applies there decides; among equally narrow
    /// rules, the last listed (the generator puts rules read off later listings last). Without one, the rule for
    /// all regions decides, unless a rule for some regions only is worse on that day: then that
    /// one is returned, marked [`Status::is_regional`].
    #[must_use]
    pub fn status_on(&self, date: Date, region: Option<Region>) -> Status {
        let status = |rule: Option<&'static LifecycleRule>, regional| Status {
            phase: rule.map_or(Phase::Active, |r| r.phase_on(date)),
            rule,
            regional,
        };
        if let Some(region) = region {
            status(
                self.rules
                    .iter()
                    .filter(|r| r.scope.contains(region))
                    .max_by_key(|r| r.scope.specificity()),
                false,
            )
        } else {
            let general = status(self.rules.iter().find(|r| !r.scope.is_regional()), false);
            let worst_regional = self
                .rules
                .iter()
                .filter(|r| r.scope.is_regional())
                .map(|r| status(Some(r), true))
                // The worst phase; among equals, a rule that dates its end of life says more.
                .max_by_key(|s| {
                    (
                        s.phase,
                        s.rule.and_then(LifecycleRule::end_of_life).is_some(),
                    )
                });
            match worst_regional {
                Some(regional) if regional.phase > general.phase => regional,
                _ => general,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Dated;

    static TEST: Source = Source {
        key: "test",
        label: "a test",
        citation: "a test",
        date: None,
        dated: Dated::Stated,
    };

    const fn rule(scope: RegionScope, legacy: Date, eol: Date) -> LifecycleRule {
        LifecycleRule {
            scope,
            legacy: Some(legacy),
            extended_access: None,
            end_of_life: Some(eol),
            end_of_life_no_sooner_than: None,
            legacy_period: None,
            replacement: None,
            note: None,
            listed_after: None,
            source: &TEST,
            basis: Basis::Stated,
        }
    }

    static REGIONAL: [LifecycleRule; 1] = [rule(
        RegionScope::Only(&["us-west-2"]),
        Date::ymd(2024, 7, 30),
        Date::ymd(2024, 7, 30),
    )];

    #[test]
    fn phases_follow_the_dates() {
        let r = LifecycleRule {
            extended_access: Some(Date::ymd(2026, 3, 1)),
            ..rule(
                RegionScope::COMMERCIAL,
                Date::ymd(2025, 10, 1),
                Date::ymd(2026, 5, 31),
            )
        };
        assert_eq!(r.phase_on(Date::ymd(2025, 9, 30)), Phase::Active);
        assert_eq!(r.phase_on(Date::ymd(2025, 10, 1)), Phase::Legacy);
        assert_eq!(r.phase_on(Date::ymd(2026, 3, 1)), Phase::ExtendedAccess);
        assert_eq!(r.phase_on(Date::ymd(2026, 5, 30)), Phase::ExtendedAccess);
        assert_eq!(r.phase_on(Date::ymd(2026, 5, 31)), Phase::EndOfLife);
        assert_eq!(
            r.phase_start(Date::ymd(2026, 6, 1)),
            Some(Date::ymd(2026, 5, 31))
        );
    }

    #[test]
    fn a_regional_rule_applies_in_its_region_and_is_flagged_without_one() {
        let lifecycle = Lifecycle { rules: &REGIONAL };
        let day = Date::ymd(2024, 8, 1);
        let west = Region::parse("us-west-2").unwrap();
        let east = Region::parse("us-east-1").unwrap();
        assert_eq!(
            lifecycle.status_on(day, Some(west)).phase(),
            Phase::EndOfLife
        );
        assert_eq!(lifecycle.status_on(day, Some(east)).phase(), Phase::Active);
        let anywhere = lifecycle.status_on(day, None);
        assert_eq!(anywhere.phase(), Phase::EndOfLife);
        assert!(anywhere.is_regional());
        assert_eq!(
            lifecycle.status_on(Date::ymd(2024, 1, 1), None).phase(),
            Phase::Active
        );
    }
}
