//! The store on disk: finding it, reading and writing claims and sources, the lock.
//!
//! Only this module touches the file system. Every write replaces its file
//! whole (a temporary file beside it, flushed, then renamed over it; see
//! `write.rs`), while the store lock is held.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

mod cache;
mod write;

use write::tmp_path;
pub use write::write_atomic;

use crate::error::{Error, Result};
use crate::model::{id, Claim, Source};
use crate::{text, yaml};

/// Claim files and `source.yaml` larger than this are refused (2 MiB).
pub const MAX_RECORD_BYTES: u64 = 2 * 1024 * 1024;
/// Article texts larger than this are refused (32 MiB).
pub const MAX_TEXT_BYTES: u64 = 32 * 1024 * 1024;

const LOCK_FILE: &str = ".claimtrack.lock";
const SETTINGS_FILE: &str = "claimtrack.yaml";
const TMP_SUFFIX: &str = ".claimtrack-tmp";
/// Folders holding the files of an import until they are moved in together.
const STAGING_PREFIX: &str = ".claimtrack-import-";

/// A store: a folder with `claims/` and `sources/`.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
}

/// The store's settings, `claimtrack.yaml`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    #[serde(default)]
    pub organization: Option<Organization>,
    #[serde(default)]
    pub review_url: Option<String>,
}

/// Who publishes the verdicts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organization {
    pub name: String,
    #[serde(default)]
    pub url: Option<String>,
}

/// Held while a command writes; released when dropped (also if the process dies).
#[derive(Debug)]
pub struct Lock {
    _file: fs::File,
    /// Stale temporary files found and removed when the lock was taken.
    pub cleaned: Vec<PathBuf>,
}

impl Store {
    /// The store at `dir`, which must hold `claims/` and `sources/`.
    pub fn open(dir: &Path) -> Result<Store> {
        for missing in ["claims", "sources"] {
            if !dir.join(missing).is_dir() {
                return Err(Error::NotAStore {
                    path: dir.to_path_buf(),
                    missing: if missing == "claims" {
                        "claims/"
                    } else {
                        "sources/"
                    },
                });
            }
        }
        Ok(Store {
            root: dir.to_path_buf(),
        })
    }

    /// `explicit` when given (from --store or CLAIMTRACK_STORE), else the
    /// nearest folder at or above `cwd` holding both `claims/` and `sources/`.
    pub fn discover(explicit: Option<&Path>, cwd: &Path) -> Result<Store> {
        if let Some(dir) = explicit {
            return Store::open(dir);
        }
        // The root is kept relative to the current folder, so that the paths
        // in messages read as `claims/x.yaml` or `../claims/x.yaml`.
        cwd.ancestors()
            .enumerate()
            .find(|(_, d)| d.join("claims").is_dir() && d.join("sources").is_dir())
            .map(|(up, _)| Store {
                root: std::iter::repeat_n("..", up).collect(),
            })
            .ok_or_else(|| Error::NoStore {
                start: cwd.to_path_buf(),
            })
    }

    /// Make an empty store at `dir` (which may exist). Existing files are kept.
    pub fn init(dir: &Path) -> Result<(Store, Vec<String>)> {
        let mut made = Vec::new();
        for sub in ["claims", "sources"] {
            let p = dir.join(sub);
            if !p.is_dir() {
                fs::create_dir_all(&p).map_err(|e| Error::io(&p, e))?;
                made.push(format!("{sub}/"));
            }
        }
        let store = Store {
            root: dir.to_path_buf(),
        };
        let attributes = "claims/*.yaml merge=claimtrack\n";
        if store.append_line_once(".gitattributes", attributes)? {
            made.push(".gitattributes".into());
        }
        if store.append_line_once(
            ".gitignore",
            &format!(
                "{LOCK_FILE}\n*{TMP_SUFFIX}\n{STAGING_PREFIX}*/\n{}\n",
                cache::CACHE_FILE
            ),
        )? {
            made.push(".gitignore".into());
        }
        Ok((store, made))
    }

