//! The importer's test fixtures (`xtask/tests/fixtures/`) and small helpers for the tests of
//! every part. Depends on no part of the importer, so any part's tests may use it.

use crate::availability::{Availability, RegionListing, RuntimeListing, Span};

/// The text of a file under `xtask/tests/fixtures/`, included at compile time.
macro_rules! fixture {
    ($name:literal) => {
        include_str!(concat!("../../tests/fixtures/", $name))
    };
}
pub(super) use fixture;

/// The catalog the imports under test extend.
pub(super) const CATALOG_TEXT: &str = fixture!("catalog.toml");

/// The history fixtures, as `read_dir` gives them (in no particular order).
pub(super) fn history_files() -> Vec<(String, String)> {
    [
        (
            "pypi-0.1.200-2026-07-05.json",
            fixture!("history/pypi-0.1.200-2026-07-05.json"),
        ),
        (
            "git-2026-06-21T121513Z.json",
            fixture!("history/git-2026-06-21T121513Z.json"),
        ),
        (
            "git-2026-01-10T120000Z.json",
            fixture!("history/git-2026-01-10T120000Z.json"),
        ),
        (
            "pypi-0.1.200-2026-07-05.metadata.json",
            fixture!("history/pypi-0.1.200-2026-07-05.metadata.json"),
        ),
        (
            "git-2026-06-20T003000+0100.json",
            fixture!("history/git-2026-06-20T003000+0100.json"),
        ),
        ("README.md", ""),
    ]
    .into_iter()
    .map(|(n, t)| (n.to_owned(), t.to_owned()))
    .collect()
}

pub(super) fn runtime<'a>(av: &'a Availability, id: &str) -> &'a RuntimeListing {
    av.models[id]
        .runtime
        .as_ref()
        .unwrap_or_else(|| panic!("{id} has no runtime"))
}

pub(super) fn region<'a>(av: &'a Availability, id: &str, region: &str) -> &'a RegionListing {
    &runtime(av, id).regions[region]
}

pub(super) fn s(text: &str) -> String {
    text.to_owned()
}

pub(super) fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|t| s(t)).collect()
}

pub(super) fn span(first: &str, last: &str) -> Span {
    Span {
        first_listed: s(first),
        last_listed: s(last),
    }
}
