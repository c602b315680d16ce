//! The inputs of the generated crates: the catalog's model IDs (as the generated `bench_ids`
//! binary lists them, with what `model_id!` expands each to) and pseudo-random UUIDs.

/// One model ID the catalog accepts on the pinned date, with what the macro expands it to.
#[derive(Debug)]
pub struct CatalogId {
    pub id: String,
    /// `Some(note)` for an ID the macro accepts with a deprecation warning; the note as a Rust
    /// string literal.
    pub deprecated: Option<String>,
    /// The name of its `Form` variant.
    pub form: String,
    /// The name of its model's static in the catalog.
    pub model_static: String,
    /// The model's index in the catalog, as the expansion passes it.
    pub model_index: String,
    pub provisioned_index: Option<u8>,
    pub model_name: String,
}

impl CatalogId {
    /// The name of the ID's constant in `bedrock_model_id::__private::ids` (and in `models`).
    pub fn constant(&self) -> String {
        self.id
            .chars()
            .map(|c| match c {
                'a'..='z' | 'A'..='Z' | '0'..='9' => c.to_ascii_uppercase(),
                _ => '_',
            })
            .collect()
    }

    /// The constructor call of `model_id!`'s expansion for another spelling of a listed ID
    /// (an ARN of it, say; see core's `plan` module), here given the ID itself and no region.
    pub fn constructor(&self) -> String {
        format!(
            "::bedrock_model_id::__private::spelling_of({:?}, \
             ::bedrock_model_id::__private::Form::{}, ::bedrock_model_id::__private::ids::{}, 0usize, 255u8)",
            self.id,
            self.form,
            self.constant()
        )
    }
}

/// The IDs the generated crates use, cycled through.
#[derive(Debug)]
pub struct Ids {
    pub active: Vec<CatalogId>,
    pub deprecated: Vec<CatalogId>,
    /// What one `judge()` took in `bench_ids`, in nanoseconds, if it said.
    pub judge_ns: Option<f64>,
}

impl Ids {
    /// Reads what `bench_ids` printed: one tab-separated line per ID, then `judge\t<ns>`.
    pub fn parse(output: &str) -> Result<Ids, String> {
        let mut active = Vec::new();
        let mut deprecated = Vec::new();
        let mut judge_ns = None;
        for line in output.lines() {
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
                "expected both Active and Legacy IDs; found {} and {}",
                active.len(),
                deprecated.len()
            ));
        }
        Ok(Ids {
            active,
            deprecated,
            judge_ns,
        })
    }

    /// The `i`-th Active ID, cycling.
    pub fn active(&self, i: usize) -> &CatalogId {
        &self.active[i % self.active.len()]
    }

    /// The `i`-th Legacy ID, cycling.
    pub fn deprecated(&self, i: usize) -> &CatalogId {
        &self.deprecated[i % self.deprecated.len()]
    }

    /// Every ID, Active first.
    pub fn all(&self) -> impl Iterator<Item = &CatalogId> {
        self.active.iter().chain(&self.deprecated)
    }

    /// The ID of section 3: a base ID, so the model name is the model's own.
    pub fn size_id(&self) -> &CatalogId {
        self.active
            .iter()
            .find(|id| {
                id.form == "OnDemand"
                    && id.provisioned_index.is_none()
                    && !id.id.contains(&id.model_name)
            })
            .unwrap_or(&self.active[0])
    }
}

/// A distinct, valid UUID for each `i`.
pub fn uuid(i: usize) -> String {
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

#[cfg(test)]
mod tests {
    use super::{Ids, uuid};

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

    const OUTPUT: &str = "active\tamazon.nova-pro-v1:0\tOnDemand\tAMAZON_NOVA_PRO_V1_0\t-\t\"\"\tNova Pro\t12\n\
        active\tamazon.nova-pro-v1:0:24k\tProvisioned\tAMAZON_NOVA_PRO_V1_0\t0\t\"\"\tNova Pro\t12\n\
        deprecated\tanthropic.claude-v2\tOnDemand\tANTHROPIC_CLAUDE_V2\t-\t\"Legacy\"\tClaude\t3\n\
        judge\t1500\n";

    #[test]
    fn parses_what_bench_ids_prints() {
        let ids = Ids::parse(OUTPUT).expect("well-formed output");
        assert_eq!((ids.active.len(), ids.deprecated.len()), (2, 1));
        assert_eq!(ids.judge_ns, Some(1500.0));
        let provisioned = ids.active(1);
        assert_eq!(provisioned.constant(), "AMAZON_NOVA_PRO_V1_0_24K");
        assert_eq!(
            provisioned.constructor(),
            "::bedrock_model_id::__private::spelling_of(\"amazon.nova-pro-v1:0:24k\", \
             ::bedrock_model_id::__private::Form::Provisioned, \
             ::bedrock_model_id::__private::ids::AMAZON_NOVA_PRO_V1_0_24K, 0usize, 255u8)"
        );
        assert_eq!(ids.active(2).id, "amazon.nova-pro-v1:0");
        assert_eq!(ids.deprecated(5).deprecated.as_deref(), Some("\"Legacy\""));
        assert_eq!(ids.all().count(), 3);
    }

    #[test]
    fn refuses_odd_lines_and_a_missing_kind() {
        assert!(Ids::parse("active\tx\n").is_err());
        let only_active = OUTPUT.lines().take(2).collect::<Vec<_>>().join("\n");
        assert!(Ids::parse(&only_active).is_err());
    }
}
