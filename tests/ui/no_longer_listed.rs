use bedrock_model_id::model_id;

// No source gives an end of life: the listings last show it on 2026-02-20.
fn main() {
    let _ = model_id!("us.anthropic.claude-3-opus-20240229-v1:0");
}
