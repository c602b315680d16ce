//! What the macro emits so that cargo re-runs it (`option_env!`) never adds an error of its
//! own: a `SOURCE_DATE_EPOCH` that is not UTF-8 breaks nothing when `BEDROCK_MODEL_ID_AS_OF`
//! decides the date, and is exactly one error, the macro's, when it would decide it.

#![cfg(unix)]

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::process::Output;

mod support;

fn check(dir: &Path, target: &Path, as_of: Option<&str>) -> Output {
    let mut command = support::cargo();
    command
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", OsStr::from_bytes(b"17\xff00"))
        .args(["check", "--offline", "--lib", "--target-dir"])
        .arg(target);
    if let Some(date) = as_of {
        command.env("BEDROCK_MODEL_ID_AS_OF", date);
    }
    command.output().expect("cargo runs")
}

#[test]
fn a_non_utf8_source_date_epoch_adds_no_error() {
    let dir = support::generated_crate(
        "tracking-tokens",
        &[],
        "use bedrock_model_id::{model_id, ModelId};\n\
         pub const A: ModelId = model_id!(\"amazon.titan-embed-text-v2:0\");\n\
         pub const B: ModelId = model_id!(\"cohere.embed-english-v3\");\n",
    );
    let target = support::shared_target();

    let pinned = check(&dir, &target, Some("2026-11-23"));
    let stderr = String::from_utf8_lossy(&pinned.stderr);
    assert!(pinned.status.success(), "{stderr}");

    let unpinned = check(&dir, &target, None);
    let stderr = String::from_utf8_lossy(&unpinned.stderr);
    assert!(!unpinned.status.success());
    // One error per call, each the macro's; none from `option_env!`.
    assert_eq!(
        stderr
            .matches("error: environment variable SOURCE_DATE_EPOCH=")
            .count(),
        2,
        "{stderr}"
    );
    assert!(!stderr.contains("not valid unicode"), "{stderr}");
    assert_eq!(
        stderr.matches("\nerror").count() + usize::from(stderr.starts_with("error")),
        3,
        "{stderr}"
    );
}
