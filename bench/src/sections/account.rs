//! Section 5, the account catalog: what a bad account-catalog file costs.
//!
//! `BEDROCK_MODEL_ID_CATALOG` names a `ListFoundationModels` output that extends the catalog.
//! A file that fails to parse must be reported once per crate and not parsed again per call:
//! the figure that shows it is the check time of a crate of 30 calls against one of 1 call,
//! each with the same large bad file (a listing of about 73 MB that lacks its closing `]}`, so
//! it is parsed to the end before it fails). With one parse per crate, the ratio
//! is near 1; with one per call, near 30. A good file of the same size is the reference.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::stats::median;
use crate::workspace::{AS_OF, AS_OF_VAR, Workspace};

/// Calls in the many-call crate.
const CALLS: usize = 30;
/// Summaries in the large files: about 73 MB.
const SUMMARIES: usize = 410_000;

/// Runs section 5; returns its summary lines.
pub fn run(workspace: &Workspace, runs: usize) -> Result<Vec<String>, String> {
    let (bad_listing, good_listing) = (listing(true, SUMMARIES), listing(false, SUMMARIES));
    println!(
        "\n== 5. account catalog: a bad {} MB file, {CALLS} calls against 1, `cargo check` after \
         a touch, median of {runs} ==",
        bad_listing.len() / 1_000_000
    );
    let root = &workspace.root;
    let cargo = &workspace.cargo;
    let dir = root.join("target").join("bench-account");
    let target = dir.join("target");
    let (bad, good) = (dir.join("bad.json"), dir.join("good.json"));
    let io = |path: &Path| {
        let path = path.display().to_string();
        move |e: std::io::Error| format!("{path}: {e}")
    };
    fs::create_dir_all(&dir).map_err(io(&dir))?;
    fs::write(&bad, bad_listing).map_err(io(&bad))?;
    fs::write(&good, good_listing).map_err(io(&good))?;
    let one: PathBuf = dir.join("one");
    let many: PathBuf = dir.join("many");
    write_crate(&one, root, 1)?;
    write_crate(&many, root, CALLS)?;
    // Dependencies first, so the timed runs rebuild only the crate.
    for crate_dir in [&one, &many] {
        check(cargo, crate_dir, &target, &good)?;
    }
    let mut samples: [Vec<f64>; 4] = Default::default();
    let cases = [(&one, &bad), (&many, &bad), (&one, &good), (&many, &good)];
    for _ in 0..runs {
        for (index, (crate_dir, file)) in cases.iter().enumerate() {
            let (seconds, compiled) = check(cargo, crate_dir, &target, file)?;
            let expected = *file == &good;
            if compiled != expected {
                return Err(format!(
                    "account-catalog bench: {} with {} {} compile",
                    crate_dir.display(),
                    file.display(),
                    if expected { "did not" } else { "did" }
                ));
            }
            samples[index].push(seconds);
        }
    }
    let [bad_one, bad_many, good_one, good_many] = samples.map(|s| median(&s));
    let lines = vec![
        format!(
            "account catalog, bad file: {CALLS} calls {bad_many:.2} s, 1 call {bad_one:.2} s: \
             ratio {:.2} (one parse per crate: about 1; one per call: about {CALLS})",
            bad_many / bad_one
        ),
        format!(
            "account catalog, good file: {CALLS} calls {good_many:.2} s, 1 call {good_one:.2} s: \
             ratio {:.2}",
            good_many / good_one
        ),
    ];
    for line in &lines {
        println!("{line}");
    }
    Ok(lines)
}

/// A `ListFoundationModels` output of `summaries` models; a bad one lacks its closing `]}`,
/// so a parser reads all of it before it fails.
fn listing(bad: bool, summaries: usize) -> String {
    let mut text = String::from("{\"modelSummaries\": [\n");
    for i in 0..summaries {
        let _ = writeln!(
            text,
            "{{\"modelArn\": \"arn:aws:bedrock:us-east-1::foundation-model/acme.model-{i}-v1:0\", \
             \"modelId\": \"acme.model-{i}-v1:0\", \"modelName\": \"Acme model {i}\", \
             \"providerName\": \"Acme\"}},"
        );
    }
    text.push_str("{\"modelId\": \"acme.last-v1:0\"}\n");
    if !bad {
        text.push_str("]}\n");
    }
    text
}

/// A crate of `calls` `model_id!` calls of IDs only the listing names, with the facade's
/// lock file.
fn write_crate(dir: &Path, facade: &Path, calls: usize) -> Result<(), String> {
    let io = |e: std::io::Error| format!("{}: {e}", dir.display());
    fs::create_dir_all(dir.join("src")).map_err(io)?;
    fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"account-{calls}\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\
             publish = false\n\n[dependencies]\nbedrock-model-id = {{ path = {:?}, features = \
             [\"account-catalog\"] }}\n\n[workspace]\n",
            facade.display().to_string()
        ),
    )
    .map_err(io)?;
    fs::copy(facade.join("Cargo.lock"), dir.join("Cargo.lock")).map_err(io)?;
    let mut source = String::from("use bedrock_model_id::{model_id, ModelId};\n");
    for i in 0..calls {
        let _ = writeln!(
            source,
            "pub const ID_{i}: ModelId = model_id!(\"acme.model-{i}-v1:0\");"
        );
    }
    fs::write(dir.join("src/lib.rs"), source).map_err(io)
}

/// One `cargo check` of the crate after a change of its source, in seconds; and whether it
/// compiled.
fn check(cargo: &Path, dir: &Path, target: &Path, file: &Path) -> Result<(f64, bool), String> {
    let lib = dir.join("src/lib.rs");
    let io = |e: std::io::Error| format!("{}: {e}", lib.display());
    let text = fs::read_to_string(&lib).map_err(io)?;
    // A different comment each time: the crate is rebuilt, its dependencies are not.
    let text = format!("{}\n// {:?}\n", text.trim_end(), Instant::now());
    fs::write(&lib, text).map_err(io)?;
    let start = Instant::now();
    let output = Command::new(cargo)
        .current_dir(dir)
        .stdin(Stdio::null())
        .env("CARGO_TARGET_DIR", target)
        .env("CARGO_INCREMENTAL", "0")
        .env(AS_OF_VAR, AS_OF)
        .env("BEDROCK_MODEL_ID_CATALOG", file)
        .env_remove("RUSTFLAGS")
        .args(["check", "--offline", "--quiet"])
        .output()
        .map_err(|e| format!("cargo: {e}"))?;
    Ok((start.elapsed().as_secs_f64(), output.status.success()))
}

#[cfg(test)]
mod tests {
    use super::listing;

    #[test]
    fn a_bad_listing_lacks_only_its_end() {
        let (bad, good) = (listing(true, 3), listing(false, 3));
        assert_eq!(format!("{bad}]}}\n"), good);
        assert_eq!(good.matches("\"modelId\"").count(), 4);
        assert!(serde_json::from_str::<serde_json::Value>(&good).is_ok());
        assert!(serde_json::from_str::<serde_json::Value>(&bad).is_err());
    }
}
