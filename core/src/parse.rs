//! The one parser for every form of Bedrock model ID, used at run time and by the macro.
//!
//! It checks syntax only: which form an input has, and its parts. Whether a model ID is in the
//! catalog, and its lifecycle, is the verdict's business (`crate::verdict`).

use std::fmt;

use crate::region::ProfilePrefix;
use crate::region::{Partition, Region};

/// The longest model ID or ARN AWS accepts (the API model's `maxLength`).
pub const MAX_LEN: usize = 2048;

/// The form of a model ID.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Form {
    /// A base model ID for on-demand throughput, e.g. `anthropic.claude-v2:1`.
    OnDemand,
    /// A Provisioned Throughput model ID, e.g. `anthropic.claude-v2:1:200k`.
    Provisioned,
    /// A cross-region inference-profile ID, e.g. `us.anthropic.claude-3-haiku-20240307-v1:0`.
    InferenceProfile,
    /// `arn:aws:bedrock:<region>::foundation-model/<model id>`.
    FoundationModelArn,
    /// `arn:aws:bedrock:<region>:<account>:custom-model/<model id>/<12 characters>`.
    CustomModelArn,
    /// `arn:aws:bedrock:<region>:<account>:provisioned-model/<12 characters>`.
    ProvisionedModelArn,
    /// `arn:aws:bedrock:<region>:<account>:imported-model/<12 characters>`.
    ImportedModelArn,
    /// `arn:aws:bedrock:<region>:<account>:inference-profile/<profile id>`.
    InferenceProfileArn,
    /// `arn:aws:bedrock:<region>:<account>:application-inference-profile/<id>`.
    ApplicationInferenceProfileArn,
    /// `arn:aws:bedrock:<region>:<account>:default-prompt-router/<name>` or `prompt-router/<id>`.
    PromptRouterArn,
    /// `arn:aws:bedrock:<region>:<account>:custom-model-deployment/<12 characters>`: an
    /// on-demand deployment of a custom model; the 12 characters are lowercase letters or digits.
    ///
    /// The pattern, as read in the bedrock-runtime API model (repository `boto/botocore`, path
    /// `botocore/data/bedrock-runtime/2023-09-30/service-2.json`, shapes `InvokeModelIdentifier`
    /// and `ConversationalModelId`, at commit `0e6e2404b85dc336dd2889814e089bde7d1a4c55` of
    /// 2026-08-07; the form appeared in commit `b4c9143d5c9e` of 2025-07-16):
    /// `arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:custom-model-deployment/[a-z0-9]{12}`.
    CustomModelDeploymentArn,
    /// `arn:aws:bedrock:<region>:<account>:prompt/<10 letters or digits>[:<version>]`: a prompt
    /// from Prompt management, optionally at a version of 1 to 5 digits. The ID's letters may
    /// be upper- or lowercase.
    ///
    /// The pattern, as read in the same file and shapes at the same commit (the form appeared in
    /// commit `6aa242c63cc9` of 2024-11-07):
    /// `arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:prompt/[0-9a-zA-Z]{10}(?::[0-9]{1,5})?`.
    PromptArn,
    /// `arn:aws:sagemaker:<region>:<account>:endpoint/<name>`: the `SageMaker` endpoint of a
    /// Bedrock Marketplace model. The API model allows it in partition `aws` only.
    ///
    /// The pattern, as read in the same file and shapes at the same commit (the form appeared in
    /// commit `dd723bee4a8b` of 2024-12-04):
    /// `arn:aws:sagemaker:[a-z0-9-]+:[0-9]{12}:endpoint/[a-zA-Z0-9-]+`. The name must also be
    /// one `SageMaker` can create: its `EndpointName` shape (`botocore/data/sagemaker/2017-07-24/service-2.json`,
    /// same commit) is `[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}` and at most 63 characters, so 1 to 63
    /// letters, digits or hyphens, starting and ending with a letter or digit.
    SageMakerEndpointArn,
}

