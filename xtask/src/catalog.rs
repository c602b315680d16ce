//! The catalog source file (`core/catalog.toml`): its schema and its validation.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

/// One source: a full citation, or a table with a short label and the copy's date.
#[derive(Clone, Debug, Deserialize)]
#[serde(untagged)]
pub enum SourceEntry {
    /// The full citation alone (what `cargo xtask import` writes): undated, labelled by itself.
    Citation(String),
    /// A citation with what messages need.
    Dated(DatedSource),
}

/// A source with a short label for messages and the date of the copy read.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatedSource {
    /// How messages name it, e.g. `AWS's model-lifecycle page`.
    pub label: String,
    /// What it is, its URL, and where the copy read is.
    pub citation: String,
    /// The copy's date: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` where only that much is known.
    pub date: Option<String>,
    /// How the date was fixed: `stated` (the copy says it; the default), `latest-stated` (an
    /// undated copy, bounded by the newest date its text states) or `snapshot`.
    pub dated: Option<String>,
}

/// How a source's date may be fixed, as `dated` spells it.
pub const DATED: [&str; 3] = ["stated", "latest-stated", "snapshot"];

impl SourceEntry {
    /// The short label for messages.
    pub fn label(&self) -> &str {
        match self {
            SourceEntry::Citation(citation) => citation,
            SourceEntry::Dated(source) => &source.label,
        }
    }

    /// The full citation.
    pub fn citation(&self) -> &str {
        match self {
            SourceEntry::Citation(citation) => citation,
            SourceEntry::Dated(source) => &source.citation,
        }
    }

    /// The copy's date to the day, if the source gives one that precise.
    pub fn day(&self) -> Option<&str> {
        self.date().filter(|d| parse_date(d).is_some())
    }

    /// The copy's date as given: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. Ordered as text, a
    /// shorter date sorts before the days it spans.
    pub fn date(&self) -> Option<&str> {
        match self {
            SourceEntry::Citation(_) => None,
            SourceEntry::Dated(source) => source.date.as_deref(),
        }
    }

    /// How the date was fixed, as `dated` spells it.
    pub fn dated(&self) -> &str {
        match self {
            SourceEntry::Dated(DatedSource {
                dated: Some(dated), ..
            }) => dated,
            _ => "stated",
        }
    }
}

/// The whole catalog source.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    /// Source key to its citation.
    pub sources: BTreeMap<String, SourceEntry>,
    /// The models, in any order.
    #[serde(rename = "model")]
    pub models: Vec<Model>,
    /// IDs that only Bedrock Mantle serves (its OpenAI- and Anthropic-compatible APIs), in any
    /// order. An ID both endpoints serve is a `[[model]]`; Mantle's facts about it come from
    /// `availability.json`.
    #[serde(rename = "mantle", default)]
    pub mantle: Vec<MantleModel>,
}

/// An ID that only Bedrock Mantle serves.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MantleModel {
    pub id: String,
    pub provider: String,
    pub name: String,
    /// The bedrock-runtime ID of the same model, where a source names one.
    pub runtime_twin: Option<String>,
    /// The source of `runtime_twin`: a key of `[sources]`.
    pub twin_source: Option<String>,
    /// A runtime ID that looks like the same model's where no source pairs them: messages name
    /// it as unconfirmed.
    pub runtime_look_alike: Option<String>,
    pub sources: Vec<String>,
}

/// One base model.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Model {
    pub id: String,
    pub provider: String,
    pub name: String,
    pub version: Option<String>,
    #[serde(default = "yes")]
    pub on_demand: bool,
    pub sources: Vec<String>,
    #[serde(default)]
    pub provisioned: Vec<Provisioned>,
    #[serde(default)]
    pub lifecycle: Vec<LifecycleRule>,
    /// From the facts files: the context window, in tokens, and its source key.
    #[serde(skip)]
    pub context_window: Option<(u64, String)>,
    /// From the facts files: the maximum output tokens, and its source key.
    #[serde(skip)]
    pub max_output_tokens: Option<(u64, String)>,
    /// From the facts files: the launch date a model card gives, and its source key.
    #[serde(skip)]
    pub launched: Option<(String, String)>,
}

fn yes() -> bool {
    true
}

/// A Provisioned Throughput ID.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provisioned {
    pub id: String,
    pub name: String,
    pub context: Option<String>,
    /// Whether it can be bought with no commitment term; absent where the source does not say.
    pub no_commitment: Option<bool>,
    pub source: String,
}

/// A dated lifecycle fact.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LifecycleRule {
    /// The partition whose lifecycle page states the rule: `aws` (the default, AWS's
    /// commercial pages) or `aws-us-gov` (GovCloud's). A rule without `regions` covers its
    /// partition only.
    pub partition: Option<String>,
    pub regions: Option<Vec<String>>,
    pub except_regions: Option<Vec<String>>,
    pub legacy: Option<String>,
    pub extended_access: Option<String>,
    pub end_of_life: Option<String>,
    /// For models launched from 2026-09-07: the "end of life no sooner than" date AWS publishes.
    pub end_of_life_no_sooner_than: Option<String>,
    /// For those models: the Legacy period AWS announces, `6 months` or `45 days`.
    pub legacy_period: Option<String>,
    pub replacement: Option<String>,
    pub note: Option<String>,
    pub source: String,
}

