// A stated end of life wins over a later listing: AWS's lifecycle rows retire Claude 3.5 Sonnet
// v2 in four Asia Pacific regions and awslabs/startups' table gives the same end of life with no
// region (so in every commercial region); the `apac.` profile the listings still showed on
// 2026-10-27 does not revive it, and the error is the end of life, not "no such profile".
use bedrock_model_id::{ModelId, model_id};

#[deny(deprecated)]
const SONNET: ModelId = model_id!("apac.anthropic.claude-3-5-sonnet-20241022-v2:0");

fn main() {
    let _ = SONNET;
}
