//! Which version of a file a derived result was drawn from (`FileId`), and
//! the claim files listed once with theirs (`Store::claim_listing`), which
//! the claim cache and `check`'s cache both use; `claims/` opened to be
//! listed or asked for files by name (`ClaimsDir`), which the search index
//! uses to skip listing a folder whose names have not changed.

use std::fs::Metadata;
use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::Store;
use crate::error::{Error, Result};

/// The identity of one version of a regular file: its length, modification
/// and change times in nanoseconds, inode and device. A result derived from
/// the file (a cache entry, a conclusion of `check`) is valid only while
/// the identity is unchanged. The change time is set by every write and by
/// every change of the modification time, so a file restored with its old
/// size and time (`tar -x` of an archive made with `--mtime`) is still
/// noticed; claimtrack's own writes rename a new file over the old one,
/// which changes the inode too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FileId {
    len: u64,
    mtime_ns: u64,
    ctime_ns: u64,
    ino: u64,
    dev: u64,
}

impl FileId {
    /// Its length as bytes (`to_bytes`).
    pub const BYTES: usize = 40;

    /// The identity of a file's metadata (from `symlink_metadata`: a link's own).
    pub(crate) fn of(meta: &Metadata) -> FileId {
        let mtime_ns = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX));
        #[cfg(unix)]
        let (ino, dev, ctime_ns) = {
            use std::os::unix::fs::MetadataExt;
            (
                meta.ino(),
                meta.dev(),
                nanos(meta.ctime(), meta.ctime_nsec()),
            )
        };
        #[cfg(not(unix))]
        let (ino, dev, ctime_ns) = (0, 0, 0);
        FileId {
            len: meta.len(),
            mtime_ns,
            ctime_ns,
            ino,
            dev,
        }
    }

    /// The identity of a file's status as the system gives it (`fstatat`).
    #[cfg(unix)]
    #[allow(clippy::unnecessary_cast)] // the fields' integer types differ between targets
    fn of_stat(st: &rustix::fs::Stat) -> FileId {
        FileId {
            len: u64::try_from(st.st_size).unwrap_or(0),
            mtime_ns: nanos(st.st_mtime as i64, st.st_mtime_nsec as i64),
            ctime_ns: nanos(st.st_ctime as i64, st.st_ctime_nsec as i64),
            ino: st.st_ino as u64,
            dev: st.st_dev as u64,
        }
    }

    /// The length of the file, as bytes.
    pub fn size(&self) -> u64 {
        self.len
    }

    /// The modification time, in nanoseconds since 1970.
    pub fn mtime_ns(&self) -> u64 {
        self.mtime_ns
    }

    /// The change time (of the inode), in nanoseconds since 1970.
    pub fn ctime_ns(&self) -> u64 {
        self.ctime_ns
    }

    /// The inode number (0 where the system has none).
    pub fn ino(&self) -> u64 {
        self.ino
    }

    /// Whether the file was last changed more than two seconds before
    /// `now`: a file changed since may change again within the same
    /// timestamp, so nothing drawn from it is kept.
    pub fn is_settled(&self, now: SystemTime) -> bool {
        let settled = now
            .checked_sub(Duration::from_secs(2))
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX));
        self.mtime_ns.max(self.ctime_ns) < settled
    }

    /// The identity as bytes, as the caches keep it (little-endian).
    pub fn to_bytes(self) -> [u8; FileId::BYTES] {
        let mut out = [0; FileId::BYTES];
        for (i, v) in [self.len, self.mtime_ns, self.ctime_ns, self.ino, self.dev]
            .into_iter()
            .enumerate()
        {
            out[i * 8..i * 8 + 8].copy_from_slice(&v.to_le_bytes());
        }
        out
    }

    /// The identity `to_bytes` gave (None when `bytes` is too short).
    pub fn from_bytes(b: &[u8]) -> Option<FileId> {
        let v = |i: usize| -> Option<u64> {
            Some(u64::from_le_bytes(
                b.get(i * 8..i * 8 + 8)?.try_into().ok()?,
            ))
        };
        Some(FileId {
            len: v(0)?,
            mtime_ns: v(1)?,
            ctime_ns: v(2)?,
            ino: v(3)?,
            dev: v(4)?,
        })
    }
}

/// Seconds and nanoseconds as nanoseconds (0 before 1970).
#[cfg(unix)]
fn nanos(secs: i64, nsec: i64) -> u64 {
    u64::try_from(secs)
        .unwrap_or(0)
        .saturating_mul(1_000_000_000)
        .saturating_add(u64::try_from(nsec).unwrap_or(0))
}

