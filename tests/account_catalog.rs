//! The `account-catalog` feature through the real macro: `BEDROCK_MODEL_ID_CATALOG` names a
//! `list-foundation-models` output whose IDs `model_id!` then accepts.

use std::path::Path;

#[path = "support/toolchain.rs"]
mod toolchain;

fn set_env(catalog: &Path) {
    // SAFETY: this binary holds this one test, which changes the environment only between
    // trybuild runs, before it starts their child processes; nothing else runs concurrently.
    unsafe {
        std::env::set_var("BEDROCK_MODEL_ID_AS_OF", "2026-11-23");
        std::env::set_var("BEDROCK_MODEL_ID_CATALOG", catalog);
    }
}

#[test]
fn account_catalog() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/account_catalog");
    set_env(&dir.join("models.json"));
    {
        let t = trybuild::TestCases::new();
        t.pass("tests/account_catalog/ok/account_model.rs");
        if toolchain::SNAPSHOTS_MATCH {
            t.compile_fail("tests/account_catalog/ok/still_unknown.rs");
        }
    }
    if !toolchain::SNAPSHOTS_MATCH {
        toolchain::note_skipped("account_catalog");
        return;
    }
    set_env(&dir.join("not-a-listing.json"));
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/account_catalog/bad_file/*.rs");
}
