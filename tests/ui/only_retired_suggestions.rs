use bedrock_model_id::model_id;

// Every close ID is retired: the message says none of them is live.
fn main() {
    let _ = model_id!("ai21.j2-mid-v2");
}
