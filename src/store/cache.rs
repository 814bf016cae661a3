//! A cache of parsed claims, so that commands reading every claim need not parse every file.
//!
//! `.claimtrack-cache.bin` at the store root holds, in claim-file name
//! order, one record a claim file: its name, the key of the file it was
//! parsed from (length, modification and change times, inode, device), the
//! claim's key (`model::key::ClaimKey`: what `list` and the reports' first
//! pass select, order and measure claims by), the claim's current state
//! with a light history (every revision, but of its changes only the
//! status), and the full history, apart, all in a compact binary form
//! (`cache_codec`). Commands that do not show what each revision changed
//! (`list`, most reports) skip the full history; a first pass that needs
//! only keys (`Store::scan_claim_keys`) reads each record's head and key
//! part and skips its state part too, reading it later only for the claims
//! it asks for. Both parts were JSON until cache version 4 (the state) and
//! 5 (the history): at 100k claims the binary cache is 128 MB against
//! 197 MB, and decoding takes several times less CPU than JSON did (JSON
//! decoding was about half the warm text report's CPU, the binary form
//! about a sixth of a report that takes 45% less; see docs/scale.md); the
//! key part came with version 6, so that the first pass decodes no claim.
//! The head (name, file key and key part), the state part and the history
//! each carry a CRC-32, checked whenever that part is read, and the file
//! ends with a trailer giving the number of records, so a damaged,
//! truncated or foreign cache is noticed (and rebuilt). A record is copied
//! into a rewritten cache only when all three check out. An entry is used
//! only when the file's key still matches, so a changed file is always
//! parsed again; claimtrack's own writes rename a new file over the old
//! one, which changes the inode too. The cache is derived data: deleting it
//! loses nothing.
//!
//! Record layout (integers little-endian):
//! `u32 body length, u32 crc of the head part, u32 crc of the state part,
//! u32 crc of the history, body = head part (u16 name length, name, file
//! key (5 × u64), u32 key part length, key part, u32 state length), state,
//! history`. The trailer is a record whose body length is `u32::MAX`,
//! followed by twelve zero bytes and the record count as a `u64`.

use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Seek, Write};
use std::path::Path;

use super::{cache_codec, FileId};
use crate::model::key::ClaimKey;
use crate::model::{Changes, Claim, Revision};

pub(crate) const CACHE_FILE: &str = ".claimtrack-cache.bin";
/// The JSON-lines cache of earlier versions: still one of the store's own files.
pub(crate) const OLD_CACHE_FILE: &str = ".claimtrack-cache.jsonl";

/// Written first in the file; a cache from another version is rebuilt.
const HEADER: &str = concat!("claimtrack-cache 6 ", env!("CARGO_PKG_VERSION"), "\n");

/// Stores smaller than this are parsed directly: the cache would not pay.
pub(super) const MIN_CLAIMS: usize = 200;

/// A record's fixed head: body length and the three CRCs.
const HEAD: usize = 16;
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

/// One record as met in a scan: where it is, its key, its key part and its
/// state part (or where the state part is, when the scan did not read it).
#[derive(Debug)]
pub(super) struct Entry {
    pub(super) offset: u64,
    pub(super) key: FileId,
    /// The claim's key, checked by the head's CRC.
    claim_key: Vec<u8>,
    /// The state part, when it was read (and checked by its CRC).
    state: Option<Vec<u8>>,
    state_at: u64,
    state_len: u32,
    state_crc: u32,
    history_at: u64,
    history_len: u32,
    history_crc: u32,
}

impl Entry {
    /// The claim's key, when the key part decodes as one.
    pub(super) fn claim_key(&self) -> Option<ClaimKey<'_>> {
        cache_codec::decode_key(&self.claim_key)
    }

    /// The claim with its light history (of each revision's changes, only
    /// the status): from the state part read with the record, else read
    /// now from `file` and checked.
    pub(super) fn light(&self, file: Option<&File>) -> Option<Claim> {
        match &self.state {
            Some(state) => cache_codec::decode(state),
            None => {
                let state = read_at(file?, self.state_at, self.state_len as usize)?;
                if crc32fast::hash(&state) != self.state_crc {
                    return None;
                }
                cache_codec::decode(&state)
            }
        }
    }
}

