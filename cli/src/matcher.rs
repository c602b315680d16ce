//! Finding strings that look like Bedrock model IDs, inference-profile IDs, Mantle IDs or
//! Bedrock ARNs in arbitrary text.
//!
//! A *run* is a maximal stretch of `[A-Za-z0-9._:/-]` (plus `_`, so that `amazon.aws.ec2_instance`
//! stays one word). In a run that starts with `arn:`, the whole run is a candidate when the ARN's
//! service is `bedrock`, or `sagemaker` with an `endpoint/` resource. In any other run, a
//! candidate starts at the run's start or right after a `/` or `:` (so `bedrock/anthropic...`
//! of LiteLLM and `bedrock:anthropic...` of other frameworks are found), with a provider prefix
//! of the catalog (`anthropic.`, optionally after a profile prefix such as `eu.`), and ends
//! before the next `/`. It is kept only if the word after the provider holds a `-` or a `:`
//! and the rest a digit, or that word is a versioned one followed by numbers only
//! (`deepseek.v3.2`): every catalog, profile and Mantle ID is such (a test checks it), while
//! `amazon.com`, `amazon.aws`, `amazon.s3`, `meta.llama3`, `anthropic.messages`,
//! `openai.chat` and `openai.api-key` are not. (So is a typo that drops every digit, such as
//! `anthropic.claude-instant`: the price of no false positives on config keys.)
//!
//! A run that touches template syntax (`${`, `*`, `%`, `{{`, `@`) is a pattern or a domain, not a
//! literal, and yields nothing; a trailing `.` or `:` (end of a sentence) is not part of an ID.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use bedrock_model_id::catalog::models;
use bedrock_model_id::mantle::mantle_models;
use bedrock_model_id::{
    catalog::{Model, ProfilePrefix},
    mantle::MantleModel,
};

/// One candidate in a line: its byte offset in the line and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate<'a> {
    /// Byte offset in the line.
    pub start: usize,
    /// The candidate's text.
    pub text: &'a str,
}

fn is_run_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b':' | b'/' | b'-')
}

/// The provider prefixes of every catalog and Mantle ID, lowercase, without the dot.
pub fn providers() -> &'static BTreeSet<String> {
    static PROVIDERS: OnceLock<BTreeSet<String>> = OnceLock::new();
    PROVIDERS.get_or_init(|| {
        let runtime = models().map(Model::id);
        let mantle = mantle_models().map(MantleModel::id);
        runtime
            .chain(mantle)
            .filter_map(|id| id.split_once('.').map(|(p, _)| p.to_ascii_lowercase()))
            .collect()
    })
}

/// The length of the `<profile>.<provider>.` or `<provider>.` prefix `text` starts with
/// (ASCII case-insensitive), if any. No allocation: this runs at every word boundary.
fn provider_prefix_len(text: &str) -> Option<usize> {
    let word = |text: &str| -> Option<usize> {
        let dot = text.find('.')?;
        let head = &text[..dot];
        providers()
            .iter()
            .any(|p| p.eq_ignore_ascii_case(head))
            .then_some(dot + 1)
    };
    if let Some(len) = word(text) {
        return Some(len);
    }
    let dot = text.find('.')?;
    let head = &text[..dot];
    if !ProfilePrefix::ALL
        .iter()
        .any(|p| p.as_str().eq_ignore_ascii_case(head))
    {
        return None;
    }
    word(&text[dot + 1..]).map(|len| dot + 1 + len)
}

/// Whether `text` (a run piece starting at a candidate start) is a model-ID candidate.
fn looks_like_id(text: &str) -> bool {
    let Some(prefix) = provider_prefix_len(text) else {
        return false;
    };
    let rest = &text[prefix..];
    let mut words = rest.split('.');
    let first = words.next().unwrap_or("");
    if first.contains(['-', ':']) {
        // `openai.api-key`, `meta.og:title`: config keys and markup, not IDs, which all carry
        // a version or a size, but for a few retired IDs the catalog knows by name
        // (`stability.stable-diffusion-xl`).
        let unprefixed = text.split_once('.').map_or(text, |(head, tail)| {
            if ProfilePrefix::parse(head).is_some() {
                tail
            } else {
                text
            }
        });
        return rest.bytes().any(|b| b.is_ascii_digit())
            || bedrock_model_id::catalog::model(unprefixed).is_some();
    }
    // `deepseek.v3.2`: a versioned word followed by numbers only (not `amazon.s3`).
    let mut numbers = words.peekable();
    first.bytes().any(|b| b.is_ascii_digit())
        && numbers.peek().is_some()
        && numbers.all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
}

