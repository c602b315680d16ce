// Any warning fails the case: pass cases must compile cleanly.
#![deny(warnings)]

use bedrock_model_id::{ModelId, model_id, catalog::Form};

const EMBED: ModelId = model_id!("amazon.titan-embed-text-v2:0");
static LLAMA: ModelId = model_id!("meta.llama3-70b-instruct-v1:0");

// In public extended access on the pinned date: a `deprecated` warning, which the usual lint
// attribute silences.
#[allow(deprecated)]
const JAMBA: ModelId = model_id!("ai21.jamba-1-5-mini-v1:0");

fn main() {
    assert_eq!(EMBED.as_str(), "amazon.titan-embed-text-v2:0");
    assert_eq!(LLAMA.as_str(), "meta.llama3-70b-instruct-v1:0");
    assert_eq!(LLAMA.form(), Form::OnDemand);
    assert_eq!(
        JAMBA.model().map(|m| m.id()),
        Some("ai21.jamba-1-5-mini-v1:0")
    );

    // Legacy in the 31 regions AWS's lifecycle rows name, and no region named: also a warning.
    #[allow(deprecated)]
    let sonnet = model_id!("us.anthropic.claude-sonnet-4-5-20250929-v1:0");
    assert_eq!(sonnet.as_str(), "us.anthropic.claude-sonnet-4-5-20250929-v1:0");
}
