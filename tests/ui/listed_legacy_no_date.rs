#![deny(deprecated)]

use bedrock_model_id::model_id;

// Listed as Legacy since 2026-10-16, with no published end-of-life date.
fn main() {
    let _ = model_id!("us.writer.palmyra-x5-v1:0");
}