/// Reads the cache front to back alongside the sorted list of claim files,
/// a chunk at a time: of each record, its head and key part, and its state
/// part too unless the reader was opened for keys only.
#[derive(Debug)]
pub(super) struct Reader {
    input: Option<BufReader<File>>,
    /// The same file, for reading a record's history (or a whole record) at its offset.
    file: Option<File>,
    pos: u64,
    records: u64,
    /// Whether each record's state part is read with it.
    states: bool,
    /// A record read ahead that belongs to a later chunk.
    pending: Option<(String, Entry)>,
    damage: Option<Damage>,
}

impl Reader {
    /// Open the cache at `path`; an absent cache reads as empty, a foreign
    /// one as empty and `Damage::Foreign`. With `states` false, the state
    /// parts are skipped, to be read (`Entry::light`) only where needed.
    pub(super) fn open(path: &Path, states: bool) -> Reader {
        let mut reader = Reader::none();
        reader.states = states;
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
            states: true,
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

    /// The entries for names up to and including `last`, in the order they
    /// were written (name order, unless the cache is not what it should be:
    /// `pair` then leaves out what is out of order). A damaged record ends
    /// the cache: it and everything after it are parsed again.
    pub(super) fn chunk(&mut self, last: &str) -> Vec<(String, Entry)> {
        let mut out = Vec::new();
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
            out.push((name, entry));
        }
    }

