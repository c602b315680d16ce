// A warning cannot fail a build, so `deny` it where it is used to see its text: Claude 3.5
// Sonnet v2 reached its end of life in four Asia Pacific regions only, is still served in
// others, and no region is named.
use bedrock_model_id::{ModelId, model_id};

#[deny(deprecated)]
const SONNET: ModelId = model_id!("apac.anthropic.claude-3-5-sonnet-20241022-v2:0");

fn main() {
    let _ = SONNET;
}
