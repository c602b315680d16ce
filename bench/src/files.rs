//! Writing the generated crates: files rewritten only when their text changes (so cargo does
//! not rebuild what is the same), and touched when a build must recompile them.

use std::fs;
use std::path::Path;
use std::time::SystemTime;

/// Writes `contents` to `path` unless it holds them already, creating its directory.
pub fn write_if_changed(path: &Path, contents: &str) -> Result<(), String> {
    if fs::read_to_string(path).is_ok_and(|old| old == contents) {
        return Ok(());
    }
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    fs::write(path, contents).map_err(|e| format!("{}: {e}", path.display()))
}

/// Writes `contents` to `path` if there is no such file yet.
pub fn write_if_absent(path: &Path, contents: &str) -> Result<(), String> {
    if path.exists() {
        Ok(())
    } else {
        write_if_changed(path, contents)
    }
}

/// Sets the modification time of `path` to now, so that cargo rebuilds its crate.
pub fn touch(path: &Path) -> Result<(), String> {
    fs::File::options()
        .write(true)
        .open(path)
        .and_then(|file| file.set_modified(SystemTime::now()))
        .map_err(|e| format!("touch {}: {e}", path.display()))
}

/// Removes the directory `path` and everything in it; nothing to do if it does not exist.
pub fn remove_dir(path: &Path) -> Result<(), String> {
    match fs::remove_dir_all(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}
