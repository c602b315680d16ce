//! Which operations serve which catalog model (`ModelId::supports`), over the whole catalog,
//! and the cases where sources disagree.

use bedrock_model_id_core::{Date, ModelIdBuf, Operation, Support, catalog};

fn parsed(id: &str) -> ModelIdBuf {
    // The date the catalog's data ends: every model still listed then is live.
    let date = Date::parse("1970-01-01").unwrap();
    ModelIdBuf::parse_as_of(id, date, None).unwrap_or_else(|e| panic!("{id}: {e}"))
}

/// Models whose listed output includes text but that an AWS source says Converse refuses.
const CONVERSE_REFUSES_DESPITE_TEXT: [(&str, &str); 4] = [
    // The API compatibility page: the Nova Sonic models' sole invocation path is
    // InvokeModelWithBidirectionalStream.
    (
        "amazon.nova-2-sonic-v1:0",
        "InvokeModelWithBidirectionalStream",
    ),
    (
        "amazon.nova-sonic-v1:0",
        "InvokeModelWithBidirectionalStream",
    ),
    // Its table: no Converse column for Rerank 3.5 and Pegasus v1.2.
    (
        "cohere.rerank-v3-5:0",
        "\"Rerank 3.5\" without Converse support",
    ),
    (
        "twelvelabs.pegasus-1-2-v1:0",
        "\"Pegasus v1.2\" without Converse support",
    ),
];

/// "Text-generating", as this test means it: the catalog model's listing gives output
/// modalities (`Availability::output_modalities`, ListFoundationModels' `outputModalities` at
/// the model's last listing) and they include `TEXT`. Every such model passes
/// `api = "converse"` (Converse is supported, or the sources cannot tell), except the few an
/// AWS source excludes by name, listed above with the words of their reason.
#[test]
fn every_text_generating_model_passes_converse() {
    let mut excluded = Vec::new();
    for model in catalog::models() {
        let Some(listing) = model.availability() else {
            continue;
        };
        if !listing.output_modalities().contains(&"TEXT") {
            continue;
        }
        let support = parsed(model.id()).supports(Operation::Converse);
        if let Support::NotSupported(reason) = &support {
            let expected = CONVERSE_REFUSES_DESPITE_TEXT
                .iter()
                .find(|(id, _)| *id == model.id())
                .unwrap_or_else(|| panic!("{} is refused: {reason}", model.id()));
            assert!(
                reason.text().contains(expected.1),
                "{}: {reason}",
                model.id()
            );
            // An AWS page decides, not the listing.
            assert!(
                reason.sources().iter().all(|s| s.starts_with("AWS, ")),
                "{}: {:?}",
                model.id(),
                reason.sources()
            );
            excluded.push(model.id());
        }
    }
    let expected: Vec<&str> = CONVERSE_REFUSES_DESPITE_TEXT
        .iter()
        .map(|(id, _)| *id)
        .collect();
    assert_eq!(excluded, expected);
}

/// The listing (2026-10-27) says Pegasus v1.2's responses stream; the API compatibility
/// table (an undated copy naming models to 2026-02-19, and none first listed from 2026-03-19
/// on) does not mark it with the asterisk of
/// InvokeModelWithResponseStream. The later-dated fact wins.
#[test]
fn a_later_listing_overrules_an_older_table() {
    let pegasus = parsed("twelvelabs.pegasus-1-2-v1:0");
    let Support::Supported(reason) = pegasus.supports(Operation::InvokeModelWithResponseStream)
    else {
        panic!("the listing of 2026-10-27 says its responses stream");
    };
    assert!(reason.overrules_older_fact(), "{reason}");
    assert!(
        reason.text().contains(
            "its responses stream: responseStreamingSupported is true (the listing of 2026-10-27)"
        ),
        "{reason}"
    );
    assert!(
        reason.text().contains(
            "this later fact overrules: it is listed as \"Pegasus v1.2\" without \
             InvokeModelWithResponseStream support (AWS's API compatibility table, an undated copy \
             naming models to 2026-02-19)"
        ),
        "{reason}"
    );
}

