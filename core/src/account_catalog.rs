//! Model IDs a user adds for their own account, from `aws bedrock list-foundation-models`.
//!
//! Behind the `aws-json` feature: the built-in catalog needs no JSON parser. The same file
//! `model_id!` reads at compile time ([`CATALOG_VAR`]) can be loaded at run time, so that
//! [`AccountCatalog::parse_model_id`] and serde (with the `serde` feature too, through
//! [`AccountCatalog::model_id_seed`]) accept every value the macro accepts.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::date::Date;
use crate::error::{Error, Unknown};
use crate::identified::Identified;
use crate::model_id::ModelIdBuf;
use crate::region::ProfilePrefix;
use crate::region::Region;
use crate::verdict::{Verdict, judge};

/// Names the file that extends the built-in catalog at compile time (with the
/// `account-catalog` feature of `bedrock-model-id`).
pub const CATALOG_VAR: &str = "BEDROCK_MODEL_ID_CATALOG";

/// Model IDs listed by one or more `ListFoundationModels` outputs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AccountCatalog {
    ids: BTreeSet<String>,
}

/// Why a file is not a `ListFoundationModels` output, or could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccountCatalogError {
    /// The file, when the catalog came from one ([`AccountCatalog::from_file`]).
    path: Option<PathBuf>,
    problem: String,
    kind: Kind,
}

/// What went wrong, which decides what the message says is accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// The file could not be read.
    Read,
    /// The text is not a `ListFoundationModels` output.
    Listing,
    /// A `modelId` is not shaped like a model ID.
    ModelId,
}

/// What a `modelId` of the file may be, said in every error about one.
const ACCEPTED_ID: &str = "a `modelId` is a base model ID such as `acme.private-model-v1:0`: \
     lowercase, without whitespace, control or bidirectional-text characters, and neither a \
     model ARN (`arn:...`) nor an inference-profile ID (`us.`, `eu.`, `global.`, ... before \
     the model ID)";

impl AccountCatalogError {
    fn listing(problem: String) -> AccountCatalogError {
        AccountCatalogError {
            path: None,
            problem,
            kind: Kind::Listing,
        }
    }

    /// The file the catalog was read from, if it came from one.
    #[must_use]
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }
}

impl fmt::Display for AccountCatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.kind == Kind::Read {
            let path = self.path.as_deref().unwrap_or(Path::new(""));
            return write!(f, "cannot read `{}`: {}", path.display(), self.problem);
        }
        if let Some(path) = &self.path {
            write!(f, "`{}`: ", path.display())?;
        }
        f.write_str(&self.problem)?;
        match self.kind {
            Kind::ModelId => write!(f, "; {ACCEPTED_ID}"),
            _ => f.write_str(
                "; expected the JSON `aws bedrock list-foundation-models` prints: \
                 {\"modelSummaries\": [{\"modelId\": \"...\", ...}, ...]}",
            ),
        }
    }
}

impl std::error::Error for AccountCatalogError {}