fn is_bedrock_arn(text: &str) -> bool {
    let mut fields = text.splitn(6, ':');
    let (Some("arn"), Some(_partition), Some(service), Some(_region), Some(_account)) = (
        fields.next(),
        fields.next(),
        fields.next(),
        fields.next(),
        fields.next(),
    ) else {
        return false;
    };
    let resource = fields.next().unwrap_or("");
    match service {
        "bedrock" => true,
        "sagemaker" => resource.starts_with("endpoint/"),
        _ => false,
    }
}

fn trim_end(text: &str) -> &str {
    text.trim_end_matches(['.', ':'])
}

/// A prefilter: whether `text` holds a `<provider>.` or `arn:` at all (ASCII
/// case-insensitive). Every candidate does, so text without one has none.
pub fn may_contain(text: &str) -> bool {
    static PREFILTER: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    PREFILTER
        .get_or_init(|| {
            let patterns = providers()
                .iter()
                .map(|p| format!("{p}."))
                .chain(["arn:".to_owned()]);
            aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(patterns)
                .expect("a small set of literal patterns")
        })
        .is_match(text)
}

/// Every candidate in `line`, in order, each literal once.
pub fn candidates(line: &str) -> Vec<Candidate<'_>> {
    if !may_contain(line) {
        return Vec::new();
    }
    let bytes = line.as_bytes();
    let mut found: Vec<Candidate<'_>> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !is_run_char(bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && is_run_char(bytes[i]) {
            i += 1;
        }
        let end = i;
        let before = start.checked_sub(1).map(|b| bytes[b]);
        let after = bytes.get(end).copied();
        let templated = matches!(before, Some(b'@' | b'*' | b'$' | b'%'))
            || matches!(after, Some(b'*' | b'$' | b'{' | b'%' | b'@'));
        if templated {
            continue;
        }
        run_candidates(line, start, end, &mut found);
    }
    let mut seen = BTreeSet::new();
    found.retain(|c| seen.insert(c.text));
    found
}

