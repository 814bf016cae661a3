//! A cache of parsed claims, so that commands reading every claim need not parse every file.
//!
//! `.claimtrack-cache.bin` at the store root holds, in claim-file name
//! order, one record a claim file: its name, the key of the file it was
//! parsed from (length, modification and change times, inode, device), the
//! claim's current state with a light history (every revision, but of its
//! changes only the status), and the full history, apart, both in a compact
//! binary form (`cache_codec`). Commands that do not show what each
//! revision changed (`list`, most reports) read only the first part and
//! skip the second. Both parts were JSON until cache version 4 (the state)
//! and 5 (the history): at 100k claims the binary cache is 128 MB against
//! 197 MB, and decoding takes several times less CPU than JSON did (JSON
//! decoding was about half the warm text report's CPU, the binary form
//! about a sixth of a report that takes 45% less; see docs/scale.md). Each part carries a CRC-32, and the file
//! ends with a trailer giving the number of records, so a damaged,
//! truncated or foreign cache is noticed (and rebuilt). An entry is used
//! only when the file's key still matches, so a changed file is always
//! parsed again; claimtrack's own writes rename a new file over the old
//! one, which changes the inode too. The cache is derived data: deleting it
//! loses nothing.
//!
//! Record layout (integers little-endian):
//! `u32 body length, u32 crc of the state part, u32 crc of the history,
//! body = u16 name length, name, key (5 × u64), u32 state length, state, history`.
//! The trailer is a record whose body length is `u32::MAX`, followed by the
//! record count as a `u64`.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Seek, Write};
use std::path::Path;

use super::{cache_codec, FileId};
use crate::model::{Changes, Claim, Revision};

pub(crate) const CACHE_FILE: &str = ".claimtrack-cache.bin";
/// The JSON-lines cache of earlier versions: still one of the store's own files.
pub(crate) const OLD_CACHE_FILE: &str = ".claimtrack-cache.jsonl";

/// Written first in the file; a cache from another version is rebuilt.
const HEADER: &str = concat!("claimtrack-cache 5 ", env!("CARGO_PKG_VERSION"), "\n");

/// Stores smaller than this are parsed directly: the cache would not pay.
pub(super) const MIN_CLAIMS: usize = 200;

/// A record's fixed head: body length and the two CRCs.
const HEAD: usize = 12;
const KEY_BYTES: usize = FileId::BYTES;
const TRAILER: u32 = u32::MAX;
/// No record is larger than this (a claim file is at most 2 MiB; its JSON a few times that).
const MAX_RECORD: u32 = 64 * 1024 * 1024;

/// Why the cache could not be used as it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Damage {
    /// Written by another version, or not a claim cache at all.
    Foreign,
    /// A record that fails its CRC, a length out of bounds, or no trailer.
    Damaged,
}

/// One record as met in a scan: where it is, its key and its state part.
#[derive(Debug)]
pub(super) struct Entry {
    pub(super) offset: u64,
    pub(super) key: FileId,
    state: Vec<u8>,
    history_at: u64,
    history_len: u32,
    history_crc: u32,
}

impl Entry {
    /// The claim with its light history (of each revision's changes, only the status).
    pub(super) fn light(&self) -> Option<Claim> {
        cache_codec::decode(&self.state)
    }
}

/// Reads the cache front to back alongside the sorted list of claim files,
/// a chunk at a time, reading only the state part of each record.
#[derive(Debug)]
pub(super) struct Reader {
    input: Option<BufReader<File>>,
    /// The same file, for reading a record's history (or a whole record) at its offset.
    file: Option<File>,
    pos: u64,
    records: u64,
    /// A record read ahead that belongs to a later chunk.
    pending: Option<(String, Entry)>,
    damage: Option<Damage>,
}

impl Reader {
    /// Open the cache at `path`; an absent cache reads as empty, a foreign
    /// one as empty and `Damage::Foreign`.
    pub(super) fn open(path: &Path) -> Reader {
        let mut reader = Reader::none();
        // A regular file only: a FIFO planted under its name would block.
        let Ok(file) = super::open::open_regular(path) else {
            return reader;
        };
        let Ok(second) = file.try_clone() else {
            return reader;
        };
        let mut input = BufReader::with_capacity(1 << 20, file);
        let mut header = vec![0; HEADER.len()];
        if input.read_exact(&mut header).is_err() || header != HEADER.as_bytes() {
            reader.damage = Some(Damage::Foreign);
            return reader;
        }
        reader.pos = HEADER.len() as u64;
        reader.input = Some(input);
        reader.file = Some(second);
        reader
    }