impl AccountCatalog {
    /// Reads the `modelId` of every summary in a `ListFoundationModels` output.
    ///
    /// Each ID must be shaped like a base model ID (lowercase, no whitespace, control or
    /// bidirectional-text characters, not an ARN or inference-profile ID), and no object of the
    /// listing may repeat a key: a JSON parser would silently keep the last one.
    ///
    /// # Errors
    ///
    /// Text that is not JSON, a listing without a `modelSummaries` array, a summary without a
    /// string `modelId`, an ID of the wrong shape, or a repeated key.
    pub fn parse(json: &str) -> Result<AccountCatalog, AccountCatalogError> {
        let error = AccountCatalogError::listing;
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|e| error(format!("not JSON ({e})")))?;
        reject_repeated_keys(json)?;
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
            check_shape(index, id)?;
            ids.insert(id.to_owned());
        }
        Ok(AccountCatalog { ids })
    }

    /// Reads the `ListFoundationModels` output in the file at `path`, as [`AccountCatalog::parse`]
    /// does: the same file `model_id!` reads at compile time when [`CATALOG_VAR`] names it.
    /// Every error names the path.
    ///
    /// # Errors
    ///
    /// A file that cannot be read, and every error of [`AccountCatalog::parse`].
    pub fn from_file(path: impl AsRef<Path>) -> Result<AccountCatalog, AccountCatalogError> {
        let path = path.as_ref();
        let with_path = |mut error: AccountCatalogError| {
            error.path = Some(path.to_owned());
            error
        };
        let text = std::fs::read_to_string(path).map_err(|e| {
            with_path(AccountCatalogError {
                path: None,
                problem: e.to_string(),
                kind: Kind::Read,
            })
        })?;
        AccountCatalog::parse(&text).map_err(with_path)
    }

    /// Whether the file lists `id`.
    #[must_use]
    pub fn contains(&self, id: &str) -> bool {
        self.ids.contains(id)
    }

    /// How many IDs the file lists.
    #[must_use]
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether the file lists no ID.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The IDs the file lists, in order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.ids.iter().map(String::as_str)
    }

    /// [`judge`], with the IDs of this file accepted where the built-in catalog knows nothing
    /// of them. Such IDs have no catalog model, so no lifecycle: they are Active.
    #[must_use]
    pub fn judge(&self, input: &str, date: Date, region: Option<Region>) -> Verdict {
        match judge(input, date, region) {
            Verdict::Unknown(unknown) if self.contains(unknown.model_id()) => {
                Verdict::Active(account_model(&unknown, region))
            }
            verdict => verdict,
        }
    }

    /// `str::parse::<ModelIdBuf>()` with the IDs of this file: `model_id!`'s rules as of today's
    /// UTC date, with the account catalog the macro reads. An ID only this file lists (bare,
    /// in an ARN or behind an inference-profile prefix) gives a `ModelIdBuf` without a catalog
    /// model ([`ModelIdBuf::model`] is `None`).
    ///
    /// # Errors
    ///
    /// The errors of `str::parse::<ModelIdBuf>()`, except for the IDs this file lists.
    pub fn parse_model_id(&self, input: &str) -> Result<ModelIdBuf, Error> {
        self.with_account_ids(input, input.parse::<ModelIdBuf>(), None)
    }

    /// [`ModelIdBuf::parse_as_of`] with the IDs of this file: checks `input` as of `date` in
    /// `region`, as `model_id!` does with this account catalog.
    ///
    /// # Errors
    ///
    /// The errors of [`ModelIdBuf::parse_as_of`], except for the IDs this file lists.
    pub fn parse_model_id_as_of(
        &self,
        input: &str,
        date: Date,
        region: Option<Region>,
    ) -> Result<ModelIdBuf, Error> {
        self.with_account_ids(input, ModelIdBuf::parse_as_of(input, date, region), region)
    }

    /// The built-in catalog's answer, unless it does not know an ID this file lists: exactly
    /// where [`AccountCatalog::judge`] departs from [`judge`].
    fn with_account_ids(
        &self,
        input: &str,
        parsed: Result<ModelIdBuf, Error>,
        region: Option<Region>,
    ) -> Result<ModelIdBuf, Error> {
        match parsed {
            Err(Error::Unknown(unknown)) if self.contains(unknown.model_id()) => Ok(
                ModelIdBuf::from_identified(input, &account_model(&unknown, region)),
            ),
            parsed => parsed,
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

/// Characters that reorder how text is shown: an ID holding one reads as another.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// What is wrong with the shape of a `modelId`, if anything: said after "which".
fn shape_problem(id: &str) -> Option<String> {
    if id.is_empty() {
        return Some("is empty".to_owned());
    }
    if id.len() > crate::parse::MAX_LEN {
        return Some(format!(
            "is {} bytes long, over the {}-byte limit",
            id.len(),
            crate::parse::MAX_LEN
        ));
    }
    let code = |c: char| u32::from(c);
    if let Some(c) = id.chars().find(|&c| is_bidi_control(c)) {
        return Some(format!(
            "holds the bidirectional-text character U+{:04X}",
            code(c)
        ));
    }
    if let Some(c) = id.chars().find(|c| c.is_control()) {
        return Some(format!("holds the control character U+{:04X}", code(c)));
    }
    if let Some(c) = id.chars().find(|c| c.is_whitespace()) {
        return Some(format!("holds whitespace (U+{:04X})", code(c)));
    }
    if let Some(c) = id.chars().find(|c| c.is_uppercase()) {
        return Some(format!("holds the uppercase letter `{c}`"));
    }
    if id.starts_with("arn:") {
        return Some("is an ARN: list the model ID it names".to_owned());
    }
    let (prefix, _) = id.split_once('.')?;
    let prefix = ProfilePrefix::parse(prefix)?;
    Some(format!(
        "is an inference-profile ID (`{prefix}.` before the model ID): list the model ID it names"
    ))
}

/// Whether summary `index`'s `modelId` is shaped like a base model ID.
fn check_shape(index: usize, id: &str) -> Result<(), AccountCatalogError> {
    let Some(problem) = shape_problem(id) else {
        return Ok(());
    };
    // Over-long IDs are not repeated in full.
    let shown: String = id.chars().take(200).collect();
    let more = if shown.len() < id.len() { "..." } else { "" };
    Err(AccountCatalogError {
        path: None,
        problem: format!(
            "summary {index} has the `modelId` \"{}{more}\", which {problem}",
            shown.escape_debug()
        ),
        kind: Kind::ModelId,
    })
}

/// One open object or array, while scanning the listing for repeated keys.
enum Open<'a> {
    Object {
        /// Keys seen so far, for the objects checked: the top level and each summary.
        keys: Option<Vec<Cow<'a, str>>>,
        /// Which object, for the message: `None` for the top level, else the summary index.
        summary: Option<usize>,
        /// The next string is a key.
        want_key: bool,
        /// The value being read is that of the top level's `modelSummaries`.
        in_summaries: bool,
    },
    Array {
        /// The top level's `modelSummaries` array: its objects are summaries.
        summaries: bool,
        /// The index of the element being read.
        index: usize,
    },
}

/// The index of the quote that closes the string whose text starts at `from`, in valid JSON:
/// the next quote not escaped by an odd run of backslashes. Searched with `str::find`, whose
/// `memchr` keeps a 73 MB file quick in the unoptimized builds proc macros get.
fn string_end(json: &str, from: usize) -> usize {
    let mut at = from;
    loop {
        let quote = at + json[at..].find('"').unwrap_or(json.len() - at);
        let backslashes = json.as_bytes()[from..quote]
            .iter()
            .rev()
            .take_while(|&&b| b == b'\\')
            .count();
        if backslashes % 2 == 0 || quote == json.len() {
            return quote;
        }
        at = quote + 1;
    }
}

/// Rejects a key given twice in the top-level object or in one summary: `serde_json::Value`
/// keeps the last silently, so a second `modelId` would hide the first. `json` is known to be
/// valid JSON, so only strings and brackets need reading.
fn reject_repeated_keys(json: &str) -> Result<(), AccountCatalogError> {
    let bytes = json.as_bytes();
    let mut stack: Vec<Open<'_>> = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'"' => {
                let start = at;
                at = string_end(json, at + 1);
                let Some(Open::Object {
                    keys,
                    summary,
                    want_key,
                    in_summaries,
                }) = stack.last_mut()
                else {
                    at += 1;
                    continue;
                };
                if !std::mem::replace(want_key, false) {
                    at += 1;
                    continue;
                }
                if let Some(keys) = keys {
                    let raw = &json[start + 1..at];
                    let key = if raw.contains('\\') {
                        Cow::Owned(
                            serde_json::from_str::<String>(&json[start..=at]).unwrap_or_default(),
                        )
                    } else {
                        Cow::Borrowed(raw)
                    };
                    if keys.contains(&key) {
                        let object = match summary {
                            None => "the top-level object".to_owned(),
                            Some(index) => format!("summary {index}"),
                        };
                        return Err(AccountCatalogError::listing(format!(
                            "{object} has the key \"{}\" twice (a JSON parser keeps only the \
                             last); remove one",
                            key.escape_debug()
                        )));
                    }
                    *in_summaries = summary.is_none() && key == "modelSummaries";
                    keys.push(key);
                }
                at += 1;
                continue;
            }
            b'{' => {
                let (keys, summary) = match stack.last() {
                    None => (Some(Vec::new()), None),
                    Some(Open::Array {
                        summaries: true,
                        index,
                    }) if stack.len() == 2 => (Some(Vec::new()), Some(*index)),
                    _ => (None, None),
                };
                stack.push(Open::Object {
                    keys,
                    summary,
                    want_key: true,
                    in_summaries: false,
                });
            }
            b'[' => {
                let summaries = stack.len() == 1
                    && matches!(
                        stack.last(),
                        Some(Open::Object {
                            summary: None,
                            in_summaries: true,
                            ..
                        })
                    );
                stack.push(Open::Array {
                    summaries,
                    index: 0,
                });
            }
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Open::Object { want_key, .. }) => *want_key = true,
                Some(Open::Array { index, .. }) => *index += 1,
                None => {}
            },
            _ => {}
        }
        at += 1;
    }
    Ok(())
}

