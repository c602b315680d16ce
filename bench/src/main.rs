//! `cargo xtask bench [--runs N] [--quick] [--calls N] [--clean-runs N] [--only 1..5]`: what
//! `model_id!` costs, measured side by side. This crate is the harness; xtask runs it.
//!
//! Everything is generated under `target/bench-compile/` (a cargo workspace of its own, never
//! committed) and built with the cargo that runs the harness, so every variant uses the same
//! toolchain, the dev profile (release for section 3) and `BEDROCK_MODEL_ID_AS_OF` pinned to
//! [`workspace::AS_OF`]. See `BENCHMARKS.md` for the method and the figures.
//!
//! 1. Cost per invocation: crates of `--calls` (2,000) `pub const` items (and, for comparison,
//!    `pub static` items and `pub fn` bodies), rebuilt with `cargo build -p <crate>` after a
//!    touch of their source, incremental compilation off. Each macro is compared with its own
//!    baseline: the same crate with plain string literals (and one call of the macro in both,
//!    so that loading the macro and its crates cancels out). Compared: `model_id!`,
//!    `model_id_str!`, `uuid::uuid!` (default features, and `macro-diagnostics`), a do-nothing
//!    proc macro that parses its string literal with `syn` (the floor), and `ModelId`'s old
//!    design (text in a `Cow`) against its `Copy` twin in a generated crate. Hand-expanded
//!    variants split `model_id!`'s cost into its parts.
//! 2. Fixed cost: clean builds (fresh target directory, dependencies included) of a crate
//!    with one `model_id!` call and of one with one call of the do-nothing proc macro.
//! 3. Run-time cost: the size of a release binary with one `model_id!` against the same with a
//!    plain literal, and whether the catalog's lookup table is linked.
//! 4. `cargo bench --bench lookup`, if the bench exists: its printed ratios.
//! 5. The account catalog: a bad file is parsed once per crate, not once per call.
//!
//! Variants are timed in interleaved rounds (A, B, C, A, B, C, ...) so that load from other
//! processes hits all of them alike; each figure is a median.
//!
//! Modules, each importing only from those listed before it: [`options`], [`process`],
//! [`files`], [`stats`], [`ids`], [`variants`], [`sources`], [`workspace`], [`timing`],
//! [`report`], [`sections`].

#![forbid(unsafe_code)]
#![warn(clippy::pedantic)]

mod files;
mod ids;
mod options;
mod process;
mod report;
mod sections;
mod sources;
mod stats;
mod timing;
mod variants;
mod workspace;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use crate::ids::Ids;
use crate::options::{Options, Parsed, USAGE};
use crate::process::{load_average, version};
use crate::workspace::{AS_OF, AS_OF_VAR, Workspace};

fn main() -> ExitCode {
    let args: Result<Vec<String>, String> = std::env::args_os()
        .skip(1)
        .map(|arg| {
            arg.into_string()
                .map_err(|arg| format!("argument `{}` is not UTF-8\n{USAGE}", arg.display()))
        })
        .collect();
    let result = args.and_then(|args| {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        match Parsed::from_args(&args)? {
            Parsed::Help => Ok(USAGE.to_owned()),
            Parsed::Run(options) => run(&repository_root(), &options),
        }
    });
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

/// The repository this crate is in: the parent of its manifest's directory.
fn repository_root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir
        .parent()
        .map_or_else(|| manifest_dir.to_path_buf(), Path::to_path_buf)
}

/// Runs the sections asked for, printing results as they come; returns the closing line.
fn run(root: &Path, options: &Options) -> Result<String, String> {
    let started = Instant::now();
    let workspace = Workspace::new(root)?;
    print_header(&workspace, options);
    workspace.write_static_crates()?;
    let ids = workspace.catalog_ids()?;
    print_ids(&ids);
    workspace.write_generated_crates(&ids, options.calls)?;
    let mut summary = Vec::new();
    let [per_invocation, fixed_cost, binary_size, lookup, account] = options.sections;
    if per_invocation {
        summary.extend(sections::per_invocation::run(&workspace, options)?);
    }
    if fixed_cost {
        summary.extend(sections::fixed_cost::run(&workspace, options)?);
    }
    if binary_size {
        summary.extend(sections::binary_size::run(&workspace, &ids)?);
    }
    if lookup {
        summary.extend(sections::lookup::run(&workspace, options)?);
    }
    if account {
        summary.extend(sections::account::run(&workspace, options.runs)?);
    }
    if !summary.is_empty() {
        println!("\n== summary ==");
        for line in &summary {
            println!("{line}");
        }
    }
    Ok(format!(
        "\nbench finished in {:.0} s ({}); generated crates in {}",
        started.elapsed().as_secs_f64(),
        load_average(),
        workspace.dir.display()
    ))
}

fn print_header(workspace: &Workspace, options: &Options) {
    println!("bedrock-model-id compile-time benchmarks (cargo xtask bench)");
    println!(
        "{}; {}; {} CPUs; {}",
        version(Path::new("rustc"), "-V", &workspace.root),
        version(&workspace.cargo, "-V", &workspace.root),
        std::thread::available_parallelism().map_or(0, usize::from),
        load_average()
    );
    println!(
        "runs {} (clean builds {}), {} calls per crate, {AS_OF_VAR}={AS_OF}, CARGO_INCREMENTAL=0{}",
        options.runs,
        options.clean_runs,
        options.calls,
        if options.quick { ", --quick" } else { "" }
    );
}

fn print_ids(ids: &Ids) {
    println!(
        "catalog as of {AS_OF}: {} Active IDs and {} Legacy (deprecated) IDs, cycled through",
        ids.active.len(),
        ids.deprecated.len()
    );
    if let Some(ns) = ids.judge_ns {
        println!(
            "judge() of one ID in an unoptimized build (as the proc macro runs by default): {:.1} µs",
            ns / 1000.0
        );
    }
}
