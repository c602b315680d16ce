#![deny(deprecated)]

use bedrock_model_id::mantle_model_id;

// No source covers GovCloud: availability there is unknown, a warning (denied here to show it).
fn main() {
    let _ = mantle_model_id!("openai.gpt-oss-120b", region = "us-gov-west-1");
}
