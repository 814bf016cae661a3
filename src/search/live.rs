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
use std::time::SystemTime;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::build;
use super::disk::{self, DiskSegment};
use super::features::id_words;
use super::rank::{DocRef, Params, Query, View, MAX_QUERY_TERMS};
use super::segment::{analyze, Analyzed, FieldLens, FieldTexts, FieldTf, MemSegment};
use super::segment::{F_NAME, F_QUOTE, F_STATEMENT, F_SUMMARY};
use super::tokenize::Analyzer;
use super::{DocMeta, FileKey, SUMMARY_MAX};
use crate::error::Result;
use crate::model::Claim;
use crate::store::{claim_file_keys_in, file_key, ClaimStatus, ClaimsDir, FileId, Store};

/// The stored segment.
pub(crate) const INDEX_FILE: &str = ".claimtrack-search.idx";
/// The claims changed since the segment was built.
pub(crate) const OVERLAY_FILE: &str = ".claimtrack-search.new";
const OVERLAY_VERSION: u32 = 3;

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
    let mut name = id_words(&claim.id);
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
        summary: summary_of(claim),
    }
}

/// A claim's evidence summaries, one a line, cut to `SUMMARY_MAX` bytes.
fn summary_of(claim: &Claim) -> String {
    let mut out = String::new();
    for e in &claim.evidence {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&e.summary);
    }
    if out.len() > SUMMARY_MAX {
        let mut cut = SUMMARY_MAX;
        while !out.is_char_boundary(cut) {
            cut -= 1;
        }
        out.truncate(cut);
    }
    out
}

/// A claim as the index holds it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Entry {
    pub(crate) name: String,
    pub(crate) key: FileKey,
    pub(crate) meta: DocMeta,
    pub(crate) terms: Vec<(String, FieldTf)>,
    pub(crate) lens: FieldLens,
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
    /// The identity of `claims/` when it was last listed, if it had not
    /// changed for two seconds then and every claim file listed is in the
    /// segment or here: while it stays the same, no name was added or
    /// removed, and a search asks the status of the names it knows instead
    /// of listing the folder.
    #[serde(default)]
    dir: Option<FileId>,
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
    /// The new segment, which replaces the overlay (by `overlay` when
    /// there is one, written after it).
    segment: Option<DiskSegment>,
    overlay: Option<Vec<u8>>,
}

