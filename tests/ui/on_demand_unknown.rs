#![deny(deprecated)]

use bedrock_model_id::model_id;

// Every region listing it on demand is one where Mantle serves it: the listings cannot tell.
fn main() {
    let _ = model_id!("openai.gpt-6-sol");
}
