//! The account's own model IDs, from the file `BEDROCK_MODEL_ID_CATALOG` names.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use bedrock_model_id_core::{AccountCatalog, CATALOG_VAR};
use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// A parsed file, and what identifies its version on disk.
pub(crate) struct Loaded {
    pub(crate) catalog: AccountCatalog,
}

/// What identifies a file's version on disk: its length and modification time.
type Stamp = (u64, Option<SystemTime>);

/// The outcome of reading one version of one file: the catalog, or the message every call
/// reports while the file stays as it is.
struct Cached {
    path: PathBuf,
    stamp: Stamp,
    outcome: Result<Arc<Loaded>, String>,
}

/// One read and parse per file version per process, whether it succeeds or fails: rustc and
/// rust-analyzer keep the macro loaded, and every call of a crate asks.
static CACHE: Mutex<Option<Cached>> = Mutex::new(None);

fn path() -> Option<PathBuf> {
    let name = std::env::var_os(CATALOG_VAR)?;
    let path = PathBuf::from(name);
    if path.is_absolute() {
        return Some(path);
    }
    // Relative to the crate being compiled, as cargo runs rustc there.
    let base = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_default();
    Some(base.join(path))
}

pub(crate) fn load() -> Result<Option<Arc<Loaded>>, String> {
    match path() {
        None => Ok(None),
        Some(path) => load_from(&path).map(Some),
    }
}

/// The catalog in `path`. A file that fails to read or parse is read once per version too:
/// each later call gets the same message, so each still fails to compile, without the cost.
fn load_from(path: &Path) -> Result<Arc<Loaded>, String> {
    let metadata = std::fs::metadata(path)
        .map_err(|e| format!("{CATALOG_VAR}: cannot read `{}`: {e}", path.display()))?;
    let stamp = (metadata.len(), metadata.modified().ok());
    let mut cache = CACHE
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(cached) = cache
        .as_ref()
        .filter(|c| c.path == path && c.stamp == stamp)
    {
        return cached.outcome.clone();
    }
    let outcome = read(path);
    *cache = Some(Cached {
        path: path.to_owned(),
        stamp,
        outcome: outcome.clone(),
    });
    outcome
}

fn read(path: &Path) -> Result<Arc<Loaded>, String> {
    #[cfg(test)]
    tests::READS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let catalog = AccountCatalog::from_file(path).map_err(|e| format!("{CATALOG_VAR}: {e}"))?;
    Ok(Arc::new(Loaded { catalog }))
}

/// Makes rustc record the variable and the file, so cargo re-runs the check on a change.
///
/// The file is named to `include_bytes!` only when it can be read: otherwise the macro's own
/// error says why, and `include_bytes!` would add a second one.
pub(crate) fn tracking() -> TokenStream {
    let var = Literal::string(CATALOG_VAR);
    let file = path()
        .filter(|p| p.is_file() && std::fs::File::open(p).is_ok())
        .and_then(|p| p.to_str().map(Literal::string));
    let file = file.map(|f| quote! { const _: &[u8] = ::core::include_bytes!(#f); });
    quote! {
        let _ = ::core::option_env!(#var);
        #file
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// How many times a file was read and parsed.
    pub(super) static READS: AtomicUsize = AtomicUsize::new(0);

    /// One test, as the cache and the counter are per process.
    #[test]
    fn each_file_version_is_read_once_whether_it_parses_or_not() {
        let dir =
            std::env::temp_dir().join(format!("bedrock-model-id-macros-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let bad = dir.join("bad.json");
        std::fs::write(&bad, r#"{"modelSummaries": [{"modelId": "Acme.m-v1:0"}]}"#).unwrap();
        let before = READS.load(Ordering::Relaxed);
        let errors: Vec<String> = (0..30).map(|_| load_from(&bad).err().unwrap()).collect();
        assert_eq!(READS.load(Ordering::Relaxed) - before, 1);
        assert!(errors.iter().all(|e| *e == errors[0]), "{errors:?}");
        assert!(
            errors[0].starts_with(&format!("{CATALOG_VAR}: `{}`: summary 0", bad.display())),
            "{}",
            errors[0]
        );

        // A new version is read again, once.
        std::fs::write(&bad, r#"{"modelSummaries": [{"modelId": "acme.m-v1:0"}] }"#).unwrap();
        for _ in 0..30 {
            assert!(load_from(&bad).unwrap().catalog.contains("acme.m-v1:0"));
        }
        assert_eq!(READS.load(Ordering::Relaxed) - before, 2);

        // A missing file is not cached, and not tracked.
        let missing = dir.join("missing.json");
        let message = load_from(&missing).err().unwrap();
        assert!(message.starts_with(&format!(
            "{CATALOG_VAR}: cannot read `{}`",
            missing.display()
        )));
        assert_eq!(READS.load(Ordering::Relaxed) - before, 2);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
