use bedrock_model_id::model_id;

// A prompt's ID is 10 letters or digits, its optional version 1 to 5 digits.
fn main() {
    let _ = model_id!("arn:aws:bedrock:us-east-1:123456789012:prompt/PROMPT123");
    let _ = model_id!("arn:aws:bedrock:us-east-1:123456789012:prompt/PROMPT_123");
    let _ = model_id!("arn:aws:bedrock:us-east-1:123456789012:prompt/PROMPT1234:");
}
