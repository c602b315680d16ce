use bedrock_model_id::model_id;

const ID: &str = "anthropic.claude-v2:1";

fn main() {
    let _ = model_id!(ID);
}
