//! Claim files: reading one, the claims quoting a source, all of them (through the cache), writing.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::files::is_claim_file_name;
use super::read::{decode, key_position, parse, read_text, within_limit};
use super::scan::{contains_streamed, list_names, names_source};
use super::{
    cache, check_id, nearest, write, write_atomic, ClaimFile, Lock, Store, MAX_RECORD_BYTES,
    TMP_SUFFIX,
};
use crate::error::{Error, Result};
use crate::model::key::ClaimKey;
use crate::model::Claim;
use crate::yaml;

impl Store {
    /// The file of claim `id`, once `id` is known to be a valid id.
    pub fn claim_path(&self, claim_id: &str) -> Result<PathBuf> {
        check_id(claim_id)?;
        Ok(self.claims_dir().join(format!("{claim_id}.yaml")))
    }

    pub fn claim_exists(&self, claim_id: &str) -> bool {
        self.claim_path(claim_id).is_ok_and(|p| p.exists())
    }

    /// Read claim `id`, or say which id was probably meant.
    pub fn load_claim(&self, claim_id: &str) -> Result<Claim> {
        let path = self.claim_path(claim_id)?;
        if !path.exists() {
            let ids = self.claim_ids().unwrap_or_default();
            return Err(Error::UnknownClaim {
                id: claim_id.to_string(),
                suggestion: nearest(claim_id, &ids),
            });
        }
        self.read_claim_file(&path)
    }

    /// Read and parse one claim file; its `id` must match its file name.
    pub fn read_claim_file(&self, path: &Path) -> Result<Claim> {
        self.read_claim_with_text(path).map(|(claim, _)| claim)
    }

    /// Read and parse one claim file, keeping its text (for placing findings).
    pub fn read_claim_with_text(&self, path: &Path) -> Result<(Claim, String)> {
        let text = read_text(path, MAX_RECORD_BYTES)?;
        let claim = parse_claim(path, &text)?;
        Ok((claim, text))
    }

    /// The claims that quote source `source_id`, in file-name order, and the
    /// error of each file that names the source (see `names_source`) but
    /// cannot be read, or is too big and holds its id. Files are read once each, in parallel; only those
    /// holding the source's id are parsed.
    pub fn claims_quoting(&self, source_id: &str) -> Result<(Vec<Claim>, Vec<Error>)> {
        check_id(source_id)?;
        // The bare id: the file may quote it (`id: 'yes'`).
        let finder = memchr::memmem::Finder::new(source_id.as_bytes());
        let found: Vec<Option<Result<Claim>>> = self
            .claim_files()?
            .par_iter()
            .map(|path| {
                // A FIFO, a device or a link is never opened for reading (see `open.rs`).
                let mut file = match super::open::open_regular(path) {
                    Ok(file) => file,
                    // Named whatever it holds: it cannot be looked into.
                    Err(e) => return Some(Err(e)),
                };
                let len = file.metadata().ok()?.len();
                if len > MAX_RECORD_BYTES {
                    // Too big to parse: reported when it holds the source's id anywhere.
                    let err = within_limit(path, len, MAX_RECORD_BYTES).err()?;
                    return contains_streamed(&mut file, &finder).then_some(Err(err));
                }
                let mut bytes = Vec::with_capacity(len as usize);
                file.read_to_end(&mut bytes).ok()?;
                finder.find(&bytes)?;
                let names = names_source(&bytes, source_id);
                match decode(path, bytes).and_then(|text| parse_claim(path, &text)) {
                    Ok(claim) => Some(Ok(claim)),
                    // A broken file that only mentions the id belongs to someone else.
                    Err(e) => names.then_some(Err(e)),
                }
            })
            .collect();
        let (mut claims, mut errors) = (Vec::new(), Vec::new());
        for result in found.into_iter().flatten() {
            match result {
                Ok(c) if c.source.id == source_id => claims.push(c),
                Ok(_) => {}
                Err(e) => errors.push(e),
            }
        }
        Ok((claims, errors))
    }

    /// Remove a claim's file, and make the removal durable. Call with the
    /// lock held. Returns the file's path relative to the store.
    pub fn remove_claim(&self, _lock: &Lock, claim_id: &str) -> Result<PathBuf> {
        let path = self.claim_path(claim_id)?;
        fs::remove_file(&path).map_err(|e| Error::io(&path, e))?;
        write::sync_dir(&self.claims_dir())?;
        Ok(self.relative(&path).to_path_buf())
    }

