#![deny(deprecated)]

use bedrock_model_id::model_id;

// No source covers the China regions: a warning that availability is unknown, never "not
// served".
fn main() {
    let _ = model_id!("amazon.nova-pro-v1:0", region = "cn-north-1");
}
