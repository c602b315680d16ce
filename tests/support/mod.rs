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
