use bedrock_model_id::model_id;

// allow_unknown never accepts a retired ID.
fn main() {
    let _ = model_id!("anthropic.claude-v1", allow_unknown);
}
