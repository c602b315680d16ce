use bedrock_model_id::mantle_model_id;

fn main() {
    let _ = mantle_model_id!("openai.gpt-oss-121b");
}
