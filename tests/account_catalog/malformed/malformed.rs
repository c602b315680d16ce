// BEDROCK_MODEL_ID_CATALOG names a file that is not JSON: every call fails, each with the one
// message the macro cached from the single parse of the file.
use bedrock_model_id::{ModelId, model_id};

const FIRST: ModelId = model_id!("amazon.titan-embed-text-v2:0");
const SECOND: ModelId = model_id!("acme.private-model-v1:0");
const THIRD: ModelId = model_id!("meta.llama3-8b-instruct-v1:0");

fn main() {
    let _ = (FIRST, SECOND, THIRD);
}
