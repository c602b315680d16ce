//! An ID the catalog does not know: the closest IDs, and a hint where one applies.

use std::fmt;

use super::{code_list, echo, plain_list};
use crate::catalog::{self, Entry, Model, generated};
use crate::date::Date;
use crate::parse::Form;
use crate::region::ProfilePrefix;
use crate::suggest::{self, LookAlike};

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
    /// The input has two inference-profile prefixes, e.g. `us.us.amazon.nova-pro-v1:0`.
    RepeatedPrefix {
        /// The input with one prefix.
        corrected: String,
    },
    /// The input is percent-encoded, as in a request URL (`%3A` for `:`); decoded, it is known.
    PercentEncoded {
        /// The decoded ID.
        corrected: String,
    },
    /// The input is `<prefix>.<catalog ID>` with a prefix that is not an inference-profile prefix.
    ProfilePrefix {
        /// The prefix as written.
        prefix: String,
        /// The model after it.
        model: &'static Model,
    },
}

impl fmt::Display for Hint {
    /// The reason alone; the corrected IDs are the suggestions.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Hint::Lowercase { .. } => f.write_str("model IDs are lowercase"),
            Hint::RepeatedPrefix { corrected } => write!(
                f,
                "an inference-profile ID has one prefix, this one has two: `{corrected}`"
            ),
            Hint::PercentEncoded { .. } => {
                f.write_str("it is percent-encoded, as in a request URL; decoded, it is")
            }
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
            Hint::MissingVersion { candidates } => {
                write!(
                    f,
                    "it lacks the `:N` version: {}",
                    code_list(candidates, "or")
                )
            }
            Hint::ProfilePrefix { prefix, model } => {
                let offered: Vec<String> = model
                    .availability()
                    .map(|a| {
                        a.profile_prefixes()
                            .iter()
                            .map(|p| format!("{p}."))
                            .collect()
                    })
                    .unwrap_or_default();
                let offered: Vec<&str> = offered.iter().map(String::as_str).collect();
                write!(
                    f,
                    "`{}.` is not an inference-profile prefix",
                    prefix.escape_debug()
                )?;
                if offered.is_empty() {
                    write!(f, "; `{}` offers no inference profiles", model.id())
                } else {
                    write!(
                        f,
                        "; `{}` offers {}",
                        model.id(),
                        code_list(&offered, "and")
                    )
                }
            }
            Hint::ProvisionedSuffix { base } => {
                let ids: Vec<&str> = base
                    .provisioned()
                    .iter()
                    .map(super::super::catalog::ProvisionedVariant::id)
                    .collect();
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

/// An ID that is not in the catalog, with the closest IDs and a hint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unknown {
    input: String,
    model_id: String,
    form: Form,
    as_of: Date,
    /// The inference-profile prefix the input carries: suggestions are shown with it.
    profile: Option<ProfilePrefix>,
    suggestions: Vec<&'static str>,
    /// For each suggestion, how it was retired by the date judged, if it was.
    retired: Vec<Option<Retired>>,
    hint: Option<Hint>,
}

/// How a suggestion was retired by the date judged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Retired {
    /// A source gives its end of life.
    On(Date),
    /// The listings stopped showing it (or never did) from this date on.
    NotListedSince(Date),
}

/// Whether and how `id` was retired everywhere by `date`.
fn retired_on(id: &str, date: Date) -> Option<Retired> {
    let status = catalog::entry(id)?
        .model()
        .lifecycle()
        .status_on(date, None);
    let retired = status.phase() == crate::lifecycle::Phase::EndOfLife && !status.is_regional();
    let rule = status.rule().filter(|_| retired)?;
    let day = rule.end_of_life()?;
    Some(if rule.basis().is_absence() {
        Retired::NotListedSince(day)
    } else {
        Retired::On(day)
    })
}

/// How many "did you mean" candidates a message lists at most.
const SUGGESTIONS: usize = 3;

