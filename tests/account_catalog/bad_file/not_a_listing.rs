// BEDROCK_MODEL_ID_CATALOG names a JSON file that is not a list-foundation-models output:
// one error, on the literal.
use bedrock_model_id::{ModelId, model_id};

const ID: ModelId = model_id!("amazon.titan-embed-text-v2:0");

fn main() {
    let _ = ID;
}