impl Form {
    /// What the form is called in messages, e.g. `custom-model ARN`.
    #[must_use]
    pub const fn describe(self) -> &'static str {
        match self {
            Form::OnDemand => "base model ID",
            Form::Provisioned => "Provisioned Throughput ID",
            Form::InferenceProfile => "inference-profile ID",
            Form::FoundationModelArn => "foundation-model ARN",
            Form::CustomModelArn => "custom-model ARN",
            Form::ProvisionedModelArn => "provisioned-model ARN",
            Form::ImportedModelArn => "imported-model ARN",
            Form::InferenceProfileArn => "inference-profile ARN",
            Form::ApplicationInferenceProfileArn => "application-inference-profile ARN",
            Form::PromptRouterArn => "prompt-router ARN",
            Form::CustomModelDeploymentArn => "custom-model-deployment ARN",
            Form::PromptArn => "prompt ARN",
            Form::SageMakerEndpointArn => "SageMaker endpoint ARN",
        }
    }

    /// Whether the form names an account's own resource, so only its syntax can be checked.
    #[must_use]
    pub const fn is_account_specific(self) -> bool {
        matches!(
            self,
            Form::ProvisionedModelArn
                | Form::ImportedModelArn
                | Form::ApplicationInferenceProfileArn
                | Form::PromptRouterArn
                | Form::CustomModelDeploymentArn
                | Form::PromptArn
                | Form::SageMakerEndpointArn
        )
    }
}

/// An input split into its parts; borrowed from the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parsed<'a> {
    /// The form. For a bare ID this is [`Form::OnDemand`] until the catalog says it is a
    /// Provisioned Throughput ID.
    pub form: Form,
    /// The model ID the catalog judges: the whole input for a bare ID, the one inside a
    /// foundation-model, custom-model or inference-profile ARN; `None` for account-specific ARNs.
    pub model_id: Option<&'a str>,
    /// The region an ARN names.
    pub region: Option<Region>,
    /// The inference-profile prefix of a profile ID (bare or inside an ARN).
    pub profile: Option<ProfilePrefix>,
}

/// Splits `us.anthropic.claude-3-haiku-20240307-v1:0` into its prefix and model ID.
fn split_profile(id: &str) -> (Option<ProfilePrefix>, &str) {
    match id.split_once('.') {
        Some((prefix, model)) if !model.is_empty() => match ProfilePrefix::parse(prefix) {
            Some(prefix) => (Some(prefix), model),
            None => (None, id),
        },
        _ => (None, id),
    }
}

/// Why an input is not a well-formed model ID or ARN.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Malformation {
    /// The input is empty.
    Empty,
    /// The input is longer than [`MAX_LEN`] bytes.
    TooLong {
        /// Its length in bytes.
        len: usize,
    },
    /// An ARN does not have the six `:`-separated fields `arn:partition:service:region:account:resource`.
    ArnShape,
    /// An ARN's partition is none of `aws`, `aws-cn`, `aws-us-gov`, `aws-iso`, `aws-iso-b`.
    Partition(String),
    /// An ARN's service is neither `bedrock` nor `sagemaker`, or is `sagemaker` with a resource
    /// other than an endpoint.
    Service(String),
    /// A `SageMaker` endpoint ARN is in a partition other than `aws`, the only one the Bedrock API
    /// model allows for it.
    SageMakerPartition(Partition),
    /// An ARN's region is not a known region.
    Region(String),
    /// An ARN's region is not in its partition.
    RegionPartition {
        /// The region.
        region: Region,
        /// The partition the ARN names.
        partition: Partition,
    },
    /// An ARN's account field is wrong for its resource type.
    Account {
        /// The account field as written.
        account: String,
        /// What the resource type requires.
        expected: &'static str,
    },
    /// An ARN's resource type is not one Bedrock accepts as a model ID.
    ResourceType(String),
    /// An ARN's resource ID is wrong for its type.
    Resource {
        /// The resource type.
        form: Form,
        /// The resource part as written.
        resource: String,
        /// What the type requires.
        expected: &'static str,
    },
    /// The region given with the ID contradicts the region its ARN names.
    RegionConflict {
        /// The ARN's own region.
        arn: Region,
        /// The region given beside it.
        given: Region,
    },
}

