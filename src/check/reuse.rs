//! What an earlier `check` concluded, kept in `.claimtrack-check.cache` and
//! reused while everything it was drawn from is unchanged.
//!
//! A conclusion about a source (its findings, and the files its
//! `source.yaml` lists) holds while `source.yaml` and each listed text are
//! the same files (length, times to the nanosecond, inode, device). A
//! conclusion about a claim file (its findings, or that it has none) holds
//! while the file is the same, the settings file is the same, its source
//! still exists and is unchanged, and each source its evidence names still
//! exists or still does not. Nothing is kept about a file changed in the
//! last two seconds, or that is not a regular file. The cache is also tied
//! to the program that wrote it and to the store's path as given (findings
//! quote paths), so another build or another way of naming the store starts
//! afresh.
//!
//! Layout (little-endian): magic, format version, CRC-32 of the rest; then
//! the program's file identity, the store path, the settings file's state;
//! the ids of every source present; each kept source (id, `source.yaml`'s
//! identity, each listed text with its state, the listed files, findings);
//! each kept claim file (name, identity, its source and its evidence's
//! sources, each as an index into the ids present or a missing id,
//! findings). A finding is its severity, rule, path, line, column, message
//! and hint. A damaged, truncated or foreign file is ignored as a whole.

use std::collections::HashMap;
use std::path::PathBuf;

use serde::de::IntoDeserializer;
use serde::Deserialize;

use super::sources::Seen;
use super::Rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::store::{FileId, FileState};

const MAGIC: &[u8; 8] = b"CTCHECK\n";
/// Bump when the layout changes. Rules that change come with a new build,
/// which the program's identity already tells apart.
const VERSION: u32 = 1;
const HEADER: usize = 16;

/// A source named by a kept claim: one of the sources present then (an
/// index into `Saved::present`), or an id that named no source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Dep {
    Present(u32),
    Missing(String),
}

/// A kept conclusion about a source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct SavedSource {
    pub(super) id: String,
    pub(super) seen: Seen,
    pub(super) diagnostics: Vec<Diagnostic>,
}

/// A kept conclusion about a claim file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct SavedClaim {
    pub(super) name: String,
    pub(super) key: FileId,
    /// The claim's source; None for a file that could not be read as a claim.
    pub(super) source: Option<Dep>,
    /// The sources its evidence names.
    pub(super) evidence: Vec<Dep>,
    pub(super) diagnostics: Vec<Diagnostic>,
}

/// Everything kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Saved {
    pub(super) program: FileId,
    pub(super) root: String,
    pub(super) settings: FileState,
    /// The ids of the sources present, sorted.
    pub(super) present: Vec<String>,
    /// Sorted by id.
    pub(super) sources: Vec<SavedSource>,
    /// Sorted by name.
    pub(super) claims: Vec<SavedClaim>,
}

/// Whether a conclusion drawn from a file in `state` may be kept: a
/// regular file not changed in the last two seconds, or no file at all.
pub(super) fn keepable(state: FileState, now: std::time::SystemTime) -> bool {
    match state {
        FileState::Absent => true,
        FileState::File(id) => id.is_settled(now),
        FileState::Other => false,
    }
}

// ---- writing ----

struct Out(Vec<u8>);

