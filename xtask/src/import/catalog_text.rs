//! The text of `core/catalog.toml`, edited by lines: an import only inserts and appends, so
//! the existing text (comments, order, layout) is never changed.

use std::collections::BTreeMap;
use std::fmt::Write as _;

/// Path of the catalog source, relative to the workspace root.
pub(super) const CATALOG: &str = "core/catalog.toml";

/// A TOML basic string.
pub(super) fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Line-level additions to the catalog text: inserts before given lines, and an appendix.
pub(super) struct CatalogEdits<'a> {
    lines: Vec<&'a str>,
    inserts: BTreeMap<usize, String>,
    /// Text to append after the last line.
    pub(super) append: String,
}

impl<'a> CatalogEdits<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        CatalogEdits {
            lines: text.split_inclusive('\n').collect(),
            inserts: BTreeMap::new(),
            append: String::new(),
        }
    }

    fn header(line: &str) -> &str {
        line.split('#').next().unwrap_or_default().trim()
    }

    /// Inserts `text` at the end of the `[[model]]` block of `id`, before any blank and comment
    /// lines that lead to the next block.
    pub(super) fn insert_into(&mut self, id: &str, text: &str) -> Result<(), String> {
        let start = (0..self.lines.len())
            .filter(|&i| Self::header(self.lines[i]) == "[[model]]")
            .find(|&i| self.model_id(i + 1).as_deref() == Some(id))
            .ok_or_else(|| format!("{CATALOG}: cannot find the [[model]] block of {id}"))?;
        let next = (start + 1..self.lines.len())
            .find(|&i| {
                let h = Self::header(self.lines[i]);
                h.starts_with('[') && !h.starts_with("[[model.")
            })
            .unwrap_or(self.lines.len());
        let mut at = next;
        while at > start + 1 {
            let line = self.lines[at - 1].trim();
            if line.is_empty() || line.starts_with('#') {
                at -= 1;
            } else {
                break;
            }
        }
        if at == self.lines.len() && !self.lines[at - 1].ends_with('\n') {
            return Err(format!("{CATALOG} does not end with a newline"));
        }
        self.inserts.entry(at).or_default().push_str(text);
        Ok(())
    }

    /// The `id` of the table whose keys start at line `from`.
    fn model_id(&self, from: usize) -> Option<String> {
        self.lines[from.min(self.lines.len())..]
            .iter()
            .take_while(|line| !Self::header(line).starts_with('['))
            .filter(|line| line.trim_start().starts_with("id"))
            .find_map(|line| {
                let table: toml::Table = toml::from_str(line).ok()?;
                table.get("id")?.as_str().map(str::to_owned)
            })
    }

    /// Inserts `key = "citation"` right after the `[sources]` line.
    pub(super) fn insert_source(&mut self, key: &str, citation: &str) -> Result<(), String> {
        let at = self
            .lines
            .iter()
            .position(|line| Self::header(line) == "[sources]")
            .ok_or_else(|| format!("{CATALOG} has no `[sources]` line"))?;
        let line = format!("{key} = {}\n", toml_string(citation));
        let slot = self.inserts.entry(at + 1).or_default();
        slot.insert_str(0, &line);
        Ok(())
    }

    pub(super) fn finish(self) -> String {
        let mut out = String::new();
        for (i, line) in self.lines.iter().enumerate() {
            if let Some(text) = self.inserts.get(&i) {
                out.push_str(text);
            }
            out.push_str(line);
        }
        if let Some(text) = self.inserts.get(&self.lines.len()) {
            out.push_str(text);
        }
        if !self.append.is_empty() {
            if !out.is_empty() && !out.ends_with('\n') {
                out.push('\n');
            }
            out.push_str(&self.append);
        }
        out
    }
}
