//! Why an input is rejected, and the message that says so.

use std::fmt;

use crate::catalog::{self, Entry, Model};
use crate::notice::Notice;
use crate::parse::{Form, Malformation};
use crate::suggest::{self, LookAlike};
use crate::verdict::Identified;

/// Why an ID cannot be used: unknown, malformed, or past its end of life.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The ID is not in the catalog.
    Unknown(Unknown),
    /// The input is not a well-formed model ID or ARN.
    Malformed(Malformed),
    /// The model has reached its end of life.
    EndOfLife(EndOfLife),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Unknown(e) => e.fmt(f),
            Error::Malformed(e) => e.fmt(f),
            Error::EndOfLife(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for Error {}

/// An input past its end of life.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EndOfLife {
    pub(crate) input: String,
    pub(crate) identified: Identified,
    pub(crate) notice: Notice,
}

impl EndOfLife {
    /// The input as given.
    pub fn input(&self) -> &str {
        &self.input
    }

    /// What the input was recognized as.
    pub const fn identified(&self) -> Identified {
        self.identified
    }

    /// The lifecycle fact, with dates and replacement.
    pub const fn notice(&self) -> &Notice {
        &self.notice
    }
}

impl fmt::Display for EndOfLife {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.notice.fmt(f)
    }
}

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
    pub fn input(&self) -> &str {
        &self.input
    }

    /// What is wrong with it.
    pub const fn problem(&self) -> &Malformation {
        &self.problem
    }
}

/// How long an echoed input may be before it is shortened in messages.
const ECHO_LIMIT: usize = 120;

fn echo(input: &str) -> String {
    let escaped = input.escape_debug().to_string();
    match escaped.char_indices().nth(ECHO_LIMIT) {
        Some((cut, _)) => format!("{}…", &escaped[..cut]),
        None => escaped,
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

/// A specific reason an unknown ID is close to a known one.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Hint {
    /// Model IDs are lowercase; the lowercased input is known.
    Lowercase {
        /// The known ID.
        corrected: String,
    },
    /// The input has leading or trailing whitespace; the trimmed input is known.
    Whitespace {
        /// The known ID.
        corrected: String,
    },
    /// The input has a non-ASCII character that looks like an ASCII one.
    LookAlike {
        /// The 1-based position of the first such character, in characters.
        position: usize,
        /// The character and what it imitates.
        look_alike: LookAlike,
        /// The input with every look-alike replaced, if that is a known ID.
        corrected: Option<String>,
    },
    /// The input lacks the `:N` version; these IDs add one.
    MissingVersion {
        /// The known IDs that extend the input by a version.
        candidates: Vec<&'static str>,
    },
    /// The input is a known base ID with a Provisioned Throughput suffix it does not offer.
    ProvisionedSuffix {
        /// The base model.
        base: &'static Model,
    },
}

impl fmt::Display for Hint {
    /// The reason alone; the corrected IDs are the suggestions.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Hint::Lowercase { .. } => f.write_str("model IDs are lowercase"),
            Hint::Whitespace { .. } => f.write_str("it has leading or trailing whitespace"),
            Hint::LookAlike {
                position,
                look_alike,
                ..
            } => write!(
                f,
                "character {position} is U+{:04X} {}, not ASCII `{}`",
                u32::from(look_alike.found),
                look_alike.name,
                look_alike.ascii
            ),
            Hint::MissingVersion { .. } => f.write_str("it lacks the `:N` version"),
            Hint::ProvisionedSuffix { base } => {
                let ids: Vec<&str> = base.provisioned().iter().map(|v| v.id()).collect();
                if ids.is_empty() {
                    write!(f, "`{}` has no Provisioned Throughput IDs", base.id())
                } else {
                    write!(
                        f,
                        "the Provisioned Throughput IDs of `{}` are {}",
                        base.id(),
                        code_list(&ids, "and")
                    )
                }
            }
        }
    }
}

fn code_list(items: &[&str], conjunction: &str) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("`{s}`")).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {conjunction} {last}", rest.join(", ")),
    }
}

/// An ID that is not in the catalog, with the closest IDs and a hint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unknown {
    input: String,
    model_id: String,
    form: Form,
    suggestions: Vec<&'static str>,
    hint: Option<Hint>,
}

