//! The index kept beside the claims, checked against them on every use.
//!
//! Two derived files at the store root: `.claimtrack-search.idx`, the stored
//! segment (every claim as of its build), and `.claimtrack-search.new`, the
//! claims changed since (as JSON, with the build they apply to). Each search
//! lists the claim files with their keys (length, mtime, ctime, inode); a
//! claim whose file no longer matches what the index holds is read again and
//! goes to the overlay, and the segment's old entry for it stops counting.
//! So a claim changed by any command, by hand or by `git pull` is found under
//! its new wording by the next search. When the overlay grows past a share of
//! the store the two are merged into a new segment. Missing, damaged or
//! foreign files are built again, with a note; deleting them loses nothing.

use std::collections::HashMap;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::disk::{self, DiskSegment, DocIn};
use super::rank::{DocRef, Params, Query, View, MAX_QUERY_TERMS};
use super::segment::{analyze, Analyzed, FieldLens, FieldTexts, FieldTf, MemSegment};
use super::segment::{F_NAME, F_QUOTE, F_STATEMENT, F_SUMMARY};
use super::tokenize::Analyzer;
use super::{DocMeta, FileKey};
use crate::error::Result;
use crate::model::Claim;
use crate::store::Store;

/// The stored segment.
pub(crate) const INDEX_FILE: &str = ".claimtrack-search.idx";
/// The claims changed since the segment was built.
pub(crate) const OVERLAY_FILE: &str = ".claimtrack-search.new";
const OVERLAY_VERSION: u32 = 1;

/// The overlay is merged into a new segment past this many claims or a
/// fiftieth of the store, whichever is more.
const OVERLAY_MIN: usize = 256;

/// The fields of a claim a search looks at.
pub(crate) fn field_texts(claim: &Claim) -> FieldTexts {
    let mut t = FieldTexts::default();
    t.0[F_STATEMENT] = claim.statement.clone();
    let mut summary = String::new();
    for e in &claim.evidence {
        summary.push_str(&e.summary);
        summary.push('\n');
    }
    t.0[F_SUMMARY] = summary;
    let mut name = claim.id.replace('-', " ");
    for extra in claim
        .attribution
        .speaker
        .iter()
        .chain(claim.rating.iter())
        .chain(claim.tags.iter())
    {
        name.push('\n');
        name.push_str(extra);
    }
    t.0[F_NAME] = name;
    if claim.source.quote.trim() != claim.statement.trim() {
        t.0[F_QUOTE] = claim.source.quote.clone();
    }
    t
}

/// What a search shows of a claim.
pub(crate) fn meta_of(claim: &Claim) -> DocMeta {
    DocMeta {
        id: claim.id.clone(),
        status: claim.status.to_string(),
        statement: claim.statement.clone(),
        rating: claim.rating.clone(),
        source: claim.source.id.clone(),
        speaker: claim.attribution.speaker.clone(),
        via: claim.attribution.via.clone(),
        tags: claim.tags.clone(),
        date: claim
            .claimed
            .or_else(|| claim.logged_at().map(|t| t.date_naive()))
            .map(|d| d.to_string()),
    }
}

/// A claim as the index holds it.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    name: String,
    key: FileKey,
    meta: DocMeta,
    terms: Vec<(String, FieldTf)>,
    lens: FieldLens,
}

