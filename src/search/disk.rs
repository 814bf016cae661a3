//! The stored segment's bytes: writing a built segment and reading one back
//! without decoding more than a search needs. Every part is checked when the
//! file is opened (magic, version, checksum, section bounds), so a damaged or
//! foreign file is refused as a whole rather than read wrongly.
//!
//! Layout (little-endian): magic, version, CRC-32 of the rest; then the
//! build id, claim and term counts, field length totals, section offsets;
//! then per claim its file key (length, mtime, ctime, inode) and field
//! lengths; claim file names; each claim's details as JSON; the sorted term
//! list with each term's postings offset and document frequency; and the
//! postings (claim number delta as a varint, a byte of fields present, one
//! count byte per field present).

use super::segment::{FieldLens, FieldTf, Posting, NFIELDS};
use super::{DocMeta, FileKey};

const MAGIC: &[u8; 8] = b"CTSEARCH";
const VERSION: u32 = 1;
const HEADER: usize = 16;
const KEY_BYTES: usize = 32;
const TERM_ENTRY: usize = 12;
const SECTIONS: usize = 10;

/// Why a stored segment was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Refused(pub &'static str);

/// One claim of a segment being written.
#[derive(Debug, Clone)]
pub(crate) struct DocIn<'a> {
    pub(crate) name: &'a str,
    pub(crate) key: FileKey,
    pub(crate) meta: &'a DocMeta,
    pub(crate) lens: FieldLens,
}

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

fn to_u32(n: usize) -> Result<u32, Refused> {
    u32::try_from(n).map_err(|_| Refused("the index would exceed 4 GiB"))
}

