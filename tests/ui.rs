//! Compile-fail and pass cases for `model_id!`, with reviewed diagnostics.
//!
//! Lifecycle is judged as of a pinned date, so the snapshots do not drift as models retire.
//! Regenerate with `TRYBUILD=overwrite cargo test --test ui`, then review every `.stderr`.

#[path = "support/toolchain.rs"]
mod toolchain;

/// The date every case is judged as of.
const AS_OF: &str = "2026-11-23";

#[test]
fn ui() {
    // SAFETY: this binary holds this one test, which sets the variable before it starts any
    // thread or child process, so nothing in the process reads or writes the environment
    // concurrently. trybuild's cargo, and so rustc and the macro, inherit it; the expansion
    // names it in `option_env!`, so a change of date rebuilds the cases.
    unsafe {
        std::env::set_var("BEDROCK_MODEL_ID_AS_OF", AS_OF);
        // Only the built-in catalog: no account's own IDs from the `account-catalog` feature.
        std::env::remove_var("BEDROCK_MODEL_ID_CATALOG");
    }
    let t = trybuild::TestCases::new();
    if toolchain::SNAPSHOTS_MATCH {
        t.compile_fail("tests/ui/*.rs");
    } else {
        toolchain::note_skipped("ui");
    }
    t.pass("tests/ui/pass/*.rs");
}