/// Both AWS pages list Titan Text Large for Converse; the API compatibility table (the later)
/// says the Invoke family does not serve it, and nothing later says otherwise. Its
/// ConverseStream: the Converse table (2025-08-05) says yes, the listing (2026-04-22) agrees.
#[test]
fn titan_text_large_converses_but_is_not_invoked() {
    let large = parsed("amazon.titan-tg1-large");
    assert!(large.supports(Operation::Converse).is_supported());
    assert!(large.supports(Operation::ConverseStream).is_supported());
    assert!(large.supports(Operation::InvokeModel).is_not_supported());
    assert!(
        large
            .supports(Operation::InvokeModelWithResponseStream)
            .is_not_supported()
    );
}

/// Models that only a later source covers, or none, stay unknown: no claim.
#[test]
fn models_no_source_covers_are_unknown() {
    for id in ["anthropic.claude-opus-5", "openai.gpt-6-sol"] {
        for op in Operation::ALL {
            let support = parsed(id).supports(op);
            assert!(
                matches!(support, Support::Unknown(_)),
                "{id} {op}: {support:?}"
            );
        }
    }
    // Its listing says nothing of streaming either: no modalities before 2026-02-14.
    let express = parsed("amazon.titan-text-express-v1");
    assert!(express.supports(Operation::Converse).is_supported());
    assert!(matches!(
        express.supports(Operation::InvokeModel),
        Support::Unknown(_)
    ));
}

/// The whole catalog, operation by operation: printed with `--nocapture`, and pinned so a
/// change of facts shows in review.
#[test]
fn counts_over_the_catalog() {
    let mut lines = Vec::new();
    for op in Operation::ALL {
        let (mut yes, mut no, mut unknown) = (0, 0, 0);
        for model in catalog::models() {
            match bedrock_model_id_core::operation::support(
                Some(model),
                bedrock_model_id_core::Form::OnDemand,
                op,
            ) {
                Support::Supported(_) => yes += 1,
                Support::NotSupported(_) => no += 1,
                Support::Unknown(_) => unknown += 1,
            }
        }
        lines.push(format!(
            "{op}: {yes} supported, {no} not supported, {unknown} unknown"
        ));
    }
    println!("{}", lines.join("\n"));
    assert_eq!(lines.len(), 4);
}

/// The typed constants' rustdoc (written by `cargo xtask catalog` from the same rules) says
/// what `ModelId::supports` says, constant by constant.
#[test]
fn constants_rustdoc_states_what_supports_says() {
    let source = include_str!("../src/models.rs");
    let mut documented = std::collections::HashMap::new();
    let mut last = None;
    for line in source.lines() {
        if let Some(ops) = line.strip_prefix("/// - Operations (as the sources say): ") {
            last = Some(ops);
        } else if let Some(rest) = line.strip_prefix("pub const ")
            && let Some((name, _)) = rest.split_once(": ModelId")
        {
            documented.insert(name, last.take().expect("an Operations line"));
        }
    }
    assert_eq!(documented.len(), bedrock_model_id_core::models::ALL.len());
    for id in bedrock_model_id_core::models::ALL {
        let mut groups: [(&str, Vec<&str>); 3] = [
            ("supported", Vec::new()),
            ("not supported", Vec::new()),
            ("unknown", Vec::new()),
        ];
        for op in Operation::ALL {
            let group = match id.supports(op) {
                Support::Supported(_) => 0,
                Support::NotSupported(_) => 1,
                Support::Unknown(_) => 2,
            };
            groups[group].1.push(op.aws_name());
        }
        let expected: Vec<String> = groups
            .iter()
            .filter(|(_, ops)| !ops.is_empty())
            .map(|(what, ops)| {
                let ops: Vec<String> = ops.iter().map(|op| format!("`{op}`")).collect();
                format!("{what}: {}", ops.join(", "))
            })
            .collect();
        let name = bedrock_model_id_core::catalog::static_name(id.as_str());
        assert_eq!(documented[name.as_str()], expected.join("; "), "{id}");
    }
}
