//! The stored segment's bytes: writing a segment as it is built and reading
//! one back without reading more than a search needs.
//!
//! A search reads the *head* of the file (every claim's file key, field
//! lengths and file name, the term list), checked as a whole when the file
//! is opened (magic, version, CRC-32, section and table bounds), so that a
//! damaged or foreign file is refused rather than read wrongly. The
//! *postings* of each term follow the head and are read only for the terms
//! of the query, each list with a CRC-32 of its own; the claims' *details*
//! (what a result shows: id, status, statement, …) follow the postings and
//! are read only for the claims a search shows, each with its own CRC-32
//! too. A mismatch found when a part is read refuses the file as a whole.
//!
//! Layout (little-endian): magic, version, CRC-32 of the rest of the head;
//! the build id, claim and term counts, field length totals, the section
//! offsets and the end of the postings; then per claim its file key
//! (length, mtime, ctime, inode) and field lengths; the claim file names;
//! each claim's details offset and CRC-32; the sorted term list with each
//! term's postings offset and document frequency (the head ends here);
//! the postings, each term's list a CRC-32 of the list and then its claims
//! (claim number delta as a varint, a byte of fields present, one count
//! byte per field present). After the postings: the details, one JSON
//! object a claim.

use std::borrow::Cow;
use std::sync::atomic::{AtomicBool, Ordering};

use super::segment::{FieldLens, FieldTf, Posting, NFIELDS};
use super::{DocMeta, FileKey};
use crate::store::DerivedFile;

const MAGIC: &[u8; 8] = b"CTSEARCH";
const VERSION: u32 = 4;
/// Magic, version, CRC-32 of the head after it.
const HEADER: usize = 16;
const KEY_BYTES: usize = 32;
const TERM_ENTRY: usize = 12;
const META_ENTRY: usize = 8;
/// The core's sections: keys, lens, names_idx, names, meta_idx, terms_idx,
/// terms, postings.
const SECTIONS: usize = 8;
const S_KEYS: usize = 0;
const S_LENS: usize = 1;
const S_NAMES_IDX: usize = 2;
const S_NAMES: usize = 3;
const S_META_IDX: usize = 4;
const S_TERMS_IDX: usize = 5;
const S_TERMS: usize = 6;
const S_POSTINGS: usize = 7;
/// The largest head read (1 GiB, about eight million claims); a bigger
/// index is refused, so that a damaged length never asks for more memory.
const MAX_CORE_BYTES: u64 = 1 << 30;
/// A term's postings list starts with its CRC-32.
const LIST_CRC: usize = 4;
/// Build id, claim and term counts, totals, section offsets and the core's end.
const FIXED: usize = 8 + 4 + 4 + NFIELDS * 8 + (SECTIONS + 1) * 8;

/// Why a stored segment was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Refused(pub &'static str);

fn put_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}
fn put_u64(out: &mut Vec<u8>, v: u64) {
    out.extend_from_slice(&v.to_le_bytes());
}
fn put_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Append one posting: the claim number's distance from the last one, the
/// fields present, the count in each.
pub(crate) fn put_posting(out: &mut Vec<u8>, delta: u32, tf: &FieldTf) {
    put_varint(out, delta);
    let mask = tf
        .iter()
        .enumerate()
        .filter(|(_, &c)| c > 0)
        .fold(0u8, |m, (f, _)| m | (1 << f));
    out.push(mask);
    out.extend(tf.iter().filter(|&&c| c > 0));
}

fn to_u32(n: usize) -> Result<u32, Refused> {
    u32::try_from(n).map_err(|_| Refused("the index would exceed 4 GiB"))
}

/// The claims of a segment being written, in the order they are numbered.
#[derive(Debug, Default)]
pub(crate) struct DocsPart {
    n: usize,
    totals: [u64; NFIELDS],
    keys: Vec<u8>,
    lens: Vec<u8>,
    names_idx: Vec<u8>,
    names: Vec<u8>,
    meta_idx: Vec<u8>,
    details: Vec<u8>,
}