    /// Write a claim atomically. Call with the lock held.
    pub fn save_claim(&self, _lock: &Lock, claim: &Claim) -> Result<PathBuf> {
        let path = self.claim_path(&claim.id)?;
        let text = yaml::to_string(claim).map_err(|e| Error::unwritable(&path, e))?;
        write_atomic(&path, text.as_bytes())?;
        Ok(path)
    }

    /// Write several claims, each replaced whole (see `write::replace_all`):
    /// one result for each claim, in order, and the result of tidying up
    /// after all of them. Call with the lock held.
    pub fn save_claims(
        &self,
        _lock: &Lock,
        what: &str,
        claims: &[&Claim],
    ) -> (Vec<Result<PathBuf>>, Result<()>) {
        // Serialised in parallel: a claim with a long history takes a while.
        let serialised: Vec<Result<(PathBuf, Vec<u8>)>> = claims
            .par_iter()
            .map(|claim| {
                let path = self.claim_path(&claim.id)?;
                let text = yaml::to_string(claim).map_err(|e| Error::unwritable(&path, e))?;
                Ok((path, text.into_bytes()))
            })
            .collect();
        let mut results: Vec<Result<PathBuf>> = Vec::with_capacity(claims.len());
        let mut files = Vec::new();
        let mut slots = Vec::new();
        for s in serialised {
            match s {
                Ok((path, bytes)) => {
                    slots.push(results.len());
                    results.push(Ok(path.clone()));
                    files.push((path, bytes));
                }
                Err(e) => results.push(Err(e)),
            }
        }
        let (written, tidy) = write::replace_all(&self.claims_dir(), what, &files);
        for (slot, result) in slots.into_iter().zip(written) {
            if let Err(e) = result {
                results[slot] = Err(e);
            }
        }
        (results, tidy)
    }

    /// The ids of every claim file, sorted.
    pub fn claim_ids(&self) -> Result<Vec<String>> {
        list_names(&self.claims_dir(), |name| {
            name.strip_suffix(".yaml").map(str::to_string)
        })
    }

    /// Every claim file in the store, sorted by name.
    pub fn claim_files(&self) -> Result<Vec<PathBuf>> {
        let dir = self.claims_dir();
        Ok(list_names(&dir, |name| {
            is_claim_file_name(name).then(|| name.to_string())
        })?
        .into_iter()
        .map(|n| dir.join(n))
        .collect())
    }

    /// Every readable claim, and the error of each file that could not be read.
    /// Files are read and parsed in parallel; the order stays that of the file names.
    pub fn load_all_claims(&self) -> Result<(Vec<Claim>, Vec<Error>)> {
        let scan = self.scan_claims(&|_| true, &Some)?;
        Ok((scan.kept.into_iter().map(|(_, c)| c).collect(), scan.errors))
    }

    /// Read every claim file, in name order, a chunk at a time in parallel,
    /// through the claim cache, and hand each claim to `visit`, which keeps
    /// what it needs of it (or nothing). A claim comes with its full history
    /// when `full` says so of it (given the claim with its light history:
    /// of each revision's changes only the status, which is all the cache
    /// reads unless asked); otherwise with its light history. The scan
    /// remembers where each claim was read, so that it can be read again
    /// (`Scan::again`) without holding every claim in memory.
    pub fn scan_claims<T: Send>(
        &self,
        full: &(dyn Fn(&Claim) -> bool + Sync),
        visit: &(dyn Fn(Claim) -> Option<T> + Sync),
    ) -> Result<Scan<T>> {
        self.gather(None, full, visit)
    }

    /// `scan_claims` for a command whose first pass needs, of most claims,
    /// only their key (`ClaimKey`): `key` says of each claim's key whether
    /// to skip the claim, what to keep of it, or that it needs the claim
    /// itself, which is then decoded (or parsed) and handed to `visit` as
    /// `scan_claims` does. Keys come from the claim cache's key parts,
    /// without decoding the claims, or are made from claims parsed anew.
    pub fn scan_claim_keys<T: Send>(
        &self,
        key: &(dyn Fn(&ClaimKey) -> Keyed<T> + Sync),
        full: &(dyn Fn(&Claim) -> bool + Sync),
        visit: &(dyn Fn(Claim) -> Option<T> + Sync),
    ) -> Result<Scan<T>> {
        self.gather(Some(key), full, visit)
    }

