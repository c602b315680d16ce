//! Builds the exact-ID index of `core/src/catalog/exact.rs`: a perfect hash over every ID the
//! catalog accepts as written, with the hash functions the run-time lookup uses.

use std::fmt::Write as _;

#[path = "../../core/src/catalog/exact_hash.rs"]
mod exact_hash;

use exact_hash::{bucket, digest, slot};

/// One ID of the index.
pub struct ExactId {
    pub text: String,
    /// The `static` of its model.
    pub model: String,
    /// Its model's index in `MODELS`.
    pub model_index: usize,
    /// The Rust expression of its `Kind`.
    pub kind: String,
    /// The `Form` variant `judge` gives it.
    pub form: &'static str,
    /// Its Provisioned Throughput index.
    pub variant: Option<usize>,
}

/// Buckets per ID: a pilot byte for every 3 IDs or so.
const IDS_PER_BUCKET: usize = 3;
/// Slots per ID, in quarters: 5 / 4, so that most pilots find free slots at once.
const SLOT_QUARTERS: usize = 5;
const MAX_SEEDS: u64 = 1_000;

/// The placed index: seed, pilot per bucket, and position (or `u16::MAX`) per slot.
struct Placed {
    seed: u64,
    pilots: Vec<u8>,
    slots: Vec<u16>,
}

/// Renders `EXACT` and `EXACT_INDEX`, or says why the IDs cannot be indexed.
pub fn render(out: &mut String, ids: &[ExactId]) -> Result<(), String> {
    let placed = place(ids)?;
    let _ = writeln!(out, "pub(crate) static EXACT: [ExactId; {}] = [", ids.len());
    for id in ids {
        let _ = writeln!(
            out,
            "    ExactId::new({}, &{}, Kind::{}),",
            crate::codegen::string(&id.text),
            id.model,
            id.kind
        );
    }
    out.push_str("];\n\n");
    let _ = writeln!(out, "pub(crate) static EXACT_INDEX: Index = Index {{");
    let _ = writeln!(out, "    seed: {:#018x},", placed.seed);
    let _ = writeln!(out, "    pilots: &{},", numbers(&placed.pilots));
    let _ = writeln!(out, "    slots: &{},", numbers(&placed.slots));
    out.push_str("};\n\n");
    expansions(out, ids)
}

/// One `ModelId` constant per ID, named by `static_name`: what `model_id!` expands an ID the
/// catalog lists as written to. A path to a ready constant costs rustc less per call than the
/// constructor call it replaces (BENCHMARKS.md).
fn expansions(out: &mut String, ids: &[ExactId]) -> Result<(), String> {
    let mut names = std::collections::BTreeMap::new();
    out.push_str("/// `model_id!`'s expansion of each ID the catalog lists as written.\n");
    out.push_str("pub mod expansions {\n");
    out.push_str("    use crate::{Form, ModelId};\n\n");
    for id in ids {
        let name = crate::catalog::static_name(&id.text);
        if let Some(other) = names.insert(name.clone(), id.text.as_str()) {
            return Err(format!(
                "`{other}` and `{}` have the same constant name {name}",
                id.text
            ));
        }
        let text = crate::codegen::string(&id.text);
        let (form, model) = (id.form, id.model_index);
        let value = match id.variant {
            Some(variant) => {
                format!("ModelId::__provisioned({text}, Form::{form}, {model}, {variant})")
            }
            None => format!("ModelId::__catalog({text}, Form::{form}, {model})"),
        };
        let _ = writeln!(out, "    /// `{}`", id.text);
        let _ = writeln!(out, "    pub const {name}: ModelId = {value};");
    }
    let _ = writeln!(
        out,
        "\n    /// Every constant above, in `EXACT`'s order, for the tests."
    );
    let _ = writeln!(out, "    #[cfg(test)]");
    let _ = writeln!(
        out,
        "    pub(crate) const ALL: [ModelId; {}] = [",
        ids.len()
    );
    for name in ids.iter().map(|id| crate::catalog::static_name(&id.text)) {
        let _ = writeln!(out, "        {name},");
    }
    out.push_str("    ];\n}\n");
    Ok(())
}

fn numbers<T: std::fmt::Display>(items: &[T]) -> String {
    let mut text = String::from("[");
    for (at, item) in items.iter().enumerate() {
        if at % 16 == 0 {
            text.push_str("\n        ");
        } else {
            text.push(' ');
        }
        let _ = write!(text, "{item},");
    }
    text.push_str("\n    ]");
    text
}

fn place(ids: &[ExactId]) -> Result<Placed, String> {
    let digests: Vec<u64> = ids.iter().map(|id| digest(id.text.as_bytes())).collect();
    let mut sorted = digests.clone();
    sorted.sort_unstable();
    if let Some(pair) = sorted.windows(2).find(|w| w[0] == w[1]) {
        let same: Vec<&str> = ids
            .iter()
            .zip(&digests)
            .filter(|(_, d)| **d == pair[0])
            .map(|(id, _)| id.text.as_str())
            .collect();
        return Err(format!(
            "the exact-ID digest is the same for {same:?}: change `digest` in core/src/catalog/exact_hash.rs"
        ));
    }
    if ids.len() >= usize::from(u16::MAX) {
        return Err(format!("{} IDs do not fit a u16 position", ids.len()));
    }
    let buckets = u32::try_from(ids.len() / IDS_PER_BUCKET + 1).map_err(|e| e.to_string())?;
    let slots = u32::try_from(ids.len() * SLOT_QUARTERS / 4 + 1).map_err(|e| e.to_string())?;
    (0..MAX_SEEDS)
        .find_map(|attempt| {
            let seed = attempt.wrapping_mul(0x2545_f491_4f6c_dd1d);
            try_place(&digests, seed, buckets, slots)
        })
        .ok_or_else(|| format!("no seed of {MAX_SEEDS} places the {} exact IDs", ids.len()))
}

/// Places the largest buckets first, each with the first pilot whose slots are all free.
fn try_place(digests: &[u64], seed: u64, buckets: u32, slots: u32) -> Option<Placed> {
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); buckets as usize];
    for (position, digest) in digests.iter().enumerate() {
        members[bucket(*digest, seed, buckets)].push(position);
    }
    let mut order: Vec<usize> = (0..members.len()).collect();
    order.sort_by_key(|b| (std::cmp::Reverse(members[*b].len()), *b));
    let mut pilots = vec![0u8; buckets as usize];
    let mut table = vec![u16::MAX; slots as usize];
    for b in order {
        if members[b].is_empty() {
            continue;
        }
        let pilot = (0..=u8::MAX).find(|pilot| {
            let mut taken: Vec<usize> = Vec::with_capacity(members[b].len());
            members[b].iter().all(|position| {
                let s = slot(digests[*position], seed, *pilot, slots);
                let free = table[s] == u16::MAX && !taken.contains(&s);
                taken.push(s);
                free
            })
        })?;
        pilots[b] = pilot;
        for position in &members[b] {
            let s = slot(digests[*position], seed, pilot, slots);
            table[s] = u16::try_from(*position).ok()?;
        }
    }
    Some(Placed {
        seed,
        pilots,
        slots: table,
    })
}
