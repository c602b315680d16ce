use bedrock_model_id::model_id;

// A seed model no listing from 2025-11-23 on shows, with no stated end of life.
fn main() {
    let _ = model_id!("ai21.j2-mid-v1");
}
