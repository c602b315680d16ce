//! Fit for the call: whether a bedrock-runtime operation (InvokeModel, Converse and their
//! streaming forms) serves a model, as the sources say, and the error `model_id!(..., api = "...")`
//! gives when they say it does not.
//!
//! The facts and the rule that weighs them live in `shared/operations.rs` (shared with the
//! generator, which writes the typed constants' rustdoc from them): every source's claim is
//! dated, and the latest-dated claim decides. This module adds what the form of an ID tells
//! (an imported-model ARN, which Converse refuses; the other account-specific ARNs, of which
//! nothing is known), the run-time types and the message.
//!
//! It sits above the catalog and lifecycle layers and reads them; they do not call into it.
//! The errors wrap [`Unfit`], and `plan` turns a refusal into one.

use std::fmt;
use std::str::FromStr;

use crate::catalog::{self, Model};
use crate::date::Date;
use crate::identified::Identified;
use crate::lifecycle::Phase;
use crate::parse::Form;

// Shared with xtask, which uses parts core does not.
#[allow(dead_code)]
#[path = "shared/operations.rs"]
pub(crate) mod rules;

use rules::Op;

/// A bedrock-runtime operation that takes a model ID: what `model_id!`'s `api` option names.
///
/// ```
/// use bedrock_model_id_core::Operation;
///
/// let op: Operation = "converse-stream".parse()?;
/// assert_eq!(op, Operation::ConverseStream);
/// assert_eq!(op.to_string(), "ConverseStream");
/// # Ok::<(), bedrock_model_id_core::OperationError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Operation {
    /// `InvokeModel` (`api = "invoke"`).
    InvokeModel,
    /// `InvokeModelWithResponseStream` (`api = "invoke-stream"`).
    InvokeModelWithResponseStream,
    /// `Converse` (`api = "converse"`).
    Converse,
    /// `ConverseStream` (`api = "converse-stream"`).
    ConverseStream,
}

impl Operation {
    /// Every operation.
    pub const ALL: [Operation; 4] = [
        Operation::InvokeModel,
        Operation::InvokeModelWithResponseStream,
        Operation::Converse,
        Operation::ConverseStream,
    ];

    const fn op(self) -> Op {
        match self {
            Operation::InvokeModel => Op::Invoke,
            Operation::InvokeModelWithResponseStream => Op::InvokeStream,
            Operation::Converse => Op::Converse,
            Operation::ConverseStream => Op::ConverseStream,
        }
    }

    /// The operation's AWS name, e.g. `InvokeModelWithResponseStream`.
    #[must_use]
    pub const fn aws_name(self) -> &'static str {
        self.op().aws_name()
    }

    /// The value of `model_id!`'s `api` option that names it, e.g. `invoke-stream`.
    #[must_use]
    pub const fn api_value(self) -> &'static str {
        self.op().api_value()
    }
}

impl fmt::Display for Operation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.aws_name())
    }
}

impl FromStr for Operation {
    type Err = OperationError;

    /// `invoke`, `invoke-stream`, `converse` or `converse-stream`, exactly.
    fn from_str(input: &str) -> Result<Operation, OperationError> {
        Operation::ALL
            .into_iter()
            .find(|op| op.api_value() == input)
            .ok_or_else(|| OperationError {
                input: input.to_owned(),
            })
    }
}

/// A value that names no operation `api` takes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OperationError {
    input: String,
}

impl OperationError {
    /// The value as given.
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }
}

impl fmt::Display for OperationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let accepted: Vec<String> = Operation::ALL
            .iter()
            .map(|op| format!("`{}` ({})", op.api_value(), op.aws_name()))
            .collect();
        let accepted: Vec<&str> = accepted.iter().map(String::as_str).collect();
        write!(
            f,
            "`api` takes {}, not `{}`",
            crate::text::plain_list(&accepted, "or"),
            crate::text::echo(&self.input)
        )
    }
}

impl std::error::Error for OperationError {}

/// Whether an operation serves a model, as the sources say: [`ModelId::supports`](crate::ModelId::supports).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Support {
    /// The sources say it does.
    Supported(Reason),
    /// The sources say it does not: the call fails.
    NotSupported(Reason),
    /// The sources do not say (a model no source covers, an account-specific ARN).
    Unknown(Reason),
}

impl Support {
    /// The reason, whatever the answer.
    #[must_use]
    pub const fn reason(&self) -> &Reason {
        match self {
            Support::Supported(reason)
            | Support::NotSupported(reason)
            | Support::Unknown(reason) => reason,
        }
    }

