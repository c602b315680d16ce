#![deny(deprecated)]

use bedrock_model_id::model_id;

// Every region listing it on demand is one where Mantle serves it, and no AWS model card in the
// catalog says otherwise: the sources cannot tell, so it is a warning, not an error.
fn main() {
    let _ = model_id!("openai.gpt-6.1-terra");
}
