use bedrock_model_id::model_id;

fn main() {
    let _ = model_id!("cohere.embed-v4:0", api = "invoke-stream");
}
