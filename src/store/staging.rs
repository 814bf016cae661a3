//! Files that must land together: written to a folder inside the store, then renamed into place.

use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::{Lock, Store, STAGING_PREFIX};
use crate::error::{Error, Result};

impl Store {
    /// A staging folder inside the store for files that must land together.
    /// Call with the lock held; the lock must stay held until `commit`.
    pub fn staging(&self, _lock: &Lock) -> Result<Staging> {
        let dir = self
            .root
            .join(format!("{STAGING_PREFIX}{}", std::process::id()));
        if dir.exists() {
            fs::remove_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        }
        fs::create_dir(&dir).map_err(|e| Error::io(&dir, e))?;
        Ok(Staging {
            dir,
            root: self.root.clone(),
            files: Vec::new(),
        })
    }
}

/// New files written to a folder inside the store, then renamed into place
/// together. Dropping it without `commit` removes the folder and everything
/// in it, so a failed import leaves the store as it was.
#[derive(Debug)]
pub struct Staging {
    dir: PathBuf,
    root: PathBuf,
    /// Staged file and the store-relative place it goes.
    files: Vec<(PathBuf, PathBuf)>,
}

impl Staging {
    /// Stage a new file for `target` (relative to the store), which must not exist yet.
    pub fn add(&mut self, target: &Path, bytes: &[u8]) -> Result<()> {
        let dest = self.root.join(target);
        if dest.exists() {
            return Err(Error::file(
                target,
                "already exists; an import never overwrites a file",
            ));
        }
        let staged = self.dir.join(self.files.len().to_string());
        fs::write(&staged, bytes).map_err(|e| Error::io(&staged, e))?;
        self.files.push((staged, target.to_path_buf()));
        Ok(())
    }

    /// How many files are staged.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Flush every staged file, then rename each into place in the order staged.
    /// On failure the files already moved are removed again.
    pub fn commit(mut self) -> Result<usize> {
        self.files.par_iter().try_for_each(|(staged, _)| {
            fs::File::open(staged)
                .and_then(|f| f.sync_all())
                .map_err(|e| Error::io(staged, e))
        })?;
        let files = std::mem::take(&mut self.files);
        // Simulates an I/O failure after this many files were moved in
        // (only in builds with the `test-hooks` feature).
        #[cfg(feature = "test-hooks")]
        let fail_after: Option<usize> = std::env::var("CLAIMTRACK_TEST_FAIL_IMPORT_AFTER")
            .ok()
            .and_then(|v| v.parse().ok());
        #[cfg(not(feature = "test-hooks"))]
        let fail_after: Option<usize> = None;
        let mut moved: Vec<PathBuf> = Vec::new();
        let mut made_dirs: Vec<PathBuf> = Vec::new();
        for (staged, target) in &files {
            let dest = self.root.join(target);
            let result = (|| {
                if fail_after == Some(moved.len()) {
                    return Err(Error::io(
                        &dest,
                        std::io::Error::other(
                            "simulated failure (CLAIMTRACK_TEST_FAIL_IMPORT_AFTER)",
                        ),
                    ));
                }
                if let Some(parent) = dest.parent() {
                    if !parent.is_dir() {
                        fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
                        made_dirs.push(parent.to_path_buf());
                    }
                }
                if dest.exists() {
                    return Err(Error::file(target, "appeared during the import"));
                }
                fs::rename(staged, &dest).map_err(|e| Error::io(&dest, e))
            })();
            if let Err(e) = result {
                for p in moved.iter().rev() {
                    let _ = fs::remove_file(p);
                }
                for d in made_dirs.iter().rev() {
                    let _ = fs::remove_dir(d);
                }
                return Err(e);
            }
            moved.push(dest);
        }
        Ok(moved.len())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staged_files_land_together_or_not_at_all() {
        let dir = tempfile::tempdir().unwrap();
        let (store, _) = Store::init(dir.path()).unwrap();
        let lock = store.lock(&[]).unwrap();
        let mut staging = store.staging(&lock).unwrap();
        staging.add(Path::new("sources/s/r1.txt"), b"text").unwrap();
        staging.add(Path::new("claims/a.yaml"), b"a").unwrap();
        assert!(staging.add(Path::new("claims"), b"x").is_err());
        assert_eq!(staging.len(), 2);
        assert_eq!(staging.commit().unwrap(), 2);
        assert_eq!(
            fs::read(dir.path().join("sources/s/r1.txt")).unwrap(),
            b"text"
        );
        let mut dropped = store.staging(&lock).unwrap();
        dropped.add(Path::new("claims/b.yaml"), b"b").unwrap();
        drop(dropped);
        assert!(!dir.path().join("claims/b.yaml").exists());
        let left: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with(STAGING_PREFIX))
            .collect();
        assert!(left.is_empty());
    }
}