impl Entry {
    fn analyzed(&self) -> Analyzed {
        Analyzed {
            terms: self.terms.clone(),
            lens: self.lens,
        }
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct OverlayFile {
    version: u32,
    base: u64,
    entries: Vec<Entry>,
}

/// A claim found, best first.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Hit {
    pub(crate) score: f32,
    /// The score against that of a claim holding every word of the query:
    /// about 1 or more when the claim says the same thing in the same words.
    pub(crate) share: f32,
    pub(crate) meta: DocMeta,
}

/// What a search did besides answering: notes for stderr, claim files it
/// could not read, and the index files it would write.
#[derive(Debug, Default)]
pub(crate) struct Outcome {
    pub(crate) hits: Vec<Hit>,
    pub(crate) notes: Vec<String>,
    /// Claim files left out because they could not be read.
    pub(crate) skipped: usize,
    pub(crate) pending: Pending,
}

/// Index files a search has brought up to date in memory, written only when
/// the command it ran for succeeds (`commit`), so that a failing command
/// changes nothing on disk.
#[derive(Debug, Default)]
#[must_use = "the index is only stored by `commit`"]
pub(crate) struct Pending {
    /// The new segment, which replaces the overlay.
    segment: Option<Vec<u8>>,
    overlay: Option<Vec<u8>>,
}

impl Pending {
    /// Store what the search brought up to date; failures are notes, since
    /// the index is rebuilt whenever it is found missing or behind.
    pub(crate) fn commit(self, store: &Store) -> Vec<String> {
        let mut notes = Vec::new();
        if let Some(bytes) = self.segment {
            if let Err(e) = store.write_derived(INDEX_FILE, &bytes) {
                notes.push(format!("search index not stored: {e}"));
            }
            if let Err(e) = store.remove_derived(OVERLAY_FILE) {
                notes.push(format!("search index: {e}"));
            }
        }
        if let Some(bytes) = self.overlay {
            if let Err(e) = store.write_derived(OVERLAY_FILE, &bytes) {
                notes.push(format!("search index not updated: {e}"));
            }
        }
        notes
    }
}

/// Several searches at once: each text's hits, and what `Outcome` says besides.
#[derive(Debug, Default)]
pub(crate) struct Outcomes {
    pub(crate) hits: Vec<Vec<Hit>>,
    pub(crate) notes: Vec<String>,
    pub(crate) skipped: usize,
    pub(crate) pending: Pending,
}

fn new_build_id() -> u64 {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    t ^ (u64::from(std::process::id()) << 32)
}

/// Read claim files `todo` (name, key) into entries; unreadable ones become
/// notes (and are counted in `skipped`).
fn read_entries(
    store: &Store,
    todo: &[(String, FileKey)],
    notes: &mut Vec<String>,
    skipped: &mut usize,
) -> Vec<Entry> {
    let results: Vec<Result<Entry>> = todo
        .par_iter()
        .map_init(Analyzer::new, |a, (name, key)| {
            let path = store.claim_file(name);
            let claim = store.read_claim_file(&path)?;
            let analyzed = analyze(a, &field_texts(&claim));
            Ok(Entry {
                name: name.clone(),
                key: *key,
                meta: meta_of(&claim),
                terms: analyzed.terms,
                lens: analyzed.lens,
            })
        })
        .collect();
    let mut out = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok(e) => out.push(e),
            Err(e) => {
                *skipped += 1;
                notes.push(format!("search skips a claim file: {e}"));
            }
        }
    }
    out
}

/// Every claim of a segment, as entries (inverting its postings).
fn entries_of(seg: &DiskSegment<'_>, keep: &[bool]) -> Vec<Entry> {
    let mut entries: Vec<Option<Entry>> = (0..seg.doc_count())
        .map(|d| {
            if !keep.get(d).copied().unwrap_or(false) {
                return None;
            }
            Some(Entry {
                name: seg.name(d).to_string(),
                key: seg.key(d),
                meta: seg.meta(d)?,
                terms: Vec::new(),
                lens: seg.lens(d),
            })
        })
        .collect();
    for t in 0..seg.term_count() {
        let term = seg.term_str(t);
        for (d, tf) in seg.postings_at(t) {
            if let Some(Some(e)) = entries.get_mut(d as usize) {
                e.terms.push((term.to_string(), tf));
            }
        }
    }
    entries.into_iter().flatten().collect()
}

/// The bytes of a segment holding `entries` (sorted by name).
fn encode(build_id: u64, entries: &[Entry]) -> std::result::Result<Vec<u8>, disk::Refused> {
    let analyzed: Vec<Analyzed> = entries.iter().map(Entry::analyzed).collect();
    let seg = MemSegment::build(&analyzed);
    let mut terms: Vec<(&str, &[super::segment::Posting])> = seg
        .postings
        .iter()
        .map(|(t, p)| (t.as_str(), p.as_slice()))
        .collect();
    terms.sort_unstable_by(|a, b| a.0.cmp(b.0));
    let docs: Vec<DocIn<'_>> = entries
        .iter()
        .map(|e| DocIn {
            name: &e.name,
            key: e.key,
            meta: &e.meta,
            lens: e.lens,
        })
        .collect();
    disk::encode(build_id, &docs, &terms)
}