    /// An empty reader, for stores too small to cache.
    pub(super) fn none() -> Reader {
        Reader {
            input: None,
            file: None,
            pos: 0,
            records: 0,
            pending: None,
            damage: None,
        }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.input.is_none() && self.pending.is_none()
    }

    /// Why the cache was found unusable, if it was (so far).
    pub(super) fn damage(&self) -> Option<Damage> {
        self.damage
    }

    /// The file, for reading records at their offsets later.
    pub(super) fn file(&self) -> Option<&File> {
        self.file.as_ref()
    }

    /// Mark the cache damaged: a record that was found wrong when read at its offset.
    pub(super) fn set_damaged(&mut self) {
        self.damage.get_or_insert(Damage::Damaged);
    }

    /// The entries for names up to and including `last`, by name. Entries
    /// are in name order, as they were written. A damaged record ends the
    /// cache: it and everything after it are parsed again.
    pub(super) fn chunk(&mut self, last: &str) -> HashMap<String, Entry> {
        let mut out = HashMap::new();
        loop {
            let next = match self.pending.take() {
                Some(p) => Some(p),
                None => self.next_entry(),
            };
            let Some((name, entry)) = next else {
                return out;
            };
            if name.as_str() > last {
                self.pending = Some((name, entry));
                return out;
            }
            out.insert(name, entry);
        }
    }

    fn next_entry(&mut self) -> Option<(String, Entry)> {
        let input = self.input.as_mut()?;
        let read = read_entry(input, self.pos).and_then(|e| {
            if let Some((_, entry, _)) = &e {
                input.skip(u64::from(entry.history_len)).map_err(|_| ())?;
            }
            Ok(e)
        });
        match read {
            Ok(Some((name, entry, size))) => {
                self.pos += size;
                self.records += 1;
                Some((name, entry))
            }
            Ok(None) => {
                // The trailer: the number of records must match.
                let mut count = [0; 8];
                let complete = input.read_exact(&mut count).is_ok()
                    && u64::from_le_bytes(count) == self.records;
                if !complete {
                    self.damage.get_or_insert(Damage::Damaged);
                }
                self.input = None;
                None
            }
            Err(()) => {
                self.damage.get_or_insert(Damage::Damaged);
                self.input = None;
                None
            }
        }
    }
}

/// One record from `input` at `offset`, read up to the end of its state
/// part: its name, entry and size; `None` at the trailer.
fn read_entry(input: &mut impl ReadSkip, offset: u64) -> Result<Option<(String, Entry, u64)>, ()> {
    let mut head = [0; HEAD];
    input.read_exact(&mut head).map_err(|_| ())?;
    let word = |i: usize| u32::from_le_bytes([head[i], head[i + 1], head[i + 2], head[i + 3]]);
    let (body_len, state_crc, history_crc) = (word(0), word(4), word(8));
    if body_len == TRAILER {
        return Ok(None);
    }
    if body_len > MAX_RECORD {
        return Err(());
    }
    let mut name_len = [0; 2];
    input.read_exact(&mut name_len).map_err(|_| ())?;
    let name_len = usize::from(u16::from_le_bytes(name_len));
    let mut front = vec![0; name_len + KEY_BYTES + 4];
    input.read_exact(&mut front).map_err(|_| ())?;
    let state_len = u32::from_le_bytes(front[name_len + KEY_BYTES..].try_into().map_err(|_| ())?);
    let fixed = 2 + name_len + KEY_BYTES + 4;
    let history_len = (body_len as usize)
        .checked_sub(fixed)
        .and_then(|r| r.checked_sub(state_len as usize))
        .ok_or(())?;
    let mut state = vec![0; state_len as usize];
    input.read_exact(&mut state).map_err(|_| ())?;
    let mut crc = crc32fast::Hasher::new();
    crc.update(&(name_len as u16).to_le_bytes());
    crc.update(&front);
    crc.update(&state);
    if crc.finalize() != state_crc {
        return Err(());
    }
    let name = std::str::from_utf8(&front[..name_len])
        .map_err(|_| ())?
        .to_string();
    let key = FileId::from_bytes(&front[name_len..name_len + KEY_BYTES]).ok_or(())?;
    let size = HEAD as u64 + u64::from(body_len);
    Ok(Some((
        name,
        Entry {
            offset,
            key,
            state,
            history_at: offset + (HEAD + fixed) as u64 + u64::from(state_len),
            history_len: history_len as u32,
            history_crc,
        },
        size,
    )))
}

