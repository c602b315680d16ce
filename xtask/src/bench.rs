//! `cargo xtask bench [--runs N] [--quick]`: what `model_id!` costs, measured side by side.
//!
//! Everything is generated under `target/bench-compile/` (a cargo workspace of its own, never
//! committed) and built with the cargo that runs this task, so every variant uses the same
//! toolchain, the dev profile (release for section 3) and `BEDROCK_MODEL_ID_AS_OF` pinned to
//! [`AS_OF`]. See `BENCHMARKS.md` for the method and the figures.
//!
//! 1. Cost per invocation: crates of `--calls` (2,000) `pub const` items (and, for comparison,
//!    `pub static` items and `pub fn` bodies), rebuilt with
//!    `cargo build -p <crate>` after a touch of their source, incremental compilation off. Each
//!    macro is compared with its own baseline: the same crate with plain string literals (and
//!    one call of the macro in both, so that loading the macro and its crates cancels out).
//!    Compared macros: `model_id!`, `uuid::uuid!` (default features, and `macro-diagnostics`),
//!    and a do-nothing proc macro that parses its string literal with `syn` (the floor).
//!    Hand-expanded variants split `model_id!`'s cost into its parts.
//! 2. Fixed cost: clean builds (fresh target directory, dependencies included) of a crate
//!    with one `model_id!` call and of one with one call of the do-nothing proc macro.
//! 3. Run-time cost: the size of a release binary with one `model_id!` against the same with a
//!    plain literal, and whether the catalog's lookup table is linked.
//! 4. `cargo bench --bench lookup`, if the bench exists: its printed ratios.
//! 5. The account catalog: a bad file is parsed once per crate, not once per call
//!    (`bench_account.rs`).
//!
//! Variants are timed in interleaved rounds (A, B, C, A, B, C, ...) so that load from other
//! processes hits all of them alike; each figure is a median.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Instant, SystemTime};

const USAGE: &str = "usage: cargo xtask bench [--runs N] [--quick] [--calls N] [--clean-runs N] \
     [--only 1|2|3|4|5]...";

/// The date lifecycle is judged as of in every build, so that results do not drift with the
/// calendar: the catalog's availability snapshot.
pub(crate) const AS_OF: &str = "2026-08-21";
const AS_OF_VAR: &str = "BEDROCK_MODEL_ID_AS_OF";

/// The goals of the issue.
const GOAL_UUID: f64 = 0.25;
const GOAL_FLOOR: f64 = 2.0;
const GOAL_SIZE: u64 = 1024;

/// Attempts per timed build before giving up on a clean sample (another process rebuilt a
/// dependency, or held a cargo lock, while it ran).
const ATTEMPTS: usize = 4;

struct Options {
    runs: usize,
    clean_runs: usize,
    calls: usize,
    quick: bool,
    sections: [bool; 5],
}

impl Options {
    fn parse(args: &[&str]) -> Result<Options, String> {
        let mut runs = None;
        let mut clean_runs = None;
        let mut calls = None;
        let mut quick = false;
        let mut only = [false; 5];
        let mut args = args.iter();
        while let Some(&arg) = args.next() {
            let mut number = |name: &str| -> Result<usize, String> {
                let value = args
                    .next()
                    .ok_or_else(|| format!("{name} needs a value\n{USAGE}"))?;
                match value.parse::<usize>() {
                    Ok(n) if n > 0 => Ok(n),
                    _ => Err(format!(
                        "{name}: `{value}` is not a positive number\n{USAGE}"
                    )),
                }
            };
            match arg {
                "--runs" => runs = Some(number("--runs")?),
                "--clean-runs" => clean_runs = Some(number("--clean-runs")?),
                "--calls" => calls = Some(number("--calls")?),
                "--only" => match number("--only")? {
                    n @ 1..=5 => only[n - 1] = true,
                    n => return Err(format!("--only: no section {n}\n{USAGE}")),
                },
                "--quick" => quick = true,
                "-h" | "--help" => return Err(USAGE.to_owned()),
                other => return Err(format!("unknown argument `{other}`\n{USAGE}")),
            }
        }
        let runs = runs.unwrap_or(if quick { 3 } else { 7 });
        Ok(Options {
            runs,
            clean_runs: clean_runs.unwrap_or(if quick { 1 } else { runs }),
            calls: calls.unwrap_or(if quick { 500 } else { 2000 }),
            quick,
            sections: if only.contains(&true) {
                only
            } else {
                [true; 5]
            },
        })
    }
}

/// Runs the benchmarks, printing results as they come; returns the closing line.
pub fn run(root: &Path, args: &[&str]) -> Result<String, String> {
    let options = Options::parse(args)?;
    let started = Instant::now();
    let bench = Bench::new(root)?;
    bench.print_header(&options);
    bench.write_static_crates()?;
    let ids = bench.catalog_ids()?;
    bench.write_generated_crates(&ids, options.calls)?;
    let mut summary = Vec::new();
    if options.sections[0] {
        summary.extend(bench.per_invocation(&options)?);
    }
    if options.sections[1] {
        summary.extend(bench.fixed_cost(&options)?);
    }
    if options.sections[2] {
        summary.extend(bench.binary_size(&ids)?);
    }
    if options.sections[3] {
        summary.extend(bench.lookup(&options)?);
    }
    if options.sections[4] {
        summary.extend(crate::bench_account::run(
            &bench.root,
            &bench.cargo,
            options.runs,
        )?);
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
        bench.dir.display()
    ))
}

/// One model ID the catalog accepts on [`AS_OF`], with what the macro expands it to.
struct CatalogId {
    id: String,
    /// `Some(note)` for an ID the macro accepts with a deprecation warning; the note as a Rust
    /// string literal.
    deprecated: Option<String>,
    form: String,
    model_static: String,
    /// The model's index in the catalog, as the expansion passes it.
    model_index: String,
    provisioned_index: Option<u8>,
    model_name: String,
}

impl CatalogId {
    /// The name of the ID's constant in `bedrock_model_id::__private::ids` (and in `models`).
    fn constant(&self) -> String {
        self.id
            .chars()
            .map(|c| match c {
                'a'..='z' | 'A'..='Z' | '0'..='9' => c.to_ascii_uppercase(),
                _ => '_',
            })
            .collect()
    }

