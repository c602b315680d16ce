// With BEDROCK_MODEL_ID_CATALOG naming tests/account_catalog/models.json, an ID only that
// file lists is accepted, and the built-in catalog still works.
#![deny(warnings)]

use bedrock_model_id::{ModelId, model_id};

const PRIVATE: ModelId = model_id!("acme.private-model-v1:0");
const BUILT_IN: ModelId = model_id!("amazon.titan-embed-text-v2:0");

fn main() {
    assert_eq!(PRIVATE.as_str(), "acme.private-model-v1:0");
    assert!(PRIVATE.model().is_none());
    assert!(BUILT_IN.model().is_some());
}
