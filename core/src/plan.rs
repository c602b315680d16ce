//! What `model_id!` expands a literal to, decided here so the macro only renders it: one plan
//! per literal, with every decision (the fast path, the expansion's shape, the warning, the
//! options) made and tested in this ordinary crate.

use crate::caller::CallingCrate;
use crate::catalog::{self, static_name};
use crate::date::Date;
use crate::error::Error;
use crate::identified::Identified;
use crate::model_id::always_active;
use crate::operation::{self, Operation, Support, Unfit};
use crate::parse::{self, Form};
use crate::region::Region;
use crate::unverified::Unverified;
use crate::verdict::{Verdict, Warning, judge};

/// How the expansion builds its `ModelId`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// The catalog's ready constant for an ID it lists as written
    /// (`__private::ids::<name>`): cheaper for rustc than a constructor call.
    Constant(String),
    /// Another spelling of a listed ID (an ARN of it, say): built from that ID's constant, so
    /// the model cannot be wrong.
    Spelling {
        /// The form of the input.
        form: Form,
        /// The name of the constant of the base or Provisioned Throughput ID it names.
        of: String,
        /// The byte at which that ID's text stands in the input.
        at: usize,
        /// The index in `Region::ALL` of the region the input names, if any.
        region: Option<u8>,
    },
    /// An ID with no catalog model (an account-specific ARN, an account-catalog or allowed
    /// unknown ID).
    Unlisted {
        /// The form of the input.
        form: Form,
        /// The index in `Region::ALL` of the region the input names, if any.
        region: Option<u8>,
    },
}

/// The expansion of one literal: its value, and the warning to attach, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// How to build the value.
    pub value: Value,
    /// The `deprecated`-lint note to attach, if any.
    pub warning: Option<Warning>,
}

/// What the call asks for beyond the literal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// The date to judge as of.
    pub date: Date,
    /// `region = "..."`.
    pub region: Option<Region>,
    /// `allow_unknown`.
    pub allow_unknown: bool,
    /// `api = "..."`: the operation the ID is meant for.
    pub api: Option<Operation>,
    /// Whose crate the literal is in.
    pub caller: CallingCrate,
}

/// A judge that knows an account's own IDs too (`AccountCatalog::judge`, in the macro).
pub type AccountJudge<'a> = &'a dyn Fn(&str, Date, Option<Region>) -> Verdict;

/// The plan for `input`. `account` judges instead of the built-in catalog alone when an
/// account catalog takes part (the macro's `account-catalog` feature).
///
/// # Errors
///
/// The verdict's error, as the macro reports it on the literal.
pub fn plan(
    input: &str,
    options: Options,
    account: Option<AccountJudge<'_>>,
) -> Result<Plan, Error> {
    // Most catalog IDs are Active on every date: no judging, no notice to build.
    if options.region.is_none()
        && !options.allow_unknown
        && options.api.is_none()
        && account.is_none()
        && catalog::listed(input).is_some_and(|(_, listed)| always_active(listed))
    {
        return Ok(Plan {
            value: Value::Constant(static_name(input)),
            warning: None,
        });
    }
    let mut verdict = match account {
        Some(judge_with_account) => judge_with_account(input, options.date, options.region),
        None => judge(input, options.date, options.region),
    };
    if options.allow_unknown {
        verdict = verdict.allowing_unknown(options.region);
    }
    let (identified, warning) = verdict.into_result_for(options.caller)?;
    if let Some(operation) = options.api {
        fit(input, &identified, operation, options.date)?;
    }
    let region = parse::parse(input)
        .ok()
        .and_then(|parsed| parsed.region)
        .map(Region::index);
    let value = match identified.entry {
        Some(_) if catalog::listed(input).is_some() => Value::Constant(static_name(input)),
        Some(entry) => {
            let listed = entry.variant().map_or(entry.model().id(), |v| v.id());
            match input.find(listed) {
                Some(at) => Value::Spelling {
                    form: identified.form(),
                    of: static_name(listed),
                    at,
                    region,
                },
                // Every spelling judging accepts holds the ID; were one not to, it keeps its
                // form and loses only the model, rather than fail the build.
                None => Value::Unlisted {
                    form: identified.form(),
                    region,
                },
            }
        }
        None => Value::Unlisted {
            form: identified.form(),
            region,
        },
    };
    Ok(Plan { value, warning })
}

