//! The file `check` keeps its conclusions in, `.claimtrack-check.cache`, and
//! the identities of the files those conclusions were drawn from.
//!
//! The file is derived and optional: reading it gives its bytes or nothing
//! (absent, a link, a FIFO, too big), and writing it is best-effort (a
//! uniquely named temporary file renamed over it; a read-only store, a full
//! disk or a folder in its place leave it as it was, silently). `check`
//! never takes the store lock, so two checks may write it at once; each
//! writes a whole file, and the last rename wins. What the bytes mean is
//! `check::reuse`'s business.

use std::fs;
use std::io::Write;
use std::path::Path;

use super::FileId;
use super::{Store, SETTINGS_FILE, TMP_SUFFIX};

/// The name of the file at the store root.
pub const CHECK_CACHE_FILE: &str = ".claimtrack-check.cache";

/// The largest cache read back (1 GiB); a bigger one is ignored and rebuilt.
const MAX_BYTES: u64 = 1 << 30;

/// What is at a path, as far as a kept conclusion depends on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileState {
    /// Nothing.
    Absent,
    /// A regular file, in this version.
    File(FileId),
    /// A link, a folder, a FIFO, or what could not be looked at: nothing
    /// drawn from it is kept.
    Other,
}

/// The identity of the file at `path` itself (a link is not followed).
pub fn file_state(path: &Path) -> FileState {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.is_file() => FileState::File(FileId::of(&meta)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => FileState::Absent,
        _ => FileState::Other,
    }
}

/// The identity of the file at `path`, when it is a regular file.
pub fn file_id(path: &Path) -> Option<FileId> {
    match file_state(path) {
        FileState::File(id) => Some(id),
        _ => None,
    }
}

/// Whether `path` is a folder itself, not a link to one.
pub fn is_real_folder(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.is_dir())
}

/// The identity of the running program's file, so that conclusions drawn
/// by one build are never served by another, whose rules may differ.
pub fn program_id() -> Option<FileId> {
    let exe = std::env::current_exe().ok()?;
    fs::metadata(exe)
        .ok()
        .filter(fs::Metadata::is_file)
        .map(|m| FileId::of(&m))
}

impl Store {
    /// The state of `claimtrack.yaml`.
    pub fn settings_state(&self) -> FileState {
        file_state(&self.root.join(SETTINGS_FILE))
    }

    /// The bytes of the check cache, or None (absent, unreadable, not a
    /// regular file, too big: all mean it is built again).
    pub fn read_check_cache(&self) -> Option<Vec<u8>> {
        super::open::read_limited(&self.root.join(CHECK_CACHE_FILE), MAX_BYTES).ok()
    }

    /// Replace the check cache with `bytes`, if the store can be written;
    /// any failure leaves the old one (or none) and is not reported.
    pub fn write_check_cache(&self, bytes: &[u8]) {
        let dir = if self.root.as_os_str().is_empty() {
            Path::new(".")
        } else {
            self.root.as_path()
        };
        let Ok(mut tmp) = tempfile::Builder::new()
            .prefix(&format!("{CHECK_CACHE_FILE}-"))
            .suffix(TMP_SUFFIX)
            .tempfile_in(dir)
        else {
            return;
        };
        if tmp.write_all(bytes).is_ok() && tmp.flush().is_ok() {
            // On failure the temporary file is removed when dropped.
            let _ = tmp.persist(dir.join(CHECK_CACHE_FILE));
        }
    }
}
