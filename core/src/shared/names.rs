//! The Rust name of a catalog ID's generated items: shared, by `#[path]`, between
//! `bedrock-model-id-core` (which looks the items up) and `xtask` (which writes them), so the
//! two can never disagree.

/// The Rust name of the items generated for `id`: ASCII letters and digits uppercased, every
/// other character `_` (`anthropic.claude-v2:1` is `ANTHROPIC_CLAUDE_V2_1`).
#[must_use]
pub fn static_name(id: &str) -> String {
    id.chars()
        .map(|c| match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' => c.to_ascii_uppercase(),
            _ => '_',
        })
        .collect()
}
