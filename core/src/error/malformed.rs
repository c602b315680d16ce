//! An input that is not a well-formed model ID or ARN.

use std::fmt;

use super::echo;
use crate::parse::Malformation;

/// An input that is not a well-formed model ID or ARN.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Malformed {
    input: String,
    problem: Malformation,
}

impl Malformed {
    pub(crate) fn new(input: &str, problem: Malformation) -> Malformed {
        Malformed {
            input: input.to_owned(),
            problem,
        }
    }

    /// The input as given.
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }

    /// What is wrong with it.
    #[must_use]
    pub const fn problem(&self) -> &Malformation {
        &self.problem
    }
}

impl fmt::Display for Malformed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.problem {
            Malformation::Empty | Malformation::TooLong { .. } => write!(f, "{}", self.problem),
            _ => write!(
                f,
                "malformed Bedrock model ARN `{}`: {}",
                echo(&self.input),
                self.problem
            ),
        }
    }
}
