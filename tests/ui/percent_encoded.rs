use bedrock_model_id::model_id;

// Pasted from a request URL: the hint decodes it.
fn main() {
    let _ = model_id!("amazon.nova-pro-v1%3A0");
}
