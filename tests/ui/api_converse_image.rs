use bedrock_model_id::model_id;

fn main() {
    let _ = model_id!("stability.sd3-5-large-v1:0", api = "converse");
}
