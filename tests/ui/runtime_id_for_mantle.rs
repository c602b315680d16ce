use bedrock_model_id::mantle_model_id;

// A bedrock-runtime ID given to the Mantle macro: the error names Mantle's ID for the model.
fn main() {
    let _ = mantle_model_id!("openai.gpt-oss-120b-1:0");
}
