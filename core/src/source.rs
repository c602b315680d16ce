//! Where a fact comes from: one record per source, which every fact of the catalog names.

use std::fmt;

use crate::date::Date;

/// How a source's date was fixed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Dated {
    /// The copy says when it was fetched, published or last updated.
    Stated,
    /// An undated copy: the date is the newest date its text states, a lower bound of when
    /// the copy was made.
    LatestStated,
    /// A listing snapshot, dated by the day it was taken.
    Snapshot,
}

/// One source of facts: an AWS page (a dated copy of it), a listing, a public repository.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Source {
    pub(crate) key: &'static str,
    pub(crate) label: &'static str,
    pub(crate) citation: &'static str,
    pub(crate) date: Option<Date>,
    pub(crate) dated: Dated,
}

impl Source {
    /// The key `core/catalog.toml` names it by, e.g. `aws-lifecycle-2026-10`.
    #[must_use]
    pub const fn key(&self) -> &'static str {
        self.key
    }

    /// A short name for messages, e.g. `AWS's model card "Claude 3 Haiku"`.
    #[must_use]
    pub const fn label(&self) -> &'static str {
        self.label
    }

    /// The full citation: what the source is, its URL, and where the copy read is.
    #[must_use]
    pub const fn citation(&self) -> &'static str {
        self.citation
    }

    /// The date of the copy read; `None` where no date can be given.
    #[must_use]
    pub const fn date(&self) -> Option<Date> {
        self.date
    }

    /// How [`Source::date`] was fixed.
    #[must_use]
    pub const fn dated(&self) -> Dated {
        self.dated
    }

    /// The label with its date, as messages cite it: `AWS's model-lifecycle page (copy of
    /// 2026-10-01)` or, for an undated copy, `... (an undated copy stating dates to 2026-11-05)`.
    #[must_use]
    pub fn cited(&self) -> String {
        match (self.date, self.dated) {
            (None, _) => self.label.to_owned(),
            (Some(date), Dated::Stated) => format!("{} (copy of {date})", self.label),
            (Some(date), Dated::LatestStated) => {
                format!("{} (an undated copy stating dates to {date})", self.label)
            }
            (Some(date), Dated::Snapshot) => format!("{} of {date}", self.label),
        }
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.citation)
    }
}
