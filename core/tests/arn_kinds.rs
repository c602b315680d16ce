//! The ARN kinds the bedrock-runtime API model accepts beside the older ones: on-demand
//! custom-model deployments, prompts from Prompt management and the `SageMaker` endpoints of
//! Bedrock Marketplace models. Each is account-specific: only its syntax, partition and region
//! are checked, and each malformed variant gets one message that says what is accepted.

use bedrock_model_id_core::{
    Date, Error, Form, Malformation, ModelIdBuf, Partition, Region, Verdict, judge,
};

const DAY: Date = match Date::new(2026, 11, 23) {
    Some(date) => date,
    None => panic!("2026-11-23 is a date"),
};

fn region(name: &str) -> Region {
    Region::parse(name).unwrap()
}

/// Checks that `input` is accepted as an account-specific ARN of `form` in `region`, by `judge`
/// and by `ModelId`'s parsers alike.
fn accepted(input: &str, form: Form, region_name: &str) {
    let Verdict::Active(identified) = judge(input, DAY, None) else {
        panic!("{input}: {:?}", judge(input, DAY, None));
    };
    assert_eq!(identified.form(), form, "{input}");
    assert_eq!(identified.region(), Some(region(region_name)), "{input}");
    assert!(identified.model().is_none(), "{input}");
    assert!(form.is_account_specific(), "{form:?}");
    let id = ModelIdBuf::parse_as_of(input, DAY, None).unwrap_or_else(|e| panic!("{input}: {e}"));
    assert_eq!(id.form(), form, "{input}");
    assert_eq!(id.region(), Some(region(region_name)), "{input}");
    assert_eq!(id.as_str(), input);
    assert_eq!(id.status(), None, "{input}");
    let parsed: ModelIdBuf = input.parse().unwrap_or_else(|e| panic!("{input}: {e}"));
    assert_eq!(parsed.form(), form, "{input}");
}

/// The problem `judge` finds in `input`, after checking that `FromStr` rejects it the same way
/// and that the message echoes the input.
fn malformed(input: &str) -> Malformation {
    let Verdict::Malformed(malformed) = judge(input, DAY, None) else {
        panic!("{input}: {:?}", judge(input, DAY, None));
    };
    assert_eq!(malformed.input(), input);
    let message = malformed.to_string();
    assert_eq!(
        message,
        format!(
            "malformed Bedrock model ARN `{input}`: {}",
            malformed.problem()
        )
    );
    match input.parse::<ModelIdBuf>() {
        Err(Error::Malformed(from_str)) => assert_eq!(*from_str, malformed),
        other => panic!("{input}: {other:?}"),
    }
    malformed.problem().clone()
}

/// Checks that each input is malformed with exactly `message`.
fn all_malformed(inputs: &[&str], message: &str) {
    for input in inputs {
        assert_eq!(malformed(input).to_string(), message, "{input}");
    }
}

#[test]
fn custom_model_deployment_arns_are_accepted() {
    accepted(
        "arn:aws:bedrock:us-east-1:123456789012:custom-model-deployment/abcd1234efgh",
        Form::CustomModelDeploymentArn,
        "us-east-1",
    );
    accepted(
        "arn:aws-us-gov:bedrock:us-gov-west-1:123456789012:custom-model-deployment/000000000000",
        Form::CustomModelDeploymentArn,
        "us-gov-west-1",
    );
    assert_eq!(
        Form::CustomModelDeploymentArn.describe(),
        "custom-model-deployment ARN"
    );
}

#[test]
fn malformed_custom_model_deployment_arns_say_what_is_accepted() {
    all_malformed(
        &["arn:aws:bedrock:us-east-1:123456789012:custom-model-deployment/abcd1234efg"],
        "`abcd1234efg` is not a valid custom-model-deployment ARN resource: \
         expected 12 lowercase letters or digits",
    );
    all_malformed(
        &["arn:aws:bedrock:us-east-1:123456789012:custom-model-deployment/abcd1234efghi"],
        "`abcd1234efghi` is not a valid custom-model-deployment ARN resource: \
         expected 12 lowercase letters or digits",
    );
    all_malformed(
        &["arn:aws:bedrock:us-east-1:123456789012:custom-model-deployment/ABCD1234EFGH"],
        "`ABCD1234EFGH` is not a valid custom-model-deployment ARN resource: \
         expected 12 lowercase letters or digits",
    );
    all_malformed(
        &["arn:aws:bedrock:us-east-1:123456789012:custom-model-deployment/abcd-1234efg"],
        "`abcd-1234efg` is not a valid custom-model-deployment ARN resource: \
         expected 12 lowercase letters or digits",
    );
    all_malformed(
        &[
            "arn:aws:bedrock:us-east-1:123456789012:custom-model-deployment",
            "arn:aws:bedrock:us-east-1:123456789012:custom-model-deployment/",
        ],
        "the custom-model-deployment ARN has no resource ID: \
         expected 12 lowercase letters or digits",
    );
    all_malformed(
        &["arn:aws:bedrock:us-east-1::custom-model-deployment/abcd1234efgh"],
        "the account field `` should be a 12-digit AWS account ID",
    );
    assert_eq!(
        malformed("arn:aws:bedrock:cn-north-1:123456789012:custom-model-deployment/abcd1234efgh"),
        Malformation::RegionPartition {
            region: region("cn-north-1"),
            partition: Partition::Aws,
        }
    );
    // The resource type is spelled as AWS spells it.
    assert!(matches!(
        malformed("arn:aws:bedrock:us-east-1:123456789012:custom-model-deployments/abcd1234efgh"),
        Malformation::ResourceType(_)
    ));
}