    /// Whether the sources say the operation serves the model.
    #[must_use]
    pub const fn is_supported(&self) -> bool {
        matches!(self, Support::Supported(_))
    }

    /// Whether the sources say the operation refuses the model.
    #[must_use]
    pub const fn is_not_supported(&self) -> bool {
        matches!(self, Support::NotSupported(_))
    }
}

/// Why the answer is what it is: the deciding facts, each with its source and date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    text: String,
    sources: Vec<&'static str>,
    overrules: bool,
}

impl Reason {
    fn plain(text: String, sources: Vec<&'static str>) -> Reason {
        Reason {
            text,
            sources,
            overrules: false,
        }
    }

    /// The reason in words, sources and dates included.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The full citations of the sources it rests on (title, address, copy and its date).
    #[must_use]
    pub fn sources(&self) -> &[&'static str] {
        &self.sources
    }

    /// Whether a later-dated fact overruled an older one that said otherwise.
    #[must_use]
    pub const fn overrules_older_fact(&self) -> bool {
        self.overrules
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// The full citation of every source the operation facts come from.
pub fn sources() -> impl Iterator<Item = &'static str> {
    rules::SOURCES.into_iter().map(|s| s.citation)
}

/// Whether `operation` serves the catalog model `model` (or, with none, an ID of `form`).
#[must_use]
pub fn support(model: Option<&'static Model>, form: Form, operation: Operation) -> Support {
    let op = operation.op();
    let Some(model) = model else {
        return unlisted(form, op);
    };
    let availability = model.availability();
    let date = availability.map(|a| a.last_listed().to_string());
    let listing = availability
        .zip(date.as_deref())
        .map(|(a, date)| rules::Listing {
            outputs: a.output_modalities(),
            streaming: a.streaming(),
            date,
        });
    let judgement = rules::judge(model.id(), listing.as_ref(), op);
    let mut sources: Vec<&'static str> = Vec::new();
    for claim in judgement.deciding() {
        if !sources.contains(&claim.source.citation) {
            sources.push(claim.source.citation);
        }
    }
    let reason = Reason {
        text: judgement.reason(),
        sources,
        overrules: !judgement.overruled().is_empty(),
    };
    match judgement.verdict() {
        Some(true) => Support::Supported(reason),
        Some(false) => Support::NotSupported(reason),
        None => Support::Unknown(reason),
    }
}

/// An ID with no catalog model: only the form can tell, and only of imported models.
fn unlisted(form: Form, op: Op) -> Support {
    let converse = matches!(op, Op::Converse | Op::ConverseStream);
    if form == Form::ImportedModelArn && converse {
        let source = &rules::API_MODEL;
        return Support::NotSupported(Reason::plain(
            format!(
                "the Converse API doesn't support imported models ({})",
                source.dated(source.date)
            ),
            vec![source.citation],
        ));
    }
    let text = if form.is_account_specific() {
        format!(
            "an account-specific {}: which model it runs, and so what serves it, only the account knows",
            form.describe()
        )
    } else {
        "the catalog does not know the model, so no source says what serves it".to_owned()
    };
    Support::Unknown(Reason::plain(text, Vec::new()))
}

/// An ID the operation it is meant for refuses, as the sources say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unfit {
    input: String,
    identified: Identified,
    operation: Operation,
    reason: Reason,
    date: Date,
}

impl Unfit {
    /// The refusal of `input`, recognized as `identified`, by `operation`, as of `date`.
    pub(crate) fn new(
        input: &str,
        identified: Identified,
        operation: Operation,
        reason: Reason,
        date: Date,
    ) -> Unfit {
        Unfit {
            input: input.to_owned(),
            identified,
            operation,
            reason,
            date,
        }
    }

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

    /// The operation that refuses it.
    #[must_use]
    pub const fn operation(&self) -> Operation {
        self.operation
    }

    /// Why, with sources and dates.
    #[must_use]
    pub const fn reason(&self) -> &Reason {
        &self.reason
    }

    /// The operations the sources say do serve the model.
    #[must_use]
    pub fn offered(&self) -> Vec<Operation> {
        let (model, form) = (self.identified.model(), self.identified.form());
        Operation::ALL
            .into_iter()
            .filter(|op| support(model, form, *op).is_supported())
            .collect()
    }