impl DocsPart {
    /// Add a claim: its file name and key, field lengths and details (JSON).
    pub(crate) fn push(
        &mut self,
        name: &str,
        key: FileKey,
        lens: FieldLens,
        details: &[u8],
    ) -> Result<u32, Refused> {
        let doc = to_u32(self.n)?;
        for v in [key.len, key.mtime_ns, key.ctime_ns, key.ino] {
            put_u64(&mut self.keys, v);
        }
        for (t, l) in self.totals.iter_mut().zip(lens) {
            *t += u64::from(l);
            self.lens.extend_from_slice(&l.to_le_bytes());
        }
        put_u32(&mut self.names_idx, to_u32(self.names.len())?);
        self.names.extend_from_slice(name.as_bytes());
        put_u32(&mut self.meta_idx, to_u32(self.details.len())?);
        put_u32(&mut self.meta_idx, crc32fast::hash(details));
        self.details.extend_from_slice(details);
        self.n += 1;
        Ok(doc)
    }

    /// Add a claim whose details are `meta`.
    pub(crate) fn push_meta(
        &mut self,
        name: &str,
        key: FileKey,
        lens: FieldLens,
        meta: &DocMeta,
    ) -> Result<u32, Refused> {
        let json = serde_json::to_vec(meta).map_err(|_| Refused("unwritable details"))?;
        self.push(name, key, lens, &json)
    }
}

/// The terms of a segment being written, given in sorted order.
#[derive(Debug, Default)]
pub(crate) struct TermsPart {
    n: usize,
    terms_idx: Vec<u8>,
    terms: Vec<u8>,
    postings: Vec<u8>,
}

impl TermsPart {
    /// Add `term` (after every term added before it) with its `df` postings
    /// encoded by `put_posting`.
    pub(crate) fn push(&mut self, term: &str, df: u32, postings: &[u8]) -> Result<(), Refused> {
        put_u32(&mut self.terms_idx, to_u32(self.terms.len())?);
        put_u32(&mut self.terms_idx, to_u32(self.postings.len())?);
        put_u32(&mut self.terms_idx, df);
        self.terms.extend_from_slice(term.as_bytes());
        put_u32(&mut self.postings, crc32fast::hash(postings));
        self.postings.extend_from_slice(postings);
        self.n += 1;
        Ok(())
    }
}

/// Where a segment's postings and details are: in memory (a segment just
/// built) or in its file, from `postings` and `details`.
#[derive(Debug)]
enum Body {
    Mem {
        postings: Vec<u8>,
        details: Vec<u8>,
    },
    File {
        file: DerivedFile,
        postings: u64,
        details: u64,
    },
}

/// A stored segment: its head in memory, its postings and details read on
/// demand.
#[derive(Debug)]
pub(crate) struct DiskSegment {
    pub(crate) build_id: u64,
    n_docs: usize,
    n_terms: usize,
    totals: [u64; NFIELDS],
    /// The head (up to the postings).
    core: Vec<u8>,
    /// The sections of the head; the postings' is its range in the file.
    sections: [(usize, usize); SECTIONS],
    /// The claim file names, one after the other (checked to be UTF-8).
    names: String,
    body: Body,
    postings_len: usize,
    details_len: usize,
    /// Set when a postings list read on demand failed its check.
    damaged: AtomicBool,
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    b.get(at..at + 4)
        .and_then(|s| s.try_into().ok())
        .map_or(0, u32::from_le_bytes)
}
fn u64_at(b: &[u8], at: usize) -> u64 {
    b.get(at..at + 8)
        .and_then(|s| s.try_into().ok())
        .map_or(0, u64::from_le_bytes)
}

/// `idx` holds `count + 1` offsets (each `stride` bytes apart, the offset
/// first) rising within `0..=limit`.
fn offsets_ok(idx: &[u8], count: usize, stride: usize, limit: usize) -> bool {
    if idx.len() != (count + 1) * stride {
        return false;
    }
    let mut last = 0usize;
    for i in 0..=count {
        let v = u32_at(idx, i * stride) as usize;
        if v < last || v > limit {
            return false;
        }
        last = v;
    }
    true
}