const RESOURCE_TYPES: &str = "`foundation-model`, `custom-model`, `provisioned-model`, \
     `imported-model`, `custom-model-deployment`, `inference-profile`, \
     `application-inference-profile`, `default-prompt-router`, `prompt-router` or `prompt`";

/// The one `SageMaker` ARN Bedrock accepts as a model ID.
const SAGEMAKER_ENDPOINT: &str = "`arn:aws:sagemaker:<region>:<account>:endpoint/<name>`";

impl fmt::Display for Malformation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Malformation::Empty => f.write_str("the model ID is empty"),
            Malformation::RegionConflict { arn, given } => write!(
                f,
                "the ARN names region {arn}, but region {given} is given: an ARN is called in \
                 its own region; drop the region option or give {arn}"
            ),
            Malformation::TooLong { len } => {
                write!(
                    f,
                    "the model ID is {len} bytes long; AWS accepts at most {MAX_LEN}"
                )
            }
            Malformation::ArnShape => f.write_str(
                "an ARN has six `:`-separated fields: \
                 `arn:<partition>:bedrock:<region>:<account>:<resource-type>/<id>`",
            ),
            Malformation::Partition(p) => write!(
                f,
                "unknown partition `{}`; accepted: `aws`, `aws-cn`, `aws-us-gov`, `aws-iso`, `aws-iso-b`",
                p.escape_debug()
            ),
            Malformation::Service(s) if s == "sagemaker" => write!(
                f,
                "the ARN's service is `sagemaker`, which Bedrock accepts only for an endpoint: \
                 {SAGEMAKER_ENDPOINT}"
            ),
            Malformation::Service(s) => write!(
                f,
                "the ARN's service is `{}`; model ARNs are `bedrock`, or `sagemaker` for an \
                 endpoint: {SAGEMAKER_ENDPOINT}",
                s.escape_debug()
            ),
            Malformation::SageMakerPartition(partition) => write!(
                f,
                "the partition is `{partition}`; Bedrock accepts SageMaker endpoint ARNs in \
                 partition `aws` only: {SAGEMAKER_ENDPOINT}"
            ),
            Malformation::Region(r) => write!(
                f,
                "{}",
                Region::parse(r).err().map_or_else(
                    || format!("`{}` is not a region", r.escape_debug()),
                    |e| e.to_string(),
                )
            ),
            Malformation::RegionPartition { region, partition } => write!(
                f,
                "region `{region}` belongs to partition `{}`, not `{partition}`",
                region.partition()
            ),
            Malformation::Account { account, expected } => {
                write!(
                    f,
                    "the account field `{}` should be {expected}",
                    account.escape_debug()
                )
            }
            Malformation::ResourceType(t) => {
                write!(
                    f,
                    "`{}` is not a resource type Bedrock accepts as a model ID; accepted: {RESOURCE_TYPES}",
                    t.escape_debug()
                )?;
                if t == "endpoint" {
                    write!(f, "; a SageMaker endpoint's ARN is {SAGEMAKER_ENDPOINT}")?;
                }
                Ok(())
            }
            Malformation::Resource {
                form,
                resource,
                expected,
            } if resource.is_empty() => write!(
                f,
                "the {} has no resource ID: expected {expected}",
                form.describe()
            ),
            Malformation::Resource {
                form,
                resource,
                expected,
            } => write!(
                f,
                "`{}` is not a valid {} resource: expected {expected}",
                resource.escape_debug(),
                form.describe()
            ),
        }
    }
}

