//! Writing files whole: a reader sees the old text or the new, never a mix,
//! and a crash leaves at most a temporary file (named `*.claimtrack-tmp`)
//! that the next writer or `check` removes.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use super::TMP_SUFFIX;
use crate::error::{Error, Result};

/// The temporary file beside `target` that a write goes through.
pub(super) fn tmp_path(target: &Path) -> PathBuf {
    let mut name = target.file_name().unwrap_or_default().to_os_string();
    name.push(TMP_SUFFIX);
    target.with_file_name(name)
}

/// Stop here when a test asks: a process killed after its new text is on
/// disk but before it replaced the file.
fn crash_point() {
    if std::env::var_os("CLAIMTRACK_TEST_CRASH_BEFORE_RENAME").is_some() {
        std::process::exit(137);
    }
}

/// Write `bytes` to a temporary file beside `path`, flush it, rename it over `path`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = tmp_path(path);
    let result = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_data()?;
        drop(f);
        crash_point();
        fs::rename(&tmp, path)
    })();
    result.map_err(|e| {
        let _ = fs::remove_file(&tmp);
        Error::io(path, e)
    })
}

/// How many files [`replace_all`] writes at once. Flushing to disk waits on
/// the device, not the processor, and file systems join the flushes of
/// files written together into one journal commit.
const WRITERS: usize = 8;

/// Replace each of `files` (path and new bytes, all in folder `dir`) whole:
/// one result for each, in order, and the result of tidying up (removing the
/// spares, flushing the folder) after all of them. Hold the store lock.
///
/// Making a file is the dear part of a write on common file systems (an
/// inode allocated, another freed by the rename), so this makes one spare
/// file for each of a few writers instead of one for each file. A writer
/// puts the new text in its spare, flushes it to disk and swaps the spare
/// with the target in one step (Linux `renameat2(RENAME_EXCHANGE)`); the
/// spare then holds the old text and takes the next file's. Every target
/// holds its old text or its new one whole at every moment; a crash leaves
/// at most the spares, named `*.claimtrack-tmp`. Where the system cannot
/// swap, each file is written with [`write_atomic`].
pub fn replace_all(dir: &Path, files: &[(PathBuf, Vec<u8>)]) -> (Vec<Result<()>>, Result<()>) {
    let swap_ok = AtomicBool::new(cfg!(target_os = "linux"));
    let next = AtomicUsize::new(0);
    let writers = files.len().min(WRITERS);
    let done: Vec<Vec<(usize, Result<()>)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..writers)
            .map(|k| {
                let (swap_ok, next) = (&swap_ok, &next);
                let spare = tmp_path(&dir.join(format!(".batch-{k}")));
                scope.spawn(move || {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some((path, bytes)) = files.get(i) else {
                            break;
                        };
                        done.push((i, replace_one(&spare, path, bytes, swap_ok)));
                    }
                    let gone = match fs::remove_file(&spare) {
                        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                            Err(Error::io(&spare, e))
                        }
                        _ => Ok(()),
                    };
                    (done, gone)
                })
            })
            .collect();
        let mut all = Vec::new();
        for h in handles {
            match h.join() {
                Ok((done, Ok(()))) => all.push(done),
                Ok((done, Err(e))) => {
                    all.push(done);
                    all.push(vec![(usize::MAX, Err(e))]);
                }
                Err(_) => all.push(vec![(usize::MAX, Err(Error::invalid("a writer failed")))]),
            }
        }
        all
    });
    let mut results: Vec<Option<Result<()>>> = files.iter().map(|_| None).collect();
    let mut tidy = Ok(());
    for (i, r) in done.into_iter().flatten() {
        match results.get_mut(i) {
            Some(slot) => *slot = Some(r),
            None => tidy = r,
        }
    }
    let results = results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err(Error::invalid("not written"))))
        .collect();
    (results, tidy.and_then(|()| sync_dir(dir)))
}

/// Replace `path` with `bytes` through `spare` (see [`replace_all`]).
fn replace_one(spare: &Path, path: &Path, bytes: &[u8], swap_ok: &AtomicBool) -> Result<()> {
    if !swap_ok.load(Ordering::Relaxed) {
        return write_atomic(path, bytes);
    }
    let filled = (|| {
        // Overwritten in place: the spare's old text is nobody's.
        let mut f = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(spare)?;
        f.write_all(bytes)?;
        f.set_len(bytes.len() as u64)?;
        f.sync_data()
    })();
    filled.map_err(|e| Error::io(spare, e))?;
    crash_point();
    match swap(spare, path) {
        Ok(()) => Ok(()),
        Err(Swap::Missing) => fs::rename(spare, path).map_err(|e| Error::io(path, e)),
        Err(Swap::Unsupported) => {
            swap_ok.store(false, Ordering::Relaxed);
            let _ = fs::remove_file(spare);
            write_atomic(path, bytes)
        }
        Err(Swap::Failed(e)) => Err(Error::io(path, e)),
    }
}

/// Why two files could not be swapped.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
enum Swap {
    /// The target does not exist yet.
    Missing,
    /// This system or file system cannot swap.
    Unsupported,
    Failed(std::io::Error),
}

#[cfg(target_os = "linux")]
fn swap(a: &Path, b: &Path) -> std::result::Result<(), Swap> {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    use rustix::io::Errno;
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(|e| match e {
        Errno::NOENT => Swap::Missing,
        Errno::INVAL | Errno::NOSYS | Errno::OPNOTSUPP => Swap::Unsupported,
        e => Swap::Failed(e.into()),
    })
}

#[cfg(not(target_os = "linux"))]
fn swap(_: &Path, _: &Path) -> std::result::Result<(), Swap> {
    Err(Swap::Unsupported)
}

/// Flush a folder's entries (names made, renamed or removed) to disk.
fn sync_dir(dir: &Path) -> Result<()> {
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
    fn a_batch_replaces_each_file_whole_and_leaves_no_spare() {
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
        let (results, tidy) = replace_all(dir.path(), &files);
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
        let (results, _) = replace_all(dir.path(), &files);
        let err = results[0].as_ref().unwrap_err();
        assert!(err.to_string().contains("no-such-folder"), "{err}");
        assert!(results[1].is_ok());
        assert_eq!(fs::read(&good).unwrap(), b"y");
    }
}
