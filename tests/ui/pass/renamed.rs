// Any warning fails the case: pass cases must compile cleanly.
#![deny(warnings)]

use bedrock_model_id as bmi;
use bedrock_model_id::model_id as bedrock_id;

fn main() {
    let a = bedrock_id!("meta.llama3-70b-instruct-v1:0");
    let b = bmi::model_id!("meta.llama3-70b-instruct-v1:0");
    assert_eq!(a, b);
    assert_eq!(
        a.model().map(bmi::catalog::Model::id),
        Some("meta.llama3-70b-instruct-v1:0")
    );
}
