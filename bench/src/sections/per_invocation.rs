//! Section 1, cost per invocation: every variant built after a touch, in interleaved rounds;
//! the table, the ratios against `uuid!` and the floor, and where the time goes.

use std::fs;

use crate::options::Options;
use crate::process::{first_error, run_unchecked, tail};
use crate::report::{self, Ratios};
use crate::stats::{Results, Sample};
use crate::timing::{Start, timed_build};
use crate::variants::{Family, VARIANTS, Variant};
use crate::workspace::Workspace;

/// `model_id!` per call, at most this times `uuid!` per call.
const GOAL_UUID: f64 = 0.25;
/// `model_id!` per call, at most this times the do-nothing proc macro per call.
const GOAL_FLOOR: f64 = 2.0;
/// `model_id_str!` per call, at most this times the do-nothing proc macro per call.
const GOAL_STR_FLOOR: f64 = 1.2;

/// Runs section 1; returns its ratio lines.
pub fn run(workspace: &Workspace, options: &Options) -> Result<Vec<String>, String> {
    let calls = options.calls;
    println!(
        "\n== 1. cost per invocation: {calls} calls in one crate, `cargo build -p <crate>` after a \
         touch, dependencies built, median of {} ==",
        options.runs
    );
    let (variants, notes) = warm_up(workspace)?;
    for note in &notes {
        println!("note: {note}");
    }
    let target = workspace.shared_target();
    let mut samples: Vec<Vec<Sample>> = vec![Vec::new(); variants.len()];
    for round in 1..=options.runs {
        eprintln!("bench: round {round}/{}", options.runs);
        for (variant, samples) in variants.iter().zip(&mut samples) {
            let lib = workspace.lib(variant.name);
            let touch = || crate::files::touch(&lib);
            samples.push(timed_build(
                workspace,
                variant.name,
                variant.cargo_args,
                &target,
                &touch,
                Start::Touched,
            )?);
        }
    }
    let results = Results {
        names: variants.iter().map(|v| v.name).collect(),
        samples,
        calls,
    };
    report::table(&variants, &results);
    let mut ratios = Ratios::new(&results);
    ratio_lines(&mut ratios);
    report::where_the_time_goes(&results);
    Ok(ratios.lines)
}

/// The ratios of section 1, with the goals of the issue.
fn ratio_lines(ratios: &mut Ratios) {
    let ours = ["mid_macro", "mid_lit"];
    let floor = ["floor_macro", "floor_lit"];
    ratios.line(
        "model_id/uuid",
        ours,
        ["uuid_macro", "uuid_lit"],
        Some(GOAL_UUID),
    );
    ratios.line(
        "model_id/uuid(macro-diagnostics)",
        ours,
        ["uuidd_macro", "uuidd_lit"],
        None,
    );
    ratios.line("model_id/floor", ours, floor, Some(GOAL_FLOOR));
    // Without what its typed constant costs: the macro's own work and its tokens.
    ratios.line(
        "model_id (macro only: model_id! − its expansion written by hand)/floor",
        ["mid_macro", "mid_hand_path"],
        floor,
        None,
    );
    ratios.line(
        "model_id_str/floor",
        ["mid_str_macro", "mid_str_lit"],
        floor,
        Some(GOAL_STR_FLOOR),
    );
    // The type alone, before and after: both stand-ins against the same baseline.
    ratios.line(
        "before/after type (CowModelId/CopyModelId constant)",
        ["cow_hand_path", "cow_lit"],
        ["copy_hand_path", "cow_lit"],
        None,
    );
    // The real crate's constant against the stand-in of the old design: about 1 while
    // `ModelId` holds a `Cow`, the saving of the real change once it is `Copy`.
    ratios.line(
        "ModelId constant/CowModelId constant (the real type against the old design)",
        ["mid_hand_path", "mid_lit"],
        ["cow_hand_path", "cow_lit"],
        None,
    );
}

/// Builds every variant once, dependencies included: the variants that build, and notes on
/// what the builds showed. Only the `macro-diagnostics` variants may fail to build.
fn warm_up(workspace: &Workspace) -> Result<(Vec<&'static Variant>, Vec<String>), String> {
    let target = workspace.shared_target();
    let mut variants = Vec::new();
    let mut notes = Vec::new();
    for variant in VARIANTS {
        eprintln!("bench: warm-up build of {}...", variant.name);
        let output = run_unchecked(
            workspace
                .cargo(&target)
                .args(["build", "--offline", "-p", variant.name])
                .args(variant.cargo_args),
        )?;
        let stderr = String::from_utf8_lossy(&output.stderr);
        if !output.status.success() {
            if variant.family == Family::UuidDiagnostics {
                notes.push(format!(
                    "{}: does not build, left out: {}",
                    variant.name,
                    first_error(&stderr)
                ));
                continue;
            }
            return Err(format!(
                "{} does not build:\n{}",
                variant.name,
                tail(&stderr, 40)
            ));
        }
        let warnings = stderr
            .lines()
            .filter(|l| l.starts_with("warning: use of deprecated"))
            .count();
        if warnings > 0 {
            notes.push(format!(
                "{}: {warnings} `use of deprecated` warnings, as expected",
                variant.name
            ));
        }
        variants.push(variant);
    }
    let lock = fs::read_to_string(workspace.dir.join("Cargo.lock")).unwrap_or_default();
    if variants.iter().any(|v| v.family == Family::UuidDiagnostics)
        && !lock.contains("name = \"uuid-macro-internal\"")
    {
        notes.push(
            "uuid's `macro-diagnostics` feature pulls in no proc macro in this uuid version: \
             uuidd_macro expands the same macro_rules! uuid! as uuid_macro"
                .to_owned(),
        );
    }
    Ok((variants, notes))
}

#[cfg(test)]
mod tests {
    use super::ratio_lines;
    use crate::report::Ratios;
    use crate::stats::{Results, Sample};
    use crate::variants::VARIANTS;

    #[test]
    fn every_ratio_names_variants() {
        // Each crate one second slower than the one before: every cost per call is positive.
        let results = Results {
            names: VARIANTS.iter().map(|v| v.name).collect(),
            samples: (0..VARIANTS.len())
                .map(|i| {
                    vec![Sample {
                        wall: crate::stats::as_f64(i),
                        cpu: None,
                    }]
                })
                .collect(),
            calls: 1,
        };
        let mut ratios = Ratios::new(&results);
        ratio_lines(&mut ratios);
        assert_eq!(ratios.lines.len(), 7, "{:#?}", ratios.lines);
        let line = |start: &str| ratios.lines.iter().find(|l| l.starts_with(start));
        assert!(line("ratio model_id/floor = ").is_some_and(|l| l.contains("(goal <= 2.00)")));
        assert!(line("ratio model_id_str/floor = ").is_some_and(|l| l.contains("(goal <= 1.20)")));
        assert!(line("ratio before/after type ").is_some());
    }
}
