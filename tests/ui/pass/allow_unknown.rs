// The escape for IDs newer than the catalog, allowed explicitly; with a region, as a profile.
use bedrock_model_id::{ModelId, model_id};

#[allow(deprecated)]
const NEW: ModelId = model_id!("acme.launched-today-v1:0", allow_unknown);

fn main() {
    #[allow(deprecated)]
    let profile = model_id!("us.acme.launched-today-v1:0", region = "us-east-1", allow_unknown);
    assert_eq!(NEW.as_str(), "acme.launched-today-v1:0");
    assert!(NEW.model().is_none());
    assert_eq!(profile.as_str(), "us.acme.launched-today-v1:0");
}