    /// The constructor call of `model_id!`'s expansion (see `value` in macros/src/lib.rs).
    fn constructor(&self) -> String {
        let text = format!("{:?}", self.id);
        let form = format!("::bedrock_model_id::Form::{}", self.form);
        let model = format!("{}u16", self.model_index);
        match self.provisioned_index {
            Some(index) => format!(
                "::bedrock_model_id::ModelId::__provisioned({text}, {form}, {model}, {index}u8)"
            ),
            None => format!("::bedrock_model_id::ModelId::__catalog({text}, {form}, {model})"),
        }
    }
}

/// The IDs the benchmark crates use.
struct Ids {
    active: Vec<CatalogId>,
    deprecated: Vec<CatalogId>,
}

impl Ids {
    fn active(&self, i: usize) -> &CatalogId {
        &self.active[i % self.active.len()]
    }

    fn deprecated(&self, i: usize) -> &CatalogId {
        &self.deprecated[i % self.deprecated.len()]
    }
}

/// A distinct, valid UUID for each `i`.
fn uuid(i: usize) -> String {
    let mut state = (i as u64).wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut next = || {
        // splitmix64
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    };
    let (high, low) = (next(), next());
    format!(
        "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
        high >> 32,
        (high >> 16) & 0xffff,
        high & 0xfff,
        low >> 52,
        low & 0xffff_ffff_ffff
    )
}

/// What a generated crate depends on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Dep {
    ModelId,
    Uuid,
    UuidDiagnostics,
    Floor,
}

impl Dep {
    fn manifest_line(self, root: &str) -> String {
        match self {
            Dep::ModelId => format!("bedrock-model-id = {{ path = {root} }}"),
            Dep::Uuid => "uuid = \"1\"".to_owned(),
            Dep::UuidDiagnostics => {
                "uuid = { version = \"1\", features = [\"macro-diagnostics\"] }".to_owned()
            }
            Dep::Floor => "bench_floor = { path = \"../bench_floor\" }".to_owned(),
        }
    }
}

/// A crate of section 1: `calls` items after one call of its macro.
struct Variant {
    name: &'static str,
    dep: Dep,
    /// The crate of the same family with plain literals, subtracted from this one.
    baseline: &'static str,
    what: &'static str,
}

const VARIANTS: &[Variant] = &[
    Variant {
        name: "mid_lit",
        dep: Dep::ModelId,
        baseline: "mid_lit",
        what: "`pub const C: &str = \"<model ID>\";` (baseline of model_id!)",
    },
    Variant {
        name: "mid_macro",
        dep: Dep::ModelId,
        baseline: "mid_lit",
        what: "`pub const C: ModelId = model_id!(\"<Active ID>\");`",
    },
    Variant {
        name: "uuid_lit",
        dep: Dep::Uuid,
        baseline: "uuid_lit",
        what: "`pub const C: &str = \"<UUID>\";` (baseline of uuid!)",
    },
    Variant {
        name: "uuid_macro",
        dep: Dep::Uuid,
        baseline: "uuid_lit",
        what: "`pub const C: Uuid = uuid!(\"<UUID>\");`, uuid default features",
    },
    Variant {
        name: "uuidd_lit",
        dep: Dep::UuidDiagnostics,
        baseline: "uuidd_lit",
        what: "`pub const C: &str = \"<UUID>\";` (baseline, uuid with macro-diagnostics)",
    },
    Variant {
        name: "uuidd_macro",
        dep: Dep::UuidDiagnostics,
        baseline: "uuidd_lit",
        what: "`pub const C: Uuid = uuid!(\"<UUID>\");`, uuid feature macro-diagnostics",
    },
    Variant {
        name: "floor_lit",
        dep: Dep::Floor,
        baseline: "floor_lit",
        what: "`pub const C: &str = \"<model ID>\";` (baseline of floor!)",
    },
    Variant {
        name: "floor_macro",
        dep: Dep::Floor,
        baseline: "floor_lit",
        what: "`pub const C: &str = floor!(\"<model ID>\");`, the do-nothing proc macro",
    },
    Variant {
        name: "mid_macro_opt",
        dep: Dep::ModelId,
        baseline: "mid_lit",
        what: "as mid_macro, with the proc macro and its crates optimized: build-override opt-level=3",
    },
    Variant {
        name: "mid_direct",
        dep: Dep::ModelId,
        baseline: "mid_lit",
        what: "`__private::model_id!(::bedrock_model_id, \"..\")`: no macro_rules wrapper",
    },
    Variant {
        name: "mid_hand_path",
        dep: Dep::ModelId,
        baseline: "mid_lit",
        what: "hand-written expansion: the catalog's constant, `__private::ids::<ID>` (what model_id! expands to)",
    },
    Variant {
        name: "mid_hand_ctor",
        dep: Dep::ModelId,
        baseline: "mid_lit",
        what: "the constructor call instead, `ModelId::__catalog(\"..\", Form::.., <index>)` (the expansion before cut 3)",
    },
    Variant {
        name: "mid_hand_nostatic",
        dep: Dep::ModelId,
        baseline: "mid_lit",
        what: "constructor without the `&'static Model`: `ModelId::__account_specific(\"..\", Form::..)`",
    },
    Variant {
        name: "mid_hand_empty",
        dep: Dep::ModelId,
        baseline: "mid_lit",
        what: "`ModelId::__after_error()`: a `ModelId` constant with no arguments",
    },
    Variant {
        name: "mid_legacy_macro",
        dep: Dep::ModelId,
        baseline: "mid_lit",
        what: "`model_id!(\"<Legacy ID>\")`: one `deprecated` warning per call",
    },
    Variant {
        name: "mid_legacy_allowed",
        dep: Dep::ModelId,
        baseline: "mid_lit",
        what: "`model_id!(\"<Legacy ID>\")` under `#![allow(deprecated)]`: no warning printed",
    },
    Variant {
        name: "mid_legacy_hand",
        dep: Dep::ModelId,
        baseline: "mid_lit",
        what: "hand-written Legacy expansion: tracking + `#[deprecated] const` + constructor",
    },
    Variant {
        name: "mid_static_lit",
        dep: Dep::ModelId,
        baseline: "mid_static_lit",
        what: "`pub static C: &str = \"<model ID>\";` (baseline of static items)",
    },
    Variant {
        name: "mid_static_macro",
        dep: Dep::ModelId,
        baseline: "mid_static_lit",
        what: "`pub static C: ModelId = model_id!(\"<Active ID>\");`: a static, not a const",
    },
    Variant {
        name: "mid_fn_lit",
        dep: Dep::ModelId,
        baseline: "mid_fn_lit",
        what: "`pub fn c() -> &'static str { \"<model ID>\" }` (baseline of calls in fn bodies)",
    },
    Variant {
        name: "mid_fn_macro",
        dep: Dep::ModelId,
        baseline: "mid_fn_lit",
        what: "`pub fn c() -> ModelId { model_id!(\"<Active ID>\") }`: in a fn body, not a const",
    },
];

