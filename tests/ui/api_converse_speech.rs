use bedrock_model_id::model_id;

fn main() {
    // Output includes text, yet AWS serves Nova Sonic only through the bidirectional stream.
    let _ = model_id!("amazon.nova-2-sonic-v1:0", api = "converse");
}
