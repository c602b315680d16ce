// Any warning fails the case: pass cases must compile cleanly.
#![deny(warnings)]

use bedrock_model_id::{model_id, catalog::Form};

// The newer account-specific ARN kinds: only their syntax, partition and region are checked.
fn main() {
    let deployment =
        model_id!("arn:aws:bedrock:us-east-1:123456789012:custom-model-deployment/abcd1234efgh");
    assert_eq!(deployment.form(), Form::CustomModelDeploymentArn);
    assert!(deployment.model().is_none());
    assert_eq!(deployment.region().map(|r| r.name()), Some("us-east-1"));

    let prompt = model_id!("arn:aws:bedrock:eu-west-1:123456789012:prompt/PROMPT12ab");
    assert_eq!(prompt.form(), Form::PromptArn);
    assert!(prompt.model().is_none());
    let versioned = model_id!("arn:aws:bedrock:eu-west-1:123456789012:prompt/PROMPT12ab:12");
    assert_eq!(versioned.form(), Form::PromptArn);

    let endpoint = model_id!("arn:aws:sagemaker:us-west-2:123456789012:endpoint/my-endpoint");
    assert_eq!(endpoint.form(), Form::SageMakerEndpointArn);
    assert!(endpoint.model().is_none());
    assert_eq!(endpoint.region().map(|r| r.name()), Some("us-west-2"));

    // A region given beside an ARN must be the ARN's own.
    let elsewhere = model_id!(
        "arn:aws:bedrock:us-east-1:123456789012:prompt/PROMPT12ab:1",
        region = "us-east-1"
    );
    assert_eq!(elsewhere.region().map(|r| r.name()), Some("us-east-1"));
}
