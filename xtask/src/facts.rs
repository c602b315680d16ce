//! The facts files of `core/facts/`: what AWS's own pages state, each fact with a dated source.
//!
//! - `cards.toml`: the per-model "model cards" of the Bedrock user guide, the "Regional
//!   availability" and "Model support by AWS Region" pages (per region: In-Region, Geo, Global),
//!   and pages that name models with their IDs.
//! - `lifecycle.toml`: the rows of AWS's model-lifecycle pages (current and older copies, the
//!   commercial and the `GovCloud` tables) and of AWS-organisation lifecycle tables, which name
//!   replacements.
//!
//! `core/facts/README.md` documents both formats. People (and the research that fills them)
//! edit these files; the generator folds them into the catalog (`apply`) before it writes code,
//! so the crate needs none of them at build or run time.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;

use crate::catalog::{DatedSource, LifecycleRule, SourceEntry, parse_date};

/// The directory of the facts files, relative to the workspace root.
pub const DIR: &str = "core/facts";

/// One source of a facts file: a dated copy of a page.
#[expect(
    dead_code,
    reason = "every field of the format is parsed, so that `deny_unknown_fields` catches a \
              misspelt one; the generator reads those the verdicts use"
)]
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactSource {
    /// What the page is.
    pub title: String,
    /// How messages name it, e.g. `AWS's model card "Claude 3 Haiku"`.
    pub label: String,
    /// The canonical (English) URL of the page.
    pub url: String,
    /// Where the text read is: a repository, path and commit, or a search corpus.
    pub copy: String,
    /// The copy's date, `YYYY-MM-DD`.
    pub date: String,
    /// `fetched` or `published` (the copy says when), or `latest-stated` (an undated copy,
    /// bounded by the newest date its text states).
    pub date_kind: String,
    /// How the date was fixed, in words.
    pub date_note: Option<String>,
    /// The language of the copy read (`en`, `ja_jp`, ...).
    pub language: Option<String>,
}

/// The ways a facts source may be dated.
const DATE_KINDS: [&str; 3] = ["fetched", "published", "latest-stated"];

impl FactSource {
    /// The source as the catalog holds every source: a label, a citation and its date.
    fn entry(&self) -> SourceEntry {
        let label = self.label.clone();
        let mut citation = format!("{} ({}); copy read: {}", self.title, self.url, self.copy);
        if let Some(note) = &self.date_note {
            citation.push_str("; dated: ");
            citation.push_str(note);
        }
        SourceEntry::Dated(DatedSource {
            label,
            citation,
            date: Some(self.date.clone()),
            dated: Some(
                if self.date_kind == "latest-stated" {
                    "latest-stated"
                } else {
                    "stated"
                }
                .to_owned(),
            ),
        })
    }
}

/// `cards.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CardsFile {
    sources: BTreeMap<String, FactSource>,
    #[serde(default)]
    card: Vec<Card>,
    #[serde(default)]
    name: Vec<Name>,
}

/// `lifecycle.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LifecycleFile {
    sources: BTreeMap<String, FactSource>,
    #[serde(default)]
    rule: Vec<FactRule>,
    #[serde(default)]
    name: Vec<Name>,
}