    /// A model of the same provider that the operation serves and that is not past its end
    /// of life on the judging date, if the catalog has one: one without a Legacy date and
    /// callable on demand somewhere first, then in catalog order.
    #[must_use]
    pub fn alternative(&self) -> Option<&'static Model> {
        let model = self.identified.model()?;
        let region = self.identified.region();
        let mut fits: Vec<(u8, &'static Model)> = catalog::models()
            .filter(|m| m.provider() == model.provider() && m.id() != model.id())
            .filter(|m| support(Some(m), Form::OnDemand, self.operation).is_supported())
            .filter_map(|m| {
                let phase = m.lifecycle().status_on(self.date, region).phase();
                let on_demand = m
                    .availability()
                    .is_some_and(|a| a.on_demand_anywhere() == crate::availability::OnDemand::Yes);
                match phase {
                    Phase::EndOfLife => None,
                    Phase::Active => Some((u8::from(!on_demand), m)),
                    Phase::Legacy | Phase::ExtendedAccess => Some((2 + u8::from(!on_demand), m)),
                }
            })
            .collect();
        fits.sort_by_key(|(rank, m)| (*rank, m.index));
        fits.first().map(|(_, m)| *m)
    }
}

/// What the model outputs, in words, from the listing: `embeddings`, `speech and text`.
fn outputs(model: &Model) -> Option<String> {
    let outputs = model.availability()?.output_modalities();
    if outputs.is_empty() {
        return None;
    }
    let words: Vec<&str> = outputs
        .iter()
        .map(|o| match *o {
            "EMBEDDING" => "embeddings",
            "IMAGE" => "images",
            "VIDEO" => "video",
            "SPEECH" => "speech",
            "TEXT" => "text",
            other => other,
        })
        .collect();
    Some(crate::text::plain_list(&words, "and"))
}

