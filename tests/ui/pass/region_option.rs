// Any warning fails the case: pass cases must compile cleanly.
#![deny(warnings)]

use bedrock_model_id::{model_id, catalog::Form};

fn main() {
    // Served on demand in us-west-2; the trailing comma is accepted.
    let llama = model_id!("meta.llama3-70b-instruct-v1:0", region = "us-west-2",);
    assert_eq!(llama.as_str(), "meta.llama3-70b-instruct-v1:0");

    // Inference-profile IDs, with and without a region.
    let nova = model_id!("eu.amazon.nova-pro-v1:0", region = "eu-west-1");
    assert_eq!(nova.form(), Form::InferenceProfile);
    let haiku = model_id!("us.anthropic.claude-haiku-4-5-20251001-v1:0");
    assert_eq!(haiku.form(), Form::InferenceProfile);
}
