//! What section 1 prints: the table of crates, the ratio lines (with goals, met or not), and
//! where the time goes, from differences of medians.

use crate::stats::{Metric, Results, max, median, min};
use crate::variants::Variant;

/// The table of section 1: medians, extremes and cost per call over the family's baseline.
pub fn table(variants: &[&Variant], results: &Results) {
    let has_cpu = results.has_cpu();
    println!(
        "{:<19} {:>8} {:>7} {:>7} {:>9} {:>8} {:>9}  what",
        "crate", "wall s", "min", "max", "µs/call", "CPU s", "µs/call"
    );
    for variant in variants {
        let wall = results.wall(variant.name);
        let cost = |metric| {
            if variant.is_baseline() {
                "baseline".to_owned()
            } else {
                results
                    .per_call(variant.name, variant.baseline, metric)
                    .map_or_else(|| "-".to_owned(), |c| format!("{c:.1}"))
            }
        };
        let cpu = results
            .median(variant.name, Metric::Cpu)
            .map_or_else(|| "-".to_owned(), |c| format!("{c:.3}"));
        println!(
            "{:<19} {:>8.3} {:>7.3} {:>7.3} {:>9} {:>8} {:>9}  {}",
            variant.name,
            median(&wall),
            min(&wall),
            max(&wall),
            cost(Metric::Wall),
            cpu,
            if has_cpu {
                cost(Metric::Cpu)
            } else {
                "-".to_owned()
            },
            variant.what
        );
    }
    println!(
        "(µs/call = (median − median of the family's baseline) / {}; \"CPU\" is the user+system \
         time of cargo and rustc, less sensitive to other processes than wall time)",
        results.calls
    );
}

/// One side of a ratio: a crate and the baseline it is measured against.
pub type Side<'a> = [&'a str; 2];

/// The ratio of two costs per call, printed as it is made; the lines are kept for the summary.
pub struct Ratios<'a> {
    results: &'a Results,
    pub lines: Vec<String>,
}

impl<'a> Ratios<'a> {
    pub fn new(results: &'a Results) -> Ratios<'a> {
        Ratios {
            results,
            lines: Vec::new(),
        }
    }

    /// `ratio <label> = <ours / theirs>`, with `(goal <= g) met` or `NOT met` if there is a
    /// goal; `n/a` if either side costs nothing or less (noise). Nothing if either side was
    /// left out.
    pub fn line(&mut self, label: &str, ours: Side, theirs: Side, goal: Option<f64>) {
        let per_call =
            |[name, baseline]: Side, metric| self.results.per_call(name, baseline, metric);
        let (Some(a), Some(b)) = (per_call(ours, Metric::Wall), per_call(theirs, Metric::Wall))
        else {
            return;
        };
        let cpu = match (per_call(ours, Metric::Cpu), per_call(theirs, Metric::Cpu)) {
            (Some(a), Some(b)) if b > 0.0 => format!("; on CPU time {:.2}", a / b),
            _ => String::new(),
        };
        // A side that costs nothing or less is noise: no ratio, and no goal judged on it.
        let free = [(b, theirs[0]), (a, ours[0])]
            .into_iter()
            .find(|&(cost, _)| cost <= 0.0);
        let line = if let Some((cost, name)) = free {
            format!(
                "ratio {label} = n/a: {name} costs {cost:.1} µs/call, within noise{}",
                goal.map_or_else(String::new, |g| format!(" (goal <= {g:.2}) not judged"))
            )
        } else {
            let r = a / b;
            let goal = goal.map_or_else(String::new, |g| {
                format!(
                    " (goal <= {g:.2}) {}",
                    if r <= g { "met" } else { "NOT met" }
                )
            });
            format!("ratio {label} = {r:.2}{goal}  [{a:.1} vs {b:.1} µs per call{cpu}]")
        };
        println!("{line}");
        self.lines.push(line);
    }
}

/// A group of parts: its heading, then each part's description and the two crates whose
/// difference it is.
type Parts = (
    &'static str,
    &'static [(&'static str, &'static str, &'static str)],
);