impl fmt::Display for Unfit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.identified.model() {
            Some(model) => format!(
                "`{}` ({})",
                crate::text::echo(&self.input),
                model.describe()
            ),
            None => format!(
                "`{}` ({})",
                crate::text::echo(&self.input),
                self.identified.form().describe()
            ),
        };
        write!(
            f,
            "{what} cannot be called with {}: {}",
            self.operation, self.reason
        )?;
        let offered: Vec<&str> = self
            .offered()
            .into_iter()
            .map(Operation::aws_name)
            .collect();
        let outputs = self
            .identified
            .model()
            .and_then(outputs)
            .filter(|_| !self.reason.text.contains("it outputs"));
        match (outputs, offered.is_empty()) {
            (Some(outputs), false) => write!(
                f,
                "; it outputs {outputs}: call it with {}",
                crate::text::plain_list(&offered, "or")
            )?,
            (None, false) => write!(
                f,
                "; call it with {}",
                crate::text::plain_list(&offered, "or")
            )?,
            (Some(outputs), true) => write!(f, "; it outputs {outputs}")?,
            (None, true) => {}
        }
        if let Some(other) = self.alternative() {
            write!(
                f,
                "; for {}, `{}` ({}) of the same provider fits (live on {})",
                self.operation,
                other.id(),
                other.describe(),
                self.date
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn support_of(id: &str, op: Operation) -> Support {
        let model = catalog::model(id).unwrap_or_else(|| panic!("{id} is not a catalog model"));
        support(Some(model), Form::OnDemand, op)
    }

    #[test]
    fn api_values_round_trip_and_others_are_refused_with_the_accepted_ones() {
        for op in Operation::ALL {
            assert_eq!(op.api_value().parse::<Operation>(), Ok(op));
        }
        let error = "Converse".parse::<Operation>().unwrap_err();
        assert_eq!(
            error.to_string(),
            "`api` takes `invoke` (InvokeModel), `invoke-stream` (InvokeModelWithResponseStream), \
             `converse` (Converse) or `converse-stream` (ConverseStream), not `Converse`"
        );
        assert!("".parse::<Operation>().is_err());
    }

    #[test]
    fn embedding_and_image_models_are_refused_by_converse() {
        for id in [
            "amazon.titan-embed-text-v2:0",
            "cohere.embed-v4:0",
            "stability.sd3-5-large-v1:0",
        ] {
            for op in [Operation::Converse, Operation::ConverseStream] {
                assert!(support_of(id, op).is_not_supported(), "{id} {op}");
            }
        }
        // An image model no table lists: the sentence about image models, applied to its
        // listed output, decides.
        let reason = support_of("stability.sd3-5-large-v1:0", Operation::Converse);
        assert!(
            reason.reason().text().contains("it outputs images"),
            "{reason:?}"
        );
    }

    #[test]
    fn no_streaming_refuses_the_streaming_forms_only() {
        let rerank = "amazon.rerank-v1:0";
        assert!(support_of(rerank, Operation::InvokeModelWithResponseStream).is_not_supported());
        assert!(support_of(rerank, Operation::ConverseStream).is_not_supported());
        // No source says whether Converse serves it.
        assert!(matches!(
            support_of(rerank, Operation::Converse),
            Support::Unknown(_)
        ));
    }

    #[test]
    fn text_models_the_tables_list_are_served() {
        for op in Operation::ALL {
            assert!(
                support_of("amazon.nova-pro-v1:0", op).is_supported(),
                "{op}"
            );
        }
        // Older than the API compatibility table: the Converse table alone speaks for it.
        let claude2 = support_of("anthropic.claude-v2:1", Operation::Converse);
        assert!(claude2.is_supported());
        assert!(matches!(
            support_of("anthropic.claude-v2:1", Operation::InvokeModel),
            Support::Unknown(_)
        ));
    }

    #[test]
    fn sonic_is_served_only_by_the_bidirectional_stream() {
        for op in Operation::ALL {
            let support = support_of("amazon.nova-sonic-v1:0", op);
            assert!(support.is_not_supported(), "{op}: {support:?}");
            assert!(
                support
                    .reason()
                    .text()
                    .contains("InvokeModelWithBidirectionalStream")
            );
        }
    }

    #[test]
    fn forms_without_a_model() {
        let imported = support(None, Form::ImportedModelArn, Operation::Converse);
        assert!(imported.is_not_supported());
        assert!(imported.reason().text().contains("imported models"));
        for form in [Form::ImportedModelArn, Form::ProvisionedModelArn] {
            let invoke = support(None, form, Operation::InvokeModel);
            assert!(matches!(invoke, Support::Unknown(_)), "{form:?}");
        }
        let provisioned = support(None, Form::ProvisionedModelArn, Operation::Converse);
        assert!(matches!(provisioned, Support::Unknown(_)));
    }

    #[test]
    fn the_latest_dated_claim_wins_and_ties_that_disagree_are_unknown() {
        use rules::{API_COMPATIBILITY, CONVERSE_FEATURES, LISTING, Says};
        let claim = |says, source: &'static rules::Source, date| rules::Claim {
            says,
            source,
            date,
            what: String::new(),
        };
        let answer = rules::decide(vec![
            claim(Says::Yes, &CONVERSE_FEATURES, "2025-08-05"),
            claim(Says::No, &API_COMPATIBILITY, "2026-02-19"),
        ]);
        assert_eq!(answer.yes, Some(false));
        assert_eq!(answer.overruled.len(), 1);
        let answer = rules::decide(vec![
            claim(Says::No, &API_COMPATIBILITY, "2026-02-19"),
            claim(Says::Yes, &LISTING, "2026-10-27"),
        ]);
        assert_eq!(answer.yes, Some(true));
        let tie = rules::decide(vec![
            claim(Says::No, &API_COMPATIBILITY, "2026-02-19"),
            claim(Says::Yes, &LISTING, "2026-02-19"),
        ]);
        assert_eq!(tie.yes, None);
        assert_eq!(rules::decide(Vec::new()).yes, None);
    }

    #[test]
    fn every_row_names_a_catalog_model() {
        for row in rules::ROWS {
            assert!(
                catalog::model(row.id).is_some(),
                "{} is not a catalog model",
                row.id
            );
        }
    }

    #[test]
    fn the_refusal_names_what_the_model_offers_and_a_same_provider_model() {
        let model = catalog::model("amazon.titan-embed-text-v2:0").unwrap();
        let identified = Identified {
            form: Form::OnDemand,
            entry: Some(crate::catalog::Entry::Base(model)),
            region: None,
            profile: None,
        };
        let date = Date::parse("2026-11-23").unwrap();
        let Support::NotSupported(reason) =
            support(Some(model), Form::OnDemand, Operation::Converse)
        else {
            panic!("Converse supports no embedding model");
        };
        let unfit = Unfit::new(model.id(), identified, Operation::Converse, reason, date);
        let text = unfit.to_string();
        assert!(text.contains("cannot be called with Converse"), "{text}");
        assert!(
            text.contains("it outputs embeddings: call it with InvokeModel"),
            "{text}"
        );
        assert!(text.contains("of the same provider fits"), "{text}");
        assert!(support(Some(model), Form::OnDemand, Operation::InvokeModel).is_supported());
    }
}
