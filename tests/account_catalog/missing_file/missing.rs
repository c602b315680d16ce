// BEDROCK_MODEL_ID_CATALOG names a file that does not exist: exactly one error per call, the
// macro's own (no second one from the tokens that make cargo track the file).
use bedrock_model_id::{ModelId, model_id};

const FIRST: ModelId = model_id!("amazon.titan-embed-text-v2:0");
const SECOND: ModelId = model_id!("acme.private-model-v1:0");

fn main() {
    let _ = (FIRST, SECOND);
}