/// For `api = "..."`: an error when the sources say `operation` refuses what `identified`
/// names; nothing when they say it serves it or do not say.
fn fit(
    input: &str,
    identified: &Identified,
    operation: Operation,
    date: Date,
) -> Result<(), Error> {
    match operation::support(identified.model(), identified.form(), operation) {
        Support::NotSupported(reason) => Err(Error::Unfit(Box::new(Unfit::new(
            input,
            *identified,
            operation,
            reason,
            date,
        )))),
        Support::Supported(_) | Support::Unknown(_) => Ok(()),
    }
}

/// The expansion of one `mantle_model_id!` literal: the name of its constant in
/// `__private::mantle_ids`, and the warning to attach, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MantlePlan {
    /// The constant's name.
    pub constant: String,
    /// The `deprecated`-lint note to attach, if any.
    pub warning: Option<Unverified>,
}

/// The plan for a `mantle_model_id!` literal.
///
/// # Errors
///
/// The Mantle verdict's error, as the macro reports it on the literal.
pub fn mantle_plan(input: &str, date: Date, region: Option<Region>) -> Result<MantlePlan, Error> {
    let (model, warning) = crate::mantle_judge::judge_mantle(input, date, region)?;
    Ok(MantlePlan {
        constant: static_name(model.id()),
        warning,
    })
}

