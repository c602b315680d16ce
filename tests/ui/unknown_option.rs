use bedrock_model_id::model_id;

fn main() {
    let _ = model_id!("anthropic.claude-v2:1", regoin = "us-west-2");
}
