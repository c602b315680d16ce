//! An input past its end of life.

use std::fmt;

use crate::identified::Identified;
use crate::notice::Notice;

/// An input past its end of life.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EndOfLife {
    pub(crate) input: String,
    pub(crate) identified: Identified,
    pub(crate) notice: Notice,
}

impl EndOfLife {
    /// The input as given.
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }

    /// What the input was recognized as.
    #[must_use]
    pub const fn identified(&self) -> Identified {
        self.identified
    }

    /// The lifecycle fact, with dates and replacement.
    #[must_use]
    pub const fn notice(&self) -> &Notice {
        &self.notice
    }
}

impl fmt::Display for EndOfLife {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.notice.fmt(f)
    }
}
