//! Core is layered: each module imports only modules of lower layers, so there is no `use`
//! cycle. The layers, lowest first:
//!
//! 1. syntax: the shared name rule, suggestions' edit distance, message text pieces, dates,
//!    regions and profile prefixes, the parser, who is calling, the as-of date;
//! 2. records: the types of the catalog's facts, lifecycle rules and availability, with the
//!    rules over one record;
//! 3. the catalog: generated data and its lookups, no judging;
//! 4. findings: what judging finds, and the message of each (identified, uncertainties,
//!    notices, which operations serve a model, errors; a verdict carries them, so they sit
//!    below it);
//! 5. judging: the verdict on bedrock-runtime and Mantle IDs;
//! 6. values: `ModelId`, `ModelIdBuf`, `MantleModelId`, the account catalog, the macros' plan
//!    and the typed constants.
//!
//! The test reads `core/src`: every `crate::<module>` path outside comments and test modules
//! is an edge from the file's top-level module, and each must point to an earlier module of
//! [`ORDER`]. A new module must be placed in `ORDER` before the test passes.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every top-level module of core, in an order each module may import only from before itself.
const ORDER: &[&[&str]] = &[
    &[
        "shared", "suggest", "text", "date", "source", "region", "parse", "caller", "as_of",
    ],
    &["lifecycle", "availability"],
    &["catalog"],
    &[
        "identified",
        "unverified",
        "successor",
        "notice",
        "operation",
        "error",
    ],
    &["verdict", "mantle_judge"],
    &["model_id", "mantle", "account_catalog", "plan", "models"],
];

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file without comments and without its trailing `#[cfg(test)] mod tests`.
fn code(text: &str) -> String {
    let text = text
        .split("#[cfg(test)]\nmod tests")
        .next()
        .unwrap_or_default();
    text.lines()
        .map(|line| line.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The top-level modules `code` names through `crate::`.
fn imports(code: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let group = group.split('}').next().unwrap_or_default();
            for part in group.split(',') {
                let name = ident(part.trim());
                if !name.is_empty() {
                    found.insert(name);
                }
            }
        } else {
            found.insert(ident(rest));
        }
    }
    found
}

/// Edges from each top-level module of core to the modules it imports.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let relative = file.strip_prefix(&src).unwrap();
        let top = relative.components().next().unwrap().as_os_str();
        let top = top.to_string_lossy().trim_end_matches(".rs").to_owned();
        if top == "lib" {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        let edges = graph.entry(top.clone()).or_default();
        edges.extend(imports(&code(&text)).into_iter().filter(|m| *m != top));
    }
    graph
}

#[test]
fn every_import_points_to_a_lower_layer() {
    let position: BTreeMap<&str, (usize, usize)> = ORDER
        .iter()
        .enumerate()
        .flat_map(|(layer, modules)| {
            modules
                .iter()
                .enumerate()
                .map(move |(at, m)| (*m, (layer, at)))
        })
        .collect();
    let graph = graph();
    let on_disk: BTreeSet<&str> = graph.keys().map(String::as_str).collect();
    let placed: BTreeSet<&str> = position.keys().copied().collect();
    assert_eq!(
        on_disk, placed,
        "every module of core/src is placed in ORDER, and only those"
    );
    let mut wrong = Vec::new();
    for (module, imports) in &graph {
        let from = position[module.as_str()];
        for import in imports {
            match position.get(import.as_str()) {
                Some(to) if to < &from => {}
                Some(_) => wrong.push(format!("{module} -> {import}")),
                // An item of the crate root hides which module it comes from.
                None => wrong.push(format!(
                    "{module} -> {import} (name the module, not the root)"
                )),
            }
        }
    }
    assert!(wrong.is_empty(), "imports against the layers: {wrong:#?}");
}

/// The reader finds the edges it must: a single path, a group, and nothing in comments.
#[test]
fn the_reader_sees_paths_and_groups_but_not_comments() {
    let found = imports(&code(
        "use crate::date::Date;\nuse crate::{region::Region, parse};\n// crate::verdict\nfn f() { crate::catalog::models(); }\n#[cfg(test)]\nmod tests { use crate::plan; }",
    ));
    let found: Vec<&str> = found.iter().map(String::as_str).collect();
    assert_eq!(found, ["catalog", "date", "parse", "region"]);
}

/// The graph has the edges the design names: the catalog judges nothing, and the values sit
/// on top of judging.
#[test]
fn the_catalog_holds_data_only() {
    let graph = graph();
    for high in ["verdict", "error", "notice", "model_id", "mantle", "plan"] {
        assert!(!graph["catalog"].contains(high), "catalog -> {high}");
    }
    assert!(graph["model_id"].contains("verdict"));
    assert!(graph["plan"].contains("model_id"));
}
