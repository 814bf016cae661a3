//! Building a segment in bounded memory: from the claim files, a chunk of
//! claims at a time, each term's postings encoded as its claims come (the
//! claims' own term lists are dropped with their chunk); and merging a
//! segment with the claims changed since it was built into a new one,
//! straight from its postings, without reading the claim files again.

use std::collections::{BTreeMap, HashMap};

use super::disk::{assemble, put_posting, DiskSegment, DocsPart, Refused, TermsPart};
use super::live::{read_entries, Entry};
use super::segment::{FieldTf, Posting};
use super::FileKey;
use crate::store::Store;

/// Claims read (in parallel) before their terms go into the postings.
const CHUNK: usize = 4096;

/// A new segment's identity, which an overlay names to say what it applies to.
pub(crate) fn new_build_id() -> u64 {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    t ^ (u64::from(std::process::id()) << 32)
}

/// One term's postings as they are added, already encoded.
#[derive(Debug, Default)]
struct List {
    last: u32,
    df: u32,
    bytes: Vec<u8>,
}

/// Postings being built: each term stored once, with its encoded list.
#[derive(Debug, Default)]
struct Postings {
    ids: HashMap<Box<str>, u32>,
    lists: Vec<List>,
}

impl Postings {
    /// Add claim `doc` (numbered after every claim added before) holding `terms`.
    fn add(&mut self, doc: u32, terms: &[(String, FieldTf)]) {
        for (term, tf) in terms {
            let id = match self.ids.get(term.as_str()) {
                Some(&id) => id,
                None => {
                    let id = u32::try_from(self.lists.len()).unwrap_or(u32::MAX);
                    self.ids.insert(term.as_str().into(), id);
                    self.lists.push(List::default());
                    id
                }
            };
            if let Some(list) = self.lists.get_mut(id as usize) {
                let delta = if list.df == 0 { doc } else { doc - list.last };
                put_posting(&mut list.bytes, delta, tf);
                list.last = doc;
                list.df += 1;
            }
        }
    }

    /// The terms in order, each list moved into place (and freed) in turn.
    fn into_terms(self) -> Result<TermsPart, Refused> {
        let mut order: Vec<(Box<str>, u32)> = self.ids.into_iter().collect();
        order.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut lists = self.lists;
        let mut out = TermsPart::default();
        for (term, id) in order {
            if let Some(list) = lists.get_mut(id as usize) {
                let bytes = std::mem::take(&mut list.bytes);
                out.push(&term, list.df, &bytes)?;
            }
        }
        Ok(out)
    }
}

/// A segment of the claim files `files` (sorted by name). Files that cannot
/// be read are left out, with a note each (counted in `skipped`).
pub(crate) fn from_files(
    store: &Store,
    files: &[(String, FileKey)],
    notes: &mut Vec<String>,
    skipped: &mut usize,
) -> Result<DiskSegment, Refused> {
    let mut docs = DocsPart::default();
    let mut postings = Postings::default();
    for chunk in files.chunks(CHUNK) {
        for e in read_entries(store, chunk, notes, skipped) {
            let doc = docs.push_meta(&e.name, e.key, e.lens, &e.meta)?;
            postings.add(doc, &e.terms);
        }
    }
    assemble(new_build_id(), docs, postings.into_terms()?)
}

/// A segment of `entries` (sorted by name).
#[cfg(test)]
pub(crate) fn from_entries(entries: &[Entry]) -> Result<DiskSegment, Refused> {
    let mut docs = DocsPart::default();
    let mut postings = Postings::default();
    for e in entries {
        let doc = docs.push_meta(&e.name, e.key, e.lens, &e.meta)?;
        postings.add(doc, &e.terms);
    }
    assemble(new_build_id(), docs, postings.into_terms()?)
}

