use bedrock_model_id::model_id;

// A Mantle-only ID with no runtime twin in any source: the error says so, and names the
// runtime ID that only looks alike as unconfirmed.
fn main() {
    let _ = model_id!("us.anthropic.claude-haiku-4-5");
}
