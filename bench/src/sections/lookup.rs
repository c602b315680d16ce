//! Section 4, run-time parsing: `cargo bench --bench lookup` (criterion, `benches/lookup.rs`
//! at the repository's root) and the `ratio …/hashmap` lines it prints. A failure of that
//! bench is reported and does not stop the harness.

use std::process::{Command, Stdio};
use std::time::Instant;

use crate::options::Options;
use crate::process::{run_unchecked, tail};
use crate::workspace::Workspace;

/// Runs section 4; returns the bench's ratio lines, or the line saying it failed.
pub fn run(workspace: &Workspace, options: &Options) -> Result<Vec<String>, String> {
    println!("\n== 4. run time: cargo bench --bench lookup ==");
    if !workspace.root.join("benches/lookup.rs").exists() {
        println!("benches/lookup.rs does not exist: skipped");
        return Ok(Vec::new());
    }
    eprintln!("bench: cargo bench --bench lookup (builds the bench first)...");
    let mut command = Command::new(&workspace.cargo);
    command
        .current_dir(&workspace.root)
        .stdin(Stdio::null())
        .env("CARGO_TERM_COLOR", "never")
        .args(["bench", "--bench", "lookup"]);
    if options.quick {
        command.args(["--", "--quick"]);
    }
    let start = Instant::now();
    let output = run_unchecked(&mut command)?;
    if !output.status.success() {
        let line = format!(
            "cargo bench --bench lookup failed ({}), after {:.0} s",
            output.status,
            start.elapsed().as_secs_f64()
        );
        println!(
            "{line}:\n{}",
            tail(&String::from_utf8_lossy(&output.stderr), 15)
        );
        return Ok(vec![line]);
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let ratios = ratio_lines(&stdout);
    if ratios.is_empty() {
        println!("the bench printed no `ratio` lines; its output ends with:");
        println!("{}", tail(&stdout, 30));
    }
    for line in &ratios {
        println!("{line}");
    }
    println!(
        "(cargo bench took {:.0} s, compiling included)",
        start.elapsed().as_secs_f64()
    );
    Ok(ratios)
}

/// The lines of the bench's output that give a ratio.
fn ratio_lines(stdout: &str) -> Vec<String> {
    stdout
        .lines()
        .filter(|l| l.starts_with("ratio"))
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::ratio_lines;

    #[test]
    fn keeps_the_ratio_lines() {
        let out = "lookup/ours  time: [15 ns]\nratio lookup/hashmap = 0.58  (..)\n  ratio not\n";
        assert_eq!(ratio_lines(out), ["ratio lookup/hashmap = 0.58  (..)"]);
    }
}
