use bedrock_model_id::model_id;

fn main() {
    let _ = model_id!("amazon.nova-pro-v1:0", api = "chat");
}
