use bedrock_model_id::mantle_model_id;

// Mantle serves the model, but not in this region.
fn main() {
    let _ = mantle_model_id!("anthropic.claude-haiku-4-5", region = "sa-east-1");
}