/// The bytes of a new segment of `entries` (empty when it cannot be
/// stored, with a note).
fn new_segment(entries: &[Entry], notes: &mut Vec<String>) -> Vec<u8> {
    match encode(new_build_id(), entries) {
        Ok(b) => b,
        Err(disk::Refused(why)) => {
            notes.push(format!("search index not stored: {why}"));
            Vec::new()
        }
    }
}

/// Which claims a search should keep.
pub(crate) type Filter<'a> = dyn Fn(&DocMeta) -> bool + 'a;

/// Bring the index up to date with the claim files and rank the claims for
/// `text`: the best `limit` that pass `keep`, best first.
pub(crate) fn search(
    store: &Store,
    text: &str,
    params: &Params,
    keep: &Filter<'_>,
    limit: usize,
) -> Result<Outcome> {
    let mut all = search_many(store, &[text], params, keep, limit)?;
    Ok(Outcome {
        hits: all.hits.pop().unwrap_or_default(),
        notes: all.notes,
        skipped: all.skipped,
        pending: all.pending,
    })
}

/// `search` for several texts at once, the index brought up to date once.
pub(crate) fn search_many(
    store: &Store,
    texts: &[&str],
    params: &Params,
    keep: &Filter<'_>,
    limit: usize,
) -> Result<Outcomes> {
    let mut notes = Vec::new();
    let mut skipped = 0;
    let mut pending = Pending::default();
    // The folder's listing and the stored index, read side by side.
    let (files, bytes) = rayon::join(
        || store.claim_file_keys(),
        || store.read_derived(INDEX_FILE),
    );
    let files = files?;
    let mut bytes = bytes.unwrap_or_default();
    let mut fresh = false;
    match DiskSegment::open(&bytes) {
        Ok(_) => {}
        Err(disk::Refused(why)) => {
            if !bytes.is_empty() || store.read_derived(OVERLAY_FILE).is_some() {
                notes.push(format!("search index {INDEX_FILE}: {why}; built again"));
            }
            let mut entries = read_entries(store, &files, &mut notes, &mut skipped);
            entries.sort_by(|a, b| a.name.cmp(&b.name));
            bytes = new_segment(&entries, &mut notes);
            if !bytes.is_empty() {
                pending.segment = Some(bytes.clone());
            }
            fresh = true;
        }
    }
    let analyzer = Analyzer::new();
    let queries: Vec<Query> = texts
        .iter()
        .map(|t| Query::parse(&analyzer, t, params))
        .collect();
    if queries.iter().any(|q| q.left_out > 0) {
        notes.push(format!(
            "the query has more than {MAX_QUERY_TERMS} different words; the first {MAX_QUERY_TERMS} were looked for"
        ));
    }
    let rank_all =
        |base: &dyn Fn(&Query) -> Vec<Hit>| -> Vec<Vec<Hit>> { queries.iter().map(base).collect() };
    let empty = Vec::new();
    let Ok(seg) = DiskSegment::open(if bytes.is_empty() { &empty } else { &bytes }) else {
        // Not storable (too big): rank the claims straight from their files.
        let mut entries = read_entries(store, &files, &mut notes, &mut skipped);
        entries.sort_by(|a, b| a.name.cmp(&b.name));
        let seg = MemSegment::default();
        let hits = rank_all(&|q| rank(&seg, &[], &entries, q, params, keep, limit, &|_| None));
        return Ok(Outcomes {
            hits,
            notes,
            skipped,
            pending: Pending::default(),
        });
    };

    // The overlay, when it applies to this segment.
    let mut overlay: HashMap<String, Entry> = HashMap::new();
    if !fresh {
        if let Some(raw) = store.read_derived(OVERLAY_FILE) {
            match serde_json::from_slice::<OverlayFile>(&raw) {
                Ok(o) if o.version == OVERLAY_VERSION && o.base == seg.build_id => {
                    overlay = o.entries.into_iter().map(|e| (e.name.clone(), e)).collect();
                }
                Ok(_) => {}
                Err(_) => notes.push(format!("search index {OVERLAY_FILE}: damaged; built again")),
            }
        }
    }

    // Match the files against the segment (both sorted by name) and the overlay.
    let n = seg.doc_count();
    let mut masked = vec![true; n];
    let mut kept: Vec<Entry> = Vec::new();
    let mut todo: Vec<(String, FileKey)> = Vec::new();
    let mut d = 0usize;
    let empty_key = FileKey::default();
    for (name, key) in &files {
        while d < n && seg.name(d) < name.as_str() {
            d += 1;
        }
        let in_base = d < n && seg.name(d) == name.as_str();
        if let Some(e) = overlay.remove(name) {
            if e.key == *key && *key != empty_key {
                kept.push(e);
                continue;
            }
        }
        if in_base && seg.key(d) == *key && *key != empty_key {
            masked[d] = false;
        } else {
            todo.push((name.clone(), *key));
        }
    }
    let overlay_changed = !todo.is_empty() || !overlay.is_empty();
    kept.extend(read_entries(store, &todo, &mut notes, &mut skipped));
    kept.sort_by(|a, b| a.name.cmp(&b.name));

    let live = n - masked.iter().filter(|m| **m).count();
    if overlay_changed && kept.len() > OVERLAY_MIN.max((live + kept.len()) / 50) {
        // Merge: the segment's live claims and the overlay into a new segment.
        let keep_base: Vec<bool> = masked.iter().map(|m| !m).collect();
        let mut entries = entries_of(&seg, &keep_base);
        entries.append(&mut kept);
        entries.sort_by(|a, b| a.name.cmp(&b.name));
        let new_bytes = new_segment(&entries, &mut notes);
        let hits = if let Ok(merged) = DiskSegment::open(&new_bytes) {
            let none = vec![false; merged.doc_count()];
            rank_all(&|q| {
                rank(&merged, &none, &[], q, params, keep, limit, &|d| {
                    merged.meta(d as usize)
                })
            })
        } else {
            let seg0 = MemSegment::default();
            rank_all(&|q| rank(&seg0, &[], &entries, q, params, keep, limit, &|_| None))
        };
        if !new_bytes.is_empty() {
            pending.segment = Some(new_bytes);
        }
        return Ok(Outcomes {
            hits,
            notes,
            skipped,
            pending,
        });
    }
    if overlay_changed {
        let file = OverlayFile {
            version: OVERLAY_VERSION,
            base: seg.build_id,
            entries: kept,
        };
        match serde_json::to_vec(&file) {
            Ok(raw) => pending.overlay = Some(raw),
            Err(e) => notes.push(format!("search index not updated: {e}")),
        }
        kept = file.entries;
    }
    let hits = rank_all(&|q| {
        rank(&seg, &masked, &kept, q, params, keep, limit, &|d| {
            seg.meta(d as usize)
        })
    });
    Ok(Outcomes {
        hits,
        notes,
        skipped,
        pending,
    })
}

