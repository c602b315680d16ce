//! A verdict turned into what the commands print: a level, a kind, what the input was
//! recognised as, and the full message.

use bedrock_model_id::{
    catalog::{Model, Region},
    lifecycle::Date,
    mantle::judge_mantle,
    verdict::{Identified, Verdict, judge},
};

/// How bad a verdict is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Ok,
    Warning,
    Error,
}

impl Level {
    pub const fn as_str(self) -> &'static str {
        match self {
            Level::Ok => "ok",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }
}

/// One judged input.
#[derive(Clone, Debug)]
pub struct Judgement {
    pub level: Level,
    /// `active`, `deprecated`, `unverified`, `end-of-life`, `not-callable`, `mantle-only`,
    /// `unknown`, `malformed`; `mantle` for an ID Mantle accepts.
    pub kind: &'static str,
    /// What the input was recognised as, e.g. `base model ID, Amazon Nova Pro 1.0`; empty
    /// when it was not recognised.
    pub recognised: String,
    /// The full message.
    pub message: String,
}

fn recognised(identified: &Identified) -> String {
    let model = identified.model().map_or_else(
        || "account-specific resource: syntax checked".to_owned(),
        Model::describe,
    );
    format!("{}, {model}", identified.form().describe())
}

/// Judges `id` as a bedrock-runtime model ID (a Mantle ID is refused, saying so).
pub fn runtime(id: &str, as_of: Date, region: Option<Region>) -> Judgement {
    let j = |level, kind, recognised, message| Judgement {
        level,
        kind,
        recognised,
        message,
    };
    match judge(id, as_of, region) {
        Verdict::Active(identified) => {
            let what = recognised(&identified);
            let message = format!("{what}: Active as of {as_of}");
            j(Level::Ok, "active", what, message)
        }
        Verdict::Deprecated(identified, notice) => j(
            Level::Warning,
            "deprecated",
            recognised(&identified),
            notice.to_string(),
        ),
        Verdict::Unverified(identified, unverified) => j(
            Level::Warning,
            "unverified",
            recognised(&identified),
            unverified.to_string(),
        ),
        Verdict::EndOfLife(eol) => j(
            Level::Error,
            "end-of-life",
            recognised(&eol.identified()),
            eol.to_string(),
        ),
        Verdict::NotCallable(not_callable) => j(
            Level::Error,
            "not-callable",
            recognised(&not_callable.identified()),
            not_callable.to_string(),
        ),
        Verdict::MantleOnly(mantle) => j(
            Level::Error,
            "mantle-only",
            format!("Bedrock Mantle model ID, {}", mantle.model().describe()),
            mantle.to_string(),
        ),
        Verdict::Unknown(unknown) => j(Level::Error, "unknown", String::new(), unknown.to_string()),
        Verdict::Malformed(malformed) => j(
            Level::Error,
            "malformed",
            String::new(),
            malformed.to_string(),
        ),
        other => j(Level::Error, "other", String::new(), format!("{other:?}")),
    }
}

/// Judges `id` as a Bedrock Mantle model ID.
pub fn mantle(id: &str, as_of: Date, region: Option<Region>) -> Judgement {
    match judge_mantle(id, as_of, region) {
        Ok((mantle_id, caveat)) => {
            let model = mantle_id.model();
            let what = format!("Bedrock Mantle model ID, {}", model.describe());
            match caveat {
                None => {
                    let apis: Vec<_> = model.apis().iter().map(|a| a.describe()).collect();
                    Judgement {
                        level: Level::Ok,
                        kind: "mantle",
                        message: format!(
                            "{what}: listed as of {as_of}, served through {}",
                            apis.join(", ")
                        ),
                        recognised: what,
                    }
                }
                Some(unverified) => Judgement {
                    level: Level::Warning,
                    kind: "unverified",
                    recognised: what,
                    message: unverified.to_string(),
                },
            }
        }
        Err(error) => Judgement {
            level: Level::Error,
            kind: "mantle-error",
            recognised: String::new(),
            message: error.to_string(),
        },
    }
}

/// Judges a string found by `scan`: as a runtime ID, except that an ID Bedrock Mantle serves
/// is a warning (valid for Mantle's endpoint, refused by bedrock-runtime: the scan cannot tell
/// which endpoint the code calls).
pub fn scanned(id: &str, as_of: Date, region: Option<Region>) -> Judgement {
    let judged = runtime(id, as_of, region);
    if judged.kind != "mantle-only" {
        return judged;
    }
    let on_mantle = mantle(id, as_of, region);
    match on_mantle.level {
        Level::Error => judged,
        _ => Judgement {
            level: Level::Warning,
            ..judged
        },
    }
}
