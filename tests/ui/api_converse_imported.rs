use bedrock_model_id::model_id;

fn main() {
    let _ = model_id!(
        "arn:aws:bedrock:us-east-1:123456789012:imported-model/abcd1234efgh",
        api = "converse"
    );
}