/// Score the claims of `base` (less `masked`) and `overlay`, and keep the
/// best `limit` that pass `keep`.
#[allow(clippy::too_many_arguments)]
fn rank<S: super::rank::Segment>(
    base: &S,
    masked: &[bool],
    overlay: &[Entry],
    query: &Query,
    params: &Params,
    keep: &Filter<'_>,
    limit: usize,
    base_meta: &dyn Fn(u32) -> Option<DocMeta>,
) -> Vec<Hit> {
    let analyzed: Vec<Analyzed> = overlay.iter().map(Entry::analyzed).collect();
    let over = MemSegment::build(&analyzed);
    let view = View {
        base,
        masked,
        overlay: &over,
    };
    let mut hits = Vec::new();
    let meta_of_ref = |doc: DocRef| match doc {
        DocRef::Base(d) => base_meta(d),
        DocRef::Overlay(i) => overlay.get(i as usize).map(|e| e.meta.clone()),
    };
    let (mut scored, mut full) = view.score(query, params);
    if params.prf_docs > 0 && params.prf_terms > 0 && !scored.is_empty() {
        let top: Vec<(f32, String)> = scored
            .iter()
            .take(params.prf_docs)
            .filter_map(|(s, d)| meta_of_ref(*d).map(|m| (*s, m.statement)))
            .collect();
        let expanded = query.expanded(&Analyzer::new(), &top, params);
        (scored, full) = view.score(&expanded, params);
    }
    for (score, doc) in scored {
        if hits.len() >= limit {
            break;
        }
        let meta = meta_of_ref(doc);
        if let Some(meta) = meta.filter(|m| keep(m)) {
            let share = if full > 0.0 { score / full } else { 0.0 };
            hits.push(Hit { score, share, meta });
        }
    }
    hits
}
