use bedrock_model_id::model_id;

fn main() {
    let _ = model_id!("amazon.titan-embed-text-v2:0", api = "converse");
}