impl Unknown {
    /// `model_id` is the part of `input` the catalog judged (the whole input, or an ARN's ID).
    pub(crate) fn new(input: &str, model_id: &str, form: Form, date: Date) -> Unknown {
        let hint = hint(model_id);
        let exact = match &hint {
            Some(
                Hint::Lowercase { corrected }
                | Hint::Whitespace { corrected }
                | Hint::PercentEncoded { corrected }
                | Hint::LookAlike {
                    corrected: Some(corrected),
                    ..
                },
            ) => Some(corrected.as_str()),
            _ => None,
        };
        let suggestions = match (exact.and_then(catalog::entry), &hint) {
            (Some(entry), _) => vec![entry.variant().map_or(entry.model().id(), |v| v.id())],
            // The hint names the ID; others would only repeat it.
            (None, Some(Hint::RepeatedPrefix { .. })) => Vec::new(),
            // The versions first, then the closest IDs: the input may be a typo of a full ID.
            (None, hint) => {
                // Closest first; at the same distance, live models before retired ones.
                let mut scored = suggest::within_reach(&normalize(model_id), catalog::ids());
                // Live models first, closest first among them; retired ones after.
                scored.sort_by_key(|&(d, id)| (retired_on(id, date).is_some(), d, id));
                let closest = scored.into_iter().map(|(_, id)| id);
                let mut merged: Vec<&'static str> = match hint {
                    Some(Hint::MissingVersion { candidates }) => candidates.clone(),
                    _ => Vec::new(),
                };
                for id in closest {
                    if !merged.contains(&id) {
                        merged.push(id);
                    }
                }
                merged.truncate(SUGGESTIONS);
                merged
            }
        };
        let retired = suggestions.iter().map(|id| retired_on(id, date)).collect();
        let profile = match form {
            Form::InferenceProfile | Form::InferenceProfileArn => {
                crate::parse::parse(input).ok().and_then(|p| p.profile)
            }
            _ => None,
        };
        Unknown {
            input: input.to_owned(),
            model_id: model_id.to_owned(),
            form,
            as_of: date,
            profile,
            suggestions,
            retired,
            hint,
        }
    }

    /// The input as given.
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }

    /// The model ID that is not in the catalog (inside an ARN, the inner ID).
    #[must_use]
    pub fn model_id(&self) -> &str {
        &self.model_id
    }

    /// The form the input has (the inner ID of an ARN is what is unknown).
    #[must_use]
    pub const fn form(&self) -> Form {
        self.form
    }

    /// The closest catalog IDs, closest first.
    #[must_use]
    pub fn suggestions(&self) -> &[&'static str] {
        &self.suggestions
    }

    /// A specific reason the input is close to a known ID.
    #[must_use]
    pub const fn hint(&self) -> Option<&Hint> {
        self.hint.as_ref()
    }
}

