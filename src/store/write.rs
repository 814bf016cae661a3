//! Writing files whole: a reader sees the old text or the new, never a mix,
//! and a crash leaves at most a temporary file (named `*.claimtrack-tmp`)
//! that the next writer or `check` removes.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use super::TMP_SUFFIX;
use crate::error::{Error, Result};

/// The temporary file beside `target` that a write goes through.
pub(super) fn tmp_path(target: &Path) -> PathBuf {
    let mut name = target.file_name().unwrap_or_default().to_os_string();
    name.push(TMP_SUFFIX);
    target.with_file_name(name)
}

/// Stop here when a test asks: `CLAIMTRACK_TEST_CRASH_BEFORE_RENAME=N`
/// ends the process just before its N-th rename (1, or any value that is
/// not a number, for the first), as if it were killed after its new text
/// was on disk but before it replaced the file.
/// Only in builds with the `test-hooks` feature (the tests'), never in a release.
#[cfg(not(feature = "test-hooks"))]
fn crash_point() {}

#[cfg(feature = "test-hooks")]
fn crash_point() {
    static RENAMES: AtomicUsize = AtomicUsize::new(0);
    let Some(value) = std::env::var_os("CLAIMTRACK_TEST_CRASH_BEFORE_RENAME") else {
        return;
    };
    let n = value.to_str().and_then(|v| v.parse().ok()).unwrap_or(1);
    if RENAMES.fetch_add(1, Ordering::SeqCst) + 1 >= n {
        crate::simulate_kill();
    }
}

/// Write `bytes` to a temporary file beside `path`, flush it, rename it over `path`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    stage(path, bytes)?;
    commit(path)
}

/// How many files [`replace_all`] writes at once: flushing a file to disk
/// waits on the device, not the processor, and flushes issued together are
/// served together.
const WRITERS: usize = 8;

/// Replace each of `files` whole, as [`write_atomic`] does, many at once:
/// every new text is written to its temporary file and flushed by a few
/// threads at once, all before the first rename; then each temporary file
/// is renamed over its target, and the folder `dir` is flushed. Returns one
/// result for each file, in order, and the result of flushing the folder.
/// Hold the store lock.
///
/// A file whose new text could not be written is left as it was. Making
/// every temporary file before any rename frees an old one also spares file
/// systems that avoid reusing freed inodes for a while (ext4 without a
/// journal) a search past them for each new file.
///
/// Between the last temporary file and the first rename a journal
/// (`journal.rs`) names every file, so that a batch killed part way is
/// finished by the next writer; `what` says what the batch is.
pub(super) fn replace_all(
    dir: &Path,
    what: &str,
    files: &[(PathBuf, Vec<u8>)],
) -> (Vec<Result<()>>, Result<()>) {
    let next = AtomicUsize::new(0);
    let (sender, receiver) = mpsc::channel();
    std::thread::scope(|scope| {
        for _ in 0..files.len().min(WRITERS) {
            let (next, sender) = (&next, sender.clone());
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((path, bytes)) = files.get(i) else {
                    break;
                };
                if sender.send((i, stage(path, bytes))).is_err() {
                    break;
                }
            });
        }
    });
    drop(sender);
    let mut staged: Vec<Option<Result<()>>> = files.iter().map(|_| None).collect();
    for (i, result) in receiver {
        staged[i] = Some(result);
    }
    let ready: Vec<&Path> = files
        .iter()
        .zip(&staged)
        .filter(|(_, s)| matches!(s, Some(Ok(()))))
        .map(|((p, _), _)| p.as_path())
        .collect();
    let journal = if ready.len() > 1 {
        match super::journal::begin(dir, what, &ready) {
            Ok(_) => true,
            Err(e) => {
                for p in &ready {
                    let _ = fs::remove_file(tmp_path(p));
                }
                let failed = files.iter().map(|_| Err(e.clone())).collect();
                return (failed, Ok(()));
            }
        }
    } else {
        false
    };
    let results = files
        .iter()
        .zip(staged)
        .map(|((path, _), staged)| match staged {
            Some(Ok(())) => commit(path),
            Some(Err(e)) => Err(e),
            None => {
                let _ = fs::remove_file(tmp_path(path));
                Err(Error::file(path, "was not written (a writer stopped)"))
            }
        })
        .collect();
    let tidy = if journal {
        super::journal::end(dir)
    } else {
        sync_dir(dir)
    };
    (results, tidy)
}

/// The new text of `path` in its temporary file, flushed to disk.
fn stage(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = tmp_path(path);
    let result = (|| {
        // Made anew: a file or link planted under this name is never written through.
        let _ = fs::remove_file(&tmp);
        let mut f = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_data()
    })();
    result.map_err(|e| {
        let _ = fs::remove_file(&tmp);
        Error::io(&tmp, e)
    })
}

/// Rename the temporary file of `path`, written by [`stage`], over `path`.
pub(super) fn commit(path: &Path) -> Result<()> {
    crash_point();
    let tmp = tmp_path(path);
    fs::rename(&tmp, path).map_err(|e| {
        let _ = fs::remove_file(&tmp);
        Error::io(path, e)
    })
}

/// Flush a folder's entries (names made, renamed or removed) to disk.
pub(super) fn sync_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(|e| Error::io(dir, e))
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_batch_replaces_each_file_whole_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let mut files: Vec<(PathBuf, Vec<u8>)> = (0..30)
            .map(|i| {
                let p = dir.path().join(format!("c{i}.yaml"));
                fs::write(&p, "old text, longer than the new one\n".repeat(i + 1)).unwrap();
                (p, format!("new {i}\n").into_bytes())
            })
            .collect();
        // A file that did not exist yet is made.
        files.push((dir.path().join("fresh.yaml"), b"fresh\n".to_vec()));
        let (results, tidy) = replace_all(dir.path(), "a test batch", &files);
        assert!(tidy.is_ok(), "{tidy:?}");
        assert_eq!(results.len(), files.len());
        for ((path, bytes), result) in files.iter().zip(&results) {
            assert!(result.is_ok(), "{result:?}");
            assert_eq!(&fs::read(path).unwrap(), bytes);
        }
        let left: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n.ends_with(TMP_SUFFIX))
            .collect();
        assert!(left.is_empty(), "left behind: {left:?}");
    }

    #[test]
    fn a_file_that_cannot_be_written_fails_alone_and_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("good.yaml");
        let bad = dir.path().join("no-such-folder").join("bad.yaml");
        let files = vec![(bad.clone(), b"x".to_vec()), (good.clone(), b"y".to_vec())];
        let (results, tidy) = replace_all(dir.path(), "a test batch", &files);
        assert!(tidy.is_ok(), "{tidy:?}");
        let err = results[0].as_ref().unwrap_err();
        assert!(err.to_string().contains("no-such-folder"), "{err}");
        assert!(results[1].is_ok());
        assert_eq!(fs::read(&good).unwrap(), b"y");
    }
}
