use bedrock_model_id::model_id;

// Well-formed, unknown, judged after the catalog's data date: the message gives the ways on.
fn main() {
    let _ = model_id!("acme.brand-new-model-v1:0");
}