/// The extra cargo arguments a variant is built with.
fn cargo_args(variant: &str) -> &'static [&'static str] {
    match variant {
        "mid_macro_opt" => &["--config", "profile.dev.build-override.opt-level=3"],
        _ => &[],
    }
}

/// The `option_env!` block every expansion starts with.
const TRACK: &str = "let _ = (::core::option_env!(\"BEDROCK_MODEL_ID_AS_OF\"), \
     ::core::option_env!(\"SOURCE_DATE_EPOCH\"),);";

fn variant_source(variant: &Variant, ids: &Ids, calls: usize) -> String {
    let mut source = format!(
        "//! Generated by `cargo xtask bench` (xtask/src/bench.rs): {} calls of\n//! {}\n",
        calls, variant.what
    );
    if variant.name == "mid_legacy_allowed" {
        source.push_str("#![allow(deprecated)]\n");
    }
    // One call of the family's macro, in the baseline too: loading the macro and the crates it
    // names is a fixed cost, not a per-call one.
    let anchor = &ids.active(0).id;
    let header = match variant.dep {
        Dep::ModelId => {
            format!(
                "use bedrock_model_id::{{ModelId, model_id}};\npub const A: ModelId = model_id!({anchor:?});\n"
            )
        }
        Dep::Uuid | Dep::UuidDiagnostics => format!(
            "use uuid::{{Uuid, uuid}};\npub const A: Uuid = uuid!({:?});\n",
            uuid(calls)
        ),
        Dep::Floor => {
            format!("use bench_floor::floor;\npub const A: &str = floor!({anchor:?});\n")
        }
    };
    source.push_str(&header);
    for i in 0..calls {
        let active = ids.active(i);
        let deprecated = ids.deprecated(i);
        if variant.name == "mid_fn_lit" {
            let _ = writeln!(
                source,
                "pub fn c{i}() -> &'static str {{ {:?} }}",
                active.id
            );
            continue;
        }
        if variant.name == "mid_fn_macro" {
            let _ = writeln!(
                source,
                "pub fn c{i}() -> ModelId {{ model_id!({:?}) }}",
                active.id
            );
            continue;
        }
        let item = match variant.name {
            "mid_lit" | "floor_lit" | "mid_static_lit" => format!("&str = {:?}", active.id),
            "uuid_lit" | "uuidd_lit" => format!("&str = {:?}", uuid(i)),
            "uuid_macro" | "uuidd_macro" => format!("Uuid = uuid!({:?})", uuid(i)),
            "floor_macro" => format!("&str = floor!({:?})", active.id),
            "mid_macro" | "mid_macro_opt" | "mid_static_macro" => {
                format!("ModelId = model_id!({:?})", active.id)
            }
            "mid_legacy_macro" | "mid_legacy_allowed" => {
                format!("ModelId = model_id!({:?})", deprecated.id)
            }
            "mid_direct" => format!(
                "ModelId = ::bedrock_model_id::__private::model_id!(::bedrock_model_id, {:?})",
                active.id
            ),
            "mid_hand_path" => format!(
                "ModelId = ::bedrock_model_id::__private::ids::{}",
                active.constant()
            ),
            "mid_hand_ctor" => format!("ModelId = {}", active.constructor()),
            "mid_hand_nostatic" => format!(
                "ModelId = ::bedrock_model_id::ModelId::__account_specific({:?}, \
                 ::bedrock_model_id::Form::{})",
                active.id, active.form
            ),
            "mid_hand_empty" => "ModelId = ::bedrock_model_id::ModelId::__after_error()".to_owned(),
            "mid_legacy_hand" => format!(
                "ModelId = {{ {TRACK} #[deprecated(note = {})] #[allow(non_upper_case_globals)] \
                 const model_lifecycle: () = (); let _ = model_lifecycle; {} }}",
                deprecated.deprecated.as_deref().unwrap_or("\"\""),
                deprecated.constructor()
            ),
            other => unreachable!("no source for variant {other}"),
        };
        let keyword = if variant.name.starts_with("mid_static") {
            "static"
        } else {
            "const"
        };
        let _ = writeln!(source, "pub {keyword} C{i}: {item};");
    }
    source
}

const IDS_MAIN: &str = r#"//! Generated by `cargo xtask bench`: prints the catalog IDs that `model_id!` accepts as of
//! BEDROCK_MODEL_ID_AS_OF, with what the macro expands them to, one per line:
//! verdict, ID, form, model static, Provisioned Throughput index, note (a Rust literal), model name,
//! model index.
use std::hint::black_box;
use std::time::{Duration, Instant};

use bedrock_model_id::{AS_OF_VAR, Date, Verdict, as_of, catalog, judge, models};
use bedrock_model_id_core::catalog::static_name;

fn main() {
    let pinned = std::env::var(AS_OF_VAR).ok();
    let date = as_of(pinned.as_deref(), None, Date::today_utc).expect("a valid date");
    let mut seen = std::collections::BTreeSet::new();
    let texts = models::ALL
        .into_iter()
        .map(|id| id.as_str().to_owned())
        .chain(catalog::ids().map(str::to_owned));
    for text in texts {
        if !seen.insert(text.clone()) {
            continue;
        }
        let (verdict, identified, note) = match judge(&text, date, None) {
            Verdict::Active(identified) => ("active", identified, String::new()),
            Verdict::Deprecated(identified, notice) => ("deprecated", identified, notice.to_string()),
            _ => continue,
        };
        let Some(model) = identified.model() else {
            continue;
        };
        let index = identified
            .__provisioned_index()
            .map_or_else(|| "-".to_owned(), |index| index.to_string());
        println!(
            "{verdict}\t{text}\t{}\t{}\t{index}\t{note:?}\t{}\t{}",
            identified.form().__variant_name(),
            static_name(model.id()),
            model.name(),
            model.__index(),
        );
    }
    // The time of judge() in this unoptimized build, as the proc macro runs it by default.
    let start = Instant::now();
    let mut judged: u32 = 0;
    while start.elapsed() < Duration::from_millis(300) {
        for text in &seen {
            black_box(judge(black_box(text), date, None));
            judged += 1;
        }
    }
    println!("judge\t{}", start.elapsed().as_nanos() / u128::from(judged));
}
"#;

