use bedrock_model_id::model_id;

// The dataset marks ON_DEMAND in eu-west-1 because Mantle serves the model there; the
// runtime's own listing offers it only through profiles.
fn main() {
    let _ = model_id!("anthropic.claude-opus-4-7", region = "eu-west-1");
}
