use bedrock_model_id::model_id;

// A custom-model deployment's ID is 12 lowercase letters or digits.
fn main() {
    let _ = model_id!("arn:aws:bedrock:us-east-1:123456789012:custom-model-deployment/abcd1234efg");
    let _ =
        model_id!("arn:aws:bedrock:us-east-1:123456789012:custom-model-deployment/ABCD1234EFGH");
    let _ = model_id!("arn:aws:bedrock:us-east-1:123456789012:custom-model-deployment");
}