impl Catalog {
    /// Parses and validates the TOML text; every problem is listed, one a line.
    pub fn parse(text: &str) -> Result<Catalog, String> {
        let mut catalog: Catalog =
            toml::from_str(text).map_err(|e| format!("core/catalog.toml: {e}"))?;
        catalog.models.sort_by(|a, b| a.id.cmp(&b.id));
        catalog.mantle.sort_by(|a, b| a.id.cmp(&b.id));
        let problems = catalog.problems();
        if problems.is_empty() {
            Ok(catalog)
        } else {
            Err(format!("core/catalog.toml:\n  {}", problems.join("\n  ")))
        }
    }

    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        for (key, source) in &self.sources {
            if let Some(date) = source.date()
                && !is_partial_date(date)
            {
                problems.push(format!(
                    "source `{key}`: `{date}` is not a YYYY-MM-DD, YYYY-MM or YYYY date"
                ));
            }
            if !DATED.contains(&source.dated()) {
                problems.push(format!(
                    "source `{key}`: dated `{}` is not one of {DATED:?}",
                    source.dated()
                ));
            }
        }
        let mut keys = BTreeSet::new();
        let mut statics = BTreeMap::new();
        let base_ids: BTreeSet<&str> = self.models.iter().map(|m| m.id.as_str()).collect();
        for model in &self.models {
            let id = model.id.as_str();
            check_id(id, &mut problems);
            if !keys.insert(id.to_owned()) {
                problems.push(format!("`{id}` is listed twice"));
            }
            if let Some(other) = statics.insert(static_name(id), id) {
                problems.push(format!("`{id}` and `{other}` map to one Rust name"));
            }
            if model.sources.is_empty() {
                problems.push(format!("`{id}` names no source"));
            }
            for key in &model.sources {
                self.check_source(key, id, &mut problems);
            }
            for variant in &model.provisioned {
                let pt = variant.id.as_str();
                check_id(pt, &mut problems);
                if !pt.starts_with(&format!("{id}:")) {
                    problems.push(format!("PT ID `{pt}` does not extend its base `{id}`"));
                }
                if !keys.insert(pt.to_owned()) {
                    problems.push(format!("`{pt}` is listed twice"));
                }
                self.check_source(&variant.source, pt, &mut problems);
            }
            if model.provisioned.len() > usize::from(u8::MAX) {
                problems.push(format!("`{id}` has more PT IDs than the index type holds"));
            }
            for rule in &model.lifecycle {
                self.check_rule(&format!("`{id}` lifecycle"), rule, &base_ids, &mut problems);
            }
            // Rules of one scope from different sources merge (the later-dated wins field by
            // field); one source stating two rules of one scope contradicts itself.
            let mut scopes = BTreeSet::new();
            for rule in &model.lifecycle {
                let scope = (
                    &rule.partition,
                    &rule.regions,
                    &rule.except_regions,
                    &rule.source,
                );
                if !scopes.insert(scope) {
                    problems.push(format!(
                        "`{id}` has two lifecycle rules of one scope from `{}`",
                        rule.source
                    ));
                }
            }
        }
        for mantle in &self.mantle {
            self.check_mantle(mantle, &base_ids, &mut keys, &mut problems);
        }
        problems
    }

    /// `key`, which `what` cites, must be a key of `[sources]`.
    fn check_source(&self, key: &str, what: &str, problems: &mut Vec<String>) {
        if !self.sources.contains_key(key) {
            problems.push(format!("{what}: source `{key}` is not a key of [sources]"));
        }
    }

    /// One lifecycle rule (`what` names its model); `base_ids` are the catalog's models.
    fn check_rule(
        &self,
        what: &str,
        rule: &LifecycleRule,
        base_ids: &BTreeSet<&str>,
        problems: &mut Vec<String>,
    ) {
        self.check_source(&rule.source, what, problems);
        if let Some(partition) = &rule.partition
            && !PARTITIONS.contains(&partition.as_str())
        {
            problems.push(format!(
                "{what}: partition `{partition}` is not one of {PARTITIONS:?}"
            ));
        }
        if rule.regions.is_some() && rule.except_regions.is_some() {
            problems.push(format!(
                "{what}: give `regions` or `except_regions`, not both"
            ));
        }
        if let Some(period) = &rule.legacy_period
            && !LEGACY_PERIODS.contains(&period.as_str())
        {
            problems.push(format!(
                "{what}: legacy_period `{period}` is not one of {LEGACY_PERIODS:?}"
            ));
        }
        if let Some(date) = &rule.end_of_life_no_sooner_than
            && parse_date(date).is_none()
        {
            problems.push(format!("{what}: `{date}` is not a YYYY-MM-DD date"));
        }
        let dates = [&rule.legacy, &rule.extended_access, &rule.end_of_life];
        for date in dates.into_iter().flatten() {
            if parse_date(date).is_none() {
                problems.push(format!("{what}: `{date}` is not a YYYY-MM-DD date"));
            }
        }
        let parsed: Vec<_> = dates
            .into_iter()
            .flatten()
            .filter_map(|d| parse_date(d))
            .collect();
        if parsed.windows(2).any(|pair| pair[0] > pair[1]) {
            problems.push(format!("{what}: dates must not decrease"));
        }
        if let Some(replacement) = &rule.replacement
            && !base_ids.contains(replacement.as_str())
        {
            problems.push(format!(
                "{what}: replacement `{replacement}` is not in the catalog"
            ));
        }
    }

    /// One `[[mantle]]` block; `keys` are the IDs seen so far, `base_ids` the catalog's models.
    fn check_mantle(
        &self,
        mantle: &MantleModel,
        base_ids: &BTreeSet<&str>,
        keys: &mut BTreeSet<String>,
        problems: &mut Vec<String>,
    ) {
        let id = mantle.id.as_str();
        check_id(id, problems);
        if base_ids.contains(id) {
            problems.push(format!(
                "`{id}` is both a [[model]] and a [[mantle]]: an ID both endpoints serve is a \
                 [[model]]"
            ));
        }
        if !keys.insert(format!("mantle:{id}")) {
            problems.push(format!("mantle `{id}` is listed twice"));
        }
        if mantle.sources.is_empty() {
            problems.push(format!("mantle `{id}` names no source"));
        }
        for key in &mantle.sources {
            self.check_source(key, id, problems);
        }
        match (&mantle.runtime_twin, &mantle.twin_source) {
            (Some(twin), Some(key)) => {
                self.check_source(key, id, problems);
                if !base_ids.contains(twin.as_str()) {
                    problems.push(format!(
                        "mantle `{id}`: runtime twin `{twin}` is not a [[model]]"
                    ));
                }
            }
            (None, None) => {}
            _ => problems.push(format!(
                "mantle `{id}`: give `runtime_twin` and `twin_source` together"
            )),
        }
    }
}