impl Out {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn len(&mut self, n: usize) -> Option<()> {
        self.u32(u32::try_from(n).ok()?);
        Some(())
    }
    fn str(&mut self, s: &str) -> Option<()> {
        self.len(s.len())?;
        self.0.extend_from_slice(s.as_bytes());
        Some(())
    }
    fn id(&mut self, id: FileId) {
        self.0.extend_from_slice(&id.to_bytes());
    }
    fn state(&mut self, state: FileState) -> Option<()> {
        match state {
            FileState::Absent => self.u8(0),
            FileState::File(id) => {
                self.u8(1);
                self.id(id);
            }
            FileState::Other => return None,
        }
        Some(())
    }
    fn opt_u64(&mut self, v: Option<usize>) {
        match v {
            None => self.u8(0),
            Some(v) => {
                self.u8(1);
                self.u64(v as u64);
            }
        }
    }
    fn diagnostics(&mut self, diags: &[Diagnostic]) -> Option<()> {
        self.len(diags.len())?;
        for d in diags {
            self.u8(match d.severity {
                Severity::Error => 0,
                Severity::Warning => 1,
            });
            self.str(d.rule.as_str())?;
            self.str(d.path.to_str()?)?;
            self.opt_u64(d.line);
            self.opt_u64(d.column);
            self.str(&d.message)?;
            match &d.hint {
                None => self.u8(0),
                Some(h) => {
                    self.u8(1);
                    self.str(h)?;
                }
            }
        }
        Some(())
    }
    fn dep(&mut self, dep: &Dep) -> Option<()> {
        match dep {
            Dep::Present(i) => {
                self.u8(0);
                self.u32(*i);
            }
            Dep::Missing(id) => {
                self.u8(1);
                self.str(id)?;
            }
        }
        Some(())
    }
    fn seen(&mut self, seen: &Seen) -> Option<()> {
        self.state(seen.yaml)?;
        self.len(seen.texts.len())?;
        for (file, state) in &seen.texts {
            self.str(file)?;
            self.state(*state)?;
        }
        match &seen.listed {
            None => self.u8(0),
            Some(files) => {
                self.u8(1);
                self.len(files.len())?;
                for f in files {
                    self.str(f)?;
                }
            }
        }
        Some(())
    }
}

/// The bytes of `saved`, or None when something in it cannot be written
/// (a path that is not UTF-8, a count past 4 billion): then nothing is kept.
pub(super) fn encode(saved: &Saved) -> Option<Vec<u8>> {
    let mut out = Out(Vec::with_capacity(HEADER + 64 * saved.claims.len()));
    out.0.extend_from_slice(MAGIC);
    out.u32(VERSION);
    out.u32(0); // the checksum, below
    out.id(saved.program);
    out.str(&saved.root)?;
    out.state(saved.settings)?;
    out.len(saved.present.len())?;
    for id in &saved.present {
        out.str(id)?;
    }
    out.len(saved.sources.len())?;
    for s in &saved.sources {
        out.str(&s.id)?;
        out.seen(&s.seen)?;
        out.diagnostics(&s.diagnostics)?;
    }
    out.len(saved.claims.len())?;
    for c in &saved.claims {
        out.str(&c.name)?;
        out.id(c.key);
        match &c.source {
            None => out.u8(0),
            Some(dep) => {
                out.u8(1);
                out.dep(dep)?;
            }
        }
        out.len(c.evidence.len())?;
        for dep in &c.evidence {
            out.dep(dep)?;
        }
        out.diagnostics(&c.diagnostics)?;
    }
    let crc = crc32fast::hash(&out.0[HEADER..]);
    out.0[12..HEADER].copy_from_slice(&crc.to_le_bytes());
    Some(out.0)
}

// ---- reading ----

