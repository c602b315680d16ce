//! Dated, region-scoped lifecycle facts, and a model's lifecycle phase on a given day.

use std::fmt;

use crate::date::Date;
use crate::region::Region;

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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegionScope {
    /// Every region.
    All,
    /// Only these regions.
    Only(&'static [&'static str]),
    /// Every region but these.
    AllExcept(&'static [&'static str]),
}

impl RegionScope {
    /// Whether the rule applies in `region`.
    #[must_use]
    pub fn contains(self, region: Region) -> bool {
        match self {
            RegionScope::All => true,
            RegionScope::Only(regions) => regions.contains(&region.name()),
            RegionScope::AllExcept(regions) => !regions.contains(&region.name()),
        }
    }

    /// Whether the rule applies only to a list of regions.
    #[must_use]
    pub const fn is_regional(self) -> bool {
        matches!(self, RegionScope::Only(_))
    }

    /// Ranks scopes so that the narrowest rule that applies to a region wins.
    const fn specificity(self) -> u8 {
        match self {
            RegionScope::All => 0,
            RegionScope::AllExcept(_) => 1,
            RegionScope::Only(_) => 2,
        }
    }
}

impl fmt::Display for RegionScope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RegionScope::All => f.write_str("all regions"),
            // A long list says less than its length: the rule's `regions()` has the names.
            RegionScope::Only(regions) if regions.len() > 6 => {
                write!(f, "{} regions", regions.len())
            }
            RegionScope::Only(regions) => f.write_str(&regions.join(", ")),
            RegionScope::AllExcept(regions) => {
                write!(f, "all regions except {}", regions.join(", "))
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
    /// The rule's regions still listed the model after the end of life a source states; the
    /// later-dated listing wins there.
    ListedAfterEndOfLife {
        /// The end of life the source states.
        stated_end_of_life: Date,
        /// The last snapshot that listed it in these regions.
        last_listed: Date,
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
    pub(crate) source: &'static str,
    pub(crate) basis: Basis,
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
    pub const fn source(&self) -> &'static str {
        self.source
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
                .max_by_key(|s| s.phase);
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
            source: "test",
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
                RegionScope::All,
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
