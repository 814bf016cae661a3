//! The writers' lock, and what an interrupted writer left behind: finished
//! (a journal of pending renames) or removed (temporary files) by the next
//! writer, and only listed for readers, which never lock.

use std::fs;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use super::journal::{self, Finished};
use super::write::tmp_path;
use super::{Store, LOCK_FILE, STAGING_PREFIX, TMP_SUFFIX};
use crate::error::{Error, Result};

/// What the lock file holds once its holder let it go: nothing an
/// interrupted writer leaves can be in the store.
const RELEASED: &[u8] = b"released\n";
/// What the lock file holds while a writer holds it; still there when the
/// writer was killed. Any content but `RELEASED` (this, an empty file, a
/// lock file written by an older version) makes the next writer look
/// through the store's folders for what was left behind.
const HELD: &[u8] = b"held\n";

/// Held while a command writes; released when dropped (also if the process dies).
#[derive(Debug)]
pub struct Lock {
    file: fs::File,
    /// Stale temporary files removed since the lock was taken (those found
    /// when it was taken are removed and reported by `lock` itself).
    pub cleaned: Vec<PathBuf>,
    /// An interrupted batch of claim files finished when the lock was taken.
    pub finished: Option<Finished>,
}

impl Drop for Lock {
    /// Say that the lock was let go in the normal way, so that the next
    /// writer need not look for temporary files (every writer removes its
    /// own when a write fails). Not after a panic, which may have left one.
    fn drop(&mut self) {
        if !std::thread::panicking() {
            let _ = replace_content(&mut self.file, RELEASED);
        }
    }
}

/// Replace the whole content of the lock file.
fn replace_content(file: &mut fs::File, content: &[u8]) -> std::io::Result<()> {
    file.set_len(0)?;
    file.seek(SeekFrom::Start(0))?;
    file.write_all(content)
}

impl Lock {
    /// Whether taking the lock finished an interrupted `source update` of `id`.
    pub fn finished_source(&self, id: &str) -> bool {
        self.finished
            .as_ref()
            .is_some_and(|f| f.what == format!("source update {id}"))
    }
}

impl Store {
    /// Take the store lock, waiting for other writers; finish an
    /// interrupted batch of claim files (see `journal.rs`) and clean up what
    /// an interrupted writer left behind for `targets`, and, when the last
    /// holder of the lock did not let it go (it was killed), everywhere.
    ///
    /// The lock file says which: `released` when its last holder finished,
    /// `held` while a writer holds it (flushed to disk before any write),
    /// so that a one-claim command need not list every claim file of a
    /// large store to learn that nothing was left behind.
    pub fn lock(&self, targets: &[PathBuf]) -> Result<Lock> {
        let path = self.root.join(LOCK_FILE);
        let mut file = self.lock_file()?;
        file.lock().map_err(|e| Error::io(&path, e))?;
        let mut was = Vec::new();
        (&file)
            .take(64)
            .read_to_end(&mut was)
            .map_err(|e| Error::io(&path, e))?;
        replace_content(&mut file, HELD)
            .and_then(|()| file.sync_data())
            .map_err(|e| Error::io(&path, e))?;
        let finished = journal::recover(&self.claims_dir())?;
        if let Some(f) = &finished {
            let mut text = format!(
                "note: finished an interrupted {}: {} claim file{} moved into place",
                f.what,
                f.renamed,
                if f.renamed == 1 { "" } else { "s" }
            );
            for p in &f.changed {
                text.push_str(&format!(
                    "\nnote: {} changed since it was interrupted; left as it is",
                    self.relative(p).display()
                ));
            }
            crate::output::note(&text);
        }
        let mut cleaned = Vec::new();
        for target in targets {
            let tmp = tmp_path(target);
            if tmp.exists() {
                fs::remove_file(&tmp).map_err(|e| Error::io(&tmp, e))?;
                cleaned.push(tmp);
            }
        }
        let mut lock = Lock {
            file,
            cleaned,
            finished,
        };
        // Under the lock every temporary file and staging folder is stale:
        // cleaning is for writers (readers only report them).
        if was != RELEASED {
            let stale = self.clean_stale(&lock)?;
            lock.cleaned.extend(stale);
        }
        // Said once, here, for every writer.
        for p in std::mem::take(&mut lock.cleaned) {
            crate::output::note(&format!(
                "note: removed {} left by an interrupted write",
                self.relative(&p).display()
            ));
        }
        Ok(lock)
    }

