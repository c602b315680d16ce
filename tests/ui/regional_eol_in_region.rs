use bedrock_model_id::model_id;

fn main() {
    let _ = model_id!("ai21.j2-mid-v1", region = "us-west-2");
}
