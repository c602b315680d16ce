use bedrock_model_id::model_id;

// A profile ID without `:N`: the suggestion keeps the profile prefix.
fn main() {
    let _ = model_id!("us.anthropic.claude-3-7-sonnet-20250219-v1");
}
