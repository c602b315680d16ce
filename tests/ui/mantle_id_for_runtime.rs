use bedrock_model_id::model_id;

// A Bedrock Mantle ID is not a bedrock-runtime model ID: the error names the runtime twin.
fn main() {
    let _ = model_id!("openai.gpt-oss-120b");
}
