use bedrock_model_id::{MantleModelId, mantle_model_id, mantle::MantleApi};

const GPT_OSS: MantleModelId = mantle_model_id!("openai.gpt-oss-120b");
static HAIKU: MantleModelId = mantle_model_id!("anthropic.claude-haiku-4-5", region = "eu-west-1");

fn main() {
    let copy = GPT_OSS;
    let s: &'static str = copy.as_str();
    assert_eq!(s, "openai.gpt-oss-120b");
    assert!(HAIKU.supports(MantleApi::Messages));
    assert!(!HAIKU.supports(MantleApi::Responses));
}
