use bedrock_model_id::model_id;

// The lifecycle page retires it on 2026-09-10, but seven regions still list it on 2026-10-27.
fn main() {
    let _ = model_id!("anthropic.claude-3-haiku-20240307-v1:0");
}