/// The variant's name in Rust source, for `model_id!`'s expansion.
#[must_use]
pub const fn form_variant(form: Form) -> &'static str {
    match form {
        Form::OnDemand => "OnDemand",
        Form::Provisioned => "Provisioned",
        Form::InferenceProfile => "InferenceProfile",
        Form::FoundationModelArn => "FoundationModelArn",
        Form::CustomModelArn => "CustomModelArn",
        Form::ProvisionedModelArn => "ProvisionedModelArn",
        Form::ImportedModelArn => "ImportedModelArn",
        Form::InferenceProfileArn => "InferenceProfileArn",
        Form::ApplicationInferenceProfileArn => "ApplicationInferenceProfileArn",
        Form::PromptRouterArn => "PromptRouterArn",
        Form::CustomModelDeploymentArn => "CustomModelDeploymentArn",
        Form::PromptArn => "PromptArn",
        Form::SageMakerEndpointArn => "SageMakerEndpointArn",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(date: &str) -> Options {
        Options {
            date: Date::parse(date).unwrap(),
            region: None,
            allow_unknown: false,
            api: None,
            caller: CallingCrate::Editable,
        }
    }

    #[test]
    fn a_listed_active_id_is_its_ready_constant() {
        let plan = plan("amazon.nova-pro-v1:0", options("2026-12-01"), None).unwrap();
        assert_eq!(
            plan.value,
            Value::Constant("AMAZON_NOVA_PRO_V1_0".to_owned())
        );
        assert_eq!(plan.warning, None);
    }

    #[test]
    fn an_arn_of_a_catalog_model_is_built_from_its_ids_constant() {
        let arn = "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0";
        let plan = plan(arn, options("2026-12-01"), None).unwrap();
        let region = Region::parse("us-east-1").unwrap().index();
        assert_eq!(
            plan.value,
            Value::Spelling {
                form: Form::FoundationModelArn,
                of: "AMAZON_NOVA_PRO_V1_0".to_owned(),
                at: arn.len() - "amazon.nova-pro-v1:0".len(),
                region: Some(region),
            }
        );
    }

    #[test]
    fn a_provisioned_arn_names_its_provisioned_constant() {
        let arn = "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0:300k";
        let plan = plan(arn, options("2026-12-01"), None).unwrap();
        assert!(matches!(
            plan.value,
            Value::Spelling { ref of, .. } if of == "AMAZON_NOVA_PRO_V1_0_300K"
        ));
    }

    #[test]
    fn an_account_specific_arn_has_no_model() {
        let arn = "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcd1234efgh";
        let plan = plan(arn, options("2026-12-01"), None).unwrap();
        let region = Region::parse("us-east-1").unwrap().index();
        assert_eq!(
            plan.value,
            Value::Unlisted {
                form: Form::ProvisionedModelArn,
                region: Some(region)
            }
        );
    }

    #[test]
    fn warnings_and_errors_come_from_the_verdict() {
        let legacy = plan("us.writer.palmyra-x5-v1:0", options("2026-12-01"), None).unwrap();
        assert!(matches!(legacy.warning, Some(Warning::Lifecycle(_))));
        assert!(plan("anthropic.claude-v1", options("2026-12-01"), None).is_err());
        let in_dependency = Options {
            caller: CallingCrate::Dependency,
            ..options("2026-12-01")
        };
        let retired = plan("anthropic.claude-v1", in_dependency, None).unwrap();
        assert!(matches!(retired.warning, Some(Warning::InDependency(_))));
    }

    #[test]
    fn allow_unknown_accepts_an_unlisted_id_with_a_warning() {
        let allowing = Options {
            allow_unknown: true,
            ..options("2026-12-01")
        };
        let plan = plan("acme.new-v1:0", allowing, None).unwrap();
        assert_eq!(
            plan.value,
            Value::Unlisted {
                form: Form::OnDemand,
                region: None
            }
        );
        assert!(matches!(plan.warning, Some(Warning::Unverified(_))));
    }

    #[test]
    fn form_variant_is_the_variants_name() {
        let forms = [
            Form::OnDemand,
            Form::Provisioned,
            Form::InferenceProfile,
            Form::FoundationModelArn,
            Form::CustomModelArn,
            Form::ProvisionedModelArn,
            Form::ImportedModelArn,
            Form::InferenceProfileArn,
            Form::ApplicationInferenceProfileArn,
            Form::PromptRouterArn,
            Form::CustomModelDeploymentArn,
            Form::PromptArn,
            Form::SageMakerEndpointArn,
        ];
        for form in forms {
            assert_eq!(form_variant(form), format!("{form:?}"));
        }
    }

    #[test]
    fn a_mantle_id_is_its_constant() {
        let date = Date::parse("2026-10-27").unwrap();
        let plan = mantle_plan("openai.gpt-oss-120b", date, None).unwrap();
        assert_eq!(plan.constant, "OPENAI_GPT_OSS_120B");
        assert!(crate::mantle::ids::OPENAI_GPT_OSS_120B == "openai.gpt-oss-120b");
        assert!(mantle_plan("openai.gpt-oss-120b-1:0", date, None).is_err());
    }

    #[test]
    fn api_refuses_a_model_the_operation_rejects_and_skips_no_check() {
        let converse = Options {
            api: Some(Operation::Converse),
            ..options("2026-12-01")
        };
        // Always Active, so without `api` the fast path would skip judging it.
        let embed = "amazon.titan-embed-text-v2:0";
        assert!(catalog::listed(embed).is_some_and(|(_, listed)| always_active(listed)));
        let error = plan(embed, converse, None).unwrap_err();
        assert!(matches!(error, Error::Unfit(_)), "{error:?}");
        let fits = plan("amazon.nova-pro-v1:0", converse, None).unwrap();
        assert_eq!(
            fits.value,
            Value::Constant("AMAZON_NOVA_PRO_V1_0".to_owned())
        );
        // Unknown: no error, no warning.
        let arn = "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcd1234efgh";
        assert_eq!(plan(arn, converse, None).unwrap().warning, None);
    }

    #[test]
    fn an_account_catalog_judges_instead() {
        let account = |input: &str, date, region| match judge(input, date, region) {
            Verdict::Unknown(_) => judge("amazon.nova-pro-v1:0", date, region),
            verdict => verdict,
        };
        // No fast path: the account's judgement decides, even to accept an unknown ID. Its
        // text does not hold the catalog ID the judgement names, so no constant may pair the
        // two: the value keeps the form and no model.
        let plan = plan("acme.private-v1:0", options("2026-12-01"), Some(&account)).unwrap();
        assert_eq!(
            plan.value,
            Value::Unlisted {
                form: Form::OnDemand,
                region: None
            }
        );
    }
}
