//! `model_id!` works in crates of editions 2018, 2021 and 2024, under a renamed dependency,
//! called by path and through `use`, in `const`, `static` and expression position.

use std::path::Path;
mod support;

const SOURCE: &str = r#"
use bmi::{model_id, ModelId};

pub const EMBED: ModelId = model_id!("amazon.titan-embed-text-v2:0");
pub static PROFILE: ModelId = bmi::model_id!("eu.amazon.nova-pro-v1:0", region = "eu-west-1");

pub fn arn() -> String {
    model_id!("arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcd1234efgh").into()
}
"#;

#[test]
fn model_id_works_in_every_edition_under_a_renamed_dependency() {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    // Shared with tests/every_catalog_id.rs, so the dependencies build once.
    let target = tmp.join("every-catalog-id").join("target");
    let facade = env!("CARGO_MANIFEST_DIR");
    for edition in ["2018", "2021", "2024"] {
        let dir = tmp.join(format!("edition-{edition}"));
        std::fs::create_dir_all(dir.join("src")).unwrap();
        std::fs::write(
            dir.join("Cargo.toml"),
            format!(
                "[package]\nname = \"edition-{edition}\"\nversion = \"0.0.0\"\nedition = \
                 \"{edition}\"\npublish = false\n\n[dependencies]\nbmi = {{ package = \
                 \"bedrock-model-id\", path = {facade:?} }}\n\n[workspace]\n"
            ),
        )
        .unwrap();
        std::fs::copy(Path::new(facade).join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
        std::fs::write(dir.join("src/lib.rs"), SOURCE).unwrap();
        let output = support::cargo()
            .current_dir(&dir)
            .env("BEDROCK_MODEL_ID_AS_OF", "2026-11-23")
            .env("RUSTFLAGS", "-D warnings")
            .args(["check", "--offline", "--lib", "--target-dir"])
            .arg(&target)
            .output()
            .expect("cargo runs");
        assert!(
            output.status.success(),
            "edition {edition}:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}