    /// `scan`, keeping what `visit` (or `key`) keeps and the errors met.
    #[allow(clippy::type_complexity)]
    fn gather<T: Send>(
        &self,
        key: Option<&(dyn Fn(&ClaimKey) -> Keyed<T> + Sync)>,
        full: &(dyn Fn(&Claim) -> bool + Sync),
        visit: &(dyn Fn(Claim) -> Option<T> + Sync),
    ) -> Result<Scan<T>> {
        let mut kept = Vec::new();
        let mut errors = Vec::new();
        let (note, again) = self.scan(key, full, visit, &mut |at, value| match value {
            Ok(Some(v)) => kept.push((at, v)),
            Ok(None) => {}
            Err(e) => errors.push(e),
        })?;
        Ok(Scan {
            kept,
            errors,
            note,
            again,
        })
    }

    /// `scan_claims`, handing what `visit` made of each claim (or the error
    /// of a file that could not be read) to `each` as it goes, in file-name
    /// order a chunk at a time, instead of keeping it: for a command that
    /// writes every claim somewhere (`export`). Returns the scan's note and
    /// how to read claims again.
    #[allow(clippy::type_complexity)]
    pub fn scan_claims_each<T: Send>(
        &self,
        full: &(dyn Fn(&Claim) -> bool + Sync),
        visit: &(dyn Fn(Claim) -> Option<T> + Sync),
        each: &mut dyn FnMut(ClaimAt, Result<Option<T>>),
    ) -> Result<(Option<String>, Again)> {
        self.scan(None, full, visit, each)
    }

