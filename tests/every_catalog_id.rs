//! Every catalog ID through the real `model_id!`, as of fixed dates.
//!
//! For each date, the test writes a throwaway crate with one `model_id!` call per line, checks
//! it with one `cargo check --message-format=json` run, and compares each line's diagnostics
//! with what `bedrock_model_id::verdict::judge` says about its input: Active, no diagnostic;
//! Deprecated, one `deprecated` warning carrying the notice; end of life, not callable,
//! unknown or malformed, one error whose message is the error's `Display`.
//!
//! The inputs: every catalog ID (base and Provisioned Throughput), each also inside a
//! foundation-model ARN, each inference-profile ID the catalog's snapshot lists, and a few
//! unknown, malformed and account-specific inputs.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
mod support;
use std::time::Instant;

use bedrock_model_id::{
    catalog,
    lifecycle::Date,
    verdict::{Verdict, judge},
};
use serde_json::Value;

/// The dates each input is judged as of: before any seed model's end of life, with Legacy
/// models, with models in public extended access, and after the availability snapshot
/// (2026-08-21), whose facts apply only from its date on.
const DATES: [&str; 4] = ["2024-06-01", "2025-03-01", "2026-05-01", "2026-11-23"];

/// Inputs beyond the catalog IDs, so unknown, malformed and account-specific verdicts go
/// through the macro too.
const EXTRA: &[&str] = &[
    "anthropic.claude-v9",
    "Anthropic.Claude-V2:1",
    "meta.llama3-8b-instruct-v1",
    "",
    "arn:aws:bedrock:us-east-1",
    "arn:aws:s3:us-east-1::foundation-model/anthropic.claude-v2:1",
    "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcd1234efgh",
    // Bedrock Mantle IDs are not runtime IDs.
    "openai.gpt-oss-120b",
    "us.anthropic.claude-haiku-4-5",
    // A profile never carries a Provisioned Throughput suffix.
    "us.anthropic.claude-3-haiku-20240307-v1:0:48k",
];

/// The region of the foundation-model ARN each catalog ID is also written in: where AI21
/// Jurassic-2 reached its end of life, so region-scoped lifecycle is exercised.
const ARN_REGION: &str = "us-west-2";

/// What one line should produce.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Expected {
    Clean,
    /// A `deprecated` warning whose message contains this notice.
    Warning(String),
    /// An error with exactly this message.
    Error(String),
}

/// One line of the generated crate.
struct Line {
    input: String,
    kind: &'static str,
    expected: Expected,
}

/// A diagnostic the compiler reported on a line.
#[derive(Debug)]
struct Diagnostic {
    level: String,
    code: Option<String>,
    message: String,
}

fn expect(input: &str, date: Date) -> (&'static str, Expected) {
    match judge(input, date, None) {
        Verdict::Active(_) => ("active", Expected::Clean),
        Verdict::Deprecated(_, notice) => ("deprecated", Expected::Warning(notice.to_string())),
        Verdict::Unverified(_, unverified) => {
            ("unverified", Expected::Warning(unverified.to_string()))
        }
        verdict => {
            let kind = match &verdict {
                Verdict::EndOfLife(_) => "end-of-life",
                Verdict::NotCallable(_) => "not-callable",
                Verdict::Unknown(_) => "unknown",
                Verdict::Malformed(_) => "malformed",
                Verdict::MantleOnly(_) => "mantle-only",
                other => panic!("a verdict this test does not know: {other:?}"),
            };
            let error = verdict
                .into_result()
                .expect_err("a failing verdict is an error");
            (kind, Expected::Error(error.to_string()))
        }
    }
}

fn inputs() -> Vec<String> {
    let ids: Vec<&str> = catalog::ids().collect();
    assert!(!ids.is_empty(), "the catalog lists no IDs");
    for model in catalog::models() {
        assert!(ids.contains(&model.id()), "ids() lacks `{}`", model.id());
        for variant in model.provisioned() {
            assert!(
                ids.contains(&variant.id()),
                "ids() lacks `{}`",
                variant.id()
            );
        }
    }
    let mut inputs: Vec<String> = ids.iter().map(|id| (*id).to_owned()).collect();
    inputs.extend(
        ids.iter()
            .map(|id| format!("arn:aws:bedrock:{ARN_REGION}::foundation-model/{id}")),
    );
    for model in catalog::models() {
        let prefixes = model
            .availability()
            .map(bedrock_model_id::catalog::Availability::profile_prefixes)
            .unwrap_or_default();
        inputs.extend(prefixes.iter().map(|p| format!("{p}.{}", model.id())));
    }
    inputs.extend(EXTRA.iter().map(|input| (*input).to_owned()));
    inputs
}