/// Put together a segment from its claims and terms (its details kept in
/// memory, to be written by `DiskSegment::parts`).
pub(crate) fn assemble(
    build_id: u64,
    docs: DocsPart,
    mut terms: TermsPart,
) -> Result<DiskSegment, Refused> {
    let n = docs.n;
    let mut names_idx = docs.names_idx;
    put_u32(&mut names_idx, to_u32(docs.names.len())?);
    let mut meta_idx = docs.meta_idx;
    put_u32(&mut meta_idx, to_u32(docs.details.len())?);
    put_u32(&mut meta_idx, 0);
    put_u32(&mut terms.terms_idx, to_u32(terms.terms.len())?);
    put_u32(&mut terms.terms_idx, to_u32(terms.postings.len())?);
    put_u32(&mut terms.terms_idx, 0);

    let parts: [&[u8]; SECTIONS - 1] = [
        &docs.keys,
        &docs.lens,
        &names_idx,
        &docs.names,
        &meta_idx,
        &terms.terms_idx,
        &terms.terms,
    ];
    let size = HEADER + FIXED + parts.iter().map(|p| p.len()).sum::<usize>();
    let mut core = Vec::with_capacity(size);
    core.extend_from_slice(MAGIC);
    put_u32(&mut core, VERSION);
    put_u32(&mut core, 0);
    put_u64(&mut core, build_id);
    put_u32(&mut core, to_u32(n)?);
    put_u32(&mut core, to_u32(terms.n)?);
    for t in docs.totals {
        put_u64(&mut core, t);
    }
    let mut at = (HEADER + FIXED) as u64;
    for p in parts {
        put_u64(&mut core, at);
        at += p.len() as u64;
    }
    put_u64(&mut core, at);
    put_u64(&mut core, at + terms.postings.len() as u64);
    for p in parts {
        core.extend_from_slice(p);
    }
    // What was copied into the head is no longer needed before the check.
    drop((names_idx, meta_idx, terms.terms_idx, terms.terms));
    let crc = crc32fast::hash(&core[HEADER..]);
    core[12..16].copy_from_slice(&crc.to_le_bytes());
    let (postings_len, details_len) = (terms.postings.len(), docs.details.len());
    let body = Body::Mem {
        postings: terms.postings,
        details: docs.details,
    };
    DiskSegment::from_core(core, body, postings_len, details_len)
}

impl DiskSegment {
    /// Read the segment stored in `file`: its head, checked as a whole.
    pub(crate) fn open(file: DerivedFile) -> Result<DiskSegment, Refused> {
        let len = file.len();
        let head = file
            .read_at(0, (HEADER + FIXED).min(len as usize))
            .ok_or(Refused("unreadable"))?;
        if head.len() < HEADER || &head[..8] != MAGIC {
            return Err(Refused("not a claimtrack search index"));
        }
        if u32_at(&head, 8) != VERSION {
            return Err(Refused("written by another version"));
        }
        if head.len() < HEADER + FIXED {
            return Err(Refused("damaged (cut short)"));
        }
        let head_end = u64_at(&head, HEADER + FIXED - 16);
        let postings_end = u64_at(&head, HEADER + FIXED - 8);
        if postings_end > len || head_end > postings_end || head_end < (HEADER + FIXED) as u64 {
            return Err(Refused("damaged (sections)"));
        }
        if head_end > MAX_CORE_BYTES {
            return Err(Refused("too big to read"));
        }
        let core = file
            .read_at(0, head_end as usize)
            .ok_or(Refused("unreadable"))?;
        if u32_at(&core, 12) != crc32fast::hash(&core[HEADER..]) {
            return Err(Refused("damaged (checksum mismatch)"));
        }
        let postings_len = usize::try_from(postings_end - head_end).unwrap_or(usize::MAX);
        let details_len = usize::try_from(len - postings_end).unwrap_or(usize::MAX);
        let body = Body::File {
            file,
            postings: head_end,
            details: postings_end,
        };
        DiskSegment::from_core(core, body, postings_len, details_len)
    }