/// The bytes of the cache being read, each read checked against its end.
struct In<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> In<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n)?;
        let part = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(part)
    }
    fn u8(&mut self) -> Option<u8> {
        self.take(1).map(|b| b[0])
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    /// A count of items each at least `min` bytes long: never more than
    /// the bytes left could hold, so a damaged count allocates nothing.
    fn count(&mut self, min: usize) -> Option<usize> {
        let n = usize::try_from(self.u32()?).ok()?;
        (n <= (self.bytes.len() - self.at) / min.max(1)).then_some(n)
    }
    fn str(&mut self) -> Option<&'a str> {
        let n = usize::try_from(self.u32()?).ok()?;
        std::str::from_utf8(self.take(n)?).ok()
    }
    fn string(&mut self) -> Option<String> {
        self.str().map(str::to_string)
    }
    fn id(&mut self) -> Option<FileId> {
        FileId::from_bytes(self.take(FileId::BYTES)?)
    }
    fn state(&mut self) -> Option<FileState> {
        match self.u8()? {
            0 => Some(FileState::Absent),
            1 => Some(FileState::File(self.id()?)),
            _ => None,
        }
    }
    fn opt_usize(&mut self) -> Option<Option<usize>> {
        match self.u8()? {
            0 => Some(None),
            1 => Some(Some(usize::try_from(self.u64()?).ok()?)),
            _ => None,
        }
    }
    fn diagnostics(&mut self) -> Option<Vec<Diagnostic>> {
        let n = self.count(20)?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            let severity = match self.u8()? {
                0 => Severity::Error,
                1 => Severity::Warning,
                _ => return None,
            };
            let rule = Rule::deserialize(self.str()?.into_deserializer())
                .map_err(|_: serde::de::value::Error| ())
                .ok()?;
            let path = PathBuf::from(self.str()?);
            let line = self.opt_usize()?;
            let column = self.opt_usize()?;
            let message = self.string()?;
            let hint = match self.u8()? {
                0 => None,
                1 => Some(self.string()?),
                _ => return None,
            };
            out.push(Diagnostic {
                severity,
                rule,
                path,
                line,
                column,
                message,
                hint,
            });
        }
        Some(out)
    }
    fn dep(&mut self, present: usize) -> Option<Dep> {
        match self.u8()? {
            0 => {
                let i = self.u32()?;
                (usize::try_from(i).ok()? < present).then_some(Dep::Present(i))
            }
            1 => Some(Dep::Missing(self.string()?)),
            _ => None,
        }
    }
    fn seen(&mut self) -> Option<Seen> {
        let yaml = self.state()?;
        let n = self.count(5)?;
        let mut texts = Vec::with_capacity(n);
        for _ in 0..n {
            texts.push((self.string()?, self.state()?));
        }
        let listed = match self.u8()? {
            0 => None,
            1 => {
                let n = self.count(4)?;
                let mut files = Vec::with_capacity(n);
                for _ in 0..n {
                    files.push(self.string()?);
                }
                Some(files)
            }
            _ => return None,
        };
        Some(Seen {
            yaml,
            texts,
            listed,
        })
    }
}

/// What `bytes` keep, or None when they are not a whole cache this
/// program wrote (wrong magic or version, a checksum that differs, a
/// truncated or overlong body, entries out of order).
pub(super) fn decode(bytes: &[u8]) -> Option<Saved> {
    let head = bytes.get(..HEADER)?;
    if &head[..8] != MAGIC
        || u32::from_le_bytes(head[8..12].try_into().ok()?) != VERSION
        || u32::from_le_bytes(head[12..16].try_into().ok()?) != crc32fast::hash(&bytes[HEADER..])
    {
        return None;
    }
    let mut r = In { bytes, at: HEADER };
    let program = r.id()?;
    let root = r.string()?;
    let settings = r.state()?;
    let n = r.count(4)?;
    let mut present = Vec::with_capacity(n);
    for _ in 0..n {
        present.push(r.string()?);
    }
    let n = r.count(4)?;
    let mut sources = Vec::with_capacity(n);
    for _ in 0..n {
        sources.push(SavedSource {
            id: r.string()?,
            seen: r.seen()?,
            diagnostics: r.diagnostics()?,
        });
    }
    let n = r.count(4 + FileId::BYTES)?;
    let mut claims = Vec::with_capacity(n);
    for _ in 0..n {
        let name = r.string()?;
        let key = r.id()?;
        let source = match r.u8()? {
            0 => None,
            1 => Some(r.dep(present.len())?),
            _ => return None,
        };
        let m = r.count(5)?;
        let mut evidence = Vec::with_capacity(m);
        for _ in 0..m {
            evidence.push(r.dep(present.len())?);
        }
        claims.push(SavedClaim {
            name,
            key,
            source,
            evidence,
            diagnostics: r.diagnostics()?,
        });
    }
    let sorted = present.windows(2).all(|w| w[0] < w[1])
        && sources.windows(2).all(|w| w[0].id < w[1].id)
        && claims.windows(2).all(|w| w[0].name < w[1].name);
    (r.at == bytes.len() && sorted).then_some(Saved {
        program,
        root,
        settings,
        present,
        sources,
        claims,
    })
}

