//! How fast IDs are looked up, parsed and rejected, against a `std` `HashMap` baseline.
//!
//! Run with `cargo bench --bench lookup` (about 40 s). Three criterion groups:
//!
//! - `lookup`: exact match of every ID the catalog lists as written (base, Provisioned
//!   Throughput and inference-profile IDs). `catalog::model` (the public exact match, base IDs
//!   only) and `judge` (every form: it also parses and computes the lifecycle status), each
//!   beside a `HashMap<&str, &Model>` built from the same IDs.
//! - `parse`: the full run-time parse into a `ModelId`: `ModelIdBuf::parse_as_of` on a date
//!   before any lifecycle event of the IDs it accepts then (all but the two customization-only
//!   base IDs), and `str::parse` of the IDs it accepts today, each beside the same `HashMap`
//!   lookup of the same IDs. Refusals are the slow path (they build the error); `reject` times
//!   those.
//! - `reject`: parsing mistyped IDs, bare and inside an ARN, which computes the suggestions.
//!
//! Criterion reports absolute times only. After its report, in benchmark mode, this binary
//! times each pair again in interleaved rounds (ours, then the `HashMap`, alternately, so drift
//! affects both alike) and prints the median per-round ratio as `ratio <ours>/hashmap = X.XX`.

use std::collections::HashMap;
use std::hint::black_box;
use std::time::{Duration, Instant};

use bedrock_model_id::{
    Error, ModelIdBuf, catalog,
    catalog::Model,
    lifecycle::Date,
    verdict::{Verdict, judge},
};
use criterion::Criterion;

/// A date before every lifecycle event in the catalog: every ID is Active on it.
const BEFORE_LIFECYCLE: Date = match Date::new(2023, 1, 1) {
    Some(date) => date,
    None => panic!("2023-01-01 is a date"),
};

/// A transposition typo of `anthropic.claude-v2:1`.
const TYPO: &str = "anthropic.cluade-v2:1";
/// The same typo inside a foundation-model ARN.
const TYPO_ARN: &str = "arn:aws:bedrock:us-east-1::foundation-model/anthropic.cluade-v2:1";

struct Inputs {
    /// Every base model ID.
    base: Vec<&'static str>,
    /// Every ID the catalog accepts as written: base, Provisioned Throughput and
    /// inference-profile IDs.
    all: Vec<&'static str>,
    /// Those of `all` that `ModelIdBuf::parse_as_of` accepts on `BEFORE_LIFECYCLE`: all but the
    /// base IDs of models AWS allows only after customization (Llama 2 13B, 70B).
    accepted_before_lifecycle: Vec<&'static str>,
    /// Those of `all` that `str::parse` accepts today (the others are end-of-life or callable
    /// only through a profile, and are errors).
    accepted_today: Vec<&'static str>,
    /// The baseline: every ID in `all` mapped to its model.
    map: HashMap<&'static str, &'static Model>,
}

impl Inputs {
    fn new() -> Inputs {
        let base: Vec<&'static str> = catalog::models().map(Model::id).collect();
        let mut map = HashMap::new();
        for model in catalog::models() {
            map.insert(model.id(), model);
            for variant in model.provisioned() {
                map.insert(variant.id(), model);
            }
            let prefixes = model
                .availability()
                .map_or(&[][..], |a| a.profile_prefixes());
            for prefix in prefixes {
                let profile: &'static str = format!("{prefix}.{}", model.id()).leak();
                map.insert(profile, model);
            }
        }
        let mut all: Vec<&'static str> = map.keys().copied().collect();
        all.sort_unstable();
        assert!(catalog::ids().all(|id| map.contains_key(id)));
        let accepted_before_lifecycle = all
            .iter()
            .copied()
            .filter(|id| ModelIdBuf::parse_as_of(id, BEFORE_LIFECYCLE, None).is_ok())
            .collect();
        let accepted_today = all
            .iter()
            .copied()
            .filter(|id| id.parse::<ModelIdBuf>().is_ok())
            .collect();
        Inputs {
            base,
            all,
            accepted_before_lifecycle,
            accepted_today,
            map,
        }
    }
}

// The routines: each returns how many inputs it found or accepted, so none is optimized away
// and the setup can check that each does what its name says.