    /// A segment of `core` (checked already) and its details, with every
    /// table's bounds checked before any is used.
    fn from_core(
        core: Vec<u8>,
        body: Body,
        postings_len: usize,
        details_len: usize,
    ) -> Result<DiskSegment, Refused> {
        let b = &core[HEADER..];
        let build_id = u64_at(b, 0);
        let n_docs = u32_at(b, 8) as usize;
        let n_terms = u32_at(b, 12) as usize;
        let mut totals = [0u64; NFIELDS];
        for (f, t) in totals.iter_mut().enumerate() {
            *t = u64_at(b, 16 + f * 8);
        }
        let offs_at = 16 + NFIELDS * 8;
        let mut offs = [0usize; SECTIONS + 1];
        for (i, o) in offs.iter_mut().enumerate() {
            *o = usize::try_from(u64_at(b, offs_at + i * 8)).unwrap_or(usize::MAX);
        }
        if offs[0] != HEADER + FIXED
            || offs.windows(2).any(|w| w[0] > w[1])
            || offs[S_POSTINGS] != core.len()
            || offs[SECTIONS] - offs[S_POSTINGS] != postings_len
        {
            return Err(Refused("damaged (sections)"));
        }
        let mut sections = [(0usize, 0usize); SECTIONS];
        for (i, s) in sections.iter_mut().enumerate() {
            *s = (offs[i], offs[i + 1]);
        }
        let (a, b) = sections[S_NAMES];
        let names =
            String::from_utf8(core[a..b].to_vec()).map_err(|_| Refused("damaged (names)"))?;
        let seg = DiskSegment {
            build_id,
            n_docs,
            n_terms,
            totals,
            core,
            sections,
            names,
            body,
            postings_len,
            details_len,
            damaged: AtomicBool::new(false),
        };
        let ok = seg.part(S_KEYS).len() == n_docs * KEY_BYTES
            && seg.part(S_LENS).len() == n_docs * NFIELDS * 2
            && offsets_ok(seg.part(S_NAMES_IDX), n_docs, 4, seg.part(S_NAMES).len())
            && offsets_ok(seg.part(S_META_IDX), n_docs, META_ENTRY, details_len)
            && u32_at(seg.part(S_META_IDX), n_docs * META_ENTRY) as usize == details_len
            && offsets_ok(
                seg.part(S_TERMS_IDX),
                n_terms,
                TERM_ENTRY,
                seg.part(S_TERMS).len(),
            )
            && (0..=n_terms)
                .map(|i| u32_at(seg.part(S_TERMS_IDX), i * TERM_ENTRY + 4) as usize)
                .try_fold(0usize, |last, v| {
                    (v >= last && v <= postings_len).then_some(v)
                })
                .is_some()
            && (0..n_docs).all(|i| seg.name_at(i).is_some());
        if !ok {
            return Err(Refused("damaged (tables)"));
        }
        Ok(seg)
    }

    /// Section `i` of the head (not the postings, which are not in it).
    fn part(&self, i: usize) -> &[u8] {
        let (a, b) = self.sections[i];
        self.core.get(a..b).unwrap_or_default()
    }

    /// The bytes to store: the head, the postings, then the details (none
    /// for a segment read from its file, which is stored already).
    pub(crate) fn parts(&self) -> [&[u8]; 3] {
        match &self.body {
            Body::Mem { postings, details } => [&self.core, postings, details],
            Body::File { .. } => [&[], &[], &[]],
        }
    }

