use bedrock_model_id::model_id;

fn main() {
    let _ = model_id!(b"anthropic.claude-v2:1");
}
