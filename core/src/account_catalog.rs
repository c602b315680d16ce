//! Model IDs a user adds for their own account, from `aws bedrock list-foundation-models`.
//!
//! Behind the `aws-json` feature: the built-in catalog needs no JSON parser.

use std::collections::BTreeSet;
use std::fmt;

use crate::date::Date;
use crate::error::Unknown;
use crate::region::Region;
use crate::verdict::{Identified, Verdict, judge};

/// Names the file that extends the built-in catalog at compile time (with the
/// `account-catalog` feature of `bedrock-model-id`).
pub const CATALOG_VAR: &str = "BEDROCK_MODEL_ID_CATALOG";

/// Model IDs listed by one or more ListFoundationModels outputs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AccountCatalog {
    ids: BTreeSet<String>,
}

/// Why a file is not a ListFoundationModels output.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccountCatalogError {
    problem: String,
}

impl fmt::Display for AccountCatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}; expected the JSON `aws bedrock list-foundation-models` prints: \
             {{\"modelSummaries\": [{{\"modelId\": \"...\", ...}}, ...]}}",
            self.problem
        )
    }
}

impl std::error::Error for AccountCatalogError {}

impl AccountCatalog {
    /// Reads the `modelId` of every summary in a ListFoundationModels output.
    pub fn parse(json: &str) -> Result<AccountCatalog, AccountCatalogError> {
        let error = |problem: String| AccountCatalogError { problem };
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|e| error(format!("not JSON ({e})")))?;
        let summaries = value
            .get("modelSummaries")
            .and_then(serde_json::Value::as_array)
            .ok_or_else(|| error("no `modelSummaries` array".to_owned()))?;
        let mut ids = BTreeSet::new();
        for (index, summary) in summaries.iter().enumerate() {
            let id = summary
                .get("modelId")
                .and_then(serde_json::Value::as_str)
                .ok_or_else(|| error(format!("summary {index} has no string `modelId`")))?;
            if id.is_empty() || id.len() > crate::MAX_LEN {
                return Err(error(format!(
                    "summary {index} has an empty or over-long `modelId`"
                )));
            }
            ids.insert(id.to_owned());
        }
        Ok(AccountCatalog { ids })
    }

    /// Whether the file lists `id`.
    pub fn contains(&self, id: &str) -> bool {
        self.ids.contains(id)
    }

    /// How many IDs the file lists.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether the file lists no ID.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// [`judge`], with the IDs of this file accepted where the built-in catalog knows nothing
    /// of them. Such IDs have no catalog model, so no lifecycle: they are Active.
    pub fn judge(&self, input: &str, date: Date, region: Option<Region>) -> Verdict {
        match judge(input, date, region) {
            Verdict::Unknown(unknown) if self.contains(unknown.model_id()) => {
                Verdict::Active(account_model(&unknown, region))
            }
            verdict => verdict,
        }
    }
}

fn account_model(unknown: &Unknown, region: Option<Region>) -> Identified {
    let parsed = crate::parse::parse(unknown.input()).ok();
    Identified {
        form: unknown.form(),
        entry: None,
        region: parsed.and_then(|p| p.region).or(region),
        profile: parsed.and_then(|p| p.profile),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LISTING: &str = r#"{"modelSummaries": [
        {"modelId": "acme.private-model-v1:0", "modelName": "Private", "providerName": "Acme"},
        {"modelId": "meta.llama3-8b-instruct-v1:0"}
    ]}"#;

    #[test]
    fn accepts_listed_ids_the_catalog_does_not_know() {
        let catalog = AccountCatalog::parse(LISTING).unwrap();
        assert_eq!(catalog.len(), 2);
        let day = Date::ymd(2026, 11, 23);
        let Verdict::Active(identified) = catalog.judge("acme.private-model-v1:0", day, None)
        else {
            panic!("listed IDs are accepted");
        };
        assert_eq!(identified.model(), None);
        let arn = "arn:aws:bedrock:us-east-1::foundation-model/acme.private-model-v1:0";
        assert!(matches!(catalog.judge(arn, day, None), Verdict::Active(_)));
        assert!(matches!(
            catalog.judge("acme.other-v1:0", day, None),
            Verdict::Unknown(_)
        ));
        // The built-in catalog still decides what it knows: a retired model stays retired.
        assert!(matches!(
            catalog.judge("anthropic.claude-v1", day, None),
            Verdict::EndOfLife(_)
        ));
    }

    #[test]
    fn a_bad_file_is_one_clear_error() {
        for (bad, expected) in [
            ("not json", "not JSON"),
            ("{}", "no `modelSummaries` array"),
            (
                r#"{"modelSummaries": [{"modelArn": "x"}]}"#,
                "summary 0 has no string `modelId`",
            ),
        ] {
            let message = AccountCatalog::parse(bad).unwrap_err().to_string();
            assert!(message.contains(expected), "{message}");
            assert!(
                message.contains("aws bedrock list-foundation-models"),
                "{message}"
            );
        }
    }
}
