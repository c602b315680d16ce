use bedrock_model_id::model_id;

fn main() {
    let _ = model_id!("amazon.titan-text-premier-v1:0:32K");
}