impl AccountCatalog {
    /// A serde seed that deserializes a [`ModelIdBuf`] from a string with
    /// [`AccountCatalog::parse_model_id`]'s rules: for config files naming IDs of the account.
    ///
    /// ```
    /// # use bedrock_model_id_core::AccountCatalog;
    /// use serde::de::DeserializeSeed;
    ///
    /// let catalog = AccountCatalog::parse(r#"{"modelSummaries": [{"modelId": "acme.m-v1:0"}]}"#)?;
    /// let mut json = serde_json::Deserializer::from_str(r#""acme.m-v1:0""#);
    /// let id = catalog.model_id_seed().deserialize(&mut json)?;
    /// assert_eq!(id, "acme.m-v1:0");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg(feature = "serde")]
    #[must_use]
    pub fn model_id_seed(&self) -> AccountModelIdSeed<'_> {
        AccountModelIdSeed { catalog: self }
    }

    /// Deserializes a [`ModelIdBuf`] from a string with [`AccountCatalog::parse_model_id`]'s
    /// rules; the same as `self.model_id_seed().deserialize(deserializer)`.
    ///
    /// # Errors
    ///
    /// The deserializer's, and [`AccountCatalog::parse_model_id`]'s as a custom error.
    #[cfg(feature = "serde")]
    pub fn deserialize_model_id<'de, D: serde::Deserializer<'de>>(
        &self,
        deserializer: D,
    ) -> Result<ModelIdBuf, D::Error> {
        serde::de::DeserializeSeed::deserialize(self.model_id_seed(), deserializer)
    }
}

