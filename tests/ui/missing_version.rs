use bedrock_model_id::model_id;

fn main() {
    let _ = model_id!("meta.llama3-8b-instruct-v1");
}