    /// The scan behind the others; with `key`, of each cache record only
    /// the head and key part are read in order, and the state part only
    /// where `key` asks for the claim.
    #[allow(clippy::type_complexity)]
    fn scan<T: Send>(
        &self,
        key: Option<&(dyn Fn(&ClaimKey) -> Keyed<T> + Sync)>,
        full: &(dyn Fn(&Claim) -> bool + Sync),
        visit: &(dyn Fn(Claim) -> Option<T> + Sync),
        each: &mut dyn FnMut(ClaimAt, Result<Option<T>>),
    ) -> Result<(Option<String>, Again)> {
        const CHUNK: usize = 4096;
        let files = self.claim_listing()?;
        let dir = self.claims_dir();
        let use_cache = files.len() >= cache::MIN_CLAIMS;
        let mut reader = if use_cache {
            cache::Reader::open(&self.root.join(cache::CACHE_FILE), key.is_none())
        } else {
            cache::Reader::none()
        };
        // With no cache to start from, a new one is written as the files are read.
        let mut writer =
            (use_cache && reader.is_empty()).then(|| cache::Writer::new(&self.root, TMP_SUFFIX));
        let now = std::time::SystemTime::now();
        // Without a writer: for each file, what a rewritten cache would hold.
        let mut slots: Vec<Slot> = Vec::new();
        let mut misses = 0;
        let mut bad_history = false;
        for (n, chunk) in files.chunks(CHUNK).enumerate() {
            let last = chunk.last().map_or("", |f| f.name.as_str());
            let cached = reader.chunk(last);
            let entries = cache::pair(chunk.iter().map(|f| f.name.as_str()), &cached);
            let old = reader.file();
            let results: Vec<Visited<T>> = chunk
                .par_iter()
                .enumerate()
                .map(|(i, file)| {
                    let index = u32::try_from(n * CHUNK + i).unwrap_or(u32::MAX);
                    let name = file.name.as_str();
                    // The file itself, never what a link points at (a link is refused below).
                    let file_key = file.id;
                    let mut history_failed = false;
                    let hit = |e: &cache::Entry, value| Visited {
                        at: ClaimAt {
                            file: index,
                            cached: Some((Cache::Old, e.span())),
                        },
                        value: Ok(value),
                        record: None,
                        hit: Some(e.span()),
                        history_failed: false,
                    };
                    let entry = entries[i].filter(|e| old.is_some() && Some(e.key) == file_key);
                    if let Some(e) = entry {
                        // What the key part says, or that the claim is needed; None
                        // when the key part does not decode.
                        let keyed = match key {
                            Some(key) => e.claim_key().map(|k| key(&k)),
                            None => Some(Keyed::Claim),
                        };
                        match keyed {
                            Some(Keyed::Skip) => return hit(e, None),
                            Some(Keyed::Keep(value)) => return hit(e, Some(value)),
                            Some(Keyed::Claim) => {
                                if let Some(mut claim) = e.light(old) {
                                    let whole = !full(&claim)
                                        || match old.and_then(|f| cache::history(f, e)) {
                                            Some(h) => {
                                                claim.history = h;
                                                true
                                            }
                                            None => false,
                                        };
                                    if whole {
                                        return hit(e, visit(claim));
                                    }
                                    history_failed = true;
                                }
                            }
                            None => {}
                        }
                    }
                    let at = ClaimAt {
                        file: index,
                        cached: None,
                    };
                    match self.read_claim_file(&dir.join(name)) {
                        Ok(mut claim) => {
                            let record = file_key
                                .filter(|k| use_cache && k.is_settled(now))
                                .and_then(|k| cache::record(name, k, &mut claim));
                            let keyed = match key {
                                Some(key) => key(&ClaimKey::of(&claim)),
                                None => Keyed::Claim,
                            };
                            let value = match keyed {
                                Keyed::Skip => None,
                                Keyed::Keep(value) => Some(value),
                                Keyed::Claim => {
                                    if !full(&claim) {
                                        claim.history = cache::light_history(&claim.history);
                                    }
                                    visit(claim)
                                }
                            };
                            Visited {
                                at,
                                value: Ok(value),
                                record,
                                hit: None,
                                history_failed,
                            }
                        }
                        Err(e) => Visited {
                            at,
                            value: Err(e),
                            record: None,
                            hit: None,
                            history_failed,
                        },
                    }
                })
                .collect();
            for mut r in results {
                bad_history |= r.history_failed;
                misses += usize::from(r.hit.is_none());
                match &mut writer {
                    Some(w) => {
                        if let Some(bytes) = r.record.as_deref() {
                            let span = w.push(bytes).and_then(|at| cache::span_of(bytes, at));
                            r.at.cached = span.map(|s| (Cache::New, s));
                        }
                    }
                    None => slots.push(match (r.hit, r.record) {
                        (Some(span), _) => Slot::Hit(span),
                        (None, Some(bytes)) => Slot::Fresh(bytes),
                        (None, None) => Slot::Nothing,
                    }),
                }
                each(r.at, r.value);
            }
        }
        if bad_history {
            reader.set_damaged();
        }
        let damage = reader.damage();
        // Rewrite the cache when it would save real work next time; a few
        // changed files are cheaper to parse again than the cache to write.
        let new = match writer {
            Some(w) => w.finish(&self.root),
            None if use_cache && (damage.is_some() || misses > (files.len() / 100).max(50)) => {
                self.rewrite_cache(reader.file(), &slots)
            }
            None => None,
        };
        let note = damage.filter(|_| new.is_some()).map(|d| {
            format!(
                "note: the claim cache {} {}; it was rebuilt",
                cache::CACHE_FILE,
                match d {
                    cache::Damage::Foreign => "was written by another version",
                    cache::Damage::Damaged => "was damaged",
                }
            )
        });
        let old = reader.file().and_then(|f| f.try_clone().ok());
        Ok((
            note,
            Again {
                store: self.clone(),
                files,
                old,
                new,
                damaged: std::sync::atomic::AtomicBool::new(false),
            },
        ))
    }

    /// Write the cache again: the new records of files parsed this time, and
    /// the old records of hits, copied from the old cache.
    fn rewrite_cache(&self, old: Option<&fs::File>, slots: &[Slot]) -> Option<fs::File> {
        let mut w = cache::Writer::new(&self.root, TMP_SUFFIX);
        for slot in slots {
            match slot {
                Slot::Hit(span) => {
                    if let Some(bytes) = old.and_then(|f| cache::raw_record(f, *span)) {
                        w.push(&bytes);
                    }
                }
                Slot::Fresh(bytes) => {
                    w.push(bytes);
                }
                Slot::Nothing => {}
            }
        }
        w.finish(&self.root)
    }
}