    fn next_entry(&mut self) -> Option<(String, Entry)> {
        let input = self.input.as_mut()?;
        let read = read_entry(input, self.pos, self.states).and_then(|e| {
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

/// The entry of each name of `names` (in name order) among `entries` (a
/// chunk), found by walking both lists together.
pub(super) fn pair<'a, 'e, T>(
    names: impl Iterator<Item = &'a str>,
    entries: &'e [(String, T)],
) -> Vec<Option<&'e T>> {
    let mut rest = entries.iter().peekable();
    names
        .map(|name| {
            while rest.next_if(|(n, _)| n.as_str() < name).is_some() {}
            rest.next_if(|(n, _)| n == name).map(|(_, e)| e)
        })
        .collect()
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

/// One record from `input` at `offset`, read up to the end of its state
/// part (skipping the state part itself unless `state`): its name, entry
/// and size; `None` at the trailer.
fn read_entry(
    input: &mut impl ReadSkip,
    offset: u64,
    state: bool,
) -> Result<Option<(String, Entry, u64)>, ()> {
    let mut head = [0; HEAD];
    input.read_exact(&mut head).map_err(|_| ())?;
    let word = |i: usize| u32_at(&head, i).ok_or(());
    let (body_len, head_crc, state_crc, history_crc) = (word(0)?, word(4)?, word(8)?, word(12)?);
    if body_len == TRAILER {
        return Ok(None);
    }
    if body_len > MAX_RECORD {
        return Err(());
    }
    let mut crc = crc32fast::Hasher::new();
    let mut name_len = [0; 2];
    input.read_exact(&mut name_len).map_err(|_| ())?;
    crc.update(&name_len);
    let name_len = usize::from(u16::from_le_bytes(name_len));
    // The name, the file's key and the key part's length.
    let mut front = vec![0; name_len + KEY_BYTES + 4];
    input.read_exact(&mut front).map_err(|_| ())?;
    crc.update(&front);
    let key_len = u32_at(&front, name_len + KEY_BYTES).ok_or(())? as usize;
    // Within the body, before anything is allocated for it.
    if 2 + front.len() + key_len + 4 > body_len as usize {
        return Err(());
    }
    let mut claim_key = vec![0; key_len + 4];
    input.read_exact(&mut claim_key).map_err(|_| ())?;
    crc.update(&claim_key);
    if crc.finalize() != head_crc {
        return Err(());
    }
    let state_len = u32_at(&claim_key, key_len).ok_or(())?;
    claim_key.truncate(key_len);
    let fixed = 2 + front.len() + key_len + 4;
    let history_len = (body_len as usize)
        .checked_sub(fixed)
        .and_then(|r| r.checked_sub(state_len as usize))
        .ok_or(())?;
    let state = if state {
        let mut bytes = vec![0; state_len as usize];
        input.read_exact(&mut bytes).map_err(|_| ())?;
        if crc32fast::hash(&bytes) != state_crc {
            return Err(());
        }
        Some(bytes)
    } else {
        input.skip(u64::from(state_len)).map_err(|_| ())?;
        None
    };
    let name = std::str::from_utf8(&front[..name_len])
        .map_err(|_| ())?
        .to_string();
    let key = FileId::from_bytes(&front[name_len..name_len + KEY_BYTES]).ok_or(())?;
    let size = HEAD as u64 + u64::from(body_len);
    let state_at = offset + (HEAD + fixed) as u64;
    Ok(Some((
        name,
        Entry {
            offset,
            key,
            claim_key,
            state,
            state_at,
            state_len,
            state_crc,
            history_at: state_at + u64::from(state_len),
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
    let name_len = usize::from(u16::from_le_bytes(
        record.get(HEAD..HEAD + 2)?.try_into().ok()?,
    ));
    let at = HEAD + 2 + name_len + KEY_BYTES;
    let key_len = u32_at(record, at)? as usize;
    let at = at + 4 + key_len;
    let state_len = u32_at(record, at)?;
    Some(Span {
        offset,
        state_end: u32::try_from(at + 4).ok()?.checked_add(state_len)?,
        len: u32::try_from(record.len()).ok()?,
    })
}

/// The record at `span` of `file`: its name, key and the claim (with its
/// full history when `full`, reading only its state part otherwise), when
/// every part it reads checks out.
pub(super) fn record_at(file: &File, span: Span, full: bool) -> Option<(String, FileId, Claim)> {
    let len = if full { span.len } else { span.state_end };
    let bytes = read_at(file, span.offset, len as usize)?;
    let (name, entry, _) = read_entry(&mut Slice(&bytes), span.offset, true).ok()??;
    let mut claim = entry.light(None)?;
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

/// The record of a freshly parsed claim (with its full history).
pub(super) fn record(name: &str, key: FileId, claim: &mut Claim) -> Option<Vec<u8>> {
    let mut claim_key = Vec::with_capacity(256);
    cache_codec::encode_key(&ClaimKey::of(claim), &mut claim_key);
    let full = std::mem::take(&mut claim.history);
    let mut history = Vec::with_capacity(1024);
    cache_codec::encode_history(&full, &mut history);
    claim.history = light_history(&full);
    let mut state = Vec::with_capacity(1024);
    cache_codec::encode(claim, &mut state);
    claim.history = full;
    let name_len = u16::try_from(name.len()).ok()?;
    let mut front = Vec::with_capacity(2 + name.len() + KEY_BYTES + 8 + claim_key.len());
    front.extend_from_slice(&name_len.to_le_bytes());
    front.extend_from_slice(name.as_bytes());
    front.extend_from_slice(&key.to_bytes());
    front.extend_from_slice(&u32::try_from(claim_key.len()).ok()?.to_le_bytes());
    front.extend_from_slice(&claim_key);
    front.extend_from_slice(&u32::try_from(state.len()).ok()?.to_le_bytes());
    let body_len = u32::try_from(front.len() + state.len() + history.len()).ok()?;
    if body_len > MAX_RECORD {
        return None;
    }
    let mut out = Vec::with_capacity(HEAD + body_len as usize);
    out.extend_from_slice(&body_len.to_le_bytes());
    out.extend_from_slice(&crc32fast::hash(&front).to_le_bytes());
    out.extend_from_slice(&crc32fast::hash(&state).to_le_bytes());
    out.extend_from_slice(&crc32fast::hash(&history).to_le_bytes());
    out.extend_from_slice(&front);
    out.extend_from_slice(&state);
    out.extend_from_slice(&history);
    Some(out)
}

/// The raw bytes of the record at `span`, to copy into a new cache, when
/// every part of it checks out (a scan that read only its key part has not
/// checked the rest).
pub(super) fn raw_record(file: &File, span: Span) -> Option<Vec<u8>> {
    let bytes = read_at(file, span.offset, span.len as usize)?;
    let (_, entry, size) = read_entry(&mut Slice(&bytes), span.offset, true).ok()??;
    let history = bytes.get(span.state_end as usize..)?;
    (size == bytes.len() as u64 && crc32fast::hash(history) == entry.history_crc).then_some(bytes)
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
        trailer.extend_from_slice(&[0; HEAD - 4]);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Change, Status};
    use chrono::DateTime;
    use std::collections::HashMap;

    fn claim(n: usize) -> Claim {
        let mut c = Claim::blank(format!("claim-{n}"));
        c.statement = format!("Statement\u{a0}number  {n}, \u{4e2d}\u{6587}");
        c.status = Status::Refuted;
        c.tags = vec!["tax".into(), format!("t{n}")];
        c.attribution.speaker = Some("Ana".into());
        c.attribution.via = vec!["Tass".into()];
        c.source.id = "article".into();
        c.source.rev = 2;
        let at = |s| DateTime::from_timestamp(1_700_000_000 + s, 0).unwrap();
        let status = |to: &str| {
            Changes(vec![
                (
                    "status".into(),
                    Change {
                        to: Some(serde_json::json!(to)),
                        ..Change::default()
                    },
                ),
                (
                    "statement".into(),
                    Change {
                        to: Some(serde_json::json!("kept only in the full history")),
                        ..Change::default()
                    },
                ),
            ])
        };
        c.history = ["unverified", "verified", "refuted"]
            .iter()
            .enumerate()
            .map(|(i, s)| Revision {
                rev: i as u32 + 1,
                at: at(i as i64 * 3600),
                by: "bo".into(),
                action: "changed".into(),
                changes: status(s),
                note: None,
            })
            .collect();
        c
    }

    fn file_key(n: u8) -> FileId {
        FileId::from_bytes(&[n; KEY_BYTES]).unwrap()
    }

    /// A cache of `claims` written in `dir`, and where each record starts.
    fn write(dir: &Path, claims: &[Claim]) -> Vec<u64> {
        let mut w = Writer::new(dir, ".tmp");
        let offsets = claims
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let mut c = c.clone();
                let record = record(&format!("{}.yaml", c.id), file_key(i as u8), &mut c).unwrap();
                w.push(&record).unwrap()
            })
            .collect();
        w.finish(dir).unwrap();
        offsets
    }

    #[test]
    fn a_record_round_trips_key_part_state_and_history() {
        let dir = tempfile::tempdir().unwrap();
        let claims: Vec<Claim> = (0..3).map(claim).collect();
        write(dir.path(), &claims);
        for states in [false, true] {
            let mut reader = Reader::open(&dir.path().join(CACHE_FILE), states);
            let entries = reader.chunk("~");
            assert_eq!(reader.damage(), None);
            assert_eq!(entries.len(), 3);
            let names: Vec<String> = claims.iter().map(|c| format!("{}.yaml", c.id)).collect();
            let paired = pair(names.iter().map(String::as_str), &entries);
            assert!(paired.iter().all(Option::is_some));
            let entries: HashMap<String, &Entry> = names
                .into_iter()
                .zip(paired.into_iter().flatten())
                .collect();
            let file = reader.file().unwrap();
            for (i, c) in claims.iter().enumerate() {
                let e = &entries[&format!("{}.yaml", c.id)];
                assert_eq!(e.key, file_key(i as u8));
                assert_eq!(e.claim_key(), Some(ClaimKey::of(c)));
                assert_eq!(e.state.is_some(), states);
                let mut light = c.clone();
                light.history = light_history(&c.history);
                assert_ne!(light, *c);
                assert_eq!(e.light(Some(file)).as_ref(), Some(&light));
                assert_eq!(history(file, e).as_ref(), Some(&c.history));
                let (name, key, whole) = record_at(file, e.span(), true).unwrap();
                assert_eq!(
                    (name.as_str(), key, &whole),
                    (&*format!("{}.yaml", c.id), e.key, c)
                );
                assert_eq!(record_at(file, e.span(), false).unwrap().2, light);
                let raw = raw_record(file, e.span()).unwrap();
                assert_eq!(span_of(&raw, e.offset), Some(e.span()));
            }
        }
    }

    #[test]
    fn each_name_is_paired_with_its_entry_and_what_is_out_of_order_left_out() {
        let entries: Vec<(String, u32)> =
            [("a", 1), ("c", 2), ("b", 3), ("d", 4), ("d", 5), ("f", 6)]
                .map(|(n, v)| (n.to_string(), v))
                .to_vec();
        let names = ["a", "b", "c", "d", "e", "f", "g"];
        assert_eq!(
            pair(names.into_iter(), &entries),
            [Some(&1), None, Some(&2), Some(&4), None, Some(&6), None]
        );
        assert_eq!(pair(["b"].into_iter(), &entries[..0]), [None]);
    }

    #[test]
    fn a_damaged_key_part_or_state_part_is_never_trusted() {
        let dir = tempfile::tempdir().unwrap();
        let claims: Vec<Claim> = (0..3).map(claim).collect();
        let offsets = write(dir.path(), &claims);
        let path = dir.path().join(CACHE_FILE);
        let clean = std::fs::read(&path).unwrap();
        let name_len = "claim-1.yaml".len();
        // The second record's key part: after its head, name, file key and the part's length.
        let key_at = offsets[1] as usize + HEAD + 2 + name_len + KEY_BYTES + 4;
        let key_len = u32_at(&clean, key_at - 4).unwrap() as usize;
        let mut key = ClaimKey::of(&claims[1]);
        let mut bytes = Vec::new();
        cache_codec::encode_key(&key, &mut bytes);
        assert_eq!(&clean[key_at..key_at + key_len], &bytes[..]);
        // Its status, made open: a key that decodes well, but not the one written.
        let status_at = key_at + 1 + "claim-1".len();
        let mut damaged = clean.clone();
        damaged[status_at] = 0;
        key.status = Status::Unverified;
        let mut forged = Vec::new();
        cache_codec::encode_key(&key, &mut forged);
        assert_eq!(&damaged[key_at..key_at + key_len], &forged[..]);
        std::fs::write(&path, &damaged).unwrap();
        for states in [false, true] {
            let mut reader = Reader::open(&path, states);
            let entries = reader.chunk("~");
            // The record fails its head's CRC: it and every record after it are left out.
            assert_eq!(reader.damage(), Some(Damage::Damaged));
            assert_eq!(entries.len(), 1);
            assert_eq!(entries[0].0, "claim-0.yaml");
        }
        // A byte of the second record's state part: its head and key part
        // still check out, the state part does not, whenever it is read.
        let state_at = key_at + key_len + 4;
        let mut damaged = clean.clone();
        damaged[state_at + 3] ^= 0x20;
        std::fs::write(&path, &damaged).unwrap();
        let mut reader = Reader::open(&path, false);
        let entries = reader.chunk("~");
        assert_eq!((reader.damage(), entries.len()), (None, 3));
        let e = &entries[1].1;
        assert_eq!(e.claim_key(), Some(ClaimKey::of(&claims[1])));
        let file = reader.file().unwrap();
        assert_eq!(e.light(Some(file)), None);
        assert_eq!(record_at(file, e.span(), false), None);
        assert_eq!(
            raw_record(file, e.span()),
            None,
            "not copied into a new cache"
        );
        assert!(raw_record(file, entries[0].1.span()).is_some());
        let mut reader = Reader::open(&path, true);
        assert_eq!(reader.chunk("~").len(), 1);
        assert_eq!(reader.damage(), Some(Damage::Damaged));
        // A key part whose length runs past its record.
        let mut damaged = clean.clone();
        damaged[key_at - 4..key_at].copy_from_slice(&u32::MAX.to_le_bytes());
        std::fs::write(&path, &damaged).unwrap();
        let mut reader = Reader::open(&path, false);
        assert_eq!(reader.chunk("~").len(), 1);
        assert_eq!(reader.damage(), Some(Damage::Damaged));
    }
}