fn is_lower_alnum(s: &str) -> bool {
    s.bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

fn is_account_id(s: &str) -> bool {
    s.len() == 12 && s.bytes().all(|b| b.is_ascii_digit())
}

/// Splits `input` into its form and parts.
///
/// Bare (non-ARN) inputs always parse: whether they name a model is the catalog's question.
pub fn parse(input: &str) -> Result<Parsed<'_>, Malformation> {
    if input.is_empty() {
        return Err(Malformation::Empty);
    }
    if input.len() > MAX_LEN {
        return Err(Malformation::TooLong { len: input.len() });
    }
    if let Some(rest) = input.strip_prefix("arn:") {
        parse_arn(rest)
    } else {
        let (profile, model_id) = split_profile(input);
        Ok(Parsed {
            form: if profile.is_some() {
                Form::InferenceProfile
            } else {
                Form::OnDemand
            },
            model_id: Some(model_id),
            region: None,
            profile,
        })
    }
}

#[expect(
    clippy::too_many_lines,
    reason = "one check per ARN field, in the order AWS's pattern states them"
)]
fn parse_arn(rest: &str) -> Result<Parsed<'_>, Malformation> {
    let mut fields = rest.splitn(5, ':');
    let (Some(partition), Some(service), Some(region), Some(account), Some(resource)) = (
        fields.next(),
        fields.next(),
        fields.next(),
        fields.next(),
        fields.next(),
    ) else {
        return Err(Malformation::ArnShape);
    };
    let partition =
        Partition::parse(partition).ok_or_else(|| Malformation::Partition(partition.to_owned()))?;
    let sagemaker = match service {
        "bedrock" => false,
        "sagemaker" => true,
        _ => return Err(Malformation::Service(service.to_owned())),
    };
    if sagemaker && partition != Partition::Aws {
        return Err(Malformation::SageMakerPartition(partition));
    }
    let region = Region::parse(region).map_err(|_| Malformation::Region(region.to_owned()))?;
    if region.partition() != partition {
        return Err(Malformation::RegionPartition { region, partition });
    }
    // A known resource type without `/<id>` is missing its ID; an unknown one stays unknown.
    let (resource_type, id) = resource.split_once('/').unwrap_or((resource, ""));
    if sagemaker && resource_type != "endpoint" {
        return Err(Malformation::Service(service.to_owned()));
    }
    let (form, account_rule) = match resource_type {
        _ if sagemaker => (Form::SageMakerEndpointArn, AccountRule::Required),
        "foundation-model" => (Form::FoundationModelArn, AccountRule::Empty),
        "custom-model" => (Form::CustomModelArn, AccountRule::Required),
        "provisioned-model" => (Form::ProvisionedModelArn, AccountRule::Required),
        "imported-model" => (Form::ImportedModelArn, AccountRule::Required),
        "inference-profile" => (Form::InferenceProfileArn, AccountRule::Optional),
        "application-inference-profile" => {
            (Form::ApplicationInferenceProfileArn, AccountRule::Required)
        }
        "default-prompt-router" | "prompt-router" => (Form::PromptRouterArn, AccountRule::Required),
        "custom-model-deployment" => (Form::CustomModelDeploymentArn, AccountRule::Required),
        "prompt" => (Form::PromptArn, AccountRule::Required),
        other => return Err(Malformation::ResourceType(other.to_owned())),
    };
    account_rule.check(account)?;
    let bad = |expected| Malformation::Resource {
        form,
        resource: id.to_owned(),
        expected,
    };
    let model_id = match form {
        Form::FoundationModelArn | Form::InferenceProfileArn => {
            if id.is_empty() || id.contains('/') {
                return Err(bad("a model ID"));
            }
            Some(id)
        }
        Form::CustomModelArn => match id.rsplit_once('/') {
            Some((model, suffix))
                if !model.is_empty() && suffix.len() == 12 && is_lower_alnum(suffix) =>
            {
                Some(model)
            }
            _ => return Err(bad("`<model id>/<12 lowercase letters or digits>`")),
        },
        Form::ProvisionedModelArn | Form::ImportedModelArn | Form::CustomModelDeploymentArn => {
            if id.len() != 12 || !is_lower_alnum(id) {
                return Err(bad("12 lowercase letters or digits"));
            }
            None
        }
        Form::ApplicationInferenceProfileArn => {
            if id.is_empty() || id.len() > 64 || !is_lower_alnum(id) {
                return Err(bad("1 to 64 lowercase letters or digits"));
            }
            None
        }
        Form::PromptArn => {
            let (prompt, version) = match id.split_once(':') {
                Some((prompt, version)) => (prompt, Some(version)),
                None => (id, None),
            };
            let valid = prompt.len() == 10
                && prompt.bytes().all(|b| b.is_ascii_alphanumeric())
                && version.is_none_or(|v| {
                    (1..=5).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_digit())
                });
            if !valid {
                return Err(bad(
                    "10 letters or digits, optionally with a version of 1 to 5 digits: \
                     `<prompt id>` or `<prompt id>:<version>`, e.g. `PROMPT1234:2`",
                ));
            }
            None
        }
        Form::SageMakerEndpointArn => {
            let name = id.as_bytes();
            let valid = name.len() <= 63
                && name.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'-')
                && name.first().is_some_and(u8::is_ascii_alphanumeric)
                && name.last().is_some_and(u8::is_ascii_alphanumeric);
            if !valid {
                return Err(bad(
                    "an endpoint name of 1 to 63 letters, digits or hyphens that starts and ends \
                     with a letter or digit",
                ));
            }
            None
        }
        _ if resource_type == "default-prompt-router" => {
            let valid = id.split_once(':').is_some_and(|(name, version)| {
                name.contains('.')
                    && name.bytes().all(|b| {
                        b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-'
                    })
                    && !version.is_empty()
                    && version.bytes().all(|b| b.is_ascii_digit())
            });
            if !valid {
                return Err(bad(
                    "`<provider>.<router>:<version>`, e.g. `anthropic.claude:1`",
                ));
            }
            None
        }
        _ => {
            if id.len() != 12 || !is_lower_alnum(id) {
                return Err(bad("12 lowercase letters or digits"));
            }
            None
        }
    };
    let (profile, model_id) = match (form, model_id) {
        (Form::InferenceProfileArn, Some(id)) => {
            let (profile, model) = split_profile(id);
            (profile, Some(model))
        }
        (_, model_id) => (None, model_id),
    };
    Ok(Parsed {
        form,
        model_id,
        region: Some(region),
        profile,
    })
}

