// `model_id_str!` where a `&str` is needed: a `const`, a `match` pattern, an argument.
use bedrock_model_id::{ModelId, model_id, model_id_str};

const NOVA: &str = model_id_str!("amazon.nova-pro-v1:0");
const TYPED: ModelId = model_id!("amazon.nova-pro-v1:0");

fn family(id: &str) -> &'static str {
    match id {
        model_id_str!("amazon.nova-pro-v1:0") | model_id_str!("eu.amazon.nova-pro-v1:0") => "nova",
        _ => "other",
    }
}

fn takes_str(id: &str) -> usize {
    id.len()
}

fn main() {
    assert_eq!(family(NOVA), "nova");
    assert_eq!(takes_str(model_id_str!("meta.llama3-70b-instruct-v1:0")), 29);
    assert_eq!(TYPED.as_str(), NOVA);
}
