// Any warning fails the case: pass cases must compile cleanly.
#![deny(warnings)]

use bedrock_model_id::{model_id, catalog::Form};

// Only the syntax of an account's own resource can be checked.
fn main() {
    let provisioned =
        model_id!("arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcd1234efgh");
    assert_eq!(provisioned.form(), Form::ProvisionedModelArn);
    assert!(provisioned.model().is_none());
    assert_eq!(provisioned.region().map(|r| r.name()), Some("us-east-1"));

    let custom = model_id!(
        "arn:aws:bedrock:us-east-1:123456789012:custom-model/meta.llama3-8b-instruct-v1:0/qdllw9a421u9"
    );
    assert_eq!(custom.form(), Form::CustomModelArn);
    assert_eq!(
        custom.model().map(|m| m.id()),
        Some("meta.llama3-8b-instruct-v1:0")
    );
}
