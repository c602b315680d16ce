use bedrock_model_id::model_id;

// Amazon Nova Reel reached its end of life in us-east-1 only: an ARN carries its region.
fn main() {
    let _ = model_id!("arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-reel-v1:1");
}
