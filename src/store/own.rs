//! Whether a path is one of the store's own files, which a command's
//! output (`report --output`) must never replace.

use std::fs;
use std::path::{Component, Path, PathBuf};

use super::{cache, Store, CHECK_CACHE_FILE, LOCK_FILE, SETTINGS_FILE, STAGING_PREFIX, TMP_SUFFIX};
use crate::error::{Error, Result};

/// Names at the store's root that belong to it.
const ROOT_FILES: &[&str] = &[
    LOCK_FILE,
    SETTINGS_FILE,
    cache::CACHE_FILE,
    cache::OLD_CACHE_FILE,
    CHECK_CACHE_FILE,
    ".gitattributes",
    ".gitignore",
    ".git",
];

impl Store {
    /// Refuse `path` as a file to write output to when it is, or would
    /// replace, one of the store's own files: anything in `claims/` or
    /// `sources/`, the lock, the settings, the caches, git's files, a
    /// temporary or staging file. Paths are compared once resolved (`..`,
    /// links), and a hard link to a file of the store is refused wherever
    /// it is.
    pub fn refuse_own_file(&self, path: &Path) -> Result<()> {
        let refuse = || {
            Error::file(
                path,
                "is one of the store's own files; write the output somewhere else",
            )
        };
        let root_dir = if self.root.as_os_str().is_empty() {
            Path::new(".")
        } else {
            self.root.as_path()
        };
        let root = fs::canonicalize(root_dir).map_err(|e| Error::io(root_dir, e))?;
        let resolved = resolve(path)?;
        if let Ok(rel) = resolved.strip_prefix(&root) {
            let first = rel.components().next().and_then(|c| match c {
                Component::Normal(n) => n.to_str(),
                _ => None,
            });
            let name = rel.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let own = match first {
                Some("claims" | "sources") => true,
                Some(f) => ROOT_FILES.contains(&f) || f.starts_with(STAGING_PREFIX),
                None => true,
            } || name.ends_with(TMP_SUFFIX);
            if own {
                return Err(refuse());
            }
        }
        #[cfg(unix)]
        if let Ok(meta) = fs::metadata(&resolved) {
            use std::os::unix::fs::MetadataExt;
            if meta.nlink() > 1 && self.holds_inode(meta.dev(), meta.ino()) {
                return Err(refuse());
            }
        }
        Ok(())
    }

    /// Whether a file of the store (claims, sources, root files) is the inode `ino`.
    #[cfg(unix)]
    fn holds_inode(&self, dev: u64, ino: u64) -> bool {
        use std::os::unix::fs::MetadataExt;
        let same =
            |p: &Path| fs::symlink_metadata(p).is_ok_and(|m| m.dev() == dev && m.ino() == ino);
        let files_in = |dir: &Path| -> Vec<PathBuf> {
            fs::read_dir(dir)
                .map(|entries| entries.flatten().map(|e| e.path()).collect())
                .unwrap_or_default()
        };
        if ROOT_FILES.iter().any(|f| same(&self.root.join(f))) {
            return true;
        }
        if files_in(&self.claims_dir()).iter().any(|p| same(p)) {
            return true;
        }
        files_in(&self.sources_dir())
            .iter()
            .filter(|d| fs::symlink_metadata(d).is_ok_and(|m| m.is_dir()))
            .any(|d| files_in(d).iter().any(|p| same(p)))
    }
}

/// `path` with `..` and links resolved; for a file that does not exist yet,
/// its folder resolved and its name joined.
fn resolve(path: &Path) -> Result<PathBuf> {
    if let Ok(p) = fs::canonicalize(path) {
        return Ok(p);
    }
    let name = path
        .file_name()
        .ok_or_else(|| Error::file(path, "names a folder, not a file"))?;
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    match fs::canonicalize(parent) {
        Ok(parent) => Ok(parent.join(name)),
        // A folder that does not exist holds none of the store's files; the
        // write itself says what is wrong.
        Err(_) => Ok(path.to_path_buf()),
    }
}
