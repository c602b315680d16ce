//! Cargo re-runs `model_id!` when what it read changes, with the source untouched: the
//! `BEDROCK_MODEL_ID_AS_OF` variable (through `option_env!` in the expansion) and the file
//! `BEDROCK_MODEL_ID_CATALOG` names (through `include_bytes!`).
//!
//! Each step is a `cargo check` of one generated crate. A check that succeeded is cached by
//! cargo, so an error in the next step can only come from cargo re-running the macro.

use std::path::Path;
use std::process::Output;

mod support;

const LEGACY_IN_APRIL: &str = "anthropic.claude-3-haiku-20240307-v1:0"; // EOL 2026-09-10
const ACCOUNT_ONLY: &str = "acme.private-model-v1:0";

fn listing(id: &str) -> String {
    format!(r#"{{"modelSummaries": [{{"modelId": "{id}"}}]}}"#)
}

fn check(dir: &Path, target: &Path, as_of: &str, catalog: &Path) -> Output {
    let mut command = support::cargo();
    command
        .current_dir(dir)
        .env("BEDROCK_MODEL_ID_AS_OF", as_of)
        .env("BEDROCK_MODEL_ID_CATALOG", catalog)
        .args(["check", "--offline", "--lib", "--target-dir"])
        .arg(target)
        .output()
        .expect("cargo runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn cargo_reruns_the_check_when_the_date_or_the_account_file_changes() {
    let dir = support::generated_crate(
        "rebuild-tracking",
        &["account-catalog"],
        &format!(
            "#![allow(deprecated)]\nuse bedrock_model_id::{{model_id, ModelId}};\n\
             pub const A: ModelId = model_id!({LEGACY_IN_APRIL:?});\n\
             pub const B: ModelId = model_id!({ACCOUNT_ONLY:?});\n"
        ),
    );
    let target = support::shared_target();
    let catalog = dir.join("account.json");
    std::fs::write(&catalog, listing(ACCOUNT_ONLY)).unwrap();

    let first = check(&dir, &target, "2026-04-01", &catalog);
    assert!(first.status.success(), "{}", stderr(&first));

    // Only the file changes: the account-only ID is gone.
    std::fs::write(&catalog, listing("acme.renamed-model-v1:0")).unwrap();
    let edited = check(&dir, &target, "2026-04-01", &catalog);
    assert!(!edited.status.success());
    assert!(
        stderr(&edited).contains("unknown Bedrock model ID `acme.private-model-v1:0`"),
        "{}",
        stderr(&edited)
    );

    std::fs::write(&catalog, listing(ACCOUNT_ONLY)).unwrap();
    let restored = check(&dir, &target, "2026-04-01", &catalog);
    assert!(restored.status.success(), "{}", stderr(&restored));

    // Only the date changes: the Legacy model is past its end of life.
    let later = check(&dir, &target, "2026-11-23", &catalog);
    assert!(!later.status.success());
    assert!(
        stderr(&later).contains("reached its end of life on 2026-09-10"),
        "{}",
        stderr(&later)
    );
}
