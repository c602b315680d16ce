// Models and profiles listed first after 2026-08-21, and Provisioned Throughput IDs from
// aws-cdk and AWS's PT page.
use bedrock_model_id::{ModelId, model_id};

const OPUS: ModelId = model_id!("global.anthropic.claude-opus-5-5");
const GPT: ModelId = model_id!("us.openai.gpt-6-sol");
const SONIC: ModelId = model_id!("amazon.nova-2-5-sonic");
const PT: ModelId = model_id!("amazon.nova-pro-v1:0:300k");

fn main() {
    let _ = model_id!("us.openai.gpt-5.4");
    // eu-west-2's listing of 2026-10-27 serves its bare ID on demand.
    let _ = model_id!("anthropic.claude-opus-5-5", region = "eu-west-2");
    let _ = (OPUS, GPT, SONIC, PT);
}
