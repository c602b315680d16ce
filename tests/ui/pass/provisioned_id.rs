// Any warning fails the case: pass cases must compile cleanly.
#![deny(warnings)]

use bedrock_model_id::{model_id, catalog::Form};

fn main() {
    let id = model_id!("cohere.embed-english-v3:0:512");
    assert_eq!(id.form(), Form::Provisioned);
    assert_eq!(id.model().map(|m| m.id()), Some("cohere.embed-english-v3"));
    let variant = id.provisioned().expect("a Provisioned Throughput variant");
    assert_eq!(variant.id(), "cohere.embed-english-v3:0:512");
    assert_eq!(variant.context_window(), Some("512"));
}
