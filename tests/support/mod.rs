//! What the integration tests that build generated crates share.

use std::process::Command;

/// `cargo`, without the variables meant for this workspace's own build: flags such as
/// `-D warnings` would change the generated crates' lint levels, and the date, target and
/// account-catalog variables are each test's to set.
pub fn cargo() -> Command {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| env!("CARGO").into());
    let mut command = Command::new(cargo);
    for var in [
        "RUSTFLAGS",
        "CARGO_ENCODED_RUSTFLAGS",
        "CARGO_BUILD_RUSTFLAGS",
        "CARGO_TARGET_DIR",
        "CARGO_BUILD_TARGET_DIR",
        "SOURCE_DATE_EPOCH",
        "BEDROCK_MODEL_ID_AS_OF",
        "BEDROCK_MODEL_ID_CATALOG",
    ] {
        command.env_remove(var);
    }
    command
}

/// The target directory the tests that build generated crates share, so the dependencies
/// build once. (Not every test binary that includes this module uses it.)
#[allow(dead_code)]
pub fn shared_target() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("every-catalog-id")
        .join("target")
}

/// Writes a crate `name` under the test's temporary directory that depends on this facade
/// with `features`, its own workspace and this workspace's lock file, and `lib` as its
/// `src/lib.rs`; returns its directory. Not every test binary that includes this module
/// writes one.
#[allow(dead_code)]
pub fn generated_crate(name: &str, features: &[&str], lib: &str) -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(dir.join("src")).unwrap();
    let facade = env!("CARGO_MANIFEST_DIR");
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = {name:?}\nversion = \"0.0.0\"\nedition = \"2021\"\n\
             publish = false\n\n[dependencies]\nbedrock-model-id = {{ path = {facade:?}, \
             features = {features:?} }}\n\n[workspace]\n"
        ),
    )
    .unwrap();
    std::fs::copy(
        std::path::Path::new(facade).join("Cargo.lock"),
        dir.join("Cargo.lock"),
    )
    .unwrap();
    std::fs::write(dir.join("src/lib.rs"), lib).unwrap();
    dir
}