    /// Add `lines` to the file `name` unless its first line is already there.
    fn append_line_once(&self, name: &str, lines: &str) -> Result<bool> {
        let path = self.root.join(name);
        let existing = match fs::read_to_string(&path) {
            Ok(s) => s,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(Error::io(&path, e)),
        };
        let first = lines.lines().next().unwrap_or_default();
        if existing.lines().any(|l| l.trim() == first) {
            return Ok(false);
        }
        let mut content = existing;
        if !content.is_empty() && !content.ends_with('\n') {
            content.push('\n');
        }
        content.push_str(lines);
        write_atomic(&path, content.as_bytes())?;
        Ok(true)
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn claims_dir(&self) -> PathBuf {
        self.root.join("claims")
    }

    pub fn sources_dir(&self) -> PathBuf {
        self.root.join("sources")
    }

    /// The path a store-relative display uses: `claims/x.yaml`.
    pub fn relative<'a>(&self, path: &'a Path) -> &'a Path {
        path.strip_prefix(&self.root).unwrap_or(path)
    }

    /// Take the store lock, waiting for other writers; clean up what an
    /// interrupted writer left behind for `targets`.
    pub fn lock(&self, targets: &[PathBuf]) -> Result<Lock> {
        let path = self.root.join(LOCK_FILE);
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| Error::io(&path, e))?;
        file.lock().map_err(|e| Error::io(&path, e))?;
        let mut cleaned = Vec::new();
        for target in targets {
            let tmp = tmp_path(target);
            if tmp.exists() {
                fs::remove_file(&tmp).map_err(|e| Error::io(&tmp, e))?;
                cleaned.push(tmp);
            }
        }
        Ok(Lock {
            _file: file,
            cleaned,
        })
    }

    /// Remove every temporary file an interrupted write left in the store.
    /// Call with the lock held.
    pub fn clean_stale(&self, _lock: &Lock) -> Result<Vec<PathBuf>> {
        let mut cleaned = Vec::new();
        let mut dirs = vec![self.root.clone(), self.claims_dir()];
        // Every folder in sources/, with a source.yaml or not (an interrupted `source add`).
        if let Ok(folders) = self.source_folders() {
            dirs.extend(folders.iter().map(|n| self.sources_dir().join(n)));
        }
        for (i, dir) in dirs.iter().enumerate() {
            let Ok(entries) = fs::read_dir(dir_or_dot(dir)) else {
                continue;
            };
            for entry in entries.flatten() {
                let name = entry.file_name();
                let Some(name) = name.to_str() else {
                    continue;
                };
                // Joined to `dir` (not `entry.path()`) so that messages read `claims/x`, not `./claims/x`.
                let p = dir.join(name);
                if name.ends_with(TMP_SUFFIX) && p.is_file() {
                    fs::remove_file(&p).map_err(|e| Error::io(&p, e))?;
                    cleaned.push(p);
                } else if i == 0 && name.starts_with(STAGING_PREFIX) && p.is_dir() {
                    // An import that was killed before it moved its claims in.
                    fs::remove_dir_all(&p).map_err(|e| Error::io(&p, e))?;
                    cleaned.push(p);
                }
            }
        }
        Ok(cleaned)
    }

    // ----- claims -----

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
                let mut file = fs::File::open(path).ok()?;
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

    /// Write a claim atomically. Call with the lock held.
    pub fn save_claim(&self, _lock: &Lock, claim: &Claim) -> Result<PathBuf> {
        let path = self.claim_path(&claim.id)?;
        let text = yaml::to_string(claim).map_err(|m| Error::file(&path, m))?;
        write_atomic(&path, text.as_bytes())?;
        Ok(path)
    }

    /// Write several claims, each replaced whole (see `write::replace_all`):
    /// one result for each claim, in order, and the result of tidying up
    /// after all of them. Call with the lock held.
    pub fn save_claims(
        &self,
        _lock: &Lock,
        claims: &[&Claim],
    ) -> (Vec<Result<PathBuf>>, Result<()>) {
        // Serialised in parallel: a claim with a long history takes a while.
        let serialised: Vec<Result<(PathBuf, Vec<u8>)>> = claims
            .par_iter()
            .map(|claim| {
                let path = self.claim_path(&claim.id)?;
                let text = yaml::to_string(claim).map_err(|m| Error::file(&path, m))?;
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
        let (written, tidy) = write::replace_all(&self.claims_dir(), &files);
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
                    let key = fs::metadata(path).ok().map(|m| cache::Key::of(&m));
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

    // ----- sources -----

    pub fn source_dir(&self, source_id: &str) -> Result<PathBuf> {
        check_id(source_id)?;
        Ok(self.sources_dir().join(source_id))
    }

    pub fn source_file(&self, source_id: &str) -> Result<PathBuf> {
        Ok(self.source_dir(source_id)?.join("source.yaml"))
    }

    pub fn source_exists(&self, source_id: &str) -> bool {
        self.source_file(source_id).is_ok_and(|p| p.exists())
    }

    pub fn source_ids(&self) -> Result<Vec<String>> {
        let dir = self.sources_dir();
        Ok(self
            .source_folders()?
            .into_iter()
            .filter(|name| dir.join(name).join("source.yaml").is_file())
            .collect())
    }

    /// The names of every folder in `sources/`, sorted, with a `source.yaml` or not.
    fn source_folders(&self) -> Result<Vec<String>> {
        let dir = self.sources_dir();
        let entries = fs::read_dir(&dir).map_err(|e| Error::io(&dir, e))?;
        let mut names: Vec<String> = entries
            .flatten()
            .filter(|e| e.path().is_dir())
            .filter_map(|e| e.file_name().to_str().map(str::to_string))
            .collect();
        names.sort();
        Ok(names)
    }

    pub fn load_source(&self, source_id: &str) -> Result<Source> {
        let path = self.source_file(source_id)?;
        if !path.exists() {
            let ids = self.source_ids().unwrap_or_default();
            return Err(Error::UnknownSource {
                id: source_id.to_string(),
                suggestion: nearest(source_id, &ids),
            });
        }
        let text = read_text(&path, MAX_RECORD_BYTES)?;
        let source: Source = parse(&path, &text)?;
        if source.id != source_id {
            let (line, column) = key_position(&text, "id").unwrap_or((1, 1));
            return Err(Error::At {
                path,
                line,
                column,
                message: format!(
                    "id `{}` differs from the folder name `{source_id}`; rename one to match",
                    source.id
                ),
            });
        }
        Ok(source)
    }

    pub fn save_source(&self, _lock: &Lock, source: &Source) -> Result<PathBuf> {
        let path = self.source_file(&source.id)?;
        let dir = self.source_dir(&source.id)?;
        fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        let text = yaml::to_string(source).map_err(|m| Error::file(&path, m))?;
        write_atomic(&path, text.as_bytes())?;
        Ok(path)
    }

    /// The path of the text of revision `file` of a source.
    pub fn source_text_path(&self, source_id: &str, file: &str) -> Result<PathBuf> {
        if !is_text_name(file) {
            return Err(Error::invalid(format!(
                "source `{source_id}`: revision file `{file}` must be named rN.txt"
            )));
        }
        Ok(self.source_dir(source_id)?.join(file))
    }

    /// The text of revision `rev` of `source`.
    pub fn source_text(&self, source: &Source, rev: u32) -> Result<String> {
        let r = source.revision(rev).ok_or_else(|| {
            Error::invalid(format!(
                "source `{}` has no revision {rev} (it has {})",
                source.id,
                source.latest_rev()
            ))
        })?;
        let path = self.source_text_path(&source.id, &r.file)?;
        read_text(&path, MAX_TEXT_BYTES)
    }

    /// Store an article text as a new file. A file already there that
    /// `listed` (the source's revision files, when it has a `source.yaml`)
    /// does not name was left by an interrupted `source add` or `update` and
    /// is replaced; returns whether it was. A listed text is never rewritten.
    pub fn write_source_text(
        &self,
        _lock: &Lock,
        source_id: &str,
        listed: &[String],
        file: &str,
        text: &str,
    ) -> Result<bool> {
        let path = self.source_text_path(source_id, file)?;
        let orphan = path.exists();
        if orphan && listed.iter().any(|f| f == file) {
            return Err(Error::file(
                &path,
                "already exists; article texts are never rewritten",
            ));
        }
        let dir = self.source_dir(source_id)?;
        fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        write_atomic(&path, text.as_bytes())?;
        Ok(orphan)
    }

    /// The article texts (`rN.txt`) in a source's folder that `source.yaml`
    /// does not list, and the folders in `sources/` without a `source.yaml`:
    /// what an interrupted `source add` or `update` leaves.
    pub fn unlisted_source_files(&self) -> Result<Vec<PathBuf>> {
        let dir = self.sources_dir();
        let Ok(folders) = self.source_folders() else {
            return Ok(Vec::new());
        };
        let mut found = Vec::new();
        for name in folders {
            let folder = dir.join(&name);
            if !folder.join("source.yaml").is_file() {
                found.push(folder);
                continue;
            }
            let Ok(source) = self.load_source(&name) else {
                continue; // `check` reports the source itself.
            };
            let texts = list_names(&folder, |n| {
                (is_text_name(n) && !source.revisions.iter().any(|r| r.file == n))
                    .then(|| n.to_string())
            })?;
            found.extend(texts.into_iter().map(|t| folder.join(t)));
        }
        Ok(found)
    }

    /// A staging folder inside the store for files that must land together.
    /// Call with the lock held; the lock must stay held until `commit`.
    pub fn staging(&self, _lock: &Lock) -> Result<Staging> {
        let dir = self
            .root
            .join(format!("{STAGING_PREFIX}{}", std::process::id()));
        if dir.exists() {
            fs::remove_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        }
        fs::create_dir(&dir).map_err(|e| Error::io(&dir, e))?;
        Ok(Staging {
            dir,
            root: self.root.clone(),
            files: Vec::new(),
        })
    }

    // ----- settings -----

    pub fn settings(&self) -> Result<Settings> {
        let path = self.root.join(SETTINGS_FILE);
        if !path.exists() {
            return Ok(Settings::default());
        }
        let text = read_text(&path, MAX_RECORD_BYTES)?;
        parse(&path, &text)
    }
}

/// New files written to a folder inside the store, then renamed into place
/// together. Dropping it without `commit` removes the folder and everything
/// in it, so a failed import leaves the store as it was.
#[derive(Debug)]
pub struct Staging {
    dir: PathBuf,
    root: PathBuf,
    /// Staged file and the store-relative place it goes.
    files: Vec<(PathBuf, PathBuf)>,
}

impl Staging {
    /// Stage a new file for `target` (relative to the store), which must not exist yet.
    pub fn add(&mut self, target: &Path, bytes: &[u8]) -> Result<()> {
        let dest = self.root.join(target);
        if dest.exists() {
            return Err(Error::file(
                target,
                "already exists; an import never overwrites a file",
            ));
        }
        let staged = self.dir.join(self.files.len().to_string());
        fs::write(&staged, bytes).map_err(|e| Error::io(&staged, e))?;
        self.files.push((staged, target.to_path_buf()));
        Ok(())
    }

    /// How many files are staged.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Flush every staged file, then rename each into place in the order staged.
    /// On failure the files already moved are removed again.
    pub fn commit(mut self) -> Result<usize> {
        self.files.par_iter().try_for_each(|(staged, _)| {
            fs::File::open(staged)
                .and_then(|f| f.sync_all())
                .map_err(|e| Error::io(staged, e))
        })?;
        let files = std::mem::take(&mut self.files);
        // Simulates an I/O failure after this many files were moved in.
        let fail_after: Option<usize> = std::env::var("CLAIMTRACK_TEST_FAIL_IMPORT_AFTER")
            .ok()
            .and_then(|v| v.parse().ok());
        let mut moved: Vec<PathBuf> = Vec::new();
        let mut made_dirs: Vec<PathBuf> = Vec::new();
        for (staged, target) in &files {
            let dest = self.root.join(target);
            let result = (|| {
                if fail_after == Some(moved.len()) {
                    return Err(Error::io(
                        &dest,
                        std::io::Error::other(
                            "simulated failure (CLAIMTRACK_TEST_FAIL_IMPORT_AFTER)",
                        ),
                    ));
                }
                if let Some(parent) = dest.parent() {
                    if !parent.is_dir() {
                        fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
                        made_dirs.push(parent.to_path_buf());
                    }
                }
                if dest.exists() {
                    return Err(Error::file(target, "appeared during the import"));
                }
                fs::rename(staged, &dest).map_err(|e| Error::io(&dest, e))
            })();
            if let Err(e) = result {
                for p in moved.iter().rev() {
                    let _ = fs::remove_file(p);
                }
                for d in made_dirs.iter().rev() {
                    let _ = fs::remove_dir(d);
                }
                return Err(e);
            }
            moved.push(dest);
        }
        Ok(moved.len())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// An id that can be used as a file name, or the reason it cannot.
pub fn check_id(value: &str) -> Result<()> {
    match id::problem(value) {
        Some(reason) => Err(Error::InvalidId {
            id: value.to_string(),
            reason,
        }),
        None => Ok(()),
    }
}

/// The sha256 of a text, as lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The most similar of `candidates` to `wanted`, if any is close.
pub fn nearest(wanted: &str, candidates: &[String]) -> Option<String> {
    candidates
        .iter()
        .map(|c| (strsim::jaro_winkler(wanted, c), c))
        .filter(|(score, _)| *score > 0.75)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c.clone())
}

fn list_names(dir: &Path, keep: impl Fn(&str) -> Option<String>) -> Result<Vec<String>> {
    let entries = fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    let mut names: Vec<String> = entries
        .flatten()
        .filter_map(|e| e.file_name().to_str().and_then(&keep))
        .collect();
    names.sort();
    Ok(names)
}

/// Read a text file: refuse one over `limit` bytes, invalid UTF-8 and git
/// conflict markers, each with its place.
pub fn read_text(path: &Path, limit: u64) -> Result<String> {
    let meta = fs::metadata(path).map_err(|e| Error::io(path, e))?;
    within_limit(path, meta.len(), limit)?;
    let bytes = fs::read(path).map_err(|e| Error::io(path, e))?;
    decode(path, bytes)
}

/// Whether claim-file bytes name source `id` under an `id:` key that is not
/// the claim's own (which starts an unindented line): indented as
/// `source.id` is written, or in a flow mapping (`source: {id: a, …}`); the
/// id bare or quoted, a comment after it allowed.
fn names_source(bytes: &[u8], id: &str) -> bool {
    let key = memchr::memmem::Finder::new(b"id:");
    bytes.split(|b| *b == b'\n').any(|line| {
        key.find_iter(line).any(|k| {
            if !matches!(line[..k].last(), Some(b' ' | b'\t' | b'{' | b',')) {
                return false;
            }
            let value = line[k + 3..].trim_ascii_start();
            let end = value
                .iter()
                .position(|b| matches!(b, b',' | b'}' | b'#'))
                .unwrap_or(value.len());
            let value = value[..end].trim_ascii();
            let unquoted = match value {
                [q @ (b'\'' | b'"'), inner @ .., last] if last == q => inner,
                v => v,
            };
            unquoted == id.as_bytes()
        })
    })
}

/// Whether the bytes read from `reader` contain what `finder` looks for,
/// read a megabyte at a time.
fn contains_streamed(mut reader: impl Read, finder: &memchr::memmem::Finder) -> bool {
    let overlap = finder.needle().len().saturating_sub(1);
    let mut buf = vec![0u8; (1 << 20) + overlap];
    let mut kept = 0;
    loop {
        let got = match reader.read(&mut buf[kept..]) {
            Ok(0) | Err(_) => return false,
            Ok(got) => got,
        };
        let end = kept + got;
        if finder.find(&buf[..end]).is_some() {
            return true;
        }
        kept = overlap.min(end);
        buf.copy_within(end - kept..end, 0);
    }
}

/// Whether `file` is named as an article text is: `rN.txt`.
fn is_text_name(file: &str) -> bool {
    file.strip_prefix('r')
        .and_then(|f| f.strip_suffix(".txt"))
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Refuse a file of `len` bytes over `limit`.
fn within_limit(path: &Path, len: u64, limit: u64) -> Result<()> {
    if len > limit {
        return Err(Error::file(
            path,
            format!(
                "is {len} bytes, over the limit of {limit} bytes; split it or remove what does not belong"
            ),
        ));
    }
    Ok(())
}

/// A claim from the text of its file; its `id` must match the file name.
fn parse_claim(path: &Path, text: &str) -> Result<Claim> {
    let claim: Claim = parse(path, text)?;
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    if claim.id != stem {
        let (line, column) = key_position(text, "id").unwrap_or((1, 1));
        return Err(Error::At {
            path: path.to_path_buf(),
            line,
            column,
            message: format!(
                "id `{}` differs from the file name `{stem}.yaml`; rename one to match",
                claim.id
            ),
        });
    }
    Ok(claim)
}

/// UTF-8 text from bytes, with the place of the first bad byte or conflict marker.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String> {
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let (line, column) = text::line_column(bytes, at);
        Error::At {
            path: path.to_path_buf(),
            line,
            column,
            message: format!(
                "invalid UTF-8 (byte 0x{:02x}); save the file as UTF-8",
                bytes.get(at).copied().unwrap_or(0)
            ),
        }
    })?;
    if let Some(line) = conflict_marker(&text) {
        return Err(Error::At {
            path: path.to_path_buf(),
            line,
            column: 1,
            message: "git conflict marker; resolve the merge (see `claimtrack merge-driver`) and remove the markers".into(),
        });
    }
    Ok(text)
}

/// The 1-based line of the first git conflict marker, if any.
pub fn conflict_marker(text: &str) -> Option<usize> {
    text.lines()
        .position(|l| {
            l.starts_with("<<<<<<< ")
                || l == "<<<<<<<"
                || l == "======="
                || l.starts_with(">>>>>>> ")
                || l == ">>>>>>>"
                || l.starts_with("||||||| ")
        })
        .map(|i| i + 1)
}

/// Parse a YAML record, turning a problem into `path:line:column`.
pub fn parse<T: DeserializeOwned>(path: &Path, text: &str) -> Result<T> {
    yaml::from_str(text).map_err(|e| Error::At {
        path: path.to_path_buf(),
        line: e.line,
        column: e.column,
        message: e.message,
    })
}

/// The 1-based line and column of a top-level `key:` in YAML text.
pub fn key_position(text: &str, key: &str) -> Option<(usize, usize)> {
    let wanted = format!("{key}:");
    text.lines()
        .position(|l| l.starts_with(&wanted))
        .map(|i| (i + 1, 1))
}

/// `.` for the empty path (the current folder), else the path itself.
fn dir_or_dot(path: &Path) -> &Path {
    if path.as_os_str().is_empty() {
        Path::new(".")
    } else {
        path
    }
}

impl Store {
    /// Store `text` as the next revision of `source` (its `rN.txt` and its
    /// entry in `source.yaml`), both flushed to disk with their folder.
    /// Call with the lock held, on the source as read under that lock.
    /// Returns the new revision's number, and whether an `rN.txt` left by an
    /// interrupted update was replaced.
    pub fn add_source_revision(
        &self,
        lock: &Lock,
        source: &mut Source,
        text: &str,
        retrieved: chrono::DateTime<chrono::Utc>,
    ) -> Result<(u32, bool)> {
        let rev = source.latest_rev() + 1;
        let file = format!("r{rev}.txt");
        let listed: Vec<String> = source.revisions.iter().map(|r| r.file.clone()).collect();
        let replaced = self.write_source_text(lock, &source.id, &listed, &file, text)?;
        source.revisions.push(crate::model::SourceRevision {
            rev,
            file,
            retrieved,
            sha256: sha256_hex(text.as_bytes()),
        });
        self.save_source(lock, source)?;
        // Claims are pointed at this revision next: it must be on disk first.
        write::sync_dir(&self.source_dir(&source.id)?)?;
        Ok((rev, replaced))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_is_named_on_an_indented_id_line_bare_or_quoted() {
        assert!(names_source(b"id: c1\nsource:\n  id: a\n", "a"));
        assert!(names_source(b"source:\n  id: 'yes'\r\n", "yes"));
        assert!(names_source(b"source:\n  id: \"a\"\n", "a"));
        assert!(names_source(b"source:\n\tid: a   # the article\n", "a"));
        assert!(names_source(b"source: {id: a, rev: 1}\n", "a"));
        assert!(names_source(b"source: {rev: 1, id: 'a'}\n", "a"));
        // The claim's own id, a longer id, or the id in a sentence are not it.
        assert!(!names_source(b"id: a\n", "a"));
        assert!(!names_source(b"source:\n  id: ab\n", "a"));
        assert!(!names_source(b"statement: a said\n  id: 'a\n", "a"));
    }

    #[test]
    fn a_streamed_search_finds_a_needle_across_chunk_boundaries() {
        let finder = memchr::memmem::Finder::new(b"needle");
        for at in [0, (1 << 20) - 3, 1 << 20, (1 << 20) + 5, 3 << 20] {
            let mut bytes = vec![b'x'; (3 << 20) + 10];
            bytes[at..at + 6].copy_from_slice(b"needle");
            assert!(contains_streamed(&bytes[..], &finder), "at {at}");
        }
        assert!(!contains_streamed(&vec![b'x'; 3 << 20][..], &finder));
    }

    #[test]
    fn conflict_markers_are_found_by_line() {
        assert_eq!(conflict_marker("a: 1\n<<<<<<< HEAD\nb\n=======\n"), Some(2));
        assert_eq!(conflict_marker("a: '======='\n"), None);
    }

    #[test]
    fn invalid_utf8_names_line_and_column() {
        let err = decode(Path::new("c.yaml"), b"id: x\nst\xffx".to_vec()).unwrap_err();
        assert_eq!(
            err.to_string().split(": invalid").next(),
            Some("c.yaml:2:3")
        );
    }

    #[test]
    fn nearest_suggests_close_ids() {
        let ids = vec![
            "xi-kazakhstan-stop".to_string(),
            "denisov-meeting".to_string(),
        ];
        assert_eq!(
            nearest("xi-kazakstan-stop", &ids).as_deref(),
            Some("xi-kazakhstan-stop")
        );
        assert_eq!(nearest("zzz", &ids), None);
    }

    #[test]
    fn writes_are_atomic_and_locked() {
        let dir = tempfile::tempdir().unwrap();
        let (store, made) = Store::init(dir.path()).unwrap();
        assert!(made.contains(&"claims/".to_string()));
        let lock = store.lock(&[]).unwrap();
        let path = dir.path().join("claims/a.yaml");
        write_atomic(&path, b"x").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"x");
        fs::write(tmp_path(&path), b"half").unwrap();
        assert_eq!(store.clean_stale(&lock).unwrap().len(), 1);
        assert!(!tmp_path(&path).exists());
    }

    #[test]
    fn staged_files_land_together_or_not_at_all() {
        let dir = tempfile::tempdir().unwrap();
        let (store, _) = Store::init(dir.path()).unwrap();
        let lock = store.lock(&[]).unwrap();
        let mut staging = store.staging(&lock).unwrap();
        staging.add(Path::new("sources/s/r1.txt"), b"text").unwrap();
        staging.add(Path::new("claims/a.yaml"), b"a").unwrap();
        assert!(staging.add(Path::new("claims"), b"x").is_err());
        assert_eq!(staging.len(), 2);
        assert_eq!(staging.commit().unwrap(), 2);
        assert_eq!(
            fs::read(dir.path().join("sources/s/r1.txt")).unwrap(),
            b"text"
        );
        let mut dropped = store.staging(&lock).unwrap();
        dropped.add(Path::new("claims/b.yaml"), b"b").unwrap();
        drop(dropped);
        assert!(!dir.path().join("claims/b.yaml").exists());
        let left: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with(STAGING_PREFIX))
            .collect();
        assert!(left.is_empty());
    }
}