impl fmt::Display for Unknown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(hint @ Hint::RepeatedPrefix { .. }) = &self.hint {
            return write!(
                f,
                "`{}` is not a Bedrock model ID: {hint}",
                echo(&self.input)
            );
        }
        write!(f, "unknown Bedrock model ID `{}`", echo(&self.model_id))?;
        if self.form != Form::OnDemand {
            write!(f, " in {}", self.form.describe())?;
        }
        // An ID with a profile prefix is suggested with the same prefix.
        let shown = |id: &str| match self.profile {
            Some(prefix) => format!("{prefix}.{id}"),
            None => id.to_owned(),
        };
        match (&self.hint, self.profile) {
            (Some(Hint::MissingVersion { candidates }), Some(_)) => {
                let candidates: Vec<String> = candidates.iter().map(|id| shown(id)).collect();
                let candidates: Vec<&str> = candidates.iter().map(String::as_str).collect();
                write!(
                    f,
                    ": it lacks the `:N` version: {}",
                    code_list(&candidates, "or")
                )?;
            }
            (Some(hint @ Hint::PercentEncoded { corrected }), _) => {
                write!(f, ": {hint} `{}`", shown(corrected))?;
            }
            (Some(hint), _) => write!(f, ": {hint}")?,
            (None, _) => {}
        }
        // A missing-version hint names its candidates itself; the rest are other models.
        let named_by_hint: &[&str] = match &self.hint {
            Some(Hint::MissingVersion { candidates }) => candidates,
            _ => &[],
        };
        let others: Vec<String> = self
            .suggestions
            .iter()
            .zip(&self.retired)
            .filter(|(id, _)| !named_by_hint.contains(id))
            .filter(|(id, _)| {
                !matches!(&self.hint, Some(Hint::PercentEncoded { corrected }) if corrected == *id)
            })
            .map(|(id, retired)| {
                let id = shown(id);
                match retired {
                    Some(Retired::On(day)) => format!("`{id}` (end of life {day})"),
                    Some(Retired::NotListedSince(day)) => {
                        format!("`{id}` (not listed since {day})")
                    }
                    None => format!("`{id}`"),
                }
            })
            .collect();
        // A correction of the input names the ID meant, live or not; other suggestions are
        // guesses, and a list of retired guesses says so.
        let corrects = matches!(
            &self.hint,
            Some(
                Hint::Lowercase { .. }
                    | Hint::Whitespace { .. }
                    | Hint::LookAlike { .. }
                    | Hint::PercentEncoded { .. }
            )
        );
        let none_live =
            !corrects && !self.retired.is_empty() && self.retired.iter().all(Option::is_some);
        if !others.is_empty() {
            let lead = match (&self.hint, named_by_hint.is_empty()) {
                (None, _) => ": did you mean",
                (Some(_), true) => "; did you mean",
                (Some(_), false) => "; or did you mean",
            };
            let others: Vec<&str> = others.iter().map(String::as_str).collect();
            write!(f, "{lead} {}?", plain_list(&others, "or"))?;
            if none_live {
                f.write_str(
                    " None of these is live: choose a current model \
                     (`bedrock_model_id::catalog::models()` lists them)",
                )?;
            }
        } else if self.hint.is_none() {
            f.write_str(
                "; expected a catalog model ID such as `amazon.titan-embed-text-v2:0`, an inference \
                 profile such as `eu.amazon.nova-pro-v1:0`, a Provisioned Throughput ID such as \
                 `cohere.embed-english-v3:0:512`, or a Bedrock model ARN \
                 (`bedrock_model_id::catalog::ids()` lists the IDs)",
            )?;
        }
        // A hint explains the input; the data date matters only for an ID nothing explains.
        if self.hint.is_none() && self.as_of > generated::DATA_DATE && well_formed(&self.model_id) {
            write!(
                f,
                " (the catalog knows the models listed to {}; for one launched since, update \
                 bedrock-model-id or name it in your account catalog, BEDROCK_MODEL_ID_CATALOG)",
                generated::DATA_DATE
            )?;
        }
        Ok(())
    }
}

/// Whether `id` has the shape of a Bedrock model ID: `provider.name`, lowercase ASCII letters,
/// digits, `-`, `.` and `:` only.
pub(crate) fn well_formed(id: &str) -> bool {
    let allowed = |c: char| matches!(c, 'a'..='z' | '0'..='9' | '-' | '.' | ':');
    id.split_once('.')
        .is_some_and(|(provider, rest)| !provider.is_empty() && !rest.is_empty())
        && id.chars().all(allowed)
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

/// `input` with `%XX` escapes decoded, if it has any and they decode to ASCII.
fn percent_decoded(input: &str) -> Option<String> {
    if !input.contains('%') {
        return None;
    }
    let bytes = input.as_bytes();
    let mut out = String::with_capacity(input.len());
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] == b'%' {
            let hex = input.get(at + 1..at + 3)?;
            let byte = u8::from_str_radix(hex, 16).ok().filter(u8::is_ascii)?;
            out.push(char::from(byte));
            at += 3;
        } else {
            out.push(char::from(bytes[at]));
            at += 1;
        }
    }
    Some(out)
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
    if let Some(decoded) = percent_decoded(&normalized)
        && catalog::entry(&decoded).is_some()
    {
        return Some(Hint::PercentEncoded { corrected: decoded });
    }
    // An unknown prefix before a catalog ID, e.g. `uk.amazon.nova-pro-v1:0`; or a second
    // profile prefix, e.g. `us.us.amazon.nova-pro-v1:0` (the input here is after the first).
    if let Some((prefix, rest)) = normalized.split_once('.') {
        if ProfilePrefix::parse(prefix).is_some() && catalog::model(rest).is_some() {
            return Some(Hint::RepeatedPrefix {
                corrected: normalized.clone(),
            });
        }
        if let Some(model) = catalog::model(rest) {
            return Some(Hint::ProfilePrefix {
                prefix: prefix.to_owned(),
                model,
            });
        }
    }
    // A known base ID followed by `:` and a suffix it does not offer: the longest such base.
    normalized.match_indices(':').rev().find_map(|(at, _)| {
        match catalog::entry(&normalized[..at]) {
            Some(Entry::Base(base)) => Some(Hint::ProvisionedSuffix { base }),
            _ => None,
        }
    })
}
