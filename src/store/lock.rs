//! The writers' lock, and cleaning what an interrupted writer left behind.

use std::fs;
use std::path::{Path, PathBuf};

use super::write::tmp_path;
use super::{Store, LOCK_FILE, STAGING_PREFIX, TMP_SUFFIX};
use crate::error::{Error, Result};

/// Held while a command writes; released when dropped (also if the process dies).
#[derive(Debug)]
pub struct Lock {
    _file: fs::File,
    /// Stale temporary files found and removed when the lock was taken.
    pub cleaned: Vec<PathBuf>,
}

impl Store {
    /// Take the store lock, waiting for other writers; clean up what an
    /// interrupted writer left behind for `targets`.
    pub fn lock(&self, targets: &[PathBuf]) -> Result<Lock> {
        let path = self.root.join(LOCK_FILE);
        let file = self.lock_file()?;
        file.lock().map_err(|e| Error::io(&path, e))?;
        let mut cleaned = Vec::new();
        for target in targets {
            let tmp = tmp_path(target);
            if tmp.exists() {
                fs::remove_file(&tmp).map_err(|e| Error::io(&tmp, e))?;
                cleaned.push(tmp);
            }
        }
        Ok(Lock {
            _file: file,
            cleaned,
        })
    }

    /// For a reader (`check`): remove what interrupted writers left in the
    /// store, if no writer is at work. It never waits: while a writer holds
    /// the lock its temporary files are not stale, and nothing is removed.
    pub fn tidy_if_idle(&self) -> Result<Vec<PathBuf>> {
        let path = self.root.join(LOCK_FILE);
        let file = self.lock_file()?;
        match file.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => return Ok(Vec::new()),
            Err(fs::TryLockError::Error(e)) => return Err(Error::io(&path, e)),
        }
        let lock = Lock {
            _file: file,
            cleaned: Vec::new(),
        };
        self.clean_stale(&lock)
    }

    fn lock_file(&self) -> Result<fs::File> {
        let path = self.root.join(LOCK_FILE);
        fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| Error::io(&path, e))
    }

    /// Remove every temporary file an interrupted write left in the store.
    /// Call with the lock held.
    pub fn clean_stale(&self, _lock: &Lock) -> Result<Vec<PathBuf>> {
        let mut cleaned = Vec::new();
        let mut dirs = vec![self.root.clone(), self.claims_dir()];
        // Every folder in sources/, with a source.yaml or not (an interrupted `source add`).
        if let Ok(folders) = self.source_folders() {
            dirs.extend(folders.iter().map(|n| self.sources_dir().join(n)));
        }
        for (i, dir) in dirs.iter().enumerate() {
            let Ok(entries) = fs::read_dir(dir_or_dot(dir)) else {
                continue;
            };
            for entry in entries.flatten() {
                let name = entry.file_name();
                let Some(name) = name.to_str() else {
                    continue;
                };
                // Joined to `dir` (not `entry.path()`) so that messages read `claims/x`, not `./claims/x`.
                let p = dir.join(name);
                if name.ends_with(TMP_SUFFIX) && p.is_file() {
                    fs::remove_file(&p).map_err(|e| Error::io(&p, e))?;
                    cleaned.push(p);
                } else if i == 0 && name.starts_with(STAGING_PREFIX) && p.is_dir() {
                    // An import that was killed before it moved its claims in.
                    fs::remove_dir_all(&p).map_err(|e| Error::io(&p, e))?;
                    cleaned.push(p);
                }
            }
        }
        Ok(cleaned)
    }
}

/// `.` for the empty path (the current folder), else the path itself.
fn dir_or_dot(path: &Path) -> &Path {
    if path.as_os_str().is_empty() {
        Path::new(".")
    } else {
        path
    }
}

#[cfg(test)]
mod tests {
    use super::super::write_atomic;
    use super::*;

    #[test]
    fn writes_are_atomic_and_locked() {
        let dir = tempfile::tempdir().unwrap();
        let (store, made) = Store::init(dir.path()).unwrap();
        assert!(made.contains(&"claims/".to_string()));
        let lock = store.lock(&[]).unwrap();
        let path = dir.path().join("claims/a.yaml");
        write_atomic(&path, b"x").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"x");
        fs::write(tmp_path(&path), b"half").unwrap();
        assert_eq!(store.clean_stale(&lock).unwrap().len(), 1);
        assert!(!tmp_path(&path).exists());
    }
}
