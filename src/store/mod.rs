//! The store on disk: finding it, reading and writing claims and sources, the lock.
//!
//! Only this module touches the file system. Every write replaces its file
//! whole (a temporary file beside it, flushed, then renamed over it; see
//! `write.rs`), while the store lock is held. One file a job: `lock`
//! (the writers' lock and cleaning what an interrupted writer left),
//! `claims` and `sources` (reading and writing each record), `scan`
//! (listing folders, looking for bytes in files without parsing them),
//! `read` (text files and standard input: size limit, UTF-8, conflict
//! markers, YAML with its place), `staging` (files that land together),
//! `settings` (`claimtrack.yaml`), `write` (whole-file writes), `cache`
//! (the parsed-claim cache) and `check_cache` (the file `check` keeps its
//! conclusions in, and the file identities they depend on).

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

pub(crate) mod cache;
mod cache_codec;
mod check_cache;
mod claims;
mod files;
pub(crate) mod git;
mod journal;
mod lock;
mod open;
mod output;
mod own;
mod read;
mod scan;
mod search_files;
mod settings;
mod sources;
mod staging;
mod write;

pub use check_cache::{
    file_id, file_state, is_real_folder, program_id, FileState, CHECK_CACHE_FILE,
};
pub use claims::{Again, ClaimAt, Keyed, Scan};
pub use files::{ClaimFile, ClaimStatus, ClaimsDir, FileId};
pub use journal::{pending, Finished, Pending};
pub use lock::Lock;
pub use open::{ensure_real_folder, open_regular, read_limited};
pub(crate) use output::{build_output, Output};
pub use read::{
    conflict_marker, decode, exists, first_line, key_position, list_item_key_position, parse,
    read_input, read_text, Input,
};
pub(crate) use search_files::{claim_file_keys_in, file_key, DerivedFile};
pub use settings::{Organization, Settings};
pub use sources::next_rev;
pub use sources::Unlisted;
pub use staging::Staging;
pub use write::write_atomic;

use crate::error::{Error, Result};
use crate::model::id;

/// Claim files and `source.yaml` larger than this are refused (2 MiB).
pub const MAX_RECORD_BYTES: u64 = 2 * 1024 * 1024;
/// Article texts larger than this are refused (32 MiB).
pub const MAX_TEXT_BYTES: u64 = 32 * 1024 * 1024;

const LOCK_FILE: &str = ".claimtrack.lock";
const SETTINGS_FILE: &str = "claimtrack.yaml";
const TMP_SUFFIX: &str = ".claimtrack-tmp";
/// Folders holding the files of an import until they are moved in together.
const STAGING_PREFIX: &str = ".claimtrack-import-";

/// The lines `init` writes to `.gitignore`, each with a name it must ignore
/// (relative to the store): the lock, what interrupted writers leave, the
/// parsed-claim cache (see `cache`) and whatever else is kept keyed by the
/// claim files, the search index (see `search::live`) and what `check`
/// keeps (see `check::reuse`). None of it belongs in a commit.
pub(crate) const IGNORED: [(&str, &str); 6] = [
    (LOCK_FILE, LOCK_FILE),
    ("*.claimtrack-tmp", "claims/a.claimtrack-tmp"),
    (".claimtrack-import-*/", ".claimtrack-import-a/"),
    (".claimtrack-cache*", cache::CACHE_FILE),
    (".claimtrack-search.*", crate::search::live::INDEX_FILE),
    (CHECK_CACHE_FILE, CHECK_CACHE_FILE),
];

/// A store: a folder with `claims/` and `sources/`.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
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
                std::fs::create_dir_all(&p).map_err(|e| Error::io(&p, e))?;
                made.push(format!("{sub}/"));
            }
        }
        let store = Store {
            root: dir.to_path_buf(),
        };
        if !dir.join(SETTINGS_FILE).exists() {
            write_atomic(&dir.join(SETTINGS_FILE), Self::SETTINGS_TEMPLATE.as_bytes())?;
            made.push(SETTINGS_FILE.into());
        }
        // Claim files and each source's `source.yaml` merge through
        // `claimtrack merge-driver` (its article texts are named by their
        // digest, so two branches never add the same name).
        let mut attributes = false;
        for (pattern, _) in git::MERGED {
            attributes |= store
                .append_line_once(".gitattributes", &format!("{pattern} merge=claimtrack\n"))?;
        }
        if attributes {
            made.push(".gitattributes".into());
        }
        // The lock, what interrupted writers leave, and the derived files.
        let mut ignore = false;
        for (line, _) in IGNORED {
            ignore |= store.append_line_once(".gitignore", &format!("{line}\n"))?;
        }
        if ignore {
            made.push(".gitignore".into());
        }
        Ok((store, made))
    }

    /// What `init` writes as `claimtrack.yaml`: every setting, commented out, to fill in.
    const SETTINGS_TEMPLATE: &str = "\
# claimtrack settings. Uncomment and fill in what applies; see docs/store.md.
#
# Who publishes the verdicts (the author of each ClaimReview):
# organization:
#   name: Example Checks
#   url: https://checks.example
#
# Where each verdict is published ({id} is the claim's id):
# review_url: https://checks.example/claims/{id}
#
# The rating scale, best first, each label with the verdict it stands for
# (verified, mixed, refuted or unverifiable). With a scale, --rating must be
# one of its labels, and ClaimReview's ratingValue is the label's place on it.
# ratings:
#   - {label: True, status: verified}
#   - {label: Half True, status: mixed}
#   - {label: False, status: refuted}
#   - {label: Unproven, status: unverifiable}
";

    /// Add `lines` to the file `name` unless its first line is already there.
    fn append_line_once(&self, name: &str, lines: &str) -> Result<bool> {
        let path = self.root.join(name);
        let existing = match std::fs::read_to_string(&path) {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
