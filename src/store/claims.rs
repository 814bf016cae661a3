//! Claim files: reading one, the claims quoting a source, all of them (through the cache), writing.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::read::{decode, key_position, parse, read_text, within_limit};
use super::scan::{contains_streamed, list_names, names_source};
use super::{
    cache, check_id, nearest, write, write_atomic, Lock, Store, MAX_RECORD_BYTES, TMP_SUFFIX,
};
use crate::error::{Error, Result};
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
            (name.ends_with(".yaml") && !name.starts_with('.')).then(|| name.to_string())
        })?
        .into_iter()
        .map(|n| dir.join(n))
        .collect())
    }

    /// Every readable claim, and the error of each file that could not be read.
    /// Files are read and parsed in parallel; the order stays that of the file names.
    pub fn load_all_claims(&self) -> Result<(Vec<Claim>, Vec<Error>)> {
        self.load_all_claims_with(&|_| {})
    }

    /// Every readable claim, each passed through `trim` as soon as it is
    /// parsed (in parallel), so that a command keeping many claims can drop
    /// what it does not read (most of the history) before the next is parsed.
    pub fn load_all_claims_with(
        &self,
        trim: &(dyn Fn(&mut Claim) + Sync),
    ) -> Result<(Vec<Claim>, Vec<Error>)> {
        // Claim files in name order; the cache holds them in the same order,
        // so both are read a chunk at a time.
        const CHUNK: usize = 4096;
        let files = self.claim_files()?;
        let use_cache = files.len() >= cache::MIN_CLAIMS;
        let cache_path = self.root.join(cache::CACHE_FILE);
        let mut reader = if use_cache {
            cache::Reader::open(&cache_path)
        } else {
            cache::Reader::open(Path::new(""))
        };
        let was_empty = reader.is_empty();
        let now = std::time::SystemTime::now();
        let mut claims = Vec::with_capacity(files.len());
        let mut errors = Vec::new();
        // For each file: the new cache line of a file parsed again, or None for a hit.
        let mut fresh: Vec<Option<String>> = Vec::with_capacity(files.len());
        let mut misses = 0;
        for chunk in files.chunks(CHUNK) {
            let last = chunk
                .last()
                .and_then(|p| p.file_name())
                .and_then(|n| n.to_str())
                .unwrap_or("");
            let cached = reader.chunk(last);
            let results: Vec<(Result<Claim>, Option<String>, bool)> = chunk
                .par_iter()
                .map(|path| {
                    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
                    // The file itself, never what a link points at (a link is refused below).
                    let key = fs::symlink_metadata(path)
                        .ok()
                        .filter(fs::Metadata::is_file)
                        .map(|m| cache::Key::of(&m));
                    let hit = key
                        .zip(cached.get(name))
                        .and_then(|(k, l)| cache::get(l, k));
                    if let Some(mut claim) = hit {
                        trim(&mut claim);
                        return (Ok(claim), None, false);
                    }
                    match self.read_claim_file(path) {
                        Ok(mut claim) => {
                            let line = key
                                .filter(|k| use_cache && k.is_settled(now))
                                .and_then(|k| cache::line(name, k, &claim));
                            trim(&mut claim);
                            (Ok(claim), line, true)
                        }
                        Err(e) => (Err(e), None, true),
                    }
                })
                .collect();
            for (r, line, miss) in results {
                misses += usize::from(miss);
                fresh.push(line.or_else(|| (!miss).then(String::new)));
                match r {
                    Ok(c) => claims.push(c),
                    Err(e) => errors.push(e),
                }
            }
        }
        // Rewrite the cache when it would save real work next time; a few
        // changed files are cheaper to parse again than the cache to write.
        if use_cache && (was_empty || misses > (files.len() / 100).max(50)) {
            self.rewrite_cache(&files, &fresh);
        }
        Ok((claims, errors))
    }

    /// Write the cache again: the new lines of files parsed this time, and
    /// the old lines of hits (an empty string in `fresh`), read once more.
    fn rewrite_cache(&self, files: &[PathBuf], fresh: &[Option<String>]) {
        let mut reader = cache::Reader::open(&self.root.join(cache::CACHE_FILE));
        let mut old = std::collections::HashMap::new();
        let mut lines: Vec<String> = Vec::with_capacity(files.len());
        for (path, line) in files.iter().zip(fresh) {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            match line.as_deref() {
                Some("") => {
                    if !old.contains_key(name) {
                        old = reader.chunk(name);
                    }
                    if let Some(l) = old.remove(name) {
                        lines.push(l);
                    }
                }
                Some(l) => lines.push(l.to_string()),
                None => {}
            }
        }
        cache::write(&self.root, lines.iter().map(String::as_str), TMP_SUFFIX);
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