/// How many "did you mean" candidates a message lists at most.
const SUGGESTIONS: usize = 3;

impl Unknown {
    /// `model_id` is the part of `input` the catalog judged (the whole input, or an ARN's ID).
    pub(crate) fn new(input: &str, model_id: &str, form: Form) -> Unknown {
        let hint = hint(model_id);
        let exact = match &hint {
            Some(Hint::Lowercase { corrected } | Hint::Whitespace { corrected }) => {
                Some(corrected.as_str())
            }
            Some(Hint::LookAlike {
                corrected: Some(corrected),
                ..
            }) => Some(corrected.as_str()),
            _ => None,
        };
        let suggestions = match (exact.and_then(catalog::entry), &hint) {
            (Some(entry), _) => vec![entry.variant().map_or(entry.model().id(), |v| v.id())],
            (None, Some(Hint::MissingVersion { candidates })) => {
                candidates.iter().copied().take(SUGGESTIONS).collect()
            }
            (None, _) => suggest::closest(&normalize(model_id), catalog::ids(), SUGGESTIONS),
        };
        Unknown {
            input: input.to_owned(),
            model_id: model_id.to_owned(),
            form,
            suggestions,
            hint,
        }
    }

    /// The input as given.
    pub fn input(&self) -> &str {
        &self.input
    }

    /// The model ID that is not in the catalog (inside an ARN, the inner ID).
    pub fn model_id(&self) -> &str {
        &self.model_id
    }

    /// The closest catalog IDs, closest first.
    pub fn suggestions(&self) -> &[&'static str] {
        &self.suggestions
    }

    /// A specific reason the input is close to a known ID.
    pub const fn hint(&self) -> Option<&Hint> {
        self.hint.as_ref()
    }
}

impl fmt::Display for Unknown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown Bedrock model ID `{}`", echo(&self.model_id))?;
        if self.form != Form::OnDemand {
            write!(f, " in {}", self.form.describe())?;
        }
        if let Some(hint) = &self.hint {
            write!(f, ": {hint}")?;
        }
        if !self.suggestions.is_empty() {
            let separator = if self.hint.is_some() { ";" } else { ":" };
            write!(
                f,
                "{separator} did you mean {}?",
                code_list(&self.suggestions, "or")
            )?;
        } else if self.hint.is_none() {
            f.write_str(
                "; expected a catalog model ID such as `anthropic.claude-3-haiku-20240307-v1:0`, a \
                 Provisioned Throughput ID such as `anthropic.claude-v2:1:200k`, or a Bedrock model \
                 ARN (`bedrock_model_id::catalog::ids()` lists the IDs)",
            )?;
        }
        Ok(())
    }
}

/// The input with look-alikes replaced, trimmed and lowercased.
fn normalize(input: &str) -> String {
    input
        .chars()
        .map(|c| suggest::look_alike(c).map_or(c, |l| l.ascii))
        .collect::<String>()
        .trim()
        .to_lowercase()
}

fn hint(input: &str) -> Option<Hint> {
    let normalized = normalize(input);
    let known = catalog::entry(&normalized).is_some();
    let first_look_alike = input
        .chars()
        .enumerate()
        .find_map(|(i, c)| suggest::look_alike(c).map(|l| (i + 1, l)));
    if let Some((position, look_alike)) = first_look_alike {
        return Some(Hint::LookAlike {
            position,
            look_alike,
            corrected: known.then_some(normalized),
        });
    }
    if known && input.trim() != input {
        return Some(Hint::Whitespace {
            corrected: normalized,
        });
    }
    if known {
        return Some(Hint::Lowercase {
            corrected: normalized,
        });
    }
    let prefix = format!("{normalized}:");
    let candidates: Vec<&'static str> = catalog::models()
        .map(Model::id)
        .filter(|id| id.starts_with(&prefix))
        .collect();
    if !candidates.is_empty() {
        return Some(Hint::MissingVersion { candidates });
    }
    // A known base ID followed by `:` and a suffix it does not offer: the longest such base.
    normalized.match_indices(':').rev().find_map(|(at, _)| {
        match catalog::entry(&normalized[..at]) {
            Some(Entry::Base(base)) => Some(Hint::ProvisionedSuffix { base }),
            _ => None,
        }
    })
}
