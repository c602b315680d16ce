//! The toolchain the reviewed `.stderr` snapshots were written for. rustc's wording and
//! layout change between releases (nightly already differs), so compile-fail snapshots are
//! compared only on this one; on others the cases still run as pass cases where they have any,
//! and the harness says that it compared no snapshot.

/// Whether this test binary was built by the toolchain of the snapshots: stable 1.95.
#[rustversion::stable(1.95)]
pub const SNAPSHOTS_MATCH: bool = true;

/// Whether this test binary was built by the toolchain of the snapshots: stable 1.95.
#[rustversion::not(stable(1.95))]
pub const SNAPSHOTS_MATCH: bool = false;

/// Says why the compile-fail snapshots are not compared on this toolchain.
pub fn note_skipped(suite: &str) {
    eprintln!(
        "{suite}: the .stderr snapshots are reviewed for rustc stable 1.95; this toolchain's \
         wording differs, so compile-fail cases are not compared here"
    );
}