const FLOOR_LIB: &str = r#"//! Generated by `cargo xtask bench`: the floor for any proc macro. Parses its one string
//! literal with `syn` (the features `model_id!` uses) and returns its input unchanged.
use proc_macro::TokenStream;

#[proc_macro]
pub fn floor(input: TokenStream) -> TokenStream {
    let literal: syn::LitStr = syn::parse(input.clone()).expect("floor! takes one string literal");
    std::hint::black_box(literal.value());
    input
}
"#;

/// The crates that are not in [`VARIANTS`].
const OTHER_CRATES: &[&str] = &[
    "bench_ids",
    "bench_floor",
    "fixed_mid",
    "fixed_floor",
    "size_mid",
    "size_lit",
];

struct Bench {
    root: PathBuf,
    /// `target/bench-compile`: the generated workspace.
    dir: PathBuf,
    cargo: PathBuf,
}

impl Bench {
    fn new(root: &Path) -> Result<Bench, String> {
        let root = root
            .canonicalize()
            .map_err(|e| format!("{}: {e}", root.display()))?;
        let dir = root.join("target").join("bench-compile");
        let cargo = std::env::var_os("CARGO").map_or_else(|| PathBuf::from("cargo"), PathBuf::from);
        Ok(Bench { root, dir, cargo })
    }

    fn shared_target(&self) -> PathBuf {
        self.dir.join("target")
    }

    /// A cargo command in the generated workspace, with the environment pinned.
    fn cargo(&self, target_dir: &Path) -> Command {
        let mut command = Command::new(&self.cargo);
        command
            .current_dir(&self.dir)
            .stdin(Stdio::null())
            .env("CARGO_TARGET_DIR", target_dir)
            .env("CARGO_INCREMENTAL", "0")
            .env(AS_OF_VAR, AS_OF)
            .env("CARGO_TERM_COLOR", "never")
            .env("CARGO_TERM_PROGRESS_WHEN", "never")
            // No sccache or other wrapper: it would time the cache, not the compiler.
            .env("RUSTC_WRAPPER", "")
            .env("RUSTC_WORKSPACE_WRAPPER", "");
        for var in [
            "SOURCE_DATE_EPOCH",
            "BEDROCK_MODEL_ID_CATALOG",
            "RUSTFLAGS",
            "CARGO_ENCODED_RUSTFLAGS",
            "CARGO_BUILD_RUSTFLAGS",
            "CARGO_BUILD_TARGET",
            "CARGO_MAKEFLAGS",
            "MAKEFLAGS",
            "MFLAGS",
        ] {
            command.env_remove(var);
        }
        command
    }

