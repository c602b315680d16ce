//! The account's own model IDs, from the file `BEDROCK_MODEL_ID_CATALOG` names.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use bedrock_model_id_core::{AccountCatalog, CATALOG_VAR};
use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// A parsed file, and what identifies its version on disk.
pub(crate) struct Loaded {
    pub(crate) catalog: AccountCatalog,
    path: PathBuf,
    stamp: (u64, Option<SystemTime>),
}

/// One parse per file version per process: rustc and rust-analyzer keep the macro loaded.
static CACHE: Mutex<Option<Arc<Loaded>>> = Mutex::new(None);

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
    let Some(path) = path() else {
        return Ok(None);
    };
    let shown = path.display();
    let metadata = std::fs::metadata(&path)
        .map_err(|e| format!("{CATALOG_VAR}: cannot read `{shown}`: {e}"))?;
    let stamp = (metadata.len(), metadata.modified().ok());
    let mut cache = CACHE
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(loaded) = cache
        .as_ref()
        .filter(|l| l.path == path && l.stamp == stamp)
    {
        return Ok(Some(Arc::clone(loaded)));
    }
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("{CATALOG_VAR}: cannot read `{shown}`: {e}"))?;
    let catalog =
        AccountCatalog::parse(&text).map_err(|e| format!("{CATALOG_VAR}: `{shown}`: {e}"))?;
    let loaded = Arc::new(Loaded {
        catalog,
        path,
        stamp,
    });
    *cache = Some(Arc::clone(&loaded));
    Ok(Some(loaded))
}

/// Makes rustc record the variable and the file, so cargo re-runs the check on a change.
pub(crate) fn tracking() -> TokenStream {
    let var = Literal::string(CATALOG_VAR);
    let file = path().and_then(|p| p.to_str().map(Literal::string));
    let file = file.map(|f| quote! { const _: &[u8] = ::core::include_bytes!(#f); });
    quote! {
        let _ = ::core::option_env!(#var);
        #file
    }
}
