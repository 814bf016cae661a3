//! A cache of parsed claims, so that commands reading every claim need not parse every file.
//!
//! `.claimtrack-cache.jsonl` at the store root holds, a line each, a claim
//! file's name, the key of the file it was parsed from (length, modification
//! time, inode) and the claim as JSON, which reads several times faster than
//! YAML. An entry is used only when the file's key still matches, so a
//! changed file is always parsed again; claimtrack's own writes rename a new
//! file over the old one, which changes the inode too. The cache is derived
//! data: deleting it loses nothing, and a cache that cannot be read or
//! written is ignored.

use std::collections::HashMap;
use std::fs::Metadata;
use std::io::Write;
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::model::Claim;

pub(super) const CACHE_FILE: &str = ".claimtrack-cache.jsonl";

/// Written first in the file; a cache from another version is ignored.
const HEADER: &str = concat!("claimtrack-cache 2 ", env!("CARGO_PKG_VERSION"));

/// Stores smaller than this are parsed directly: the cache would not pay.
pub(super) const MIN_CLAIMS: usize = 200;

/// What identifies the version of a file the cache entry was parsed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct Key {
    len: u64,
    mtime_ns: u64,
    /// The inode's change time: set by every write and by every change of
    /// the modification time, so a file restored with its old size and
    /// time (`tar -x` of an archive made with `--mtime`) is still noticed.
    ctime_ns: u64,
    ino: u64,
    dev: u64,
}

impl Key {
    pub(super) fn of(meta: &Metadata) -> Key {
        let mtime_ns = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX));
        #[cfg(unix)]
        let (ino, dev, ctime_ns) = {
            use std::os::unix::fs::MetadataExt;
            let ctime = u64::try_from(meta.ctime()).unwrap_or(0);
            let nanos = u64::try_from(meta.ctime_nsec()).unwrap_or(0);
            (
                meta.ino(),
                meta.dev(),
                ctime.saturating_mul(1_000_000_000).saturating_add(nanos),
            )
        };
        #[cfg(not(unix))]
        let (ino, dev, ctime_ns) = (0, 0, 0);
        Key {
            len: meta.len(),
            mtime_ns,
            ctime_ns,
            ino,
            dev,
        }
    }

    /// A file modified in the last two seconds may be modified again within
    /// the same timestamp; such a file is not cached.
    pub(super) fn is_settled(&self, now: SystemTime) -> bool {
        let settled = now
            .checked_sub(Duration::from_secs(2))
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX));
        self.mtime_ns.max(self.ctime_ns) < settled
    }
}

#[derive(Serialize)]
struct EntryOut<'a> {
    name: &'a str,
    key: Key,
    claim: &'a Claim,
}

#[derive(Deserialize)]
struct EntryIn {
    key: Key,
    claim: Claim,
}

#[derive(Deserialize)]
struct EntryName<'a> {
    #[serde(borrow)]
    name: std::borrow::Cow<'a, str>,
}

/// Reads the cache front to back alongside the sorted list of claim files,
/// a chunk at a time, so that only a chunk of it is in memory at once.
#[derive(Debug)]
pub(super) struct Reader {
    lines: Option<std::io::Lines<std::io::BufReader<std::fs::File>>>,
    /// A line read ahead that belongs to a later chunk.
    pending: Option<(String, String)>,
}

impl Reader {
    /// Open the cache at `path`; an absent or foreign cache reads as empty.
    pub(super) fn open(path: &Path) -> Reader {
        use std::io::BufRead;
        // A regular file only: a FIFO planted under its name would block.
        let mut lines = super::open::open_regular(path)
            .ok()
            .map(|f| std::io::BufReader::new(f).lines());
        let header_ok = lines
            .as_mut()
            .and_then(|l| l.next())
            .and_then(|l| l.ok())
            .is_some_and(|h| h == HEADER);
        Reader {
            lines: if header_ok { lines } else { None },
            pending: None,
        }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.lines.is_none()
    }

    /// The entries for names up to and including `last`, by name. Entries
    /// are in name order, as they were written.
    pub(super) fn chunk(&mut self, last: &str) -> HashMap<String, String> {
        let mut out = HashMap::new();
        loop {
            let (name, line) = match self.pending.take() {
                Some(p) => p,
                None => match self.lines.as_mut().and_then(|l| l.next()) {
                    Some(Ok(line)) => {
                        let prefix = name_prefix(&line);
                        let Ok(entry) = serde_json::from_str::<EntryName>(&prefix) else {
                            continue;
                        };
                        let name = entry.name.into_owned();
                        (name, line)
                    }
                    _ => return out,
                },
            };
            if name.as_str() > last {
                self.pending = Some((name, line));
                return out;
            }
            out.insert(name, line);
        }
    }
}

/// The cached claim in `line`, when it was parsed from a file with `key`.
pub(super) fn get(line: &str, key: Key) -> Option<Claim> {
    let entry: EntryIn = serde_json::from_str(line).ok()?;
    (entry.key == key).then_some(entry.claim)
}

/// `{"name":"…"` with a closing brace, so the name can be read without the rest.
fn name_prefix(line: &str) -> String {
    let end = line.find(",\"key\"").unwrap_or(line.len());
    format!("{}}}", &line[..end])
}

/// One line of the cache for a freshly parsed claim.
pub(super) fn line(name: &str, key: Key, claim: &Claim) -> Option<String> {
    serde_json::to_string(&EntryOut { name, key, claim }).ok()
}

/// Write the cache from its lines; errors are ignored (the cache is optional).
/// A temporary file with a unique name beside it is renamed over it, so two
/// readers writing at once never mix their lines.
pub(super) fn write<'a>(root: &Path, lines: impl Iterator<Item = &'a str>, tmp_suffix: &str) {
    let dir = if root.as_os_str().is_empty() {
        Path::new(".")
    } else {
        root
    };
    let Ok(mut tmp) = tempfile::Builder::new()
        .prefix(".claimtrack-cache-")
        .suffix(tmp_suffix)
        .tempfile_in(dir)
    else {
        return;
    };
    let mut ok = writeln!(tmp, "{HEADER}").is_ok();
    for l in lines {
        ok = ok && tmp.write_all(l.as_bytes()).is_ok() && tmp.write_all(b"\n").is_ok();
    }
    if ok {
        let _ = tmp.persist(dir.join(CACHE_FILE));
    }
}
