//! Turns the validated catalog into `core/src/catalog/generated.rs`.

use std::fmt::Write as _;
use std::path::Path;

use crate::catalog::{Catalog, LifecycleRule, Model, parse_date, static_name};

const SOURCE: &str = "core/catalog.toml";
const OUTPUT: &str = "core/src/catalog/generated.rs";

/// Regenerates the catalog code and says what changed.
pub fn write(root: &Path) -> Result<String, String> {
    let rendered = render_file(root)?;
    let path = root.join(OUTPUT);
    let old = std::fs::read_to_string(&path).unwrap_or_default();
    if old == rendered {
        return Ok(format!("{OUTPUT} is up to date"));
    }
    std::fs::write(&path, rendered).map_err(|e| format!("cannot write {OUTPUT}: {e}"))?;
    Ok(format!("wrote {OUTPUT}"))
}

/// Fails when the committed catalog code differs from what the source generates.
pub fn check(root: &Path) -> Result<String, String> {
    let rendered = render_file(root)?;
    let committed = std::fs::read_to_string(root.join(OUTPUT))
        .map_err(|e| format!("cannot read {OUTPUT}: {e}"))?;
    if committed == rendered {
        Ok(format!("{OUTPUT} is fresh"))
    } else {
        Err(format!(
            "{OUTPUT} is stale: run `cargo xtask catalog` and commit the result"
        ))
    }
}

fn render_file(root: &Path) -> Result<String, String> {
    let text = std::fs::read_to_string(root.join(SOURCE))
        .map_err(|e| format!("cannot read {SOURCE}: {e}"))?;
    Ok(render(&Catalog::parse(&text)?))
}

fn string(s: &str) -> String {
    format!("{s:?}")
}

fn option(value: Option<&str>, f: impl Fn(&str) -> String) -> String {
    value.map_or_else(|| "None".to_owned(), |v| format!("Some({})", f(v)))
}

fn date(text: &str) -> String {
    let (y, m, d) = parse_date(text).unwrap_or_default();
    format!("Date::ymd({y}, {m}, {d})")
}

fn source_const(key: &str) -> String {
    format!("SOURCE_{}", static_name(key))
}

fn list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| string(s)).collect();
    format!("&[{}]", quoted.join(", "))
}

fn rule(out: &mut String, rule: &LifecycleRule) {
    let scope = match (&rule.regions, &rule.except_regions) {
        (Some(only), _) => format!("RegionScope::Only({})", list(only)),
        (None, Some(except)) => format!("RegionScope::AllExcept({})", list(except)),
        (None, None) => "RegionScope::All".to_owned(),
    };
    let _ = writeln!(out, "        LifecycleRule {{");
    let _ = writeln!(out, "            scope: {scope},");
    let _ = writeln!(
        out,
        "            legacy: {},",
        option(rule.legacy.as_deref(), date)
    );
    let _ = writeln!(
        out,
        "            extended_access: {},",
        option(rule.extended_access.as_deref(), date)
    );
    let _ = writeln!(
        out,
        "            end_of_life: {},",
        option(rule.end_of_life.as_deref(), date)
    );
    let _ = writeln!(
        out,
        "            replacement: {},",
        option(rule.replacement.as_deref(), string)
    );
    let _ = writeln!(
        out,
        "            note: {},",
        option(rule.note.as_deref(), string)
    );
    let _ = writeln!(out, "            source: {},", source_const(&rule.source));
    let _ = writeln!(out, "        }},");
}

fn model(out: &mut String, model: &Model) {
    let _ = writeln!(
        out,
        "pub static {}: Model = Model {{",
        static_name(&model.id)
    );
    let _ = writeln!(out, "    id: {},", string(&model.id));
    let _ = writeln!(out, "    provider: {},", string(&model.provider));
    let _ = writeln!(out, "    name: {},", string(&model.name));
    let _ = writeln!(
        out,
        "    version: {},",
        option(model.version.as_deref(), string)
    );
    let _ = writeln!(out, "    on_demand: {},", model.on_demand);
    let _ = writeln!(out, "    provisioned: &[");
    for variant in &model.provisioned {
        let _ = writeln!(out, "        ProvisionedVariant {{");
        let _ = writeln!(out, "            id: {},", string(&variant.id));
        let _ = writeln!(out, "            name: {},", string(&variant.name));
        let _ = writeln!(
            out,
            "            context: {},",
            option(variant.context.as_deref(), string)
        );
        let _ = writeln!(out, "            no_commitment: {},", variant.no_commitment);
        let _ = writeln!(
            out,
            "            source: {},",
            source_const(&variant.source)
        );
        let _ = writeln!(out, "        }},");
    }
    let _ = writeln!(out, "    ],");
    let _ = writeln!(out, "    lifecycle: &[");
    for r in &model.lifecycle {
        rule(out, r);
    }
    let _ = writeln!(out, "    ],");
    let sources: Vec<String> = model.sources.iter().map(|s| source_const(s)).collect();
    let _ = writeln!(out, "    sources: &[{}],", sources.join(", "));
    let _ = writeln!(out, "}};\n");
}

/// The generated Rust source for `catalog`.
pub fn render(catalog: &Catalog) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "// @generated by `cargo xtask catalog` from `{SOURCE}`: edit that file, not this one.\n"
    );
    out.push_str("use super::{Entry, Model, ProvisionedVariant};\n");
    out.push_str("use crate::date::Date;\n");
    out.push_str("use crate::lifecycle::{LifecycleRule, RegionScope};\n\n");
    for (key, citation) in &catalog.sources {
        let _ = writeln!(
            out,
            "const {}: &str = {};",
            source_const(key),
            string(citation)
        );
    }
    out.push('\n');
    for m in &catalog.models {
        model(&mut out, m);
    }
    let _ = writeln!(
        out,
        "pub(crate) static MODELS: [&Model; {}] = [",
        catalog.models.len()
    );
    for m in &catalog.models {
        let _ = writeln!(out, "    &{},", static_name(&m.id));
    }
    out.push_str("];\n\n");

    let mut map = phf_codegen::Map::new();
    for m in &catalog.models {
        let name = static_name(&m.id);
        map.entry(m.id.as_str(), format!("Entry::Base(&{name})"));
        for (index, variant) in m.provisioned.iter().enumerate() {
            map.entry(
                variant.id.as_str(),
                format!("Entry::Provisioned(&{name}, {index})"),
            );
        }
    }
    let _ = writeln!(
        out,
        "pub(crate) static ENTRIES: ::phf::Map<&'static str, Entry> = {};",
        map.build()
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committed_catalog_code_is_fresh() {
        let root = crate::workspace_root();
        if let Err(problem) = check(&root) {
            panic!("{problem}");
        }
    }
}