/// One claim file as `claims/` lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimFile {
    /// Its name in `claims/` (`ID.yaml`).
    pub name: String,
    /// The identity of the file itself; None when it is not a regular file
    /// (a link, a folder, a FIFO) or could not be looked at, so that reading
    /// it reports what is wrong with it.
    pub id: Option<FileId>,
}

/// What the status of one name in `claims/` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimStatus {
    /// No such name (removed, or renamed away).
    Absent,
    /// A regular file, with the identity of its current version.
    File(FileId),
    /// Something else (a link, a folder, a FIFO) or a status that could not
    /// be read: reading it reports what is wrong with it.
    Other,
}

/// The `claims/` folder, open: listed (`list`) or asked for the status of
/// files by name (`status`), always of the folder that was opened. Its own
/// identity (`id`) is taken when it is opened, before any listing: any name
/// added, removed or renamed in it since changes that identity, so a
/// caller that recorded it beside the names it listed can tell whether the
/// names are still the same (each file's status still has to be asked).
#[derive(Debug)]
pub struct ClaimsDir {
    path: PathBuf,
    #[cfg(unix)]
    fd: rustix::fd::OwnedFd,
    id: Option<FileId>,
}

impl ClaimsDir {
    /// The folder's identity when it was opened (None if it could not be read).
    pub fn id(&self) -> Option<FileId> {
        self.id
    }

    /// The status of the file called `name` in the folder (a link not
    /// followed). A name that is not a claim file's name (`*.yaml`, not
    /// hidden, no separator) is `Other`.
    pub fn status(&self, name: &str) -> ClaimStatus {
        if !is_claim_file_name(name)
            || name.contains(['/', '\0'])
            || (cfg!(not(unix)) && name.contains('\\'))
        {
            return ClaimStatus::Other;
        }
        self.status_of(name)
    }

    #[cfg(unix)]
    fn status_of(&self, name: &str) -> ClaimStatus {
        use rustix::fs::{AtFlags, FileType};
        match rustix::fs::statat(&self.fd, name, AtFlags::SYMLINK_NOFOLLOW) {
            Ok(st) if FileType::from_raw_mode(st.st_mode) == FileType::RegularFile => {
                ClaimStatus::File(FileId::of_stat(&st))
            }
            Ok(_) => ClaimStatus::Other,
            Err(rustix::io::Errno::NOENT) => ClaimStatus::Absent,
            Err(_) => ClaimStatus::Other,
        }
    }

    #[cfg(not(unix))]
    fn status_of(&self, name: &str) -> ClaimStatus {
        match std::fs::symlink_metadata(self.path.join(name)) {
            Ok(m) if m.is_file() => ClaimStatus::File(FileId::of(&m)),
            Ok(_) => ClaimStatus::Other,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => ClaimStatus::Absent,
            Err(_) => ClaimStatus::Other,
        }
    }

    /// Every claim file (`*.yaml`, not hidden) in the folder's order, with
    /// the identity of the file itself: the folder is read once, and each
    /// file's status is asked of the open folder by name (`fstatat`, a link
    /// not followed), in parallel.
    #[cfg(unix)]
    pub fn list(&self) -> Result<Vec<ClaimFile>> {
        Ok(self
            .names()?
            .into_par_iter()
            .with_min_len(256)
            .map(|name| {
                let id = match self.status_of(&name) {
                    ClaimStatus::File(id) => Some(id),
                    ClaimStatus::Absent | ClaimStatus::Other => None,
                };
                ClaimFile { name, id }
            })
            .collect())
    }

    /// Every claim file's name (`*.yaml`, not hidden) in the folder's
    /// order, without the files' status.
    #[cfg(unix)]
    pub fn names(&self) -> Result<Vec<String>> {
        let io = |e: rustix::io::Errno| Error::io(&self.path, std::io::Error::from(e));
        let mut names = Vec::new();
        for entry in rustix::fs::Dir::read_from(&self.fd).map_err(io)? {
            let entry = entry.map_err(io)?;
            if let Ok(s) = entry.file_name().to_str() {
                if is_claim_file_name(s) {
                    names.push(s.to_string());
                }
            }
        }
        Ok(names)
    }

    #[cfg(not(unix))]
    pub fn names(&self) -> Result<Vec<String>> {
        super::scan::list_names(&self.path, |name| {
            is_claim_file_name(name).then(|| name.to_string())
        })
    }

