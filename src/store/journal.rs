//! A journal of pending renames: a batch of claim files replaced together
//! (`source update` moving its claims) that is killed part way is finished
//! by the next writer, which takes the lock, or by running it again.
//!
//! Every new text is in its temporary file, flushed, before the journal is
//! written; the journal names each file and the sha256 of the text it
//! replaces, and ends with `end`. Only then does the first rename happen,
//! and the journal is removed after the last. A writer taking the lock
//! renames each temporary file still there over its target, if the target
//! still holds the text the journal recorded (a file changed since, by hand,
//! is left alone and named). A journal without its `end` line was cut short
//! before any rename: it is removed and the temporary files with it.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::write::{sync_dir, tmp_path};
use crate::error::{Error, Result};

/// The journal's name in the folder it covers.
pub(super) const JOURNAL: &str = ".claimtrack-journal";
const HEADER: &str = "claimtrack-journal 1";

/// What the next writer finished of an interrupted batch.
#[derive(Debug, Clone, Default)]
pub struct Finished {
    /// What the batch was, as its writer described it (`source update figures`).
    pub what: String,
    /// Files renamed into place.
    pub renamed: usize,
    /// Files that changed since the journal was written, left alone.
    pub changed: Vec<PathBuf>,
}

/// A pending batch as `check` reports it.
#[derive(Debug, Clone)]
pub struct Pending {
    pub journal: PathBuf,
    pub what: String,
    /// Files whose new text still waits in its temporary file.
    pub waiting: usize,
}

/// The sha256 of the file at `path`, or `-` when there is none.
fn digest_of(path: &Path) -> String {
    match fs::read(path) {
        Ok(bytes) => super::sha256_hex(&bytes),
        Err(_) => "-".to_string(),
    }
}

/// Write the journal for `files` (all in `dir`, their temporary files
/// written and flushed) and flush it and the folder.
pub(super) fn begin(dir: &Path, what: &str, files: &[&Path]) -> Result<PathBuf> {
    let path = dir.join(JOURNAL);
    let mut text = format!("{HEADER}\nwhat {}\n", what.replace('\n', " "));
    for file in files {
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        text.push_str(&format!("{name}\t{}\n", digest_of(file)));
    }
    text.push_str("end\n");
    let _ = fs::remove_file(&path);
    let result = (|| {
        let mut f = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)?;
        f.write_all(text.as_bytes())?;
        f.sync_data()
    })();
    result.map_err(|e| Error::io(&path, e))?;
    sync_dir(dir)?;
    Ok(path)
}

/// Remove the journal once every rename is done.
pub(super) fn end(dir: &Path) -> Result<()> {
    let path = dir.join(JOURNAL);
    fs::remove_file(&path).map_err(|e| Error::io(&path, e))?;
    sync_dir(dir)
}

/// The journal's description and entries, if it is whole.
fn read(path: &Path) -> Option<(String, Vec<(String, String)>)> {
    let bytes = super::open::read_limited(path, 256 * 1024 * 1024).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let mut lines = text.lines();
    if lines.next()? != HEADER {
        return None;
    }
    let what = lines.next()?.strip_prefix("what ")?.to_string();
    let mut entries = Vec::new();
    for line in lines {
        if line == "end" {
            return Some((what, entries));
        }
        let (name, digest) = line.split_once('\t')?;
        // Only plain names in this folder: the journal is a file of the store.
        if name.is_empty() || name.contains(['/', '\\']) || name.starts_with('.') {
            return None;
        }
        entries.push((name.to_string(), digest.to_string()));
    }
    None
}

/// Finish what an interrupted batch in `dir` left, if it left anything.
/// Call with the lock held.
pub(super) fn recover(dir: &Path) -> Result<Option<Finished>> {
    let path = dir.join(JOURNAL);
    if fs::symlink_metadata(&path).is_err() {
        return Ok(None);
    }
    let Some((what, entries)) = read(&path) else {
        // Cut short before its first rename: nothing was moved.
        fs::remove_file(&path).map_err(|e| Error::io(&path, e))?;
        return Ok(None);
    };
    let mut finished = Finished {
        what,
        ..Finished::default()
    };
    for (name, digest) in entries {
        let target = dir.join(&name);
        let tmp = tmp_path(&target);
        if !fs::symlink_metadata(&tmp).is_ok_and(|m| m.is_file()) {
            continue; // renamed before the interruption
        }
        if digest_of(&target) != digest {
            finished.changed.push(target);
            continue;
        }
        fs::rename(&tmp, &target).map_err(|e| Error::io(&target, e))?;
        finished.renamed += 1;
    }
    sync_dir(dir)?;
    end(dir)?;
    Ok(Some(finished))
}

/// The batch an interrupted writer left in `dir`, for `check` (read only).
pub fn pending(dir: &Path) -> Option<Pending> {
    let path = dir.join(JOURNAL);
    fs::symlink_metadata(&path).ok()?;
    let (what, entries) = read(&path).unwrap_or_else(|| ("a write cut short".into(), Vec::new()));
    let waiting = entries
        .iter()
        .filter(|(name, _)| tmp_path(&dir.join(name)).is_file())
        .count();
    Some(Pending {
        journal: path,
        what,
        waiting,
    })
}