    /// `len` bytes from `at` of the postings (`postings`) or of the
    /// details, in memory or read from the file.
    fn body_bytes(&self, postings: bool, at: usize, len: usize) -> Option<Cow<'_, [u8]>> {
        match &self.body {
            Body::Mem {
                postings: p,
                details: d,
            } => {
                let all = if postings { p } else { d };
                all.get(at..at.checked_add(len)?).map(Cow::Borrowed)
            }
            Body::File {
                file,
                postings: p,
                details: d,
            } => {
                let from = if postings { *p } else { *d };
                let limit = if postings {
                    self.postings_len
                } else {
                    self.details_len
                };
                if at.checked_add(len)? > limit {
                    return None;
                }
                file.read_at(from + at as u64, len).map(Cow::Owned)
            }
        }
    }

    pub(crate) fn doc_count(&self) -> usize {
        self.n_docs
    }

    fn name_at(&self, doc: usize) -> Option<&str> {
        let idx = self.part(S_NAMES_IDX);
        let a = u32_at(idx, doc * 4) as usize;
        let b = u32_at(idx, doc * 4 + 4) as usize;
        self.names.get(a..b)
    }

    /// The claim file name of claim `doc`.
    pub(crate) fn name(&self, doc: usize) -> &str {
        self.name_at(doc).unwrap_or_default()
    }

    pub(crate) fn key(&self, doc: usize) -> FileKey {
        let keys = self.part(S_KEYS);
        let at = doc * KEY_BYTES;
        FileKey {
            len: u64_at(keys, at),
            mtime_ns: u64_at(keys, at + 8),
            ctime_ns: u64_at(keys, at + 16),
            ino: u64_at(keys, at + 24),
        }
    }

    pub(crate) fn lens(&self, doc: usize) -> FieldLens {
        let lens = self.part(S_LENS);
        let mut out = [0u16; NFIELDS];
        for (f, l) in out.iter_mut().enumerate() {
            let at = (doc * NFIELDS + f) * 2;
            *l = lens
                .get(at..at + 2)
                .and_then(|s| s.try_into().ok())
                .map_or(0, u16::from_le_bytes);
        }
        out
    }

    /// Where claim `doc`'s details are in the details, and their CRC-32.
    fn details_range(&self, doc: usize) -> (usize, usize, u32) {
        let idx = self.part(S_META_IDX);
        let a = u32_at(idx, doc * META_ENTRY) as usize;
        let crc = u32_at(idx, doc * META_ENTRY + 4);
        let b = u32_at(idx, (doc + 1) * META_ENTRY) as usize;
        (a, b, crc)
    }

    /// Every claim's details, read at once (for a merge).
    pub(crate) fn all_details(&self) -> Result<Cow<'_, [u8]>, Refused> {
        self.body_bytes(false, 0, self.details_len)
            .ok_or(Refused("damaged (details cut short)"))
    }

    /// Every term's postings, read at once (for a merge).
    pub(crate) fn all_postings(&self) -> Result<Cow<'_, [u8]>, Refused> {
        self.body_bytes(true, 0, self.postings_len)
            .ok_or(Refused("damaged (postings cut short)"))
    }

    /// The raw details of claim `doc` within `all` (from `all_details`),
    /// checked against their CRC-32.
    pub(crate) fn details_in<'b>(&self, all: &'b [u8], doc: usize) -> Result<&'b [u8], Refused> {
        let (a, b, crc) = self.details_range(doc);
        let bytes = all.get(a..b).ok_or(Refused("damaged (details)"))?;
        if crc32fast::hash(bytes) != crc {
            return Err(Refused("damaged (details checksum mismatch)"));
        }
        Ok(bytes)
    }

    /// The details of claim `doc`, read and checked.
    pub(crate) fn meta(&self, doc: usize) -> Result<DocMeta, Refused> {
        let (a, b, crc) = self.details_range(doc);
        let bytes = self
            .body_bytes(false, a, b.saturating_sub(a))
            .ok_or(Refused("damaged (details cut short)"))?;
        if crc32fast::hash(&bytes) != crc {
            return Err(Refused("damaged (details checksum mismatch)"));
        }
        serde_json::from_slice(&bytes).map_err(|_| Refused("damaged (details)"))
    }

    fn term(&self, i: usize) -> &[u8] {
        let idx = self.part(S_TERMS_IDX);
        let a = u32_at(idx, i * TERM_ENTRY) as usize;
        let b = u32_at(idx, (i + 1) * TERM_ENTRY) as usize;
        self.part(S_TERMS).get(a..b).unwrap_or_default()
    }

    pub(crate) fn term_count(&self) -> usize {
        self.n_terms
    }

    /// Term `i` of the sorted term list.
    pub(crate) fn term_str(&self, i: usize) -> &str {
        std::str::from_utf8(self.term(i)).unwrap_or_default()
    }

    /// Where term `i`'s postings list is in the postings (its CRC-32
    /// first), and how many claims it holds.
    fn list_range(&self, i: usize) -> (usize, usize, usize) {
        let idx = self.part(S_TERMS_IDX);
        let a = u32_at(idx, i * TERM_ENTRY + 4) as usize;
        let b = u32_at(idx, (i + 1) * TERM_ENTRY + 4) as usize;
        let df = u32_at(idx, i * TERM_ENTRY + 8) as usize;
        (a, b, df)
    }

    /// The postings of term number `i`, read and checked.
    pub(crate) fn postings_checked(&self, i: usize) -> Result<Vec<Posting>, Refused> {
        let (a, b, df) = self.list_range(i);
        let bytes = self
            .body_bytes(true, a, b.saturating_sub(a))
            .ok_or(Refused("damaged (postings cut short)"))?;
        self.decode_list(&bytes, df)
    }

    /// The postings of term number `i` within `all` (from `all_postings`),
    /// checked.
    pub(crate) fn postings_in(&self, all: &[u8], i: usize) -> Result<Vec<Posting>, Refused> {
        let (a, b, df) = self.list_range(i);
        self.decode_list(all.get(a..b).ok_or(Refused("damaged (postings)"))?, df)
    }

    /// The postings of term number `i`; none, and the segment marked
    /// damaged (`check`), when they fail their check.
    pub(crate) fn postings_at(&self, i: usize) -> Vec<Posting> {
        self.postings_checked(i).unwrap_or_else(|_| {
            self.damaged.store(true, Ordering::Relaxed);
            Vec::new()
        })
    }

    /// Refused when a postings list read on demand (`postings_at`, the
    /// ranking's `postings`) failed its check: what was ranked may be wrong.
    pub(crate) fn check(&self) -> Result<(), Refused> {
        if self.damaged.load(Ordering::Relaxed) {
            Err(Refused("damaged (postings checksum mismatch)"))
        } else {
            Ok(())
        }
    }

    /// A postings list (its CRC-32, then `df` claims) decoded.
    fn decode_list(&self, list: &[u8], df: usize) -> Result<Vec<Posting>, Refused> {
        let (crc, bytes) = match (list.get(..LIST_CRC), list.get(LIST_CRC..)) {
            (Some(c), Some(b)) => (u32_at(c, 0), b),
            _ => return Err(Refused("damaged (postings)")),
        };
        if crc32fast::hash(bytes) != crc {
            return Err(Refused("damaged (postings checksum mismatch)"));
        }
        let mut out = Vec::with_capacity(df.min(bytes.len()));
        let mut at = 0;
        let mut doc = 0u32;
        while at < bytes.len() && out.len() < df {
            let mut v = 0u32;
            let mut shift = 0;
            loop {
                let Some(&byte) = bytes.get(at) else {
                    return Ok(out);
                };
                at += 1;
                v |= u32::from(byte & 0x7f).checked_shl(shift).unwrap_or(0);
                shift += 7;
                if byte & 0x80 == 0 {
                    break;
                }
            }
            doc = if out.is_empty() {
                v
            } else {
                doc.saturating_add(v)
            };
            let mask = bytes.get(at).copied().unwrap_or(0);
            at += 1;
            let mut tf: FieldTf = [0; NFIELDS];
            for (f, c) in tf.iter_mut().enumerate() {
                if mask & (1 << f) != 0 {
                    *c = bytes.get(at).copied().unwrap_or(0);
                    at += 1;
                }
            }
            if (doc as usize) < self.n_docs {
                out.push((doc, tf));
            }
        }
        Ok(out)
    }

    /// The number of `term` in the sorted term list.
    pub(crate) fn find(&self, term: &str) -> Option<usize> {
        let (mut lo, mut hi) = (0usize, self.n_terms);
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.term(mid).cmp(term.as_bytes()) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(mid),
            }
        }
        None
    }
}

