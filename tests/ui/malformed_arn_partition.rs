use bedrock_model_id::model_id;

fn main() {
    let _ = model_id!("arn:aws-eu:bedrock:eu-west-1::foundation-model/anthropic.claude-v2:1");
}
