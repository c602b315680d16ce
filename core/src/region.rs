//! AWS partitions and the region names Bedrock model IDs and ARNs may carry.

use std::fmt;

/// An AWS partition, the second field of an ARN (`arn:aws:...`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Partition {
    /// `aws`: the commercial regions.
    Aws,
    /// `aws-cn`: the China regions.
    AwsCn,
    /// `aws-us-gov`: AWS `GovCloud` (US).
    AwsUsGov,
    /// `aws-iso`: the US ISO regions.
    AwsIso,
    /// `aws-iso-b`: the US ISOB regions.
    AwsIsoB,
}

impl Partition {
    /// Every partition, in ARN spelling order.
    pub const ALL: [Partition; 5] = [
        Partition::Aws,
        Partition::AwsCn,
        Partition::AwsUsGov,
        Partition::AwsIso,
        Partition::AwsIsoB,
    ];

    /// The partition as an ARN spells it, e.g. `aws-us-gov`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Partition::Aws => "aws",
            Partition::AwsCn => "aws-cn",
            Partition::AwsUsGov => "aws-us-gov",
            Partition::AwsIso => "aws-iso",
            Partition::AwsIsoB => "aws-iso-b",
        }
    }

    /// The partition an ARN names, if it is one of [`Partition::ALL`].
    #[must_use]
    pub fn parse(name: &str) -> Option<Partition> {
        Partition::ALL.into_iter().find(|p| p.as_str() == name)
    }
}

impl fmt::Display for Partition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An AWS region known to this crate, e.g. `us-west-2`.
///
/// Only names from [`Region::ALL`] exist, so a typo in a region is caught like a typo in a model ID.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Region {
    name: &'static str,
    partition: Partition,
}

macro_rules! regions {
    ($($name:literal => $partition:ident,)*) => {
        impl Region {
            /// Every region this crate knows: AWS's published region list (commercial, China,
            /// GovCloud and ISO partitions) as of 2026-08, which includes every region in the
            /// 2026-08-21 Bedrock model snapshot.
            pub const ALL: &'static [Region] = &[
                $(Region { name: $name, partition: Partition::$partition },)*
            ];
        }
    };
}

// The one region table, shared with xtask (which validates the facts files against it).
#[path = "shared/regions.rs"]
#[macro_use]
mod table;
region_table!(regions);

/// Why a text is not a region this crate knows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegionError {
    input: String,
    closest: Option<&'static str>,
}

impl fmt::Display for RegionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown AWS region `{}`", self.input.escape_debug())?;
        match self.closest {
            Some(closest) => write!(f, ": did you mean `{closest}`? Accepted")?,
            None => f.write_str("; accepted")?,
        }
        f.write_str(": a region name such as `us-east-1` (the full list is `Region::ALL`)")
    }
}

impl std::error::Error for RegionError {}

impl Region {
    /// The region named `name`, e.g. `Region::parse("eu-west-1")`.
    ///
    /// # Errors
    ///
    /// A name not in [`Region::ALL`], with the closest name that is.
    pub fn parse(name: &str) -> Result<Region, RegionError> {
        Region::ALL
            .iter()
            .find(|r| r.name == name)
            .copied()
            .ok_or_else(|| RegionError {
                input: name.to_owned(),
                closest: crate::suggest::closest(name, Region::ALL.iter().map(|r| r.name), 1)
                    .first()
                    .copied(),
            })
    }

    /// The region's name, e.g. `us-west-2`.
    #[must_use]
    pub const fn name(self) -> &'static str {
        self.name
    }

    /// The partition the region belongs to.
    #[must_use]
    pub const fn partition(self) -> Partition {
        self.partition
    }

    /// Its position in [`Region::ALL`]: how `ModelId` stores it in one byte.
    pub(crate) fn index(self) -> u8 {
        let position = Region::ALL.iter().position(|r| r.name == self.name);
        // ALL has fewer than 255 regions (a test checks), and every Region is one of them.
        position
            .and_then(|p| u8::try_from(p).ok())
            .unwrap_or(u8::MAX)
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}

impl std::str::FromStr for Region {
    type Err = RegionError;

    fn from_str(name: &str) -> Result<Region, RegionError> {
        Region::parse(name)
    }
}

/// A cross-region inference-profile prefix: `us` in `us.anthropic.claude-3-haiku-20240307-v1:0`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum ProfilePrefix {
    /// `us.`: US regions.
    Us,
    /// `us-gov.`: AWS `GovCloud` (US) regions.
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
    #[must_use]
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

    /// The partition whose regions the profile routes between: `us-gov.` profiles are
    /// `GovCloud`'s, the others the commercial partition's.
    #[must_use]
    pub const fn partition(self) -> Partition {
        match self {
            ProfilePrefix::UsGov => Partition::AwsUsGov,
            _ => Partition::Aws,
        }
    }

    /// The prefix written as `text` (without the dot).
    #[must_use]
    pub fn parse(text: &str) -> Option<ProfilePrefix> {
        ProfilePrefix::ALL.into_iter().find(|p| p.as_str() == text)
    }
}

impl fmt::Display for ProfilePrefix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_regions_and_their_partitions() {
        assert_eq!(
            Region::parse("us-west-2").unwrap().partition(),
            Partition::Aws
        );
        assert_eq!(
            Region::parse("us-gov-west-1").unwrap().partition(),
            Partition::AwsUsGov
        );
        assert_eq!(
            Region::parse("cn-north-1").unwrap().partition(),
            Partition::AwsCn
        );
    }

    #[test]
    fn suggests_the_closest_region() {
        let error = Region::parse("us-west-3").unwrap_err().to_string();
        assert!(error.contains("unknown AWS region `us-west-3`"), "{error}");
        assert!(error.contains("did you mean `us-west-"), "{error}");
        assert!(error.contains("Accepted: a region name"), "{error}");
    }

    #[test]
    fn region_names_are_unique() {
        let mut names: Vec<_> = Region::ALL.iter().map(|r| r.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Region::ALL.len());
    }
}