/// What "where the time goes" prints.
const PARTS: &[Parts] = &[
    (
        "model_id!(\"<Active ID>\") in a const item, over a string literal:",
        &[
            (
                "the catalog's constant for the ID (the expansion, by hand)",
                "mid_hand_path",
                "mid_lit",
            ),
            (
                "running the proc macro (bridge, judge, quote, parsing its output)",
                "mid_direct",
                "mid_hand_path",
            ),
            ("the macro_rules! wrapper", "mid_macro", "mid_direct"),
            ("= model_id!", "mid_macro", "mid_lit"),
            (
                "saved by optimizing the proc macro (build-override opt-level=3)",
                "mid_macro",
                "mid_macro_opt",
            ),
        ],
    ),
    (
        "model_id_str!(\"<Active ID>\") in a const item, over a string literal:",
        &[(
            "= model_id_str! (expands to the literal)",
            "mid_str_macro",
            "mid_str_lit",
        )],
    ),
    (
        "the type alone, in the generated cow_model_id crate, over a string literal:",
        &[
            (
                "before: a `CowModelId` constant (text: Cow<'static, str>)",
                "cow_hand_path",
                "cow_lit",
            ),
            (
                "after: a `CopyModelId` constant (text: &'static str, Copy)",
                "copy_hand_path",
                "cow_lit",
            ),
            (
                "  saved by the Copy type",
                "cow_hand_path",
                "copy_hand_path",
            ),
        ],
    ),
    (
        "other expansions and places:",
        &[
            (
                "any `ModelId` constant at all (`unlisted(\"\", ..)`)",
                "mid_hand_empty",
                "mid_lit",
            ),
            (
                "a constructor call with text and `Form`, no model index",
                "mid_hand_nostatic",
                "mid_lit",
            ),
            (
                "an ARN of a listed ID (`spelling_of`, checked in const)",
                "mid_hand_ctor",
                "mid_lit",
            ),
            (
                "  over the listed ID's ready constant",
                "mid_hand_ctor",
                "mid_hand_path",
            ),
            (
                "Legacy ID: the #[deprecated] item and its warning",
                "mid_legacy_macro",
                "mid_macro",
            ),
            (
                "  of which printing the warning",
                "mid_legacy_macro",
                "mid_legacy_allowed",
            ),
            (
                "Legacy ID, hand-written expansion",
                "mid_legacy_hand",
                "mid_lit",
            ),
            ("Legacy ID, model_id!", "mid_legacy_macro", "mid_lit"),
            (
                "in a static item instead of a const item",
                "mid_static_macro",
                "mid_static_lit",
            ),
            (
                "in a fn body (`fn c() -> ModelId`) instead of a const item",
                "mid_fn_macro",
                "mid_fn_lit",
            ),
            (
                "the floor: do-nothing proc macro",
                "floor_macro",
                "floor_lit",
            ),
            ("uuid!", "uuid_macro", "uuid_lit"),
        ],
    ),
];

/// The parts of the cost, each a difference of two crates' medians; a part of a crate left
/// out is not printed.
pub fn where_the_time_goes(results: &Results) {
    println!("\nwhere the time goes: µs per call, differences of medians (wall | CPU)");
    let has_cpu = results.has_cpu();
    for (heading, parts) in PARTS {
        println!(" {heading}");
        for (what, a, b) in *parts {
            let Some(wall) = results.per_call(a, b, Metric::Wall) else {
                continue;
            };
            let cpu = results
                .per_call(a, b, Metric::Cpu)
                .filter(|_| has_cpu)
                .map_or_else(|| "-".to_owned(), |c| format!("{c:.1}"));
            println!("  {what:<66} {wall:>7.1} | {cpu:>7}   ({a} − {b})");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Ratios;
    use crate::stats::{Results, Sample};
    use crate::variants::find;

    fn results_of(walls: &[(&'static str, f64)]) -> Results {
        Results {
            names: walls.iter().map(|(name, _)| *name).collect(),
            samples: walls
                .iter()
                .map(|&(_, wall)| vec![Sample { wall, cpu: None }])
                .collect(),
            calls: 1000,
        }
    }

    #[test]
    fn goals_met_and_not_met() {
        let results = results_of(&[("lit", 1.0), ("ours", 1.01), ("floor", 1.02), ("flit", 1.0)]);
        let mut ratios = Ratios::new(&results);
        ratios.line("ours/floor", ["ours", "lit"], ["floor", "flit"], Some(2.0));
        ratios.line("floor/ours", ["floor", "flit"], ["ours", "lit"], Some(1.2));
        ratios.line("absent", ["absent", "lit"], ["ours", "lit"], None);
        assert_eq!(ratios.lines.len(), 2);
        assert!(
            ratios.lines[0]
                .starts_with("ratio ours/floor = 0.50 (goal <= 2.00) met  [10.0 vs 20.0"),
            "{}",
            ratios.lines[0]
        );
        assert!(
            ratios.lines[1].contains("= 2.00 (goal <= 1.20) NOT met"),
            "{}",
            ratios.lines[1]
        );
    }

    #[test]
    fn every_part_names_variants() {
        for (_, parts) in super::PARTS {
            for (what, a, b) in *parts {
                assert!(find(a).is_some() && find(b).is_some(), "{what}");
            }
        }
    }

    #[test]
    fn a_free_side_is_not_judged() {
        let results = results_of(&[("lit", 1.0), ("ours", 1.01), ("floor", 0.99), ("flit", 1.0)]);
        let mut ratios = Ratios::new(&results);
        ratios.line("ours/floor", ["ours", "lit"], ["floor", "flit"], Some(2.0));
        assert!(
            ratios.lines[0].contains("n/a: floor costs -10.0 µs/call"),
            "{}",
            ratios.lines[0]
        );
        assert!(ratios.lines[0].ends_with("not judged"));
        let cheaper = results_of(&[("lit", 1.0), ("ours", 0.99), ("floor", 1.01), ("flit", 1.0)]);
        let mut ratios = Ratios::new(&cheaper);
        ratios.line("ours/floor", ["ours", "lit"], ["floor", "flit"], Some(1.2));
        assert!(
            ratios.lines[0].starts_with("ratio ours/floor = n/a: ours costs -10.0 µs/call"),
            "{}",
            ratios.lines[0]
        );
    }
}
