// Any warning fails the case: pass cases must compile cleanly.
#![deny(warnings)]

use bedrock_model_id::operation::{Operation, Support};
use bedrock_model_id::{ModelId, model_id, model_id_str};

// Served, as the sources say: no error, no warning.
const NOVA: ModelId = model_id!("amazon.nova-pro-v1:0", api = "converse-stream");
const EMBED: &str = model_id_str!("amazon.titan-embed-text-v2:0", api = "invoke");

fn main() {
    // Unknown: an account-specific ARN runs a model only the account knows. No claim, so no
    // error and no warning.
    let provisioned = model_id!(
        "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcd1234efgh",
        api = "converse"
    );
    assert!(matches!(
        provisioned.supports(Operation::Converse),
        Support::Unknown(_)
    ));
    // Unknown too: a model no source covers yet, and a trailing comma.
    let opus = model_id!("us.anthropic.claude-opus-5", api = "converse",);
    let _ = opus;
    assert!(NOVA.supports(Operation::ConverseStream).is_supported());
    assert_eq!(EMBED, "amazon.titan-embed-text-v2:0");
}
