use bedrock_model_id::model_id;

// AWS's model card of Claude Haiku 4.5 gives both of its IDs: the Mantle ID's error names the
// bedrock-runtime twin, with the card as the source.
fn main() {
    let _ = model_id!("us.anthropic.claude-haiku-4-5");
}
