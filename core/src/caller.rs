//! Whose crate a literal sits in: one its owner can edit, or a dependency its users cannot.
//!
//! Date-driven verdicts (an end of life, a model no longer listed) change with the calendar,
//! not with the code. In a crate its users cannot edit (a dependency from a registry or a git
//! source) they are warnings, so a library published with `model_id!` never breaks its users'
//! builds on a date; in the user's own crates they stay errors.

use std::path::{Path, PathBuf};

/// Where the crate being compiled comes from, as far as dates are concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CallingCrate {
    /// A crate its owner can edit: a workspace member, a path dependency, anything outside
    /// cargo's home.
    Editable,
    /// A dependency from a registry or a git source, which cargo unpacks under its home
    /// (`$CARGO_HOME/registry/`, `$CARGO_HOME/git/`).
    Dependency,
}

impl CallingCrate {
    /// Judges by the crate's manifest directory (`CARGO_MANIFEST_DIR`) and cargo's home
    /// (`CARGO_HOME`, else `$HOME/.cargo`). Unknown paths count as editable: the strict side.
    #[must_use]
    pub fn from_paths(manifest_dir: Option<&Path>, cargo_home: Option<&Path>) -> CallingCrate {
        let (Some(dir), Some(home)) = (manifest_dir, cargo_home) else {
            return CallingCrate::Editable;
        };
        let unpacked = ["registry", "git"]
            .iter()
            .any(|sub| dir.starts_with(home.join(sub)));
        if unpacked {
            CallingCrate::Dependency
        } else {
            CallingCrate::Editable
        }
    }

    /// From the process environment, as cargo and rust-analyzer set it for a proc macro.
    pub fn from_env() -> CallingCrate {
        let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from);
        let cargo_home = std::env::var_os("CARGO_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")));
        CallingCrate::from_paths(manifest_dir.as_deref(), cargo_home.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(dir: &str, home: &str) -> CallingCrate {
        CallingCrate::from_paths(Some(Path::new(dir)), Some(Path::new(home)))
    }

    #[test]
    fn registry_and_git_checkouts_are_dependencies() {
        let home = "/home/me/.cargo";
        assert_eq!(
            kind(
                "/home/me/.cargo/registry/src/index.crates.io-1/lib-0.1.0",
                home
            ),
            CallingCrate::Dependency
        );
        assert_eq!(
            kind("/home/me/.cargo/git/checkouts/lib-1a2b/3c4d", home),
            CallingCrate::Dependency
        );
    }

    #[test]
    fn everything_else_is_editable() {
        let home = "/home/me/.cargo";
        assert_eq!(kind("/home/me/src/app", home), CallingCrate::Editable);
        assert_eq!(kind("/home/me/.cargo/bin", home), CallingCrate::Editable);
        // A look-alike prefix is not the directory.
        assert_eq!(
            kind("/home/me/.cargo/registry2/x", home),
            CallingCrate::Editable
        );
        assert_eq!(
            CallingCrate::from_paths(None, Some(Path::new(home))),
            CallingCrate::Editable
        );
    }
}
