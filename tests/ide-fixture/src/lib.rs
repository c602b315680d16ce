//! Fixture for `.ci/ide-check`: rust-analyzer must report exactly one error on each line
//! marked `// expect-error`, on the `model_id!` input (the call itself only when the input
//! is empty), and nothing anywhere else: no diagnostic on the good calls, and no type
//! mismatch (E0308), which the macro's placeholder `ModelId` expression prevents. Each bad
//! call stands where a wrong type would be an error: a `const` or `static` of type `ModelId`,
//! a `let` with that type, a function's tail expression, or an argument of type `ModelId`.
//!
//! `mantle_model_id!` calls follow the same rules with `MantleModelId`.
//!
//! Keep every `model_id!` call on one line: the script matches diagnostics to lines.
//!
//! The script pins `BEDROCK_MODEL_ID_AS_OF=2026-11-23`. The good IDs have no lifecycle rule
//! in the catalog and are ACTIVE in its listings to 2026-10-27. A line marked
//! `// expect-error: end-of-life` fails only because of its date: the script checks that it
//! passes when the variable says 2023-06-01, which shows that the variable reaches the macro
//! under rust-analyzer.

#![allow(dead_code)]

use bedrock_model_id::{MantleModelId, ModelId, mantle_model_id, model_id};

const FOO: &str = "meta.llama3-8b-instruct-v1:0";

fn take(id: ModelId) -> usize {
    id.as_str().len()
}

// Good: no diagnostic.

pub const GOOD_BASE: ModelId = model_id!("meta.llama3-8b-instruct-v1:0");
pub static GOOD_PT: ModelId = model_id!("amazon.titan-embed-text-v2:0:8k");
pub const GOOD_REGION: ModelId = model_id!("mistral.mistral-large-2402-v1:0", region = "us-west-2");

pub fn good_arn() -> ModelId {
    model_id!("arn:aws:bedrock:us-east-1::foundation-model/meta.llama3-8b-instruct-v1:0")
}

pub fn good_arg() -> usize {
    take(model_id!("cohere.embed-english-v3"))
}

pub const GOOD_MANTLE: MantleModelId = mantle_model_id!("openai.gpt-oss-120b", region = "us-west-2");

// Bad: one error each, on the marked line.

pub const TYPO: ModelId = model_id!("anthropic.claude-3-opus-20240229-v1:O"); // expect-error
pub static EOL_V2: ModelId = model_id!("anthropic.claude-v2"); // expect-error: end-of-life
pub const ARN: ModelId = model_id!("arn:aws:bedrock:us-east-1:foundation-model/x"); // expect-error
pub const NOT_LITERAL: ModelId = model_id!(FOO); // expect-error
pub const EMPTY: ModelId = model_id!(); // expect-error
pub const REG: ModelId = model_id!("cohere.embed-english-v3", region = "us-east-9"); // expect-error

pub fn eol_v1() -> ModelId {
    model_id!("anthropic.claude-v1") // expect-error: end-of-life
}

pub fn unknown_option() -> usize {
    take(model_id!("cohere.embed-english-v3", regoin = "us-east-1")) // expect-error
}

pub fn eol_recent() -> usize {
    take(model_id!("anthropic.claude-3-haiku-20240307-v1:0")) // expect-error: end-of-life
}

pub const MANTLE_ID: ModelId = model_id!("openai.gpt-oss-120b"); // expect-error
pub const RUNTIME_ID: MantleModelId = mantle_model_id!("openai.gpt-oss-120b-1:0"); // expect-error

pub fn unknown_provisioned() -> usize {
    let id: ModelId = model_id!("anthropic.claude-v2:1:100k"); // expect-error
    take(id)
}
