//! The files of the search index: the claim files' keys it is checked
//! against, and reading, writing and removing its own derived files at the
//! store root. A search index is optional: failures to write it are
//! returned for a note, never fatal.

use std::fs;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::SystemTime;

use rayon::prelude::*;

use super::{ClaimsDir, FileId, Store};
use crate::error::{Error, Result};
use crate::search::FileKey;

/// The largest derived file read back whole (1 GiB); a bigger one is rebuilt.
const MAX_INDEX_BYTES: u64 = 1 << 30;
/// The largest derived file opened to be read in parts (4 GiB, the most
/// its 32-bit offsets reach); a bigger one is rebuilt.
const MAX_PARTS_BYTES: u64 = 1 << 32;

/// A derived file opened once and read in parts (the parts a search
/// needs), all from the same version of the file even if it is replaced
/// meanwhile.
#[derive(Debug)]
pub(crate) struct DerivedFile {
    file: Mutex<fs::File>,
    len: u64,
}

impl DerivedFile {
    /// The file's length when it was opened.
    pub(crate) fn len(&self) -> u64 {
        self.len
    }

    /// `len` bytes from `offset`; None when the file has fewer or cannot be read.
    pub(crate) fn read_at(&self, offset: u64, len: usize) -> Option<Vec<u8>> {
        use std::io::{Read, Seek, SeekFrom};
        if offset.checked_add(len as u64)? > self.len {
            return None;
        }
        let mut buf = vec![0u8; len];
        let mut file = self.file.lock().ok()?;
        file.seek(SeekFrom::Start(offset)).ok()?;
        file.read_exact(&mut buf).ok()?;
        Some(buf)
    }
}

/// The key of a claim file's current version as the search index keeps
/// it: the empty key for a name that is not a regular file (so reading it
/// reports what is wrong with it) and for a file changed in the two seconds
/// before `now`, which matches nothing and is read again by the next search
/// even if a later change keeps its length and timestamps.
pub(crate) fn file_key(id: Option<FileId>, now: SystemTime) -> FileKey {
    id.filter(|id| id.is_settled(now))
        .map(|id| FileKey {
            len: id.size(),
            mtime_ns: id.mtime_ns(),
            ctime_ns: id.ctime_ns(),
            ino: id.ino(),
        })
        .unwrap_or_default()
}

/// Every claim file's name in `dir` (in the folder's order, not sorted)
/// with the key of its current version (`file_key`).
pub(crate) fn claim_file_keys_in(
    dir: &ClaimsDir,
    now: SystemTime,
) -> Result<Vec<(String, FileKey)>> {
    Ok(dir
        .list()?
        .into_par_iter()
        .with_min_len(256)
        .map(|f| (f.name, file_key(f.id, now)))
        .collect())
}

impl Store {
    /// The path of the claim file called `name` (a name in `claims/`).
    pub(crate) fn claim_file(&self, name: &str) -> PathBuf {
        self.claims_dir().join(name)
    }

    /// The bytes of derived file `name` at the store root; None when it is
    /// absent, unreadable or too big (all mean: build it again).
    pub(crate) fn read_derived(&self, name: &str) -> Option<Vec<u8>> {
        // A link, a FIFO or a device in its place is refused like a damaged file.
        super::open::read_limited(&self.root().join(name), MAX_INDEX_BYTES).ok()
    }

    /// Derived file `name` at the store root, open to be read in parts;
    /// None when it is absent, not a regular file, or too big.
    pub(crate) fn open_derived(&self, name: &str) -> Option<DerivedFile> {
        let file = super::open::open_regular(&self.root().join(name)).ok()?;
        let len = file.metadata().ok()?.len();
        (len <= MAX_PARTS_BYTES).then(|| DerivedFile {
            file: Mutex::new(file),
            len,
        })
    }

    /// Replace derived file `name` at the store root with `bytes`: a
    /// uniquely named temporary file renamed over it, so that two searches
    /// writing at once never mix their bytes.
    pub(crate) fn write_derived(&self, name: &str, bytes: &[u8]) -> Result<()> {
        self.write_derived_parts(name, &[bytes])
    }

    /// `write_derived` of the bytes of `parts`, one after the other.
    pub(crate) fn write_derived_parts(&self, name: &str, parts: &[&[u8]]) -> Result<()> {
        use std::io::Write;
        let root = self.root();
        let dir = if root.as_os_str().is_empty() {
            std::path::Path::new(".")
        } else {
            root
        };
        let target = dir.join(name);
        let mut tmp = tempfile::Builder::new()
            .prefix(&format!("{name}-"))
            .suffix(".claimtrack-tmp")
            .tempfile_in(dir)
            .map_err(|e| Error::io(&target, e))?;
        for part in parts {
            tmp.write_all(part).map_err(|e| Error::io(tmp.path(), e))?;
        }
        tmp.persist(&target)
            .map_err(|e| Error::io(&target, e.error))?;
        Ok(())
    }

    /// Remove derived file `name`, if it is there.
    pub(crate) fn remove_derived(&self, name: &str) -> Result<()> {
        let path = self.root().join(name);
        match fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(Error::io(&path, e)),
            _ => Ok(()),
        }
    }
}