/// Reading forward, and skipping bytes without reading them.
trait ReadSkip: Read {
    fn skip(&mut self, n: u64) -> std::io::Result<()>;
}

impl ReadSkip for BufReader<File> {
    fn skip(&mut self, n: u64) -> std::io::Result<()> {
        let n = i64::try_from(n).map_err(std::io::Error::other)?;
        self.seek_relative(n)
    }
}

/// A byte slice read from the front.
struct Slice<'a>(&'a [u8]);

impl Read for Slice<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.0.read(buf)
    }
}

impl ReadSkip for Slice<'_> {
    fn skip(&mut self, n: u64) -> std::io::Result<()> {
        let n = usize::try_from(n).map_err(std::io::Error::other)?;
        if n > self.0.len() {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        self.0 = &self.0[n..];
        Ok(())
    }
}

/// Read `len` bytes of `file` at `offset`, without moving any cursor.
#[cfg(unix)]
fn read_at(file: &File, offset: u64, len: usize) -> Option<Vec<u8>> {
    use std::os::unix::fs::FileExt;
    let mut buf = vec![0; len];
    file.read_exact_at(&mut buf, offset).ok()?;
    Some(buf)
}

#[cfg(not(unix))]
fn read_at(_file: &File, _offset: u64, _len: usize) -> Option<Vec<u8>> {
    None
}

/// The full history of an entry, read from `file` and checked.
pub(super) fn history(file: &File, entry: &Entry) -> Option<Vec<Revision>> {
    let bytes = read_at(file, entry.history_at, entry.history_len as usize)?;
    if crc32fast::hash(&bytes) != entry.history_crc {
        return None;
    }
    cache_codec::decode_history(&bytes)
}

/// Where a record is in its file: its offset, the length of its head and
/// state part, and its whole length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Span {
    offset: u64,
    state_end: u32,
    len: u32,
}

impl Entry {
    pub(super) fn span(&self) -> Span {
        let state_end = (self.history_at - self.offset) as u32;
        Span {
            offset: self.offset,
            state_end,
            len: state_end + self.history_len,
        }
    }
}

/// The span of a record written at `offset`.
pub(super) fn span_of(record: &[u8], offset: u64) -> Option<Span> {
    let (name_len, _) = record.get(HEAD..HEAD + 2)?.split_at(2);
    let name_len = usize::from(u16::from_le_bytes(name_len.try_into().ok()?));
    let at = HEAD + 2 + name_len + KEY_BYTES;
    let state_len = u32::from_le_bytes(record.get(at..at + 4)?.try_into().ok()?);
    Some(Span {
        offset,
        state_end: u32::try_from(at + 4).ok()? + state_len,
        len: u32::try_from(record.len()).ok()?,
    })
}

/// The record at `span` of `file`: its name, key and the claim (with its
/// full history when `full`, reading only its state part otherwise), when
/// every part it reads checks out.
pub(super) fn record_at(file: &File, span: Span, full: bool) -> Option<(String, FileId, Claim)> {
    let len = if full { span.len } else { span.state_end };
    let bytes = read_at(file, span.offset, len as usize)?;
    let (name, entry, _) = read_entry(&mut Slice(&bytes), span.offset).ok()??;
    let mut claim = entry.light()?;
    if full {
        let hist = bytes.get(span.state_end as usize..)?;
        if crc32fast::hash(hist) != entry.history_crc {
            return None;
        }
        claim.history = cache_codec::decode_history(hist)?;
    }
    Some((name, entry.key, claim))
}