    fn print_header(&self, options: &Options) {
        let version = |program: &Path, arg: &str| {
            Command::new(program)
                .arg(arg)
                .current_dir(&self.root)
                .output()
                .ok()
                .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
                .unwrap_or_else(|| "?".to_owned())
        };
        println!("bedrock-model-id compile-time benchmarks (cargo xtask bench)");
        println!(
            "{}; {}; {} CPUs; {}",
            version(Path::new("rustc"), "-V"),
            version(&self.cargo, "-V"),
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

    fn crate_dir(&self, name: &str) -> PathBuf {
        self.dir.join("crates").join(name)
    }

    /// The workspace, every manifest, and the sources that do not depend on the catalog.
    fn write_static_crates(&self) -> Result<(), String> {
        fs::create_dir_all(&self.dir).map_err(|e| format!("{}: {e}", self.dir.display()))?;
        write_if_changed(
            &self.dir.join("Cargo.toml"),
            "# Generated by `cargo xtask bench` (xtask/src/bench.rs); never committed.\n\
             [workspace]\nmembers = [\"crates/*\"]\nresolver = \"3\"\n",
        )?;
        // Start from the workspace's lock file, so shared dependencies have the same versions.
        let lock = self.dir.join("Cargo.lock");
        if !lock.exists() {
            let _ = fs::copy(self.root.join("Cargo.lock"), &lock);
        }
        let root = toml::Value::String(self.root.display().to_string()).to_string();
        let core = toml::Value::String(self.root.join("core").display().to_string()).to_string();
        let manifest = |name: &str, extra: &str, deps: &[String]| {
            let mut text = format!(
                "# Generated by `cargo xtask bench`.\n[package]\nname = \"{name}\"\n\
                 version = \"0.0.0\"\nedition = \"2024\"\npublish = false\n{extra}\n[dependencies]\n"
            );
            for dep in deps {
                text.push_str(dep);
                text.push('\n');
            }
            text
        };
        for variant in VARIANTS {
            let dir = self.crate_dir(variant.name);
            write_if_changed(
                &dir.join("Cargo.toml"),
                &manifest(variant.name, "", &[variant.dep.manifest_line(&root)]),
            )?;
            write_if_absent(&dir.join("src/lib.rs"), "")?;
        }
        let mid = Dep::ModelId.manifest_line(&root);
        let floor = Dep::Floor.manifest_line(&root);
        let crates: [(&str, String, &str, &str); 6] = [
            (
                "bench_ids",
                manifest(
                    "bench_ids",
                    "",
                    &[mid.clone(), format!("bedrock-model-id-core = {{ path = {core} }}")],
                ),
                "src/main.rs",
                IDS_MAIN,
            ),
            (
                "bench_floor",
                manifest(
                    "bench_floor",
                    "\n[lib]\nproc-macro = true\n",
                    &["syn = { version = \"3\", default-features = false, features = [\"parsing\", \"proc-macro\"] }".to_owned()],
                ),
                "src/lib.rs",
                FLOOR_LIB,
            ),
            ("fixed_mid", manifest("fixed_mid", "", std::slice::from_ref(&mid)), "src/lib.rs", ""),
            ("fixed_floor", manifest("fixed_floor", "", &[floor]), "src/lib.rs", ""),
            ("size_mid", manifest("size_mid", "", &[mid]), "src/main.rs", ""),
            ("size_lit", manifest("size_lit", "", &[]), "src/main.rs", ""),
        ];
        debug_assert_eq!(crates.len(), OTHER_CRATES.len());
        for (name, manifest, file, source) in crates {
            let dir = self.crate_dir(name);
            write_if_changed(&dir.join("Cargo.toml"), &manifest)?;
            if source.is_empty() {
                write_if_absent(&dir.join(file), "fn main() {}\n")?;
            } else {
                write_if_changed(&dir.join(file), source)?;
            }
        }
        // Crates left from an older version of this harness would join the workspace.
        if let Ok(entries) = fs::read_dir(self.dir.join("crates")) {
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                let known = VARIANTS.iter().any(|v| v.name == name)
                    || OTHER_CRATES.contains(&name.as_str());
                if !known {
                    let _ = fs::remove_dir_all(entry.path());
                }
            }
        }
        Ok(())
    }

    /// Runs the generated `bench_ids` binary: the catalog's IDs as of [`AS_OF`].
    fn catalog_ids(&self) -> Result<Ids, String> {
        eprintln!("bench: resolving dependencies and listing the catalog's IDs as of {AS_OF}...");
        // Not offline: the first run may have to fetch `uuid`; every build after this is offline.
        checked(self.cargo(&self.shared_target()).args(["fetch", "--quiet"]))?;
        let output =
            checked(
                self.cargo(&self.shared_target())
                    .args(["run", "--quiet", "-p", "bench_ids"]),
            )?;
        let mut active = Vec::new();
        let mut deprecated = Vec::new();
        let mut judge_ns = None;
        for line in String::from_utf8_lossy(&output.stdout).lines() {
            if let Some(ns) = line.strip_prefix("judge\t") {
                judge_ns = ns.parse::<f64>().ok();
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            let [
                verdict,
                id,
                form,
                model_static,
                index,
                note,
                name,
                model_index,
            ] = fields[..]
            else {
                return Err(format!("bench_ids printed `{line}`"));
            };
            let entry = CatalogId {
                id: id.to_owned(),
                deprecated: (verdict == "deprecated").then(|| note.to_owned()),
                form: form.to_owned(),
                model_static: model_static.to_owned(),
                model_index: model_index.to_owned(),
                provisioned_index: index.parse().ok(),
                model_name: name.to_owned(),
            };
            if entry.deprecated.is_some() {
                deprecated.push(entry);
            } else {
                active.push(entry);
            }
        }
        if active.is_empty() || deprecated.is_empty() {
            return Err(format!(
                "expected both Active and Legacy IDs as of {AS_OF}; found {} and {}",
                active.len(),
                deprecated.len()
            ));
        }
        println!(
            "catalog as of {AS_OF}: {} Active IDs and {} Legacy (deprecated) IDs, cycled through",
            active.len(),
            deprecated.len()
        );
        if let Some(ns) = judge_ns {
            println!(
                "judge() of one ID in an unoptimized build (as the proc macro runs by default): {:.1} µs",
                ns / 1000.0
            );
        }
        Ok(Ids { active, deprecated })
    }

    fn write_generated_crates(&self, ids: &Ids, calls: usize) -> Result<(), String> {
        for variant in VARIANTS {
            write_if_changed(
                &self.crate_dir(variant.name).join("src/lib.rs"),
                &variant_source(variant, ids, calls),
            )?;
        }
        let anchor = &ids.active(0).id;
        write_if_changed(
            &self.crate_dir("fixed_mid").join("src/lib.rs"),
            &format!(
                "//! Generated by `cargo xtask bench`: one model_id! call.\n\
                 pub const A: bedrock_model_id::ModelId = bedrock_model_id::model_id!({anchor:?});\n"
            ),
        )?;
        write_if_changed(
            &self.crate_dir("fixed_floor").join("src/lib.rs"),
            &format!(
                "//! Generated by `cargo xtask bench`: one call of the do-nothing proc macro.\n\
                 pub const A: &str = bench_floor::floor!({anchor:?});\n"
            ),
        )?;
        let size = |body: &str| {
            format!(
                "//! Generated by `cargo xtask bench`: run-time cost of one ID.\n\
                 #[inline(never)]\nfn f(s: &str) {{\n    println!(\"{{s}}\");\n}}\n\n\
                 fn main() {{\n    f({body});\n}}\n"
            )
        };
        let id = size_id(ids);
        write_if_changed(
            &self.crate_dir("size_mid").join("src/main.rs"),
            &size(&format!(
                "bedrock_model_id::model_id!({:?}).as_str()",
                id.id
            )),
        )?;
        write_if_changed(
            &self.crate_dir("size_lit").join("src/main.rs"),
            &size(&format!("{:?}", id.id)),
        )?;
        Ok(())
    }

    /// `cargo build -p <package>` after `prepare` (a touch, or removing the target directory of a
    /// `clean` build, which also writes a `--timings` report): the build's wall time, and the CPU
    /// time of cargo and the compilers it ran where the system tells it.
    /// Retries when cargo compiled anything else or waited for a lock: someone else's edit or
    /// build, not this crate's cost.
    fn timed_build(
        &self,
        package: &str,
        target_dir: &Path,
        prepare: &dyn Fn() -> Result<(), String>,
        clean: bool,
    ) -> Result<Sample, String> {
        let extra = cargo_args(package);
        for attempt in 1..=ATTEMPTS {
            prepare()?;
            let mut command = self.cargo(target_dir);
            command
                .args(["build", "--offline", "-p", package])
                .args(extra);
            if clean {
                command.arg("--timings");
            }
            let cpu_before = children_cpu_seconds();
            let start = Instant::now();
            let output = checked(&mut command)?;
            let wall = start.elapsed().as_secs_f64();
            let cpu = match (cpu_before, children_cpu_seconds()) {
                (Some(before), Some(after)) => Some(after - before),
                _ => None,
            };
            let stderr = String::from_utf8_lossy(&output.stderr);
            let others = compiled_others(&stderr, package);
            let blocked = stderr.contains("Blocking waiting for file lock");
            if blocked || (!clean && !others.is_empty()) {
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

    fn touch(&self, package: &str) -> Result<(), String> {
        let path = self.crate_dir(package).join("src/lib.rs");
        fs::File::options()
            .write(true)
            .open(&path)
            .and_then(|file| file.set_modified(SystemTime::now()))
            .map_err(|e| format!("touch {}: {e}", path.display()))
    }

    /// Section 1.
    fn per_invocation(&self, options: &Options) -> Result<Vec<String>, String> {
        let calls = options.calls;
        println!(
            "\n== 1. cost per invocation: {calls} calls in one crate, `cargo build -p <crate>` after a \
             touch, dependencies built, median of {} ==",
            options.runs
        );
        let target = self.shared_target();
        let mut variants: Vec<&Variant> = Vec::new();
        let mut notes = Vec::new();
        for variant in VARIANTS {
            eprintln!("bench: warm-up build of {}...", variant.name);
            let output = run_unchecked(
                self.cargo(&target)
                    .args(["build", "--offline", "-p", variant.name])
                    .args(cargo_args(variant.name)),
            )?;
            let stderr = String::from_utf8_lossy(&output.stderr);
            if !output.status.success() {
                if variant.dep == Dep::UuidDiagnostics {
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
        let lock = fs::read_to_string(self.dir.join("Cargo.lock")).unwrap_or_default();
        if variants.iter().any(|v| v.dep == Dep::UuidDiagnostics)
            && !lock.contains("name = \"uuid-macro-internal\"")
        {
            notes.push(
                "uuid's `macro-diagnostics` feature pulls in no proc macro in this uuid version: \
                 uuidd_macro expands the same macro_rules! uuid! as uuid_macro"
                    .to_owned(),
            );
        }
        for note in &notes {
            println!("note: {note}");
        }
        let mut samples: Vec<Vec<Sample>> = vec![Vec::new(); variants.len()];
        for round in 1..=options.runs {
            eprintln!("bench: round {round}/{}", options.runs);
            for (variant, samples) in variants.iter().zip(&mut samples) {
                let touch = || self.touch(variant.name);
                samples.push(self.timed_build(variant.name, &target, &touch, false)?);
            }
        }
        let results = Results {
            names: variants.iter().map(|v| v.name).collect(),
            samples,
            calls,
        };
        let has_cpu = results.samples.iter().flatten().all(|s| s.cpu.is_some());
        println!(
            "{:<19} {:>8} {:>7} {:>7} {:>9} {:>8} {:>9}  what",
            "crate", "wall s", "min", "max", "µs/call", "CPU s", "µs/call"
        );
        for (variant, samples) in variants.iter().zip(&results.samples) {
            let wall: Vec<f64> = samples.iter().map(|s| s.wall).collect();
            let cost = |metric| {
                if variant.baseline == variant.name {
                    "baseline".to_owned()
                } else {
                    results
                        .per_call(variant.name, variant.baseline, metric)
                        .map_or_else(String::new, |c| format!("{c:.1}"))
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
            "(µs/call = (median − median of the family's baseline) / {calls}; \"CPU\" is the user+system \
             time of cargo and rustc, less sensitive to other processes than wall time)"
        );
        let mut summary = Vec::new();
        // Each side: a crate and the crate it is measured against.
        let mut ratio = |label: &str, ours: [&str; 2], theirs: [&str; 2], goal: Option<f64>| {
            let per_call =
                |[name, baseline]: [&str; 2], metric| results.per_call(name, baseline, metric);
            let (Some(a), Some(b)) = (per_call(ours, Metric::Wall), per_call(theirs, Metric::Wall))
            else {
                return;
            };
            let cpu = match (per_call(ours, Metric::Cpu), per_call(theirs, Metric::Cpu)) {
                (Some(a), Some(b)) if has_cpu && b > 0.0 => format!("; on CPU time {:.2}", a / b),
                _ => String::new(),
            };
            let line = if b <= 0.0 {
                format!(
                    "ratio {label} = n/a: {} costs {b:.1} µs/call, within noise",
                    theirs[0]
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
            summary.push(line);
        };
        let ours = ["mid_macro", "mid_lit"];
        let uuid = ["uuid_macro", "uuid_lit"];
        let floor = ["floor_macro", "floor_lit"];
        ratio("model_id/uuid", ours, uuid, Some(GOAL_UUID));
        ratio(
            "model_id/uuid(macro-diagnostics)",
            ours,
            ["uuidd_macro", "uuidd_lit"],
            None,
        );
        ratio("model_id/floor", ours, floor, Some(GOAL_FLOOR));
        // Without what its typed constant costs: the macro's own work and its tokens.
        ratio(
            "model_id (macro only: model_id! − its expansion written by hand)/floor",
            ["mid_macro", "mid_hand_path"],
            floor,
            None,
        );
        results.where_the_time_goes(has_cpu);
        Ok(summary)
    }

    /// Section 2.
    fn fixed_cost(&self, options: &Options) -> Result<Vec<String>, String> {
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
                let target = self.dir.join("clean").join(package);
                let remove = || match fs::remove_dir_all(&target) {
                    Ok(()) => Ok(()),
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
                    Err(e) => Err(format!("{}: {e}", target.display())),
                };
                let elapsed = self.timed_build(package, &target, &remove, true)?;
                samples.push(elapsed.wall);
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
            let html = self
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
                    for (name, seconds) in units.iter().take(10) {
                        println!("    {seconds:>6.2} s  {name}");
                    }
                }
                Err(e) => println!("{package}: no --timings breakdown: {e}"),
            }
        }
        Ok(vec![line])
    }

    /// Section 3.
    fn binary_size(&self, ids: &Ids) -> Result<Vec<String>, String> {
        println!(
            "\n== 3. run-time cost: release binary, `f(model_id!(..).as_str())` vs `f(\"..\")` =="
        );
        let target = self.shared_target();
        let mut sizes = Vec::new();
        let mut binaries = Vec::new();
        for package in ["size_lit", "size_mid"] {
            eprintln!("bench: release build of {package}...");
            checked(
                self.cargo(&target)
                    .args(["build", "--offline", "--release", "-p", package]),
            )?;
            let binary = target
                .join("release")
                .join(format!("{package}{}", std::env::consts::EXE_SUFFIX));
            let bytes = fs::read(&binary).map_err(|e| format!("{}: {e}", binary.display()))?;
            println!("{package:<9} {:>9} bytes", bytes.len());
            sizes.push(bytes.len() as i64);
            binaries.push((binary, bytes));
        }
        let difference = sizes[1] - sizes[0];
        let line = format!(
            "size difference model_id − literal = {difference} bytes (goal <= {GOAL_SIZE}) {}",
            if difference <= GOAL_SIZE as i64 {
                "met"
            } else {
                "NOT met"
            }
        );
        println!("{line}");
        let id = size_id(ids);
        let other = ids
            .active
            .iter()
            .find(|other| {
                other.model_static != id.model_static
                    && !id.id.contains(&other.id)
                    && !other.id.contains(&id.id)
            })
            .map_or("", |other| other.id.as_str());
        let (path, bytes) = &binaries[1];
        let has = |needle: &str| !needle.is_empty() && contains(bytes, needle.as_bytes());
        let symbols = symbols(path);
        let has_symbol = |name: &str| match &symbols {
            Some(symbols) => symbols.iter().any(|s| s.contains(name)),
            None => has(name),
        };
        let yes_no = |b: bool| if b { "yes" } else { "no" };
        let entries = has_symbol("generated::ENTRIES") || has("7ENTRIES");
        let table = format!(
            "phf lookup table linked: {}  (symbol `ENTRIES`: {}, symbol `MODELS`: {}, \
             another catalog ID `{other}` in the binary: {})",
            yes_no(entries || has(other)),
            yes_no(entries),
            yes_no(has_symbol("generated::MODELS") || has("6MODELS")),
            yes_no(has(other)),
        );
        println!("{table}");
        println!(
            "the ID's own catalog entry linked: {}  (static `{}`; its model name `{}` in the binary: {})",
            yes_no(has_symbol(&id.model_static) || has(&id.model_name)),
            id.model_static,
            id.model_name,
            yes_no(has(&id.model_name)),
        );
        match &symbols {
            Some(symbols) => {
                let ours: Vec<&String> = symbols
                    .iter()
                    .filter(|s| s.contains("bedrock_model_id"))
                    .collect();
                println!(
                    "symbols of bedrock_model_id crates in size_mid: {}",
                    ours.len()
                );
                for symbol in ours.iter().take(10) {
                    println!("    {symbol}");
                }
            }
            None => println!("(no `nm`: symbols searched for as bytes)"),
        }
        Ok(vec![line, table])
    }

    /// Section 4.
    fn lookup(&self, options: &Options) -> Result<Vec<String>, String> {
        println!("\n== 4. run time: cargo bench --bench lookup ==");
        if !self.root.join("benches/lookup.rs").exists() {
            println!("benches/lookup.rs does not exist: skipped");
            return Ok(Vec::new());
        }
        eprintln!("bench: cargo bench --bench lookup (builds the bench first)...");
        let mut command = Command::new(&self.cargo);
        command
            .current_dir(&self.root)
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
        let ratios: Vec<String> = stdout
            .lines()
            .filter(|l| l.starts_with("ratio"))
            .map(str::to_owned)
            .collect();
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
}

/// One timed build.
#[derive(Clone, Copy)]
struct Sample {
    wall: f64,
    cpu: Option<f64>,
}

#[derive(Clone, Copy)]
enum Metric {
    Wall,
    Cpu,
}

/// The samples of section 1.
struct Results {
    names: Vec<&'static str>,
    samples: Vec<Vec<Sample>>,
    calls: usize,
}

impl Results {
    fn median(&self, name: &str, metric: Metric) -> Option<f64> {
        let index = self.names.iter().position(|n| *n == name)?;
        let values: Option<Vec<f64>> = self.samples[index]
            .iter()
            .map(|s| match metric {
                Metric::Wall => Some(s.wall),
                Metric::Cpu => s.cpu,
            })
            .collect();
        Some(median(&values?))
    }

    /// µs per call of `name` over `baseline`: the difference of their medians, per call.
    fn per_call(&self, name: &str, baseline: &str, metric: Metric) -> Option<f64> {
        Some(
            (self.median(name, metric)? - self.median(baseline, metric)?) * 1e6 / self.calls as f64,
        )
    }

    fn where_the_time_goes(&self, has_cpu: bool) {
        println!("\nwhere the time goes: µs per call, differences of medians (wall | CPU)");
        let line = |what: &str, a: &str, b: &str| {
            let Some(wall) = self.per_call(a, b, Metric::Wall) else {
                return;
            };
            let cpu = self
                .per_call(a, b, Metric::Cpu)
                .filter(|_| has_cpu)
                .map_or_else(|| "-".to_owned(), |c| format!("{c:.1}"));
            println!("  {what:<66} {wall:>7.1} | {cpu:>7}   ({a} − {b})");
        };
        println!(" model_id!(\"<Active ID>\") in a const item, over a string literal:");
        line(
            "the catalog's constant for the ID (the expansion, by hand)",
            "mid_hand_path",
            "mid_lit",
        );
        line(
            "running the proc macro (bridge, judge, quote, parsing its output)",
            "mid_direct",
            "mid_hand_path",
        );
        line("the macro_rules! wrapper", "mid_macro", "mid_direct");
        line("= model_id!", "mid_macro", "mid_lit");
        line(
            "saved by optimizing the proc macro (build-override opt-level=3)",
            "mid_macro",
            "mid_macro_opt",
        );
        println!(" other expansions and places:");
        line(
            "any `ModelId` constant at all (`__after_error()`)",
            "mid_hand_empty",
            "mid_lit",
        );
        line(
            "a constructor call with text and `Form`, no model index",
            "mid_hand_nostatic",
            "mid_lit",
        );
        line(
            "the constructor call (before cut 3)",
            "mid_hand_ctor",
            "mid_lit",
        );
        line(
            "  saved by expanding to the catalog's constant instead",
            "mid_hand_ctor",
            "mid_hand_path",
        );
        line(
            "Legacy ID: the #[deprecated] item and its warning",
            "mid_legacy_macro",
            "mid_macro",
        );
        line(
            "  of which printing the warning",
            "mid_legacy_macro",
            "mid_legacy_allowed",
        );
        line(
            "Legacy ID, hand-written expansion",
            "mid_legacy_hand",
            "mid_lit",
        );
        line("Legacy ID, model_id!", "mid_legacy_macro", "mid_lit");
        line(
            "in a static item instead of a const item",
            "mid_static_macro",
            "mid_static_lit",
        );
        line(
            "in a fn body (`fn c() -> ModelId`) instead of a const item",
            "mid_fn_macro",
            "mid_fn_lit",
        );
        line(
            "the floor: do-nothing proc macro",
            "floor_macro",
            "floor_lit",
        );
        line("uuid!", "uuid_macro", "uuid_lit");
    }
}

/// The user and system time of the processes this one has waited for, cargo and the
/// compilers it ran included (Linux: /proc/self/stat, in clock ticks).
fn children_cpu_seconds() -> Option<f64> {
    let stat = fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which is in parentheses: state is field 3, cutime 16,
    // cstime 17.
    let fields: Vec<&str> = stat
        .get(stat.rfind(')')? + 1..)?
        .split_whitespace()
        .collect();
    let ticks = |index: usize| fields.get(index)?.parse::<f64>().ok();
    Some((ticks(13)? + ticks(14)?) / clock_ticks_per_second())
}

fn clock_ticks_per_second() -> f64 {
    static TICKS: std::sync::OnceLock<f64> = std::sync::OnceLock::new();
    *TICKS.get_or_init(|| {
        Command::new("getconf")
            .arg("CLK_TCK")
            .output()
            .ok()
            .and_then(|o| String::from_utf8_lossy(&o.stdout).trim().parse().ok())
            .filter(|t: &f64| *t > 0.0)
            .unwrap_or(100.0)
    })
}

/// The ID of section 3: a base ID, so the model name is the model's own.
fn size_id(ids: &Ids) -> &CatalogId {
    ids.active
        .iter()
        .find(|id| {
            id.form == "OnDemand"
                && id.provisioned_index.is_none()
                && !id.id.contains(&id.model_name)
        })
        .unwrap_or(&ids.active[0])
}

/// The units of a `cargo build --timings` report, slowest first: name and seconds.
fn timing_units(html: &Path) -> Result<Vec<(String, f64)>, String> {
    let text = fs::read_to_string(html).map_err(|e| format!("{}: {e}", html.display()))?;
    let start = text
        .find("UNIT_DATA = ")
        .ok_or("no UNIT_DATA in the report")?
        + "UNIT_DATA = ".len();
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

/// The symbols of a binary, demangled, from `nm`; `None` if `nm` is not there.
fn symbols(binary: &Path) -> Option<Vec<String>> {
    let output = Command::new("nm").arg("-C").arg(binary).output().ok()?;
    if !output.status.success() {
        return None;
    }
    Some(
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .map(|line| {
                line.split_whitespace()
                    .skip(2)
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect(),
    )
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// The packages other than `package` that cargo's output says it compiled.
fn compiled_others(stderr: &str, package: &str) -> Vec<String> {
    stderr
        .lines()
        .filter_map(|line| line.trim_start().strip_prefix("Compiling "))
        .filter_map(|rest| rest.split_whitespace().next())
        .filter(|name| *name != package)
        .map(str::to_owned)
        .collect()
}

fn run_unchecked(command: &mut Command) -> Result<Output, String> {
    command
        .output()
        .map_err(|e| format!("cannot run {command:?}: {e}"))
}

fn checked(command: &mut Command) -> Result<Output, String> {
    let output = run_unchecked(command)?;
    if output.status.success() {
        Ok(output)
    } else {
        Err(format!(
            "{command:?} failed ({}):\n{}",
            output.status,
            tail(&String::from_utf8_lossy(&output.stderr), 40)
        ))
    }
}

fn first_error(stderr: &str) -> String {
    stderr
        .lines()
        .find(|l| l.starts_with("error"))
        .unwrap_or("(no error line)")
        .to_owned()
}

fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

fn write_if_changed(path: &Path, contents: &str) -> Result<(), String> {
    if fs::read_to_string(path).is_ok_and(|old| old == contents) {
        return Ok(());
    }
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    fs::write(path, contents).map_err(|e| format!("{}: {e}", path.display()))
}

fn write_if_absent(path: &Path, contents: &str) -> Result<(), String> {
    if path.exists() {
        Ok(())
    } else {
        write_if_changed(path, contents)
    }
}

fn load_average() -> String {
    fs::read_to_string("/proc/loadavg").map_or_else(
        |_| "load average unknown".to_owned(),
        |text| {
            let figures: Vec<&str> = text.split_whitespace().take(3).collect();
            format!("load average {}", figures.join(" "))
        },
    )
}

pub(crate) fn median(samples: &[f64]) -> f64 {
    let mut sorted = samples.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    if n == 0 {
        f64::NAN
    } else if n % 2 == 1 {
        sorted[n / 2]
    } else {
        f64::midpoint(sorted[n / 2 - 1], sorted[n / 2])
    }
}

fn min(samples: &[f64]) -> f64 {
    samples.iter().copied().fold(f64::INFINITY, f64::min)
}

fn max(samples: &[f64]) -> f64 {
    samples.iter().copied().fold(f64::NEG_INFINITY, f64::max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_are_distinct_and_well_formed() {
        let all: std::collections::BTreeSet<String> = (0..3000).map(uuid).collect();
        assert_eq!(all.len(), 3000);
        for u in &all {
            assert_eq!(u.len(), 36);
            let groups: Vec<usize> = u.split('-').map(str::len).collect();
            assert_eq!(groups, [8, 4, 4, 4, 12], "{u}");
            assert!(u.chars().all(|c| c == '-' || c.is_ascii_hexdigit()));
        }
    }

    #[test]
    fn medians() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), 2.5);
    }

    #[test]
    fn options() {
        let o = Options::parse(&["--runs", "7"]).unwrap();
        assert_eq!((o.runs, o.clean_runs, o.calls), (7, 7, 2000));
        let o = Options::parse(&["--quick", "--only", "1"]).unwrap();
        assert_eq!(
            (o.runs, o.calls, o.sections),
            (3, 500, [true, false, false, false, false])
        );
        let o = Options::parse(&["--only", "5"]).unwrap();
        assert_eq!(o.sections, [false, false, false, false, true]);
        assert!(Options::parse(&["--runs", "0"]).is_err());
        assert!(Options::parse(&["--only", "6"]).is_err());
    }

    #[test]
    fn compiled_others_ignores_the_package_itself() {
        let stderr =
            "   Compiling mid_macro v0.0.0 (/x)\n   Compiling bedrock-model-id-core v0.1.0\n";
        assert_eq!(
            compiled_others(stderr, "mid_macro"),
            ["bedrock-model-id-core"]
        );
    }
}
