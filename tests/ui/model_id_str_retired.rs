use bedrock_model_id::model_id_str;

// model_id_str! judges like model_id!: one error on the literal, no type mismatch after it.
const OLD: &str = model_id_str!("anthropic.claude-v1");

fn main() {
    let _ = OLD;
}
