//! Sources: `source.yaml` and the article texts of its revisions.

use std::fs;
use std::path::PathBuf;

use super::read::{key_position, list_item_key_position, parse, read_text};
use super::scan::{is_text_name, list_names};
use super::{
    check_id, nearest, sha256_hex, write, write_atomic, Lock, Store, MAX_RECORD_BYTES,
    MAX_TEXT_BYTES,
};
use crate::error::{Error, Result};
use crate::model::Source;
use crate::yaml;

/// What an interrupted `source add` or `update` leaves in `sources/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unlisted {
    /// A source folder without a `source.yaml`.
    Folder(PathBuf),
    /// An article text its `source.yaml` does not list.
    Text(PathBuf),
}

impl Store {
    /// The folder of source `id`; refused when it is a link, which could
    /// lead reads and writes out of the store.
    pub fn source_dir(&self, source_id: &str) -> Result<PathBuf> {
        check_id(source_id)?;
        let dir = self.sources_dir().join(source_id);
        super::open::ensure_real_folder(&dir)?;
        Ok(dir)
    }

    pub fn source_file(&self, source_id: &str) -> Result<PathBuf> {
        Ok(self.source_dir(source_id)?.join("source.yaml"))
    }

    /// Whether a folder for source `id` exists, with a `source.yaml` or not.
    pub fn source_folder_exists(&self, source_id: &str) -> bool {
        self.source_dir(source_id).is_ok_and(|d| d.exists())
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
    pub(super) fn source_folders(&self) -> Result<Vec<String>> {
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

    /// Read source `id`, or say which id was probably meant.
    pub fn load_source(&self, source_id: &str) -> Result<Source> {
        self.load_source_with_text(source_id)
            .map(|(source, _)| source)
    }

    /// Read source `id`, keeping the text of its `source.yaml` (for placing findings).
    pub fn load_source_with_text(&self, source_id: &str) -> Result<(Source, String)> {
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
            return Err(Error::at(
                path,
                Some(&text),
                key_position(&text, "id").unwrap_or((1, 1)),
                format!(
                    "id `{}` differs from the folder name `{source_id}`; rename one to match",
                    source.id
                ),
            ));
        }
        Ok((source, text))
    }

    pub fn save_source(&self, _lock: &Lock, source: &Source) -> Result<PathBuf> {
        let path = self.source_file(&source.id)?;
        let dir = self.source_dir(&source.id)?;
        fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        let text = yaml::to_string(source).map_err(|e| Error::unwritable(&path, e))?;
        write_atomic(&path, text.as_bytes())?;
        Ok(path)
    }

    /// The path of the text of revision `file` of a source.
    pub fn source_text_path(&self, source_id: &str, file: &str) -> Result<PathBuf> {
        if !is_text_name(file) {
            return Err(Error::invalid(format!(
                "source `{source_id}`: a revision's file must be named r1.txt, rN.txt or sha256-<16 hex digits>.txt (a name in the source's folder, never a path)"
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
        if !is_text_name(&r.file) {
            return Err(self.bad_revision_file(source, rev)?);
        }
        let path = self.source_text_path(&source.id, &r.file)?;
        read_text(&path, MAX_TEXT_BYTES)
    }

    /// Why the `file` of revision `rev` of `source` is refused, placed at
    /// its line in `source.yaml` (the line itself is not shown: it is what
    /// was refused).
    fn bad_revision_file(&self, source: &Source, rev: u32) -> Result<Error> {
        let path = self.source_file(&source.id)?;
        let index = source.revisions.iter().position(|r| r.rev == rev);
        let place = read_text(&path, MAX_RECORD_BYTES)
            .ok()
            .and_then(|text| list_item_key_position(&text, "revisions", index?, "file"));
        let message = format!(
            "revision {rev}: its file must be named r1.txt, rN.txt or sha256-<16 hex digits>.txt (a name in the source's folder, never a path)"
        );
        Ok(
            Error::at(self.relative(&path), None, place.unwrap_or((1, 1)), message)
                .hint("restore source.yaml from git; `claimtrack check` lists every problem"),
        )
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

    /// The article texts (`rN.txt`, `sha256-….txt`) in a source's folder that `source.yaml`
    /// does not list, and the folders in `sources/` without a `source.yaml`:
    /// what an interrupted `source add` or `update` leaves.
    pub fn unlisted_source_files(&self) -> Result<Vec<Unlisted>> {
        self.unlisted_source_files_given(&|name| {
            let source = self.load_source(name).ok()?;
            Some(source.revisions.into_iter().map(|r| r.file).collect())
        })
    }

    /// `unlisted_source_files`, with the files each source lists given by
    /// `listed` (None for a source that cannot be read, which is skipped),
    /// for a caller that has read every `source.yaml` already.
    pub fn unlisted_source_files_given(
        &self,
        listed: &dyn Fn(&str) -> Option<Vec<String>>,
    ) -> Result<Vec<Unlisted>> {
        let dir = self.sources_dir();
        let Ok(folders) = self.source_folders() else {
            return Ok(Vec::new());
        };
        let mut found = Vec::new();
        for name in folders {
            let folder = dir.join(&name);
            if !folder.join("source.yaml").is_file() {
                found.push(Unlisted::Folder(folder));
                continue;
            }
            let Some(files) = listed(&name) else {
                continue; // `check` reports the source itself.
            };
            let texts = list_names(&folder, |n| {
                (is_text_name(n) && !files.iter().any(|f| f == n)).then(|| n.to_string())
            })?;
            found.extend(texts.into_iter().map(|t| Unlisted::Text(folder.join(t))));
        }
        Ok(found)
    }
}

/// The number of the revision after the last of `source`; refused (not
/// wrapped to 0) when the last is the largest number there is.
pub fn next_rev(store: &Store, source: &Source) -> Result<u32> {
    source.latest_rev().checked_add(1).ok_or_else(|| {
        let path = store
            .source_file(&source.id)
            .unwrap_or_else(|_| store.sources_dir().join(&source.id));
        Error::file(
            path,
            format!(
                "revision {} is the largest number a revision can have; no revision can follow it",
                source.latest_rev()
            ),
        )
    })
}

impl Store {
    /// Whether `sources/<id>` is a folder without `source.yaml`: what a
    /// `source add` or `import` killed part way leaves, free to take over.
    pub fn is_orphan_source(&self, source_id: &str) -> bool {
        self.source_dir(source_id)
            .is_ok_and(|d| d.is_dir() && !d.join("source.yaml").exists())
    }

    /// Remove the folder an interrupted `source add` or `import` left for
    /// `id`, so that running it again takes the id over; returns whether
    /// there was one. Call with the lock held.
    pub fn take_over_orphan(&self, _lock: &Lock, source_id: &str) -> Result<bool> {
        if !self.is_orphan_source(source_id) {
            return Ok(false);
        }
        let dir = self.source_dir(source_id)?;
        fs::remove_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        Ok(true)
    }

    /// Store `text` as the next revision of `source` (its text, named by its
    /// digest, and its entry in `source.yaml`), both flushed to disk with
    /// their folder.
    /// Call with the lock held, on the source as read under that lock.
    /// Returns the new revision's number, and whether a text left by an
    /// interrupted update was replaced.
    pub fn add_source_revision(
        &self,
        lock: &Lock,
        source: &mut Source,
        text: &str,
        retrieved: chrono::DateTime<chrono::Utc>,
    ) -> Result<(u32, bool)> {
        let rev = next_rev(self, source)?;
        let sha256 = sha256_hex(text.as_bytes());
        let file = crate::model::text_file_name(rev, &sha256);
        let listed: Vec<String> = source.revisions.iter().map(|r| r.file.clone()).collect();
        // The text of an earlier revision again (an edit undone) is that
        // revision's file, already stored under its digest.
        let stored = source
            .revisions
            .iter()
            .any(|r| r.file == file && r.sha256 == sha256);
        let replaced = if stored {
            false
        } else {
            self.write_source_text(lock, &source.id, &listed, &file, text)?
        };
        source.revisions.push(crate::model::SourceRevision {
            rev,
            file,
            retrieved,
            sha256,
        });
        self.save_source(lock, source)?;
        // Claims are pointed at this revision next: it must be on disk first.
        write::sync_dir(&self.source_dir(&source.id)?)?;
        Ok((rev, replaced))
    }
}