impl super::rank::Segment for DiskSegment {
    fn doc_count(&self) -> usize {
        self.n_docs
    }
    fn lens(&self, doc: u32) -> FieldLens {
        DiskSegment::lens(self, doc as usize)
    }
    fn total_lens(&self) -> [u64; NFIELDS] {
        self.totals
    }
    fn postings(&self, term: &str) -> Vec<Posting> {
        self.find(term)
            .map(|i| self.postings_at(i))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::rank::Segment;

    fn meta(id: &str) -> DocMeta {
        DocMeta {
            id: id.into(),
            status: "unverified".into(),
            statement: format!("statement of {id}"),
            ..DocMeta::default()
        }
    }

    fn encoded(list: &[Posting]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut last = 0;
        for (i, (d, tf)) in list.iter().enumerate() {
            put_posting(&mut out, if i == 0 { *d } else { d - last }, tf);
            last = *d;
        }
        out
    }

    #[test]
    fn a_segment_reads_back_and_refuses_damage() {
        let key = FileKey {
            len: 10,
            mtime_ns: 20,
            ctime_ns: 30,
            ino: 40,
        };
        let mut docs = DocsPart::default();
        docs.push_meta("a.yaml", key, [3, 0, 1, 0], &meta("a"))
            .unwrap();
        docs.push_meta("b.yaml", key, [5, 2, 0, 0], &meta("b"))
            .unwrap();
        let p1: Vec<Posting> = vec![(0, [1, 0, 0, 0]), (1, [2, 1, 0, 0])];
        let p2: Vec<Posting> = vec![(1, [0, 0, 0, 255])];
        let mut terms = TermsPart::default();
        terms.push("moon", 2, &encoded(&p1)).unwrap();
        terms.push("x", 1, &encoded(&p2)).unwrap();
        let seg = assemble(7, docs, terms).unwrap();
        assert_eq!(seg.build_id, 7);
        assert_eq!(seg.name(1), "b.yaml");
        assert_eq!(seg.key(0), key);
        assert_eq!(seg.lens(1), [5, 2, 0, 0]);
        assert_eq!(seg.meta(1).unwrap().id, "b");
        assert_eq!(seg.total_lens(), [8, 2, 1, 0]);
        assert_eq!(seg.postings("moon"), p1);
        assert_eq!(seg.postings("x"), p2);
        assert!(seg.postings("nothing").is_empty());

        // Stored and read back from a file: the same, postings and details
        // read on demand.
        let dir = tempfile::tempdir().unwrap();
        let (store, _) = crate::store::Store::init(dir.path()).unwrap();
        let [core, postings, details] = seg.parts();
        let bytes = [core, postings, details].concat();
        let reopen = |b: &[u8]| {
            store.write_derived("seg", b).unwrap();
            DiskSegment::open(store.open_derived("seg").unwrap())
        };
        let back = reopen(&bytes).unwrap();
        assert_eq!(back.postings("moon"), p1);
        assert_eq!(back.postings("x"), p2);
        assert_eq!(back.meta(0).unwrap(), meta("a"));
        assert_eq!(back.name(0), "a.yaml");
        assert_eq!(back.check(), Ok(()));
        let all = back.all_postings().unwrap();
        assert_eq!(back.postings_in(&all, 1).unwrap(), p2);

        for at in [0, 9, 13, 40, core.len() - 1] {
            let mut bad = bytes.clone();
            bad[at] ^= 0x55;
            assert!(reopen(&bad).is_err(), "byte {at}");
        }
        // A damaged postings list is found when it is read: the ranking
        // gets none and the segment is marked damaged, so that the search
        // refuses what it ranked; the other lists still read.
        let mut bad = bytes.clone();
        bad[core.len() + LIST_CRC + 1] ^= 0x55;
        let seg = reopen(&bad).unwrap();
        assert_eq!(seg.check(), Ok(()));
        assert_eq!(seg.postings("x"), p2);
        assert_eq!(seg.check(), Ok(()));
        assert!(seg.postings("moon").is_empty());
        assert!(seg.check().is_err());
        assert!(seg.postings_checked(0).is_err());
        let all = seg.all_postings().unwrap();
        assert!(seg.postings_in(&all, 0).is_err());
        // Damaged details are found when they are read.
        let mut bad = bytes.clone();
        let last = bad.len() - 3;
        bad[last] ^= 0x55;
        let seg = reopen(&bad).unwrap();
        assert_eq!(seg.meta(0).unwrap(), meta("a"));
        assert!(seg.meta(1).is_err());
        assert!(reopen(&bytes[..bytes.len() - 1]).is_err());
        assert!(reopen(b"").is_err());
    }
}