    /// The lock file, opened for locking: never through a link, which
    /// could make it anywhere.
    fn lock_file(&self) -> Result<fs::File> {
        let path = self.root.join(LOCK_FILE);
        let mut options = fs::OpenOptions::new();
        options.create(true).truncate(false).read(true).write(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC);
        }
        let file = options.open(&path).map_err(|e| Error::io(&path, e))?;
        let meta = file.metadata().map_err(|e| Error::io(&path, e))?;
        if !meta.is_file() {
            return Err(Error::file(
                &path,
                "is not a regular file; the store lock must be one",
            ));
        }
        Ok(file)
    }

    /// Every temporary file and import staging folder an interrupted write
    /// left in the store, listed only (for `check`, which never locks).
    pub fn stale_files(&self) -> Vec<PathBuf> {
        let mut stale = Vec::new();
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
                let Ok(file_type) = entry.file_type() else {
                    continue;
                };
                let tmp = name.ends_with(TMP_SUFFIX) && !file_type.is_dir();
                // An import that was killed before it moved its claims in.
                let staging = i == 0 && name.starts_with(STAGING_PREFIX) && file_type.is_dir();
                if tmp || staging {
                    stale.push(p);
                }
            }
        }
        stale.sort();
        stale
    }

    /// Remove every temporary file an interrupted write left in the store.
    /// Call with the lock held.
    pub fn clean_stale(&self, _lock: &Lock) -> Result<Vec<PathBuf>> {
        let stale = self.stale_files();
        for p in &stale {
            let is_dir = fs::symlink_metadata(p).is_ok_and(|m| m.is_dir());
            let removed = if is_dir {
                // An import that was killed before it moved its claims in.
                fs::remove_dir_all(p)
            } else {
                fs::remove_file(p)
            };
            removed.map_err(|e| Error::io(p, e))?;
        }
        Ok(stale)
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
        assert_eq!(store.stale_files().len(), 1);
        assert_eq!(store.clean_stale(&lock).unwrap().len(), 1);
        assert!(!tmp_path(&path).exists());
    }

    #[test]
    fn the_store_is_searched_for_leftovers_only_after_a_writer_that_did_not_let_go() {
        let dir = tempfile::tempdir().unwrap();
        let (store, _) = Store::init(dir.path()).unwrap();
        let lock_file = dir.path().join(LOCK_FILE);
        let left = dir.path().join("claims/a.yaml.claimtrack-tmp");
        let lock = store.lock(&[]).unwrap();
        assert_eq!(fs::read(&lock_file).unwrap(), HELD);
        drop(lock);
        // A writer killed while holding the lock leaves the file saying so.
        fs::write(&lock_file, HELD).unwrap();
        fs::write(&left, b"half").unwrap();
        let lock = store.lock(&[]).unwrap();
        assert!(!left.exists(), "the next writer removes what it left");
        drop(lock);
        assert_eq!(fs::read(&lock_file).unwrap(), RELEASED);
        // After a writer that finished, nothing is looked for: a file made
        // by hand stays (check reports it) …
        fs::write(&left, b"half").unwrap();
        drop(store.lock(&[]).unwrap());
        assert!(left.exists());
        assert_eq!(store.stale_files(), vec![left.clone()]);
        // … unless it is the temporary file of a target of the write.
        drop(store.lock(&[dir.path().join("claims/a.yaml")]).unwrap());
        assert!(!left.exists());
        // An empty lock file (a stale one, or one from an older version) is
        // not a release.
        fs::write(&left, b"half").unwrap();
        fs::write(&lock_file, b"").unwrap();
        drop(store.lock(&[]).unwrap());
        assert!(!left.exists());
    }
}
