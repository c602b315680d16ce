use bedrock_model_id::model_id;

// Nor an ID that is not shaped like one, nor a catalog ID behind a wrong prefix.
fn main() {
    let _ = model_id!("Acme.Launched-Today", allow_unknown);
    let _ = model_id!("uk.amazon.nova-pro-v1:0", allow_unknown);
}