#[test]
fn prompt_arns_are_accepted_with_and_without_a_version() {
    for input in [
        "arn:aws:bedrock:eu-west-1:123456789012:prompt/PROMPT12ab",
        "arn:aws:bedrock:eu-west-1:123456789012:prompt/0123456789:1",
        "arn:aws:bedrock:eu-west-1:123456789012:prompt/ABCDEFGHIJ:12345",
    ] {
        accepted(input, Form::PromptArn, "eu-west-1");
    }
    accepted(
        "arn:aws-cn:bedrock:cn-north-1:123456789012:prompt/abcdefghij:07",
        Form::PromptArn,
        "cn-north-1",
    );
    assert_eq!(Form::PromptArn.describe(), "prompt ARN");
}

#[test]
fn malformed_prompt_arns_say_what_is_accepted() {
    let expected = "expected 10 letters or digits, optionally with a version of 1 to 5 digits: \
                    `<prompt id>` or `<prompt id>:<version>`, e.g. `PROMPT1234:2`";
    for resource in [
        "PROMPT123",         // 9 characters
        "PROMPT12345",       // 11 characters
        "PROMPT_123",        // not a letter or digit
        "PROMPT1234:",       // empty version
        "PROMPT1234:123456", // 6-digit version
        "PROMPT1234:v1",     // version not digits
        "PROMPT1234:1:2",    // two versions
        "PROMPT1234/1",      // `/` instead of `:`
    ] {
        let input = format!("arn:aws:bedrock:us-east-1:123456789012:prompt/{resource}");
        let problem = malformed(&input);
        assert!(
            matches!(&problem, Malformation::Resource { form: Form::PromptArn, resource: r, .. } if r == resource),
            "{input}: {problem:?}"
        );
        assert_eq!(
            problem.to_string(),
            format!("`{resource}` is not a valid prompt ARN resource: {expected}"),
        );
    }
    all_malformed(
        &[
            "arn:aws:bedrock:us-east-1:123456789012:prompt",
            "arn:aws:bedrock:us-east-1:123456789012:prompt/",
        ],
        &format!("the prompt ARN has no resource ID: {expected}"),
    );
    all_malformed(
        &["arn:aws:bedrock:us-east-1:12345678901:prompt/PROMPT1234"],
        "the account field `12345678901` should be a 12-digit AWS account ID",
    );
}

#[test]
fn sagemaker_endpoint_arns_are_accepted() {
    let longest = format!("e{}", "-9".repeat(31));
    assert_eq!(longest.len(), 63);
    for name in ["my-endpoint", "A", "Endpoint2", "a--b", longest.as_str()] {
        accepted(
            &format!("arn:aws:sagemaker:us-west-2:123456789012:endpoint/{name}"),
            Form::SageMakerEndpointArn,
            "us-west-2",
        );
    }
    assert_eq!(
        Form::SageMakerEndpointArn.describe(),
        "SageMaker endpoint ARN"
    );
}

