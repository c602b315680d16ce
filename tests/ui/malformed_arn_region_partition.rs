use bedrock_model_id::model_id;

fn main() {
    let _ = model_id!("arn:aws-cn:bedrock:us-east-1::foundation-model/anthropic.claude-v2:1");
}
