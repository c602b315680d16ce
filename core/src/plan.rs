//! What `model_id!` expands a literal to, decided here so the macro only renders it: one plan
//! per literal, with every decision (the fast path, the expansion's shape, the warning, the
//! options) made and tested in this ordinary crate.

use crate::caller::CallingCrate;
use crate::catalog::{self, Entry};
use crate::date::Date;
use crate::error::Error;
use crate::parse::Form;
use crate::region::Region;
use crate::verdict::{Verdict, Warning, judge};

/// How the expansion builds its `ModelId`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// The catalog's ready constant for an ID it lists as written
    /// (`__private::ids::<name>`): cheaper for rustc than a constructor call.
    Constant(String),
    /// A catalog model under another spelling (an ARN of it, say): its index in the catalog,
    /// and the Provisioned Throughput variant's.
    Catalog {
        /// The form of the input.
        form: Form,
        /// The model's index.
        model: u16,
        /// The PT variant's index, if any.
        variant: Option<u8>,
    },
    /// An ID with no catalog model (an account-specific ARN, an account-catalog or allowed
    /// unknown ID): only its form.
    Unlisted(Form),
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
    pub api: Option<crate::operation::Operation>,
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
        && catalog::__always_active(input)
    {
        return Ok(Plan {
            value: Value::Constant(catalog::static_name(input)),
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
        crate::operation::check(input, &identified, operation, options.date)?;
    }
    let value = match identified.entry {
        Some(_) if catalog::__listed_as_written(input) => {
            Value::Constant(catalog::static_name(input))
        }
        Some(entry) => Value::Catalog {
            form: identified.form(),
            model: entry.model().index,
            variant: match entry {
                Entry::Provisioned(_, index) => Some(index),
                Entry::Base(_) => None,
            },
        },
        None => Value::Unlisted(identified.form()),
    };
    Ok(Plan { value, warning })
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
    fn an_arn_of_a_catalog_model_is_built_from_its_index() {
        let arn = "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0";
        let plan = plan(arn, options("2026-12-01"), None).unwrap();
        let model = catalog::model("amazon.nova-pro-v1:0").unwrap();
        assert_eq!(
            plan.value,
            Value::Catalog {
                form: Form::FoundationModelArn,
                model: model.index,
                variant: None
            }
        );
    }

    #[test]
    fn an_account_specific_arn_has_no_model() {
        let arn = "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcd1234efgh";
        let plan = plan(arn, options("2026-12-01"), None).unwrap();
        assert_eq!(plan.value, Value::Unlisted(Form::ProvisionedModelArn));
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
        assert_eq!(plan.value, Value::Unlisted(Form::OnDemand));
        assert!(matches!(plan.warning, Some(Warning::Unverified(_))));
    }

    #[test]
    fn api_refuses_a_model_the_operation_rejects_and_skips_no_check() {
        let converse = Options {
            api: Some(crate::operation::Operation::Converse),
            ..options("2026-12-01")
        };
        // Always Active, so without `api` the fast path would skip judging it.
        let embed = "amazon.titan-embed-text-v2:0";
        assert!(catalog::__always_active(embed));
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
        // No fast path: the account's judgement decides even for a listed ID.
        let plan = plan("acme.private-v1:0", options("2026-12-01"), Some(&account)).unwrap();
        assert!(matches!(
            plan.value,
            Value::Catalog { .. } | Value::Constant(_)
        ));
    }
}