fn catalog_model(ids: &[&'static str]) -> usize {
    ids.iter()
        .filter(|id| catalog::model(black_box(id)).is_some())
        .count()
}

fn hashmap(map: &HashMap<&'static str, &'static Model>, ids: &[&'static str]) -> usize {
    ids.iter()
        .filter(|id| map.get(black_box(*id)).is_some())
        .count()
}

fn judge_all(ids: &[&'static str]) -> usize {
    ids.iter()
        .filter(|id| {
            matches!(
                judge(black_box(id), BEFORE_LIFECYCLE, None),
                Verdict::Active(_) | Verdict::Deprecated(..)
            )
        })
        .count()
}

fn parse_as_of(ids: &[&'static str]) -> usize {
    ids.iter()
        .filter(|id| ModelIdBuf::parse_as_of(black_box(id), BEFORE_LIFECYCLE, None).is_ok())
        .count()
}

fn from_str(ids: &[&'static str]) -> usize {
    ids.iter()
        .filter(|id| black_box(id).parse::<ModelIdBuf>().is_ok())
        .count()
}

fn reject(input: &str) -> usize {
    match black_box(input).parse::<ModelIdBuf>() {
        Err(Error::Unknown(unknown)) => unknown.suggestions().len(),
        _ => 0,
    }
}

fn check_routines(inputs: &Inputs) {
    let (base, all) = (inputs.base.len(), inputs.all.len());
    assert_eq!(catalog_model(&inputs.base), base);
    assert_eq!(
        catalog_model(&inputs.all),
        base,
        "PT and profile IDs are not base IDs"
    );
    assert_eq!(hashmap(&inputs.map, &inputs.all), all);
    // All but the base IDs of models AWS allows only after customization (Llama 2 13B, 70B).
    let callable = inputs
        .all
        .iter()
        .filter(|id| {
            catalog::model(id).is_none_or(bedrock_model_id::catalog::Model::supports_on_demand)
        })
        .count();
    assert_eq!(judge_all(&inputs.all), callable);
    assert_eq!(parse_as_of(&inputs.all), callable);
    assert_eq!(inputs.accepted_before_lifecycle.len(), callable);
    let today = inputs.accepted_today.len();
    assert_eq!(from_str(&inputs.accepted_today), today);
    assert!(today > all / 2, "{today} of {all} IDs accepted today");
    for typo in [TYPO, TYPO_ARN] {
        assert!(reject(typo) > 0, "`{typo}` is rejected with suggestions");
    }
}

fn bench_lookup(c: &mut Criterion, inputs: &Inputs) {
    let (base, all) = (inputs.base.len(), inputs.all.len());
    let mut group = c.benchmark_group("lookup");
    group.bench_function(format!("catalog_model/{base}_base_ids"), |b| {
        b.iter(|| catalog_model(black_box(&inputs.base)));
    });
    group.bench_function(format!("hashmap/{base}_base_ids"), |b| {
        b.iter(|| hashmap(&inputs.map, black_box(&inputs.base)));
    });
    group.bench_function(format!("judge/{all}_ids"), |b| {
        b.iter(|| judge_all(black_box(&inputs.all)));
    });
    group.bench_function(format!("hashmap/{all}_ids"), |b| {
        b.iter(|| hashmap(&inputs.map, black_box(&inputs.all)));
    });
    group.finish();
}

fn bench_parse(c: &mut Criterion, inputs: &Inputs) {
    let before = inputs.accepted_before_lifecycle.len();
    let today = inputs.accepted_today.len();
    let mut group = c.benchmark_group("parse");
    group.bench_function(format!("parse_as_of/{before}_ids"), |b| {
        b.iter(|| parse_as_of(black_box(&inputs.accepted_before_lifecycle)));
    });
    group.bench_function(format!("hashmap/{before}_ids"), |b| {
        b.iter(|| hashmap(&inputs.map, black_box(&inputs.accepted_before_lifecycle)));
    });
    group.bench_function(format!("from_str/{today}_ids_accepted_today"), |b| {
        b.iter(|| from_str(black_box(&inputs.accepted_today)));
    });
    group.bench_function(format!("hashmap/{today}_ids_accepted_today"), |b| {
        b.iter(|| hashmap(&inputs.map, black_box(&inputs.accepted_today)));
    });
    group.finish();
}

fn bench_reject(c: &mut Criterion) {
    let mut group = c.benchmark_group("reject");
    group.bench_function("from_str/typo", |b| b.iter(|| reject(TYPO)));
    group.bench_function("from_str/typo_in_arn", |b| b.iter(|| reject(TYPO_ARN)));
    group.finish();
}

/// Whether criterion runs in benchmark mode (its rule: `--bench` given, and none of `--test`,
/// `--list`, `--profile-time`). `cargo test --benches` runs the binary without `--bench`.
fn benchmark_mode() -> bool {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let has = |flag: &str| {
        args.iter()
            .any(|a| a == flag || a.starts_with(&format!("{flag}=")))
    };
    has("--bench") && !has("--test") && !has("--list") && !has("--profile-time")
}

/// Times `ours` and `baseline` alternately and returns the median per-round ratio and the
/// median time of each per call, in nanoseconds.
fn paired(mut ours: impl FnMut() -> usize, mut baseline: impl FnMut() -> usize) -> (f64, f64, f64) {
    const ROUNDS: usize = 201;
    const ROUND: Duration = Duration::from_millis(1);
    // Calls per timing, so that one timing of `ours` lasts about `ROUND`.
    let mut calls: u32 = 1;
    loop {
        let start = Instant::now();
        for _ in 0..calls {
            black_box(ours());
        }
        if start.elapsed() >= ROUND || calls >= 1 << 24 {
            break;
        }
        calls *= 2;
    }
    let time = |f: &mut dyn FnMut() -> usize| {
        let start = Instant::now();
        for _ in 0..calls {
            black_box(f());
        }
        start.elapsed().as_secs_f64() * 1e9 / f64::from(calls)
    };
    let (mut ratios, mut ours_ns, mut baseline_ns) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        let a = time(&mut ours);
        let b = time(&mut baseline);
        ratios.push(a / b);
        ours_ns.push(a);
        baseline_ns.push(b);
    }
    (median(ratios), median(ours_ns), median(baseline_ns))
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// A routine over a list of IDs, returning how many it found or accepted.
type Routine = fn(&[&'static str]) -> usize;

fn print_ratios(inputs: &Inputs) {
    let (base, all) = (inputs.base.len(), inputs.all.len());
    let pairs: [(&str, String, Routine, &[&'static str]); 4] = [
        (
            "lookup",
            format!("catalog::model vs HashMap::get, {base} base IDs"),
            catalog_model,
            &inputs.base,
        ),
        (
            "judge",
            format!("judge vs HashMap::get, {all} IDs"),
            judge_all,
            &inputs.all,
        ),
        (
            "parse_as_of",
            format!(
                "ModelIdBuf::parse_as_of vs HashMap::get, the {} IDs accepted on 2023-01-01",
                inputs.accepted_before_lifecycle.len()
            ),
            parse_as_of,
            &inputs.accepted_before_lifecycle,
        ),
        (
            "from_str",
            format!(
                "str::parse::<ModelIdBuf> vs HashMap::get, the {} IDs accepted today",
                inputs.accepted_today.len()
            ),
            from_str,
            &inputs.accepted_today,
        ),
    ];
    println!("\nratios (our time / HashMap time), interleaved timed loops after criterion's:");
    for (name, what, ours, ids) in pairs {
        let (ratio, ours_ns, baseline_ns) = paired(
            || ours(black_box(ids)),
            || hashmap(&inputs.map, black_box(ids)),
        );
        #[expect(
            clippy::cast_precision_loss,
            reason = "a few hundred IDs, exact in an f64"
        )]
        let per_id = |ns: f64| ns / ids.len() as f64;
        println!(
            "ratio {name}/hashmap = {ratio:.2}  ({what}: {:.1} ns vs {:.1} ns per ID)",
            per_id(ours_ns),
            per_id(baseline_ns),
        );
    }
}

fn main() {
    let inputs = Inputs::new();
    check_routines(&inputs);
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(2))
        .sample_size(50)
        .nresamples(20_000)
        .configure_from_args();
    bench_lookup(&mut criterion, &inputs);
    bench_parse(&mut criterion, &inputs);
    bench_reject(&mut criterion);
    criterion.final_summary();
    if benchmark_mode() {
        print_ratios(&inputs);
    }
}