/// One copy of a model card (or one model's table of a page that lists every model).
#[expect(
    dead_code,
    reason = "every field of the format is parsed, so that `deny_unknown_fields` catches a \
              misspelt one; the generator reads those the verdicts use"
)]
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    /// The bedrock-runtime model ID the card gives.
    pub id: Option<String>,
    /// The Bedrock Mantle model ID the card gives.
    pub mantle_id: Option<String>,
    pub name: String,
    pub provider: String,
    pub source: String,
    #[expect(
        clippy::struct_field_names,
        reason = "the field name of the format, as people write it"
    )]
    pub card_page: Option<String>,
    /// `Active`, `Legacy`, `Legacy (specific regions)`, `EOL`, `EOL (specific regions)` or
    /// `Public extended access`.
    pub lifecycle: Option<String>,
    pub lifecycle_text: Option<String>,
    pub launched: Option<String>,
    pub end_of_life: Option<String>,
    pub end_of_life_text: Option<String>,
    pub end_of_life_no_sooner_than: Option<String>,
    /// An "EOL no sooner than" cell that is not a date, verbatim.
    pub end_of_life_no_sooner_than_text: Option<String>,
    pub legacy_period: Option<String>,
    pub context_window: Option<u64>,
    pub max_output_tokens: Option<u64>,
    /// A maximum-output cell that is not a number (`N/A`), verbatim.
    pub max_output_tokens_text: Option<String>,
    /// `false` only where the card states that the base ID cannot be called in-Region.
    pub base_id_in_region: Option<bool>,
    pub quote: Option<String>,
    #[serde(default)]
    pub geo_profiles: Vec<String>,
    pub global_profile: Option<String>,
    /// A Global inference ID cell that is not an ID (`N/A`), verbatim.
    pub global_profile_text: Option<String>,
    #[serde(default)]
    pub endpoints: Vec<String>,
    #[serde(default)]
    pub apis: Vec<String>,
    #[serde(default)]
    pub mantle_apis: Vec<String>,
    #[serde(default)]
    pub input_modalities: Vec<String>,
    #[serde(default)]
    pub output_modalities: Vec<String>,
    /// The In-Region endpoint URL cell where it reads `N/A` or `Not supported`.
    pub in_region_endpoint: Option<String>,
    /// Regions an "Important" note names as still serving after the end of life.
    #[serde(default)]
    pub eol_exception_regions: Vec<String>,
    /// The copy kept one regions table of a card with two endpoints without saying whose.
    #[serde(default)]
    pub regions_endpoint_unknown: bool,
    #[serde(default)]
    pub region: Vec<CardRegion>,
}

/// One row of a card's regions table.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardRegion {
    pub region: String,
    /// `bedrock-mantle` for a row of a card's separate Mantle table.
    pub endpoint: Option<String>,
    pub in_region: Option<String>,
    pub geo: Option<String>,
    pub global: Option<String>,
    /// The older page's "inference profile support" table, which does not tell Geo from Global.
    pub cross_region: Option<String>,
    pub eol: Option<String>,
}

/// The cell values a regions table may hold.
const CELLS: [&str; 5] = ["yes", "no", "legacy", "extended-access", "eol"];

impl CardRegion {
    /// Whether the row says the model is served there in some form (a Legacy cell serves).
    pub fn serves(&self) -> bool {
        [&self.in_region, &self.geo, &self.global, &self.cross_region]
            .into_iter()
            .flatten()
            .any(|cell| matches!(cell.as_str(), "yes" | "legacy" | "extended-access"))
    }

    /// The row's In-Region cell as on-demand evidence: `yes`, `no`, or `None` where absent.
    pub fn in_region_on_demand(&self) -> Option<&'static str> {
        match self.in_region.as_deref()? {
            "yes" | "legacy" | "extended-access" => Some("yes"),
            "no" | "eol" => Some("no"),
            _ => None,
        }
    }
}

/// One row of a lifecycle table.
#[expect(
    dead_code,
    reason = "every field of the format is parsed, so that `deny_unknown_fields` catches a \
              misspelt one; the generator reads those the verdicts use"
)]
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactRule {
    pub id: Option<String>,
    pub name: Option<String>,
    pub provider: String,
    pub partition: String,
    pub regions: Option<Vec<String>>,
    pub legacy: Option<String>,
    pub extended_access: Option<String>,
    pub end_of_life: Option<String>,
    pub end_of_life_no_sooner_than: Option<String>,
    pub legacy_period: Option<String>,
    pub replacement: Option<String>,
    pub replacement_name: Option<String>,
    pub source: String,
    pub quote: Option<String>,
}

/// A model's name from a page that is not its card.
#[expect(
    dead_code,
    reason = "every field of the format is parsed, so that `deny_unknown_fields` catches a \
              misspelt one; the generator reads those the verdicts use"
)]
#[expect(
    clippy::struct_field_names,
    reason = "the field names of the format, as people write them"
)]
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Name {
    pub id: String,
    pub name: String,
    pub provider: String,
    pub source: String,
}

/// Both files, validated.
#[derive(Debug)]
pub struct Facts {
    pub sources: BTreeMap<String, SourceEntry>,
    pub cards: Vec<Card>,
    pub rules: Vec<FactRule>,
    pub names: Vec<Name>,
}

impl Facts {
    /// Reads and validates `core/facts/*.toml` under `root`.
    pub fn load(root: &Path) -> Result<Facts, String> {
        let read = |file: &str| {
            let path = format!("{DIR}/{file}");
            std::fs::read_to_string(root.join(&path))
                .map_err(|e| format!("cannot read {path}: {e}"))
                .map(|text| (path, text))
        };
        let (cards_path, cards_text) = read("cards.toml")?;
        let (rules_path, rules_text) = read("lifecycle.toml")?;
        let cards: CardsFile =
            toml::from_str(&cards_text).map_err(|e| format!("{cards_path}: {e}"))?;
        let rules: LifecycleFile =
            toml::from_str(&rules_text).map_err(|e| format!("{rules_path}: {e}"))?;
        Facts::from_files(cards, rules)
    }