/// What a first pass makes of a claim's key (`Store::scan_claim_keys`).
#[derive(Debug)]
pub enum Keyed<T> {
    /// Not selected.
    Skip,
    /// Selected, and this is what is kept of it.
    Keep(T),
    /// The claim itself is needed to say.
    Claim,
}

/// What a rewritten cache holds for one file.
enum Slot {
    Hit(cache::Span),
    Fresh(Vec<u8>),
    Nothing,
}

/// One file as read in a scan.
struct Visited<T> {
    at: ClaimAt,
    value: Result<Option<T>>,
    /// The new cache record of a file parsed this time.
    record: Option<Vec<u8>>,
    /// Where the cache record it was read from is.
    hit: Option<cache::Span>,
    /// The cache's state part matched, but its history did not check out.
    history_failed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cache {
    /// The cache as it was when the scan began.
    Old,
    /// The cache the scan wrote.
    New,
}

/// Where a scan read a claim: its file, and the cache record it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClaimAt {
    file: u32,
    cached: Option<(Cache, cache::Span)>,
}

/// What a scan of every claim kept, the files it could not read, and how to
/// read any claim again.
#[derive(Debug)]
pub struct Scan<T> {
    /// What `visit` kept of each claim, in file-name order, with where the claim was read.
    pub kept: Vec<(ClaimAt, T)>,
    /// The error of each file that could not be read.
    pub errors: Vec<Error>,
    /// A note to show once: the cache was damaged or foreign, and was rebuilt.
    pub note: Option<String>,
    pub again: Again,
}

/// Reads claims again where a scan found them: the cache record (the old
/// cache stays open, so a cache written since by another process changes
/// nothing) or, for a file not in the cache, the file itself.
#[derive(Debug)]
pub struct Again {
    store: Store,
    files: Vec<ClaimFile>,
    old: Option<fs::File>,
    new: Option<fs::File>,
    /// A cache record that did not check out when read again.
    damaged: std::sync::atomic::AtomicBool,
}

impl Again {
    /// The claim at `at`, with its full history when `full`, else its light history.
    pub fn load(&self, at: ClaimAt, full: bool) -> Result<Claim> {
        let name = &self
            .files
            .get(at.file as usize)
            .ok_or_else(|| Error::invalid("no such claim in this scan".to_string()))?
            .name;
        if let Some((which, span)) = at.cached {
            let file = match which {
                Cache::Old => self.old.as_ref(),
                Cache::New => self.new.as_ref(),
            };
            match file.and_then(|f| cache::record_at(f, span, full)) {
                Some((n, _, claim)) if n == *name => return Ok(claim),
                _ => self
                    .damaged
                    .store(true, std::sync::atomic::Ordering::Relaxed),
            }
        }
        let mut claim = self
            .store
            .read_claim_file(&self.store.claims_dir().join(name))?;
        if !full {
            claim.history = cache::light_history(&claim.history);
        }
        Ok(claim)
    }

    /// Done reading: a cache record found damaged on the way is put right by
    /// building the cache anew; the note to show when it was.
    pub fn finish(self) -> Option<String> {
        if !self.damaged.load(std::sync::atomic::Ordering::Relaxed) {
            return None;
        }
        let path = self.store.root.join(cache::CACHE_FILE);
        let _ = fs::remove_file(&path);
        let rebuilt = self
            .store
            .scan_claims(&|_| false, &|_| None::<()>)
            .is_ok_and(|_| path.exists());
        rebuilt.then(|| {
            format!(
                "note: the claim cache {} was damaged; it was rebuilt",
                cache::CACHE_FILE
            )
        })
    }

    /// The claims at `places`, read in parallel, in order.
    pub fn load_many(&self, places: &[ClaimAt], full: bool) -> Vec<Result<Claim>> {
        places.par_iter().map(|at| self.load(*at, full)).collect()
    }
}

/// A claim from the text of its file; its `id` must match the file name.
fn parse_claim(path: &Path, text: &str) -> Result<Claim> {
    let claim: Claim = parse(path, text)?;
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    if claim.id != stem {
        return Err(Error::at(
            path,
            Some(text),
            key_position(text, "id").unwrap_or((1, 1)),
            format!(
                "id `{}` differs from the file name `{stem}.yaml`; rename one to match",
                claim.id
            ),
        ));
    }
    Ok(claim)
}
