use bedrock_model_id::model_id;

// Bedrock accepts one SageMaker ARN, an endpoint's, in partition `aws`.
fn main() {
    let _ = model_id!("arn:aws:sagemaker:us-west-2:123456789012:endpoint/my_endpoint");
    let _ = model_id!("arn:aws:sagemaker:us-west-2:123456789012:model/x");
    let _ = model_id!("arn:aws:bedrock:us-west-2:123456789012:endpoint/x");
    let _ = model_id!("arn:aws-us-gov:sagemaker:us-gov-west-1:123456789012:endpoint/x");
}
