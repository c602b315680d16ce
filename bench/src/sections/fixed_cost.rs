//! Section 2, fixed cost: clean builds (fresh target directory, dependencies included) of a
//! crate with one `model_id!` call and of one with one call of the do-nothing proc macro, and
//! the units of the last `--timings` report, slowest first.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use crate::files::remove_dir;
use crate::options::Options;
use crate::stats::{max, median, min};
use crate::timing::{Start, timed_build};
use crate::workspace::Workspace;

/// Units of a report printed.
const UNITS_SHOWN: usize = 10;

/// Runs section 2; returns its ratio line.
pub fn run(workspace: &Workspace, options: &Options) -> Result<Vec<String>, String> {
    println!(
        "\n== 2. fixed cost: clean `cargo build` (fresh target dir, dependencies included) \
         of a crate with one call, median of {} ==",
        options.clean_runs
    );
    let packages = ["fixed_mid", "fixed_floor"];
    let mut times: [Vec<f64>; 2] = [Vec::new(), Vec::new()];
    for round in 1..=options.clean_runs {
        for (package, samples) in packages.iter().zip(&mut times) {
            eprintln!(
                "bench: clean build of {package}, round {round}/{}",
                options.clean_runs
            );
            let target = workspace.dir.join("clean").join(package);
            let remove = || remove_dir(&target);
            let sample = timed_build(workspace, package, &[], &target, &remove, Start::Clean)?;
            samples.push(sample.wall);
        }
    }
    let (ours, floor) = (median(&times[0]), median(&times[1]));
    for (package, samples) in packages.iter().zip(&times) {
        println!(
            "{package:<12} median {:>7.2} s  (min {:.2}, max {:.2})",
            median(samples),
            min(samples),
            max(samples)
        );
    }
    let line = format!(
        "ratio clean build model_id/floor = {:.2}  [{ours:.2} s vs {floor:.2} s of wall time]",
        ours / floor
    );
    println!("{line}");
    for package in packages {
        let html = workspace
            .dir
            .join("clean")
            .join(package)
            .join("cargo-timings/cargo-timing.html");
        match timing_units(&html) {
            Ok(units) => {
                let total: f64 = units.iter().map(|u| u.1).sum();
                println!(
                    "{package}: {} units, {total:.1} s of compile time in all (cargo --timings, last run):",
                    units.len()
                );
                for (name, seconds) in units.iter().take(UNITS_SHOWN) {
                    println!("    {seconds:>6.2} s  {name}");
                }
            }
            Err(e) => println!("{package}: no --timings breakdown: {e}"),
        }
    }
    Ok(vec![line])
}

/// The units of a `cargo build --timings` report, slowest first: name and seconds.
fn timing_units(html: &Path) -> Result<Vec<(String, f64)>, String> {
    let text = fs::read_to_string(html).map_err(|e| format!("{}: {e}", html.display()))?;
    units_of_report(&text)
}

/// The units of the report's `UNIT_DATA`, slowest first.
fn units_of_report(text: &str) -> Result<Vec<(String, f64)>, String> {
    const MARK: &str = "UNIT_DATA = ";
    let start = text.find(MARK).ok_or("no UNIT_DATA in the report")? + MARK.len();
    let mut values =
        serde_json::Deserializer::from_str(&text[start..]).into_iter::<serde_json::Value>();
    let data = values
        .next()
        .ok_or("empty UNIT_DATA")?
        .map_err(|e| e.to_string())?;
    let mut units: Vec<(String, f64)> = data
        .as_array()
        .ok_or("UNIT_DATA is not an array")?
        .iter()
        .map(|unit| {
            let field = |key: &str| unit.get(key).and_then(|v| v.as_str()).unwrap_or("");
            let mut name = format!("{} {}", field("name"), field("version"));
            let target = field("target").trim();
            if !target.is_empty() {
                let _ = write!(name, " {target}");
            }
            let seconds = unit.get("duration").and_then(serde_json::Value::as_f64);
            (name, seconds.unwrap_or(0.0))
        })
        .collect();
    units.sort_by(|a, b| b.1.total_cmp(&a.1));
    Ok(units)
}

#[cfg(test)]
mod tests {
    use super::units_of_report;

    #[test]
    fn reads_the_units_of_a_timings_report() {
        let html = r#"<script> const UNIT_DATA = [{"name": "syn", "version": "3.0.10", "target": "", "duration": 1.1},
            {"name": "quote", "version": "1.0.47", "target": " build-script", "duration": 0.2},
            {"name": "core", "version": "0.1.0", "target": "", "duration": 2.0}];
            const CONCURRENCY_DATA = [];</script>"#;
        let units = units_of_report(html).expect("a report");
        let names: Vec<&str> = units.iter().map(|u| u.0.as_str()).collect();
        assert_eq!(
            names,
            ["core 0.1.0", "syn 3.0.10", "quote 1.0.47 build-script"]
        );
        assert!(units_of_report("<html></html>").is_err());
    }
}