    fn from_files(cards: CardsFile, rules: LifecycleFile) -> Result<Facts, String> {
        let mut problems = Vec::new();
        let mut sources = BTreeMap::new();
        let mut defined: BTreeMap<&str, &FactSource> = BTreeMap::new();
        for (key, source) in cards.sources.iter().chain(&rules.sources) {
            check_source(key, source, &mut problems);
            // Both files may cite one page; then both must describe the same copy.
            if let Some(first) = defined.insert(key, source)
                && (first.url != source.url || first.date != source.date)
            {
                problems.push(format!(
                    "source `{key}` is defined twice, with different URLs or dates"
                ));
            }
            sources.insert(key.clone(), source.entry());
        }
        let cited = |key: &str, what: &str, problems: &mut Vec<String>| {
            if !sources.contains_key(key) {
                problems.push(format!("{what}: source `{key}` is not defined"));
            }
        };
        for card in &cards.card {
            let what = format!("card `{}` ({})", card.name, card.source);
            cited(&card.source, &what, &mut problems);
            check_card(card, &what, &mut problems);
        }
        for rule in &rules.rule {
            let what = format!(
                "rule `{}` ({})",
                rule.id.as_deref().or(rule.name.as_deref()).unwrap_or("?"),
                rule.source
            );
            cited(&rule.source, &what, &mut problems);
            check_rule(rule, &what, &mut problems);
        }
        let names: Vec<Name> = cards.name.into_iter().chain(rules.name).collect();
        for name in &names {
            cited(
                &name.source,
                &format!("name of `{}`", name.id),
                &mut problems,
            );
        }
        if problems.is_empty() {
            Ok(Facts {
                sources,
                cards: cards.card,
                rules: rules.rule,
                names,
            })
        } else {
            Err(format!("{DIR}:\n  {}", problems.join("\n  ")))
        }
    }

    /// The date of source `key`, for ordering facts: later-dated facts win.
    pub fn date_of(&self, key: &str) -> Option<&str> {
        self.sources.get(key).and_then(SourceEntry::date)
    }
}

fn check_date(what: &str, date: Option<&String>, problems: &mut Vec<String>) {
    if let Some(date) = date
        && parse_date(date).is_none()
    {
        problems.push(format!("{what}: `{date}` is not a YYYY-MM-DD date"));
    }
}

fn check_region(what: &str, region: &str, problems: &mut Vec<String>) {
    if !crate::region_names().contains(&region) {
        problems.push(format!("{what}: `{region}` is not an AWS region code"));
    }
}

fn check_source(key: &str, source: &FactSource, problems: &mut Vec<String>) {
    check_date(&format!("source `{key}`"), Some(&source.date), problems);
    if !DATE_KINDS.contains(&source.date_kind.as_str()) {
        problems.push(format!(
            "source `{key}`: date_kind `{}` is not one of {DATE_KINDS:?}",
            source.date_kind
        ));
    }
    if !source.url.starts_with("https://") {
        problems.push(format!("source `{key}`: url `{}` is not https", source.url));
    }
}

fn check_card(card: &Card, what: &str, problems: &mut Vec<String>) {
    for date in [
        &card.launched,
        &card.end_of_life,
        &card.end_of_life_no_sooner_than,
    ] {
        check_date(what, date.as_ref(), problems);
    }
    let mut seen = BTreeSet::new();
    for row in &card.region {
        check_region(what, &row.region, problems);
        check_date(what, row.eol.as_ref(), problems);
        for cell in [&row.in_region, &row.geo, &row.global, &row.cross_region]
            .into_iter()
            .flatten()
        {
            if !CELLS.contains(&cell.as_str()) {
                problems.push(format!(
                    "{what} in {}: cell `{cell}` is not one of {CELLS:?}",
                    row.region
                ));
            }
        }
        if !seen.insert((row.region.as_str(), row.endpoint.as_deref())) {
            problems.push(format!("{what}: {} has two rows", row.region));
        }
    }
    for region in &card.eol_exception_regions {
        check_region(what, region, problems);
    }
}

