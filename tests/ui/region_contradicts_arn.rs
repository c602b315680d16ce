use bedrock_model_id::model_id;

// The ARN says us-east-1: a different `region` is an error naming both, not ignored.
fn main() {
    let _ = model_id!(
        "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0",
        region = "eu-west-1"
    );
}