/// The partitions a lifecycle rule may be published for.
pub const PARTITIONS: [&str; 2] = ["aws", "aws-us-gov"];

/// The Legacy periods AWS's lifecycle page announces for models launched from 2026-09-07.
pub const LEGACY_PERIODS: [&str; 2] = ["6 months", "45 days"];

/// Bedrock IDs are lowercase ASCII letters, digits, `-`, `.` and `:`.
fn check_id(id: &str, problems: &mut Vec<String>) {
    let allowed = |c: char| matches!(c, 'a'..='z' | '0'..='9' | '-' | '.' | ':');
    if id.is_empty() || !id.chars().all(allowed) || !id.contains('.') {
        problems.push(format!("`{id}` is not a lowercase Bedrock model ID"));
    }
}

/// Whether `text` is `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
fn is_partial_date(text: &str) -> bool {
    parse_date(text).is_some()
        || parse_date(&format!("{text}-01")).is_some()
        || parse_date(&format!("{text}-01-01")).is_some()
}

/// `(year, month, day)` of a valid `YYYY-MM-DD` date.
pub fn parse_date(text: &str) -> Option<(u16, u8, u8)> {
    let mut parts = text.splitn(3, '-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    if year.len() != 4 || month.len() != 2 || day.len() != 2 {
        return None;
    }
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(year) && digits(month) && digits(day)) {
        return None;
    }
    let (year, month, day): (u16, u8, u8) =
        (year.parse().ok()?, month.parse().ok()?, day.parse().ok()?);
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (year > 0 && (1..=days).contains(&day)).then_some((year, month, day))
}

#[path = "../../core/src/shared/names.rs"]
mod names;
pub use names::static_name;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_every_problem_at_once() {
        let text = r#"
            [sources]
            s = "a source"
            [[model]]
            id = "Bad.ID"
            provider = "P"
            name = "N"
            sources = ["nope"]
            [[model.lifecycle]]
            legacy = "2024-02-30"
            replacement = "missing.model"
            source = "s"
        "#;
        let error = Catalog::parse(text).unwrap_err();
        for expected in [
            "`Bad.ID` is not a lowercase Bedrock model ID",
            "source `nope` is not a key",
            "`2024-02-30` is not a YYYY-MM-DD date",
            "replacement `missing.model` is not in the catalog",
        ] {
            assert!(
                error.contains(expected),
                "{expected:?} missing from:\n{error}"
            );
        }
    }

    #[test]
    fn rejects_unknown_fields() {
        let error =
            Catalog::parse("[sources]\n[[model]]\nid = \"a.b\"\nprovder = \"x\"").unwrap_err();
        assert!(error.contains("provder"), "{error}");
    }
}
