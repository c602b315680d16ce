use bedrock_model_id::model_id;

// Two profile prefixes: the hint names the ID with one, and does not call `us.` unknown.
fn main() {
    let _ = model_id!("us.us.amazon.nova-pro-v1:0");
}