/// The ids present, each with its index, for writing claims' sources.
pub(super) fn index_of(present: &[String]) -> HashMap<&str, u32> {
    present
        .iter()
        .enumerate()
        .filter_map(|(i, id)| Some((id.as_str(), u32::try_from(i).ok()?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Saved {
        let id = FileId::from_bytes(&[7; FileId::BYTES]).unwrap();
        let finding = Diagnostic::error(Rule::QuoteNotFound, "claims/a.yaml", "quote not found")
            .at(Some((9, 3)))
            .hint("copy the exact words");
        Saved {
            program: id,
            root: "../store".into(),
            settings: FileState::Absent,
            present: vec!["a".into(), "b".into()],
            sources: vec![SavedSource {
                id: "a".into(),
                seen: Seen {
                    yaml: FileState::File(id),
                    texts: vec![("r1.txt".into(), FileState::File(id))],
                    listed: Some(vec!["r1.txt".into()]),
                },
                diagnostics: vec![Diagnostic::warning(
                    Rule::SourceSha256,
                    "sources/a/r1.txt",
                    "differs",
                )],
            }],
            claims: vec![
                SavedClaim {
                    name: "a.yaml".into(),
                    key: id,
                    source: Some(Dep::Present(0)),
                    evidence: vec![Dep::Missing("gone".into()), Dep::Present(1)],
                    diagnostics: vec![finding],
                },
                SavedClaim {
                    name: "b.yaml".into(),
                    key: id,
                    source: None,
                    evidence: Vec::new(),
                    diagnostics: Vec::new(),
                },
            ],
        }
    }

    #[test]
    fn a_cache_reads_back_as_it_was_written() {
        let saved = sample();
        let bytes = encode(&saved).unwrap();
        assert_eq!(decode(&bytes), Some(saved));
    }

    #[test]
    fn every_rule_reads_back_by_its_name() {
        for rule in [
            Rule::Settings,
            Rule::SourceSha256,
            Rule::VerdictWithoutEvidence,
            Rule::HandEdit,
            Rule::Interrupted,
        ] {
            let back: Result<Rule, serde::de::value::Error> =
                Rule::deserialize(rule.as_str().into_deserializer());
            assert_eq!(back.ok(), Some(rule));
        }
    }

    #[test]
    fn a_damaged_truncated_or_foreign_cache_is_refused_whole() {
        let bytes = encode(&sample()).unwrap();
        // Every truncation, and every single flipped bit, is refused.
        for end in 0..bytes.len() {
            assert_eq!(decode(&bytes[..end]), None, "cut at {end}");
        }
        for at in 0..bytes.len() {
            let mut b = bytes.clone();
            b[at] ^= 0x10;
            assert_eq!(decode(&b), None, "flipped at {at}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(decode(&longer), None);
        assert_eq!(decode(b"claimtrack-cache 2 0.1.0\n{}"), None);
        assert_eq!(decode(&[]), None);
    }

    #[test]
    fn a_forged_count_with_a_good_checksum_allocates_nothing() {
        let mut bytes = Vec::from(&MAGIC[..]);
        bytes.extend_from_slice(&VERSION.to_le_bytes());
        bytes.extend_from_slice(&[0; 4]);
        bytes.extend_from_slice(&[1; FileId::BYTES]);
        bytes.extend_from_slice(&0u32.to_le_bytes()); // root ""
        bytes.push(0); // settings absent
        bytes.extend_from_slice(&u32::MAX.to_le_bytes()); // present: 4 billion ids
        let crc = crc32fast::hash(&bytes[HEADER..]);
        bytes[12..16].copy_from_slice(&crc.to_le_bytes());
        assert_eq!(decode(&bytes), None);
    }
}