    #[cfg(not(unix))]
    pub fn list(&self) -> Result<Vec<ClaimFile>> {
        let names = super::scan::list_names(&self.path, |name| {
            is_claim_file_name(name).then(|| name.to_string())
        })?;
        Ok(names
            .into_par_iter()
            .with_min_len(256)
            .map(|name| {
                let id = std::fs::symlink_metadata(self.path.join(&name))
                    .ok()
                    .filter(std::fs::Metadata::is_file)
                    .map(|m| FileId::of(&m));
                ClaimFile { name, id }
            })
            .collect())
    }
}

impl Store {
    /// Every claim file (`*.yaml`, not hidden), sorted by name, with the
    /// identity of the file itself: `claims/` is listed once, and each
    /// file's status is asked of the open folder by name (`fstatat`, a link
    /// not followed), in parallel, so that no path is walked again from the
    /// root for each of many files. What the claim cache, `check` and the
    /// search index check their entries against.
    pub fn claim_listing(&self) -> Result<Vec<ClaimFile>> {
        let mut files = self.claim_listing_unsorted()?;
        files.par_sort_unstable_by(|a, b| a.name.cmp(&b.name));
        Ok(files)
    }

    /// `claim_listing` in the folder's order, for a caller that matches
    /// names without needing them sorted.
    pub fn claim_listing_unsorted(&self) -> Result<Vec<ClaimFile>> {
        self.open_claims_dir()?.list()
    }

    /// `claims/` opened, with the folder's own identity taken first, to be
    /// listed or asked for the status of files by name.
    #[cfg(unix)]
    pub fn open_claims_dir(&self) -> Result<ClaimsDir> {
        use rustix::fs::{Mode, OFlags};
        let path = self.claims_dir();
        let fd = rustix::fs::open(
            &path,
            OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
            Mode::empty(),
        )
        .map_err(|e| Error::io(&path, std::io::Error::from(e)))?;
        let id = rustix::fs::fstat(&fd).ok().map(|st| FileId::of_stat(&st));
        Ok(ClaimsDir { path, fd, id })
    }

    #[cfg(not(unix))]
    pub fn open_claims_dir(&self) -> Result<ClaimsDir> {
        let path = self.claims_dir();
        let meta = std::fs::metadata(&path).map_err(|e| Error::io(&path, e))?;
        if !meta.is_dir() {
            return Err(Error::io(&path, std::io::Error::other("not a folder")));
        }
        Ok(ClaimsDir {
            id: Some(FileId::of(&meta)),
            path,
        })
    }

    /// Every claim file, sorted by name, with the identity of the file
    /// itself (see `claim_listing`), as paths.
    pub fn claim_file_ids(&self) -> Result<Vec<(PathBuf, Option<FileId>)>> {
        let dir = self.claims_dir();
        Ok(self
            .claim_listing()?
            .into_iter()
            .map(|f| (dir.join(f.name), f.id))
            .collect())
    }
}

/// Whether a name in `claims/` is a claim file's.
pub(super) fn is_claim_file_name(name: &str) -> bool {
    name.ends_with(".yaml") && !name.starts_with('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_identity_reads_back_from_its_bytes() {
        let id = FileId {
            len: 1,
            mtime_ns: 2,
            ctime_ns: u64::MAX,
            ino: 4,
            dev: 5,
        };
        assert_eq!(FileId::from_bytes(&id.to_bytes()), Some(id));
        assert_eq!(FileId::from_bytes(&id.to_bytes()[..39]), None);
    }

    #[cfg(unix)]
    #[test]
    fn the_listing_gives_what_the_metadata_of_each_path_gives() {
        let dir = tempfile::tempdir().unwrap();
        let (store, _) = Store::init(dir.path()).unwrap();
        let claims = store.claims_dir();
        for name in ["b.yaml", "a.yaml", "a-b.yaml"] {
            std::fs::write(claims.join(name), name).unwrap();
        }
        std::fs::write(claims.join(".hidden.yaml"), "x").unwrap();
        std::fs::write(claims.join("notes.txt"), "x").unwrap();
        std::fs::create_dir(claims.join("folder.yaml")).unwrap();
        std::os::unix::fs::symlink(claims.join("a.yaml"), claims.join("link.yaml")).unwrap();
        let listing = store.claim_listing().unwrap();
        let names: Vec<&str> = listing.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(
            names,
            ["a-b.yaml", "a.yaml", "b.yaml", "folder.yaml", "link.yaml"]
        );
        for f in &listing {
            let meta = std::fs::symlink_metadata(claims.join(&f.name)).unwrap();
            let expected = meta.is_file().then(|| FileId::of(&meta));
            assert_eq!(f.id, expected, "{}", f.name);
        }
        assert!(listing[0].id.is_some() && listing[3].id.is_none() && listing[4].id.is_none());
    }
}
