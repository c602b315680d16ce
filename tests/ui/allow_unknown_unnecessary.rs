#![deny(deprecated)]

use bedrock_model_id::model_id;

// The catalog knows the ID: the option only hides the check.
fn main() {
    let _ = model_id!("amazon.nova-pro-v1:0", allow_unknown);
}