impl Pending {
    /// Store what the search brought up to date; failures are notes, since
    /// the index is rebuilt whenever it is found missing or behind.
    pub(crate) fn commit(self, store: &Store) -> Vec<String> {
        let mut notes = Vec::new();
        if let Some(seg) = self.segment {
            if let Err(e) = store.write_derived_parts(INDEX_FILE, &seg.parts()) {
                notes.push(format!("search index not stored: {e}"));
                return notes;
            }
            if self.overlay.is_none() {
                if let Err(e) = store.remove_derived(OVERLAY_FILE) {
                    notes.push(format!("search index: {e}"));
                }
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

/// Read claim files `todo` (name, key) into entries; unreadable ones become
/// notes (and are counted in `skipped`).
pub(crate) fn read_entries(
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

/// What a search ranks for: the queries and how.
struct Ask<'a> {
    queries: Vec<Query>,
    params: &'a Params,
    keep: &'a Filter<'a>,
    limit: usize,
}

/// The claim files as a search finds them: the open folder, the overlay
/// as stored, and the folder's listing when it was needed.
struct Folder {
    dir: ClaimsDir,
    now: SystemTime,
    overlay: Option<OverlayFile>,
    /// Whether an overlay file is there at all (of any version).
    overlay_present: bool,
    overlay_damaged: bool,
    listing: Option<Vec<(String, FileKey)>>,
}

impl Folder {
    /// Open `claims/` and read the overlay (the folder is listed later,
    /// when and as the index needs).
    fn open(store: &Store) -> Result<Folder> {
        let dir = store.open_claims_dir()?;
        let now = SystemTime::now();
        let raw = store.read_derived(OVERLAY_FILE);
        let overlay_present = raw.is_some();
        let (overlay, overlay_damaged) = match raw {
            None => (None, false),
            Some(raw) => match serde_json::from_slice::<OverlayFile>(&raw) {
                Ok(o) if o.version == OVERLAY_VERSION => (Some(o), false),
                Ok(_) => (None, false),
                Err(_) => (None, true),
            },
        };
        Ok(Folder {
            dir,
            now,
            overlay,
            overlay_present,
            overlay_damaged,
            listing: None,
        })
    }

    /// The claim files with their keys (the folder listed once).
    fn listing(&mut self) -> Result<&mut Vec<(String, FileKey)>> {
        match &mut self.listing {
            Some(l) => Ok(l),
            slot => Ok(slot.insert(claim_file_keys_in(&self.dir, self.now)?)),
        }
    }

    /// The folder's identity to record beside the names an index holds:
    /// only one that has not changed for two seconds, as for files.
    fn settled_dir(&self) -> Option<FileId> {
        self.dir.id().filter(|id| id.is_settled(self.now))
    }
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
    // The folder (and its listing when needed) and the stored index, read
    // side by side.
    let (folder, stored) = rayon::join(
        || Folder::open(store),
        || store.open_derived(INDEX_FILE).map(DiskSegment::open),
    );
    let mut folder = folder?;
    let analyzer = Analyzer::new();
    let ask = Ask {
        queries: texts
            .iter()
            .map(|t| Query::parse(&analyzer, t, params))
            .collect(),
        params,
        keep,
        limit,
    };
    if ask.queries.iter().any(|q| q.left_out > 0) {
        notes.push(format!(
            "the query has more than {MAX_QUERY_TERMS} different words; the first {MAX_QUERY_TERMS} were looked for"
        ));
    }
    let stored = match stored {
        Some(Ok(seg)) => Some(seg),
        Some(Err(disk::Refused(why))) => {
            notes.push(format!("search index {INDEX_FILE}: {why}; built again"));
            None
        }
        None => {
            if folder.overlay_present {
                notes.push(format!("search index {INDEX_FILE}: missing; built again"));
            }
            None
        }
    };
    let mut out = match stored {
        Some(seg) => match attempt(store, &mut folder, Some(seg), &ask)? {
            Ok(out) => out,
            // Damage found in a part read only when needed: built again.
            Err(disk::Refused(why)) => {
                notes.push(format!("search index {INDEX_FILE}: {why}; built again"));
                fresh_attempt(store, &mut folder, &ask)?
            }
        },
        None => fresh_attempt(store, &mut folder, &ask)?,
    };
    notes.append(&mut out.notes);
    out.notes = notes;
    Ok(out)
}

/// A search on an index built afresh from the claim files.
fn fresh_attempt(store: &Store, folder: &mut Folder, ask: &Ask<'_>) -> Result<Outcomes> {
    attempt(store, folder, None, ask)?.map_err(|disk::Refused(why)| {
        crate::error::Error::invalid(format!("the search index cannot be built: {why}"))
    })
}

/// The claim files in name order, the order of a segment's claims.
fn sort_by_name(files: &mut [(String, FileKey)]) -> &[(String, FileKey)] {
    files.par_sort_unstable_by(|a, b| a.0.cmp(&b.0));
    files
}

/// The claim files matched against a segment and its overlay.
#[derive(Debug, Default)]
struct Matched {
    /// One flag per claim of the segment: true when it no longer counts.
    masked: Vec<bool>,
    /// Overlay entries whose file is unchanged.
    kept: Vec<Entry>,
    /// Files to read: changed, new, or not regular files (name, key).
    todo: Vec<(String, FileKey)>,
    /// Whether an overlay entry's file is gone.
    dropped: bool,
}

/// Match the listed `files` against `seg` and `overlay` (`fresh`: the
/// segment was just built from them).
fn match_listing(
    files: &[(String, FileKey)],
    seg: &DiskSegment,
    mut overlay: HashMap<String, Entry>,
    fresh: bool,
) -> Matched {
    let n = seg.doc_count();
    let mut by_name: foldhash::HashMap<&str, usize> = foldhash::HashMapExt::with_capacity(n);
    by_name.extend((0..n).map(|d| (seg.name(d), d)));
    let mut m = Matched {
        masked: vec![true; n],
        ..Matched::default()
    };
    let empty_key = FileKey::default();
    for (name, key) in files.iter() {
        if !overlay.is_empty() {
            if let Some(e) = overlay.remove(name) {
                if e.key == *key && *key != empty_key {
                    m.kept.push(e);
                    continue;
                }
            }
        }
        match by_name.get(name.as_str()) {
            Some(&d) if seg.key(d) == *key && *key != empty_key => m.masked[d] = false,
            // (A file the build just failed to read is not tried twice,
            // nor named twice, whatever its key.)
            None if fresh => {}
            _ if fresh && *key != empty_key => {}
            _ => m.todo.push((name.clone(), *key)),
        }
    }
    m.dropped = !overlay.is_empty();
    m
}

/// What the status of one name the index holds says of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Check {
    Same,
    Gone,
    /// Changed (its key now given beside), new, or not a regular file.
    Changed,
    /// Not a claim file's name: the index cannot stand for the folder.
    Foreign,
}

/// Match the files the index and overlay name against them, by asking each
/// name's status of the folder, without listing it: for a folder whose
/// identity is what the overlay recorded, so that no name was added,
/// removed or renamed in it since the names were listed. None when a name
/// the index holds is no claim file's name (the folder is listed instead).
fn match_names(
    dir: &ClaimsDir,
    now: SystemTime,
    seg: &DiskSegment,
    overlay: &mut HashMap<String, Entry>,
) -> Option<Matched> {
    // Changed files are few: their keys are kept aside.
    let changed: std::sync::Mutex<Vec<(String, FileKey)>> = std::sync::Mutex::default();
    let check = |name: &str, indexed: FileKey| {
        let key = match dir.status(name) {
            ClaimStatus::Absent => return Check::Gone,
            ClaimStatus::File(id) => file_key(Some(id), now),
            ClaimStatus::Other if !is_plain_claim_name(name) => return Check::Foreign,
            ClaimStatus::Other => FileKey::default(),
        };
        if key == indexed && key != FileKey::default() {
            return Check::Same;
        }
        if let Ok(mut c) = changed.lock() {
            c.push((name.to_string(), key));
        }
        Check::Changed
    };
    let n = seg.doc_count();
    let checked: Vec<Check> = (0..n)
        .into_par_iter()
        .with_min_len(512)
        .map(|d| {
            let name = seg.name(d);
            if overlay.contains_key(name) {
                // The overlay's entry is the one that counts.
                Check::Gone
            } else {
                check(name, seg.key(d))
            }
        })
        .collect();
    let over: Vec<(String, Check)> = overlay
        .values()
        .map(|e| (e.name.clone(), check(&e.name, e.key)))
        .collect();
    if checked
        .iter()
        .chain(over.iter().map(|(_, c)| c))
        .any(|c| *c == Check::Foreign)
    {
        return None;
    }
    let mut m = Matched {
        masked: checked.iter().map(|c| *c != Check::Same).collect(),
        todo: changed.into_inner().ok()?,
        ..Matched::default()
    };
    for (name, c) in over {
        match (c, overlay.remove(&name)) {
            (Check::Same, Some(e)) => m.kept.push(e),
            (Check::Changed, _) => {}
            _ => m.dropped = true,
        }
    }
    Some(m)
}

/// `match_names` for a folder that may have names the index does not
/// hold: its names are listed meanwhile (on another core), and those
/// neither in the segment nor in the overlay are new claim files to read.
fn match_names_listed(
    dir: &ClaimsDir,
    now: SystemTime,
    seg: &DiskSegment,
    overlay: &mut HashMap<String, Entry>,
) -> Result<Option<Matched>> {
    let in_overlay: foldhash::HashSet<String> = overlay.keys().cloned().collect();
    let (new, matched) = rayon::join(
        || -> Result<Vec<String>> {
            let names = dir.names()?;
            let n = seg.doc_count();
            let mut known: foldhash::HashSet<&str> = foldhash::HashSetExt::with_capacity(n);
            known.extend((0..n).map(|d| seg.name(d)));
            Ok(names
                .into_iter()
                .filter(|name| !known.contains(name.as_str()) && !in_overlay.contains(name))
                .collect())
        },
        || match_names(dir, now, seg, overlay),
    );
    let (new, Some(mut m)) = (new?, matched) else {
        return Ok(None);
    };
    for name in new {
        let key = match dir.status(&name) {
            ClaimStatus::Absent => continue,
            ClaimStatus::File(id) => file_key(Some(id), now),
            ClaimStatus::Other => FileKey::default(),
        };
        m.todo.push((name, key));
    }
    Ok(Some(m))
}

/// Whether `name` can be a claim file's name in `claims/`.
fn is_plain_claim_name(name: &str) -> bool {
    let separator = name.contains(['/', '\0']) || (cfg!(not(unix)) && name.contains('\\'));
    name.ends_with(".yaml") && !name.starts_with('.') && !separator
}

/// Bring `stored` (None: build it) up to date with the claim files and
/// rank; a `Refused` when a part of it read on demand turns out damaged.
fn attempt(
    store: &Store,
    folder: &mut Folder,
    stored: Option<DiskSegment>,
    ask: &Ask<'_>,
) -> Result<std::result::Result<Outcomes, disk::Refused>> {
    let mut notes = Vec::new();
    let mut skipped = 0;
    let mut pending = Pending::default();
    let fresh = stored.is_none();
    let seg = match stored {
        Some(seg) => seg,
        None => {
            let files = sort_by_name(folder.listing()?);
            match build::from_files(store, files, &mut notes, &mut skipped) {
                Ok(seg) => seg,
                Err(refused) => return Ok(Err(refused)),
            }
        }
    };

    // The overlay, when it applies to this segment.
    let mut recorded_dir = None;
    let mut overlay: HashMap<String, Entry> = HashMap::new();
    if !fresh {
        if folder.overlay_damaged {
            notes.push(format!("search index {OVERLAY_FILE}: damaged; built again"));
        }
        if let Some(o) = folder.overlay.take() {
            if o.base == seg.build_id {
                recorded_dir = o.dir.filter(|d| Some(*d) == folder.dir.id());
                overlay = o.entries.into_iter().map(|e| (e.name.clone(), e)).collect();
            }
        }
    }

    // Match the files against the segment and the overlay: by name when
    // the folder's names are those the index holds; else the same, beside
    // a listing of the folder's names that finds the new ones; else (a
    // new index, or names that are no claim file's) by the listing alone.
    let (by_names, listed) = match (recorded_dir, &folder.listing, fresh) {
        (Some(_), None, _) => (
            match_names(&folder.dir, folder.now, &seg, &mut overlay),
            false,
        ),
        (None, None, false) => (
            match_names_listed(&folder.dir, folder.now, &seg, &mut overlay)?,
            true,
        ),
        _ => (None, true),
    };
    let m = match by_names {
        Some(m) => m,
        None => match_listing(folder.listing()?, &seg, overlay, fresh),
    };
    let Matched {
        masked,
        mut kept,
        mut todo,
        dropped,
    } = m;
    todo.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let overlay_changed = !todo.is_empty() || dropped;
    kept.extend(read_entries(store, &todo, &mut notes, &mut skipped));
    kept.sort_by(|a, b| a.name.cmp(&b.name));
    // The folder's identity is recorded beside the names only when every
    // claim file listed is among them: none left out for being unreadable.
    let dir = folder.settled_dir().filter(|_| skipped == 0);
    let dir_changed = listed && dir.is_some() && dir != recorded_dir;
    let n = seg.doc_count();

    let live = n - masked.iter().filter(|m| **m).count();
    if overlay_changed && kept.len() > OVERLAY_MIN.max((live + kept.len()) / 50) {
        // Merge: the segment's live claims and the overlay into a new segment.
        let merged = match build::merge(&seg, &masked, &kept) {
            Ok(m) => m,
            Err(refused) => return Ok(Err(refused)),
        };
        drop(seg);
        let none = vec![false; merged.doc_count()];
        let hits = match rank_all(&merged, &none, &[], ask) {
            Ok(h) => h,
            Err(refused) => return Ok(Err(refused)),
        };
        pending.overlay = empty_overlay(merged.build_id, dir, &mut notes);
        pending.segment = Some(merged);
        return Ok(Ok(Outcomes {
            hits,
            notes,
            skipped,
            pending,
        }));
    }
    if overlay_changed || (dir_changed && !fresh) {
        let file = OverlayFile {
            version: OVERLAY_VERSION,
            base: seg.build_id,
            dir,
            entries: kept,
        };
        pending.overlay = overlay_bytes(&file, &mut notes);
        kept = file.entries;
    }
    let hits = match rank_all(&seg, &masked, &kept, ask) {
        Ok(h) => h,
        Err(refused) => return Ok(Err(refused)),
    };
    if fresh {
        if pending.overlay.is_none() {
            pending.overlay = empty_overlay(seg.build_id, dir, &mut notes);
        }
        pending.segment = Some(seg);
    }
    Ok(Ok(Outcomes {
        hits,
        notes,
        skipped,
        pending,
    }))
}

/// An overlay with no claims for a new segment, recording the folder's
/// identity `dir` (None when there is none to record: no overlay).
fn empty_overlay(base: u64, dir: Option<FileId>, notes: &mut Vec<String>) -> Option<Vec<u8>> {
    let file = OverlayFile {
        version: OVERLAY_VERSION,
        base,
        dir: Some(dir?),
        entries: Vec::new(),
    };
    overlay_bytes(&file, notes)
}

/// The overlay file's bytes, or a note that the index is not updated.
fn overlay_bytes(file: &OverlayFile, notes: &mut Vec<String>) -> Option<Vec<u8>> {
    serde_json::to_vec(file)
        .map_err(|e| notes.push(format!("search index not updated: {e}")))
        .ok()
}

/// Rank the claims of `base` (less `masked`) and `overlay` for every query.
fn rank_all(
    base: &DiskSegment,
    masked: &[bool],
    overlay: &[Entry],
    ask: &Ask<'_>,
) -> std::result::Result<Vec<Vec<Hit>>, disk::Refused> {
    let analyzed: Vec<Analyzed> = overlay.iter().map(Entry::analyzed).collect();
    let over = MemSegment::build(&analyzed);
    ask.queries
        .iter()
        .map(|q| rank(base, masked, overlay, &over, q, ask))
        .collect()
}

/// Score the claims of `base` (less `masked`) and `overlay` (whose
/// postings are `over`), and keep the best `limit` that pass `keep`.
fn rank(
    base: &DiskSegment,
    masked: &[bool],
    overlay: &[Entry],
    over: &MemSegment,
    query: &Query,
    ask: &Ask<'_>,
) -> std::result::Result<Vec<Hit>, disk::Refused> {
    let params = ask.params;
    let view = View {
        base,
        masked,
        overlay: over,
    };
    let meta_of_ref = |doc: DocRef| match doc {
        DocRef::Base(d) => base.meta(d as usize),
        DocRef::Overlay(i) => overlay
            .get(i as usize)
            .map(|e| e.meta.clone())
            .ok_or(disk::Refused("damaged (overlay)")),
    };
    let (mut scored, mut full, mut idf) = view.score_idf(query, params);
    // (A postings list that failed its check when read counted as empty.)
    base.check()?;
    if params.prf_docs > 0 && params.prf_terms > 0 && !scored.is_empty() {
        let mut top: Vec<(f32, String)> = Vec::new();
        for (s, d) in scored.iter().take(params.prf_docs) {
            top.push((*s, meta_of_ref(*d)?.statement));
        }
        let expanded = query.expanded(&Analyzer::new(), &top, params);
        (scored, full, idf) = view.score_idf(&expanded, params);
        base.check()?;
        let mut shown = view.rerank(&mut scored, &expanded, &idf, full, params, meta_of_ref)?;
        return finish(scored, &mut shown, full, ask, meta_of_ref);
    }
    let mut shown = view.rerank(&mut scored, query, &idf, full, params, meta_of_ref)?;
    finish(scored, &mut shown, full, ask, meta_of_ref)
}

/// The best `ask.limit` claims of `scored` that pass `ask.keep`, with the
/// details read already (`shown`) or read now.
fn finish(
    scored: Vec<(f32, DocRef)>,
    shown: &mut HashMap<DocRef, (DocMeta, f32)>,
    full: f32,
    ask: &Ask<'_>,
    meta_of_ref: impl Fn(DocRef) -> std::result::Result<DocMeta, disk::Refused>,
) -> std::result::Result<Vec<Hit>, disk::Refused> {
    let mut hits = Vec::new();
    for (score, doc) in scored {
        if hits.len() >= ask.limit {
            break;
        }
        let (meta, plain) = match shown.remove(&doc) {
            Some(m) => m,
            None => (meta_of_ref(doc)?, score),
        };
        if (ask.keep)(&meta) {
            let share = if full > 0.0 { plain / full } else { 0.0 };
            hits.push(Hit { score, share, meta });
        }
    }
    Ok(hits)
}