fn run_candidates<'a>(line: &'a str, start: usize, end: usize, found: &mut Vec<Candidate<'a>>) {
    let run = &line[start..end];
    if run.starts_with("arn:") {
        let text = trim_end(run);
        if is_bedrock_arn(text) {
            found.push(Candidate { start, text });
        }
        return;
    }
    let bytes = run.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let boundary = at == 0 || matches!(bytes[at - 1], b'/' | b':');
        if boundary && bytes[at].is_ascii_alphabetic() {
            let piece_end = run[at..].find('/').map_or(run.len(), |slash| at + slash);
            let piece = trim_end(&run[at..piece_end]);
            if looks_like_id(piece) {
                found.push(Candidate {
                    start: start + at,
                    text: piece,
                });
                at = piece_end;
                continue;
            }
        }
        at += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bedrock_model_id::catalog::models;
    use bedrock_model_id::mantle::mantle_models;

    fn texts(line: &str) -> Vec<&str> {
        candidates(line).into_iter().map(|c| c.text).collect()
    }

    /// Every ID the catalog knows as written: base, Provisioned Throughput, profile and Mantle.
    fn every_id() -> Vec<String> {
        let mut ids = Vec::new();
        for model in models() {
            ids.push(model.id().to_owned());
            ids.extend(model.provisioned().iter().map(|pt| pt.id().to_owned()));
            if let Some(availability) = model.availability() {
                ids.extend(
                    availability
                        .profile_prefixes()
                        .iter()
                        .map(|p| format!("{p}.{}", model.id())),
                );
            }
        }
        ids.extend(mantle_models().map(|m| m.id().to_owned()));
        ids
    }

    #[test]
    fn every_catalog_profile_and_mantle_id_is_found_once_in_every_context() {
        let ids = every_id();
        assert!(ids.len() > 300, "{}", ids.len());
        for id in &ids {
            for line in [
                format!("\"{id}\""),
                format!("client.invoke(modelId='{id}')"),
                format!("  model: {id}"),
                format!("MODEL_ID={id}"),
                format!("  model_id = \"{id}\""),
                format!("const M: ModelId = model_id!(\"{id}\");"),
                format!("use `{id}`."),
                format!("bedrock/{id}"),
                format!("arn:aws:bedrock:us-east-1::foundation-model/{id}"),
            ] {
                let found = candidates(&line);
                assert_eq!(found.len(), 1, "{line}: {found:?}");
                let expected = if line.starts_with("arn:") {
                    line.as_str()
                } else {
                    id.as_str()
                };
                assert_eq!(found[0].text, expected, "{line}");
                assert_eq!(&line[found[0].start..][..expected.len()], expected);
            }
        }
    }

    #[test]
    fn look_alikes_yield_nothing() {
        for line in [
            "version = \"1.2.3\"",
            "python3.11 -m pip install boto3==1.35.0",
            "contact ops@amazon.com or security@anthropic.com",
            "see https://aws.amazon.com/bedrock/ and https://docs.aws.amazon.com/bedrock/latest/",
            "https://www.anthropic.com/news/claude-3 and https://ai.meta.com/llama/",
            "bucket = \"arn:aws:s3:::my-bucket\"",
            "arn:aws:lambda:us-east-1:123456789012:function:my-function",
            "arn:aws:sagemaker:us-east-1:123456789012:training-job/job-1",
            "arn:aws:iam::123456789012:role/bedrock-access",
            "- name: amazon.aws.ec2_instance",
            "import amazon.ion.simpleion as ion",
            "response = anthropic.messages.create(model=model)",
            "openai.chat.completions.create()",
            "Resource: arn:aws:bedrock:*::foundation-model/*",
            "\"arn:aws:bedrock:${var.region}::foundation-model/*\"",
            "model = f\"{prefix}.anthropic.claude-{version}\"",
            "amazon.titan-*",
            "mistral.ai and cohere.com and meta.com",
            "s3 = amazon.s3.client and amazon.s3 and meta.llama3",
            "openai.api-key: ${OPENAI_KEY}",
            "<meta property=\"og:title\"> meta.og:title",
        ] {
            assert_eq!(texts(line), Vec::<&str>::new(), "{line}");
        }
    }

    #[test]
    fn real_shapes_are_found() {
        assert_eq!(
            texts(
                "POST https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-haiku-20240307-v1:0/invoke"
            ),
            ["anthropic.claude-3-haiku-20240307-v1:0"]
        );
        assert_eq!(
            texts("Agent('bedrock:us.anthropic.claude-sonnet-4-5-20250929-v1:0')"),
            ["us.anthropic.claude-sonnet-4-5-20250929-v1:0"]
        );
        assert_eq!(
            texts("\"arn:aws:bedrock:${var.region}::foundation-model/anthropic.claude-v2:1\""),
            ["anthropic.claude-v2:1"]
        );
        assert_eq!(
            texts("arn:aws:sagemaker:us-east-1:123456789012:endpoint/my-endpoint"),
            ["arn:aws:sagemaker:us-east-1:123456789012:endpoint/my-endpoint"]
        );
        // A typo is still a candidate: it is judged, and the verdict names the fix.
        assert_eq!(
            texts("id = 'anthropic.claud-v2:1'"),
            ["anthropic.claud-v2:1"]
        );
        assert_eq!(texts("Anthropic.Claude-V2:1"), ["Anthropic.Claude-V2:1"]);
        // The same literal twice on a line is one candidate; two literals are two.
        assert_eq!(
            texts("a = 'amazon.nova-pro-v1:0' if x else 'amazon.nova-pro-v1:0'"),
            ["amazon.nova-pro-v1:0"]
        );
        assert_eq!(
            texts("['amazon.nova-pro-v1:0', 'eu.amazon.nova-pro-v1:0']"),
            ["amazon.nova-pro-v1:0", "eu.amazon.nova-pro-v1:0"]
        );
    }
}