/// Deserializes a [`ModelIdBuf`] with the IDs of an [`AccountCatalog`]; made by
/// [`AccountCatalog::model_id_seed`].
#[cfg(feature = "serde")]
#[derive(Clone, Copy, Debug)]
pub struct AccountModelIdSeed<'a> {
    catalog: &'a AccountCatalog,
}

#[cfg(feature = "serde")]
impl<'de> serde::de::DeserializeSeed<'de> for AccountModelIdSeed<'_> {
    type Value = ModelIdBuf;

    fn deserialize<D: serde::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<ModelIdBuf, D::Error> {
        deserializer.deserialize_str(self)
    }
}

#[cfg(feature = "serde")]
impl serde::de::Visitor<'_> for AccountModelIdSeed<'_> {
    type Value = ModelIdBuf;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "a Bedrock model ID string such as `anthropic.claude-v2:1`, or one the account \
             catalog lists",
        )
    }

    fn visit_str<E: serde::de::Error>(self, input: &str) -> Result<ModelIdBuf, E> {
        self.catalog.parse_model_id(input).map_err(E::custom)
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

    /// The message for a listing whose only summary has `id` as its `modelId`.
    fn shape_error(id: &str) -> String {
        let json =
            serde_json::json!({"modelSummaries": [{"modelId": "acme.fine-v1:0"}, {"modelId": id}]});
        let error = AccountCatalog::parse(&json.to_string()).expect_err(id);
        assert_eq!(error.kind, Kind::ModelId, "{error}");
        let message = error.to_string();
        assert!(
            message.starts_with("summary 1 has the `modelId` \""),
            "{message}"
        );
        assert!(message.contains(ACCEPTED_ID), "{message}");
        message
    }

    #[test]
    fn ids_are_checked_for_shape() {
        for (id, problem) in [
            ("", "is empty"),
            ("acme.private model-v1:0", "holds whitespace (U+0020)"),
            ("acme.private\u{a0}model-v1:0", "holds whitespace (U+00A0)"),
            ("acme.Private-v1:0", "holds the uppercase letter `P`"),
            ("acme.private-v1:0\n", "holds the control character U+000A"),
            (
                "acme.private\u{0}-v1:0",
                "holds the control character U+0000",
            ),
            (
                "arn:aws:bedrock:us-east-1::foundation-model/acme.m-v1:0",
                "is an ARN",
            ),
            (
                "us.acme.private-v1:0",
                "is an inference-profile ID (`us.` before",
            ),
            ("us-gov.acme.private-v1:0", "(`us-gov.` before"),
            ("global.acme.private-v1:0", "(`global.` before"),
            ("apac.acme.private-v1:0", "(`apac.` before"),
        ] {
            let message = shape_error(id);
            assert!(message.contains(problem), "{id:?}: {message}");
        }
        for c in [
            '\u{200E}', '\u{200F}', '\u{202A}', '\u{202E}', '\u{2066}', '\u{2069}',
        ] {
            let id = format!("acme.private{c}-v1:0");
            let message = shape_error(&id);
            let code = format!("U+{:04X}", u32::from(c));
            assert!(
                message.contains(&format!("bidirectional-text character {code}")),
                "{message}"
            );
            // The ID is shown escaped: the message itself is not reordered.
            assert!(!message.contains(c), "{message:?}");
            assert!(
                message.contains(&format!("\\u{{{:x}}}", u32::from(c))),
                "{message}"
            );
        }
        let long = "a".repeat(crate::MAX_LEN + 1);
        assert!(shape_error(&long).contains("over the"));
        // Provider names that only begin like a profile prefix are fine.
        let fine =
            r#"{"modelSummaries": [{"modelId": "usx.m-v1:0"}, {"modelId": "inflection.m-v1:0"}]}"#;
        assert_eq!(AccountCatalog::parse(fine).unwrap().len(), 2);
    }

    #[test]
    fn a_key_given_twice_is_an_error() {
        for (json, expected) in [
            (
                r#"{"modelSummaries": [], "modelSummaries": [{"modelId": "acme.m-v1:0"}]}"#,
                "the top-level object has the key \"modelSummaries\" twice",
            ),
            (
                r#"{"modelSummaries": [{"modelId": "acme.a-v1:0"}, {"modelId": "acme.b-v1:0", "modelName": "B", "modelId": "acme.c-v1:0"}]}"#,
                "summary 1 has the key \"modelId\" twice",
            ),
            (
                r#"{"modelSummaries": [{"modelId": "acme.a-v1:0", "model\u0049d": "x", "modelId": "y"}]}"#,
                "summary 0 has the key \"modelId\" twice",
            ),
            (
                r#"{"modelSummaries": [{"modelId": "acme.a-v1:0", "modelName": "A", "modelName": "B"}]}"#,
                "summary 0 has the key \"modelName\" twice",
            ),
            (
                r#"{"nextToken": "a", "modelSummaries": [], "nextToken": "b"}"#,
                "the top-level object has the key \"nextToken\" twice",
            ),
        ] {
            let message = AccountCatalog::parse(json).unwrap_err().to_string();
            assert!(message.contains(expected), "{message}");
            assert!(
                message.contains("aws bedrock list-foundation-models"),
                "{message}"
            );
        }
        // Keys are compared once decoded; the same key in different objects is fine, and
        // objects deeper than a summary are not the listing's concern.
        let fine = r#"{"modelSummaries": [
            {"modelId": "acme.a-v1:0", "modelLifecycle": {"status": "ACTIVE", "status": "x"},
             "tags": [{"k": 1, "k": 2}], "note": "{\"modelId\": \"\\\"\", \"modelId\": 1}"},
            {"modelId": "acme.b-v1:0", "modelIdx": "acme.b-v1:0", "model\u0049dy": 1}
        ], "other": {"modelSummaries": 1, "modelSummaries": 2}}"#;
        let catalog = AccountCatalog::parse(fine).unwrap();
        assert_eq!(
            catalog.ids().collect::<Vec<_>>(),
            ["acme.a-v1:0", "acme.b-v1:0"]
        );
    }

    #[test]
    fn from_file_names_the_path() {
        let dir = std::env::temp_dir().join(format!("bedrock-model-id-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let missing = dir.join("missing.json");
        let error = AccountCatalog::from_file(&missing).unwrap_err();
        assert_eq!(error.path(), Some(missing.as_path()));
        let message = error.to_string();
        assert!(
            message.starts_with(&format!("cannot read `{}`: ", missing.display())),
            "{message}"
        );
        let bad = dir.join("bad.json");
        std::fs::write(&bad, r#"{"modelSummaries": [{"modelId": "Acme.m-v1:0"}]}"#).unwrap();
        let message = AccountCatalog::from_file(&bad).unwrap_err().to_string();
        assert!(
            message.starts_with(&format!("`{}`: summary 0 has the `modelId`", bad.display())),
            "{message}"
        );
        let good = dir.join("good.json");
        std::fs::write(&good, LISTING).unwrap();
        assert_eq!(
            AccountCatalog::from_file(&good).unwrap(),
            AccountCatalog::parse(LISTING).unwrap()
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn parse_model_id_owns_account_ids() {
        let catalog = AccountCatalog::parse(LISTING).unwrap();
        let day = Date::ymd(2026, 11, 23);
        for input in [
            "acme.private-model-v1:0",
            "arn:aws:bedrock:us-west-2::foundation-model/acme.private-model-v1:0",
        ] {
            let id = catalog.parse_model_id(input).unwrap();
            assert_eq!(id, input);
            assert_eq!(id.model(), None);
            assert_eq!(id.status(), None);
            let Verdict::Active(identified) = catalog.judge(input, day, None) else {
                panic!("{input}");
            };
            assert_eq!(id.form(), identified.form());
            assert_eq!(catalog.parse_model_id_as_of(input, day, None).unwrap(), id);
            // Without the catalog the ID is unknown.
            assert!(matches!(
                input.parse::<ModelIdBuf>(),
                Err(Error::Unknown(_))
            ));
        }
        // Built-in IDs are what `FromStr` gives, errors included.
        let built_in = catalog
            .parse_model_id("amazon.titan-embed-text-v2:0")
            .unwrap();
        assert!(built_in.model().is_some());
        assert_eq!(
            catalog.parse_model_id("anthropic.claude-v1").unwrap_err(),
            "anthropic.claude-v1".parse::<ModelIdBuf>().unwrap_err()
        );
        assert!(matches!(
            catalog.parse_model_id("acme.other-v1:0"),
            Err(Error::Unknown(_))
        ));
        assert!(catalog.parse_model_id("Acme.private-model-v1:0").is_err());
    }

    #[cfg(feature = "serde")]
    #[test]
    fn the_seed_round_trips() {
        use serde::de::DeserializeSeed;
        let catalog = AccountCatalog::parse(LISTING).unwrap();
        for input in ["acme.private-model-v1:0", "meta.llama3-8b-instruct-v1:0"] {
            let id = catalog.parse_model_id(input).unwrap();
            let json = serde_json::to_string(&id).unwrap();
            let mut de = serde_json::Deserializer::from_str(&json);
            let back = catalog.model_id_seed().deserialize(&mut de).unwrap();
            assert_eq!(
                (back.as_str(), back.form(), back.model()),
                (id.as_str(), id.form(), id.model())
            );
            let mut de = serde_json::Deserializer::from_str(&json);
            assert_eq!(catalog.deserialize_model_id(&mut de).unwrap(), id);
        }
        let mut de = serde_json::Deserializer::from_str(r#""acme.other-v1:0""#);
        let message = catalog
            .model_id_seed()
            .deserialize(&mut de)
            .unwrap_err()
            .to_string();
        assert!(
            message.contains("unknown Bedrock model ID `acme.other-v1:0`"),
            "{message}"
        );
        let mut de = serde_json::Deserializer::from_str("12");
        let message = catalog
            .model_id_seed()
            .deserialize(&mut de)
            .unwrap_err()
            .to_string();
        assert!(
            message.contains("or one the account catalog lists"),
            "{message}"
        );
    }
}