/// A segment of `seg`'s claims less the `masked` ones, and `overlay`
/// (sorted by name, none of its names among the claims kept).
pub(crate) fn merge(
    seg: &DiskSegment,
    masked: &[bool],
    overlay: &[Entry],
) -> Result<DiskSegment, Refused> {
    let n = seg.doc_count();
    let is_masked = |d: usize| masked.get(d).copied().unwrap_or(true);
    let mut docs = DocsPart::default();
    let mut base_map = vec![u32::MAX; n];
    let mut over_docs = Vec::with_capacity(overlay.len());
    {
        let all = seg.all_details()?;
        let (mut d, mut o) = (0usize, 0usize);
        loop {
            while d < n && is_masked(d) {
                d += 1;
            }
            let take_base = match (overlay.get(o), d < n) {
                (None, false) => break,
                (None, true) => true,
                (Some(_), false) => false,
                (Some(e), true) => seg.name(d) < e.name.as_str(),
            };
            if take_base {
                base_map[d] = docs.push(
                    seg.name(d),
                    seg.key(d),
                    seg.lens(d),
                    seg.details_in(&all, d)?,
                )?;
                d += 1;
            } else if let Some(e) = overlay.get(o) {
                over_docs.push(docs.push_meta(&e.name, e.key, e.lens, &e.meta)?);
                o += 1;
            }
        }
    }
    // The overlay's postings by term, in claim order.
    let mut over_terms: BTreeMap<&str, Vec<Posting>> = BTreeMap::new();
    for (e, doc) in overlay.iter().zip(&over_docs) {
        for (term, tf) in &e.terms {
            over_terms
                .entry(term.as_str())
                .or_default()
                .push((*doc, *tf));
        }
    }
    let mut terms = TermsPart::default();
    let all_postings = seg.all_postings()?;
    let mut over = over_terms.into_iter().peekable();
    let mut t = 0usize;
    let mut bytes = Vec::new();
    loop {
        let base_term = (t < seg.term_count()).then(|| seg.term_str(t));
        let (term, from_base, from_over) = match (base_term, over.peek()) {
            (None, None) => break,
            (Some(b), None) => (b, true, false),
            (None, Some((o, _))) => (*o, false, true),
            (Some(b), Some((o, _))) => match b.cmp(o) {
                std::cmp::Ordering::Less => (b, true, false),
                std::cmp::Ordering::Greater => (*o, false, true),
                std::cmp::Ordering::Equal => (b, true, true),
            },
        };
        let base_list: Vec<Posting> = if from_base {
            t += 1;
            seg.postings_in(&all_postings, t - 1)?
                .into_iter()
                .filter_map(|(d, tf)| {
                    let to = base_map.get(d as usize).copied().unwrap_or(u32::MAX);
                    (to != u32::MAX).then_some((to, tf))
                })
                .collect()
        } else {
            Vec::new()
        };
        let over_list = if from_over {
            over.next().map(|(_, l)| l).unwrap_or_default()
        } else {
            Vec::new()
        };
        bytes.clear();
        let (mut i, mut j, mut last, mut df) = (0usize, 0usize, 0u32, 0u32);
        while i < base_list.len() || j < over_list.len() {
            let next = match (base_list.get(i), over_list.get(j)) {
                (Some(a), Some(b)) if a.0 < b.0 => {
                    i += 1;
                    a
                }
                (Some(a), None) => {
                    i += 1;
                    a
                }
                (_, Some(b)) => {
                    j += 1;
                    b
                }
                (None, None) => break,
            };
            put_posting(
                &mut bytes,
                if df == 0 { next.0 } else { next.0 - last },
                &next.1,
            );
            last = next.0;
            df += 1;
        }
        if df > 0 {
            terms.push(term, df, &bytes)?;
        }
    }
    assemble(new_build_id(), docs, terms)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::rank::Segment;
    use crate::search::segment::{analyze, FieldTexts};
    use crate::search::tokenize::Analyzer;
    use crate::search::DocMeta;

    fn entry(a: &Analyzer, name: &str, statement: &str, ino: u64) -> Entry {
        let d = analyze(
            a,
            &FieldTexts([statement.into(), String::new(), name.into(), String::new()]),
        );
        Entry {
            name: format!("{name}.yaml"),
            key: FileKey {
                len: statement.len() as u64,
                mtime_ns: 1,
                ctime_ns: 2,
                ino,
            },
            meta: DocMeta {
                id: name.into(),
                status: "unverified".into(),
                statement: statement.into(),
                ..DocMeta::default()
            },
            terms: d.terms,
            lens: d.lens,
        }
    }

    type Docs = Vec<(String, FileKey, [u16; 4], DocMeta)>;
    type Terms = Vec<(String, Vec<Posting>)>;

    /// Everything a segment holds, claim by claim and term by term.
    fn contents(seg: &DiskSegment) -> (Docs, Terms) {
        let docs = (0..seg.doc_count())
            .map(|d| {
                (
                    seg.name(d).to_string(),
                    seg.key(d),
                    seg.lens(d),
                    seg.meta(d).unwrap(),
                )
            })
            .collect();
        let terms = (0..seg.term_count())
            .map(|t| (seg.term_str(t).to_string(), seg.postings_at(t)))
            .collect();
        (docs, terms)
    }

    #[test]
    fn a_merged_segment_is_the_segment_built_afresh() {
        let a = Analyzer::new();
        let old = vec![
            entry(&a, "a-moon", "The moon landing was staged", 1),
            entry(&a, "c-vaccine", "Vaccines cause autism", 3),
            entry(&a, "e-bleach", "Bleach cures the virus", 5),
            entry(&a, "g-moon", "Moon rocks are fake", 7),
        ];
        let base = from_entries(&old).unwrap();
        // c changed, e removed, b and h added (names before, between and after).
        let overlay = vec![
            entry(&a, "b-new", "A new claim about the moon and zebras", 2),
            entry(&a, "c-vaccine", "Vaccines do not cause autism", 9),
            entry(&a, "h-last", "Zebras cure nothing", 8),
        ];
        let masked = [false, true, true, false];
        let merged = merge(&base, &masked, &overlay).unwrap();
        let mut all = vec![old[0].clone(), overlay[0].clone(), overlay[1].clone()];
        all.push(old[3].clone());
        all.push(overlay[2].clone());
        let fresh = from_entries(&all).unwrap();
        assert_eq!(contents(&merged), contents(&fresh));
        assert_eq!(merged.total_lens(), fresh.total_lens());
        assert!(merged.postings("bleach").is_empty());
        assert_eq!(merged.postings("zebra").len(), 2);
    }

    #[test]
    fn the_build_keeps_each_term_once_with_its_claims_in_order() {
        let a = Analyzer::new();
        let entries: Vec<Entry> = (0..300)
            .map(|i| {
                entry(
                    &a,
                    &format!("c{i:03}"),
                    &format!("claim number {i} about moon"),
                    i,
                )
            })
            .collect();
        let seg = from_entries(&entries).unwrap();
        assert_eq!(seg.doc_count(), 300);
        let moon = seg.postings("moon");
        assert_eq!(moon.len(), 300);
        assert!(moon.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(seg.postings("250"), vec![(250, [1, 0, 0, 0])]);
        let terms: Vec<&str> = (0..seg.term_count()).map(|t| seg.term_str(t)).collect();
        assert!(terms.windows(2).all(|w| w[0] < w[1]));
    }
}
