//! Section 3, run-time cost: the size of a release binary with one `model_id!` against the
//! same with a plain literal, and whether the catalog's lookup table or the ID's own entry is
//! linked into it.

use std::fs;

use crate::ids::Ids;
use crate::process::{checked, symbols};
use crate::workspace::Workspace;

/// `size_mid` may be at most this many bytes larger than `size_lit`.
const GOAL_SIZE: u64 = 1024;

/// Runs section 3; returns its summary lines.
pub fn run(workspace: &Workspace, ids: &Ids) -> Result<Vec<String>, String> {
    println!(
        "\n== 3. run-time cost: release binary, `f(model_id!(..).as_str())` vs `f(\"..\")` =="
    );
    let target = workspace.shared_target();
    let mut binaries = Vec::new();
    for package in ["size_lit", "size_mid"] {
        eprintln!("bench: release build of {package}...");
        checked(
            workspace
                .cargo(&target)
                .args(["build", "--offline", "--release", "-p", package]),
        )?;
        let binary = target
            .join("release")
            .join(format!("{package}{}", std::env::consts::EXE_SUFFIX));
        let bytes = fs::read(&binary).map_err(|e| format!("{}: {e}", binary.display()))?;
        println!("{package:<9} {:>9} bytes", bytes.len());
        binaries.push((binary, bytes));
    }
    let [(_, lit), (path, bytes)] = &binaries[..] else {
        return Err("expected two binaries".to_owned());
    };
    let line = size_line(lit.len(), bytes.len());
    println!("{line}");
    let id = ids.size_id();
    let other = ids
        .active
        .iter()
        .find(|other| {
            other.model_static != id.model_static
                && !id.id.contains(&other.id)
                && !other.id.contains(&id.id)
        })
        .map_or("", |other| other.id.as_str());
    let has = |needle: &str| contains(bytes, needle.as_bytes());
    let symbols = symbols(path);
    let has_symbol = |name: &str| match &symbols {
        Some(symbols) => symbols.iter().any(|s| s.contains(name)),
        None => has(name),
    };
    let entries = has_symbol("generated::LISTED") || has("6LISTED");
    let table = format!(
        "phf lookup table linked: {}  (symbol `LISTED`: {}, symbol `MODELS`: {}, \
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

/// The line on the size difference, with the goal met or not.
fn size_line(lit: usize, mid: usize) -> String {
    let (sign, difference) = if mid >= lit {
        ("", mid - lit)
    } else {
        ("-", lit - mid)
    };
    let met = sign == "-" || u64::try_from(difference).is_ok_and(|d| d <= GOAL_SIZE);
    format!(
        "size difference model_id − literal = {sign}{difference} bytes (goal <= {GOAL_SIZE}) {}",
        if met { "met" } else { "NOT met" }
    )
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// Whether `needle` occurs in `haystack`; never for an empty needle.
fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::{contains, size_line};

    #[test]
    fn sizes_and_bytes() {
        assert_eq!(
            size_line(1000, 1000),
            "size difference model_id − literal = 0 bytes (goal <= 1024) met"
        );
        assert!(size_line(1000, 3000).ends_with("= 2000 bytes (goal <= 1024) NOT met"));
        assert!(size_line(3000, 1000).ends_with("= -2000 bytes (goal <= 1024) met"));
        assert!(contains(b"abcdef", b"cde"));
        assert!(!contains(b"abcdef", b""));
        assert!(!contains(b"ab", b"abc"));
    }
}
