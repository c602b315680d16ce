use bedrock_model_id::model_id;

fn main() {
    let _ = model_id!("eu.amazon.nova-pro-v1:0", region = "us-east-1");
}
