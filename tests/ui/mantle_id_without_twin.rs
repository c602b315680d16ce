use bedrock_model_id::model_id;

// A Mantle-only ID with no runtime twin in any source: the error says so.
fn main() {
    let _ = model_id!("xai.grok-4.3");
}