fn check_rule(rule: &FactRule, what: &str, problems: &mut Vec<String>) {
    if !crate::catalog::PARTITIONS.contains(&rule.partition.as_str()) {
        problems.push(format!(
            "{what}: partition `{}` is not one of {:?}",
            rule.partition,
            crate::catalog::PARTITIONS
        ));
    }
    for date in [
        &rule.legacy,
        &rule.extended_access,
        &rule.end_of_life,
        &rule.end_of_life_no_sooner_than,
    ] {
        check_date(what, date.as_ref(), problems);
    }
    for region in rule.regions.iter().flatten() {
        check_region(what, region, problems);
    }
}

impl FactRule {
    /// Whether the row gives a date at all: a row that only names a model states no rule.
    pub fn is_dated(&self) -> bool {
        self.legacy.is_some()
            || self.extended_access.is_some()
            || self.end_of_life.is_some()
            || self.end_of_life_no_sooner_than.is_some()
    }

    /// The row as a catalog lifecycle rule; `replacement` only where the catalog knows it.
    pub fn to_rule(&self, known: &dyn Fn(&str) -> bool) -> LifecycleRule {
        LifecycleRule {
            partition: (self.partition != "aws").then(|| self.partition.clone()),
            regions: self.regions.clone().map(|mut regions| {
                regions.sort();
                regions
            }),
            except_regions: None,
            legacy: self.legacy.clone(),
            extended_access: self.extended_access.clone(),
            end_of_life: self.end_of_life.clone(),
            end_of_life_no_sooner_than: self.end_of_life_no_sooner_than.clone(),
            legacy_period: self.legacy_period.clone(),
            replacement: self.replacement.clone().filter(|id| known(id)),
            note: None,
            source: self.source.clone(),
        }
    }
}

#[cfg(test)]
impl Facts {
    /// The facts of two files' texts, for tests.
    pub fn from_texts(cards: &str, rules: &str) -> Result<Facts, String> {
        let cards: CardsFile = toml::from_str(cards).map_err(|e| e.to_string())?;
        let rules: LifecycleFile = toml::from_str(rules).map_err(|e| e.to_string())?;
        Facts::from_files(cards, rules)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "[sources.card]\ntitle = \"AWS Bedrock user guide, model card \\\"M\\\"\"\n\
        label = \"AWS's model card \\\"M\\\"\"\nurl = \"https://docs.aws.amazon.com/m.html\"\n\
        copy = \"a copy\"\ndate = \"2026-09-01\"\ndate_kind = \"latest-stated\"\n";

    #[test]
    fn every_problem_is_listed() {
        let cards = format!(
            "{SOURCE}[[card]]\nname = \"M\"\nprovider = \"P\"\nsource = \"nope\"\n\
             end_of_life = \"2026-02-30\"\n[[card.region]]\nregion = \"mars-1\"\nin_region = \"maybe\"\n"
        );
        let rules = "[sources]\n[[rule]]\nid = \"p.m-v1\"\nprovider = \"P\"\npartition = \"aws-moon\"\n\
                     source = \"card\"\n";
        let error = Facts::from_texts(&cards, rules).unwrap_err();
        for expected in [
            "source `nope` is not defined",
            "`2026-02-30` is not a YYYY-MM-DD date",
            "`mars-1` is not an AWS region code",
            "cell `maybe` is not one of",
            "partition `aws-moon` is not one of",
        ] {
            assert!(
                error.contains(expected),
                "{expected:?} missing from:\n{error}"
            );
        }
    }

    #[test]
    fn a_source_both_files_define_must_be_the_same_copy() {
        let other = SOURCE.replace("2026-09-01", "2026-10-01");
        let error = Facts::from_texts(SOURCE, &other).unwrap_err();
        assert!(
            error.contains("defined twice, with different URLs or dates"),
            "{error}"
        );
        assert!(Facts::from_texts(SOURCE, SOURCE).is_ok());
    }

    #[test]
    fn a_source_is_labelled_cited_and_dated() {
        let facts = Facts::from_texts(SOURCE, "[sources]\n").unwrap();
        let entry = &facts.sources["card"];
        assert_eq!(entry.label(), "AWS's model card \"M\"");
        assert!(
            entry
                .citation()
                .contains("https://docs.aws.amazon.com/m.html")
        );
        assert_eq!(entry.date(), Some("2026-09-01"));
        assert_eq!(entry.dated(), "latest-stated");
    }
}
