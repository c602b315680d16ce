use bedrock_model_id::model_id;

// No region serves this model on demand: only its inference profiles can be called.
fn main() {
    let _ = model_id!("anthropic.claude-sonnet-4-5-20250929-v1:0");
}
