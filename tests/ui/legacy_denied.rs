// No catalog model is Legacy on the pinned date (2026-11-23); AI21 Jamba 1.5 Mini is in public
// extended access, the other phase that warns.
#![deny(deprecated)]

use bedrock_model_id::model_id;

fn main() {
    let _ = model_id!("ai21.jamba-1-5-mini-v1:0");
}