/// A TOML basic string.
fn toml_string(text: &str) -> String {
    let mut quoted = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            c if c.is_control() => write!(quoted, "\\u{:04X}", u32::from(c)).unwrap(),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// Writes the crate for `date`; returns its directory and the input on each 1-based line.
fn write_crate(root: &Path, date: &str, lines: &[Line]) -> (PathBuf, BTreeMap<usize, usize>) {
    let dir = root.join(date);
    std::fs::create_dir_all(dir.join("src")).unwrap();
    let facade = env!("CARGO_MANIFEST_DIR");
    let manifest = format!(
        "[package]\nname = \"every-catalog-id-{date}\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\
         publish = false\n\n[dependencies]\nbedrock-model-id = {{ path = {} }}\n\n\
         # Not part of the enclosing workspace.\n[workspace]\n",
        toml_string(facade)
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    // The workspace's lock file, so the check resolves nothing anew.
    let lock = Path::new(facade).join("Cargo.lock");
    if lock.exists() {
        std::fs::copy(&lock, dir.join("Cargo.lock")).unwrap();
    }
    let mut source = format!(
        "//! Generated by tests/every_catalog_id.rs: every catalog ID as of {date}.\n\
         use bedrock_model_id::{{ModelId, model_id}};\n"
    );
    let mut by_line = BTreeMap::new();
    for (index, line) in lines.iter().enumerate() {
        by_line.insert(source.lines().count() + 1, index);
        // `{:?}` writes a Rust string literal with the same value.
        writeln!(source, "const _: ModelId = model_id!({:?});", line.input).unwrap();
    }
    // Written anew on each run, so cargo checks it again rather than replaying old output.
    std::fs::write(dir.join("src/lib.rs"), source).unwrap();
    (dir, by_line)
}

/// Checks the crate in `dir` as of `date`; returns each line's diagnostics and cargo's report.
fn check(
    dir: &Path,
    target_dir: &Path,
    date: &str,
) -> (BTreeMap<usize, Vec<Diagnostic>>, Vec<String>, bool) {
    let output = support::cargo()
        .current_dir(dir)
        .env("BEDROCK_MODEL_ID_AS_OF", date)
        .args(["check", "--offline", "--lib", "--message-format=json"])
        .arg("--target-dir")
        .arg(target_dir)
        .output()
        .expect("cargo runs");
    let stdout = String::from_utf8(output.stdout).expect("cargo's JSON is UTF-8");
    let crate_name = format!("every_catalog_id_{}", date.replace('-', "_"));
    let mut by_line: BTreeMap<usize, Vec<Diagnostic>> = BTreeMap::new();
    let mut stray = Vec::new();
    for json in stdout.lines().filter(|l| l.starts_with('{')) {
        let value: Value = serde_json::from_str(json).expect("cargo writes JSON lines");
        if value["reason"] != "compiler-message" || value["target"]["name"] != crate_name.as_str() {
            continue;
        }
        let message = &value["message"];
        let text = message["message"].as_str().unwrap_or_default().to_owned();
        let level = message["level"].as_str().unwrap_or_default().to_owned();
        let primary = message["spans"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|span| span["is_primary"] == true && span["file_name"] == "src/lib.rs");
        match primary.and_then(|span| span["line_start"].as_u64()) {
            Some(line) => by_line
                .entry(usize::try_from(line).unwrap())
                .or_default()
                .push(Diagnostic {
                    level,
                    code: message["code"]["code"].as_str().map(str::to_owned),
                    message: text,
                }),
            // rustc's summaries ("aborting due to ...", "N warnings emitted") have no span.
            None if message["spans"].as_array().is_some_and(Vec::is_empty)
                && (text.starts_with("aborting due to") || text.ends_with(" emitted")) => {}
            None => stray.push(message["rendered"].as_str().unwrap_or(json).to_owned()),
        }
    }
    if by_line.is_empty() && !output.status.success() {
        stray.push(format!(
            "cargo failed without diagnostics on the generated crate:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    (by_line, stray, output.status.success())
}

/// Compares one date's diagnostics with the verdicts; returns the problems and the counts of
/// each kind of verdict.
fn compare(
    date: &str,
    lines: &[Line],
    line_of: &BTreeMap<usize, usize>,
    mut found: BTreeMap<usize, Vec<Diagnostic>>,
) -> (Vec<String>, BTreeMap<&'static str, usize>) {
    let mut problems = Vec::new();
    let mut kinds = BTreeMap::new();
    for (&number, &index) in line_of {
        let line = &lines[index];
        *kinds.entry(line.kind).or_insert(0) += 1;
        let got = found.remove(&number).unwrap_or_default();
        let ok = match (&line.expected, got.as_slice()) {
            (Expected::Clean, []) => true,
            (Expected::Warning(notice), [one]) => {
                one.level == "warning"
                    && one.code.as_deref() == Some("deprecated")
                    && one.message.contains(notice.as_str())
            }
            (Expected::Error(error), [one]) => one.level == "error" && one.message == *error,
            _ => false,
        };
        if !ok {
            problems.push(format!(
                "{date}, line {number}, `{}` ({}): expected {:?}, got {got:#?}",
                line.input, line.kind, line.expected
            ));
        }
    }
    for (number, got) in found {
        problems.push(format!(
            "{date}, line {number}: diagnostics on a line without a model_id! call: {got:#?}"
        ));
    }
    (problems, kinds)
}

#[test]
fn every_catalog_id_gets_its_verdict_from_the_macro() {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("every-catalog-id");
    // One target directory for every date, so the facade and its dependencies build once.
    let target_dir = root.join("target");
    let inputs = inputs();
    let mut problems = Vec::new();
    let mut report = String::new();
    for date_text in DATES {
        let started = Instant::now();
        let date = Date::parse(date_text).unwrap();
        let lines: Vec<Line> = inputs
            .iter()
            .map(|input| {
                let (kind, expected) = expect(input, date);
                Line {
                    input: input.clone(),
                    kind,
                    expected,
                }
            })
            .collect();
        let (dir, line_of) = write_crate(&root, date_text, &lines);
        assert_eq!(line_of.len(), inputs.len());
        let (found, stray, success) = check(&dir, &target_dir, date_text);
        let errors = found
            .values()
            .flatten()
            .filter(|d| d.level == "error")
            .count();
        let warnings = found
            .values()
            .flatten()
            .filter(|d| d.level == "warning")
            .count();
        let (mismatches, kinds) = compare(date_text, &lines, &line_of, found);
        problems.extend(mismatches);
        problems.extend(stray.into_iter().map(|s| format!("{date_text}: {s}")));

        let expected_errors = lines
            .iter()
            .filter(|l| matches!(l.expected, Expected::Error(_)))
            .count();
        let expected_warnings = lines
            .iter()
            .filter(|l| matches!(l.expected, Expected::Warning(_)))
            .count();
        if (errors, warnings) != (expected_errors, expected_warnings) {
            problems.push(format!(
                "{date_text}: {errors} errors and {warnings} warnings, expected \
                 {expected_errors} and {expected_warnings}"
            ));
        }
        if success != (expected_errors == 0) {
            problems.push(format!(
                "{date_text}: cargo check {} with {expected_errors} expected errors",
                if success { "succeeded" } else { "failed" }
            ));
        }
        if date_text == "2026-11-23" {
            for kind in [
                "active",
                "deprecated",
                "end-of-life",
                "not-callable",
                "unknown",
                "malformed",
            ] {
                if !kinds.contains_key(kind) {
                    problems.push(format!(
                        "{date_text}: no `{kind}` input, so nothing tests it"
                    ));
                }
            }
        }
        writeln!(
            report,
            "{date_text}: {} lines, {kinds:?}, {errors} errors, {warnings} warnings, {:.1?}",
            lines.len(),
            started.elapsed()
        )
        .unwrap();
    }
    eprint!("{report}");
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
