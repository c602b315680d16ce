// An ID neither the built-in catalog nor the account's file lists is still unknown.
use bedrock_model_id::{ModelId, model_id};

const OTHER: ModelId = model_id!("acme.other-model-v1:0");

fn main() {
    let _ = OTHER;
}
