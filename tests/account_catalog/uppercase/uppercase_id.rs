// BEDROCK_MODEL_ID_CATALOG names a listing with an uppercase letter in a `modelId`: the file
// is refused, naming the summary, the ID and what a `modelId` may be.
use bedrock_model_id::{ModelId, model_id};

const ID: ModelId = model_id!("acme.private-model-v1:0");

fn main() {
    let _ = ID;
}