#[test]
fn malformed_sagemaker_endpoint_arns_say_what_is_accepted() {
    let expected = "expected an endpoint name of 1 to 63 letters, digits or hyphens that starts \
                    and ends with a letter or digit";
    let too_long = "e".repeat(64);
    for name in [
        "-endpoint",
        "endpoint-",
        "my_endpoint",
        "my.endpoint",
        &too_long,
    ] {
        let input = format!("arn:aws:sagemaker:us-west-2:123456789012:endpoint/{name}");
        let problem = malformed(&input);
        assert!(
            matches!(
                &problem,
                Malformation::Resource {
                    form: Form::SageMakerEndpointArn,
                    ..
                }
            ),
            "{input}: {problem:?}"
        );
        assert_eq!(
            problem.to_string(),
            format!("`{name}` is not a valid SageMaker endpoint ARN resource: {expected}"),
        );
    }
    all_malformed(
        &[
            "arn:aws:sagemaker:us-west-2:123456789012:endpoint",
            "arn:aws:sagemaker:us-west-2:123456789012:endpoint/",
        ],
        &format!("the SageMaker endpoint ARN has no resource ID: {expected}"),
    );
    all_malformed(
        &["arn:aws:sagemaker:us-west-2::endpoint/my-endpoint"],
        "the account field `` should be a 12-digit AWS account ID",
    );
    // A SageMaker resource other than an endpoint.
    all_malformed(
        &[
            "arn:aws:sagemaker:us-west-2:123456789012:model/x",
            "arn:aws:sagemaker:us-west-2:123456789012:endpoint-config/x",
            "arn:aws:sagemaker:us-west-2::foundation-model/anthropic.claude-v2:1",
        ],
        "the ARN's service is `sagemaker`, which Bedrock accepts only for an endpoint: \
         `arn:aws:sagemaker:<region>:<account>:endpoint/<name>`",
    );
    // An endpoint under the wrong service.
    all_malformed(
        &["arn:aws:bedrock:us-west-2:123456789012:endpoint/x"],
        "`endpoint` is not a resource type Bedrock accepts as a model ID; accepted: \
         `foundation-model`, `custom-model`, `provisioned-model`, `imported-model`, \
         `custom-model-deployment`, `inference-profile`, `application-inference-profile`, \
         `default-prompt-router`, `prompt-router` or `prompt`; a SageMaker endpoint's ARN is \
         `arn:aws:sagemaker:<region>:<account>:endpoint/<name>`",
    );
    all_malformed(
        &["arn:aws:lambda:us-west-2:123456789012:endpoint/x"],
        "the ARN's service is `lambda`; model ARNs are `bedrock`, or `sagemaker` for an \
         endpoint: `arn:aws:sagemaker:<region>:<account>:endpoint/<name>`",
    );
    // The API model allows SageMaker endpoints in partition `aws` only.
    assert_eq!(
        malformed("arn:aws-us-gov:sagemaker:us-gov-west-1:123456789012:endpoint/my-endpoint"),
        Malformation::SageMakerPartition(Partition::AwsUsGov)
    );
    all_malformed(
        &["arn:aws-cn:sagemaker:cn-north-1:123456789012:endpoint/my-endpoint"],
        "the partition is `aws-cn`; Bedrock accepts SageMaker endpoint ARNs in partition `aws` \
         only: `arn:aws:sagemaker:<region>:<account>:endpoint/<name>`",
    );
    assert!(matches!(
        malformed("arn:aws:sagemaker:us-middle-1:123456789012:endpoint/my-endpoint"),
        Malformation::Region(_)
    ));
}

#[test]
fn a_region_given_must_agree_with_the_arns_own() {
    let same = Some(region("us-east-1"));
    let other = Some(region("eu-west-1"));
    for (input, form) in [
        (
            "arn:aws:bedrock:us-east-1:123456789012:custom-model-deployment/abcd1234efgh",
            Form::CustomModelDeploymentArn,
        ),
        (
            "arn:aws:bedrock:us-east-1:123456789012:prompt/PROMPT1234:3",
            Form::PromptArn,
        ),
        (
            "arn:aws:sagemaker:us-east-1:123456789012:endpoint/my-endpoint",
            Form::SageMakerEndpointArn,
        ),
        // As for the older account-specific ARNs.
        (
            "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcd1234efgh",
            Form::ProvisionedModelArn,
        ),
    ] {
        let Verdict::Active(identified) = judge(input, DAY, same) else {
            panic!("{input}: {:?}", judge(input, DAY, same));
        };
        assert_eq!(identified.form(), form, "{input}");
        assert_eq!(identified.region(), Some(region("us-east-1")), "{input}");
        // A contradicting region is an error naming both, not silently ignored.
        let Verdict::Malformed(malformed) = judge(input, DAY, other) else {
            panic!("{input}: {:?}", judge(input, DAY, other));
        };
        let message = malformed.to_string();
        assert!(
            message.contains("the ARN names region us-east-1, but region eu-west-1 is given"),
            "{message}"
        );
        assert!(
            ModelIdBuf::parse_as_of(input, DAY, other).is_err(),
            "{input}"
        );
    }
}
