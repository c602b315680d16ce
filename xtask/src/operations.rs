//! The operations each model supports, for the typed constants' rustdoc: the same facts and
//! rule as `ModelId::supports`, shared with core through `#[path]`.

use crate::availability::RuntimeListing;

#[allow(dead_code)] // Core uses the parts this crate does not.
#[path = "../../core/src/shared/operations.rs"]
mod rules;

use rules::{Listing, Op, judge};

/// `Operations (as known): ...`, one rustdoc line: which of the four operations the sources
/// say serve the model, refuse it, or do not say.
pub fn doc_line(model_id: &str, listing: Option<&RuntimeListing>) -> String {
    let outputs: Vec<&str> = listing
        .map(|l| l.output.iter().map(String::as_str).collect())
        .unwrap_or_default();
    let listing = listing.map(|l| Listing {
        outputs: &outputs,
        streaming: l.streaming,
        date: &l.last_listed,
    });
    let mut groups: [(&str, Vec<&str>); 3] = [
        ("supported", Vec::new()),
        ("not supported", Vec::new()),
        ("unknown", Vec::new()),
    ];
    for op in Op::ALL {
        let group = match judge(model_id, listing.as_ref(), op).verdict() {
            Some(true) => 0,
            Some(false) => 1,
            None => 2,
        };
        groups[group].1.push(op.aws_name());
    }
    let parts: Vec<String> = groups
        .iter()
        .filter(|(_, ops)| !ops.is_empty())
        .map(|(what, ops)| {
            let ops: Vec<String> = ops.iter().map(|op| format!("`{op}`")).collect();
            format!("{what}: {}", ops.join(", "))
        })
        .collect();
    format!("Operations (as the sources say): {}", parts.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_model_no_source_covers_is_unknown_throughout() {
        assert_eq!(
            doc_line("acme.unlisted-v1:0", None),
            "Operations (as the sources say): unknown: `InvokeModel`, \
             `InvokeModelWithResponseStream`, `Converse`, `ConverseStream`"
        );
    }
}