/// The history as the state part keeps it: every revision, of its changes only the status.
pub(crate) fn light_history(history: &[Revision]) -> Vec<Revision> {
    history
        .iter()
        .map(|r| Revision {
            rev: r.rev,
            at: r.at,
            by: r.by.clone(),
            action: r.action.clone(),
            changes: Changes(
                r.changes
                    .iter()
                    .filter(|(f, _)| f == "status")
                    .cloned()
                    .collect(),
            ),
            note: r.note.clone(),
        })
        .collect()
}

/// The record of a freshly parsed claim.
pub(super) fn record(name: &str, key: FileId, claim: &mut Claim) -> Option<Vec<u8>> {
    let full = std::mem::take(&mut claim.history);
    let mut history = Vec::with_capacity(1024);
    cache_codec::encode_history(&full, &mut history);
    claim.history = light_history(&full);
    let mut state = Vec::with_capacity(1024);
    cache_codec::encode(claim, &mut state);
    claim.history = full;
    let name_len = u16::try_from(name.len()).ok()?;
    let mut front = Vec::with_capacity(2 + name.len() + KEY_BYTES + 4);
    front.extend_from_slice(&name_len.to_le_bytes());
    front.extend_from_slice(name.as_bytes());
    front.extend_from_slice(&key.to_bytes());
    front.extend_from_slice(&u32::try_from(state.len()).ok()?.to_le_bytes());
    let body_len = u32::try_from(front.len() + state.len() + history.len()).ok()?;
    if body_len > MAX_RECORD {
        return None;
    }
    let mut crc = crc32fast::Hasher::new();
    crc.update(&front);
    crc.update(&state);
    let mut out = Vec::with_capacity(HEAD + body_len as usize);
    out.extend_from_slice(&body_len.to_le_bytes());
    out.extend_from_slice(&crc.finalize().to_le_bytes());
    out.extend_from_slice(&crc32fast::hash(&history).to_le_bytes());
    out.extend_from_slice(&front);
    out.extend_from_slice(&state);
    out.extend_from_slice(&history);
    Some(out)
}

/// The raw bytes of the record at `span`, to copy into a new cache.
pub(super) fn raw_record(file: &File, span: Span) -> Option<Vec<u8>> {
    read_at(file, span.offset, span.len as usize)
}

/// A new cache being written, record by record, to a uniquely named
/// temporary file beside it; renamed over the cache when finished, so two
/// readers writing at once never mix their records. Errors only stop the
/// writing (the cache is optional).
#[derive(Debug)]
pub(super) struct Writer {
    out: Option<BufWriter<tempfile::NamedTempFile>>,
    pos: u64,
    records: u64,
}

impl Writer {
    pub(super) fn new(root: &Path, tmp_suffix: &str) -> Writer {
        let dir = if root.as_os_str().is_empty() {
            Path::new(".")
        } else {
            root
        };
        let out = tempfile::Builder::new()
            .prefix(".claimtrack-cache-")
            .suffix(tmp_suffix)
            .tempfile_in(dir)
            .ok()
            .map(|f| BufWriter::with_capacity(1 << 20, f));
        let mut w = Writer {
            out,
            pos: 0,
            records: 0,
        };
        w.write(HEADER.as_bytes());
        w
    }

    fn write(&mut self, bytes: &[u8]) -> Option<u64> {
        let out = self.out.as_mut()?;
        if out.write_all(bytes).is_err() {
            self.out = None;
            return None;
        }
        let at = self.pos;
        self.pos += bytes.len() as u64;
        Some(at)
    }

    /// Append a record; its offset in the new cache.
    pub(super) fn push(&mut self, record: &[u8]) -> Option<u64> {
        let at = self.write(record)?;
        self.records += 1;
        Some(at)
    }

    /// Write the trailer and put the new cache in place; the new cache, open
    /// for reading records at their offsets.
    pub(super) fn finish(mut self, root: &Path) -> Option<File> {
        let mut trailer = TRAILER.to_le_bytes().to_vec();
        trailer.extend_from_slice(&[0; 8]);
        trailer.extend_from_slice(&self.records.to_le_bytes());
        self.write(&trailer)?;
        let tmp = self.out.take()?.into_inner().ok()?;
        let dir = if root.as_os_str().is_empty() {
            Path::new(".")
        } else {
            root
        };
        let mut file = tmp.persist(dir.join(CACHE_FILE)).ok()?;
        file.rewind().ok()?;
        Some(file)
    }
}