#[derive(Clone, Copy)]
enum AccountRule {
    Empty,
    Required,
    Optional,
}

impl AccountRule {
    fn check(self, account: &str) -> Result<(), Malformation> {
        let (valid, expected) = match self {
            AccountRule::Empty => (account.is_empty(), "empty for a foundation model"),
            AccountRule::Required => (is_account_id(account), "a 12-digit AWS account ID"),
            AccountRule::Optional => (
                account.is_empty() || is_account_id(account),
                "empty or a 12-digit AWS account ID",
            ),
        };
        if valid {
            Ok(())
        } else {
            Err(Malformation::Account {
                account: account.to_owned(),
                expected,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(input: &str) -> Form {
        parse(input).unwrap().form
    }

    #[test]
    fn recognizes_every_arn_form() {
        let cases = [
            (
                "arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-v2:1",
                Form::FoundationModelArn,
            ),
            (
                "arn:aws:bedrock:us-east-1:123456789012:custom-model/meta.llama2-13b-v1:0:4k/qdllw9a421u9",
                Form::CustomModelArn,
            ),
            (
                "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcd1234efgh",
                Form::ProvisionedModelArn,
            ),
            (
                "arn:aws:bedrock:us-east-1:123456789012:imported-model/abcd1234efgh",
                Form::ImportedModelArn,
            ),
            (
                "arn:aws:bedrock:us-east-2:123456789012:inference-profile/us.anthropic.claude-3-haiku-20240307-v1:0",
                Form::InferenceProfileArn,
            ),
            (
                "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123123",
                Form::ApplicationInferenceProfileArn,
            ),
            (
                "arn:aws:bedrock:ap-south-1:123456789012:default-prompt-router/anthropic.claude:1",
                Form::PromptRouterArn,
            ),
            (
                "arn:aws-us-gov:bedrock:us-gov-west-1:123456789012:provisioned-model/abcd1234efgh",
                Form::ProvisionedModelArn,
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(form(input), expected, "{input}");
        }
    }

    #[test]
    fn extracts_the_inner_model_and_region() {
        let parsed = parse("arn:aws:bedrock:us-east-1:123456789012:custom-model/meta.llama2-13b-v1:0:4k/qdllw9a421u9").unwrap();
        assert_eq!(parsed.model_id, Some("meta.llama2-13b-v1:0:4k"));
        assert_eq!(parsed.region.map(Region::name), Some("us-east-1"));
        let bare = parse("anthropic.claude-v2:1").unwrap();
        assert_eq!(
            (bare.form, bare.model_id, bare.region),
            (Form::OnDemand, Some("anthropic.claude-v2:1"), None)
        );
        let profile = parse("us-gov.anthropic.claude-3-haiku-20240307-v1:0").unwrap();
        assert_eq!(profile.form, Form::InferenceProfile);
        assert_eq!(profile.profile, Some(ProfilePrefix::UsGov));
        assert_eq!(
            profile.model_id,
            Some("anthropic.claude-3-haiku-20240307-v1:0")
        );
        let arn =
            "arn:aws:bedrock:eu-west-1:123456789012:inference-profile/eu.amazon.nova-pro-v1:0";
        let arn = parse(arn).unwrap();
        assert_eq!(
            (arn.profile, arn.model_id),
            (Some(ProfilePrefix::Eu), Some("amazon.nova-pro-v1:0"))
        );
        // A provider is never mistaken for a prefix.
        assert_eq!(parse("deepseek.v3.1").unwrap().profile, None);
    }

    #[test]
    fn names_what_is_wrong_with_an_arn() {
        let cases = [
            ("", "empty"),
            ("arn:aws:bedrock", "six `:`-separated fields"),
            (
                "arn:aws-eu:bedrock:us-east-1::foundation-model/a.b",
                "unknown partition `aws-eu`",
            ),
            (
                "arn:aws:sagemaker:us-east-1::foundation-model/a.b",
                "service is `sagemaker`",
            ),
            (
                "arn:aws:bedrock:us-middle-1::foundation-model/a.b",
                "unknown AWS region `us-middle-1`",
            ),
            (
                "arn:aws:bedrock:cn-north-1::foundation-model/a.b",
                "belongs to partition `aws-cn`",
            ),
            (
                "arn:aws:bedrock:us-east-1:123456789012:foundation-model/a.b",
                "empty for a foundation model",
            ),
            (
                "arn:aws:bedrock:us-east-1:1234:provisioned-model/abcd1234efgh",
                "12-digit AWS account ID",
            ),
            (
                "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/ABCD1234EFGH",
                "12 lowercase letters or digits",
            ),
            (
                "arn:aws:bedrock:us-east-1:123456789012:custom-model/a.b",
                "<model id>/<12 lowercase",
            ),
            (
                "arn:aws:bedrock:us-east-1:123456789012:agent/abcd1234efgh",
                "not a resource type",
            ),
            (
                "arn:aws:bedrock:us-east-1:123456789012:default-prompt-router/claude",
                "<provider>.<router>:<version>",
            ),
        ];
        for (input, expected) in cases {
            let message = parse(input).unwrap_err().to_string();
            assert!(message.contains(expected), "{input}: {message}");
        }
        let long = "a".repeat(MAX_LEN + 1);
        assert!(
            parse(&long)
                .unwrap_err()
                .to_string()
                .contains("at most 2048")
        );
    }
}
