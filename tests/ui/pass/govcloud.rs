// Any warning fails the case: pass cases must compile cleanly.
#![deny(warnings)]

use bedrock_model_id::{ModelId, model_id};

// No listing scans GovCloud, but AWS's model cards list these there: Nova Pro in-Region in
// us-gov-west-1, and Claude Sonnet 4.5 through its `us-gov.` profile. (Its Legacy rows cover
// 31 commercial regions, not GovCloud.)
const NOVA: ModelId = model_id!("amazon.nova-pro-v1:0", region = "us-gov-west-1");
const SONNET: ModelId = model_id!(
    "us-gov.anthropic.claude-sonnet-4-5-20250929-v1:0",
    region = "us-gov-west-1"
);

fn main() {
    let _ = (NOVA, SONNET);
}