/// The bytes of a segment of `docs`, whose postings are `terms` (sorted by
/// term, postings in claim order).
pub(crate) fn encode(
    build_id: u64,
    docs: &[DocIn<'_>],
    terms: &[(&str, &[Posting])],
) -> Result<Vec<u8>, Refused> {
    let n = docs.len();
    let mut totals = [0u64; NFIELDS];
    for d in docs {
        for (t, l) in totals.iter_mut().zip(d.lens) {
            *t += u64::from(l);
        }
    }
    let mut keys = Vec::with_capacity(n * KEY_BYTES);
    let mut lens = Vec::with_capacity(n * NFIELDS * 2);
    let mut names_idx = Vec::with_capacity((n + 1) * 4);
    let mut names = Vec::new();
    let mut meta_idx = Vec::with_capacity((n + 1) * 4);
    let mut metas = Vec::new();
    for d in docs {
        for v in [d.key.len, d.key.mtime_ns, d.key.ctime_ns, d.key.ino] {
            put_u64(&mut keys, v);
        }
        for l in d.lens {
            lens.extend_from_slice(&l.to_le_bytes());
        }
        put_u32(&mut names_idx, to_u32(names.len())?);
        names.extend_from_slice(d.name.as_bytes());
        put_u32(&mut meta_idx, to_u32(metas.len())?);
        serde_json::to_writer(&mut metas, d.meta).map_err(|_| Refused("unwritable details"))?;
    }
    put_u32(&mut names_idx, to_u32(names.len())?);
    put_u32(&mut meta_idx, to_u32(metas.len())?);

    let mut terms_idx = Vec::with_capacity((terms.len() + 1) * TERM_ENTRY);
    let mut term_bytes = Vec::new();
    let mut postings = Vec::new();
    for (term, list) in terms {
        put_u32(&mut terms_idx, to_u32(term_bytes.len())?);
        put_u32(&mut terms_idx, to_u32(postings.len())?);
        put_u32(&mut terms_idx, to_u32(list.len())?);
        term_bytes.extend_from_slice(term.as_bytes());
        let mut last = 0u32;
        for (i, (doc, tf)) in list.iter().enumerate() {
            put_varint(&mut postings, if i == 0 { *doc } else { doc - last });
            last = *doc;
            let mask = tf
                .iter()
                .enumerate()
                .filter(|(_, &c)| c > 0)
                .fold(0u8, |m, (f, _)| m | (1 << f));
            postings.push(mask);
            postings.extend(tf.iter().filter(|&&c| c > 0));
        }
    }
    put_u32(&mut terms_idx, to_u32(term_bytes.len())?);
    put_u32(&mut terms_idx, to_u32(postings.len())?);
    put_u32(&mut terms_idx, 0);

    let mut body = Vec::new();
    put_u64(&mut body, build_id);
    put_u32(&mut body, to_u32(n)?);
    put_u32(&mut body, to_u32(terms.len())?);
    for t in totals {
        put_u64(&mut body, t);
    }
    let fixed = body.len() + SECTIONS * 8;
    let parts: [&[u8]; SECTIONS - 1] = [
        &keys,
        &lens,
        &names_idx,
        &names,
        &meta_idx,
        &metas,
        &terms_idx,
        &term_bytes,
        &postings,
    ];
    let mut at = (HEADER + fixed) as u64;
    for p in parts {
        put_u64(&mut body, at);
        at += p.len() as u64;
    }
    put_u64(&mut body, at);
    for p in parts {
        body.extend_from_slice(p);
    }
    let mut out = Vec::with_capacity(HEADER + body.len());
    out.extend_from_slice(MAGIC);
    put_u32(&mut out, VERSION);
    put_u32(&mut out, crc32fast::hash(&body));
    out.extend_from_slice(&body);
    Ok(out)
}

/// A stored segment, read in place from its bytes.
#[derive(Debug)]
pub(crate) struct DiskSegment<'a> {
    pub(crate) build_id: u64,
    n_docs: usize,
    n_terms: usize,
    totals: [u64; NFIELDS],
    keys: &'a [u8],
    lens: &'a [u8],
    names_idx: &'a [u8],
    names: &'a [u8],
    meta_idx: &'a [u8],
    metas: &'a [u8],
    terms_idx: &'a [u8],
    terms: &'a [u8],
    postings: &'a [u8],
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

impl<'a> DiskSegment<'a> {
    /// Read the segment in `bytes`, checking every part before any is used.
    pub(crate) fn open(bytes: &'a [u8]) -> Result<DiskSegment<'a>, Refused> {
        if bytes.len() < HEADER || &bytes[..8] != MAGIC {
            return Err(Refused("not a claimtrack search index"));
        }
        if u32_at(bytes, 8) != VERSION {
            return Err(Refused("written by another version"));
        }
        if u32_at(bytes, 12) != crc32fast::hash(&bytes[HEADER..]) {
            return Err(Refused("damaged (checksum mismatch)"));
        }
        let b = &bytes[HEADER..];
        let build_id = u64_at(b, 0);
        let n_docs = u32_at(b, 8) as usize;
        let n_terms = u32_at(b, 12) as usize;
        let mut totals = [0u64; NFIELDS];
        for (f, t) in totals.iter_mut().enumerate() {
            *t = u64_at(b, 16 + f * 8);
        }
        let offs_at = 16 + NFIELDS * 8;
        let mut offs = [0usize; SECTIONS];
        for (i, o) in offs.iter_mut().enumerate() {
            *o = usize::try_from(u64_at(b, offs_at + i * 8)).unwrap_or(usize::MAX);
        }
        if offs.windows(2).any(|w| w[0] > w[1]) || offs[SECTIONS - 1] != bytes.len() {
            return Err(Refused("damaged (sections)"));
        }
        let sec = |i: usize| &bytes[offs[i]..offs[i + 1]];
        let seg = DiskSegment {
            build_id,
            n_docs,
            n_terms,
            totals,
            keys: sec(0),
            lens: sec(1),
            names_idx: sec(2),
            names: sec(3),
            meta_idx: sec(4),
            metas: sec(5),
            terms_idx: sec(6),
            terms: sec(7),
            postings: sec(8),
        };
        let ok = seg.keys.len() == n_docs * KEY_BYTES
            && seg.lens.len() == n_docs * NFIELDS * 2
            && offsets_ok(seg.names_idx, n_docs, 4, seg.names.len())
            && offsets_ok(seg.meta_idx, n_docs, 4, seg.metas.len())
            && offsets_ok(seg.terms_idx, n_terms, TERM_ENTRY, seg.terms.len())
            && (0..=n_terms)
                .map(|i| u32_at(seg.terms_idx, i * TERM_ENTRY + 4) as usize)
                .try_fold(0usize, |last, v| {
                    (v >= last && v <= seg.postings.len()).then_some(v)
                })
                .is_some()
            && (0..n_docs).all(|i| std::str::from_utf8(seg.name_bytes(i)).is_ok());
        if !ok {
            return Err(Refused("damaged (tables)"));
        }
        Ok(seg)
    }

    pub(crate) fn doc_count(&self) -> usize {
        self.n_docs
    }

    fn name_bytes(&self, doc: usize) -> &'a [u8] {
        let a = u32_at(self.names_idx, doc * 4) as usize;
        let b = u32_at(self.names_idx, doc * 4 + 4) as usize;
        self.names.get(a..b).unwrap_or_default()
    }

    /// The claim file name of claim `doc`.
    pub(crate) fn name(&self, doc: usize) -> &'a str {
        std::str::from_utf8(self.name_bytes(doc)).unwrap_or_default()
    }

    pub(crate) fn key(&self, doc: usize) -> FileKey {
        let at = doc * KEY_BYTES;
        FileKey {
            len: u64_at(self.keys, at),
            mtime_ns: u64_at(self.keys, at + 8),
            ctime_ns: u64_at(self.keys, at + 16),
            ino: u64_at(self.keys, at + 24),
        }
    }

    pub(crate) fn lens(&self, doc: usize) -> FieldLens {
        let mut out = [0u16; NFIELDS];
        for (f, l) in out.iter_mut().enumerate() {
            let at = (doc * NFIELDS + f) * 2;
            *l = self
                .lens
                .get(at..at + 2)
                .and_then(|s| s.try_into().ok())
                .map_or(0, u16::from_le_bytes);
        }
        out
    }

    /// The details of claim `doc` (None if they do not read back).
    pub(crate) fn meta(&self, doc: usize) -> Option<DocMeta> {
        let a = u32_at(self.meta_idx, doc * 4) as usize;
        let b = u32_at(self.meta_idx, doc * 4 + 4) as usize;
        serde_json::from_slice(self.metas.get(a..b)?).ok()
    }

    fn term(&self, i: usize) -> &'a [u8] {
        let a = u32_at(self.terms_idx, i * TERM_ENTRY) as usize;
        let b = u32_at(self.terms_idx, (i + 1) * TERM_ENTRY) as usize;
        self.terms.get(a..b).unwrap_or_default()
    }

    pub(crate) fn term_count(&self) -> usize {
        self.n_terms
    }

    /// Term `i` of the sorted term list.
    pub(crate) fn term_str(&self, i: usize) -> &'a str {
        std::str::from_utf8(self.term(i)).unwrap_or_default()
    }

    /// The postings of term number `i`.
    pub(crate) fn postings_at(&self, i: usize) -> Vec<Posting> {
        let a = u32_at(self.terms_idx, i * TERM_ENTRY + 4) as usize;
        let b = u32_at(self.terms_idx, (i + 1) * TERM_ENTRY + 4) as usize;
        let df = u32_at(self.terms_idx, i * TERM_ENTRY + 8) as usize;
        let bytes = self.postings.get(a..b).unwrap_or_default();
        let mut out = Vec::with_capacity(df);
        let mut at = 0;
        let mut doc = 0u32;
        while at < bytes.len() && out.len() < df {
            let mut v = 0u32;
            let mut shift = 0;
            loop {
                let Some(&byte) = bytes.get(at) else {
                    return out;
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
        out
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

impl super::rank::Segment for DiskSegment<'_> {
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

    fn meta(id: &str) -> DocMeta {
        DocMeta {
            id: id.into(),
            status: "unverified".into(),
            statement: format!("statement of {id}"),
            ..DocMeta::default()
        }
    }

    #[test]
    fn a_segment_reads_back_and_refuses_damage() {
        let (m1, m2) = (meta("a"), meta("b"));
        let key = FileKey {
            len: 10,
            mtime_ns: 20,
            ctime_ns: 30,
            ino: 40,
        };
        let docs = [
            DocIn {
                name: "a.yaml",
                key,
                meta: &m1,
                lens: [3, 0, 1, 0],
            },
            DocIn {
                name: "b.yaml",
                key,
                meta: &m2,
                lens: [5, 2, 0, 0],
            },
        ];
        let p1: Vec<Posting> = vec![(0, [1, 0, 0, 0]), (1, [2, 1, 0, 0])];
        let p2: Vec<Posting> = vec![(1, [0, 0, 0, 300u16 as u8])];
        let bytes = encode(7, &docs, &[("moon", &p1), ("x", &p2)]).unwrap();
        let seg = DiskSegment::open(&bytes).unwrap();
        assert_eq!(seg.build_id, 7);
        assert_eq!(seg.name(1), "b.yaml");
        assert_eq!(seg.key(0), key);
        assert_eq!(seg.lens(1), [5, 2, 0, 0]);
        assert_eq!(seg.meta(1).unwrap().id, "b");
        assert_eq!(crate::search::rank::Segment::total_lens(&seg), [8, 2, 1, 0]);
        use crate::search::rank::Segment;
        assert_eq!(seg.postings("moon"), p1);
        assert_eq!(seg.postings("x"), p2);
        assert!(seg.postings("nothing").is_empty());

        for at in [0, 9, 13, 40, bytes.len() - 1] {
            let mut bad = bytes.clone();
            bad[at] ^= 0x55;
            assert!(DiskSegment::open(&bad).is_err(), "byte {at}");
        }
        assert!(DiskSegment::open(&bytes[..bytes.len() - 1]).is_err());
        assert!(DiskSegment::open(b"").is_err());
    }
}
