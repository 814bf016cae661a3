//! The files of the search index: the claim files' keys it is checked
//! against, and reading, writing and removing its own derived files at the
//! store root. A search index is optional: failures to write it are
//! returned for a note, never fatal.

use std::fs;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rayon::prelude::*;

#[cfg(not(unix))]
use super::scan::list_names;
use super::Store;
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

fn ns(t: std::io::Result<SystemTime>) -> u64 {
    t.ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
}

/// A file changed in the last two seconds gets the empty key, which matches
/// nothing, so that it is read again by the next search even if a later
/// change keeps its length and timestamps.
fn settle(key: FileKey, settled_before: u64) -> FileKey {
    if key.mtime_ns >= settled_before || key.ctime_ns >= settled_before {
        FileKey::default()
    } else {
        key
    }
}

/// The key of a file's status as the system gives it.
#[cfg(unix)]
#[allow(clippy::unnecessary_cast)] // the fields' integer types differ between targets
fn key_of_stat(st: &rustix::fs::Stat, settled_before: u64) -> FileKey {
    let at = |s: i64, n: u64| {
        u64::try_from(s)
            .unwrap_or(0)
            .saturating_mul(1_000_000_000)
            .saturating_add(n)
    };
    settle(
        FileKey {
            len: u64::try_from(st.st_size).unwrap_or(0),
            mtime_ns: at(st.st_mtime as i64, st.st_mtime_nsec as u64),
            ctime_ns: at(st.st_ctime as i64, st.st_ctime_nsec as u64),
            ino: st.st_ino as u64,
        },
        settled_before,
    )
}

/// The key of a file's metadata, where there is no change time or inode.
#[cfg(not(unix))]
fn key_of(meta: &fs::Metadata, settled_before: u64) -> FileKey {
    settle(
        FileKey {
            len: meta.len(),
            mtime_ns: ns(meta.modified()),
            ctime_ns: 0,
            ino: 0,
        },
        settled_before,
    )
}

impl Store {
    /// Every claim file's name (in the folder's order, not sorted) with the
    /// key of its current version, read in parallel. A name that is not a
    /// regular file gets the empty key, so reading it reports what is wrong
    /// with it.
    pub(crate) fn claim_file_keys(&self) -> Result<Vec<(String, FileKey)>> {
        let settled_before = ns(Ok(SystemTime::now()
            .checked_sub(Duration::from_secs(2))
            .unwrap_or(UNIX_EPOCH)));
        self.claim_file_keys_unsorted(settled_before)
    }

    /// The names are read from the open folder and each file's metadata is
    /// asked of the folder by name (`fstatat`), so that no path is walked
    /// again from the root for each of many files.
    #[cfg(unix)]
    fn claim_file_keys_unsorted(&self, settled_before: u64) -> Result<Vec<(String, FileKey)>> {
        use rustix::fs::{AtFlags, FileType, Mode, OFlags};
        let dir = self.claims_dir();
        let io = |e: rustix::io::Errno| Error::io(&dir, std::io::Error::from(e));
        let fd = rustix::fs::open(
            &dir,
            OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
            Mode::empty(),
        )
        .map_err(io)?;
        let mut names = Vec::new();
        for entry in rustix::fs::Dir::read_from(&fd).map_err(io)? {
            let entry = entry.map_err(io)?;
            let name = entry.file_name();
            let bytes = name.to_bytes();
            if bytes.ends_with(b".yaml") && !bytes.starts_with(b".") && name.to_str().is_ok() {
                names.push(name.to_owned());
            }
        }
        Ok(names
            .into_par_iter()
            .with_min_len(256)
            .filter_map(|cname| {
                let key = rustix::fs::statat(&fd, cname.as_c_str(), AtFlags::SYMLINK_NOFOLLOW)
                    .ok()
                    .filter(|st| FileType::from_raw_mode(st.st_mode) == FileType::RegularFile)
                    .map(|st| key_of_stat(&st, settled_before))
                    .unwrap_or_default();
                // Checked to be UTF-8 above.
                Some((cname.into_string().ok()?, key))
            })
            .collect())
    }

    #[cfg(not(unix))]
    fn claim_file_keys_unsorted(&self, settled_before: u64) -> Result<Vec<(String, FileKey)>> {
        let dir = self.claims_dir();
        let names = list_names(&dir, |name| {
            (name.ends_with(".yaml") && !name.starts_with('.')).then(|| name.to_string())
        })?;
        Ok(names
            .into_par_iter()
            .with_min_len(256)
            .map(|name| {
                let key = fs::symlink_metadata(dir.join(&name))
                    .ok()
                    .filter(fs::Metadata::is_file)
                    .map(|m| key_of(&m, settled_before))
                    .unwrap_or_default();
                (name, key)
            })
            .collect())
    }

    /// The path of the claim file called `name` (a name from `claim_file_keys`).
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
