//! One timed build: `cargo build -p <crate>` after a touch (or after removing its target
//! directory), wall time and CPU time, retried when the sample is not of that crate alone.

use std::path::Path;
use std::time::Instant;

use crate::process::{checked, children_cpu_seconds, compiled_others};
use crate::stats::Sample;
use crate::workspace::Workspace;

/// Attempts per timed build before giving up on a clean sample (another process rebuilt a
/// dependency, or held a cargo lock, while it ran).
const ATTEMPTS: usize = 4;

/// How a timed build starts.
#[derive(Clone, Copy)]
pub enum Start {
    /// Dependencies built, the crate touched: only the crate is compiled, else the sample is
    /// retaken.
    Touched,
    /// From an empty target directory, writing a `--timings` report.
    Clean,
}

/// `cargo build -p <package>` after `prepare` (a touch, or removing the target directory of a
/// clean build): the build's wall time, and the CPU time of cargo and the compilers it ran
/// where the system tells it. Retries when cargo compiled anything else or waited for a lock:
/// someone else's edit or build, not this crate's cost.
pub fn timed_build(
    workspace: &Workspace,
    package: &str,
    cargo_args: &[&str],
    target_dir: &Path,
    prepare: &dyn Fn() -> Result<(), String>,
    start: Start,
) -> Result<Sample, String> {
    for attempt in 1..=ATTEMPTS {
        prepare()?;
        let mut command = workspace.cargo(target_dir);
        command
            .args(["build", "--offline", "-p", package])
            .args(cargo_args);
        if matches!(start, Start::Clean) {
            command.arg("--timings");
        }
        let cpu_before = children_cpu_seconds();
        let started = Instant::now();
        let output = checked(&mut command)?;
        let wall = started.elapsed().as_secs_f64();
        let cpu = match (cpu_before, children_cpu_seconds()) {
            (Some(before), Some(after)) => Some(after - before),
            _ => None,
        };
        let stderr = String::from_utf8_lossy(&output.stderr);
        let others = compiled_others(&stderr, package);
        let blocked = stderr.contains("Blocking waiting for file lock");
        let rebuilt_others = matches!(start, Start::Touched) && !others.is_empty();
        if blocked || rebuilt_others {
            eprintln!(
                "bench: {package}: sample discarded (attempt {attempt}): {}",
                if blocked {
                    "cargo waited for a lock".to_owned()
                } else {
                    format!("cargo also compiled {}", others.join(", "))
                }
            );
            continue;
        }
        return Ok(Sample { wall, cpu });
    }
    Err(format!(
        "{package}: no clean sample in {ATTEMPTS} attempts: other processes keep rebuilding or locking"
    ))
}
